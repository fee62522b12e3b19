"""Acts told as dated before the news: a year, a past month or an earlier event after the verb
(`fought a war in June`, `since the war began`), a pluperfect, a long span of time."""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Token

from wirecoder.attributes.dates import month_number
from wirecoder.events.governors import governors
from wirecoder.events.modality_lexicon import ModalityWords, has_word, modality_words
from wirecoder.nlp import (
    contracted_words,
    morph_values,
    preposition,
    sentence,
)
from wirecoder.textnorm import fold


def holds_phrase(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether some run of these words (a few dozen runs at most) is one of the phrases."""
    runs = {tuple(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    return not runs.isdisjoint(phrases)


ALREADY = frozenset({"deja", "already", "previously", "auparavant", "precedemment"})


YEAR = re.compile(r"(19|20)[0-9]{2}$")


SINCE = frozenset({"since", "depuis"})


def pluperfect_auxiliaries(token: Token) -> list[Token]:
    """A verb's pluperfect auxiliaries (`had`, `avait`, `s'était`)."""
    return [c for c in token.children if c.dep_ in ("aux", "aux:tense") and (
        fold(c.text) == "had" or (fold(c.lemma_) in ("avoir", "etre")
                                  and "Imp" in morph_values(c, "Tense")))]


def dated_past(token: Token, words: ModalityWords, before: bool = False,
                years: bool = False) -> bool:
    """Whether the words after a verb, up to the next punctuation or verb, date it to a past
    year: `in 2019`, `en février 2022`, `last year`, `l'an dernier`, `two years ago`; with
    `before`, also the words before it since the last other verb (`En 2013, la France avait
    envoyé`); with `years`, by a year only (not `in March`, `last month`)."""
    doc = token.doc
    own = {c.i for c in token.children}
    after = _words_after(token)
    if before:
        start, first = token.i, sentence(token).start
        while start > first and (doc[start - 1].pos_ not in ("VERB", "AUX")
                                            or start - 1 in own):
            start -= 1
        after += contracted_words(doc, start, token.i)
    return any(YEAR.match(w) for w in after) or holds_phrase(
        after, words.past_years if years else words.past_time)


def _words_after(verb: Token) -> list[str]:
    """The folded words after a verb up to the next punctuation or verb (not the comma of a
    date, `on Oct. 7, 2023`, nor a hyphen inside a word, `a 12-day war`)."""
    doc = verb.doc
    last = sentence(verb).end
    end = next((t.i for t in doc[verb.i + 1:last]
                if t.is_punct and not (t.text == "," and t.i + 1 < len(doc) and
                                       YEAR.match(doc[t.i + 1].text))
                and not (t.text == "-" and not doc[t.i - 1].whitespace_)
                or t.pos_ in ("VERB", "AUX")), last)
    return contracted_words(doc, verb.i + 1, end)


def dated_other_month(token: Token, lang: str, month: int) -> bool:
    """Whether a trigger's verb in the past, or the verb whose clause it serves, is dated by
    the words after it to a month named alone other than the dispatch's (`fought a 12-day
    war in June`, `ont mené une guerre en juin`, in a November dispatch): an earlier act the
    story recalls."""
    words = modality_words(lang)
    named = {month_number(phrase[-1], lang) for phrase in words.past_time if len(phrase) == 2}
    for verb in (token, *governors(token)):
        if verb.pos_ in ("VERB", "AUX") and "Past" in morph_values(verb, "Tense"):
            after = _words_after(verb)
            found = {month_number(b, lang) for a, b in itertools.pairwise(after)
                     if (a, b) in words.past_time}
            if found & named - {None, month}:
                return True
    return False


def origin_event(noun: Token, words: ModalityWords) -> bool:
    """Whether a noun after `since` is where a state began rather than a day of the news: a
    year or an earlier event (`since 1964`, `since the start of the war`, `depuis le début de
    la guerre`); not `since Monday`, nor a month (`since Oct. 7` may tell a toll of the
    news)."""
    return bool(YEAR.match(noun.text)) or has_word(noun, words.origins)


def since_clause(clause: Token) -> bool:
    """A clause in the past that `since` opens (`since the war began`, `depuis que la guerre
    a commencé`): what the act has gone on since."""
    return clause.dep_ == "advcl" and "Past" in morph_values(clause, "Tense") and any(
        c.dep_ == "mark" and fold(c.text) in SINCE for c in clause.children)


def dated_before(token: Token, lang: str) -> bool:
    """Whether a trigger's verb, or the verb whose clause it serves (`avait rappelé son
    ambassadeur en juillet dernier pour protester`), is dated to a past year
    (`ont signé en 2022`, `clashed in 2020`, `last year`)."""
    words = modality_words(lang)
    return any(v.pos_ in ("VERB", "AUX") and dated_past(v, words, before=True, years=True)
               for v in (token, *governors(token)))


def long_span(noun: Token, words: ModalityWords) -> bool:
    """`for decades`, `pendant des années`, `for more than three decades`: a span of many
    years an act lasted; a numbered span of years or months (`banned for five years`) can
    be the term of a penalty, so only an unnumbered one counts."""
    if preposition(noun) not in words.during or "Plur" not in morph_values(noun, "Number"):
        return False
    lemma = fold(noun.lemma_)
    return lemma in words.long_spans or lemma in words.vague_spans and not any(
        c.dep_ == "nummod" for c in noun.children)
