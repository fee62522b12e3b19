"""Walking a corpus: files and directories (recursively), dispatched by extension."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from wirecoder.ingest.jsonl import read_jsonl_file
from wirecoder.ingest.text import read_text_file
from wirecoder.model import Document, Rejection

JSONL_SUFFIXES = {".jsonl", ".ndjson"}
TEXT_SUFFIXES = {".txt", ".text"}


def _files(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and child.suffix.lower() in JSONL_SUFFIXES | TEXT_SUFFIXES:
                yield child
    else:
        yield path


def read_corpus(paths: Iterable[str | Path]) -> Iterator[Document | Rejection]:
    """Documents and rejections of every file under the given paths, in a stable order."""
    for given in paths:
        root = Path(given)
        if not root.exists():
            yield Rejection(str(root), None, "no such file or directory")
            continue
        for path in _files(root):
            if path.suffix.lower() in JSONL_SUFFIXES:
                yield from read_jsonl_file(path)
            else:
                yield read_text_file(path)
