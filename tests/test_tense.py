"""A verb's tense as modality reads it, from its form when the morphology says nothing."""

import pytest
import spacy
from spacy.tokens import Doc

from wirecoder.events.tense import verb_tense

FRENCH = spacy.blank("fr").vocab


@pytest.mark.parametrize("form, lemma, tense", [
    # built on the infinitive: the future and conditional endings
    ("rencontrera", "rencontrer", "future"),
    ("signeront", "signer", "future"),
    ("rencontrerait", "rencontrer", "conditional"),
    ("déploieraient", "déployer", "conditional"),
    # near misses: a present and a past participle
    ("rencontre", "rencontrer", None),
    ("signé", "signer", None),
])
def test_tense_of_a_french_verb_without_morphology_comes_from_its_ending(form, lemma, tense):
    doc = Doc(FRENCH, words=["Paris", form], lemmas=["Paris", lemma])
    assert verb_tense(doc[1]) == tense


def test_verb_tense_is_read_once_per_verb_and_document():
    from wirecoder.nlp import pipeline
    doc = pipeline("en")("Chile will recall its envoy from Lima.")
    recall = next(t for t in doc if t.text == "recall")
    assert verb_tense(recall) == "future"
    assert verb_tense.table(doc) == {recall.i: "future"}
