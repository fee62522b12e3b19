"""The modality word lists of a language (`lang/<xx>/modality.yaml`: negations, refusals,
intents, hypotheses, background markers, light verbs…) loaded once, and how a token or its
phrase is matched against them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.tokens import Token

from wirecoder import resources
from wirecoder.nlp import CONTRACTIONS
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
    vow: frozenset[str]
    threat_code: dict[str, str]
    deciding: frozenset[str] = frozenset()
    purpose: frozenset[str] = frozenset()
    arrival: frozenset[str] = frozenset()
    engaged: frozenset[str] = frozenset()
    suffered: frozenset[str] = frozenset()
    conjecture: frozenset[str] = frozenset()
    exchange: frozenset[str] = frozenset()
    culpable: frozenset[str] = frozenset()
    conduct: frozenset[str] = frozenset()
    speech_topic: frozenset[str] = frozenset()
    supposition: frozenset[str] = frozenset()
    contrast: frozenset[str] = frozenset()
    hearsay: frozenset[str] = frozenset()
    dread: frozenset[str] = frozenset()
    abstract: frozenset[str] = frozenset()
    hazards: frozenset[str] = frozenset()
    standing: frozenset[str] = frozenset()
    scheduling: frozenset[str] = frozenset()
    ordnance: frozenset[str] = frozenset()
    projectiles: frozenset[str] = frozenset()
    reporting: frozenset[str] = frozenset()
    occasion: frozenset[str] = frozenset()
    papers: frozenset[str] = frozenset()
    aiming: frozenset[str] = frozenset()
    dismissal: frozenset[str] = frozenset()
    staff: frozenset[str] = frozenset()
    plotting: frozenset[str] = frozenset()
    forums: frozenset[str] = frozenset()
    forum_markers: frozenset[str] = frozenset()
    causes: frozenset[str] = frozenset()
    envoy_recall: frozenset[str] = frozenset()
    counterfactual: frozenset[str] = frozenset()
    wish: frozenset[str] = frozenset()
    cancelled: frozenset[str] = frozenset()
    recalling: frozenset[str] = frozenset()
    interrogative: frozenset[str] = frozenset()
    reported: frozenset[str] = frozenset()
    past_time: tuple[tuple[str, ...], ...] = ()
    past_years: tuple[tuple[str, ...], ...] = ()
    during: frozenset[str] = frozenset()
    long_spans: frozenset[str] = frozenset()
    origins: frozenset[str] = frozenset()
    vague_spans: frozenset[str] = frozenset()
    commentators: frozenset[str] = frozenset()
    attribution: tuple[tuple[str, ...], ...] = ()
    cases: tuple[tuple[str, ...], ...] = ()
    ceasing: tuple[tuple[str, ...], ...] = ()
    captions: tuple[tuple[str, ...], ...] = ()
    offering: frozenset[str] = frozenset()
    trends: frozenset[str] = frozenset()
    requests: frozenset[str] = frozenset()
    request_markers: frozenset[str] = frozenset()
    forecasting: frozenset[str] = frozenset()
    rebuttals: frozenset[str] = frozenset()
    time_clauses: frozenset[str] = frozenset()

    def refusal_of(self, code: str) -> str | None:
        """The rejection code (12x) of refusing an act of this code, by code else by root."""
        return self.refusal_code.get(code) or self.refusal_code.get(code[:2])

    def threat_of(self, code: str) -> str | None:
        """The threat code (13x) of an act of this code, by code else by root."""
        return self.threat_code.get(code) or self.threat_code.get(code[:2])


def _unreflexive(word: str) -> str:
    for prefix in ("s'", "se "):
        if word.startswith(prefix):
            return word[len(prefix):]
    return word


def has_word(token: Token, words: frozenset[str]) -> bool:
    """Whether a token's lemma is in a word list; `rule out` is the lemma `rule` with a
    dependent `out`."""
    lemma = fold(token.lemma_)
    if lemma in words:
        return True
    rests = _multiword(words).get(lemma)
    if not rests:
        return False
    children = {fold(c.text) for c in token.children}
    return any(all(x in children for x in rest) for rest in rests)


def _phrase_tokens(phrase: str) -> tuple[str, ...]:
    """A phrase's folded tokens, an elided article a token of its own as the tokenizer makes
    it (`à l'issue de` -> à, l', issue, de)."""
    return tuple(CONTRACTIONS.get(w, w) for w in re.findall(r"[^\s']+'?", fold(phrase)))


@lru_cache(maxsize=64)
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

    return ModalityWords(
        negation=words("negation"), refusal=words("refusal"),
        allegation=words("allegation"), denial=words("denial"),
        refusal_code={str(k): str(v) for k, v in (data.get("refusal_code") or {}).items()},
        intent=words("intent"), hypothetical=words("hypothetical"),
        background=tuple(_phrase_tokens(w) for w in data.get("background") or []),
        past_time=tuple(_phrase_tokens(w) for w in data.get("past_time") or []),
        past_years=tuple(_phrase_tokens(w) for w in data.get("past_years") or []),
        during=words("during"), long_spans=words("long_spans"), origins=words("origins"),
        vague_spans=words("vague_spans"),
        attribution=tuple(_phrase_tokens(w) for w in data.get("attribution") or []),
        cases=tuple(_phrase_tokens(w) for w in data.get("cases") or []),
        ceasing=tuple(_phrase_tokens(w) for w in data.get("ceasing") or []),
        captions=tuple(_phrase_tokens(w) for w in data.get("captions") or []),
        offering=words("offering"), trends=words("trends"),
        requests=words("requests"),
        request_markers=words("request_markers"), forecasting=words("forecasting"),
        rebuttals=words("rebuttals"), time_clauses=words("time_clauses"),
        speech=words("speech"), reporting=words("reporting"), light=words("light"),
        enactment=words("enactment"),
        carriers=words("carriers"),
        obligation=words("obligation"),
        relational=words("relational"), voices=words("voices"), harmed=words("harmed"),
        pitting=words("pitting"),
        characterise=words("characterise"),
        condition=words("condition"), vow=words("vow"), deciding=words("deciding"),
        purpose=words("purpose"), arrival=words("arrival"), engaged=words("engaged"),
        suffered=words("suffered"), conjecture=words("conjecture"),
        exchange=words("exchange"),
        culpable=words("culpable"), conduct=words("conduct"), speech_topic=words("speech_topic"),
        supposition=words("supposition"), contrast=words("contrast"), hearsay=words("hearsay"), abstract=words("abstract"),
        dread=words("dread"),
        hazards=words("hazards"), ordnance=words("ordnance"), projectiles=words("projectiles"),
        scheduling=words("scheduling"), standing=words("standing"), occasion=words("occasion"), papers=words("papers"),
        aiming=words("aiming"), envoy_recall=words("envoy_recall"),
        dismissal=words("dismissal"), staff=words("staff"), plotting=words("plotting"),
        forums=words("forums"), forum_markers=words("forum_markers"), causes=words("causes"),
        counterfactual=words("counterfactual"),
        wish=words("wish"), commentators=words("commentators"), cancelled=words("cancelled"),
        recalling=words("recalling"),
        interrogative=words("interrogative"), reported=words("reported"),
        threat_code={str(k): str(v) for k, v in (data.get("threat_code") or {}).items()})
