"""Tests of document and event dates."""

from __future__ import annotations

import pytest

from wirecoder.attributes.dates import EventDate, document_date, event_date
from wirecoder.ingest.dateline import Header

WED = EventDate("2024-07-03", "day")        # a Wednesday
JULY = EventDate("2024-07", "month")


def _header(published: str | None = None, date_text: str | None = None) -> Header:
    return Header(published=published, place=None, date_text=date_text, agency=None,
                  body_start=0)


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("fr", "Le ministre a déclaré jeudi que les pourparlers avaient échoué.", "2024-06-27"),
        ("fr", "Les deux présidents se sont entretenus mercredi à Astana.", "2024-07-03"),
        ("fr", "Le sommet s'est ouvert lundi soir.", "2024-07-01"),
        ("en", "The minister said on Thursday night that talks had failed.", "2024-06-27"),
        ("en", "The two leaders met on Wednesday in Astana.", "2024-07-03"),
        ("en", "Thursday's attack killed four people.", "2024-06-27"),
    ],
)
def test_dates_weekday_is_latest_on_or_before_document(lang: str, sentence: str,
                                                       expected: str) -> None:
    assert event_date(sentence, WED, lang) == EventDate(expected, "day")


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("fr", "Les ministres se réuniront jeudi à Bakou.", "2024-07-04"),
        ("fr", "Le vote aura lieu mercredi.", "2024-07-03"),
        ("en", "The ministers will meet on Thursday in Baku.", "2024-07-04"),
        ("en", "Talks are due to resume on Monday.", "2024-07-08"),
    ],
)
def test_dates_future_weekday_is_next_one(lang: str, sentence: str, expected: str) -> None:
    assert event_date(sentence, WED, lang, future=True) == EventDate(expected, "day")


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("fr", "Il s'est rendu à Paris mercredi dernier.", "2024-06-26"),
        ("fr", "Il se rendra à Paris jeudi prochain.", "2024-07-04"),
        ("en", "He visited Paris last Wednesday.", "2024-06-26"),
        ("en", "He will visit Paris next Wednesday.", "2024-07-10"),
    ],
)
def test_dates_weekday_with_last_or_next(lang: str, sentence: str, expected: str) -> None:
    assert event_date(sentence, WED, lang) == EventDate(expected, "day")


@pytest.mark.parametrize(
    ("lang", "sentence", "doc", "expected"),
    [
        ("fr", "Ils se sont entretenus à Astana mercredi 3 juillet.", JULY, "2024-07-03"),
        ("fr", "Ils se sont entretenus mercredi 3 à Astana.", WED, "2024-07-03"),
        ("fr", "L'accord a été signé le 1er juillet.", JULY, "2024-07-01"),
        ("en", "They met in Astana on Wednesday, July 3.", JULY, "2024-07-03"),
        ("en", "The deal was signed on July 1st.", JULY, "2024-07-01"),
        ("en", "The deal was signed on the 1st of July.", JULY, "2024-07-01"),
    ],
)
def test_dates_weekday_and_day_number(lang: str, sentence: str, doc: EventDate,
                                      expected: str) -> None:
    assert event_date(sentence, doc, lang) == EventDate(expected, "day")


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("fr", "Il a été arrêté hier à Rabat.", "2024-07-02"),
        ("fr", "Les combats ont repris avant-hier soir.", "2024-07-01"),
        ("fr", "Le traité est signé aujourd'hui.", "2024-07-03"),
        ("fr", "Les négociations reprendront demain.", "2024-07-04"),
        ("en", "He was arrested yesterday in Rabat.", "2024-07-02"),
        ("en", "Fighting resumed the day before yesterday.", "2024-07-01"),
        ("en", "Today's talks were fruitful.", "2024-07-03"),
        ("en", "Talks will resume tomorrow.", "2024-07-04"),
    ],
)
def test_dates_relative_days(lang: str, sentence: str, expected: str) -> None:
    assert event_date(sentence, WED, lang) == EventDate(expected, "day")


