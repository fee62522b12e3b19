"""The words a trigger hangs on, nearest first, whose negation, refusal, intent or allegation
it takes on (see `modality.judge`)."""

from __future__ import annotations

from spacy.tokens import Token

from wirecoder.events.modality_lexicon import has_word, modality_words

# (a noun compounded with another hangs on it: `vetoed the sanctions package`)
GOVERNORS = frozenset({"xcomp", "acl", "advcl", "ccomp", "acomp", "obj", "obl", "obl:arg",
                       "pobj", "prep", "dobj", "compound"})


def governors(token: Token, depth: int = 2, via: frozenset[str] = GOVERNORS) -> list[Token]:
    """The words a trigger hangs on, nearest first, whose negation, refusal, intent or
    allegation it takes on. A clause with a subject of its own set against the main one
    (`, while Amnesty urged…`, `tandis que Paris a exhorté…`) is another assertion: the chain
    stops there."""
    out, current = [], token
    for _ in range(depth):
        if current.dep_ not in via or current.head.i == current.i or contrasted_clause(current):
            break
        current = current.head
        out.append(current)
    return out


def contrasted_clause(verb: Token) -> bool:
    """An adverbial clause with a subject of its own set against its main clause (`, while
    Amnesty urged…`, `tandis que Paris a exhorté…`)."""
    return verb.dep_ == "advcl" and any(c.dep_.startswith("nsubj") for c in verb.children) and \
        any(c.dep_ == "mark" and has_word(c, modality_words(verb.doc.lang_).contrast)
            for c in verb.children)
