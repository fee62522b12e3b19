"""Shared fixtures: one pipeline per test session (models and data load once)."""

import pytest

from wirecoder.pipeline import Pipeline


@pytest.fixture(scope="session")
def pipeline():
    return Pipeline()


@pytest.fixture(scope="session")
def code(pipeline):
    """Code a text and return its events."""
    from wirecoder.model import Document

    def run(text, lang=None, published=None, doc_id="t"):
        return pipeline.code(Document(id=doc_id, text=text, lang=lang, published=published))

    return run


AFP_MEETING = ("date 2025-04-14\nPARIS, 14 avril (AFP) -\n\nLe président français Emmanuel Macron "
               "s'est entretenu lundi à Paris avec le président kényan William Ruto.\n")
REUTERS_MEETING = ("date 2025-04-14\nPARIS, April 14 (Reuters) -\n\nFrench President Emmanuel "
                   "Macron met Kenyan President William Ruto in Paris on Monday.\n")


def merged_store(folder, pipeline, extra_record):
    """A store holding two reports of one meeting (AFP, Reuters) and one JSONL record, merged."""
    import json

    from wirecoder.api import code_corpus
    from wirecoder.store.duckdb_store import Store

    (folder / "afp.txt").write_text(AFP_MEETING, encoding="utf-8")
    (folder / "reuters.txt").write_text(REUTERS_MEETING, encoding="utf-8")
    (folder / "ap.jsonl").write_text(json.dumps(extra_record) + "\n", encoding="utf-8")
    path = folder / "store.duckdb"
    with Store(path) as store:
        code_corpus([folder / "afp.txt", folder / "reuters.txt", folder / "ap.jsonl"], store,
                    pipeline)
        store.merge()
    return path
