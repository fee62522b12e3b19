"""Faster equivalents of two spaCy components, with the same output.

spaCy's attribute ruler and rule lemmatizer set their attributes token by token from Python:
on English news they cost a fifth of the pipeline's time. The equivalents here read and write
the token arrays and remember what they computed:

- what the attribute ruler's one-token patterns (its tag map and most of its exceptions)
  set on a token depends only on the few attributes they test, so it is decided once per
  combination of those; patterns over several tokens still run through spaCy's matcher, and
  a token they reach takes the attributes of all its patterns in their order, as in spaCy;
- a lemma is a function of the token's form, part of speech and morphology (the key of
  spaCy's own lemma cache), so each is computed once by spaCy's lemmatizer, then looked up.

`speed_up(nlp)` puts them in place of the originals, which stay in the pipeline, disabled. A
pipeline whose components do not have the expected shape is left as it is.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# Token attributes the one-token patterns may test, and how each predicate reads them.
TESTED = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "POS": POS, "ORTH": ORTH, "IS_SPACE": IS_SPACE}
PREDICATES = frozenset({"IN", "NOT_IN", "REGEX"})
UNNAMED, UNNAMED_TEXT = 2**64 - 1, "\x00unnamed"  # stands for any value no pattern names


def _holds(wanted: object, value: str | bool) -> bool:
    """Whether a token attribute's value satisfies one Matcher pattern value."""
    if isinstance(wanted, dict):
        if "IN" in wanted and value not in wanted["IN"]:
            return False
        if "NOT_IN" in wanted and value in wanted["NOT_IN"]:
            return False
        return not ("REGEX" in wanted and not re.search(wanted["REGEX"], str(value)))
    return value == wanted


def _readable(token: dict) -> bool:
    return all(attr in TESTED and (not isinstance(value, dict) or set(value) <= PREDICATES)
               for attr, value in token.items())


