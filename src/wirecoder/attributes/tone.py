"""Tone of a text on GDELT's scale: share of positive minus negative words, in percent."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from wirecoder import resources
from wirecoder.textnorm import fold

__all__ = ["scored_words", "tone"]

_TOKEN = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")
_NEGATION_WINDOW = 3
_LIMIT = 10.0


@dataclass(frozen=True)
class _Lexicon:
    """Exact forms and stems with their weights, plus the negators, of one language."""

    exact: dict[str, float]
    stems: dict[str, float]
    negators: frozenset[str]
    longest_stem: int


@cache
def _lexicon(lang: str) -> _Lexicon:
    """Load `lang/<xx>/tone.tsv` (an empty lexicon for a language without one)."""
    rel = f"lang/{lang}/tone.tsv"
    rows = resources.tsv(rel) if resources.exists(rel) else ()
    exact: dict[str, float] = {}
    stems: dict[str, float] = {}
    negators: set[str] = set()
    for row in rows:
        form, polarity = fold(row["form"]), row["polarity"]
        if polarity == "negator":
            negators.add(form)
            continue
        try:
            weight = float(polarity)
        except ValueError as exc:
            raise resources.DataError(f"wirecoder/data/{rel}: bad polarity {polarity!r} "
                                      f"for {form!r} (a number or `negator`)") from exc
        if form.endswith("*"):
            stems[form[:-1]] = weight
        else:
            exact[form] = weight
    return _Lexicon(exact, stems, frozenset(negators), max(map(len, stems), default=0))


def _weight(word: str, lex: _Lexicon) -> float | None:
    """The weight of one folded word: an exact form first, else the longest matching stem."""
    if word in lex.exact:
        return lex.exact[word]
    for size in range(min(len(word), lex.longest_stem), 2, -1):
        weight = lex.stems.get(word[:size])
        if weight is not None:
            return weight
    return None


def _read(token: str, lex: _Lexicon) -> tuple[float | None, bool]:
    """Weight and negator flag of a token; elided or possessive parts are tried alone."""
    if token in lex.negators:
        return None, True
    parts = [token] + (token.split("'")[::-1] if "'" in token else [])
    negator = any(p in lex.negators for p in parts)
    for part in parts:
        weight = _weight(part, lex)
        if weight is not None:
            return weight, negator
    return None, negator


def scored_words(text: str, lang: str) -> tuple[int, list[tuple[str, float]]]:
    """Word count of `text` and its lexicon words with weights; a negator flips the next one."""
    lex = _lexicon(lang)
    tokens = _TOKEN.findall(fold(text))
    readings = [_read(tok, lex) for tok in tokens]
    found = []
    negated_at = -_NEGATION_WINDOW - 1   # index of the latest negator not yet used
    for i, (weight, negator) in enumerate(readings):
        if weight is not None and weight != 0:
            if i - negated_at <= _NEGATION_WINDOW:
                weight = -weight
                negated_at = -_NEGATION_WINDOW - 1
            found.append((tokens[i], weight))
        if negator:
            negated_at = i
    return len(tokens), found


@lru_cache(maxsize=4096)
def tone(text: str, lang: str) -> float:
    """Tone in [-10, +10]: (positive - negative weight) / words * 100, clipped."""
    count, found = scored_words(text, lang)
    if count == 0:
        return 0.0
    score = sum(weight for _, weight in found) / count * 100
    return max(-_LIMIT, min(_LIMIT, round(score, 3)))
