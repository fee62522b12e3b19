"""What a document has told so far about its actors: who holds which office, the persons and
organisations it has named, and the bodies it has described by a role, for later mentions to
refer back to."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from wirecoder.actors.recognise import GENITIVES
from wirecoder.model import Actor
from wirecoder.textnorm import fold

# an office that a bare title of a wider one names too: `the minister` after `Foreign
# Minister Ana Ruiz` is her
OFFICES_WITHIN = {"foreign_minister": "minister"}


def _name_heads(words: list[str]) -> set[str]:
    """The words that may head a body's name: its first, and the one before its first `of`
    or `de` (`Court of Justice`), else its last (`Criminal Court`)."""
    linked = next((k for k, w in enumerate(words) if w in GENITIVES), None)
    return {words[0], words[linked - 1] if linked else words[-1]}


@dataclass
class Memory:
    """Actors the document has named so far, for coreference."""

    persons: dict[str, Actor] = field(default_factory=dict)  # folded name token -> actor
    by_office: list[tuple[str, Actor]] = field(default_factory=list)
    salience: Counter[str] = field(default_factory=Counter)
    by_role: dict[str, set[str]] = field(default_factory=dict)  # role -> countries having it
    organisations: list[Actor] = field(default_factory=list)  # in the order named
    countries: Counter[str] = field(default_factory=Counter)  # in the order first named
    # the words of each role named with its country (`China's foreign ministry`), or that
    # head an organisation's name (`Cour pénale internationale`), in order, with whether the
    # actor is an organisation (a later `la Cour` is it)
    described: list[tuple[frozenset[str], Actor, bool]] = field(default_factory=list)
    lead: str | None = None  # the country of the last main clause's subject named so far

    def learn(self, actor: Actor, office: str | None, person: str | None = None) -> None:
        """Remember an actor resolved from explicit cues, and the person named for it, if any
        (`le président azerbaïdjanais Ilham Aliyev`; `WHO Director-General X`: a later `X` is
        the WHO). The words of an organisation's own name are no person's."""
        if actor.code:
            self.salience[actor.code] += 1
            if actor.country:
                self.countries[actor.country] += 1
            for role in actor.roles if actor.country else ():
                self.by_role.setdefault(role, set()).add(actor.country)
        name = person
        if name and actor.code:
            for token in fold(name).replace("-", " ").split():
                if len(token) > 2:
                    self.persons.setdefault(token, actor)
            self.persons[fold(name)] = actor
        if office and actor.code:
            self.by_office.append((office, actor))

    def named_organisation(self, actor: Actor, names: Iterable[str] = ()) -> None:
        """Remember an organisation, and the words that head its name: as written, and its
        other names (`le Fonds` after `le FMI`)."""
        self.organisations.append(actor)
        heads = {w for name in (actor.text, actor.name or "", *names)
                 for words in [fold(name).split()] if len(words) > 1 for w in _name_heads(words)}
        self.described.append((frozenset(heads), actor, True))

    def named_with_role(self, form: str, actor: Actor) -> None:
        """Remember the words of a role named with its country (`China's foreign ministry`)."""
        self.described.append((frozenset(fold(form).split()), actor, False))

    def described_as(self, form: str) -> tuple[Actor, bool] | None:
        """The actor named last with a role whose words include these (`the ministry` after
        `China's foreign ministry`, `le ministère` after `le ministère chinois des Affaires
        étrangères`), or an organisation whose name they head (`la Cour` after `la Cour
        pénale internationale`, `the court` after `the International Court of Justice`),
        with whether it is an organisation."""
        words = frozenset(fold(form).split())
        return next(((a, whole) for w, a, whole in reversed(self.described) if words <= w),
                    None)

    def person(self, name: str) -> Actor | None:
        """An actor known by this name or its distinctive last word."""
        key = fold(name)
        if key in self.persons:
            return self.persons[key]
        last = key.replace("-", " ").split()[-1:] or [""]
        return self.persons.get(last[0])

    def holder(self, office: str, prefer_country: str | None,
               besides: frozenset[str] = frozenset(), person: str | None = None
               ) -> Actor | None:
        """The actor of this office the document made most salient (the agency's own first),
        of a country other than `besides`; between equals, the first named (a story's lead
        actor is named first, and a bare `the minister` later is most often that one). A
        `person` the document did not name before holds no office of another person named
        (`Interior Minister Sami Nasr` after `Foreign Minister Ana Ruiz`)."""
        holders = [a for o, a in self.by_office if (o == office or OFFICES_WITHIN.get(o) ==
                                                    office) and a.country not in besides
                   and not (person and a.name and a.name != person)]
        if not holders:
            return None
        if prefer_country:
            own = [a for a in holders if a.country == prefer_country]
            if own:
                return own[-1]
        return max(holders, key=lambda a: (self.salience[a.code or ""], -holders.index(a)))
