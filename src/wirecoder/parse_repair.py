"""Repairs of parse errors the small models make often.

- A weekday after a verb (`a annoncé jeudi des mesures`, `a adopté mercredi une réforme`) read
  as a verb, an adjective or the head of the clause, which takes the verb's object (or the
  verb itself) as its own dependent. On the project's French gold texts, 26 of 98 weekdays
  were parsed so. The weekday becomes a time modifier of the verb; what hung on it hangs on
  the verb, its object as the verb's object.
  A weekday parsed as the verb's object is its time modifier too (17 in the same texts), and
  an object the parser hung on the weekday or on the time noun after it (`mercredi soir`)
  goes back to the verb.
- A past participle after a form of `avoir` that the tagger read as an adverb, an adjective
  or a noun (`a expulsé` with `expulsé` an adverb of `a`, the main verb, tagged VERB or
  AUX): the participle
  becomes the verb of the clause, with `avoir` its tense auxiliary, so that the lemmatizer
  after the parser reads it as a verb (`expulser`). A participle heading its clause with
  `avoir` as its tense auxiliary, tagged a noun, an adjective or a determiner (`a félicité`,
  `a nié`, `ont dissous`), is only retagged a verb.
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
- A quotation mark the tagger read as a word, heading a noun (`Le gouvernement malien
  « condamne » l'attaque`, with `«` the verb's subject and `gouvernement` its subject):
  the noun takes its place and the mark becomes punctuation.
- A French cleft sentence (`C'est Washington qui a imposé des sanctions`, `c'est le Maroc
  que l'Algérie accuse`), with the focused noun read as the root and the verb as its
  dependent: the verb heads the clause, the noun its subject (`qui`) or object (`que`).
- An English sentence opened by a name, often an acronym, that the tagger read as the verb
  of the clause, with the past-tense verb after it read as a modifier of its object
  (`ECOWAS imposed sanctions on Niger`, `imposed` an adjective of `sanctions`; or the noun the
  head, with the name hung on the verb: `Turkey hosted talks between...`), or by a name
  phrase that the parser made one noun phrase with the verb and its object (`Egyptian
  President Abdel Fattah al-Sisi hosted Qatar's emir`, `Myanmar's military placed troops on
  alert`): the verb becomes the head of the clause, the name its subject and the noun its
  object.
- English `declared two diplomats persona non grata` with `persona` read as the verb of a
  clause whose subject is `diplomats`: the people become the object of the verb of
  declaring, `persona` its predicative complement.
- An English gerund subject with sides `between` (`Fighting between the army and the RSF
  killed dozens`), tagged a verb with no subject of its own: it becomes the noun it is.
- An English sentence with no finite verb, ended by a full stop, or the clause a speaker's
  past-tense verb reports before it (`..., police said`), whose past-tense verb the tagger
  read as a participle modifying the noun before it (`Hundreds of people protested in
  Lagos.`, `Suspected militants killed 12 soldiers, officials said.`, `protested` and
  `killed` an `acl` of the head noun): the verb heads the clause, the noun its subject. A
  participle with a `by` agent stays one (`Two soldiers wounded by a mine.`).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from functools import cache

import numpy
from spacy.attrs import DEP, IS_LOWER, IS_TITLE, LOWER, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from wirecoder import resources
from wirecoder.textnorm import fold

WEEKDAYS = "wirecoder_weekdays"  # the components' names
PARTICIPLES = "wirecoder_participles"
PLACES = "wirecoder_place_names"
PLACE_LABELS = frozenset({"LOC", "GPE"})
MISTAGGED = frozenset({"VERB", "AUX", "ADV", "ADJ"})
CLAUSAL = frozenset({"xcomp", "ccomp", "advcl", "acl", "advmod", "amod"})
# Dependents of a noun that stay on the weekday (`jeudi soir`, `le 3`).
OWN = frozenset({"det", "amod", "nummod", "case", "punct", "fixed", "flat", "flat:name",
                 "compound", "advmod"})
# Prepositions whose noun is an object all the same (`a mené ... des frappes`, partitive).
PARTITIVE = frozenset({"de", "des", "d'", "du"})


@cache
def weekdays(lang: str) -> frozenset[str]:
    """The language's weekday names (data/lang/<xx>/dates.yaml), folded."""
    spec = resources.lang_yaml(lang, "dates", {}) or {}
    return frozenset(fold(w) for names in (spec.get("weekdays") or {}).values()
                     for w in names)


