"""Find place names in a spaCy Doc and resolve them to gazetteer places, using document context."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import IDX, IS_ALPHA

from wirecoder.attributes.gazetteer import (
    Gazetteer,
    GeoContext,
    Place,
    haversine_km,
    normalise,
)
from wirecoder.nlp import WHERE, entities, text_of, token_texts
from wirecoder.textnorm import fold

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
# Labels of names the English tagger gives a place it does not know (`in Odesa`: LANGUAGE):
# where the text places the name, the gazetteer is asked.
_MISTAKEN_LABELS = {"LANGUAGE", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}
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
_DROPPED_BEFORE = (*_LEADING, *_CITY_PREFIXES, *(q + " " for q in _QUALIFIERS))
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


@lru_cache(maxsize=1 << 14)
def _trim(text: str, gaz: Gazetteer) -> tuple[str, int, bool]:
    """Drop articles, possessives and qualifiers that are not part of the name.

    Returns the name, how many characters were dropped before it, and whether the dropped
    words ask for a region reading. Kept per name: entities repeat across documents.
    """
    for suffix in ("'s", "’s"):
        text = text.removesuffix(suffix)
    region = False
    shift = 0
    changed = True
    while changed and not gaz.has(text):
        changed = False
        lowered = text.lower()
        for word in _DROPPED_BEFORE:
            if not lowered.startswith(word):
                continue
            rest = text[len(word):]
            qualifier = word.strip() in _QUALIFIERS
            if rest[:1].isupper() and gaz.has(rest) and (not qualifier or _prominent(rest, gaz)):
                region = region or qualifier
                text, shift, changed = rest, shift + len(word), True
                break
        else:
            for suffix in (*_REGION_SUFFIXES, *_CITY_SUFFIXES):
                if lowered.endswith(suffix) and gaz.has(text[: -len(suffix)]):
                    region = region or suffix in _REGION_SUFFIXES
                    text, changed = text[: -len(suffix)], True
                    break
    return text, shift, region


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
        text, shift, region = _trim(ent.text, gaz)
        start = ent.start_char + shift
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
    blocked = {i for ent in entities(doc) if ent.label_ in _NON_PLACE_LABELS and not (
               ent.label_ in _MISTAKEN_LABELS and _place_after_in(doc, ent.start, ent.end, ent))
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
            if _lookup_worthy(doc, i, j, name_reading(name, gaz), inside.get(i)) or (
                    _cued_town(doc, i, j, name, gaz) and
                    getattr(inside.get(i), "label_", "PERSON") in _PERSON_LABELS):
                match = doc[i:j]
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


@lru_cache(maxsize=1 << 16)
def name_reading(name: str, gaz: Gazetteer) -> str | None:
    """How a capitalised name outside a place entity may be read, from the gazetteer alone:
    `region` (its main reading a country or state), `county`, `city` (of 100k or more), or
    None when it is unknown or its main reading is an alternate name or a smaller place.
    Kept per name: the same names are tried in every document."""
    cands = gaz.candidates(name)
    if not cands or not gaz.is_primary(name, cands[0]):
        return None
    top = cands[0]
    if top.feature in ("country", "admin1"):
        return "region"
    if top.feature == "admin2":
        return "county"
    return "city" if top.feature == "city" and top.population >= 100_000 else None


def _lookup_worthy(doc, i: int, j: int, reading: str | None, ent=None) -> bool:
    """Whether tokens i to j, capitalised and not labelled a place by NER, are safe to read
    as a place, given their gazetteer `reading` and the entity `ent` they start in."""
    if reading is None:
        return False
    if ent is not None and ent.label_ not in _PERSON_LABELS and not _place_after_in(doc, i, j, ent):
        first = ent.start + (1 if ent[0].lower_ == "the" else 0)
        after_of = i > ent.start and doc[i - 1].lower_ == "of"
        if j >= ent.end or not (i == first or after_of):
            return False
    if j - i == 1 and doc[i].is_sent_start and doc[i].pos_ != "PROPN":
        return False
    if reading == "region":
        return True
    if reading == "county":
        return doc[j - 1].text in ("County", "Parish")
    return doc[j - 1].pos_ == "PROPN"


# Nouns that name a settlement before its name (`the city of Kherson`, `la ville de Jénine`).
_TOWN_NOUNS = frozenset({"city", "town", "village", "ville", "localite", "cite"})
# Prepositions of where from, which place a town as the locative ones do (`withdrew from
# Kherson`, `fled from Mariupol`).
_WHENCE = frozenset({"from"})


def _cued_town(doc, i: int, j: int, name: str, gaz: Gazetteer) -> bool:
    """A town too small for `name_reading` (10,000 people or more) that the text places: after a
    locative preposition or one of where from (`near Jenin`, `from Kherson`) or a settlement
    noun (`the city of Kherson`)."""
    if not _placed(doc, i, WHERE | _WHENCE) or doc[j - 1].pos_ != "PROPN":
        return False
    cands = gaz.candidates(name)
    return bool(cands) and gaz.is_primary(name, cands[0]) and cands[0].feature == "city" \
        and cands[0].population >= 10_000


def _placed(doc, i: int, prepositions: frozenset[str]) -> bool:
    """Whether the words before token i place the name it starts: one of `prepositions`
    (`near Jenin`) or a settlement noun and `of` (`the city of Kherson`, `la ville d'El
    Fasher`)."""
    before = [fold(t.text) for t in doc[max(0, i - 2):i]]
    return bool(before) and before[-1] in prepositions or \
        len(before) == 2 and before[1] in ("of", "de", "d'") and before[0] in _TOWN_NOUNS


def _place_after_in(doc, i: int, j: int, ent) -> bool:
    """A whole entity tagged as a body, a language or a work that a locative preposition or
    a settlement noun governs (`was arrested in Bamako`: the English tagger's ORG; `a power
    station in Odesa`: its LANGUAGE; `la ville d'El Fasher`: the French tagger's ORG) is a
    place."""
    return (ent.start, ent.end) == (i, j) and _placed(doc, i, WHERE)


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
        if between not in _LIST_JOINS:  # the comma is one of them
            continue
        outer = [p for p in gaz.candidates(right.text) if _regional(p)] if between == "," else []
        if outer and not any(_regional(p) for p in gaz.candidates(left.text)):
            left.within, right.region = outer[0], True
        else:
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


def _readings(m: _Mention, gaz: Gazetteer) -> list[Place]:
    """The candidates for a mention: those inside the region it is said to lie in, or the
    regional ones when it is read as a region, when there are any."""
    cands = gaz.candidates(m.text)
    if m.within is not None:
        return [p for p in cands if _fits(p, m.within)] or cands
    if m.region:
        return [p for p in cands if _regional(p)] or cands
    return cands


def _choose(m: _Mention, cands: list[Place], gaz: Gazetteer,
            ctx: GeoContext | None) -> tuple[Place, bool]:
    """The best of two or more candidates and whether it clearly beats the runner-up."""
    scored = sorted(((gaz.score(m.text, p, ctx), p) for p in cands), key=lambda sp: -sp[0])
    margin = scored[0][0] - scored[1][0]
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


def _without(ctx: GeoContext, pairs: list[tuple[str, str, Place]], name: str) -> GeoContext:
    """The document context minus the evidence given by mentions of the same name; `pairs`
    are (normalised surface, surface, place) and `name` is normalised."""
    return build_context([(s, p) for key, s, p in pairs if key != name], ctx)


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
    contexts: dict[str, GeoContext] = {}  # the same for every key of one name
    pairs = [(normalise(s), s, p) for s, p in evidence or []]
    out = []
    for m in mentions:
        key = (m.text, m.within, m.region)
        if key not in chosen:
            cands = _readings(m, gaz)
            if len(cands) < 2:  # nothing to choose, and a lone reading is a confident one
                chosen[key] = (cands[0], True) if cands else (None, False)
            elif base is None:
                chosen[key] = _choose(m, cands, gaz, None)
            else:
                name = normalise(m.text)
                if name not in contexts:
                    contexts[name] = _without(base, pairs, name)
                chosen[key] = _choose(m, cands, gaz, contexts[name])
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
