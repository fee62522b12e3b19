"""Reading one plain-text dispatch."""

from __future__ import annotations

from pathlib import Path

from wirecoder.model import Document, Rejection


def read_text_file(path: Path) -> Document | Rejection:
    """A text file is one document whose id is its file name."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return Rejection(str(path), None, f"cannot read file: {exc.strerror or exc}")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Rejection(str(path), None, f"invalid UTF-8 at byte {exc.start}")
    if not text.strip():
        return Rejection(str(path), None, "empty file")
    return Document(id=path.name, text=text, path=str(path))
