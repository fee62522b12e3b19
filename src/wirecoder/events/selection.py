"""Which candidates become events, and their records: acts aimed at no one that need a target
are dropped, background acts flagged, one event kept per (sentence, source, root, target)."""

from __future__ import annotations

from wirecoder.attributes.codebook import VIOLENCE, info
from wirecoder.events.candidate import Candidate
from wirecoder.events.dated import dated_before, dated_other_month
from wirecoder.model import Actor, Event, Mention, make_event_id

# Codes (by their first digits) of acts done towards another by nature: consultations (a
# council meeting alone consults no one) and the intent to meet; not statements, demands,
# shows of force, protests or force, whose target may be left unsaid.
TARGETED = ("04", "036")


def _key(c: Candidate) -> tuple:
    return (c.sentence_index, c.source.actor.code, c.target.actor.code if c.target else None,
            c.code[:2])


def _same_actor(code: str | None, other: str | None) -> bool:
    """Whether two codes may name one actor, one more precisely (`DZA`, `DZAGOV`)."""
    return code == other or bool(code and other) and (
        code.startswith(other) or other.startswith(code))  # type: ignore[union-attr]


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


def without_background(candidates: list[Candidate], lang: str,
                       month: int | None = None) -> list[Candidate]:
    """A dispatch's lead is its news; an act told after it whose clause dates it to a past
    year (`Les deux pays ont signé en 2022 une feuille de route`, `The two sides
    clashed along the border in 2020`) is background; so is, anywhere, violence told in the
    past and dated to a month other than the dispatch's `month` (`fought a war in June`)."""
    lead = min((c.sentence_index for c in candidates), default=0)
    return [c for c in candidates if c.modality is not None or not (
        c.sentence_index != lead and dated_before(c.token, lang) or
        month is not None and c.code[:2] in VIOLENCE and
        dated_other_month(c.token, lang, month))]


def deduplicate(candidates: list[Candidate]) -> list[Candidate]:
    """One event per (source, root, target) per sentence: the most specific code wins; and
    one meeting per dyad, however many sentences tell of its talks."""
    best: dict[tuple, Candidate] = {}
    for c in candidates:
        k = _key(c)
        if k not in best or _rank(c) > _rank(best[k]):
            best[k] = c
    kept = list(best.values())
    # an event without a target adds nothing when the same source has one with a target,
    # named less or more precisely (`the minister summoned the ambassador to convey
    # Algeria's protest`: DZA's protest is DZAGOV's summons)
    targeted: dict[tuple, set[str | None]] = {}
    for c in kept:
        if c.target:
            targeted.setdefault((c.sentence_index, c.code[:2]), set()).add(c.source.actor.code)
    kept = [c for c in kept if c.target or not any(
        _same_actor(c.source.actor.code, other)
        for other in targeted.get((c.sentence_index, c.code[:2]), ()))]
    # `pledged to send police officers to Haiti`: a bare pledge (`030`) whose complement is a
    # finer act of its root (`033`, aid to Haiti) is that act; its own target, taken from
    # the complement's words, is none
    kept = [c for c in kept if not (c.code == c.code[:2] + "0" and any(
        d.token.head.i == c.token.i and d.code[:2] == c.code[:2] and d.code != c.code and
        d.source.actor.code == c.source.actor.code for d in kept))]
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
