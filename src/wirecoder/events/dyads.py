"""Dyads of an act with several sides: who acts towards whom when coordinated sides meet,
fight or sign (`X et Y se sont entretenus`, `the army and the rebels clashed`), and how CAMEO
tells a use of force apart by who uses it on whom."""

from __future__ import annotations

from dataclasses import replace

from wirecoder.actors.role_kinds import ARMED_ROLES, CHALLENGER_ROLES, CROWD_ROLES
from wirecoder.attributes.codebook import FORCE
from wirecoder.events.candidate import Candidate
from wirecoder.events.speech_acts import same_country
from wirecoder.model import Mention

# Force the verb does not tell apart (use force, fight, attack): who uses it on whom does.
UNSPECIFIED_FORCE = frozenset({"180", "190", "193"})
# Roots of acts that coordinated subjects of several countries do towards each other when
# the sentence names no other party: agree, consult, cooperate diplomatically or materially,
# declare a truce.
# Of diplomatic cooperation (05) only the joint acts, not praise or recognition, which sides
# named together each do towards what they name (`Egypt and Jordan praised the decision`).
TOGETHER = frozenset({"03", "04", "050", "057", "06", "0871"})


def by_actors(code: str, source: Mention, target: Mention | None) -> str:
    """CAMEO tells force apart by who uses it on whom: unions launching a strike stop work
    (143), as do doctors or students on strike; protesters storming parliament riot (145)
    rather than fight (19x, kept for armed groups); police firing on a crowd repress it
    (175); a government or an organisation that protests complains (114) or criticises (111)
    rather than demonstrates; legal action against another state named as a whole accuses it
    (112); suspending the media restricts political freedom (1721), not relations; an army
    that withdraws retreats (0874), and the withdrawal of another country's forces, ordered or
    carried out, demands theirs (1056)."""
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
    if code == "160" and "MED" in victims:
        return "1721"  # suspending broadcasters or newspapers restricts the press
    if code == "160" and "MIL" in roles:
        return "0874"  # an army that withdraws or pulls out retreats; it breaks no deal
    if code == "0874" and target is not None and target.kind != "country" and \
            target.rule not in ("attached", "possessive") and victims & ARMED_ROLES and \
            target.actor.country != source.actor.country:
        # a withdrawal of another country's forces named, ordered: a demand on them (not
        # forces known only by the place after them, whence they withdraw, `le retrait des
        # troupes de la région de Kharkiv`, nor by a possessive, `retirer ses troupes`)
        return "1056"
    return code


def one_camp(a: Mention, b: Mention) -> bool:
    """Two mentions of one country's same side: not its government and the rebels or the
    opposition that challenge it (`Colombia's government and ELN rebels held talks`)."""
    return same_country(a, b) and (bool(set(a.actor.roles) & CHALLENGER_ROLES) ==
                                    bool(set(b.actor.roles) & CHALLENGER_ROLES))


def reciprocals(mine: list[Candidate], sources: list[Mention], code: str,
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
        targeted += pairs(mine[0], sources, code, across_countries=code[:2] not in FORCE)
    multilateral = _multilateral(sources, code)
    mirrors = [replace(c, source=c.target, target=c.source,
                       code=by_actors(code, c.target, c.source))
               for c in targeted if c.target is not None and mirrored and not multilateral]
    return targeted + mirrors if targeted else mine


def _multilateral(sources: list[Mention], code: str) -> bool:
    """Whether three sides or more act together in an act other than force."""
    return len({m.actor.code for m in sources}) > 2 and code[:2] not in FORCE


def pairs(template: Candidate, sources: list[Mention], code: str,
          across_countries: bool = True) -> list[Candidate]:
    """Each of several sources towards each other: of other countries only (coordinated
    sides of one country are no dyad, but a government meets or signs with its rebels), or
    any other
    actor (`fighting between the army and the rebels`). Three sides or more that act
    together (`Kyrgyzstan, Tajikistan and Uzbekistan signed`) do one multilateral act, not
    a bilateral one per pair: each side towards the next one named, the last towards the
    first."""
    meeting = one_camp if code.startswith(tuple(TOGETHER)) else same_country
    apart = meeting if across_countries else lambda a, b: a.actor.code == b.actor.code
    if across_countries and _multilateral(sources, code):
        sides = sorted({m.actor.code: m for m in sources}.values(), key=lambda m: m.start)
        pairs = [(a, sides[(k + 1) % len(sides)]) for k, a in enumerate(sides)]
    else:
        pairs = [(a, b) for a in sources for b in sources if a is not b]
    return [replace(template, source=a, target=b, code=by_actors(code, a, b))
            for a, b in pairs if not apart(a, b)]
