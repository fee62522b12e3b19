"""Header of a plain-text dispatch: an optional `date YYYY-MM[-DD]` line and a wire dateline."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from wirecoder.attributes.dates import month_pattern, shared_words

__all__ = ["Header", "parse_header"]

_HEADER = re.compile(r"[ \t]*date[ \t]*:?[ \t]+(?P<pub>\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?"
                     r"(?:T[\d:.]*(?:Z|[+-]\d\d:?\d\d)?)?)(?![\w-])[ \t]*", re.IGNORECASE)
_WORD = r"[^\W\d_][\w'\u2019.-]*"
_DASH = r"(?:-{1,3}|[\u2013\u2014]{1,2})"


@dataclass(frozen=True)
class Header:
    """What precedes a dispatch's body: metadata date, dateline place, date and agency."""

    published: str | None
    place: str | None
    date_text: str | None
    agency: str | None
    body_start: int


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Dateline shapes, most specific first; each must match at the start of the body."""
    mon = month_pattern()
    arts = "|".join(re.escape(w) for w in shared_words("date_articles")) or r"(?!x)x"
    place = rf"(?P<place>{_WORD}(?:[ ]{_WORD}){{0,3}}(?:,[ ]{_WORD}(?:[ ]{_WORD})?)?)"
    ords = "|".join(re.escape(w) for w in shared_words("ordinals")) or r"(?!x)x"
    day = rf"\d{{1,2}}(?:{ords})?"
    date = (rf"(?:(?i:{arts})\s+)?(?P<date>{day}\s+(?i:{mon})(?:\s+\d{{4}})?"
            rf"|(?i:{mon})\s+{day}(?:,?\s+\d{{4}})?)(?!\w)")
    bracket = r"(?:\((?P<agency>[^()\n]{1,40})\)|/(?P<agency2>[^/\n]{1,30})/\.?)"
    # after the agency's bracket, a dash, a colon or a full stop (`Bakou, 3 juillet (AZERTAC).`)
    tail = rf"[ \t]*(?:{_DASH}|:|\.)?(?=\s|$)"
    return (
        ("dated-bracket", re.compile(rf"{place},[ \t]*{date}\.?[ \t]*{bracket}{tail}")),
        ("dated-comma", re.compile(rf"{place},[ \t]*{date},[ \t]*(?P<agency3>{_WORD})"
                                   rf"[ \t]*(?:{_DASH}|:)?(?=\s|$)")),
        ("bracket", re.compile(rf"{place}[ \t]*{bracket}[ \t]*"
                               rf"(?:{_DASH}(?=\s)|[:.](?=\s)|(?=\n)|$)")),
        ("dated-dash", re.compile(rf"{place},[ \t]*{date}[ \t]*(?:{_DASH}|:)(?=\s)")),
        ("dash", re.compile(rf"{place}[ \t]+{_DASH}(?=\s)")),
    )


def _is_place(place: str) -> bool:
    """Whether the words look like a place name: capitalised, small connectors inside only."""
    words = place.replace(",", "").split(" ")
    if not all(w[0].isupper() for w in (words[0], words[-1])):
        return False
    return all(w[0].isupper() or w.lower() in shared_words("place_connectors") for w in words)


def _dateline(text: str, pos: int) -> tuple[str, str | None, str | None, int] | None:
    """Place, date text, agency and end offset of a dateline starting at `pos`, if any."""
    for kind, pattern in _patterns():
        m = pattern.match(text, pos)
        if not m or not _is_place(m.group("place")):
            continue
        groups = m.groupdict()
        agency = groups.get("agency") or groups.get("agency2") or groups.get("agency3")
        if agency is not None:
            agency = agency.strip()
            if not agency or not agency[0].isupper():
                continue
        if kind == "dated-comma" and not _comma_agency_ok(text, m):
            continue
        if kind == "dash" and not _opens_sentence(text, m.end()):
            continue
        return m.group("place"), groups.get("date"), agency, m.end()
    return None


def _comma_agency_ok(text: str, m: re.Match[str]) -> bool:
    """A `Place, date, Agency` dateline ends its line, or its agency is in capitals."""
    rest = text[m.end():].lstrip(" \t")
    agency = m.group("agency3")
    return not rest or rest[0] == "\n" or (agency.isupper() and len(agency) > 1)


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether the text after `pos` starts like a sentence (a capital, a digit or a quote)."""
    rest = text[pos:].lstrip()
    return bool(rest) and (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"«\u201c")


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def parse_header(text: str) -> Header:
    """Split the optional header line and the dateline off a dispatch's text."""
    published = None
    pos = 0
    m = _HEADER.match(text)
    if m:
        published = m.group("pub")
        pos = m.end()
    pos = _skip_space(text, pos)
    found = _dateline(text, pos)
    if found is None:
        return Header(published, None, None, None, pos)
    place, date_text, agency, end = found
    return Header(published, place, date_text, agency, _skip_space(text, end))
