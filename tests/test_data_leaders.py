"""Validation of src/wirecoder/data/leaders.tsv (format: see src/wirecoder/data/README.md)."""
from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import defaultdict
from pathlib import Path

import pytest

LEADERS = Path(__file__).parents[1] / "src" / "wirecoder" / "data" / "leaders.tsv"
HEADER = ["person", "country", "office", "start", "end", "names"]
OFFICES = {"head_of_state", "head_of_government", "foreign_minister"}
# "Today" for the data set: terms with an empty end are in office on this date.
AS_OF = dt.date(2026, 12, 1)

# The 193 UN member states (ISO 3166 alpha-3), written out here so that coverage is
# checked against an independent list and not against the file itself.
UN_MEMBERS = {"AFG", "ALB", "DZA", "AND", "AGO", "ATG", "ARG", "ARM", "AUS", "AUT", "AZE", "BHS", "BHR", "BGD", "BRB", "BLR", "BEL", "BLZ", "BEN", "BTN", "BOL", "BIH", "BWA", "BRA", "BRN", "BGR", "BFA", "BDI", "CPV", "KHM", "CMR", "CAN", "CAF", "TCD", "CHL", "CHN", "COL", "COM", "COG", "CRI", "CIV", "HRV", "CUB", "CYP", "CZE", "PRK", "COD", "DNK", "DJI", "DMA", "DOM", "ECU", "EGY", "SLV", "GNQ", "ERI", "EST", "SWZ", "ETH", "FJI", "FIN", "FRA", "GAB", "GMB", "GEO", "DEU", "GHA", "GRC", "GRD", "GTM", "GIN", "GNB", "GUY", "HTI", "HND", "HUN", "ISL", "IND", "IDN", "IRN", "IRQ", "IRL", "ISR", "ITA", "JAM", "JPN", "JOR", "KAZ", "KEN", "KIR", "KWT", "KGZ", "LAO", "LVA", "LBN", "LSO", "LBR", "LBY", "LIE", "LTU", "LUX", "MDG", "MWI", "MYS", "MDV", "MLI", "MLT", "MHL", "MRT", "MUS", "MEX", "FSM", "MDA", "MCO", "MNG", "MNE", "MAR", "MOZ", "MMR", "NAM", "NRU", "NPL", "NLD", "NZL", "NIC", "NER", "NGA", "MKD", "NOR", "OMN", "PAK", "PLW", "PAN", "PNG", "PRY", "PER", "PHL", "POL", "PRT", "QAT", "KOR", "ROU", "RUS", "RWA", "KNA", "LCA", "VCT", "WSM", "SMR", "STP", "SAU", "SEN", "SRB", "SYC", "SLE", "SGP", "SVK", "SVN", "SLB", "SOM", "ZAF", "SSD", "ESP", "LKA", "SDN", "SUR", "SWE", "CHE", "SYR", "TJK", "THA", "TLS", "TGO", "TON", "TTO", "TUN", "TUR", "TKM", "TUV", "UGA", "UKR", "ARE", "GBR", "TZA", "USA", "URY", "UZB", "VUT", "VEN", "VNM", "YEM", "ZMB", "ZWE"}
EXTRA = {"PSE", "TWN", "XKX", "VAT"}  # and the Holy See, a UN observer
# UN members deliberately without a single current head of state in the file:
# AND (two co-princes, one of them the French president), SMR (two captains regent
# rotating every six months), HTI (office vacant, executive held by the prime minister),
# PER (president inaugurated 2026-07-28 not yet confirmed from a source).
NO_SINGLE_HEAD_OF_STATE = {"AND", "SMR", "HTI", "PER"}

# Priority countries whose heads of state and of government are covered back to 2000.
HISTORY_2000 = ["USA", "RUS", "CHN", "FRA", "GBR", "DEU", "JPN", "ITA", "CAN", "IND", "IDN", "KOR", "MEX", "ARG", "BRA", "AUS", "ZAF", "SAU", "TUR", "AZE", "KAZ", "ARM", "GEO", "UZB", "TKM", "KGZ", "TJK", "IRN", "ISR", "PSE", "LBN", "JOR", "EGY", "ARE", "QAT", "DZA", "MAR", "TUN", "LBY", "MLI", "NER", "BFA", "TCD", "SEN", "UKR", "BLR", "POL"]


