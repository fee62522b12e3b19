"""Coding the events of a parsed document: triggers, arguments, modality, one event per dyad."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import partial

from spacy.tokens import Span, Token

from wirecoder.actors.anchor import ARMED_ROLES, CHALLENGER_ROLES, CROWD_ROLES, mention_head
from wirecoder.actors.resolve import PARTIES, main_parties, party_members
from wirecoder.attributes.codebook import FORCE, VIOLENCE, codebook, info, intent_code
from wirecoder.events.arguments import (
    BETWEEN,
    FIRST_PERSON,
    MANNER,
    PLURAL_PRONOUNS,
    SINGLE_OBJECT_PRONOUNS,
    Arguments,
    doer_tokens,
    find_arguments,
    pronoun_subject,
    subject_mentions,
    subject_tokens,
)
from wirecoder.events.domestic import (
    domestic_targets,
    of_domestic_source,
    of_policed_people,
    of_targeted_state,
)
from wirecoder.events.judgements import with_judgements
from wirecoder.events.mention_index import MentionIndex
from wirecoder.events.modality import (
    ModalityWords,
    Verdict,
    dated_before,
    governors,
    has_word,
    judge,
    modality_words,
    speech_governor,
    under_obligation,
)
from wirecoder.events.syntax import (
    ACTIVE_SUBJECTS,
    OBJECTS,
    OF,
    SUBJECTS,
    fronted_passive,
    marked_tokens,
    source_clause,
)
from wirecoder.events.triggers import Trigger, complements, find_triggers, trigger_index
from wirecoder.model import Actor, Event, Mention, country_actor, make_event_id
from wirecoder.nlp import (
    RELATIVE_CLAUSES,
    folded_lemmas,
    folded_tokens,
    morph_values,
    preposition,
)
from wirecoder.textnorm import fold

UNSPECIFIED_FORCE = frozenset({"180", "190", "193"})
# Harm to property an act of force may do (`strikes damaged the energy grid`): seizing or
# damaging, destroying.
DAMAGE = frozenset({"171", "1712"})
PROTEST = frozenset({"14"})  # a protest done by a market or a hazard is no one's
# Prepositions of the means by which force was used (`killed in a bombing`, `tués dans un
# attentat`, `wounded by a roadside bomb`).
MEANS = frozenset({"in", "by", "dans", "par", "lors"})
# Reactions (praise, criticism, rejection, protest) aim at whoever did the act they name.
REACTION_ROOTS = frozenset({"05", "11", "12", "14"})
# Visits made, hosted or intended: to a country's government.
VISITS = frozenset({"042", "043", "036"})
# English prepositions that introduce whom an appeal is made to (`called on X`, `appealed to X`;
# not `called on Monday for`).
APPEAL_PREPOSITIONS = frozenset({"on", "upon", "to"})
# Acts of a third party between others: `le Qatar et l'Égypte ont joué un rôle de médiation`
# pairs no mediator with the other.
THIRD_PARTY = frozenset({"045", "165"})
# Violence the text attributes to no one (`three civilians were killed in a bombing`) is
# still an event: its source is the unidentified armed forces (UAF) of where it happened;
# arrests by no one named (`700 people have been arrested`) are the police's (COP).
NOUN_CLAUSES = frozenset({"acl", "amod"}) | RELATIVE_CLAUSES  # their subject is the noun
UNNAMED_DOERS = {"173": "COP", "175": "COP", "18": "UAF", "19": "UAF", "20": "UAF"}
# Roots of acts that coordinated subjects of several countries do towards each other when
# the sentence names no other party: agree, consult, cooperate diplomatically or materially.
# Of diplomatic cooperation (05) only the joint acts, not praise or recognition, which sides
# named together each do towards what they name (`Egypt and Jordan praised the decision`).
TOGETHER = frozenset({"03", "04", "050", "057", "06"})
# Codes (by their first digits) of acts done towards another by nature: consultations (a
# council meeting alone consults no one) and the intent to meet; not statements, demands,
# shows of force, protests or force, whose target may be left unsaid.
TARGETED = ("04", "036")
# Modalities of an act announced for later.
PLANNED = frozenset({"future", "conditional", "intent"})
# Roots of what speakers say together (comment, appeal, demand, disapprove, reject, threaten):
# `the two leaders called for the entry of aid` is a joint call, not a call on each other.
SAID_TOGETHER = ("01", "02", "10", "11", "12", "13")
# Roots of reciprocal acts one side does alone: `X severed ties with Y` is X's act, not Y's
# (`X and Y severed ties` still codes each towards the other).
ONE_SIDED = frozenset({"16"})


def unnamed_doer(code: str) -> str | None:
    """The role of whoever used force of this code when the text names no one."""
    return UNNAMED_DOERS.get(code[:3]) or UNNAMED_DOERS.get(code[:2])


@dataclass
class Candidate:
    """An event before deduplication, with the syntax that produced it."""

    source: Mention
    target: Mention | None
    code: str
    trigger: Trigger
    token: Token
    sentence: Span
    sentence_index: int
    modality: str | None
    confidence: float
    act: Token | None = None  # the reported act its object names, when it has no target


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


def _expression_tokens(token: Token, trigger: Trigger) -> list[Token]:
    """The trigger and the words of its expression; for a talk, also its means (`spoke by
    telephone with X`, `held talks by video link with X`), on which the parser may hang the
    partner."""
    lemmas, forms = folded_lemmas(token.doc), folded_tokens(token.doc)
    heads = [token, *(c for c in complements(token)
                      if lemmas[c.i] in trigger.with_ or forms[c.i] in trigger.with_)]
    if trigger.code[:2] == "04":
        heads += [g for h in heads for c in h.children if c.dep_ == "prep" and
                  forms[c.i] in MANNER for g in c.children if g.dep_ == "pobj"]
    return heads


def _expand(mentions: list[Mention]) -> list[Mention]:
    """A mention of several actors (`les deux parties`) stands for each of them."""
    out: list[Mention] = []
    for m in mentions:
        out.extend([replace(m, actor=a, members=[]) for a in m.members] if m.members else [m])
    return out


def _governing_subject(token: Token, lookup: MentionIndex,
                       taken: set[str | None]) -> Mention | None:
    """The actor that is the subject of a verb governing the token (`Hungary said it will`,
    `Palestinian leaders said they would`)."""
    head = token
    for _ in range(4):
        if head.head.i == head.i:
            break
        head = head.head
        subjects = [c for c in head.children if c.dep_ in SUBJECTS]
        hits = [lookup.at(s) for s in subjects if lookup.at(s) and lookup.at(s).actor.code
                and lookup.at(s).actor.code not in taken]
        if hits:
            return hits[0]
    return None


def _quoted_speaker(token: Token, lookup: MentionIndex,
                    speech: frozenset[str]) -> Mention | None:
    """Who speaks the sentence's quote: the subject of its speech verb, also inverted after
    it (`« Nous… », a déclaré le ministre`, which the French parser may make an object)."""
    for verb in token.sent:
        if verb.pos_ != "VERB" or fold(verb.lemma_) not in speech:
            continue
        for child in verb.children:
            if child.dep_ in SUBJECTS or child.dep_ in OBJECTS and child.i > verb.i:
                mention = lookup.within(child)
                if mention is not None and mention.actor.code:
                    return mention
    return None


def _pronoun_antecedent(token: Token, lookup: MentionIndex, mentions: list[Mention],
                        sentence_index: int, taken: set[str | None]) -> Mention | None:
    """`Hungary said it will...`: the subject of a governing verb, else the last actor named
    before the pronoun in this sentence, else the main subject of the last sentence that
    named a person or government (`X met Y. He urged...`: X), else the last one named."""
    governing = _governing_subject(token, lookup, taken) or _last_actor_before(token, lookup,
                                                                               taken)
    if governing is not None:
        return governing
    before = [m for m in _named_before(mentions, sentence_index) if m.actor.code not in taken]
    if not before:
        return None
    last = before[-1].sentence_index
    doc = token.doc
    return next((m for m in before if m.sentence_index == last and _main_subject(
        doc[m.token_start:m.token_end].root)), before[-1])


def _object_antecedent(token: Token, trigger: Trigger, mentions: list[Mention],
                       sentence_index: int, sources: list[Mention]) -> Mention | None:
    """The person or government a singular object pronoun marked as a trigger's target
    stands for (`urged him`): the last one the sentences before named, other than the
    sources."""
    if not any(fold(t.text) in SINGLE_OBJECT_PRONOUNS
               for t in marked_tokens(token, trigger.target)):
        return None
    acting = {m.actor.code for m in sources} | {m.actor.country for m in sources}
    return next((m for m in reversed(_named_before(mentions, sentence_index))
                 if m.actor.code not in acting and m.actor.country not in acting), None)


def _named_before(mentions: list[Mention], sentence_index: int) -> list[Mention]:
    """The persons and governments coded in the sentences before this one, in order: what a
    pronoun may stand for."""
    return [m for m in mentions if m.sentence_index < sentence_index and m.actor.code
            and (m.actor.name or "GOV" in m.actor.roles)]


def _main_subject(token: Token) -> bool:
    """Whether a token heads the subject of its sentence's main verb."""
    return token.dep_ in SUBJECTS and token.head.dep_ == "ROOT"


