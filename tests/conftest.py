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