@cache
def time_words(lang: str) -> frozenset[str]:
    """The language's weekdays and nouns of a time of day or stretch of time, folded."""
    spec = resources.lang_yaml(lang, "dates", {}) or {}
    return weekdays(lang) | {fold(w) for w in spec.get("time_nouns") or ()}


def _string_ids(vocab: Vocab, words: list[str] | tuple[str, ...]) -> numpy.ndarray:
    """The string ids of lower-cased words, to find them in a document's token arrays."""
    return numpy.array([vocab.strings.add(w) for w in words], dtype="uint64")


def _positions(doc: Doc, ids: numpy.ndarray) -> list[int]:
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


def _object_dep(token: Token) -> str:
    cases = [fold(c.text) for c in token.children if c.dep_ == "case"]
    return "obj" if not cases or set(cases) <= PARTITIVE else "obl"


class WeekdayRepair:
    """The pipeline component: re-attaches every misparsed weekday that follows a verb to
    that verb. Weekdays are found from the token arrays (most documents have one or none),
    by string ids computed once."""

    def __init__(self, vocab: Vocab, days: frozenset[str]) -> None:
        self.ids = _string_ids(vocab, sorted(days))

    def __call__(self, doc: Doc) -> Doc:
        if len(self.ids):
            for i in _positions(doc, self.ids):
                if i > 0:
                    _reattach(doc[i])
                    _lift_objects(doc[i])
        return doc


def _lift_objects(day: Token) -> None:
    """`a bombardé jeudi soir trois villages`: an object the parser hung on the weekday or
    the time noun after it goes back to the weekday's verb."""
    for noun in (day, *(c for c in day.children if c.i == day.i + 1)):
        _objects_to_verb(noun, day)


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
    """A noun phrase after `noun` that the parser made its modifier, with no preposition,
    comma or number between or on it: an object of the verb the noun modifies."""
    deps = {g.dep_ for g in child.children}
    return child.dep_ == "nmod" and child.pos_ == "NOUN" and child.i > noun.i and \
        "det" in deps and not deps & {"case", "nummod"} and \
        fold(child.text) not in time_words(noun.doc.lang_) and \
        not any(t.is_punct for t in noun.doc[noun.i + 1:child.i])


def _reattach(day: Token) -> None:
    """Hang a weekday the parser misread on the verb before it, with what it took."""
    verb = day.doc[day.i - 1]
    if verb.pos_ not in ("VERB", "AUX") or not _misparsed(day) or \
            not day.sent.start <= verb.i:
        return
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
        child.dep_ = _object_dep(child) if child.pos_ in ("NOUN", "PROPN") else child.dep_
    day.head = verb
    day.dep_ = "obl:mod"
    day.pos_ = "NOUN"


# Forms of the auxiliary a past participle follows, per language: `avoir` of the past
# infinitive (`affirme avoir frappé`), `été` of the passive (`a été expulsé`).
TENSE_AUXILIARY_FORMS = {"fr": ("a", "ont", "avait", "avaient", "aura", "auront", "ai", "avons",
                                "avez", "avoir", "été")}
ATTACHED_AUXILIARY = frozenset({"aux:tense", "aux:pass"})
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")
NOT_VERBS = frozenset({"ADV", "ADJ", "NOUN", "PROPN", "DET"})


class ParticipleRepair:
    """The pipeline component: a participle the tagger read as a modifier of `avoir` becomes
    the clause's verb. The auxiliary forms are found from the token arrays."""

    def __init__(self, vocab: Vocab, forms: tuple[str, ...]) -> None:
        self.ids = _string_ids(vocab, forms)

    def __call__(self, doc: Doc) -> Doc:
        if len(self.ids):
            for i in _positions(doc, self.ids):
                if i + 1 < len(doc):
                    _as_participle(doc[i], doc[i + 1])
                    _as_reported_clause(doc[i], doc[i + 1])
        return doc


