"""Acts a reaction points back to (`ces exercices`, `the pact`, `cette annonce`): the last act
of another country whose clause named a noun of the same kind or whose code the noun names,
or the doers a noun of that kind or a telling verb in a sentence before names; the reaction
is aimed at them."""

from __future__ import annotations

from spacy.tokens import Token

from wirecoder.events.candidate import Candidate
from wirecoder.events.coder import REACTION_ROOTS
from wirecoder.events.doers import nominal_source
from wirecoder.events.mention_index import MentionIndex
from wirecoder.events.modality_lexicon import ModalityWords, modality_words
from wirecoder.events.speech_acts import same_country
from wirecoder.events.subjects import resolve_tokens, verb_subject
from wirecoder.events.syntax import OBJECTS
from wirecoder.events.triggers import Trigger, trigger_index
from wirecoder.model import Mention
from wirecoder.textnorm import fold

# Comments on an act: pessimistic, optimistic, empathetic ones, and accord with it.
COMMENTS = ("012", "013", "018", "019")


def aim_at_recalled_acts(candidates: list[Candidate], mentions: list[Mention],
                          lang: str) -> None:
    """`Athènes et Nicosie ont lancé des exercices navals. Ankara a promis de répondre à ces
    exercices`: a threat, reaction or comment (`voiced concern over the treaty`) whose clause
    points back to an act, with no target or one of that act's doers, is aimed at the act's
    first doer, one event, since the phrase names the act once, not each doer. A
    demonstrative (modality `demonstratives`: `ces exercices`, `this deployment`) or a
    definite article (`definites`: `welcomed the pact`)
    points back to the last act of another country whose clause had a noun of the same kind
    (`act_kinds`: `signed a treaty`) or whose code the noun names (`a expulsé deux
    diplomates… riposter à l'expulsion`); a demonstrative, failing that, to the last act of
    another country the sentences before told; failing both, to whoever a noun of that kind
    in a sentence before names as its doers (`the drills conducted by Chinese and Pakistani
    navies ended… India criticised those exercises`)."""
    words, index = modality_words(lang), trigger_index(lang)
    recalled = {c.token.i: pointing_nouns(c, words) for c in candidates
                if c.code[:2] in REACTION_ROOTS | {"13"} or c.code.startswith(COMMENTS)}
    # a reaction with no target of its own that points back is no act to point back to
    # (`Brazil welcomed the pact. Chile also praised the deal`)
    recalls = {i for i, nouns in recalled.items() if nouns}
    recalls &= {c.token.i for c in candidates if c.target is None or c.act is not None}
    for c in candidates:
        nouns = recalled.get(c.token.i)
        if not nouns:
            continue
        kin = frozenset().union(*(_kin(noun, words) for _, noun in nouns))
        earlier = [d for d in candidates if d.sentence_index < c.sentence_index
                   and d.token.i not in recalls
                   and d.source.actor.code and not same_country(d.source, c.source)]
        acts = [d for d in earlier if _act_nouns(d) & kin or any(
            d.code[:2] in noun_roots(noun, index) for _, noun in nouns)]
        if not acts and any(pointed for pointed, _ in nouns):
            acts = earlier
        doers = list({d.source.actor.code: d.source for d in acts
                      if d.token.i == acts[-1].token.i}.values()) if acts else \
            _named_doers(c, kin, mentions, words) or _told_doers(c, nouns, mentions, words)
        if not doers or c.target is not None and \
                c.target.actor.code not in {d.actor.code for d in doers}:
            continue
        c.target = c.target or doers[0]


def pointing_nouns(c: Candidate, words: ModalityWords,
                   tags: tuple[str, ...] = ("NOUN",)) -> list[tuple[bool, Token]]:
    """The nouns (of these part-of-speech tags) after a reaction's trigger in its clause that
    a demonstrative or a definite article determines, each with whether it is a
    demonstrative."""
    return [(fold(t.text) in words.demonstratives, t.head) for t in c.token.subtree
            if t.dep_ == "det" and t.head.pos_ in tags and t.head.i > c.token.i
            and fold(t.text) in words.demonstratives | words.definites]


def _named_doers(c: Candidate, kin: frozenset[str], mentions: list[Mention],
                 words: ModalityWords) -> list[Mention]:
    """The doers of another country the last noun of these kinds in the sentences before
    names with it, where no event was coded of it: its agent (`menées par Tokyo et
    Canberra`), owner (`Japan and Australia's drills`) or nationality (`Japanese drills`)."""
    doc = c.sentence.doc
    for noun in reversed(doc[:c.sentence.start]):
        if noun.pos_ != "NOUN" or not _names(noun) & kin:
            continue
        index = MentionIndex.of_sentence(mentions, noun, words.relational)
        named = nominal_source(noun, index, words)
        # (`by Chinese and Pakistani navies`: the nationality listed before the agent too)
        listed = [o for m in named for o in index.coordinated(m, doc)]
        doers = [m for m in sorted({id(m): m for m in named + listed}.values(),
                                   key=lambda m: m.token_start)
                 if m.actor.code and not same_country(m, c.source)]
        if doers:
            return doers
    return []


def _told_doers(c: Candidate, nouns: list[tuple[bool, Token]], mentions: list[Mention],
                words: ModalityWords) -> list[Mention]:
    """`Le Kenya a annoncé le retrait de ses troupes. L'Éthiopie a regretté cette annonce`: a
    noun of what was said or made known (modality `told_acts`: `ces propos`, `the
    announcement`) names what the subject of the last verb of its telling in the sentences
    before said, where that subject is of another country."""
    verbs = frozenset().union(*(words.told_acts.get(fold(noun.lemma_), frozenset())
                                for _, noun in nouns))
    doc = c.sentence.doc
    for verb in reversed(doc[:c.sentence.start] if verbs else ()):
        if verb.pos_ != "VERB" or fold(verb.lemma_) not in verbs:
            continue
        index = MentionIndex.of_sentence(mentions, verb, words.relational)
        doers = [m for m in resolve_tokens(verb_subject(verb, index)[0], index)
                 if m.actor.code and not same_country(m, c.source)]
        if doers:
            return doers
    return []


def _names(noun: Token) -> set[str]:
    """A noun's folded lemma, alone and after its compounds (`war game`)."""
    lemma = fold(noun.lemma_)
    return {lemma, *(f"{fold(c.lemma_)} {lemma}" for c in noun.children
                     if c.dep_ == "compound")}


def _kin(noun: Token, words: ModalityWords) -> frozenset[str]:
    """A noun's names and the nouns of their kinds (`the pact`: deal, treaty…)."""
    return frozenset().union(*(words.kin(name) for name in _names(noun)))


def noun_roots(noun: Token, index: dict[str, tuple[Trigger, ...]]) -> set[str]:
    """The CAMEO roots an act noun names as a trigger (`strikes`: 19, `l'expulsion`: 16)."""
    return {t.code[:2] for t in index.get(fold(noun.lemma_), ()) if t.pos == "NOUN"}


def _act_nouns(candidate: Candidate) -> set[str]:
    """The names of the nouns that name an act in its clause: its trigger's, or its
    objects' (`signed an agreement`, `began drills`)."""
    words = [candidate.token, *(t for t in candidate.token.children if t.dep_ in OBJECTS)]
    return {name for t in words if t.pos_ == "NOUN" for name in _names(t)}
