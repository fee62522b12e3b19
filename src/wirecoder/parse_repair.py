"""Repairs of parse errors the small models make often.

- A weekday after a verb (`a annoncé jeudi des mesures`, `a adopté mercredi une réforme`) read
  as a verb, an adjective or the head of the clause, which takes the verb's object (or the
  verb itself) as its own dependent. On the project's French gold texts, 26 of 98 weekdays
  were parsed so. The weekday becomes a time modifier of the verb; what hung on it hangs on
  the verb, its object as the verb's object.
  A weekday parsed as the verb's object is its time modifier too (17 in the same texts), and
  an object the parser hung on the weekday or on the time noun after it (`mercredi soir`)
  goes back to the verb. So do a noun before a weekday read as its determiner and a phrase
  after it hung on it (`s'est entretenu par téléphone jeudi avec son homologue`).
- A place name the entity recogniser found but the tagger read as a verb, an adverb or an
  adjective (`à Alger` as the infinitive of `alger`, `à Dakar` as an adverb): 12 tokens of the
  same gold texts. It becomes a proper noun; a verb's `à` or `de` becomes its case marker,
  and a clause it headed becomes a place modifier. An object the parser hung on a place
  modifier of the verb (`a reçu à Alger son homologue`) goes back to the verb.
- A bare noun right after an infinitive complement that the parser hung on the governing verb
  (`a juré de détruire les États-Unis`, `États-Unis` a modifier of `juré`): it becomes the
  infinitive's object. A preposition the parser read as a `mark` on a noun (`rassemblés
  devant le parlement à Dakar`) becomes its `case` marker first.
- The agent of a passive verb (`par la police`) that the parser hung on a time phrase of the
  verb, or on a place phrase below it (`a été arrêté lundi soir à son domicile par la
  police`, `frappée dans la nuit par des drones`): it becomes the verb's `obl:agent`.
- The capitalised article of a name (`la ville d'El Fasher`, `El` a determiner heading the
  phrase, `Fasher` hung on the verb) read as a determiner: it becomes part of the name, which
  takes its place.
- A quotation mark the tagger read as a word, heading a noun (`Le gouvernement malien
  « condamne » l'attaque`, with `«` the verb's subject and `gouvernement` its subject):
  the noun takes its place and the mark becomes punctuation.

The English model's errors are repaired in english_repairs.py, French clauses built around the
wrong head in french_repairs.py, French present-tense verbs read as nouns in
present_tense_repair.py, French past tenses split by an aside in aside_repair.py, French past
participles read as modifiers of `avoir` in participle_repair.py.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import numpy
from spacy.attrs import DEP, LOWER
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from wirecoder import resources
from wirecoder.textnorm import fold

WEEKDAYS = "wirecoder_weekdays"  # the components' names
PLACES = "wirecoder_place_names"
PLACE_LABELS = frozenset({"LOC", "GPE"})
MISTAGGED = frozenset({"VERB", "AUX", "ADV", "ADJ"})
CLAUSAL = frozenset({"xcomp", "ccomp", "advcl", "acl", "advmod", "amod"})
# Dependents of a noun that stay on the weekday (`jeudi soir`, `le 3`).
OWN = frozenset({"det", "amod", "nummod", "case", "punct", "fixed", "flat", "flat:name",
                 "compound", "advmod"})
# Prepositions whose noun is an object all the same (`a mené ... des frappes`, partitive).
PARTITIVE = frozenset({"de", "des", "d'", "du"})
SUBJECTS = frozenset({"nsubj", "nsubj:pass", "csubj"})  # how a clause's subject hangs on it
# How the parser hangs on a noun a bare noun phrase after it that may be the verb's object.
BARE_MODIFIERS = frozenset({"nmod", "appos"})


@cache
def weekdays(lang: str) -> frozenset[str]:
    """The language's weekday names (data/lang/<xx>/dates.yaml), folded."""
    spec = resources.lang_yaml(lang, "dates", {}) or {}
    return frozenset(fold(w) for names in (spec.get("weekdays") or {}).values()
                     for w in names)


@cache
def occasion_days(lang: str) -> frozenset[str]:
    """The language's weekday names and the occasions a call is made on, like a day
    (`birthday`, `anniversary`), folded."""
    spec = resources.lang_yaml(lang, "dates", {}) or {}
    return weekdays(lang) | {fold(w) for w in spec.get("occasions") or ()}