def _last_actor_before(token: Token, lookup: MentionIndex,
                       taken: set[str | None]) -> Mention | None:
    """The last coded actor the sentence names before a token, other than those taken and
    those named in a relative clause the token is not in (`Orban, who met Putin, vetoed`)."""
    return next((m for m in reversed(lookup.mentions) if m.token_end <= token.i
                 and m.actor.code and m.actor.code not in taken and m.rule != "locative"
                 and not _in_other_relative(mention_head(token.doc, m), token)), None)


def _crowd_before(token: Token, trigger: Trigger, clause: Token | None, lookup: MentionIndex,
                  taken: set[str | None]) -> Mention | None:
    """`police fired tear gas at supporters as they tried to march on the capital`: the
    plural subject of a protest (14) in a subordinate clause is the crowd named last before
    it, not the main clause's subject (through the verbs it completes: `tried to march`)."""
    if trigger.code[:2] != "14" or clause is None:
        return None
    while clause.dep_ == "xcomp" and clause.head.i != clause.i:
        clause = clause.head
    return _last_actor_before(token, lookup, taken) if clause.dep_ == "advcl" else None


def _in_other_relative(word: Token, token: Token) -> bool:
    """Whether a word lies in a relative clause that does not hold the token."""
    return any(a.dep_ in RELATIVE_CLAUSES and token not in a.subtree for a in word.ancestors)


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
                        conventions: Conventions = Conventions()) -> list[Candidate]:
    """Every (source, target, code) a sentence asserts."""
    joint_acts = conventions.joint_acts
    modal = modality_words(lang)
    lookup = MentionIndex(mentions, modal.relational)
    out: list[Candidate] = []
    found = find_triggers(sent, trigger_index(lang), partial(_obligation_clause, lang=lang),
                          partial(_kind_below, mentions))
    # a word of an actor's name or title is no trigger: `Forces de soutien rapide`,
    # `Planning and Investment Minister`
    named = {i for m in mentions for i in range(m.token_start, m.token_end)}
    found = [(token, trigger) for token, trigger in found if token.i not in named]
    # `retaliated by expelling a diplomat`: a general act (a root's own code) done by way of
    # a more specific one is coded as that one
    done_by = {t.head.head.i for t, _ in found if t.dep_ == "pcomp" and fold(t.head.text) in
               MANNER and t.head.dep_ == "prep"}
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
            verdict = replace(verdict, code=_means_kind(token, kinds) or verdict.code)
        roots = {verdict.code[:2], trigger.code[:2]}
        if FORCE & roots and (_figurative(token, trigger, modal) or _outcome_of(
                token, figurative)) or (FORCE | PROTEST) & roots and _natural(
                token, trigger, modal):
            figurative.add(token.i)
            continue  # `attacked inflation`, `a déclaré la guerre à la fraude`, `vowed to
            # fight corruption` (a vow of force is coded as its threat), `a cyclone hit`,
            # `Iranian shares rallied`, `hit a mine, killing four`
        if not trigger.reciprocal and _mutual(token):
            trigger = replace(trigger, reciprocal=True)
        # a reaction to an act (`condemned the strikes`) is aimed at its doer, found later
        acts = trigger_index(lang) if trigger.code[:2] in REACTION_ROOTS else None
        args = find_arguments(token, trigger, lookup, _expression_tokens(token, trigger),
                              modal, acts)
        coming = source_clause(token, modal) if trigger.pos == "NOUN" and preposition(
            token) in modal.purpose else None
        if coming is not None:
            # `will travel to Brussels for talks`: the act is as planned as the coming (`is
            # due in Moscow for talks`: as the word that completes it)
            planned = judge(coming, verdict.code, "VERB", lang)
            if not planned.keep:
                continue
            if planned.modality in PLANNED or any(has_word(w, modal.intent) for w in (
                    coming, *(c for c in coming.children if c.dep_ == "acomp"))):
                verdict = replace(verdict, code=intent_code(verdict.code) or verdict.code,
                                  modality="intent")
        sources, pronoun = _sources(token, trigger, args, lookup, all_mentions, index,
                                    modal.speech)
        confidence = 0.6 if pronoun else 0.8
        # `les deux parties`, `they`, or two countries that agree, meet or cooperate
        joint = any(m.rule in PARTIES for m in sources) or pronoun in PLURAL_PRONOUNS or (
            verdict.code.startswith(tuple(TOGETHER))
            and len({m.actor.country for m in sources}) > 1)
        sources = _expand(sources)
        if trigger.shared and not (joint or len({m.actor.country for m in sources}) > 1 or (
                args.targets and not args.nearest)):
            continue  # `le ministre a évoqué la situation` is no talk: one side, no partner
        targets_found = _expand(args.targets)
        if (args.nearest or not targets_found) and sources:
            # `X met Y. He urged him to...`: the one of the last sentence not acting now
            other = _object_antecedent(token, trigger, all_mentions, index, sources)
            targets_found = [other] if other is not None else targets_found
        if trigger.target_kind:
            # `son retrait de la Cédéao`: only leaving an organisation is an act of this kind
            targets_found = [t for t in targets_found
                             if (t.actor.code or "").startswith(trigger.target_kind)]
            if not targets_found:
                continue
        if verdict.demander is not None:
            # `X said that Y must Z`: X demands Z of Y
            sources, targets_found = subject_mentions(verdict.demander, lookup), sources
            if _joint_call(sources, targets_found):
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
                if target is not None and _same_side(source, target):
                    target = None
                code = _by_actors(verdict.code, source, target)
                if target is not None and code in VISITS:
                    target = _host_government(target)
                    if _same_side(source, target):
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
    out = _doers_by_means(out)
    out = _outcomes_of_force(out, modal)
    out = _drop_aims(out, modal)
    _speech_demands(out, lookup, lang)
    out = _claimed_acts(out, lookup, modal.speech)
    if not conventions.statements:
        # a bare `X said` (010) is the frame of reported content, not an event of its own
        out = [c for c in out if not (c.trigger.weak and c.code == c.trigger.code)]
    out = _drop_requested(out, modal)
    out = _own_calls(out, lookup)
    # `pledged to fight corruption`: a pledge of no one's but a figurative fight is no event
    return [c for c in _drop_vows(out) if not (
        c.code == "030" and c.target is None
        and any(t.i in figurative for t in c.token.children if t.dep_ == "xcomp"))]


