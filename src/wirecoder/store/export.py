"""Exports of events or clusters: GDELT 2.0 event TSV, Parquet, CSV and JSONL."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from datetime import date as Date
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from wirecoder.store.query import select_sql

if TYPE_CHECKING:
    from wirecoder.store.duckdb_store import Store

FORMATS = ("gdelt", "parquet", "csv", "jsonl")

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

# The 61 columns of the GDELT 2.0 Event table, in file order.
GDELT_COLUMNS: tuple[str, ...] = (
    ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    + tuple(f"Actor1{c}" for c in _ACTOR) + tuple(f"Actor2{c}" for c in _ACTOR)
    + ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
       "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
    + tuple(f"Actor1Geo_{c}" for c in _GEO) + tuple(f"Actor2Geo_{c}" for c in _GEO)
    + tuple(f"ActionGeo_{c}" for c in _GEO) + ("DATEADDED", "SOURCEURL"))

# What a GDELT row needs of an event (one mention counts once) and of a cluster.
_GDELT_EVENTS = """
SELECT e.event_id AS id, e.date, e.sentence_index = 0 AS is_root,
       e.source_code, coalesce(e.source_name, e.source_text) AS source_name, e.source_country,
       e.source_roles, e.target_code, coalesce(e.target_name, e.target_text) AS target_name,
       e.target_country, e.target_roles, e.code, e.root, e.quad_class, e.goldstein,
       1 AS num_mentions, 1 AS num_sources, 1 AS num_articles, e.tone AS avg_tone,
       e.place_name, e.lat, e.lon, d.coded_at AS date_added, d.url AS source_url
FROM events e JOIN documents d USING (doc_hash)
ORDER BY e.date NULLS LAST, e.doc_id, e.sentence_index, e.event_id
"""
_GDELT_CLUSTERS = """
SELECT cluster_id AS id, date, is_root, source_code, source_name, source_country, source_roles,
       target_code, target_name, target_country, target_roles, code, root, quad_class,
       goldstein, num_mentions, num_sources, num_articles, avg_tone, place_name, lat, lon,
       date_added, source_url
FROM clusters ORDER BY date NULLS LAST, cluster_id
"""


def global_event_id(hex_id: str) -> int:
    """A numeric id for GDELT's integer GLOBALEVENTID: the first 60 bits of the hex id."""
    return int(hex_id[:15], 16)


def fraction_date(day: Date) -> float:
    """GDELT's FractionDate: the year plus (month * 30 + day) / 365, to four places."""
    return round(day.year + (day.month * 30 + day.day) / 365, 4)


def actor_types(code: str | None, country: str | None, roles: str | None) -> list[str]:
    """Up to three role codes of an actor, in the order its CAMEO code gives them."""
    found = [r for r in (roles or "").split(",") if r]
    if code and country and code.startswith(country):
        rest = [code[i:i + 3] for i in range(len(country), len(code), 3)]
        found = [r for r in rest if r in found] + [r for r in found if r not in rest]
    return found[:3]


def _clean(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def _actor(row: dict, side: str) -> list[Any]:
    types = actor_types(row[f"{side}_code"], row[f"{side}_country"], row[f"{side}_roles"])
    types += [None] * (3 - len(types))
    # known group, ethnic and religion codes: the coder does not produce them
    return [row[f"{side}_code"], row[f"{side}_name"], row[f"{side}_country"],
            None, None, None, None, *types]


def _action_geo(row: dict) -> list[Any]:
    # Type, FIPS country and ADM codes, and GNS feature ids are not known: left empty.
    if row["place_name"] is None and row["lat"] is None:
        return [None] * 8
    return [None, row["place_name"], None, None, None, row["lat"], row["lon"], None]


def gdelt_row(row: dict) -> list[str]:
    """One event or cluster as the 61 fields of a GDELT 2.0 event record."""
    day: Date | None = None
    if row["date"] and len(row["date"]) == 10:
        day = Date.fromisoformat(row["date"])
    year = row["date"][:4] if row["date"] else None
    month = row["date"][:7].replace("-", "") if row["date"] and len(row["date"]) >= 7 else None
    code = row["code"]
    added = row["date_added"]
    fields = ([global_event_id(row["id"]), day.strftime("%Y%m%d") if day else None, month, year,
               fraction_date(day) if day else None]
              + _actor(row, "source") + _actor(row, "target")
              + [row["is_root"], code, code[:3] if len(code) > 3 else code, row["root"],
                 row["quad_class"], row["goldstein"], row["num_mentions"], row["num_sources"],
                 row["num_articles"], row["avg_tone"]]
              + [None] * 16 + _action_geo(row)
              + [added.strftime("%Y%m%d%H%M%S") if added else None, row["source_url"]])
    assert len(fields) == len(GDELT_COLUMNS)
    return [_clean(f) for f in fields]


def gdelt_rows(store: Store, clusters: bool = False) -> Iterator[list[str]]:
    """Every event (or cluster) of the store as GDELT 2.0 fields."""
    store.require_latest()
    cursor = store.con.execute(_GDELT_CLUSTERS if clusters else _GDELT_EVENTS)
    names = [d[0] for d in cursor.description]
    while batch := cursor.fetchmany(1000):
        for values in batch:
            yield gdelt_row(dict(zip(names, values)))


def write_gdelt(store: Store, out: IO[str], clusters: bool = False,
                header: bool = False) -> int:
    """GDELT 2.0 event lines, tab-separated; returns the number of records."""
    if header:
        out.write("\t".join(GDELT_COLUMNS) + "\n")
    n = 0
    for fields in gdelt_rows(store, clusters):
        out.write("\t".join(fields) + "\n")
        n += 1
    return n


def _jsonable(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def write_jsonl(store: Store, out: IO[str], clusters: bool = False) -> int:
    """Event records (the JSONL contract, plus cluster_id) or cluster rows, one per line."""
    store.require_latest()
    if clusters:
        sql, _ = select_sql("clusters")
    else:
        sql = ("SELECT record, cluster_id FROM events "
               "ORDER BY date NULLS LAST, doc_id, sentence_index, event_id")
    cursor = store.con.execute(sql)
    names = [d[0] for d in cursor.description]
    n = 0
    while batch := cursor.fetchmany(1000):
        for values in batch:
            row = dict(zip(names, values))
            if not clusters:
                row = {**json.loads(row["record"]), "cluster_id": row["cluster_id"]}
            out.write(json.dumps({k: _jsonable(v) for k, v in row.items()},
                                 ensure_ascii=False) + "\n")
            n += 1
    return n


def copy_to(store: Store, path: str | Path, fmt: str, clusters: bool = False,
            header: bool = True) -> int:
    """Events or clusters written by DuckDB's COPY as Parquet or CSV; returns rows written."""
    if fmt not in ("parquet", "csv"):
        raise ValueError(f"COPY writes parquet or csv, not {fmt!r}")
    store.require_latest()
    sql, _ = select_sql("clusters" if clusters else "events")
    target = str(path).replace("'", "''")
    options = "FORMAT parquet" if fmt == "parquet" else f"FORMAT csv, HEADER {str(header).lower()}"
    store.con.execute(f"COPY ({sql}) TO '{target}' ({options})")
    return store.count("clusters" if clusters else "events")
