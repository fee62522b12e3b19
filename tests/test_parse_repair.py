"""Re-attaching a weekday the parser read as the head of a verb's object."""

import spacy
from spacy.tokens import Doc

from wirecoder.nlp import pipeline
from wirecoder.parse_repair import repair, weekdays


def _doc(words, heads, deps, pos):
    return Doc(spacy.blank("fr").vocab, words=words, heads=heads, deps=deps, pos=pos,
               sent_starts=[True] + [False] * (len(words) - 1))


def test_a_weekday_holding_the_verbs_object_gives_it_back():
    # `a émis jeudi des mandats`: the object hangs on the weekday, tagged a verb
    doc = _doc(["La", "Cour", "a", "émis", "jeudi", "des", "mandats", "."],
               [1, 3, 3, 3, 3, 6, 4, 3],
               ["det", "nsubj", "aux:tense", "ROOT", "xcomp", "case", "obl:arg", "punct"],
               ["DET", "NOUN", "AUX", "VERB", "VERB", "ADP", "NOUN", "PUNCT"])
    repair(doc, weekdays("fr"))
    assert (doc[6].head.i, doc[6].dep_) == (3, "obj")
    assert (doc[4].head.i, doc[4].dep_, doc[4].pos_) == (3, "obl:mod", "NOUN")


def test_a_weekday_read_as_the_root_gives_the_clause_back_to_the_verb():
    # `a adopté mercredi une loi`: the verb hangs on the weekday, which heads the clause
    doc = _doc(["Le", "Parlement", "a", "adopté", "mercredi", "une", "loi", "."],
               [1, 3, 3, 4, 4, 6, 4, 4],
               ["det", "nsubj", "aux:tense", "case", "ROOT", "det", "nmod", "punct"],
               ["DET", "NOUN", "AUX", "VERB", "NOUN", "DET", "NOUN", "PUNCT"])
    repair(doc, weekdays("fr"))
    assert doc[3].head.i == 3 and doc[3].dep_ == "ROOT"
    assert (doc[6].head.i, doc[6].dep_) == (3, "obj")
    assert doc[4].head.i == 3 and doc[7].head.i == 3


def test_a_weekday_parsed_right_is_left_alone():
    doc = _doc(["Le", "ministre", "est", "arrivé", "lundi", "soir", "."],
               [1, 3, 3, 3, 3, 4, 3],
               ["det", "nsubj", "aux:tense", "ROOT", "obl:mod", "nmod", "punct"],
               ["DET", "NOUN", "AUX", "VERB", "NOUN", "NOUN", "PUNCT"])
    before = [(t.head.i, t.dep_) for t in doc]
    repair(doc, weekdays("fr"))
    assert [(t.head.i, t.dep_) for t in doc] == before


def test_the_french_pipeline_repairs_the_models_error():
    doc = pipeline("fr")("Le Parlement iranien a adopté mercredi une loi sur le nucléaire.")
    verb = next(t for t in doc if t.text == "adopté")
    assert next(t for t in doc if t.text == "loi").head.i == verb.i
    assert len(list(doc.sents)) == 1