def _drop_aims(candidates: list[Candidate], words: ModalityWords) -> list[Candidate]:
    """`imposed sanctions on Russia, targeting 100 entities`, `des sanctions ciblant…`: a
    participle of aiming hung on another kind of act tells what that act aims at, no attack."""
    roots = {c.token.i: c.code[:2] for c in candidates}
    return [c for c in candidates if not (
        has_word(c.token, words.aiming) and c.token.dep_ in PARTICIPLE_CLAUSES
        and roots.get(c.token.head.i, c.code[:2]) != c.code[:2])]


def _figurative(token: Token, trigger: Trigger, words: ModalityWords) -> bool:
    """Whether force is used only on what is no one (modality `abstract`: `attacked
    inflation`, `war on corruption`, `seized two tonnes of cocaine`; modality `ordnance`: a
    vehicle that `hit a landmine` suffers the blast, no one attacks)."""
    words_of_act = _expression_tokens(token, trigger)  # `declared war on`: not `war`
    struck = [_measured(t) for head in words_of_act for t in marked_tokens(head, trigger.target)
              if t not in words_of_act]
    return bool(struck) and all(has_word(t, words.abstract | words.ordnance) for t in struck)


def _outcome_of(token: Token, figurative: set[int]) -> bool:
    """Whether a participle clause tells what a figurative act did (`their truck hit a mine,
    killing four soldiers`): no one's force either."""
    return token.dep_ in PARTICIPLE_CLAUSES and token.head.i in figurative


