"""The package's data folder and a plain reader of its TSV tables, for the data tests."""
from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).parents[1] / "src" / "wirecoder" / "data"


def header_and_rows(name: str) -> tuple[list[str], list[list[str]]]:
    """A TSV data file's header and rows, split on tabs, comment lines skipped."""
    body = [line for line in (DATA / name).read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return body[0].split("\t"), [line.split("\t") for line in body[1:]]
