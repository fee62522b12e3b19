"""The sentence rule wirecoder puts before the parser, and reading a verb's dependents."""

import pytest
import spacy
from spacy.tokens import Doc

from wirecoder.nlp import dependents, paragraph_breaks, pipeline
from wirecoder.textnorm import clean_for_nlp


def starts(text: str) -> dict[str, bool | None]:
    """Each token's sentence-start mark after the rule (True, False, or None: the parser's)."""
    doc = paragraph_breaks(spacy.blank("fr").make_doc(text))
    return {f"{t.i}:{t.text}": t.is_sent_start for t in doc}


def test_closing_quote_mid_sentence_cannot_end_it():
    marks = starts("Ottawa a dénoncé « avec force » le blocus du port.")
    assert marks["7:le"] is False


def test_closing_quote_after_final_punctuation_may_end_it():
    marks = starts("Il a dit : « Nous partirons. » Le ministre est rentré.")
    assert marks["9:Le"] is None  # left to the parser


def test_line_break_starts_a_sentence_and_name_stays_whole():
    marks = starts("Kassym-Jomart Tokaïev a reçu le ministre.\nLe ministre est reparti.")
    assert all(marks[k] is False for k in marks if k.split(":")[0] in {"1", "2", "3"})
    newline = next(int(k.split(":")[0]) for k in marks if k.endswith("\n"))
    assert marks[f"{newline + 1}:Le"] is True


def test_dependents_include_what_the_parser_hung_on_the_auxiliary():
    # `Le ministre s'est entretenu avec X`, parsed with subject and pronoun under `est`
    words = ["Le", "ministre", "s'", "est", "entretenu", "avec", "lui"]
    doc = Doc(spacy.blank("fr").vocab, words=words,
              heads=[1, 3, 3, 4, 4, 6, 4],
              deps=["det", "nsubj", "expl:comp", "aux:tense", "ROOT", "case", "obl:arg"])
    found = {t.text for t in dependents(doc[4])}
    assert {"ministre", "s'", "est", "lui"} <= found
    assert "Le" not in found


def test_clean_for_nlp_reads_a_quote_after_an_elided_word_as_a_space():
    text = "a qualifié la décision d’« inacceptable » et l'\"ingérence\""
    cleaned = clean_for_nlp(text, "fr")
    assert cleaned == "a qualifié la décision d'  inacceptable » et l' ingérence\""
    assert len(cleaned) == len(text)
    english = "the group's \"plan\" and Russia’s “operation”"
    assert clean_for_nlp(english, "en") == "the group's \"plan\" and Russia's “operation”"


def test_an_elided_word_stays_one_token_before_a_space():
    doc = pipeline("fr")(clean_for_nlp("Il a qualifié la décision d'« inacceptable ».", "fr"))
    assert "d'" in [t.text for t in doc]


def test_preposition_of_a_noun_after_an_adverbial_preposition():
    from wirecoder.nlp import preposition
    doc = pipeline("fr")("Tokyo a élevé une protestation auprès de Pékin.")
    assert preposition(next(t for t in doc if t.text == "Pékin")) == "aupres"
    doc = pipeline("fr")("La délégation de Pékin est arrivée.")
    assert preposition(next(t for t in doc if t.text == "Pékin")) == "de"


def test_fold_splits_ligatures_and_clean_for_nlp_keeps_length():
    from wirecoder.textnorm import fold
    assert fold("Manœuvres") == fold("manoeuvres") == "manoeuvres"
    assert fold("ex æquo") == "ex aequo"
    assert len(clean_for_nlp("des manœuvres", "fr")) == len("des manœuvres")


@pytest.mark.parametrize("text, lang", [
    ("Le Kenya a envoyé 400 policiers en Haïti mardi.\n\n", "fr"),
    ("Kenya sent 400 police officers to Haiti on Tuesday.\n", "en"),
])
def test_clean_for_nlp_drops_trailing_whitespace_so_a_file_parses_as_a_record(text, lang):
    cleaned = clean_for_nlp(text, lang)
    assert cleaned == text.rstrip()
    doc = pipeline(lang)(cleaned)
    assert not doc[-1].is_space and doc[-1].text == "."


def test_sentence_of_a_token_is_its_sent_and_a_preposition_is_read_once():
    from wirecoder.events.tense import verb_tense
    from wirecoder.nlp import preposition, sentence
    doc = pipeline("en")("Chile recalled its envoy from Lima. Peru protested. Talks were held "
                         "in Quito")
    assert all(sentence(t) == t.sent for t in doc)
    quito = next(t for t in doc if t.text == "Quito")
    assert preposition(quito) == "in"
    assert preposition.table(doc)[quito.i] == "in"  # kept with the document
    assert verb_tense.table(doc) is verb_tense.table(doc) is not preposition.table(doc)
