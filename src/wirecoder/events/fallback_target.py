"""The fallback target of an act whose clause marks none: the first actor named after the
trigger within its phrase, short of what is no target there (a reporting clause, the source
it is told on, a contrasted clause, the act's circumstances, what is given in return, the
victim in a demand, a kind of thing, a charge a noun carries)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from wirecoder.actors.role_kinds import CHALLENGER_ROLES
from wirecoder.events.governors import contrasted_clause
from wirecoder.events.mention_index import MentionIndex
from wirecoder.events.modality_lexicon import has_word
from wirecoder.events.subjects import coordinated_within
from wirecoder.events.syntax import (
    OBJECTS,
    OF,
    SUBJECTS,
    agented_participle,
    infinitive,
    marked_tokens,
)
from wirecoder.events.triggers import act_noun
from wirecoder.model import Mention
from wirecoder.nlp import WHERE, contracted, morph_values, opens_with, preposition
from wirecoder.textnorm import fold

NOMINALS = frozenset({"NOUN", "PROPN"})


def victim_of(noun: Token, index: MentionIndex) -> Mention | None:
    """The actor an act that is `suffered` (`the killing of X`, `l'assassinat de X`) was done
    to, named after `of`/`de` with no possessive doer (`Israel's killing of X`)."""
    if index.owner(noun, possessive_only=True) is not None:
        return None
    return index.owner(noun)


def _owns_harmed(mention: Mention, doc: Doc, harmed: frozenset[str]) -> bool:
    """Whether a mention names the owner of what an act harmed: `la souveraineté du Tchad`,
    `Chad's sovereignty`, `the sovereignty of Chad`, `Iranian airspace`."""
    token = doc[mention.token_start:mention.token_end].root
    head = token.head.head if token.dep_ == "pobj" else token.head
    return token.dep_ in ("nmod", "nmod:poss", "poss", "amod", "pobj") and \
        fold(head.lemma_) in harmed


def nearest_in_subtree(token: Token, index: MentionIndex, sources: list[Mention],
                        speech: frozenset[str] = frozenset(),
                        harmed: frozenset[str] = frozenset(),
                        addressed: list[Token] | None = None,
                        exchange: frozenset[str] = frozenset(),
                        attribution: tuple[tuple[str, ...], ...] = (),
                        circumstances: tuple[tuple[str, ...], ...] = (),
                        suffered: frozenset[str] = frozenset(),
                        violent: bool = False,
                        given: frozenset[int] = frozenset(),
                        intrusions: frozenset[str] = frozenset(),
                        judged_as: frozenset[str] = frozenset(),
                        reaction: bool = False) -> list[Mention]:
    """Fallback target: the first actor named after the trigger within its phrase, before a
    reporting clause hung on it (`a tiré un missile, a indiqué l'armée philippine`), a clause
    set against it (`apologised, while Amnesty urged…`) or, given `attribution`, the source it
    is told on (`a arrêté des militants, selon l'ONG`; of force too, `ont frappé une centrale
    à Odessa, selon les autorités`: who tells of a blow is not what it struck, whose owner or
    place says), and not the owner of a `harmed` thing. Where an appeal's addressee names no
    actor (`called on Muslim countries to cut ties with Israel`), not in the complement after
    it: what they are asked to do is aimed elsewhere. Nor in what is given in return
    (`released hostages in exchange for Palestinian prisoners`): the price is no target. Nor
    in a phrase of the act's
    `circumstances` (a phrase, not a clause: `scrambled jets after Chinese drones approached`
    aims at them), up to its noun and its doer (`called up reservists after the Hamas
    attack`, `après l'attaque du Hamas`): who did what framed it is no target (`freed
    prisoners after talks with X` still aims at X). Nor, given `suffered` acts, whom one
    of them was done to (`demanded an investigation into the killing of a journalist`): the
    demand is not made of the victim. Nor, but for a `violent` act, a role adjective telling
    the kind of a thing (see `_kind_of_thing`; of the nouns `given` too, what an act of giving
    gives: `une aide militaire à l'Ukraine`). Nor what one of the `intrusions` intrudes on (`condemned foreign
    interference in Libya`, `l'ingérence dans les affaires du Mali`): its victim, not the
    intruder. Nor, given the words a judgement is `judged_as`, in what a judging verb says the
    thing it judges is (`denounced the firing as a breach of UN resolutions`, `a dénoncé
    le tir comme une violation…`): see `_judged_as`. Of a `reaction`: after its object, in a
    verb joined to it, other than that verb's own object (`denounced the putsch and sent
    soldiers from Kenya…`, but `a fustigé le putsch et mis en demeure le colonel…`); nor in
    what an infinitive completing a noun plans or attempts (`vetoed a proposal to use Iranian
    funds`, `un projet visant à utiliser…`): see `_planned_clauses`."""
    lo, hi = token.i, token.right_edge.i
    doc = token.doc
    framing: set[int] = set()
    for child in token.children:
        edge = child.left_edge.i
        for clause in (c for c in child.children if child.dep_ in OBJECTS and accused_of(c)):
            # `executed a man accused of spying for Israel`: whom the object is charged with
            # serving is not the target
            hi = min(hi, clause.left_edge.i - 1)
        if addressed and child.dep_ == "xcomp" and edge > max(t.i for t in addressed):
            hi = min(hi, edge - 1)
        joined = child.i > lo and child.dep_ == "conj" and child.pos_ in ("VERB", "AUX")
        if joined and any(c.dep_ in SUBJECTS for c in child.children):
            # `Peru closed its border, and China shut its embassy`: a clause joined with a
            # subject of its own tells another act, not whom this one is aimed at
            hi = min(hi, edge - 1)
        elif joined and reaction and any(c.dep_ in OBJECTS for c in token.children):
            # `condemned the coup and ordered troops from Kenya…`: after the reaction's object,
            # a joined verb tells another act, of which only whom it is done to may be aimed at
            kept = {i for o in child.children if o.dep_ in OBJECTS and (m := index.at(o))
                    for i in range(m.token_start, m.token_end)}
            framing.update(t.i for t in child.subtree if t.i not in kept)
        if child.i > lo and (contrasted_clause(child) or fold(child.lemma_) in speech and (
                child.dep_ in ("advcl", "parataxis", "conj")
                and (doc[edge].is_punct or doc[edge - 1].is_punct))):
            hi = min(hi, edge - 1)
        # (`since` is tagged a subordinating conjunction even where it heads a phrase)
        if child.i > lo and (child.pos_ in ("ADP", "NOUN") or child.dep_ == "prep") and \
                opens_with(child, circumstances):
            noun = next((n for n in child.children if n.dep_ == "pobj"), child)
            framing.update(range(edge, noun.i + 1))
            framing.update(t.i for doer in marked_tokens(noun, (*OF, "by", "par"))
                           for t in doer.subtree)
        for judged in (_judged_as(c, judged_as) for c in (
                child, *(child.children if child.dep_ in OBJECTS else ())) if c.i > lo):
            framing.update(t.i for t in judged)
    if reaction:
        framing.update(t.i for clause in _planned_clauses(token, index) for t in clause.subtree)
    for phrase in token.subtree:
        # `…, selon les médias d'État`, wherever the parser hung it (a noun phrase, not the
        # clause of `les allégations selon lesquelles…`)
        if phrase.i > lo and (phrase.pos_ in NOMINALS or phrase.dep_ == "prep") and \
                opens_with(phrase, attribution):
            hi = min(hi, phrase.left_edge.i - 1)
    # `in exchange for`, `en échange de`: the noun after its preposition
    hi = next((k - 2 for k in range(lo + 2, hi + 1)
               if doc[k - 1].pos_ == "ADP" and has_word(doc[k], exchange)), hi)
    victims = [victim_of(t, index) for t in doc[lo + 1:hi + 1] if fold(t.lemma_) in suffered]
    after = [m for m in index.mentions if lo < m.token_start <= hi and m not in sources
             and m not in victims
             and m.token_start not in framing and m.actor.code and m.rule != "locative"
             and not index.relates(doc[m.token_end - 1])
             and not (harmed and _owns_harmed(m, doc, harmed))
             and not _intruded_on(m, doc, intrusions)
             and not (not violent and _kind_of_thing(m, doc, index, given))]
    if not after:
        return []
    # `to Venezuela, Cuba and Nicaragua`: the first actor and those coordinated with it
    return [after[0], *(m for m in coordinated_within(after[0], doc, index)
                        if m.rule != "locative" and m not in sources)]


