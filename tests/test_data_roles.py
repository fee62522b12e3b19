"""Validation of data/lang/<xx>/roles.yaml (format: data/README.md, section roles.yaml)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).parents[1] / "src/wirecoder/data"
ROLE_FILES = {p.parent.name: p for p in sorted((DATA / "lang").glob("*/roles.yaml"))}
# CAMEO role codes a role word may take.
ALLOWED_ROLES = {"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "INS", "SEP", "CVL", "BUS",
                 "MED", "REL", "HLH", "LAB", "REF", "ELI", "SPY", "EDU", "CRM", "UAF", "AGR",
                 "ENV"}
ALLOWED_OFFICES = {"head_of_state", "head_of_government", "foreign_minister", "minister"}
# Offices the leaders table knows; a role file's office should be one of them or `minister`.
KEYS = {"role", "office", "forms", "posted", "heads_body", "coref_role", "with_country",
        "names_group", "acted_on", "befallen"}
ARTICLES = ("le ", "la ", "les ", "l'", "the ")
MIN_FORMS = 150
# Folded form -> set of (role, office) it may carry in one language; none today.
ALLOWED_SHARED: dict[str, set[tuple[str, str | None]]] = {}


def fold(text: str) -> str:
    """Lower case, accents stripped, typographic apostrophes folded, spaces collapsed."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(text.split())


def load(lang: str) -> list[dict]:
    return yaml.safe_load(ROLE_FILES[lang].read_text(encoding="utf-8"))


def index(lang: str) -> dict[str, set[tuple[str, str | None]]]:
    """Folded form -> every (role, office) the file gives it."""
    out: dict[str, set[tuple[str, str | None]]] = {}
    for entry in load(lang):
        for form in entry["forms"]:
            out.setdefault(fold(form), set()).add((entry["role"], entry.get("office")))
    return out


def test_roles_files_exist_for_french_and_english():
    assert {"fr", "en"} <= set(ROLE_FILES)


@pytest.mark.parametrize("lang", sorted(ROLE_FILES))
def test_roles_file_parses_with_known_keys(lang):
    entries = load(lang)
    assert isinstance(entries, list) and entries
    for entry in entries:
        assert isinstance(entry, dict)
        assert set(entry) <= KEYS and {"role", "forms"} <= set(entry), entry
        assert isinstance(entry["forms"], list) and entry["forms"], entry["role"]


@pytest.mark.parametrize("lang", sorted(ROLE_FILES))
def test_roles_codes_and_offices_in_allowed_sets(lang):
    for entry in load(lang):
        assert entry["role"] in ALLOWED_ROLES, entry["role"]
        if "office" in entry:
            assert entry["office"] in ALLOWED_OFFICES, entry["office"]
            assert entry["role"] == "GOV", entry


@pytest.mark.parametrize("lang", sorted(ROLE_FILES))
def test_roles_forms_are_clean_strings_without_article(lang):
    for entry in load(lang):
        for form in entry["forms"]:
            assert isinstance(form, str) and form and form.strip() == form, (entry["role"], form)
            assert "  " not in form, form
            assert not fold(form).startswith(ARTICLES), form


@pytest.mark.parametrize("lang", sorted(ROLE_FILES))
def test_roles_have_enough_forms(lang):
    assert sum(len(e["forms"]) for e in load(lang)) >= MIN_FORMS


@pytest.mark.parametrize("lang", sorted(ROLE_FILES))
def test_roles_no_form_listed_twice(lang):
    seen: dict[str, tuple[str, str | None]] = {}
    dupes = []
    for entry in load(lang):
        for form in entry["forms"]:
            key = fold(form)
            if key in seen:
                dupes.append((form, seen[key], (entry["role"], entry.get("office"))))
            seen[key] = (entry["role"], entry.get("office"))
    assert not dupes, dupes


@pytest.mark.parametrize("lang", sorted(ROLE_FILES))
def test_roles_no_form_with_two_readings(lang):
    clashes = {f: r for f, r in index(lang).items()
               if len(r) > 1 and r != ALLOWED_SHARED.get(f)}
    assert not clashes, clashes


def test_roles_languages_cover_the_same_role_codes():
    covered = {lang: {e["role"] for e in load(lang)} for lang in ROLE_FILES}
    union = set().union(*covered.values())
    for lang, roles in covered.items():
        assert roles == union, (lang, union - roles)


def test_roles_languages_cover_the_same_offices():
    offices = {lang: {e.get("office") for e in load(lang)} - {None} for lang in ROLE_FILES}
    for lang, found in offices.items():
        assert found == ALLOWED_OFFICES, (lang, ALLOWED_OFFICES - found)


