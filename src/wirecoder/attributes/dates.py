"""Dates of documents and events: dateline and metadata dates, date expressions in sentences."""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from wirecoder import resources

if TYPE_CHECKING:
    from wirecoder.ingest.dateline import Header

__all__ = [
    "DateHit",
    "EventDate",
    "document_date",
    "event_date",
    "find_dates",
    "month_pattern",
    "shared_words",
]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DATELINE_LEEWAY = 2   # days a dateline may run ahead of its published date
_PUBLISHED = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?\s*$")
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2010": "-",
                       "\u2011": "-", "\u2013": "-", "\u2014": "-", "\u00a0": " "})


@dataclass(frozen=True)
class EventDate:
    """A calendar date at day, month or year precision (value None when unknown)."""

    value: str | None
    precision: str | None

    @property
    def month(self) -> int | None:
        """The month of a date known to the month or the day, else None."""
        return int(self.value[5:7]) if self.value and self.precision in ("day", "month") \
            else None


@dataclass(frozen=True)
class DateHit:
    """One date expression found in a text, not yet resolved against a document date."""

    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    direction: int = 0          # -1 for last/dernier, +1 for next/prochain
    offset: int | None = None   # relative expressions: days (or years) from the document date
    unit: str | None = None     # "day", "period" or "year" for relative expressions


@dataclass(frozen=True)
class _Lexicon:
    """One language's date vocabulary, compiled into regexes."""

    months: dict[str, int]
    weekdays: dict[str, int]
    next_words: frozenset[str]
    last_words: frozenset[str]
    ambiguous: frozenset[str]
    ambiguous_cues: frozenset[str]
    capitalised: bool
    dmy: bool
    relative: dict[str, tuple[str, int]]
    relative_blockers: dict[str, frozenset[str]]
    patterns: tuple[tuple[str, re.Pattern[str]], ...]


def _fold(text: str) -> str:
    """Lower-case and strip accents keeping one output character per input character."""
    out = []
    for ch in text.translate(_FOLD):
        base = unicodedata.normalize("NFD", ch)[0].lower()
        out.append(base if len(base) == 1 else ch)
    return "".join(out)


def _alt(forms: list[str], optional_dot: bool = False) -> str:
    """A regex alternation of folded forms, longest first, spaces matching any whitespace."""
    pats = []
    for form in sorted({_fold(f).strip() for f in forms}, key=len, reverse=True):
        if optional_dot and form.endswith("."):
            pats.append(re.escape(form[:-1]).replace(r"\ ", r"\s+") + r"\.?")
        else:
            pats.append(re.escape(form).replace(r"\ ", r"\s+"))
    return "|".join(pats) if pats else r"(?!x)x"


def _key(form: str) -> str:
    """A form folded for dictionary look-up (trailing dot and extra spaces dropped)."""
    if not isinstance(form, str):
        raise resources.DataError(f"dates.yaml: {form!r} is not a string (quote it in YAML)")
    return re.sub(r"\s+", " ", _fold(form).rstrip(".").strip())


