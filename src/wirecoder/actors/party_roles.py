"""The story's parties named jointly in a role (`les armées des deux pays`, `the armed forces
of both countries`): each party in that role; a role coordinated before such a phrase (`les
armées et les polices des deux pays`) is said of the parties too."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from wirecoder.actors.salience import party_members
from wirecoder.model import Actor, Mention

# The rules of mentions that stand for the story's two or three parties.
BOTH_PARTIES = "both-parties"
PARTIES = frozenset({BOTH_PARTIES, "three-parties"})


def with_parties(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Mentions with the parties each mention of the story's parties stands for, as the
    document named them before its sentence (salience.py); a bare role coordinated before a
    role said of the parties (`les entreprises et les armées des deux pays`, `the companies
    and armed forces of the two countries`) is said of them too, in its own role."""
    said = {doc[m.token_start:m.token_end].root.i: m for m in mentions
            if m.rule in PARTIES and m.actor.roles}
    out = []
    for m in mentions:
        head = doc[m.token_start:m.token_end].root
        partner = next((said[c.i] for c in head.children if c.dep_ == "conj" and c.i in said),
                       None)
        if m.kind == "role" and partner is not None:
            m = replace(m, actor=Actor(m.actor.text, None, roles=list(m.actor.roles)),
                        rule=partner.rule)
        if m.rule in PARTIES:
            m.members = party_members(m, mentions, m.sentence_index)
        out.append(m)
    return out
