"""Whether a role guessed to be of a country acts upon that very country: a role is not of
the country it accuses, visits or threatens (`Le président a accusé le Rwanda`, in a story
naming no other country, is no Rwandan president)."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from spacy.tokens import Span

from wirecoder.actors.recognise import Phrase
from wirecoder.nlp import OBJECTS, preposition
from wirecoder.textnorm import fold

# How a party acted upon hangs on the verb: its object (nlp.OBJECTS), or a noun of a
# preposition.
OBLIQUES = frozenset({"obl", "obl:arg", "obl:mod", "pobj"})


def acts_upon(span: Span, country: str, phrases: Sequence[Phrase],
              verbs: AbstractSet[str], prepositions: AbstractSet[str]) -> bool:
    """Whether the subject `span` of a verb of an act between parties (`verbs`, folded
    lemmas) has `country` (named as a country or capital) as its object or as the noun of
    one of `prepositions` (`met with`, `s'est entretenu avec`)."""
    root = span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.i == root.i or fold(verb.lemma_) not in verbs:
        return False
    args = [c for c in verb.children if c.dep_ in OBJECTS or c.dep_ in OBLIQUES and
            preposition(c) in prepositions]
    # English: the noun of a preposition hangs on the preposition, itself on the verb
    args += [g for c in verb.children if c.dep_ == "prep" and fold(c.text) in prepositions
             for g in c.children if g.dep_ == "pobj"]
    return any(phrase.start <= token.i < phrase.end and _names(phrase, country)
               for token in args for phrase in phrases)


def _names(phrase: Phrase, country: str) -> bool:
    """Whether a phrase is the country's name alone (not `Peru's envoys`)."""
    entry = phrase.entry("place")
    return set(phrase.slots) == {"place"} and entry is not None and entry.kind in ("country", "capital") and \
        (entry.code or "")[:3] == country
