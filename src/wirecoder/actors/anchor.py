"""Giving a country to role mentions the phrase itself leaves bare (`police`, `rebels`), from
what the sentence attaches to them: `opposition groups in Zimbabwe`, `Romania's government`,
`Darfur rebels`. A role tied to nothing stays unresolved: never guessed."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import replace

from spacy.tokens import Doc, Token

from wirecoder.actors.lexicon import ARTICLES, posted_abroad
from wirecoder.actors.party_roles import PARTIES
from wirecoder.actors.recognise import titled_name
from wirecoder.actors.role_kinds import (
    CROWD_ROLES,
    DOMESTIC_AGENTS,
    LOCAL_FORCES,
    OWN_PEOPLE,
    SENT_FORCES,
    STATE_FORCES,
)
from wirecoder.actors.ties import (
    BELONGING,
    MODIFIERS,
    aimed_at,
    attached_nouns,
    led_group,
    of_place,
    origin_of,
    passive_agent,
    place_after_object,
)
from wirecoder.actors.venue import WHEN, event_places
from wirecoder.attributes.gazetteer import Gazetteer, GeoContext
from wirecoder.attributes.places import PLACE_LABELS, name_reading
from wirecoder.model import FOREIGN, Mention, country_actor
from wirecoder.nlp import (
    PASSIVE_SUBJECTS,
    SINGLE_POSSESSIVES,
    WHERE,
    locatives,
    morph_values,
    preposition,
    sentence_of,
    with_completed,
)
from wirecoder.textnorm import fold

OWNER_TIES = BELONGING | {"for"}  # of a role other than a diplomat's or a force's
POSTED_TIES = BELONGING - WHERE
# Prepositions (folded) of whose a thing is (`the embassy of France`, `l'ambassade de Russie`).
OWNED_BY = frozenset({"of", "de", "du", "d'", "des"})
# Prepositions of what a crowd's verb says it is engaged in, taken from or done to, or done
# during, whose place is the crowd's (`went on strike in Argentina`, `abducted students from a
# school in Kaduna`, `set fire to a school in Khyber`, `arrested 200 people during protests in
# Paris`).
ENGAGED_IN = frozenset({"on", "from", "to", "during"})
# Participles that place an act where it happened (`une attaque survenue au Niger`, `an
# attack carried out in Mali`), the place of the role adjective on its noun.
OCCURRING = frozenset({"survenir", "perpetrer", "commettre", "mener", "produire", "occur",
                       "carry", "perpetrate", "commit"})
# How a crowd is attached to the verb that acts upon it.
ACTED_UPON = frozenset({"dobj", "obj", "nsubj:pass", "nsubjpass", "obl", "obl:arg"})
# Prepositions of a goal striven towards (`une étape vers la justice`).
IDEAL_MARKERS = frozenset({"vers", "towards", "toward"})
# Rules that give a bare role a country from the story or its agency, not from its sentence:
# what the sentence ties the role to beats them (`the government in Kabul`; `DAKAR (APS) -
# ... une délégation malienne conduite par le ministre`: Mali's minister).
GUESSED = frozenset({"dateline", "only-country", "main-actor", "agency"})
# Group nouns whose examples name the group's members (`several states, including Kenya and
# Uganda`, `plusieurs pays, dont l'Espagne et l'Italie`).
GROUP_NOUNS = frozenset({"country", "nation", "state", "government", "pays", "etat",
                         "gouvernement"})
EXAMPLE_MARKERS = frozenset({"including", "notamment", "dont", "like", "comme"})


def served_by_post(token: Token, posted: AbstractSet[str]) -> bool:
    """Whether a place names the country an embassy or envoy serves (`the U.S. embassy in
    Baghdad`, `l'ambassade de Russie à Kaboul`; `posted`: the role words of diplomats posted
    abroad): not where it stands."""
    head = token.head.head if token.dep_ == "pobj" else token.head
    return head.i != token.i and posted_abroad(head.text, posted) and (
        token.dep_ in MODIFIERS or preposition(token) in OWNED_BY)


def mention_head(doc: Doc, mention: Mention) -> Token:
    """The token of a mention that hangs outside it (its head in the sentence)."""
    span = doc[mention.token_start:mention.token_end]
    return next((t for t in span if not mention.token_start <= t.head.i < mention.token_end
                 or t.head.i == t.i), span[-1])


class Anchors:
    """Countries of the places a document names, looked up once per name."""

    def __init__(self, doc: Doc, mentions: list[Mention], gazetteer: Gazetteer,
                 posted: AbstractSet[str] = frozenset(),
                 heads_body: AbstractSet[str] = frozenset()) -> None:
        self.doc = doc
        self.posted = posted
        self.heads_body = heads_body
        self.gazetteer = gazetteer
        self.by_token = {i: m for m in mentions for i in range(m.token_start, m.token_end)}
        self.pending: set[int] = set()  # ids of bare roles not anchored yet
        self.placing: set[int] = set()  # ids of the roles being anchored now
        self.context = GeoContext(countries={m.actor.country for m in mentions
                                             if m.actor.country})

    def ideal(self, mention: Mention) -> bool:
        """Whether a bare role word is an ideal, no body: a goal striven towards (`a salué
        une étape vers la justice`), or joined to a noun that names no actor (`a appelé à la
        paix et à la justice`)."""
        root = self.doc[mention.token_start:mention.token_end].root
        joined = [t for t in root.children if t.dep_ == "conj"] + (
            [root.head] if root.dep_ == "conj" else [])
        return preposition(root) in IDEAL_MARKERS or any(
            t.pos_ == "NOUN" and t.i not in self.by_token for t in joined)

    def settle(self, mention: Mention) -> None:
        """Record a mention's anchored actor, for the roles after it (`police in Kenya fired
        at protesters`: the protesters are of the police's country)."""
        self.by_token.update((i, mention) for i in range(mention.token_start, mention.token_end))

    def _body_roles(self, mention: Mention, tied: list[Token]) -> list[str]:
        """The roles of the body a heading role noun is tied to (`le chef de l'armée`), if
        it is one."""
        words = fold(self.doc[mention.token_start:mention.token_end].text).split()
        if self.heads_body.isdisjoint(words):
            return []
        bodies = [b for b in (self.by_token.get(t.i) for t in tied)
                  if b is not None and b is not mention]
        return next((b.actor.roles for b in bodies if b.actor.roles), [])

    def _border(self, token: Token) -> bool:
        """Whether a token names a border's country (`militants near the Afghan border`,
        `près de la frontière malienne`): it says where the role is, not whose it is."""
        mention = self.by_token.get(token.i)
        return mention is not None and mention.kind == "border"

    def country_of(self, token: Token) -> str | None:
        """The country a token names: a coded actor mention's, else a known place's (a place
        name the lexicon left an unresolved actor, `in Khan Younis`, is still a place)."""
        mention = self.by_token.get(token.i)
        if mention is not None and id(mention) in self.placing:
            return None  # a role is no place of its own (`a promis une aide aux victimes`)
        if mention is not None and id(mention) in self.pending:
            # `employees of a Russian news agency`: a bare role tied to another one, later in
            # the sentence, is of where that one is tied, not of its guess from the dateline
            self.pending.discard(id(mention))
            found = self.attached(mention)
            if found:
                return found[0]
        if mention is not None and mention.actor.code:
            return mention.actor.country
        return self.place_country(token)

    def place_country(self, token: Token) -> str | None:
        """The country of the known place a proper noun names, capitalised (not `nord-est`,
        which the tagger may read as a name: Haiti's Nord-Est department)."""
        if token.pos_ != "PROPN" or not token.text[:1].isupper():
            return None
        # `Mohale's Hoek`: the possessive is part of the name; so is the `Khan` of `Khan
        # Younès`, which the French parser hangs as an adjective
        parts = [c.i for c in token.children if c.pos_ == "PROPN"
                 and c.dep_ in ("compound", "flat", "flat:name", "poss", "amod")]
        lo, hi = min(parts + [token.i]), max(parts + [token.i])
        name = self.doc[lo:hi + 1].text
        # a name the tagger did not call a place, on a noun as a modifier, must be one a
        # reader takes for a place alone: a country, a region or a large city, not a town
        # named like a common word (`Federal Minister`: a town of Argentina)
        if token.ent_type_ not in PLACE_LABELS and token.dep_ in ("compound", "amod") and \
                token.head.pos_ in ("NOUN", "PROPN") and \
                name_reading(name, self.gazetteer) is None:
            return None
        place = self.gazetteer.resolve(name, self.context)
        return place.country if place is not None else None

    def attached(self, mention: Mention) -> tuple[str, str, list[str]] | None:
        """The country of a place or actor the role noun is tied to, with the rule and the
        roles: the mention's own, or the body's it heads (`the head of the Sudanese army`)."""
        self.placing.add(id(mention))
        try:
            return self._tied(mention)
        finally:
            self.placing.discard(id(mention))

    def _tied(self, mention: Mention) -> tuple[str, str, list[str]] | None:
        head = mention_head(self.doc, mention)
        # the phrase's own words (`Hongrois de souche du nord de la Roumanie`), and the noun a
        # modifier role hangs on (`opposition groups in Zimbabwe`, `groupes d'opposition au Malawi`)
        heads = list(self.doc[mention.token_start:mention.token_end])
        if head.dep_ in ("compound", "amod", "nmod") and head.head.pos_ == "NOUN":
            heads.append(head.head)
            # and where a participle on that noun places it (`l'attaque terroriste survenue au
            # Niger`, `perpétrée dans le nord du Niger`)
            heads += [c for c in head.head.children if c.dep_ == "acl" and c.pos_ == "VERB"
                      and fold(c.lemma_) in OCCURRING]
        # `his counterpart`: the possessor's opposite number, of another country
        owner = self._possessor(head) if mention.kind != "counterpart" else None
        if owner:
            # `ses troupes de Syrie`: whose troops the determiner says; `de Syrie` is whence
            return owner, "possessive", mention.actor.roles
        # `ambassador in France` says where a diplomat serves, not whom they represent
        if posted_abroad(self.doc[mention.token_start:mention.token_end].text, self.posted):
            ties = POSTED_TIES
        elif set(mention.actor.roles) & SENT_FORCES:
            ties = BELONGING
        else:
            ties = OWNER_TIES
        tied = [t for h in led_group(head) + heads for t in attached_nouns(h, ties)] + (
            place_after_object(head) if "GOV" in mention.actor.roles else []) + (
            [t for h in heads for t in origin_of(h)]
            if set(mention.actor.roles) & CROWD_ROLES else [])
        for token in tied:
            if mention.token_start <= token.i < mention.token_end or self._border(token) or \
                    titled_name(token, head):
                continue
            country = self.country_of(token)
            if country:
                return country, "attached", self._body_roles(mention, tied) or \
                    mention.actor.roles
        roles = set(mention.actor.roles)
        if roles & (CROWD_ROLES | DOMESTIC_AGENTS):
            # `clashes between police and protesters in Nairobi`: people coordinated with
            # others are where the place hung on any of them says
            country = next(filter(None, (self.place_country(t) for c in head.conjuncts
                                         for t in attached_nouns(c, WHERE))), None)
            if country:
                return country, "attached", mention.actor.roles
            subject = head
            while subject.dep_ in ("nmod", "pobj", "prep", "conj", "compound", "flat:name") and \
                    subject.head.i != subject.i:
                # `des milliers de personnes ont marché à Lomé`, `police and protesters
                # clashed`, `des hommes armés ont tué dix villageois dans le centre du Mali`,
                # `opposition supporters rallied in Lusaka`
                subject = subject.head
            if subject.dep_ in ("nsubj", "nsubj:pass"):
                # (`rebels shelled the town of X`: forces that act where they belong are of
                # the place they struck)
                country = self._gathered(subject.head) or self._when_done(subject.head) or (
                    self._struck(subject.head, own=True) if roles & LOCAL_FORCES else None)
                if country:
                    return country, "gathered", mention.actor.roles
            elif passive_agent(subject) and roles & DOMESTIC_AGENTS:
                # `l'opposant tunisien X a été arrêté par la police`, `former president X was
                # charged by prosecutors`: they act where they are, else on their own
                # country's people
                verb = subject.head
                country = self._gathered(verb) or self._crowd_of(verb)
                if country:
                    return country, "acted-upon", mention.actor.roles
            elif roles & CROWD_ROLES and (subject.dep_ in ACTED_UPON or
                                          subject.pos_ in ("VERB", "AUX")):
                # `killed two villagers in a raid in northern Mali`, `police used batons to
                # break up the march`, `fired tear gas at protesters`: a crowd acted upon is
                # of where it was, else of the police that acted on it
                verb = subject if subject.pos_ in ("VERB", "AUX") else subject.head
                country = self._gathered(verb) or self._subject_country(verb, "COP") or \
                    self._struck(verb) or self._when_done(verb)
                if country:
                    return country, "acted-upon", mention.actor.roles
            for clause in (c for h in (head, *heads) for c in h.children if c.pos_ == "VERB"
                           and c.dep_ in ("relcl", "acl:relcl", "acl")):
                # `the gunmen who attacked a bus near Mandera`: of where they struck;
                # `des manifestants rassemblés devant le parlement à Dakar`; also on a
                # counted noun (`hundreds of students who marched in Ankara`)
                country = self._gathered(clause)
                if country:
                    return country, "gathered", mention.actor.roles
        if roles & STATE_FORCES and head.dep_ in ("obj", "dobj") and any(
                c.dep_ == "det" and fold(c.text) in ARTICLES for c in head.children):
            # `Somalia's government criticised the army`, `le gouvernement a déployé la
            # police`: a government acts on or judges its own forces (not on weapons it
            # launches: `Tehran launched drones`)
            country = self._subject_country(head.head, "GOV", levels=1)
            if country:
                return country, "governed", mention.actor.roles
        return None

    def listed(self, mention: Mention) -> list[str]:
        """The countries a role's group is exemplified by (`envoys from several states,
        including Kenya and Uganda`), in order; none unless two or more. Read from the words
        in sequence: the parser hangs such lists anywhere."""
        doc, i, n = self.doc, mention.token_end, len(self.doc)

        def skip(i: int, pos: tuple[str, ...]) -> int:
            while i < n and fold(doc[i].text) != "such" and (
                    doc[i].pos_ in pos or getattr(self.by_token.get(i), "kind", "") == "region"):
                i += 1
            return i

        if fold(mention_head(doc, mention).lemma_) not in GROUP_NOUNS:
            if i >= n or fold(doc[i].text) not in BELONGING:
                return []
            i = skip(i + 1, ("DET", "NUM", "ADJ"))
            if i >= n or fold(doc[i].lemma_) not in GROUP_NOUNS:
                return []
            i += 1
        i = skip(i, ("ADJ", "PUNCT"))
        words = [fold(t.text) for t in doc[i:i + 2]]
        if words == ["such", "as"]:
            i += 2
        elif words[:1] and words[0] in EXAMPLE_MARKERS:
            i += 1
        else:
            return []
        found: list[str] = []
        while i < n:
            named = self.by_token.get(i)
            if named is not None and named.actor.country:
                if named.actor.country not in found:
                    found.append(named.actor.country)
                i = named.token_end
            elif doc[i].pos_ in ("DET", "CCONJ") or doc[i].text == ",":
                i += 1
            else:
                break
        return found if len(found) > 1 else []

    def _subject_country(self, verb: Token, role: str, levels: int = 3) -> str | None:
        """The country of the subject of that role of a verb or of the verbs it completes
        (`opened fire to disperse`), up to `levels` verbs up."""
        current = verb
        for _ in range(levels):
            for child in current.children:
                mention = self.by_token.get(child.i) if child.dep_ == "nsubj" else None
                if mention is not None and role in mention.actor.roles:
                    return mention.actor.country
            if current.dep_ not in ("xcomp", "advcl", "conj") or current.head.i == current.i:
                return None
            current = current.head
        return None

    def _crowd_of(self, verb: Token) -> str | None:
        """The country of the crowd (opponents, civilians, workers...) or elite a passive verb
        was done to (`des opposants ont été arrêtés`)."""
        for child in verb.children:
            mention = self.by_token.get(child.i) if child.dep_ in PASSIVE_SUBJECTS else None
            if mention is not None and set(mention.actor.roles) & OWN_PEOPLE:
                return mention.actor.country
        return None

    def _gathered(self, verb: Token) -> str | None:
        """The country of the place a crowd's verb says it acts in, its object (`staged a
        sit-in outside the ministry in Nairobi`), or the clause it completes (`a bomb went off
        in a market in Mogadishu, killing twelve people`); an embassy or consulate is where
        its own place says (`devant l'ambassade du Japon à Manille`), or what it is engaged in
        or taken from (`went on strike in Argentina`, `abducted students from a school in
        Kaduna`)."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")] + [
            g for c in verb.children if c.dep_ == "prep" and fold(c.text) in ENGAGED_IN
            for g in c.children if g.dep_ == "pobj"] + [
            # `were kidnapped by gunmen in Kebbi state`: the place the parser hung on the agent
            g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        places = [p for v in with_completed(verb) for p in locatives(v)] + [
            p for c in objects for p in locatives(c)]
        for place in places:
            # `in a raid in Serbia`, `in an explosion at a market in Kabul`
            places.extend(locatives(place))
        # `in an attack on a village`, also where the parser hung its aim on the verb (`tuées
        # dans une attaque jihadiste contre un village du nord du Burkina Faso`)
        places += [p for place in [*places, *with_completed(verb)] for p in aimed_at(place)]
        for place in places:
            if posted_abroad(place.text, self.posted) or served_by_post(place, self.posted):
                continue  # `outside the US embassy in Islamabad`: an embassy is not its own land
            named = self.by_token.get(place.i)
            if named is not None and named.kind == "demonym":
                continue  # `tuées dans des frappes russes`, misparsed: a nationality is no place
            nouns = [place, *attached_nouns(place)] if of_place(place) else [place]
            for token in nouns:
                country = self.country_of(token)
                if country:
                    return country
        return None

    def _when_done(self, verb: Token) -> str | None:
        """The country of the place a clause of time on the verb names (`killed nine people
        when they opened fire in a market in X`, `ont tué dix personnes lorsqu'ils ont ouvert
        le feu à Y`): the crowd harmed was where the act it tells of was done."""
        clauses = [c for c in verb.children if c.dep_ == "advcl" and any(
            m.dep_ in ("advmod", "mark") and fold(m.lemma_) in WHEN for m in c.children)]
        return next(filter(None, (self._gathered(v) for c in clauses for v in (
            # (`se sont fait exploser à Kaboul`: the parser may hang the infinitive as `acl`)
            c, *(x for x in c.children if x.dep_ in ("xcomp", "acl") and x.pos_ == "VERB")))),
            None)

    def _struck(self, verb: Token, own: bool = False) -> str | None:
        """The country of the place struck by the clause a participle completes (`Russian
        missiles struck Odesa, killing five people`, `ont frappé Kharkiv, blessant dix
        personnes`): the crowd it harmed was there; with `own`, by the verb itself too."""
        for clause in with_completed(verb)[0 if own else 1:]:
            for child in clause.children:
                actor = self.by_token.get(child.i)
                if child.dep_ not in ("dobj", "obj") or (actor and actor.actor.code):
                    continue  # (an actor struck, `attacked the rebels, killing…`, says not where)
                places = [child, *attached_nouns(child)] if of_place(child) \
                    else [child]  # `the town of Kupiansk`
                # (a place name the lexicon left an unresolved actor is still a place)
                country = next(filter(None, map(self.place_country, places)), None)
                if country:
                    return country
        return None

    def _possessor(self, head: Token) -> str | None:
        """`l'Algérie a rappelé son ambassadeur`, `Israel withdrew its troops`: a possessive
        determiner gives the role the country of the noun it is coordinated with, else of its
        clause's subject (not the role itself, nor a plural one where the possessive has one
        owner: then that of a clause above)."""
        owners = [c for c in head.children if c.dep_ in ("det", "poss", "nmod:poss") and
                  "Yes" in morph_values(c, "Poss")]
        if not owners:
            return None
        single = fold(owners[0].text) in SINGLE_POSSESSIVES
        partner = self.by_token.get(head.head.i) if head.dep_ == "conj" else None
        if partner is not None and partner.actor.country:
            # `le Premier ministre israélien et son ministre de la Défense`: the conjunct's
            return partner.actor.country
        current = head
        for _ in range(4):
            if current.head.i == current.i:
                break
            current = current.head
            subject = next((c for c in current.children if c.dep_ in ("nsubj", "nsubj:pass")),
                           None)
            if subject is not None and (subject.i == head.i or single and "Plur" in
                                        morph_values(subject, "Number")):
                # `Israel said its troops withdrew`, `Israel said Hezbollah fighters attacked
                # its troops`: not their own
                continue
            if subject is not None:
                mention = self.by_token.get(subject.i)
                if mention is None and subject.pos_ == "PRON":
                    # `France said it had recalled its ambassador`: the pronoun's antecedent
                    # is the last actor the sentence named before it
                    mention = self._before(subject)
                return mention.actor.country if mention is not None else None
        return None

    def _before(self, token: Token) -> Mention | None:
        sentence = sentence_of(self.doc)
        i = token.i - 1
        while i >= 0 and sentence[i] == sentence[token.i]:
            mention = self.by_token.get(i)
            i -= 1
            if mention is not None and mention.actor.country:
                return mention
        return None


def anchor_roles(doc: Doc, mentions: list[Mention], gazetteer: Gazetteer,
                 posted: AbstractSet[str] = frozenset(),
                 heads_body: AbstractSet[str] = frozenset(),
                 befallen: AbstractSet[str] = frozenset()) -> list[Mention]:
    """Mentions with bare roles given the country the sentence ties them to; `posted` are
    the role words of diplomats posted abroad, `heads_body` those that take the role of the
    body they head or speak for, `befallen` those of people named by what befell them."""
    nationalities = {i for m in mentions if m.kind == "demonym"
                     for i in range(m.token_start, m.token_end)}
    bare = {id(m) for m in mentions if m.actor.roles and m.rule != FOREIGN
            and m.rule not in PARTIES and (
        m.actor.code is None or not m.actor.name and m.rule in GUESSED or
        # `intercepted by Czech and allied jets`: a nationality qualifying the noun apart
        # from it says whose it is, not the force of that role named before
        m.rule == "coref-role" and any(c.dep_ == "amod" and c.i in nationalities
                                       for c in mention_head(doc, m).children) or
        # `le ministre a reçu une délégation ouzbèke conduite par le vice-ministre`: the
        # leader of a group is the group's, not the office holder named before
        not m.actor.name and m.rule == "coref-office" and led_group(mention_head(doc, m)))}
    if not bare:
        return mentions
    anchors = Anchors(doc, mentions, gazetteer, posted, heads_body)
    # a force or crowd the dateline placed acts where its event happens (venue.py)
    mentions = event_places(anchors, mentions, befallen)
    anchors.pending = {id(m) for m in mentions if id(m) in bare and m.rule in GUESSED}
    out = []
    for m in mentions:
        anchors.pending.discard(id(m))
        if m.rule in GUESSED and anchors.ideal(m):
            m = replace(m, actor=replace(m.actor, code=None, country=None), rule="unresolved")
        elif id(m) in bare:
            listed = anchors.listed(m)
            found = None if listed else anchors.attached(m)
            if listed:
                # a group of several: each listed country with the role
                m = replace(m, rule="listed", members=[
                    country_actor(m.actor.text, country, m.actor.roles) for country in listed])
            if found:
                m = replace(m, actor=country_actor(m.actor.text, found[0], found[2],
                                                   m.actor.name), rule=found[1])
                anchors.settle(m)
        out.append(m)
    return out

