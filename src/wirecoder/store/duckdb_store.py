"""The DuckDB store: documents, mentions, events, clusters and rejections; ingest is idempotent."""

from __future__ import annotations

import json
import time
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import duckdb
import pyarrow as pa

from wirecoder.model import Event, Rejection
from wirecoder.state import DocState
from wirecoder.store import merge as merging
from wirecoder.store import migrations

SCHEMA_VERSION = migrations.LATEST
TABLES = ("documents", "mentions", "events", "clusters", "rejections")
READ_WAIT_SECONDS = 5.0

EVENT_COLUMNS = (
    "event_id", "doc_hash", "doc_id", "lang", "sentence_index", "evidence", "evidence_start",
    "evidence_end", "source_code", "source_country", "source_text", "source_name",
    "source_roles", "target_code", "target_country", "target_text", "target_name",
    "target_roles", "code", "code_name", "root", "quad_class", "goldstein", "plover",
    "plover_mode", "date", "date_precision", "place_name", "place_country", "lat", "lon",
    "geonameid", "confidence", "modality", "tone", "trigger", "record")


DOCUMENT_COLUMNS = ("doc_hash", "doc_id", "path", "lang", "published", "doc_date", "source",
                    "url", "text")
MENTION_COLUMNS = ("doc_hash", "start_char", "end_char", "text", "kind", "code", "country",
                   "roles", "name", "rule", "sentence_index")
BULK_COLUMNS = {"documents": DOCUMENT_COLUMNS, "mentions": MENTION_COLUMNS,
                "events": EVENT_COLUMNS}
FLUSH_EVERY = 128  # documents queued before a bulk write, done while coding goes on


class StoreError(RuntimeError):
    """The store cannot be opened or written."""


def _roles(roles: list[str]) -> str:
    return ",".join(sorted(roles))


def _event_row(e: Event, doc_hash: str) -> tuple:
    s, t, p = e.source, e.target, e.place
    return (e.event_id, doc_hash, e.doc_id, e.lang, e.sentence_index, e.evidence,
            e.evidence_start, e.evidence_end,
            s.code if s else None, s.country if s else None, s.text if s else None,
            s.name if s else None, _roles(s.roles) if s else None,
            t.code if t else None, t.country if t else None, t.text if t else None,
            t.name if t else None, _roles(t.roles) if t else None,
            e.code, e.code_name, e.root, e.quad_class, e.goldstein, e.plover, e.plover_mode,
            e.date, e.date_precision, p.name if p else None, p.country if p else None,
            p.lat if p else None, p.lon if p else None, p.geonameid if p else None,
            e.confidence, e.modality, e.tone, e.trigger,
            json.dumps(e.to_dict(), ensure_ascii=False))


def _is_lock_conflict(exc: Exception) -> bool:
    text = str(exc).lower()
    return "lock" in text or "conflicting" in text


