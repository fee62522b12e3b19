"""The loader of the package's data files."""

from __future__ import annotations

from importlib import resources as importlib_resources

import pytest
import yaml

from wirecoder import resources


def _shipped_yaml() -> list[str]:
    root = importlib_resources.files("wirecoder") / "data"
    found = []

    def walk(node, prefix: str) -> None:
        for child in node.iterdir():
            if child.is_dir():
                walk(child, f"{prefix}{child.name}/")
            elif child.name.endswith(".yaml"):
                found.append(f"{prefix}{child.name}")

    walk(root, "")
    return sorted(found)


def test_every_data_file_reads_the_same_as_with_the_pure_python_loader():
    files = _shipped_yaml()
    assert len(files) >= 10
    for relpath in files:
        text = (importlib_resources.files("wirecoder") / "data" / relpath).read_text("utf-8")
        assert resources.yaml_file(relpath) == yaml.safe_load(text), relpath


def test_malformed_yaml_names_the_file_and_the_line(monkeypatch):
    monkeypatch.setattr(resources, "_read", lambda relpath: "a: 1\nb: [1,\n")
    resources.yaml_file.cache_clear()
    with pytest.raises(resources.DataError, match=r"(?s)wirecoder/data/broken\.yaml: .*line 3"):
        resources.yaml_file("broken.yaml")
    resources.yaml_file.cache_clear()
