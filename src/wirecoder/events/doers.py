"""Who did an act its clause names no agent of: an act noun's owner or the armed force it
hangs on (`les frappes de l'armée soudanaise`, `Israeli strikes`), a nationality the parser
put above the noun (`les frappes israéliennes` upside down); the state that arrests, expels
or summons where the text tells only the place; the side whose attack a passive act
happened in (`were killed in a Boko Haram attack`)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from wirecoder.actors.role_kinds import ARMED_ROLES
from wirecoder.attributes.codebook import VIOLENCE
from wirecoder.events.mention_index import MentionIndex
from wirecoder.events.modality_lexicon import ModalityWords
from wirecoder.events.subjects import resolve_tokens, verb_subject
from wirecoder.events.syntax import (
    agent_tokens,
    engaged_in,
    introduced_by,
    noun_agent,
    source_clause,
    with_conjuncts,
)
from wirecoder.events.triggers import Trigger, trigger_index
from wirecoder.model import Mention, in_roles
from wirecoder.nlp import WHERE, preposition, sentence
from wirecoder.textnorm import fold

EXPELLED_FROM = frozenset({"de", "from"})  # the country one is expelled from
SUMMONED_TO = frozenset({"a", "to"})  # the ministry one is summoned to (folded `à`)
CAPITAL, LOCATIVE = "capital", "locative"  # a city's mention kind, a place's mention rule


def _armed_owner(noun: Token, index: MentionIndex, words: ModalityWords) -> Mention | None:
    """`les frappes aériennes de l'armée soudanaise`, `Sudanese army air strikes`: armed forces
    named after `de`/`of` with a determiner or in the compounds before an act of force do it;
    not an act they suffer (`the killing of soldiers`), nor its bare means (`des tirs
    d'artillerie`)."""
    if fold(noun.lemma_) in words.suffered:
        return None
    compounds = [c for c in noun.children if c.dep_ == "compound"]
    for c in compounds:
        compounds.extend(g for g in c.children if g.dep_ == "compound")
    owner = index.owner(noun)
    determined = owner is not None and any(
        c.dep_ in ("det", "poss", "nmod:poss")
        for c in noun.doc[owner.token_start:owner.token_end].root.children)
    named = [owner if determined else None, *(index.at(c) for c in compounds)]
    return next((m for m in named if m is not None and ARMED_ROLES & set(m.actor.roles)), None)


def nominal_source(noun: Token, index: MentionIndex, words: ModalityWords,
                    done_to_owner: bool = False, sent: bool = False,
                    meeting: bool = False) -> list[Mention]:
    """Who does what a noun names: its owner (`la visite du président`, `Israeli strikes`),
    the agent of its participle (`les frappes menées par Israël`), the subject of a light
    verb (`X a effectué une visite`), of a verb of refusal (`X a écarté toute négociation`)
    or of an adjective of intent (`X is ready for talks`, `X est prêt au dialogue`). For acts
    `done_to_owner` (force, coercion, sanctions: `the invasion of Eritrea`, `l'arrestation de
    l'opposant`) only a possessive owner does them. A `meeting` (a visit, talks) is made by
    the noun it qualifies as an engagement (`le ministre, en visite à Alger,`)."""
    owner = index.owner(noun, possessive_only=done_to_owner, sent=sent)
    if owner:
        return [owner]
    armed = _armed_owner(noun, index, words) if done_to_owner else None
    if armed is not None:
        return [armed]
    for child in (*noun.children, *_clauses_on_modifiers(noun)):
        nationality = index.at(child) if child.dep_ == "amod" else None
        if nationality is not None and (nationality.kind == "demonym" or done_to_owner and
                     ARMED_ROLES & set(nationality.actor.roles)):
            # `Israeli strikes`, `les frappes russes`; of force, `Israeli military strikes`
            # (not `military support`)
            return [nationality]
        if child.dep_ in ("acl", "acl:relcl"):
            agents = resolve_tokens(agent_tokens(child), index)
            if agents:
                return agents
    agents = resolve_tokens(noun_agent(noun), index)
    if agents:
        return agents
    means = index.means_nationality(noun)
    if means is not None:
        return [means]
    engaged = engaged_in(noun, words.engaged) if meeting else None
    if engaged is not None:
        return resolve_tokens(with_conjuncts(engaged), index)
    verb = source_clause(noun, words)
    return resolve_tokens(verb_subject(verb, index)[0], index) if verb is not None else []


def _clauses_on_modifiers(noun: Token) -> list[Token]:
    """The participle right after a noun's adjectives that the parser hung on one of them, or
    on a noun before, instead of the noun (`contre les manœuvres navales communes conduites
    par X`: `conduites` under `communes`)."""
    i, doc = noun.i + 1, noun.doc
    while i < sentence(noun).end and (doc[i].pos_ == "ADJ" or doc[i].dep_ in ("amod", "xcomp")) \
            and doc[i].is_lower:
        i += 1
    after = doc[i] if i < sentence(noun).end and i > noun.i + 1 else None
    return [after] if after is not None and after.dep_ == "acl" and after.head.i != noun.i \
        and "Part" in after.morph.get("VerbForm") else []


def armed_premodifier(noun: Token, index: MentionIndex) -> list[Mention]:
    """`criticised the U.S. military buildup`, `condemned the Japanese military buildup`:
    armed forces named in the modifiers before an act noun do it."""
    for child in noun.children:
        mention = index.at(child) if child.dep_ in ("amod", "compound", "nmod") and \
            child.i < noun.i else None
        if mention is not None and ARMED_ROLES & set(mention.actor.roles):
            return [mention]
    return []


def arresting_state(noun: Token, acts: dict[str, tuple[Trigger, ...]], index: MentionIndex,
                     sources: list[Mention]) -> list[Mention]:
    """`a dénoncé l'arrestation d'un journaliste français en Russie`, `condemned the detention
    of a British national in Iran`: coercion (17x) named with no agent was done by the
    authorities of the country it was done in, when that is not the reacting side's; not
    where its doer is named (`China's crackdown in Hong Kong`, `the Chinese crackdown`)."""
    if not any(t.pos == "NOUN" and t.code[:2] == "17" for t in acts.get(fold(noun.lemma_), ())):
        return []
    if index.owner(noun, possessive_only=True) is not None or any(
            (m := index.at(c)) is not None and m.kind == "demonym"
            for c in noun.children if c.dep_ == "amod"):
        return []
    return _state_of_place(noun.subtree, WHERE, index, {m.actor.country for m in sources})


def expelling_state(verb: Token, index: MentionIndex) -> list[Mention]:
    """`deux journalistes ont été expulsés du Niger`, `were expelled from Niger`: an expulsion
    told with no agent was done by the government of the country expelled from."""
    return _state_of_place(verb.children, EXPELLED_FROM, index, set())


def summoning_state(verb: Token, index: MentionIndex) -> list[Mention]:
    """`l'ambassadeur a été convoqué au ministère russe des Affaires étrangères`, `was summoned
    to the Russian foreign ministry`: a summons told with no agent was done by the government
    whose ministry one is summoned to; not by a place one is called to (`to Washington`)."""
    near = [t for c in verb.children for t in (c, *(c.children if c.dep_ == "prep" else ()))]
    ministries = [t for t in near if (m := index.at(t)) is not None and m.rule != "locative"]
    return _state_of_place(ministries, SUMMONED_TO, index, set())


def attacking_side(verb: Token, index: MentionIndex,
                    occasion: frozenset[str]) -> list[Mention]:
    """`des soldats ont été tués lors d'une attaque de Boko Haram`, `were killed in a Boko
    Haram attack`: harm told in the passive with no agent, within (`occasion`) an act of force
    whose doer is named, was done by that doer."""
    for noun in (t for c in verb.children for t in (c, *c.children)):
        if noun.pos_ != "NOUN" or preposition(noun) not in occasion or not any(
                t.pos == "NOUN" and t.code[:2] in VIOLENCE
                for t in trigger_index(verb.doc.lang_).get(fold(noun.lemma_), ())):
            continue
        named = [index.owner(noun), *(index.at(c) for c in noun.children
                                      if c.dep_ == "compound"), *resolve_tokens(noun_agent(noun), index)]
        return [m for m in named if m is not None and m.rule != "locative"][:1]
    return []


def _state_of_place(tokens: Iterable[Token], prepositions: frozenset[str], index: MentionIndex,
                    own: set[str | None]) -> list[Mention]:
    """The government of the first country these tokens name after one of these (folded)
    prepositions, the `pobj` of an English one too, when it is not one of `own`."""
    for token in tokens:
        mention = index.at(token) if introduced_by(token, prepositions) else None
        if mention is not None and mention.actor.country and mention.actor.country not in own:
            return [in_roles(mention, ["GOV"])]
        if token.dep_ == "prep" and fold(token.text) in prepositions:
            found = _state_of_place(token.children, prepositions, index, own)
            if found:
                return found
    return []


def inverted_nationality(noun: Token, index: MentionIndex) -> Mention | None:
    """`les frappes israéliennes` parsed upside down, `frappes` a modifier of `israéliennes`:
    the nationality the act noun hangs on is its doer."""
    if noun.dep_ != "amod" or noun.head.i != noun.i + 1:
        return None
    mention = index.at(noun.head)
    return mention if mention is not None and mention.kind == "demonym" else None


def doers_of_violence(named: Token, targets: list[Mention], acts: dict[str, tuple[Trigger, ...]],
                      index: MentionIndex, words: ModalityWords) -> list[Mention]:
    """`condemned the Kampala bombing`, `a condamné l'attentat de Bamako`: of the cities
    found inside an act of violence a reaction names, only its doers (a possessive owner, an
    armed owner, an agent) stay; the place it happened in is no doer. (A country after `de`
    may be either: `l'attaque de la Russie contre l'Ukraine`.)"""
    if not any(t.pos == "NOUN" and t.code[:2] in VIOLENCE for t in acts.get(fold(named.lemma_), ())):
        return targets
    inside = [m for m in targets if (m.kind == CAPITAL or m.rule == LOCATIVE) and
              named.left_edge.i <= m.token_start and m.token_end - 1 <= named.right_edge.i]
    if not inside:
        return targets
    doers = nominal_source(named, index, words, done_to_owner=True)
    return [m for m in targets if m not in inside or m in doers]
