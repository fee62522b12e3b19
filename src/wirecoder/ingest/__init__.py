"""Readers: plain-text and JSONL corpora become Documents; broken records become Rejections."""

from wirecoder.ingest.corpus import read_corpus

__all__ = ["read_corpus"]