@cache
def time_words(lang: str) -> frozenset[str]:
    """The language's weekdays and nouns of a time of day or stretch of time, folded."""
    spec = resources.lang_yaml(lang, "dates", {}) or {}
    return weekdays(lang) | {fold(w) for w in spec.get("time_nouns") or ()}


def string_ids(vocab: Vocab, words: list[str] | tuple[str, ...]) -> numpy.ndarray:
    """The string ids of lower-cased words, to find them in a document's token arrays."""
    return numpy.array([vocab.strings.add(w) for w in words], dtype="uint64")


def positions(doc: Doc, ids: numpy.ndarray) -> list[int]:
    """Where tokens whose lower-cased form is one of `ids` stand (no Token objects built)."""
    return numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), ids)).tolist()


def _own(day: Token, child: Token) -> bool:
    """A dependent a weekday may have: its modifiers, and a bare noun right after it
    (`lundi soir`)."""
    return child.dep_ in OWN or (child.i == day.i + 1 and not any(
        g.dep_ in ("det", "case") for g in child.children))


def _misparsed(day: Token) -> bool:
    return day.pos_ != "NOUN" or day.head.i == day.i or day.dep_ == "obj" or any(
        not _own(day, c) and c.pos_ in ("NOUN", "PROPN", "VERB") for c in day.children)


def object_dep(token: Token) -> str:
    cases = [fold(c.text) for c in token.children if c.dep_ == "case"]
    return "obj" if not cases or set(cases) <= PARTITIVE else "obl"


class WeekdayRepair:
    """The pipeline component: re-attaches every misparsed weekday that follows a verb to
    that verb. Weekdays are found from the token arrays (most documents have one or none),
    by string ids computed once."""

    def __init__(self, vocab: Vocab, days: frozenset[str]) -> None:
        self.ids = string_ids(vocab, sorted(days))

    def __call__(self, doc: Doc) -> Doc:
        if len(self.ids):
            for i in positions(doc, self.ids):
                if i > 0:
                    _reattach(doc[i])
                    _lift_objects(doc[i])
                    _lift_obliques(doc[i])
        return doc


def _lift_objects(day: Token) -> None:
    """`a bombardé jeudi soir trois villages`: an object the parser hung on the weekday or
    the time noun after it goes back to the weekday's verb."""
    for noun in (day, *(c for c in day.children if c.i == day.i + 1)):
        _objects_to_verb(noun, day)


def _lift_obliques(day: Token) -> None:
    """`s'est entretenu par téléphone jeudi avec son homologue`: a noun before a weekday
    that the parser read as the weekday's determiner, with the preposition before it, and a
    prepositional phrase after the weekday (not a `de` phrase: `lundi de Pâques`) hang on
    the weekday's verb, as its obliques."""
    verb = day.head
    if verb.pos_ not in ("VERB", "AUX") or not day.dep_.startswith("obl"):
        return
    for child in list(day.children):
        cases = [c for c in child.children if c.dep_ == "case"]
        if child.dep_ == "det" and child.pos_ == "NOUN" and child.i < day.i:
            for case in [c for c in day.children if c.dep_ == "case" and c.i < child.i]:
                case.head = child
            child.head, child.dep_ = verb, "obl:mod"
        elif child.dep_ == "nmod" and child.i > day.i and cases and \
                not {fold(c.text) for c in cases} & PARTITIVE:
            child.head, child.dep_ = verb, "obl"


def _objects_to_verb(noun: Token, modifier: Token) -> None:
    """Hang the objects of `noun` on the verb that `modifier`, an oblique, modifies: those
    the parser made its objects, and a noun phrase with a determiner and no preposition it
    made its modifier (`a rencontré au Caire le roi de Jordanie`), not a time (`le 3 mai`)."""
    verb = modifier.head
    if verb.pos_ not in ("VERB", "AUX") or not modifier.dep_.startswith("obl"):
        return
    for obj in [c for c in noun.children if c.dep_ == "obj" or _bare_object(noun, c)]:
        obj.head, obj.dep_ = verb, "obj"


def _bare_object(noun: Token, child: Token) -> bool:
    """A noun phrase after `noun` that the parser made its modifier (or its apposition, which
    a comma would set off: `a rencontré à Ryad le président américain`), with no preposition,
    comma or number between or on it: an object of the verb the noun modifies. After a time
    word, a bare proper name is one too (`a exhorté vendredi Kigali à…`), and after a name or
    a time word, a noun with a partitive article read as a preposition (`a tenu à Oman des
    pourparlers`)."""
    times = time_words(noun.doc.lang_)
    name_or_time = noun.pos_ == "PROPN" or fold(noun.text) in times
    deps = {"det" if g.dep_ == "case" and name_or_time and fold(g.text) in ("des", "du")
            else g.dep_ for g in child.children}
    return child.dep_ in BARE_MODIFIERS and child.i > noun.i and (
        child.pos_ == "NOUN" and "det" in deps
        or child.pos_ == "PROPN" and fold(noun.text) in times) and \
        not deps & {"case", "nummod"} and fold(child.text) not in times and \
        not any(t.is_punct for t in noun.doc[noun.i + 1:child.i])


