"""The array equivalents of spaCy's attribute ruler and lemmatizer give spaCy's own output."""

import pytest
import spacy

from wirecoder.nlp import UNUSED_COMPONENTS, model_name
from wirecoder.spacy_fast import MemoAttributeRuler, speed_up

TEXTS = {
    "en": [
        "There are two ways out, and there was nothing they could do about it.",
        "I don't know why y'all ain't gonna sign it; we're gotta leave, let's go.",
        "She told him that her ministry's envoys had been recalled.  \n\nThem? Those were ours.",
        "The  ministers met on Monday.\n\nNothin' was agreed, but talks will resume.",
        "It is what it is: the rebels got the weapons and gets stronger.",
    ],
    "fr": [
        "Le président s'est entretenu avec son homologue kazakh à Astana.  \n\nIls ont signé.",
        "Les manifestants n'ont pas été reçus par le ministre, qui avait promis de les voir.",
        "Y a-t-il eu des morts ? Selon l'armée, aucun soldat n'a été blessé.",
    ],
}
ATTRS = ("tag_", "pos_", "morph", "lemma_", "dep_", "head")


def annotations(nlp, texts):
    return [[tuple(str(getattr(token, attr)) for attr in ATTRS) for token in doc]
            for doc in nlp.pipe(texts)]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_same_annotations_as_spacy(lang):
    stock = spacy.load(model_name(lang), exclude=list(UNUSED_COMPONENTS))
    fast = speed_up(spacy.load(model_name(lang), exclude=list(UNUSED_COMPONENTS)))
    assert "wirecoder_attribute_ruler" in fast.pipe_names
    assert "wirecoder_lemmatizer" in fast.pipe_names
    assert "lemmatizer" not in fast.pipe_names  # disabled, kept
    expected = annotations(stock, TEXTS[lang])
    # twice: the second pass reads everything from the memos
    assert annotations(fast, TEXTS[lang]) == expected
    assert annotations(fast, TEXTS[lang]) == expected


def test_ruler_with_unread_attribute_is_left_to_spacy():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LENGTH": 3}]], {"POS": "NOUN"})
    assert not MemoAttributeRuler.handles(ruler)
    speed_up(nlp)
    assert nlp.pipe_names == ["attribute_ruler"]


def test_later_pattern_wins_over_earlier_one():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "us"}]], {"POS": "PRON"})
    ruler.add([[{"LOWER": "let"}, {"LOWER": "us"}]], {"POS": "NOUN"}, index=1)
    ruler.add([[{"LOWER": {"IN": ["us", "we"]}}]], {"POS": "X", "LEMMA": "we"})
    ruler.add([[{"LOWER": {"REGEX": "^let$"}}, {"LOWER": "us"}]], {"POS": "VERB"}, index=1)
    speed_up(nlp)
    assert nlp.pipe_names == ["wirecoder_attribute_ruler"]
    doc = nlp("let us go with us")
    assert [(t.pos_, t.lemma_) for t in doc] == [
        ("", ""), ("VERB", "we"), ("", ""), ("", ""), ("X", "we")]
