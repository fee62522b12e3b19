"""Trigger lexicons: which words and expressions signal which CAMEO event."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from wirecoder import resources
from wirecoder.events.modality_lexicon import modality_words
from wirecoder.events.syntax import qualified_object
from wirecoder.nlp import (
    CONTRACTIONS,
    REFLEXIVE,
    dependents,
    folded_lemmas,
    folded_tokens,
    folded_words,
    morph_values,
    opens_with,
    per_token,
)
from wirecoder.parse_repair import occasion_days
from wirecoder.textnorm import fold

APPEALS = ("02", "10")  # the roots of appeals and demands
# Reactions (praise, criticism, rejection, protest) aim at whoever did the act they name.
REACTION_ROOTS = frozenset({"05", "11", "12", "14"})

POS_OK = {"VERB": {"VERB", "AUX"}, "NOUN": {"NOUN", "PROPN"}, "ADJ": {"ADJ", "VERB"}}


@dataclass(frozen=True)
class Trigger:
    """One lexicon entry: a head lemma (with its expression) and the CAMEO code it signals."""

    code: str
    lemma: str
    pos: str = "VERB"
    reflexive: bool = False
    with_: tuple[str, ...] = ()
    target: tuple[str, ...] = ("obj",)
    reciprocal: bool = False
    weak: bool = False
    source: str = "subj"
    mirror: str | None = None  # what the target does in return: hosting (043) is a visit (042)
    target_kind: str | None = None  # what the target's code starts with (`IGO`), if it must
    shared: bool = False  # an act of two sides only (`ont évoqué`, `reviewed`): else no event
    not_particles: tuple[str, ...] = ()  # particles making another verb (`give up`, `give in`)
    partnered: bool = False  # made to someone (`promettre`, `pledge`): with no target, no event

    @property
    def specificity(self) -> tuple[int, int, int, int]:
        """Ordering among triggers firing on one head: expressions, then those whose words say
        more than markers (`proposer une aide` over `proposer à`), strong, finer codes."""
        return (len(self.with_) + int(self.reflexive) + int(self.target_kind is not None),
                sum(len(w) > MARKER_LENGTH and w not in LONG_MARKERS for w in self.with_),
                int(not self.weak),
                len(self.code))


def _as_tuple(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)  # type: ignore[union-attr]


def parse_entry(spec: dict) -> Trigger:
    """A trigger from its YAML mapping; KeyError/ValueError name what is wrong."""
    return Trigger(code=str(spec["code"]), lemma=fold(str(spec["lemma"])),
                   pos=str(spec.get("pos", "VERB")).upper(),
                   reflexive=bool(spec.get("reflexive", False)),
                   with_=tuple(fold(w) for w in _as_tuple(spec.get("with"))),
                   target=tuple(fold(t) for t in _as_tuple(spec.get("target"))) or ("obj",),
                   reciprocal=bool(spec.get("reciprocal", False)),
                   weak=bool(spec.get("weak", False)),
                   source=str(spec.get("source", "subj")),
                   mirror=str(spec["mirror"]) if spec.get("mirror") else None,
                   target_kind=str(spec["target_kind"]) if spec.get("target_kind") else None,
                   shared=bool(spec.get("shared", False)),
                   not_particles=tuple(fold(w) for w in _as_tuple(spec.get("not_particles"))),
                   partnered=bool(spec.get("partnered", False)))


@cache
def trigger_index(lang: str) -> dict[str, tuple[Trigger, ...]]:
    """A language's triggers by folded head lemma (empty for a language without a lexicon),
    the most specific first (in file order among equals): the first that fits a token wins."""
    index: dict[str, list[Trigger]] = defaultdict(list)
    for spec in resources.lang_yaml(lang, "triggers", []) or []:
        trigger = parse_entry(spec)
        index[trigger.lemma].append(trigger)
    return {k: tuple(sorted(v, key=lambda t: t.specificity, reverse=True))
            for k, v in index.items()}


def act_noun(token: Token) -> bool:
    """Whether a word's lemma is a noun of the event lexicon (`strikes`, `la décision`)."""
    return any(t.pos == "NOUN" for t in trigger_index(token.doc.lang_).get(fold(token.lemma_), ()))