def _load():
    lines = LEADERS.read_text(encoding="utf-8").splitlines()
    body = [l for l in lines if l.strip() and not l.startswith("#")]
    header = body[0].split("\t")
    rows = [l.split("\t") for l in body[1:]]
    return lines, header, rows


LINES, HEADER_ROW, ROWS = _load()


def _date(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def _interval(row):
    """Half-open interval [start, end); an open term runs past AS_OF."""
    start = _date(row[3])
    end = _date(row[4]) if row[4] else dt.date.max
    return start, end


def _holders(country: str, office: str, day: dt.date):
    out = []
    for r in ROWS:
        if r[1] == country and r[2] == office:
            s, e = _interval(r)
            if s <= day < e or (s == day == e):
                out.append(r)
    return out


def test_data_leaders_file_starts_with_source_comments():
    assert LINES[0].startswith("#")
    comments = [l for l in LINES if l.startswith("#")]
    assert any("source" in l.lower() for l in comments)


def test_data_leaders_header_and_six_columns():
    assert HEADER_ROW == HEADER
    assert len(ROWS) > 600
    bad = [r for r in ROWS if len(r) != 6]
    assert not bad, bad[:5]


def test_data_leaders_fields_non_empty_and_trimmed():
    for r in ROWS:
        assert r[0] and r[0] == r[0].strip(), r
        assert r[5] and r[5] == r[5].strip(), r


def test_data_leaders_offices_allowed():
    assert {r[2] for r in ROWS} <= OFFICES
    assert {r[2] for r in ROWS} == OFFICES


def test_data_leaders_country_codes_three_upper_letters():
    for r in ROWS:
        assert re.fullmatch(r"[A-Z]{3}", r[1]), r
    assert {r[1] for r in ROWS} <= UN_MEMBERS | EXTRA


def test_data_leaders_dates_valid_and_ordered():
    for r in ROWS:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r[3]), r
        start = _date(r[3])
        assert start <= AS_OF, r
        if r[4]:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r[4]), r
            end = _date(r[4])
            assert start <= end, r
            assert end <= AS_OF, r


def test_data_leaders_names_include_canonical_person():
    for r in ROWS:
        variants = r[5].split("|")
        assert all(v.strip() == v and v for v in variants), r
        assert len(variants) == len(set(variants)), r
        assert r[0] in variants, r


def test_data_leaders_no_overlapping_terms_same_person_same_office():
    terms = defaultdict(list)
    for r in ROWS:
        terms[(r[0], r[1], r[2])].append(_interval(r))
    for key, ivs in terms.items():
        ivs.sort()
        for (s1, e1), (s2, e2) in itertools.pairwise(ivs):
            assert s2 >= e1, (key, s1, e1, s2, e2)


def test_data_leaders_one_holder_per_office_at_a_time():
    # Hand-overs are written with end == next start (half-open intervals), so the
    # check is exact: no tolerance is needed.
    terms = defaultdict(list)
    for r in ROWS:
        terms[(r[1], r[2])].append((*_interval(r), r[0]))
    for key, ivs in terms.items():
        ivs.sort()
        for (s1, e1, p1), (s2, e2, p2) in itertools.pairwise(ivs):
            assert s2 >= e1, (key, p1, s1, e1, p2, s2)


def test_data_leaders_at_most_one_open_term_per_office():
    open_terms = defaultdict(list)
    for r in ROWS:
        if not r[4]:
            open_terms[(r[1], r[2])].append(r[0])
    multi = {k: v for k, v in open_terms.items() if len(v) > 1}
    assert not multi, multi


