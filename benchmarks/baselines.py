"""Baseline sentence matchers, and the shared embedder they (and crossref) use.

Every matcher returns a clustering of one topic's sentences as labels (one per
sentence, see :mod:`benchmarks.metrics`).  Each has a pure twin working on
arrays, so thresholds can be swept without recomputing anything:

* :func:`community_labels`: sentence-transformers' ``util.community_detection``
  on MiniLM embeddings.  Default threshold 0.75 is the library's own default
  (not tuned here); ``min_community_size=2`` because the library default (10)
  is meant for large corpora and a topic has 19-96 sentences.  Sentences in no
  community are singletons.  Communities may join sentences of one document.
* :func:`fuzzy_labels`: rapidfuzz ``token_set_ratio`` (after
  ``utils.default_process``: lowercase, punctuation stripped) between sentences
  of *different* documents; pairs at or above the threshold are linked and
  clusters are the connected components.  Default threshold 80, chosen a
  priori (a high bar because ``token_set_ratio`` scores 100 whenever one
  sentence's words are a subset of the other's), not tuned here.

:class:`CachingEmbedder` wraps a SentenceTransformer so that every distinct text
is embedded once per process, whoever asks (the baselines, or crossref through
its ``embedder=`` argument).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process, utils

from benchmarks.ecbplus import components

DEFAULT_COMMUNITY_THRESHOLD = 0.75
"""sentence-transformers' default for ``util.community_detection``."""

DEFAULT_FUZZY_THRESHOLD = 80.0
"""A priori ``token_set_ratio`` cut-off (0-100) for the rapidfuzz matcher."""

COMMUNITY_SWEEP = tuple(round(0.40 + 0.05 * i, 2) for i in range(12))  # 0.40 .. 0.95
FUZZY_SWEEP = tuple(float(t) for t in range(40, 100, 5))  # 40 .. 95


class CachingEmbedder:
    """A SentenceTransformer front that embeds each distinct text once.

    ``encode`` mimics ``SentenceTransformer.encode`` for the common arguments
    (a list of strings in, a float32 array out, optionally L2-normalised), so it
    can be passed wherever a model is expected.  Embeddings are cached in memory
    as normalised vectors, keyed by text.

    It also satisfies ``crossref.embed.Embedder`` (``name`` + ``encode(texts)``
    returning unit vectors), so crossref can be handed it directly.

    Args:
        model: a loaded ``SentenceTransformer`` (or anything with a compatible
            ``encode``).
        name: the model's name, used by crossref to key its own caches.
        batch_size: batch size for the model.
    """

    def __init__(self, model: Any, *, name: str = "all-MiniLM-L6-v2", batch_size: int = 64) -> None:
        self.model = model
        self.name = name
        self.batch_size = batch_size
        self._cache: dict[str, np.ndarray] = {}
        self.texts_embedded = 0
        self.cache_hits = 0

    @property
    def dimension(self) -> int:
        """Embedding dimension."""
        return int(self.model.get_sentence_embedding_dimension())

    def encode(
        self,
        sentences: str | Sequence[str],
        *,
        normalize_embeddings: bool = True,
        **_ignored: Any,
    ) -> np.ndarray:
        """Embed texts, computing only those not seen before.

        Args:
            sentences: one text or a sequence of texts.
            normalize_embeddings: return unit vectors (the cache always holds
                unit vectors; MiniLM's own output is already normalised, so
                ``False`` returns the same vectors).
            **_ignored: other ``SentenceTransformer.encode`` arguments
                (``batch_size``, ``show_progress_bar``, ``convert_to_numpy``)
                are accepted and ignored.

        Returns:
            A ``(n, dimension)`` float32 array (``(dimension,)`` for one text).
        """
        single = isinstance(sentences, str)
        texts: list[str] = [sentences] if isinstance(sentences, str) else list(sentences)
        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        self.cache_hits += len(texts) - len(missing)
        if missing:
            vectors = np.asarray(
                self.model.encode(
                    missing,
                    batch_size=self.batch_size,
                    normalize_embeddings=True,
                    convert_to_numpy=True,
                    show_progress_bar=False,
                ),
                dtype=np.float32,
            )
            for text, vec in zip(missing, vectors, strict=True):
                self._cache[text] = vec
            self.texts_embedded += len(missing)
        out = (
            np.stack([self._cache[t] for t in texts])
            if texts
            else np.zeros((0, self.dimension), dtype=np.float32)
        )
        return out[0] if single else out

    __call__ = encode


# --------------------------------------------------------------------------- community detection


def community_labels(
    embeddings: np.ndarray,
    *,
    threshold: float = DEFAULT_COMMUNITY_THRESHOLD,
    min_community_size: int = 2,
) -> list[int]:
    """Cluster one topic's sentences with ``util.community_detection``.

    Args:
        embeddings: ``(n, d)`` sentence embeddings of one topic.
        threshold: cosine similarity to a community's centre needed to join it.
        min_community_size: smallest community kept (smaller ones: singletons).

    Returns:
        One label per sentence.
    """
    from sentence_transformers import util  # heavy import, only when used

    from benchmarks.metrics import labels_from_clusters

    n = len(embeddings)
    if n < max(2, min_community_size):
        return list(range(n))
    communities = util.community_detection(
        embeddings, threshold=threshold, min_community_size=min_community_size
    )
    return labels_from_clusters(communities, n)


# --------------------------------------------------------------------------- rapidfuzz


def fuzzy_scores(texts: Sequence[str]) -> np.ndarray:
    """All-pairs ``token_set_ratio`` (0-100) between one topic's sentences."""
    return np.asarray(
        process.cdist(
            texts,
            texts,
            scorer=fuzz.token_set_ratio,
            processor=utils.default_process,
            dtype=np.float32,
            workers=1,
        )
    )


def threshold_labels(scores: np.ndarray, docs: Sequence[str], threshold: float) -> list[int]:
    """Connected components of the pairs from different documents scoring ``>= threshold``.

    Args:
        scores: ``(n, n)`` symmetric pair scores.
        docs: document of each item.
        threshold: link pairs with a score at or above this.

    Returns:
        One label per item.
    """
    n = len(docs)
    doc_arr = np.asarray(docs)
    linked = (scores >= threshold) & (doc_arr[:, None] != doc_arr[None, :])
    ii, jj = np.nonzero(np.triu(linked, k=1))
    return components(n, zip(ii.tolist(), jj.tolist(), strict=True))


def fuzzy_labels(
    texts: Sequence[str], docs: Sequence[str], *, threshold: float = DEFAULT_FUZZY_THRESHOLD
) -> list[int]:
    """Cluster one topic's sentences by rapidfuzz ``token_set_ratio`` across documents."""
    return threshold_labels(fuzzy_scores(texts), docs, threshold)