def _planned_clauses(token: Token, index: MentionIndex) -> list[Token]:
    """The infinitives that complete a noun after a token, which name no actor (`a plan to
    use…`, `the attempt to kill…`, `un projet visant à utiliser…`), also where the parser hung
    one on the verb whose object the noun is (`a condamné la tentative d'assassiner…`)."""
    nouns = {o.i for o in token.children if o.dep_ in OBJECTS and o.pos_ == "NOUN"
             and index.at(o) is None}
    return [w for w in token.subtree if w.i > token.i and infinitive(w) and (
        w.dep_ == "acl" and w.head.pos_ == "NOUN" and index.at(w.head) is None or
        w.dep_ == "xcomp" and (w.head.i == token.i and any(n < w.i for n in nouns) or
                               w.head.dep_ == "acl" and w.head.head.pos_ == "NOUN"))]


def _judged_as(word: Token, judged_as: frozenset[str]) -> list[Token]:
    """The tokens of a judgement a word of the verb or of its object opens with one of the
    `judged_as` words, where it is a common noun (`as a violation of…`, `comme une
    violation…`), not an example (`comme l'Iran`, `such as Iran`)."""
    noun = next((c for c in word.children if c.dep_ == "pobj"), None) \
        if word.dep_ == "prep" and fold(word.text) in judged_as else \
        word if preposition(word) in judged_as else None
    if noun is None or noun.pos_ != "NOUN" or any(
            fold(c.text) == "such" for c in (*word.children, *noun.children)):
        return []
    return list(word.subtree)


