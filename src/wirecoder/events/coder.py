"""Coding the events of a parsed document: triggers, arguments, modality, one event per dyad."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import partial

from spacy.tokens import Span, Token

from wirecoder.actors.anchor import mention_head
from wirecoder.actors.party_roles import PARTIES
from wirecoder.actors.salience import main_parties, party_members
from wirecoder.attributes.codebook import FORCE, VIOLENCE, intent_code
from wirecoder.events.antecedents import (
    crowd_before,
    governing_subject,
    group_before,
    last_actor_before,
    object_antecedent,
    pronoun_antecedent,
    quoted_speaker,
)
from wirecoder.events.arguments import Arguments, find_arguments
from wirecoder.events.candidate import Candidate
from wirecoder.events.domestic import (
    domestic_targets,
    of_domestic_source,
    of_policed_people,
    of_targeted_state,
)
from wirecoder.events.dyads import (
    TOGETHER,
    UNSPECIFIED_FORCE,
    by_actors,
    one_camp,
    pairs,
    reciprocals,
)
from wirecoder.events.fallback_target import accused_of
from wirecoder.events.figurative import (
    expression_tokens,
    fired_staff,
    in_forum,
    judged_as,
    natural_cause,
    on_no_one,
    outcome_of,
    photo_caption,
    plotted,
)
from wirecoder.events.force_means import doers_by_means, means_kind, outcomes_of_force
from wirecoder.events.governors import governors
from wirecoder.events.intent import scheduled
from wirecoder.events.judgements import with_judgements
from wirecoder.events.mention_index import MentionIndex
from wirecoder.events.modality import Verdict, judge
from wirecoder.events.modality_lexicon import ModalityWords, has_word, modality_words
from wirecoder.events.speech_acts import (
    PARTICIPLE_CLAUSES,
    claimed_acts,
    drop_requested,
    drop_vows,
    joint_call,
    obligation_clause,
    own_calls,
    same_side,
    speech_demands,
)
from wirecoder.events.story_sides import parties_besides, with_sides
from wirecoder.events.subjects import (
    FIRST_PERSON,
    PLURAL_PRONOUNS,
    manner_of,
    pronoun_subject,
    subject_mentions,
    subject_tokens,
)
from wirecoder.events.syntax import OBJECTS, source_clause
from wirecoder.events.target_cues import CONCERN
from wirecoder.events.triggers import (
    REACTION_ROOTS,
    Trigger,
    find_triggers,
    fitting_alone,
    trigger_index,
)
from wirecoder.events.unnamed_doers import unattributed, unnamed_doer
from wirecoder.model import Mention, in_roles
from wirecoder.nlp import (
    RELATIVE_CLAUSES,
    folded_tokens,
    morph_values,
    preposition,
)
from wirecoder.textnorm import fold

SPOKEN_ATTACK = "111"  # an attack made in words: criticism
ACCUSING = "11"  # the root of disapproval and accusations
PROTEST = frozenset({"14"})  # a protest done by a market or a hazard is no one's
# Visits made, hosted or intended: to a country's government.
VISITS = frozenset({"042", "043", "036"})
POSTURE = "15"  # exhibit force posture: mobilise, deploy, raise alert
# Roles that command no forces: a company or a media outlet that sends a `brigade` of
# engineers or reporters shows no force posture, nor uses force when it `hits` rivals or
# `fights` a tax bill.
CIVIL_BODIES = frozenset({"BUS", "MED"})
# Acts of a third party between others: `le Qatar et l'Égypte ont joué un rôle de médiation`
# pairs no mediator with the other.
THIRD_PARTY = frozenset({"045", "165"})
NOUN_CLAUSES = frozenset({"acl", "amod"}) | RELATIVE_CLAUSES  # their subject is the noun
# Modalities of an act announced for later.
PLANNED = frozenset({"future", "conditional", "intent"})
# Roots of what speakers say together (comment, appeal, demand, disapprove, reject, threaten):
# `the two leaders called for the entry of aid` is a joint call, not a call on each other.
SAID_TOGETHER = ("01", "02", "10", "11", "12", "13")
# Roots of reciprocal acts one side does alone: `X severed ties with Y` is X's act, not Y's
# (`X and Y severed ties` still codes each towards the other).
ONE_SIDED = frozenset({"16"})


MUTUAL = frozenset({"mutuellement", "reciproquement", "mutually"})
RECIPROCAL_WORDS = MUTUAL | {"each", "other", "one", "another"}


def _mutual(token: Token) -> bool:
    """`se sont mutuellement remerciés`, `praised one another`: the subjects act on one
    another."""
    forms = folded_tokens(token.doc)
    if RECIPROCAL_WORDS.isdisjoint(forms[token.left_edge.i:token.right_edge.i + 1]):
        return False  # none of the words under the token: most triggers, read at once
    for child in token.children:
        words = {fold(child.text), *(fold(g.text) for g in child.children)}
        if words & MUTUAL or {"each", "other"} <= words or {"one", "another"} <= words:
            return True
    return False


def _expand(mentions: list[Mention]) -> list[Mention]:
    """A mention of several actors (`les deux parties`) stands for each of them."""
    out: list[Mention] = []
    for m in mentions:
        out.extend([replace(m, actor=a, members=[]) for a in m.members] if m.members else [m])
    return out


@dataclass(frozen=True)
class Conventions:
    """Coding conventions a configuration chooses: bare statements (010) as events; joint
    acts with no target (PLOVER's) rather than towards each other (CAMEO's); a visit as also
    hosted by its host (043) and a hosting as also a visit by its guest (042), CAMEO's, or
    each as its doer's act alone (PLOVER's)."""

    statements: bool = False
    joint_acts: bool = False
    visit_hosts: bool = True


def sentence_candidates(sent: Span, index: int, mentions: list[Mention], lang: str,
                        all_mentions: list[Mention],
                        conventions: Conventions = Conventions(),
                        sides: list[Mention] | None = None) -> list[Candidate]:
    """Every (source, target, code) a sentence asserts; `sides`: the story's two sides so far,
    whom its two parties named jointly stand for (story_sides.py)."""
    joint_acts = conventions.joint_acts
    sides = sides or []
    mentions = [with_sides(m, sides) for m in mentions]
    modal = modality_words(lang)
    if photo_caption(sent, modal.captions):
        return []  # `FILE PHOTO: Putin meets Xi in Beijing, May 16, 2024` recalls the past
    lookup = MentionIndex(mentions, modal.relational)
    out: list[Candidate] = []
    found = find_triggers(sent, trigger_index(lang), partial(obligation_clause, lang=lang),
                          partial(_kind_below, mentions))
    # a word of an actor's name or title is no trigger: `Forces de soutien rapide`,
    # `Planning and Investment Minister`
    named = {i for m in mentions for i in range(m.token_start, m.token_end)}
    found = [(token, trigger) for token, trigger in found if token.i not in named]
    # `retaliated by expelling a diplomat`, `a riposté en expulsant un diplomate`: a general
    # act (a root's own code) done by way of a more specific one is coded as that one
    done_by = {verb.i for t, _ in found for verb in [manner_of(t)] if verb is not None}
    found = [(token, trigger) for token, trigger in found
             if not (token.i in done_by and len(trigger.code) == 3 and trigger.code[2] == "0")]
    kinds = {token.i: trigger.code for token, trigger in found
             if trigger.code[:2] in VIOLENCE and trigger.code not in UNSPECIFIED_FORCE}
    reactions = {token.i for token, trigger in found if trigger.code[:2] in REACTION_ROOTS}
    figurative: set[int] = set()
    for token, trigger in with_judgements(sent, found, lang, frozenset(named)):
        verdict = judge(token, trigger.code, trigger.pos, lang)
        if not verdict.keep:
            continue
        if verdict.code in UNSPECIFIED_FORCE:
            verdict = replace(verdict, code=means_kind(token, kinds) or verdict.code)
        roots = {verdict.code[:2], trigger.code[:2]}
        if ACCUSING in roots and accused_of(token):
            continue  # `a man accused of spying`: the charge the man carries, made by no one here
        if FORCE & roots and (on_no_one(token, trigger, modal) or outcome_of(
                token, figurative) or fired_staff(token, modal) or plotted(token, modal)) or (
                FORCE | PROTEST) & roots and natural_cause(token, trigger, modal):
            figurative.add(token.i)
            continue  # `attacked inflation`, `a déclaré la guerre à la fraude`, `vowed to
            # fight corruption` (a vow of force is coded as its threat), `a cyclone hit`,
            # `Iranian shares rallied`, `hit a mine, killing four`, `fired his minister`
        if VIOLENCE & roots and trigger.pos == "VERB" and (
                in_forum(token, modal) or judged_as(token, lang)):
            # `attacked the media in a speech`, `attacked the court as antisemitic`
            verdict = replace(verdict, code=SPOKEN_ATTACK)
        if not trigger.reciprocal and _mutual(token):
            trigger = replace(trigger, reciprocal=True)
        # a reaction to an act (`condemned the strikes`, `voiced concern over the arrest`) is
        # aimed at its doer, found later
        acts = trigger_index(lang) if trigger.code[:2] in REACTION_ROOTS or \
            trigger.code == CONCERN else None
        args = find_arguments(token, trigger, lookup, expression_tokens(token, trigger),
                              modal, acts)
        coming = source_clause(token, modal) if trigger.pos == "NOUN" and preposition(
            token) in modal.purpose else None
        if coming is not None:
            # `will travel to Brussels for talks`: the act is as planned as the coming (`is
            # due in Moscow for talks`: as the word that completes it; `est attendu au Caire
            # pour des entretiens`: as its scheduling)
            planned = judge(coming, verdict.code, "VERB", lang)
            if not planned.keep:
                continue
            if planned.modality in PLANNED or any(has_word(w, modal.intent) for w in (
                    coming, *(c for c in coming.children if c.dep_ == "acomp"))) or any(
                    scheduled(c, modal) for c in coming.children):
                verdict = replace(verdict, code=intent_code(verdict.code) or verdict.code,
                                  modality="intent")
        sources, pronoun = _sources(token, trigger, args, lookup, all_mentions, index,
                                    modal.speech, sides)
        confidence = 0.6 if pronoun else 0.8
        # `les deux parties`, `they`, or two countries that agree, meet or cooperate
        joint = any(m.rule in PARTIES for m in sources) or pronoun in PLURAL_PRONOUNS or (
            verdict.code.startswith(tuple(TOGETHER))
            and any(not one_camp(a, b) for a in sources for b in sources))
        sources = _expand(sources)
        if trigger.shared and not (joint or len({m.actor.country for m in sources}) > 1 or (
                args.targets and not args.nearest)):
            # `le ministre a évoqué la situation` is no talk: one side, no partner; `began
            # joint drills around Taiwan` is the token's act of one side, if it has one
            alone = fitting_alone(token, trigger, trigger_index(lang))
            if alone is None:
                continue
            trigger = alone
            verdict = judge(token, trigger.code, trigger.pos, lang)
            if not verdict.keep:
                continue
            args = find_arguments(token, trigger, lookup, expression_tokens(token, trigger),
                                  modal, None)
        targets_found = _expand([parties_besides(t, sources, all_mentions, index)
                                 for t in args.targets])
        if (args.nearest or not targets_found) and sources:
            # `X met Y. He urged him to...`: the one of the last sentence not acting now
            targets_found = object_antecedent(token, trigger, all_mentions, index,
                                              sources) or targets_found
        if trigger.target_kind:
            # `son retrait de la Cédéao`: only leaving an organisation is an act of this kind
            targets_found = [t for t in targets_found
                             if (t.actor.code or "").startswith(trigger.target_kind)]
            if not targets_found:
                continue
        if verdict.demander is not None:
            # `X said that Y must Z`: X demands Z of Y
            sources, targets_found = subject_mentions(verdict.demander, lookup), sources
            if joint_call(sources, targets_found):
                continue
        sources = [s for s in (of_policed_people(of_targeted_state(m, targets_found, lang),
                                                  targets_found, verdict.code)
                               for m in sources) if s.actor.code]
        if not sources and not pronoun and verdict.demander is None and trigger.pos != "NOUN" \
                and not trigger.weak:
            sources = _preceding_actor(token, lookup, targets_found)
        targets_found = [of_domestic_source(t, sources) for t in targets_found]
        targets: list[Mention | None] = [t for t in targets_found if t.actor.code] or [None]
        if not targets_found and trigger.pos == "NOUN" and _reacted_to(token, reactions):
            continue  # `a salué le soutien de la France`: what is praised, not an act of its own
        doer = unnamed_doer(verdict.code)
        if doer and not sources and not pronoun and trigger.pos != "NOUN" and \
                targets != [None] and verdict.demander is None \
                and token.dep_ not in ("acl:relcl", "relcl", "xcomp"):
            # not `a clash in which 20 soldiers were killed`: what a relative clause recalls;
            # not `the government threatened to crush protesters`: an infinitive's doer is
            # its governor's subject, unknown rather than unnamed
            sources = [unattributed(token, index, doer)]
        if trigger.weak:
            confidence -= 0.2
        mine = []
        for source in sources:
            for target in targets if targets != [None] else domestic_targets(
                    source, targets_found, verdict.code):
                if target is not None and same_side(source, target):
                    target = None
                code = by_actors(verdict.code, source, target)
                if (code[:2] == POSTURE or code[:2] in VIOLENCE) and \
                        set(source.actor.roles) & CIVIL_BODIES:
                    continue  # a company or a newspaper sends staff, not forces
                if trigger.reciprocal and code[:2] in VIOLENCE and source.actor.name and (
                        target is None or target.actor.name):
                    continue  # `Macron and Scholz clashed over energy`: named people, in words
                if target is not None and code[:2] in VIOLENCE:
                    target = _struck_place(target)
                if target is not None and code in VISITS:
                    target = _host_government(target)
                    if same_side(source, target):
                        target = None  # `X was welcomed in Beijing by China's president`
                mine.append(Candidate(source, target, code, trigger, token, sent, index,
                                      verdict.modality, confidence, args.act))
        if verdict.modality == "refused" or verdict.demander is not None:
            # a refusal to meet is the refuser's alone; a demand to agree, the demander's
            out.extend(mine)
        else:
            out.extend(_directed(mine, sources, args, verdict,
                                 joint and (targets == [None] or args.nearest), joint_acts))
        visit = trigger.mirror in VISITS  # a visit its host hosts, a hosting its guest visits
        offered = verdict.modality == "intent" and any(
            has_word(g, modal.offering) for g in governors(token, 3))
        mirror = _mirror_code(trigger, verdict.code) if (conventions.visit_hosts or
                                                         not visit) and not offered else None
        if mirror:
            # `X a reçu Y`: X hosts (043) and Y visits (042); `X recevra Y`: both intend to
            # meet; `X a visité Y`: Y hosts; `X s'est dit prêt à se rendre à Y`: only X's
            # readiness or offer, Y intends nothing
            out.extend(replace(c, source=c.target, target=c.source, code=mirror)
                       for c in mine if c.target is not None)
    out = doers_by_means(out)
    out = outcomes_of_force(out, modal)
    out = _drop_aims(out, modal)
    speech_demands(out, lookup, lang)
    out = claimed_acts(out, lookup, modal.speech)
    if not conventions.statements:
        # a bare `X said` (010) is the frame of reported content, not an event of its own
        out = [c for c in out if not (c.trigger.weak and c.code == c.trigger.code)]
    out = drop_requested(out, modal)
    out = own_calls(out, lookup)
    # `pledged to fight corruption`: a pledge of no one's but a figurative fight is no event
    return [c for c in drop_vows(out) if not (
        c.code == "030" and c.target is None
        and any(t.i in figurative for t in c.token.children if t.dep_ == "xcomp"))]


def _drop_aims(candidates: list[Candidate], words: ModalityWords) -> list[Candidate]:
    """`imposed sanctions on Russia, targeting 100 entities`, `des sanctions ciblant…`: a
    participle of aiming hung on another kind of act, or on the verb whose object names it
    (`a annoncé des droits de douane ciblant le Mexique`), tells what that act aims at, no
    attack; an act that names no target takes the ones aimed at."""
    acts: dict[int, list[Candidate]] = {}
    for c in candidates:
        acts.setdefault(c.token.i, []).append(c)
    aimed: dict[int, list[Mention]] = {}
    out = []
    for c in candidates:
        head = c.token.head
        # (the act may be the verb whose object the participle qualifies: `announced tariffs
        # targeting Brazil`)
        act = acts.get(head.i) or (acts.get(head.head.i) if head.dep_ in OBJECTS else None) or \
            next((acts[o.i] for o in head.children if o.dep_ in OBJECTS and o.i in acts), [])
        if has_word(c.token, words.aiming) and c.token.dep_ in PARTICIPLE_CLAUSES and act \
                and act[0].code[:2] != c.code[:2]:
            if c.target is not None:
                aimed.setdefault(act[0].token.i, []).append(c.target)
        else:
            out.append(c)
    return [a for c in out for a in (
        [replace(c, target=t) for t in aimed[c.token.i]]
        if c.target is None and c.token.i in aimed else [c])]


def _sources(token: Token, trigger: Trigger, args: Arguments, lookup: MentionIndex,
             all_mentions: list[Mention], index: int,
             speech: frozenset[str], sides: list[Mention]) -> tuple[list[Mention], str | None]:
    """Who does what a trigger names, and the pronoun that stood for them if one did (the
    story's two `sides`, when they are `they` who agree)."""
    sources = args.sources
    pronoun = pronoun_subject(args.clause) if not sources and args.clause is not None else None
    # the antecedent is not the target, unless that is only a fallback (`deploy troops`:
    # its own troops)
    taken = set() if args.nearest else {t.actor.code for t in args.targets}
    if pronoun in FIRST_PERSON:
        # `« Nous condamnons… », a déclaré le ministre`: the speaker, or no one known
        speaker = governing_subject(token, lookup, taken) or quoted_speaker(token, lookup,
                                                                              speech)
        sources = [speaker] if speaker else []
    elif pronoun in PLURAL_PRONOUNS:
        # `the rebels said they would...`; else the document's two parties (`ils sont
        # convenus de...`)
        governing = crowd_before(token, trigger, args.clause, lookup, taken) or \
            governing_subject(token, lookup, taken)
        group = None if governing else group_before(token.doc, all_mentions, index, taken)
        parties = main_parties(all_mentions, index)
        if parties and len(sides) == 2:
            parties = sides  # the story's two sides, where it has them (story_sides.py)
        sources = [governing] if governing else parties or ([group] if group else [])
    elif pronoun:
        antecedent = pronoun_antecedent(token, lookup, all_mentions, index, taken, pronoun)
        sources = [antecedent] if antecedent else []
    if not args.nearest and any(m.rule in PARTIES for m in sources) and args.targets:
        # `the two leaders thanked Trump`: the parties are others than the one thanked
        besides = frozenset(t.actor.country for t in args.targets if t.actor.country)
        sources = [replace(m, members=party_members(m, all_mentions, index, besides))
                   if m.rule in PARTIES and besides & {a.country for a in m.members} else m
                   for m in sources]
    return sources, pronoun


def _reacted_to(token: Token, reactions: set[int]) -> bool:
    """Whether a noun is what a reaction is to: its object (`welcomed France's support`) or
    the object of its preposition (`thanked France for its support`)."""
    head = token.head.head if token.head.dep_ == "prep" else token.head
    return head.i != token.i and head.i in reactions


def _kind_below(mentions: list[Mention], token: Token, kind: str) -> bool:
    """Whether an actor whose code starts with `kind` is a token's complement itself (`left
    OPEC`, `withdrew from ECOWAS`, also hung on its adjective: `son retrait immédiat de la
    Cédéao`), not a word of it (`left the AU summit`)."""
    for m in mentions:
        if (m.actor.code or "").startswith(kind) and \
                token.left_edge.i <= m.token_start <= token.right_edge.i:
            head = mention_head(token.doc, m).head
            if head.dep_ == "prep" and head.head.dep_ in ("prep", "prt", "advmod"):
                head = head.head  # `pulled out of the EU`
            if head.i == token.i or (head.dep_ in ("prep", "prt", "advmod", "amod")
                                     and head.head.i == token.i):
                return True
    return False


def _preceding_actor(token: Token, lookup: MentionIndex, targets: list[Mention]) -> list[Mention]:
    """The nearest coded actor before a finite verb the parser gave no subject at all (`Alger
    condamne`, a metonym read as no subject; a second coordinated verb hung astray); not for
    infinitives, participles or clauses describing a noun, whose subject is implied."""
    finite = "Fin" in morph_values(token, "VerbForm") or any(
        c.dep_.startswith("aux") and c.pos_ == "AUX" for c in token.children)
    if not finite or token.dep_ in NOUN_CLAUSES or subject_tokens(token):
        return []
    before = last_actor_before(token, lookup, {t.actor.code for t in targets})
    return [before] if before is not None else []


def _directed(mine: list[Candidate], sources: list[Mention], args: Arguments, verdict: Verdict,
              towards_each_other: bool, joint_acts: bool) -> list[Candidate]:
    """The candidates of one trigger, with the dyads its parties form among themselves (each
    coded for who acts on whom, from the verdict's code)."""
    code = verdict.code
    if args.rule == "between" and mine and not joint_acts:
        # `les combats entre X et Y`: each party towards the other, also inside a country
        return pairs(mine[0], sources, code, across_countries=False)
    if mine and mine[0].trigger.reciprocal:
        # `X is ready for talks with Y`: the readiness is X's alone (`X will hold talks with
        # Y`, a meeting set, is both sides')
        return reciprocals(mine, sources, code, joint_acts,
                            mirrored=verdict.modality != "intent" and code[:2] not in ONE_SIDED)
    if towards_each_other and mine and len(sources) > 1 and not joint_acts \
            and code not in THIRD_PARTY \
            and not code.startswith(SAID_TOGETHER):
        # `the two leaders agreed to...`: the parties act towards each other, unless the verb
        # names whom they act towards (`the two leaders thanked Trump`); a side paired so has
        # no act aimed elsewhere left to guess a target for
        paired = pairs(mine[0], sources, code)
        sides = {c.source.actor.code for c in paired}
        return [c for c in mine if c.target is not None or c.source.actor.code not in sides] \
            + paired
    return mine


def _mirror_code(trigger: Trigger, code: str) -> str | None:
    """What the target does in return: the mirror act, or the same intent when the act is
    only announced; nothing when the act was refused or demanded."""
    if not trigger.mirror:
        return None
    if code == trigger.code:
        return trigger.mirror
    return code if code[:2] == "03" else None


def _struck_place(target: Mention) -> Mention:
    """A capital named bare where force fell (`Russian missiles struck Kyiv`, `a bombardé
    Sanaa`) is the place, so its country, not the government it stands for elsewhere."""
    if target.rule != "capital" or target.actor.roles != ["GOV"]:
        return target
    return in_roles(target, [])


def _host_government(target: Mention) -> Mention:
    """A visit to a country (`her state visit to Chile`, `se rendra au Japon`) is to its
    government: the host, as in the meeting the same sentence reports."""
    actor = target.actor
    if target.kind not in ("country", "locative") or actor.roles or not actor.country or \
            actor.code != actor.country:
        return target  # not `an Israeli peace movement`
    return in_roles(target, ["GOV"])
