"""Repair of a share of the people just named, set off by commas after them: `killed 12
people, most of them tourists, near Pahalgam`, `a tué 30 personnes, dont 12 enfants, à Gaza`,
`a interpellé 40 manifestants, pour la plupart des étudiants, à Tbilissi`: people counted by a
number (not `plusieurs pays, dont la France,`, whose aside names actors). The small models read
the aside as a clause or phrase of its own and hang the place and time phrases after its closing
comma on it, so the act loses where and when it happened (and an unnamed doer its country).
The aside becomes an apposition of the people, and the phrases after it go back to the verb.

An aside opens in English with a share word and `of them` / `of whom` (its shape is read from
the tags: it runs before the attribute ruler), in French with a listed opener (`share_asides`
in data/lang/fr/tokens.yaml: `dont`, `pour la plupart`…).
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from wirecoder import resources
from wirecoder.parse_repair import attach
from wirecoder.textnorm import fold

SHARE_ASIDES = "wirecoder_share_asides"
ASIDE_LENGTH = 8  # the most words between the commas of a share aside
PEOPLE = frozenset({"NOUN", "PROPN"})


@cache
def openers(lang: str) -> tuple[tuple[str, ...], ...]:
    """The language's listed openers of a share aside as folded word tuples, longest first."""
    spec = resources.lang_yaml(lang, "tokens", {}) or {}
    phrases = {tuple(fold(w) for w in p.split()) for p in spec.get("share_asides", [])}
    return tuple(sorted(phrases, key=len, reverse=True))


def _english_aside(doc: Doc, comma: int) -> int | None:
    """Where an English share aside opened after `comma` closes (`, most of them tourists,`)."""
    if comma + 5 >= len(doc):
        return None
    share, of, pronoun, noun = doc[comma + 1:comma + 5]
    if of.lower_ != "of" or of.head.i != share.i or pronoun.tag_ not in {"PRP", "WP"} or \
            not noun.tag_.startswith("NN") or doc[noun.i + 1].text != ",":
        return None
    return noun.i + 1


def _listed_aside(doc: Doc, comma: int, phrases: tuple[tuple[str, ...], ...]) -> int | None:
    """Where a share aside opened after `comma` by a listed opener closes, if it has no verb."""
    words = [fold(t.text) for t in doc[comma + 1:comma + 4]]
    phrase = next((p for p in phrases if tuple(words[:len(p)]) == p), None)
    if phrase is None:
        return None
    last = min(doc[comma].sent.end, comma + ASIDE_LENGTH + 2)
    closing = next((t.i for t in doc[comma + 1:last] if t.text == ","), None)
    if closing is None or any(t.pos_ in {"VERB", "AUX"} for t in doc[comma + 1:closing]):
        return None
    return closing


def _mend(doc: Doc, comma: int, closing: int, people: Token, verb: Token, lang: str) -> None:
    """Hang the aside between `comma` and `closing` on the people, and the phrases the parser
    hung on it after `closing` on the verb (French ones marked by a preposition as `obl:mod`)."""
    inside = range(comma + 1, closing)
    moved = [t for t in doc[closing + 1:doc[comma].sent.end] if t.head.i in inside]
    for head in [t for t in doc[comma + 1:closing] if t.head.i not in inside]:
        attach(head, people, "appos")
    for token in moved:
        marked = any(c.dep_ == "case" for c in token.children)
        attach(token, verb, "obl:mod" if marked and lang == "fr" else token.dep_)


class ShareAsideRepair:
    """The pipeline component (see the module's docstring)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.phrases = openers(lang)

    def __call__(self, doc: Doc) -> Doc:
        for comma in (t.i for t in doc[2:-4] if t.text == ","):
            people = doc[comma - 1]
            verb = people.head
            if self.lang == "en":
                closing = _english_aside(doc, comma)
                fits = people.tag_.startswith("NN") and verb.tag_.startswith("VB")
            else:
                closing = _listed_aside(doc, comma, self.phrases)
                fits = people.pos_ in PEOPLE and verb.pos_ == "VERB" and any(
                    c.dep_ == "nummod" for c in people.children)
            if closing is not None and fits:
                _mend(doc, comma, closing, people, verb, self.lang)
        return doc


@Language.factory(SHARE_ASIDES)
def make_share_aside_repair(nlp: Language, name: str) -> ShareAsideRepair:
    return ShareAsideRepair(nlp.lang)
