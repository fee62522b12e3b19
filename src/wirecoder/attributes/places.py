"""Find place names in a spaCy Doc and resolve them to gazetteer places, using document context."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from spacy.attrs import IDX, IS_ALPHA

from wirecoder.attributes.gazetteer import (
    Gazetteer,
    GeoContext,
    Place,
    haversine_km,
    normalise,
)
from wirecoder.nlp import entities, text_of, token_texts

__all__ = [
    "Gazetteer",
    "GeoContext",
    "Place",
    "Toponym",
    "build_context",
    "find_toponyms",
    "haversine_km",
]

PLACE_LABELS = {"GPE", "LOC"}
# Entities never searched for place names; names inside ORG/FAC entities (`Ohio State
# University`) and one-word PERSON entities (`Alexandria`) are looked up in the gazetteer.
_NON_PLACE_LABELS = {"NORP", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "DATE", "TIME", "MONEY",
                     "CARDINAL", "ORDINAL", "LANGUAGE", "PERCENT", "QUANTITY"}
_PERSON_LABELS = {"PERSON", "PER"}
_LEADING = ("the ", "le ", "la ", "les ", "l'")
# Words that qualify a place without being part of its name (`Northeast Georgia`, `upstate
# New York`, `City of Norfolk`); dropped when the rest is a known name and the whole is not.
# After one of them the name is read as a region (state, province, country) when it can be.
_QUALIFIERS = ("north", "south", "east", "west", "northeast", "northwest", "southeast",
               "southwest", "northern", "southern", "eastern", "western", "central", "upstate",
               "downstate", "downtown", "greater", "rural")
_CITY_PREFIXES = ("city of ", "town of ", "village of ", "ville de ")
_REGION_SUFFIXES = (" state", " province")
_CITY_SUFFIXES = (" city",)
# Capitalised words NER sometimes labels as places on their own.
_NEVER_ALONE = frozenset(_QUALIFIERS) | {
    "metro", "midtown", "uptown", "january", "february", "march", "april", "june", "july",
    "august", "september", "october", "november", "december", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday"}
_STREET = re.compile(r"\s+(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Drive|Dr\.|Boulevard|Blvd\.?|"
                     r"Lane|Ln\.|Parkway|Pkwy\.?|Highway|Hwy\.?|Pike|Court|Ct\.|Circle|Trail|"
                     r"Terrace|Square|Rue|Mall|Plaza)\b")
_TITLES = frozenset({"mr.", "mrs.", "ms.", "miss", "dr.", "sen.", "rep.", "gov.", "lt.", "sgt.",
                     "capt.", "col.", "gen.", "det.", "officer", "coach", "judge", "president",
                     "senator", "mayor", "sheriff", "chief", "m.", "mme"})
# Right after these words a state/country reading of an ambiguous name is preferred.
_REGION_NEXT = frozenset({"state", "border", "line", "legislature", "governor", "attorney",
                          "lawmakers", "residents", "voters", "state's"})
_LIST_JOINS = frozenset({",", "and", "or", ", and", ", or", "&", "et", "ou"})
_MAX_SPAN = 4
_CONFIDENT_MARGIN = 2.0
_PASSES = 4


@dataclass(frozen=True)
class Toponym:
    """A place name found in text: character span, surface text and resolved place."""

    start: int
    end: int
    text: str
    place: Place | None


@dataclass
class _Mention:
    """A candidate place mention inside the doc (doc-relative character offsets)."""

    start: int
    end: int
    text: str
    from_ner: bool
    within: Place | None = None
    place: Place | None = None
    confident: bool = False
    region: bool = False
    extra: set[str] = field(default_factory=set)


def _trim(text: str, start: int, gaz: Gazetteer) -> tuple[str, int, bool]:
    """Drop articles, possessives and qualifiers that are not part of the name.

    Returns the name, its start, and whether the dropped words ask for a region reading.
    """
    for suffix in ("'s", "’s"):
        text = text.removesuffix(suffix)
    region = False
    changed = True
    while changed and not gaz.has(text):
        changed = False
        lowered = text.lower()
        for word in (*_LEADING, *_CITY_PREFIXES, *(q + " " for q in _QUALIFIERS)):
            rest = text[len(word):]
            qualifier = word.strip() in _QUALIFIERS
            if (lowered.startswith(word) and rest[:1].isupper() and gaz.has(rest)
                    and (not qualifier or _prominent(rest, gaz))):
                region = region or qualifier
                text, start, changed = rest, start + len(word), True
                break
        else:
            for suffix in (*_REGION_SUFFIXES, *_CITY_SUFFIXES):
                if lowered.endswith(suffix) and gaz.has(text[: -len(suffix)]):
                    region = region or suffix in _REGION_SUFFIXES
                    text, changed = text[: -len(suffix)], True
                    break
    return text, start, region


def _prominent(name: str, gaz: Gazetteer) -> bool:
    """Whether a name's main reading is a region, a country or a city of 50k or more."""
    cands = gaz.candidates(name)
    return bool(cands) and (cands[0].feature != "city" or cands[0].population >= 50_000)


