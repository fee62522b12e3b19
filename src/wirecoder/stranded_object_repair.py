"""The object of a verb that the parser hung below a prepositional phrase before it.

When a time or place phrase stands between a verb and its object (`a reçu jeudi au palais de
la présidence son homologue`, `a condamné dans un communiqué l'attaque`), the small
models often hang the object inside that phrase, in a relation a noun phrase with its own
determiner and no preposition cannot have there: an adjective (`amod`) or object (`obj`) of a
noun, a conjunct with no conjunction, a modifier with no preposition, a part of a name. The
verb is left with no object, and the event with no target.

Such a noun phrase becomes the object of the verb when the verb is active, has its subject
before it and no object of its own (or only the name right after the noun phrase: `son
homologue Déby`, `Déby` the object), and nothing but the phrase's own words stands between the
preposition and the noun phrase (no comma, no conjunction, no verb). Proper names right after
it that the parser hung on the phrase too (`son homologue Ghazouani`, `Ghazouani` a conjunct
of `palais`) name it.

The English model hangs such a phrase on the verb as a bare noun modifier (`npadvmod`: `met
in Tripoli the Italian ambassador`) or as an apposition of the phrase's noun with no comma
(`dismissed on Monday his prime minister`); a time (`last week`) stays one.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

from wirecoder.french_repairs import marked
from wirecoder.parse_repair import SUBJECTS, attach, occasion_days, time_words
from wirecoder.textnorm import fold

STRANDED_OBJECTS = "wirecoder_stranded_objects"
NOMINAL = frozenset({"NOUN", "PROPN"})
# Words that end the phrase between the preposition and the noun phrase.
BREAKS = frozenset({"PUNCT", "CCONJ", "VERB", "AUX", "SCONJ", "PRON"})


@dataclass(frozen=True)
class Scheme:
    """A model's relation labels the repair reads: a verb's object; how a prepositional phrase
    hangs on the verb; what makes a verb passive; the relations a determined noun phrase with
    no preposition cannot have below a noun of the phrase, or on the verb after the phrase;
    the relations of a determiner."""
    obj: str
    obliques: frozenset[str]
    passive: frozenset[str]
    impossible: frozenset[str]
    detached: frozenset[str]
    determiners: frozenset[str]


SCHEMES = {
    "fr": Scheme("obj", frozenset({"obl", "obl:arg", "obl:mod"}),
                 frozenset({"aux:pass", "expl:pass", "nsubj:pass"}),
                 frozenset({"amod", "obj", "iobj", "conj", "nmod", "appos", "flat",
                            "flat:name", "compound"}),
                 frozenset(), frozenset({"det"})),
    # (the English model hangs a phrase on its preposition, `prep`; an apposition with a
    # determiner and no comma before it is none)
    "en": Scheme("dobj", frozenset({"prep"}), frozenset({"auxpass", "nsubjpass"}),
                 frozenset({"appos", "dobj", "conj", "compound"}),
                 frozenset({"npadvmod"}), frozenset({"det", "poss"})),
}
TIME_ENTITIES = frozenset({"DATE", "TIME"})


def repair_stranded_objects(doc: Doc) -> Doc:
    """Give a verb with no object the determined noun phrase the parser hung below one of
    its prepositional phrases (see the module's docstring)."""
    scheme = SCHEMES.get(doc.lang_)
    if scheme is None:
        return doc
    times = time_words(doc.lang_) | occasion_days(doc.lang_)
    for verb in (t for t in doc if t.pos_ == "VERB"):
        objects = [c for c in verb.children if c.dep_ == scheme.obj]
        if len(objects) > 1 or any(c.dep_ in scheme.passive for c in verb.children) or \
                not any(c.dep_ in SUBJECTS and c.i < verb.i for c in verb.children):
            continue
        for oblique in [c for c in verb.children if c.dep_ in scheme.obliques
                        and c.i > verb.i and (c.pos_ == "ADP" or c.pos_ in NOMINAL
                                              and marked(c))]:
            after = [c for c in verb.children if c.dep_ in scheme.detached
                     and c.left_edge.i == oblique.right_edge.i + 1]
            noun = next((t for t in [*doc[oblique.i + 1:oblique.right_edge.i + 1], *after]
                         if _stranded(t, oblique, scheme, times)), None)
            # its only object may be the name that follows the noun phrase (`son homologue
            # Déby`, `Déby` the object)
            if noun is not None and all(_name_after(o, noun) for o in objects):
                attach(noun, verb, scheme.obj)
                _take_names(noun, verb, oblique)
                break
    return doc


def _stranded(noun: Token, oblique: Token, scheme: Scheme, times: frozenset[str]) -> bool:
    """Whether a word below a prepositional phrase, or on the verb right after it, is a
    determined noun phrase hung there in a relation it cannot have, with only the phrase's
    words before it."""
    return noun.pos_ in NOMINAL and (
        noun.dep_ in scheme.impossible and noun.head.pos_ in NOMINAL
        or noun.dep_ in scheme.detached) and \
        any(c.dep_ in scheme.determiners and c.i < noun.i for c in noun.children) and \
        not marked(noun) and \
        not (noun.dep_ == "conj" and any(c.dep_ == "cc" for c in noun.children)) and \
        fold(noun.text) not in times and noun.ent_type_ not in TIME_ENTITIES and \
        not any(t.pos_ in BREAKS and not (t.head.i == noun.i and t.dep_ in scheme.determiners)
                for t in noun.doc[oblique.i + 1:noun.i])


def _name_after(word: Token, noun: Token) -> bool:
    """Whether a word is a proper name right after a noun phrase."""
    return word.pos_ == "PROPN" and word.left_edge.i == noun.right_edge.i + 1


def _take_names(noun: Token, verb: Token, oblique: Token) -> None:
    """Hang on the new object the proper names right after it that the parser left on the
    prepositional phrase or made the verb's object (`son homologue Ghazouani`)."""
    name = None
    for word in noun.doc[noun.right_edge.i + 1:max(oblique.right_edge.i, verb.right_edge.i) + 1]:
        if word.pos_ != "PROPN":
            break
        if noun.is_ancestor(word) or not (oblique.is_ancestor(word) or word.head.i == verb.i):
            continue
        if name is None:
            attach(word, noun, "appos")
            name = word
        else:
            attach(word, name, "flat:name")


Language.component(STRANDED_OBJECTS, func=repair_stranded_objects)