def _as_participle(auxiliary: Token, word: Token) -> None:
    """Make `word` the verb `auxiliary` (a form of `avoir` read as the main verb) helps."""
    # `ont` may be tagged AUX and still head the clause (`ont expulsé`, `expulsé` an adverb)
    main = auxiliary.pos_ == "VERB" or (auxiliary.pos_ == "AUX"
                                        and not auxiliary.dep_.startswith("aux"))
    if auxiliary.head.i == word.i and auxiliary.dep_ in ATTACHED_AUXILIARY:
        _object_below(word)
    if word.pos_ not in NOT_VERBS or not word.text.islower():
        return
    if auxiliary.head.i == word.i and auxiliary.dep_ in ATTACHED_AUXILIARY:
        # the clause is right, the participle only mistagged (`a félicité`, `a dissous`)
        _as_verb(word)
        _agent_below(word)
        return
    if not word.text.endswith(PARTICIPLE_ENDINGS) or not (
            word.head.i == auxiliary.i or _modifies_object_of(word, auxiliary)):
        return
    if not main:
        _as_participle_before_object(auxiliary, word)
        return
    root = auxiliary.head.i == auxiliary.i
    word.head = word if root else auxiliary.head
    word.dep_ = auxiliary.dep_
    for child in [c for c in auxiliary.children if c.i != word.i]:
        child.head = word
    auxiliary.head = word
    auxiliary.dep_ = "aux:tense"
    auxiliary.pos_ = "AUX"
    _as_verb(word)


def _as_reported_clause(auxiliary: Token, word: Token) -> None:
    """`La Russie a expulsé deux diplomates, a annoncé le ministère`, with `expulsé` read as an
    auxiliary of the reporting verb and the diplomats its subject: the participle heads the
    clause, what hung on the reporting verb before it is its own (the subject its object, and
    the full stop), and the reporting verb is a parenthetical of it."""
    report = word.head
    if word.pos_ != "VERB" or not word.dep_.startswith("aux") or report.i <= word.i or \
            auxiliary.head.i != word.i or fold(word.lemma_) in ("avoir", "etre"):
        return
    opening = next((c.i for c in report.children if c.dep_.startswith("aux") and c.i > word.i),
                   report.i)
    word.head = word if report.head.i == report.i else report.head
    word.dep_ = report.dep_
    for child in [c for c in report.children if c.i != word.i and (
            c.i < opening or c.is_punct and c.i == c.sent.end - 1)]:
        child.head = word
        child.dep_ = "obj" if child.dep_ == "nsubj" else child.dep_
    report.head, report.dep_ = word, "parataxis"


def _agent_below(verb: Token) -> None:
    """`a été expulsé par les autorités`, with `expulsé` hung as a modifier on the agent, made
    the root: the verb heads the clause, the agent is its `obl:agent` and the subject passive."""
    agent = verb.head
    if verb.dep_ != "advmod" or agent.i <= verb.i or agent.dep_ != "ROOT" or not any(
            c.dep_ == "case" and c.lower_ == "par" for c in agent.children):
        return
    verb.head, verb.dep_ = verb, "ROOT"
    for child in [c for c in agent.children if c.dep_ == "punct" and c.i > agent.i]:
        child.head = verb
    agent.head, agent.dep_ = verb, "obl:agent"
    for subject in [c for c in verb.children if c.dep_ == "nsubj"]:
        subject.dep_ = "nsubj:pass"


def _object_below(verb: Token) -> None:
    """`les autorités ont expulsé l'ambassadeur`, with `expulsé` (and its subject and
    auxiliary) hung as a modifier on its object made the root: the verb heads the clause, the
    noun is its object."""
    noun = verb.head
    if verb.dep_ not in ("advmod", "amod", "acl") or noun.i <= verb.i or noun.dep_ != "ROOT" \
            or noun.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "case" for c in noun.children):
        return
    verb.head, verb.dep_ = verb, "ROOT"
    for child in [c for c in noun.children if c.dep_ == "punct" and c.i > noun.i]:
        child.head = verb
    noun.head, noun.dep_ = verb, "obj"


