"""Re-attaching a weekday the parser read as the head of a verb's object; a participle read
as an adverb of `avoir` made the verb; a present-tense verb read as part of its subject's noun
phrase made the verb; place names tagged as verbs made proper nouns again."""

import pytest
import spacy
from spacy.tokens import Doc

from wirecoder.english_repairs import (
    repair_gerund_subjects,
    repair_opening_names,
    repair_persona_non_grata,
    repair_verbless_sentences,
)
from wirecoder.french_repairs import (
    repair_between_pairs,
    repair_cleft_sentences,
    repair_detached_participles,
    repair_fronted_objects,
    repair_fronted_subjects,
    repair_number_words,
    repair_subject_pairs,
)
from wirecoder.nlp import pipeline
from wirecoder.parse_repair import (
    TENSE_AUXILIARY_FORMS,
    WeekdayRepair,
    repair_infinitive_objects,
    repair_passive_agents,
    repair_place_names,
    repair_quote_marks,
    time_words,
    weekdays,
)
from wirecoder.participle_repair import ParticipleRepair
from wirecoder.present_tense_repair import PRESENT

VOCAB = spacy.blank("fr").vocab


def _repaired(words, heads, deps, pos):
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos,
              sent_starts=[True] + [False] * (len(words) - 1))
    return WeekdayRepair(VOCAB, weekdays("fr"))(doc)


@pytest.mark.parametrize("heads, deps, pos", [
    # `a voté jeudi des crédits`: the object hangs on the weekday, tagged a verb
    ([1, 3, 3, 3, 3, 6, 4, 3],
     ["det", "nsubj", "aux:tense", "ROOT", "xcomp", "case", "obl:arg", "punct"],
     ["DET", "NOUN", "AUX", "VERB", "VERB", "ADP", "NOUN", "PUNCT"]),
    # the verb hangs on the weekday, which heads the clause
    ([1, 3, 3, 4, 4, 6, 4, 4],
     ["det", "nsubj", "aux:tense", "case", "ROOT", "det", "nmod", "punct"],
     ["DET", "NOUN", "AUX", "VERB", "NOUN", "DET", "NOUN", "PUNCT"]),
])
def test_a_misparsed_weekday_gives_the_verb_back_its_clause(heads, deps, pos):
    doc = _repaired(["Le", "conseil", "a", "voté", "jeudi", "des", "crédits", "."],
                    heads, deps, pos)
    assert doc[3].head.i == 3 and doc[3].dep_ == "ROOT"
    assert (doc[6].head.i, doc[6].dep_) == (3, "obj")
    assert (doc[4].head.i, doc[4].dep_, doc[4].pos_) == (3, "obl:mod", "NOUN")
    assert doc[7].head.i == 3


def test_a_weekday_parsed_right_is_left_alone():
    words = ["Le", "ministre", "est", "arrivé", "lundi", "soir", "."]
    heads = [1, 3, 3, 3, 3, 4, 3]
    doc = _repaired(words, heads,
                    ["det", "nsubj", "aux:tense", "ROOT", "obl:mod", "nmod", "punct"],
                    ["DET", "NOUN", "AUX", "VERB", "NOUN", "NOUN", "PUNCT"])
    assert [t.head.i for t in doc] == heads and doc[5].dep_ == "nmod"


@pytest.mark.parametrize("text, verb, noun", [
    # fr_core_news_sm makes `mercredi` the root, and hangs `mesures` on `jeudi`
    ("Le Sénat a adopté mercredi une réforme des retraites.", "adopté", "réforme"),
    ("Le gouvernement a annoncé jeudi des mesures contre l'inflation.", "annoncé", "mesures"),
])
def test_the_french_pipeline_repairs_the_models_error(text, verb, noun):
    doc = pipeline("fr")(text)
    head = next(t for t in doc if t.text == verb)
    assert next(t for t in doc if t.text == noun).head.i == head.i
    assert len(list(doc.sents)) == 1


def test_a_place_name_tagged_a_verb_becomes_a_place_modifier():
    # `ont manifesté à Alger`, parsed as `à` marking the infinitive `alger`
    words = ["Des", "étudiants", "ont", "manifesté", "à", "Alger", "."]
    doc = Doc(VOCAB, words=words, heads=[1, 3, 3, 3, 5, 3, 3],
              deps=["det", "nsubj", "aux:tense", "ROOT", "mark", "xcomp", "punct"],
              pos=["DET", "NOUN", "AUX", "VERB", "ADP", "VERB", "PUNCT"],
              ents=["O", "O", "O", "O", "O", "B-LOC", "O"],
              sent_starts=[True] + [False] * 6)
    repair_place_names(doc)
    assert (doc[5].pos_, doc[5].dep_, doc[5].head.i) == ("PROPN", "obl:mod", 3)
    assert doc[4].dep_ == "case"


