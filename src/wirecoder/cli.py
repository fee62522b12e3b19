"""The command line: thin wrappers that parse arguments, call the API and print."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from contextlib import nullcontext
from typing import IO, Any

from wirecoder import api, cli_store
from wirecoder.model import Event, Rejection
from wirecoder.pipeline import CONVENTIONS, Pipeline, PipelineConfig


def _pipeline(args: argparse.Namespace, conventions: str | None = None) -> Pipeline:
    base = PipelineConfig.for_conventions(conventions or args.conventions or "cameo")
    return Pipeline(PipelineConfig.from_file(args.config, base) if args.config else base)


def _warn(rejection: Rejection) -> None:
    print(f"wirecoder: rejected {rejection}", file=sys.stderr)


def _output(path: str | None) -> Any:
    """The file to write to; standard output without one or for `-`."""
    return open(path, "w", encoding="utf-8") if path and path != "-" else nullcontext(sys.stdout)


def _actor_text(actor: dict | None) -> str:
    return (actor.get("code") or f"?({actor.get('text')})") if actor else "-"


def event_table(records: Iterable[dict]) -> str:
    """Event records as an aligned, readable table."""
    rows = [("doc", "sent", "source", "code", "target", "name", "date", "place", "gs", "tone")]
    for d in records:
        place, tone = d.get("place"), d.get("tone")
        rows.append((d["doc_id"][:28], str(d["sentence_index"]), _actor_text(d["source"]),
                     d["code"], _actor_text(d["target"]), d["code_name"][:34], d["date"] or "-",
                     place["name"] if place else "-", f"{d['goldstein']:+.1f}",
                     f"{tone:+.1f}" if tone is not None else "-"))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows)


def _progress() -> Any:
    """A progress line on stderr every 100 documents (when stderr is a terminal)."""
    if not sys.stderr.isatty():
        return None
    seen = {"n": 0}

    def tick(_state: object) -> None:
        seen["n"] += 1
        if seen["n"] % 100 == 0:
            print(f"\rwirecoder: {seen['n']} documents coded", end="", file=sys.stderr)

    return tick


def cmd_code(args: argparse.Namespace) -> int:
    """Code a corpus: print events, and store them when --db is given."""
    from wirecoder.store.duckdb_store import Store

    store = Store(args.db) if args.db else None
    try:
        result = api.code_corpus(args.paths, store=store, pipeline=_pipeline(args),
                                 on_rejection=_warn, workers=args.workers,
                                 on_document=None if args.quiet else _progress())
        if store is not None and result.documents:
            store.merge()  # reports of one real event become one cluster
    finally:
        if store is not None:
            store.close()
    with _output(args.out) as out:
        write_events(result.events, args.format, out)
    if not args.quiet:
        print(f"wirecoder: {result.documents} documents coded, {len(result.events)} events, "
              f"{result.skipped} already stored, {len(result.rejections)} rejected",
              file=sys.stderr)
    return 0 if result.documents or result.skipped else 1


def write_events(events: list[Event], fmt: str, out: IO[str]) -> None:
    """Events in the chosen format."""
    if fmt == "jsonl":
        for e in events:
            out.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
    elif fmt == "table":
        out.write(event_table(e.to_dict() for e in events) + "\n")
    else:
        raise ValueError(f"unknown format {fmt!r}")


def cmd_summary(args: argparse.Namespace) -> int:
    """Print what a store holds: counts, rejections and the events."""
    with api.open_store(args.db) as store:
        counts = {t: store.count(t) for t in ("documents", "mentions", "events", "clusters",
                                               "rejections")}
        records = store.event_records()
        rejections = store.rejections()
        unmerged = store.unmerged()
        clusters = store.clusters() if store.version >= 2 else None
    print(", ".join(f"{n} {t}" for t, n in counts.items()) + f" in {args.db}")
    for path, line, reason in rejections:
        print(f"rejected: {path}{':' + str(line) if line else ''}: {reason}")
    if records:
        print(event_table(records))
    if unmerged:
        print(f"{unmerged} events not merged yet: run `wirecoder merge {args.db}`")
    if clusters is not None and not clusters.empty:
        print("clusters (one per real-world event):")
        print(clusters[list(cli_store.CLUSTER_VIEW)].to_string(index=False, na_rep="-",
                                                               max_colwidth=34))
    return 0


def cmd_actors(args: argparse.Namespace) -> int:
    """Print every actor mention with offsets, resolved code and the rule used."""
    read = 0
    with _output(args.out) as out:
        for item in api.code_documents(api.read_corpus(args.paths), _pipeline(args)):
            if isinstance(item, Rejection):
                _warn(item)
                continue
            read += 1
            for m in item.mentions:
                row = {"doc_id": item.document.id, **m.to_dict()}
                if args.format == "jsonl":
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
                else:
                    out.write(f"{item.document.id}\t{m.start}-{m.end}\t{m.actor.code or '?'}\t"
                              f"{m.rule}\t{m.actor.text}\n")
    return 0 if read else 1


def cmd_places(args: argparse.Namespace) -> int:
    """Print every toponym with offsets and coordinates."""
    read = 0
    with _output(args.out) as out:
        for item in api.code_documents(api.read_corpus(args.paths), _pipeline(args)):
            if isinstance(item, Rejection):
                _warn(item)
                continue
            read += 1
            for t in item.notes.get("toponyms", []):
                p = t.place
                row = {"doc_id": item.document.id, "start": t.start, "end": t.end,
                       "name": t.text, "country": p.country if p else None,
                       "lat": p.lat if p else None, "lon": p.lon if p else None,
                       "geonameid": p.geonameid if p else None}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0 if read else 1


def cmd_eval(args: argparse.Namespace) -> int:
    """Score the coder against a gold JSONL file."""
    from wirecoder import evaluate

    records = evaluate.read_gold(args.gold)
    if records and "toponyms" in records[0]:
        from wirecoder.evaluate_places import format_geo_scores, score_toponyms
        from wirecoder.nlp import pipeline

        scores = score_toponyms(records[: args.limit or None], pipeline("en"))
        print(json.dumps(scores, indent=2) if args.json else format_geo_scores(scores))
        return 0
    conventions, why = ((args.conventions, "as asked") if args.conventions
                        else evaluate.gold_conventions(records))
    if not args.json:
        print(f"conventions: {conventions} ({why})")
    pipe = _pipeline(args, conventions)
    scores, results = evaluate.evaluate(records[: args.limit or None],
                                        lambda doc: pipe.code(doc).events)
    if args.json:
        print(json.dumps({"conventions": conventions, **scores}, indent=2))
    else:
        print(evaluate.format_scores(scores))
    if args.by:
        table = evaluate.by_class(results, args.by)
        print(json.dumps({"by_" + args.by: table}, indent=2) if args.json
              else "\n" + evaluate.format_by_class(table, args.by))
    if args.errors:
        print(evaluate.format_errors(results, args.errors), file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    parser = argparse.ArgumentParser(
        prog="wirecoder", description="Political event data (CAMEO, PLOVER) from news dispatches.")
    sub = parser.add_subparsers(dest="command", required=True)

    def corpus_command(name: str, help_: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_)
        p.add_argument("paths", nargs="+", help="text or JSONL files, or directories")
        p.add_argument("--out", help="write to this file instead of standard output (`-`)")
        add_configuration(p)
        return p

    def add_configuration(p: argparse.ArgumentParser) -> None:
        p.add_argument("--config", help="YAML pipeline configuration (added to the conventions')")
        p.add_argument("--conventions", choices=CONVENTIONS,
                       help="coding conventions: cameo (the default) or plover (joint acts "
                            "without target, visits without hostings, PLOVER's categories)")

    p = corpus_command("code", "code a corpus into events")
    p.add_argument("--format", choices=("jsonl", "table"), default="jsonl")
    p.add_argument("--db", help="DuckDB file to store documents and events in")
    p.add_argument("--quiet", action="store_true", help="no progress or summary on stderr")
    p.add_argument("--workers", type=int, default=1, help="code in N processes (default 1)")
    p.set_defaults(func=cmd_code)

    p = sub.add_parser("summary", help="show what a store holds")
    p.add_argument("db", help="DuckDB store written by `wirecoder code --db`")
    p.set_defaults(func=cmd_summary)

    p = corpus_command("actors", "print actor mentions and how they were resolved")
    p.add_argument("--format", choices=("jsonl", "table"), default="table")
    p.set_defaults(func=cmd_actors)

    p = corpus_command("places", "print toponyms with coordinates")
    p.add_argument("--format", choices=("jsonl",), default="jsonl")
    p.set_defaults(func=cmd_places)

    p = sub.add_parser("eval", help="score against a gold JSONL file")
    p.add_argument("gold")
    p.add_argument("--json", action="store_true", help="print scores as JSON")
    p.add_argument("--limit", type=int, default=0, help="only the first N documents")
    p.add_argument("--errors", choices=("root", "full", "attributes"),
                   help="also list misses and false positives at this level on stderr")
    p.add_argument("--by", choices=("root", "plover"),
                   help="also score each CAMEO root or PLOVER category (root level)")
    add_configuration(p)
    p.set_defaults(func=cmd_eval)
    cli_store.add_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `wirecoder` command."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except (OSError, ValueError, RuntimeError) as exc:
        print(f"wirecoder: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
