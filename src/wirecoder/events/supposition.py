"""Whether an act is only supposed, not told: in a clause a supposition word opens (`if`,
`whether`, `si`), in a question, or in the conditional of what would have followed a past
supposition (`Had Iran attacked, Washington would have retaliated`)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from wirecoder.events.dated import pluperfect_auxiliaries
from wirecoder.events.modality_lexicon import ModalityWords, has_word
from wirecoder.events.tense import verb_tense
from wirecoder.nlp import morph_values, sentence
from wirecoder.textnorm import fold


def _past_condition(verb: Token, words: ModalityWords) -> bool:
    """`si l'Iran avait attaqué`, `if Iran had attacked`, `Had Iran attacked`: a supposition
    in the pluperfect (introduced by a supposition word, or its auxiliary before its
    subject)."""
    auxiliaries = pluperfect_auxiliaries(verb)
    if not auxiliaries:
        return False
    subject = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
    return (subject is not None and auxiliaries[0].i < subject.i) or any(
        c.dep_ == "mark" and has_word(c, words.supposition) for c in verb.children)


def counterfactual_act(token: Token, words: ModalityWords) -> bool:
    """`Had Iran attacked Israel, Washington would have retaliated`, `Si l'Iran avait
    attaqué Israël, les États-Unis auraient riposté`: a past supposition, and the
    conditional of what would have followed it; neither happened. A past participle under
    `have` and one of the `counterfactual` auxiliaries (`would have attacked`, `could have
    killed`) tells one without its condition (the French past conditional, `aurait tué`, is
    a report, kept and flagged)."""
    if _past_condition(token, words):
        return True
    if verb_tense(token) == "conditional" and any(
            _past_condition(t, words) for t in sentence(token) if t.i != token.i):
        return True
    if any(verb_tense(v) == "conditional" and v.dep_ == "ROOT" and any(
            c.dep_ == "advcl" and clause_marked(c, words.supposition) for c in v.children)
           for v in clauses_up(token, ("xcomp", "ccomp"))):
        # `Si l'Éthiopie attaque, l'Égypte riposterait`: what would follow a supposition, told
        # by no one who would do it (`a averti qu'elle riposterait si…` is a threat); also
        # what it would let others do (`would allow Ukraine to export grain, if Russia agrees`)
        return True
    auxiliaries = [c for c in token.children if c.dep_.startswith("aux")]
    return compound_conditional(token) and any(fold(c.lemma_) == "have" for c in auxiliaries) \
        and any(has_word(c, words.counterfactual) for c in auxiliaries)


def clauses_up(token: Token, through: tuple[str, ...]) -> Iterator[Token]:
    """A verb, then up to two verbs its clause hangs on by one of the `through` relations."""
    current = token
    for _ in range(3):
        yield current
        if current.dep_ not in through or current.head.i == current.i:
            return
        current = current.head


def clause_marked(token: Token, marks: frozenset[str]) -> bool:
    """Whether the clause of a verb is introduced by one of `marks` (`whether Algeria would
    reopen`), also through the verbs it completes or is coordinated with (`if Russia decides
    to attack`); `jusqu'à ce qu'Israël se retire`: the French parser hangs the clause on the
    pronoun `ce`, whose preposition marks it."""
    for current in clauses_up(token, ("xcomp", "conj")):
        # (the French parser may hang `si` as an adverb)
        if any((c.dep_ == "mark" or c.pos_ == "SCONJ") and has_word(c, marks)
               for c in current.children):
            return True
        if current.dep_ == "acl" and current.head.pos_ == "PRON" and any(
                c.dep_ == "case" and has_word(c, marks) for c in current.head.children):
            return True
    return False


def asks_whether(token: Token, words: ModalityWords) -> bool:
    """`Will Russia attack Ukraine?`, `La Chine va-t-elle envahir Taïwan ?`: a sentence that
    ends in a question mark asks whether the act happens; one with a question word before the
    act (`Why did Russia attack?`) takes it as done."""
    sent = sentence(token)
    last = next((t for t in reversed(sent) if t.pos_ != "PUNCT" or t.text == "?"), None)
    return last is not None and last.text == "?" and not any(
        has_word(t, words.interrogative) for t in sent if t.i < token.i)


def compound_conditional(token: Token) -> bool:
    """`l'armée aurait tué`, `would have attacked`: a past participle under a conditional
    auxiliary, an act reported or supposed done, not one announced for later."""
    return "Part" in morph_values(token, "VerbForm") or token.tag_ == "VBN"