def connect(path: str, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    """Open a DuckDB file, retrying for `wait` seconds while another process holds it."""
    deadline = time.monotonic() + wait
    delay = 0.05
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.IOException as exc:
            if not _is_lock_conflict(exc):
                raise StoreError(f"{path}: cannot open the store: {exc}") from exc
            if time.monotonic() >= deadline:
                raise StoreError(
                    f"{path}: cannot open the store {'to read' if read_only else 'to write'}: "
                    f"another process holds it open for writing (waited {wait:g} s; DuckDB "
                    "lets one process write a file and then no other process may open it). "
                    "Wait for the ingest to finish, or query a copy of the file.") from exc
            time.sleep(min(delay, max(0.0, deadline - time.monotonic())))
            delay = min(delay * 2, 0.5)


def _write(con: duckdb.DuckDBPyConnection, rows: dict[str, list[tuple]]) -> None:
    """Insert rows of the bulk tables in one transaction, on a connection used for it alone."""
    try:
        con.begin()
        try:
            for table, columns in BULK_COLUMNS.items():
                if not rows[table]:
                    continue
                frame = pa.table({c: [r[i] for r in rows[table]] for i, c in enumerate(columns)})
                con.register("wirecoder_pending", frame)
                con.execute(f"INSERT OR IGNORE INTO {table} ({', '.join(columns)}) "
                            f"SELECT {', '.join(columns)} FROM wirecoder_pending")
                con.unregister("wirecoder_pending")
            con.commit()
        except Exception:
            con.rollback()
            raise
    finally:
        con.close()


class Store:
    """A DuckDB file holding what wirecoder coded."""

    def __init__(self, path: str | Path, read_only: bool = False,
                 wait: float | None = None) -> None:
        self.path = str(path)
        self.read_only = read_only
        if read_only and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such store")
        self.con = connect(self.path, read_only,
                           READ_WAIT_SECONDS if wait is None and read_only else wait or 0.0)
        try:
            self.version = (migrations.current_version(self.con) if read_only
                            else migrations.migrate(self.con, self.path))
        except Exception:
            self.con.close()
            raise
        self._rows: dict[str, list[tuple]] = {table: [] for table in BULK_COLUMNS}
        self._pending_hashes: set[str] = set()  # queued, or being written
        self._absent: set[str] = set()  # hashes checked absent and not yet added
        # one bulk write at a time runs in a thread, on a connection of its own: DuckDB
        # releases the GIL while it writes, so coding goes on meanwhile
        self._writer: ThreadPoolExecutor | None = None
        self._writing: tuple[Future[None], set[str]] | None = None
        if read_only and self.version == 0:
            self.con.close()
            raise StoreError(f"{self.path}: not a wirecoder store (no schema_version table)")

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Write what is queued and release the file."""
        try:
            if not self.read_only:
                self.flush()
        finally:
            if self._writer is not None:
                self._writer.shutdown()
            self.con.close()

    def require_latest(self) -> None:
        """Fail with an actionable message when the store predates the current schema."""
        if self.version < SCHEMA_VERSION:
            raise StoreError(f"{self.path}: store schema version {self.version}, this wirecoder "
                             f"reads version {SCHEMA_VERSION}: run `wirecoder merge "
                             f"{self.path}` once to migrate it")

    def has_document(self, doc_hash: str) -> bool:
        """Whether a document with this content is already stored (or queued)."""
        return bool(self.known([doc_hash]))

    def known(self, hashes: list[str]) -> set[str]:
        """Which of these document hashes are already stored (or queued): one query for many
        documents."""
        found = {h for h in hashes if h in self._pending_hashes}
        asked = sorted(set(hashes) - found)
        if asked:
            marks = ", ".join("?" * len(asked))
            rows = self.con.execute(
                f"SELECT doc_hash FROM documents WHERE doc_hash IN ({marks})", asked).fetchall()
            found.update(row[0] for row in rows)
            self._absent.update(h for h in asked if h not in found)  # `add` will not ask again
        return found

    def add(self, state: DocState) -> int:
        """Queue a coded document with its mentions and events for the store (written in
        bulk every FLUSH_EVERY documents, and by flush/merge/close); returns events queued."""
        doc = state.document
        h = doc.content_hash
        if h not in self._absent and self.has_document(h):
            return 0
        self._absent.discard(h)
        date = state.doc_date.value if state.doc_date else None
        source = doc.source or (state.header.agency if state.header else None)
        self._pending_hashes.add(h)
        self._rows["documents"].append((h, doc.id, doc.path, state.lang, doc.published, date,
                                        source, doc.url, doc.text))
        self._rows["mentions"].extend(
            (h, m.start, m.end, m.actor.text, m.kind, m.actor.code, m.actor.country,
             ",".join(m.actor.roles), m.actor.name, m.rule, m.sentence_index)
            for m in state.mentions)
        self._rows["events"].extend(_event_row(e, h) for e in state.events)
        if len(self._rows["documents"]) >= FLUSH_EVERY:
            self._write_behind()
        return len(state.events)

    def _settle(self) -> None:
        """Queued rows are written before anything reads the store."""
        if not self.read_only:
            self.flush()

    def flush(self) -> None:
        """Write queued documents, mentions and events, and wait until they are written."""
        self._write_behind()
        self._wait()

    def _write_behind(self) -> None:
        """Start writing the queued rows in the writer thread (after the previous write)."""
        self._wait()
        if not self._rows["documents"]:
            return
        rows, self._rows = self._rows, {table: [] for table in BULK_COLUMNS}
        if self._writer is None:
            self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="wirecoder-store")
        # the hashes stay known while they are written
        self._writing = (self._writer.submit(_write, self.con.cursor(), rows),
                         set(self._pending_hashes))

    def _wait(self) -> None:
        """Wait for the write in progress; its error, if any, is raised here."""
        if self._writing is None:
            return
        future, hashes = self._writing
        self._writing = None
        try:
            future.result()
        finally:
            self._pending_hashes -= hashes

    def merge(self, window_days: int | None = None, max_km: float | None = None) -> int:
        """Recompute every cluster of reports of one event; returns the number of clusters."""
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only, cannot merge")
        self.flush()
        last = merging.stored_settings(self.con)
        settings = merging.MergeSettings(
            last.window_days if window_days is None else window_days,
            last.max_km if max_km is None else max_km)
        return merging.recompute(self.con, settings)

    def unmerged(self) -> int:
        """Events not yet linked to a cluster (added since the last merge)."""
        self._settle()
        if self.version < 2:
            return self.count("events")
        return int(self.con.execute(
            "SELECT count(*) FROM events WHERE cluster_id IS NULL").fetchone()[0])

    def add_rejection(self, rejection: Rejection) -> None:
        """Record a rejected input record, once."""
        self._wait()
        found = self.con.execute(
            "SELECT 1 FROM rejections WHERE path = ? AND line IS NOT DISTINCT FROM ? "
            "AND reason = ?", [rejection.path, rejection.line, rejection.reason]).fetchone()
        if not found:
            self.con.execute("INSERT INTO rejections (path, line, reason) VALUES (?, ?, ?)",
                             [rejection.path, rejection.line, rejection.reason])

    def count(self, table: str) -> int:
        """Rows in one of the store's tables."""
        self._settle()
        if table not in TABLES:
            raise ValueError(f"unknown table {table!r}")
        if table == "clusters" and self.version < 2:
            return 0
        return int(self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def rejections(self) -> list[tuple[str, int | None, str]]:
        """Every rejected record: path, line and reason."""
        self._settle()
        return [tuple(r) for r in self.con.execute(  # type: ignore[misc]
            "SELECT path, line, reason FROM rejections ORDER BY path, line").fetchall()]

    def event_records(self) -> list[dict]:
        """Every stored event record, in document and sentence order."""
        self._settle()
        rows = self.con.execute("SELECT record FROM events ORDER BY doc_id, sentence_index, "
                                "event_id").fetchall()
        return [json.loads(r[0]) for r in rows]

    def events(self, as_: str = "pandas", **filters: Any) -> Any:
        """Stored events matching the filters, as a DataFrame (see store.query.select)."""
        self._settle()
        from wirecoder.store import query

        return query.select(self, "events", as_=as_, **filters)

    def clusters(self, as_: str = "pandas", **filters: Any) -> Any:
        """Merged events matching the filters, as a DataFrame (see store.query.select)."""
        self._settle()
        from wirecoder.store import query

        return query.select(self, "clusters", as_=as_, **filters)

    def sql(self, statement: str, as_: str = "pandas") -> Any:
        """The result of one read-only SELECT statement."""
        self._settle()
        from wirecoder.store import query

        return query.read_only_sql(self, statement, as_=as_)
