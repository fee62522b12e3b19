"""Places of states younger than the story: in a dispatch dated before a state's
independence, its towns, forces and people are those of the state it came from (`Juba` in
1995 is Sudan's, `Dili` in 1995 Indonesia's), by data/successors.tsv."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from wirecoder import resources
from wirecoder.model import Actor, Mention

# Mentions whose code is their own, not their place's: a named group, a person in office.
OWN_CODES = frozenset({"organisation", "person"})
# How a date known only to the year or month ends (`1995` -> its last day).
_ENDS = {4: "-12-31", 7: "-31"}


@cache
def _successors() -> dict[str, tuple[str, str]]:
    """Each successor state's code -> (its predecessor's code, its date of independence)."""
    return {row["code"]: (row["predecessor"], row["independence"])
            for row in resources.tsv("successors.tsv")}


def state_then(country: str | None, date: str | None) -> str | None:
    """The state a country's land belonged to on a date (ISO, to the year, month or day):
    the predecessor of a state not yet independent, else the country itself."""
    found = _successors().get(country or "")
    if found is None or not date:
        return country
    last_day = date + _ENDS.get(len(date), "")
    return found[0] if last_day < found[1] else country


def _as_of(actor: Actor, date: str, capital: bool) -> Actor:
    then = state_then(actor.country, date)
    if then == actor.country or then is None:
        return actor
    # a capital named before its state existed is a town, which governs no one
    roles = [] if capital else actor.roles
    return replace(actor, code=then + "".join(roles), country=then, roles=list(roles))


def as_of(mentions: list[Mention], date: str | None) -> list[Mention]:
    """Mentions with the countries of states younger than `date` (the document's) read as
    the states they came from."""
    if not date:
        return mentions
    out = []
    for m in mentions:
        if m.kind not in OWN_CODES and m.actor.country in _successors():
            m = replace(m, actor=_as_of(m.actor, date, m.kind == "capital"),
                        members=[_as_of(a, date, False) for a in m.members])
        out.append(m)
    return out
