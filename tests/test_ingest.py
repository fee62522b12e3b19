"""Readers: text files, JSONL records, directories and every rejection path."""

import json

import pytest

from wirecoder.ingest import read_corpus
from wirecoder.model import Document, Rejection


def _read(*paths):
    return list(read_corpus(paths))


def test_ingest_text_file_id_is_file_name(tmp_path):
    f = tmp_path / "dispatch-1.txt"
    f.write_text("PARIS (AFP) - Le président a parlé.", encoding="utf-8")
    [doc] = _read(f)
    assert isinstance(doc, Document)
    assert doc.id == "dispatch-1.txt"
    assert doc.text.startswith("PARIS")


def test_ingest_jsonl_keeps_id_and_metadata(tmp_path):
    f = tmp_path / "c.jsonl"
    rec = {"id": "abc-7", "text": "Hello.", "lang": "en", "published": "2024-05-01",
           "url": "http://x", "source": "AP"}
    f.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    [doc] = _read(f)
    assert (doc.id, doc.lang, doc.published, doc.url, doc.source) == (
        "abc-7", "en", "2024-05-01", "http://x", "AP")


@pytest.mark.parametrize("line, reason", [
    ("{not json", "not valid JSON"),
    ('{"id": "x"}', "no `text`"),
    ('{"id": "x", "text": "   "}', "no `text`"),
    ('["a list"]', "not a JSON object"),
])
def test_ingest_jsonl_broken_line_is_rejected_and_rest_read(tmp_path, line, reason):
    f = tmp_path / "c.jsonl"
    good = json.dumps({"id": "ok", "text": "Fine."})
    f.write_text(good + "\n" + line + "\n" + good.replace("ok", "ok2") + "\n", encoding="utf-8")
    items = _read(f)
    rejected = [i for i in items if isinstance(i, Rejection)]
    assert [d.id for d in items if isinstance(d, Document)] == ["ok", "ok2"]
    assert len(rejected) == 1 and rejected[0].line == 2 and reason in rejected[0].reason
    assert str(f) in str(rejected[0]) and ":2:" in str(rejected[0])


def test_ingest_invalid_utf8_is_rejected(tmp_path):
    f = tmp_path / "bad.txt"
    f.write_bytes(b"Le pr\xe9sident")
    [rej] = _read(f)
    assert isinstance(rej, Rejection) and "invalid UTF-8 at byte 5" in rej.reason


def test_ingest_invalid_utf8_jsonl_line_is_rejected(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_bytes(b'{"id": "a", "text": "caf\xe9"}\n{"id": "b", "text": "ok"}\n')
    items = _read(f)
    assert isinstance(items[0], Rejection) and items[0].line == 1
    assert isinstance(items[1], Document) and items[1].id == "b"


def test_ingest_empty_file_is_rejected(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_text("  \n", encoding="utf-8")
    [rej] = _read(f)
    assert isinstance(rej, Rejection) and rej.reason == "empty file"


def test_ingest_missing_path_is_rejected(tmp_path):
    [rej] = _read(tmp_path / "nope.txt")
    assert isinstance(rej, Rejection) and "no such file" in rej.reason


def test_ingest_unreadable_file_is_rejected(tmp_path, monkeypatch):
    f = tmp_path / "locked.txt"
    f.write_text("Text.", encoding="utf-8")

    def refuse(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(type(f), "read_bytes", refuse)
    [rej] = _read(f)
    assert isinstance(rej, Rejection) and "cannot read file: Permission denied" in rej.reason


def test_ingest_directories_are_read_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Two.", encoding="utf-8")
    (tmp_path / "one.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    ids = [d.id for d in _read(tmp_path)]
    assert ids == ["two.txt", "one.txt"]