def _modifies_object_of(word: Token, auxiliary: Token) -> bool:
    """`a expulsé dix diplomates`, with `expulsé` an adverb of `diplomates`, the object of
    `a`: the participle hung on the noun after it that the auxiliary governs."""
    noun = word.head
    return noun.i > word.i and noun.head.i == auxiliary.i and noun.dep_ == "obj" and (
        auxiliary.pos_ == "VERB")


def _as_verb(word: Token) -> None:
    """Tag `word` a past participle, which the lemmatizer after the parser then reads so."""
    word.pos_ = "VERB"
    word.set_morph("Tense=Past|VerbForm=Part")


def _as_participle_before_object(auxiliary: Token, word: Token) -> None:
    """`Le Canada a expulsé un diplomate accusé d'ingérence`, with `expulsé` an adverb of `a`
    and `a` the auxiliary of the later participle `accusé`, whose subject is the diplomat:
    `expulsé` is the verb, the diplomat its object and `accusé` a participle of the diplomat."""
    verb = auxiliary.head
    if not auxiliary.dep_.startswith("aux") or verb.i <= word.i + 1 or verb.pos_ != "VERB":
        return
    objects = [c for c in verb.children if c.dep_ == "nsubj" and word.i < c.i < verb.i]
    if not objects:
        return
    obj = objects[0]
    word.head = word if verb.head.i == verb.i else verb.head
    word.dep_ = verb.dep_
    for child in [c for c in verb.children if c.i < word.i]:
        child.head = word
    obj.head, obj.dep_ = word, "obj"
    verb.head, verb.dep_ = obj, "acl"
    _as_verb(word)


@Language.factory(PARTICIPLES)
def make_participle_repair(nlp: Language, name: str) -> ParticipleRepair:
    return ParticipleRepair(nlp.vocab, TENSE_AUXILIARY_FORMS.get(nlp.lang, ()))


@Language.factory(WEEKDAYS)
def make_weekday_repair(nlp: Language, name: str) -> WeekdayRepair:
    return WeekdayRepair(nlp.vocab, weekdays(nlp.lang))


def repair_place_names(doc: Doc) -> Doc:
    """Make the place names the recogniser found, and the tagger read as another part of
    speech, proper nouns again (see the module's docstring)."""
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS:
            continue
        for token in ent:
            if token.pos_ in MISTAGGED and token.text[:1].isupper() and token.i > ent.sent.start:
                _as_place(token)
            _objects_to_verb(token, token)  # `a reçu à Alger son homologue`
    return doc


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
            _attach(noun, verb, "obj")
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
            _attach(agent, verb, "obl:agent")
    return doc


@Language.component(PASSIVE_AGENTS)
def passive_agent_repair(doc: Doc) -> Doc:
    return repair_passive_agents(doc, AGENT_MARKERS[doc.lang_], time_words(doc.lang_))


CLEFTS = "wirecoder_cleft_sentences"
CLEFT_LANGUAGES = frozenset({"fr"})
CLEFT_PRONOUNS = frozenset({"c'", "ce"})  # `c'est X qui…`, `ce sont X qui…`
CLEFT_RELATIVES = {"qui": "nsubj", "que": "obj", "qu'": "obj"}  # the role the focus takes


def repair_cleft_sentences(doc: Doc) -> Doc:
    """`C'est Washington qui a imposé des sanctions`, `c'est le Maroc que l'Algérie accuse`:
    the parser makes the focused noun the root and the verb its dependent. The verb heads the
    clause, the noun its subject (`qui`) or object (`que`), the relative word a marker."""
    for sent in doc.sents:
        focus = sent.root
        if focus.pos_ not in ("NOUN", "PROPN") or not any(
                c.dep_ == "cop" for c in focus.children) or not any(
                fold(c.text) in CLEFT_PRONOUNS and c.i < focus.i for c in focus.children):
            continue
        for verb in [c for c in focus.children if c.i > focus.i and c.pos_ == "VERB"]:
            relative = next((c for c in verb.children if c.i == verb.left_edge.i
                             and fold(c.text) in CLEFT_RELATIVES), None)
            if relative is None:
                continue
            verb.head, verb.dep_ = verb, "ROOT"
            for child in [c for c in focus.children if c.dep_ == "punct" and c.i > verb.i]:
                child.head = verb
            focus.head, focus.dep_ = verb, CLEFT_RELATIVES[fold(relative.text)]
            relative.dep_ = "mark"
            break
    return doc


