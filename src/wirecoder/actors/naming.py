"""Whether an actor phrase names anyone, and what a reference word stands for: definite
anaphors (`the group`, `le pays`, `la radio`), `the latter`, and nouns for anyone (`un
homme`) that name people only when acted on."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from spacy.tokens import Doc, Token

from wirecoder.actors.anchor import mention_head
from wirecoder.actors.lexicon import Entry
from wirecoder.actors.recognise import STATE_NOUN_PLACES, STATE_NOUNS, Phrase
from wirecoder.model import Actor, Mention
from wirecoder.nlp import OBJECTS, WHERE, preposition
from wirecoder.textnorm import fold

# References to the group or body the document named last (`the group`, `the bloc`).
ANAPHORS = frozenset({"group_anaphor", "body_anaphor", "headed_body", "outlet_anaphor"})
# References that need a definite article: those, and a state's (`the country`, `le royaume`).
DEFINITE_REFS = ANAPHORS | STATE_NOUNS
# A state's or its leader's possessive, which a state's neighbour may follow instead (`its
# neighbour`, `the Brazilian leader urged his neighbour`; `son voisin` is both in French); the
# possessive of several, whose neighbour is none of the sentence's actors (`their neighbour`).
PLURAL_POSSESSIVES = frozenset({"their", "leur"})
STATE_POSSESSIVES = frozenset({"its", "his", "her", "son", "ses"}) | PLURAL_POSSESSIVES
DEFINITE = frozenset({"the", "this", "that", "le", "la", "l'", "ce", "cet", "cette"})
PLURAL_DEFINITE = frozenset({"these", "those", "les", "ces"})
INDEFINITE = frozenset({"a", "an", "un", "une", "des"})
# Kinds of mentions naming a place, and prepositions of place or destination, which `the
# latter` does not stand for.
PLACE_NAMES = frozenset({"locative", "border", "capital", "seat"})
DESTINATIONS = WHERE | {"to"}


def latter_of(doc: Doc, previous: list[Mention]) -> Mention | None:
    """`met X, and the latter invited him`: the actor named last before `the latter`, not one
    named as a place, by a city or palace or after a preposition of place or destination
    (`invited X to visit Côte d'Ivoire. The latter accepted`: X)."""
    return next((m for m in reversed(previous) if m.actor.code and m.kind not in PLACE_NAMES
                 and preposition(mention_head(doc, m)) not in DESTINATIONS), None)


def latter_determiner(doc: Doc, phrase: Phrase) -> bool:
    """`the latter half`, `cette dernière semaine`: `the latter` before a noun names no one."""
    ref = phrase.entry("ref")
    return ref is not None and ref.kind == "latter" and phrase.end < len(doc) and \
        doc[phrase.end].pos_ in ("NOUN", "PROPN", "ADJ", "NUM")


def acted_on_person(doc: Doc, phrase: Phrase, acted_on: AbstractSet[str]) -> bool | None:
    """For a noun for anyone (`un homme`, `deux hommes`, `des individus`, `a man`): whether
    it is people acted on, after an indefinite article or a number and not an active clause's
    subject (`a arrêté un homme`, `executed two men`); not so (`les droits de l'homme`, `a
    man said`), it names no one (False). None for other phrases."""
    entry = phrase.entry("role") or phrase.entry("ref")
    if entry is None or len(phrase.slots) > 1 or not (
            fold(entry.form or "") in acted_on or entry.kind == "both_parties"
            and fold(doc[phrase.end - 1].text) in acted_on):
        return None
    first = doc[phrase.start]
    before = doc[phrase.start - 1] if phrase.start else None
    counted = first.like_num or first.pos_ == "NUM" or before is not None and (
        before.like_num or before.pos_ == "NUM" or fold(before.text) in INDEFINITE)
    definite = before is not None and fold(before.text) in DEFINITE | PLURAL_DEFINITE
    subject = doc[phrase.start:phrase.end].root.dep_ in ("nsubj", "expl:subj")
    return counted and not definite and not subject


def bare_plural(doc: Doc, phrase: Phrase) -> bool:
    """Whether a phrase is a plural role noun after a definite article and nothing else (`the
    ministers`, `les dirigeants`; not `the Thai ministers`, `ces ministres`)."""
    return set(phrase.slots) == {"role"} and phrase.start > 0 and \
        fold(doc[phrase.start - 1].text) in ("the", "les") and \
        "Plur" in doc[phrase.end - 1].morph.get("Number")


def outlet_noun(phrase: Phrase) -> Entry | None:
    """The outlet's anaphor a role's noun also is (`le journal`, `the broadcaster`: MED)."""
    piece = phrase.slots.get("role")
    return next((e for e in piece.entries if e.kind == "outlet_anaphor"), None) \
        if piece and len(phrase.slots) == 1 else None


def anaphor_fits(actor: Actor, ref_kind: str) -> bool:
    """`the bloc` is an international body (IGO, NGO); `the broadcaster` a media outlet;
    `the group` any group but an IGO."""
    kind = (actor.code or "")[:3]
    if ref_kind == "outlet_anaphor":
        return "MED" in actor.roles
    return kind in ("IGO", "NGO") if ref_kind == "body_anaphor" else kind != "IGO"


def not_anaphoric(doc: Doc, phrase: Phrase, alleging: AbstractSet[str] = frozenset()) -> bool:
    """`a group of`, `l'organisation du sommet`, `un mouvement`: a group noun that introduces
    a new group, or names an act, is no anaphor; only `the group`, `ce mouvement` are. So
    with a state's noun: `the country`, `ce pays`, not `a country`. The object of a verb of
    accusing (`alleging`) keeps its `of`/`de` for the charge's ground: `accused the body of
    bias` is the body named before."""
    ref = phrase.entry("ref")
    if ref is None or ref.kind not in DEFINITE_REFS or len(phrase.slots) > 1:
        return False
    before = fold(doc[phrase.start - 1].text) if phrase.start else ""
    after = doc[phrase.end] if phrase.end < len(doc) else None
    # `de` before a noun, not before an infinitive or a gerund (`prie l'organisation de
    # revoir`, `accused the alliance of ignoring`)
    # (not a state's noun: `menacé la République islamique de sanctions`)
    named_after = ref.kind in ANAPHORS and after is not None and \
        fold(after.text) in ("of", "de", "d'", "du", "des") \
        and after.dep_ != "mark" and not any(c.dep_ == "pcomp" for c in after.children) \
        and not _charged(doc[phrase.start:phrase.end].root, alleging)
    if ref.kind in STATE_NOUNS:
        # `the oil-rich kingdom`, `the energy-rich Central Asian country`: a state's noun
        # after its article and epithets; not one of a place (`in the oil-rich kingdom`), but
        # one force is aimed at (`vers l'île`, as `towards the island`)
        article = _epithets_start(doc, phrase.start) - 1
        before = fold(doc[article].text) if article >= 0 else ""
        if article > 0 and fold(doc[article - 1].text) in STATE_NOUN_PLACES - {"de"}:
            return True
    # `the group`, `ce mouvement`; not `the largest extremist group`, a description; a
    # state's neighbour also after its possessive (`its neighbour`, `son voisin`)
    owned = ref.kind == "neighbour_state" and before in STATE_POSSESSIVES
    # `la commission mixte`: a body described by its adjective, not one named before
    described = ref.kind == "headed_body" and after is not None and after.pos_ == "ADJ"
    return before not in DEFINITE and not owned or named_after or described


def _charged(root: Token, alleging: AbstractSet[str]) -> bool:
    """Whether a noun is the object of a verb of accusing (`accused the alliance`,
    `soupçonne l'organisation`)."""
    return root.dep_ in OBJECTS and root.head.pos_ in ("VERB", "AUX") and \
        fold(root.head.lemma_) in alleging


def _epithets_start(doc: Doc, start: int) -> int:
    """Where the epithets before a noun start: lower-case adjectives and hyphened compounds
    (`oil-rich`, `war-torn`), at most four tokens back."""
    i = start
    while i > 0 and start - i < 4 and (doc[i - 1].text == "-" or doc[i - 1].is_lower and (
            doc[i - 1].pos_ == "ADJ" or doc[i - 1].dep_ == "amod" or doc[i].text == "-")):
        i -= 1
    return i
