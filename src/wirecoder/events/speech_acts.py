"""Acts done by speaking: what `X said that Y must…` demands of Y, what a claim of an attack
claims, calls a speaker makes on its own side, vows and requests that are not acts yet, joint
calls that are not calls on each other."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from wirecoder.attributes.codebook import codebook
from wirecoder.events.candidate import Candidate
from wirecoder.events.domestic import state_left
from wirecoder.events.governors import governors
from wirecoder.events.mention_index import MentionIndex
from wirecoder.events.modality import speech_governor, trailing_participle, under_obligation
from wirecoder.events.modality_lexicon import ModalityWords
from wirecoder.events.sides import BETWEEN
from wirecoder.events.subjects import subject_mentions
from wirecoder.events.syntax import OBJECTS, fronted_passive
from wirecoder.events.triggers import trigger_index
from wirecoder.model import Mention
from wirecoder.nlp import preposition
from wirecoder.textnorm import fold

# Acts a speaker says another committed -> the speaker's accusation: of war crimes (1124),
# of aggression (1123).
CLAIMED_ACTS = {"20": "1124", "196": "1123"}
# Participle clauses hung on a verb (`…, targeting 100 entities`; French `ciblant` as `acl`).
PARTICIPLE_CLAUSES = frozenset({"advcl", "acl"})
# Acts that do not assert what they govern: appeals, demands and threats.
UNASSERTING_ROOTS = frozenset({"02", "10", "13"})
INVITATION = "036"  # an intent to meet: also the invitation to come (`invited X to visit`)
# How the partner of a joint act is introduced (`la coopération avec le Kazakhstan`).
PARTNER_MARKERS = frozenset({"avec", "with"})
# English prepositions that introduce whom an appeal is made to (`called on X`, `appealed to X`;
# not `called on Monday for`).
APPEAL_PREPOSITIONS = frozenset({"on", "upon", "to"})


def obligation_clause(token: Token, lang: str) -> Token | None:
    """The clause under a verb that states an obligation (`said that Sudan must return`)."""
    return next((c for c in token.children
                 if c.dep_ in ("ccomp", "xcomp") and under_obligation(c, lang)), None)


def joint_call(speakers: list[Mention], subjects: list[Mention]) -> bool:
    """`the minister said Chile and Peru should jointly...` from Chile: what a speaker says
    its own side should do with others is a call, no demand on them."""
    return any(t.actor.code in (s.actor.code, s.actor.country)
               for s in speakers for t in subjects)


def speech_demands(candidates: list[Candidate], lookup: MentionIndex, lang: str) -> None:
    """`X declared that Y must drop barriers`: a statement whose content is an obligation of
    someone else is a demand on them (100), even when the demanded act has no trigger."""
    for c in candidates:
        if not c.trigger.weak or c.modality:
            continue
        clause = obligation_clause(c.token, lang)
        if clause is None:
            continue
        # what the speaker says its own side must do is no demand on anyone
        subjects = [t for t in subject_mentions(clause, lookup) if t.actor.code]
        targets = [t for t in subjects if not same_country(c.source, t)]
        if targets and not joint_call([c.source], subjects):
            c.code, c.target, c.modality = "100", targets[0], "demanded"


def claimed_acts(candidates: list[Candidate], lookup: MentionIndex,
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


# Acts that do not assert what they govern: appeals, demands and threats.


# How the partner of a joint act is introduced (`la coopération avec le Kazakhstan`).


def own_calls(candidates: list[Candidate], lookup: MentionIndex) -> list[Candidate]:
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


def drop_vows(candidates: list[Candidate]) -> list[Candidate]:
    """A hostile act vowed is coded as its threat (see modality.judge); the vow is then no
    promise of its own (`a juré de riposter` is a 138, not also a 030)."""
    vows = {g.i for c in candidates if c.code[:2] == "13" and c.trigger.code[:2] != "13"
            for g in governors(c.token, 3)}
    return [c for c in candidates if not (c.code[:2] == "03" and c.token.i in vows)]


def drop_requested(candidates: list[Candidate], words: ModalityWords) -> list[Candidate]:
    """An act someone appeals for, demands or invites to (`urged Y to withdraw`, `invited Y
    to visit`) has not happened: only the appeal, demand or invitation is an event. Nor has
    an act threatened (`threatened to launch an offensive`, `to cut off gas supplies`): a
    threat left unspecified (130) is then one of that act (138, 1312: modality
    threat_code)."""
    askers = {c.token.i for c in candidates if c.code[:2] in UNASSERTING_ROOTS}
    # `invited Ishiba to visit Seoul`: the invitation (036) is the event, not the visit
    inviters = {c.token.i for c in candidates if c.code == INVITATION and c.trigger.pos == "VERB"}
    candidates = [c for c in candidates if not (
        c.code != INVITATION and c.token.dep_ == "xcomp" and c.token.head.i in inviters)]
    if not askers:
        return candidates
    threats: dict[int, str] = {}
    kept = []
    for c in candidates:
        # (`Reçu par le roi, X a appelé à…`: the participle opening the sentence happened;
        # so did one after it, set off by a comma: `a demandé une réunion, accusant X`)
        asker = None if c.code[:2] in UNASSERTING_ROOTS or fronted_passive(c.token) or \
            trailing_participle(c.token) else next(
            (g.i for g in governors(c.token, 3) if g.i in askers), None)
        if asker is None:
            kept.append(c)
        elif threat := words.threat_of(c.code):
            threats.setdefault(asker, threat)
    return [replace(c, code=threats[c.token.i]) if c.code == "130" and c.token.i in threats
            else c for c in kept]


def same_country(a: Mention, b: Mention) -> bool:
    """Two mentions of one actor or of one country."""
    return a.actor.code == b.actor.code or bool(a.actor.country) and \
        a.actor.country == b.actor.country


def same_side(source: Mention, target: Mention) -> bool:
    """A target that is the source itself, only its nationality (`a Turkish visit`), its own
    people (`Israel withdrew its troops`), its own country named bare (`the Syrian
    president called for lifting the sanctions on Syria`), or, for a country named bare, its
    own capital (`Serbia opposes EU mediation between Belgrade and Pristina`). Separatists'
    own country named bare is the state they seek to leave, no side of theirs
    (`separatists demanded independence from Spain`)."""
    if state_left(source, target) and target.actor.code != source.actor.code:
        return False
    if target.actor.code == source.actor.code:
        return True
    if source.actor.code == source.actor.country and target.kind == "capital" and \
            target.actor.country == source.actor.country:
        return True
    owned = target.kind in ("demonym", "country") or target.rule == "possessive"
    return owned and target.actor.country == source.actor.country
