"""Throughput of wirecoder end to end against bare spaCy on the same documents.

Prints words/s, documents/s, their ratio and peak memory for: bare spaCy (`nlp.pipe`, same
models and components), wirecoder in one process, wirecoder with --workers 2, and bare spaCy
in two processes (the ceiling for two workers on this machine). "Same components" means
wirecoder's spaCy pipeline, whose attribute ruler and lemmatizer are array equivalents of
spaCy's (wirecoder.spacy_fast); spaCy with the components as its models ship is measured
last, for reference. Each measurement runs in its own process so that peak memory is its
own. The machine may be shared: each run is repeated (--rounds, in turn, so that a busy
spell hits all of them alike) and the median is shown, with the ratios round by round.
Prints figures only.

    python benchmarks/throughput.py --docs 400
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def build_corpus(n: int, out: Path, french: bool = False) -> tuple[int, int]:
    """N documents: the bundled corpus and real news articles (LGL, English), in French and
    English, written as one JSONL file; with `french`, the French dispatches of the bundled
    corpus and of the project's gold sets only. Returns (documents, words)."""
    texts: list[tuple[str, str]] = []
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        texts.append((path.read_text(encoding="utf-8"), "fr" if "-fr" in path.name else "en"))
    if french:
        for path in sorted((ROOT / "eval").glob("*-fr.jsonl")):
            texts += [(json.loads(line)["text"], "fr") for line in
                      path.read_text(encoding="utf-8").split("\n") if line]
        texts = [(text, lang) for text, lang in texts if lang == "fr"]
    lgl = SHARED / "eval" / "geo-lgl-en.jsonl"
    if lgl.exists() and not french:
        for line in lgl.read_text(encoding="utf-8").split("\n"):
            if not line:
                continue
            texts.append((json.loads(line)["text"], "en"))
    rng = random.Random(7)
    words = 0
    with out.open("w", encoding="utf-8") as handle:
        for i in range(n):
            text, _lang = texts[i % len(texts)] if i < len(texts) else rng.choice(texts)
            # a distinct document each time (identity is the text's hash)
            text = f"{text}\n\n(ref {i})"
            words += len(text.split())
            handle.write(json.dumps({"id": f"bench-{i}", "text": text}) + "\n")
    return n, words


def run_spacy(corpus: Path, workers: int = 1) -> None:
    """Bare spaCy on the same texts: language from lingua as wirecoder does, then nlp.pipe
    (in `workers` processes: the ceiling for `wirecoder code --workers` on this machine)."""
    from wirecoder.nlp import detect_language, pipeline

    records = [json.loads(x) for x in corpus.read_text(encoding="utf-8").split("\n") if x]
    by_lang: dict[str, list[str]] = {}
    for rec in records:
        by_lang.setdefault(detect_language(rec["text"]), []).append(rec["text"])
    for lang in by_lang:
        pipeline(lang)  # load outside the timed part
    start = time.perf_counter()
    for lang, texts in by_lang.items():
        for _ in pipeline(lang).pipe(texts, batch_size=32, n_process=workers):
            pass
    report(time.perf_counter() - start)


def run_stock(corpus: Path) -> None:
    """spaCy as its models ship (stock attribute ruler and lemmatizer), for reference."""
    import spacy

    from wirecoder.nlp import UNUSED_COMPONENTS, detect_language, model_name

    records = [json.loads(x) for x in corpus.read_text(encoding="utf-8").split("\n") if x]
    by_lang: dict[str, list[str]] = {}
    for rec in records:
        by_lang.setdefault(detect_language(rec["text"]), []).append(rec["text"])
    models = {lang: spacy.load(model_name(lang), exclude=list(UNUSED_COMPONENTS))
              for lang in by_lang}
    start = time.perf_counter()
    for lang, texts in by_lang.items():
        for _ in models[lang].pipe(texts, batch_size=32):
            pass
    report(time.perf_counter() - start)


