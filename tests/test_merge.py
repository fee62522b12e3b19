"""Merge: reports of one real event across documents become one cluster, in any ingest order."""

import pytest

from wirecoder.api import code_corpus
from wirecoder.store.duckdb_store import Store
from wirecoder.store.merge import (
    MergeSettings,
    actor_key,
    cluster_events,
    cluster_id,
    distance_km,
    places_compatible,
)

AFP = ("date 2025-04-14\nPARIS, 14 avril (AFP) -\n\nLe président français Emmanuel Macron "
       "s'est entretenu lundi à Paris avec le président kényan William Ruto.\n")
REUTERS = ("date 2025-04-14\nPARIS, April 14 (Reuters) -\n\nFrench President Emmanuel Macron "
           "met Kenyan President William Ruto in Paris on Monday.\n")
AFP_LATER = ("date 2025-04-17\nPARIS, 17 avril (AFP) -\n\nLe président français Emmanuel "
             "Macron s'est de nouveau entretenu jeudi à Paris avec le président kényan "
             "William Ruto.\n")

PARIS = {"place_name": "Paris", "place_country": "FRA", "lat": 48.853, "lon": 2.349}
GENEVA = {"place_name": "Geneva", "place_country": "CHE", "lat": 46.202, "lon": 6.146}
ANNEMASSE = {"place_name": "Annemasse", "place_country": "FRA", "lat": 46.193, "lon": 6.234}
BRUSSELS = {"place_name": "Brussels", "place_country": "BEL", "lat": 50.850, "lon": 4.349}
NOWHERE = {"place_name": None, "place_country": None, "lat": None, "lon": None}


def member(event_id, date="2025-04-14", code="040", place=PARIS, doc="d1", source="AFP",
           confidence=0.8, src=("FRAGOV", "FRA", "GOV"), tgt=("KENGOV", "KEN", "GOV")):
    """A hand-made merge input row."""
    return {"event_id": event_id, "doc_hash": doc, "sentence_index": 0,
            "evidence": f"evidence {event_id}", "source_code": src[0], "source_country": src[1],
            "source_roles": src[2], "source_text": "s", "source_name": None,
            "target_code": tgt[0], "target_country": tgt[1], "target_roles": tgt[2],
            "target_text": "t", "target_name": None, "code": code, "code_name": f"n{code}",
            "root": code[:2], "quad_class": 1, "goldstein": 1.0, "plover": None, "date": date,
            "geonameid": None, **place, "confidence": confidence, "tone": 0.0,
            "doc_source": source, "url": None, "doc_date": date, "coded_at": None}


def test_merge_actor_key_compares_country_and_roles():
    assert actor_key("FRAGOV", "FRA", "GOV", "x") == actor_key("FRAGOVGOV", "FRA", "GOV", "y")
    assert actor_key("FRAGOV", "FRA", "GOV", "x") != actor_key("FRAMIL", "FRA", "MIL", "x")
    assert actor_key("IGOEUREEC", None, "", "UE") == "IGOEUREEC"
    assert actor_key(None, None, None, None) == "-"  # no target matches no target
    assert actor_key(None, None, None, "ils") is None  # unresolved matches nothing


def test_merge_places_compatible_rules():
    assert places_compatible(NOWHERE, NOWHERE, 100)
    assert not places_compatible(PARIS, NOWHERE, 100)
    assert places_compatible(PARIS, {**PARIS, "place_name": "Lyon", "lat": 45.75, "lon": 4.85},
                             100)  # same country
    assert 5 < distance_km(GENEVA["lat"], GENEVA["lon"], ANNEMASSE["lat"], ANNEMASSE["lon"]) < 10
    assert places_compatible(GENEVA, ANNEMASSE, 100)  # across a border, 7 km apart
    assert not places_compatible(PARIS, BRUSSELS, 100)
    assert places_compatible(PARIS, BRUSSELS, 300)


def test_merge_window_days_is_configurable():
    rows = [member("a", date="2025-04-14"), member("b", date="2025-04-15", doc="d2"),
            member("c", date="2025-04-17", doc="d3")]
    default = cluster_events(rows, MergeSettings())
    assert sorted(r["num_mentions"] for r in default) == [1, 2]
    wide = cluster_events(rows, MergeSettings(window_days=3))
    assert [r["num_mentions"] for r in wide] == [3]
    assert wide[0]["date_first"] == "2025-04-14" and wide[0]["date_last"] == "2025-04-17"


