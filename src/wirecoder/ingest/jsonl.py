"""Reading JSONL corpora: one JSON object a line with `id`, `text` and optional metadata."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from wirecoder.model import Document, Rejection

_OPTIONAL = ("lang", "published", "source", "url")


def parse_record(line: str, path: str, lineno: int) -> Document | Rejection:
    """One JSONL line as a Document, or the reason it cannot be one."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return Rejection(path, lineno, f"not valid JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(record, dict):
        return Rejection(path, lineno, "not a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return Rejection(path, lineno, "no `text` field, or it is empty")
    doc_id = record.get("id")
    doc_id = str(doc_id) if doc_id not in (None, "") else f"{Path(path).name}:{lineno}"
    meta = {k: str(record[k]) for k in _OPTIONAL if record.get(k) not in (None, "")}
    return Document(id=doc_id, text=text, path=path, **meta)


def read_jsonl_file(path: Path) -> Iterator[Document | Rejection]:
    """Every line of a JSONL file; blank lines are skipped, broken ones rejected."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Rejection(str(path), None, f"cannot read file: {exc.strerror or exc}")
        return
    with handle:
        for lineno, raw in enumerate(handle, start=1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield Rejection(str(path), lineno, f"invalid UTF-8 at byte {exc.start}")
                continue
            if line.strip():
                yield parse_record(line, str(path), lineno)
