"""Resolving actor phrases to CAMEO actor codes: cues, leaders table, document, context."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from wirecoder.actors.lexicon import ActorLexicon, Entry, Term
from wirecoder.actors.memory import Memory
from wirecoder.actors.naming import (
    ANAPHORS,
    DEFINITE,
    PLURAL_DEFINITE,
    PLURAL_POSSESSIVES,
    acted_on_person,
    anaphor_fits,
    bare_plural,
    latter_determiner,
    latter_of,
    not_anaphoric,
    outlet_noun,
)
from wirecoder.actors.parties import acts_upon
from wirecoder.actors.party_roles import with_parties
from wirecoder.actors.possessor import personal_owner
from wirecoder.actors.recognise import STATE_NOUNS, WHERE_KINDS, Phrase
from wirecoder.actors.role_kinds import ARMED_ROLES, STATE_FORCES
from wirecoder.actors.salience import two_governments
from wirecoder.actors.story import Context, held_country, read_story
from wirecoder.actors.twins import shared_reading
from wirecoder.model import FOREIGN, Actor, Mention, country_actor
from wirecoder.nlp import folded_tokens, sentence_of, token_texts
from wirecoder.textnorm import fold

OFFICE_RANK = {"head_of_state": 0, "head_of_government": 1, "foreign_minister": 2}
# Roles every country in a story has, which a bare mention cannot pin on the one named last:
# `le gouvernement`, `civilians`.
OWN_ROLES = frozenset({"GOV", "CVL", "LEG", "JUD", "MED"})
# Roles of a state's own institutions (`the foreign ministry`, `parliament`, `the courts`).
STATE_ROLES = frozenset({"GOV", "LEG", "JUD"})
# A state's institutions and its own armed forces (`le gouvernement`, `l'armée`, `la police`),
# and its opposition (`l'opposition`): the bodies every state has one of.
STATE_BODIES = STATE_ROLES | STATE_FORCES | {"OPP"}
# Guesses from the story's countries alone, which a role's own act may belie.
UNSURE = frozenset({"only-country", "main-actor"})
# Dependencies of an active clause's subject.
MAIN_SUBJECTS = frozenset({"nsubj"})


def _actor(text: str, country: str | None, roles: list[str], name: str | None = None,
           org: str | None = None) -> Actor:
    roles = list(dict.fromkeys(r for r in roles if r))
    if country and not org:
        return country_actor(text, country, roles, name)
    return Actor(text=text, code=org, roles=roles, name=name)


class Resolver:
    """Turns phrases into mentions, learning the document's actors as it goes."""

    def __init__(self, lex: ActorLexicon, context: Context, named: frozenset[str] = frozenset(),
                 mentioned: frozenset[str] = frozenset(), dated: str | None = None) -> None:
        self.lex = lex
        self.context = context
        self.memory = Memory()
        self.named = named  # countries the document names (not by demonym)
        self.mentioned = mentioned  # countries the document names, by demonym too
        self.dated = dated  # the dateline's country, even where it does not place roles

    def _organisation(self, phrase: Phrase) -> Entry | None:
        """The organisation a phrase names: an acronym's reading for a country the document
        names (`RSF` in a text about Sudan), else its reading for any text."""
        piece = phrase.slots.get("org")
        if piece is None:
            return None
        return next((e for e in piece.entries if e.when and e.when in self.mentioned), None) \
            or next((e for e in piece.entries if not e.when), None)

    def _demonym_country(self, code: str) -> str:
        """`l'armée congolaise` in a text about the RDC is the RDC's army."""
        return shared_reading(code, self.lex, self.named, self.dated)

    def _terms_at_date(self, name: str) -> list[Term]:
        """A person's terms of office that cover the document's date (all of them without one)."""
        return [t for t in self.lex.leader_terms(name) if t.covers(self.context.date)]

    def _table(self, name: str, office: str | None) -> Term | None:
        terms = self._terms_at_date(name)
        if office:
            terms = [t for t in terms if t.office == office] or terms
        if not terms:
            return None
        # among the terms that cover the document's date (all of them without one), a current
        # term beats a past one, the latest past one next (`Guterres` is the UN's
        # secretary-general, no more Portugal's prime minister); among terms alike, the
        # higher office
        best = min(terms, key=lambda t: (bool(t.end), -int(t.end.replace("-", "") or 0),
                                         OFFICE_RANK.get(t.office, 9)))
        return best

    def _person(self, phrase: Phrase, place: Entry | None) -> Entry | None:
        """The person a name means, when the table gives it to several (`King Abdullah`):
        the one of the country named with it, else one in office at the document's date
        (undated: a current holder); the table's first among equals."""
        piece = phrase.slots.get("person")
        if piece is None:
            return None

        def fit(entry: Entry) -> tuple[bool, bool, bool]:
            terms = self._terms_at_date(entry.name or "")
            return (place is not None and any(t.country == (place.code or "")[:3] for t in terms),
                    bool(terms), not self.context.date and any(not t.end for t in terms))

        return max(piece.entries, key=fit)

    def _of_kind(self, actor: Actor, noun: str) -> bool:
        """Whether an organisation is of a type a bare noun for one stands for (`the alliance`:
        NATO, not the EU); true of any for a noun of no type (`the organisation`)."""
        kinds = self.lex.body_kinds.get(fold(noun))
        return kinds is None or bool(kinds & self.lex.organisation_types.get(actor.code or "",
                                                                            frozenset()))

    def _international_court(self, noun: str) -> Actor | None:
        """The international court a court's bare noun stands for (`le tribunal`, `la
        juridiction` after the ICC): the last named, where the document named no court of a
        country."""
        if fold(noun) not in self.lex.body_kinds or self.memory.by_role.get("JUD"):
            return None
        return next((a for a in reversed(self.memory.organisations)
                     if self.lex.organisation_types.get(a.code or "", frozenset())
                     & self.lex.body_kinds[fold(noun)]), None)

    def resolve(self, phrase: Phrase, text: str, previous: list[Mention],
                sentence: list[Mention] | None = None, definite: bool = False,
                story_country: str | None = None, owners: bool = False) -> tuple[Actor, str]:
        """The actor a phrase names and the rule that settled it (`previous`: the sentence's
        mentions before it, else the last ones of the text; `sentence`: the sentence's only;
        `definite`: the phrase follows a definite article or demonstrative; `story_country`:
        the one country the story names, named before the phrase's sentence and not in it,
        for a phrase after a definite article, singular or plural)."""
        place, role = phrase.entry("place"), phrase.entry("role")
        person = self._person(phrase, place)
        org, ref = self._organisation(phrase), phrase.entry("ref") or (
            outlet_noun(phrase) if definite else None)
        if role and fold(role.form or "") in self.lex.with_country and not (
                place or person or org or ref):
            # `the state will pay`: no actor without the country it is (`the Syrian state`)
            return Actor(text=text, code=None), "unresolved"
        if role and phrase.entry("alien") and not (place or person or org or ref):
            # `foreign troops`, `des combattants étrangers`: of some other country than
            # where they are, which the text does not name: none of its places or guesses
            return Actor(text=text, code=None, roles=[role.role]), FOREIGN
        office = role.office if role else None
        roles = [role.role] if role and role.role else []
        former = phrase.entry("former") is not None and bool(office or person or "GOV" in roles)
        if former:
            # `former prime minister Imran Khan`, `a former US ambassador`: an office held no
            # more: an elite of the country, not its government
            roles, office = ["ELI"], None
        if phrase.entry("ethnic") and place and place.kind == "demonym" and not person:
            # `ethnic Albanians in Serbia`: a people, not a nationality; the country is
            # where the sentence places them, or none
            return Actor(text=text, code=None, roles=roles or ["CVL"]), "unresolved"
        pname = person.name or person.form if person else None
        if org and place and place.kind not in WHERE_KINDS and \
                (org.code or "")[:3] not in self.lex.countries:
            # `Sweden's NATO membership bid`, `the Kenyan UN envoy`, `French UN peacekeepers`:
            # a country's bid for, diplomat at or troops in an international body are its own;
            # a national branch of a non-governmental one is that country's NGO
            roles = roles or (["NGO"] if (org.code or "").startswith("NGO") else [])
            org = None
        if org:
            code = org.code or ""
            if code[:3] in self.lex.countries:
                # a named group of one country: Hamas is PSEREB
                roles = [code[i:i + 3] for i in range(3, len(code), 3)]
                actor = Actor(text, code, code[:3], roles, org.name)
                self.memory.learn(actor, None)
                self.memory.named_organisation(actor, self.lex.organisation_names.get(
                    org.name or "", ()))
                return actor, "organisation"
            actor = _actor(text, None, [], org.name, org=org.code)
            self.memory.named_organisation(actor, self.lex.organisation_names.get(
                org.name or "", ()))
            if pname:
                self.memory.learn(actor, None, pname)
            return actor, "organisation"
        if ref and ref.kind == "headed_body" and not (place or person):
            # `the fund`, `l'agence`: the organisation named before whose name the noun heads
            described = self.memory.described_as(ref.form or "")
            if described and described[1]:
                return replace(described[0], text=text), "anaphor"
            return Actor(text=text, code=None), "unresolved"
        if ref and ref.kind in ANAPHORS and not (place or person):
            # `the group said`: the armed or political group named last; `the bloc`: the
            # international body named last; `the militant group`, `the paramilitary group`:
            # a word of its role describes the group of one country named last
            # `la radio`, `the broadcaster`: the media outlet named last
            named = [a for a in self.memory.organisations
                     if anaphor_fits(a, ref.kind) and (a.country or not role)
                     and (ref.kind != "outlet_anaphor" or not role or role.role == "MED")]
            # `the alliance` after NATO and the EU: the last body of the kind the noun names
            fitting = [a for a in named if self._of_kind(a, ref.form or "")]
            if named:
                return replace((fitting or named)[-1], text=text), "anaphor"
            if not role:
                return Actor(text=text, code=None), "unresolved"
        if ref and ref.kind in STATE_NOUNS and not place:
            # `the kingdom`, `le pays`: a state the document named before; `its neighbour`,
            # `le pays voisin`: one other than the sentence's own actors'
            country = self._state_named(phrase.slots["ref"].entries, sentence or [],
                                        other=ref.kind == "neighbour_state", owners=owners)
            if country is None:
                return Actor(text=text, code=None, roles=roles), "unresolved"
            place = Entry("country", code=country)
        besides: frozenset[str] = frozenset()
        if ref and ref.kind == "counterpart":
            office = office or self._sentence_office(previous)
            roles = roles or ["GOV"]
            # a counterpart holds the office for another country than the sentence's actors
            # (`X a reçu son homologue`), or than the story's lead holder of it (`He told his
            # counterpart`)
            own = {m.actor.country for m in sentence or () if m.actor.country}
            lead = self.memory.holder(office, None) if office and not own else None
            besides = frozenset(own or ({lead.country} if lead and lead.country else ()))
        guest = phrase.entry("guest") is not None and not (place or person)
        if guest and self.dated:
            # `the visiting minister`: a guest of the dateline's country, not one of its own
            besides = besides | {self.dated}
        if place:
            # `Jordan's King Abdullah`: a leader the table has in office at the document's
            # date holds it (`Pakistan's Imran Khan` in 2023 does not)
            term = self._table(person.name, None) if person and person.name else None
            roles = roles or ([place.role] if place.role else []) or ([term.role] if term else [])
            country = self._demonym_country(place.code or "") \
                if self.lex.shared(place) else place.code
            held = self._table(person.name, office) if place.kind == "demonym" and office \
                and person and person.name else None
            if held and held.office == office:
                # `le président congolais Félix Tshisekedi`: a demonym two countries share
                # yields to the office the table has the person hold
                country = held.country
            actor = _actor(text, country, roles, pname)
            if place.kind not in WHERE_KINDS:
                self.memory.learn(actor, office, pname)
                if role and actor.country:
                    self.memory.named_with_role(role.form, actor)
            rule = "cue" if (role or person or ref) else place.kind
            if place.kind in WHERE_KINDS and not (role or person or ref):
                return actor, "locative"
            return actor, rule
        if ref and ref.kind in ("both_parties", "three_parties"):
            return Actor(text=text, code=None, roles=roles), ref.kind.replace("_", "-")
        if ref and ref.kind == "possessive_country":
            country = next((m.actor.country for m in reversed(previous) if m.actor.country), None)
            return _actor(text, country, []), "possessive"
        if person:
            known = self.memory.person(pname or "")
            if known and not known.country:  # an organisation's officer
                return replace(known, text=text), "document"
            if known:
                return _actor(text, known.country, known.roles or ["GOV"], known.name), "document"
            name = person.name or self.lex.spelt_like(pname or "", titled=role is not None)
            if name:
                hit = self._table(name, office)
                if hit and hit.country in self.lex.countries:
                    actor = _actor(text, hit.country, roles if former else [hit.role], name)
                    self.memory.learn(actor, None if former else hit.office, name)
                    return actor, "leaders-table"
                if hit:  # the head of an organisation
                    actor = _actor(text, None, [], name, org=hit.country)
                    self.memory.learn(actor, None, name)
                    return actor, "leaders-table"
                # a title of an office the person never held names someone else (`le
                # ministre des Armées Paul Martin` is no former Canadian premier); `former`
                # and a title of no office (`l'ex-Premier ministre`, `notable`: ELI) do not
                other = role is not None and not former and role.role != "ELI" and \
                    office not in {t.office for t in self.lex.leader_terms(name)}
                country = None if other else held_country(name, self.lex, self.context.date)
                if country:
                    # `former President Barack Obama` in 2024, `Obama` alone: a person the
                    # table has held an office of one country, though not at the document's
                    # date, is of it: an elite once out, no role before their first term
                    past = any(t.end and t.end < (self.context.date or "") for t in
                               self.lex.leader_terms(name))
                    actor = _actor(text, country, ["ELI"] if past or former else [], name)
                    self.memory.learn(actor, None, name)
                    return actor, "leaders-table"
        if office:
            prefer = self.context.agency_country if self.context.agency_national and \
                not guest else None
            holder = self.memory.holder(office, prefer, besides, pname)
            if holder:
                return _actor(text, holder.country, holder.roles, holder.name), "coref-office"
            if prefer:
                return _actor(text, prefer, roles), "agency"
        if guest:
            return Actor(text=text, code=None, roles=roles), "unresolved"
        described = self.memory.described_as(role.form) if role and definite and \
            not person else None
        if described and described[1]:
            # `la Cour`: the organisation named before whose name it heads
            return replace(described[0], text=text), "anaphor"
        court = self._international_court(role.form) if role and definite and not (
            person or described) else None
        if court is not None:
            # `the tribunal` after the ICC, in a story that named no court of a country
            return replace(court, text=text), "anaphor"
        if described:
            # `the ministry said`: the one the document described so last
            return _actor(text, described[0].country, roles), "coref-description"
        if role and not person and fold(role.form) in self.lex.group_words:
            # `les paramilitaires` after `les Forces de soutien rapide`: the armed group of
            # one country the document named last
            named = [a for a in self.memory.organisations if a.country and
                     set(a.roles) & ARMED_ROLES]
            if named:
                return replace(named[-1], text=text), "anaphor"
        earlier = self.memory.by_role.get(roles[0], set()) if roles and \
            roles[0] not in OWN_ROLES and not person else set()
        other = self.lex.coref_roles.get(fold(role.form)) if role and not person else None
        if other and not earlier and self.memory.by_role.get(other):
            # `Officers detained him` after `Ugandan police`, in a story with no army
            roles, earlier = [other], self.memory.by_role[other]
        if len(earlier) == 1:
            # `la rébellion` after `les rebelles du M23`: the document's only rebels; `troops`
            # after `the Israeli army`, while it has named no other army
            return _actor(text, next(iter(earlier)), roles), "coref-role"
        if role and self.context.dateline_country:
            actor = _actor(text, self.context.dateline_country, roles)
            if pname and set(roles) & STATE_ROLES:
                # `Mao` after `foreign ministry spokesperson Mao Ning` in a story filed from
                # Beijing: an official the setting placed is known by name
                self.memory.learn(actor, None, pname)
            return actor, "dateline"
        if roles and roles[0] in STATE_ROLES and not person and self.context.home_agency:
            # `TEHRAN (IRNA) - The foreign ministry condemned...`: a state agency's own
            # country's institution, in a story about others
            return _actor(text, self.context.agency_country, roles), "agency"
        if role and person and not former and self.context.home_dateline:
            return _actor(text, self.context.home_dateline, roles, pname), "dateline"
        if role and not person and set(roles) & STATE_BODIES and story_country:
            # `Le Kenya est secoué par des manifestations. Amnesty a accusé la police`: a
            # state's institution or force of a story about one country is of it (anchor.py
            # may still tie it to a place of its sentence)
            return _actor(text, story_country, roles), "only-country"
        if role and (person or office or former) and self.context.only_country:
            # `Defence Minister X`, `Judge Y` in a story that names one country: an official
            # of it; a bare crowd in the sentence that names the country is not (anchor.py
            # places those by sentence); a state's body after it is (above); a later `X`
            # is the official so placed
            actor = _actor(text, self.context.only_country, roles)
            if pname and not former:
                self.memory.learn(actor, None, pname)
            return actor, "only-country"
        if role and definite and not (person or office) and set(roles) & STATE_ROLES and \
                self.memory.countries:
            # `Pakistan expelled Afghan refugees. The government accused Kabul...`: a state's
            # bare institution is of the story's main actor: the last main clause's subject,
            # else the country it named most (the first between equals)
            main = self.memory.lead or self.memory.countries.most_common(1)[0][0]
            return _actor(text, main, roles), "main-actor"
        return Actor(text=text, code=None, roles=roles, name=pname), "unresolved"

    def _state_named(self, readings: list[Entry], sentence: list[Mention],
                     other: bool = False, owners: bool = False) -> str | None:
        """The country a state's noun stands for: of the countries it can (`the kingdom`: a
        monarchy), the one the document named most, first named between equals, other than
        the sentence's own actors' before it (`Spain backs the kingdom's plan`). A noun that
        can stand for any (`the country`) stands for none when that one is the sentence's
        own: `the French president criticised the country` is not about France; an `other`
        one (`its neighbour`) for the next but the sentence's first actor's (`Algeria cut ties
        with Morocco, accusing its neighbour`: Morocco). A noun of a few states none of which
        was named before stands for the one of them the document names after (`sent warplanes
        towards the island, officials in Taipei said`). The neighbour of several (`owners`:
        `their neighbour`) is none of the sentence's actors'."""
        fits = {e.code for e in readings}
        countries = [m.actor.country for m in sentence if m.actor.country]
        own = set(countries[:1] if other and not owners else countries)
        ranked = [c for c, _ in self.memory.countries.most_common() if None in fits or c in fits]
        later = fits & self.mentioned - own
        if not ranked and not other and len(later) == 1:
            return next(iter(later))
        if None in fits and not other:
            return ranked[0] if ranked and ranked[0] not in own else None
        return next((c for c in ranked if c not in own),
                    ranked[0] if ranked and not other else None)

    def _sentence_office(self, previous: list[Mention]) -> str | None:
        for mention in reversed(previous):
            for office, actor in reversed(self.memory.by_office):
                if actor is mention.actor or actor.code == mention.actor.code:
                    return office
        return None


