"""``cross_reference()`` and :class:`CrossReferencer`: the stages chained.

::

    load -> claims -> values -> candidates -> clusters -> compare -> report

Documents are processed in the order of their ids, so the order they are given
in never changes the result.  Each stage's time is kept in ``Report.timings``.
"""

from __future__ import annotations

import os
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import attrs
import numpy as np

from crossref.claims import extract_claims, load_nlp
from crossref.clustering import clusters_of, link_claims
from crossref.comparable import share_of
from crossref.compare import compare_cluster
from crossref.config import Settings
from crossref.documents import Corpus, load
from crossref.embed import Embedder, SentenceTransformerEmbedder
from crossref.errors import ConfigError, InputError
from crossref.matching import candidate_pairs, frame_text, noun_key, score_pairs, terms
from crossref.models import Claim, Cluster, Document, Duplicate, Finding, Skipped
from crossref.names import name_words
from crossref.report import Report
from crossref.stories import STORY_NAMES, filed_from, other_stories

_LONG_RUN_DOCS = 50
_SPACE = re.compile(r"\s+")


def find_duplicates(
    documents: Sequence[Document], claims: Sequence[Claim], *, threshold: float
) -> list[Duplicate]:
    """Documents whose sentences mostly repeat an earlier document's (by id order).

    A document is a duplicate of another when at least ``threshold`` of its
    distinct sentences appear, word for word (case and spacing aside), in it.
    """
    by_id = {d.id: d for d in documents}
    sentences: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        doc = by_id[c.doc_id]
        sentences[c.doc_id].add(_SPACE.sub(" ", doc.text[c.sentence_start : c.sentence_end]).strip().lower())
    holders: dict[str, list[str]] = defaultdict(list)
    for doc_id in sorted(sentences):
        for s in sentences[doc_id]:
            holders[s].append(doc_id)
    out: list[Duplicate] = []
    taken: dict[str, str] = {}
    for doc_id in sorted(sentences):
        mine = sentences[doc_id]
        shared: dict[str, int] = defaultdict(int)
        for s in mine:
            for other in holders[s]:
                if other < doc_id:
                    shared[other] += 1
        best = max(shared.items(), key=lambda kv: (kv[1], [-ord(ch) for ch in kv[0]]), default=None)
        if best and best[1] / len(mine) >= threshold:
            original = taken.get(best[0], best[0])
            taken[doc_id] = original
            out.append(Duplicate(doc_id=doc_id, same_as=original, similarity=round(best[1] / len(mine), 4)))
    return out


