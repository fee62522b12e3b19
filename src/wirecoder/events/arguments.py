"""Source and target of a trigger, read from the dependency parse."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from wirecoder.attributes.codebook import FORCE, VIOLENCE
from wirecoder.events.doers import (
    armed_premodifier,
    arresting_state,
    attacking_side,
    doers_of_violence,
    expelling_state,
    inverted_nationality,
    nominal_source,
    summoning_state,
)
from wirecoder.events.fallback_target import nearest_in_subtree, victim_of
from wirecoder.events.governors import governors
from wirecoder.events.intent import intending_verb
from wirecoder.events.mention_index import MentionIndex
from wirecoder.events.modality import framed_clause
from wirecoder.events.modality_lexicon import ModalityWords, has_word, may_have_word
from wirecoder.events.place_targets import across_border, shown_near
from wirecoder.events.sides import (
    MEDIATION,
    framed_mediation,
    mediated_sides,
    mediation_noun,
    pitted_sides,
    sides_between,
)
from wirecoder.events.subjects import (
    claim_relative,
    claimant,
    inverted_subject,
    reaction_plan,
    resolve_tokens,
    statement_author,
    subject_mentions,
    verb_subject,
    with_coordinated,
)
from wirecoder.events.syntax import (
    OBJECTS,
    OF,
    agent_tokens,
    agented_participle,
    antecedent,
    carrier_noun,
    defied,
    fronted_passive,
    marked_tokens,
    noun_agent,
    object_antecedent,
    possessive_owned,
    presence_tokens,
    qualified_object,
    source_clause,
    with_conjuncts,
)
from wirecoder.events.target_cues import (
    ADDRESSEES,
    CONCERN,
    act_object,
    behest_doers,
    conjunct_of_verb,
    doers_of_nouns,
    doers_warned_of,
    holders,
    owner_above,
    projectiles_of,
    purpose_target,
    ruled_from,
    written_to,
)
from wirecoder.events.triggers import Trigger
from wirecoder.model import Mention
from wirecoder.nlp import (
    morph_values,
    sentence,
)
from wirecoder.textnorm import fold

# Roots of what a statement can do by being issued: comment, appeal, demand, praise,
# criticise, reject, threaten.
STATED_ROOTS = frozenset({"01", "02", "05", "10", "11", "12", "13"})
# CAMEO codes of expulsions: of diplomats (161), of peacekeepers, inspectors or aid workers
# (166x), of individuals (174)
EXPULSIONS = ("161", "166", "174")
# Roots (and codes) of acts whose noun takes its object in `of`/`de`: release (`l'échange de
# prisonniers`), sanctions, coercion, force.
DONE_TO_OWNER = frozenset({"084", "16", "17", "18", "19", "20"})
THREAT = "13"  # the CAMEO root of threats and warnings
FORCE_POSTURE = "15"  # the CAMEO root of displays of force: alerts, mobilisation, drills
SINGLE_OBJECT_PRONOUNS = frozenset({"him", "her", "le", "la", "l'", "lui"})
# Object pronouns of several (folded): `urged them`, `les a exhortés`.
PLURAL_OBJECT_PRONOUNS = frozenset({"them", "les", "leur"})
# Appeals and demands: their expression words name the act asked of the addressee, and a
# release of people held is asked of their holder.
ASKING_ROOTS = frozenset({"02", "10"})
# Roots of acts of giving or working together, whose expression noun names what is given
# (`aide militaire`, `military cooperation`), not a body (`a terrorist cell` dismantled).
GIVING_ROOTS = frozenset({"03", "06", "07"})
# Acts that dispute what another did: disapprove, deny.
DISPUTING = ("11", "016")
# Acts done to object to another's: disapprove, protest.
OBJECTING = ("11", "14")


@dataclass
class Arguments:
    """Who acts (sources) and on whom (targets), with how each was found."""

    sources: list[Mention]
    targets: list[Mention]
    rule: str
    act: Token | None = None  # `condemned the strikes`: the act named, whose doer is aimed at
    nearest: bool = False  # the targets are only the first actors named after the trigger
    clause: Token | None = None  # the verb whose subject does the act (a pronoun, perhaps)


def find_arguments(trigger_token: Token, trigger: Trigger, index: MentionIndex,
                   heads: list[Token], words: ModalityWords,
                   acts: dict[str, tuple[Trigger, ...]] | None = None) -> Arguments:
    """Sources and targets of a trigger; `heads` are the trigger token and its expression words,
    `words` the language's modality words (light verbs, enactments, carriers). Given the event
    lexicon as `acts`, an object naming an act (`the strikes`) is returned as
    `act` instead of a fallback target. A noun's act carried by another noun (`a mediation
    mission between X and Y`) takes its arguments from that noun."""
    mediation = mediated_sides(trigger_token, trigger, index)
    if mediation is not None:
        return Arguments(*mediation, "mediated")
    summed = _summed_up_act(trigger_token, words.deciding)
    if summed is not None:
        # `…ont reconnu la Palestine, une décision saluée par l'Autorité palestinienne`: a
        # reaction by the agent to the act the noun sums up, aimed at its doers
        agents = resolve_tokens(agent_tokens(trigger_token), index)
        doers = resolve_tokens(verb_subject(summed, index)[0], index)
        return Arguments(agents, [m for m in doers if m not in agents], "passive")
    phrase, clause = trigger_token, trigger_token
    after_quote: list[Token] = []
    offered: list[Mention] = []
    if trigger.pos == "NOUN":
        inverted = inverted_nationality(trigger_token, index)
        phrase = trigger_token.head if inverted else \
            carrier_noun(trigger_token, words.carriers) or trigger_token
        if phrase is not trigger_token:
            heads = [*heads, phrase]
        sources, rule = [inverted] if inverted else nominal_source(
            phrase, index, words,
            trigger.code[:2] in DONE_TO_OWNER or trigger.code[:3] in DONE_TO_OWNER,
            sent=trigger.code[:2] in STATED_ROOTS | {"03"},
            meeting=trigger.code[:2] == "04"), "nominal"
        # `Lors d'un entretien avec X, le président a évoqué…`: its subject took part
        framed = framed_clause(phrase) if trigger.code[:2] == "04" else None
        if not sources and framed is not None:
            sources = resolve_tokens(verb_subject(framed, index)[0], index)
        refuser = _refusing(phrase, words)
        if refuser is not None:
            # `s'oppose à la médiation de l'UE`, `rejected a Turkish offer`: the refuser does
            # the refusal, aimed at whoever made what it refuses
            refusers = resolve_tokens(verb_subject(refuser, index)[0], index)
            offered, sources = [m for m in sources if m not in refusers], refusers
        clause = None if sources else refuser or source_clause(phrase, words)
        framing = framed_mediation(phrase, sources, index) if trigger.code == MEDIATION and \
            refuser is None else None
        if framing is not None:
            return Arguments(*framing, "mediated")
        if not sources:
            parties = sides_between(phrase, index) or pitted_sides(phrase, index, words.pitting)
            if len(parties) > 1:
                return Arguments(parties, [], "between")
        passive = False
    elif agented_participle(trigger_token) and (
            trigger.code[:2] == "17" and index.within(trigger_token.head) is not None or
            trigger.code[:2] in VIOLENCE or trigger.code.startswith(DISPUTING)):
        # `des militants arrêtés par la police`, `activists arrested by police`: coercion or
        # force told by a participle with its agent, done to the actor the noun it qualifies
        # names; not to what is launched (`drones launched by the Houthis`)
        subjects, passive = [] if has_word(trigger_token.head, words.projectiles) else \
            with_conjuncts(trigger_token.head), True
        sources, rule = resolve_tokens(subjects, index), "subject"
    else:
        subjects, passive = verb_subject(trigger_token, index)
        # a subject the parser found before the verb is then a word of the quote
        after_quote = inverted_subject(trigger_token)
        if after_quote and all(t.i < trigger_token.i for t in subjects):
            subjects, passive = after_quote, False
        if not subjects and (trigger.code[:2] in STATED_ROOTS or
                             fold(trigger_token.head.lemma_) in words.enactment):
            subjects, passive = statement_author(trigger_token, index)
        # `was disappointed by X`, `est préoccupé par X`: the subject's own state of mind,
        # read as an adjective, not an act done to it
        passive = (passive or fronted_passive(trigger_token)) and trigger.pos != "ADJ"
        sources, rule = resolve_tokens(subjects, index), "subject"
        if not sources and subjects and fold(subjects[0].lemma_) in words.voices:
            # `le bureau du Premier ministre a rejeté`: its owner speaks
            voiced = index.owner(subjects[0])
            sources = [voiced] if voiced is not None else []
        sources = [m for m in sources if m.rule != "locative"]
        sources = with_coordinated(sources, index, trigger_token.doc)
        if not sources and trigger.reciprocal:
            # `talks between X and Y resumed`: the expression's noun, the verb's subject,
            # names both parties
            parties = next((p for word in heads[1:] if word.head.i == trigger_token.i
                            for p in [sides_between(word, index)] if len(p) > 1), [])
            if parties:
                return Arguments(parties, [], "between")
    targets: list[Mention] = []
    suffered_act: Token | None = None
    # `signed a deal with U.S. mediation`: the mediation is no partner, unless it is what the
    # act is about (`rejected Russian mediation`: aimed at the mediator)
    # (nor the doer's own thing the expression names: `le rappel de ses ambassadeurs à
    # Rabat` is aimed at where they serve, `l'expulsion de ses diplomates` at the expeller)
    own_words = {h.i for h in heads[1:] if possessive_owned(h)}
    addressed = [t for head in heads for t in marked_tokens(head, trigger.target)
                 if not (mediation_noun(t) and fold(t.lemma_) not in trigger.with_)
                 and _summing_up(t, words.deciding) is None and t.i not in own_words]
    own = marked_tokens(trigger_token, trigger.target)
    if own and trigger.code[:2] in ASKING_ROOTS:
        # `urged X to reconsider its China policy`: aimed at who is asked, not at what the
        # act asked of them is done to
        addressed = own
    if trigger.pos != "NOUN":
        # `summoned the ambassador and ordered him to leave the country`: the object
        # pronoun's antecedent, not the country left; `cut ties with Ukraine, accusing it`:
        # what the antecedent is about, where it names no actor; so is an object that names
        # none but is owned through a possessive (`met Orban and praised his stance`), or
        # the partner hung on its verb after it (`suspendait sa coopération avec Alger`)
        referred = object_antecedent(trigger_token, possessed=not resolve_tokens(
            [c for c in trigger_token.children if c.dep_ in OBJECTS], index))
        targets = resolve_tokens(referred, index) or resolve_tokens(
            [t for a in referred for t in a.subtree], index) or resolve_tokens(
            [t for a in referred for c in a.head.children if c.i > a.i and
             c.dep_.startswith(("obl", "prep")) for t in c.subtree], index)
    if not targets and trigger.code[:2] not in FORCE:
        # `an inquiry into the massacre of civilians by soldiers`, `une enquête sur les
        # exactions commises par des policiers`: aimed at who did what it is about
        targets = doers_of_nouns(addressed, index)
    if not targets:
        targets.extend(m for m in resolve_tokens(addressed, index, owners=True) if m not in targets)
        targets.extend(conjunct_of_verb(trigger_token, targets, index))
    if not targets:
        for complement in trigger_token.children:
            # `offered to hand X over to Britain`: the complement's own target
            # (not what a plan a reaction names would do: `a condamné la tentative d'assassiner X`)
            if complement.dep_ in ("xcomp", "ccomp") and not verb_subject(complement)[0] and \
                    not reaction_plan(complement):
                targets.extend(m for m in resolve_tokens(marked_tokens(complement, trigger.target + (
                    "to", "a", "obj")), index, owners=True) if m not in targets)
    if not targets:
        # `negotiated a fishing deal with Denmark`, `a échangé des vues avec le Danemark`: the
        # parser hung the verb's marked argument on its object
        # (or on a conjunct of it: `launched 400 drones and 30 missiles at Ukraine`)
        markers = tuple(m for m in trigger.target if m not in ("obj", "iobj"))
        for obj in (o for c in trigger_token.children if c.dep_ in OBJECTS
                    for o in with_conjuncts(c)) if markers else ():
            partners = [t for t in marked_tokens(obj, markers) if not mediation_noun(t)]
            targets.extend(m for m in resolve_tokens(partners, index, owners=True) if m not in targets)
        if not targets and markers and trigger_token.dep_ == "xcomp":
            # `a décidé de suspendre son aide à l'Egypte`: on the verb the infinitive completes
            targets = resolve_tokens([t for t in marked_tokens(trigger_token.head, markers)
                                if t.i > trigger_token.i], index, owners=True)
    if not targets and trigger.pos == "NOUN" and (phrase.dep_ in OBJECTS or
                                                  intending_verb(phrase, words) is not None):
        # `a annoncé des sanctions contre X`, `envisage de nouvelles sanctions contre X`: the
        # parser hung the noun's marked argument on the verb it is the (partitive) object of;
        # what it names done by someone, at the doer (`opened an inquiry into abuses by police`)
        markers = tuple(m for m in trigger.target if m not in ("obj", "iobj"))
        hung = marked_tokens(phrase.head, markers) if markers else []
        targets = (doers_of_nouns(hung, index) if trigger.code[:2] not in FORCE else []) or \
            resolve_tokens(hung, index, owners=True)
    if not targets:
        # `held a military parade in defiance of Azerbaijan`, `ont manifesté au mépris de
        # l'interdiction des autorités`: whom the act defies, hung on its verb
        verb = phrase.head if trigger.pos == "NOUN" and phrase.dep_ in OBJECTS else trigger_token
        targets = resolve_tokens(defied(verb, words.defiance), index, owners=True)
    if not targets and trigger.pos == "NOUN" and trigger.reciprocal:
        # `told Putin in a phone call`, `a dit à Poutine au cours d'un appel téléphonique`:
        # the partner of a talk framing a speech verb is whom it addresses, its speaker the
        # other side
        verb = phrase.head.head if phrase.dep_ == "pobj" else phrase.head \
            if phrase.dep_.startswith("obl") else None
        if verb is not None and verb.pos_ == "VERB" and has_word(verb, words.speech):
            speakers = sources or subject_mentions(verb, index)
            targets = [m for m in resolve_tokens(
                [c for c in verb.children if c.dep_ in OBJECTS] + marked_tokens(verb, ADDRESSEES),
                index) if m not in speakers]
            sources = speakers if targets else sources
    if after_quote:
        targets = [m for m in targets if m not in sources]
    if after_quote and claim_relative(trigger_token):
        # `…, ce qu'a démenti Moscou`: aimed at who made the claim
        targets = [m for m in claimant(trigger_token, index) if m not in sources] or targets
    if not targets and trigger.code.startswith(DISPUTING) and trigger_token.dep_ == "parataxis" \
            and trigger_token.head.i < trigger_token.i:
        # `Le Hamas a violé la trêve, accuse Israël`, `…, a dénoncé le ministre`: aimed at
        # whoever did what it reports
        targets = [m for m in claimant(trigger_token, index) if m not in sources]
    if passive:
        agents = agent_tokens(trigger_token) or (presence_tokens(trigger_token) if trigger.reciprocal else [])
        sources, targets = resolve_tokens(agents, index), sources
        if not targets:
            # `des écoliers qui avaient été enlevés par des hommes armés`, `journalists who
            # were arrested by troops`: done to the noun the relative pronoun stands for
            targets = resolve_tokens([antecedent(t) for t in subjects], index)
        suffered_act = next((t for t in subjects if t.pos_ == "NOUN" and fold(t.lemma_) in acts),
                            None) if acts else None
        if not targets and (acts and suffered_act is None or trigger.code[:2] in DONE_TO_OWNER
                            or trigger.code[:3] in DONE_TO_OWNER):
            # `la décision de Washington a été critiquée par Pékin`: aimed at its owner, as
            # the object of the active verb (not an act's, whose owner may have suffered it);
            # so is force on a thing (`un convoi de l'armée malienne a été attaqué`)
            targets = resolve_tokens(subjects, index, owners=True)
        if not sources and targets and has_word(trigger_token, words.envoy_recall):
            # `Israel's ambassador to Turkey was recalled`: by the envoy's own state, from
            # the country of the post (not the envoy's own, `l'ambassadeur d'Israël`)
            posts = resolve_tokens([t for s in subjects for t in marked_tokens(s, trigger.target)], index)
            sources, targets = targets, [m for m in posts if m not in targets]
        if not sources and trigger.code.startswith(EXPULSIONS):
            sources = expelling_state(trigger_token, index)
        if not sources and trigger.code == "114":
            sources = summoning_state(trigger_token, index)
        if not sources and trigger.code[:2] in VIOLENCE:
            sources = attacking_side(trigger_token, index, words.occasion)
        if not sources and trigger.code[:2] == FORCE_POSTURE:
            # `les forces russes ont été placées en état d'alerte`: by their own state
            sources, targets = targets, []
        rule = "passive"
    charge = qualified_object(trigger_token)
    if not targets and trigger.code.startswith(DISPUTING) and charge is not None and \
            has_word(charge, words.rebuttals) and "," in [
                t.text for t in trigger_token.doc[max(charge.left_edge.i - 1, 0):charge.i]]:
        # `…, a charge New Delhi rejected`, `…, une accusation rejetée par New Delhi`: aimed
        # at who made the charge, the subject of the sentence's main clause
        targets = [m for m in resolve_tokens(verb_subject(sentence(charge).root, index)[0], index)
                   if m not in sources]
    if trigger.source == "obj":
        sources, targets = targets, sources
    # `the detention of X by Russia was condemned`: aimed at the act's doer, found later
    act: Token | None = suffered_act if passive and not targets else None
    named = act_object(trigger_token, trigger, acts, heads) if acts and not passive and \
        trigger.pos != "NOUN" else None
    if named is not None:
        # `condemned the massacre of civilians by the militia`, `denounced the drills by X and
        # Y`: aimed at who did it, not at whom it was done to; with no one named it was done
        # to, at both parties (`welcomed the ceasefire between X and Y`) or at whoever sent it
        # (`rejected an offer from Kabul`); an arrest with no agent, at the state it was made
        # in; else at its doer, found later
        doers = resolve_tokens(noun_agent(named, trigger_token), index)
        if not doers and not targets:
            sender = index.owner(named, possessive_only=True, sent=True)
            doers = sides_between(named, index, asserted=False) or (
                [sender] if sender and sender.rule != "locative" else [])
        doers = doers or arresting_state(named, acts, index, sources)
        targets = doers_of_violence(named, targets, acts, index, words)
        doers = doers or ([] if targets else
                          [m for m in armed_premodifier(named, index) if m not in sources])
        # (concern over an act of no named doer, at the first actor after it as before)
        act = None if doers or targets or trigger.code == CONCERN else named
        targets = doers or targets
    # (not the act the trigger's own expression names: `ordered the arrest of X` arrests X)
    suffered = next((c for c in trigger_token.children if c.dep_ in OBJECTS and fold(
        c.lemma_) in words.suffered and fold(c.lemma_) not in trigger.with_), None) \
        if trigger.pos != "NOUN" and not passive else None
    victim = victim_of(suffered, index) if suffered is not None else None
    if victim is not None and victim in targets:
        # `condemned the assassination of the Hamas leader`: not aimed at whom it was done
        # to, but at its doer, found later
        targets = [t for t in targets if t is not victim]
        act = act or (None if targets else suffered)
    # `passed a law banning trade with X`: X is the law's target, not the vote's
    voted = trigger.code[:2] == "05" and any(
        c.dep_ in OBJECTS and fold(c.lemma_) in words.enactment for c in trigger_token.children)
    if not passive and act is None and trigger.code[:2] in FORCE:
        targets = owner_above(addressed, trigger_token, index, sources, bool(targets)) or targets
    if trigger.code[:2] in ASKING_ROOTS and trigger.with_ and not any(
            m.actor.code for m in targets):
        # `called for the release of prisoners held by Israel`: asked of who holds them
        held = [t for word in trigger_token.subtree if fold(word.lemma_) in trigger.with_
                for t in marked_tokens(word, OF)]
        targets = resolve_tokens([h for t in held for h in holders(t)], index) or targets
    if trigger.code[:2] in FORCE and not passive:
        # `shot down drones launched by the Houthis`: aimed at who launched what was struck
        launchers = [h for o in trigger_token.children if o.dep_ in OBJECTS for h in holders(o)]
        targets = [m for m in resolve_tokens(launchers, index) if m.actor.code] or targets
    if not targets and trigger.code.startswith(OBJECTING) and trigger_token.dep_ == "advcl" \
            and trigger_token.head.pos_ == "VERB":
        # `recalled its ambassador from Algeria to protest against the decision`: a protest
        # the act is done for aims at the other country that act's object names
        targets = purpose_target(trigger_token.head, index, sources)
        act = None if targets else act
    # `Russia launched 400 drones overnight`: what a force verb launches is no target
    launched = projectiles_of(trigger_token, trigger, index, words.projectiles) \
        if trigger.code[:2] in FORCE and sources and not passive else []
    targets = [m for m in targets if m not in launched]
    if not targets and not passive and trigger.code[:2] in VIOLENCE:
        targets = across_border(trigger_token, index, sources, words.crossing)
    if not any(m.actor.code for m in targets) and not passive and \
            trigger.code[:2] == FORCE_POSTURE:
        # (`massed troops on the Polish border`: the troops name no one it is aimed at)
        targets = shown_near(phrase, index, sources, words.proximity) or targets
    targets = offered or targets
    if not targets and trigger.code[:2] == THREAT:
        targets = doers_warned_of(trigger_token, index)
    if not targets and trigger.code[:2] in ASKING_ROOTS:
        targets = written_to(trigger_token, index, words.writing) or (
            behest_doers(phrase, index, sources, words.behest) if trigger.pos == "NOUN" else [])
    nearest = not targets and not passive and not trigger.reciprocal and act is None and \
        not voted
    if nearest:
        # a reaction (given `acts`) is not aimed at whom the act it names harmed; the role
        # adjective of what is given (`annoncé une aide militaire de 500 millions de dollars
        # à l'Ukraine`) names no one
        given = frozenset(h.i for h in heads[1:]) if trigger.code[:2] in GIVING_ROOTS \
            else frozenset()
        targets = nearest_in_subtree(phrase, index, [*sources, *launched],
                                      words.speech | words.reporting,
                                      words.harmed if acts else frozenset(),
                                      addressed if trigger.code[:2] == "02" else [],
                                      words.exchange,
                                      words.attribution, words.background,
                                      words.suffered if trigger.code[:2] in ASKING_ROOTS
                                      else frozenset(),
                                      violent=trigger.code[:2] in VIOLENCE, given=given,
                                      intrusions=words.intrusions,
                                      judged_as=words.judged_as if trigger.pos != "NOUN" and
                                      trigger.code[:2] in STATED_ROOTS else frozenset(),
                                      reaction=bool(acts))
    if not targets and not passive and trigger.code[:2] in ASKING_ROOTS:
        targets = ruled_from(trigger_token, index, sources, words.separation)
    third = _third_parties(trigger_token, words)
    if third:
        # `Sous la médiation de la Turquie, la Somalie et l'Éthiopie ont signé`, `sous l'égide
        # du Qatar`, `a truce sponsored by Saudi Arabia`: the mediators or sponsors of an act
        # are no party to it; of an act noun (`ont entamé des pourparlers parrainés par le
        # Qatar`), the parties are then the subject of the verb it is the object of
        parties = [m for m in sources if m.token_start not in third]
        if sources and not parties and trigger.pos == "NOUN" and trigger_token.dep_ in OBJECTS:
            parties = subject_mentions(trigger_token.head, index)
        sources, targets = parties, [m for m in targets if m.token_start not in third]
    return Arguments([m for m in sources if m not in targets], targets, rule, act, nearest,
                     clause)


