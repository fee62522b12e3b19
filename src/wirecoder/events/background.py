"""Whether an act is told as background rather than as the news: a noun in a phrase that
frames it (`during the president's visit`), an act recalled from before the news (a
pluperfect with `already`, a clause dated to a past year, a toll run up `since`), a state of
long standing, or the standing denial repeated in every story (`…, which Moscow denies`)."""

from __future__ import annotations

from spacy.tokens import Token

from wirecoder.events.dated import (
    ALREADY,
    SINCE,
    contracted_words,
    dated_past,
    holds_phrase,
    long_span,
    origin_event,
    pluperfect_auxiliaries,
    since_clause,
)
from wirecoder.events.modality_lexicon import ModalityWords, has_word
from wirecoder.events.supposition import clause_marked
from wirecoder.events.tense import verb_tense
from wirecoder.nlp import (
    RELATIVE_CLAUSES,
    morph_values,
    preposition,
    sentence,
    sentence_of,
)
from wirecoder.textnorm import fold


def background_noun(token: Token, words: ModalityWords) -> bool:
    """Whether an act noun stands in a phrase of background (modality `background`: `during
    the president's visit`, `à l'invitation de X`) among the words since the last verb."""
    doc = token.doc
    numbers = sentence_of(doc)
    start = token.i
    while start > 0 and token.i - start < 6 and numbers[start - 1] == numbers[token.i]:
        start -= 1
    if token.dep_ == "pobj" and (fold(token.head.text),) in words.background:
        return True  # `during the president's visit`
    # the words before the trigger since the last verb: `students, after the exams, held
    # demonstrations` is not background, `during the president's visit` is
    verb = max((k for k in range(start, token.i) if doc[k].pos_ in ("VERB", "AUX")),
               default=start - 1)
    before = contracted_words(doc, verb + 1, token.i)
    if holds_phrase(before, words.background):
        return True
    # a phrase around the noun itself: `à l'invitation de X` frames a visit, invites no one
    around = before + contracted_words(doc, token.i, min(token.i + 2, len(doc)))
    return any(tuple(around[i:j]) in words.background for i in range(len(before) + 1)
               for j in range(len(before) + 1, len(around) + 1))


def recalled_act(token: Token, words: ModalityWords) -> bool:
    """`les deux présidents s'étaient déjà rencontrés`, `they had met in 2019`, `Erdogan, who
    visited Baghdad last year, …`: an act the narrative recalls from before its news (a
    pluperfect with `already` or dated to a past year; a relative clause so dated; an act
    going on since a year, `combat l'État depuis 1964`, or for many years, `se sont
    affrontés pendant des décennies`; a
    pluperfect alone often reports recent news: `la junte avait rappelé samedi son
    ambassadeur`)."""
    pluperfect = bool(pluperfect_auxiliaries(token))
    if pluperfect and any(fold(c.text) in ALREADY for c in token.children
                          if c.dep_ == "advmod"):
        return True
    if pluperfect and token.dep_ == "ccomp" and has_word(token.head, words.recalling):
        return True  # `a rappelé que la France avait soutenu l'Ukraine`: a fact recalled
    if any(preposition(g) in SINCE and origin_event(g, words) or long_span(g, words)
           for c in token.children if not _summing_up(c) for g in (c, *c.children)) or any(
            since_clause(c) for c in token.children):
        return True  # `has been fighting the state since 1964`: a state, not news
    if _since_then(token):
        return True  # `has since killed 48,000 people`: a toll run up since an earlier act
    # `the talks come after Russia invaded Ukraine in 2022`: a clause of time so dated
    framing = token.dep_ == "advcl" and clause_marked(
        token, frozenset(phrase[0] for phrase in words.background if len(phrase) == 1))
    if framing and _long_after(token, words):
        return True  # `the summit comes a year after Hamas attacked Israel`
    return (pluperfect or framing or token.dep_ in RELATIVE_CLAUSES and verb_tense(token) is None) \
        and dated_past(token, words, before=pluperfect)


def _summing_up(phrase: Token) -> bool:
    """A noun or adjective phrase set off by a comma after its verb, which sums up the act
    (`s'est rendu à Ankara, une première depuis 2009`): what it dates is not the act."""
    start = phrase.left_edge.i
    if phrase.doc[start].text == ",":  # (the parser may hang the comma in the phrase)
        start += 1
    return phrase.i > phrase.head.i and phrase.pos_ in ("NOUN", "ADJ") and start > 0 and \
        phrase.doc[start - 1].text == "," and phrase.doc[start].pos_ != "ADP"


def _long_after(clause: Token, words: ModalityWords) -> bool:
    """Whether a clause of time is measured off by months or years (`a year after`, `deux
    ans après que`, `months after`): an act long before the news (not `hours after`)."""
    mark = next((c for c in clause.children if c.dep_ == "mark"), None)
    return mark is not None and mark.i > 0 and \
        has_word(clause.doc[mark.i - 1], words.long_spans, words.vague_spans)


def _since_then(verb: Token) -> bool:
    """`has since killed`, `a depuis tué`: `since` alone between a verb and its auxiliary
    tells what has gone on since an act the story told before."""
    doc = verb.doc
    return verb.i >= 2 and fold(doc[verb.i - 1].text) in SINCE and \
        doc[verb.i - 2].head.i == verb.i and doc[verb.i - 2].dep_.startswith("aux")


STANDING_REACH = 2  # words between a verb and its adverb of standing (`depuis longtemps`)


def standing_state(verb: Token, words: ModalityWords) -> bool:
    """Whether an act is told as a standing position (`has long supported`, `soutient depuis
    longtemps`, `has repeatedly rejected` in the English present perfect): no act of the day. The adverb is read next to the verb, where the French
    parser may hang it anywhere (`a traditionnellement appuyé`: a subject)."""
    sent = sentence(verb)
    near = verb.doc[max(sent.start, verb.i - STANDING_REACH):
                    min(sent.end, verb.i + STANDING_REACH + 1)]
    return any(has_word(t, words.standing) for t in near) or present_perfect(verb) and any(
        c.dep_ == "advmod" and has_word(c, words.recurring) for c in verb.children)


def standing_rebuttal(verb: Token, words: ModalityWords) -> bool:
    """Whether a denial in the present stands in a clause after a comma that a rebuttal
    word opens (`…, a charge Abu Dhabi denies`, `…, which Moscow denies`): the standing
    answer to a charge, repeated in every story (`…, which Moscow denied` is the day's)."""
    if not has_word(verb, words.denial) or "Past" in morph_values(verb, "Tense"):
        return False
    doc = verb.doc
    comma = next((t.i for t in reversed(doc[sentence(verb).start:verb.i]) if t.text == ","), None)
    return comma is not None and any(has_word(t, words.rebuttals)
                                     for t in doc[comma + 1:verb.i])


PRESENT_PERFECT = frozenset({"has", "have"})


def standing_origin(verb: Token, words: ModalityWords) -> bool:
    """Whether an English present perfect has for subject an act noun of long standing
    (modality `origins`: `Russia's invasion of Ukraine has killed tens of thousands`, `the
    war has displaced millions`): a toll run up since, restated; neither the act nor the
    harm is of the day (the French passé composé tells the news, so only the English tag)."""
    return present_perfect(verb) and any(
        c.dep_.startswith("nsubj") and has_word(c, words.origins) for c in verb.children)


def present_perfect(verb: Token) -> bool:
    """`has rejected`, `have killed`: an English past participle under `has` or `have`."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and fold(c.text) in PRESENT_PERFECT
                                      for c in verb.children)
