"""Validation of data/groups.yaml (format: data/README.md, section groups.yaml)."""

from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).parents[1] / "src/wirecoder/data"
GROUPS_FILE = DATA / "groups.yaml"
ORGS_FILE = DATA / "organisations.yaml"
LANGS = ("en", "fr")
KEYS = {"code", "kind", "en", "fr", "acronyms"}
# First segment: a country of countries.tsv, or one of these international prefixes.
INTERNATIONAL = {"IMG", "IGO", "NGO"}
# Second segment: the roles the file's header allows (INS and SEP are deliberately absent).
ROLES = {"REB", "UAF", "CRM", "PTY", "OPP", "GOV", "MIL", "LAB", "MED", "HRI", "HLH", "BUS"}
# Third segment: ethnic (KUR, TAM) or religious (MOS, on IMG codes only) codes.
IDENTITIES = {"KUR", "TAM", "MOS"}
ARTICLES = ("le ", "la ", "les ", "l'", "the ")
# Acronyms of two characters or fewer allowed, per language; anything else short is refused.
SHORT_ACRONYMS = {"en": set(), "fr": {"EI", "RN", "LR"}}
# Words that a form would become once lower-cased; they must never be a bare name.
COMMON_WORDS = {"is", "ei", "un", "une", "au", "eu", "or", "it", "as", "at", "us", "who", "on",
                "ou", "et", "est", "sa", "se", "ce", "des", "du", "de", "am", "an", "in",
                "labour", "labor", "congress", "congrès", "republicans", "républicains",
                "democrats", "démocrates", "ligue", "renaissance", "azov", "amal",
                "memorial", "front", "party", "parti", "movement", "mouvement"}


def fold(text: str) -> str:
    """Lower case, accents stripped, typographic apostrophes folded, spaces collapsed."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(text.split())


GROUPS = yaml.safe_load(GROUPS_FILE.read_text(encoding="utf-8"))
ORGS = yaml.safe_load(ORGS_FILE.read_text(encoding="utf-8"))
with (DATA / "countries.tsv").open(encoding="utf-8") as f:
    COUNTRIES = {row["code"] for row in csv.DictReader(f, delimiter="\t")}


def label(entry: dict) -> str:
    return f"{entry['code']} {entry['en'][0]}"


def names(entry: dict, lang: str) -> set[str]:
    """Folded names the coder loads for a language: the language's own, plus the English ones."""
    return {fold(n) for n in entry[lang]} | {fold(n) for n in entry["en"]}


def own_acronyms(entry: dict, lang: str) -> list[str]:
    """A language's acronyms as written, `{form: RSF, when: SDN}` by its form."""
    return [a if isinstance(a, str) else a["form"] for a in entry["acronyms"][lang]]


def acronyms(entry: dict, lang: str) -> set[str]:
    """Acronyms the coder loads for a language and reads in any text (not those read only in a
    text naming a given country)."""
    acros = entry.get("acronyms") or {}
    return {a for a in [*(acros.get(lang) or []), *(acros.get("en") or [])] if isinstance(a, str)}


def lookup(lang: str, text: str) -> set[str]:
    """Codes a mention resolves to: names folded, acronyms exact (case-sensitive)."""
    found = {g["code"] for g in GROUPS if fold(text) in names(g, lang)}
    return found | {g["code"] for g in GROUPS if text in acronyms(g, lang)}


def test_groups_file_parses_as_list_of_entries():
    assert isinstance(GROUPS, list)
    assert len(GROUPS) >= 150
    for group in GROUPS:
        assert isinstance(group, dict), group
        assert KEYS <= set(group) <= KEYS | {"leaders"}, group.get("code")


def test_groups_kind_is_group():
    for group in GROUPS:
        assert group["kind"] == "GROUP", label(group)


def test_groups_codes_are_country_then_role_segments():
    for group in GROUPS:
        code = group["code"]
        assert re.fullmatch(r"(?:[A-Z]{3})+", code), code
        assert len(code) % 3 == 0 and 6 <= len(code) <= 9, code
        assert code[:3] in COUNTRIES or code[:3] in INTERNATIONAL, label(group)
        assert code[3:6] in ROLES, label(group)
        if len(code) == 9:
            assert code[6:] in IDENTITIES, label(group)
            assert (code[6:] == "MOS") == (code[:3] == "IMG"), label(group)


