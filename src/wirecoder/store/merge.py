"""Merge: the coded mentions of one real-world event, across documents, become one cluster."""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date as Date
from typing import Any

import duckdb
import pyarrow as pa

DEFAULT_WINDOW_DAYS = 1
DEFAULT_MAX_KM = 100.0

# What the merge reads of each event: its own columns plus its document's.
MEMBER_SQL = """
SELECT e.event_id, e.doc_hash, e.sentence_index, e.evidence,
       e.source_code, e.source_country, e.source_roles, e.source_text, e.source_name,
       e.target_code, e.target_country, e.target_roles, e.target_text, e.target_name,
       e.code, e.code_name, e.root, e.quad_class, e.goldstein, e.plover,
       e.date, e.place_name, e.place_country, e.lat, e.lon, e.geonameid,
       e.confidence, e.tone,
       d.source AS doc_source, d.url, coalesce(d.doc_date, d.published) AS doc_date, d.coded_at
FROM events e JOIN documents d USING (doc_hash)
ORDER BY e.event_id
"""


@dataclass(frozen=True)
class MergeSettings:
    """How close two reports must be to be one event."""

    window_days: int = DEFAULT_WINDOW_DAYS
    max_km: float = DEFAULT_MAX_KM


def actor_key(code: str | None, country: str | None, roles: str | None,
              text: str | None) -> str | None:
    """What two actors must share to be the same side: country + roles, else the code."""
    if code is None and country is None:
        return "-" if text is None else None  # no actor matches no actor; unresolved: nothing
    if country:
        return f"{country}|{roles or ''}"
    return code


def day_number(value: str | None) -> int | None:
    """The ordinal of a day-precision ISO date, None for months, years and no date."""
    if not value or len(value) != 10:
        return None
    try:
        return Date.fromisoformat(value).toordinal()
    except ValueError:
        return None


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _no_place(m: dict) -> bool:
    return m["place_name"] is None and m["place_country"] is None and m["lat"] is None


def places_compatible(a: dict, b: dict, max_km: float) -> bool:
    """Both without place, or in the same country, or within `max_km` of each other."""
    if _no_place(a) or _no_place(b):
        return _no_place(a) and _no_place(b)
    if a["place_country"] and a["place_country"] == b["place_country"]:
        return True
    if None in (a["lat"], a["lon"], b["lat"], b["lon"]):
        return False
    return distance_km(a["lat"], a["lon"], b["lat"], b["lon"]) <= max_km


def group_key(m: dict) -> tuple | None:
    """Events that may merge share this key; None for an event that merges with nothing."""
    src = actor_key(m["source_code"], m["source_country"], m["source_roles"], m["source_text"])
    tgt = actor_key(m["target_code"], m["target_country"], m["target_roles"], m["target_text"])
    if src is None or tgt is None or not m["root"] or not m["date"]:
        return None
    when = "day" if day_number(m["date"]) is not None else m["date"]
    return (src, tgt, m["root"], when)


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def link(members: Sequence[dict], settings: MergeSettings) -> list[list[dict]]:
    """Split events of one key into clusters: connected reports close in time and place."""
    ordered = sorted(members, key=lambda m: (day_number(m["date"]) or 0, m["event_id"]))
    days = [day_number(m["date"]) for m in ordered]
    parent = list(range(len(ordered)))
    for i in range(len(ordered)):
        for j in range(i + 1, len(ordered)):
            if days[i] is not None and days[j] is not None and \
                    days[j] - days[i] > settings.window_days:
                break
            if places_compatible(ordered[i], ordered[j], settings.max_km):
                parent[_find(parent, j)] = _find(parent, i)
    groups: dict[int, list[dict]] = {}
    for i, m in enumerate(ordered):
        groups.setdefault(_find(parent, i), []).append(m)
    return list(groups.values())


def cluster_id(event_ids: Iterable[str]) -> str:
    """A cluster's id: a hash of its sorted member event ids."""
    return hashlib.sha1("|".join(sorted(event_ids)).encode("utf-8")).hexdigest()[:16]


def _most_common(values: Iterable[Any], prefer_long: bool = False) -> Any:
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    return min(counts, key=lambda v: (-len(v) if prefer_long else 0, -counts[v], str(v)))


def specificity(code: str) -> int:
    """How specific a CAMEO code is: longer is finer; `xx0` (root, unspecified) below `xxN`."""
    return 2 * len(code) - (1 if len(code) == 3 and code.endswith("0") else 0)


def _rank(m: dict) -> tuple:
    """Best evidence first: highest confidence, then most specific code, then id."""
    return (-(m["confidence"] or 0.0), -specificity(m["code"]), m["event_id"])


