"""Text normalisation shared by every matcher: case, accents and apostrophes folded."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'",
                              "\u2010": "-", "\u2011": "-", "\u2013": "-", "\u00a0": " "})


@lru_cache(maxsize=1 << 17)
def fold(text: str) -> str:
    """Lower-case, strip diacritics and fold typographic apostrophes and hyphens."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def clean_for_nlp(text: str) -> str:
    """Fold typographic apostrophes so lemmatisers see `l'`; keeps length and offsets, so
    spans of the parsed text are spans of the original."""
    return text.translate(_APOSTROPHES)
