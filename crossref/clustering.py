"""The claim graph (networkx) and its clusters.

Candidate pairs are taken strongest first.  A pair joins two groups only if

* no source speaks twice in the merged group: a cluster sets the sources side by
  side, one statement each (a source's best-matching statement is the one kept);
* the groups, taken together, still hang together: the mean cosine between the
  members of one and the members of the other reaches ``link_threshold``
  (average linkage).

This stops chaining, where A~B and B~C would put A with C though A and C say
different things.

The accepted links form a :class:`networkx.Graph` whose connected components are
the clusters; the graph is kept for export (GraphML for Gephi).
"""

from __future__ import annotations

import networkx as nx
import numpy as np


def link_claims(
    n: int,
    i: np.ndarray,
    j: np.ndarray,
    score: np.ndarray,
    embeddings: np.ndarray,
    sources: np.ndarray,
    *,
    threshold: float,
    link_threshold: float,
) -> nx.Graph:
    """The claim graph: nodes ``0..n-1``, an edge for every accepted link (``weight`` = pair score).

    Args:
        n: number of claims.
        i, j, score: candidate pairs and their scores (see :mod:`crossref.matching`).
        embeddings: (n, d) normalised claim vectors, for the linkage check.
        sources: (n,) the source of each claim; a cluster holds one claim per source.
        threshold: lowest pair score considered.
        link_threshold: lowest mean cosine between two groups for them to merge.

    >>> e = np.eye(3, dtype=np.float32)
    >>> g = link_claims(3, np.array([0]), np.array([1]), np.array([0.9]), e, np.arange(3),
    ...                 threshold=0.5, link_threshold=0.0)
    >>> sorted(map(sorted, nx.connected_components(g)))
    [[0, 1], [2]]
    """
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    parent = list(range(n))
    members: dict[int, list[int]] = {k: [k] for k in range(n)}
    speaks: dict[int, set[int]] = {k: {int(sources[k])} for k in range(n)}
    # the mean cosine between two groups is sum(A) . sum(B) / (|A| |B|): one dot product per check
    sums: dict[int, np.ndarray] = {}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for e in np.argsort(-score, kind="stable"):
        s = float(score[e])
        if s < threshold:
            break
        a, b = int(i[e]), int(j[e])
        ra, rb = find(a), find(b)
        if ra != rb:
            if speaks[ra] & speaks[rb]:
                continue
            ma, mb = members[ra], members[rb]
            sa = sums[ra] if ra in sums else embeddings[ra].astype(np.float64)
            sb = sums[rb] if rb in sums else embeddings[rb].astype(np.float64)
            if (len(ma) > 1 or len(mb) > 1) and float(sa @ sb) / (len(ma) * len(mb)) < link_threshold:
                continue
            if len(ma) < len(mb):
                ra, rb, ma, mb = rb, ra, mb, ma
            parent[rb] = ra
            ma.extend(mb)
            sums[ra] = sa + sb
            sums.pop(rb, None)
            speaks[ra] |= speaks.pop(rb)
            del members[rb]
        graph.add_edge(a, b, weight=s)
    return graph


def clusters_of(graph: nx.Graph) -> list[list[int]]:
    """The graph's connected components, each sorted, ordered by their first member."""
    return sorted((sorted(c) for c in nx.connected_components(graph)), key=lambda c: c[0])