def test_a_place_name_tagged_right_or_not_a_place_is_left_alone():
    words = ["Ils", "ont", "manifesté", "à", "Alger", "."]
    doc = Doc(VOCAB, words=words, heads=[2, 2, 2, 4, 2, 2],
              deps=["nsubj", "aux:tense", "ROOT", "case", "obl:mod", "punct"],
              pos=["PRON", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
              ents=["O", "O", "O", "O", "O", "O"], sent_starts=[True] + [False] * 5)
    before = [(t.pos_, t.dep_, t.head.i) for t in doc]
    repair_place_names(doc)
    assert [(t.pos_, t.dep_, t.head.i) for t in doc] == before


def test_the_pipeline_reads_a_mistagged_place_as_the_place_a_crowd_acts_in():
    doc = pipeline("fr")("Des milliers de personnes ont manifesté à Alger pour réclamer des "
                         "réformes.")
    alger = next(t for t in doc if t.text == "Alger")
    assert alger.pos_ == "PROPN" and alger.head.text == "manifesté"


def test_a_weekday_parsed_as_the_object_is_a_time_modifier_and_what_it_took_goes_back():
    # `a bombardé jeudi soir trois villages`: `jeudi` the object, `villages` under `soir`
    words = ["L'", "armée", "a", "bombardé", "jeudi", "soir", "trois", "villages", "."]
    doc = Doc(VOCAB, words=words, heads=[1, 3, 3, 3, 3, 4, 7, 5, 3],
              deps=["det", "nsubj", "aux:tense", "ROOT", "obj", "nmod", "det", "obj", "punct"],
              pos=["DET", "NOUN", "AUX", "VERB", "NOUN", "NOUN", "DET", "NOUN", "PUNCT"],
              sent_starts=[True] + [False] * 8)
    WeekdayRepair(VOCAB, weekdays("fr"))(doc)
    assert (doc[4].head.i, doc[4].dep_) == (3, "obl:mod")
    assert (doc[7].head.i, doc[7].dep_) == (3, "obj")


def test_an_object_hung_on_a_place_goes_back_to_the_verb():
    # `a reçu à Alger son homologue`
    words = ["Il", "a", "reçu", "à", "Alger", "son", "homologue", "."]
    doc = Doc(VOCAB, words=words, heads=[2, 2, 2, 4, 2, 6, 4, 2],
              deps=["nsubj", "aux:tense", "ROOT", "case", "obl:mod", "det", "obj", "punct"],
              pos=["PRON", "AUX", "VERB", "ADP", "PROPN", "DET", "NOUN", "PUNCT"],
              ents=["O", "O", "O", "O", "B-LOC", "O", "O", "O"],
              sent_starts=[True] + [False] * 7)
    repair_place_names(doc)
    assert (doc[6].head.i, doc[6].dep_) == (2, "obj")


def test_a_participle_read_as_an_adverb_of_avoir_becomes_the_verb():
    # `Le Gabon a refoulé deux journalistes .` with `a` the main verb, `refoulé` its adverb
    words = ["Le", "Gabon", "a", "refoulé", "deux", "journalistes", "."]
    doc = Doc(VOCAB, words=words, heads=[1, 2, 2, 2, 5, 2, 2],
              deps=["det", "nsubj", "ROOT", "advmod", "nummod", "obj", "punct"],
              pos=["DET", "PROPN", "VERB", "ADV", "NUM", "NOUN", "PUNCT"],
              sent_starts=[True] + [False] * 6)
    doc = ParticipleRepair(VOCAB, TENSE_AUXILIARY_FORMS["fr"])(doc)
    assert (doc[3].head.i, doc[3].dep_, doc[3].pos_) == (3, "ROOT", "VERB")
    assert (doc[2].head.i, doc[2].dep_, doc[2].pos_) == (3, "aux:tense", "AUX")
    assert doc[1].head.i == 3 and doc[5].head.i == 3 and doc[6].head.i == 3
    assert doc[3].morph.get("VerbForm") == ["Part"]


def test_a_participle_before_an_object_with_its_own_participle_becomes_the_verb():
    # `Le Togo a chassé un consul accusé d'espionnage .`: `chassé` an adverb of `a`, which
    # is the auxiliary of `accusé`, the consul read as the subject of `accusé`
    words = ["Le", "Togo", "a", "chassé", "un", "consul", "accusé", "d'", "espionnage", "."]
    doc = Doc(VOCAB, words=words, heads=[1, 6, 6, 2, 5, 6, 6, 8, 6, 6],
              deps=["det", "nsubj", "aux:tense", "fixed", "det", "nsubj", "ROOT", "case",
                    "obl:arg", "punct"],
              pos=["DET", "PROPN", "AUX", "ADV", "DET", "NOUN", "VERB", "ADP", "NOUN", "PUNCT"],
              sent_starts=[True] + [False] * 9)
    doc = ParticipleRepair(VOCAB, TENSE_AUXILIARY_FORMS["fr"])(doc)
    assert (doc[3].head.i, doc[3].dep_, doc[3].pos_) == (3, "ROOT", "VERB")
    assert (doc[1].head.i, doc[1].dep_) == (3, "nsubj")
    assert (doc[2].head.i, doc[2].dep_) == (3, "aux:tense")
    assert (doc[5].head.i, doc[5].dep_) == (3, "obj")
    assert (doc[6].head.i, doc[6].dep_) == (5, "acl")
    assert doc[8].head.i == 6


def test_a_participle_parsed_right_is_left_alone():
    words = ["Le", "Gabon", "a", "refoulé", "deux", "journalistes", "."]
    heads = [1, 3, 3, 3, 5, 3, 3]
    doc = Doc(VOCAB, words=words, heads=heads,
              deps=["det", "nsubj", "aux:tense", "ROOT", "nummod", "obj", "punct"],
              pos=["DET", "PROPN", "AUX", "VERB", "NUM", "NOUN", "PUNCT"],
              sent_starts=[True] + [False] * 6)
    doc = ParticipleRepair(VOCAB, TENSE_AUXILIARY_FORMS["fr"])(doc)
    assert [t.head.i for t in doc] == heads and doc[2].pos_ == "AUX"


def _present(words, heads, deps, pos):
    """A French sentence with the given parse, through the present-tense repair."""
    nlp = pipeline("fr")
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos,
              sent_starts=[True] + [False] * (len(words) - 1))
    return nlp.get_pipe(PRESENT)(doc)


def test_a_present_verb_read_as_a_modifier_of_its_subject_becomes_the_verb():
    # `Oslo convoque l' ambassadeur iranien .` parsed as a noun phrase headed by `Oslo`
    doc = _present(["Oslo", "convoque", "l'", "ambassadeur", "iranien", "."],
                   [0, 0, 3, 0, 3, 0], ["ROOT", "amod", "det", "nmod", "amod", "punct"],
                   ["PROPN", "ADJ", "DET", "NOUN", "ADJ", "PUNCT"])
    assert (doc[1].head.i, doc[1].dep_, doc[1].pos_, doc[1].lemma_) == \
        (1, "ROOT", "VERB", "convoquer")
    assert (doc[0].head.i, doc[0].dep_) == (1, "nsubj")
    assert (doc[3].head.i, doc[3].dep_) == (1, "obj")
    assert doc[5].head.i == 1 and doc[4].head.i == 3


def test_a_present_verb_read_as_a_noun_heading_the_clause_takes_the_object_and_its_clause():
    # `Le Togo exhorte le Bénin à libérer les pêcheurs .`: the object heads the clause
    doc = _present(["Le", "Togo", "exhorte", "le", "Bénin", "à", "libérer", "les", "pêcheurs", "."],
                   [1, 4, 1, 4, 4, 6, 4, 8, 6, 4],
                   ["det", "nsubj", "amod", "det", "ROOT", "mark", "xcomp", "det", "obj", "punct"],
                   ["DET", "PROPN", "ADJ", "DET", "PROPN", "ADP", "VERB", "DET", "NOUN", "PUNCT"])
    assert (doc[2].dep_, doc[2].pos_, doc[2].lemma_) == ("ROOT", "VERB", "exhorter")
    assert (doc[1].head.i, doc[1].dep_) == (2, "nsubj")
    assert (doc[4].head.i, doc[4].dep_) == (2, "obj")
    assert (doc[6].head.i, doc[6].dep_) == (2, "xcomp")


def test_a_present_verb_after_an_incise_takes_the_subject_before_it():
    # `Le roi , en visite à Rome , signe des accords .`
    doc = _present(["Le", "roi", ",", "en", "visite", "à", "Rome", ",", "signe", "des", "accords",
                    "."],
                   [1, 8, 4, 4, 1, 6, 4, 8, 8, 10, 8, 8],
                   ["det", "nsubj", "punct", "case", "conj", "case", "nmod", "punct", "ROOT",
                    "det", "obj", "punct"],
                   ["DET", "NOUN", "PUNCT", "ADP", "NOUN", "ADP", "PROPN", "PUNCT", "NOUN",
                    "DET", "NOUN", "PUNCT"])
    assert (doc[8].pos_, doc[8].lemma_) == ("VERB", "signer")
    assert (doc[1].head.i, doc[1].dep_) == (8, "nsubj") and doc[10].head.i == 8


def test_a_verb_parsed_right_but_lemmatised_as_a_noun_gets_its_verb_lemma():
    doc = _present(["Israël", "frappe", "des", "dépôts", "."], [1, 1, 3, 1, 1],
                   ["nsubj", "ROOT", "case", "obj", "punct"],
                   ["PROPN", "VERB", "ADP", "NOUN", "PUNCT"])
    assert doc[1].lemma_ == "frapper" and [t.head.i for t in doc] == [1, 1, 3, 1, 1]