class MemoAttributeRuler:
    """spaCy's attribute ruler with its one-token patterns decided once per combination of the
    attributes they test. Longer patterns still go through spaCy's matcher; a token they
    reach takes the attributes of all its patterns in their order, as in spaCy."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        self.single: list[tuple[int, dict]] = []  # (pattern id, token pattern), in order
        self.longer = Matcher(ruler.vocab, validate=False)
        for attr_id in range(len(ruler.attrs)):
            for pattern in _patterns(ruler, attr_id):
                if len(pattern) == 1:
                    self.single.append((attr_id, pattern[0]))
                else:
                    self.longer.add(str(attr_id), [pattern])
        self.tested = sorted({attr for _, token in self.single for attr in token})
        self.ids = [TESTED[attr] for attr in self.tested]
        # a value no pattern names or matches is replaced by UNNAMED, so that memo keys stay
        # few: `self.named[column]` maps a value to itself or to UNNAMED
        self.named: list[dict[int, int]] = [{} for _ in self.tested]
        self.names: dict[str, tuple[set[str], list[re.Pattern[str]]]] = {
            attr: (set(), []) for attr in self.tested}
        for _, token in self.single:
            for attr, wanted in token.items():
                names, regexes = self.names[attr]
                if isinstance(wanted, dict):
                    names.update(wanted.get("IN", ()), wanted.get("NOT_IN", ()))
                    if "REGEX" in wanted:
                        regexes.append(re.compile(wanted["REGEX"]))
                elif isinstance(wanted, str):
                    names.add(wanted)
        self.matching: dict[tuple[int, ...], tuple[int, ...]] = {}
        self.merged: dict[tuple[int, ...], dict[int, int]] = {}

    @staticmethod
    def handles(ruler: AttributeRuler) -> bool:
        """Whether every one-token pattern only tests attributes this class reads."""
        return all(len(pattern) > 1 or _readable(pattern[0])
                   for attr_id in range(len(ruler.attrs))
                   for pattern in _patterns(ruler, attr_id))

    def _matching(self, key: tuple[int, ...]) -> tuple[int, ...]:
        """The one-token patterns that match a token with these tested values."""
        strings = self.ruler.vocab.strings
        values = {attr: (bool(value) if attr == "IS_SPACE" else
                         UNNAMED_TEXT if value == UNNAMED else strings[value])
                  for attr, value in zip(self.tested, key)}
        return tuple(attr_id for attr_id, token in self.single
                     if all(_holds(wanted, values[attr]) for attr, wanted in token.items()))

    def _named(self, column: int, value: int) -> int:
        """The value itself if a pattern names it or its regular expression matches it, else
        UNNAMED; remembered."""
        attr = self.tested[column]
        text = self.ruler.vocab.strings[value] if attr != "IS_SPACE" else ""
        names, regexes = self.names[attr]
        kept = value if (attr == "IS_SPACE" or text in names
                         or any(regex.search(text) for regex in regexes)) else UNNAMED
        self.named[column][value] = kept
        return kept

    def _merged(self, ids: tuple[int, ...]) -> dict[int, int]:
        merged: dict[int, int] = {}
        for attr_id in ids:
            merged.update(self.ruler.attrs[attr_id])
        return merged

    def _targets(self, doc: Doc) -> dict[int, list[int]]:
        """Token -> ids of the longer patterns that set its attributes."""
        found: dict[int, list[int]] = {}
        if len(self.longer):
            strings = self.ruler.vocab.strings
            for key, start, end in self.longer(doc, allow_missing=True):
                attr_id = int(strings[key])
                index = self.ruler.indices[attr_id]
                found.setdefault(range(start, end)[index], []).append(attr_id)
        return found

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        longer = self._targets(doc)
        rows = doc.to_array(self.ids).reshape(len(doc), -1).tolist()
        current = doc.to_array([POS, MORPH, LEMMA])
        others = []
        named = self.named
        for i, row in enumerate(rows):
            key = tuple([named[c].get(v) or self._named(c, v) for c, v in enumerate(row)])
            ids = self.matching.get(key)
            if ids is None:
                ids = self.matching[key] = self._matching(key)
            if i in longer:
                ids = tuple(sorted(ids + tuple(longer[i])))
            merged = self.merged.get(ids)
            if merged is None:
                merged = self.merged[ids] = self._merged(ids)
            for column, attr in enumerate((POS, MORPH, LEMMA)):
                if attr in merged:
                    current[i, column] = merged[attr]
            if len(merged.keys() - {POS, MORPH, LEMMA}):
                others.append((i, merged))
        doc.from_array([POS, MORPH, LEMMA], current)
        for i, merged in others:
            set_token_attrs(doc[i], merged)
        return doc


def _patterns(ruler: AttributeRuler, attr_id: int) -> list[list[dict]]:
    return ruler.matcher.get(ruler.vocab.strings[str(attr_id)])[1]


class MemoLemmatizer:
    """spaCy's rule lemmatizer, asked once per (form, part of speech, morphology)."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.memo: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if not lemma:
                lemma = self.memo.get((orth, pos, morph), 0)
                if not lemma:
                    text = self.lemmatizer.lemmatize(doc[i])[0]
                    lemma = self.memo[(orth, pos, morph)] = doc.vocab.strings.add(text)
            lemmas.append(lemma)
        doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64"))
        return doc


@Language.factory("wirecoder_attribute_ruler")
def make_memo_attribute_ruler(nlp: Language, name: str) -> MemoAttributeRuler:
    return MemoAttributeRuler(nlp.get_pipe("attribute_ruler"))


@Language.factory("wirecoder_lemmatizer")
def make_memo_lemmatizer(nlp: Language, name: str) -> MemoLemmatizer:
    return MemoLemmatizer(nlp.get_pipe("lemmatizer"))


def speed_up(nlp: Language) -> Language:
    """Replace the attribute ruler and the rule lemmatizer by their array equivalents."""
    names = nlp.pipe_names
    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in names else None
    if isinstance(ruler, AttributeRuler) and MemoAttributeRuler.handles(ruler):
        nlp.add_pipe("wirecoder_attribute_ruler", after="attribute_ruler")
        nlp.disable_pipe("attribute_ruler")
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in names else None
    if (isinstance(lemmatizer, Lemmatizer) and lemmatizer.mode == "rule"
            and not lemmatizer.overwrite):
        nlp.add_pipe("wirecoder_lemmatizer", after="lemmatizer")
        nlp.disable_pipe("lemmatizer")
    return nlp
