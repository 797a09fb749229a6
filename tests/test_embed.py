"""crossref.embed: the disk cache (round trip, only new texts embedded, no pickle) and the real model."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from crossref.embed import EmbeddingCache, SentenceTransformerEmbedder


class CountingModel:
    """Deterministic fake vectors (hash-seeded), counting what it is asked to embed."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        self.seen += list(texts)
        rows = [np.random.default_rng(abs(hash(t)) % 2**32).standard_normal(8) for t in texts]
        x = np.asarray(rows, dtype=np.float32).reshape(len(texts), 8)
        return x / np.linalg.norm(x, axis=1, keepdims=True)


def test_cache_round_trips_vectors_across_instances(tmp_path: Path) -> None:
    model = CountingModel()
    texts = ["US troops left.", "Russia stayed.", "US troops left."]
    first = EmbeddingCache(tmp_path, "m").get_or_compute(list(dict.fromkeys(texts)), model)
    again = EmbeddingCache(tmp_path, "m").get_or_compute(["Russia stayed.", "US troops left."], model)
    assert model.seen == ["US troops left.", "Russia stayed."]
    np.testing.assert_array_equal(again, first[[1, 0]])
    assert again.dtype == np.float32


def test_cache_rerun_embeds_only_new_texts(tmp_path: Path) -> None:
    model = CountingModel()
    EmbeddingCache(tmp_path, "m").get_or_compute(["a", "b", "c"], model)
    model.seen.clear()
    out = EmbeddingCache(tmp_path, "m").get_or_compute(["c", "d", "a", "e"], model)
    assert model.seen == ["d", "e"]
    assert out.shape == (4, 8)


def test_cache_is_keyed_by_model(tmp_path: Path) -> None:
    model = CountingModel()
    EmbeddingCache(tmp_path, "m1").get_or_compute(["a"], model)
    EmbeddingCache(tmp_path, "m2").get_or_compute(["a"], model)
    assert model.seen == ["a", "a"]


def test_cache_files_load_without_pickle(tmp_path: Path) -> None:
    cache = EmbeddingCache(tmp_path, "m")
    cache.get_or_compute(["a", "b"], CountingModel())
    files = sorted(tmp_path.rglob("*.npy"))
    assert {f.name.split(".", 1)[1] for f in files} == {"keys.npy", "vecs.npy"}
    for f in files:
        arr = np.load(f, allow_pickle=False)
        assert arr.dtype != object and len(arr) == 2


def test_cache_survives_a_shard_cut_short(tmp_path: Path) -> None:
    model = CountingModel()
    EmbeddingCache(tmp_path, "m").get_or_compute(["a"], model)
    vecs = next(tmp_path.rglob("*.vecs.npy"))
    vecs.write_bytes(vecs.read_bytes()[:20])
    model.seen.clear()
    EmbeddingCache(tmp_path, "m").get_or_compute(["a"], model)
    assert model.seen == ["a"]


@pytest.fixture(scope="module")
def real_embedder_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("embcache")


def test_sentence_transformer_embedder_caches_on_disk(real_embedder_dir: Path) -> None:
    first = SentenceTransformerEmbedder(cache_dir=real_embedder_dir)
    a = first.encode(["US troops left the base.", "Russia stayed.", "US troops left the base."])
    assert a.shape == (3, 384) and first.encoded == 2
    np.testing.assert_allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)
    second = SentenceTransformerEmbedder(cache_dir=real_embedder_dir)
    second._model = first.model  # share the loaded model: only the cache is under test
    b = second.encode(["Russia stayed.", "A new sentence.", "US troops left the base."])
    assert second.encoded == 1
    np.testing.assert_array_equal(b[[0, 2]], a[[1, 0]])