def resolve_phrases(doc: Doc, phrases: list[Phrase], lex: ActorLexicon, context: Context,
                    offset: int = 0) -> list[Mention]:
    """Mentions for every phrase of a document, in order, with resolved actors."""
    story = read_story(doc, phrases, lex, context)
    context = story.context
    named, mentioned = story.named, story.mentioned
    resolver = Resolver(lex, context, named, mentioned, story.dated)
    sentence = sentence_of(doc)
    # the sentences that name the story's one country, from the first; and where its name
    # first stands (`lifted sanctions on Niger and urged the junta`: the junta is Niger's,
    # not so a nationality's, `the American reporter was arrested by police`)
    naming = sorted({sentence[p.start] for p in phrases for e in (p.entry("place"),
                     p.entry("org")) if e is not None and (e.code or "")[:3] in mentioned})
    named_at = min((p.end for p in phrases for e in [p.entry("place")] if e is not None
                    and e.kind in ("country", "capital") and (e.code or "")[:3] in mentioned),
                   default=len(doc))
    mentions: list[Mention] = []
    for phrase in phrases:
        if not_anaphoric(doc, phrase, lex.alleging) or latter_determiner(doc, phrase):
            continue
        someone = acted_on_person(doc, phrase, lex.acted_on)
        if someone is False:
            continue
        span = doc[phrase.start:phrase.end]
        sent = sentence[phrase.start]
        same_sentence = [m for m in mentions if m.sentence_index == sent]
        definite = phrase.start > 0 and fold(doc[phrase.start - 1].text) in DEFINITE
        story = context.only_country if naming and (
            naming[0] < sent and sent not in naming or named_at <= phrase.start) and (
            definite or phrase.start > 0 and fold(
                doc[phrase.start - 1].text) in PLURAL_DEFINITE) else None
        owners = phrase.start > 0 and fold(doc[phrase.start - 1].text) in PLURAL_POSSESSIVES
        previous = same_sentence or mentions[-3:]
        ref = phrase.entry("ref")
        if ref is not None and ref.kind == "latter":
            latter = latter_of(doc, previous)
            actor, rule = (replace(latter.actor, text=span.text), "latter") if latter else (
                Actor(text=span.text, code=None), "unresolved")
        else:
            actor, rule = resolver.resolve(phrase, span.text, previous, same_sentence, definite,
                                           story, owners)
        holder = personal_owner(doc, phrase.start, phrase.end, previous) \
            if rule == "possessive" else None
        if holder is not None:
            actor = _actor(span.text, holder.actor.country, [])
        if rule in UNSURE and actor.country and acts_upon(
                span, actor.country, phrases, lex.between_verbs, lex.between_prepositions):
            # `Le président a accusé le Rwanda`: no Rwandan president; left to its sentence
            actor, rule = Actor(text=span.text, code=None, roles=actor.roles), "unresolved"
        if someone and rule == "both-parties":
            # `exécuté deux hommes`: two people acted on, not the story's two parties
            actor, rule = Actor(text=span.text, code=None, roles=["CVL"]), "unresolved"
        kind = next(iter(phrase.slots.values())).kind if len(phrase.slots) == 1 else "phrase"
        if "GOV" in actor.roles and bare_plural(doc, phrase) and two_governments(mentions, sent):
            actor, rule = Actor(text=span.text, code=None), "both-parties"
        opposed = phrase.entry("against")
        if actor.country and span.root.dep_ in MAIN_SUBJECTS and span.root.head.dep_ == "ROOT":
            resolver.memory.lead = actor.country
        mentions.append(Mention(start=span.start_char + offset, end=span.end_char + offset,
                                actor=actor, rule=rule, kind=kind, sentence_index=sent,
                                token_start=phrase.start, token_end=phrase.end,
                                against=opposed.code[:3] if opposed and opposed.code else None))
    mentions.extend(_known_names(doc, mentions, resolver.memory, sentence, offset))
    return sorted(with_parties(doc, mentions), key=lambda m: m.start)


def _known_names(doc: Doc, mentions: list[Mention], memory: Memory, sentence: list[int],
                 offset: int) -> list[Mention]:
    """Later mentions of people the document introduced that the recogniser missed."""
    if not memory.persons:
        return []
    covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
    texts, folded = token_texts(doc), folded_tokens(doc)
    found: list[Mention] = []
    n, persons, end = len(doc), memory.persons, 0
    # a name starts at a capitalised word the document introduced (a few in a hundred)
    for i in [k for k, word in enumerate(folded) if persons.get(word) is not None
              and texts[k][:1].isupper()]:
        if i < end or i in covered:
            continue
        actor = persons[folded[i]]
        j = i + 1
        while j < n and j not in covered and (
                texts[j] == "-" or (texts[j][:1].isupper() and folded[j] in memory.persons)):
            j += 1
        while texts[j - 1] == "-":
            j -= 1
        span = doc[i:j]
        found.append(Mention(start=span.start_char + offset, end=span.end_char + offset,
                             actor=Actor(span.text, actor.code, actor.country, actor.roles,
                                         actor.name),
                             rule="document", kind="person",
                             sentence_index=sentence[i],
                             token_start=i, token_end=j))
        end = j
    return found


