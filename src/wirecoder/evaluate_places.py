"""Score toponym finding and resolution against gold toponyms (LGL-style JSONL records)."""

from __future__ import annotations

import statistics
from collections.abc import Iterable

from wirecoder.attributes.places import Gazetteer, Toponym, find_toponyms, haversine_km

ACCURACY_KM = 161.0


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Whether two character spans share at least one character."""
    return a_start < b_end and b_start < a_end


def score_document(gold: list[dict], predicted: list[Toponym]) -> dict:
    """Counts for one document: gold found, predictions matched, and error distances (km)."""
    used: set[int] = set()
    errors: list[float] = []
    found = 0
    for g in gold:
        hit = next((i for i, t in enumerate(predicted) if i not in used
                    and _overlaps(t.start, t.end, g["start"], g["end"])), None)
        if hit is None:
            continue
        used.add(hit)
        found += 1
        place = predicted[hit].place
        if g.get("lat") is None or g.get("lon") is None:
            continue  # gold without a point: counts for recall only
        if place is None:
            errors.append(float("inf"))
        else:
            errors.append(haversine_km(place.lat, place.lon, float(g["lat"]), float(g["lon"])))
    matched_pred = sum(1 for i, t in enumerate(predicted)
                       if i in used or any(_overlaps(t.start, t.end, g["start"], g["end"])
                                           for g in gold))
    return {"gold": len(gold), "found": found, "predicted": len(predicted),
            "predicted_matched": matched_pred, "errors": errors}


def score_toponyms(records: Iterable[dict], nlp, gazetteer: Gazetteer | None = None) -> dict:
    """Recall, precision and distance accuracy of toponyms over gold records."""
    gaz = gazetteer or Gazetteer.load()
    totals = {"documents": 0, "gold": 0, "found": 0, "predicted": 0, "predicted_matched": 0}
    errors: list[float] = []
    for record in records:
        gold = record.get("toponyms") or []
        doc = nlp(record["text"])
        counts = score_document(gold, find_toponyms(doc, gaz))
        totals["documents"] += 1
        for key in ("gold", "found", "predicted", "predicted_matched"):
            totals[key] += counts[key]
        errors.extend(counts["errors"])
    finite = [e for e in errors if e != float("inf")]
    within = sum(1 for e in errors if e <= ACCURACY_KM)
    return {
        **totals,
        "recall": totals["found"] / totals["gold"] if totals["gold"] else 0.0,
        "precision": (totals["predicted_matched"] / totals["predicted"]
                      if totals["predicted"] else 0.0),
        "accuracy_161km": within / len(errors) if errors else 0.0,
        "unresolved": len(errors) - len(finite),
        "mean_error_km": statistics.fmean(finite) if finite else 0.0,
        "median_error_km": statistics.median(finite) if finite else 0.0,
    }


def format_geo_scores(scores: dict) -> str:
    """A small text table of toponym scores."""
    rows = [
        ("documents", f"{scores['documents']}"),
        ("gold toponyms", f"{scores['gold']}"),
        ("predicted toponyms", f"{scores['predicted']}"),
        ("recall (gold found)", f"{scores['recall']:.3f}  ({scores['found']}/{scores['gold']})"),
        ("precision", (f"{scores['precision']:.3f}  "
                      f"({scores['predicted_matched']}/{scores['predicted']})")),
        (f"found within {ACCURACY_KM:.0f} km", f"{scores['accuracy_161km']:.3f}"),
        ("found but unresolved", f"{scores['unresolved']}"),
        ("mean error km", f"{scores['mean_error_km']:.1f}"),
        ("median error km", f"{scores['median_error_km']:.1f}"),
    ]
    width = max(len(name) for name, _ in rows)
    return "\n".join(f"{name:<{width}}  {value}" for name, value in rows)