@pytest.mark.parametrize("lang,form,role,office", [
    ("fr", "chef de la diplomatie", "GOV", "foreign_minister"),
    ("fr", "ministre des Affaires étrangères", "GOV", "foreign_minister"),
    ("fr", "président", "GOV", "head_of_state"),
    ("fr", "présidentes", "GOV", "head_of_state"),
    ("fr", "chef de l’Etat", "GOV", "head_of_state"),
    ("fr", "Première ministre", "GOV", "head_of_government"),
    ("fr", "chef du gouvernement", "GOV", "head_of_government"),
    ("fr", "ministre", "GOV", "minister"),
    ("fr", "ambassadrice", "GOV", None),
    ("fr", "manifestants", "OPP", None),
    ("fr", "militants", "OPP", None),
    ("fr", "rebelles", "REB", None),
    ("fr", "djihadistes", "INS", None),
    ("fr", "jihadistes", "INS", None),
    ("fr", "milices", "UAF", None),
    ("fr", "forces de sécurité", "COP", None),
    ("fr", "gendarmerie", "COP", None),
    ("fr", "soldats", "MIL", None),
    ("fr", "état-major", "MIL", None),
    ("fr", "députées", "LEG", None),
    ("fr", "président du Sénat", "LEG", None),
    ("fr", "cour suprême", "JUD", None),
    ("fr", "réfugiées", "REF", None),
    ("fr", "hommes d'affaires", "BUS", None),
    ("fr", "services de renseignement", "SPY", None),
    ("en", "protesters", "OPP", None),
    ("en", "demonstrators", "OPP", None),
    ("en", "militants", "INS", None),
    ("en", "president", "GOV", "head_of_state"),
    ("en", "head of state", "GOV", "head_of_state"),
    ("en", "prime minister", "GOV", "head_of_government"),
    ("en", "chancellor", "GOV", "head_of_government"),
    ("en", "foreign secretary", "GOV", "foreign_minister"),
    ("en", "secretary of state", "GOV", "foreign_minister"),
    ("en", "Foreign Minister", "GOV", "foreign_minister"),
    ("en", "spokeswoman", "GOV", None),
    ("en", "lawmakers", "LEG", None),
    ("en", "MPs", "LEG", None),
    ("en", "security forces", "COP", None),
    ("en", "troops", "MIL", None),
    ("en", "jihadists", "INS", None),
    ("en", "militia", "UAF", None),
    ("en", "refugees", "REF", None),
    ("en", "prosecutors", "JUD", None),
    ("en", "strikers", "LAB", None),
    ("en", "clergy", "REL", None),
    ("en", "spies", "SPY", None),
])
def test_roles_spot_checks(lang, form, role, office):
    assert index(lang).get(fold(form)) == {(role, office)}


@pytest.mark.parametrize("lang,forms", [
    ("fr", ["président", "présidente", "présidents", "présidentes"]),
    ("fr", ["ambassadeur", "ambassadrice", "ambassadeurs", "ambassadrices"]),
    ("fr", ["manifestant", "manifestante", "manifestants", "manifestantes"]),
    ("fr", ["policier", "policière", "policiers", "policières"]),
    ("fr", ["sénateur", "sénatrice", "sénateurs", "sénatrices"]),
    ("fr", ["journaliste", "journalistes"]),
    ("en", ["spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen"]),
    ("en", ["policeman", "policemen", "policewoman", "policewomen"]),
    ("en", ["congressman", "congresswoman", "congressmen", "congresswomen"]),
    ("en", ["protester", "protesters", "protestor", "protestors"]),
])
def test_roles_list_every_gender_and_number(lang, forms):
    idx = index(lang)
    missing = [f for f in forms if fold(f) not in idx]
    assert not missing
    assert len({frozenset(idx[fold(f)]) for f in forms}) == 1, forms


@pytest.mark.parametrize("lang,form", [
    ("fr", "presse"), ("fr", "cours"), ("fr", "élu"), ("fr", "responsable"), ("fr", "civil"),
    ("en", "pm"), ("en", "union"), ("en", "bank"), ("en", "intelligence"),
])
def test_roles_ambiguous_words_are_left_out(lang, form):
    assert fold(form) not in index(lang)


REFERENCE_KINDS = {"counterpart", "possessive_country", "region", "both_parties", "collective",
                   "ethnic", "group_anaphor", "body_anaphor", "headed_body", "three_parties",
                   "former", "state_anaphor", "neighbour_state", "culture", "regional_state",
                   "border", "body_kinds", "latter",
                   "outlet_anaphor", "foreign", "guest"}