@pytest.mark.parametrize("words, heads, deps, pos", [
    # a noun by its determiner: `des tirs et une nouvelle attaque ont visé la base`
    (["Des", "tirs", "et", "une", "nouvelle", "attaque", "ont", "visé", "la", "base", "."],
     [1, 7, 5, 5, 5, 1, 7, 7, 9, 7, 7],
     ["det", "nsubj", "cc", "det", "amod", "conj", "aux:tense", "ROOT", "det", "obj", "punct"],
     ["DET", "NOUN", "CCONJ", "DET", "ADJ", "NOUN", "AUX", "VERB", "DET", "NOUN", "PUNCT"]),
    # an adjective of a noun that is the subject of the clause's verb
    (["Sa", "peine", "de", "prison", "ferme", "a", "provoqué", "des", "heurts", "."],
     [1, 6, 3, 1, 3, 6, 6, 8, 6, 6],
     ["det", "nsubj", "case", "nmod", "amod", "aux:tense", "ROOT", "det", "obj", "punct"],
     ["DET", "NOUN", "ADP", "NOUN", "ADJ", "AUX", "VERB", "DET", "NOUN", "PUNCT"]),
    # a word that is no form of a trigger verb
    (["Le", "Niger", "voisin", "."], [1, 1, 1, 1], ["det", "ROOT", "amod", "punct"],
     ["DET", "PROPN", "ADJ", "PUNCT"]),
])
def test_a_noun_or_adjective_is_no_present_verb(words, heads, deps, pos):
    doc = _present(words, heads, deps, pos)
    assert [t.head.i for t in doc] == heads and [t.pos_ for t in doc] == pos


def test_the_english_pipeline_has_no_present_tense_repair():
    # `air strikes`, `police force`: English compounds would read as subject and verb
    assert PRESENT in pipeline("fr").pipe_names and PRESENT not in pipeline("en").pipe_names


def test_a_bare_noun_after_an_infinitive_hung_on_its_governor_becomes_its_object():
    # `a juré de détruire les États-Unis`, with `États-Unis` a modifier of `juré`
    words = ["La", "Corée", "a", "juré", "de", "détruire", "les", "États-Unis", "."]
    doc = Doc(VOCAB, words=words, heads=[1, 3, 3, 3, 5, 3, 7, 3, 3],
              deps=["det", "nsubj", "aux:tense", "ROOT", "mark", "xcomp", "det", "obl:mod",
                    "punct"],
              pos=["DET", "PROPN", "AUX", "VERB", "ADP", "VERB", "DET", "PROPN", "PUNCT"],
              sent_starts=[True] + [False] * 8)
    repair_infinitive_objects(doc)
    assert (doc[7].head.i, doc[7].dep_) == (5, "obj")


def test_a_noun_with_its_preposition_after_an_infinitive_stays_on_the_governor():
    # `a juré de revenir à Gao`: a noun with its own preposition is left where it is
    words = ["Il", "a", "juré", "de", "revenir", "à", "Gao", "."]
    doc = Doc(VOCAB, words=words, heads=[2, 2, 2, 4, 2, 6, 2, 2],
              deps=["nsubj", "aux:tense", "ROOT", "mark", "xcomp", "case", "obl:mod", "punct"],
              pos=["PRON", "AUX", "VERB", "ADP", "VERB", "ADP", "PROPN", "PUNCT"],
              sent_starts=[True] + [False] * 7)
    repair_infinitive_objects(doc)
    assert (doc[6].head.i, doc[6].dep_) == (2, "obl:mod")


def _english(words, heads, deps, tags, **extra):
    """One English sentence parsed as given."""
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags,
               sent_starts=[True] + [False] * (len(words) - 1), **extra)


def test_an_opening_name_read_as_the_verb_becomes_the_subject():
    # `ECOWAS imposed sanctions on Niger`, with `ECOWAS` the head and `imposed` an adjective
    words = ["ECOWAS", "imposed", "sanctions", "on", "Niger", "."]
    doc = _english(words, [0, 2, 0, 2, 3, 0],
                   ["ROOT", "amod", "dobj", "prep", "pobj", "punct"],
                   ["VBG", "VBN", "NNS", "IN", "NNP", "."])
    repair_opening_names(doc)
    assert (doc[1].dep_, doc[1].head.i) == ("ROOT", 1)
    assert (doc[0].dep_, doc[0].head.i, doc[0].tag_) == ("nsubj", 1, "NNP")
    assert (doc[2].dep_, doc[2].head.i) == ("dobj", 1)
    assert doc[5].head.i == 1


def test_a_participle_hung_on_the_object_after_it_becomes_the_verb():
    # `a expulsé dix diplomates`, with `a` the main verb and `expulsé` an adverb of its object
    words = ["La", "Russie", "a", "expulsé", "dix", "diplomates", "."]
    doc = Doc(VOCAB, words=words, heads=[1, 2, 2, 5, 5, 2, 2],
              deps=["det", "nsubj", "ROOT", "advmod", "nummod", "obj", "punct"],
              pos=["DET", "PROPN", "VERB", "ADV", "NUM", "NOUN", "PUNCT"],
              sent_starts=[True] + [False] * 6)
    ParticipleRepair(VOCAB, TENSE_AUXILIARY_FORMS["fr"])(doc)
    assert (doc[3].dep_, doc[3].head.i, doc[3].pos_) == ("ROOT", 3, "VERB")
    assert (doc[5].dep_, doc[5].head.i) == ("obj", 3)
    assert (doc[2].dep_, doc[2].head.i) == ("aux:tense", 3)
    assert doc[1].head.i == 3


@pytest.mark.parametrize("text, agent, verb", [
    # fr9: a passive agent hung on a time phrase goes back to the verb
    ("Le militant a été détenu pendant trois jours par la police.", "police", "détenu"),
    ("L'opposant a été arrêté lundi soir à son domicile par la police.", "police", "arrêté"),
])
def test_a_passive_agent_under_a_time_phrase_goes_to_the_verb(text, agent, verb):
    doc = pipeline("fr")(text)
    token = next(t for t in doc if t.text == agent)
    assert (token.head.text, token.dep_) == (verb, "obl:agent")