class CrossReferencer:
    """The pipeline with its settings and models, reusable across runs.

    Args:
        settings: a :class:`Settings` (default: the defaults).
        embedder: any :class:`Embedder`; default: the settings' sentence-transformers model.
        nlp: a spaCy pipeline with a parser; default: the packaged English one.

    Nothing heavy happens here: models load on first use.

    >>> xr = CrossReferencer(settings=Settings(match_threshold=0.65))
    >>> report = xr.run(load("seeds/"))
    >>> len(report.conflicts) >= 0
    True
    """

    def __init__(
        self, settings: Settings | None = None, *, embedder: Embedder | None = None, nlp: Any = None
    ):
        if settings is not None and not isinstance(settings, Settings):
            raise ConfigError(f"settings must be a crossref.Settings, got {type(settings).__name__}")
        self.settings = settings or Settings()
        self._embedder = embedder
        self._nlp = nlp

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            s = self.settings
            self._embedder = SentenceTransformerEmbedder(
                s.model, device=s.device, batch_size=s.batch_size, cache_dir=s.cache_dir
            )
        return self._embedder

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            self._nlp = load_nlp()
        return self._nlp

    def run(self, documents: Corpus | Iterable[Document] | str | os.PathLike[str]) -> Report:
        """Cross-reference documents: claims, clusters and findings, in a :class:`Report`."""
        corpus = _as_corpus(documents, skip_bad=self.settings.skip_bad_files)
        if not corpus.documents:
            skipped = "; ".join(f"{s.path}: {s.reason}" for s in corpus.skipped[:5])
            raise InputError(
                "no documents to cross-reference"
                + (f" (skipped {len(corpus.skipped)}: {skipped})" if skipped else "")
                + "; give text files, a folder of them, or .jsonl records"
            )
        docs = sorted(corpus.documents, key=lambda d: d.id)
        show = self.settings.progress if self.settings.progress is not None else len(docs) > _LONG_RUN_DOCS
        timings: dict[str, float] = {}
        skipped = list(corpus.skipped)

        with _timed(timings, "claims"):
            claims = extract_claims(docs, nlp=self.nlp, progress=_bar(show, "claims", "paragraphs"))
        per_doc = defaultdict(int)
        for c in claims:
            per_doc[c.doc_id] += 1
        for d in docs:
            if per_doc[d.id] == 0:
                body = d.text[d.body_start :]
                why = "empty: no text" if not body.strip() else f"no claims found in {len(body):,} characters"
                skipped.append(Skipped(path=d.path or d.id, reason=why))

        with _timed(timings, "duplicates"):
            duplicates = find_duplicates(docs, claims, threshold=self.settings.duplicate_threshold)
        same_as = {d.doc_id: d.same_as for d in duplicates}
        by_id = {d.id: d for d in docs}
        # a document's source: its outlet if known, else itself; a duplicate counts as its original
        source_of = {d.id: by_id[same_as.get(d.id, d.id)].source or same_as.get(d.id, d.id) for d in docs}

        with _timed(timings, "stories"):
            stories = other_stories(
                claims,
                min_names=STORY_NAMES,
                overlap=self.settings.story_overlap,
                datelined=filed_from(docs),
            )
            elsewhere = {s.doc_id for s in stories}

        frames = [frame_text(c) for c in claims]
        with _timed(timings, "embed"):
            vectors = self._encode(frames, show)

        with _timed(timings, "candidates"):
            labels = {s: k for k, s in enumerate(sorted(set(source_of.values())))}
            groups = np.array([labels[source_of[c.doc_id]] for c in claims], dtype=np.int64)
            s = self.settings
            floor = max(
                0.0, s.match_threshold - s.name_weight - s.attribute_weight - s.term_weight - s.speaker_weight
            )
            i, j, sim = candidate_pairs(vectors, groups, top_k=s.top_k, threshold=floor)
            if elsewhere:  # a document that tells another story is not set against the others
                off = np.array([c.doc_id in elsewhere for c in claims], dtype=bool)
                keep = ~(off[i] | off[j])
                i, j, sim = i[keep], j[keep], sim[keep]
            nouns = {n for c in claims for v in c.values if v.noun for n in (v.noun, noun_key(v.noun))}
            shares = {share_of(c, v) for c in claims for v in c.values if v.dimension == "percent"}
            noun_similarity = self._similarity_of(nouns | {n for n in shares if n})
            frame_similarity = self._similarity_of({v.frame for c in claims for v in c.values if v.frame})
            score = score_pairs(
                claims,
                i,
                j,
                sim,
                name_weight=s.name_weight,
                attribute_weight=s.attribute_weight,
                noun_similarity=noun_similarity,
                frame_similarity=frame_similarity,
                term_weight=s.term_weight,
                claim_terms=[terms(f) for f in frames],
                speaker_weight=s.speaker_weight,
                published={d.id: d.published for d in docs},
                max_gap=s.max_scope_gap_days,
            )

        with _timed(timings, "clusters"):
            graph = link_claims(
                len(claims),
                i,
                j,
                score,
                vectors,
                groups,
                threshold=s.match_threshold,
                link_threshold=s.cluster_threshold,
            )
            members = clusters_of(graph)
            clusters = [
                Cluster(
                    id=f"k{n}",
                    claim_ids=[claims[m].id for m in ms],
                    doc_ids=sorted({claims[m].doc_id for m in ms}),
                    sources=sorted({source_of[claims[m].doc_id] for m in ms}),
                )
                for n, ms in enumerate(members)
            ]

        with _timed(timings, "compare"):
            findings = self._compare(
                claims, clusters, members, vectors, source_of, docs, noun_similarity, frame_similarity, show
            )

        return Report(
            documents=docs,
            claims=claims,
            clusters=clusters,
            findings=findings,
            skipped=skipped,
            duplicates=duplicates,
            other_stories=stories,
            links=sorted(
                (claims[min(a, b)].id, claims[max(a, b)].id, round(float(w), 4))
                for a, b, w in graph.edges(data="weight")
            ),
            timings=timings,
            settings=_settings_dict(self.settings, self.embedder),
        )

    def _similarity_of(self, phrases: set[str]) -> Callable[[str, str], float]:
        """Cosine between short phrases (counted nouns, figure frames), each embedded once."""
        ordered = sorted(phrases)
        vecs = dict(zip(ordered, self.embedder.encode(ordered))) if ordered else {}

        def similarity(a: str, b: str) -> float:
            if a == b:
                return 1.0
            if a not in vecs or b not in vecs:
                return 0.0
            return float(vecs[a] @ vecs[b])

        return similarity

    def _encode(self, texts: list[str], show: bool) -> np.ndarray:
        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        if not show:
            return self.embedder.encode(texts)
        from tqdm.auto import tqdm

        chunk = 2048
        parts = []
        with tqdm(total=len(texts), desc="embed", unit=" claims", file=sys.stderr, leave=False) as bar:
            for k in range(0, len(texts), chunk):
                parts.append(self.embedder.encode(texts[k : k + chunk]))
                bar.update(min(chunk, len(texts) - k))
        return np.concatenate(parts)

    def _compare(
        self,
        claims: list[Claim],
        clusters: list[Cluster],
        members: list[list[int]],
        vectors: np.ndarray,
        source_of: dict[str, str],
        docs: list[Document],
        noun_similarity: Callable[[str, str], float],
        frame_similarity: Callable[[str, str], float],
        show: bool,
    ) -> list[Finding]:
        multi = [(cl, ms) for cl, ms in zip(clusters, members) if len(cl.sources) > 1]
        bar = _bar(show, "compare", "clusters")

        published = {d.id: d.published for d in docs}
        index = {c.id: k for k, c in enumerate(claims)}
        # every capitalised word an article has, attributions and headlines too: a holder it
        # never names is one no word of it matches (a wider net can only keep more pairs)
        named_in = {d.id: name_words(_CAPITALISED.findall(d.text)) for d in docs}
        claims_of: dict[str, list[Claim]] = defaultdict(list)
        for c in claims:
            claims_of[c.doc_id].append(c)

        def similarity(a: str, b: str) -> float:
            return float(vectors[index[a]] @ vectors[index[b]])

        out: list[Finding] = []
        for cl, ms in bar(multi) if bar else multi:
            sub = vectors[ms]
            sims = sub @ sub.T
            cohesion = round(float((sims.sum() - len(ms)) / (len(ms) * (len(ms) - 1))), 4)
            out += compare_cluster(
                [claims[m] for m in ms],
                cluster_id=cl.id,
                source_of=source_of,
                published=published,
                noun_similarity=noun_similarity,
                frame_similarity=frame_similarity,
                max_scope_gap_days=self.settings.max_scope_gap_days,
                similarity=similarity,
                score=cohesion,
                named_in=named_in,
                claims_of=claims_of,
            )
        return out


