"""Scoring coded events against gold JSONL files (format: shared eval/FORMAT.md)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from wirecoder import resources
from wirecoder.model import Document, Event
from wirecoder.textnorm import fold

LEVELS = ("root", "full", "attributes")


@cache
def _aliases() -> dict[str, str]:
    out = {}
    for row in resources.tsv("countries.tsv"):
        for alias in filter(None, row.get("aliases", "").split("|")):
            out[alias] = row["code"]
    return out


def canonical(code: str | None) -> str:
    """An actor code with legacy CAMEO country codes (JAP, ITL...) mapped to ISO ones."""
    code = (code or "").strip()
    head = _aliases().get(code[:3])
    return head + code[3:] if head else code


def _options(value: Any) -> list[str]:
    values = value if isinstance(value, list) else [value]
    return [canonical(v) for v in values]


@dataclass
class Counts:
    """True positives, false positives and false negatives of one level."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    required_found: int = 0
    required: int = 0

    def scores(self) -> dict[str, float | int]:
        """Precision, recall and F1 with the counts behind them."""
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
                "tp": self.tp, "fp": self.fp, "fn": self.fn,
                "required_found": self.required_found, "required": self.required}


def _actor_ok(pred: str, gold: list[str], level: str) -> bool:
    if level == "root":
        return any(pred[:3] == g[:3] for g in gold)
    return pred in gold


def matches(event: Event, gold: dict, level: str) -> bool:
    """Whether a predicted event matches a gold event at a scoring level."""
    codes = [str(c) for c in (gold.get("codes") or ([gold["code"]] if gold.get("code") else []))]
    if codes:
        ok = event.code[:2] in {c[:2] for c in codes} if level == "root" else event.code in codes
    else:
        ok = bool(gold.get("plover")) and (event.plover or "").upper() == gold["plover"].upper()
    if not ok:
        return False
    source = canonical(event.source.code if event.source else "")
    target = canonical(event.target.code if event.target else "")
    if not (_actor_ok(source, _options(gold.get("source", "")), level)
            and _actor_ok(target, _options(gold.get("target", "")), level)):
        return False
    if level == "attributes":
        if gold.get("date") and event.date != gold["date"]:
            return False
        if gold.get("location"):
            name = fold(event.place.name) if event.place else ""
            if name != fold(gold["location"]):
                return False
    return True


@dataclass
class DocResult:
    """The predictions for one gold document and how they matched."""

    doc_id: str
    lang: str
    events: list[Event]
    gold: list[dict]
    matched: dict[str, dict[int, int]] = field(default_factory=dict)  # level -> pred -> gold


def _same_sentence(event: Event, gold: dict) -> bool:
    """Whether the prediction stands on the gold's evidence (true when the gold names none)."""
    evidence = fold(gold.get("evidence") or "")
    return not evidence or fold(event.evidence) in evidence or evidence in fold(event.evidence)


def _pairing(events: list[Event], gold: list[dict], level: str) -> dict[int, int]:
    """A largest one-to-one matching of predictions to gold events (augmenting paths), so
    that no prediction takes a gold event another one needed. Predictions are placed by
    confidence and try first the gold events of their own sentence, then required ones."""
    options = {i: sorted((j for j, g in enumerate(gold) if matches(e, g, level)),
                         key=lambda j: (not _same_sentence(e, gold[j]),
                                        not gold[j].get("required", True), j))
               for i, e in enumerate(events)}
    holder: dict[int, int] = {}  # gold -> prediction

    def place(i: int, tried: set[int]) -> bool:
        for j in options[i]:
            if j not in tried:
                tried.add(j)
                if j not in holder or place(holder[j], tried):
                    holder[j] = i
                    return True
        return False

    for i in sorted(range(len(events)), key=lambda i: -events[i].confidence):
        place(i, set())
    return {i: j for j, i in holder.items()}


def score_document(doc_id: str, lang: str, events: list[Event], gold: list[dict]) -> DocResult:
    """Match predictions to gold events at every level, each gold event at most once."""
    result = DocResult(doc_id, lang, events, gold)
    for level in LEVELS:
        result.matched[level] = _pairing(events, gold, level)
    return result


def tally(results: Iterable[DocResult]) -> dict[str, dict[str, dict[str, float | int]]]:
    """Scores per level, overall and per language."""
    counts: dict[str, dict[str, Counts]] = defaultdict(lambda: {lv: Counts() for lv in LEVELS})
    for res in results:
        for key in ("all", res.lang):
            for level in LEVELS:
                c = counts[key][level]
                taken = res.matched[level]
                c.tp += len(taken)
                c.fp += len(res.events) - len(taken)
                found = set(taken.values())
                for j, g in enumerate(res.gold):
                    if g.get("required", True):
                        c.required += 1
                        if j in found:
                            c.required_found += 1
                        else:
                            c.fn += 1
    return {key: {lv: c.scores() for lv, c in levels.items()} for key, levels in counts.items()}


def _gold_class(gold: dict, kind: str) -> str:
    codes = [str(c) for c in (gold.get("codes") or ([gold["code"]] if gold.get("code") else []))]
    if kind == "plover":
        return str(gold.get("plover") or "").upper() or "?"
    return codes[0][:2] if codes else "?"


