"""Candidate pairs: which claims of different sources may say the same thing.

Claims are compared on their *frame*: the claim text with its figures masked
("the United States is withdrawing its [NUM] troops"), so "around 900-1000
soldiers" meets "roughly 1,000 troops" on what is counted, and the figures are
left to :mod:`crossref.compare`.

:func:`candidate_pairs` is the pure, array-only twin that tests and benchmarks
call: top-k neighbours per claim from blocked matrix products, never a full
n x n matrix in memory; pairs inside one source are never produced.
:func:`score_pairs` then adds what names say: a fuzzy-matched shared name adds
to the score, and two different countries as actors veto the pair.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np

from crossref.comparable import outcome, scope_ok
from crossref.models import WHEN, Claim
from crossref.names import shared_names, speaker_key

MASK = "[NUM]"


def frame_text(claim: Claim) -> str:
    """The claim's text with each figure replaced by ``[NUM]`` (its counted noun kept).

    >>> from crossref import Claim, Value
    >>> v = Value(start=20, end=39, text="roughly 1,000 troops", dimension="count", unit="count",
    ...           low=900, high=1100, noun="troops")
    >>> c = Claim(id="a:0", doc_id="a", start=0, end=40, text="US is withdrawing its roughly 1,000 troops",
    ...           sentence_start=0, sentence_end=40, values=(v,))
    >>> frame_text(c)
    'US is withdrawing its [NUM] troops'
    """
    text = claim.text
    for v in sorted(claim.values, key=lambda v: -len(v.text)):
        pos = text.find(v.text)
        if pos < 0:
            continue
        keep = f" {v.noun}" if v.noun and v.text.endswith(v.noun) else ""
        text = f"{text[:pos]}{MASK}{keep}{text[pos + len(v.text) :]}"
    return text


ANN_MIN_ROWS = 20_000
"""From this many claims on, :func:`candidate_pairs` searches an approximate index
(faiss IVF, when installed) instead of the exact blocked products."""


def candidate_pairs(
    embeddings: np.ndarray,
    groups: np.ndarray,
    *,
    top_k: int = 10,
    threshold: float = 0.5,
    block: int = 512,
    method: str = "auto",
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The top-k most similar claims of other groups, for every claim.

    Below :data:`ANN_MIN_ROWS` rows the search is exact: blocked matrix products,
    never a full n x n matrix in memory.  From there on the exact search costs
    O(n^2) and an inverted-file index (faiss ``IndexIVFFlat``, about ``4 sqrt(n)``
    lists, 16 probed) finds nearly the same neighbours at a fraction of the cost;
    rows whose neighbourhood is crowded by their own group are redone exactly.

    Args:
        embeddings: (n, d) L2-normalised rows.
        groups: (n,) integer group (source) of each row; rows of one group are never paired.
        top_k: neighbours kept per row.
        threshold: the lowest cosine kept.
        block: rows per matrix product (memory is ``block * n`` floats).
        method: ``"exact"``, ``"ann"`` (needs faiss-cpu), or ``"auto"``: ann
            from :data:`ANN_MIN_ROWS` rows on when faiss is installed, else exact.

    Returns:
        ``(i, j, sim)`` arrays with ``i < j``, each unordered pair once, sorted by ``(i, j)``.

    >>> e = np.array([[1, 0], [0.99, 0.141], [0, 1]], dtype=np.float32)
    >>> i, j, s = candidate_pairs(e, np.array([0, 1, 1]), top_k=1, threshold=0.5)
    >>> list(zip(i.tolist(), j.tolist()))
    [(0, 1)]
    """
    if method not in ("auto", "exact", "ann"):
        raise ValueError(f"method must be 'auto', 'exact' or 'ann', got {method!r}")
    n = len(embeddings)
    if n == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0, dtype=np.float32)
    emb = np.ascontiguousarray(embeddings, dtype=np.float32)
    groups = np.asarray(groups)
    if len(groups) != n:
        raise ValueError(f"groups has {len(groups)} entries for {n} embeddings")
    if len(np.unique(groups)) < 2:  # one source: nothing to set side by side
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0, dtype=np.float32)
    k = min(top_k, n)
    if method == "auto":
        method = "ann" if n >= ANN_MIN_ROWS and _faiss() is not None else "exact"
    if method == "ann":
        i, j, sim = _ann_neighbours(emb, groups, k, threshold, block)
    else:
        i, j, sim = _exact_neighbours(emb, groups, np.arange(n), k, threshold, block)
    return _unique_pairs(i, j, sim, n)