def _measured(noun: Token) -> Token:
    """What a numbered measure counts (`two tonnes of cocaine`: `cocaine`), else the noun."""
    if not any(c.dep_ == "nummod" for c in noun.children):
        return noun
    counted = [t for c in noun.children for t in (c, *c.children)
               if t.pos_ == "NOUN" and preposition(t) in OF]
    return counted[0] if counted else noun


def _natural(token: Token, trigger: Trigger, words: ModalityWords) -> bool:
    """Whether force or protest is done by a natural hazard, an accident or a market, no one
    (modality `hazards`: `a cyclone hit Mozambique`, `des inondations ont tué dix personnes`,
    `shares rallied`), also when a doerless act tells only the mishap it happened in
    (modality `occasion`: `were killed in a bus crash`, `ont été tués dans un accident`)."""
    if trigger.pos != "VERB":
        return False
    doers = doer_tokens(token) or marked_tokens(token, tuple(words.occasion))
    return any(has_word(t, words.hazards) for t in doers)


def _sources(token: Token, trigger: Trigger, args: Arguments, lookup: MentionIndex,
             all_mentions: list[Mention], index: int,
             speech: frozenset[str]) -> tuple[list[Mention], str | None]:
    """Who does what a trigger names, and the pronoun that stood for them if one did."""
    sources = args.sources
    pronoun = pronoun_subject(args.clause) if not sources and args.clause is not None else None
    # the antecedent is not the target, unless that is only a fallback (`deploy troops`:
    # its own troops)
    taken = set() if args.nearest else {t.actor.code for t in args.targets}
    if pronoun in FIRST_PERSON:
        # `« Nous condamnons… », a déclaré le ministre`: the speaker, or no one known
        speaker = _governing_subject(token, lookup, taken) or _quoted_speaker(token, lookup,
                                                                              speech)
        sources = [speaker] if speaker else []
    elif pronoun in PLURAL_PRONOUNS:
        # `the rebels said they would...`; else the document's two parties (`ils sont
        # convenus de...`)
        governing = _crowd_before(token, trigger, args.clause, lookup, taken) or \
            _governing_subject(token, lookup, taken)
        sources = [governing] if governing else main_parties(all_mentions, index)
    elif pronoun:
        antecedent = _pronoun_antecedent(token, lookup, all_mentions, index, taken)
        sources = [antecedent] if antecedent else []
    if not args.nearest and any(m.rule in PARTIES for m in sources) and args.targets:
        # `the two leaders thanked Trump`: the parties are others than the one thanked
        besides = frozenset(t.actor.country for t in args.targets if t.actor.country)
        sources = [replace(m, members=party_members(m, all_mentions, index, besides))
                   if m.rule in PARTIES else m for m in sources]
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
    before = _last_actor_before(token, lookup, {t.actor.code for t in targets})
    return [before] if before is not None else []


def _directed(mine: list[Candidate], sources: list[Mention], args: Arguments, verdict: Verdict,
              towards_each_other: bool, joint_acts: bool) -> list[Candidate]:
    """The candidates of one trigger, with the dyads its parties form among themselves (each
    coded for who acts on whom, from the verdict's code)."""
    code = verdict.code
    if args.rule == "between" and mine and not joint_acts:
        # `les combats entre X et Y`: each party towards the other, also inside a country
        return _pairs(mine[0], sources, code, across_countries=False)
    if mine and mine[0].trigger.reciprocal:
        # `X is ready for talks with Y`: the readiness is X's alone (`X will hold talks with
        # Y`, a meeting set, is both sides')
        return _reciprocals(mine, sources, code, joint_acts,
                            mirrored=verdict.modality != "intent" and code[:2] not in ONE_SIDED)
    if towards_each_other and len(sources) > 1 and not joint_acts and code not in THIRD_PARTY \
            and not code.startswith(SAID_TOGETHER):
        # `the two leaders agreed to...`: the parties act towards each other, unless the verb
        # names whom they act towards (`the two leaders thanked Trump`)
        return mine + _pairs(mine[0], sources, code)
    return mine


