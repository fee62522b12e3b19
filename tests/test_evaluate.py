"""Scoring: matching levels, optional events, legacy codes, per-language tallies."""

from wirecoder.evaluate import by_class, canonical, matches, score_document, tally
from wirecoder.model import Actor, Event, Place


def ev(src, code, tgt, date="2024-07-03", place=None, plover=None, conf=0.8):
    return Event(event_id="x", doc_id="d", lang="fr", sentence_index=0, evidence="",
                 evidence_start=0, evidence_end=0,
                 source=Actor("s", src) if src else None, target=Actor("t", tgt) if tgt else None,
                 code=code, date=date, plover=plover, confidence=conf,
                 place=Place(place, "KAZ", 0.0, 0.0) if place else None)


GOLD = {"source": ["AZEGOV"], "target": ["KAZGOV"], "codes": ["040", "042"],
        "date": "2024-07-03", "location": "Astana"}


def test_evaluate_root_level_needs_root_and_countries():
    assert matches(ev("AZEMIL", "043", "KAZ"), GOLD, "root")
    assert not matches(ev("AZEGOV", "051", "KAZGOV"), GOLD, "root")
    assert not matches(ev("AZEGOV", "040", "RUSGOV"), GOLD, "root")


def test_evaluate_full_level_needs_exact_code_and_actors():
    assert matches(ev("AZEGOV", "042", "KAZGOV"), GOLD, "full")
    assert not matches(ev("AZEGOV", "043", "KAZGOV"), GOLD, "full")
    assert not matches(ev("AZE", "040", "KAZGOV"), GOLD, "full")


def test_evaluate_attributes_level_checks_date_and_place():
    assert matches(ev("AZEGOV", "040", "KAZGOV", place="Astana"), GOLD, "attributes")
    assert not matches(ev("AZEGOV", "040", "KAZGOV", place="Baku"), GOLD, "attributes")
    assert not matches(ev("AZEGOV", "040", "KAZGOV", date="2024-07", place="Astana"), GOLD,
                       "attributes")


def test_evaluate_empty_target_matches_only_no_target():
    gold = {"source": "RUSGOV", "target": "", "code": "010"}
    assert matches(ev("RUSGOV", "010", None), gold, "full")
    assert not matches(ev("RUSGOV", "010", "UKR"), gold, "root")


def test_evaluate_plover_only_gold_uses_category():
    gold = {"source": "HUNGOV", "target": "", "plover": "AGREE"}
    assert matches(ev("HUNGOV", "030", None, plover="AGREE"), gold, "root")
    assert not matches(ev("HUNGOV", "030", None, plover="CONSULT"), gold, "root")


def test_evaluate_legacy_cameo_country_codes_are_equivalent():
    assert canonical("JAPGOV") == "JPNGOV"
    assert matches(ev("JPNGOV", "010", None), {"source": "JAPGOV", "target": "", "code": "010"},
                   "full")


def test_evaluate_each_gold_event_matched_once_and_optional_not_missed():
    gold = [dict(GOLD), {**GOLD, "codes": ["051"], "required": False}]
    preds = [ev("AZEGOV", "040", "KAZGOV"), ev("AZEGOV", "040", "KAZGOV"),
             ev("RUSGOV", "190", "UKR")]
    res = score_document("d", "fr", preds, gold)
    scores = tally([res])
    root = scores["all"]["root"]
    assert (root["tp"], root["fp"], root["fn"]) == (1, 2, 0)
    assert root["required_found"] == 1 and root["required"] == 1
    assert scores["fr"]["root"] == root
    assert root["precision"] == round(1 / 3, 3) and root["recall"] == 1.0


def test_evaluate_matching_is_largest_not_first_come():
    # The surer prediction fits both gold events; the other fits only the first. Taking the
    # first for the surer one would leave a gold event missed that could be found.
    gold = [{"source": "AZEGOV", "target": ["KAZGOV", "RUSGOV"], "code": "040"},
            {"source": "AZEGOV", "target": "KAZGOV", "code": "040"}]
    preds = [ev("AZEGOV", "040", "KAZGOV", conf=0.9), ev("AZEGOV", "040", "RUSGOV", conf=0.5)]
    for level in ("root", "full"):
        scores = tally([score_document("d", "fr", preds, gold)])["all"][level]
        assert (scores["tp"], scores["fp"], scores["fn"]) == (2, 0, 0)


def test_evaluate_matching_prefers_the_gold_of_the_same_sentence():
    gold = [{"source": "AZEGOV", "target": "KAZGOV", "code": "040", "evidence": "Ils se sont vus."},
            {"source": "AZEGOV", "target": "KAZGOV", "code": "040",
             "evidence": "Aliyev a rencontré Tokaïev."}]
    pred = ev("AZEGOV", "040", "KAZGOV")
    pred.evidence = "Aliyev a rencontré Tokaïev."
    assert score_document("d", "fr", [pred], gold).matched["root"] == {0: 1}


def test_evaluate_by_class_counts_matches_and_misses_under_gold_and_extras_under_own():
    gold = [dict(GOLD), {"source": "RUSGOV", "target": "UKR", "codes": ["190"]}]
    preds = [ev("AZEGOV", "043", "KAZGOV", plover="CONSULT"),
             ev("RUSGOV", "112", "UKR", plover="ACCUSE")]
    res = score_document("d", "fr", preds, gold)
    roots = by_class([res], "root")
    assert (roots["04"]["tp"], roots["04"]["fp"], roots["04"]["fn"]) == (1, 0, 0)
    assert (roots["11"]["tp"], roots["11"]["fp"]) == (0, 1)
    assert (roots["19"]["tp"], roots["19"]["fn"]) == (0, 1)
    plover_gold = [{"source": "RUSGOV", "target": "UKR", "plover": "ACCUSE"}]
    categories = by_class([score_document("d", "en", preds, plover_gold)], "plover")
    assert categories["ACCUSE"]["tp"] == 1 and categories["CONSULT"]["fp"] == 1


def test_evaluate_gold_conventions_follow_what_the_gold_gives():
    from wirecoder.evaluate import gold_conventions

    plover_only = [{"gold": [{"source": "ARM", "target": "", "plover": "AGREE"}]},
                   {"gold": []}]
    with_codes = [{"gold": [{"source": "ARM", "target": "AZE", "plover": "AGREE", "code": "057"}]},
                  {"gold": [{"source": "ARM", "target": "", "plover": "AGREE"}]}]
    assert gold_conventions(plover_only)[0] == "plover"
    assert gold_conventions(with_codes)[0] == "cameo"
    assert gold_conventions([{"gold": []}])[0] == "cameo"
