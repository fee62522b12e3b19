"""Targets of force told by the places it is shown near or fired across: the country of
the place named after a word of proximity (`drills around Taiwan`), of a border massed on
(`troops on the Ukrainian border`), or of the far side of a border (`shelled positions across
the Syria-Turkey border`)."""

from __future__ import annotations

from spacy.tokens import Token

from wirecoder.events.mention_index import MentionIndex
from wirecoder.events.syntax import OBJECTS
from wirecoder.model import Mention, in_roles
from wirecoder.nlp import contracted
from wirecoder.textnorm import fold

# Prepositions (folded) that link a place to the country it borders or belongs to (`the
# border with Lithuania`, `close to the coast of`, `la frontière avec la Lituanie`).
PLACE_LINKS = frozenset({"of", "with", "to", "de", "avec", "a"})


def shown_near(phrase: Token, index: MentionIndex, sources: list[Mention],
               proximity: frozenset[str]) -> list[Mention]:
    """`began drills around Taiwan`, `staged exercises near the border with Lithuania`, `a
    envoyé des navires au large des côtes philippines`: a display of force near a place is
    aimed at the country of the first place named after a word of `proximity` in the clause
    (the verb a noun is the object of), before a comma or another preposition than those
    linking a place to its country (`the coast of`, `the border with`), when it is not the
    doers' own; at a country's border (`massed troops on the Ukrainian border`), at it."""
    verb = phrase.head if phrase.dep_ in OBJECTS else phrase
    own = {m.actor.country for m in sources}
    doc, end = phrase.doc, verb.right_edge.i + 1
    near = next((k for k in range(phrase.i + 1, end)
                 if fold(doc[k].text) in proximity and doc[k].dep_ != "prt"), None)
    # `massed troops on the Ukrainian border`: the country a border is named with
    bordered = next((m for k in range(phrase.i + 1, end) for m in [index.at(doc[k])]
                     if m is not None and m.kind == "border" and m.actor.country not in own), None)
    if bordered is not None:
        return [in_roles(bordered, [])]
    for token in doc[near + 1:end] if near is not None else ():
        if token.is_punct or token.pos_ in ("ADP", "SCONJ") and \
                contracted(token) not in PLACE_LINKS:
            break
        mention = index.at(token)
        if mention is not None and mention.actor.country and mention.actor.country not in own:
            return [in_roles(mention, [])]
    return []


def across_border(verb: Token, index: MentionIndex, sources: list[Mention],
                  crossing: frozenset[str]) -> list[Mention]:
    """`shelled positions across the Syria-Turkey border`, `ont tiré de l'autre côté de la
    frontière libanaise`: force across a border (a word of `crossing` over it) is aimed at
    the country named with the border that is not the doers' own."""
    own = {m.actor.country for m in sources}
    for word in (t for t in verb.subtree if fold(t.text) in crossing):
        for token in word.subtree:
            mention = index.at(token)
            if mention is not None and mention.kind == "border" and \
                    mention.actor.country not in own:
                return [in_roles(mention, [])]
    return []