@cache
def _lexicon(lang: str) -> _Lexicon:
    """Compile the date vocabulary of `lang` (an empty vocabulary when it has none)."""
    data: dict[str, Any] = resources.lang_yaml(lang, "dates", {}) or {}
    months = {_key(f): int(m) for m, forms in (data.get("months") or {}).items() for f in forms}
    weekdays = {_key(f): _WEEKDAYS.index(name)
                for name, forms in (data.get("weekdays") or {}).items() for f in forms}
    relative: dict[str, tuple[str, int]] = {}
    blockers: dict[str, frozenset[str]] = {}
    for unit, key in (("day", "relative_days"), ("period", "relative_periods"),
                      ("year", "relative_years")):
        for entry in data.get(key) or []:
            for form in entry["forms"]:
                relative[_key(form)] = (unit, int(entry["offset"]))
                if entry.get("not_before"):
                    blockers[_key(form)] = frozenset(_key(w) for w in entry["not_before"])
    next_words = list(data.get("next_words") or [])
    last_words = list(data.get("last_words") or [])
    mon = _alt([f for forms in (data.get("months") or {}).values() for f in forms], True)
    wd = _alt(list(weekdays))
    mod = _alt(next_words + last_words)
    cues = _alt(list(data.get("month_cues") or []))
    ycues = _alt(list(data.get("year_cues") or []))
    ords = _alt(list(data.get("ordinals") or []))
    day = rf"(?P<d>3[01]|[12]\d|0?[1-9])(?:{ords})?(?![\d:h])"
    joins = _alt(["-", "/", *(data.get("range_words") or [])])
    rng = rf"(?:\s*(?:{joins})\s*(?:3[01]|[12]\d|0?[1-9])(?:{ords})?)?"
    links = _alt(list(data.get("day_month_links") or []))
    year = r"(?P<y>(?:1[89]|20)\d\d)(?!\d)"
    b, e, w = r"(?<![\w-])", r"(?![\w'])", r"(?!\w)"
    orders = set(data.get("date_orders") or ["dmy", "mdy"])
    patterns = tuple((kind, pattern) for kind, pattern in (
        ("iso", re.compile(rf"{b}(?P<y>\d{{4}})-(?P<m>\d\d)-(?P<d>\d\d)(?!\d)")),
        ("numeric", re.compile(rf"{b}(?P<a>\d{{1,2}})[/.](?P<c>\d{{1,2}})[/.]{year}")),
        ("dmy", re.compile(rf"{b}(?:(?P<wd>{wd}),?\s+)?{day}{rng}\s+(?:(?:{links})\s+)?"
                           rf"(?P<mon>{mon}){e}(?:,?\s+{year})?")),
        ("mdy", re.compile(rf"{b}(?:(?P<wd>{wd}),?\s+)?(?P<mon>{mon})\s+{day}{rng}"
                           rf"(?:,?\s+{year})?")),
        ("weekday", re.compile(rf"{b}(?:(?P<pre>{mod})\s+)?(?P<wd>{wd}){w}"
                               rf"(?:\s+{day}|\s+(?P<post>{mod}){e})?")),
        ("month", re.compile(rf"{b}(?:(?P<pre>{cues}|{mod})[\s-]+)?(?P<mon>{mon}){e}"
                             rf"(?:\s+(?P<post>{mod}){e})?(?:,?\s+{year})?")),
        ("year", re.compile(rf"{b}(?:{ycues})\s+{year}")),
        ("relative", re.compile(rf"{b}(?P<rel>{_alt(list(relative))}){w}")),
    ) if kind not in ("dmy", "mdy") or kind in orders)
    return _Lexicon(
        months=months, weekdays=weekdays,
        next_words=frozenset(_key(w) for w in next_words),
        last_words=frozenset(_key(w) for w in last_words),
        ambiguous=frozenset(_key(w) for w in data.get("ambiguous_months") or []),
        ambiguous_cues=frozenset(_key(w) for w in data.get("ambiguous_month_cues") or []),
        capitalised=bool(data.get("capitalised_months")),
        dmy=(data.get("numeric_order") or "dmy") == "dmy",
        relative=relative, relative_blockers=blockers, patterns=patterns)


def month_number(form: str, lang: str) -> int | None:
    """The month a word names (`june`, `juin`: 6), None if it names none."""
    return _lexicon(lang).months.get(_key(form))


@cache
def month_pattern() -> str:
    """A regex alternation (case-insensitive) of month names in every shipped language."""
    forms: list[str] = []
    for lang in resources.languages():
        data = resources.lang_yaml(lang, "dates", {}) or {}
        forms += [f for fs in (data.get("months") or {}).values() for f in fs]
    pats = []
    for form in sorted(set(forms), key=len, reverse=True):
        esc = re.escape(form.rstrip("."))
        pats.append(esc + (r"\.?" if form.endswith(".") else ""))
    return "|".join(pats) if pats else r"(?!x)x"


@cache
def shared_words(key: str) -> tuple[str, ...]:
    """The union over every shipped language of one word list of `dates.yaml`, folded."""
    words: set[str] = set()
    for lang in resources.languages():
        data = resources.lang_yaml(lang, "dates", {}) or {}
        words.update(_key(w) for w in data.get(key) or [])
    return tuple(sorted(words))