@cache
def trigger_verbs(lang: str) -> frozenset[str]:
    """The folded lemmas that head a verb trigger of a language (what the parse repairs take
    for a verb where the tagger read a noun)."""
    return frozenset(lemma for lemma, triggers in trigger_index(lang).items()
                     if any(t.pos == "VERB" for t in triggers))


PARTICLES = frozenset({"prt", "compound:prt"})  # the particle of a phrasal verb
MARKER_LENGTH = 3  # expression words this short may be markers (`à`, `de`, `to`, `for`)
# Longer markers of a partner, which say less than a content word (`spoke by phone` is a call,
# whatever `with` follows).
LONG_MARKERS = frozenset({"with", "avec", "against", "contre", "between", "entre", "from"})
# Who an appeal or demand is addressed to: an infinitive the parser hangs on them is the
# verb's.
ADDRESSEES = frozenset({"obj", "obl:arg", "iobj"})


@per_token
def _below(token: Token, depth: int = 2) -> tuple[Token, ...]:
    """The words `depth` levels under a token; an English preposition and its object count as
    one level, as a French `case` marker under its noun does (`state of emergency`, `état
    d'urgence`). A name takes no complement: what the parser hangs on a proper-noun object is
    the verb's (`a accusé la Russie de crimes de guerre`); so may be what it hangs on a
    common-noun object (`a placé ses forces en état d'alerte`), reached at the object's level.
    Whom the sentence is told on the word of is none of them (`a expulsé des migrants, selon
    l'ONG X`)."""
    found, frontier = [], [token]
    attribution = modality_words(token.doc.lang_).attribution
    for level in range(depth):
        children = complements(token) if level == 0 else [c for t in frontier
                                                          for c in t.children]
        children = [c for c in children if not opens_with(c, attribution)]
        qualified = qualified_object(token) if level == 0 else None
        if qualified is not None:
            # `a charge New Delhi rejected`: the noun the clause qualifies is its object
            children = [*children, qualified]
        # a clause of its own gives only its conjunction (`agreed that`: 019)
        own = {c.i for c in children if _own_clause(c)}
        frontier = [c for c in children if c.i not in own] + [
            m for c in children if c.i in own for m in c.children if m.dep_ == "mark"]
        frontier += [g for c in frontier if c.dep_ == "prep" for g in c.children]
        frontier += [g for c in frontier if c.dep_ == "obj" and c.pos_ in ("PROPN", "NOUN")
                     for g in c.children if g.dep_ == "nmod" and not opens_with(g, attribution)]
        # `a demandé à l'Ethiopie de retirer ses troupes`: the infinitive hung on the addressee
        frontier += [g for c in frontier if c.dep_ in ADDRESSEES and c.pos_ in ("PROPN", "NOUN")
                     for g in c.children if g.dep_ in ("acl", "xcomp") and any(
                         m.dep_ == "mark" for m in g.children)]
        found.extend(frontier)
    return tuple(found)


def complements(token: Token) -> list[Token]:
    """The words hung on a head; for a noun object, also the phrases after it the parser hung
    on its verb (`a annoncé la reprise de ses relations avec Israël`)."""
    hung_on_verb = [c for c in token.head.children if c.i > token.i and c.dep_.startswith(
        "obl")] if token.pos_ == "NOUN" and token.dep_ == "obj" else []
    return [*token.children, *hung_on_verb]


def _own_clause(token: Token) -> bool:
    """A finite clause with its own subject under a head (`a déclaré que le Tchad était en
    guerre`, `said Chad was at war`): its words make no expression of the head's."""
    return token.dep_ in ("ccomp", "advcl") and any(
        c.dep_.startswith("nsubj") for c in token.children) and any(
        "Fin" in morph_values(t, "VerbForm") for t in [token, *token.children]
        if t.i == token.i or t.dep_ in ("cop", "aux", "aux:pass", "auxpass"))


