"""Shared fixtures: the real embedding model and the seeds' report, each made once per session.

The model is the packaged all-MiniLM-L6-v2, used for real: if it is missing the
tests that need it fail (a ModelError), they are never skipped.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import crossref

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"


@pytest.fixture(scope="session")
def embedder() -> crossref.SentenceTransformerEmbedder:
    """The real sentence-transformers model, loaded once (and checked to load)."""
    emb = crossref.SentenceTransformerEmbedder()
    assert emb.encode(["US troops left the base."]).shape == (1, 384)
    return emb


@pytest.fixture(scope="session")
def seeds_corpus() -> crossref.Corpus:
    return crossref.load(SEEDS)


@pytest.fixture(scope="session")
def seeds_report(embedder: crossref.SentenceTransformerEmbedder) -> crossref.Report:
    """``crossref.cross_reference(crossref.load("seeds/"))`` with the shared real model."""
    return crossref.cross_reference(crossref.load(SEEDS), embedder=embedder)
