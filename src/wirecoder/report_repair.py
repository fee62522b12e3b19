"""Repair of a French reporting verb that follows, after a comma, the clause it reports, with
its subject after it (`Le Hamas a violé la trêve, accuse Israël`, `…, a dénoncé le ministre`,
`…, ce que dément Moscou`): the small model reads the speaker as the verb's object, the verb
as a conjunct of the reported clause's verb, or the verb as an adjective or an adverb. The
verb becomes a parenthetical of the reported clause (of `ce` after `ce que`) with the noun
phrase after it, up to the sentence's end, as its subject.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from wirecoder.parse_repair import TENSE_AUXILIARY_FORMS, attach, lemma_as_verb
from wirecoder.present_tense_repair import noun_phrase
from wirecoder.textnorm import fold

INVERTED_REPORTS = "wirecoder_inverted_reports"
REPORT_LANGUAGES = frozenset({"fr"})
CLAIM_RELATIVE = ("ce", ("que", "qu'"))  # `…, ce que dément Moscou`


class InvertedReportRepair:
    """The pipeline component (see above). Whether a form is one of a reporting verb is asked
    of the lemmatizer once per form."""

    def __init__(self, vocab: Vocab, lemmatize: Callable[[Token], list[str]],
                 verbs: frozenset[str], auxiliaries: tuple[str, ...]) -> None:
        self.vocab, self.lemmatize, self.verbs = vocab, lemmatize, verbs
        self.auxiliaries = frozenset(fold(a) for a in auxiliaries) - {"avoir", "ete"}
        self.memo: dict[str, str | None] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not self.verbs:
            return doc
        for sent in doc.sents:
            for comma in [t for t in sent if t.text == "," and t.i > sent.start + 1]:
                self._repair(comma, sent.end - 1 if sent[-1].is_punct else sent.end)
        return doc

    def _reporting_lemma(self, form: str) -> str | None:
        if form not in self.memo:
            lemma = lemma_as_verb(self.vocab, self.lemmatize, form)
            self.memo[form] = lemma if fold(lemma) in self.verbs else None
        return self.memo[form]

    def _repair(self, comma: Token, end: int) -> None:
        doc = comma.doc
        k = comma.i + 1
        relative = k + 1 < end and fold(doc[k].text) == CLAIM_RELATIVE[0] and \
            fold(doc[k + 1].text) in CLAIM_RELATIVE[1]
        k += 2 if relative else 0
        auxiliary = doc[k] if k < end and fold(doc[k].text) in self.auxiliaries else None
        k += 1 if auxiliary is not None else 0
        if k + 1 >= end or not doc[k].text.isalpha() or not doc[k].text.islower():
            return
        verb, speaker = doc[k], doc[k + 1:end]
        if auxiliary is None and fold(verb.text).endswith("ant"):
            return  # `…, accusant son voisin de…`: a participle, its subject the clause's
        if any(c.dep_ == "aux:tense" and c.i < comma.i for c in verb.children):
            return  # `L'Égypte a, de son côté, condamné l'attaque`: its tense began before
        lemma = self._reporting_lemma(verb.text)
        reported = [t for t in doc[comma.sent.start:comma.i] if t.pos_ in ("VERB", "AUX")]
        if lemma is None or not reported or not noun_phrase(speaker) or any(
                t.pos_ in ("VERB", "AUX") for t in speaker):
            return
        heads = [t for t in speaker if not (speaker.start <= t.head.i < speaker.end)
                 or t.head.i == t.i]
        subject = next((t for t in heads if t.pos_ in ("NOUN", "PROPN")), None)
        if subject is None:
            return
        root = comma.sent.root
        if relative:
            attach(verb, doc[comma.i + 1], "acl:relcl")
            attach(doc[comma.i + 2], verb, "obj")
        elif root.i < comma.i:
            attach(verb, root, "parataxis")
            _give_back_object(verb, root, comma)
        else:  # the parser made a word of the report its root: the report heads the sentence
            verb.head, verb.dep_ = verb, "ROOT"
            for token in doc[comma.sent.start:comma.i]:
                if not (comma.sent.start <= token.head.i < comma.i) or token.head.i == token.i:
                    attach(token, verb, "ccomp")
            attach(doc[end] if end < comma.sent.end else comma, verb, "punct")
        attach(comma, verb, "punct")
        attach(subject, verb, "nsubj")
        for token in heads:
            if token.i != subject.i:
                attach(token, subject, token.dep_)
        if auxiliary is not None:
            attach(auxiliary, verb, "aux:tense")
            auxiliary.pos_ = "AUX"
        if verb.pos_ != "VERB":
            verb.pos_ = "VERB"
            verb.set_morph("Tense=Past|VerbForm=Part" if auxiliary is not None
                           else "Mood=Ind|Tense=Pres|VerbForm=Fin")
        verb.lemma_ = lemma


def _give_back_object(verb: Token, root: Token, comma: Token) -> None:
    """`L'Iran a exécuté un homme…, a annoncé la justice`, with `homme` read as the subject
    of the reporting verb after the comma: a noun of the report after its verb, which has no
    object, is that verb's object."""
    if root.pos_ != "VERB" or any(c.dep_ in ("obj", "nsubj:pass") for c in root.children):
        return
    stray = next((c for c in verb.children if c.dep_ == "nsubj" and root.i < c.i < comma.i
                  and c.pos_ in ("NOUN", "PROPN")), None)
    if stray is not None:
        attach(stray, root, "obj")


@Language.factory(INVERTED_REPORTS)
def make_inverted_report_repair(nlp: Language, name: str) -> InvertedReportRepair:
    from wirecoder.events.modality_lexicon import modality_words  # imports nlp

    words = modality_words(nlp.lang)
    return InvertedReportRepair(nlp.vocab, nlp.get_pipe("lemmatizer").lemmatize,
                                words.speech | words.reporting,
                                TENSE_AUXILIARY_FORMS.get(nlp.lang, ()))
