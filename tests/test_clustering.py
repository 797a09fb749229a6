"""The claim graph: strongest links first, one claim per source, no chaining."""

from __future__ import annotations

import numpy as np

from crossref.clustering import clusters_of, link_claims


def _unit(*rows: list[float]) -> np.ndarray:
    e = np.array(rows, dtype=np.float32)
    return e / np.linalg.norm(e, axis=1, keepdims=True)


def test_chaining_is_refused_by_average_linkage() -> None:
    # A~B and B~C are strong, but A and C point in opposite directions of B
    e = _unit([1, 0.1, 0], [1, 0, 0], [1, -0.1, 1.2])
    i, j, s = np.array([0, 1]), np.array([1, 2]), np.array([0.95, 0.9])
    g = link_claims(3, i, j, s, e, np.array([0, 1, 2]), threshold=0.5, link_threshold=0.7)
    assert clusters_of(g) == [[0, 1], [2]]


def test_a_cluster_holds_one_claim_per_source() -> None:
    e = _unit([1, 0], [1, 0.05], [1, 0.1])
    i, j, s = np.array([0, 0, 1]), np.array([1, 2, 2]), np.array([0.99, 0.98, 0.97])
    sources = np.array([0, 1, 1])  # claims 1 and 2 come from one source
    g = link_claims(3, i, j, s, e, sources, threshold=0.5, link_threshold=0.0)
    assert clusters_of(g) == [[0, 1], [2]], "the source's best-matching claim is the one kept"


def test_pairs_below_the_threshold_are_not_linked_and_clusters_partition() -> None:
    rng = np.random.default_rng(0)
    e = _unit(*rng.normal(size=(30, 8)).tolist())
    i, j = np.triu_indices(30, 1)
    s = (e[i] * e[j]).sum(axis=1)
    g = link_claims(30, i, j, s, e, np.arange(30), threshold=0.6, link_threshold=0.3)
    assert all(w >= 0.6 for _, _, w in g.edges(data="weight"))
    members = [m for c in clusters_of(g) for m in c]
    assert sorted(members) == list(range(30))
