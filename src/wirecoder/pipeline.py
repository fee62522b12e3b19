"""The coding pipeline: stages chosen by configuration, spaCy run in batches per language."""

from __future__ import annotations

import gc
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

import yaml

import wirecoder.stages  # noqa: F401  (registers the stages)
from wirecoder import resources
from wirecoder.model import Document, Rejection
from wirecoder.nlp import pipeline as spacy_pipeline
from wirecoder.nlp import remember_text
from wirecoder.registry import Stage, build
from wirecoder.state import DocState
from wirecoder.textnorm import clean_for_nlp

DEFAULT_CONFIG: dict[str, Any] = {
    "before_nlp": ["header.v1", "language.lingua.v1"],
    "after_nlp": ["actors.v1", "events.v1", "attributes.v1"],
    "settings": {},
    "batch_size": 32,
}
# coding conventions: CAMEO's (the defaults) and those shipped as `data/conventions/<name>.yaml`
CONVENTIONS = ("cameo", "plover")


@dataclass
class PipelineConfig:
    """Which stages run, with what settings."""

    before_nlp: list[str] = field(default_factory=lambda: list(DEFAULT_CONFIG["before_nlp"]))
    after_nlp: list[str] = field(default_factory=lambda: list(DEFAULT_CONFIG["after_nlp"]))
    settings: dict[str, dict[str, Any]] = field(default_factory=dict)
    batch_size: int = 32

    @classmethod
    def from_file(cls, path: str | Path, base: PipelineConfig | None = None) -> PipelineConfig:
        """A configuration from a YAML file; missing keys keep `base`'s values (by default the
        defaults), and a stage's settings add to `base`'s settings of that stage."""
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        return cls.from_dict(data, str(path), base)

    @classmethod
    def for_conventions(cls, name: str) -> PipelineConfig:
        """The configuration of a coding convention: `cameo` (the defaults) or one the package
        ships under `data/conventions/` (`plover`)."""
        if name == "cameo":
            return cls()
        if name not in CONVENTIONS:
            raise ValueError(f"unknown conventions {name!r} (known: {', '.join(CONVENTIONS)})")
        rel = f"conventions/{name}.yaml"
        return cls.from_dict(resources.yaml_file(rel) or {}, f"wirecoder/data/{rel}")

    @classmethod
    def from_dict(cls, data: dict[str, Any], origin: str,
                  base: PipelineConfig | None = None) -> PipelineConfig:
        """A configuration from parsed YAML (`origin` names it in errors)."""
        unknown = set(data) - set(DEFAULT_CONFIG)
        if unknown:
            raise ValueError(f"{origin}: unknown configuration keys: {', '.join(sorted(unknown))}")
        merged = {**asdict(base or cls()), **data}
        if base is not None:
            added = data.get("settings") or {}
            merged["settings"] = {stage: {**base.settings.get(stage, {}), **added.get(stage, {})}
                                  for stage in {*base.settings, *added}}
        return cls(**merged)