Language.component(CLEFTS, func=repair_cleft_sentences)


OPENING_NAMES = "wirecoder_opening_names"
OPENING_NAME_LANGUAGES = frozenset({"en"})  # the tags below are the English model's
PAST_TAGS = frozenset({"VBD", "VBN"})


# Tags of the words of an opening name phrase (`Egyptian President Abdel Fattah al-Sisi`).
NAME_PHRASE_TAGS = frozenset({"NNP", "NNPS", "JJ", "HYPH"})
# Tags of a common noun owned by a name that opens the sentence (`Myanmar's military`).
OWNED_TAGS = frozenset({"NN", "NNS", "JJ"})


def _opening_phrase(sent: Span) -> Span | None:
    """The name, or name phrase, that opens a sentence before a past-tense verb read as a
    modifier of a noun after it; None when the sentence opens otherwise."""
    k = next((t.i for t in sent if t.tag_ in PAST_TAGS), None)
    if k is None or k == sent.start or k + 1 >= sent.end:
        return None
    phrase, verb = sent.doc[sent.start:k], sent.doc[k]
    # `Myanmar's military placed troops...`: a common noun owned by a name ends it too
    owned = len(phrase) > 2 and phrase[-2].tag_ == "POS" and phrase[-1].tag_ in OWNED_TAGS
    if verb.dep_ != "amod" or verb.head.i <= verb.i or not phrase[0].text[:1].isupper() or \
            not phrase[-1].is_alpha or not (owned or phrase[-1].text[:1].isupper()) or \
            (len(phrase) > 1 and not all(t.tag_ in NAME_PHRASE_TAGS or owned and t.i >= k - 2
                                         for t in phrase)):
        return None
    return phrase


def repair_opening_names(doc: Doc) -> Doc:
    """Make the past-tense verb after a sentence's opening name (or name phrase), read as
    the head of the clause or as a modifier of its object, the clause's verb (see the
    module's docstring)."""
    for sent in doc.sents:
        if len(sent) < 3:
            continue
        phrase = _opening_phrase(sent)
        if phrase is None:
            continue
        verb, name = doc[phrase.end], phrase[-1]
        noun, root = verb.head, sent.root
        # one name: the head of the clause with the noun on it, or hung on the verb with
        # the noun the head (`Turkey hosted talks between...`, `Turkey` a modifier)
        if len(phrase) == 1 and not (name.head.i == name.i == noun.head.i or
                                     name.head.i == verb.i and noun.i == root.i):
            continue
        if len(phrase) > 1 and (root.i < verb.i or any(
                t.head.i == verb.i for t in phrase)):
            continue
        for top in [t for t in phrase if t.i != name.i and not phrase.start <= t.head.i < name.i]:
            top.head = name
        for child in [c for c in name.children if c.i > verb.i]:
            child.head = verb
        if root.i > verb.i:
            root.head, root.dep_ = verb, "dobj"
        noun.head, noun.dep_ = (verb, "dobj") if noun.head.i in (name.i, noun.i) else \
            (noun.head, noun.dep_)
        verb.head, verb.dep_, verb.tag_, verb.pos_ = verb, "ROOT", "VBD", "VERB"
        verb.set_morph("Tense=Past|VerbForm=Fin")
        name.head, name.dep_ = verb, "nsubj"
        if not name.tag_.startswith("NN"):  # the attribute ruler, after, reads the tag
            name.tag_, name.pos_ = ("NNP", "PROPN") if name.text[:1].isupper() else ("NN", "NOUN")
            name.set_morph("Number=Sing")
    return doc


Language.component(OPENING_NAMES, func=repair_opening_names)


GERUNDS = "wirecoder_gerund_subjects"