def _hit(kind: str, m: re.Match[str], original: str, lex: _Lexicon) -> DateHit | None:
    """Turn one regex match into a DateHit, or None when it is a false alarm."""
    g = m.groupdict()
    year = int(g["y"]) if g.get("y") else None
    if kind == "iso":
        return DateHit(m.start(), m.end(), year, int(g["m"]), int(g["d"]))
    if kind == "numeric":
        a, c = int(g["a"]), int(g["c"])
        day, month = (a, c) if lex.dmy else (c, a)
        return DateHit(m.start(), m.end(), year, month, day)
    if kind == "relative":
        unit, offset = lex.relative[_key(g["rel"])]
        # `la veille du sommet`: the day before something else, not before the document
        after = re.match(r"\s*(\w+'?)", original[m.end():])
        if after and _key(after.group(1)) in lex.relative_blockers.get(_key(g["rel"]), ()):
            return None
        return DateHit(m.start(), m.end(), offset=offset, unit=unit)
    if kind == "year":
        return DateHit(m.start(), m.end(), year)
    words = {_key(g[k]) for k in ("pre", "post") if g.get(k)}
    direction = 1 if words & lex.next_words else -1 if words & lex.last_words else 0
    weekday = lex.weekdays[_key(g["wd"])] if g.get("wd") else None
    day = int(g["d"]) if g.get("d") else None
    if kind == "weekday":
        return DateHit(m.start(), m.end(), day=day, weekday=weekday, direction=direction)
    name = _key(g["mon"])
    if lex.capitalised and not original[m.start("mon")].isupper():
        return None
    if kind == "month":
        if original[m.end("mon"):m.end("mon") + 2] in ("'s", "\u2019s"):
            return None
        cue = _key(g["pre"]) if g.get("pre") else None
        if not (year or direction or cue):
            return None
        if name in lex.ambiguous and not (year or direction or cue in lex.ambiguous_cues):
            return None
    return DateHit(m.start(), m.end(), year, lex.months[name], day, weekday, direction)


@lru_cache(maxsize=4096)
def find_dates(text: str, lang: str) -> tuple[DateHit, ...]:
    """Date expressions in `text`, left to right, longest first where they overlap (kept
    once found: several events of one sentence ask for the same)."""
    lex = _lexicon(lang)
    folded = _fold(text)
    hits = []
    for kind, pattern in lex.patterns:
        for m in pattern.finditer(folded):
            hit = _hit(kind, m, text, lex)
            if hit is not None:
                hits.append(hit)
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[DateHit] = []
    for hit in hits:
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
    return tuple(kept)


def _period(value: str | None) -> tuple[date, date, str] | None:
    """First day, last day and precision of a `YYYY[-MM[-DD]]` value (ISO datetimes too)."""
    m = _PUBLISHED.match(value or "")
    if not m:
        return None
    try:
        y = int(m.group(1))
        if m.group(3):
            d = date(y, int(m.group(2)), int(m.group(3)))
            return d, d, "day"
        if m.group(2):
            mo = int(m.group(2))
            return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1]), "month"
        return date(y, 1, 1), date(y, 12, 31), "year"
    except ValueError:
        return None


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _choose(cands: list[date], first: date, last: date, direction: int,
            future: bool) -> date | None:
    """Pick among candidate dates relative to a document period [first, last]."""
    if direction < 0:
        pool = [c for c in cands if c < first]
        return max(pool) if pool else None
    if direction > 0:
        pool = [c for c in cands if c > last]
        return min(pool) if pool else None
    if future:
        pool = [c for c in cands if c >= first]
        return min(pool) if pool else None
    mid = first + (last - first) // 2
    # Past references are the more common in news: a date ahead counts twice as far.
    return min(cands, key=lambda c: ((mid - c).days if c <= mid else 2 * (c - mid).days, c),
               default=None)


def _by_weekday(cands: list[date], hit: DateHit) -> list[date]:
    """Candidates falling on the hit's weekday when it names one and some do."""
    same = [c for c in cands if hit.weekday is not None and c.weekday() == hit.weekday]
    return same or cands


