"""Acts a sentence names but does not tell as done to anyone: force used on no one (`attacked
inflation`), struck by nature (`a cyclone hit`), staff fired, attacks only plotted, force
told in a speech or judged in words, photo captions; and the words of a trigger's
expression, which these judgements read."""

from __future__ import annotations

from spacy.tokens import Span, Token

from wirecoder.attributes.tone import tone
from wirecoder.events.judgements import INDEFINITE
from wirecoder.events.judgements import MARKERS as JUDGEMENT_MARKERS
from wirecoder.events.modality_lexicon import ModalityWords, has_word
from wirecoder.events.speech_acts import PARTICIPLE_CLAUSES
from wirecoder.events.subjects import MANNER, doer_tokens
from wirecoder.events.syntax import OF, marked_tokens
from wirecoder.events.triggers import Trigger, complements
from wirecoder.nlp import contracted_words, folded_lemmas, folded_tokens, preposition
from wirecoder.textnorm import fold

QUANTITIES = frozenset({"ADV", "ADJ", "NUM", "PRON"})  # `davantage d'aide`, `much of its aid`


def expression_tokens(token: Token, trigger: Trigger) -> list[Token]:
    """The trigger and the words of its expression, also one counted by a quantity word
    (`a promis davantage d'aide à Kiev`, on which the parser hangs the recipient); for a talk,
    also its means (`spoke by telephone with X`, `held talks by video link with X`), on which
    the parser may hang the partner."""
    lemmas, forms = folded_lemmas(token.doc), folded_tokens(token.doc)
    words = complements(token)
    words += [g for c in words if c.pos_ in QUANTITIES for g in marked_tokens(c, OF)]
    heads = [token, *(c for c in words
                      if lemmas[c.i] in trigger.with_ or forms[c.i] in trigger.with_)]
    if trigger.code[:2] == "04":
        heads += [g for h in heads for c in h.children if c.dep_ == "prep" and
                  forms[c.i] in MANNER for g in c.children if g.dep_ == "pobj"]
    return heads


def on_no_one(token: Token, trigger: Trigger, words: ModalityWords) -> bool:
    """Whether force is used only on what is no one (modality `abstract`: `attacked
    inflation`, `war on corruption`, `seized two tonnes of cocaine`; modality `ordnance`: a
    vehicle that `hit a landmine` suffers the blast, no one attacks), or, on no one, only for
    a cause (modality `causes` after a `purpose` marker: `fighting for their rights`)."""
    words_of_act = expression_tokens(token, trigger)  # `declared war on`: not `war`
    struck = [_measured(t, words) for head in words_of_act for t in marked_tokens(head, trigger.target)
              if t not in words_of_act]
    if not struck:
        causes = marked_tokens(token, tuple(words.purpose))
        return bool(causes) and all(has_word(t, words.causes) for t in causes)
    return all(has_word(t, words.abstract, words.ordnance) for t in struck)


def photo_caption(sent: Span, captions: tuple[tuple[str, ...], ...]) -> bool:
    """Whether a sentence is a photo caption: it opens with a caption marker (modality
    `captions`: `FILE PHOTO`, `PHOTO`) and a colon, or follows them split off as a sentence
    of their own."""
    doc = sent.doc
    # (the words of each place a marker may stand, not the whole document's: `d'` as `de`)
    return any(tuple(contracted_words(doc, start, min(start + len(c) + 1, len(doc)))) == (
        *c, ":") for c in captions for start in (sent.start, sent.start - len(c) - 1)
        if start >= 0)


def fired_staff(token: Token, words: ModalityWords) -> bool:
    """Whether a verb of dismissal (modality `dismissal`: `fire`, `sack`) has staff as its
    object, or as the title of a named object (modality `staff`: `fired 200 workers`, `fired his
    defence minister Yoav Gallant`): no shot."""
    objects = marked_tokens(token, ("obj",)) if has_word(token, words.dismissal) else []
    return bool(objects) and all(any(has_word(w, words.staff) for w in (t, *t.children) if
                                     w is t or w.dep_ == "compound") for t in objects)


