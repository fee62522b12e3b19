"""The sides of an act its noun or its clause names: fighting or talks `between X and Y`,
clashes that pit X against Y, and mediations (a mediator between two parties, whether the
mediation frames the clause or qualifies the act it brought about)."""

from __future__ import annotations

from spacy.tokens import Token

from wirecoder.events.mention_index import MentionIndex
from wirecoder.events.subjects import (
    resolve_tokens,
    subject_mentions,
    verb_subject,
    with_coordinated,
)
from wirecoder.events.syntax import (
    OBJECTS,
    OF,
    SUBJECTS,
    agent_tokens,
    introduced_by,
    marked_tokens,
    of_nouns,
    with_conjuncts,
)
from wirecoder.events.triggers import Trigger, trigger_index
from wirecoder.model import Mention
from wirecoder.nlp import preposition, sentence
from wirecoder.textnorm import fold

BETWEEN = frozenset({"entre", "between"})


MEDIATION = "045"


# Prepositions of a mediation that went with an act (`with Qatari mediation`, `sous la
# médiation de l'UA`, `grâce à la médiation de l'Éthiopie`).
MEDIATED_WITH = frozenset({"with", "under", "avec", "sous", "grace"})


# What introduces the second side a verb pits against the first.
AGAINST = frozenset({"a", "against", "contre"})


def sides_between(noun: Token, index: MentionIndex, asserted: bool = True) -> list[Mention]:
    """The parties of `les combats entre X et Y se poursuivent`, `clashes between X and Y
    erupted`, `clashes erupted between X and Y`; where `asserted`, only where the noun is what
    its clause asserts, not `a meeting between X and Y` someone offers to host; a verbless
    headline asserts the noun it is (`Entretien téléphonique entre X et Y`)."""
    headline = noun.dep_ == "ROOT" and not any(t.pos_ in ("VERB", "AUX") for t in sentence(noun))
    if asserted and noun.dep_ not in SUBJECTS and not headline:
        return []
    if not asserted:
        # `welcomed the signing of the accord between X and Y`
        for named in of_nouns(noun):
            parties = sides_between(named, index, asserted=False)
            if parties:
                return parties
    # `des combats ont éclaté entre X et Y`: the parser may hang the phrase on the verb
    hung_on_verb = [c for c in noun.head.children if c.i > noun.head.i] if asserted else []
    for child in [*noun.children, *hung_on_verb]:
        # `between Russian and American officials`: the demonyms coordinated before a party
        if child.dep_ == "prep" and fold(child.text) in BETWEEN:
            return with_coordinated(resolve_tokens([t for g in child.children if g.dep_ == "pobj"
                                               for t in with_conjuncts(g)], index),
                                     index, noun.doc)
        if child.dep_.split(":")[0] in ("nmod", "obl") and any(
                c.dep_ == "case" and fold(c.text) in BETWEEN for c in child.children):
            parties = with_conjuncts(child)
            if len(parties) == 1:
                # `des pourparlers entre X et Y`: the parser may hang Y on the noun
                parties += [c for c in child.head.children if c.dep_ == "conj" and c.i > child.i]
            return with_coordinated(resolve_tokens(parties, index), index, noun.doc)
    return []


