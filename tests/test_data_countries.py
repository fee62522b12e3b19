"""Integrity of the country tables: countries.tsv and lang/<xx>/countries.yaml."""

import csv
import re
import unicodedata
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parent.parent / "src" / "wirecoder" / "data"
LANGS = ("fr", "en")
FIELDS = ("names", "demonyms", "capitals", "seats")


def _rows() -> list[dict[str, str]]:
    with open(DATA / "countries.tsv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


ROWS = _rows()
CODES = [r["code"] for r in ROWS]
LEX = {
    lang: yaml.safe_load((DATA / "lang" / lang / "countries.yaml").read_text("utf-8"))
    for lang in LANGS
}


def norm(form: str) -> str:
    """Fold a form the way the matcher does (case, accents, apostrophes), hyphens as spaces."""
    s = (
        unicodedata.normalize("NFKD", form.replace("\u2019", "'"))
        .encode("ascii", "ignore")
        .decode()
    )
    return re.sub(r"[\s\-]+", " ", s.lower()).strip()


def forms(entry: dict, field: str) -> list[str]:
    return [x if isinstance(x, str) else x["form"] for x in entry.get(field) or []]


def index(lang: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for code, entry in LEX[lang].items():
        for field in FIELDS:
            for f in forms(entry, field):
                out.setdefault(norm(f), set()).add(code)
    return out


def lookup(lang: str, field: str, form: str) -> set[str]:
    return {c for c, e in LEX[lang].items() if norm(form) in {norm(f) for f in forms(e, field)}}


def test_countries_tsv_columns():
    with open(DATA / "countries.tsv", encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
    assert header[:5] == ["code", "iso2", "kind", "name", "capital"]
    assert "aliases" in header
    assert all(len(r) == len(header) and None not in r for r in ROWS)


def test_countries_codes_are_unique_alpha3():
    assert all(re.fullmatch(r"[A-Z]{3}", c) for c in CODES)
    assert len(CODES) == len(set(CODES))


def test_countries_iso2_unique():
    iso2 = [r["iso2"] for r in ROWS]
    assert all(re.fullmatch(r"[A-Z]{2}", c) for c in iso2)
    assert len(iso2) == len(set(iso2))


def test_countries_kinds_and_un_membership():
    kinds = [r["kind"] for r in ROWS]
    assert set(kinds) <= {"member", "observer", "territory"}
    assert kinds.count("member") == 193
    assert {r["code"] for r in ROWS if r["kind"] == "observer"} == {"PSE", "VAT"}


@pytest.mark.parametrize("code", ["TWN", "XKX", "HKG", "MAC", "PRI", "GRL", "ESH"])
def test_countries_news_territories_present(code):
    assert code in CODES


def test_countries_members_have_name_and_capital():
    for r in ROWS:
        assert r["name"].strip(), r
        if r["kind"] == "member":
            assert r["capital"].strip(), r


def test_countries_aliases_are_codes_that_collide_with_nothing():
    seen: set[str] = set()
    for r in ROWS:
        for a in filter(None, r["aliases"].split("|")):
            assert re.fullmatch(r"[A-Z]{3}", a), (r["code"], a)
            assert a not in CODES, (r["code"], a)
            assert a not in seen, a
            seen.add(a)


@pytest.mark.parametrize(
    "code,alias", [("JPN", "JAP"), ("ITA", "ITL"), ("VNM", "VTN"), ("ROU", "ROM")]
)
def test_countries_legacy_cameo_aliases(code, alias):
    row = next(r for r in ROWS if r["code"] == code)
    assert alias in row["aliases"].split("|")


@pytest.mark.parametrize("lang", LANGS)
def test_countries_yaml_covers_exactly_the_table(lang):
    assert set(LEX[lang]) == set(CODES)


@pytest.mark.parametrize("lang", LANGS)
def test_countries_yaml_entries_well_formed(lang):
    for code, entry in LEX[lang].items():
        assert set(entry) <= {*FIELDS, "demonyms_shared_with", "names_shared",
                              "capital_stands_for", "cities"}, code
        shared = entry.get("demonyms_shared_with")
        if shared:
            assert shared in CODES and shared != code, (code, shared)
        assert forms(entry, "names"), f"{lang} {code}: no name"
        assert forms(entry, "demonyms"), f"{lang} {code}: no demonym"
        for field in FIELDS:
            for f in forms(entry, field):
                assert f == f.strip() and f, (code, field, f)
        for seat in entry.get("seats") or []:
            if isinstance(seat, dict):
                assert set(seat) == {"form", "role"} and re.fullmatch(r"[A-Z]{3}", seat["role"]), (
                    seat
                )


@pytest.mark.parametrize("lang", LANGS)
def test_countries_no_form_maps_to_two_codes(lang):
    clashes = {f: cs for f, cs in index(lang).items() if len(cs) > 1}
    assert not clashes


@pytest.mark.parametrize("lang", LANGS)
def test_countries_names_have_no_leading_article(lang):
    articles = ("le ", "la ", "les ", "l'", "the ")
    allowed = {
        "la paz",
        "le caire",
        "le cap",
        "la havane",
        "la valette",
        "la haye",
        "la moneda",
        "la moneda palace",
        "the hague",
    }
    for code, entry in LEX[lang].items():
        for field in FIELDS:
            for f in forms(entry, field):
                n = norm(f)
                assert not n.startswith(articles) or n in allowed, (code, f)


def test_countries_fr_demonyms_are_lower_case():
    for code, entry in LEX["fr"].items():
        for d in forms(entry, "demonyms"):
            assert d == d.lower(), (code, d)


def test_countries_fr_demonyms_come_in_several_forms():
    # Most French demonyms vary in gender and number; those ending in -e vary in number only.
    for code, entry in LEX["fr"].items():
        ds = forms(entry, "demonyms")
        invariable_gender = all(d.endswith(("e", "es")) for d in ds)
        assert len(set(ds)) >= (2 if invariable_gender else 3), (code, ds)


FR_DEMONYMS = [
    ("AZE", "azerbaïdjanais azerbaïdjanaise azerbaïdjanaises"),
    ("KAZ", "kazakh kazakhe kazakhs kazakhes"),
    ("KAZ", "kazakhstanais kazakhstanaise kazakhstanaises"),
    ("USA", "américain américaine américains américaines"),
    ("FRA", "français française françaises"),
    ("DEU", "allemand allemande allemands allemandes"),
    ("GBR", "britannique britanniques"),
    ("RUS", "russe russes"),
    ("CHN", "chinois chinoise chinoises"),
    ("JPN", "japonais japonaise japonaises"),
    ("ITA", "italien italienne italiens italiennes"),
    ("ESP", "espagnol espagnole espagnols espagnoles"),
    ("TUR", "turc turque turcs turques"),
    ("GRC", "grec grecque grecs grecques"),
    ("UKR", "ukrainien ukrainienne ukrainiens ukrainiennes"),
    ("IRN", "iranien iranienne iraniens iraniennes"),
    ("ISR", "israélien israélienne israéliens israéliennes"),
    ("PSE", "palestinien palestinienne palestiniens palestiniennes"),
    ("SAU", "saoudien saoudienne saoudiens saoudiennes"),
    ("EGY", "égyptien égyptienne égyptiens égyptiennes"),
    ("DZA", "algérien algérienne algériens algériennes"),
    ("MAR", "marocain marocaine marocains marocaines"),
    ("TUN", "tunisien tunisienne tunisiens tunisiennes"),
    ("IND", "indien indienne indiens indiennes"),
    ("PAK", "pakistanais pakistanaise pakistanaises"),
    ("AFG", "afghan afghane afghans afghanes"),
    ("SYR", "syrien syrienne syriens syriennes"),
    ("IRQ", "irakien irakienne irakiens irakiennes"),
    ("LBN", "libanais libanaise libanaises"),
    ("GEO", "géorgien géorgienne géorgiens géorgiennes"),
    ("ARM", "arménien arménienne arméniens arméniennes"),
    ("UZB", "ouzbek ouzbèke ouzbeks ouzbèkes"),
    ("KGZ", "kirghiz kirghize kirghizes"),
    ("TJK", "tadjik tadjike tadjiks tadjikes"),
    ("TKM", "turkmène turkmènes"),
    ("BLR", "biélorusse biélorusses"),
    ("POL", "polonais polonaise polonaises"),
    ("LVA", "letton lettonne lettons lettonnes"),
    ("CAN", "canadien canadienne canadiens canadiennes"),
    ("BRA", "brésilien brésilienne brésiliens brésiliennes"),
    ("MLI", "malien malienne maliens maliennes"),
    ("SEN", "sénégalais sénégalaise sénégalaises"),
    ("CIV", "ivoirien ivoirienne ivoiriens ivoiriennes"),
    ("QAT", "qatari qatarie qataris qataries"),
    ("KOR", "sud-coréen sud-coréenne sud-coréens sud-coréennes"),
    ("PRK", "nord-coréen nord-coréenne nord-coréens nord-coréennes"),
]


@pytest.mark.parametrize("code,expected", FR_DEMONYMS)
def test_countries_fr_demonym_gender_and_number(code, expected):
    have = set(forms(LEX["fr"][code], "demonyms"))
    assert set(expected.split()) <= have


@pytest.mark.parametrize(
    "lang,field,form,code",
    [
        ("fr", "demonyms", "azerbaïdjanaise", "AZE"),
        ("fr", "demonyms", "kazakhe", "KAZ"),
        ("fr", "demonyms", "Kazakhstanais", "KAZ"),
        ("fr", "demonyms", "azéri", "AZE"),
        ("fr", "names", "États-Unis", "USA"),
        ("fr", "names", "Etats-Unis", "USA"),
        ("fr", "names", "Russie", "RUS"),
        ("fr", "names", "Royaume-Uni", "GBR"),
        ("fr", "names", "Grande-Bretagne", "GBR"),
        ("fr", "names", "Côte d’Ivoire", "CIV"),
        ("fr", "names", "RDC", "COD"),
        ("fr", "names", "RD Congo", "COD"),
        ("fr", "names", "Congo-Kinshasa", "COD"),
        ("fr", "names", "Congo", "COG"),
        ("fr", "names", "Guinée", "GIN"),
        ("fr", "names", "Corée du Sud", "KOR"),
        ("fr", "names", "Corée-du-Sud", "KOR"),
        ("fr", "names", "Kosovo", "XKX"),
        ("fr", "capitals", "Moscou", "RUS"),
        ("fr", "capitals", "Bakou", "AZE"),
        ("fr", "capitals", "Astana", "KAZ"),
        ("fr", "capitals", "Nur-Sultan", "KAZ"),
        ("fr", "seats", "Kremlin", "RUS"),
        ("fr", "seats", "Élysée", "FRA"),
        ("fr", "seats", "Maison-Blanche", "USA"),
        ("fr", "seats", "Quai d'Orsay", "FRA"),
        ("fr", "seats", "Pentagone", "USA"),
        ("en", "demonyms", "Kazakhstani", "KAZ"),
        ("en", "demonyms", "Kazakhs", "KAZ"),
        ("en", "demonyms", "Azerbaijani", "AZE"),
        ("en", "demonyms", "Britons", "GBR"),
        ("en", "demonyms", "Americans", "USA"),
        ("en", "names", "Britain", "GBR"),
        ("en", "names", "Great Britain", "GBR"),
        ("en", "names", "U.S.", "USA"),
        ("en", "names", "United States", "USA"),
        ("en", "names", "Ivory Coast", "CIV"),
        ("en", "names", "Turkey", "TUR"),
        ("en", "capitals", "Baku", "AZE"),
        ("en", "capitals", "Kyiv", "UKR"),
        ("en", "seats", "White House", "USA"),
        ("en", "seats", "Downing Street", "GBR"),
        ("en", "seats", "Zhongnanhai", "CHN"),
    ],
)
def test_countries_spot_checks(lang, field, form, code):
    assert lookup(lang, field, form) == {code}


@pytest.mark.parametrize("lang,form", [("fr", "Pentagone"), ("en", "Pentagon")])
def test_countries_pentagon_is_military(lang, form):
    seats = [s for s in LEX[lang]["USA"]["seats"] if isinstance(s, dict) and s["form"] == form]
    assert seats and seats[0]["role"] == "MIL"


@pytest.mark.parametrize(
    "lang,form",
    [
        ("fr", "Corée"),  # two Koreas
        ("fr", "Réunion"),  # the word for meeting
        ("fr", "Grenade"),  # the weapon
        ("fr", "Maurice"),  # a first name
        ("fr", "EAU"),  # water
        ("en", "Korean"),
        ("en", "Reunion"),
        ("en", "English"),  # the language
        ("en", "Male"),
        ("en", "CAR"),
    ],
)
def test_countries_ambiguous_common_words_left_out(lang, form):
    assert norm(form) not in index(lang)


@pytest.mark.parametrize("lang", LANGS)
def test_countries_yaml_cities_are_another_countrys_capital(lang):
    # `cities` only lists a city named like another country's capital (Tripoli of Lebanon)
    capitals = {norm(f): code for code, e in LEX[lang].items() for f in forms(e, "capitals")}
    for code, entry in LEX[lang].items():
        for city in forms(entry, "cities"):
            assert capitals.get(norm(city)) not in (None, code), (lang, code, city)


@pytest.mark.parametrize("lang,field,form", [
    ("en", "names", "Kampuchea"),
    ("en", "demonyms", "Kampuchean"),
    ("fr", "names", "Kampuchéa"),
    ("fr", "demonyms", "kampuchéens"),
])
def test_countries_cambodia_by_its_former_name(lang, field, form):
    # the name of the state from 1975 to 1989, still read in dispatches of those years
    assert lookup(lang, field, form) == {"KHM"}