def _means(token: Token) -> list[Token]:
    """The nouns of what a verb of force was done with: its subject, or a phrase of means
    (MEANS: `wounded in a bomb attack`, `tués dans une frappe aérienne`)."""
    nouns: list[Token] = []
    for child in token.children:
        if child.dep_ in ("prep", "agent") and fold(child.text) in MEANS:
            nouns.extend(child.children)  # an English preposition heads its noun
        elif child.dep_ in ACTIVE_SUBJECTS or any(
                c.dep_ == "case" and fold(c.text) in MEANS for c in child.children):
            nouns.append(child)
    return nouns


def _means_kind(token: Token, kinds: dict[int, str]) -> str | None:
    """`A roadside bomb killed two soldiers`, `wounded in a bomb attack`: force of no named
    kind is of the kind of the attack its means names."""
    return next((kinds[noun.i] for noun in _means(token) if noun.i in kinds), None)


def _doers_by_means(candidates: list[Candidate]) -> list[Candidate]:
    """`killed in an attack by Boko Haram`, `tués dans une embuscade tendue par le JNIM`:
    force of no named doer is done by the named doer of the attack its means names."""
    doers = {c.token.i: c.source for c in candidates
             if c.code[:2] in VIOLENCE and c.source.actor.code}
    out = []
    for c in candidates:
        doer = next((doers[n.i] for n in _means(c.token) if n.i in doers), None) \
            if c.source.rule == "unattributed" and c.code[:2] in VIOLENCE else None
        if doer is not None:
            # (not at itself: `civilians killed in Israeli strikes` are not Israel)
            target = None if c.target is not None and _same_side(doer, c.target) else c.target
            c = replace(c, source=doer, target=target)
        out.append(c)
    return out


def _present_participle(token: Token) -> bool:
    return "Part" in morph_values(token, "VerbForm") and "Pres" in morph_values(token, "Tense")


def _act_over(token: Token, acts: dict[int, list[Candidate]], words: ModalityWords
              ) -> Token | None:
    """The act a verb of harm tells the outcome of: its subject (`clashes killed 20 people`),
    else, for a present participle that aims at nothing, the act it hangs under."""
    subject = next((c for c in token.children if c.dep_ in ACTIVE_SUBJECTS and c.i in acts),
                   None)
    if subject is not None or not _present_participle(token) or \
            fold(token.lemma_) in words.aiming:
        return subject
    return next((a for a in token.ancestors if a.i in acts), None)


def _outcomes_of_force(candidates: list[Candidate], words: ModalityWords) -> list[Candidate]:
    """`shelled Kharkiv, killing three civilians`, `ont attaqué un poste, tuant douze
    soldats`, `clashes between X and Y killed 20 people`, `strikes damaged the grid`: the harm
    (force, or DAMAGE to property) a present participle of an act of force tells, or that such
    an act is the subject of, is that act's outcome when done by one of its doers, not an act
    of its own; its victims are the act's target when it names none. Not what it aimed at
    (`launched strikes on Gaza, targeting Hamas commanders`)."""
    acts: dict[int, list[Candidate]] = {}
    for c in candidates:
        if c.code[:2] in FORCE:
            acts.setdefault(c.token.i, []).append(c)
    out = []
    for c in candidates:
        over = _act_over(c.token, acts, words) if c.code[:2] in VIOLENCE or \
            c.code in DAMAGE else None
        same = [a for a in acts[over.i] if a.source.actor.code == c.source.actor.code] \
            if over is not None else []
        if not same:
            out.append(c)
        for act in same:
            if act.target is None:
                act.target = c.target
    return out


def unattributed(token: Token, sentence_index: int, role: str) -> Mention:
    """The unnamed doer of an act of force; its country is the place's, set later."""
    return Mention(start=token.idx, end=token.idx, actor=Actor(text="", code=None,
                                                               roles=[role]),
                   rule="unattributed", kind="role", sentence_index=sentence_index,
                   token_start=token.i, token_end=token.i)


def _mirror_code(trigger: Trigger, code: str) -> str | None:
    """What the target does in return: the mirror act, or the same intent when the act is
    only announced; nothing when the act was refused or demanded."""
    if not trigger.mirror:
        return None
    if code == trigger.code:
        return trigger.mirror
    return code if code[:2] == "03" else None