def _reattach(day: Token) -> None:
    """Hang a weekday the parser misread on the verb before it, with what it took."""
    verb = day.doc[day.i - 1]
    # `a dissous mercredi les partis`: a participle the tagger missed, after its auxiliary
    # (which the parser may have read as a copula: `ont dissous mardi`)
    participle = verb.i > 0 and (verb.doc[verb.i - 1].dep_ in ATTACHED_AUXILIARY
                                 or verb.doc[verb.i - 1].pos_ == "AUX")
    if verb.pos_ not in ("VERB", "AUX") and not participle or not _misparsed(day) or \
            not day.sent.start <= verb.i:
        return
    if participle:
        verb.pos_ = "VERB"
    root = day.head.i == day.i
    moved = [c for c in day.children if c.i != verb.i and (
        not _own(day, c) or (root and c.dep_ == "punct"))]
    if root or verb.head.i == day.i:
        # the weekday took the verb under it: the verb takes the weekday's place
        old_head, old_dep = day.head, day.dep_
        verb.head = verb if root else old_head
        verb.dep_ = "ROOT" if root else old_dep
    for child in moved:
        child.head = verb
        child.dep_ = object_dep(child) if child.pos_ in ("NOUN", "PROPN") else child.dep_
    day.head = verb
    day.dep_ = "obl:mod"
    day.pos_ = "NOUN"


# Forms of the auxiliary a past participle follows, per language: `avoir` of the past
# infinitive (`affirme avoir frappé`), `été` of the passive (`a été expulsé`).
TENSE_AUXILIARY_FORMS = {"fr": ("a", "ont", "avait", "avaient", "aura", "auront", "ai", "avons",
                                "avez", "avoir", "été")}
ATTACHED_AUXILIARY = frozenset({"aux:tense", "aux:pass"})
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")


@Language.factory(WEEKDAYS)
def make_weekday_repair(nlp: Language, name: str) -> WeekdayRepair:
    return WeekdayRepair(nlp.vocab, weekdays(nlp.lang))


def repair_place_names(doc: Doc) -> Doc:
    """Make the place names the recogniser found, and the tagger read as another part of
    speech, proper nouns again (see the module's docstring)."""
    for ent in doc.ents:
        for article in (t for t in ent[:-1] if t.pos_ == "DET" and t.text[:1].isupper()
                        and t.i > ent.sent.start and doc[t.i + 1].pos_ == "PROPN"):
            _name_article(article, doc[article.i + 1])
        if ent.label_ not in PLACE_LABELS:
            continue
        for token in ent:
            if token.pos_ in MISTAGGED and token.text[:1].isupper() and token.i > ent.sent.start:
                _as_place(token)
            _objects_to_verb(token, token)  # `a reçu à Alger son homologue`
    return doc


def _name_article(article: Token, name: Token) -> None:
    """`la ville d'El Fasher`, with `El` read as a determiner heading the phrase and the name
    hung elsewhere: the name takes the article's place and the article is part of it."""
    if article.head.i != name.i and not name.is_ancestor(article.head):
        name.head, name.dep_ = article.head, article.dep_
        for child in list(article.children):
            attach(child, name, child.dep_)
    attach(article, name, "flat:name")
    article.pos_ = "PROPN"


def _as_place(token: Token) -> None:
    marked = False
    for child in token.children:
        if child.dep_ == "mark" and child.pos_ == "ADP":
            child.dep_ = "case"
            marked = True
    if marked or token.dep_ in CLAUSAL:
        token.dep_ = "obl:mod" if token.head.pos_ in ("VERB", "AUX") else "nmod"
    token.pos_ = "PROPN"
    token.lemma_ = token.text


Language.component(PLACES, func=repair_place_names)


INFINITIVE_OBJECTS = "wirecoder_infinitive_objects"
# How a bare noun may be misattached to the verb an infinitive completes.
STRAY_OBJECT = frozenset({"obj", "obl", "obl:mod"})