_CAPITALISED = re.compile(r"\b[A-Z][\w'-]*(?:\.[a-z][\w'-]*)*")  # "Ver.di" is one name


def cross_reference(
    documents: Corpus | Iterable[Document] | str | os.PathLike[str],
    *,
    settings: Settings | None = None,
    embedder: Embedder | None = None,
    nlp: Any = None,
    **options: Any,
) -> Report:
    """Cross-reference documents about one event: where the sources agree, and where they conflict.

    Args:
        documents: a :class:`Corpus` from :func:`crossref.load`, any iterable of
            :class:`Document`, or a path to load.
        settings: a :class:`Settings`; or give its fields as keyword ``options``.
        embedder: a ready :class:`Embedder` (shared across calls to embed once).
        nlp: a ready spaCy pipeline.

    Returns:
        A :class:`Report`.

    Raises:
        ConfigError: an unknown option, or a value out of range.
        InputError: the documents cannot be used.

    >>> import crossref
    >>> report = crossref.cross_reference(crossref.load("seeds/"))
    >>> report.flags[0].kind in ("conflict", "discrepancy")
    True
    """
    if options:
        unknown = sorted(set(options) - set(Settings.field_names()))
        if unknown:
            raise ConfigError(
                f"unknown option(s) {', '.join(unknown)}; known: {', '.join(Settings.field_names())}"
            )
        settings = attrs.evolve(settings or Settings(), **options)
    return CrossReferencer(settings, embedder=embedder, nlp=nlp).run(documents)


def _as_corpus(documents: Any, *, skip_bad: bool) -> Corpus:
    if isinstance(documents, Corpus):
        return documents
    if isinstance(documents, (str, os.PathLike)):
        return load(documents, skip_bad_files=skip_bad)
    if isinstance(documents, Document):
        return Corpus([documents])
    try:
        items = list(documents)
    except TypeError:
        raise InputError(
            f"cannot cross-reference a {type(documents).__name__}; give documents or a path"
        ) from None
    if all(isinstance(d, Document) for d in items):
        return load(*items)
    return load(*items, skip_bad_files=skip_bad)


@contextmanager
def _timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    t0 = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = round(time.perf_counter() - t0, 4)


def _bar(show: bool, stage: str, unit: str) -> Any:
    if not show:
        return None
    from tqdm.auto import tqdm

    def wrap(it: Iterable[Any]) -> Iterable[Any]:
        return tqdm(it, desc=stage, unit=f" {unit}", file=sys.stderr, leave=False)

    return wrap


def _settings_dict(settings: Settings, embedder: Embedder) -> dict[str, Any]:
    out = attrs.asdict(settings)
    out["model"] = getattr(embedder, "name", type(embedder).__name__)
    out.pop("cache_dir", None)
    out.pop("progress", None)
    return out
