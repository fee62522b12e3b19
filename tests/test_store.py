"""The store: idempotent ingest, versioned migrations, and readers waiting for a writer."""

import json
import subprocess
import sys
import time
from importlib import resources

import duckdb
import pytest

from wirecoder.cli import main
from wirecoder.store import migrations
from wirecoder.store.duckdb_store import SCHEMA_VERSION, Store, StoreError

AFP = ("date 2025-04-14\nPARIS, 14 avril (AFP) -\n\nLe président français Emmanuel Macron "
       "s'est entretenu lundi à Paris avec le président kényan William Ruto.\n")
REUTERS = ("date 2025-04-14\nPARIS, April 14 (Reuters) -\n\nFrench President Emmanuel Macron "
           "met Kenyan President William Ruto in Paris on Monday.\n")
TABLES = ("documents", "mentions", "events", "clusters", "rejections", "schema_version",
          "merge_settings")


@pytest.fixture()
def corpus(tmp_path):
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "afp.txt").write_text(AFP, encoding="utf-8")
    (d / "reuters.txt").write_text(REUTERS, encoding="utf-8")
    (d / "wire.jsonl").write_text(json.dumps(
        {"id": "ap-1", "lang": "en", "published": "2025-04-14", "source": "AP",
         "url": "https://example.org/ap-1", "text": "NAIROBI (AP) - Kenyan police arrested "
         "dozens of protesters in Nairobi on Monday."}) + "\n{broken\n", encoding="utf-8")
    return d


def _snapshot(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: sorted(map(repr, con.execute(f"SELECT * FROM {t}").fetchall()))
                for t in TABLES}
    finally:
        con.close()


def test_store_reingest_changes_no_row(corpus, tmp_path, capsys):
    db = tmp_path / "w.duckdb"
    assert main(["code", str(corpus), "--db", str(db), "--quiet", "--format", "jsonl"]) == 0
    assert main(["merge", str(db)]) == 0
    first = _snapshot(db)
    assert len(first["events"]) >= 5 and len(first["clusters"]) >= 3
    assert len(first["rejections"]) == 1
    assert main(["code", str(corpus), "--db", str(db), "--quiet", "--format", "jsonl"]) == 0
    assert main(["merge", str(db)]) == 0
    assert _snapshot(db) == first


def test_store_document_source_from_metadata_else_dateline_agency(corpus, tmp_path, pipeline):
    from wirecoder.api import code_corpus

    with Store(tmp_path / "s.duckdb") as store:
        code_corpus([corpus], store, pipeline)
        rows = dict(store.con.execute("SELECT doc_id, source FROM documents").fetchall())
    assert rows == {"afp.txt": "AFP", "reuters.txt": "Reuters", "ap-1": "AP"}


def test_store_new_events_wait_for_merge(corpus, tmp_path, pipeline):
    from wirecoder.api import code_corpus

    with Store(tmp_path / "u.duckdb") as store:
        code_corpus([corpus / "afp.txt"], store, pipeline)
        assert store.unmerged() == store.count("events") > 0
        assert store.count("clusters") == 0
        store.merge()
        assert store.unmerged() == 0 and store.count("clusters") > 0


def _version_1_store(path):
    """A store as the first version of wirecoder wrote it, holding one event."""
    con = duckdb.connect(str(path))
    con.execute((resources.files("wirecoder.store") / "schema.sql").read_text("utf-8"))
    con.execute("INSERT INTO schema_version VALUES (1)")
    con.execute("INSERT INTO documents (doc_hash, doc_id, text, source) "
                "VALUES ('h1', 'd1', 'text', 'AFP')")
    record = {"source": {"code": "FRAGOVMIL", "country": "FRA", "roles": ["MIL", "GOV"]},
              "target": None}
    values = ["e1", "h1", "d1", "fr", 0, "ev", 0, 2, "FRAGOVMIL", "FRA", "x", None,
              None, None, None, None, "010", "Make statement", "01", 1, 0.0, None, None,
              "2025-01-02", "day", None, None, None, None, None, 0.5, None, 0.0, "dit",
              json.dumps(record)]
    con.execute(f"INSERT INTO events VALUES ({', '.join(['?'] * 35)})", values)
    con.close()


def test_store_migrates_a_version_1_store(tmp_path):
    db = tmp_path / "old.duckdb"
    _version_1_store(db)
    with Store(db, read_only=True) as store:
        assert store.version == 1
        with pytest.raises(StoreError, match="wirecoder merge"):
            store.events()
    with Store(db) as store:
        assert store.version == SCHEMA_VERSION == 2
        roles = store.con.execute("SELECT source_roles, target_roles FROM events").fetchone()
        assert roles == ("GOV,MIL", None)
        assert store.merge() == 1
        assert store.count("events") == 1
    with Store(db, read_only=True) as store:
        assert list(store.clusters().num_mentions) == [1]
        assert store.con.execute("SELECT version FROM schema_version").fetchall() == [(2,)]


