"""Where a trigger's target hides when it is no plain object: whom a letter is written to,
who acted at a request, whose rule a demand would end, who did the act a reaction names or a
warning is about, who holds what is asked for, who owns what force struck, and a conjunct the
parser hung on the verb; what a force verb launches is no target."""

from __future__ import annotations

from spacy.tokens import Token

from wirecoder.events.mention_index import MentionIndex
from wirecoder.events.modality_lexicon import has_word
from wirecoder.events.subjects import resolve_tokens, subject_mentions
from wirecoder.events.syntax import (
    OBJECTS,
    agent_tokens,
    agented_participle,
    marked_tokens,
    noun_agent,
    with_conjuncts,
)
from wirecoder.events.triggers import Trigger
from wirecoder.model import Mention, in_roles
from wirecoder.nlp import SINGLE_POSSESSIVES, contracted, morph_values, preposition
from wirecoder.textnorm import fold

# Prepositions that introduce the act a reaction opposes (`protested against the arrest`).
OPPOSING = frozenset({"against", "contre"})
# Concern (a pessimistic comment) is a reaction to the act its markers introduce (`voiced
# concern over the detention`, `s'est dit préoccupé par l'arrestation`).
CONCERN = "012"
ADDRESSEES = ("to", "a")  # whom a letter is written to (folded `à`)


def ruled_from(verb: Token, index: MentionIndex, sources: list[Mention],
               separation: frozenset[str]) -> list[Mention]:
    """`called for independence from Baghdad`, `réclament l'autonomie vis-à-vis de Bamako`: a
    demand to be freed from a country's rule (modality `separation`: the word before the
    phrase naming it) is made of its government, the demanders' own too."""
    doc = verb.doc
    for token in verb.subtree:
        mention = index.at(token) if token.i > verb.i and token.left_edge.i > 0 else None
        if mention is not None and mention.actor.country and mention not in sources and \
                fold(doc[token.left_edge.i - 1].text) in separation:
            return [in_roles(mention, ["GOV"])]
    return []


def written_to(verb: Token, index: MentionIndex, writing: frozenset[str]) -> list[Mention]:
    """`wrote to Xi urging him to…`, `in a letter to Biden, Netanyahu asked…`, `a adressé une
    lettre au président pour demander…`: an appeal made in writing (modality `writing`), by
    the verb or in the clause it completes, is aimed at whom it was written to."""
    clauses = [verb, verb.head] if verb.dep_ in ("advcl", "xcomp") else [verb]
    near = [w for c in clauses for k in c.children
            for w in (k, *(g for g in k.children if k.dep_ == "prep"))]
    for word in (w for w in [*clauses, *near] if has_word(w, writing)):
        found = marked_tokens(word, ADDRESSEES) or (
            marked_tokens(word.head, ADDRESSEES) if word.dep_ in OBJECTS else [])
        addressees = [m for m in resolve_tokens(found, index) if m.actor.code]
        if addressees:
            return addressees
    return []


def behest_doers(noun: Token, index: MentionIndex, sources: list[Mention],
                 behest: frozenset[str]) -> list[Mention]:
    """`struck the rebels at the request of Benin`, `déployés à la demande du gouvernement
    haïtien`: a request named in a phrase one of the `behest` prepositions opens on a verb
    was made of the verb's subject, who acted on it; of the clause's verb, where the parser
    hung the phrase on a participle qualifying its object (`bombed bases held by the
    insurgents at the request of Benin`)."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if verb.dep_ == "acl" and verb.head.dep_ in OBJECTS:
        verb = verb.head.head
    if preposition(noun) not in behest or verb.pos_ not in ("VERB", "AUX") or verb.i == noun.i:
        return []
    return [m for m in subject_mentions(verb, index) if m not in sources and m.actor.code]


def doers_warned_of(verb: Token, index: MentionIndex) -> list[Mention]:
    """`warned that it would not tolerate protests by opposition supporters`, `a prévenu qu'il
    n'accepterait pas les marches de l'opposition`: a warning about acts its clause names is
    aimed at their doers, the objects' owners or agents."""
    objects = [o for c in verb.children if c.dep_ == "ccomp" for o in c.children
               if o.dep_ in OBJECTS]
    return resolve_tokens(objects, index, owners=True) or doers_of_nouns(objects, index)


def doers_of_nouns(acts: list[Token], index: MentionIndex) -> list[Mention]:
    """The actors who did what these nouns, which name none, name, by their agent (`abuses by
    police`, `les exactions commises par des policiers`; not `an envoy sent by X`)."""
    return resolve_tokens([a for t in acts if index.at(t) is None
                           for a in noun_agent(t) or holders(t)], index)


def holders(noun: Token) -> list[Token]:
    """The agent of a participle qualifying a noun (`prisoners held by Israel`, `des otages
    détenus par le Hamas`, `drones launched by the Houthis`): who holds, or did something to,
    what it names."""
    return next((agent_tokens(c) for c in noun.children if agented_participle(c)), [])


