"""The records that travel through the pipeline: documents, actor mentions, events."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any


@dataclass
class Document:
    """One dispatch as read from the corpus."""

    id: str
    text: str
    lang: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    path: str | None = None

    @property
    def content_hash(self) -> str:
        """The document's identity in the store: a hash of its text."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass
class Rejection:
    """A record that could not be read, and why."""

    path: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


@dataclass
class Actor:
    """A resolved actor: CAMEO code, country and role codes, plus the text it came from."""

    text: str
    code: str | None
    country: str | None = None
    roles: list[str] = field(default_factory=list)
    name: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The actor as it appears in the event record."""
        return {"text": self.text, "code": self.code, "country": self.country,
                "roles": list(self.roles), "name": self.name}


def country_actor(text: str, country: str, roles: list[str], name: str | None = None) -> Actor:
    """A country's actor in some roles (`SENCOP`): the country's code followed by the roles'."""
    return Actor(text, country + "".join(roles), country, list(roles), name)


# The rule of a role the text calls foreign (`foreign troops`): of some country other than
# where it is, which the text does not name; no rule gives it one of the text's countries.
FOREIGN = "foreign"


@dataclass
class Mention:
    """An actor mention in a document: character offsets, resolved actor and the rule used."""

    start: int
    end: int
    actor: Actor
    rule: str
    kind: str  # country, demonym, organisation, role, person, metonym, pronoun
    sentence_index: int = -1
    token_start: int = -1
    token_end: int = -1
    members: list[Actor] = field(default_factory=list)  # `les deux parties`: who they are
    against: str | None = None  # `anti-French protesters`: the country they oppose

    def to_dict(self) -> dict[str, Any]:
        """The mention as printed by `wirecoder actors`."""
        return {"start": self.start, "end": self.end, "text": self.actor.text, "kind": self.kind,
                "code": self.actor.code, "country": self.actor.country,
                "roles": list(self.actor.roles), "name": self.actor.name, "rule": self.rule,
                "sentence_index": self.sentence_index}


def in_roles(mention: Mention, roles: list[str], country: str | None = None) -> Mention:
    """The mention as an actor of its country (or of `country`) in these roles: `Baghdad`
    whose rule is demanded as IRQGOV, `the foreign ministers of Brazil and Argentina`."""
    actor = mention.actor
    return replace(mention, actor=country_actor(actor.text, country or actor.country or "",
                                                list(roles), actor.name))


@dataclass
class Place:
    """A geolocated place."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The place as it appears in the event record."""
        return asdict(self)


@dataclass
class Event:
    """One coded event: who did what to whom, when and where, with its evidence."""

    event_id: str
    doc_id: str
    lang: str
    sentence_index: int
    evidence: str
    evidence_start: int
    evidence_end: int
    source: Actor | None
    target: Actor | None
    code: str
    code_name: str = ""
    root: str = ""
    quad_class: int | None = None
    goldstein: float | None = None
    plover: str | None = None
    plover_mode: str | None = None
    date: str | None = None
    date_precision: str | None = None
    place: Place | None = None
    confidence: float = 0.5
    trigger: str = ""
    trigger_start: int = -1
    trigger_end: int = -1
    modality: str | None = None
    tone: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """The event record (a contract: fields are added, never renamed)."""
        out = {f.name: getattr(self, f.name) for f in fields(self)}  # scalars, and:
        out["source"] = self.source.to_dict() if self.source else None
        out["target"] = self.target.to_dict() if self.target else None
        out["place"] = self.place.to_dict() if self.place else None
        return out


def make_event_id(doc_hash: str, sentence_index: int, source: str | None, code: str,
                  target: str | None) -> str:
    """A stable id for an event: the same document coded twice gives the same ids."""
    key = f"{doc_hash}|{sentence_index}|{source}|{code}|{target}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