def repair_gerund_subjects(doc: Doc) -> Doc:
    """Make a gerund subject that names fighting between sides a noun (see the module's
    docstring)."""
    gerund = doc.vocab.strings.add("VBG")
    for i in numpy.flatnonzero(doc.to_array(TAG) == gerund).tolist():
        token = doc[i]
        if token.dep_ in ("nsubj", "nsubjpass") and not any(
                c.dep_ in ("nsubj", "dobj", "aux") for c in token.children) and any(
                c.dep_ == "prep" and c.lower_ == "between" for c in token.children):
            token.tag_, token.pos_ = "NN", "NOUN"
            token.set_morph("Number=Sing")
    return doc


Language.component(GERUNDS, func=repair_gerund_subjects)


VERBLESS = "wirecoder_verbless_sentences"
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def repair_verbless_sentences(doc: Doc) -> Doc:
    """Make the participle a verbless clause's head noun governs the clause's verb (see the
    module's docstring)."""
    for sent in doc.sents:
        root = sent.root
        # the sentence, ended by a full stop, or the clause reported before its speaker's verb
        # (`Hundreds of people protested in Lagos, police said`)
        nouns = [root] if sent[-1].text == "." else []
        nouns += [c for c in root.lefts if c.dep_ in ("dep", "ccomp") and root.tag_ == "VBD"]
        for noun in nouns:
            verb = next((c for c in noun.rights if c.dep_ == "acl" and c.tag_ == "VBN"
                         and not any(g.dep_ == "agent" for g in c.children)), None)
            if verb is None or not noun.tag_.startswith("NN") or any(
                    t.tag_ in FINITE_TAGS for t in noun.subtree):
                continue
            for child in [c for c in noun.rights if c.i > verb.i]:
                child.head = verb
            if noun.i == root.i:
                verb.head, verb.dep_ = verb, "ROOT"
            else:
                verb.head, verb.dep_ = root, "ccomp"
            verb.tag_ = "VBD"  # the attribute ruler, after, reads the tag
            verb.set_morph("Tense=Past|VerbForm=Fin")
            noun.head, noun.dep_ = verb, "nsubj"
    return doc


Language.component(VERBLESS, func=repair_verbless_sentences)


PERSONA = "wirecoder_persona_non_grata"


def repair_persona_non_grata(doc: Doc) -> Doc:
    """Make `persona`, read as the verb of a clause whose subject is the people declared,
    the predicative complement of the verb of declaring, those people its object (see the
    module's docstring)."""
    for token in doc[:-2]:
        declaring = token.head
        if token.lower_ != "persona" or not token.tag_.startswith("VB") or \
                [t.lower_ for t in doc[token.i + 1:token.i + 3]] != ["non", "grata"] or \
                declaring.i == token.i or any(c.dep_ == "dobj" for c in declaring.children):
            continue
        for subject in [c for c in token.children if c.dep_ == "nsubj"]:
            subject.head, subject.dep_ = declaring, "dobj"
        token.dep_, token.tag_, token.pos_ = "oprd", "NN", "NOUN"  # the ruler reads the tag
    return doc


Language.component(PERSONA, func=repair_persona_non_grata)
# The repairs of OPENING_NAME_LANGUAGES, in the order they run: each reads the English
# model's tags.
ENGLISH_REPAIRS = (OPENING_NAMES, GERUNDS, VERBLESS, PERSONA)


PRESENT = "wirecoder_present_verbs"
# Languages whose models misparse present-tense verbs after their subject. Not English: its
# noun compounds (`air strikes`, `police force`) would read as subject and verb.
PRESENT_TENSE_LANGUAGES = frozenset({"fr"})
# Endings of forms that are no finite verb (participles, gerunds); infinitives are the forms
# the lemmatizer leaves as they are.
NOT_FINITE = (*PARTICIPLE_ENDINGS, "ant")
REGULAR_PRESENT = ("ent", "e")  # third-person endings of `-er` verbs
AUXILIARIES = frozenset({"avoir", "etre"})
# Parts of speech a subject noun phrase is made of, and those its last word may have (besides
# any capitalised word).
SUBJECT_WORDS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "ADP", "NUM", "PUNCT", "CCONJ", "X"})
SUBJECT_ENDS = frozenset({"PROPN", "NOUN", "ADJ", "PUNCT"})  # PUNCT: the comma after an incise
CLAUSE_DEPENDENTS = frozenset({"xcomp", "ccomp", "advcl"})
PRONOMINAL = frozenset({"se", "s'"})  # the pronoun of a pronominal verb, before it