def test_groups_every_entry_has_names_in_each_language():
    for group in GROUPS:
        for lang in LANGS:
            forms = group[lang]
            assert isinstance(forms, list) and forms, (label(group), lang)
            assert all(isinstance(n, str) and n and n.strip() == n for n in forms), label(group)
        assert isinstance(group["acronyms"], dict), label(group)
        assert set(group["acronyms"]) == set(LANGS), label(group)
        for lang in LANGS:
            acros = group["acronyms"][lang]
            assert isinstance(acros, list), (label(group), lang)
            assert all(isinstance(a, str) or set(a) == {"form", "when"} and a["when"] in COUNTRIES
                       for a in acros), label(group)
            # a form read only in a text naming a country may be a phrase (`Kurdish fighters`)
            assert all(a and " " not in a for a in acros if isinstance(a, str)), label(group)


def test_groups_names_have_no_leading_article():
    for group in GROUPS:
        for lang in LANGS:
            for name in group[lang]:
                assert not fold(name).startswith(ARTICLES), (label(group), name)


def test_groups_bare_acronyms_and_common_words_stay_out_of_names():
    for group in GROUPS:
        for lang in LANGS:
            for name in group[lang]:
                assert fold(name) not in COMMON_WORDS, (label(group), name)
                bare_acronym = name.isalpha() and name.isupper() and len(name) <= 6
                assert not bare_acronym, f"{label(group)}: move {name!r} to acronyms"


@pytest.mark.parametrize("lang", LANGS)
def test_groups_short_acronyms_only_from_the_documented_list(lang):
    for group in GROUPS:
        for acro in own_acronyms(group, lang):
            assert any(c.isupper() for c in acro), (label(group), acro)
            if len(acro) <= 2:
                assert acro in SHORT_ACRONYMS[lang], (label(group), acro)
    assert "IS" not in {a for g in GROUPS for lang_ in LANGS for a in own_acronyms(g, lang_)}


@pytest.mark.parametrize("lang", LANGS)
def test_groups_no_name_repeated_within_an_entry(lang):
    for group in GROUPS:
        folded = [fold(n) for n in group[lang]]
        assert len(folded) == len(set(folded)), (label(group), lang)
        acros = own_acronyms(group, lang)
        assert len(acros) == len(set(acros)), (label(group), lang)


@pytest.mark.parametrize("lang", LANGS)
def test_groups_no_form_names_two_groups(lang):
    owners: dict[str, set[str]] = {}
    for group in GROUPS:
        for form in names(group, lang):
            owners.setdefault(form, set()).add(label(group))
        for acro in acronyms(group, lang):
            owners.setdefault("acronym:" + acro, set()).add(label(group))
    clashes = {f: o for f, o in owners.items() if len(o) > 1}
    assert not clashes, clashes


@pytest.mark.parametrize("lang", LANGS)
def test_groups_no_form_shared_with_organisations(lang):
    org_forms = {fold(n) for o in ORGS for n in [*o[lang], *o["en"]]}
    org_acros = {a for o in ORGS for a in [*o["acronyms"].get(lang, []), *o["acronyms"].get("en", [])]}
    for group in GROUPS:
        assert not names(group, lang) & org_forms, (label(group), names(group, lang) & org_forms)
        assert not acronyms(group, lang) & org_acros, (label(group),
                                                        acronyms(group, lang) & org_acros)


@pytest.mark.parametrize("lang", LANGS)
def test_groups_no_form_is_a_country_or_role_form(lang):
    lang_dir = DATA / "lang" / lang
    taken: set[str] = set()
    countries = yaml.safe_load((lang_dir / "countries.yaml").read_text(encoding="utf-8"))
    for spec in countries.values():
        for key in ("names", "demonyms", "capitals"):
            taken |= {fold(f) for f in spec.get(key) or []}
        taken |= {fold(s if isinstance(s, str) else s["form"]) for s in spec.get("seats") or []}
    for spec in yaml.safe_load((lang_dir / "roles.yaml").read_text(encoding="utf-8")) or []:
        taken |= {fold(f) for f in spec.get("forms") or []}
    for group in GROUPS:
        assert not names(group, lang) & taken, (label(group), names(group, lang) & taken)


