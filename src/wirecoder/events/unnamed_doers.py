"""The unnamed doer of an act: violence the text attributes to no one (`three civilians were
killed in a bombing`) is still an event, its source the unidentified armed forces (UAF) of
where it happened; arrests by no one named (`dozens were detained`) are the police's (COP),
sentences (`X a été condamné à dix ans de prison`) the courts' (JUD)."""

from __future__ import annotations

from spacy.tokens import Token

from wirecoder.model import Actor, Mention

UNNAMED_DOERS = {"116": "JUD", "173": "COP", "175": "COP", "18": "UAF", "19": "UAF",
                 "20": "UAF"}


def unnamed_doer(code: str) -> str | None:
    """The role of whoever did an act of this code when the text names no one."""
    return UNNAMED_DOERS.get(code[:3]) or UNNAMED_DOERS.get(code[:2])


def unattributed(token: Token, sentence_index: int, role: str) -> Mention:
    """The unnamed doer of an act; its country is the place's, set later."""
    return Mention(start=token.idx, end=token.idx, actor=Actor(text="", code=None,
                                                               roles=[role]),
                   rule="unattributed", kind="role", sentence_index=sentence_index,
                   token_start=token.i, token_end=token.i)
