"""The DuckDB store: documents, mentions, events and rejections; ingest is idempotent."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from types import TracebackType

import duckdb

from wirecoder.model import Event, Rejection
from wirecoder.state import DocState

SCHEMA_VERSION = 1


class StoreError(RuntimeError):
    """The store cannot be opened or written."""


def _event_row(e: Event, doc_hash: str) -> tuple:
    s, t, p = e.source, e.target, e.place
    return (e.event_id, doc_hash, e.doc_id, e.lang, e.sentence_index, e.evidence,
            e.evidence_start, e.evidence_end,
            s.code if s else None, s.country if s else None, s.text if s else None,
            s.name if s else None,
            t.code if t else None, t.country if t else None, t.text if t else None,
            t.name if t else None,
            e.code, e.code_name, e.root, e.quad_class, e.goldstein, e.plover, e.plover_mode,
            e.date, e.date_precision, p.name if p else None, p.country if p else None,
            p.lat if p else None, p.lon if p else None, p.geonameid if p else None,
            e.confidence, e.modality, e.tone, e.trigger,
            json.dumps(e.to_dict(), ensure_ascii=False))


class Store:
    """A DuckDB file holding what wirecoder coded."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = str(path)
        if read_only and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such store")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.IOException as exc:
            raise StoreError(f"{self.path}: cannot open the store ({exc}); another process "
                             "may be writing to it: wait for it to finish") from exc
        if not read_only:
            self._migrate()

    def _migrate(self) -> None:
        sql = (resources.files("wirecoder.store") / "schema.sql").read_text(encoding="utf-8")
        self.con.execute(sql)
        if not self.con.execute("SELECT count(*) FROM schema_version").fetchone()[0]:
            self.con.execute("INSERT INTO schema_version VALUES (?)", [SCHEMA_VERSION])

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Release the file."""
        self.con.close()

    def has_document(self, doc_hash: str) -> bool:
        """Whether a document with this content is already stored."""
        row = self.con.execute("SELECT 1 FROM documents WHERE doc_hash = ?", [doc_hash])
        return row.fetchone() is not None

    def add(self, state: DocState) -> int:
        """Store a coded document with its mentions and events; returns events added."""
        doc = state.document
        h = doc.content_hash
        if self.has_document(h):
            return 0
        date = state.doc_date.value if state.doc_date else None
        self.con.begin()
        try:
            self.con.execute(
                "INSERT INTO documents (doc_hash, doc_id, path, lang, published, doc_date, source,"
                " url, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [h, doc.id, doc.path, state.lang, doc.published, date, doc.source, doc.url,
                 doc.text])
            if state.mentions:
                self.con.executemany(
                    "INSERT OR IGNORE INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(h, m.start, m.end, m.actor.text, m.kind, m.actor.code, m.actor.country,
                      ",".join(m.actor.roles), m.actor.name, m.rule, m.sentence_index)
                     for m in state.mentions])
            if state.events:
                marks = ", ".join(["?"] * 35)
                self.con.executemany(f"INSERT OR IGNORE INTO events VALUES ({marks})",
                                     [_event_row(e, h) for e in state.events])
            self.con.commit()
        except Exception:
            self.con.rollback()
            raise
        return len(state.events)

    def add_rejection(self, rejection: Rejection) -> None:
        """Record a rejected input record, once."""
        found = self.con.execute(
            "SELECT 1 FROM rejections WHERE path = ? AND line IS NOT DISTINCT FROM ? "
            "AND reason = ?", [rejection.path, rejection.line, rejection.reason]).fetchone()
        if not found:
            self.con.execute("INSERT INTO rejections (path, line, reason) VALUES (?, ?, ?)",
                             [rejection.path, rejection.line, rejection.reason])

    def count(self, table: str) -> int:
        """Rows in one of the store's tables."""
        if table not in ("documents", "mentions", "events", "rejections"):
            raise ValueError(f"unknown table {table!r}")
        return int(self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def rejections(self) -> list[tuple[str, int | None, str]]:
        """Every rejected record: path, line and reason."""
        return [tuple(r) for r in self.con.execute(  # type: ignore[misc]
            "SELECT path, line, reason FROM rejections ORDER BY path, line").fetchall()]

    def event_records(self) -> list[dict]:
        """Every stored event record, in document and sentence order."""
        rows = self.con.execute("SELECT record FROM events ORDER BY doc_id, sentence_index, "
                                "event_id").fetchall()
        return [json.loads(r[0]) for r in rows]