def _by_actors(code: str, source: Mention, target: Mention | None) -> str:
    """CAMEO tells force apart by who uses it on whom: unions launching a strike stop work
    (143), as do doctors or students on strike; protesters storming parliament riot (145)
    rather than fight (19x, kept for armed groups); police firing on a crowd repress it
    (175); a government or an organisation that protests complains (114) or criticises (111)
    rather than demonstrates; legal action against another state named as a whole accuses it
    (112)."""
    roles = set(source.actor.roles)
    if code[:2] == "14" and "GOV" in roles or code == "141" and source.kind == "country" \
            and not roles:
        return "114"  # a government (or a country named) that protests complains officially
    if code[:2] == "14" and (source.actor.code or "")[:3] in ("IGO", "NGO"):
        return "111"  # an organisation that protests criticises
    if code[:2] == "19" and "LAB" in roles and not roles & ARMED_ROLES:
        return "143"
    if code == "195" and roles & CROWD_ROLES and not roles & ARMED_ROLES:
        return "143"  # doctors or students on `strike` use no aircraft: they stop work
    if code[:2] == "19" and roles & CROWD_ROLES and not roles & ARMED_ROLES:
        return "145"
    victims = set(target.actor.roles) if target is not None else set()
    if code == "173" and target is not None and target.kind == "country" and not victims and \
            target.actor.country != source.actor.country:
        return "112"  # no one arrests a state: `Egypt charged Israel with violating` accuses it
    if code in UNSPECIFIED_FORCE and "COP" in roles and victims & CROWD_ROLES:
        return "175"
    return code


def _host_government(target: Mention) -> Mention:
    """A visit to a country (`her state visit to Chile`, `se rendra au Japon`) is to its
    government: the host, as in the meeting the same sentence reports."""
    actor = target.actor
    if target.kind not in ("country", "locative") or actor.roles or not actor.country or \
            actor.code != actor.country:
        return target  # not `an Israeli peace movement`
    return replace(target, actor=country_actor(actor.text, actor.country, ["GOV"], actor.name))


def _same_side(source: Mention, target: Mention) -> bool:
    """A target that is the source itself, only its nationality (`a Turkish visit`), its own
    people (`Israel withdrew its troops`), or its own country named bare (`the Syrian
    president called for lifting the sanctions on Syria`)."""
    if target.actor.code == source.actor.code:
        return True
    owned = target.kind in ("demonym", "country") or target.rule == "possessive"
    return owned and target.actor.country == source.actor.country


def _obligation_clause(token: Token, lang: str) -> Token | None:
    """The clause under a verb that states an obligation (`said that Sudan must return`)."""
    return next((c for c in token.children
                 if c.dep_ in ("ccomp", "xcomp") and under_obligation(c, lang)), None)


def _same_country(a: Mention, b: Mention) -> bool:
    """Two mentions of one actor or of one country."""
    return a.actor.code == b.actor.code or bool(a.actor.country) and \
        a.actor.country == b.actor.country


def _one_camp(a: Mention, b: Mention) -> bool:
    """Two mentions of one country's same side: not its government and the rebels or the
    opposition that challenge it (`Colombia's government and ELN rebels held talks`)."""
    return _same_country(a, b) and (bool(set(a.actor.roles) & CHALLENGER_ROLES) ==
                                    bool(set(b.actor.roles) & CHALLENGER_ROLES))


def _joint_call(speakers: list[Mention], subjects: list[Mention]) -> bool:
    """`the minister said Chile and Peru should jointly...` from Chile: what a speaker says
    its own side should do with others is a call, no demand on them."""
    return any(t.actor.code in (s.actor.code, s.actor.country)
               for s in speakers for t in subjects)


def _speech_demands(candidates: list[Candidate], lookup: MentionIndex, lang: str) -> None:
    """`X declared that Y must drop barriers`: a statement whose content is an obligation of
    someone else is a demand on them (100), even when the demanded act has no trigger."""
    for c in candidates:
        if not c.trigger.weak or c.modality:
            continue
        clause = _obligation_clause(c.token, lang)
        if clause is None:
            continue
        # what the speaker says its own side must do is no demand on anyone
        subjects = [t for t in subject_mentions(clause, lookup) if t.actor.code]
        targets = [t for t in subjects if not _same_country(c.source, t)]
        if targets and not _joint_call([c.source], subjects):
            c.code, c.target, c.modality = "100", targets[0], "demanded"


# Acts a speaker says another committed -> the speaker's accusation: of war crimes (1124),
# of aggression (1123).
CLAIMED_ACTS = {"20": "1124", "196": "1123"}


def _claimed_acts(candidates: list[Candidate], lookup: MentionIndex,
                        speech: frozenset[str]) -> list[Candidate]:
    """`Amnesty said Israel was committing genocide`, `Russia said Ukraine had violated the
    ceasefire`: mass violence (20x) or a broken truce (196) that a speaker says another
    committed is the speaker's accusation (CLAIMED_ACTS), not a fact the text asserts."""
    out = []
    for c in candidates:
        accusation = next((a for act, a in CLAIMED_ACTS.items() if c.code.startswith(act)), None)
        frame = speech_governor(c.token, speech) if accusation else None
        speakers = [m for m in subject_mentions(frame, lookup) if m.actor.code] \
            if frame is not None else []
        if speakers and speakers[0].actor.code != c.source.actor.code:
            doer = c.source if c.source.rule != "unattributed" else None
            c = replace(c, source=speakers[0], target=doer, code=accusation)
        out.append(c)
    return out


# Participle clauses hung on a verb (`…, targeting 100 entities`; French `ciblant` as `acl`).
PARTICIPLE_CLAUSES = frozenset({"advcl", "acl"})
# Acts that do not assert what they govern: appeals, demands and threats.
UNASSERTING_ROOTS = frozenset({"02", "10", "13"})
# How the partner of a joint act is introduced (`la coopération avec le Kazakhstan`).
PARTNER_MARKERS = frozenset({"avec", "with"})


