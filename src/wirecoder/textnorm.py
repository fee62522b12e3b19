"""Text normalisation shared by every matcher: case, accents and apostrophes folded."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from wirecoder import resources

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'",
                              "\u2010": "-", "\u2011": "-", "\u2013": "-", "\u00a0": " "})
# Ligatures, which Unicode does not decompose: `manœuvre` and `manoeuvre` are one word.
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae"})


@lru_cache(maxsize=1 << 17)
def fold(text: str) -> str:
    """Lower-case, strip diacritics, split ligatures and fold typographic apostrophes and
    hyphens."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES).translate(_LIGATURES))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


@cache
def elided_words(lang: str) -> tuple[str, ...]:
    """A language's elided words (`d'`, `l'`), which the tokenizer keeps whole."""
    return tuple((resources.lang_yaml(lang, "tokens", {}) or {}).get("elided", []))


@cache
def _quote_after_elision(lang: str) -> re.Pattern[str] | None:
    words = "|".join(re.escape(w) for w in sorted(elided_words(lang), key=len, reverse=True))
    return re.compile(rf"(?<!\w)({words})[«“\"]", re.IGNORECASE) if words else None


def clean_for_nlp(text: str, lang: str | None = None) -> str:
    """Fold typographic apostrophes so lemmatisers see `l'`, and read an opening quote glued
    to an elided word as a space (`d'« inacceptable »`: the parser took the quote for a
    noun); keeps offsets, so spans of the parsed text are spans of the original. Trailing
    whitespace is dropped: a final newline could change the parse of the last sentence, and a
    text is coded alike from a .txt file and from a JSONL record."""
    text = text.rstrip().translate(_APOSTROPHES)
    quote = _quote_after_elision(lang) if lang else None
    return quote.sub(r"\1 ", text) if quote else text