def test_a_passive_agent_under_a_place_alone_stays():
    # `reçu à l'Élysée par le président`: no time phrase, the parse is left as it is
    words = ["Il", "a", "été", "reçu", "à", "Paris", "par", "Macron", "."]
    doc = Doc(VOCAB, words=words, heads=[3, 3, 3, 3, 5, 3, 7, 5, 3],
              deps=["nsubj:pass", "aux:tense", "aux:pass", "ROOT", "case", "obl:mod", "case",
                    "nmod", "punct"],
              pos=["PRON", "AUX", "AUX", "VERB", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"],
              sent_starts=[True] + [False] * 8)
    repair_passive_agents(doc, "par", time_words("fr"))
    assert (doc[7].head.i, doc[7].dep_) == (5, "nmod")


def test_a_quotation_mark_read_as_a_word_gives_its_place_to_its_noun():
    # `Le gouvernement « condamne »`, with `«` the verb's subject and the noun under it
    words = ["Le", "gouvernement", "«", "condamne", "»", "."]
    doc = Doc(VOCAB, words=words, heads=[1, 2, 3, 3, 3, 3],
              deps=["det", "nsubj", "nsubj", "ROOT", "punct", "punct"],
              pos=["DET", "NOUN", "PROPN", "VERB", "PUNCT", "PUNCT"],
              sent_starts=[True] + [False] * 5)
    repair_quote_marks(doc)
    assert (doc[1].head.i, doc[1].dep_) == (3, "nsubj")
    assert (doc[2].head.i, doc[2].dep_, doc[2].pos_) == (1, "punct", "PUNCT")


@pytest.mark.parametrize("words, tags, deps, heads, noun", [
    # `Fighting between X and Y killed dozens`: the gerund subject is a noun
    (["Fighting", "between", "rebels", "and", "troops", "killed", "dozens"],
     ["VBG", "IN", "NNS", "CC", "NNS", "VBD", "NNS"],
     ["nsubj", "prep", "pobj", "cc", "conj", "ROOT", "dobj"], [5, 0, 1, 2, 2, 5, 5], True),
    # `Fighting rebels cost dozens of lives`: a gerund with its object stays a verb
    (["Fighting", "rebels", "between", "towns", "cost", "lives"],
     ["VBG", "NNS", "IN", "NNS", "VBD", "NNS"],
     ["nsubj", "dobj", "prep", "pobj", "ROOT", "dobj"], [4, 0, 0, 2, 4, 4], False),
])
def test_a_gerund_subject_with_sides_between_becomes_a_noun(words, tags, deps, heads, noun):
    doc = _english(words, heads, deps, tags, pos=["VERB"] + ["X"] * (len(words) - 1))
    repair_gerund_subjects(doc)
    assert (doc[0].pos_ == "NOUN") is noun


@pytest.mark.parametrize("words, tags, deps, heads, verb", [
    # `Hundreds of people protested in Lagos.`: the participle heads the sentence
    (["Hundreds", "of", "people", "protested", "in", "Lagos", "."],
     ["NNS", "IN", "NNS", "VBN", "IN", "NNP", "."],
     ["ROOT", "prep", "pobj", "acl", "prep", "pobj", "punct"], [0, 0, 1, 0, 3, 4, 0], True),
    # `Two soldiers wounded by a mine.`: a participle with its agent stays one
    (["Two", "soldiers", "wounded", "by", "a", "mine", "."],
     ["CD", "NNS", "VBN", "IN", "DT", "NN", "."],
     ["nummod", "ROOT", "acl", "agent", "det", "pobj", "punct"], [1, 1, 1, 2, 5, 3, 1], False),
])
def test_a_verbless_sentence_participle_becomes_its_verb(words, tags, deps, heads, verb):
    doc = _english(words, heads, deps, tags)
    repair_verbless_sentences(doc)
    participle = next(t for t in doc if t.tag_ in ("VBD", "VBN"))
    assert (participle.dep_ == "ROOT") is verb


@pytest.mark.parametrize("words, heads, deps, tags", [
    # `Norway hosted talks between...`, with `talks` the head, `hosted` its adjective and
    # `Norway` a modifier of `hosted`
    (["Norway", "hosted", "talks", "between", "Colombia", "and", "rebels", "."],
     [1, 2, 2, 2, 3, 4, 4, 2],
     ["npadvmod", "amod", "ROOT", "prep", "pobj", "cc", "conj", "punct"],
     ["NNP", "VBD", "NNS", "IN", "NNP", "CC", "NNS", "."]),
    # `Trump blasted Zelensky, saying...`, with `Zelensky` the head, `blasted` its adjective
    # and `Trump` a compound of `Zelensky`
    (["Trump", "blasted", "Zelensky", ",", "saying", "it", "failed", "."],
     [2, 2, 2, 2, 2, 6, 4, 2],
     ["compound", "amod", "ROOT", "punct", "advcl", "nsubj", "ccomp", "punct"],
     ["NN", "VBN", "NNP", ",", "VBG", "PRP", "VBD", "."]),
])
def test_an_opening_name_hung_on_a_noun_headed_clause_becomes_the_subject(words, heads, deps,
                                                                          tags):
    doc = _english(words, heads, deps, tags)
    repair_opening_names(doc)
    assert (doc[1].dep_, doc[1].head.i) == ("ROOT", 1)
    assert (doc[0].dep_, doc[0].head.i) == ("nsubj", 1)
    assert (doc[2].dep_, doc[2].head.i) == ("dobj", 1)


def test_persona_read_as_a_verb_becomes_the_complement_of_declaring():
    # `declared two diplomats persona non grata`, with `diplomats` the subject of `persona`
    words = ["Oslo", "declared", "two", "diplomats", "persona", "non", "grata", "."]
    doc = _english(words, [1, 1, 3, 4, 1, 6, 4, 1],
                   ["nsubj", "ROOT", "nummod", "nsubj", "ccomp", "amod", "dobj", "punct"],
                   ["NNP", "VBD", "CD", "NNS", "VBP", "JJ", "NN", "."])
    repair_persona_non_grata(doc)
    assert (doc[3].dep_, doc[3].head.i) == ("dobj", 1)
    assert (doc[4].dep_, doc[4].tag_) == ("oprd", "NN")


def test_an_opening_name_owning_a_common_noun_becomes_the_subject():
    # `Chad's army placed troops on alert`, with `placed` an adjective of `troops`
    words = ["Chad", "'s", "army", "placed", "troops", "on", "alert", "."]
    doc = _english(words, [4, 0, 4, 4, 4, 4, 5, 4],
                   ["poss", "case", "amod", "amod", "ROOT", "prep", "pobj", "punct"],
                   ["NNP", "POS", "JJ", "VBD", "NNS", "IN", "NN", "."])
    repair_opening_names(doc)
    assert (doc[3].dep_, doc[3].head.i) == ("ROOT", 3)
    assert (doc[2].dep_, doc[2].head.i, doc[2].tag_) == ("nsubj", 3, "NN")
    assert (doc[4].dep_, doc[4].head.i) == ("dobj", 3)
    assert doc[0].head.i == 2


def test_parse_repair_a_cleft_verb_read_as_an_adjective_with_a_subject_heads_the_clause():
    # `C'est la Turquie que la Grèce accuse de violer…`, `accuse` tagged an adjective
    words = ["C'", "est", "la", "Turquie", "que", "la", "Grèce", "accuse", "de", "violer",
             "son", "espace", "."]
    doc = Doc(VOCAB, words=words, heads=[3, 3, 3, 3, 7, 6, 7, 3, 9, 7, 11, 9, 3],
              deps=["nsubj", "cop", "det", "ROOT", "mark", "det", "nsubj", "dep", "mark",
                    "xcomp", "det", "obj", "punct"],
              pos=["PRON", "AUX", "DET", "PROPN", "PRON", "DET", "PROPN", "ADJ", "ADP", "VERB",
                   "DET", "NOUN", "PUNCT"],
              sent_starts=[True] + [False] * 12)
    repair_cleft_sentences(doc)
    assert (doc[7].dep_, doc[7].pos_) == ("ROOT", "VERB")
    assert (doc[3].dep_, doc[3].head.i) == ("obj", 7)


def test_inverted_report_repair_leaves_a_present_participle_alone(code):
    # near miss: `accusant son voisin de…` after a comma is the subject's own participle
    found = {(e.source.code, e.code[:2], e.target.code if e.target else None) for e in code(
        "Le Mali a rompu ses relations avec l'Algérie, accusant son voisin d'ingérence.",
        lang="fr").events}
    assert [d for d in found if d[:2] == ("MLI", "11")], found
    assert not [d for d in found if d[0] == "DZA"], found


@pytest.mark.parametrize("text, verb, obj", [
    # a past tense split by an aside: the participle heads the clause, `avoir` its auxiliary
    ("La Tunisie a, de son côté, dénoncé la décision.", "dénoncé", "décision"),
    ("La Tunisie a de son côté dénoncé la décision.", "dénoncé", "décision"),
    ("Le Ghana a, pour sa part, salué l'accord.", "salué", "accord"),
    ("Le Togo a quant à lui rejeté la proposition.", "rejeté", "proposition"),
    ("Le Bénin a en outre dénoncé la décision.", "dénoncé", "décision"),
    ("Le Bénin a, par ailleurs, dénoncé la décision.", "dénoncé", "décision"),
])
def test_a_past_tense_split_by_an_aside_keeps_its_verb(text, verb, obj):
    doc = pipeline("fr")(text)
    v = next(t for t in doc if t.text == verb)
    o = next(t for t in doc if t.text == obj)
    assert v.pos_ == "VERB" and v.dep_ == "ROOT", [(t.text, t.dep_, t.head.i) for t in doc]
    assert o.head.i == v.i and o.dep_ == "obj", [(t.text, t.dep_, t.head.i) for t in doc]
    assert any(c.dep_ == "aux:tense" and c.text == "a" for c in v.children)
    assert any(c.dep_ == "nsubj" for c in v.children)


def test_parse_repair_the_subject_joined_to_a_fronted_phrase_becomes_the_verbs():
    # `Sous l'égide de l'Egypte, le Soudan et le Tchad ont signé…`, with `Soudan` and
    # `Tchad` read as conjuncts of `Egypte`, the verb left with no subject
    words = ["Sous", "l'", "égide", "de", "l'", "Egypte", ",", "le", "Soudan", "et", "le",
             "Tchad", "ont", "signé", "un", "accord", "."]
    doc = Doc(VOCAB, words=words, heads=[2, 2, 13, 5, 5, 2, 8, 8, 5, 11, 11, 5, 13, 13, 15,
                                         13, 13],
              deps=["case", "det", "obl:mod", "case", "det", "nmod", "punct", "det", "conj",
                    "cc", "det", "conj", "aux:tense", "ROOT", "det", "obj", "punct"],
              pos=["ADP", "DET", "NOUN", "ADP", "DET", "PROPN", "PUNCT", "DET", "PROPN",
                   "CCONJ", "DET", "PROPN", "AUX", "VERB", "DET", "NOUN", "PUNCT"],
              sent_starts=[True] + [False] * 16)
    repair_fronted_subjects(doc)
    assert (doc[8].dep_, doc[8].head.i) == ("nsubj", 13)
    assert (doc[11].dep_, doc[11].head.i) == ("conj", 8)
    assert doc[5].head.i == 2


def test_parse_repair_a_fronted_phrase_before_a_subject_is_left_alone():
    # near miss: `Avec la France, l'Allemagne a signé…`: the verb has its subject
    doc = pipeline("fr")("Avec le soutien de la France, l'Allemagne a signé un accord avec l'Inde.")
    verb = next(t for t in doc if t.text == "signé")
    assert [t.text for t in verb.children if t.dep_ == "nsubj"] == ["Allemagne"]


def test_parse_repair_a_participle_with_a_complement_is_the_verbs_conjunct_not_the_adjectives():
    doc = pipeline("fr")("Rome a dénoncé une décision injustifiée et promis de riposter.")
    promis = next(t for t in doc if t.text == "promis")
    assert (promis.dep_, promis.head.text) == ("conj", "dénoncé")


def test_parse_repair_an_adjectival_participle_stays_on_the_adjective():
    # near miss: `prise à la hâte` qualifies the decision, with no complement of its own
    doc = pipeline("fr")("Le Mali a dénoncé une décision injustifiée et prise à la hâte.")
    assert not any(t.dep_ == "conj" and t.head.text == "dénoncé" for t in doc)


def test_parse_repair_a_participle_left_untagged_after_avoir_becomes_the_verb():
    # `Le Bénin a rompu ses liens .`, with `rompu` tagged X
    words = ["Le", "Bénin", "a", "rompu", "ses", "liens", "."]
    doc = Doc(VOCAB, words=words, heads=[1, 3, 3, 3, 5, 3, 3],
              deps=["det", "nsubj", "aux:tense", "ROOT", "det", "obj", "punct"],
              pos=["DET", "PROPN", "AUX", "X", "DET", "NOUN", "PUNCT"],
              sent_starts=[True] + [False] * 6)
    doc = ParticipleRepair(VOCAB, TENSE_AUXILIARY_FORMS["fr"])(doc)
    assert doc[3].pos_ == "VERB" and doc[3].morph.get("VerbForm") == ["Part"]


def _detached(words, heads, deps, pos, tenses):
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos,
              sent_starts=[True] + [False] * (len(words) - 1))
    for token, tense in zip(doc, tenses):
        if tense:
            token.set_morph(f"Tense={tense}|VerbForm=Part")
    return repair_detached_participles(doc)