def test_data_leaders_current_head_of_state_coverage():
    current = {r[1] for r in ROWS if r[2] == "head_of_state" and not r[4]}
    assert len(current) >= 190
    assert EXTRA <= current
    assert UN_MEMBERS - current <= NO_SINGLE_HEAD_OF_STATE, sorted(UN_MEMBERS - current)


def test_data_leaders_current_head_of_government_coverage():
    current = {r[1] for r in ROWS if r[2] == "head_of_government" and not r[4]}
    assert len(current & UN_MEMBERS) >= 185


def test_data_leaders_current_foreign_minister_coverage():
    current = {r[1] for r in ROWS if r[2] == "foreign_minister" and not r[4]}
    assert len(current & UN_MEMBERS) >= 140


# Countries without a head of government on some of the sampled dates (office abolished
# or not yet created): PSE before 2003, SEN 2019-2022, TCD 2018-2021.
NO_HEAD_OF_GOVERNMENT_SOMETIMES = {"PSE", "SEN", "TCD"}


@pytest.mark.parametrize("country", HISTORY_2000)
def test_data_leaders_history_back_to_2000(country):
    # Somebody holds the offices on dates spread since 2000 (LBN had a vacant presidency
    # in 2007-2008, 2014-2016 and 2022-2025, so the dates avoid those gaps).
    for day in (dt.date(2000, 12, 31), dt.date(2012, 6, 30), dt.date(2020, 6, 30)):
        assert len(_holders(country, "head_of_state", day)) == 1, (country, day)
        if country not in NO_HEAD_OF_GOVERNMENT_SOMETIMES:
            assert len(_holders(country, "head_of_government", day)) == 1, (country, day)


@pytest.mark.parametrize(
    "variant, country, office, day",
    [
        ("Tokayev", "KAZ", "head_of_state", "2024-07-03"),
        ("Tokaïev", "KAZ", "head_of_state", "2024-07-03"),
        ("Aliyev", "AZE", "head_of_state", "2024-07-03"),
        ("Ilham Aliev", "AZE", "head_of_state", "2024-07-03"),
        ("Nursultan Nazarbayev", "KAZ", "head_of_state", "2005-01-01"),
        ("Putin", "RUS", "head_of_government", "2010-01-01"),
        ("Poutine", "RUS", "head_of_state", "2024-07-03"),
        ("Medvedev", "RUS", "head_of_state", "2010-01-01"),
        ("Mirziyoyev", "UZB", "head_of_state", "2024-07-03"),
        ("Mirzioïev", "UZB", "head_of_state", "2024-07-03"),
        ("Erdogan", "TUR", "head_of_state", "2024-07-03"),
        ("Sissi", "EGY", "head_of_state", "2024-07-03"),
        ("Kaïs Saïed", "TUN", "head_of_state", "2024-07-03"),
        ("Mahmoud Abbas", "PSE", "head_of_state", "2024-07-03"),
        ("Xi Jinping", "CHN", "head_of_state", "2024-07-03"),
        ("Emmanuel Macron", "FRA", "head_of_state", "2024-07-03"),
        ("Lavrov", "RUS", "foreign_minister", "2024-07-03"),
        ("Jeyhun Bayramov", "AZE", "foreign_minister", "2024-07-03"),
        ("Ali Asadov", "AZE", "head_of_government", "2024-07-03"),
        ("Olzhas Bektenov", "KAZ", "head_of_government", "2024-07-03"),
        ("Joe Biden", "USA", "head_of_state", "2024-07-03"),
        ("Joe Biden", "USA", "head_of_government", "2024-07-03"),
        ("Rishi Sunak", "GBR", "head_of_government", "2024-07-03"),
        ("Keir Starmer", "GBR", "head_of_government", "2024-07-06"),
        ("Narendra Modi", "IND", "head_of_government", "2024-07-03"),
    ],
)
def test_data_leaders_spot_checks(variant, country, office, day):
    holders = _holders(country, office, _date(day))
    assert len(holders) == 1, holders
    assert variant in holders[0][5].split("|"), holders[0]