def by_class(results: Iterable[DocResult], kind: str = "root") -> dict[str, dict[str, float | int]]:
    """Root-level scores per CAMEO root (`kind` root) or per PLOVER category (`plover`): a
    match and a miss count under the gold event's class, a false positive under its own."""
    counts: dict[str, Counts] = defaultdict(Counts)
    for res in results:
        taken = res.matched["root"]
        for i, e in enumerate(res.events):
            if i in taken:
                counts[_gold_class(res.gold[taken[i]], kind)].tp += 1
            else:
                counts[(e.plover or "?").upper() if kind == "plover" else e.code[:2]].fp += 1
        found = set(taken.values())
        for j, g in enumerate(res.gold):
            if g.get("required", True) and j not in found:
                counts[_gold_class(g, kind)].fn += 1
    return {cls: counts[cls].scores() for cls in sorted(counts)}


def format_by_class(table: dict[str, dict[str, float | int]], kind: str) -> str:
    """A readable table of the per-class scores."""
    lines = [f"{kind:<10} {'P':>6} {'R':>6} {'F1':>6} {'TP':>5} {'FP':>5} {'FN':>5}"]
    for cls, s in table.items():
        lines.append(f"{cls:<10} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f} "
                     f"{s['tp']:>5} {s['fp']:>5} {s['fn']:>5}")
    return "\n".join(lines)


def _same_act(event: Event, gold: dict) -> bool:
    """A prediction about the same act as a gold event: same sentence (when the gold names
    it) and same CAMEO root or PLOVER category."""
    if not _same_sentence(event, gold):
        return False
    codes = [str(c) for c in (gold.get("codes") or ([gold["code"]] if gold.get("code") else []))]
    if codes:
        return event.code[:2] in {c[:2] for c in codes}
    return (event.plover or "").upper() == str(gold.get("plover", "")).upper()


def actor_accuracy(results: Iterable[DocResult]) -> dict[str, dict[str, int | float]]:
    """For gold events the coder found an event of (same act, same sentence): how often the
    source's and the target's country are right."""
    tally_: dict[str, list[int]] = {"source": [0, 0], "target": [0, 0]}
    for res in results:
        for g in res.gold:
            same = [e for e in res.events if _same_act(e, g)]
            if not same:
                continue
            for role in ("source", "target"):
                gold_codes = _options(g.get(role, ""))
                right = any(_actor_ok(canonical(getattr(e, role).code if getattr(e, role)
                                                else ""), gold_codes, "root") for e in same)
                tally_[role][0] += int(right)
                tally_[role][1] += 1
    return {role: {"right": r, "of": n, "share": round(r / n, 3) if n else 0.0}
            for role, (r, n) in tally_.items()}


def read_gold(path: str | Path) -> list[dict]:
    """The records of a gold JSONL file; a broken line is an error naming file and line."""
    records = []
    with open(path, encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{lineno}: not valid JSON ({exc.msg})") from None
    return records


def gold_conventions(records: list[dict]) -> tuple[str, str]:
    """The coding conventions a gold set was coded under, and why: PLOVER's when its events
    give PLOVER categories and no CAMEO code (PLOVER codes joint acts, visits and a few
    kinds of act its own way), else CAMEO's."""
    events = [g for rec in records for g in rec.get("gold", [])]
    if events and all(g.get("plover") and not (g.get("code") or g.get("codes"))
                      for g in events):
        return "plover", "the gold gives PLOVER categories only; --conventions cameo for CAMEO's"
    return "cameo", "the gold gives CAMEO codes"


def evaluate(records: list[dict], code: Callable[[Document], list[Event]]) -> tuple[
        dict[str, dict[str, dict[str, float | int]]], list[DocResult]]:
    """Code each gold document with `code` and score the predictions."""
    results = []
    for rec in records:
        doc = Document(id=str(rec.get("id", "")), text=rec["text"], lang=rec.get("lang"),
                       published=rec.get("published") or None)
        results.append(score_document(doc.id, rec.get("lang") or "?", code(doc),
                                      rec.get("gold", [])))
    scores = tally(results)
    scores["actors"] = actor_accuracy(results)  # type: ignore[assignment]
    return scores, results


def format_scores(scores: dict[str, dict[str, dict[str, float | int]]]) -> str:
    """A readable table of the scores."""
    lines = [(f"{'subset':<8} {'level':<11} {'P':>6} {'R':>6} {'F1':>6} {'TP':>5} {'FP':>5} "
             f"{'FN':>5}  required found")]
    for key in sorted((k for k in scores if k != "actors"), key=lambda k: (k != "all", k)):
        for level in LEVELS:
            s = scores[key][level]
            lines.append(f"{key:<8} {level:<11} {s['precision']:>6.3f} {s['recall']:>6.3f} "
                         f"{s['f1']:>6.3f} {s['tp']:>5} {s['fp']:>5} {s['fn']:>5}  "
                         f"{s['required_found']}/{s['required']}")
    actors = scores.get("actors")
    if actors:
        lines.append("actor country right, where an event of the same act was coded: " + ", ".join(
            f"{role} {a['right']}/{a['of']} ({a['share']:.3f})" for role, a in actors.items()))
    return "\n".join(lines)


def format_errors(results: list[DocResult], level: str = "root") -> str:
    """Missed gold events and unmatched predictions, for error analysis."""
    out = []
    for res in results:
        taken = res.matched[level]
        for j, g in enumerate(res.gold):
            if j not in taken.values() and g.get("required", True):
                out.append(f"MISS {res.doc_id} {g.get('source')}->{g.get('target')} "
                           f"{g.get('codes') or g.get('code') or g.get('plover')}: "
                           f"{(g.get('evidence') or '')[:90]}")
        for i, e in enumerate(res.events):
            if i not in taken:
                out.append(f"FP   {res.doc_id} {e.source.code if e.source else None}->"
                           f"{e.target.code if e.target else None} {e.code} {e.plover} "
                           f"[{e.trigger}]: {e.evidence[:90]}")
    return "\n".join(out)