def test_merge_different_root_or_dyad_stays_apart():
    rows = [member("a"), member("b", code="051", doc="d2"),
            member("c", doc="d3", tgt=("KENMIL", "KEN", "MIL"))]
    assert len(cluster_events(rows, MergeSettings())) == 3


def test_merge_most_specific_code_and_best_evidence():
    rows = [member("a", code="040", confidence=0.9), member("b", code="040", doc="d2"),
            member("c", code="042", doc="d3", confidence=0.6)]
    [c] = cluster_events(rows, MergeSettings())
    assert c["code"] == "042" and c["code_name"] == "n042"
    assert c["best_event_id"] == "a" and c["evidence"] == "evidence a"
    assert c["confidence"] == 0.9
    assert c["cluster_id"] == cluster_id(["c", "a", "b"])
    assert c["event_ids"] == ["a", "b", "c"]


def test_merge_num_sources_counts_agencies_else_documents():
    rows = [member("a", doc="d1", source="AFP"), member("b", doc="d2", source="afp"),
            member("c", doc="d3", source=None), member("d", doc="d4", source=None),
            member("e", doc="d4", source=None)]
    [c] = cluster_events(rows, MergeSettings())
    assert (c["num_mentions"], c["num_articles"], c["num_sources"]) == (5, 4, 3)


def test_merge_order_of_input_rows_does_not_matter():
    rows = [member(str(i), date=f"2025-04-{10 + i % 5:02d}", doc=f"d{i % 3}",
                   place=(PARIS, GENEVA, ANNEMASSE, NOWHERE)[i % 4]) for i in range(20)]
    assert cluster_events(rows, MergeSettings()) == \
        cluster_events(list(reversed(rows)), MergeSettings())


@pytest.fixture(scope="module")
def dispatches(tmp_path_factory):
    d = tmp_path_factory.mktemp("merge")
    for name, text in (("afp.txt", AFP), ("reuters.txt", REUTERS), ("afp-later.txt", AFP_LATER)):
        (d / name).write_text(text, encoding="utf-8")
    return d


def _clusters(db):
    with Store(db, read_only=True) as store:
        frame = store.clusters()
    frame["event_ids"] = frame["event_ids"].map(list)
    return frame.drop(columns=["date_added"]).sort_values("cluster_id").reset_index(drop=True)


def test_merge_two_agencies_same_meeting_one_cluster(dispatches, pipeline, tmp_path):
    db = tmp_path / "m.duckdb"
    with Store(db) as store:
        code_corpus([dispatches / "afp.txt", dispatches / "reuters.txt"], store, pipeline)
        assert store.merge() == 2  # Macron -> Ruto and Ruto -> Macron
        meetings = store.clusters(dyad=("FRA", "KEN"), root="04")
        linked = store.con.execute("SELECT count(DISTINCT cluster_id), count(*) FROM events "
                                   "WHERE source_code = 'FRAGOV'").fetchone()
    assert len(meetings) == 1
    m = meetings.iloc[0]
    assert (m.num_mentions, m.num_sources, m.num_articles) == (2, 2, 2)
    assert (m.code, m.date, m.place_name) == ("040", "2025-04-14", "Paris")
    assert m.first_seen == "2025-04-14"
    assert linked == (1, 2)


def test_merge_meeting_three_days_later_is_another_event(dispatches, pipeline, tmp_path):
    db = tmp_path / "m.duckdb"
    with Store(db) as store:
        code_corpus([dispatches], store, pipeline)
        store.merge()
        default = store.clusters(dyad=("FRAGOV", "KENGOV"))
        store.merge(window_days=3)
        wide = store.clusters(dyad=("FRAGOV", "KENGOV"))
        store.merge()  # the last settings are kept
        kept = store.clusters(dyad=("FRAGOV", "KENGOV"))
    assert sorted(default.num_mentions) == [1, 2]
    assert list(wide.num_mentions) == [3] and list(wide.num_sources) == [2]
    assert list(kept.num_mentions) == [3]


def test_merge_is_independent_of_ingest_order(dispatches, pipeline, tmp_path):
    files = [dispatches / "afp.txt", dispatches / "reuters.txt", dispatches / "afp-later.txt"]
    for name, order in (("ab.duckdb", files), ("ba.duckdb", files[::-1])):
        with Store(tmp_path / name) as store:
            for path in order:  # one ingest per file, merging after each
                code_corpus([path], store, pipeline)
                store.merge()
    ab, ba = _clusters(tmp_path / "ab.duckdb"), _clusters(tmp_path / "ba.duckdb")
    assert len(ab) == 4
    assert ab.to_dict("records") == ba.to_dict("records")