def _fmt(d: date, precision: str) -> EventDate:
    value = {"day": d.isoformat(), "month": d.isoformat()[:7], "year": str(d.year)}[precision]
    return EventDate(value, precision)


def _resolve(hit: DateHit, doc: EventDate, future: bool) -> EventDate | None:
    """The date a hit stands for, given the document date; None when it cannot be told."""
    if hit.year and hit.month and hit.day:
        d = _safe(hit.year, hit.month, hit.day)
        return _fmt(d, "day") if d else None
    if hit.year and hit.month:
        return EventDate(f"{hit.year:04d}-{hit.month:02d}", "month")
    if hit.year and not hit.unit:
        return EventDate(str(hit.year), "year")
    period = _period(doc.value)
    if period is None:
        return None
    first, last, precision = period
    years = range(first.year - 1, last.year + 2)
    if hit.unit == "year":
        return EventDate(str(first.year + (hit.offset or 0)), "year")
    if hit.unit == "period":
        if precision == "year":
            return EventDate(str(first.year), "year")
        return _fmt(first + (last - first) // 2 + timedelta(days=hit.offset or 0), "month")
    if hit.unit == "day":
        return _fmt(first + timedelta(days=hit.offset or 0), "day") if precision == "day" else None
    if hit.month and hit.day:
        cands = _by_weekday([c for y in years if (c := _safe(y, hit.month, hit.day))], hit)
        chosen = _choose(cands, first, last, hit.direction, future)
        return _fmt(chosen, "day") if chosen else None
    if hit.month:
        cands = [date(y, hit.month, 1) for y in years]
        lo = first.replace(day=1)
        chosen = _choose(cands, lo, last, hit.direction, future)
        return _fmt(chosen, "month") if chosen else None
    if hit.day:
        cands = _by_weekday([c for y in years for mo in range(1, 13)
                             if (c := _safe(y, mo, hit.day))], hit)
        chosen = _choose(cands, first, last, hit.direction, future)
        return _fmt(chosen, "day") if chosen and precision != "year" else None
    if hit.weekday is not None and precision == "day":
        back = (first.weekday() - hit.weekday) % 7
        ahead = (hit.weekday - first.weekday()) % 7
        if hit.direction < 0 or (hit.direction == 0 and not future):
            back = back or (7 if hit.direction < 0 else 0)
            return _fmt(first - timedelta(days=back), "day")
        ahead = ahead or (7 if hit.direction > 0 else 0)
        return _fmt(first + timedelta(days=ahead), "day")
    return None


def event_date(sentence: str, doc_date: EventDate, lang: str, future: bool = False,
               near: int | None = None) -> EventDate:
    """The date a sentence gives its event, resolved against the document date.

    The first date expression wins, or with `near` (a character offset of the trigger in
    the sentence) the closest one; a sentence without any gives the document date.
    """
    hits = list(find_dates(sentence, lang))
    if near is not None:
        hits.sort(key=lambda h: 0 if h.start <= near < h.end else min(
            abs(h.start - near), abs(h.end - near)))
    for hit in hits:
        resolved = _resolve(hit, doc_date, future)
        if resolved is not None:
            return resolved
    return doc_date


def document_date(published: str | None, header: Header, lang: str) -> EventDate:
    """The document's date: published metadata refined by the dateline's own date."""
    period = _period(published) or _period(header.published)
    if header.date_text:
        langs = [lang] + [x for x in resources.languages() if x != lang]
        for code in langs:
            hits = [h for h in find_dates(header.date_text, code) if h.month and h.day]
            if not hits:
                continue
            hit = hits[0]
            if hit.year:
                d = _safe(hit.year, hit.month or 0, hit.day or 0)
                if d:
                    return _fmt(d, "day")
            elif period is not None:
                top = period[1] + timedelta(days=_DATELINE_LEEWAY)   # time zones
                cands = [c for y in range(top.year - 1, top.year + 1)
                         if (c := _safe(y, hit.month or 0, hit.day or 0)) and c <= top]
                if cands:
                    return _fmt(max(cands), "day")
            break
    if period is None:
        return EventDate(None, None)
    return _fmt(period[0], period[2])