def test_data_leaders_spot_check_not_holding():
    # Negative checks: a lookup on the wrong date or office must fail.
    on = dt.date(2024, 7, 3)
    assert not any("Tokayev" in r[5].split("|") for r in _holders("KAZ", "head_of_government", on))
    assert not any("Putin" in r[5].split("|") for r in _holders("RUS", "head_of_government", on))
    assert not any("Nazarbayev" in r[5].split("|") for r in _holders("KAZ", "head_of_state", on))


def test_data_leaders_both_offices_only_where_really_held():
    # Presidential systems list the president under both offices; parliamentary and
    # semi-presidential ones do not.
    on = dt.date(2024, 7, 3)
    for country in ("USA", "BRA", "MEX", "IDN", "ZAF", "TUR", "TKM"):
        hs = _holders(country, "head_of_state", on)
        hg = _holders(country, "head_of_government", on)
        assert hs and hg and hs[0][0] == hg[0][0], country
    for country in ("FRA", "RUS", "KAZ", "AZE", "DEU", "GBR", "EGY", "UZB"):
        hs = _holders(country, "head_of_state", on)
        hg = _holders(country, "head_of_government", on)
        assert hs and hg and hs[0][0] != hg[0][0], country


def test_data_leaders_short_surnames_not_listed_alone():
    # Surname-only variants must be distinctive: a bare common surname would match
    # unrelated people.
    banned = {"Kim", "Lee", "Khan", "Ali", "Li", "Wang", "Singh", "Park", "Hassan", "Mohamed",
              "Mohammed", "Ahmed", "Sharif", "Rahman", "Traoré", "Diop", "Maïga", "Ba", "Sall",
              # ordinary words or place names in French or English text
              "Hollande", "Chrétien", "Séjourné", "Borne", "Philippe", "Henri", "Guillaume",
              "Montenegro", "Magyar", "Cleverly", "Straw", "Hague", "Toledo", "Lagos", "Lasso",
              "Boko", "Chapo", "Dar", "ADO", "Costa", "Martin", "Johnson", "Brown"}
    for r in ROWS:
        assert not banned & set(r[5].split("|")), r


@pytest.mark.parametrize(
    "variant, country, office, day, previous",
    [
        # Iraq's parliament elected a new president on 2026-04-11.
        ("Nizar Amedi", "IRQ", "head_of_state", "2026-04-11", "Abdul Latif Rashid"),
        # Côte d'Ivoire's government of 2026-01-23 moved Nialé Kaba to foreign affairs.
        ("Kaba Nialé", "CIV", "foreign_minister", "2026-01-23", "Léon Kacou Adom"),
        # Madagascar after the change of power of October 2025.
        ("Razanamahasoa", "MDG", "foreign_minister", "2025-11-15", None),
        ("Rajaonarison", "MDG", "head_of_government", "2026-03-15", None),
        # Tonga: a new prime minister after the elections of November 2025; the
        # Crown Prince is foreign minister under both prime ministers.
        ("Fakafanua", "TON", "head_of_government", "2025-12-15", "Aisake Eke"),
        ("Tupouto'a Ulukalala", "TON", "foreign_minister", "2025-03-01", None),
        ("Tupouto'a Ulukalala", "TON", "foreign_minister", "2026-06-01", None),
    ],
)
def test_data_leaders_changes_of_2025_2026(variant, country, office, day, previous):
    on = _date(day)
    holders = _holders(country, office, on)
    assert len(holders) == 1 and variant in holders[0][5].split("|"), holders
    if previous:
        before = _holders(country, office, on - dt.timedelta(days=1))
        assert [r[0] for r in before] == [previous], before


def test_data_leaders_madagascar_government_dismissed_2026():
    # The whole government was dismissed on 2026-03-09: its foreign minister's term
    # ends there, and no successor is listed until one is confirmed.
    on = dt.date(2026, 3, 10)
    assert not _holders("MDG", "head_of_government", on)
    assert not _holders("MDG", "foreign_minister", on)