def _not_a_place(full: str, start: int, end: int, text: str, surnames: set[str]) -> bool:
    """Street names, lone compass words or months, and people's names read as places;
    `full` is the document's text (built once: `Doc.text` joins every token)."""
    if text.lower() in _NEVER_ALONE or text in surnames:
        return True
    if _STREET.match(full, end):
        return True
    before = full[max(0, start - 12):start].split()
    return bool(before) and before[-1].lower() in _TITLES


def _surnames(doc) -> set[str]:
    """Last words of multi-word PERSON entities: `Farrin` once `Henry Farrin` was named."""
    return {ent[-1].text for ent in entities(doc)
            if ent.label_ in _PERSON_LABELS and len(ent) > 1 and ent[-1].text[:1].isupper()}


def _split_commas(text: str, start: int, gaz: Gazetteer) -> list[tuple[str, int]]:
    """Split `City, State` entities into their parts when every part is known."""
    if "," not in text:
        return [(text, start)]
    parts, pos = [], 0
    for chunk in text.split(","):
        stripped = chunk.strip()
        if stripped:
            parts.append((stripped, start + pos + chunk.index(stripped)))
        pos += len(chunk) + 1
    if all(gaz.has(p) for p, _ in parts):
        return parts
    return [(text, start)]


def _ner_mentions(doc, gaz: Gazetteer, surnames: set[str]) -> list[_Mention]:
    """Place mentions from the NER labels GPE and LOC."""
    found, full = [], text_of(doc)
    for ent in entities(doc):
        if ent.label_ not in PLACE_LABELS:
            continue
        text, start, region = _trim(ent.text, ent.start_char, gaz)
        if _not_a_place(full, start, start + len(text), text, surnames):
            continue
        for part, pstart in _split_commas(text, start, gaz):
            found.append(_Mention(pstart, pstart + len(part), part, True, region=region))
    return found


def _name_tokens(doc, texts: list[str]) -> list[int]:
    """Indices of the tokens that can belong to a place name, in order: capitalised words
    and abbreviations."""
    alpha = doc.to_array(IS_ALPHA).tolist() if texts else []
    return [k for k, text in enumerate(texts)
            if text[:1].isupper() and (alpha[k] or "." in text or "-" in text)]


def _lookup_mentions(doc, gaz: Gazetteer, taken: list[tuple[int, int]],
                     surnames: set[str]) -> list[_Mention]:
    """Capitalised spans outside any entity that name a country, region or large city."""
    full = text_of(doc)
    blocked = {i for ent in entities(doc) if ent.label_ in _NON_PLACE_LABELS
               or (ent.label_ in _PERSON_LABELS and len(ent) > 1)
               for i in range(ent.start, ent.end)}
    # Inside an ORG/FAC entity only a name in modifier position counts (`Ohio State
    # University`, `University of Alexandria`), never the entity's last word.
    inside = {i: ent for ent in entities(doc) if ent.label_ not in PLACE_LABELS
              for i in range(ent.start, ent.end)}
    # a name starts at a name-like token (about one in ten): the search visits those alone,
    # and builds spans only for names the gazetteer knows
    texts = token_texts(doc)
    starts = doc.to_array(IDX).tolist()
    name_tokens = _name_tokens(doc, texts)
    named = set(name_tokens)
    found, end = [], 0
    for i in name_tokens:
        if i < end or i in blocked:
            continue
        match = None
        for j in range(_name_stop(i, texts, named, blocked), i, -1):
            name = full[starts[i]:starts[j - 1] + len(texts[j - 1])]
            if not gaz.has(name):
                continue
            span = doc[i:j]
            if _lookup_worthy(span, name, gaz, inside.get(i)):
                match = span
                break
        if match is None:
            continue
        s, e = match.start_char, match.end_char
        if not any(s < te and ts < e for ts, te in taken) and not _not_a_place(
                full, s, e, match.text, surnames):
            found.append(_Mention(s, e, match.text, False))
        end = match.end
    return found