def _heads_phrase_of(token: Token, pos: str) -> bool:
    """Whether a token the tagger got wrong heads a phrase of this part of speech: a verb
    phrase by its auxiliary (`a expulsé` tagged ADV), a noun phrase tagged ADJ by its
    determiner (`les frappes russes`, `des affrontements`)."""
    if pos == "VERB":
        return any(c.dep_.startswith("aux") for c in token.children)
    return pos == "NOUN" and token.pos_ == "ADJ" and any(c.dep_ == "det" for c in token.children)


def _words_below(token: Token) -> set[str]:
    """Lemmas and forms of the words an expression may take from under its head; not its own
    auxiliaries (folded, the `a` of `a proposé` would read as the `à` of `proposer à`), but
    the `to` of an infinitive under it (`urged X to leave`)."""
    lemmas, forms = folded_lemmas(token.doc), folded_tokens(token.doc)
    days = occasion_days(token.doc.lang_)
    near = modality_words(token.doc.lang_).proximity
    # (not what hangs on an adverb of nearness: `flew close to a plane` goes to nothing)
    below = [t.i for t in _below(token) if (not t.dep_.startswith("aux") or (
        t.head.head.i == token.i and t.head.dep_ == "xcomp")) and not _of_day(t, days)
        and not (t.head.dep_ == "advmod" and fold(t.head.text) in near)]
    return {lemmas[i] for i in below} | _with_contracted(forms[i] for i in below)


def _of_day(token: Token, days: frozenset[str]) -> bool:
    """A preposition of a weekday or an occasion (`called Putin on Friday`, `on his
    birthday`), which no expression takes."""
    return token.dep_ == "prep" and any(fold(c.text) in days for c in token.children)


def _markers_after(token: Token) -> set[str]:
    """The markers anywhere after a head in its phrase (`appelé les autorités à la libérer`,
    the infinitive hung on the object), which an expression may also take."""
    forms = folded_tokens(token.doc)
    return _with_contracted(forms[t.i] for t in token.subtree
                            if t.i > token.i and t.dep_ in ("mark", "case"))


def _with_contracted(forms: Iterable[str]) -> set[str]:
    """Folded forms, and the prepositions inside the contracted ones (`au` holds `à`)."""
    found = set(forms)
    return found | {CONTRACTIONS[f] for f in found if f in CONTRACTIONS}


def _first_fitting(token: Token, candidates: tuple[Trigger, ...], present: frozenset[str],
                   kind_below: Callable[[Token, str], bool] | None) -> Trigger | None:
    """The first trigger whose part of speech, reflexive pronoun and expression words the
    token has, and the kind of actor its target must be somewhere below it (`left OPEC`, not
    `left Paris`); what each test reads from the parse is read once, when a trigger asks. An
    expression with a word that is nowhere in the document (`present`) is passed at once."""
    pos = token.pos_
    mistagged: dict[str, bool] = {}  # trigger part of speech -> whether the token heads one
    reflexive = words = markers = None
    for trigger in candidates:
        if pos not in POS_OK.get(trigger.pos, (trigger.pos,)):
            if trigger.pos not in mistagged:
                mistagged[trigger.pos] = _heads_phrase_of(token, trigger.pos)
            if not mistagged[trigger.pos]:
                continue
        if trigger.reflexive:
            if reflexive is None:
                reflexive = any(fold(c.text) in REFLEXIVE for c in dependents(token))
            if not reflexive:
                continue
        if trigger.with_:
            if not present.issuperset(trigger.with_):
                continue
            if words is None:
                words = _words_below(token)
            missing = [w for w in trigger.with_ if w not in words]
            if missing and all(len(w) <= MARKER_LENGTH for w in missing):
                if markers is None:
                    markers = _markers_after(token)
                missing = [w for w in missing if w not in markers]
            if missing:
                continue
        if trigger.not_particles and any(c.dep_ in PARTICLES and fold(c.text) in trigger.not_particles
                                         for c in token.children):
            continue
        if trigger.target_kind and not (kind_below and kind_below(token, trigger.target_kind)):
            continue
        return trigger
    return None


