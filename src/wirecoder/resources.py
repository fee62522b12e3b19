"""Loading the package's data files (TSV and YAML), once per process."""

from __future__ import annotations

import csv
import io
from functools import cache
from importlib import resources
from typing import Any

import yaml

# libyaml's parser when PyYAML was built with it (the wheels are): the data files load about
# four times faster than with the pure-Python one, with the same safe tags and results
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DataError(ValueError):
    """A shipped data file is missing or malformed."""


def _read(relpath: str) -> str:
    node = resources.files("wirecoder") / "data" / relpath
    try:
        return node.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise DataError(f"data file missing: wirecoder/data/{relpath}") from exc


def exists(relpath: str) -> bool:
    """Whether the package ships this data file."""
    return (resources.files("wirecoder") / "data" / relpath).is_file()


@cache
def tsv(relpath: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV data file as dicts; lines starting with `#` are comments."""
    lines = [ln for ln in _read(relpath).splitlines() if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t",
                            quoting=csv.QUOTE_NONE)
    return tuple({k: (v or "").strip() for k, v in row.items() if k} for row in reader)


@cache
def yaml_file(relpath: str) -> Any:
    """A parsed YAML data file."""
    try:
        return yaml.load(_read(relpath), Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        raise DataError(f"wirecoder/data/{relpath}: {exc}") from exc


def lang_yaml(lang: str, name: str, default: Any = None) -> Any:
    """A language's YAML file (`lang/<xx>/<name>.yaml`), or `default` when absent."""
    rel = f"lang/{lang}/{name}.yaml"
    return yaml_file(rel) if exists(rel) else default


@cache
def languages() -> tuple[str, ...]:
    """Languages that have a data folder (listed once: every document's date asks)."""
    root = resources.files("wirecoder") / "data" / "lang"
    return tuple(sorted(p.name for p in root.iterdir() if p.is_dir()))
