"""Contract of crossref.matching.candidate_pairs: exact path and the approximate (faiss) path."""

from __future__ import annotations

import numpy as np
import pytest

import crossref
from crossref.matching import ONE_SIDED_SHARE, candidate_pairs, fates, score_pairs


def _unit(rng: np.random.Generator, n: int, d: int = 32, centres: int = 0) -> np.ndarray:
    """Random unit rows; with ``centres``, noisy copies of that many centres (clustered, like claims)."""
    if centres:
        base = rng.standard_normal((centres, d))
        x = base[rng.integers(0, centres, n)] + 0.7 * rng.standard_normal((n, d))
    else:
        x = rng.standard_normal((n, d))
    x = x.astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def _brute(emb: np.ndarray, groups: np.ndarray, k: int, threshold: float) -> set[tuple[int, int]]:
    s = emb @ emb.T
    s[groups[:, None] == groups[None, :]] = -np.inf
    out = set()
    for a in range(len(emb)):
        for b in np.argsort(-s[a], kind="stable")[:k]:
            if s[a, b] >= threshold:
                out.add((min(a, int(b)), max(a, int(b))))
    return out


@pytest.mark.parametrize("method", ["exact", "ann"])
def test_candidate_pairs_are_unique_sorted_and_ordered(method: str) -> None:
    rng = np.random.default_rng(1)
    emb = _unit(rng, 300, centres=20)
    groups = rng.integers(0, 30, 300)
    i, j, sim = candidate_pairs(emb, groups, top_k=5, threshold=0.2, method=method)
    assert len(i) == len(j) == len(sim) > 0
    assert (i < j).all()
    keys = list(zip(i.tolist(), j.tolist(), strict=False))
    assert keys == sorted(set(keys))
    assert sim.dtype == np.float32


@pytest.mark.parametrize("method", ["exact", "ann"])
def test_candidate_pairs_never_pair_a_group_with_itself(method: str) -> None:
    rng = np.random.default_rng(2)
    emb = _unit(rng, 400, centres=10)
    groups = np.arange(400) // 25  # big groups: each row's nearest rows are mostly its own group's
    i, j, _ = candidate_pairs(emb, groups, top_k=8, threshold=0.0, method=method)
    assert len(i) > 0
    assert not (groups[i] == groups[j]).any()


@pytest.mark.parametrize("method", ["exact", "ann"])
def test_candidate_pairs_respect_threshold_and_report_the_cosine(method: str) -> None:
    rng = np.random.default_rng(3)
    emb = _unit(rng, 500, centres=25)
    groups = rng.integers(0, 50, 500)
    i, j, sim = candidate_pairs(emb, groups, top_k=10, threshold=0.6, method=method)
    assert (sim >= 0.6).all()
    np.testing.assert_allclose(sim, np.einsum("ij,ij->i", emb[i], emb[j]), atol=1e-5)


def test_candidate_pairs_exact_matches_brute_force() -> None:
    rng = np.random.default_rng(4)
    emb = _unit(rng, 200, centres=15)
    groups = rng.integers(0, 20, 200)
    i, j, _ = candidate_pairs(emb, groups, top_k=4, threshold=0.3, method="exact", block=37)
    assert set(zip(i.tolist(), j.tolist(), strict=False)) == _brute(emb, groups, 4, 0.3)


def test_candidate_pairs_do_not_depend_on_block_size() -> None:
    rng = np.random.default_rng(5)
    emb = _unit(rng, 250)
    groups = rng.integers(0, 10, 250)
    (ia, ja, sa) = candidate_pairs(emb, groups, top_k=3, threshold=0.0, block=7)
    (ib, jb, sb) = candidate_pairs(emb, groups, top_k=3, threshold=0.0, block=1000)
    np.testing.assert_array_equal(ia, ib)
    np.testing.assert_array_equal(ja, jb)
    # the same pairs; their cosines may differ in the last float32 bit with the BLAS blocking
    np.testing.assert_allclose(sa, sb, rtol=0, atol=1e-6)


def test_candidate_pairs_ann_agrees_with_exact_on_most_neighbours() -> None:
    rng = np.random.default_rng(6)
    emb = _unit(rng, 4000, d=64, centres=200)
    groups = np.arange(4000) // 10
    exact = candidate_pairs(emb, groups, top_k=10, threshold=0.3, method="exact")
    ann = candidate_pairs(emb, groups, top_k=10, threshold=0.3, method="ann")
    e = set(zip(exact[0].tolist(), exact[1].tolist(), strict=True))
    a = set(zip(ann[0].tolist(), ann[1].tolist(), strict=True))
    assert len(e & a) >= 0.9 * len(e)
    assert len(a - e) <= 0.1 * len(e)


