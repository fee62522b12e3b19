"""Validation of data/organisations.yaml (format: data/README.md, section organisations.yaml)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).parents[1] / "src/wirecoder/data"
ORGS_FILE = DATA / "organisations.yaml"
LANGS = ("en", "fr")
KINDS = {"IGO", "NGO"}
KEYS = {"code", "kind", "en", "fr", "acronyms"}
# Codes that would not start with IGO/NGO; none today. Add one here only with a reason.
EXTRA_CODES: set[str] = set()
# Folded name / acronym -> codes allowed to share it within a language; none today.
ALLOWED_SHARED: dict[str, set[str]] = {}
ARTICLES = ("le ", "la ", "les ", "l'", "the ")
# Words that an acronym would become once lower-cased; they must never be a bare name.
COMMON_WORDS = {"un", "une", "au", "aux", "eu", "ue", "or", "is", "it", "as", "at", "us", "who",
                "on", "ou", "et", "est", "sa", "se", "ce", "des", "du", "de", "am", "an", "in"}


def fold(text: str) -> str:
    """Lower case, accents stripped, typographic apostrophes folded, spaces collapsed."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(text.split())


def load() -> list[dict]:
    return yaml.safe_load(ORGS_FILE.read_text(encoding="utf-8"))


ORGS = load()


def lookup(lang: str, text: str) -> set[str]:
    """Codes a mention resolves to: names folded, acronyms exact (case-sensitive)."""
    found = {o["code"] for o in ORGS if fold(text) in {fold(n) for n in o[lang]}}
    found |= {o["code"] for o in ORGS if text in o["acronyms"][lang]}
    return found


def test_organisations_file_parses_as_list_of_entries():
    assert isinstance(ORGS, list)
    assert len(ORGS) >= 70
    for org in ORGS:
        assert isinstance(org, dict), org
        assert KEYS <= set(org) <= KEYS | {"types"}, org.get("code")


def test_organisations_codes_are_unique_uppercase_segments():
    codes = [o["code"] for o in ORGS]
    assert len(codes) == len(set(codes)), sorted(c for c in codes if codes.count(c) > 1)
    for code in codes:
        assert re.fullmatch(r"(?:[A-Z]{3})+", code), code
        assert code[:3] in KINDS or code in EXTRA_CODES, code


def test_organisations_kind_matches_code_prefix():
    for org in ORGS:
        assert org["kind"] in KINDS, org["code"]
        assert org["code"].startswith(org["kind"]), org["code"]


def test_organisations_every_entry_has_names_in_each_language():
    for org in ORGS:
        for lang in LANGS:
            names = org[lang]
            assert isinstance(names, list) and names, (org["code"], lang)
            assert all(isinstance(n, str) and n.strip() == n and n for n in names), org["code"]
            assert isinstance(org["acronyms"], dict), org["code"]
            assert set(org["acronyms"]) == set(LANGS), org["code"]
            assert all(isinstance(a, str) and a and " " not in a
                       for a in org["acronyms"][lang]), org["code"]


def test_organisations_names_have_no_leading_article():
    for org in ORGS:
        for lang in LANGS:
            for name in org[lang]:
                assert not fold(name).startswith(ARTICLES), (org["code"], name)


def test_organisations_bare_acronyms_stay_out_of_case_insensitive_names():
    for org in ORGS:
        for lang in LANGS:
            for name in org[lang]:
                assert fold(name) not in COMMON_WORDS, (org["code"], name)
                bare_acronym = name.isalpha() and name.isupper() and len(name) <= 6
                assert not bare_acronym, f"{org['code']}: move {name!r} to acronyms"


def test_organisations_acronyms_carry_capitals():
    # Matched case-sensitively, so an all-lower-case acronym would make no sense.
    for org in ORGS:
        for lang in LANGS:
            for acro in org["acronyms"][lang]:
                assert any(c.isupper() for c in acro), (org["code"], acro)


@pytest.mark.parametrize("lang", LANGS)
def test_organisations_no_form_names_two_organisations(lang):
    owners: dict[str, set[str]] = {}
    for org in ORGS:
        forms = {fold(n) for n in org[lang]}
        for form in forms:
            owners.setdefault(form, set()).add(org["code"])
        for acro in set(org["acronyms"][lang]):
            owners.setdefault("acronym:" + acro, set()).add(org["code"])
    clashes = {f: c for f, c in owners.items()
               if len(c) > 1 and c != ALLOWED_SHARED.get(f)}
    assert not clashes, clashes


@pytest.mark.parametrize("lang", LANGS)
def test_organisations_no_name_repeated_within_an_entry(lang):
    for org in ORGS:
        folded = [fold(n) for n in org[lang]]
        assert len(folded) == len(set(folded)), (org["code"], lang)
        acros = org["acronyms"][lang]
        assert len(acros) == len(set(acros)), (org["code"], lang)


