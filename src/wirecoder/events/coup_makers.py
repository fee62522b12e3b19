"""Who made the coup a reaction points back to (`L'Union africaine a condamné le putsch` after
`L'armée a pris le pouvoir au Gabon`): the forces that seized power in the sentences before,
of the country named where they did or whose leader they overthrew."""

from __future__ import annotations

from spacy.tokens import Token

from wirecoder.events.candidate import Candidate
from wirecoder.events.mention_index import MentionIndex
from wirecoder.events.modality_lexicon import ModalityWords, modality_words
from wirecoder.events.recalled_acts import pointing_nouns
from wirecoder.events.subjects import resolve_tokens, verb_subject
from wirecoder.events.triggers import REACTION_ROOTS
from wirecoder.model import Mention, in_roles
from wirecoder.nlp import sentence
from wirecoder.textnorm import fold

COUNTRY_KINDS = frozenset({"country", "capital", "demonym"})


def names_coup(noun: Token, words: ModalityWords) -> bool:
    """Whether a noun names a coup (`the coup`, `le coup d'État`, `le putsch`)."""
    text = fold(noun.doc[noun.i:noun.i + 3].text)
    return fold(noun.lemma_) in words.coups or any(text.startswith(c) for c in words.coups)


def _seizes(verb: Token, words: ModalityWords) -> bool:
    """Whether a verb tells power seized (`seized power`, `a renversé le président`)."""
    objects = words.seizures.get(fold(verb.lemma_))
    if objects is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    return not objects or any(fold(c.lemma_) in objects for c in verb.children)


def coup_makers(noun: Token, mentions: list[Mention], words: ModalityWords) -> list[Mention]:
    """The forces that seized power, told by the last verb of seizing in the sentences before
    the noun: its subject, of its own country or of the country its clause names (`in Gabon`,
    `le président nigérien`); the military of that country where the subject names none."""
    doc = noun.doc
    for verb in reversed(doc[:sentence(noun).start]):
        if not _seizes(verb, words):
            continue
        index = MentionIndex.of_sentence(mentions, verb, words.relational)
        doers = resolve_tokens(verb_subject(verb, index)[0], index)
        coded = [m for m in doers if m.actor.country]
        if coded:
            return coded
        roles = next((m.actor.roles for m in doers if m.actor.roles), None) or ["MIL"]
        places = [m for t in verb.subtree for m in [index.at(t)]
                  if m is not None and m not in doers and m.actor.country
                  and m.kind in COUNTRY_KINDS | {"phrase", "role"}]
        countries = {m.actor.country for m in places}
        if len(countries) == 1:
            return [in_roles(places[0], roles)]
        return []
    return []


def aim_at_coup_makers(candidates: list[Candidate], mentions: list[Mention], lang: str) -> None:
    """`The African Union condemned the coup`: a reaction with no target to a coup its clause
    names after a definite article or a demonstrative is aimed at the forces that made it."""
    words = modality_words(lang)
    for c in candidates:
        if c.target is not None or c.code[:2] not in REACTION_ROOTS:
            continue
        # (the tagger may take `putsch` for a name)
        nouns = [noun for _, noun in pointing_nouns(c, words, ("NOUN", "PROPN"))
                 if names_coup(noun, words)]
        makers = [m for noun in nouns[:1] for m in coup_makers(noun, mentions, words)
                  if m.actor.code != c.source.actor.code]
        if makers:
            c.target = makers[0]
