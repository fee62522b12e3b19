"""Queries: filtered events and clusters as DataFrames, and read-only SQL."""

import json

import duckdb
import pyarrow as pa
import pytest
from conftest import merged_store

import wirecoder
from wirecoder.cli import main
from wirecoder.store.query import QueryError, check_read_only

AP = {"id": "ap-1", "lang": "en", "published": "2025-05-20", "source": "AP",
      "text": "NAIROBI (AP) - Kenyan police arrested dozens of protesters in Nairobi on Tuesday."}


@pytest.fixture(scope="module")
def db(tmp_path_factory, pipeline):
    return merged_store(tmp_path_factory.mktemp("query"), pipeline, AP)


def _dyads(frame):
    return {(r.source_code, r.code, r.target_code) for r in frame.itertuples()}


def test_query_open_store_events_returns_a_pandas_frame(db):
    with wirecoder.open_store(db) as store:
        frame = store.events()
    assert len(frame) == 5
    assert {"event_id", "doc_id", "date", "source_code", "target_code", "code", "root",
            "cluster_id", "doc_source", "evidence"} <= set(frame.columns)
    assert "record" not in frame.columns
    assert set(frame.doc_source) == {"AFP", "Reuters", "AP"}


def test_query_filters_actor_dyad_code_root_country_dates(db):
    with wirecoder.open_store(db) as store:
        assert len(store.events(actor="FRA")) == 4  # either side, code prefix
        assert _dyads(store.events(dyad=("FRA", "KEN"))) == {("FRAGOV", "040", "KENGOV")}
        assert _dyads(store.events(dyad=["KENGOV", "FRAGOV"])) == {("KENGOV", "040", "FRAGOV")}
        assert set(store.events(code="173").doc_id) == {"ap-1"}
        assert set(store.events(root="4").code) == {"040"}  # roots pad to two digits
        assert len(store.events(country="ken")) == 5
        assert len(store.events(country="FRA")) == 4
        assert set(store.events(since="2025-05-01").doc_id) == {"ap-1"}
        assert len(store.events(until="2025-04-14")) == 4
        assert len(store.events(until="2025-05")) == 5  # a month includes all of its days
        assert store.events(actor="FRA", since="2025-05-01").empty
        assert len(store.events(limit=2)) == 2


def test_query_clusters_take_the_same_filters(db):
    with wirecoder.open_store(db) as store:
        meeting = store.clusters(dyad=("FRAGOV", "KENGOV"), root="04", since="2025-04-14",
                                 until="2025-04-14", country="FRA")
        everything = store.clusters()
    assert len(meeting) == 1 and int(meeting.num_sources.iloc[0]) == 2
    assert list(meeting.event_ids.iloc[0]) == sorted(meeting.event_ids.iloc[0])
    assert len(everything) == 3


def test_query_results_as_arrow_and_polars(db):
    with wirecoder.open_store(db) as store:
        table = store.events(as_="arrow", code="173")
        assert isinstance(table, pa.Table) and table.num_rows == 1
        with pytest.raises(QueryError, match="unknown result type"):
            store.clusters(as_="excel")
        polars = pytest.importorskip("polars")
        frame = store.clusters(as_="polars")
    assert isinstance(frame, polars.DataFrame) and frame.height == 3


@pytest.mark.parametrize("sql", [
    "SELECT * FROM events",
    "  with c AS (SELECT code FROM events) SELECT count(*) FROM c;",
    "select root, count(*) from clusters group by root -- per root",
])
def test_query_read_only_sql_accepts_one_select(sql):
    assert check_read_only(sql)


@pytest.mark.parametrize("sql", [
    "DELETE FROM events",
    "INSERT INTO rejections (path, reason) VALUES ('x', 'y')",
    "UPDATE events SET code = '010'",
    "DROP TABLE events",
    "CREATE TABLE t AS SELECT * FROM events",
    "COPY events TO 'out.csv'",
    "ATTACH 'other.duckdb'",
    "SELECT 1; DELETE FROM events",
    "WITH x AS (SELECT 1) DELETE FROM events",
    "PRAGMA version",
])
def test_query_read_only_sql_refuses_everything_else(sql):
    with pytest.raises(QueryError):
        check_read_only(sql)


def test_query_cli_refuses_writes_and_leaves_the_store_unchanged(db, capsys):
    before = duckdb.connect(str(db), read_only=True)
    counts = before.execute("SELECT (SELECT count(*) FROM events), "
                            "(SELECT count(*) FROM clusters)").fetchone()
    before.close()
    for sql in ("DELETE FROM events", "DROP TABLE clusters", "SELECT 1; DELETE FROM events"):
        assert main(["query", str(db), "--sql", sql]) == 2
        assert "error" in capsys.readouterr().err
    after = duckdb.connect(str(db), read_only=True)
    assert after.execute("SELECT (SELECT count(*) FROM events), "
                         "(SELECT count(*) FROM clusters)").fetchone() == counts
    after.close()


def test_query_store_opened_read_only_cannot_write_even_past_the_check(db):
    with wirecoder.open_store(db) as store, pytest.raises(duckdb.Error, match="read-only"):
        store.con.execute("DELETE FROM events")


def test_query_cli_sql_and_filters_print_rows(db, capsys):
    sql = "SELECT code, count(*) AS n FROM events GROUP BY code ORDER BY code"
    assert main(["query", str(db), "--sql", sql, "--format", "jsonl"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert rows == [{"code": "040", "n": 4}, {"code": "173", "n": 1}]
    assert main(["query", str(db), "--clusters", "--dyad", "FRA", "KEN", "--format",
                 "csv"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("cluster_id,") and len(out) == 2
    assert main(["query", str(db), "--actor", "KENCOP"]) == 0
    table = capsys.readouterr().out
    assert "KENCOP" in table and "173" in table and "FRAGOV" not in table
    assert main(["query", str(db), "--sql", "SELECT nope FROM events"]) == 2
    assert "nope" in capsys.readouterr().err


def test_query_summary_shows_clusters(db, capsys):
    assert main(["summary", str(db)]) == 0
    out = capsys.readouterr().out
    assert "3 clusters" in out and "one per real-world event" in out
