"""Where an event happens, against where its story was filed: `ALGER (APS) - Au Tchad, des
rebelles ont attaqué une garnison, tuant huit militaires`: the soldiers are Chad's, not
Algeria's. Forces, crowds and courts act where they are; the dateline's country placed them
only for want of a place, so a place the sentence (else the story) gives beats it."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from wirecoder.model import Mention, country_actor
from wirecoder.nlp import COMPLETING, locatives, preposition, sentence_of

if TYPE_CHECKING:
    from wirecoder.actors.anchor import Anchors

# Roles of who acts where they are: armed forces, crowds, courts and assemblies (not a
# government, whose ministers travel: `le ministre a participé à une réunion à Rome`).
PLACED_ROLES = frozenset({"MIL", "COP", "REB", "INS", "UAF", "SPY", "SEP", "CRM",
                          "OPP", "CVL", "LAB", "EDU", "AGR", "REF", "HLH", "JUD", "LEG"})
# Of those, the roles a story's event place gives in a sentence that names none: who fights,
# judges or legislates there (not a crowd, which the sentence places by what is done to it).
STORY_PLACED_ROLES = PLACED_ROLES - {"OPP", "CVL", "LAB", "EDU", "AGR", "REF", "HLH"}
# The guesses from where a story was filed, or by whom.
FILED = frozenset({"dateline", "agency"})
# How a noun hangs on the word a role noun is part of (`un poste militaire`, `the head of`).
PART_OF = frozenset({"amod", "compound", "nmod", "pobj", "prep", "flat", "flat:name", "conj"})
# Prepositions of where an event happens (folded: `au Niger`, `in Tunis`, `à Bamako`).
VENUE_PREPOSITIONS = frozenset({"in", "at", "dans", "a", "au", "aux", "en"})


def clause_chain(token: Token) -> list[Token]:
    """The verb a noun belongs to, and the verbs that verb's clause completes, up to the
    sentence's main one (`Au Tchad, des rebelles ont attaqué ..., tuant huit militaires`:
    `tuant`, `attaqué`)."""
    word = token
    while word.dep_ in PART_OF and word.head.i != word.i and word.pos_ not in ("VERB", "AUX"):
        word = word.head
    verb = word.head if word.pos_ not in ("VERB", "AUX") and word.head.i != word.i else word
    chain = [verb]
    while verb.dep_ in COMPLETING and verb.head.i != verb.i:
        verb = verb.head
        chain.append(verb)
    return chain


class Venues:
    """The countries a document places its events in, sentence by sentence."""

    def __init__(self, anchors: Anchors, mentions: list[Mention]) -> None:
        self.anchors = anchors  # for the countries of place tokens
        self.filed = {id(m) for m in mentions if m.rule in FILED}
        # the countries whose forces or crowds each sentence names, other than by those guesses
        self.parties: dict[int, set[str]] = {}
        for m in mentions:
            if m.actor.country and m.rule not in FILED and set(m.actor.roles) & PLACED_ROLES:
                self.parties.setdefault(m.sentence_index, set()).add(m.actor.country)
        self.sentence = sentence_of(anchors.doc)

    def _country(self, place: Token) -> str | None:
        mention = self.anchors.by_token.get(place.i)
        if mention is not None and (id(mention) in self.filed or mention.kind == "demonym"
                                    or mention.kind == "border"):
            return None  # a body placed only by the dateline, or a nationality, is no place
        return self.anchors.country_of(place)

    def _where(self, tokens: list[Token]) -> set[str]:
        places = [p for t in tokens for p in locatives(t)]
        for place in places:
            places.extend(locatives(place))  # `dans une caserne à Abéché`
        return {c for p in places for c in [self._country(p)] if c}

    def sentence_places(self) -> list[set[str]]:
        """The countries of the places each sentence names as where (`au Niger`, `in
        Tunis`)."""
        places: list[set[str]] = [set() for _ in range(max(self.sentence, default=-1) + 1)]
        for token in self.anchors.doc:
            country = self._country(token) if preposition(token) in VENUE_PREPOSITIONS else None
            if country:
                places[self.sentence[token.i]].add(country)
        return places

    def of(self, mention: Mention, doc_places: list[set[str]]) -> str | None:
        """The one country other than the guessed one where a role placed by its story's
        dateline or agency acts: its clause's place, else, for a force, court or assembly in
        a sentence that names no place, the one country of the places the story named
        before, in a story that places no event in the guessed country."""
        if mention.rule not in FILED or not set(mention.actor.roles) & PLACED_ROLES:
            return None
        doc, guessed = self.anchors.doc, mention.actor.country
        if guessed in self.parties.get(mention.sentence_index, ()):
            # `In Mali, Algerian peacekeepers came under fire, and two soldiers were
            # wounded`: the sentence's own forces of the dateline's country may be those meant
            return None
        head = doc[mention.token_start:mention.token_end].root
        here = self._where(clause_chain(head))
        if here:
            return here.pop() if len(here) == 1 and guessed not in here else None
        index = mention.sentence_index
        if doc_places[index] or not set(mention.actor.roles) & STORY_PLACED_ROLES:
            return None
        before = set().union(*doc_places[:index]) if index else set()
        anywhere = set().union(*doc_places)
        return before.pop() if len(before) == 1 and guessed not in anywhere else None


def event_places(anchors: Anchors, mentions: list[Mention]) -> list[Mention]:
    """The mentions with roles the dateline or agency placed moved to the country where their
    event happens, when their sentence ties them to nothing closer (`anchors.attached`)."""
    venues = Venues(anchors, mentions)
    places = venues.sentence_places()
    out = []
    for m in mentions:
        country = venues.of(m, places)
        if country and not anchors.ideal(m) and anchors.attached(m) is None:
            m = replace(m, actor=country_actor(m.actor.text, country, m.actor.roles,
                                               m.actor.name), rule="event-place")
            anchors.settle(m)
        out.append(m)
    return out

