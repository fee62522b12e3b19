"""A past participle after a form of `avoir` that the French tagger read as an adverb, an
adjective or a noun (`a expulsé` with `expulsé` an adverb of `a`, the main verb, tagged VERB or
AUX): the participle becomes the verb of the clause, with `avoir` its tense auxiliary, so that
the lemmatizer after the parser reads it as a verb (`expulser`). A participle heading its
clause with `avoir` as its tense auxiliary, tagged a noun, an adjective or a determiner (`a
félicité`, `a nié`, `ont dissous`) or left untagged (`a rompu` tagged X), is only retagged a
verb. Adverbs may stand between `avoir` and the participle (`a vivement protesté`)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from wirecoder.parse_repair import (
    ATTACHED_AUXILIARY,
    PARTICIPLE_ENDINGS,
    SUBJECTS,
    TENSE_AUXILIARY_FORMS,
    attach,
    positions,
    string_ids,
)
from wirecoder.textnorm import fold

PARTICIPLES = "wirecoder_participles"  # the component's name
NOT_VERBS = frozenset({"ADV", "ADJ", "NOUN", "PROPN", "DET", "X"})


class ParticipleRepair:
    """The pipeline component: a participle the tagger read as a modifier of `avoir` becomes
    the clause's verb. The auxiliary forms are found from the token arrays."""

    def __init__(self, vocab: Vocab, forms: tuple[str, ...]) -> None:
        self.ids = string_ids(vocab, forms)

    def __call__(self, doc: Doc) -> Doc:
        if len(self.ids):
            for i in positions(doc, self.ids):
                j = i + 1
                while j + 1 < len(doc) and doc[j].pos_ == "ADV" and doc[j].dep_ == "advmod" \
                        and doc[j].head.i == j + 1:  # `a vivement protesté`
                    j += 1
                if j < len(doc):
                    _as_participle(doc[i], doc[j])
                    _as_reported_clause(doc[i], doc[j])
        return doc


def _as_participle(auxiliary: Token, word: Token) -> None:
    """Make `word` the verb `auxiliary` (a form of `avoir` read as the main verb) helps."""
    # `ont` may be tagged AUX and still head the clause (`ont expulsé`, `expulsé` an adverb)
    _auxiliary_as_marker(auxiliary, word)
    main = auxiliary.pos_ == "VERB" or (auxiliary.pos_ == "AUX"
                                        and not auxiliary.dep_.startswith("aux"))
    if auxiliary.dep_ in ATTACHED_AUXILIARY and (auxiliary.head.i == word.i or (
            auxiliary.head.i == word.head.i and word.pos_ in NOT_VERBS and word.text.islower())):
        _object_below(word)
    if word.pos_ not in NOT_VERBS or not word.text.islower():
        return
    if auxiliary.head.i == word.i and auxiliary.dep_ in ATTACHED_AUXILIARY:
        # the clause is right, the participle only mistagged (`a félicité`, `a dissous`)
        _as_verb(word)
        _agent_below(word)
        return
    if not word.text.endswith(PARTICIPLE_ENDINGS) or not (
            word.head.i == auxiliary.i or _modifies_object_of(word, auxiliary)):
        return
    if not main:
        _as_participle_before_object(auxiliary, word)
        return
    root = auxiliary.head.i == auxiliary.i
    word.head = word if root else auxiliary.head
    word.dep_ = auxiliary.dep_
    for child in [c for c in auxiliary.children if c.i != word.i]:
        child.head = word
    auxiliary.head = word
    auxiliary.dep_ = "aux:tense"
    auxiliary.pos_ = "AUX"
    _as_verb(word)


def _auxiliary_as_marker(auxiliary: Token, word: Token) -> None:
    """`La Mauritanie a expulsé mille migrants`, with `a` read as a preposition (`case`) of
    `expulsé`, an adverb of the noun after it made the root, and the subject hung on `a`:
    `a` is the participle's auxiliary, the subject the participle's (the object is then
    lifted as for any participle hung on its object)."""
    noun = word.head
    if auxiliary.head.i != word.i or auxiliary.dep_ not in ("case", "mark", "advmod") or \
            not word.text.islower() or not word.text.endswith(PARTICIPLE_ENDINGS) or \
            noun.i <= word.i or noun.dep_ != "ROOT":
        return
    auxiliary.dep_, auxiliary.pos_ = "aux:tense", "AUX"
    for subject in [c for c in auxiliary.children if c.dep_ in SUBJECTS]:
        attach(subject, noun, subject.dep_)