@pytest.mark.parametrize("lang,text,code", [
    ("en", "Hamas", "PSEREB"),
    ("fr", "Hamas", "PSEREB"),
    ("en", "Hezbollah", "LBNREB"),
    ("en", "Hizbollah", "LBNREB"),
    ("fr", "Hizballah", "LBNREB"),
    ("en", "Taliban", "AFGGOV"),
    ("fr", "talibans", "AFGGOV"),
    ("fr", "Pakistani Taliban", "PAKREB"),
    ("fr", "État islamique", "IMGREBMOS"),
    ("fr", "Etat islamique", "IMGREBMOS"),
    ("fr", "EI", "IMGREBMOS"),
    ("fr", "Daech", "IMGREBMOS"),
    ("en", "ISIS", "IMGREBMOS"),
    ("en", "Islamic State", "IMGREBMOS"),
    ("en", "al-Qaeda", "IMGREBMOS"),
    ("en", "al Qaida", "IMGREBMOS"),
    ("fr", "Al-Qaïda", "IMGREBMOS"),
    ("fr", "AQMI", "DZAREB"),
    ("en", "AQAP", "YEMREB"),
    ("en", "Boko Haram", "NGAREB"),
    ("fr", "Boko Haram", "NGAREB"),
    ("en", "FARC", "COLREB"),
    ("fr", "FARC", "COLREB"),
    ("fr", "Forces armées révolutionnaires de Colombie", "COLREB"),
    ("en", "Houthis", "YEMREB"),
    ("fr", "Ansar Allah", "YEMREB"),
    ("en", "PKK", "TURREBKUR"),
    ("fr", "FDS", "SYRREBKUR"),
    ("en", "HTS", "SYRREB"),
    ("fr", "FSR", "SDNREB"),
    ("en", "Rapid Support Forces", "SDNREB"),
    ("fr", "GSIM", "MLIREB"),
    ("en", "JNIM", "MLIREB"),
    ("en", "al-Shabaab", "SOMREB"),
    ("fr", "shebab", "SOMREB"),
    ("en", "M23", "CODREB"),
    ("fr", "Front Polisario", "ESHREB"),
    ("fr", "groupe Wagner", "RUSUAF"),
    ("fr", "Wagner", "RUSUAF"),
    ("en", "Qaeda in the Arabian Peninsula", "YEMREB"),
    ("en", "Qaeda", "IMGREBMOS"),
    ("fr", "Frères musulmans", "EGYOPP"),
    ("en", "Palestine Liberation Organization", "PSEGOV"),
    ("fr", "OLP", "PSEGOV"),
    ("fr", "UNITA", "AGOPTY"),
    ("en", "ANC", "ZAFPTY"),
    ("fr", "Rassemblement national", "FRAPTY"),
    ("fr", "RN", "FRAPTY"),
    ("fr", "France insoumise", "FRAPTY"),
    ("fr", "parti Les Républicains", "FRAPTY"),
    ("en", "GOP", "USAPTY"),
    ("en", "Labour Party", "GBRPTY"),
    ("en", "Tories", "GBRPTY"),
    ("en", "AfD", "DEUPTY"),
    ("en", "Sinaloa Cartel", "MEXCRM"),
    ("fr", "CGT", "FRALAB"),
    ("en", "Al Jazeera", "QATMED"),
    ("en", "LTTE", "LKAREBTAM"),
])
def test_groups_spot_checks(lang, text, code):
    assert lookup(lang, text) == {code}


@pytest.mark.parametrize("lang,text", [
    ("en", "is"), ("en", "IS"), ("en", "Is"), ("fr", "ei"), ("fr", "Ei"), ("en", "EI"),
    ("en", "labour"), ("en", "Congress"), ("en", "Republicans"), ("fr", "Républicains"),
    ("fr", "ligue"), ("en", "Azov"), ("en", "Amal"), ("en", "Renaissance"),
    ("fr", "forces libanaises"), ("en", "RSF"), ("fr", "RSF"), ("en", "IRA"), ("en", "PTI"),
    ("en", "rn"), ("fr", "rn"), ("fr", "lr"),
])
def test_groups_common_words_and_ambiguous_forms_resolve_to_nothing(lang, text):
    assert lookup(lang, text) == set()


@pytest.mark.parametrize("lang,text,code", [
    # Mali's separatist coalition before the FLA, Ethiopia's Amhara militia named bare, the
    # Congolese rebel alliance written with its main member, a French spelling of a Burmese army
    ("fr", "Cadre stratégique permanent", "MLIREB"),
    ("en", "CSP-DPA", "MLIREB"),
    ("en", "Fano", "ETHUAF"),
    ("fr", "AFC/M23", "CODREB"),
    ("fr", "Armée de l'Arakan", "MMRREB"),
])
def test_groups_added_armed_groups_spot_checks(lang, text, code):
    assert lookup(lang, text) == {code}


@pytest.mark.parametrize("lang,text", [("en", "CSP"), ("fr", "CSP"), ("en", "AFC"), ("fr", "AFC")])
def test_groups_common_acronyms_are_read_only_in_a_text_about_their_country(lang, text):
    # CSP and AFC stand for many things: the Malian coalition and the Congolese alliance only
    # in a text naming Mali or the DRC (`when`), so never in any text
    assert lookup(lang, text) == set()
    assert any(isinstance(a, dict) and a["form"] == text and a["when"]
               for g in GROUPS for a in (g.get("acronyms") or {}).get(lang) or [])