def _name_stop(i: int, texts: list[str], named: set[int], blocked: set[int]) -> int:
    """The end of the longest run (of at most `_MAX_SPAN` tokens) from token i, itself
    name-like and unblocked, of tokens that may be part of one name: unblocked, name-like,
    `-` or `of`."""
    stop, limit = i + 1, min(len(texts), i + _MAX_SPAN)
    while stop < limit and stop not in blocked and (
            stop in named or texts[stop] in ("-", "of")):
        stop += 1
    return stop


def _lookup_worthy(span, text: str, gaz: Gazetteer, ent=None) -> bool:
    """Whether a capitalised span that NER did not label a place is safe to read as one;
    `text` is the span's text, given because the caller has it (`Span.text` builds tokens)."""
    cands = gaz.candidates(text)
    if not cands:
        return False
    if ent is not None and ent.label_ not in _PERSON_LABELS:
        first = ent.start + (1 if ent[0].lower_ == "the" else 0)
        after_of = span.start > ent.start and doc_token(span, -1).lower_ == "of"
        if span.end >= ent.end or not (span.start == first or after_of):
            return False
    if len(span) == 1 and span[0].is_sent_start and span[0].pos_ != "PROPN":
        return False
    top = cands[0]
    if not gaz.is_primary(text, top):
        return False
    if top.feature in ("country", "admin1"):
        return True
    if top.feature == "admin2" and span[-1].text in ("County", "Parish"):
        return True
    return (top.feature == "city" and top.population >= 100_000
            and span[-1].pos_ == "PROPN")


def doc_token(span, shift: int):
    """The token at a shift from the start of a span, within its doc."""
    return span.doc[max(0, span.start + shift)]


def _regional(place: Place) -> bool:
    """A state, province or country (not a town or county)."""
    return place.feature in ("admin1", "country")


def _link_pairs(text: str, mentions: list[_Mention], gaz: Gazetteer) -> None:
    """Read `City, State` as a town inside a region; read state lists as states.

    In `Rego Park, New York` the right-hand name is a region and the town must lie in it; in
    `Missouri, New York and Ohio` a name listed with states is a state; before `state`,
    `border` or `legislature` (`the New York border`) a name is a region.
    """
    for left, right in itertools.pairwise(mentions):
        between = text[left.end:right.start].strip().lower()
        outer = [p for p in gaz.candidates(right.text) if _regional(p)]
        if between == "," and outer and not any(_regional(p) for p in gaz.candidates(left.text)):
            left.within, right.region = outer[0], True
        elif between in _LIST_JOINS:
            left_states = [p for p in gaz.candidates(left.text) if p.feature == "admin1"]
            right_states = [p for p in gaz.candidates(right.text) if p.feature == "admin1"]
            if left_states and right_states:
                left.region = right.region = True
    for m in mentions:
        following = text[m.end:m.end + 20].split()
        if following and following[0].lower().strip(".,;:") in _REGION_NEXT:
            m.region = True


def _fits(place: Place, within: Place) -> bool:
    """Whether place lies inside the region or country `within`."""
    if within.feature == "country":
        return place.country == within.country
    return place.country == within.country and place.admin1 == within.admin1 != ""