@pytest.mark.parametrize("lang", sorted(ROLE_FILES))
def test_references_have_known_kinds_and_plain_forms(lang):
    refs = yaml.safe_load((DATA / "lang" / lang / "references.yaml").read_text(encoding="utf-8"))
    assert set(refs) <= REFERENCE_KINDS, set(refs) - REFERENCE_KINDS
    assert set(refs) == REFERENCE_KINDS, REFERENCE_KINDS - set(refs)
    for kind, forms in refs.items():
        if kind in ("regional_state", "body_kinds"):  # tested on their own
            continue
        if isinstance(forms, dict):  # form -> the countries it can stand for
            assert all(isinstance(c, list) and all(len(x) == 3 and x.isupper() for x in c)
                       for c in forms.values()), kind
        assert forms and all(isinstance(f, str) and f.strip() == f and f for f in forms), kind
        assert len({fold(f) for f in forms}) == len(forms), f"{kind}: a form is listed twice"


@pytest.mark.parametrize("lang", sorted(ROLE_FILES))
def test_references_body_kinds_name_types_organisations_have(lang):
    # each bare noun for a body names types that organisations.yaml gives some body, and is
    # read as a body's anaphor or a role
    refs = yaml.safe_load((DATA / "lang" / lang / "references.yaml").read_text(encoding="utf-8"))
    orgs = yaml.safe_load((DATA / "organisations.yaml").read_text(encoding="utf-8"))
    types = {t for o in orgs for t in o.get("types") or ()}
    roles = yaml.safe_load((DATA / "lang" / lang / "roles.yaml").read_text(encoding="utf-8"))
    role_forms = {fold(f) for spec in roles for f in spec.get("forms") or ()}
    kinds = refs["body_kinds"]
    assert isinstance(kinds, dict) and kinds
    for noun, named in kinds.items():
        assert isinstance(named, list) and named and set(named) <= types, noun
        assert fold(noun) in role_forms | {fold(f) for f in refs["body_anaphor"]}, noun


@pytest.mark.parametrize("lang,form,role,office", [
    ("en", "coast guards", "COP", None),
    ("en", "customs officials", "GOV", None),
    ("en", "central bank", "GOV", None),
    ("en", "electoral commission", "GOV", None),
    ("en", "ombudsman", "GOV", None),
    ("en", "chief of the general staff", "MIL", None),
    ("en", "minister of the interior", "GOV", "minister"),
    ("fr", "gardes-côtes", "COP", None),
    ("fr", "gardes-frontière", "COP", None),
    ("fr", "douaniers", "GOV", None),
    ("fr", "agents des douanes", "GOV", None),
    ("fr", "banque centrale", "GOV", None),
    ("fr", "commission électorale", "GOV", None),
    ("fr", "chef d'état-major des armées", "MIL", None),
])
def test_roles_added_officials_and_forces(lang, form, role, office):
    assert index(lang).get(fold(form)) == {(role, office)}


@pytest.mark.parametrize("lang,form", [("en", "settlers"), ("en", "settler"), ("fr", "colons")])
def test_roles_settlers_name_an_actor_only_with_their_country(lang, form):
    spec = next(s for s in yaml.safe_load(ROLE_FILES[lang].read_text(encoding="utf-8"))
                if form in s["forms"])
    assert spec["role"] == "CVL" and spec.get("with_country") is True


@pytest.mark.parametrize("lang,form", [("fr", "douane"), ("fr", "douanes"), ("en", "customs")])
def test_roles_customs_named_only_by_its_officers(lang, form):
    # `droits de douane`, `customs duties`: the bare word is a tax as often as a service
    assert fold(form) not in index(lang)


@pytest.mark.parametrize("lang,form,role", [
    ("en", "lawyers", "JUD"), ("en", "poachers", "CRM"), ("en", "mutineers", "OPP"),
    ("en", "vigilantes", "UAF"), ("en", "chamber of commerce", "BUS"),
    ("en", "republican guard", "MIL"), ("fr", "avocats", "JUD"), ("fr", "mutins", "OPP"),
    ("fr", "coupeurs de route", "CRM"), ("fr", "milices d'autodéfense", "UAF"),
    ("fr", "garde républicaine", "MIL"), ("fr", "CENI", "GOV"),
])
def test_roles_more_forms_added(lang, form, role):
    assert {r for r, _ in index(lang).get(fold(form), ())} == {role}
