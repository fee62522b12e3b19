"""Validation of lang/<xx>/parties.yaml: verbs of acts between parties, and the
prepositions of their other party."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from wirecoder.textnorm import fold

DATA = Path(__file__).parents[1] / "src/wirecoder/data"
FILES = {p.parent.name: p for p in sorted((DATA / "lang").glob("*/parties.yaml"))}


def test_every_language_has_its_parties_file():
    langs = {p.name for p in (DATA / "lang").iterdir() if p.is_dir()}
    assert set(FILES) == langs


@pytest.mark.parametrize("lang", sorted(FILES))
def test_parties_lists_plain_single_words_once(lang):
    data = yaml.safe_load(FILES[lang].read_text(encoding="utf-8"))
    assert set(data) == {"verbs", "prepositions"}
    for key, words in data.items():
        assert isinstance(words, list) and words, key
        assert all(isinstance(w, str) and w == w.strip().lower() and " " not in w
                   for w in words), key
        assert len({fold(w) for w in words}) == len(words), f"{key}: a word is listed twice"


@pytest.mark.parametrize("lang", sorted(FILES))
def test_parties_verbs_leave_out_a_states_own_affairs(lang):
    # the verbs of governing, leading or leaving are done by a country's own officials
    data = yaml.safe_load(FILES[lang].read_text(encoding="utf-8"))
    own = {"govern", "lead", "leave", "return", "represent",
           "gouverner", "diriger", "quitter", "rentrer", "representer"}
    assert not own & {fold(w) for w in data["verbs"]}
