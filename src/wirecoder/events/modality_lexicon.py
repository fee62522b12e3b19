"""The modality word lists of a language (`lang/<xx>/modality.yaml`: negations, refusals,
intents, hypotheses, background markers, light verbs…) loaded once, and how a token or its
phrase is matched against them."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import cache

from spacy.tokens import Doc, Token

from wirecoder import resources
from wirecoder.nlp import CONTRACTIONS, folded_lemmas, folded_words
from wirecoder.textnorm import fold


@dataclass(frozen=True)
class ModalityWords:
    """A language's modality word lists (folded lemmas)."""

    negation: frozenset[str]
    refusal: frozenset[str]
    allegation: frozenset[str]
    denial: frozenset[str]
    refusal_code: dict[str, str]
    intent: frozenset[str]
    hypothetical: frozenset[str]
    background: tuple[tuple[str, ...], ...]
    speech: frozenset[str]
    light: frozenset[str]
    enactment: frozenset[str]
    carriers: frozenset[str]
    obligation: frozenset[str]
    relational: frozenset[str]
    voices: frozenset[str]
    harmed: frozenset[str]
    pitting: frozenset[str]
    characterise: frozenset[str]
    condition: frozenset[str]
    concession: frozenset[str]
    vow: frozenset[str]
    threat_code: dict[str, str]
    deciding: frozenset[str]
    purpose: frozenset[str]
    arrival: frozenset[str]
    travel: frozenset[str]
    engaged: frozenset[str]
    suffered: frozenset[str]
    conjecture: frozenset[str]
    exchange: frozenset[str]
    culpable: frozenset[str]
    conduct: frozenset[str]
    speech_topic: frozenset[str]
    supposition: frozenset[str]
    contrast: frozenset[str]
    hearsay: frozenset[str]
    dread: frozenset[str]
    abstract: frozenset[str]
    hazards: frozenset[str]
    mishaps: frozenset[str]
    players: frozenset[str]
    standing: frozenset[str]
    recurring: frozenset[str]
    aspectual: frozenset[str]
    scheduling: frozenset[str]
    ordnance: frozenset[str]
    projectiles: frozenset[str]
    craft: frozenset[str]
    attackers: frozenset[str]
    demonstratives: frozenset[str]
    definites: frozenset[str]
    act_kinds: dict[str, frozenset[str]]
    told_acts: dict[str, frozenset[str]]
    coups: frozenset[str]
    seizures: dict[str, frozenset[str]]
    defiance: frozenset[str]
    sponsorship: frozenset[str]
    reporting: frozenset[str]
    occasion: frozenset[str]
    papers: frozenset[str]
    aiming: frozenset[str]
    dismissal: frozenset[str]
    staff: frozenset[str]
    plotting: frozenset[str]
    forums: frozenset[str]
    forum_markers: frozenset[str]
    causes: frozenset[str]
    envoy_recall: frozenset[str]
    counterfactual: frozenset[str]
    wish: frozenset[str]
    cancelled: frozenset[str]
    recalling: frozenset[str]
    interrogative: frozenset[str]
    reported: frozenset[str]
    past_time: tuple[tuple[str, ...], ...]
    past_years: tuple[tuple[str, ...], ...]
    during: frozenset[str]
    long_spans: frozenset[str]
    origins: frozenset[str]
    vague_spans: frozenset[str]
    commentators: frozenset[str]
    attribution: tuple[tuple[str, ...], ...]
    cases: tuple[tuple[str, ...], ...]
    ceasing: tuple[tuple[str, ...], ...]
    captions: tuple[tuple[str, ...], ...]
    offering: frozenset[str]
    trends: frozenset[str]
    requests: frozenset[str]
    request_markers: frozenset[str]
    forecasting: frozenset[str]
    rebuttals: frozenset[str]
    time_clauses: frozenset[str]
    proximity: frozenset[str]
    crossing: frozenset[str]
    writing: frozenset[str]
    separation: frozenset[str]
    behest: frozenset[str]
    undergoing: frozenset[str]
    averting: frozenset[str]
    fellows: frozenset[str]
    allies: frozenset[str]
    intrusions: frozenset[str]
    judged_as: frozenset[str]

    def refusal_of(self, code: str) -> str | None:
        """The rejection code (12x) of refusing an act of this code, by code else by root."""
        return self.refusal_code.get(code) or self.refusal_code.get(code[:2])

    def kin(self, noun: str) -> frozenset[str]:
        """A folded act noun and the nouns of its kinds (`pact`: agreement, deal, treaty…)."""
        return frozenset({noun}).union(*(k for k in self.act_kinds.values() if noun in k))

    def threat_of(self, code: str) -> str | None:
        """The threat code (13x) of an act of this code, by code else by root."""
        return self.threat_code.get(code) or self.threat_code.get(code[:2])


