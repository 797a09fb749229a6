"""Clustering metrics for cross-document matching: pairwise and B-cubed.

Pure functions over plain data.  Items are ``0..n-1`` (sentences of one
topic); a clustering is a sequence of labels, one per item (items with the
same label are in the same cluster); ``docs`` gives each item's document.

* **Pairwise** scores compare sets of *cross-document* pairs ``(i, j)``,
  ``i < j``, ``docs[i] != docs[j]``.  Predicted pairs are the cross-document
  pairs inside one predicted cluster (:func:`cross_doc_pairs`); the gold pairs
  are given (they need not be transitive).
* **B-cubed** (Bagga and Baldwin, 1998) averages, over items, the precision
  ``|pred(i) & gold(i)| / |pred(i)|`` and recall ``|pred(i) & gold(i)| / |gold(i)|``
  of the item's cluster; singletons count.

Counts are kept (:class:`PairCounts`, :class:`BCubedSums`) so that topics can be
pooled into micro averages with :func:`pool_pairs` and :func:`pool_bcubed`.

Convention for empty denominators: a precision with nothing predicted, or a
recall with nothing to find, is 1.0 (nothing wrong was said, nothing was
missed); F1 is 0.0 when precision and recall are both 0.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from itertools import combinations

import attrs

Pair = tuple[int, int]


def _ratio(num: float, den: float) -> float:
    return num / den if den else 1.0


def f1(precision: float, recall: float) -> float:
    """Harmonic mean of precision and recall (0.0 when both are 0).

    >>> f1(0.5, 1.0)
    0.6666666666666666
    """
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@attrs.frozen
class PRF:
    """Precision, recall and F1."""

    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, precision: float, recall: float) -> PRF:
        """Build from precision and recall; F1 is derived."""
        return cls(precision, recall, f1(precision, recall))


@attrs.frozen
class PairCounts:
    """Counts behind pairwise scores: true positives, predicted and gold pair totals."""

    tp: int
    predicted: int
    gold: int

    @property
    def scores(self) -> PRF:
        """Pairwise precision, recall and F1."""
        return PRF.of(_ratio(self.tp, self.predicted), _ratio(self.tp, self.gold))


@attrs.frozen
class BCubedSums:
    """Sums of per-item B-cubed precision and recall, and the number of items."""

    precision_sum: float
    recall_sum: float
    n: int

    @property
    def scores(self) -> PRF:
        """B-cubed precision, recall and F1 (averaged over items)."""
        return PRF.of(_ratio(self.precision_sum, self.n), _ratio(self.recall_sum, self.n))


def _groups(labels: Sequence[Hashable]) -> dict[Hashable, list[int]]:
    groups: dict[Hashable, list[int]] = defaultdict(list)
    for i, label in enumerate(labels):
        groups[label].append(i)
    return groups


def cross_doc_pairs(labels: Sequence[Hashable], docs: Sequence[Hashable]) -> set[Pair]:
    """The pairs ``(i, j)``, ``i < j``, in the same cluster and from different documents.

    >>> sorted(cross_doc_pairs(["a", "a", "a", "b"], ["d1", "d1", "d2", "d2"]))
    [(0, 2), (1, 2)]
    """
    if len(labels) != len(docs):
        raise ValueError(f"labels and docs differ in length: {len(labels)} != {len(docs)}")
    pairs: set[Pair] = set()
    for members in _groups(labels).values():
        for i, j in combinations(members, 2):
            if docs[i] != docs[j]:
                pairs.add((i, j))
    return pairs


def pair_counts(predicted: Iterable[Pair], gold: Iterable[Pair]) -> PairCounts:
    """Compare predicted with gold pairs; pairs are normalised to ``(min, max)``."""
    pred = {(min(p), max(p)) for p in predicted}
    gold_set = {(min(p), max(p)) for p in gold}
    return PairCounts(tp=len(pred & gold_set), predicted=len(pred), gold=len(gold_set))


def pairwise_prf(
    labels: Sequence[Hashable], docs: Sequence[Hashable], gold_pairs: Iterable[Pair]
) -> PairCounts:
    """Pairwise counts of a clustering against gold cross-document pairs.

    Args:
        labels: predicted cluster label per item.
        docs: document of each item.
        gold_pairs: gold cross-document pairs (need not be transitive).

    Returns:
        The counts; ``.scores`` gives precision, recall and F1.

    >>> pairwise_prf([0, 0, 1], ["d1", "d2", "d3"], [(0, 1), (1, 2)]).scores
    PRF(precision=1.0, recall=0.5, f1=0.6666666666666666)
    """
    return pair_counts(cross_doc_pairs(labels, docs), gold_pairs)


def bcubed(predicted: Sequence[Hashable], gold: Sequence[Hashable]) -> BCubedSums:
    """B-cubed sums of a predicted clustering against a gold clustering.

    Args:
        predicted: predicted cluster label per item.
        gold: gold cluster label per item.

    Returns:
        The sums; ``.scores`` gives precision, recall and F1.

    >>> bcubed([0, 0, 1], [0, 0, 0]).scores.precision
    1.0
    """
    if len(predicted) != len(gold):
        raise ValueError(f"predicted and gold differ in length: {len(predicted)} != {len(gold)}")
    pred_groups = {k: set(v) for k, v in _groups(predicted).items()}
    gold_groups = {k: set(v) for k, v in _groups(gold).items()}
    p_sum = r_sum = 0.0
    for p_label, g_label in zip(predicted, gold, strict=True):
        p_set, g_set = pred_groups[p_label], gold_groups[g_label]
        overlap = len(p_set & g_set)
        p_sum += overlap / len(p_set)
        r_sum += overlap / len(g_set)
    return BCubedSums(precision_sum=p_sum, recall_sum=r_sum, n=len(gold))


def pool_pairs(counts: Iterable[PairCounts]) -> PairCounts:
    """Micro-average: add up the pair counts of several topics."""
    tp = pred = gold = 0
    for c in counts:
        tp, pred, gold = tp + c.tp, pred + c.predicted, gold + c.gold
    return PairCounts(tp=tp, predicted=pred, gold=gold)


def pool_bcubed(sums: Iterable[BCubedSums]) -> BCubedSums:
    """Micro-average: B-cubed over the union of several topics' items.

    Exact because no cluster spans two topics.
    """
    p = r = 0.0
    n = 0
    for s in sums:
        p, r, n = p + s.precision_sum, r + s.recall_sum, n + s.n
    return BCubedSums(precision_sum=p, recall_sum=r, n=n)


def labels_from_clusters(clusters: Iterable[Iterable[int]], n: int) -> list[int]:
    """Labels for ``n`` items from a list of disjoint clusters; unlisted items are singletons.

    Raises:
        ValueError: if an item is in two clusters or out of range.

    >>> labels_from_clusters([[2, 0]], 4)
    [0, 1, 0, 3]
    """
    labels = list(range(n))
    seen: set[int] = set()
    for cluster in clusters:
        members = sorted(cluster)
        for i in members:
            if not 0 <= i < n:
                raise ValueError(f"item {i} out of range 0..{n - 1}")
            if i in seen:
                raise ValueError(f"item {i} is in two clusters")
            seen.add(i)
            labels[i] = members[0]
    return labels
