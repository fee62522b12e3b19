"""Which actors a document has named most before a sentence: the main parties `les deux
parties` and `they` stand for, and the members of a group reference."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from wirecoder.actors.role_kinds import CHALLENGER_ROLES, STATE_FORCES
from wirecoder.model import Actor, Mention, country_actor

LOCATIVE = "locative"  # how a mention of a place (`in Havana`) got its country


def main_parties(mentions: list[Mention], sentence_index: int,
                 besides: frozenset[str] = frozenset()) -> list[Mention]:
    """The two governments a document has named most before a sentence, of two countries
    (`les deux parties`, `ils sont convenus`), else the two countries it has named bare when
    it has named no others (`l'Inde et le Pakistan ... les deux pays`), else the one
    government, else the one country named bare, else the one state's forces, and the
    challenger of a state it has named most (`Kinshasa et le M23 ... les deux parties`,
    `Israeli and Hamas negotiators... both sides`, `l'armée soudanaise et les FSR... les
    deux parties`); else, with neither, the forces of two states (`Thai and Cambodian troops
    clashed... both sides`); none when it has not named two. Countries in `besides` are not among
    them (`the two leaders thanked Trump`: not the United States)."""
    governments = _most_named(mentions, sentence_index, besides, lambda a: "GOV" in a.roles)
    if len(governments) >= 2:
        return governments[:2]
    # a place named as where, not who (`talks in Havana`), is no party
    bare = _most_named([m for m in mentions if m.rule != LOCATIVE], sentence_index, besides,
                       lambda a: a.code == a.country)
    if len(bare) == 2:
        return bare
    challengers = _most_named(mentions, sentence_index, besides,
                              lambda a: bool(CHALLENGER_ROLES & set(a.roles)))
    forces = _most_named(mentions, sentence_index, besides,
                         lambda a: bool(STATE_FORCES & set(a.roles)))
    if not governments and not bare and len(forces) == 2:
        return forces  # `Thai and Cambodian troops clashed... both sides`
    state = governments or bare or forces
    return [state[0], challengers[0]] if len(state) == 1 and challengers else []


def two_governments(mentions: list[Mention], sentence_index: int) -> bool:
    """Whether a document has named the governments of exactly two countries before a
    sentence: `the ministers` then stands for both (`the ministers agreed` after a meeting
    of two foreign ministers), as `the two ministers` does."""
    return len(_most_named(mentions, sentence_index, frozenset(),
                           lambda a: "GOV" in a.roles)) == 2


def _most_named(mentions: list[Mention], sentence_index: int, besides: frozenset[str],
                state: Callable[[Actor], bool]) -> list[Mention]:
    """The latest mention of each country's actor of the kind `state` says a document named
    before a sentence, the most named first."""
    counts: dict[str, int] = {}
    latest: dict[str, Mention] = {}
    for m in mentions:
        if m.sentence_index < sentence_index and m.actor.code and state(m.actor) \
                and m.actor.country not in besides:
            counts[m.actor.code] = counts.get(m.actor.code, 0) + 1
            latest[m.actor.code] = m
    chosen: list[Mention] = []
    for code in sorted(counts, key=lambda c: -counts[c]):
        if all(latest[code].actor.country != c.actor.country for c in chosen):
            chosen.append(latest[code])
    return chosen


def in_party_role(mention: Mention, actors: list[Actor]) -> list[Actor]:
    """The parties a mention stands for, in the role its phrase names if it names one (`les
    armées des deux pays`: each party's army)."""
    roles = list(mention.actor.roles)
    return [country_actor(a.text, a.country, roles) if roles and a.country else a
            for a in actors]


def party_members(mention: Mention, mentions: list[Mention], sentence_index: int,
                  besides: frozenset[str] = frozenset()) -> list[Actor]:
    """Who `les deux parties`, `les trois pays` stand for, other than the countries in
    `besides`, in the role the mention names (`les armées des deux pays`)."""
    if mention.rule == "three-parties":
        return in_party_role(mention, most_named_countries(mentions, sentence_index, 3, besides))
    return in_party_role(mention, [p.actor for p in main_parties(mentions, sentence_index,
                                                                 besides)])


def most_named_countries(mentions: list[Mention], sentence_index: int, n: int,
                         besides: frozenset[str] = frozenset()) -> list[Actor]:
    """The governments of the n countries a document has named most before a sentence (`les
    trois pays` after `le Ghana, le Togo et le Bénin`), other than those in `besides`; none
    unless it named n."""
    counts = Counter(m.actor.country for m in mentions if m.sentence_index < sentence_index
                     and m.actor.country and m.actor.country not in besides)
    if len(counts) < n:
        return []
    return [country_actor("", country, ["GOV"]) for country, _ in counts.most_common(n)]