def _own_calls(candidates: list[Candidate], lookup: MentionIndex) -> list[Candidate]:
    """`X a appelé à renforcer la coopération avec Y`, `… entre X et Y`: a party that calls
    for its own cooperation or talks with another expresses its intent to cooperate or meet
    (03x, the appeal's sibling: 022 -> 032, 026 -> 036); an appeal is made to others. The
    call's copy aimed at its own side (no target left) goes."""
    intents = set()
    for c in candidates:
        if c.code[:2] != "02" or c.target is None:
            continue
        if addressed(c.token, c.trigger.target):
            continue  # `urged the parties to hold talks with the rebels`: made to others
        head = c.sentence.doc[c.target.token_start:c.target.token_end].root
        coordinated = sorted((head, *head.conjuncts), key=lambda t: t.i)
        marker = preposition(coordinated[0])  # `entre X et Y`: on the first of the list
        parties = [lookup.at(t) for t in coordinated]
        country = c.source.actor.country
        own = marker in PARTNER_MARKERS or marker in BETWEEN and country is not None and any(
            m is not None and m.actor.country == country for m in parties)
        if own:
            intent = "03" + c.code[2:]
            c.code = intent if intent in codebook() else "030"
            intents.add(c.token.i)
    return [c for c in candidates
            if not (c.code[:2] == "02" and c.target is None and c.token.i in intents)]


