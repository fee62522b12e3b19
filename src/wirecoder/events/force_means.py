"""The means by which force was used and what it did: an act of force of no stated kind takes
the kind of the act noun it was done in (`killed in an air strike`); force of no named doer
is done by the named doer of the attack its means names (`killed in an attack by Boko
Haram`); the harm a present participle of an act of force tells (`shelled the town, killing
ten`, `strikes damaged the grid`) is that act's outcome, not an act of its own."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from wirecoder.attributes.codebook import DAMAGE, FORCE, VIOLENCE
from wirecoder.events.candidate import Candidate
from wirecoder.events.modality_lexicon import ModalityWords
from wirecoder.events.speech_acts import same_side
from wirecoder.events.syntax import ACTIVE_SUBJECTS
from wirecoder.nlp import morph_values
from wirecoder.textnorm import fold

# Prepositions of the means by which force was used (`killed in a bombing`, `tués dans un
# attentat`, `wounded by a roadside bomb`).
MEANS = frozenset({"in", "by", "dans", "par", "lors"})


def _means(token: Token) -> list[Token]:
    """The nouns of what a verb of force was done with: its subject, or a phrase of means
    (MEANS: `wounded in a bomb attack`, `tués dans une frappe aérienne`)."""
    nouns: list[Token] = []
    for child in token.children:
        if child.dep_ in ("prep", "agent") and fold(child.text) in MEANS:
            nouns.extend(child.children)  # an English preposition heads its noun
        elif child.dep_ in ACTIVE_SUBJECTS or any(
                c.dep_ == "case" and fold(c.text) in MEANS for c in child.children):
            nouns.append(child)
    return nouns


def means_kind(token: Token, kinds: dict[int, str]) -> str | None:
    """`A roadside bomb killed two soldiers`, `wounded in a bomb attack`: force of no named
    kind is of the kind of the attack its means names."""
    return next((kinds[noun.i] for noun in _means(token) if noun.i in kinds), None)


def doers_by_means(candidates: list[Candidate]) -> list[Candidate]:
    """`killed in an attack by Boko Haram`, `tués dans une embuscade tendue par le JNIM`:
    force of no named doer is done by the named doer of the attack its means names."""
    doers = {c.token.i: c.source for c in candidates
             if c.code[:2] in VIOLENCE and c.source.actor.code}
    out = []
    for c in candidates:
        doer = next((doers[n.i] for n in _means(c.token) if n.i in doers), None) \
            if c.source.rule == "unattributed" and c.code[:2] in VIOLENCE else None
        if doer is not None:
            # (not at itself: `civilians killed in Israeli strikes` are not Israel)
            target = None if c.target is not None and same_side(doer, c.target) else c.target
            c = replace(c, source=doer, target=target)
        out.append(c)
    return out


def _present_participle(token: Token) -> bool:
    return "Part" in morph_values(token, "VerbForm") and "Pres" in morph_values(token, "Tense")


def _act_over(token: Token, acts: dict[int, list[Candidate]], words: ModalityWords
              ) -> Token | None:
    """The act a verb of harm tells the outcome of: its subject (`clashes killed 20 people`),
    else, for a present participle that aims at nothing, the act it hangs under."""
    subject = next((c for c in token.children if c.dep_ in ACTIVE_SUBJECTS and c.i in acts),
                   None)
    if subject is not None or not _present_participle(token) or \
            fold(token.lemma_) in words.aiming:
        return subject
    return next((a for a in token.ancestors if a.i in acts), None)


def outcomes_of_force(candidates: list[Candidate], words: ModalityWords) -> list[Candidate]:
    """`shelled Kharkiv, killing three civilians`, `ont attaqué un poste, tuant douze
    soldats`, `clashes between X and Y killed 20 people`, `strikes damaged the grid`: the harm
    (force, or DAMAGE to property) a present participle of an act of force tells, or that such
    an act is the subject of, is that act's outcome when done by one of its doers, not an act
    of its own; its victims are the act's target when it names none. Not what it aimed at
    (`launched strikes on Gaza, targeting Hamas commanders`)."""
    acts: dict[int, list[Candidate]] = {}
    for c in candidates:
        if c.code[:2] in FORCE:
            acts.setdefault(c.token.i, []).append(c)
    out = []
    for c in candidates:
        over = _act_over(c.token, acts, words) if c.code[:2] in VIOLENCE or \
            c.code in DAMAGE else None
        same = [a for a in acts[over.i] if a.source.actor.code == c.source.actor.code] \
            if over is not None else []
        if not same:
            out.append(c)
        for act in same:
            if act.target is None:
                act.target = c.target
    return out
