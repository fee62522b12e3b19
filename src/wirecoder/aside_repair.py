"""Repair of a French past tense split by an aside (`L'Égypte a, de son côté, condamné
l'attaque`, `L'armée a pour sa part mené des frappes`): the small model reads `avoir` as the
main verb, the aside as its modifier and the participle as a clause of its own (its object
then its subject) or as a modifier of the aside's noun. An aside is a listed phrase (`asides`
in data/lang/<xx>/tokens.yaml) or any words set between commas before a past participle (`a,
lors d'un entretien avec Donald Trump, plaidé pour…`). The participle becomes the clause's
verb, with `avoir` its tense auxiliary, the aside a modifier of it, and the nouns the
parser hung on the aside after the participle its object or complements.
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from wirecoder import resources
from wirecoder.parse_repair import (
    PARTICIPLE_ENDINGS,
    TENSE_AUXILIARY_FORMS,
    attach,
    object_dep,
    positions,
    string_ids,
)
from wirecoder.textnorm import fold

ASIDES = "wirecoder_asides"


@cache
def asides(lang: str) -> tuple[tuple[str, ...], ...]:
    """The language's asides as folded word tuples, longest first."""
    spec = resources.lang_yaml(lang, "tokens", {}) or {}
    phrases = {tuple(fold(w) for w in p.replace("'", "' ").split()) for p in spec.get("asides", [])}
    return tuple(sorted(phrases, key=len, reverse=True))


ASIDE_LENGTH = 15  # the most words between the commas of an aside of any wording


def _aside_end(doc: Doc, start: int, phrases: tuple[tuple[str, ...], ...]) -> int | None:
    """Where an aside starting at `start` ends (its commas included), if one starts there: a
    listed phrase, or any words between two commas followed by a past participle (`a, lors
    d'un entretien avec Donald Trump, plaidé pour…`)."""
    k = start + int(doc[start].text == ",") if start < len(doc) else start
    words = [fold(t.text) for t in doc[k:k + 4]]
    phrase = next((p for p in phrases if tuple(words[:len(p)]) == p), None)
    if phrase is not None:
        end = k + len(phrase)
        return end + int(end < len(doc) and doc[end].text == ",")
    if k == start:
        return None
    last = min(doc[start].sent.end, k + ASIDE_LENGTH + 1)
    comma = next((t.i for t in doc[k:last] if t.text == ","), None)
    if comma is None or comma + 1 >= len(doc):
        return None
    verb = doc[comma + 1]
    participle = verb.text.endswith(PARTICIPLE_ENDINGS) or (
        verb.pos_ == "VERB" and "Part" in verb.morph.get("VerbForm"))
    return comma + 1 if participle and comma > k else None


def _split_participle(auxiliary: Token, phrases: tuple[tuple[str, ...], ...]) -> None:
    doc = auxiliary.doc
    end = _aside_end(doc, auxiliary.i + 1, phrases)
    if end is None or end >= len(doc):
        return
    verb = doc[end]
    if not verb.text.islower() or not (verb.pos_ == "VERB" or verb.text.endswith(
            PARTICIPLE_ENDINGS)):
        return
    aside = [t for t in doc[auxiliary.i + 1:end] if not t.is_punct]
    heads = [t for t in aside if not aside[0].i <= t.head.i <= aside[-1].i or t.head.i == t.i]
    subject = auxiliary.head
    if not verb.is_ancestor(auxiliary):
        # `avoir` heads the clause, the participle under it or under the aside
        if auxiliary.head.i == auxiliary.i:
            verb.head, verb.dep_ = verb, "ROOT"
        elif subject.head.i == subject.i and subject.i < auxiliary.i and \
                subject.pos_ in ("NOUN", "PROPN"):
            # the subject read as the sentence's root, with `avoir` and all after it its own
            verb.head, verb.dep_ = verb, "ROOT"
            for child in [c for c in subject.children if c.i > auxiliary.i and c.i != verb.i]:
                attach(child, verb, child.dep_)
            attach(subject, verb, "nsubj")
        elif subject.head.i == subject.i and subject.i > verb.i and \
                subject.pos_ in ("NOUN", "PROPN"):
            # `La Cédéao a de son côté menacé Conakry de sanctions`, the object after the
            # participle read as the root, with `avoir` and the subject its own
            verb.head, verb.dep_ = verb, "ROOT"
            for child in [c for c in subject.children if c.i < verb.i or c.is_punct]:
                attach(child, verb, child.dep_)
            attach(subject, verb, object_dep(subject))
        else:
            attach(verb, auxiliary.head, auxiliary.dep_)
    for child in [c for c in auxiliary.children if c.i != verb.i]:
        attach(child, verb, child.dep_)
    for head in heads:
        # what the parser hung on the aside outside it: the subject, the object after
        for child in [c for c in head.children if not aside[0].i <= c.i <= aside[-1].i]:
            attach(child, verb, object_dep(child) if child.i > verb.i and child.pos_ in (
                "NOUN", "PROPN") else child.dep_)
        attach(head, verb, "obl:mod")
    for child in [c for c in verb.children if c.i > verb.i and c.pos_ in ("NOUN", "PROPN")
                  and c.dep_ in ("nsubj", "nmod")]:
        child.dep_ = object_dep(child)
    attach(auxiliary, verb, "aux:tense")
    auxiliary.pos_ = "AUX"
    verb.pos_ = "VERB"
    verb.set_morph("Tense=Past|VerbForm=Part")


class AsideRepair:
    """The pipeline component: the auxiliaries are found from the token arrays, by string ids
    computed once."""

    def __init__(self, vocab: Vocab, lang: str) -> None:
        self.phrases = asides(lang)
        self.ids = string_ids(vocab, TENSE_AUXILIARY_FORMS.get(lang, ()) if self.phrases else ())

    def __call__(self, doc: Doc) -> Doc:
        """Make the participle after `avoir` and an aside the clause's verb (see the module's
        docstring)."""
        if len(self.ids):
            for i in positions(doc, self.ids):
                _split_participle(doc[i], self.phrases)
        return doc


@Language.factory(ASIDES)
def make_aside_repair(nlp: Language, name: str) -> AsideRepair:
    return AsideRepair(nlp.vocab, nlp.lang)
