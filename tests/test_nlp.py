"""The sentence rule wirecoder puts before the parser, and reading a verb's dependents."""

import spacy
from spacy.tokens import Doc

from wirecoder.nlp import dependents, paragraph_breaks


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
