"""The owner of a craft said again: force on `the aircraft`, `l'appareil`, `the drone`, with
no one named on it, is aimed at whoever the document named as owning a craft before (`un
drone de l'armée tchadienne`, `Russian drones`, `an Iranian drone`), when that is not the
doer's own side."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from wirecoder.actors.anchor import mention_head
from wirecoder.attributes.codebook import FORCE
from wirecoder.events.candidate import Candidate
from wirecoder.events.dyads import one_camp
from wirecoder.events.modality_lexicon import has_word, modality_words
from wirecoder.events.syntax import OBJECTS, marked_tokens, with_conjuncts
from wirecoder.model import Mention
from wirecoder.nlp import PASSIVE_SUBJECTS
from wirecoder.textnorm import fold

# How an owner hangs on the craft it owns (`Russian drones`, `un drone de l'armée tchadienne`,
# `Iran's drone`); `pobj` under `of` (`a drone of the Malian army`).
OWNER_DEPS = frozenset({"amod", "nmod", "compound", "poss", "nmod:poss", "pobj"})


def aim_at_craft_owners(candidates: list[Candidate], mentions: list[Mention],
                        lang: str) -> None:
    """Force with no target whose object, passive subject or marked target is a craft
    (modality `craft`) under a definite article or a demonstrative and names no actor is
    aimed at the owner of the last craft named before it, unless of the doer's own camp."""
    words = modality_words(lang)
    pointing = words.definites | words.demonstratives
    owned = [m for m in mentions if m.actor.code]
    for c in candidates:
        if c.target is not None or c.code[:2] not in FORCE:
            continue
        struck = [n for t in (*(t for t in c.token.children if t.dep_ in OBJECTS
                                or t.dep_ in PASSIVE_SUBJECTS),
                              *marked_tokens(c.token, c.trigger.target))
                  for n in with_conjuncts(t) if has_word(n, words.craft) and any(
                      d.dep_ == "det" and fold(d.text) in pointing for d in n.children)
                  and not any(m.token_start <= x.i < m.token_end for m in owned
                              for x in n.subtree)]
        if not struck:
            continue
        first = min(n.left_edge.i for n in struck)
        owner = next((m for m in reversed(owned) if m.token_end <= first
                      and _owns_craft(c.token.doc, m, words.craft)), None)
        if owner is not None and not one_camp(owner, c.source):
            c.target, c.confidence = owner, c.confidence - 0.2


def _owns_craft(doc: Doc, mention: Mention, craft: frozenset[str]) -> bool:
    """Whether a mention names a craft (`Russian drones`, also where the parser made the
    nationality the head: `des drones russes`) or its owner (`an Iranian drone`, `un drone
    de l'armée malienne`)."""
    if any(has_word(t, craft) for t in doc[mention.token_start:mention.token_end]):
        return True
    head: Token = mention_head(doc, mention)
    owned = head.head.head if head.dep_ == "pobj" else head.head
    return head.dep_ in OWNER_DEPS and has_word(owned, craft)
