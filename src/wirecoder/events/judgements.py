"""Judgements: `X called the sanctions illegitimate`, `X a qualifié la démarche
d'injustifiée` criticise (111) or praise (051) what they name, by the judgement's tone."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from wirecoder.attributes.tone import tone
from wirecoder.events.modality_lexicon import ModalityWords, has_word, modality_words
from wirecoder.events.syntax import GENITIVE, OBJECTS, infinitive, introduced_by
from wirecoder.events.triggers import Trigger, act_noun, trigger_index
from wirecoder.nlp import folded_lemmas, morph_values, preposition
from wirecoder.textnorm import fold

# How a judgement hangs on the verb or its object: a predicative complement, or `as`/`de`.
COMPLEMENTS = frozenset({"oprd", "xcomp", "acomp", "ccomp"})
MARKERS = frozenset({"as", "de", "d'", "d", "comme"})
# `called the Turkish president a dictator`, `called the strike on Belgorod a terrorist act`:
# an indefinite noun the parser hangs in the object as an apposition (no comma before it) is
# the judgement.
INDEFINITE = frozenset({"a", "an"})
# How an actor owns the subject of a spoken judgement (`Washington's decision`, `the Israeli
# operation`, `la décision de Washington`).
OWNERS = frozenset({"poss", "nmod:poss", "amod", "compound", "nmod"})
AGENTS = GENITIVE | {"by", "par"}


def _marked(token: Token) -> bool:
    """A word introduced by `de`, `as`: `d'inacceptables`, `as illegitimate`."""
    return any(c.dep_ in ("case", "det") and fold(c.text) in MARKERS for c in token.children)


def judgement(verb: Token) -> Span | None:
    """The judgement a characterising verb passes on its object, if it passes one."""
    # (a quotation mark the tagger read as a word is no object: `a jugé « inacceptables »`)
    objects = [c for c in verb.children if c.dep_ in OBJECTS and not c.is_quote]
    if not objects:
        # `a jugé injustifiée leur démarche`: the parser hung the object on the judgement
        first = next((c for c in verb.children if c.dep_ in COMPLEMENTS and c.i > verb.i
                      and (c.pos_ == "ADJ" or "Part" in morph_values(c, "VerbForm"))
                      and not infinitive(c)
                      and any(g.dep_ in OBJECTS and g.i > c.i for g in c.children)), None)
        if first is not None:
            return verb.doc[first.i:first.i + 1]
        # `called Trump a thug`: the parser makes both the object and the judgement
        # predicative complements; the second judges the first
        named = [c for c in verb.children if c.dep_ == "oprd" and c.i > verb.i]
        if len(named) == 2 and named[0].pos_ == "PROPN":
            return verb.doc[named[1].left_edge.i:named[1].right_edge.i + 1]
        return None
    # `a qualifié d'inacceptables les propos`: the parser makes the judgement a first object
    marked = [o for o in objects if _marked(o)]
    if marked and len(objects) > 1:
        return verb.doc[marked[0].i:marked[0].right_edge.i + 1]
    if len(objects) > 1 and (objects[0].pos_ == "ADJ" or _quoted_bare(objects[0])):
        # `a jugé inacceptables les propos`: the adjective before the object, parsed as one
        # (also when, quoted, the tagger read it as a noun: `a jugé « inacceptables » les…`)
        return verb.doc[objects[0].i:objects[0].i + 1]
    named = [c for c in verb.children if c.dep_ == "dative" and c.i < objects[0].i]
    if len(objects) > 1 and objects[1].i > objects[0].right_edge.i or named:
        # `branded Israel a terrorist state`: the parser makes the judgement a second object,
        # or the first a dative
        second = objects[-1]
        return verb.doc[second.left_edge.i:second.right_edge.i + 1]
    obj = objects[0]
    first = next((c for c in obj.children if c.dep_ == "amod" and any(
        d.dep_ == "det" and d.i > c.i for d in obj.children)), None)
    if first is not None:
        # `called unacceptable the expulsion`: an adjective before the determiner is no
        # modifier of the noun
        return verb.doc[first.i:first.i + 1]
    named_as = next((t for t in obj.subtree if t.dep_ == "appos" and t.i > obj.i
                     and not verb.doc[t.left_edge.i - 1].is_punct and any(
                         c.dep_ == "det" and fold(c.text) in INDEFINITE for c in t.children)), None)
    if named_as is not None:
        return verb.doc[named_as.left_edge.i:named_as.right_edge.i + 1]
    for head in (verb, obj):
        for child in head.children:
            if child.i <= obj.i and not (head is verb and child.i > verb.i):
                # a complement of the verb before its object (`a qualifié d'ingérence les
                # propos`) judges it too
                continue
            if child.dep_ == "prep" and fold(child.text) in MARKERS:
                child = next((g for g in child.children if g.dep_ == "pobj"), child)
            elif child.dep_ not in COMPLEMENTS and preposition(child) not in MARKERS:
                continue
            if infinitive(child) and child.dep_ != "oprd":
                # `called the president to offer condolences` judges nothing; a predicative
                # noun the tagger took for a bare verb (`calling them blackmail`) does
                continue
            return verb.doc[child.left_edge.i:child.right_edge.i + 1]
    # `a qualifié les propos du ministre d'inacceptables`: hung on the object's last noun;
    # `called the remarks unacceptable`, `a jugé la décision inacceptable`: an adjective
    # ending the object, which the parser made its modifier (`injustifiée`: a participle)
    last = verb.doc[obj.right_edge.i]
    if last.i > obj.i and (_marked(last) and last.head.i != obj.i or last.dep_ == "amod"
                           or last.dep_ == "acl" and not any(last.children)):
        return verb.doc[last.i:last.i + 1]
    return None


def _said_clauses(verb: Token) -> Iterator[tuple[Token, Token]]:
    """The clauses a speech verb reports (not negated ones), with their subjects."""
    negation = modality_words(verb.doc.lang_).negation
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "xcomp") or any(
                c.dep_ == "neg" or has_word(c, negation) for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            yield clause, subject


def spoken_judgement(verb: Token, named: frozenset[int]) -> Span | None:
    """`said Washington's decision was a mistake`, `a déclaré que la décision américaine
    était inacceptable`: what a speech verb's copular clause says of an act (a noun of the
    event lexicon, a decision, or a word of `conduct`: remarks, a stance) an actor owns (`the
    situation in Gaza was dire`, `American weapons were dangerous` judge no one's act)."""
    words = modality_words(verb.doc.lang_)
    for clause, subject in _said_clauses(verb):
        if subject.pos_ != "NOUN" or not _names_an_act(subject, words):
            continue
        if not any(c.dep_ in OWNERS and c.i in named and (
                c.dep_ != "nmod" or introduced_by(c, AGENTS)) or c.dep_ == "prep" and fold(
                    c.text) in AGENTS and any(g.i in named for g in c.children)
                   for c in subject.children):
            # `the statement by the French president`: an English agent hangs on `by`
            continue
        if fold(clause.lemma_) == "be":
            # English: the verb `be` heads the clause, the judgement its complement
            said = next((c for c in clause.children if c.dep_ in ("acomp", "attr")), None)
        else:
            # French: the judgement heads the clause, with `être` its copula
            said = clause if any(c.dep_ == "cop" for c in clause.children) else None
        if said is not None and said.i > subject.i:
            return verb.doc[said.left_edge.i if said is not clause else said.i:
                            said.right_edge.i + 1]
    return None


def quoted_criticism(verb: Token, named: frozenset[int], topics: frozenset[str],
                     lang: str) -> bool:
    """`"This is unacceptable," the minister said of the Russian strikes`: a negative quote
    before a speech verb whose topic (`of`) is an act an actor owns (a noun of the event
    lexicon, a decision, a word of `conduct`; not `the hospitals in Gaza`) criticises that
    actor."""
    words = modality_words(lang)
    about = [g for c in verb.children if c.dep_ == "prep" and fold(c.text) in topics
             for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN" and
             _names_an_act(g, words)]
    if not any(t.i in named for g in about for t in g.subtree):
        return False
    return any(clause.i < verb.i and tone(verb.doc[clause.left_edge.i:clause.right_edge.i + 1]
                                          .text, lang) < 0
               for clause, _ in _said_clauses(verb))


def blamed(verb: Token, named: frozenset[int], culpable: frozenset[str]) -> bool:
    """`said that Russia was responsible for the attack`, `said India bore responsibility`,
    `a affirmé que Kiev était responsable`, `said Russia was behind the attack`: a speech
    verb whose clause says an actor is to blame (a `culpable` word completing the clause,
    heading it, or introducing an act it is said to be behind)."""
    for clause, subject in _said_clauses(verb):
        if subject.i not in named or subject.i > clause.i:
            continue
        if fold(clause.lemma_) in culpable or any(
                c.dep_ in ("acomp", "attr", *OBJECTS) and fold(c.lemma_) in culpable
                for c in clause.children) or _behind_an_act(clause, culpable):
            return True
    return False


def _behind_an_act(clause: Token, culpable: frozenset[str]) -> bool:
    """Whether a clause puts its subject behind an act (`was behind the attack`, `était
    derrière l'attentat`), not a place (`behind the front line`)."""
    acts = trigger_index(clause.doc.lang_)
    for c in clause.children:
        if fold(c.lemma_) not in culpable:
            continue
        if c.dep_ == "prep" and any(g.dep_ == "pobj" and fold(g.lemma_) in acts
                                    for g in c.children):
            return True
        if c.dep_ == "case" and fold(clause.lemma_) in acts:
            return True
    return False


def with_judgements(sent: Span, found: list[tuple[Token, Trigger]], lang: str,
                    named: frozenset[int] = frozenset()) -> list[tuple[Token, Trigger]]:
    """The sentence's triggers, with characterising verbs coded by their judgement's tone
    (a neutral judgement codes nothing, not even the verb's other senses), and speech verbs
    whose clause condemns an actor's act coded as criticism (111). `named`: the tokens of
    actor mentions."""
    lexicon = modality_words(lang)
    words, speech, culpable = lexicon.characterise, lexicon.speech, lexicon.culpable
    if not words:
        return found
    by_token = {token.i: (token, trigger) for token, trigger in found}
    lemmas = folded_lemmas(sent.doc)  # arrays: a Token object only for a candidate
    for i in range(sent.start, sent.end):
        if lemmas[i] not in words and lemmas[i] not in speech:
            continue
        token = sent.doc[i]
        if token.pos_ != "VERB":
            continue
        if lemmas[i] in words:
            judged = judgement(token)
            if judged is None:
                continue
            by_token.pop(token.i, None)
            score = tone(judged.text, lang)
            if score:
                code = "111" if score < 0 else "051"
                by_token[token.i] = (token, Trigger(code, fold(token.lemma_),
                                                    target=("obj", "iobj")))
            continue
        judged = spoken_judgement(token, named)
        if judged is not None and tone(judged.text, lang) < 0 and (
                token.i not in by_token or by_token[token.i][1].weak):
            by_token[token.i] = (token, Trigger("111", fold(token.lemma_)))
        elif (token.i not in by_token or by_token[token.i][1].weak) and blamed(
                token, named, culpable):
            by_token[token.i] = (token, Trigger("112", fold(token.lemma_)))
        elif (token.i not in by_token or by_token[token.i][1].weak) and quoted_criticism(
                token, named, lexicon.speech_topic, lang):
            by_token[token.i] = (token, Trigger("111", fold(token.lemma_),
                                                target=tuple(sorted(lexicon.speech_topic))))
    return [by_token[i] for i in sorted(by_token)]


def _quoted_bare(word: Token) -> bool:
    """A word in quotation marks with no determiner (`« inacceptables »`): a quoted judgement,
    not a noun phrase."""
    return word.i > 0 and word.nbor(-1).is_quote and not any(
        c.dep_ == "det" for c in word.children)


def _names_an_act(noun: Token, words: ModalityWords) -> bool:
    """Whether a noun names an act: a noun of the event lexicon, a decision, or a word of
    `conduct` (remarks, a stance)."""
    lemma = fold(noun.lemma_)
    return lemma in words.deciding or lemma in words.conduct or act_noun(noun)