def _intruded_on(mention: Mention, doc: Doc, intrusions: frozenset[str]) -> bool:
    """Whether a mention lies in the phrase of where an intrusion noun intrudes (`interference
    in Libya`, `meddling in Georgia's elections`, `l'ingérence dans les affaires du Mali`,
    `toute ingérence en Libye`), not in its doer's (`Washington's interference`, `l'ingérence
    de la France`)."""
    child = doc[mention.token_start:mention.token_end].root
    while child.head.i != child.i:
        if child.head.pos_ == "NOUN" and has_word(child.head, intrusions):
            marker = fold(child.text) if child.dep_ == "prep" else preposition(child)
            return marker in WHERE
        child = child.head
    return False


def _kind_of_thing(mention: Mention, doc: Doc, index: MentionIndex,
                   given: frozenset[int] = frozenset()) -> bool:
    """Whether a mention is only a role adjective telling the kind of a thing in a
    prepositional phrase, or of an object named by a state's role (`2 billion euros in military
    aid`, `flew to a military base`, `suspended military aid from the United States`): no one
    an act other than force is aimed at (`Ukrainian facilities` is no role, and names Ukraine;
    force on `terrorist infrastructure` is aimed at its owners, and a reaction to `jihadist
    attacks` at their doers; a challenger's object is its own, `dismantled a terrorist
    cell`). An act noun is no thing, unless it is what an act of giving gives (`given`: `a
    annoncé une aide militaire à l'Ukraine`)."""
    token = doc[mention.token_start]
    return mention.kind == "role" and mention.token_end - mention.token_start == 1 and \
        token.pos_ == "ADJ" and token.dep_ == "amod" and index.at(token.head) is None and (
            token.head.dep_ in ("pobj", "nmod") or token.head.dep_ in OBJECTS
            and not CHALLENGER_ROLES & set(mention.actor.roles)) and \
        (token.head.i in given or not act_noun(token.head))


def accused_of(clause: Token) -> bool:
    """A past participle with no agent qualifying a noun after it, completed by `of`/`de`
    (`a man accused of spying`, `des hommes soupçonnés d'avoir attaqué`): what the noun is
    said to have done (`a ship linked to Israel` is owned, not charged)."""
    return clause.dep_ == "acl" and clause.i > clause.head.i and \
        "Part" in morph_values(clause, "VerbForm") and "Past" in morph_values(clause, "Tense") \
        and not agented_participle(clause) and not any(
            c.dep_.startswith(("aux", "nsubj")) for c in clause.children) and any(
            contracted(g) in OF for c in clause.children if c.i > clause.i
            for g in (c, *c.children) if g.dep_ in ("prep", "case", "mark"))
