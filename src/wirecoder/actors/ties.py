"""The words a role noun is tied to in the parse: its modifiers and the objects of its
prepositions of belonging, passed on through nouns of places (`la région du Tigré`); where
people come from; the group a role leads; what an attack was aimed at; a place the parser
hung on the verb after a role object."""

from __future__ import annotations

from spacy.tokens import Token

from wirecoder.nlp import preposition
from wirecoder.textnorm import fold

# Prepositions that tie a role noun to where it belongs (`a spokesman for the Iranian foreign
# ministry`); a diplomat's `in`, `at` or `for` says where they serve (`the UN envoy for Libya`),
# and forces `for` a country are sent to it (`troops for Ukraine`).
BELONGING = frozenset({"in", "of", "from", "across", "throughout", "at", "near", "de", "du",
                       "des", "d'", "en", "dans", "a", "au", "aux", "pres"})
# How a modifier hangs on the noun it ties (`Romania's government`, `Darfur rebels`).
MODIFIERS = frozenset({"compound", "nmod:poss", "poss", "amod", "flat", "flat:name"})
# Prepositions of what an attack was aimed at (`an attack on a village`, `contre un camp`).
AIMED_AT = frozenset({"on", "against", "contre", "sur"})
# A participle whose modifier says where a role is based (`Pakistan-based militants`).
BASED = frozenset({"base"})
# Participles that say where people come from (`migrants coming from Guatemala`, `refugees
# fleeing Sudan`, `des migrants venus du Niger`), and the prepositions of whence (folded).
ORIGIN = frozenset({"come", "flee", "venir", "fuir"})
WHENCE = frozenset({"from", "de", "du", "des", "d'"})
# Participles of leading a group (`une délégation russe conduite par le vice-ministre`, `a
# French delegation headed by the minister`): the leader is of the group's country.
LEADING = frozenset({"lead", "head", "conduire", "diriger", "emmener", "presider"})
# Nouns of places that pass the tie on to the name they govern (`la région du Tigré`).
PLACE_NOUNS = frozenset({"region", "province", "state", "etat", "district", "city", "ville",
                         "town", "village", "capital", "capitale", "area", "zone", "camp",
                         "north", "south", "east", "west", "nord", "sud", "est", "ouest",
                         "northeast", "northwest", "southeast", "southwest", "north-east",
                         "north-west", "south-east", "south-west", "nord-est", "nord-ouest",
                         "sud-est", "sud-ouest",
                         "centre", "center", "prison", "jail", "university", "universite",
                         "campus"})


def attached_nouns(head: Token, ties: frozenset[str] = BELONGING) -> list[Token]:
    """Nouns hanging on a role noun: modifiers, and objects of its prepositions."""
    out: list[Token] = []
    for child in head.children:
        if child.dep_ in MODIFIERS:
            out.append(child)
        elif child.dep_ == "prep" and fold(child.text) in ties:
            out.extend(g for g in child.children if g.dep_ == "pobj")
        elif child.dep_.split(":")[0] in ("nmod", "obl") and preposition(child) in ties:
            out.append(child)
    for noun in list(out):
        if fold(noun.lemma_) in BASED:
            out.extend(c for c in noun.children if c.dep_ in ("npadvmod", "compound"))
        place_noun = of_place(noun)
        if noun.pos_ != "NOUN" and not place_noun:
            continue
        if place_noun:
            out.extend(attached_nouns(noun))
        elif noun.dep_ not in MODIFIERS:
            # `nurses from a French charity`: the nationality of what they come from
            out.extend(c for c in noun.children if c.dep_ in MODIFIERS)
    return out


def of_place(token: Token) -> bool:
    """A noun of a place whose name follows (`the town of`, `l'est de`; the tagger may read
    `est` as the verb `être`)."""
    return fold(token.lemma_) in PLACE_NOUNS or fold(token.text) in PLACE_NOUNS


def origin_of(noun: Token) -> list[Token]:
    """Where a participle qualifying people says they come from or flee (`refugees fleeing
    Sudan`, `migrants venus du Niger`)."""
    out: list[Token] = []
    for verb in (c for c in noun.children if c.dep_ == "acl" and fold(c.lemma_) in ORIGIN):
        for child in verb.children:
            if child.dep_ in ("dobj", "obj") or child.dep_.split(":")[0] in ("obl", "nmod") \
                    and preposition(child) in WHENCE:
                out.append(child)
            elif child.dep_ == "prep" and fold(child.text) in WHENCE:
                out.extend(g for g in child.children if g.dep_ == "pobj")
    return out


def led_group(head: Token) -> list[Token]:
    """The group a role noun leads, as the agent of a participle of leading on the group's
    noun (`une délégation russe conduite par le ministre`, `a delegation led by the minister`)."""
    verb = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "agent" else (
        head.head if passive_agent(head) else None)
    if verb is None or verb.dep_ != "acl" or fold(verb.lemma_) not in LEADING or \
            verb.head.pos_ != "NOUN":
        return []
    return [verb.head]


def passive_agent(token: Token) -> bool:
    """The doer of a passive verb (`par la police`, also a plain oblique; `by police`)."""
    return token.dep_ in ("obl:agent", "agent") or \
        token.dep_ == "obl" and preposition(token) == "par"


def aimed_at(noun: Token) -> list[Token]:
    """What an act a noun names was aimed at, and where that is: `an attack on a church in
    Niger` -> `church`, `Niger`; `une attaque contre une église du nord du Mali`."""
    aimed = [t for c in noun.children for t in (c, *c.children)
             if t.pos_ in ("NOUN", "PROPN") and preposition(t) in AIMED_AT]
    return [p for t in aimed for p in (t, *attached_nouns(t))]


def place_after_object(head: Token) -> list[Token]:
    """`criticised the authorities in Khartoum`: the place the parser hung on the verb right
    after a state's role noun that is its object (`the government in Kabul`)."""
    if head.dep_ not in ("dobj", "obj"):
        return []
    after = head.right_edge.i + 1
    return [g for c in head.head.children if c.i == after and c.dep_ == "prep" and
            fold(c.text) == "in" for g in c.children if g.dep_ == "pobj"]