def summarise(members: list[dict]) -> dict[str, Any]:
    """One cluster row from its member events."""
    ranked = sorted(members, key=_rank)
    best = ranked[0]
    counts = Counter(m["code"] for m in members)
    code = min(counts, key=lambda c: (-specificity(c), -counts[c], c))
    coded = next(m for m in ranked if m["code"] == code)
    src_code = _most_common((m["source_code"] for m in members), prefer_long=True)
    tgt_code = _most_common((m["target_code"] for m in members), prefer_long=True)
    src = next((m for m in ranked if m["source_code"] == src_code), best)
    tgt = next((m for m in ranked if m["target_code"] == tgt_code), best)
    placed = next((m for m in ranked if not _no_place(m)), best)
    dates = sorted(m["date"] for m in members if m["date"])
    tones = [m["tone"] for m in members if m["tone"] is not None]
    sources = {(m["doc_source"] or "").strip().casefold() or f"doc:{m['doc_hash']}"
               for m in members}
    seen = [m["doc_date"] for m in members if m["doc_date"]]
    added = [m["coded_at"] for m in members if m["coded_at"] is not None]
    ids = sorted(m["event_id"] for m in members)
    return {
        "cluster_id": cluster_id(ids), "date": _most_common(dates) if dates else None,
        "date_first": dates[0] if dates else None, "date_last": dates[-1] if dates else None,
        "source_code": src_code, "source_country": src["source_country"],
        "source_roles": src["source_roles"], "source_name": src["source_name"],
        "target_code": tgt_code, "target_country": tgt["target_country"],
        "target_roles": tgt["target_roles"], "target_name": tgt["target_name"],
        "code": code, "code_name": coded["code_name"], "root": coded["root"],
        "quad_class": coded["quad_class"], "goldstein": coded["goldstein"],
        "plover": coded["plover"],
        "place_name": placed["place_name"], "place_country": placed["place_country"],
        "lat": placed["lat"], "lon": placed["lon"], "geonameid": placed["geonameid"],
        "num_mentions": len(members), "num_sources": len(sources),
        "num_articles": len({m["doc_hash"] for m in members}),
        "first_seen": min(seen) if seen else None, "date_added": min(added) if added else None,
        "is_root": any(m["sentence_index"] == 0 for m in members),
        "avg_tone": round(sum(tones) / len(tones), 2) if tones else None,
        "confidence": best["confidence"], "best_event_id": best["event_id"],
        "evidence": best["evidence"], "source_url": best["url"], "event_ids": ids,
    }


def cluster_events(members: Iterable[dict], settings: MergeSettings) -> list[dict[str, Any]]:
    """Every cluster of a set of events, in a deterministic order (by cluster id)."""
    groups: dict[tuple, list[dict]] = {}
    alone: list[list[dict]] = []
    for m in members:
        key = group_key(m)
        if key is None:
            alone.append([m])
        else:
            groups.setdefault(key, []).append(m)
    found = alone + [c for ms in groups.values() for c in link(ms, settings)]
    return sorted((summarise(c) for c in found), key=lambda r: r["cluster_id"])


_ROW_TYPES = {"date_added": pa.timestamp("us"), "event_ids": pa.list_(pa.string()),
              "quad_class": pa.int32(), "num_mentions": pa.int32(), "num_sources": pa.int32(),
              "num_articles": pa.int32(), "is_root": pa.bool_()}


def _table(rows: list[dict[str, Any]]) -> pa.Table:
    fields = [pa.field(k, _ROW_TYPES.get(k, pa.float64() if k in (
        "goldstein", "lat", "lon", "avg_tone", "confidence") else pa.string())) for k in rows[0]]
    return pa.Table.from_pylist(rows, schema=pa.schema(fields))


def recompute(con: duckdb.DuckDBPyConnection, settings: MergeSettings) -> int:
    """Replace every cluster and every event's cluster link; returns the number of clusters."""
    cursor = con.execute(MEMBER_SQL)
    names = [d[0] for d in cursor.description]
    members = [dict(zip(names, row)) for row in cursor.fetchall()]
    rows = cluster_events(members, settings)
    links = pa.table({"event_id": [i for r in rows for i in r["event_ids"]],
                      "cluster_id": [r["cluster_id"] for r in rows for _ in r["event_ids"]]})
    con.begin()
    try:
        con.execute("DELETE FROM clusters")
        con.execute("DELETE FROM merge_settings")
        con.execute("INSERT INTO merge_settings VALUES (?, ?)",
                    [settings.window_days, settings.max_km])
        if rows:
            con.register("_new_clusters", _table(rows))
            con.register("_new_links", links)
            con.execute("INSERT INTO clusters BY NAME SELECT * FROM _new_clusters")
            con.execute("UPDATE events SET cluster_id = l.cluster_id FROM _new_links l "
                        "WHERE events.event_id = l.event_id")
        con.commit()
    except Exception:
        con.rollback()
        raise
    finally:
        for view in ("_new_clusters", "_new_links"):
            con.unregister(view)
    return len(rows)


def stored_settings(con: duckdb.DuckDBPyConnection) -> MergeSettings:
    """The settings of the last merge of this store, else the defaults."""
    row = con.execute("SELECT window_days, max_km FROM merge_settings LIMIT 1").fetchone()
    return MergeSettings(int(row[0]), float(row[1])) if row else MergeSettings()
