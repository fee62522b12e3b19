"""Exports: GDELT 2.0 event TSV, Parquet, CSV and JSONL of events and clusters."""

import json
from datetime import date

import pandas as pd
import pytest
from conftest import merged_store

from wirecoder.cli import main
from wirecoder.store.duckdb_store import Store
from wirecoder.store.export import GDELT_COLUMNS, actor_types, fraction_date, global_event_id

AP = {"id": "ap-1", "lang": "en", "published": "2025-04-14", "source": "AP",
      "url": "https://example.org/ap-1",
      "text": "NAIROBI (AP) - Kenyan police arrested dozens of protesters in Nairobi on Monday."}


@pytest.fixture(scope="module")
def db(tmp_path_factory, pipeline):
    return merged_store(tmp_path_factory.mktemp("export"), pipeline, AP)


def test_export_gdelt_columns_are_the_61_of_gdelt_2():
    assert len(GDELT_COLUMNS) == 61 == len(set(GDELT_COLUMNS))
    assert GDELT_COLUMNS[:6] == ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
                                 "FractionDate", "Actor1Code")
    assert GDELT_COLUMNS[25:35] == ("IsRootEvent", "EventCode", "EventBaseCode",
                                    "EventRootCode", "QuadClass", "GoldsteinScale",
                                    "NumMentions", "NumSources", "NumArticles", "AvgTone")
    assert GDELT_COLUMNS[51:53] == ("ActionGeo_Type", "ActionGeo_FullName")
    assert GDELT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")


def _gdelt(db, tmp_path, *flags):
    out = tmp_path / "events.tsv"
    assert main(["export", str(db), "--format", "gdelt", "--out", str(out), *flags]) == 0
    return out


@pytest.mark.parametrize("flags", [(), ("--clusters",)])
def test_export_gdelt_lines_have_61_tab_fields_and_load_with_gdelt_names(db, tmp_path,
                                                                          flags):
    out = _gdelt(db, tmp_path, *flags)
    lines = out.read_text(encoding="utf-8").splitlines()
    with Store(db, read_only=True) as store:
        expected = store.count("clusters" if flags else "events")
    assert len(lines) == expected > 0
    assert all(len(line.split("\t")) == 61 for line in lines)
    frame = pd.read_csv(out, sep="\t", header=None, names=list(GDELT_COLUMNS), dtype=str,
                        keep_default_na=False)
    assert frame.shape == (expected, 61)
    assert frame.GLOBALEVENTID.str.isdigit().all() and frame.GLOBALEVENTID.is_unique
    meeting = frame[(frame.Actor1Code == "FRAGOV") & (frame.Actor2Code == "KENGOV")]
    assert set(meeting.SQLDATE) == {"20250414"} and set(meeting.EventRootCode) == {"04"}
    assert set(meeting.MonthYear) == {"202504"} and set(meeting.Year) == {"2025"}
    assert set(meeting.ActionGeo_FullName) == {"Paris"}
    assert set(meeting.Actor1CountryCode) == {"FRA"} and set(meeting.Actor1Type1Code) == {"GOV"}
    assert set(meeting.NumSources) == ({"2"} if flags else {"1"})
    arrest = frame[frame.EventCode == "173"]
    assert set(arrest.SOURCEURL) == {"https://example.org/ap-1"}


def test_export_gdelt_leaves_what_the_coder_lacks_empty(db, tmp_path):
    frame = pd.read_csv(_gdelt(db, tmp_path), sep="\t", header=None, names=list(GDELT_COLUMNS),
                        dtype=str, keep_default_na=False)
    never = [c for c in GDELT_COLUMNS if c.startswith(("Actor1Geo", "Actor2Geo"))
             or c.endswith(("KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
                            "Geo_Type", "Geo_CountryCode", "ADM1Code", "ADM2Code",
                            "FeatureID"))]
    assert len(never) == 16 + 8 + 5  # actor geography, actor attributes, action geography
    assert (frame[never] == "").all().all()
    assert (frame.DATEADDED.str.len() == 14).all()


def test_export_gdelt_header_flag_writes_column_names(db, tmp_path):
    first = _gdelt(db, tmp_path, "--header").read_text(encoding="utf-8").splitlines()[0]
    assert first.split("\t") == list(GDELT_COLUMNS)


def _rows(frame):
    """Rows as plain values: NaN and None both None, arrays as lists."""
    out = frame.astype(object).where(frame.notna(), None).to_dict("records")
    return [{k: (list(v) if hasattr(v, "tolist") and not isinstance(v, str) else v)
             for k, v in row.items()} for row in out]


@pytest.mark.parametrize("clusters", [False, True])
def test_export_parquet_reads_back_the_same_rows(db, tmp_path, clusters):
    out = tmp_path / "x.parquet"
    args = ["export", str(db), "--format", "parquet", "--out", str(out)]
    assert main(args + (["--clusters"] if clusters else [])) == 0
    back = pd.read_parquet(out)
    with Store(db, read_only=True) as store:
        frame = store.clusters() if clusters else store.events()
    assert list(back.columns) == list(frame.columns)
    assert len(back) == len(frame) > 0
    assert _rows(back) == _rows(frame)


def test_export_csv_to_file_and_stdout_agree(db, tmp_path, capsys):
    out = tmp_path / "x.csv"
    assert main(["export", str(db), "--format", "csv", "--out", str(out)]) == 0
    capsys.readouterr()
    assert main(["export", str(db), "--format", "csv"]) == 0
    printed = pd.read_csv(__import__("io").StringIO(capsys.readouterr().out))
    written = pd.read_csv(out)
    assert list(written.event_id) == list(printed.event_id)
    assert {"event_id", "code", "cluster_id", "doc_source"} <= set(written.columns)


def test_export_jsonl_events_keep_the_record_contract(db, capsys):
    assert main(["export", str(db), "--format", "jsonl"]) == 0
    records = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    with Store(db, read_only=True) as store:
        stored = {r["event_id"]: r for r in store.event_records()}
    assert len(records) == len(stored)
    for r in records:
        assert r["cluster_id"]
        assert {k: v for k, v in r.items() if k != "cluster_id"} == stored[r["event_id"]]


def test_export_parquet_needs_an_output_file(db, capsys):
    assert main(["export", str(db), "--format", "parquet"]) == 2
    assert "--out" in capsys.readouterr().err


def test_export_fraction_date_and_ids():
    assert fraction_date(date(2025, 4, 14)) == round(2025 + (4 * 30 + 14) / 365, 4)
    assert global_event_id("ffffffffffffffff") == 2 ** 60 - 1


def test_export_actor_types_follow_the_code_order():
    assert actor_types("FRAGOVMIL", "FRA", "GOV,MIL") == ["GOV", "MIL"]
    assert actor_types("FRAMILGOV", "FRA", "GOV,MIL") == ["MIL", "GOV"]
    assert actor_types("KEN", "KEN", "") == []
    assert actor_types(None, None, None) == []


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_export_out_dash_is_standard_output(db, tmp_path, capsys, monkeypatch, fmt):
    monkeypatch.chdir(tmp_path)
    assert main(["export", str(db), "--format", fmt]) == 0
    plain = capsys.readouterr().out
    assert main(["export", str(db), "--format", fmt, "--out", "-"]) == 0
    assert capsys.readouterr().out == plain != ""
    assert not (tmp_path / "-").exists()