class PresentTenseRepair:
    """The pipeline component: a finite verb read as part of its subject's noun phrase becomes
    the clause's verb (see the module's docstring). Whether a form is a finite form of a
    trigger verb is asked of the lemmatizer once per form."""

    def __init__(self, vocab: Vocab, lemmatize: Callable[[Token], list[str]],
                 verbs: frozenset[str]) -> None:
        self.vocab, self.lemmatize, self.verbs = vocab, lemmatize, verbs
        self.ends = _string_ids(vocab, sorted(SUBJECT_ENDS))
        self.pronouns = _string_ids(vocab, sorted(PRONOMINAL))
        self.memo: dict[int, str | None] = {}  # form -> its trigger verb lemma

    def __call__(self, doc: Doc) -> Doc:
        if not self.verbs or len(doc) < 2:
            return doc
        rows = doc.to_array([ORTH, POS, IS_LOWER, IS_TITLE])
        lower = doc.to_array(LOWER)
        after_noun = numpy.flatnonzero((numpy.isin(rows[:-1, 1], self.ends) | (rows[:-1, 3] == 1)
                                        | numpy.isin(lower[:-1], self.pronouns))
                                       & (rows[1:, 2] == 1))
        for i in (after_noun + 1).tolist():
            orth = int(rows[i, 0])
            if orth not in self.memo:
                self.memo[orth] = self._trigger_verb_lemma(doc[i].text)
            lemma = self.memo[orth]
            if lemma is not None:
                _as_present_verb(doc[i], lemma)
        return doc

    def _trigger_verb_lemma(self, form: str) -> str | None:
        """The trigger verb a form is a finite form of, as the lemmatizer reads it or, where
        it knows the form only as a noun (`frappe`, `bombarde`), as the regular present of
        an `-er` verb; None if it is none."""
        if form.endswith(NOT_FINITE) or not form.isalpha():
            return None
        probe = Doc(self.vocab, words=[form])[0]
        probe.pos_ = "VERB"
        lemmas = [self.lemmatize(probe)[0]]
        lemmas += [form[:-len(end)] + "er" for end in REGULAR_PRESENT if form.endswith(end)]
        return next((lemma for lemma in lemmas
                     if lemma != form and fold(lemma) in self.verbs), None)


def _subject_phrase(verb: Token, end: int) -> Span | None:
    """The noun phrase that opens the verb's clause: after a phrase set off by a comma
    (`Selon l'agence, le Kremlin dénonce`), before an incise (`Le président, en visite à
    Pékin, signe`), with the members of a list (`Le Japon, la Corée et l'Australie
    condamnent`); None when what stands before the verb is not a noun phrase."""
    sent = verb.sent
    bounds = [sent.start - 1, *(t.i for t in verb.doc[sent.start:end] if t.text == ","), end]
    segments = [verb.doc[a + 1:b] for a, b in itertools.pairwise(bounds)]
    if not len(segments[-1]) and len(segments) >= 3:
        segments = segments[:-2]
    phrase = segments[-1]
    if not _noun_phrase(phrase):
        return None
    start = phrase.start
    if any(t.pos_ == "CCONJ" for t in phrase):
        for segment in reversed(segments[:-1]):
            if not _noun_phrase(segment):
                break
            start = segment.start
    return verb.doc[start:phrase.end]


def _inverted_clause(root: Token, verb: Token) -> bool:
    """Whether `root` opens a clause of its own after a comma that follows `verb`, with its
    subject after it (`Moscou accuse Washington de…, a affirmé Maria Zakharova`): the noun
    phrase before `verb` is then not its subject."""
    return root.i > verb.i and any(t.text == "," for t in verb.doc[verb.i + 1:root.i]) and any(
        c.i > root.i and c.pos_ in ("NOUN", "PROPN") for c in root.children)


def _noun_phrase(words: Span) -> bool:
    return bool(len(words)) and words[0].pos_ != "ADP" and \
        all(t.pos_ in SUBJECT_WORDS or _name(t) for t in words) and any(map(_name, words))


