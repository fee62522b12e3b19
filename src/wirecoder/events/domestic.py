"""Giving a country to people in a domestic role whom nothing else places: crowds, armed
groups, lawmakers or journalists acting on one state's government or forces, or acted on by
them, are of that state; a government or police acting on them, of theirs."""

from __future__ import annotations

from wirecoder.actors.lexicon import actor_lexicon, posted_abroad
from wirecoder.actors.role_kinds import ARMED_ROLES, CROWD_ROLES, LOCAL_FORCES, SEPARATISTS
from wirecoder.attributes.codebook import FORCE
from wirecoder.model import FOREIGN, Mention, in_roles

STATE_FORCES = frozenset({"GOV", "MIL", "COP", "JUD", "SPY"})
COERCION = "17"  # the CAMEO root of coercion: arrests, bans, expulsions
INVESTIGATION = "09"  # the CAMEO root of investigations
RELEASE = "084"  # returning or releasing people or property: the state held them
# A state's judgment and execution of people: a sentence (`found guilty`), an execution coded
# as a killing (`Iran executed two men`).
PUNISHMENT = ("116", "186")
# Rules that give people the country of where they are, not of their nationality.
PLACED = frozenset({"gathered", "acted-upon", "attached"})
# Roles of people whose country, when nothing else says it, is the state acting on them or
# acted on by them: crowds, armed groups, parties, lawmakers, journalists.
DOMESTIC_ROLES = (CROWD_ROLES | LOCAL_FORCES | {"PTY", "LEG", "MED"}) - STATE_FORCES


def of_targeted_state(source: Mention, targets: list[Mention], lang: str) -> Mention:
    """`Opposition lawmakers accused the Kenyan government`, `des rebelles ont attaqué une
    base de l'armée malienne`: people in a domestic role whose country nothing else says,
    acting on one state's government or forces, are of that state; not of the state whose
    embassy or envoy abroad they act on (`protesters stormed the Swedish embassy`).
    Separatists are of the state they act on named bare too (`des séparatistes réclament
    l'indépendance vis-à-vis de l'Espagne`)."""
    if source.actor.code or source.rule == FOREIGN or not set(source.actor.roles) & DOMESTIC_ROLES:
        return source
    posted = actor_lexicon(lang).posted
    states = {t.actor.country for t in targets
              if t.actor.country and (set(t.actor.roles) & STATE_FORCES or state_left(source, t))
              and not posted_abroad(t.actor.text, posted)}
    return in_roles(source, source.actor.roles, states.pop()) if len(states) == 1 else source


def of_policed_people(source: Mention, targets: list[Mention], code: str) -> Mention:
    """`Police arrested protesters who had gathered in Nairobi`: police whose country nothing
    else says, using force on people placed in one country, are that country's; not on people
    of a nationality (`police detained two French reporters`)."""
    if source.actor.code or "COP" not in source.actor.roles or code[:2] not in FORCE:
        return source
    countries = {t.actor.country for t in targets if t.actor.country and t.rule in PLACED
                 and set(t.actor.roles) & DOMESTIC_ROLES}
    return in_roles(source, source.actor.roles, countries.pop()) if len(countries) == 1 else source


def of_domestic_source(target: Mention, sources: list[Mention]) -> Mention:
    """`Kenya's opposition accused the government`: a state's government or forces whose
    country nothing else says, acted on by people in a domestic role of one country, are
    that country's."""
    if target.actor.code or not set(target.actor.roles) & STATE_FORCES:
        return target
    states = {s.actor.country for s in sources
              if s.actor.country and set(s.actor.roles) & DOMESTIC_ROLES}
    return in_roles(target, target.actor.roles, states.pop()) if len(states) == 1 else target


def domestic_targets(source: Mention, found: list[Mention], code: str
                      ) -> list[Mention | None]:
    """`Pakistan's army killed 12 militants`, `la police a arrêté des manifestants`, `the
    ministry urged residents to stay indoors`: people in a domestic role whom a state's
    government or forces act on, and whose country nothing else says, are of that state."""
    country, roles = source.actor.country, set(source.actor.roles)
    coerced = code[:2] == COERCION
    judged = coerced or code[:2] == INVESTIGATION or code.startswith(PUNISHMENT)
    if not country or not (roles & STATE_FORCES or judged and source.actor.code == country):
        return [None]
    # refugees or reporters a state receives are not its own, unless it uses force on them
    # or frees them (`Burkina Faso's junta freed three detained journalists`); nor are gunmen
    # it condemns (`Algeria condemned an attack by gunmen in Niger`): they are of where they
    # struck, which a state's words do not say
    held = code[:2] in FORCE or code.startswith(RELEASE)
    domestic = DOMESTIC_ROLES if held else DOMESTIC_ROLES - {"REF", "MED", "UAF"}
    if judged:
        # `Kenya opened an inquiry into abuses by police officers`, `charged soldiers with
        # killing civilians`: the forces a state investigates or charges are its own
        domestic = domestic | (ARMED_ROLES & STATE_FORCES)
    # `Belarus jailed Ales Bialiatski`: a person of no known nationality a state arrests,
    # tries or bans is one of its own people
    people = [in_roles(m, ["CVL"], country)
              for m in found if coerced and m.kind == "person" and not m.actor.code
              and not m.actor.roles]
    # (`ordered foreign troops to leave`: not its own)
    return [in_roles(m, m.actor.roles, country) for m in found
            if not m.actor.code and m.rule != FOREIGN and set(m.actor.roles) & domestic
            ] + people or [None]


def state_left(source: Mention, target: Mention) -> bool:
    """Whether separatists act on a state named bare, by name or capital: the one they seek
    to leave (`separatists demanded independence from Spain`)."""
    return SEPARATISTS in source.actor.roles and target.kind in ("country", "capital") and \
        not target.actor.roles