def _choose(m: _Mention, gaz: Gazetteer, ctx: GeoContext | None) -> tuple[Place | None, bool]:
    """Best candidate for a mention and whether it clearly beats the runner-up."""
    cands = gaz.candidates(m.text)
    if m.within is not None:
        cands = [p for p in cands if _fits(p, m.within)] or cands
    elif m.region:
        cands = [p for p in cands if _regional(p)] or cands
    if not cands:
        return None, False
    scored = sorted(((gaz.score(m.text, p, ctx), p) for p in cands), key=lambda sp: -sp[0])
    margin = scored[0][0] - scored[1][0] if len(scored) > 1 else 99.0
    return scored[0][1], margin >= _CONFIDENT_MARGIN or m.within is not None


def build_context(places: list[tuple[str, Place]], base: GeoContext | None = None) -> GeoContext:
    """A context from (surface, place) pairs: countries, local countries, US states, points."""
    ctx = GeoContext(countries=set(base.countries) if base else set(),
                     anchor=base.anchor if base else None,
                     admin1=set(base.admin1) if base else set(),
                     local_countries=set(base.local_countries) if base else set(),
                     places=list(base.places) if base else [],
                     home=base.home if base else "")
    for _, place in places:
        if not place.country:
            continue
        ctx.countries.add(place.country)
        if place.feature != "country":
            ctx.local_countries.add(place.country)
        if place.admin1:
            ctx.admin1.add(place.admin1)
        if place.feature in ("city", "admin2"):
            ctx.places.append(place)
            if ctx.anchor is None:
                ctx.anchor = place
    return ctx


def _without(ctx: GeoContext, pairs: list[tuple[str, Place]], surface: str) -> GeoContext:
    """The document context minus the evidence given by mentions of the same name."""
    others = [(s, p) for s, p in pairs if normalise(s) != normalise(surface)]
    return build_context(others, ctx)


def _home(mentions: list[_Mention], gaz: Gazetteer) -> str:
    """The document's home US state from its place names and the states it names."""
    states = [m.place.admin1 for m in mentions if m.place is not None
              and m.place.feature == "admin1" and m.place.admin1]
    states += [m.within.admin1 for m in mentions if m.within is not None and m.within.admin1]
    return gaz.home_region([m.text for m in mentions], states)


def _choose_each(mentions: list[_Mention], gaz: Gazetteer, base: GeoContext | None = None,
                 evidence: list[tuple[str, Place]] | None = None
                 ) -> list[tuple[Place | None, bool]]:
    """The choice for each mention, in context `base` less each name's own `evidence` when
    given. A name said again with the same qualifiers reads the same within one pass, so it
    is chosen once."""
    chosen: dict[tuple, tuple[Place | None, bool]] = {}
    out = []
    for m in mentions:
        key = (m.text, m.within, m.region)
        if key not in chosen:
            context = _without(base, evidence or [], m.text) if base is not None else None
            chosen[key] = _choose(m, gaz, context)
        out.append(chosen[key])
    return out


def find_toponyms(doc, gazetteer: Gazetteer, context: GeoContext | None = None,
                  offset: int = 0) -> list[Toponym]:
    """Place names in a spaCy Doc, resolved with the document's own geographic context."""
    surnames = _surnames(doc)
    mentions = _ner_mentions(doc, gazetteer, surnames)
    taken = [(m.start, m.end) for m in mentions]
    mentions += _lookup_mentions(doc, gazetteer, taken, surnames)
    mentions.sort(key=lambda m: m.start)
    _link_pairs(text_of(doc), mentions, gazetteer)
    for m, (place, confident) in zip(mentions, _choose_each(mentions, gazetteer)):
        m.place, m.confident = place, confident
    evidence = [(m.text, m.place) for m in mentions if m.place is not None and m.confident]
    for _ in range(_PASSES):
        base = GeoContext(countries=set(context.countries), anchor=context.anchor,
                          admin1=set(context.admin1), local_countries=set(context.local_countries),
                          places=list(context.places), home=context.home) if context else GeoContext()
        base.home = base.home or _home(mentions, gazetteer)
        for m, (place, _) in zip(mentions, _choose_each(mentions, gazetteer, base, evidence)):
            m.place = place
        settled = evidence
        evidence = [(m.text, m.place) for m in mentions if m.place is not None]
        if evidence == settled:
            break  # a pass that changes nothing leaves the next one nothing to change
    return [Toponym(m.start + offset, m.end + offset, m.text, m.place) for m in mentions]
