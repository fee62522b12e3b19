"""Validation of src/wirecoder/data/seats.tsv (cities that host international bodies, by
their gazetteer id; format: the file's header comment)."""
from __future__ import annotations

from datafiles import header_and_rows

from wirecoder.attributes import places

HEADER_ROW, ROWS = header_and_rows("seats.tsv")


def test_data_seats_rows_are_cities_of_the_gazetteer():
    assert HEADER_ROW == ["geonameid", "name", "bodies"]
    ids = [row[0] for row in ROWS]
    assert len(set(ids)) == len(ids)
    gazetteer = places.Gazetteer.load()
    for geonameid, name, bodies in ROWS:
        assert bodies, name
        place = gazetteer.resolve(name, places.GeoContext(countries=set()))
        assert place is not None and place.geonameid == geonameid, name
