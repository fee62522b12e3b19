"""Whose country `his country` / `her country` is: the person who holds it, not the nearest
place named (`said Minsk was attacking her country`: the speaker's), and what a person
gives of their country is their own (`spoke with his counterpart and offered his country's
support`: the giver's, not the counterpart's)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from wirecoder.model import Mention
from wirecoder.nlp import OBJECTS
from wirecoder.textnorm import fold

PERSONAL = frozenset({"his", "her"})  # possessives that stand for a person
# Kinds of mentions that name a place, which no `his`/`her` stands for.
PLACE_KINDS = frozenset({"country", "capital", "demonym", "locative", "border"})


def personal_owner(doc: Doc, start: int, end: int, previous: list[Mention]) -> Mention | None:
    """The mention of the person `his country` (tokens `start`..`end`) belongs to, among the
    `previous` ones; None where the possessive is no personal one or none is found."""
    if start >= len(doc) or fold(doc[start].text) not in PERSONAL:
        return None
    earlier = [m for m in previous if m.token_end <= start and m.actor.country]
    giver = _giver(doc[start:end].root, earlier)
    if giver is not None:
        return giver
    return next((m for m in reversed(earlier) if m.kind not in PLACE_KINDS), None)


def _giver(phrase: Token, earlier: list[Mention]) -> Mention | None:
    """The subject of the verb whose object is the phrase or what the phrase owns (`offered
    his country's support`), when it names a person."""
    owned = phrase.head if phrase.dep_ == "poss" else phrase
    if owned.dep_ not in OBJECTS:
        return None
    verb = owned.head
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # (`spoke … and offered`: the subject of the first conjunct)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    return next((m for m in earlier if m.token_start <= subject.i < m.token_end
                 and m.kind not in PLACE_KINDS), None)