@pytest.mark.parametrize("lang,text,code", [
    ("fr", "OCS", "IGOSCO"),
    ("fr", "Organisation de coopération de Shanghai", "IGOSCO"),
    ("en", "SCO", "IGOSCO"),
    ("fr", "Organisation des États turciques", "IGOOTS"),
    ("fr", "organisation des etats turciques", "IGOOTS"),
    ("fr", "OET", "IGOOTS"),
    ("en", "Organization of Turkic States", "IGOOTS"),
    ("en", "NATO", "IGOWSTNAT"),
    ("fr", "OTAN", "IGOWSTNAT"),
    ("fr", "Otan", "IGOWSTNAT"),
    ("en", "United Nations", "IGOUNO"),
    ("fr", "ONU", "IGOUNO"),
    ("en", "UN", "IGOUNO"),
    ("fr", "Nations Unies", "IGOUNO"),
    ("en", "European Union", "IGOEUREEC"),
    ("fr", "UE", "IGOEUREEC"),
    ("fr", "Conseil de sécurité de l’ONU", "IGOUNOUSC"),
    ("fr", "CEDEAO", "IGOWAFWAS"),
    ("en", "ECOWAS", "IGOWAFWAS"),
    ("fr", "Union africaine", "IGOAFRAFU"),
    ("fr", "CEI", "IGOCASCIS"),
    ("fr", "OTSC", "IGOCST"),
    ("fr", "Ligue arabe", "IGOMEAARL"),
    ("fr", "FMI", "IGOBUSIMF"),
    ("fr", "Banque mondiale", "IGOUNODEVWBK"),
    ("fr", "CPI", "IGOJUDICC"),
    ("fr", "CICR", "NGOHLHIRC"),
    ("fr", "Médecins sans frontières", "NGOHLHMSF"),
    ("en", "Human Rights Watch", "NGOHRIHRW"),
    ("fr", "Alliance des États du Sahel", "IGOWAFAES"),
])
def test_organisations_spot_checks(lang, text, code):
    assert lookup(lang, text) == {code}


@pytest.mark.parametrize("lang,text", [
    ("fr", "un"), ("fr", "au"), ("fr", "eu"), ("fr", "Un"), ("en", "who"), ("en", "or"),
    ("en", "is"), ("en", "un"),
])
def test_organisations_common_words_resolve_to_nothing(lang, text):
    assert lookup(lang, text) == set()


def test_organisations_organs_extend_an_existing_parent_code():
    codes = {o["code"] for o in ORGS}
    for child, parent in [("IGOUNOUSC", "IGOUNO"), ("IGOUNOUGA", "IGOUNO"),
                          ("IGOEUREECGOV", "IGOEUREEC"), ("IGOEUREECLEG", "IGOEUREEC"),
                          ("IGOUNOPKOMSM", "IGOUNOPKO"), ("IGOEURCOEJUD", "IGOEURCOE")]:
        assert child in codes and parent in codes
        assert child.startswith(parent)


def test_organisations_types_are_known_and_listed_once():
    # `types` (optional) says what kind of body an organisation is, for the bare nouns
    # that point back to it (`the court`, `the alliance`, `the bloc`)
    typed = [o for o in ORGS if "types" in o]
    assert typed
    for org in typed:
        assert isinstance(org["types"], list) and org["types"], org["code"]
        assert set(org["types"]) <= {"court", "alliance", "union"}, org["code"]
        assert len(org["types"]) == len(set(org["types"])), org["code"]


@pytest.mark.parametrize("lang,text,code", [
    # bodies the tables lacked: a UN fund, an ASEAN forum, the BRICS bank and the African
    # Union's Somalia mission under its three names (AMISOM, ATMIS from 2022, AUSSOM from 2025)
    ("en", "International Fund for Agricultural Development", "IGOUNOAGRIFD"),
    ("en", "IFAD", "IGOUNOAGRIFD"),
    ("fr", "FIDA", "IGOUNOAGRIFD"),
    ("en", "ASEAN Regional Forum", "IGOSEAASNARF"),
    ("fr", "Forum régional de l'ASEAN", "IGOSEAASNARF"),
    ("en", "New Development Bank", "IGOBRINDB"),
    ("fr", "Nouvelle banque de développement", "IGOBRINDB"),
    ("en", "AUSSOM", "IGOAFRAFUPKOSOM"),
    ("fr", "ATMIS", "IGOAFRAFUPKOSOM"),
    ("en", "AMISOM", "IGOAFRAFUPKOSOM"),
    ("fr", "Mission de transition de l'Union africaine en Somalie", "IGOAFRAFUPKOSOM"),
])
def test_organisations_regional_and_specialised_bodies(lang, text, code):
    assert lookup(lang, text) == {code}


def test_organisations_missions_and_banks_extend_their_parents_code():
    codes = {o["code"] for o in ORGS}
    for child, parent in [("IGOAFRAFUPKOSOM", "IGOAFRAFU"), ("IGOBRINDB", "IGOBRI"),
                          ("IGOSEAASNARF", "IGOSEAASN"), ("IGOUNOAGRIFD", "IGOUNO")]:
        assert child in codes and parent in codes and child.startswith(parent)