def run_wirecoder(corpus: Path, workers: int) -> None:
    """wirecoder end to end: read, detect, code, store into a fresh DuckDB file."""
    from wirecoder.api import code_corpus
    from wirecoder.pipeline import Pipeline
    from wirecoder.store.duckdb_store import Store

    pipeline = Pipeline()
    with tempfile.TemporaryDirectory() as tmp:
        # warm up: models, data and the store's libraries loaded (as spaCy's models are
        # loaded before its timed run)
        warm = Store(Path(tmp) / "warm.duckdb")
        code_corpus([ROOT / "corpus"], store=warm, pipeline=pipeline)
        warm.close()
        store = Store(Path(tmp) / "bench.duckdb")
        start = time.perf_counter()
        result = code_corpus([corpus], store=store, pipeline=pipeline, workers=workers)
        elapsed = time.perf_counter() - start
        store.close()
    report(elapsed, events=len(result.events))


def report(elapsed: float, **extra: int) -> None:
    peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"seconds": elapsed, "peak_mb": peak_self,
                      "peak_worker_mb": peak_children, **extra}))


def measure(mode: str, corpus: Path, workers: int = 1) -> dict:
    cmd = [sys.executable, __file__, "--run", mode, "--corpus", str(corpus),
           "--workers", str(workers)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=400, help="number of documents (N)")
    parser.add_argument("--french", action="store_true",
                        help="French dispatches only (the bundled corpus and eval/*-fr.jsonl)")
    parser.add_argument("--rounds", type=int, default=3,
                        help="times each run is repeated, in turn (the median is shown)")
    parser.add_argument("--run", choices=("spacy", "stock", "wirecoder"), help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run == "spacy":
        return run_spacy(args.corpus, args.workers)
    if args.run == "stock":
        return run_stock(args.corpus)
    if args.run == "wirecoder":
        return run_wirecoder(args.corpus, args.workers)
    runs = {"bare spaCy nlp.pipe": ("spacy", 1),
            "wirecoder code, 1 process": ("wirecoder", 1),
            "wirecoder code --workers 2": ("wirecoder", 2),
            "bare spaCy, 2 processes": ("spacy", 2)}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "bench.jsonl"
        docs, words = build_corpus(args.docs, corpus, args.french)
        kind = "French news" if args.french else "French and English news"
        print(f"corpus: {docs} documents, {words} words ({kind}); {args.rounds} rounds, each "
              "run once a round, in turn; each row is the run of median time")
        rounds: dict[str, list[dict]] = {name: [] for name in runs}
        for _ in range(args.rounds):
            for name, (mode, workers) in runs.items():
                rounds[name].append(measure(mode, corpus, workers))
        rows = {name: sorted(results, key=lambda r: r["seconds"])[len(results) // 2]
                for name, results in rounds.items()}
        rows["stock spaCy, 1 process"] = measure("stock", corpus)
    base = words / rows["bare spaCy nlp.pipe"]["seconds"]
    print(f"{'run':<28} {'words/s':>9} {'docs/s':>8} {'vs spaCy':>9} {'peak MB':>8} "
          f"{'worker MB':>10}")
    for name, r in rows.items():
        wps = words / r["seconds"]
        print(f"{name:<28} {wps:>9.0f} {docs / r['seconds']:>8.1f} {wps / base:>9.2f} "
              f"{r['peak_mb']:>8.0f} {r['peak_worker_mb']:>10.0f}")
    # the ratio within each round, where both runs met the same load on the machine
    for ours, theirs in (("wirecoder code, 1 process", "bare spaCy nlp.pipe"),
                         ("wirecoder code --workers 2", "bare spaCy, 2 processes")):
        ratios = [t["seconds"] / o["seconds"] for o, t in zip(rounds[ours], rounds[theirs])]
        print(f"{ours} / {theirs}, round by round: "
              + " ".join(f"{x:.2f}" for x in ratios))


if __name__ == "__main__":
    main()
