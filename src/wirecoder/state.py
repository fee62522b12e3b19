"""What the pipeline knows about one document as it travels through the stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from wirecoder.model import Document, Event, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from wirecoder.attributes.dates import EventDate
    from wirecoder.attributes.gazetteer import Place as Geoplace
    from wirecoder.ingest.dateline import Header


@dataclass
class DocState:
    """One document in the pipeline: header, language, parse, mentions, events."""

    document: Document
    header: Header | None = None
    lang: str | None = None
    body_offset: int = 0
    dateline: Geoplace | None = None  # the dateline's place, geolocated
    doc: Doc | None = None
    doc_date: EventDate | None = None
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    notes: dict[str, Any] = field(default_factory=dict)

    @property
    def body(self) -> str:
        """The text the NLP stage reads: the document after its header and dateline."""
        return self.document.text[self.body_offset:]