def addressed(verb: Token, markers: tuple[str, ...] = ()) -> bool:
    """Whether an appeal names whom it is made to by an object that is no act (`urged the
    parties`, `called on Muslim countries`; not `requested a meeting`), or by a preposition
    among its trigger's target `markers` (`pleaded with the junta`)."""
    acts = trigger_index(verb.doc.lang_)
    addressees = [c for c in verb.children if c.dep_ in OBJECTS] + [
        g for c in verb.children if c.dep_ == "prep" and (
            fold(c.text) in APPEAL_PREPOSITIONS or fold(c.text) in markers)
        for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")]
    return any(fold(c.lemma_) not in acts for c in addressees)


def _drop_vows(candidates: list[Candidate]) -> list[Candidate]:
    """A hostile act vowed is coded as its threat (see modality.judge); the vow is then no
    promise of its own (`a juré de riposter` is a 138, not also a 030)."""
    vows = {g.i for c in candidates if c.code[:2] == "13" and c.trigger.code[:2] != "13"
            for g in governors(c.token, 3)}
    return [c for c in candidates if not (c.code[:2] == "03" and c.token.i in vows)]


def _drop_requested(candidates: list[Candidate], words: ModalityWords) -> list[Candidate]:
    """An act someone appeals for or demands (`urged Y to withdraw`) has not happened: only
    the appeal or demand is an event. Nor has an act threatened (`threatened to launch an
    offensive`, `to cut off gas supplies`): a threat left unspecified (130) is then one of
    that act (138, 1312: modality threat_code)."""
    askers = {c.token.i for c in candidates if c.code[:2] in UNASSERTING_ROOTS}
    if not askers:
        return candidates
    threats: dict[int, str] = {}
    kept = []
    for c in candidates:
        # (`Reçu par le roi, X a appelé à…`: the participle opening the sentence happened)
        asker = None if c.code[:2] in UNASSERTING_ROOTS or fronted_passive(c.token) else next(
            (g.i for g in governors(c.token, 3) if g.i in askers), None)
        if asker is None:
            kept.append(c)
        elif threat := words.threat_of(c.code):
            threats.setdefault(asker, threat)
    return [replace(c, code=threats[c.token.i]) if c.code == "130" and c.token.i in threats
            else c for c in kept]


def _reciprocals(mine: list[Candidate], sources: list[Mention], code: str,
                 joint: bool, mirrored: bool = True) -> list[Candidate]:
    """`X et Y se sont entretenus`, `X met with Y`: each side acts towards the other. With
    `joint`, coordinated sides with no other party act together, with no target (PLOVER's
    convention) instead of towards each other (CAMEO's)."""
    targeted = [c for c in mine if c.target is not None]
    if joint and len(sources) > 1 and not targeted:
        return mine
    if joint and mirrored and code[:2] not in FORCE | {"03"}:
        # `X telephoned Y`, `X held talks with Y`: both sides act together, with no target
        return [replace(c, target=None) for c in targeted] + [
            replace(c, source=c.target, target=None) for c in targeted]
    if len(sources) > 1 and mine:
        # `l'armée et les rebelles se sont affrontés`: force is used across any two sides,
        # also inside a country
        targeted += _pairs(mine[0], sources, code, across_countries=code[:2] not in FORCE)
    multilateral = _multilateral(sources, code)
    mirrors = [replace(c, source=c.target, target=c.source,
                       code=_by_actors(code, c.target, c.source))
               for c in targeted if c.target is not None and mirrored and not multilateral]
    return targeted + mirrors if targeted else mine


def _multilateral(sources: list[Mention], code: str) -> bool:
    """Whether three sides or more act together in an act other than force."""
    return len({m.actor.code for m in sources}) > 2 and code[:2] not in FORCE


def _pairs(template: Candidate, sources: list[Mention], code: str,
           across_countries: bool = True) -> list[Candidate]:
    """Each of several sources towards each other: of other countries only (coordinated
    sides of one country are no dyad, but a government meets its rebels), or any other
    actor (`fighting between the army and the rebels`). Three sides or more that act
    together (`Kyrgyzstan, Tajikistan and Uzbekistan signed`) do one multilateral act, not
    a bilateral one per pair: each side towards the next one named, the last towards the
    first."""
    meeting = _one_camp if code[:2] == "04" else _same_country
    apart = meeting if across_countries else lambda a, b: a.actor.code == b.actor.code
    if across_countries and _multilateral(sources, code):
        sides = sorted({m.actor.code: m for m in sources}.values(), key=lambda m: m.start)
        pairs = [(a, sides[(k + 1) % len(sides)]) for k, a in enumerate(sides)]
    else:
        pairs = [(a, b) for a in sources for b in sources if a is not b]
    return [replace(template, source=a, target=b, code=_by_actors(code, a, b))
            for a, b in pairs if not apart(a, b)]


def _key(c: Candidate) -> tuple:
    return (c.sentence_index, c.source.actor.code, c.target.actor.code if c.target else None,
            c.code[:2])


def _rank(c: Candidate) -> tuple[int, bool, float]:
    """Finer codes first; a residual code (`030`, `190`) below its named siblings."""
    return len(c.code), not c.code.endswith("0"), c.confidence


def aimed(candidates: list[Candidate]) -> list[Candidate]:
    """Acts aimed at someone by nature (TARGETED) that found no one to aim at, even
    implicitly, are no events (`the Security Council met on Tuesday`, `le Conseil s'est
    réuni`); nor is an intent to cooperate, with no act more precise, that names no partner
    (`ready to work for peace`, `prêt à travailler pour la paix`), nor a promise or an
    acceptance made to no one (a `partnered` trigger: `a promis de lutter contre la
    corruption`). Under CAMEO's conventions only: PLOVER's joint acts have no target."""
    return [c for c in candidates if c.target is not None or not (
        c.code.startswith(TARGETED) or c.trigger.partnered or
        (c.code == "030" and c.modality == "intent"))]


def without_background(candidates: list[Candidate], lang: str) -> list[Candidate]:
    """A dispatch's lead is its news; an act told after it whose clause dates it to a past
    year (`Les deux pays ont signé en 2022 une feuille de route`, `The two sides
    clashed along the border in 2020`) is background."""
    lead = min((c.sentence_index for c in candidates), default=0)
    return [c for c in candidates if c.sentence_index == lead or c.modality is not None
            or not dated_before(c.token, lang)]


def deduplicate(candidates: list[Candidate]) -> list[Candidate]:
    """One event per (source, root, target) per sentence: the most specific code wins; and
    one meeting per dyad, however many sentences tell of its talks."""
    best: dict[tuple, Candidate] = {}
    for c in candidates:
        k = _key(c)
        if k not in best or _rank(c) > _rank(best[k]):
            best[k] = c
    kept = list(best.values())
    # an event without a target adds nothing when the same source has one with a target
    targeted = {(c.sentence_index, c.source.actor.code, c.code[:2]) for c in kept if c.target}
    kept = [c for c in kept if c.target or
            (c.sentence_index, c.source.actor.code, c.code[:2]) not in targeted]
    # `X s'est entretenu avec Y. Les présidents ont fait le point sur…`: what two sides went
    # over, told after the dyad's meeting, is that meeting, not another
    met: dict[tuple, int] = {}
    for c in kept:
        if c.code[:2] == "04" and c.target is not None and c.modality is None:
            dyad = (c.source.actor.code, c.target.actor.code)
            met[dyad] = min(met.get(dyad, c.sentence_index), c.sentence_index)
    return [c for c in kept if not (
        c.trigger.shared and c.target is not None and c.modality is None and
        met.get((c.source.actor.code, c.target.actor.code), c.sentence_index) < c.sentence_index)]


def _actor(mention: Mention | None) -> Actor | None:
    return mention.actor if mention else None


def to_event(c: Candidate, doc_id: str, doc_hash: str, lang: str, body: str,
             offset: int) -> Event:
    """The event record of a candidate, with the codebook's values; its evidence is the
    sentence as the body writes it (the parser read its apostrophes folded)."""
    meta = info(c.code)
    sent = c.sentence
    start = sent.start_char
    text = body[start:sent.end_char]
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    source, target = _actor(c.source), _actor(c.target)
    return Event(
        event_id=make_event_id(doc_hash, c.sentence_index, source.code if source else None,
                               c.code, target.code if target else None),
        doc_id=doc_id, lang=lang, sentence_index=c.sentence_index, evidence=text,
        evidence_start=offset + start + lead, evidence_end=offset + start + lead + len(text),
        source=source, target=target, code=c.code, code_name=meta.name, root=meta.root,
        quad_class=meta.quad_class, goldstein=meta.goldstein, plover=meta.plover,
        plover_mode=meta.plover_mode, confidence=round(max(0.05, min(c.confidence, 0.99)), 2),
        trigger=c.token.text, trigger_start=offset + c.token.idx,
        trigger_end=offset + c.token.idx + len(c.token.text), modality=c.modality)
