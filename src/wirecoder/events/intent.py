"""Acts not done but planned, wished or only believed: a purpose clause (`sent troops to
help`), a condition (`will withdraw unless…`), a wish (`espère que…`), an intent word
(`agreed to hold talks`), a time clause under a future act, a scheduled noun, and what
commentators say; `judge` in modality.py turns these into verdicts."""

from __future__ import annotations

from spacy.tokens import Token

from wirecoder.events.dated import contracted_words, holds_phrase
from wirecoder.events.governors import GOVERNORS, governors
from wirecoder.events.modality_lexicon import ModalityWords, has_word, may_have_word
from wirecoder.events.supposition import clauses_up
from wirecoder.events.tense import verb_tense
from wirecoder.nlp import CONTRACTIONS, PASSIVE_SUBJECTS, morph_values, sentence
from wirecoder.textnorm import fold

PURPOSE = frozenset({"pour", "afin", "to"})
COMPLEMENTISERS = frozenset({"que", "qu'", "that"})  # folded: what opens a clause of content


def for_purpose(token: Token, words: ModalityWords) -> bool:
    """`une mission pour aider la police`, `sent troops to help`: what an act is for has not
    happened; nor has what it, in turn, governs (`à combattre les gangs`). The parser may
    hang it on a verb of travel as its complement (`would travel to Washington next week to
    meet Trump`): the travel, not the meeting, is the act."""
    return any(current.pos_ == "VERB" and (current.dep_ == "advcl" or current.dep_ == "xcomp"
                                           and has_word(current.head, words.travel)) and any(
        c.dep_ in ("mark", "aux") and fold(c.text) in PURPOSE for c in current.children)
        for current in clauses_up(token, ("xcomp", "ccomp")))


def conditional(token: Token, marks: frozenset[str], words: ModalityWords) -> bool:
    """Whether an act is announced on a condition one of `marks` opens (`will withdraw
    unless...`, `retirera ses troupes à moins que...`); not one a concession word makes
    no condition (`will impose sanctions even if Hungary objects`)."""
    for child in token.children:
        if child.dep_ in ("advmod", "mark", "cc") and has_word(child, marks):
            return True
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and has_word(m, marks)
                                         for m in child.children) and not any(
                c.dep_ == "advmod" and has_word(c, words.concession) for c in child.children):
            return True
    return False


def wished(token: Token, words: ModalityWords) -> bool:
    """`a dit espérer que l'Ukraine accepterait des négociations`, `hoped that Kyiv would
    accept talks`: an act in a clause of its own named subject, governed by a word of hope or
    wish, is only wished for by the speaker; no one has done or announced it. So is an act
    that clause's verb governs (`espère que la Turquie acceptera de rouvrir sa frontière`)."""
    clause = next((c for c in clauses_up(token, ("xcomp",)) if c.dep_ != "xcomp"), token)
    if clause is not token:
        return wished(clause, words)
    # (the parser may hang `que` on the clause's subject)
    if token.dep_ not in ("ccomp", "advcl") or not any(
            c.dep_ == "mark" and fold(c.text) in COMPLEMENTISERS
            for c in token.doc[token.left_edge.i:token.i]):
        return False
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")),
                   None)
    return subject is not None and subject.pos_ != "PRON" and has_word(token.head, words.wish)


# How an act hangs on the verb of an opinion: in its clause, or as a subject in it.
OPINED = GOVERNORS | {"nsubj", "nsubj:pass", "nsubjpass"}


def opined(token: Token, words: ModalityWords) -> bool:
    """`Critics say the government jails journalists`, `des analystes estiment que…`: an act
    in what commentators say or believe, up to four heads up, is their opinion; so is one in
    a sentence told on their word (`Selon des analystes, …`, `According to critics, …`)."""
    if any(c.dep_.startswith("nsubj") and has_word(c, words.commentators)
           for g in governors(token, 4, OPINED) for c in g.children):
        return True
    if not may_have_word(token.doc, words.commentators):
        return False
    sent = sentence(token)
    return any(t.pos_ == "NOUN" and has_word(t, words.commentators) and holds_phrase(
        contracted_words(token.doc, max(sent.start, t.i - 3), t.i), words.attribution)
        for t in sent)


def under_intent(token: Token, words: ModalityWords) -> bool:
    """Whether an intent word governs the act, also through a conjunction of acts (`agreed to
    hold talks and to sign a pact`), but not the intent word's own finite conjunct (`a promis
    une aide et a condamné l'attaque`: the condemnation is done), nor a past participle
    qualifying a noun (`agreed to a truce brokered by Qatar`: the brokering is done)."""
    if token.dep_ in ("acl", "amod") and token.head.pos_ in ("NOUN", "PROPN") and \
            "Part" in morph_values(token, "VerbForm") and "Past" in morph_values(token, "Tense"):
        return False
    current = token
    for _ in range(3):
        if current.dep_ not in GOVERNORS | {"conj"} or current.head.i == current.i:
            return False
        done = current.dep_ == "conj" and "Inf" not in morph_values(current, "VerbForm")
        below, current = current, current.head
        if not done and has_word(current, words.intent):
            return True
        if below.dep_ == "xcomp" and any(c.dep_ in ("obj", "dobj", "obl:arg") and c.i < below.i
                                         and has_word(c, words.intent) for c in current.children):
            # `a exprimé sa disponibilité à aider la Libye`, `a fait part de sa volonté de
            # renforcer…`, the infinitive hung on the verb: it completes the noun of intent
            # before it
            return True
    return False


def intending_verb(noun: Token, words: ModalityWords) -> Token | None:
    """The verb of intent whose object an act noun is (`is considering new sanctions`,
    `envisage des négociations`, also a partitive object the French parser hung as a `de`
    complement: `envisage de nouvelles sanctions`)."""
    verb = noun.head
    if verb.i == noun.i or verb.pos_ != "VERB" or not has_word(verb, words.intent):
        return None
    if noun.dep_ in ("obj", "dobj"):
        return verb
    word = next((fold(c.text) for c in noun.children if c.dep_ == "case"), None)
    partitive = word is not None and CONTRACTIONS.get(word, word) == "de"
    return verb if partitive and noun.dep_ in ("nmod", "obl:arg", "obl") else None


def future_time_clause(verb: Token, words: ModalityWords) -> bool:
    """Whether an act in the present stands in a clause of time under a future or intended
    act (`will raise the issue when he visits Tokyo`): an act intended, as the head's is."""
    head = verb.head
    return verb.dep_ == "advcl" and head.i != verb.i and \
        "Past" not in morph_values(verb, "Tense") and any(
            fold(c.text) in words.time_clauses for c in verb.children
            if c.dep_ in ("mark", "advmod")) and (
            verb_tense(head) is not None or under_intent(head, words))


def scheduled(noun: Token, words: ModalityWords) -> bool:
    """Whether an act noun is the subject of its scheduling (`talks are expected to resume`,
    `a meeting is scheduled for Friday`, `une rencontre est prévue lundi`): announced, not
    held; or whether someone is (`X est attendu au Caire pour des entretiens`)."""
    return noun.dep_ in PASSIVE_SUBJECTS and has_word(noun.head, words.scheduling)
