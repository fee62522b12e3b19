"""What a dispatch says about itself before its actors are resolved: its agency, dateline
and date (Context), and the countries it names (Story), which decide whether the dateline
still places the story's bare roles."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc

from wirecoder import resources
from wirecoder.actors.lexicon import ActorLexicon, Entry, posted_abroad
from wirecoder.actors.recognise import Phrase
from wirecoder.actors.twins import dateline_yields, shared_reading
from wirecoder.textnorm import fold

# the roles of bodies that tell of or trade with a country, not act for it: a story that names
# only them is not about their country
OUTSIDERS = frozenset({"MED", "BUS"})


@cache
def agencies() -> dict[str, tuple[tuple[str, bool], ...]]:
    """News agency name (folded) -> its (country code, is the national state agency) rows,
    more than one where countries share the name (`APS`: Algeria's and Senegal's)."""
    found: dict[str, tuple[tuple[str, bool], ...]] = {}
    for r in resources.tsv("agencies.tsv"):
        key = fold(r["name"])
        found[key] = found.get(key, ()) + ((r["country"], r["national"] == "yes"),)
    return found


def agency_of(name: str, dateline_country: str | None) -> tuple[str, bool] | None:
    """The agency's country and whether it is the national one: of a name countries share,
    the row of the dateline's country (`DAKAR (APS)`: Senegal's), else the first."""
    rows = agencies().get(fold(name), ())
    return next((r for r in rows if r[0] == dateline_country), rows[0] if rows else None)


@cache
def international_seats() -> frozenset[str]:
    """Gazetteer ids of the cities that host international bodies (Geneva, The Hague)."""
    return frozenset(r["geonameid"] for r in resources.tsv("seats.tsv"))


@dataclass
class Context:
    """What the document says about itself: its date, agency and dateline country."""

    date: str | None = None
    agency_country: str | None = None
    agency_national: bool = False
    dateline_country: str | None = None
    only_country: str | None = None  # the one country the story names, if it names one
    home_agency: bool = False  # a national state agency files from its own country
    # the dateline's country when it is the agency's own (`PARIS (AFP)`), kept for its
    # officials even in a story about others
    home_dateline: str | None = None
    # the dateline is a seat of international bodies (`GENEVA`, `LA HAYE`)
    dateline_seat: bool = False


@dataclass(frozen=True)
class Story:
    """The document's context once its names are read, and the countries it names: by
    name, capital, seat, group or leader (`named`), by demonym too (`mentioned`); `dated` is
    the dateline's country even where it no longer places roles."""

    context: Context
    named: frozenset[str]
    mentioned: frozenset[str]
    dated: str | None


