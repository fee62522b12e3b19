"""An event before deduplication, with the syntax that produced it."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from wirecoder.events.triggers import Trigger
from wirecoder.model import Mention


@dataclass
class Candidate:
    """An event before deduplication, with the syntax that produced it."""

    source: Mention
    target: Mention | None
    code: str
    trigger: Trigger
    token: Token
    sentence: Span
    sentence_index: int
    modality: str | None
    confidence: float
    act: Token | None = None  # the reported act its object names, when it has no target
