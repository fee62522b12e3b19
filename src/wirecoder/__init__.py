"""wirecoder: political event data (CAMEO, PLOVER) from news dispatches, stored in DuckDB."""

from wirecoder.api import code_corpus, code_documents, code_text, open_store
from wirecoder.model import Actor, Document, Event, Mention, Place, Rejection

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Document",
    "Event",
    "Mention",
    "Place",
    "Rejection",
    "code_corpus",
    "code_documents",
    "code_text",
    "open_store",
]
