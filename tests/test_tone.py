"""Tests of the lexicon-based tone score."""

from __future__ import annotations

import pytest

from wirecoder import resources
from wirecoder.attributes.tone import scored_words, tone


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les deux pays ont signé un accord de coopération et salué le succès."),
        ("fr", "Le président a présenté ses chaleureuses félicitations à son homologue."),
        ("fr", "Les belligérants ont conclu une trêve et promis une paix durable."),
        ("en", "The two countries signed a cooperation agreement and praised the talks' success."),
        ("en", "The president warmly congratulated his counterpart."),
        ("en", "The parties agreed a ceasefire and pledged a lasting peace."),
    ],
)
def test_tone_positive_sentences(lang: str, text: str) -> None:
    assert 0 < tone(text, lang) <= 10


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "L'attaque a fait douze morts et le gouvernement a condamné ces violences."),
        ("fr", "La crise s'aggrave : des bombardements ont tué des civils."),
        ("fr", "Les forces de sécurité ont arrêté des manifestants lors d'affrontements."),
        ("en", "The attack killed twelve people and the government condemned the violence."),
        ("en", "The crisis deepened as shelling killed civilians."),
        ("en", "Security forces arrested protesters during violent clashes."),
    ],
)
def test_tone_negative_sentences(lang: str, text: str) -> None:
    assert -10 <= tone(text, lang) < 0


@pytest.mark.parametrize(
    ("lang", "plain", "negated"),
    [
        ("fr", "Le ministre a condamné la décision.", "Le ministre n'a pas condamné la décision."),
        ("fr", "Les pourparlers ont été un succès.", "Les pourparlers ont eu lieu sans succès."),
        ("en", "The minister condemned the decision.", "The minister did not condemn it."),
        ("en", "The talks were a success.", "The talks were never a success."),
        ("en", "They will attack the town.", "They won't attack the town."),
    ],
)
def test_tone_negation_flips_sign(lang: str, plain: str, negated: str) -> None:
    assert tone(plain, lang) * tone(negated, lang) < 0


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [("fr", "La France n'a pas condamné l'attaque.", "l'attaque"),
     ("en", "The minister did not condemn the deadly attack.", "attack")],
)
def test_tone_negator_flips_only_the_next_word(lang: str, text: str, word: str) -> None:
    weights = dict(scored_words(text, lang)[1])
    assert weights[word] < 0


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [("fr", "Les ATTAQUÉS ont fui.", "attaques"), ("fr", "Des affrontements meurtriers.",
                                                    "affrontements"),
     ("en", "Killings continued.", "killings"), ("en", "Russia's invasion", "invasion")],
)
def test_tone_matches_folded_and_inflected_forms(lang: str, text: str, word: str) -> None:
    assert word in dict(scored_words(text, lang)[1])


@pytest.mark.parametrize(
    ("lang", "text"),
    [("fr", ""), ("fr", "Le président a reçu le ministre."), ("en", "   "),
     ("en", "The minister met the delegation on Tuesday.")],
)
def test_tone_neutral_or_empty_is_zero(lang: str, text: str) -> None:
    assert tone(text, lang) == 0.0


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_tone_is_clipped_and_proportional(lang: str) -> None:
    word = {"fr": "guerre", "en": "war"}[lang]
    assert tone(" ".join([word] * 5), lang) == -10.0
    filler = " ".join(["x"] * 99)
    assert tone(f"{word} {filler}", lang) == pytest.approx(-3.0)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_tone_lexicon_is_large_and_well_formed(lang: str) -> None:
    rows = resources.tsv(f"lang/{lang}/tone.tsv")
    scored = [r for r in rows if r["polarity"] != "negator"]
    assert len(scored) >= 300
    assert all(-3 <= float(r["polarity"]) <= 3 and float(r["polarity"]) != 0 for r in scored)
    assert len({r["form"] for r in rows}) == len(rows)
    assert any(r["polarity"] == "negator" for r in rows)


def test_tone_unknown_language_is_neutral() -> None:
    assert tone("Krieg und Frieden", "de") == 0.0