def _name(word: Token) -> bool:
    """A noun, or a capitalised word the tagger read as another part of speech (`Oslo` as an
    adverb)."""
    return word.pos_ in ("NOUN", "PROPN") or (word.pos_ in MISTAGGED and word.is_title)


def _noun_phrase_word(word: Token) -> bool:
    """Whether a word is a noun by its determiner, or by an adjective that stands before it
    (`une nouvelle attaque`, `de violentes frappes`)."""
    before = word.doc[word.i - 1]
    return any(c.dep_ == "det" for c in word.lefts) or (
        before.pos_ == "ADJ" and word.i >= 2 and word.doc[word.i - 2].pos_ in ("DET", "ADP"))


def _attach(token: Token, head: Token, dep: str) -> None:
    """Hang `token` on `head` unless that would make a cycle."""
    if token.i != head.i and not token.is_ancestor(head):
        token.head = head
        token.dep_ = dep


def _as_present_verb(verb: Token, lemma: str) -> None:
    """Make `verb` the verb of its clause, with the noun phrase before it as its subject, and
    give it its lemma (which the lemmatizer, after this component, keeps)."""
    if verb.pos_ == "AUX" or _noun_phrase_word(verb):
        return
    if verb.pos_ == "VERB" and any(c.dep_.startswith("nsubj") for c in verb.children):
        verb.lemma_ = lemma  # parsed right: `Israël frappe`, lemmatised as the noun
        return
    before = verb.doc[verb.i - 1]
    reflexive = before.i >= verb.sent.start and fold(before.text) in PRONOMINAL  # `s'accusent`
    phrase = _subject_phrase(verb, before.i if reflexive else verb.i)
    if phrase is None:
        return
    inside = range(phrase.start, verb.i + 1)
    tops = [t for t in phrase if t.head.i not in range(phrase.start, phrase.end)
            or t.head.i == t.i]
    subject = next(filter(_name, tops), None)
    if subject is None:
        return
    sent = verb.sent
    root = sent.root
    if root.i != verb.i and root.pos_ in ("VERB", "AUX") and any(
            c.dep_.startswith("nsubj") and c.i < verb.i for c in root.children) \
            and not _inverted_clause(root, verb):
        return  # the phrase has its verb: `sa peine de prison ferme a suscité…`
    if not (verb.pos_ == "VERB" and verb.head.pos_ == "VERB" and verb.head.i > verb.i):
        verb.head = verb  # else it stays the complement of the verb after it
        verb.dep_ = "ROOT"
    if root.i not in inside:
        _attach(root, verb, _object_dep(root) if root.pos_ in ("NOUN", "PROPN") else root.dep_)
        if root.pos_ in ("NOUN", "PROPN"):  # `exhorte la Russie à retirer`
            for child in [c for c in root.children if c.dep_ in CLAUSE_DEPENDENTS]:
                _attach(child, verb, child.dep_)
    _attach(subject, verb, "nsubj")
    if reflexive:
        _attach(before, verb, "expl:comp")
        before.pos_ = "PRON"
    for top in tops:
        if top.i != subject.i:
            _attach(top, subject, top.dep_)
    for token in verb.doc[verb.i + 1:sent.end]:  # what stands before the subject stays
        if token.head.i in inside and token.head.i != verb.i:
            dep = _object_dep(token) if token.pos_ in ("NOUN", "PROPN") else token.dep_
            _attach(token, verb, dep)
    verb.pos_ = "VERB"
    verb.lemma_ = lemma
    verb.set_morph("Mood=Ind|Tense=Pres|VerbForm=Fin")


@Language.factory(PRESENT)
def make_present_tense_repair(nlp: Language, name: str) -> PresentTenseRepair:
    from wirecoder.events.triggers import trigger_index  # the lexicon's module imports nlp

    verbs = frozenset(lemma for lemma, triggers in trigger_index(nlp.lang).items()
                      if lemma not in AUXILIARIES and any(t.pos == "VERB" for t in triggers))
    return PresentTenseRepair(nlp.vocab, nlp.get_pipe("lemmatizer").lemmatize, verbs)
