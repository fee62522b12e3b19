"""Tests of the dispatch header and dateline parser."""

from __future__ import annotations

import pytest

from wirecoder.ingest.dateline import parse_header


@pytest.mark.parametrize(
    ("text", "place", "date_text", "agency", "body"),
    [
        ("Astana, 3 juillet, AZERTAC\n\nLe président Ilham Aliyev", "Astana", "3 juillet",
         "AZERTAC", "Le président"),
        ("Astana, 3 juillet, AZERTAC Le président a dit", "Astana", "3 juillet", "AZERTAC",
         "Le président"),
        ("PARIS, 28 novembre (Reuters) - Le gouvernement a", "PARIS", "28 novembre", "Reuters",
         "Le gouvernement"),
        ("PARIS (AFP) - Le Premier ministre a", "PARIS", None, "AFP", "Le Premier"),
        ("Rabat \u2013 Le roi Mohammed VI a reçu", "Rabat", None, None, "Le roi"),
        ("ALGER, le 3 juillet (APS) - Le ministre", "ALGER", "3 juillet", "APS", "Le ministre"),
        ("WASHINGTON, Nov 28 (Reuters) - The United States said", "WASHINGTON", "Nov 28",
         "Reuters", "The United"),
        ("MOSCOW, November 28. /TASS/. Russia and China", "MOSCOW", "November 28", "TASS",
         "Russia and"),
        ("Ankara (AA) - Turkey condemned", "Ankara", None, "AA", "Turkey condemned"),
        ("Beijing, Nov. 28 (Xinhua) -- China on Thursday", "Beijing", "Nov. 28", "Xinhua",
         "China on"),
        ("RIO DE JANEIRO, 3 juillet (AFP) - Le sommet", "RIO DE JANEIRO", "3 juillet", "AFP",
         "Le sommet"),
        ("PARIS, 28 novembre 2023 (AFP) - Le", "PARIS", "28 novembre 2023", "AFP", "Le"),
        ("NEW YORK (Reuters) - The council", "NEW YORK", None, "Reuters", "The council"),
        ("Washington, D.C., Nov. 28, 2023 (AP) -- The", "Washington, D.C.", "Nov. 28, 2023",
         "AP", "The"),
        ("Baku, July 3, AZERTAC\nPresident Ilham Aliyev", "Baku", "July 3", "AZERTAC",
         "President"),
        ("Moscou, 3 juillet (Sputnik) \u2014 La Russie", "Moscou", "3 juillet", "Sputnik",
         "La Russie"),
        ("N'Djamena, 3 juillet (APA) - Le", "N'Djamena", "3 juillet", "APA", "Le"),
        ("PARIS (AFP)\nLe président", "PARIS", None, "AFP", "Le président"),
    ],
)
def test_dateline_parses_wire_styles(text: str, place: str, date_text: str | None,
                                     agency: str | None, body: str) -> None:
    header = parse_header(text)
    assert (header.place, header.date_text, header.agency) == (place, date_text, agency)
    assert text[header.body_start:].startswith(body)


@pytest.mark.parametrize(
    ("text", "published", "place", "body"),
    [
        (" date 2024-07 Astana, 3 juillet, AZERTAC\n\nLe président", "2024-07", "Astana",
         "Le président"),
        ("date 2024-07-03\n\nAstana, 3 juillet, AZERTAC\nLe président", "2024-07-03", "Astana",
         "Le président"),
        ("   date 2023-11-28\nWASHINGTON, Nov 28 (Reuters) - The", "2023-11-28", "WASHINGTON",
         "The"),
        ("date 2024\nThe minister said", "2024", None, "The minister"),
        ("date 2024-07-03T10:15:00Z\n  Le président a dit", "2024-07-03T10:15:00Z", None,
         "Le président"),
    ],
)
def test_dateline_reads_header_line(text: str, published: str, place: str | None,
                                    body: str) -> None:
    header = parse_header(text)
    assert header.published == published
    assert header.place == place
    assert text[header.body_start:].startswith(body)


@pytest.mark.parametrize(
    "text",
    [
        "Le président a dit jeudi que les deux pays coopéreraient.",
        "Le président Ilham Aliyev a reçu son homologue.",
        "Paris, 3 juillet, Le président a dit que",
        "The president said on Thursday that talks would resume.",
        "The minister (left) said the talks were useful.",
        "  Kassym-Jomart Tokaïev a présenté ses félicitations.",
        "Officials in Washington, Nov 28 was the date, said",
        "Ilham Aliyev \u2013 qui préside le pays \u2013 a dit",
        "The Association of Southeast Asian Nations (ASEAN) summit has agreed",
    ],
)
def test_dateline_ignores_ordinary_sentences(text: str) -> None:
    header = parse_header(text)
    assert header.place is None and header.agency is None and header.date_text is None
    assert header.body_start == len(text) - len(text.lstrip())


@pytest.mark.parametrize("text", ["", "   \n", "date 2024-07\n"])
def test_dateline_handles_empty_bodies(text: str) -> None:
    header = parse_header(text)
    assert header.place is None
    assert text[header.body_start:] == ""


@pytest.mark.parametrize(
    ("text", "place", "date_text", "body"),
    [
        ("Bakou, 14 février (AZERTAC). Le chef de l'État a signé", "Bakou", "14 février",
         "Le chef"),
        ("Baku, February 14 (AZERTAC). The head of state signed", "Baku", "February 14", "The head"),
        ("TACHKENT (UzA). Le ministre ouzbek", "TACHKENT", None, "Le ministre"),
        ("ASTANA (Kazinform). The Kazakh minister", "ASTANA", None, "The Kazakh"),
    ],
)
def test_dateline_reads_a_full_stop_after_the_agency(text: str, place: str,
                                                     date_text: str | None, body: str) -> None:
    header = parse_header(text)
    assert (header.place, header.date_text) == (place, date_text)
    assert text[header.body_start:].startswith(body)
