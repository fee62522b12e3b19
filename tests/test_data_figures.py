"""Validation of src/wirecoder/data/figures.tsv, prominent people of no office of the leaders
table (format: see src/wirecoder/data/README.md)."""
from __future__ import annotations

import datetime as dt

import yaml
from datafiles import DATA, header_and_rows

HEADER = ["person", "country", "role", "start", "end", "names"]



HEADER_ROW, ROWS = header_and_rows("figures.tsv")
_, COUNTRY_ROWS = header_and_rows("countries.tsv")
COUNTRIES = {row[0] for row in COUNTRY_ROWS}
ROLES = {spec["role"] for spec in yaml.safe_load(
    (DATA / "lang" / "en" / "roles.yaml").read_text(encoding="utf-8"))}


def test_data_figures_header_and_six_columns():
    assert HEADER_ROW == HEADER
    assert all(len(r) == 6 for r in ROWS), [r for r in ROWS if len(r) != 6][:3]


def test_data_figures_codes_roles_and_dates_are_valid():
    for person, country, role, start, end, names in ROWS:
        assert country in COUNTRIES, person
        assert role in ROLES, person
        lo = dt.date.fromisoformat(start) if start else dt.date.min
        hi = dt.date.fromisoformat(end) if end else dt.date.max
        assert lo < hi, person
        assert person in names.split("|"), person