def repair_infinitive_objects(doc: Doc) -> Doc:
    """Give an infinitive complement the bare noun phrase after it that the parser hung on
    the governing verb (see the module's docstring)."""
    mark = doc.vocab.strings.add("mark")
    for i in numpy.flatnonzero(doc.to_array(DEP) == mark).tolist():
        token = doc[i]
        if token.pos_ == "ADP" and token.head.pos_ in ("NOUN", "PROPN"):
            token.dep_ = "case"
    xcomp = doc.vocab.strings.add("xcomp")
    for i in numpy.flatnonzero(doc.to_array(DEP) == xcomp).tolist():
        verb = doc[i]
        j = i + 1
        while j < len(doc) and doc[j].pos_ in ("DET", "NUM", "ADJ"):
            j += 1
        noun = doc[j] if j < len(doc) else None
        if verb.pos_ == "VERB" and noun is not None and noun.pos_ in ("NOUN", "PROPN") \
                and noun.head.i == verb.head.i and noun.dep_ in STRAY_OBJECT \
                and not any(c.dep_ == "case" for c in noun.children):
            attach(noun, verb, "obj")
    return doc


Language.component(INFINITIVE_OBJECTS, func=repair_infinitive_objects)


QUOTES = "wirecoder_quote_marks"
QUOTE_MARKS = frozenset({"«", "»", '"', "“", "”"})


def repair_quote_marks(doc: Doc) -> Doc:
    """Give the place of a quotation mark read as a word to the noun it heads (see the
    module's docstring)."""
    for mark in doc:
        if mark.text not in QUOTE_MARKS or mark.pos_ == "PUNCT":
            continue
        noun = next((c for c in mark.children if c.pos_ in ("NOUN", "PROPN", "PRON")), None)
        if noun is None:
            continue
        root = mark.head.i == mark.i
        noun.head, noun.dep_ = (noun, "ROOT") if root else (mark.head, mark.dep_)
        for child in [c for c in mark.children if c.i != noun.i]:
            child.head = noun
        mark.head, mark.dep_, mark.pos_ = noun, "punct", "PUNCT"
    return doc


Language.component(QUOTES, func=repair_quote_marks)


PASSIVE_AGENTS = "wirecoder_passive_agents"
AGENT_MARKERS = {"fr": "par"}  # the preposition of a passive agent, per language
# How a time or place phrase hangs under a verb, and its words under one another.
NOMINAL_LINKS = frozenset({"nmod", "obl", "obl:mod", "obl:arg", "amod", "advmod"})


def repair_passive_agents(doc: Doc, marker: str, times: frozenset[str]) -> Doc:
    """Hang on a passive verb the agent the parser hung on a time phrase below it (see the
    module's docstring)."""
    for token in doc:
        if token.dep_ != "case" or token.lower_ != marker or \
                token.head.pos_ not in ("NOUN", "PROPN"):
            continue
        agent = node = token.head
        timed = False
        while node.dep_ in NOMINAL_LINKS and node.head.i != node.i and \
                node.head.pos_ in ("NOUN", "PROPN"):
            node = node.head
            timed = timed or fold(node.text) in times
        verb = node.head
        if timed and node.dep_ in NOMINAL_LINKS and verb.pos_ == "VERB" and \
                any(c.dep_ == "aux:pass" for c in verb.children):
            attach(agent, verb, "obl:agent")
        if agent.dep_ == "obl:agent":
            # `a été accusée par l'ONU d'avoir tiré`: an agent takes no infinitive; it
            # completes the passive verb
            for clause in [c for c in agent.children if c.dep_ == "acl" and c.i > agent.i
                           and c.pos_ == "VERB" and any(m.dep_ == "mark" for m in c.children)]:
                attach(clause, agent.head, "xcomp")
    return doc


@Language.component(PASSIVE_AGENTS)
def passive_agent_repair(doc: Doc) -> Doc:
    return repair_passive_agents(doc, AGENT_MARKERS[doc.lang_], time_words(doc.lang_))


def lemma_as_verb(vocab: Vocab, lemmatize: Callable[[Token], list[str]], form: str) -> str:
    """The lemma the lemmatizer gives a form read as a verb (`accuse` -> `accuser`), for the
    repairs that turn a word the tagger read otherwise into a verb."""
    probe = Doc(vocab, words=[form])[0]
    probe.pos_ = "VERB"
    return lemmatize(probe)[0]


def attach(token: Token, head: Token, dep: str) -> None:
    """Hang `token` on `head` unless that would make a cycle."""
    if token.i != head.i and not token.is_ancestor(head):
        token.head = head
        token.dep_ = dep