def plotted(token: Token, words: ModalityWords) -> bool:
    """Whether an act noun is compounded with planning (modality `plotting`: `a cell
    planning attacks`, read as a compound): a planned act, no force used."""
    return token.pos_ == "NOUN" and any(c.dep_ in ("compound", "amod") and has_word(
        c, words.plotting) for c in token.children)


def in_forum(token: Token, words: ModalityWords) -> bool:
    """Whether an attack is made in a speech, an interview or on social media
    (modality `forums`, after a `forum_markers` preposition): words, a criticism (111), not
    force."""
    return any(has_word(t, words.forums)
               for t in marked_tokens(token, tuple(words.forum_markers)))


def judged_as(token: Token, lang: str) -> bool:
    """Whether an attack passes a judgement after `as`, of negative tone: an adjective, or an
    indefinite noun an adjective qualifies (`attacked the court as antisemitic`, `attacked
    the pact as a dangerous mistake`): words, a criticism (111), not force (`struck the base
    as a warning`, `as heavy fighting raged` are)."""
    return any(tone(g.doc[g.left_edge.i:g.right_edge.i + 1].text, lang) < 0
               for t in (token, *marked_tokens(token, ("obj",))) for c in t.children
               if c.dep_ == "prep" and fold(c.text) in JUDGEMENT_MARKERS
               for g in c.children if _judgement_phrase(g))


def _judgement_phrase(word: Token) -> bool:
    """An adjective, or an indefinite noun an adjective qualifies (`a dangerous mistake`)."""
    return word.pos_ == "ADJ" or word.pos_ == "NOUN" and any(
        c.dep_ == "det" and fold(c.text) in INDEFINITE for c in word.children) and any(
        c.dep_ == "amod" and c.pos_ == "ADJ" for c in word.children)


def outcome_of(token: Token, figurative: set[int]) -> bool:
    """Whether a participle clause tells what a figurative act did (`their truck hit a mine,
    killing four soldiers`): no one's force either."""
    return token.dep_ in PARTICIPLE_CLAUSES and token.head.i in figurative


def _measured(noun: Token, words: ModalityWords) -> Token:
    """What a numbered measure counts (`two tonnes of cocaine`: `cocaine`), or a carrier
    carries (modality `carriers`: `a wave of disinformation`), else the noun."""
    if not any(c.dep_ == "nummod" for c in noun.children) and not has_word(noun, words.carriers):
        return noun
    counted = [t for c in noun.children for t in (c, *c.children)
               if t.pos_ == "NOUN" and preposition(t) in OF]
    return counted[0] if counted else noun


def natural_cause(token: Token, trigger: Trigger, words: ModalityWords) -> bool:
    """Whether force or protest is done by a natural hazard, an accident or a market, no one
    (modality `hazards`: `a cyclone hit Mozambique`, `des inondations ont tué dix personnes`,
    `shares rallied`), also when a doerless act tells only the mishap it happened in
    (modality `occasion`: `were killed in a bus crash`, `ont été tués dans un accident`), or a
    participle clause what a mishap did (modality `mishaps`: `a train derailed, killing 275
    people`); or by players of a sport (modality `players`: `the team attacked from the
    wing`)."""
    if trigger.pos != "VERB":
        return False
    doers = doer_tokens(token) or marked_tokens(token, tuple(words.occasion))
    return any(has_word(t, words.hazards, words.players) for t in doers) or _mishap(token, words)


def _mishap(token: Token, words: ModalityWords) -> bool:
    """Whether a participle clause tells what a mishap did (`a ferry capsized, killing 30`),
    not a weapon (`a drone crashed into a block, killing two`)."""
    head = token.head
    return token.dep_ in PARTICIPLE_CLAUSES and head.i != token.i and \
        has_word(head, words.mishaps) and not any(
            has_word(t, words.projectiles, words.ordnance) for t in doer_tokens(head))