def _as_reported_clause(auxiliary: Token, word: Token) -> None:
    """`La Russie a expulsé deux diplomates, a annoncé le ministère`, with `expulsé` read as an
    auxiliary of the reporting verb and the diplomats its subject: the participle heads the
    clause, what hung on the reporting verb before it is its own (the subject its object, and
    the full stop), and the reporting verb is a parenthetical of it."""
    report = word.head
    if word.pos_ != "VERB" or not word.dep_.startswith("aux") or report.i <= word.i or \
            auxiliary.head.i != word.i or fold(word.lemma_) in ("avoir", "etre"):
        return
    opening = next((c.i for c in report.children if c.dep_.startswith("aux") and c.i > word.i),
                   report.i)
    word.head = word if report.head.i == report.i else report.head
    word.dep_ = report.dep_
    for child in [c for c in report.children if c.i != word.i and (
            c.i < opening or c.is_punct and c.i == c.sent.end - 1)]:
        child.head = word
        child.dep_ = "obj" if child.dep_ == "nsubj" else child.dep_
    report.head, report.dep_ = word, "parataxis"


def _agent_below(verb: Token) -> None:
    """`a été expulsé par les autorités`, with `expulsé` hung as a modifier on the agent, made
    the root: the verb heads the clause, the agent is its `obl:agent` and the subject passive."""
    agent = verb.head
    if verb.dep_ != "advmod" or agent.i <= verb.i or agent.dep_ != "ROOT" or not any(
            c.dep_ == "case" and c.lower_ == "par" for c in agent.children):
        return
    verb.head, verb.dep_ = verb, "ROOT"
    for child in [c for c in agent.children if c.dep_ == "punct" and c.i > agent.i]:
        child.head = verb
    agent.head, agent.dep_ = verb, "obl:agent"
    for subject in [c for c in verb.children if c.dep_ == "nsubj"]:
        subject.dep_ = "nsubj:pass"


def _object_below(verb: Token) -> None:
    """`les autorités ont expulsé l'ambassadeur`, with `expulsé` (and its subject and
    auxiliary, or those two alone: `ont dissous les partis`) hung as a modifier on its object
    made the root: the verb heads the clause, the noun is its object."""
    noun = verb.head
    if verb.dep_ not in ("advmod", "amod", "acl") or noun.i <= verb.i or noun.dep_ != "ROOT" \
            or noun.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "case" for c in noun.children):
        return
    verb.head, verb.dep_ = verb, "ROOT"
    for child in [c for c in noun.children if c.dep_ == "punct" and c.i > noun.i or (
            c.i < verb.i and (c.dep_.startswith("aux") or c.dep_ in SUBJECTS))]:
        child.head = verb
    noun.head, noun.dep_ = verb, "obj"


def _modifies_object_of(word: Token, auxiliary: Token) -> bool:
    """`a expulsé dix diplomates`, with `expulsé` an adverb of `diplomates`, the object of
    `a`: the participle hung on the noun after it that the auxiliary governs."""
    noun = word.head
    return noun.i > word.i and noun.head.i == auxiliary.i and noun.dep_ == "obj" and (
        auxiliary.pos_ == "VERB")


def _as_verb(word: Token) -> None:
    """Tag `word` a past participle, which the lemmatizer after the parser then reads so."""
    word.pos_ = "VERB"
    word.set_morph("Tense=Past|VerbForm=Part")


def _as_participle_before_object(auxiliary: Token, word: Token) -> None:
    """`Le Canada a expulsé un diplomate accusé d'ingérence`, with `expulsé` an adverb of `a`
    and `a` the auxiliary of the later participle `accusé`, whose subject is the diplomat:
    `expulsé` is the verb, the diplomat its object and `accusé` a participle of the diplomat."""
    verb = auxiliary.head
    if not auxiliary.dep_.startswith("aux") or verb.i <= word.i + 1 or verb.pos_ != "VERB":
        return
    objects = [c for c in verb.children if c.dep_ == "nsubj" and word.i < c.i < verb.i]
    if not objects:
        return
    obj = objects[0]
    word.head = word if verb.head.i == verb.i else verb.head
    word.dep_ = verb.dep_
    for child in [c for c in verb.children if c.i < word.i]:
        child.head = word
    obj.head, obj.dep_ = word, "obj"
    verb.head, verb.dep_ = obj, "acl"
    _as_verb(word)


@Language.factory(PARTICIPLES)
def make_participle_repair(nlp: Language, name: str) -> ParticipleRepair:
    return ParticipleRepair(nlp.vocab, TENSE_AUXILIARY_FORMS.get(nlp.lang, ()))