def fitting_alone(token: Token, trigger: Trigger,
                  index: dict[str, tuple[Trigger, ...]]) -> Trigger | None:
    """The token's best trigger after `trigger` that one side can do alone: `China began
    joint exercises around Taiwan`, with no partner, is a show of force, not cooperation."""
    doc = token.doc
    entries = index.get(folded_lemmas(doc)[token.i]) or index.get(folded_tokens(doc)[token.i])
    rest = tuple(t for t in entries[entries.index(trigger) + 1:] if not t.shared)
    return _first_fitting(token, rest, folded_words(doc), None)


def find_triggers(sent: Span, index: dict[str, tuple[Trigger, ...]],
                  keep_weak: Callable[[Token], object] | None = None,
                  kind_below: Callable[[Token, str], bool] | None = None
                  ) -> list[tuple[Token, Trigger]]:
    """The best-fitting trigger of each token of a sentence that has one. Weak triggers count
    only when nothing else fires, or when `keep_weak` says the token matters anyway;
    `kind_below` says whether an actor of a kind (`IGO`) stands below a token."""
    found = []
    doc = sent.doc
    lemmas, forms, present = folded_lemmas(doc), folded_tokens(doc), folded_words(doc)
    for i in range(sent.start, sent.end):
        candidates = index.get(lemmas[i]) or index.get(forms[i])
        if not candidates:
            continue
        token = doc[i]
        best = _first_fitting(token, candidates, present, kind_below)
        if best is not None:
            found.append((token, best))
    # a word that is part of an expression that fired (`lever les sanctions`) is not a
    # trigger of its own
    consumed = {w.i for tok, t in found if t.with_ for w in _below(tok)
                if lemmas[w.i] in t.with_ or forms[w.i] in t.with_}
    found = [(tok, t) for tok, t in found if tok.i not in consumed]
    # `a annoncé le gel de son aide militaire`: the words of a verb's expression that hang
    # under an act noun of another root that fired (the freeze of aid) are that noun's, not
    # the verb's (`a placé ses unités en état d'alerte` says the noun's act again); a verb
    # whose object is an appeal naming who made it keeps its next trigger that fits without
    # them (`rejected France's call for a ceasefire` rejects France's call)
    acts = {tok.i: t.code[:2] for tok, t in found if t.pos == "NOUN"}
    kept = []
    for tok, t in found:
        while t is not None and t.pos != "NOUN" and t.with_ and _under_act(
                tok, t, {i for i, root in acts.items() if root != t.code[:2]}, lemmas, forms):
            if not any(acts.get(c.i) in APPEALS and c.dep_ == "dobj" and _names_doer(c)
                       for c in tok.children):
                t = None
                break
            entries = index.get(lemmas[tok.i]) or index.get(forms[tok.i]) or ()
            t = _first_fitting(tok, entries[entries.index(t) + 1:], present, kind_below)
        if t is not None:
            kept.append((tok, t))
    found = kept
    if any(not t.weak for _, t in found):
        found = [(tok, t) for tok, t in found
                 if not t.weak or (keep_weak is not None and keep_weak(tok))]
    return found


def _under_act(token: Token, trigger: Trigger, acts: set[int], lemmas: list[str],
               forms: list[str]) -> bool:
    """Whether every word of a trigger's expression found below it hangs under another act
    noun below it."""
    words = [w for w in _below(token) if lemmas[w.i] in trigger.with_ or forms[w.i] in trigger.with_]
    return bool(words) and all(any(a.i in acts for a in w.ancestors if a.i != token.i and
                                   token.is_ancestor(a)) for w in words)


def _names_doer(noun: Token) -> bool:
    """Whether an act noun names who did it: an owner or a name before it (`France's call`,
    `a U.S. proposal`), an agent after it (`a call by France`, `an offer from Kyiv`)."""
    return any(c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" or
               c.dep_ == "prep" and fold(c.text) in ("by", "from") for c in noun.children)