def _refusing(noun: Token, words: ModalityWords) -> Token | None:
    """The word of refusal an act noun hangs on, through a preposition too (`rejected the
    mediation`, `opposed to any mediation`, `s'oppose à la médiation`), if any."""
    return next((g for g in governors(noun) if has_word(g, words.refusal) and g.i < noun.i),
                None)


def _third_parties(verb: Token, words: ModalityWords) -> set[int]:
    """The tokens a mediation noun framing an act's clause names (not one it offers: `a
    proposé sa médiation entre X et Y`), or a word of sponsorship under the act (modality
    `sponsorship`: `sous l'égide de X`, `talks sponsored by X`)."""
    sponsored = may_have_word(verb.doc, words.sponsorship)
    framing = [c for c in verb.children if c.dep_ not in OBJECTS and mediation_noun(c)] + [
        w for w in (verb.subtree if sponsored else ()) if w.i != verb.i and
        has_word(w, words.sponsorship)]
    return {t.i for word in framing for t in word.subtree if t.i != word.i}


def _summing_up(noun: Token, deciding: frozenset[str]) -> Token | None:
    """The verb a noun of decision set off by a comma at the end of its clause sums up the
    act of (`recognised Palestine, a decision welcomed by…`, `withdrew from ECOWAS, a move
    welcomed by…`), which the parser takes for a second object, a modifier or an
    apposition of the last noun."""
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if not has_word(noun, deciding) or not noun.doc[noun.left_edge.i - 1].is_punct or \
            noun.dep_ not in (*OBJECTS, "npadvmod", "appos") or not verb.i < noun.i or \
            noun.dep_ in OBJECTS and not any(c.dep_ in OBJECTS and c.i < noun.i
                                             for c in verb.children):
        return None
    return verb


def _summed_up_act(participle: Token, deciding: frozenset[str]) -> Token | None:
    """The verb whose act a noun summing it up names, for a participle with its agent that
    qualifies the noun (`une décision saluée par X mais condamnée par Y`)."""
    first = participle
    while first.dep_ == "conj":
        first = first.head
    if first.dep_ != "acl" or "Part" not in morph_values(participle, "VerbForm") or \
            not agent_tokens(participle):
        return None
    return _summing_up(first.head, deciding)
