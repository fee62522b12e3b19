"""Repair of a French present-tense verb the small model reads as part of its subject's noun
phrase (`Pékin dénonce les sanctions` parsed as a noun phrase headed by `sanctions`, `Moscou
accuse` as a modifier of `Moscou`): a word the lemmatizer reads, as a verb, as a form of a
trigger verb or of a verb of intent (`L'Allemagne prévoit de livrer`), right after a noun
phrase that opens the clause (also after a list or an incise), becomes the clause's verb,
the noun phrase its subject, and what hung on the phrase its object. A clause after a comma
whose subject follows its verb (`…, a affirmé Maria Zakharova`) keeps that subject.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

import numpy
from spacy.attrs import IS_LOWER, IS_TITLE, LOWER, ORTH, POS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from wirecoder.parse_repair import (
    MISTAGGED,
    PARTICIPLE_ENDINGS,
    attach,
    lemma_as_verb,
    object_dep,
    string_ids,
)
from wirecoder.textnorm import fold

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
    the clause's verb (see above). Whether a form is a finite form of a
    trigger verb is asked of the lemmatizer once per form."""

    def __init__(self, vocab: Vocab, lemmatize: Callable[[Token], list[str]],
                 verbs: frozenset[str]) -> None:
        self.vocab, self.lemmatize, self.verbs = vocab, lemmatize, verbs
        self.ends = string_ids(vocab, sorted(SUBJECT_ENDS))
        self.pronouns = string_ids(vocab, sorted(PRONOMINAL))
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
        lemmas = [lemma_as_verb(self.vocab, self.lemmatize, form)]
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
    if not noun_phrase(phrase):
        return None
    start = phrase.start
    if any(t.pos_ == "CCONJ" for t in phrase):
        for segment in reversed(segments[:-1]):
            if not noun_phrase(segment):
                break
            start = segment.start
    return verb.doc[start:phrase.end]


def _inverted_clause(root: Token, verb: Token) -> bool:
    """Whether `root` opens a clause of its own after a comma that follows `verb`, with its
    subject after it (`Moscou accuse Washington de…, a affirmé Maria Zakharova`): the noun
    phrase before `verb` is then not its subject."""
    return root.i > verb.i and any(t.text == "," for t in verb.doc[verb.i + 1:root.i]) and any(
        c.i > root.i and c.pos_ in ("NOUN", "PROPN") for c in root.children)


def _subordinate_after(root: Token, verb: Token) -> bool:
    """Whether the root the parser chose heads a clause a conjunction opens after `verb`
    (`Téhéran menace de fermer le détroit si les sanctions sont renforcées`, with `renforcées`
    the root): the noun phrase before `verb` is not that clause's subject."""
    return root.i > verb.i and any(c.dep_ == "mark" and verb.i < c.i < root.i
                                   for c in root.children)


def noun_phrase(words: Span) -> bool:
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
    subordinate = _subordinate_after(root, verb)
    if root.i != verb.i and root.pos_ in ("VERB", "AUX") and any(
            c.dep_.startswith("nsubj") and c.i < verb.i for c in root.children) \
            and not _inverted_clause(root, verb) and not subordinate:
        return  # the phrase has its verb: `sa peine de prison ferme a suscité…`
    if not (verb.pos_ == "VERB" and verb.head.pos_ == "VERB" and verb.head.i > verb.i):
        verb.head = verb  # else it stays the complement of the verb after it
        verb.dep_ = "ROOT"
    if root.i not in inside:
        attach(root, verb, "advcl" if subordinate else object_dep(root)
               if root.pos_ in ("NOUN", "PROPN") else root.dep_)
        if root.pos_ in ("NOUN", "PROPN"):  # `exhorte la Russie à retirer`
            for child in [c for c in root.children if c.dep_ in CLAUSE_DEPENDENTS]:
                attach(child, verb, child.dep_)
    attach(subject, verb, "nsubj")
    if reflexive:
        attach(before, verb, "expl:comp")
        before.pos_ = "PRON"
    for top in tops:
        if top.i != subject.i:
            attach(top, subject, top.dep_)
    for token in verb.doc[verb.i + 1:sent.end]:  # what stands before the subject stays
        if token.head.i in inside and token.head.i != verb.i:
            dep = object_dep(token) if token.pos_ in ("NOUN", "PROPN") else token.dep_
            attach(token, verb, dep)
    verb.pos_ = "VERB"
    verb.lemma_ = lemma
    verb.set_morph("Mood=Ind|Tense=Pres|VerbForm=Fin")


@Language.factory(PRESENT)
def make_present_tense_repair(nlp: Language, name: str) -> PresentTenseRepair:
    # the lexicons' modules import nlp
    from wirecoder.events.modality_lexicon import modality_words
    from wirecoder.events.triggers import trigger_verbs

    # trigger verbs, and verbs of intent that govern one (`L'Allemagne prévoit de livrer`)
    return PresentTenseRepair(nlp.vocab, nlp.get_pipe("lemmatizer").lemmatize,
                              (trigger_verbs(nlp.lang) | modality_words(nlp.lang).intent)
                              - AUXILIARIES)