def test_store_migration_steps_are_ordered_and_start_at_one():
    versions = [v for v, _ in migrations.steps()]
    assert versions == list(range(1, len(versions) + 1))
    assert versions[-1] == SCHEMA_VERSION


def test_store_refuses_a_store_from_a_newer_wirecoder(tmp_path):
    db = tmp_path / "new.duckdb"
    Store(db).close()
    con = duckdb.connect(str(db))
    con.execute("UPDATE schema_version SET version = 99")
    con.close()
    with pytest.raises(RuntimeError, match="newer"):
        Store(db)


_HOLD = """
import sys, time
from wirecoder.store.duckdb_store import Store
store = Store(sys.argv[1])
print("open", flush=True)
time.sleep(float(sys.argv[2]))
store.close()
"""


def _writer(db, seconds):
    proc = subprocess.Popen([sys.executable, "-c", _HOLD, str(db), str(seconds)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "open"
    return proc


def test_store_reader_blocked_by_writer_fails_naming_file_and_cause(tmp_path):
    db = tmp_path / "busy.duckdb"
    Store(db).close()
    writer = _writer(db, 30)
    try:
        started = time.monotonic()
        with pytest.raises(StoreError) as info:
            Store(db, read_only=True, wait=0.5)
        assert time.monotonic() - started >= 0.5
        assert str(db) in str(info.value) and "another process" in str(info.value)
    finally:
        writer.kill()
        writer.wait()
    with Store(db, read_only=True) as store:  # the file is intact
        assert store.count("events") == 0 and store.version == SCHEMA_VERSION


def test_store_reader_waits_for_writer_to_finish(tmp_path):
    db = tmp_path / "busy.duckdb"
    Store(db).close()
    writer = _writer(db, 1.0)
    try:
        with Store(db, read_only=True, wait=20) as store:
            assert store.count("documents") == 0
    finally:
        writer.wait()
    assert writer.returncode == 0


def test_store_query_cli_reports_busy_store_in_one_line(tmp_path, capsys):
    db = tmp_path / "busy.duckdb"
    Store(db).close()
    writer = _writer(db, 30)
    try:
        assert main(["query", str(db), "--wait", "0.2"]) == 2
    finally:
        writer.kill()
        writer.wait()
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "busy.duckdb" in err[0] and "another process" in err[0]


def test_store_read_only_missing_file_is_an_error(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        Store(tmp_path / "none.duckdb", read_only=True)


def test_store_skips_documents_already_stored_and_repeated_in_the_corpus(corpus, tmp_path,
                                                                        pipeline):
    from wirecoder.api import code_corpus

    text = (corpus / "afp.txt").read_text(encoding="utf-8")
    records = [{"id": f"copy-{i}", "text": text} for i in range(3)]
    (tmp_path / "copies.jsonl").write_text(
        "\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    with Store(tmp_path / "k.duckdb") as store:
        first = code_corpus([tmp_path / "copies.jsonl"], store, pipeline)
        assert (first.documents, first.skipped) == (1, 2)
        again = code_corpus([corpus / "afp.txt"], store, pipeline)
        assert (again.documents, again.skipped) == (0, 1)
        assert store.count("documents") == 1
        stored = store.con.execute("SELECT doc_hash FROM documents").fetchone()[0]
        assert store.known([stored, "no-such-hash"]) == {stored}


def test_store_writes_behind_and_answers_documents_being_written_as_known(tmp_path, pipeline,
                                                                          monkeypatch):
    import threading

    from wirecoder.model import Document
    from wirecoder.store import duckdb_store

    release = threading.Event()
    write = duckdb_store._write

    def held_write(con, rows):
        release.wait(30)
        write(con, rows)

    monkeypatch.setattr(duckdb_store, "_write", held_write)
    monkeypatch.setattr(duckdb_store, "FLUSH_EVERY", 1)
    state = pipeline.code(Document(id="afp", text=AFP))
    h = state.document.content_hash
    with Store(tmp_path / "b.duckdb") as store:
        assert store.add(state) > 0  # queued and handed to the writer, which is held
        assert store.con.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
        assert store.known([h, "other"]) == {h}
        assert store.add(state) == 0  # not queued twice
        release.set()
        store.flush()
        assert store.count("documents") == 1 and store.count("events") > 0
        assert store.known([h]) == {h}


def test_store_error_of_a_background_write_is_raised_by_flush(corpus, tmp_path, pipeline,
                                                               monkeypatch):
    from wirecoder.api import code_corpus
    from wirecoder.store import duckdb_store

    def failing_write(con, rows):
        con.close()
        raise duckdb.IOException("disk full")

    monkeypatch.setattr(duckdb_store, "_write", failing_write)
    store = Store(tmp_path / "f.duckdb")
    with pytest.raises(duckdb.IOException, match="disk full"):
        code_corpus([corpus / "afp.txt"], store, pipeline)
    monkeypatch.undo()
    store.close()
