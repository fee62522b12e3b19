"""The pipeline's stages, each registered under a versioned name."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from spacy.tokens import Token

from wirecoder.actors import successors
from wirecoder.actors.anchor import anchor_roles, served_by_post
from wirecoder.actors.lexicon import actor_lexicon
from wirecoder.actors.recognise import find_pieces, group_phrases
from wirecoder.actors.resolve import resolve_phrases
from wirecoder.actors.role_kinds import ARMED_ROLES, CHALLENGER_ROLES
from wirecoder.actors.story import Context, agency_of, international_seats
from wirecoder.attributes import dates, places, tone
from wirecoder.attributes.codebook import DAMAGE, VIOLENCE, plover_category
from wirecoder.events.coder import Conventions, sentence_candidates
from wirecoder.events.implicit_targets import aim_implicit_targets
from wirecoder.events.selection import aimed, deduplicate, to_event, without_background
from wirecoder.events.story_sides import StorySides
from wirecoder.events.syntax import OBJECTS, SUBJECTS, marked_tokens
from wirecoder.events.unnamed_doers import unnamed_doer
from wirecoder.ingest.dateline import parse_header
from wirecoder.model import Actor, Event, Mention, Place, country_actor, make_event_id
from wirecoder.nlp import (
    PASSIVE_SUBJECTS,
    SUPPORTED,
    WHITHER,
    detect_language,
    locatives,
    phrase_nouns,
    preposition,
    sentences,
    with_completed,
)
from wirecoder.registry import register
from wirecoder.state import DocState

# Clauses that qualify a noun (`a man accused of spying`, `un homme accusé d'espionnage`).
QUALIFYING_CLAUSES = frozenset({"acl", "relcl", "acl:relcl"})
# Challengers of a state who use force on it (rebels, insurgents).
ARMED_CHALLENGERS = ARMED_ROLES & CHALLENGER_ROLES
# Retreat, withdrawal of forces (CAMEO 0874): aimed, like force, at the country of the place
# withdrawn from (`withdrew its troops from Kherson`).
RETREAT = "0874"
# Aid given (07) or cut (162): for the people of the place it is given or cut in.
AID_AT_PLACE = ("07", "162")
# Politicians a state arrests or tries at home: with no place said, an arrest or a sentence
# of one (`l'opposant X a été condamné à dix ans de prison`) is by their own country's police
# or courts (not a foreign national's, often held abroad).
TRIED_AT_HOME = frozenset({"OPP", "GOV", "ELI", "PTY", "LEG"})


@register("header.v1")
class HeaderStage:
    """Reads the `date` line and the wire dateline; the body starts after them."""

    name = "header"

    def __call__(self, state: DocState) -> None:
        state.header = parse_header(state.document.text)
        state.body_offset = state.header.body_start
        if state.header.place:
            state.dateline = places.Gazetteer.load().resolve(
                state.header.place, places.GeoContext(countries=set()))


@register("language.lingua.v1")
class LanguageStage:
    """Keeps a supported declared language, else detects it with lingua."""

    name = "language"

    def __init__(self, default: str = "en") -> None:
        self.default = default

    def __call__(self, state: DocState) -> None:
        declared = (state.document.lang or "").lower()[:2]
        state.lang = declared if declared in SUPPORTED else detect_language(state.body,
                                                                            self.default)


@register("actors.v1")
class ActorStage:
    """Finds actor mentions and resolves them to CAMEO actor codes."""

    name = "actors"

    def __call__(self, state: DocState) -> None:
        assert state.doc is not None and state.lang is not None
        header = state.header
        state.doc_date = dates.document_date(state.document.published, header, state.lang)
        lex = actor_lexicon(state.lang)
        context = Context(date=state.doc_date.value)
        agency = (header.agency if header else None) or state.document.source
        if state.dateline is not None:
            context.dateline_country = state.dateline.country
            context.dateline_seat = state.dateline.geonameid in international_seats()
        found = agency_of(agency, context.dateline_country) if agency else None
        if found:
            context.agency_country, context.agency_national = found
        phrases = group_phrases(state.doc, find_pieces(state.doc, lex))
        mentions = resolve_phrases(state.doc, phrases, lex, context, state.body_offset)
        state.mentions = successors.as_of(
            anchor_roles(state.doc, mentions, places.Gazetteer.load(), lex.posted,
                         lex.heads_body, lex.befallen), state.doc_date.value)


@register("events.v1")
class EventStage:
    """Codes events sentence by sentence from the trigger lexicon and the parse.

    Settings: `statements: true` makes bare statements (010) events too; `joint_acts:
    untargeted` codes `X and Y agreed` as two events with no target (PLOVER's convention)
    instead of X towards Y and Y towards X (`pairs`, CAMEO's, the default); `visit_hosts:
    false` codes a visit as the visitor's act alone (PLOVER's), not also its host's (043), and
    a hosting as the host's alone, not also its guest's visit (042);
    `plover: {code: CATEGORY}` gives the PLOVER category of CAMEO codes (or code prefixes)
    where the codebook's crosswalk is not wanted (the category's mode is then unknown)."""

    name = "events"
    JOINT_ACTS = ("pairs", "untargeted")

    def __init__(self, statements: bool = False, joint_acts: str = "pairs",
                 visit_hosts: bool = True, plover: dict[str, str] | None = None) -> None:
        if joint_acts not in self.JOINT_ACTS:
            raise ValueError(f"events.v1: joint_acts must be one of {', '.join(self.JOINT_ACTS)}, "
                             f"not {joint_acts!r}")
        self.conventions = Conventions(statements, joint_acts == "untargeted", visit_hosts)
        self.plover = {str(code): category.upper() for code, category in (plover or {}).items()}

    def __call__(self, state: DocState) -> None:
        assert state.doc is not None and state.lang is not None
        candidates = []
        sides = StorySides()  # the story's two sides, from the sentences coded so far
        by_sentence: dict[int, list[Mention]] = {}
        for m in state.mentions:
            by_sentence.setdefault(m.sentence_index, []).append(m)
        first = min(by_sentence, default=None)
        for index, sent in enumerate(sentences(state.doc)):
            mentions = by_sentence.get(index)
            # a sentence naming no actor may still speak of earlier ones (`He urged him to...`)
            if first is not None and index >= first:
                found = sentence_candidates(sent, index, mentions or [], state.lang,
                                            state.mentions, self.conventions, sides.pair())
                sides.add(found)
                candidates.extend(found)
        aim_implicit_targets(candidates, state.mentions, state.lang)
        doc = state.document
        if not self.conventions.joint_acts:
            candidates = aimed(candidates)
        kept = deduplicate(without_background(candidates, state.lang, state.doc_date.month))
        body, doc_hash = state.body, doc.content_hash  # the hash is computed at each read
        state.events = [to_event(c, doc.id, doc_hash, state.lang, body, state.body_offset)
                        for c in kept]
        state.notes["candidates"] = {e.event_id: c for e, c in zip(state.events, kept)}
        for event in state.events:
            category = plover_category(event.code, self.plover)
            if category != event.plover:
                event.plover, event.plover_mode = category, None


@register("attributes.v1")
class AttributeStage:
    """Dates, places and tone of each event."""

    name = "attributes"

    def __call__(self, state: DocState) -> None:
        assert state.doc is not None and state.lang is not None
        gazetteer = places.Gazetteer.load()
        countries = {m.actor.country for m in state.mentions if m.actor.country}
        dateline = state.dateline
        context = places.GeoContext(countries=countries, anchor=dateline)
        toponyms = places.find_toponyms(state.doc, gazetteer, context, state.body_offset)
        posted = actor_lexicon(state.lang).posted
        # (not a border's country: `killed militants near the border with Mauritania`)
        borders = [(m.start, m.end) for m in state.mentions if m.kind == "border"]
        toponyms = [t for t in toponyms
                    if not _embassy_country(state.doc, t, state.body_offset, posted)
                    and not any(lo <= t.start < hi for lo, hi in borders)]
        state.notes["toponyms"] = toponyms
        candidates = state.notes.get("candidates", {})
        doc_hash = state.document.content_hash  # computed at each read
        coded = [(event, candidates.get(event.event_id)) for event in state.events]
        unnamed = [e for e, c in coded if c is not None and c.source.rule == "unattributed"]
        for event, cand in coded:
            future = event.modality in ("future", "conditional", "intent")
            found = dates.event_date(event.evidence, state.doc_date, state.lang, future=future)
            event.date, event.date_precision = found.value, found.precision
            event.tone = round(tone.tone(event.evidence, state.lang), 2)
            place = _event_place(cand.token, toponyms, state.body_offset) if cand else None
            if cand is not None and cand.source.rule != "unattributed" and (
                    event.code[:2] in VIOLENCE or event.code in (RETREAT, *DAMAGE)):
                struck = _event_place(cand.token, toponyms, state.body_offset, objects=True,
                                      markers=cand.trigger.target)
                if struck is not None:
                    _aim_at_place(event, struck.country, doc_hash, state.events)
                    _place_victims(event, cand.target, struck.country, doc_hash, state.events)
                place = place or struck  # `attacked a post in Congo`: where the blow fell
            if cand is not None and event.code.startswith(AID_AT_PLACE):
                aided = _event_place(cand.token, toponyms, state.body_offset, objects=True,
                                     markers=cand.trigger.target)
                if aided is not None:
                    _aim_at_place(event, aided.country, doc_hash, state.events, aid=True)
                place = place or aided
            if place is None and dateline is not None and event.modality is None:
                place = dateline
            if place is not None:
                event.place = Place(place.name, place.country, place.lat, place.lon,
                                    place.geonameid)
        if unnamed:
            _attribute_to_places(state.events, unnamed, doc_hash)


def _embassy_country(doc, toponym, offset: int,  # type: ignore[no-untyped-def]
                     posted: AbstractSet[str]) -> bool:
    """`rockets hit near the U.S. embassy in Baghdad`: the country an embassy or envoy serves
    is not where it stands (`posted`: the role words of diplomats posted abroad)."""
    span = doc.char_span(toponym.start - offset, toponym.end - offset, alignment_mode="expand")
    return span is not None and served_by_post(span.root, posted)


def _act_kind(code: str) -> str:
    """What an unnamed act may be the toll of: force of the same root (`fired on the crowd;
    two were killed`); among coercion, only the same act (arrests are not a toll of tear gas)."""
    return code[:3] if code[:2] == "17" else code[:2]


def _attribute_to_places(events: list[Event], unnamed: list[Event], doc_hash: str) -> None:
    """Force by no one named is by the unidentified armed forces (UAF), for arrests the
    police (COP), for sentences the courts (JUD), of the country it happened in, or for an
    arrest or sentence of a politician with no place said, of the politician's country. It is
    dropped where that country is unknown, or where the document names who used force of that
    kind: then it is the toll of their act (`police fired on the crowd; two people were
    killed`), while arrests after police fired tear gas are an act of their own."""
    named = {(unnamed_doer(e.code), _act_kind(e.code)) for e in events
             if e.source is not None and e.source.code and all(e is not u for u in unnamed)}
    for event in unnamed:
        events.remove(event)
        assert event.source is not None
        role = event.source.roles[0]  # the unnamed doer's, set by the coder
        country = event.place.country if event.place is not None else \
            _home_of_politician(event.target) if role in ("COP", "JUD") else None
        if (role, _act_kind(event.code)) in named or not country:
            continue
        unnamed_doer_actor, event.source = event.source, country_actor("", country, [role])
        event.event_id = make_event_id(doc_hash, event.sentence_index, event.source.code,
                                       event.code, event.target.code if event.target else None)
        events.append(event)
        _aim_reactions_at(events, unnamed_doer_actor, event.source, doc_hash)


def _aim_reactions_at(events: list[Event], unnamed: Actor, doer: Actor, doc_hash: str) -> None:
    """`L'opposition a dénoncé une arrestation arbitraire`, aimed at the unnamed doer of the
    arrest told before: once that doer is the police of a country, so is the reaction's
    target."""
    for event in events:
        if event.target is unnamed:
            event.target = doer
            event.event_id = make_event_id(doc_hash, event.sentence_index,
                                           event.source.code if event.source else None,
                                           event.code, doer.code)


def _home_of_politician(target: Actor | None) -> str | None:
    """The country of a politician acted on (TRIED_AT_HOME), else None."""
    return target.country if target is not None and TRIED_AT_HOME & set(target.roles) else None


def _aim_at_place(event: Event, country: str | None, doc_hash: str,
                  events: list[Event], aid: bool = False) -> None:
    """Force used by one country's actors on a place of another, with no one named as its
    target (`l'armée russe a bombardé Kharkiv`), damage they did there (`sabotaged a pipeline in
    Colombia`) or their retreat from it (`withdrew its troops from Kherson`), is aimed at that
    country; by its own rebels
    or insurgents on a place of their country (`al-Shabaab seized the town of Beledweyne`),
    at its state (unless the sentence has that event already). With `aid`, aid given or cut
    in a place of another country, also by a body of none (`the Red Cross suspended aid
    deliveries in Aleppo`), is aimed at that country."""
    source = event.source
    if event.target is not None or source is None or not country or country == source.country \
            and (aid or not ARMED_CHALLENGERS & set(source.roles)) or \
            not source.country and not aid:
        return
    target = country_actor("", country, [])
    event_id = make_event_id(doc_hash, event.sentence_index, source.code, event.code,
                             target.code)
    if all(e.event_id != event_id for e in events):
        event.target, event.event_id = target, event_id


def _place_victims(event: Event, victims: Mention | None, country: str | None,
                   doc_hash: str, events: list[Event]) -> None:
    """`Des drones turcs ont frappé des positions de milices kurdes dans le nord-est de la
    Syrie`: people nothing placed but the state using force on them (`domestic_targets` gave
    them its country) are, where that force fell on a place of another country, of that
    country."""
    source, target = event.source, event.target
    if victims is None or victims.rule != "unresolved" or source is None or target is None or \
            not country or target.country != source.country or country == source.country:
        return
    placed = country_actor("", country, target.roles)
    event_id = make_event_id(doc_hash, event.sentence_index, source.code, event.code,
                             placed.code)
    if all(e.event_id != event_id for e in events):
        event.target, event.event_id = placed, event_id


def _unqualified_end(noun: Token) -> Token:
    """The last word of a noun's phrase before a clause qualifying it (`executed a man accused
    of spying for Israel`: Israel was not struck)."""
    clause = min((c.i for c in noun.children if c.dep_ in QUALIFYING_CLAUSES and c.i > noun.i),
                 default=None)
    return noun.right_edge if clause is None else noun.doc[max(noun.i, clause - 1)]


TIME_ADVERBIALS = frozenset({"advmod", "npadvmod", "obl:mod"})
# Prepositions of what something happened on (`exploded on a bus`, `sur un marché`).
SURFACES = frozenset({"on", "sur"})


def _event_place(token, toponyms, offset: int, objects: bool = False,  # type: ignore[no-untyped-def]
                 markers: tuple[str, ...] = ()):
    """The place an `à`/`in`/`at X` attached to the predicate, or to its subject, names
    (`a bombing near Samarra killed...`), or to the clause a participle completes (`a bomb
    went off in Quetta, killing four`); with `objects`, also the place its object, its passive
    subject or its trigger's target `markers` name (what force struck: `a bombardé Kharkiv`,
    `Kharkiv was shelled`, `a strike on Kharkiv`). Last comes a place hung on the object
    (`a arrêté quatorze personnes à Tianjin`: the tagger hangs `à Tianjin` on the noun): a
    place the clause names beats the dateline; so does one hung on a noun of the object's
    phrase (`attacked a camp for displaced Malians in northern Burkina Faso`). A verb with no
    object of its own shares the place of the verb joined to it that has one (`kidnapped and
    killed two aid workers in Mali`, `ont enlevé puis tué deux humanitaires au Mali`)."""
    clauses = with_completed(token)
    if not any(c.dep_ in OBJECTS for c in token.children):
        clauses += [c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB"
                    and any(g.dep_ in OBJECTS for g in c.children)]
    subjects = [c for v in clauses for c in v.children
                if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
    direct = [c for v in clauses for c in v.children if c.dep_ in OBJECTS]
    # (`a fait sauter un pont`: the object of the verb the trigger's `faire` governs)
    struck = [*direct, *(c for v in clauses for c in v.children
                         if c.dep_ in PASSIVE_SUBJECTS),
              *(o for x in token.children if x.dep_ == "xcomp" for o in x.children
                if o.dep_ in OBJECTS),
              *marked_tokens(token, markers)] if objects else []
    # `blew up a pipeline running to Basra`, `des lignes menant à Bagdad`: where a
    # participle qualifying what was struck says it runs
    struck += [g for o in struck for a in o.children if a.dep_ == "acl" and a.pos_ == "VERB"
               and not any(c.dep_ in SUBJECTS for c in a.children)
               for g in locatives(a, WHITHER)]
    # `La veille, à Bamako, la junte…`, `A day earlier in Bamako`: the parser hangs the place
    # on the time adverbial, a bare one (not `après un affrontement au Ladakh`)
    timed = [p for v in clauses for c in v.children if c.dep_ in TIME_ADVERBIALS
             and not any(g.dep_ == "case" for g in c.children) for p in locatives(c)]
    # `une bombe a explosé sur un marché de Maiduguri, tuant huit personnes`: what the clause
    # a participle completes happened on, when it has no object (not the act's own `on`:
    # `fire on militants`)
    surfaces = [n for v in clauses if v is not token
                and not any(g.dep_ in OBJECTS for g in v.children)
                for c in v.children for n in (
                    [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else [c])
                if n.pos_ in ("NOUN", "PROPN") and preposition(n) in SURFACES]
    for child in [*(p for v in clauses for p in locatives(v)), *timed, *struck, *surfaces,
                  *(g for s in subjects for g in locatives(s)),
                  *(g for o in direct for n in phrase_nouns(o) for g in locatives(n))]:
        last = _unqualified_end(child)
        lo, hi = child.left_edge.idx + offset, last.idx + len(last.text) + offset
        for topo in toponyms:
            if topo.place is not None and lo <= topo.start and topo.end <= hi:
                return topo.place
    return None
