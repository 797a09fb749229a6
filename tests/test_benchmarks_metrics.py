"""Hand-computed cases for benchmarks.metrics (pairwise and B-cubed clustering scores)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# benchmarks/ is not installed with the package: make the repository root importable when
# pytest is run as `pytest` (not `python -m pytest`).  Drop this once pyproject.toml sets
# [tool.pytest.ini_options] pythonpath = ["."].
_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from benchmarks.ecbplus import components, detokenize  # noqa: E402
from benchmarks.metrics import (  # noqa: E402
    BCubedSums,
    PairCounts,
    bcubed,
    cross_doc_pairs,
    labels_from_clusters,
    pairwise_prf,
    pool_bcubed,
    pool_pairs,
)

# Five sentences from three documents; gold clusters {0, 1, 2} and {3, 4}.
DOCS = ["d1", "d2", "d3", "d1", "d2"]
GOLD_LABELS = [0, 0, 0, 3, 3]
GOLD_PAIRS = cross_doc_pairs(GOLD_LABELS, DOCS)  # {(0,1), (0,2), (1,2), (3,4)}


def test_gold_pairs_of_toy_example_are_cross_document_only() -> None:
    gold_pairs = GOLD_PAIRS
    assert gold_pairs == {(0, 1), (0, 2), (1, 2), (3, 4)}
    # Same-document pairs never count, even inside one cluster.
    assert cross_doc_pairs([0, 0], ["d1", "d1"]) == set()


def test_perfect_clustering_scores_one() -> None:
    pw = pairwise_prf(GOLD_LABELS, DOCS, GOLD_PAIRS).scores
    b3 = bcubed(GOLD_LABELS, GOLD_LABELS).scores
    assert (pw.precision, pw.recall, pw.f1) == (1.0, 1.0, 1.0)
    assert (b3.precision, b3.recall, b3.f1) == (1.0, 1.0, 1.0)


def test_all_singletons_have_zero_recall_and_full_precision() -> None:
    singletons = list(range(5))
    pw = pairwise_prf(singletons, DOCS, GOLD_PAIRS)
    assert pw == PairCounts(tp=0, predicted=0, gold=4)
    assert pw.scores.recall == 0.0
    assert pw.scores.precision == 1.0  # nothing predicted, nothing wrong
    assert pw.scores.f1 == 0.0
    b3 = bcubed(singletons, GOLD_LABELS).scores
    assert b3.precision == 1.0
    # recall per item: 1/3, 1/3, 1/3, 1/2, 1/2 -> mean 2/5
    assert b3.recall == pytest.approx(2 / 5)


def test_all_in_one_cluster_has_full_recall() -> None:
    one = [0] * 5
    pw = pairwise_prf(one, DOCS, GOLD_PAIRS)
    # cross-doc pairs among 5 items from d1,d2,d3,d1,d2: 10 pairs minus (0,3), (1,4) = 8
    assert pw == PairCounts(tp=4, predicted=8, gold=4)
    assert pw.scores.precision == 0.5
    assert pw.scores.recall == 1.0
    b3 = bcubed(one, GOLD_LABELS).scores
    # precision per item: 3/5 (x3), 2/5 (x2) -> 13/25
    assert b3.precision == pytest.approx(13 / 25)
    assert b3.recall == 1.0


def test_toy_example_with_hand_computed_numbers() -> None:
    # Predicted {0, 1}, {2, 3}, {4}.
    predicted = [0, 0, 2, 2, 4]
    pw = pairwise_prf(predicted, DOCS, GOLD_PAIRS)
    # predicted cross-doc pairs: (0,1) correct, (2,3) wrong
    assert pw == PairCounts(tp=1, predicted=2, gold=4)
    s = pw.scores
    assert s.precision == 0.5
    assert s.recall == 0.25
    assert s.f1 == pytest.approx(2 * 0.5 * 0.25 / 0.75)
    b3 = bcubed(predicted, GOLD_LABELS)
    # precision: items 0,1 -> 2/2; items 2,3 -> 1/2; item 4 -> 1/1  => sum 4
    # recall:    items 0,1 -> 2/3; item 2 -> 1/3; item 3 -> 1/2; item 4 -> 1/2  => sum 8/3
    assert b3.precision_sum == pytest.approx(4.0)
    assert b3.recall_sum == pytest.approx(8 / 3)
    assert b3.scores.precision == pytest.approx(4 / 5)
    assert b3.scores.recall == pytest.approx(8 / 15)
    assert b3.scores.f1 == pytest.approx(2 * (4 / 5) * (8 / 15) / (4 / 5 + 8 / 15))


def test_non_transitive_gold_pairs_cap_pairwise_precision() -> None:
    # 0~1 and 1~2 in gold, but 0 and 2 share nothing: one cluster makes one wrong pair.
    pw = pairwise_prf([0, 0, 0], ["a", "b", "c"], {(0, 1), (1, 2)})
    assert pw == PairCounts(tp=2, predicted=3, gold=2)


def test_pooling_adds_counts_across_topics() -> None:
    pooled = pool_pairs([PairCounts(1, 2, 4), PairCounts(3, 3, 4)])
    assert pooled == PairCounts(tp=4, predicted=5, gold=8)
    assert pooled.scores.precision == pytest.approx(0.8)
    assert pooled.scores.recall == pytest.approx(0.5)
    b3 = pool_bcubed([BCubedSums(4.0, 2.0, 5), BCubedSums(1.0, 1.0, 1)])
    assert b3 == BCubedSums(5.0, 3.0, 6)
    assert b3.scores.precision == pytest.approx(5 / 6)


def test_labels_from_clusters_leaves_unlisted_items_as_singletons() -> None:
    assert labels_from_clusters([[3, 1]], 4) == [0, 1, 2, 1]
    with pytest.raises(ValueError, match="two clusters"):
        labels_from_clusters([[0, 1], [1, 2]], 3)


def test_components_label_by_smallest_member() -> None:
    assert components(5, [(3, 1), (1, 4)]) == [0, 1, 2, 1, 1]


@pytest.mark.parametrize(
    ("tokens", "split_hyphens", "expected"),
    [
        (["He", "said", ",", "``", "no", "''", "."], False, 'He said, "no".'),
        (["Reid", "'s", "rep", "does", "n't", "know"], False, "Reid's rep doesn't know"),
        (["AMD", "’", "s", "chip", "(", "new", ")"], False, "AMD’s chip (new)"),
        (["a", "36", "-", "year", "-", "old"], True, "a 36-year-old"),
        (["Malibu", "-", "the", "place"], False, "Malibu - the place"),
        (["said", ",", '"', "go", '"', "."], False, 'said, "go".'),
        (["$", "2", "million", ",", "5", "%"], False, "$2 million, 5%"),
    ],
)
def test_detokenize_spacing(tokens: list[str], split_hyphens: bool, expected: str) -> None:
    assert detokenize(tokens, split_hyphens=split_hyphens) == expected


def test_crossref_claims_map_to_sentences_and_clusters_join_them(monkeypatch: pytest.MonkeyPatch) -> None:
    import types

    import crossref
    from benchmarks.ecbplus import Article, Sentence, Topic
    from benchmarks.run_matching import crossref_sentence_clusters, sentence_at

    a_text, b_text = "One.\nTwo two.", "Three."
    sentences = [
        Sentence(index=0, doc_id="a", number=1, start=0, end=4, text="One.", instances=()),
        Sentence(index=1, doc_id="a", number=2, start=5, end=13, text="Two two.", instances=()),
        Sentence(index=2, doc_id="b", number=1, start=0, end=6, text="Three.", instances=()),
    ]
    topic = Topic(
        id="t",
        articles=[Article("a", "t", "ecb", a_text, [0, 1]), Article("b", "t", "ecb", b_text, [2])],
        sentences=sentences,
        instances={},
        gold_pairs=(),
        gold_labels=(0, 1, 2),
    )
    assert [sentence_at(topic, "a", k) for k in (0, 3, 4, 5, 12)] == [0, 0, 1, 1, 1]

    def fake_cross_reference(
        documents: list[crossref.Document], *, embedder: object, **options: object
    ) -> object:
        assert [d.text for d in documents] == [a_text, b_text]
        claim = types.SimpleNamespace
        return types.SimpleNamespace(
            claims=[claim(id="c1", doc_id="a", start=9), claim(id="c2", doc_id="b", start=0)],
            clusters=[types.SimpleNamespace(claim_ids=("c1", "c2"))],
        )

    monkeypatch.setattr(crossref, "cross_reference", fake_cross_reference, raising=False)
    assert crossref_sentence_clusters(topic, embedder=object()) == [0, 1, 1]  # type: ignore[arg-type]


def test_export_events_writes_one_folder_per_event(tmp_path: Path) -> None:
    from benchmarks.export_events import event_of, export

    assert (event_of("37_1ecb"), event_of("37_1ecbplus")) == ("37ecb", "37plus")
    written = export(["37ecb"], tmp_path)
    files = sorted((tmp_path / "37ecb").glob("*.txt"))
    assert written == {"37ecb": len(files)} and len(files) == 7
    assert "Manokwari" in (tmp_path / "37ecb" / "37_1ecb.txt").read_text(encoding="utf-8")
    with pytest.raises(SystemExit, match="not an ECB"):
        export(["37"], tmp_path)