class Pipeline:
    """Codes documents into events; one instance loads its models and data once."""

    def __init__(self, config: PipelineConfig | None = None) -> None:
        self.config = config or PipelineConfig()
        self.before: list[Stage] = [build(n, self.config.settings.get(n))
                                    for n in self.config.before_nlp]
        self.after: list[Stage] = [build(n, self.config.settings.get(n))
                                   for n in self.config.after_nlp]
        self._settled: set[str] = set()  # languages whose models and tables are kept

    def code(self, document: Document) -> DocState:
        """Code one document (raises on failure; `run` turns failures into rejections)."""
        state = DocState(document)
        for stage in self.before:
            stage(state)
        assert state.lang is not None
        text = clean_for_nlp(state.body, state.lang)
        state.doc = remember_text(spacy_pipeline(state.lang)(text), text)
        for stage in self.after:
            stage(state)
        return state

    def run(self, items: Iterable[Document | Rejection],
            workers: int = 1) -> Iterator[DocState | Rejection]:
        """Code a stream of documents in batches, in order; a failing document becomes a
        rejection. With workers > 1, batches are coded in that many processes."""
        iterator = iter(items)
        batches = iter(lambda: list(islice(iterator, self.config.batch_size)), [])
        if workers <= 1:
            for batch in batches:
                yield from self._batch(batch)
            return
        if "fork" in multiprocessing.get_all_start_methods():
            # models and data are loaded here once and shared with the forked workers
            self.warm()
            _keep_loaded()
            context = multiprocessing.get_context("fork")
        else:
            context = multiprocessing.get_context("spawn")  # each worker loads its own
        with context.Pool(workers, initializer=_start_worker, initargs=(self.config,)) as pool:
            # batches are read here, in the caller's thread (the reader may share a store
            # connection with the caller), and at most two per worker are in flight
            pending: deque[Any] = deque()
            for batch in batches:
                pending.append(pool.apply_async(_code_batch, (batch,)))
                if len(pending) >= 2 * workers:
                    yield from pending.popleft().get()
            while pending:
                yield from pending.popleft().get()

    def warm(self) -> None:
        """Load the models and data of every supported language (a short text each)."""
        for lang, text in WARM_TEXTS.items():
            self.code(Document(id=f"warm-{lang}", text=text, lang=lang))

    def portable(self, batch: list[Document | Rejection]) -> list[DocState | Rejection]:
        """Code a batch and drop what cannot leave the process (the parse, candidates)."""
        out = []
        for item in self._batch(batch):
            if isinstance(item, DocState):
                item.doc = None
                item.notes = {"toponyms": item.notes.get("toponyms", [])}
            out.append(item)
        return out

    def _batch(self, batch: list[Document | Rejection]) -> Iterator[DocState | Rejection]:
        states: dict[int, DocState | Rejection] = {}
        for i, item in enumerate(batch):
            if isinstance(item, Rejection):
                states[i] = item
                continue
            state = DocState(item)
            try:
                for stage in self.before:
                    stage(state)
                states[i] = state
            except Exception as exc:  # noqa: BLE001 - one bad document must not stop a corpus
                states[i] = _failure(item, exc)
        by_lang: dict[str, list[int]] = {}
        for i, st in states.items():
            if isinstance(st, DocState):
                by_lang.setdefault(st.lang or "", []).append(i)
        for lang, indices in by_lang.items():
            texts = [clean_for_nlp(states[i].body, lang) for i in indices]  # type: ignore[union-attr]
            for i, text, doc in zip(indices, texts, spacy_pipeline(lang).pipe(texts)):
                states[i].doc = remember_text(doc, text)  # type: ignore[union-attr]
        for i in range(len(batch)):
            st = states[i]
            if isinstance(st, DocState):
                try:
                    for stage in self.after:
                        stage(st)
                except Exception as exc:  # noqa: BLE001
                    st = _failure(st.document, exc)
            yield st
        if set(by_lang) - self._settled:
            self._settled |= set(by_lang)
            _keep_loaded()


WARM_TEXTS = {
    "fr": "PARIS, 3 juillet (AFP) - Le président français a reçu à Paris le chancelier allemand.",
    "en": "PARIS, July 3 (Reuters) - The French president met the German chancellor in Paris.",
}
_WORKER: Pipeline | None = None


def _keep_loaded() -> None:
    """Move what is alive now, chiefly the models and tables a language's first batch has
    loaded, out of the garbage collector's generations: they last as long as the process, and
    each full collection would otherwise walk their million objects again (a tenth of the
    time of a French corpus). Forked workers then also share them untouched."""
    gc.collect()
    gc.freeze()


def _start_worker(config: PipelineConfig) -> None:
    global _WORKER  # one pipeline per worker process, models loaded once
    _WORKER = Pipeline(config)


def _code_batch(batch: list[Document | Rejection]) -> list[DocState | Rejection]:
    assert _WORKER is not None
    return _WORKER.portable(batch)


def _failure(document: Document, exc: Exception) -> Rejection:
    where = document.path or document.id
    return Rejection(where, None, f"document {document.id!r} could not be coded: "
                                  f"{type(exc).__name__}: {exc}")