def purpose_target(verb: Token, index: MentionIndex, sources: list[Mention]) -> list[Mention]:
    """The actors a verb's objects name, other than the sources and their countries."""
    own = {m.actor.country for m in sources} | {m.actor.code for m in sources}
    return [m for c in verb.children if c.dep_ in OBJECTS
            for m in resolve_tokens(list(c.subtree), index)
            if m.actor.code and m not in sources and m.actor.country not in own
            and m.rule != "locative"]


def projectiles_of(verb: Token, trigger: Trigger, index: MentionIndex,
                   projectiles: frozenset[str]) -> list[Mention]:
    """The mentions a force verb's objects name that are projectiles it launches or fires
    (`drones`, `missiles`), where its target is no object."""
    if "obj" in trigger.target:
        return []
    objects = [o for c in verb.children if c.dep_ in OBJECTS for o in with_conjuncts(c)]
    return [m for o in [*objects, *(n for o in objects for n in partitive(o))]
            if has_word(o, projectiles) for m in [index.at(o)] if m is not None]


def owner_above(addressed: list[Token], verb: Token, index: MentionIndex,
                sources: list[Mention], targeted: bool) -> list[Mention]:
    """`Armenia said Azerbaijani troops fired on its positions`, `l'Arménie a affirmé que des
    soldats azerbaïdjanais avaient tiré sur ses positions`: coercion or force on a target
    owned through a possessive of one owner, which plural doers cannot be, is aimed at the
    actor that is the subject of a verb above the trigger. So is force on some of them
    (`Hamas said Israel had killed three of its fighters in Gaza`): no doer counts its own
    dead so, even where a place after them named a target (`targeted`)."""
    doers = [verb.doc[m.token_start:m.token_end].root for m in sources]
    parts = [n for t in addressed for n in partitive(t)]
    plural = bool(doers) and all("Plur" in morph_values(t, "Number") for t in doers)
    owned = [*addressed, *parts] if plural and not targeted else parts
    if not doers or not any(
            fold(c.text) in SINGLE_POSSESSIVES and c.dep_ in ("det", "poss", "nmod:poss")
            for t in owned for c in t.children):
        return []
    head = verb
    for _ in range(4):
        if head.head.i == head.i:
            break
        head = head.head
        owners = [m for m in subject_mentions(head, index) if m not in sources and m.actor.code]
        if owners:
            return owners[:1]
    return []


def partitive(amount: Token) -> list[Token]:
    """The nouns an amount is part of (`three of its fighters`, `trois de ses combattants`,
    `la majorité des drones`)."""
    english = [g for c in amount.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"]
    return english + [c for c in amount.children if c.dep_ == "nmod" and any(
        g.dep_ == "case" and contracted(g) == "de"
        for g in c.children)]


def conjunct_of_verb(verb: Token, targets: list[Mention], index: MentionIndex) -> list[Mention]:
    """`a accusé la Corée du Sud et les États-Unis de…`: an actor joined to a target by `et`/
    `and` that the parser hung on the verb as a conjunct is a target too."""
    found = []
    for child in verb.children:
        mention = index.at(child) if child.dep_ == "conj" and child.pos_ in (
            "NOUN", "PROPN") else None
        if mention is None or not mention.actor.code or mention in targets:
            continue
        partner = index.genitive_partner(mention, verb.doc)
        if partner is not None and partner in targets:
            # `a reçu les ambassadeurs de l'Espagne ainsi que du Portugal`: its role too
            found.append(in_roles(mention, partner.actor.roles))
        elif any(t in targets for t in index.coordinated(mention, verb.doc)):
            found.append(mention)
    return found


def act_object(verb: Token, trigger: Trigger, acts: dict[str, tuple[Trigger, ...]],
               heads: list[Token]) -> Token | None:
    """The object of a verb when it names an act of the event lexicon (`the strikes`), or the
    noun its target marker of opposition, or any of concern, introduces on the verb or a word
    of its expression (`heads`: `protested against the detention`, `a protesté contre
    l'arrestation`, `expressed concern over the detention`); not a word of the trigger's own
    expression, which names the act itself (`a déposé une plainte`: the complaint)."""
    opposing = trigger.target if trigger.code == CONCERN else \
        tuple(OPPOSING.intersection(trigger.target))
    opposed = [t for head in heads for t in marked_tokens(head, opposing)] if opposing else []
    for child in [*(c for c in verb.children if c.dep_ in OBJECTS), *opposed]:
        if child.pos_ == "NOUN" and fold(child.lemma_) not in trigger.with_ and any(
                t.pos == "NOUN" and not t.with_ for t in acts.get(fold(child.lemma_), ())):
            return child
    return None
