"""The store's subcommands: merge, export and query (thin wrappers over wirecoder.store)."""

from __future__ import annotations

import argparse
import sys
from typing import IO, Any

from wirecoder.store import export
from wirecoder.store.duckdb_store import Store
from wirecoder.store.merge import DEFAULT_MAX_KM, DEFAULT_WINDOW_DAYS

EVENT_VIEW = ("date", "source_code", "code", "target_code", "code_name", "place_name",
              "doc_id", "cluster_id")
CLUSTER_VIEW = ("date", "source_code", "code", "target_code", "code_name", "place_name",
                "num_mentions", "num_sources", "num_articles", "cluster_id")


def _warn_unmerged(store: Store) -> None:
    pending = store.unmerged()
    if pending:
        print(f"wirecoder: {pending} events of {store.path} are not merged yet: run "
              f"`wirecoder merge {store.path}`", file=sys.stderr)


def cmd_merge(args: argparse.Namespace) -> int:
    """Migrate a store if needed and recompute its clusters."""
    with Store(args.db) as store:
        n = store.merge(window_days=args.window, max_km=args.km)
        events = store.count("events")
    print(f"wirecoder: {events} events in {n} clusters in {args.db}", file=sys.stderr)
    return 0


def _write_text(store: Store, args: argparse.Namespace, out: IO[str]) -> int:
    if args.format == "gdelt":
        return export.write_gdelt(store, out, args.clusters, header=args.header)
    if args.format == "jsonl":
        return export.write_jsonl(store, out, args.clusters)
    frame = store.clusters() if args.clusters else store.events()
    frame.to_csv(out, index=False)
    return len(frame)


def cmd_export(args: argparse.Namespace) -> int:
    """Write a store's events or clusters as GDELT TSV, Parquet, CSV or JSONL."""
    if args.out == "-":  # standard output, as without --out
        args.out = None
    with Store(args.db, read_only=True) as store:
        if args.clusters:
            _warn_unmerged(store)
        if args.format == "parquet" or (args.format == "csv" and args.out):
            if not args.out:
                raise ValueError("--format parquet writes a file: give --out FILE")
            n = export.copy_to(store, args.out, args.format, args.clusters, header=True)
        elif args.out:
            with open(args.out, "w", encoding="utf-8", newline="") as out:
                n = _write_text(store, args, out)
        else:
            n = _write_text(store, args, sys.stdout)
    what = "clusters" if args.clusters else "events"
    print(f"wirecoder: {n} {what} exported as {args.format}", file=sys.stderr)
    return 0


def _filters(args: argparse.Namespace) -> dict[str, Any]:
    return {"actor": args.actor, "dyad": tuple(args.dyad) if args.dyad else None,
            "code": args.code, "root": args.root, "country": args.country,
            "since": args.since, "until": args.until, "limit": args.limit or None}


def cmd_query(args: argparse.Namespace) -> int:
    """Print the events or clusters matching filters, or the result of a read-only SELECT."""
    with Store(args.db, read_only=True, wait=args.wait) as store:
        if args.sql:
            frame = store.sql(args.sql)
            view: tuple[str, ...] = tuple(frame.columns)
        elif args.clusters:
            _warn_unmerged(store)
            frame, view = store.clusters(**_filters(args)), CLUSTER_VIEW
        else:
            frame, view = store.events(**_filters(args)), EVENT_VIEW
    if args.format == "csv":
        frame.to_csv(sys.stdout, index=False)
    elif args.format == "jsonl":
        for line in frame.to_json(orient="records", lines=True, force_ascii=False,
                                  date_format="iso").splitlines():
            sys.stdout.write(line + "\n")
    elif frame.empty:
        print("(no rows)")
    else:
        print(frame[list(view)].to_string(index=False, na_rep="-", max_colwidth=40))
    return 0


def add_commands(sub: Any) -> None:
    """Register merge, export and query on the `wirecoder` parser's subcommands."""
    p = sub.add_parser("merge", help="recompute the clusters of a store (one per real event)")
    p.add_argument("db", help="DuckDB store written by `wirecoder code --db`")
    p.add_argument("--window", type=int, default=None,
                   help=f"days apart two reports may be (default {DEFAULT_WINDOW_DAYS}, "
                        "or the store's last setting)")
    p.add_argument("--km", type=float, default=None,
                   help=f"kilometres apart two places may be (default {DEFAULT_MAX_KM:g})")
    p.set_defaults(func=cmd_merge)

    p = sub.add_parser("export", help="export events or clusters (GDELT TSV, Parquet, CSV, "
                                      "JSONL)")
    p.add_argument("db")
    p.add_argument("--format", choices=export.FORMATS, default="gdelt")
    p.add_argument("--clusters", action="store_true", help="merged events, not mentions")
    p.add_argument("--header", action="store_true",
                   help="GDELT: a first line of column names (GDELT's own files have none)")
    p.add_argument("--out", help="write to this file (required for parquet; `-`: standard output)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("query", help="events or clusters matching filters, or read-only SQL")
    p.add_argument("db")
    p.add_argument("--actor", help="actor code prefix, either side (FRA, FRAGOV)")
    p.add_argument("--dyad", nargs=2, metavar=("SOURCE", "TARGET"),
                   help="source and target code prefixes")
    p.add_argument("--code", help="CAMEO event code, exactly")
    p.add_argument("--root", help="CAMEO root code (01-20)")
    p.add_argument("--country", help="ISO alpha-3 country of either actor or of the place")
    p.add_argument("--since", help="first date, YYYY[-MM[-DD]]")
    p.add_argument("--until", help="last date, YYYY[-MM[-DD]]")
    p.add_argument("--limit", type=int, default=0)
    p.add_argument("--clusters", action="store_true", help="merged events, not mentions")
    p.add_argument("--sql", help="one read-only SELECT (or WITH) statement")
    p.add_argument("--format", choices=("table", "csv", "jsonl"), default="table")
    p.add_argument("--wait", type=float, default=None,
                   help="seconds to wait while a writer holds the store (default 5)")
    p.set_defaults(func=cmd_query)


__all__ = ["add_commands"]
