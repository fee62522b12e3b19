"""The public Python API: code texts, files and corpora; the CLI only calls these."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from wirecoder.ingest import read_corpus
from wirecoder.model import Document, Event, Rejection
from wirecoder.pipeline import Pipeline, PipelineConfig
from wirecoder.state import DocState
from wirecoder.store.duckdb_store import Store

# Documents read ahead to ask the store, in one query, which are already in it.
SCREEN_CHUNK = 128


@cache
def default_pipeline() -> Pipeline:
    """The pipeline with the default configuration, built once per process."""
    return Pipeline(PipelineConfig())


def code_text(text: str, lang: str | None = None, published: str | None = None,
              doc_id: str = "text", pipeline: Pipeline | None = None) -> list[Event]:
    """The events of one text."""
    state = (pipeline or default_pipeline()).code(
        Document(id=doc_id, text=text, lang=lang, published=published))
    return state.events


def code_documents(documents: Iterable[Document | Rejection], pipeline: Pipeline | None = None,
                   workers: int = 1) -> Iterator[DocState | Rejection]:
    """Coded documents (or rejections) for a stream of documents, in `workers` processes."""
    return (pipeline or default_pipeline()).run(documents, workers=workers)


@dataclass
class CorpusResult:
    """What coding a corpus produced."""

    documents: int = 0
    skipped: int = 0  # already in the store
    events: list[Event] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)


def code_corpus(paths: Iterable[str | Path], store: Store | None = None,
                pipeline: Pipeline | None = None,
                on_rejection: Callable[[Rejection], None] | None = None,
                on_document: Callable[[DocState], None] | None = None,
                workers: int = 1) -> CorpusResult:
    """Code every document under `paths`, storing them when a store is given."""
    result = CorpusResult()

    def screened(chunk: list[Document | Rejection]) -> Iterator[Document | Rejection]:
        if store is None:
            yield from chunk
            return
        seen = store.known([i.content_hash for i in chunk if isinstance(i, Document)])
        for item in chunk:
            if isinstance(item, Document):
                if item.content_hash in seen:  # stored already, or earlier in this chunk
                    result.skipped += 1
                    continue
                seen.add(item.content_hash)
            yield item

    def fresh() -> Iterator[Document | Rejection]:
        chunk: list[Document | Rejection] = []
        for item in read_corpus(paths):
            chunk.append(item)
            if len(chunk) == SCREEN_CHUNK:
                yield from screened(chunk)
                chunk = []
        yield from screened(chunk)

    for item in code_documents(fresh(), pipeline, workers):
        if isinstance(item, Rejection):
            result.rejections.append(item)
            if store is not None:
                store.add_rejection(item)
            if on_rejection:
                on_rejection(item)
            continue
        result.documents += 1
        result.events.extend(item.events)
        if store is not None:
            store.add(item)
        if on_document:
            on_document(item)
    if store is not None:
        store.flush()
    return result


def open_store(path: str | Path, read_only: bool = True, wait: float | None = None) -> Store:
    """Open a wirecoder store (read-only by default; waits `wait` s, default 5, for a writer)."""
    return Store(path, read_only=read_only, wait=wait)
