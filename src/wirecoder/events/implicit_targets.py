"""Targets a document settles that its sentence leaves unsaid: a reaction is aimed at whoever
did the act it names; force on attackers or what they launched at whoever used force
before; a threat or reaction pointing back to an act (`ces exercices`) at its doers; aid
pledged with no recipient at the country named before; a denial at the accuser; an appeal
joined to an act, or a retort in a participle clause hung on one, at that act's target; a
call for calm at both sides of a fight; a praise or
reply at the other party of the document's meeting; a protest at the government; a
government's curbs at its own people; a demand, threat or sanction at whoever last used force
or coercion on its country; a reaction still without one at the country its source first
acted on in the story."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from wirecoder.actors.role_kinds import CHALLENGER_ROLES, STATE_FORCES
from wirecoder.attributes.codebook import FORCE, VIOLENCE
from wirecoder.events.candidate import Candidate
from wirecoder.events.coup_makers import aim_at_coup_makers
from wirecoder.events.craft_owners import aim_at_craft_owners
from wirecoder.events.dyads import one_camp
from wirecoder.events.modality_lexicon import has_word, modality_words
from wirecoder.events.recalled_acts import aim_at_recalled_acts, noun_roots
from wirecoder.events.speech_acts import addressed
from wirecoder.events.syntax import OBJECTS, SUBJECTS, marked_tokens, with_conjuncts
from wirecoder.events.target_cues import partitive
from wirecoder.events.triggers import APPEALS, REACTION_ROOTS, trigger_index
from wirecoder.model import Mention, country_actor
from wirecoder.nlp import WHERE, preposition
from wirecoder.textnorm import fold

# Roots whose target may be left implicit when it is the other party of a meeting.
IMPLICIT_TARGET_ROOTS = frozenset({"01", "02", "03", "04", "05"})
# Curbs a government lays on its own people (CAMEO 172: decrees curbing the rights of
# civilians): restrictions, on freedoms too, curfew, state of emergency or martial law,
# threats of them, and their easing.
CURBS = frozenset({"172", "1721", "1723", "1724", "1321", "1323", "1324", "0811", "0813", "0814"})

# How a bare role got its actor when no word of its phrase named it: the story's country.
UNNAMED = frozenset({"dateline", "only-country", "coref-role", "unresolved"})
DENIAL = "016"  # deny responsibility
INVITATION = "036"  # express intent to meet: an invitation to visit or talk
DE_ESCALATION = frozenset({"0256", "1056"})  # appeal for, demand de-escalation
# Roots of retorts a country aims, when it names no one, at whoever last used force or
# coercion on it: demands, threats, sanctions (`Paris demanded their release`).
RETORTS = frozenset({"10", "13", "16"})
SANCTIONS = "16"  # reduce relations: recall envoys, expel diplomats, sanction
ACCUSATIONS = ("112", "115")  # accuse; sue (an accusation brought to court)
# What a denial answers: accusations, and official complaints (a protest lodged, an envoy
# summoned over what the denier did).
DENIED = ACCUSATIONS + ("114",)
# Codes of aid given or pledged: intent to provide aid (033x), provide aid (07x).
AID = ("033", "07")
PLEDGES = ("03", "07")

# Kinds of mentions that name a country's land (`in Gaza`, `à Khartoum`).
PLACE_KINDS = frozenset({"country", "capital"})
# How a fellow noun qualifies a group's head (`member states`, `les États membres`) or owns
# a thing (`the community's inaction`, `l'inaction de la communauté`).
FELLOW_MODIFIERS = frozenset({"compound", "amod", "nmod", "poss"})

# Hostile acts whose target is wronged (threats, force, coercion, sanctions), and complaints
# whose source is (disapproval, rejection): an ally is the one wronged.
WRONGS = frozenset({"13", "15", "16", "17", "18", "19", "20"})
COMPLAINTS = frozenset({"11", "12"})
OWN_POSSESSIVES = frozenset({"its", "son", "sa"})  # an ally of the actor's own

# Roles of a country's own state: whom a warning that its side will act does not threaten.
STATE_ROLES = frozenset({"GOV", "MIL"})


def aim_implicit_targets(candidates: list[Candidate], mentions: list[Mention],
                         lang: str) -> None:
    """Every target the document settles, in order: those of acts named, attackers, acts
    pointed back to, aid and denials first, then the defaults of `_fill_implicit_targets`."""
    _aim_at_doers(candidates, lang)
    aim_at_craft_owners(candidates, mentions, lang)
    _aim_at_attackers(candidates, lang)
    aim_at_recalled_acts(candidates, mentions, lang)
    aim_at_coup_makers(candidates, mentions, lang)
    _aim_aid_at_recipient(candidates, mentions)
    _aim_denials_at_accusers(candidates)
    _aim_at_joined_acts(candidates)
    _aim_calm_at_fighters(candidates)
    _aim_at_own_ally(candidates, lang)
    _fill_implicit_targets(candidates, modality_words(lang).fellows, mentions)


def _aim_at_doers(candidates: list[Candidate], lang: str) -> None:
    """`Egypt condemned the strikes`: a reaction to an act is aimed at whoever did it, the act
    itself when it was coded, else the first act of its root the document reported (the
    lead's)."""
    index = trigger_index(lang)
    for c in candidates:
        if c.act is None or c.target is not None or c.code[:2] not in REACTION_ROOTS:
            continue
        roots = noun_roots(c.act, index)
        doers = [d for d in candidates if d.source.actor.code != c.source.actor.code and (
            d.token.i == c.act.i or (d.code[:2] in roots and d.token.i < c.token.i))]
        if not doers:
            continue
        exact = [d for d in doers if d.token.i == c.act.i]
        c.target, c.confidence = (exact or doers)[0].source, c.confidence - 0.1


def _aim_at_attackers(candidates: list[Candidate], lang: str) -> None:
    """`Le JNIM a attaqué un camp. L'armée a repoussé les assaillants`, `Russia launched
    drones at Ukraine. Its air force shot down 30 drones`: force whose object names
    attackers, an attack or what was launched (modality `attackers`, `projectiles`), and no
    other target, is aimed at whoever of another camp last used force in the sentences
    before; force on fighters named only by their kind (`a neutralisé plusieurs terroristes`,
    `killed 20 insurgents`), at the armed group of another camp that did."""
    words = modality_words(lang)
    for number, c in enumerate(candidates):
        if c.code[:2] not in FORCE:
            continue
        objects = [o for t in c.token.children if t.dep_ in OBJECTS for n in with_conjuncts(t)
                   for o in (n, *partitive(n))]
        struck = [o for o in objects if has_word(o, words.attackers, words.projectiles)]
        hit = c.target is not None and any(
            c.target.token_start <= o.i < c.target.token_end for o in objects)
        fighters = hit and c.target is not None and c.target.rule in UNNAMED and bool(
            CHALLENGER_ROLES & set(c.target.actor.roles))
        if not (struck or fighters) or c.target is not None and not fighters and not any(
                c.target.token_start <= o.i < c.target.token_end for o in struck):
            continue
        attacker = next((d.source for d in reversed(candidates[:number])
                         if d.sentence_index < c.sentence_index and d.code[:2] in VIOLENCE
                         and d.source.actor.code and not one_camp(d.source, c.source)
                         and (d.source.rule == "organisation" or not fighters)), None)
        if attacker is not None:
            c.target, c.confidence = attacker, c.confidence - 0.2


def _reacted_to(candidate: Candidate, noun: Token) -> bool:
    """Whether a noun names the act an earlier reaction was to, not that reaction (`Oman
    condemned the attack. Jordan also condemned the attack`: not Oman's)."""
    return candidate.act is not None and candidate.act.lemma_ == noun.lemma_


def _aim_denials_at_accusers(candidates: list[Candidate]) -> None:
    """`La RDC accuse le Rwanda de soutenir le M23. Kigali dément`: a denial with no target
    answers whoever last accused the denier's country, complained to it officially (`summoned
    its envoy to protest... X rejected the allegations`) (or sued it: `a saisi la CIJ contre
    Israël… Israël a rejeté ces accusations`) in the sentences before; an organisation, whoever
    accused it (`accusé le FMI de chantage. Le Fonds a démenti`); a force of the accuser's own
    country, whoever accused that very force (`Sudan's army accused the RSF... The RSF denied`).
    """
    for number, c in enumerate(candidates):
        side = _side(c.source)
        if c.code[:3] != DENIAL or c.target is not None or not side:
            continue
        accuser = next((d.source for d in reversed(candidates[:number])
                        if d.sentence_index < c.sentence_index and d.code[:3] in DENIED
                        and d.target is not None and _side(d.target) == side
                        and (_side(d.source) != side or _accused_itself(c.source, d))), None)
        if accuser is not None:
            c.target, c.confidence = accuser, c.confidence - 0.2


def _accused_itself(denier: Mention, accusation: Candidate) -> bool:
    """Whether an accusation within one country was aimed at the very actor that denies it,
    by another of that country (a rebel force, a party: `SDNREB` accused by `SDNMIL`)."""
    code, accused = denier.actor.code, accusation.target
    return bool(code) and accused is not None and accused.actor.code == code \
        and accusation.source.actor.code not in (None, code)


def _side(mention: Mention) -> str | None:
    """Whose side a mention is on: its country's, or an organisation's own."""
    return mention.actor.country or mention.actor.code


def _aim_at_joined_acts(candidates: list[Candidate]) -> None:
    """An act with no target hung on an act of the same source that has one is aimed at that
    target: an appeal, demand or threat joined to it (`a condamné l'arrestation de X en Algérie
    et demandé sa libération`, `condemned the strikes and called for restraint`, `denounced
    the expulsion and vowed to retaliate`), or a threat or
    reaction in a participle clause on it (`China hit back at the EU, vowing to retaliate`)."""
    by_token = {c.token.i: c for c in candidates if c.target is not None}
    for c in candidates:
        if c.target is not None:
            continue
        if (c.code[:2] in APPEALS or c.code[:2] == "13") and c.token.dep_ == "conj":
            head = by_token.get(c.token.head.i)
        elif c.code[:2] in REACTION_ROOTS | {"13"}:
            clause = next((a for a in (c.token, *c.token.ancestors)
                           if a.dep_ == "advcl" and a.tag_ == "VBG"), None)
            head = by_token.get(clause.head.i) if clause is not None else None
        else:
            continue
        if head is not None and head.source.actor.code == c.source.actor.code:
            c.target, c.confidence = head.target, c.confidence - 0.1


def _aim_calm_at_fighters(candidates: list[Candidate]) -> None:
    """`Armenian and Azerbaijani troops traded fire. Iran called for restraint`: an appeal or
    demand for de-escalation with no addressee, or only the country of one side where it is
    asked for (`Egypt called for a ceasefire in Gaza`, `au Soudan`), after a sentence telling
    of force both of two sides used on each other, is made of both."""
    mutual = {(d.source.actor.code, d.target.actor.code) for d in candidates
              if d.code[:2] in VIOLENCE and d.target is not None}
    for c in [c for c in candidates if c.code in DE_ESCALATION and (
            c.target is None or _asked_where(c))]:
        fight = next((d for d in reversed(candidates) if d.sentence_index < c.sentence_index
                      and d.code[:2] in VIOLENCE and d.target is not None
                      and (d.target.actor.code, d.source.actor.code) in mutual
                      and c.source.actor.country not in _sides(d)
                      and (c.target is None or c.target.actor.country in _sides(d))), None)
        if fight is not None:
            c.target, c.confidence = fight.source, c.confidence - 0.2
            candidates.append(replace(c, target=fight.target))


def _sides(d: Candidate) -> tuple[str | None, str | None]:
    """The countries of an act's source and target."""
    return d.source.actor.country, d.target.actor.country if d.target is not None else None


def _asked_where(c: Candidate) -> bool:
    """Whether an act's target is only a country named as where it is asked for (`a
    ceasefire in Gaza`, `un cessez-le-feu au Soudan`)."""
    target = c.target
    return target is not None and target.kind in PLACE_KINDS and preposition(
        c.sentence.doc[target.token_start:target.token_end].root) in WHERE


def _aim_aid_at_recipient(candidates: list[Candidate], mentions: list[Mention]) -> None:
    """`Le Kenya doit diriger une mission en Haïti. Nairobi a promis d'y envoyer 800
    policiers`: aid given or pledged with no target, or a pledge or aid aimed only at the
    forces of its own country it sends, is for the last other country the sentences before
    named."""
    for c in candidates:
        country = c.source.actor.country
        own_forces = c.target is not None and c.target.actor.country == country and bool(
            STATE_FORCES & set(c.target.actor.roles))
        if not country or not (c.code.startswith(AID) and c.target is None or
                               c.code.startswith(PLEDGES) and own_forces):
            continue
        recipient = next((m for m in reversed(mentions) if m.sentence_index < c.sentence_index
                          and m.actor.country not in (None, country)), None)
        if recipient is not None:
            c.target, c.confidence = recipient, c.confidence - 0.2


def _aim_at_own_ally(candidates: list[Candidate], lang: str) -> None:
    """`North Korea fired a missile toward Japan. Washington vowed to defend its treaty ally`:
    an act with no target done to one ally of its source's (modality `allies`, after a
    possessive: `its ally`, `son allié`) is aimed at the country of another than its own that
    the last hostile act of the sentences before wronged: the target of a threat or of force
    or coercion, the source of a complaint (`Manila accused Beijing of ramming its boats`)."""
    words = modality_words(lang)
    for number, c in enumerate(candidates):
        if c.target is not None or not _owned_ally(c, words.allies):
            continue
        own = c.source.actor.country
        for d in reversed(candidates[:number]):
            wronged = d.target if d.code[:2] in WRONGS else \
                d.source if d.code[:2] in COMPLAINTS else None
            if d.sentence_index < c.sentence_index and wronged is not None and \
                    wronged.actor.country not in (None, own):
                c.target, c.confidence = wronged, c.confidence - 0.2
                break


def _owned_ally(c: Candidate, allies: frozenset[str]) -> bool:
    """Whether an act's clause names one ally after a possessive (`its ally`, `son allié`)."""
    return any(fold(t.lemma_) in allies and "Plur" not in t.morph.get("Number") and any(
        fold(d.text) in OWN_POSSESSIVES for d in t.children) for t in c.token.subtree
        if t.i > c.token.i)


def _own_side_aimed_at(c: Candidate) -> str | None:
    """The role of its own country an act with no target is aimed at: a protest by others than
    the government, at the government; a government's or a state's own curbs (`Senegal lifted
    the curfew`), at the people."""
    roles = c.source.actor.roles
    governs = "GOV" in roles
    if c.code[:2] == "14" and not governs:
        return "GOV"
    return "CVL" if c.code in CURBS and (governs or not roles) else None


def _addresses_fellows(c: Candidate, fellows: frozenset[str]) -> bool:
    """Whether an act is done to a bare group noun naming its source's own members or
    partners (modality `fellows`), its object or whom its markers introduce: `Rutte praised
    allies`, `the EU urged member states`, `a exhorté les États membres`."""
    addressees = [t for t in c.token.children if t.dep_ in OBJECTS] + \
        marked_tokens(c.token, c.trigger.target)
    return any(has_word(n, fellows) or any(
        m.dep_ in FELLOW_MODIFIERS and has_word(m, fellows) for m in n.children)
        for n in addressees)


def _fill_implicit_targets(candidates: list[Candidate], fellows: frozenset[str],
                           mentions: list[Mention]) -> None:
    """A praise or reply with no target is aimed at the other party of the document's meeting;
    a protest or strike with none at the country its protesters oppose, else at its own
    country's government; a government's curbs on
    freedoms, curfew or state of emergency (or the threat or easing of them) with none at its
    own country's people; a demand, threat or sanction with none (`vowed to retaliate`) at
    whoever last used force or coercion on its country; a reaction, demand or threat still
    without one at the other country its source first acted on in the story (`summoned
    China's envoy over a detention. Ottawa demanded consular access`, `Téhéran a convoqué les
    ambassadeurs européens ; le ministre a jugé leur démarche illégale`). None of them is
    aimed so when it names whom it is done to by a bare group of the source's fellows (`NATO's
    chief commended the allies`): the story's parties are not those."""
    partners: dict[str, Mention] = {}
    for c in candidates:
        if c.target is not None and c.code.startswith("04"):
            partners.setdefault(c.source.actor.code or "", c.target)
        elif c.target is not None and c.code == INVITATION and not c.trigger.reciprocal:
            # `X a invité Y à se rendre à Dakar. Y a accepté l'invitation`: the invited's
            # partner is who invited them
            partners.setdefault(c.target.actor.code or "", c.source)
    for number, c in enumerate(candidates):
        country = c.source.actor.country
        if c.target is None and _addresses_fellows(c, fellows):
            continue
        if c.code[:2] == "13" and c.target is not None and c.target.actor.country == country \
                and set(c.target.actor.roles) <= STATE_ROLES:
            c.target = _retort_aimed_at(c, candidates)
        if c.target is None and c.code[:2] == "14" and c.source.against:
            # `anti-French protesters`: at the country they oppose
            c.target = replace(c.source, actor=country_actor("", c.source.against, []),
                               rule="implicit", kind="country", against=None)
        own = _own_side_aimed_at(c)
        if c.target is None and country and own:
            c.target = replace(c.source, actor=country_actor("", country, [own]),
                               rule="implicit", kind="role")
        if c.target is None and c.code[:2] in IMPLICIT_TARGET_ROOTS and not c.trigger.weak \
                and not (c.code[:2] == "02" and addressed(c.token, c.trigger.target)):
            # an appeal to those it names (`appealed to donors`) is not to the meeting's partner
            partner = partners.get(c.source.actor.code or "")
            if partner is not None and partner.actor.code != c.source.actor.code and not (
                    c.code[:2] == "04" and _meets_own_side(c, mentions)):
                c.target, c.confidence = partner, c.confidence - 0.2
        if c.target is None and c.code[:2] in REACTION_ROOTS and not c.trigger.weak and not (
                c.act is not None and any(_reacted_to(d, c.act) for d in candidates[:number])):
            # `le ministre a salué « un pas dans la bonne direction »`: a reaction after the lead
            # is to the lead's act, by whoever did it; not one to an act others reacted to
            # before, whose doer the story did not name (`Oman a condamné l'attaque. La
            # Jordanie a appelé à la retenue. Le Qatar a aussi condamné l'attaque`)
            lead = next((d for d in candidates if d.sentence_index < c.sentence_index
                         and d.code[:2] not in REACTION_ROOTS and d.source.actor.code
                         and d.source.actor.country != country), None)
            if lead is not None:
                c.target, c.confidence = lead.source, c.confidence - 0.3
        if c.target is None and c.code[:2] in RETORTS and country:
            # a cut in relations also answers one: `sanctioned Colombian officials... Bogota
            # recalled its ambassador`
            attacker = _attacker_of(country, candidates[:number],
                                    FORCE | {SANCTIONS} if c.code[:2] == SANCTIONS else FORCE)
            if attacker is not None:
                c.target, c.confidence = attacker, c.confidence - 0.3
        if c.target is None and c.code[:2] in REACTION_ROOTS | {"10", "13"} and country and \
                not c.trigger.weak:
            # `Téhéran a convoqué les ambassadeurs de trois pays européens ; le ministre a jugé
            # leur démarche illégale`: a country's reaction in a story it leads by acting on
            # another is aimed at that other
            counterpart = _counterpart(country, c.sentence_index, candidates)
            if counterpart is not None:
                c.target, c.confidence = counterpart, c.confidence - 0.3


def _meets_own_side(c: Candidate, mentions: list[Mention]) -> bool:
    """Whether a meeting names as its other party one of its source's own side (`le Premier
    ministre a été reçu par le président de la Transition`): a meeting at home, no partner's."""
    doc = c.token.doc
    parties = [t for t in c.token.children if t.dep_ in SUBJECTS | OBJECTS]
    return any(m.actor.code == c.source.actor.code and m.token_start != c.source.token_start
               and m.token_start <= t.i < m.token_end for t in parties for m in mentions
               if doc[m.token_start:m.token_end].sent == c.sentence)


def _retort_aimed_at(threat: Candidate, candidates: list[Candidate]) -> Mention | None:
    """`Le chef des Gardiens a averti que Téhéran riposterait à toute attaque israélienne`: a
    warning that one's own side will act threatens whom that act is aimed at (no one when it
    names no other country), not the own side doing it."""
    own = threat.target
    for d in candidates:
        if d.token.head.i == threat.token.i and d.token.dep_ == "ccomp" and own is not None \
                and d.source.token_start == own.token_start:
            aimed = d.target
            return aimed if aimed is not None and aimed.actor.country not in (
                None, threat.source.actor.country) else None
    return own


def _counterpart(country: str, sentence_index: int, candidates: list[Candidate]
                 ) -> Mention | None:
    """The other-country target of the first act a country did in the sentences before."""
    return next((d.target for d in candidates if d.sentence_index < sentence_index
                 and d.source.actor.country == country
                 and d.target is not None
                 and d.target.actor.country not in (None, country)), None)


def _attacker_of(country: str, earlier: list[Candidate], roots: frozenset[str] = FORCE
                 ) -> Mention | None:
    """Whoever of another country last used force or coercion (or an act of other `roots`) on
    a country, among earlier candidates."""
    return next((d.source for d in reversed(earlier) if d.code[:2] in roots
                 and d.target is not None and d.target.actor.country == country
                 and d.source.actor.country not in (None, country)), None)