@pytest.mark.parametrize(
    ("lang", "sentence", "doc", "expected"),
    [
        ("fr", "Le sommet se tiendra en septembre prochain.", WED, "2024-09"),
        ("fr", "Le sommet se tiendra en septembre prochain.", EventDate("2024-09-10", "day"),
         "2025-09"),
        ("fr", "Les élections ont eu lieu en mars dernier.", WED, "2024-03"),
        ("fr", "Les troupes se sont retirées début mars.", WED, "2024-03"),
        ("fr", "Une réunion est prévue mi-septembre.", WED, "2024-09"),
        ("fr", "La mission a été lancée en mars 2021.", WED, "2021-03"),
        ("en", "The summit will be held next September.", WED, "2024-09"),
        ("en", "The elections were held last March.", WED, "2024-03"),
        ("en", "Troops withdrew in early March.", WED, "2024-03"),
        ("en", "The mission was launched in May 2021.", WED, "2021-05"),
    ],
)
def test_dates_month_only_gives_month_precision(lang: str, sentence: str, doc: EventDate,
                                                expected: str) -> None:
    assert event_date(sentence, doc, lang) == EventDate(expected, "month")


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("fr", "L'accord a été signé le 13 mai 2023 à Genève.", "2023-05-13"),
        ("fr", "L'accord a été signé le 13/05/2023 à Genève.", "2023-05-13"),
        ("fr", "Il a été libéré le 13 mai.", "2024-05-13"),
        ("fr", "Les pourparlers du 13 au 15 mai 2022 ont échoué.", "2022-05-13"),
        ("en", "The agreement was signed on 13 May 2023 in Geneva.", "2023-05-13"),
        ("en", "The agreement was signed on May 13, 2023 in Geneva.", "2023-05-13"),
        ("en", "The agreement was signed on 05/13/2023 in Geneva.", "2023-05-13"),
        ("en", "The report is dated 2023-05-13.", "2023-05-13"),
        ("en", "He was released on May 13.", "2024-05-13"),
    ],
)
def test_dates_explicit_dates(lang: str, sentence: str, expected: str) -> None:
    assert event_date(sentence, WED, lang) == EventDate(expected, "day")


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("fr", "Le président a salué sa visite."),
        ("fr", "Le ministre a reçu sa délégation."),
        ("fr", "La sonde a atteint Mars après sept mois de voyage."),
        ("fr", "Le rapport parle de la mission vers mars et Jupiter."),
        ("fr", "Le bilan est de 13 morts."),
        ("fr", "Selon le rapport sur mars 12 sondes ont été lancées."),
        ("en", "Theresa May said the talks may resume."),
        ("en", "Protesters may march on parliament."),
        ("en", "The march ended peacefully."),
        ("en", "He expressed confidence in May's government."),
        ("en", "The bill passed with 213 votes."),
    ],
)
def test_dates_no_false_hits(lang: str, sentence: str) -> None:
    assert event_date(sentence, WED, lang) == WED


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [("fr", "Il s'exprimera jeudi 13h30 à Paris."), ("en", "He spoke on Thursday at 13:30.")],
)
def test_dates_clock_time_is_not_a_day_number(lang: str, sentence: str) -> None:
    assert event_date(sentence, WED, lang) == EventDate("2024-06-27", "day")


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("fr", "Il a démissionné la semaine dernière.", EventDate("2024-06", "month")),
        ("fr", "Les échanges ont doublé l'an dernier.", EventDate("2023", "year")),
        ("fr", "Le pays a adhéré en 2019.", EventDate("2019", "year")),
        ("en", "He resigned last week.", EventDate("2024-06", "month")),
        ("en", "Trade doubled last year.", EventDate("2023", "year")),
        ("en", "The country joined in 2019.", EventDate("2019", "year")),
    ],
)
def test_dates_relative_periods(lang: str, sentence: str, expected: EventDate) -> None:
    assert event_date(sentence, WED, lang) == expected


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [("fr", "Il a été arrêté jeudi."), ("fr", "Il a été arrêté hier."),
     ("en", "He was arrested on Thursday."), ("en", "He was arrested yesterday.")],
)
def test_dates_day_words_need_a_day_precise_document(lang: str, sentence: str) -> None:
    assert event_date(sentence, JULY, lang) == JULY
    assert event_date(sentence, EventDate(None, None), lang) == EventDate(None, None)


@pytest.mark.parametrize(
    ("lang", "published", "header", "expected"),
    [
        ("fr", "2024-07", _header(date_text="3 juillet"), EventDate("2024-07-03", "day")),
        ("fr", None, _header("2024-07", "3 juillet"), EventDate("2024-07-03", "day")),
        ("fr", "2024-01-05", _header(date_text="28 décembre"), EventDate("2023-12-28", "day")),
        ("fr", "2024-07-03T10:15:00+02:00", _header(), EventDate("2024-07-03", "day")),
        ("fr", "2024", _header(), EventDate("2024", "year")),
        ("en", "2023-11", _header(date_text="Nov 28"), EventDate("2023-11-28", "day")),
        ("en", "2023-11-29", _header(date_text="November 28"), EventDate("2023-11-28", "day")),
        ("en", "2024-07", _header(), EventDate("2024-07", "month")),
        ("en", "2024-07-02", _header(date_text="July 3"), EventDate("2024-07-03", "day")),
        ("fr", "2024-07-02", _header(date_text="3 juillet 2023"),
         EventDate("2023-07-03", "day")),
        ("en", None, _header(date_text="Nov. 28"), EventDate(None, None)),
        ("en", "not a date", _header(), EventDate(None, None)),
    ],
)
def test_dates_document_date(lang: str, published: str | None, header: Header,
                             expected: EventDate) -> None:
    assert document_date(published, header, lang) == expected


@pytest.mark.parametrize(
    ("lang", "sentence", "trigger", "expected"),
    [
        ("fr", "Jeudi, il a annoncé que le sommet se tiendrait en septembre prochain.",
         "annoncé", EventDate("2024-06-27", "day")),
        ("fr", "Jeudi, il a annoncé que le sommet se tiendrait en septembre prochain.",
         "tiendrait", EventDate("2024-09", "month")),
        ("en", "On Thursday he said the summit would be held next September.", "said",
         EventDate("2024-06-27", "day")),
        ("en", "On Thursday he said the summit would be held next September.", "held",
         EventDate("2024-09", "month")),
    ],
)
def test_dates_near_picks_the_closest_expression(lang: str, sentence: str, trigger: str,
                                                 expected: EventDate) -> None:
    assert event_date(sentence, WED, lang, near=sentence.index(trigger)) == expected


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        # `la veille` / `the day before` alone: the day before the document date
        ("fr", "Le chef de l'Etat avait reçu la veille l'émissaire de l'ONU.", WED),
        ("fr", "Les deux ministres s'étaient entretenus la veille au soir.", WED),
        ("en", "The envoy had met the foreign minister the day before.", WED),
        # the day before something else names no date of its own
        ("fr", "La veille du sommet, les ministres ont préparé la déclaration.", None),
        ("fr", "La veille de l'élection, l'opposition a manifesté.", None),
        ("en", "The day before the summit, ministers drafted the statement.", None),
    ],
)
def test_dates_the_day_before(lang: str, sentence: str, expected: EventDate | None) -> None:
    found = event_date(sentence, WED, lang)
    if expected is None:
        assert found == WED
    else:
        assert found == EventDate("2024-07-02", "day")