def _exact_neighbours(
    emb: np.ndarray, groups: np.ndarray, rows: np.ndarray, k: int, threshold: float, block: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For each of ``rows``: its top-k rows of other groups at or above ``threshold`` (exact)."""
    n = len(emb)
    rows_i, rows_j, sims = [np.zeros(0, np.int64)], [np.zeros(0, np.int64)], [np.zeros(0, np.float32)]
    for b0 in range(0, len(rows), block):
        r = rows[b0 : b0 + block]
        s = emb[r] @ emb.T
        s[groups[r, None] == groups[None, :]] = -np.inf
        idx = np.argpartition(-s, k - 1, axis=1)[:, :k] if k < n else np.broadcast_to(np.arange(n), s.shape)
        top = np.take_along_axis(s, idx, axis=1)
        keep = top >= threshold
        rows_i.append(r[np.nonzero(keep)[0]])
        rows_j.append(idx[keep])
        sims.append(top[keep])
    return np.concatenate(rows_i), np.concatenate(rows_j), np.concatenate(sims)


def _faiss() -> Any:
    try:
        import faiss
    except ImportError:
        return None
    return faiss


def _ann_neighbours(
    emb: np.ndarray, groups: np.ndarray, k: int, threshold: float, block: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Top-k neighbours of other groups from a faiss inverted-file index.

    Each row asks for ``3k + 10`` neighbours and drops its own group's; a row left
    with fewer than ``k`` while its furthest answer still reached ``threshold``
    (its own document crowds it) is searched again exactly.  The clustering of
    the index is seeded, so the same input gives the same pairs.
    """
    faiss = _faiss()
    if faiss is None:
        raise ImportError("candidate_pairs(method='ann') needs faiss: pip install faiss-cpu")
    n, d = emb.shape
    nlist = max(1, min(int(4 * np.sqrt(n)), n // 39))
    quantizer = faiss.IndexFlatIP(d)
    index = faiss.IndexIVFFlat(quantizer, d, nlist, faiss.METRIC_INNER_PRODUCT)
    index.cp.niter = 10
    index.cp.max_points_per_centroid = 64
    index.cp.seed = 1234
    index.train(emb)
    index.add(emb)
    index.nprobe = min(nlist, 16)
    asked = min(n, 3 * k + 10)
    sim, nbr = index.search(emb, asked)
    ok = (nbr >= 0) & (groups[np.maximum(nbr, 0)] != groups[:, None]) & (sim >= threshold)
    # keep the first k valid answers of each row (answers come best first)
    ok &= np.cumsum(ok, axis=1) <= k
    crowded = (ok.sum(axis=1) < k) & (sim[:, -1] >= threshold) & (nbr[:, -1] >= 0)
    ok[crowded] = False
    r, c = np.nonzero(ok)
    ei, ej, es = _exact_neighbours(emb, groups, np.flatnonzero(crowded), k, threshold, block)
    return (
        np.concatenate([r.astype(np.int64), ei]),
        np.concatenate([nbr[r, c].astype(np.int64), ej]),
        np.concatenate([sim[r, c].astype(np.float32), es]),
    )


def _unique_pairs(
    i: np.ndarray, j: np.ndarray, sim: np.ndarray, n: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each unordered pair once as ``i < j``, sorted by ``(i, j)``."""
    i, j = i.astype(np.int64), j.astype(np.int64)
    lo, hi = np.minimum(i, j), np.maximum(i, j)
    _, first = np.unique(lo * n + hi, return_index=True)
    return lo[first], hi[first], sim[first].astype(np.float32)


_WORD = re.compile(r"[a-z]{4,}")
_STOPWORDS = frozenset(
    [
        "about",
        "above",
        "after",
        "again",
        "against",
        "also",
        "although",
        "among",
        "another",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "could",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "either",
        "even",
        "from",
        "further",
        "have",
        "having",
        "here",
        "into",
        "itself",
        "just",
        "more",
        "most",
        "much",
        "must",
        "never",
        "only",
        "other",
        "ours",
        "over",
        "same",
        "should",
        "since",
        "some",
        "such",
        "than",
        "that",
        "their",
        "theirs",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "though",
        "through",
        "under",
        "until",
        "upon",
        "very",
        "were",
        "what",
        "when",
        "where",
        "whether",
        "which",
        "while",
        "whom",
        "whose",
        "will",
        "with",
        "within",
        "would",
        "your",
        "said",
        "says",
        "told",
        "according",
        "reported",
    ]
)
_STEM = 5  # prefix stemming: "conditional" and "conditions" -> "condi"


def terms(text: str) -> frozenset[str]:
    """The content words of a text, prefix-stemmed: what lexical overlap is measured on.

    >>> sorted(terms("a measured and conditional transition"))
    ['condi', 'measu', 'trans']
    """
    return frozenset(w[:_STEM] for w in _WORD.findall(text.lower()) if w not in _STOPWORDS)


def term_weights(claim_terms: list[frozenset[str]]) -> dict[str, float]:
    """Inverse document frequency of each term over the claims (rare words weigh more)."""
    df: dict[str, int] = {}
    for ts in claim_terms:
        for t in ts:
            df[t] = df.get(t, 0) + 1
    n = len(claim_terms)
    return {t: math.log((n + 1) / (k + 1)) + 1.0 for t, k in df.items()}


def term_mass(terms_: frozenset[str], idf: dict[str, float]) -> float:
    """The total weight of a claim's terms."""
    return sum(idf.get(t, 1.0) for t in terms_)


def term_overlap(
    a: frozenset[str],
    b: frozenset[str],
    idf: dict[str, float],
    *,
    mass_a: float | None = None,
    mass_b: float | None = None,
) -> float:
    """The weight of the shared terms over the weight of the smaller claim's terms, in [0, 1].

    ``mass_a``/``mass_b`` are the claims' :func:`term_mass`, when already known.

    >>> idf = {"condi": 2.0, "trans": 1.0, "measu": 1.0}
    >>> term_overlap(frozenset({"condi", "trans"}), frozenset({"condi", "trans", "measu"}), idf)
    1.0
    """
    shared = a & b
    if not shared:
        return 0.0
    wa = term_mass(a, idf) if mass_a is None else mass_a
    wb = term_mass(b, idf) if mass_b is None else mass_b
    return sum(idf.get(t, 1.0) for t in shared) / min(wa, wb)


def actors_clash(a: Claim, b: Claim) -> bool:
    """Both claims name who acts, and no country is common to them (Russia's move is not the US's)."""
    return bool(a.actors) and bool(b.actors) and not set(a.actors) & set(b.actors)


def figures(claim: Claim) -> list[tuple[str, str, str | None]]:
    """What the claim's figures measure, dates aside: ``(dimension, unit or counted noun, frame)``.

    >>> from crossref.values import extract_values
    >>> c = Claim(id="a:0", doc_id="a", start=0, end=9, text="", sentence_start=0, sentence_end=9,
    ...           values=extract_values("1,000 troops left within a month"))
    >>> figures(c)
    [('count', 'troop', None), ('duration', 'day', None)]
    """
    out = []
    for v in claim.values:
        if v.dimension in WHEN:
            continue
        if v.dimension == "count":
            if v.noun:
                out.append(("count", noun_key(v.noun), v.frame))
        else:
            out.append((v.dimension, v.unit, v.frame))
    return out


def fates(claim: Claim) -> frozenset[str]:
    """What happened to who or what the claim counts (dead, injured, missing, displaced, ...:
    :func:`crossref.comparable.outcome`), when each of its counts says; else empty."""
    found = [outcome(claim, v) for v in claim.values if v.dimension == "count" and v.noun]
    return frozenset().union(*found) if found and all(found) else frozenset()


_IRREGULAR = {"people": "person", "men": "man", "women": "woman", "children": "child"}


def noun_key(noun: str) -> str:
    """A counted noun folded for comparison: lower case, in the singular ("people" ->
    "person", "troops" -> "troop")."""
    n = noun.lower()
    if n in _IRREGULAR:
        return _IRREGULAR[n]
    return n[:-1] if n.endswith("s") and not n.endswith("ss") else n


ONE_SIDED_SHARE = 0.4
"""The share of ``attribute_weight`` taken off a pair when only one claim states a figure."""

FRAME_NEUTRAL = 0.35
"""Frame similarity at which sharing a kind of figure neither helps nor hurts a pair."""


def figure_affinity(
    fa: list[tuple[str, str, str | None]],
    fb: list[tuple[str, str, str | None]],
    *,
    noun_similarity: Callable[[str, str], float] | None = None,
    frame_similarity: Callable[[str, str], float] | None = None,
    noun_threshold: float = 0.5,
) -> float | None:
    """How well two claims' figures line up, in [-1, 1]; ``None`` when they share no kind of figure.

    Figures of one dimension (and, for counts, of alike nouns) are paired; the
    best pair's frame similarity is mapped so that ``FRAME_NEUTRAL`` gives 0 and
    twice that gives 1.  Without frames a shared kind counts as a half match.
    """
    best: float | None = None
    for da, ua, ra in fa:
        for db, ub, rb in fb:
            if da != db:
                continue
            if (
                da == "count"
                and ua != ub
                and (noun_similarity is None or noun_similarity(ua, ub) < noun_threshold)
            ):
                continue
            if ra and rb and frame_similarity is not None:
                score = max(-1.0, min(1.0, (frame_similarity(ra, rb) - FRAME_NEUTRAL) / FRAME_NEUTRAL))
            else:
                score = 0.5
            best = score if best is None else max(best, score)
    return best


def _of_one_time(a: Claim, b: Claim, published: Mapping[str, dt.date | None], max_gap: int) -> bool:
    """Some figure of ``a`` and some figure of ``b``, of one dimension, are of one time."""
    pa, pb = published.get(a.doc_id), published.get(b.doc_id)
    return any(
        scope_ok(va, vb, pa, pb, max_gap)
        for va in a.values
        if va.dimension not in WHEN
        for vb in b.values
        if vb.dimension == va.dimension
    )


def score_pairs(
    claims: list[Claim],
    i: np.ndarray,
    j: np.ndarray,
    sim: np.ndarray,
    *,
    name_weight: float = 0.1,
    attribute_weight: float = 0.3,
    noun_similarity: Callable[[str, str], float] | None = None,
    frame_similarity: Callable[[str, str], float] | None = None,
    term_weight: float = 0.0,
    claim_terms: list[frozenset[str]] | None = None,
    speaker_weight: float = 0.0,
    published: Mapping[str, dt.date | None] | None = None,
    max_gap: int | None = None,
) -> np.ndarray:
    """Pair scores: the claims' frame cosine, adjusted by what words, names and figures say.

    * ``+ term_weight`` times the claims' :func:`term_overlap` (content words, rare ones
      weighing more; ``claim_terms`` holds each claim's :func:`terms`): wording the
      embedding misses ("conditions-based transition" / "conditional transition");
    * ``+ name_weight`` times the share of names in common (fuzzy-matched);
    * ``+ speaker_weight`` when both are attributed to the same speaker, however worded
      (:func:`crossref.names.speaker_key`: "a senior US official" / "an American official");
    * ``+ attribute_weight`` times :func:`figure_affinity` when both state a figure
      of one kind (a duration; a count of troops or soldiers), so "the withdrawal
      will take a month" meets "the evacuation could take several weeks";
    * ``- ONE_SIDED_SHARE * attribute_weight`` when only one of them states a figure (dates aside),
      or when, given ``published`` (each document's date) and ``max_gap``, no two of their
      figures are of one time (:func:`crossref.comparable.scope_ok`): "In 2001, the collapse
      of a bridge nearby killed 59 people" does not tell this week's toll;
    * 0 where the actors clash, where both state figures of no dimension in common, or where
      counts are all they share and say different things happened to who is counted
      (:func:`fates`: "15 people were declared dead" / "136 people had been rescued"); a
      date or a speed they share still pairs them, each figure weighed on its own later.
    """
    out = sim.astype(np.float32).copy()
    idf = term_weights(claim_terms) if term_weight and claim_terms is not None else {}
    # what each claim brings, worked out once per claim rather than once per pair
    used = np.unique(np.concatenate([i, j])).tolist() if len(i) else []
    figs = {k: figures(claims[k]) for k in used}
    dims = {k: {d for d, _, _ in figs[k]} for k in used}
    mass = {k: term_mass(claim_terms[k], idf) for k in used} if idf and claim_terms else {}
    speaker = {k: speaker_key(claims[k].attribution) for k in used} if speaker_weight else {}
    fate = {k: fates(claims[k]) for k in used}
    dated = {k: any(v.dimension == "date" for v in claims[k].values) for k in used}
    for n, (a, b) in enumerate(zip(i.tolist(), j.tolist())):
        ca, cb = claims[a], claims[b]
        if actors_clash(ca, cb):
            out[n] = 0.0
            continue
        if name_weight and ca.names and cb.names:
            out[n] += name_weight * shared_names(ca.names, cb.names)
        if speaker and speaker[a] is not None and speaker[a] == speaker[b]:
            out[n] += speaker_weight
        if mass and claim_terms is not None:
            out[n] += term_weight * term_overlap(
                claim_terms[a], claim_terms[b], idf, mass_a=mass[a], mass_b=mass[b]
            )
        fa, fb = figs[a], figs[b]
        if fa and fb:
            shared = dims[a] & dims[b]
            other_fates = fate[a] and fate[b] and not fate[a] & fate[b]
            if not shared or (other_fates and shared == {"count"} and not (dated[a] and dated[b])):
                out[n] = 0.0
                continue
            if max_gap is not None and published is not None and not _of_one_time(ca, cb, published, max_gap):
                out[n] -= ONE_SIDED_SHARE * attribute_weight
                continue
            affinity = figure_affinity(
                fa, fb, noun_similarity=noun_similarity, frame_similarity=frame_similarity
            )
            if affinity is not None:
                out[n] += attribute_weight * affinity
        elif fa or fb:  # one states a figure the other does not speak of
            out[n] -= ONE_SIDED_SHARE * attribute_weight
    return out