def test_candidate_pairs_ann_is_deterministic() -> None:
    rng = np.random.default_rng(7)
    emb = _unit(rng, 2000, centres=50)
    groups = rng.integers(0, 200, 2000)
    a = candidate_pairs(emb, groups, top_k=5, threshold=0.2, method="ann")
    b = candidate_pairs(emb, groups, top_k=5, threshold=0.2, method="ann")
    for x, y in zip(a, b, strict=False):
        np.testing.assert_array_equal(x, y)


def test_candidate_pairs_small_and_empty_inputs() -> None:
    empty = candidate_pairs(np.zeros((0, 4), np.float32), np.zeros(0, np.int64))
    assert all(len(x) == 0 for x in empty)
    one = candidate_pairs(np.eye(1, 4, dtype=np.float32), np.zeros(1, np.int64))
    assert all(len(x) == 0 for x in one)
    emb = np.eye(3, dtype=np.float32)[[0, 0, 1]]
    i, j, _ = candidate_pairs(emb, np.array([0, 1, 1]), top_k=50, threshold=0.5)
    assert list(zip(i.tolist(), j.tolist(), strict=False)) == [(0, 1)]


def test_candidate_pairs_refuse_bad_arguments() -> None:
    with pytest.raises(ValueError, match="method"):
        candidate_pairs(np.eye(2, dtype=np.float32), np.array([0, 1]), method="fast")
    with pytest.raises(ValueError, match="groups"):
        candidate_pairs(np.eye(2, dtype=np.float32), np.array([0]))


@pytest.mark.parametrize("method", ["exact", "ann"])
def test_candidate_pairs_one_source_gives_no_pairs(method: str) -> None:
    # a single long document: every neighbour is its own, so there is nothing to compare
    emb = np.repeat(np.eye(4, dtype=np.float32), 50, axis=0)
    i, j, sim = candidate_pairs(emb, np.zeros(200, np.int64), top_k=5, threshold=0.0, method=method)
    assert len(i) == len(j) == len(sim) == 0


def _claims_of(*sentences: str) -> list:
    docs = [crossref.parse_document(s, doc_id=f"d{k}") for k, s in enumerate(sentences)]
    return [next(c for c in crossref.extract_claims(d) if c.values) for d in docs]


def test_counts_of_other_fates_are_not_matched() -> None:
    """What happened to who is counted tells two facts apart that the embedding puts close
    ("10 people were killed" / "About 100 people have been injured"); counts of one fate
    still meet."""
    injured, killed, dead = _claims_of(
        "About 100 people have been injured.",  # ECB+ 20_11ecbplus
        "State television quoted the disaster center in the province of Hormozgan as saying "
        "10 people were killed.",
        "A firebomb attack on a bank in Greece killed at least three people today.",  # ECB+ 8plus
    )
    assert (fates(injured), fates(killed), fates(dead)) == ({"injured"}, {"dead"}, {"dead"})
    score = score_pairs([injured, killed, dead], np.array([0, 1]), np.array([1, 2]), np.array([0.8, 0.8]))
    assert score[0] == 0.0
    assert score[1] > 0.5
    monday, sunday = _claims_of(
        "date 2026-03-11\nA car bomb killed five people in the market on Monday.",
        "date 2026-03-11\nA car bomb injured 20 people in the market on Sunday.",
    )
    both_dated = score_pairs([monday, sunday], np.array([0]), np.array([1]), np.array([0.8]))
    assert both_dated[0] > 0.5  # their dates are one fact to weigh, whatever their counts


def test_figures_of_another_time_do_not_draw_claims_together() -> None:
    """A bridge disaster of 2001 that the article recalls is not this week's collapse, however
    alike its words and its kind of figure; a toll of this week is."""
    docs = [
        crossref.parse_document(f"date 2026-02-11\n{t}", doc_id=f"d{k}")
        for k, t in enumerate(
            [
                "Three people died when the Varzea bridge collapsed into the flooded Tamega river.",
                "In 2001, the collapse of the Hintze Ribeiro bridge at Entre-os-Rios killed 59 people.",
                "Two people died when the bridge over the Tamega river collapsed.",
            ]
        )
    ]
    claims = [next(c for c in crossref.extract_claims(d) if c.values) for d in docs]
    published = {d.id: d.published for d in docs}
    i, j, sim = np.array([0, 0]), np.array([1, 2]), np.array([0.6, 0.6])
    plain = score_pairs(claims, i, j, sim, attribute_weight=0.3)
    timed = score_pairs(claims, i, j, sim, attribute_weight=0.3, published=published, max_gap=14)
    assert timed[0] < plain[0]  # 2001's toll: the figure weighs against the pair
    assert timed[0] == pytest.approx(0.6 - ONE_SIDED_SHARE * 0.3)
    assert timed[1] == plain[1]  # this week's toll is of one time with it
