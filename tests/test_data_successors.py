"""Validation of src/wirecoder/data/successors.tsv (states younger than the news read and the
states they came from) and the reading of a young state's places by the document's date."""
from __future__ import annotations

import datetime

import pytest
from datafiles import header_and_rows

from wirecoder.actors.successors import state_then

HEADER_ROW, ROWS = header_and_rows("successors.tsv")
_, COUNTRY_ROWS = header_and_rows("countries.tsv")
CODES = {row[0] for row in COUNTRY_ROWS}


def test_data_successors_rows_are_known_states_and_iso_dates():
    assert HEADER_ROW == ["code", "predecessor", "independence"]
    assert ROWS and len({row[0] for row in ROWS}) == len(ROWS)
    for code, predecessor, independence in ROWS:
        assert code in CODES and predecessor in CODES and code != predecessor, code
        datetime.date.fromisoformat(independence)


@pytest.mark.parametrize("country, date, expected", [
    ("SSD", "2009-11-30", "SDN"),   # before independence
    ("SSD", "2011-07-09", "SSD"),   # on the day
    ("SSD", "2011-07", "SSD"),      # the month it became a state: no longer sure
    ("SSD", "2010", "SDN"),
    ("ERI", "1988-02-01", "ETH"),
    ("KEN", "1988-02-01", "KEN"),   # no younger state
    ("SSD", None, "SSD"),           # undated: today's map
])
def test_data_successors_state_then(country, date, expected):
    assert state_then(country, date) == expected
