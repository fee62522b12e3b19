"""Validation of src/wirecoder/data/regions.tsv (each country's UN M49 sub-region and region,
and the press's groups of states) and of the `regional_state` words of references.yaml that
name them (format: src/wirecoder/data/README.md)."""
from __future__ import annotations

import pytest
import yaml
from datafiles import DATA, header_and_rows

from wirecoder.actors.lexicon import actor_lexicon
from wirecoder.textnorm import fold

HEADER = ["code", "subregion", "region", "groups"]
SUBREGIONS = {
    "Africa": {"Northern Africa", "Eastern Africa", "Middle Africa", "Southern Africa",
               "Western Africa"},
    "Americas": {"Caribbean", "Central America", "South America", "Northern America"},
    "Asia": {"Central Asia", "Eastern Asia", "South-eastern Asia", "Southern Asia",
             "Western Asia"},
    "Europe": {"Eastern Europe", "Northern Europe", "Southern Europe", "Western Europe"},
    "Oceania": {"Australia and New Zealand", "Melanesia", "Micronesia", "Polynesia"},
}
HEADER_ROW, ROWS = header_and_rows("regions.tsv")
_, COUNTRY_ROWS = header_and_rows("countries.tsv")
LANGS = sorted(p.parent.name for p in (DATA / "lang").glob("*/references.yaml"))


def test_data_regions_every_country_has_one_subregion_of_its_region():
    assert HEADER_ROW == HEADER
    codes = [row[0] for row in ROWS]
    assert sorted(codes) == sorted(row[0] for row in COUNTRY_ROWS)
    assert len(set(codes)) == len(codes)
    for code, subregion, region, _ in ROWS:
        assert subregion in SUBREGIONS.get(region, ()), code


@pytest.mark.parametrize("lang", LANGS)
def test_data_regions_words_name_known_regions_and_no_country(lang):
    spec = yaml.safe_load((DATA / "lang" / lang / "references.yaml").read_text(
        encoding="utf-8"))["regional_state"]
    known = {name for _, sub, region, groups in ROWS
             for name in (sub, region, *filter(None, groups.split("|")))}
    assert spec["nouns"] and spec["regions"]
    for word, regions in spec["regions"].items():
        assert regions and set(regions) <= known, word
    # a region's word with a state's noun that spells a country's name (`Central African
    # Republic`) leaves it the country's, which the lexicon prefers
    lex = actor_lexicon(lang)
    for word in spec["regions"]:
        for noun in spec["nouns"]:
            form = f"{noun} {word}" if spec.get("noun_first") else f"{word} {noun}"
            entries = lex.index.get(tuple(fold(t) for t in form.replace("'", "' ").split()), [])
            kinds = [e.kind for e in entries]
            assert "country" not in kinds or kinds[0] == "country", form