def mediated_parties(noun: Token, index: MentionIndex) -> list[Mention]:
    """The parties of the clause a mediation noun is an oblique of (`grâce à la médiation du
    Qatar, la Russie et l'Ukraine ont échangé…`, `under the auspices of Egypt, talks between
    X and Y resumed`): the verb's subjects, or the parties its subject names. A fronted
    phrase may take the subjects as its conjuncts after the comma."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if verb.pos_ != "VERB" or preposition(noun) is None:
        return []
    fronted = [c for c in noun.children if c.dep_ == "conj" and c.i < verb.i
               and noun.doc[c.left_edge.i - 1].text == ","]
    subjects = with_conjuncts(fronted[0]) if fronted else verb_subject(verb, index)[0]
    named = resolve_tokens(subjects, index)
    if len(named) > 1:
        return named
    return next((p for s in subjects for p in [sides_between(s, index)] if len(p) > 1), named)


def framed_mediation(noun: Token, named: list[Mention], index: MentionIndex
                     ) -> tuple[list[Mention], list[Mention]] | None:
    """The mediators and parties of a mediation noun framing a clause (`sous l'égide de
    l'Égypte et du Qatar, X et Y ont…`): its `of` names, else the actors the noun itself
    names (`named`), towards each party of the clause."""
    mediated = mediated_parties(noun, index)
    mediators = resolve_tokens(marked_tokens(noun, OF), index) or named if mediated else []
    parties = [m for m in mediated if m not in mediators]
    return (mediators, parties) if mediators and parties else None


def pitted_sides(noun: Token, index: MentionIndex, pitting: frozenset[str]) -> list[Mention]:
    """The sides of `des combats ont opposé l'armée aux paramilitaires`, `the fighting pitted
    the army against the rebels`: the object of the verb the noun is the subject of, and the
    last actor after it introduced by `à`/`against` (the parser hangs them anywhere); with no
    object (`des heurts ont opposé dimanche à Lomé des jeunes à la police togolaise`), the
    actor before that one."""
    verb = noun.head
    if noun.dep_ not in SUBJECTS or fold(verb.lemma_) not in pitting:
        return []
    named: list[Mention] = []
    for t in verb.subtree:
        m = index.at(t) if t.i > verb.i else None
        if m is not None and m not in named and m.rule != "locative" and m.kind != "demonym":
            named.append(m)
    roots = [verb.doc[m.token_start:m.token_end].root for m in named]
    against = [k for k, r in enumerate(roots) if introduced_by(r, AGAINST)]
    if not against:
        return []
    first = next((c for c in verb.children if c.dep_ in OBJECTS), None)
    if first is None and against[-1] > 0:
        first = roots[against[-1] - 1]
    if first is None:
        return []
    return resolve_tokens(with_conjuncts(first) + with_conjuncts(roots[against[-1]]), index)


def _mediators(token: Token, index: MentionIndex) -> list[Mention]:
    """Who mediated what a participle or a noun of mediation qualifies: the participle's agent
    (`a truce brokered by Qatar`), the name joined to it by a hyphen (`a Qatari-mediated
    truce`), the names and nationalities before the noun (`with Egyptian and Qatari
    mediation`, `with U.S. mediation`) or after it (`under the auspices of the AU`)."""
    if token.pos_ == "NOUN":
        named = [c for c in token.children if c.dep_ in ("amod", "compound", "poss")] + \
            marked_tokens(token, OF)
    else:
        joined = token.i > 1 and token.nbor(-1).text == "-" and token.nbor(-2).head.i == token.i
        named = agent_tokens(token) or ([token.nbor(-2)] if joined else [])
    return with_coordinated(resolve_tokens([t for n in named for t in with_conjuncts(n)], index),
                             index, token.doc)


def mediation_noun(token: Token) -> bool:
    """A noun that names a mediation (`mediation`, `auspices`)."""
    return token.pos_ == "NOUN" and any(t.code == MEDIATION and t.pos == "NOUN" for t in
                                        trigger_index(token.doc.lang_).get(fold(token.lemma_), ()))


def mediated_sides(token: Token, trigger: Trigger,
              index: MentionIndex) -> tuple[list[Mention], list[Mention]] | None:
    """A mediation told through what it brought about (`agreed to a truce brokered by Qatar`,
    `held talks mediated by the EU`, `signed a deal with U.S. mediation`, `met under the
    auspices of the AU`): by its mediators,
    between the parties of that act, named `between` on its noun, else the subjects of the verb
    the act belongs to and who they act `with`."""
    participle = token.dep_ in ("acl", "amod") and token.tag_ == "VBN" and \
        token.head.pos_ in ("NOUN", "PROPN")
    if trigger.code != MEDIATION or not (participle or preposition(token) in MEDIATED_WITH):
        return None
    mediators = _mediators(token, index)
    if not mediators:
        return None
    act = token.head
    parties = sides_between(act, index, asserted=False) if act.pos_ == "NOUN" else []
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if not parties and verb is not None:
        parties = subject_mentions(verb, index) + resolve_tokens(marked_tokens(verb, ("with",)), index)
    parties = [m for m in parties if m not in mediators and m.rule != "locative"]
    return (mediators, parties) if len(parties) > 1 else None