def test_parse_repair_a_detached_participle_hung_on_the_object_is_the_verbs_clause():
    # `Le Togo a refusé le plan de Lomé , dénonçant Accra .`, `dénonçant` hung on `Lomé`
    doc = _detached(
        ["Le", "Togo", "a", "refusé", "le", "plan", "de", "Lomé", ",", "dénonçant", "Accra", "."],
        [1, 3, 3, 3, 5, 3, 7, 5, 7, 7, 9, 3],
        ["det", "nsubj", "aux:tense", "ROOT", "det", "obj", "case", "nmod", "punct", "acl", "obj",
         "punct"],
        ["DET", "PROPN", "AUX", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "VERB", "PROPN",
         "PUNCT"],
        [None, None, None, "Past", None, None, None, None, None, "Pres", None, None])
    assert (doc[9].dep_, doc[9].head.i) == ("advcl", 3)


def test_parse_repair_a_participle_with_no_comma_stays_on_its_noun():
    # near miss: `a reçu des paysans réclamant des terres`: the participle qualifies them
    doc = _detached(
        ["Le", "roi", "a", "reçu", "des", "paysans", "réclamant", "des", "terres", "."],
        [1, 3, 3, 3, 5, 3, 5, 8, 6, 3],
        ["det", "nsubj", "aux:tense", "ROOT", "det", "obj", "acl", "det", "obj", "punct"],
        ["DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
        [None, None, None, "Past", None, None, "Pres", None, None, None])
    assert (doc[6].dep_, doc[6].head.i) == ("acl", 5)


@pytest.mark.parametrize("text, verb, obj", [
    # an aside of any wording between commas, before a past participle
    ("Le Ghana a, lors d'un entretien avec son homologue togolais, salué l'accord.", "salué",
     "accord"),
    ("Emmanuel Macron a, au cours d'une conférence de presse à Rome, dénoncé la décision.",
     "dénoncé", "décision"),
])
def test_parse_repair_a_past_tense_split_by_an_aside_between_commas_keeps_its_verb(text, verb, obj):
    doc = pipeline("fr")(text)
    v = next(t for t in doc if t.text == verb)
    o = next(t for t in doc if t.text == obj)
    assert v.pos_ == "VERB" and v.dep_ == "ROOT", [(t.text, t.dep_, t.head.i) for t in doc]
    assert o.head.i == v.i and o.dep_ == "obj", [(t.text, t.dep_, t.head.i) for t in doc]
    assert any(c.dep_ == "nsubj" for c in v.children)


def test_parse_repair_words_between_commas_before_no_participle_are_no_aside():
    # near miss: `a, selon Tunis, une part de responsabilité`: a noun, not a participle,
    # follows the commas
    doc = pipeline("fr")("Le Ghana a, selon Tunis, une part de responsabilité.")
    assert not any(c.dep_ == "aux:tense" for t in doc for c in t.children if c.text == "a")


def test_parse_repair_the_second_side_between_two_is_no_subject():
    # `La visite entre Rome et Paris a eu lieu .`, with `Paris` the subject of `eu` and the
    # act noun the root
    words = ["La", "visite", "entre", "Rome", "et", "Paris", "a", "eu", "lieu", "."]
    doc = Doc(VOCAB, words=words, heads=[1, 1, 3, 1, 7, 7, 7, 1, 7, 1],
              deps=["det", "ROOT", "case", "nmod", "cc", "nsubj", "aux:tense", "conj", "obj",
                    "punct"],
              pos=["DET", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "AUX", "VERB", "NOUN", "PUNCT"],
              sent_starts=[True] + [False] * 9)
    repair_between_pairs(doc)
    assert (doc[7].dep_, doc[7].head.i) == ("ROOT", 7)
    assert (doc[1].dep_, doc[1].head.i) == ("nsubj", 7)
    assert (doc[5].dep_, doc[5].head.i) == ("conj", 3)


def test_parse_repair_a_subject_after_a_plain_coordination_stays_the_subject():
    # near miss: `Le Togo a reçu Rome et Paris a salué…`: no `entre` before the `et`
    words = ["Le", "Togo", "a", "reçu", "Rome", "et", "Paris", "a", "salué", "."]
    heads = [1, 3, 3, 3, 3, 8, 8, 8, 3, 3]
    doc = Doc(VOCAB, words=words, heads=heads,
              deps=["det", "nsubj", "aux:tense", "ROOT", "obj", "cc", "nsubj", "aux:tense",
                    "conj", "punct"],
              pos=["DET", "PROPN", "AUX", "VERB", "PROPN", "CCONJ", "PROPN", "AUX", "VERB",
                   "PUNCT"],
              sent_starts=[True] + [False] * 9)
    repair_between_pairs(doc)
    assert [t.head.i for t in doc] == heads


def test_parse_repair_a_verb_read_as_the_first_subjects_conjunct_heads_the_clause():
    # `Rome et Madrid ont exhorté Tunis à agir .`, with `exhorté` a conjunct of `Rome`,
    # `Madrid` its subject and `Tunis` part of the name `Rome`
    words = ["Rome", "et", "Madrid", "ont", "exhorté", "Tunis", "à", "agir", "."]
    doc = Doc(VOCAB, words=words, heads=[0, 4, 4, 4, 0, 0, 7, 0, 0],
              deps=["ROOT", "cc", "nsubj", "aux:tense", "conj", "flat:name", "mark", "acl",
                    "punct"],
              pos=["PROPN", "CCONJ", "PROPN", "AUX", "VERB", "PROPN", "ADP", "VERB", "PUNCT"],
              sent_starts=[True] + [False] * 8)
    repair_subject_pairs(doc)
    assert (doc[4].dep_, doc[4].head.i) == ("ROOT", 4)
    assert (doc[0].dep_, doc[0].head.i) == ("nsubj", 4)
    assert (doc[2].dep_, doc[2].head.i) == ("conj", 0)
    assert (doc[5].dep_, doc[5].head.i) == ("obj", 4)
    assert (doc[7].dep_, doc[7].head.i) == ("xcomp", 4)


def test_parse_repair_a_conjunct_verb_with_no_auxiliary_stays():
    # near miss: `Rome et Madrid exhortent…` parsed so, with no auxiliary: left as it is
    words = ["Rome", "et", "Madrid", "exhortent", "Tunis", "."]
    heads = [0, 3, 3, 0, 0, 0]
    doc = Doc(VOCAB, words=words, heads=heads,
              deps=["ROOT", "cc", "nsubj", "conj", "flat:name", "punct"],
              pos=["PROPN", "CCONJ", "PROPN", "VERB", "PROPN", "PUNCT"],
              sent_starts=[True] + [False] * 5)
    repair_subject_pairs(doc)
    assert [t.head.i for t in doc] == heads


def test_parse_repair_a_proper_name_hung_on_a_weekday_is_the_verbs_object():
    # `a exhorté lundi Kigali à…`: the name after the weekday is the verb's object
    doc = _repaired(["Paris", "a", "exhorté", "lundi", "Kigali", "."],
                    [2, 2, 2, 2, 3, 2],
                    ["nsubj", "aux:tense", "ROOT", "obl:mod", "nmod", "punct"],
                    ["PROPN", "AUX", "VERB", "NOUN", "PROPN", "PUNCT"])
    assert (doc[4].dep_, doc[4].head.i) == ("obj", 2)


def test_parse_repair_an_adverb_between_avoir_and_its_participle():
    # `Tunis a vivement protesté .`, with `protesté` tagged an adjective
    doc = Doc(VOCAB, words=["Tunis", "a", "vivement", "protesté", "."], heads=[3, 3, 3, 3, 3],
              deps=["nsubj", "aux:tense", "advmod", "ROOT", "punct"],
              pos=["PROPN", "AUX", "ADV", "ADJ", "PUNCT"], sent_starts=[True] + [False] * 4)
    ParticipleRepair(VOCAB, TENSE_AUXILIARY_FORMS["fr"])(doc)
    assert doc[3].pos_ == "VERB"


def test_parse_repair_a_participle_and_its_auxiliary_hung_on_the_object():
    # `Les juges ont dissous deux partis .`, with `dissous` an adjective of the root `partis`,
    # which also took the auxiliary and the subject
    words = ["Les", "juges", "ont", "dissous", "deux", "partis", "."]
    doc = Doc(VOCAB, words=words, heads=[1, 5, 5, 5, 5, 5, 5],
              deps=["det", "nsubj", "aux:tense", "amod", "nummod", "ROOT", "punct"],
              pos=["DET", "NOUN", "AUX", "NOUN", "NUM", "NOUN", "PUNCT"],
              sent_starts=[True] + [False] * 6)
    ParticipleRepair(VOCAB, TENSE_AUXILIARY_FORMS["fr"])(doc)
    assert (doc[3].pos_, doc[3].dep_) == ("VERB", "ROOT")
    assert (doc[5].dep_, doc[5].head.i) == ("obj", 3)
    assert doc[1].head.i == 3 and doc[2].head.i == 3


def test_parse_repair_a_partitive_object_hung_on_a_place_after_the_verb():
    # `Rome et Oslo ont tenu à Genève des pourparlers .`, with `des` read as a preposition and
    # the talks a modifier of `Genève`: the talks are the verb's object
    words = ["Rome", "et", "Oslo", "ont", "tenu", "à", "Genève", "des", "pourparlers", "."]
    doc = Doc(VOCAB, words=words, heads=[4, 2, 0, 4, 4, 6, 4, 8, 6, 4],
              deps=["nsubj", "cc", "conj", "aux:tense", "ROOT", "case", "obl:arg", "case", "nmod",
                    "punct"],
              pos=["PROPN", "CCONJ", "PROPN", "AUX", "VERB", "ADP", "PROPN", "ADP", "NOUN",
                   "PUNCT"],
              ents=["B-LOC", "O", "B-LOC", "O", "O", "O", "B-LOC", "O", "O", "O"],
              sent_starts=[True] + [False] * 9)
    repair_place_names(doc)
    assert (doc[8].dep_, doc[8].head.i) == ("obj", 4)


def test_parse_repair_a_genitive_after_a_common_noun_stays():
    # near miss: `a reçu le chef des rebelles`: `des` after a common noun is a preposition
    words = ["Rome", "a", "reçu", "le", "chef", "des", "rebelles", "."]
    heads = [2, 2, 2, 4, 2, 6, 4, 2]
    doc = Doc(VOCAB, words=words, heads=heads,
              deps=["nsubj", "aux:tense", "ROOT", "det", "obj", "case", "nmod", "punct"],
              pos=["PROPN", "AUX", "VERB", "DET", "NOUN", "ADP", "NOUN", "PUNCT"],
              ents=["B-LOC", "O", "O", "O", "O", "O", "O", "O"],
              sent_starts=[True] + [False] * 7)
    repair_place_names(doc)
    assert [t.head.i for t in doc] == heads


def test_parse_repair_a_number_word_read_as_a_noun_counts_the_noun_after_it():
    # `la libération de onze otages`, with `onze` a noun and `otages` left unattached
    words = ["la", "libération", "de", "onze", "otages", "."]
    doc = Doc(VOCAB, words=words, heads=[1, 1, 3, 1, 1, 1],
              deps=["det", "ROOT", "case", "nmod", "dep", "punct"],
              pos=["DET", "NOUN", "ADP", "NOUN", "NOUN", "PUNCT"],
              sent_starts=[True] + [False] * 5)
    repair_number_words(doc)
    assert (doc[4].dep_, doc[4].head.i) == ("nmod", 1)
    assert (doc[3].dep_, doc[3].head.i, doc[3].pos_) == ("nummod", 4, "NUM")
    assert doc[2].head.i == 4


def test_parse_repair_a_number_tagged_a_numeral_stays():
    # near miss: `onze` already a numeral counting its noun
    words = ["la", "libération", "de", "onze", "otages", "."]
    heads = [1, 1, 4, 4, 1, 1]
    doc = Doc(VOCAB, words=words, heads=heads,
              deps=["det", "ROOT", "case", "nummod", "nmod", "punct"],
              pos=["DET", "NOUN", "ADP", "NUM", "NOUN", "PUNCT"],
              sent_starts=[True] + [False] * 5)
    repair_number_words(doc)
    assert [t.head.i for t in doc] == heads


def test_parse_repair_a_french_first_noun_read_as_object_becomes_the_subject():
    # `La junte a dissous les partis`, `junte` read as an object of the subjectless root
    words = ["La", "junte", "a", "dissous", "les", "partis", "."]
    doc = Doc(VOCAB, words=words, heads=[1, 3, 3, 3, 5, 3, 3],
              deps=["det", "obj", "aux:tense", "ROOT", "det", "obj", "punct"],
              pos=["DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "PUNCT"],
              sent_starts=[True] + [False] * 6)
    repair_fronted_objects(doc)
    assert (doc[1].dep_, doc[1].head.i) == ("nsubj", 3)
    assert doc[5].dep_ == "obj"


def test_parse_repair_a_french_clause_with_its_subject_keeps_its_parse():
    # near miss: a subject already there, the object after the verb
    words = ["La", "junte", "a", "dissous", "les", "partis", "."]
    heads = [1, 3, 3, 3, 5, 3, 3]
    deps = ["det", "nsubj", "aux:tense", "ROOT", "det", "obj", "punct"]
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps,
              pos=["DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "PUNCT"],
              sent_starts=[True] + [False] * 6)
    repair_fronted_objects(doc)
    assert [t.dep_ for t in doc] == deps


def test_parse_repair_a_french_list_member_read_as_modifier_joins_the_subjects():
    # `Le Ghana, le Togo et le Bénin ont signé`, `Ghana` read as the verb's obl:mod
    words = ["Le", "Ghana", ",", "le", "Togo", "et", "le", "Bénin", "ont", "signé", "."]
    doc = Doc(VOCAB, words=words, heads=[1, 9, 9, 4, 9, 7, 7, 4, 9, 9, 9],
              deps=["det", "obl:mod", "punct", "det", "nsubj", "cc", "det", "conj",
                    "aux:tense", "ROOT", "punct"],
              pos=["DET", "PROPN", "PUNCT", "DET", "PROPN", "CCONJ", "DET", "PROPN", "AUX",
                   "VERB", "PUNCT"],
              sent_starts=[True] + [False] * 10)
    repair_fronted_objects(doc)
    assert (doc[1].dep_, doc[1].head.i) == ("nsubj", 9)
    assert (doc[4].dep_, doc[4].head.i) == ("conj", 1)


def test_parse_repair_a_noun_read_as_a_weekdays_determiner_and_the_phrase_after_go_to_the_verb():
    # `a discuté par visioconférence vendredi avec le roi`: `visioconférence` read as the
    # determiner of `vendredi`, `avec le roi` hung on the weekday
    words = ["Le", "chef", "a", "discuté", "par", "visioconférence", "vendredi", "avec", "le",
             "roi", "."]
    doc = _repaired(words, [1, 3, 3, 3, 6, 6, 3, 9, 9, 6, 3],
                    ["det", "nsubj", "aux:tense", "ROOT", "case", "det", "obl:mod", "case",
                     "det", "nmod", "punct"],
                    ["DET", "NOUN", "AUX", "VERB", "ADP", "NOUN", "NOUN", "ADP", "DET",
                     "NOUN", "PUNCT"])
    assert (doc[5].head.i, doc[5].dep_) == (3, "obl:mod")
    assert doc[4].head.i == 5
    assert (doc[9].head.i, doc[9].dep_) == (3, "obl")
    assert (doc[6].head.i, doc[6].dep_) == (3, "obl:mod")



_INVERTED = ["La", "police", ",", "appuyée", "par", "l'", "armée", ",", "a", "arrêté", "les",
             "manifestants", "."]
_INVERTED_HEADS = [1, 9, 1, 1, 6, 6, 3, 9, 9, 9, 11, 9, 9]
_INVERTED_POS = ["DET", "NOUN", "PUNCT", "VERB", "ADP", "DET", "NOUN", "PUNCT", "AUX", "VERB",
                 "DET", "NOUN", "PUNCT"]


def test_parse_repair_a_french_first_noun_read_as_a_clause_is_the_subject_of_the_verb():
    # `La police, appuyée par l'armée, a arrêté les manifestants`, `police` read as a
    # complement clause of the verb and `manifestants` as its subject
    deps = ["det", "ccomp", "punct", "acl", "case", "det", "obl:agent", "punct", "aux:tense",
            "ROOT", "det", "nsubj", "punct"]
    doc = Doc(VOCAB, words=_INVERTED, heads=_INVERTED_HEADS, deps=deps, pos=_INVERTED_POS,
              sent_starts=[True] + [False] * 12)
    repair_fronted_objects(doc)
    assert (doc[1].dep_, doc[1].head.i) == ("nsubj", 9)
    assert (doc[11].dep_, doc[11].head.i) == ("obj", 9)


def test_parse_repair_a_french_passive_keeps_its_subject_after_the_fronted_noun():
    # near miss: `a été arrêté` is passive, its noun after the verb no object
    words = ["La", "police", ",", "selon", "l'", "armée", ",", "a", "été", "visée", "hier", "."]
    deps = ["det", "ccomp", "punct", "case", "det", "nmod", "punct", "aux:tense", "aux:pass",
            "ROOT", "nsubj", "punct"]
    doc = Doc(VOCAB, words=words, heads=[1, 9, 1, 5, 5, 1, 9, 9, 9, 9, 9, 9], deps=deps,
              pos=["DET", "NOUN", "PUNCT", "ADP", "DET", "NOUN", "PUNCT", "AUX", "AUX",
                   "VERB", "NOUN", "PUNCT"],
              sent_starts=[True] + [False] * 11)
    repair_fronted_objects(doc)
    assert [t.dep_ for t in doc] == deps


def test_code_french_subject_with_apposition_accuses_the_noun_after_the_verb(code):
    events = code("La police kényane, dirigée par un nouveau chef, a accusé les manifestants "
                  "de pillages.", lang="fr")
    accusation = next(e for e in events.events if e.trigger == "accusé")
    assert accusation.source.country == "KEN" and "COP" in accusation.source.code
    assert accusation.target is not None and accusation.target.text == "manifestants"


@pytest.mark.parametrize("text, verb, obj", [
    # the object read as the subject of the reporting verb after the comma
    (("La Biélorussie a condamné jeudi un homme accusé d'espionnage au profit de la Pologne, "
      "a annoncé l'agence officielle."), "condamné", "homme"),
    # `rapporter` reports too
    (("L'Arabie saoudite a exécuté lundi un homme reconnu coupable de trafic de drogue, "
      "a rapporté l'agence officielle."), "exécuté", "homme"),
])
def test_inverted_report_repair_gives_the_reported_verb_back_its_object(text, verb, obj):
    doc = pipeline("fr")(text)
    noun = next(t for t in doc if t.text == obj)
    assert (noun.dep_, noun.head.text) == ("obj", verb)


def test_participle_repair_an_auxiliary_read_as_a_preposition_helps_the_participle(code):
    # `L'Algérie a expulsé … migrants`, `a` read as a `case` of `expulsé`, an adverb of the
    # noun made the root: the participle heads the clause, the noun is its object
    doc = pipeline("fr")("L'Algérie a expulsé plus de deux mille migrants nigériens vers le "
                         "Niger, selon des ONG.")
    verb = next(t for t in doc if t.text == "expulsé")
    assert verb.dep_ == "ROOT"
    assert {(c.text, c.dep_) for c in verb.children} >= {("Algérie", "nsubj"), ("a", "aux:tense"),
                                                         ("migrants", "obj")}
    expulsion = next(e for e in code("L'Algérie a expulsé plus de deux mille migrants nigériens "
                                     "vers le Niger, selon des ONG.", lang="fr").events)
    assert (expulsion.code, expulsion.source.country, expulsion.target.country) == \
        ("174", "DZA", "NER")



def test_aside_repair_an_object_read_as_the_root_after_an_aside_is_the_object():
    # `a de son côté menacé Lomé de sanctions`, the capital after the participle read as the
    # root with `avoir` its auxiliary: the participle heads the clause, the capital its object
    from wirecoder.aside_repair import AsideRepair

    words = ["La", "Cédéao", "a", "de", "son", "côté", "menacé", "Lomé", "de", "nouvelles",
             "sanctions", "."]
    doc = Doc(VOCAB, words=words, heads=[1, 7, 7, 5, 5, 7, 5, 7, 10, 10, 7, 7],
              deps=["det", "nsubj", "aux:tense", "case", "det", "nsubj", "acl", "ROOT", "case",
                    "amod", "nmod", "punct"],
              pos=["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "VERB", "NOUN", "ADP", "ADJ",
                   "NOUN", "PUNCT"],
              sent_starts=[True] + [False] * 11)
    AsideRepair(VOCAB, "fr")(doc)
    assert (doc[6].dep_, doc[6].head.i) == ("ROOT", 6)
    assert (doc[1].dep_, doc[1].head.i) == ("nsubj", 6)
    assert (doc[7].dep_, doc[7].head.i) == ("obj", 6)
    assert (doc[2].dep_, doc[2].head.i) == ("aux:tense", 6)


def test_a_names_capitalised_article_read_as_a_determiner_becomes_part_of_the_name():
    doc = pipeline("fr")("Des obus sont tombés sur la ville d'El Fasher mercredi.")
    article, name = doc[8], doc[9]
    assert (article.text, name.text) == ("El", "Fasher")
    assert article.head.i == name.i and article.pos_ == "PROPN"
    assert name.head.text == "ville"


@pytest.mark.parametrize("lang, text, share, people, verb, phrase", [
    # the parser hangs the place and time after the aside on its noun or share word
    ("en", "Soldiers detained 25 men, most of them farmers, near Kidal on Friday.", "farmers",
     "men", "detained", "near"),
    ("en", "Rebels abducted 14 villagers, several of them teachers, in Ituri on Sunday.",
     "teachers", "villagers", "abducted", "in"),
    ("fr", "Des soldats ont arrêté 25 hommes, dont trois élus, près de Kidal vendredi.", "élus",
     "hommes", "arrêté", "Kidal"),
    ("fr", ("Les rebelles ont enlevé 14 villageois, pour la plupart des enseignants, en Ituri "
     "dimanche."), "plupart", "villageois", "enlevé", "Ituri"),
])
def test_a_share_aside_hangs_on_the_people_and_its_phrases_go_to_the_verb(
        lang, text, share, people, verb, phrase):
    doc = pipeline(lang)(text)
    by_text = {t.text: t for t in doc}
    assert by_text[people].is_ancestor(by_text[share])
    assert by_text[phrase].head.text == verb


def test_the_tokens_files_hold_known_lists_of_phrases():
    from wirecoder import resources

    for lang in ("fr", "en"):
        spec = resources.lang_yaml(lang, "tokens", {}) or {}
        assert set(spec) <= {"elided", "asides", "share_asides"}, lang
        for key, phrases in spec.items():
            assert phrases and all(isinstance(p, str) and p.strip() for p in phrases), (lang, key)
