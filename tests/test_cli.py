"""The command line, run in-process: coding, storing, rejections and exit statuses."""

import json

import duckdb
import pytest

from wirecoder.cli import main

DISPATCH = ("date 2025-02-10\nPARIS, 10 février (AFP) -\n\nLe président français Emmanuel "
            "Macron s'est entretenu lundi à Paris avec le Premier ministre indien Narendra Modi.")
RECORD_FIELDS = {"event_id", "doc_id", "lang", "sentence_index", "evidence", "evidence_start",
                 "evidence_end", "source", "target", "code", "code_name", "root", "quad_class",
                 "goldstein", "plover", "date", "date_precision", "place", "confidence"}


@pytest.fixture()
def corpus(tmp_path):
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "one.txt").write_text(DISPATCH, encoding="utf-8")
    (d / "more.jsonl").write_text(
        json.dumps({"id": "rec-1", "lang": "en", "published": "2025-03-01",
                    "text": "Russian President Vladimir Putin met Chinese President Xi "
                            "Jinping in Moscow on Friday."}) + "\n{broken\n",
        encoding="utf-8")
    return d


def test_cli_code_prints_event_records_with_contract_fields(corpus, capsys):
    assert main(["code", str(corpus / "one.txt"), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    records = [json.loads(x) for x in lines]
    assert records, "the dispatch has a meeting"
    assert RECORD_FIELDS <= set(records[0])
    text = DISPATCH
    for r in records:
        assert r["doc_id"] == "one.txt"
        assert text[r["evidence_start"]:r["evidence_end"]] == r["evidence"]
    dyads = {(r["source"]["code"], r["code"][:2], r["target"]["code"]) for r in records}
    assert ("FRAGOV", "04", "INDGOV") in dyads and ("INDGOV", "04", "FRAGOV") in dyads


def test_cli_code_broken_record_reported_rest_coded(corpus, capsys):
    assert main(["code", str(corpus), "--format", "jsonl"]) == 0
    captured = capsys.readouterr()
    assert "more.jsonl:2" in captured.err and "not valid JSON" in captured.err
    ids = {json.loads(x)["doc_id"] for x in captured.out.strip().splitlines()}
    assert {"one.txt", "rec-1"} <= ids


def test_cli_code_nothing_readable_exits_non_zero(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{nope\n", encoding="utf-8")
    assert main(["code", str(bad)]) == 1
    assert "bad.jsonl:1" in capsys.readouterr().err


def test_cli_code_db_is_idempotent_and_records_rejections(corpus, tmp_path, capsys):
    db = tmp_path / "w.duckdb"
    assert main(["code", str(corpus), "--db", str(db), "--out", str(tmp_path / "o.jsonl")]) == 0
    con = duckdb.connect(str(db), read_only=True)
    first = [con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
             for t in ("documents", "events", "mentions", "rejections")]
    con.close()
    assert first[0] == 2 and first[1] > 0 and first[3] == 1
    assert main(["code", str(corpus), "--db", str(db), "--out", str(tmp_path / "o2.jsonl")]) == 0
    con = duckdb.connect(str(db), read_only=True)
    second = [con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("documents", "events", "mentions", "rejections")]
    con.close()
    assert second == first
    assert (tmp_path / "o2.jsonl").read_text(encoding="utf-8") == ""


def test_cli_summary_shows_store_contents(corpus, tmp_path, capsys):
    db = tmp_path / "w.duckdb"
    main(["code", str(corpus), "--db", str(db), "--quiet", "--out", str(tmp_path / "o.jsonl")])
    capsys.readouterr()
    assert main(["summary", str(db)]) == 0
    out = capsys.readouterr().out
    assert "2 documents" in out and "rejected:" in out and "FRAGOV" in out


def test_cli_table_format_is_readable(corpus, capsys):
    main(["code", str(corpus / "one.txt"), "--format", "table", "--quiet"])
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:5] == ["doc", "sent", "source", "code", "target"]
    assert any("FRAGOV" in line and "INDGOV" in line for line in out[1:])


def test_cli_actors_prints_rules(corpus, capsys):
    assert main(["actors", str(corpus / "one.txt"), "--format", "jsonl"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    by_text = {r["text"]: r for r in rows}
    macron = next(r for t, r in by_text.items() if "Macron" in t)
    assert macron["code"] == "FRAGOV" and macron["rule"] == "cue"
    assert DISPATCH[macron["start"]:macron["end"]] == macron["text"]


def test_cli_unknown_config_key_is_an_error(tmp_path, capsys, corpus):
    cfg = tmp_path / "c.yaml"
    cfg.write_text("stages: []\n", encoding="utf-8")
    assert main(["code", str(corpus), "--config", str(cfg)]) == 2
    assert "unknown configuration keys: stages" in capsys.readouterr().err


def test_cli_out_dash_is_standard_output(corpus, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["code", str(corpus / "one.txt"), "--out", "-", "--quiet"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["code"][:2] for r in records} == {"04"}
    assert not (tmp_path / "-").exists()


def test_cli_eval_codes_a_plover_only_gold_set_with_plover_conventions(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    text = "Armenia and Azerbaijan agreed to a ceasefire on Friday."
    gold.write_text(json.dumps({"id": "g1", "lang": "en", "text": text, "gold": [
        {"source": "ARM", "target": "", "plover": "AGREE"},
        {"source": "AZE", "target": "", "plover": "AGREE"}]}) + "\n", encoding="utf-8")
    assert main(["eval", str(gold)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("conventions: plover (the gold gives PLOVER categories only")
    assert main(["eval", str(gold), "--json"]) == 0
    chosen = json.loads(capsys.readouterr().out)
    assert chosen["conventions"] == "plover"
    assert (chosen["all"]["root"]["tp"], chosen["all"]["root"]["fp"]) == (2, 0)
    assert main(["eval", str(gold), "--json", "--conventions", "cameo"]) == 0
    cameo = json.loads(capsys.readouterr().out)
    assert cameo["conventions"] == "cameo"
    assert (cameo["all"]["root"]["tp"], cameo["all"]["root"]["fp"]) == (0, 2)