def read_story(doc: Doc, phrases: list[Phrase], lex: ActorLexicon, context: Context) -> Story:
    """The countries a document names and the context they leave (the dateline given up for
    a story about others, the one country a story names), with the places of several
    countries settled and capitals that stand for a body read as that body."""
    settle_places(phrases, context)
    # countries named other than by a demonym: by name, capital, seat, or a group of theirs
    # (`les rebelles du M23` names the RDC)
    places = [e for p in phrases for e in [p.entry("place")] if e is not None and e.code]
    # (not its media or companies: `la radio française RFI` in a story filed from Niamey)
    groups = {e.code[:3] for p in phrases for e in [p.entry("org")]
              if e is not None and e.code and e.code[:3] in lex.countries and not e.when
              and e.code[3:6] not in OUTSIDERS}
    # a group's known leader names its country too (`RSF leader Hemedti`: Sudan's RSF)
    led = {lex.group_leaders[key] for p in phrases for piece in [p.slots.get("person")]
           if piece is not None
           for key in [fold(doc[piece.start:piece.end].text)] if key in lex.group_leaders}
    # and so does a leader of the table: the one country whose office they hold at the
    # document's date, else the one they held (`Le président Kaïs Saïed a été réélu`: Tunisia)
    leaders = {c for p in phrases for e in [p.entry("person")] if e is not None
               for c in [held_country(e.name or "", lex, context.date)] if c}
    named = frozenset({e.code for e in places if e.kind in ("country", "capital", "seat",
                                                           "locative") and not lex.shared(e)}
                      | groups | led | leaders)
    dated = context.dateline_country

    def country_of(e: Entry) -> str:
        # a shared name (`le Congo`) as the text's other names or its dateline read it
        code = (e.code or "")[:3]
        return shared_reading(code, lex, named, dated) if lex.shared(e) else code

    mentioned = frozenset(groups | led | leaders |
                          {country_of(e) for e in places if e.code[:3] in lex.countries})
    # countries named only by their envoys (`l'ambassadeur d'Espagne` convoqué à Alger) leave
    # a story the dateline's
    # a story filed from Niamey about `la radio française RFI` or `French radio` is still
    # Niger's: a nationality counts only on people (`Haitian police`, `le président haïtien`)
    about = groups | {country_of(e) for p in phrases for e in [p.entry("place")] if e is not None
                      and e.code and e.code[:3] in lex.countries and not envoy(p, lex)
                      and e.kind != "border"  # (`near the border with Mali`: where, not who)
                      and (e.kind != "demonym" or ("role" in p.slots or "person" in p.slots)
                           and "org" not in p.slots)}
    if context.agency_national and context.agency_country and \
            context.dateline_country in (None, context.agency_country):
        context = replace(context, home_agency=True)
    if context.dateline_country and context.dateline_country not in mentioned and (
            about or context.dateline_seat and mentioned) or dateline_yields(
            context.dateline_country, lex, named):
        # a story filed from New York or Geneva about Haiti: its police are not American;
        # from a seat of international bodies, any other country it names will do (`GENEVA -
        # The UN criticised Interior Minister Ali Haddad over the arrest of Libyan lawyers`);
        # but `PARIS (AFP) - Le ministre de l'Intérieur Bruno Retailleau`: an agency names
        # its own country's officials without their nationality; and a dateline of one Congo
        # in a story that names the other only (twins.dateline_yields)
        home = context.dateline_country if context.dateline_country == \
            context.agency_country else None
        context = replace(context, dateline_country=None, home_dateline=home)
    if len(mentioned) == 1:
        context = replace(context, only_country=next(iter(mentioned)))
    capitals_as_bodies(phrases, lex, frozenset(
        {e.code[:3] for e in places if e.kind in ("country", "demonym", "seat")}
        | groups | leaders))
    return Story(context, named, mentioned, dated)


def held_country(name: str, lex: ActorLexicon, date: str | None) -> str | None:
    """The one country whose offices the table has a person hold at the date, else at any
    date (None for a head of an organisation, or of several countries)."""
    terms = lex.leader_terms(name)
    countries = {t.country for t in [t for t in terms if t.covers(date)] or terms}
    return countries.pop() if len(countries) == 1 and next(iter(countries)) in lex.countries \
        else None


def settle_places(phrases: list[Phrase], context: Context) -> None:
    """A place name of several countries (`Tripoli`: Libya's capital, a city of Lebanon)
    takes the reading of the country the document names most by other places or its
    dateline; the capital between equals."""
    pieces = [p.slots["place"] for p in phrases if "place" in p.slots]
    several = [p for p in pieces if len({e.code for e in p.entries}) > 1]
    if not several:
        return
    named = Counter(e.code[:3] for p in pieces if p not in several for e in p.entries[:1]
                    if e.code)
    if context.dateline_country:
        named[context.dateline_country] += 1
    for piece in several:
        piece.entries.sort(key=lambda e: (-named[(e.code or "")[:3]], e.kind != "capital"))


def capitals_as_bodies(phrases: list[Phrase], lex: ActorLexicon, named: frozenset[str]
                        ) -> None:
    """A capital that stands for a body seated there (`Brussels warned Rome`, `Bruxelles a
    ouvert une enquête`: the EU) is read as that body when it acts alone, in a document that
    does not name its country otherwise (in `named`): Belgian affairs keep Brussels Belgian,
    and a mere place (`met in Brussels`) is no capital reading."""
    for phrase in phrases:
        place = phrase.entry("place")
        body = lex.capital_bodies.get(place.code or "") if place is not None and \
            place.kind == "capital" and len(phrase.slots) == 1 else None
        if body and place is not None and place.code not in named:
            piece = phrase.slots.pop("place")
            phrase.slots["org"] = replace(piece, entries=[
                Entry("organisation", code=body, form=place.form)])


def envoy(phrase: Phrase, lex: ActorLexicon) -> bool:
    """Whether a phrase names a diplomat posted abroad (`the Ugandan envoy`)."""
    role = phrase.entry("role")
    return role is not None and posted_abroad(role.form or "", lex.posted)
