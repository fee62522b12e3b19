"""A verb's object that the parser hung below a prepositional phrase between the verb and it
(`a reçu jeudi au palais de la présidence son homologue`) goes back to the verb."""

import pytest
import spacy
from spacy.tokens import Doc

from wirecoder.nlp import pipeline
from wirecoder.stranded_object_repair import repair_stranded_objects

VOCAB = spacy.blank("fr").vocab


def _doc(words, heads, deps, pos):
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos,
               sent_starts=[True] + [False] * (len(words) - 1))


# `Le président a reçu au palais de Dakar son homologue Ghazouani .`
RECEIVED = ["Le", "président", "a", "reçu", "au", "palais", "de", "Dakar", "son", "homologue",
            "Ghazouani", "."]
RECEIVED_POS = ["DET", "NOUN", "AUX", "VERB", "ADP", "NOUN", "ADP", "PROPN", "DET", "NOUN",
                "PROPN", "PUNCT"]


@pytest.mark.parametrize("heads, deps", [
    # the counterpart an adjective of the palace, the name its conjunct
    ([1, 3, 3, 3, 5, 3, 7, 5, 9, 5, 5, 3],
     ["det", "nsubj", "aux:tense", "ROOT", "case", "obl:arg", "case", "nmod", "det", "amod",
      "conj", "punct"]),
    # the counterpart the object of the city, the name the verb's object
    ([1, 3, 3, 3, 5, 3, 7, 5, 9, 7, 3, 3],
     ["det", "nsubj", "aux:tense", "ROOT", "case", "obl:arg", "case", "nmod", "det", "obj",
      "obj", "punct"]),
])
def test_a_determined_noun_hung_below_an_oblique_is_the_verbs_object(heads, deps):
    doc = repair_stranded_objects(_doc(RECEIVED, heads, deps, RECEIVED_POS))
    assert (doc[9].dep_, doc[9].head.i) == ("obj", 3)
    assert (doc[10].dep_, doc[10].head.i) == ("appos", 9)
    assert doc[5].head.i == 3 and doc[7].head.i == 5


def test_a_noun_after_a_comma_below_an_oblique_stays():
    # near miss: `a parlé au palais de Dakar, son siège .`: a comma sets the phrase off
    words = ["Le", "président", "a", "parlé", "au", "palais", "de", "Dakar", ",", "son",
             "siège", "."]
    heads = [1, 3, 3, 3, 5, 3, 7, 5, 10, 10, 5, 3]
    doc = repair_stranded_objects(_doc(
        words, heads, ["det", "nsubj", "aux:tense", "ROOT", "case", "obl", "case", "nmod",
                       "punct", "det", "appos", "punct"],
        ["DET", "NOUN", "AUX", "VERB", "ADP", "NOUN", "ADP", "PROPN", "PUNCT", "DET", "NOUN",
         "PUNCT"]))
    assert [t.head.i for t in doc] == heads


def test_a_passive_verb_takes_no_stranded_object():
    # near miss: `Le président a été reçu au palais son homologue`-like noise on a passive verb
    words = ["Le", "chef", "a", "été", "reçu", "au", "palais", "le", "lendemain", "."]
    heads = [1, 4, 4, 4, 4, 6, 4, 8, 6, 4]
    doc = repair_stranded_objects(_doc(
        words, heads, ["det", "nsubj:pass", "aux:tense", "aux:pass", "ROOT", "case", "obl",
                       "det", "nmod", "punct"],
        ["DET", "NOUN", "AUX", "AUX", "VERB", "ADP", "NOUN", "DET", "NOUN", "PUNCT"]))
    assert [t.head.i for t in doc] == heads


@pytest.mark.parametrize("lang, text, verb, obj, dep", [
    ("fr", ("Le président Kagame a reçu jeudi au palais de la présidence à Dakar son "
            "homologue Tshisekedi."), "reçu", "homologue", "obj"),
    ("fr", ("Le ministre égyptien des Affaires étrangères a reçu dimanche au Caire son "
            "homologue soudanais."), "reçu", "homologue", "obj"),
    ("fr", ("Washington a condamné vendredi dans un communiqué du département d'Etat "
            "l'exécution de quatre opposants en Iran."), "condamné", "exécution", "obj"),
    # a place name after the noun, read as a verb until the place names are repaired
    ("fr", ("Le président rwandais a reçu vendredi au village Urugwiro à Kigali le ministre "
            "belge des Affaires étrangères."), "reçu", "ministre", "obj"),
    # English: a bare noun modifier of the verb after the phrase, an apposition with no comma
    ("en", "Libyan Prime Minister Abdulhamid Dbeibah met in Tripoli the Italian ambassador.",
     "met", "ambassador", "dobj"),
    ("en", ("The African Union Commission chairman met on Tuesday in Addis Ababa the Sudanese "
            "foreign minister."), "met", "minister", "dobj"),
])
def test_pipeline_gives_the_verb_its_object_back_from_an_oblique(lang, text, verb, obj, dep):
    doc = pipeline(lang)(text)
    noun = next(t for t in doc if t.text == obj)
    assert (noun.dep_, noun.head.text) == (dep, verb)


def test_pipeline_an_english_time_after_a_phrase_stays_a_time():
    # near miss: `this week` after the place is a time, not what was met
    doc = pipeline("en")("The Libyan prime minister met in Tripoli this week.")
    week = next(t for t in doc if t.text == "week")
    assert week.dep_ != "dobj"


def test_code_a_visit_received_at_a_named_palace_has_its_guest(code):
    events = code("Le président Kagame a reçu jeudi au palais de la présidence à Dakar son "
                  "homologue Tshisekedi.", lang="fr")
    assert any((e.source.country, e.target.country) == ("RWA", "COD")
               for e in events.events if e.source and e.target)