def _unreflexive(word: str) -> str:
    for prefix in ("s'", "se "):
        if word.startswith(prefix):
            return word[len(prefix):]
    return word


def has_word(token: Token, *lists: frozenset[str]) -> bool:
    """Whether a token's lemma is in one of the word lists; `rule out` is the lemma `rule`
    with a dependent `out`."""
    lemma = folded_lemmas(token.doc)[token.i]
    if any(lemma in words for words in lists):
        return True
    rests = [rest for words in lists for rest in _multiword(words).get(lemma, ())]
    if not rests:
        return False
    children = {fold(c.text) for c in token.children}
    return any(all(x in children for x in rest) for rest in rests)


def may_have_word(doc: Doc, words: frozenset[str]) -> bool:
    """Whether a document has a word that is one of these or opens one of them (`rule` of
    `rule out`): if not, no token of it `has_word` of them, and no scan for one is needed."""
    return not folded_words(doc).isdisjoint(_openers(words))


@cache
def _openers(words: frozenset[str]) -> frozenset[str]:
    """The words of a list and the first words of its phrases."""
    return words | frozenset(_multiword(words))


def _phrase_tokens(phrase: str) -> tuple[str, ...]:
    """A phrase's folded tokens, an elided article a token of its own as the tokenizer makes
    it (`à l'issue de` -> à, l', issue, de)."""
    return tuple(CONTRACTIONS.get(w, w) for w in re.findall(r"[^\s']+'?", fold(phrase)))


@cache
def _multiword(words: frozenset[str]) -> dict[str, list[tuple[str, ...]]]:
    """Entries of several words by their first word: `rule out` -> {rule: [(out,)]}."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for entry in words:
        if " " in entry:
            first, *rest = entry.split()
            found.setdefault(first, []).append(tuple(rest))
    return found


@cache
def modality_words(lang: str) -> ModalityWords:
    """The modality lexicon of a language (empty lists when it has none)."""
    data = resources.lang_yaml(lang, "modality", {}) or {}

    def words(key: str) -> frozenset[str]:
        """Folded entries; a reflexive `s'engager` is kept as `engager`."""
        values = data.get(key) or []
        bad = [w for w in values if not isinstance(w, str)]
        if bad:
            raise resources.DataError(f"wirecoder/data/lang/{lang}/modality.yaml: {key} has "
                                      f"non-text entries {bad} (quote them: 'no', 'yes')")
        return frozenset(_unreflexive(fold(w)) for w in values)

    def value(name: str, kind: str) -> object:
        if kind.startswith("dict[str, frozenset"):  # named word lists: act_kinds
            return {str(k): frozenset(fold(w) for w in v)
                    for k, v in (data.get(name) or {}).items()}
        if kind.startswith("dict"):  # a code table: refusal_code, threat_code
            return {str(k): str(v) for k, v in (data.get(name) or {}).items()}
        if kind.startswith("tuple"):  # phrases matched as token runs
            return tuple(_phrase_tokens(w) for w in data.get(name) or [])
        return words(name)

    # every list is read the way its field's type says, under the field's own name
    return ModalityWords(**{f.name: value(f.name, str(f.type)) for f in fields(ModalityWords)})
