"""Where an event happens, against where its story was filed: `ALGER (APS) - Au Tchad, des
rebelles ont attaqué une garnison, tuant huit militaires`: the soldiers are Chad's, not
Algeria's. Forces, crowds and courts act where they are; the dateline's country placed them
only for want of a place, so a place the sentence (else the story) gives beats it."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from wirecoder.actors.role_kinds import ARMED_ROLES, CROWD_ROLES, LOCAL_FORCES
from wirecoder.model import Mention, country_actor
from wirecoder.nlp import OBJECTS, locatives, phrase_nouns, preposition, sentence_of
from wirecoder.textnorm import fold

if TYPE_CHECKING:
    from wirecoder.actors.anchor import Anchors

# Roles of who acts where they are: armed forces, crowds, courts and assemblies (not a
# government, whose ministers travel: `le ministre a participé à une réunion à Rome`).
PLACED_ROLES = ARMED_ROLES | LOCAL_FORCES | CROWD_ROLES | {"JUD", "LEG"}
# Of those, the roles a story's event place gives in a sentence that names none: who fights,
# judges or legislates there (not a crowd, which the sentence places by what is done to it).
STORY_PLACED_ROLES = PLACED_ROLES - CROWD_ROLES
# The guesses from where a story was filed, or by whom.
FILED = frozenset({"dateline", "agency"})
# How a clause of what is said hangs on its verb of saying.
REPORTED = frozenset({"ccomp", "parataxis"})
# Conjunctions of a clause of time (folded lemmas: `when`, `lorsque`, `quand`).
WHEN = frozenset({"when", "lorsque", "quand"})
# Prepositions of where an event happens (folded: `au Niger`, `in Tunis`, `à Bamako`).
VENUE_PREPOSITIONS = frozenset({"in", "at", "dans", "a", "au", "aux", "en"})


def venue_path(token: Token) -> list[Token]:
    """The words whose places place a noun's event: the noun and the words above it up to
    the sentence's main verb, through the clauses it completes (`Au Tchad, des rebelles ont
    attaqué ..., tuant huit militaires`) and the nouns its relative clause qualifies (`an
    attack in Niamey in which ten soldiers were killed`), with those verbs' objects (`ont
    bloqué des routes à Dakar`); not past a clause of what is said, an event of its own
    (`India said it struck militants behind an attack in X`); and the clauses of time on
    its verbs."""
    path = [token]
    while path[-1].dep_ not in REPORTED and path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    # and the clauses of time on its verbs (`ten soldiers were killed when gunmen attacked a
    # post in Niger`): the act they tell of is the same
    path += [c for t in path if t.pos_ in ("VERB", "AUX") for c in t.children
             if c.dep_ == "advcl" and c not in path and any(
                 m.dep_ in ("advmod", "mark") and fold(m.lemma_) in WHEN for m in c.children)]
    return path + [c for t in path if t.pos_ in ("VERB", "AUX") for c in t.children
                   if c.dep_ in OBJECTS and c not in path]


class Venues:
    """The countries a document places its events in, sentence by sentence."""

    def __init__(self, anchors: Anchors, mentions: list[Mention],
                 befallen: AbstractSet[str] = frozenset()) -> None:
        self.anchors = anchors  # for the countries of place tokens
        self.befallen = befallen  # role words of people named by what befell them
        self.filed = {id(m) for m in mentions if m.rule in FILED}
        # the countries whose forces or crowds each sentence names, other than by those guesses
        self.parties: dict[int, set[str]] = {}
        # and the countries of any actor each sentence names so
        self.actors: dict[int, set[str]] = {}
        for m in mentions:
            if m.actor.country and m.rule not in FILED:
                self.actors.setdefault(m.sentence_index, set()).add(m.actor.country)
                if set(m.actor.roles) & PLACED_ROLES:
                    self.parties.setdefault(m.sentence_index, set()).add(m.actor.country)
        self.sentence = sentence_of(anchors.doc)

    def _country(self, place: Token) -> str | None:
        mention = self.anchors.by_token.get(place.i)
        if mention is not None and (id(mention) in self.filed or mention.kind == "demonym"
                                    or mention.kind == "border" or mention.actor.name):
            # a body placed only by the dateline, a nationality or a person (`a écrit au
            # dirigeant de la junte`) is no place
            return None
        return self.anchors.country_of(place)

    def _where(self, tokens: list[Token]) -> set[str]:
        # (`le coup d'État au Gabon, où des militaires ont pris le pouvoir`: the place itself)
        places = [p for t in tokens for p in locatives(t)] + [
            t for t in tokens[1:] if preposition(t) in VENUE_PREPOSITIONS]
        # and the places of what an act on the way was aimed at (`l'attaque contre une
        # caserne au Tchad, qui a coûté la vie à six militaires`)
        places += [p for t in tokens[1:] if t.pos_ == "NOUN" for p in phrase_nouns(t)[1:]
                   if preposition(p) in VENUE_PREPOSITIONS]
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
        before, in a story that places no event in the guessed country. So for people named
        by what befell them (`NAIROBI - ... pour les rescapés`), placed by no guess too, and
        also where the guessed country acts in their sentence (`PARIS - La France a promis
        une aide aux victimes`)."""
        doc, guessed = self.anchors.doc, mention.actor.country
        befell = not self.befallen.isdisjoint(
            fold(t.text) for t in doc[mention.token_start:mention.token_end])
        if not (mention.rule in FILED or befell and guessed is None) or \
                not set(mention.actor.roles) & PLACED_ROLES:
            return None
        if guessed in self.parties.get(mention.sentence_index, ()):
            # `In Mali, Algerian peacekeepers came under fire, and two soldiers were
            # wounded`: the sentence's own forces of the dateline's country may be those meant
            return None
        head = doc[mention.token_start:mention.token_end].root
        here = self._where(venue_path(head))
        if here:
            return here.pop() if len(here) == 1 and guessed not in here else None
        index = mention.sentence_index
        if doc_places[index] or not (set(mention.actor.roles) & STORY_PLACED_ROLES or befell) \
                or guessed in self.actors.get(index, ()) and not befell:
            # (`Nairobi a promis d'y envoyer 800 policiers`: a sentence where the dateline's
            # country acts may send its own forces there)
            return None
        before = set().union(*doc_places[:index]) if index else set()
        anywhere = set().union(*doc_places)
        return before.pop() if len(before) == 1 and guessed not in anywhere else None


def event_places(anchors: Anchors, mentions: list[Mention],
                 befallen: AbstractSet[str] = frozenset()) -> list[Mention]:
    """The mentions with roles the dateline or agency placed moved to the country where their
    event happens, when their sentence ties them to nothing closer (`anchors.attached`);
    `befallen` are the role words of people named by what befell them."""
    venues = Venues(anchors, mentions, befallen)
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

