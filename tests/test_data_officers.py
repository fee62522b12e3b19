"""Validation of src/wirecoder/data/officers.tsv, the heads of international organisations
(format: see src/wirecoder/data/README.md)."""
from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import defaultdict

import yaml
from datafiles import DATA, header_and_rows

HEADER = ["person", "organisation", "office", "start", "end", "names"]
AS_OF = dt.date(2026, 12, 1)



HEADER_ROW, ROWS = header_and_rows("officers.tsv")
_, LEADER_ROWS = header_and_rows("leaders.tsv")
ORGANISATIONS = {org["code"] for org in yaml.safe_load(
    (DATA / "organisations.yaml").read_text(encoding="utf-8"))}


def _interval(row):
    end = dt.date.fromisoformat(row[4]) if row[4] else dt.date.max
    return dt.date.fromisoformat(row[3]), end


def test_data_officers_header_and_six_columns():
    assert HEADER_ROW == HEADER
    assert all(len(r) == 6 for r in ROWS), [r for r in ROWS if len(r) != 6][:3]
    assert len(ROWS) >= 50


def test_data_officers_organisations_exist():
    unknown = {r[1] for r in ROWS} - ORGANISATIONS
    assert not unknown, unknown


def test_data_officers_dates_valid_ordered_and_not_after_today():
    for r in ROWS:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r[3]), r
        assert not r[4] or re.fullmatch(r"\d{4}-\d{2}-\d{2}", r[4]), r
        start, end = _interval(r)
        assert start <= AS_OF and start < end, r
        assert not r[4] or end <= AS_OF, r


def test_data_officers_names_list_the_person_once():
    for r in ROWS:
        names = r[5].split("|")
        assert r[0] in names and len(names) == len(set(names)), r
        assert all(n == n.strip() and n for n in names), r


def test_data_officers_one_holder_of_an_office_at_a_time():
    terms = defaultdict(list)
    for r in ROWS:
        terms[(r[1], r[2])].append((*_interval(r), r[0]))
    for key, ivs in terms.items():
        ivs.sort()
        for (s1, e1, p1), (s2, _e2, p2) in itertools.pairwise(ivs):
            assert s2 >= e1, (key, p1, p2)


def test_data_officers_a_person_is_spelt_as_in_the_leaders_table():
    # one person, one canonical name: the document's date then picks the right term
    leaders = {r[0] for r in LEADER_ROWS}
    by_variant = {v: r[0] for r in LEADER_ROWS for v in r[5].split("|")}
    for r in ROWS:
        if r[0] not in leaders:
            assert by_variant.get(r[0], r[0]) == r[0], r


def test_data_officers_no_bare_surname_that_names_many():
    banned = {"Ban", "Khan", "Türk", "Turk", "Kim", "Lee", "Chan", "Russell", "Fletcher",
              "Griffiths", "Costa", "Michel", "Ashton", "Arbour", "Robinson", "Ping"}
    for r in ROWS:
        assert not banned & set(r[5].split("|")), r
