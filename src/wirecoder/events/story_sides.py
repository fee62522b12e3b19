"""The two sides of a story's talks or dispute, read from the acts coded before a sentence:
who `les deux parties`, `the two sides`, `ils sont convenus` stand for. Two actors that acted
towards each other in one act (met, talked, signed, agreed) are two sides; a third party that
mediates between two or hosts two at once is no side, the two it acts on are. Parties named
as a target are others than who acts on them (`Qatar urged both sides`)."""

from __future__ import annotations

from dataclasses import replace

from wirecoder.actors.party_roles import BOTH_PARTIES, PARTIES
from wirecoder.actors.role_kinds import CHALLENGER_ROLES
from wirecoder.actors.salience import in_party_role, party_members
from wirecoder.events.candidate import Candidate
from wirecoder.events.dyads import TOGETHER, one_camp
from wirecoder.model import Mention

# Acts of a third party between two others: hosting them (043) or mediating (045).
BETWEEN_TWO = frozenset({"043", "045"})

Side = tuple[str, bool]  # a country, and whether of those who challenge its state


def _side(m: Mention) -> Side:
    """Which side a mention is of: its country, or those who challenge that country's state."""
    return m.actor.country or "", bool(CHALLENGER_ROLES & set(m.actor.roles))


def _act_dyads(act: list[Candidate]) -> list[tuple[Mention, Mention]]:
    """The pairs of sides one act names: the two a host or a mediator acts on at once (`X
    hosted Y and Z`, `X mediated between Y and Z`), and two that act towards each other in
    it (`Y met Z`: Y towards Z and Z towards Y), other than that host or mediator."""
    hubs: dict[Side, list[Mention]] = {}
    for c in act:
        if c.code in BETWEEN_TWO and c.target is not None:
            hubs.setdefault(_side(c.source), []).append(c.target)
    found: list[tuple[Mention, Mention]] = []
    hosts: set[Side] = set()
    for side, on in hubs.items():
        apart = [t for t in on if not one_camp(t, on[0])]
        if apart:
            found.append((on[0], apart[0]))
            hosts.add(side)
    done = {(_side(c.source), _side(c.target)) for c in act if c.target is not None
            and c.code.startswith(tuple(TOGETHER))}
    for c in act:
        if c.target is None or not c.code.startswith(tuple(TOGETHER)) or \
                one_camp(c.source, c.target) or {_side(c.source), _side(c.target)} & hosts:
            continue
        if (_side(c.target), _side(c.source)) in done:
            found.append((c.source, c.target))
    return found


class StorySides:
    """The story's two sides as its sentences are coded: each sentence's acts are added once
    (`add`), and `pair` reads the sides from all added so far."""

    def __init__(self) -> None:
        self.counts: dict[frozenset[Side], int] = {}  # sentences pairing each two sides
        self.latest: dict[frozenset[Side], tuple[Mention, Mention]] = {}
        self.last: dict[frozenset[Side], int] = {}  # the last sentence pairing them
        self.seen: set[tuple[int, frozenset[Side]]] = set()

    def add(self, candidates: list[Candidate]) -> None:
        """Count the sides the acts among newly coded candidates pair."""
        acts: dict[tuple[int, int], list[Candidate]] = {}
        for c in candidates:
            acts.setdefault((c.sentence_index, c.token.i), []).append(c)
        for (sentence, _), act in acts.items():
            for a, b in _act_dyads(act):
                key = frozenset((_side(a), _side(b)))
                if (sentence, key) not in self.seen:
                    self.seen.add((sentence, key))
                    self.counts[key] = self.counts.get(key, 0) + 1
                self.latest[key], self.last[key] = (a, b), sentence

    def pair(self) -> list[Mention]:
        """The two sides the acts added so far pair, none when no act paired two: actors named
        in a role (governments, their envoys, forces) before countries named bare (`welcomed
        the ceasefire between Pakistan and India` after a meeting of two ministers), then
        those paired in the most sentences, then the latest."""
        if not self.counts:
            return []
        best = max(self.counts, key=lambda k: (all(m.actor.roles for m in self.latest[k]),
                                               self.counts[k], self.last[k]))
        return list(self.latest[best])


def with_sides(mention: Mention, sides: list[Mention]) -> Mention:
    """A mention of the story's two parties (`les deux parties`) that the actor stage read as
    the two it named most stands for the story's two sides instead, where it has them."""
    if mention.rule != BOTH_PARTIES or len(mention.members) != 2 or len(sides) != 2:
        return mention
    return replace(mention, members=in_party_role(mention, [s.actor for s in sides]))


def parties_besides(target: Mention, sources: list[Mention], mentions: list[Mention],
                     index: int) -> Mention:
    """`Qatar urged both sides`: the parties a target stands for are two others than its
    sources' countries, when the document named two such; else the one other than them
    (`Lavrov praised the armies of the two countries`: the other party's)."""
    own = frozenset(s.actor.country for s in sources if s.actor.country)
    if target.rule not in PARTIES or not own or \
            own.isdisjoint(a.country for a in target.members):
        return target
    others = party_members(target, mentions, index, own)
    if len(others) < 2:
        others = [a for a in target.members if a.country not in own]
    return replace(target, members=others) if others else target
