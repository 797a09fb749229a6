"""Throughput: claims/s end to end and per stage, against embedding alone; growth and memory.

Run from the repository root::

    python -m benchmarks.run_throughput            # 1k (real model), 10k and 100k (stand-in, see below)
    python -m benchmarks.run_throughput --quick    # 1k only, no 100k

What it measures, each size in its own subprocess (so peak RSS is that size's):

* **1k claims, real model** (and any ``--real-sizes``). Documents are ECB+ articles with all their
  sentences (:func:`benchmarks.ecbplus.all_articles`), taken in order until the
  corpus holds about the target number of claims.  ``crossref.cross_reference``
  runs with the packaged MiniLM on the CPU (loaded and warmed before the clock
  starts); ``Report.timings`` gives each stage.  Then the claims' frame texts
  (:func:`crossref.frame_text`, what the pipeline embeds) are embedded alone with
  the same model and batch size: **ratio = end-to-end claims/s / embedding-only claims/s**.
* **10k and 100k claims, post-embedding.** Embedding 100k claims takes about six
  minutes here, past this benchmark's budget, so at 100k the embedder is a
  stand-in that returns *precomputed, realistic* vectors: each distinct text gets
  a real MiniLM frame vector of the 1k run (picked by a hash of the text),
  perturbed by Gaussian noise (cosine to it ~0.85) and renormalised.  Every other
  stage (claims, from spaCy parses made once beforehand; duplicates, candidates,
  clusters, compare) runs for real.
  Documents past what ECB+ holds are built from its sentences: 15 sentences
  drawn at random (seeded) per document.  The 10k -> 100k growth is therefore
  reported on the **post-embedding stages** (all but ``embed``), the ones this
  run measures at both sizes.
* **Clustering vs ``util.community_detection``** on the same embeddings (1k real,
  10k and 100k stand-in): crossref's ``candidate_pairs`` + ``link_claims`` against
  sentence-transformers' community detection (threshold 0.75, min size 2); time
  and peak RSS increase (sampled every 5 ms).
* **Incremental re-run**: 100 ECB+ articles with ``Settings(cache_dir=...)``,
  then the same plus one article, with a new embedder on the same cache: how
  many texts the model embedded (``SentenceTransformerEmbedder.encoded``) and
  the time (model already loaded).

Results go to ``benchmarks/results/throughput.md`` and ``throughput.json``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.outputs import write_results

RESULTS_DIR = Path(__file__).resolve().parent / "results"
SYNTHETIC_SENTENCES_PER_DOC = 15
STAGES = ("claims", "duplicates", "embed", "candidates", "clusters", "compare")


# --------------------------------------------------------------------------- corpus


def build_documents(target_claims: int, claims_per_sentence: float, *, seed: int = 0) -> list[Any]:
    """ECB+ articles in order, then synthetic articles of its sentences, for ~``target_claims`` claims."""
    import crossref
    from benchmarks.ecbplus import all_articles

    articles = all_articles()
    want = int(target_claims / claims_per_sentence)
    docs, have = [], 0
    for stem, sentences in articles:
        if have >= want:
            break
        docs.append(crossref.Document(id=stem, text=" ".join(sentences), source=stem))
        have += len(sentences)
    pool = [s for _, ss in articles for s in ss]
    rng = random.Random(seed)
    k = 0
    while have < want:
        sentences = rng.sample(pool, SYNTHETIC_SENTENCES_PER_DOC)
        docs.append(crossref.Document(id=f"syn{k:06d}", text=" ".join(sentences), source=f"syn{k:06d}"))
        have += len(sentences)
        k += 1
    return docs


class StandInEmbedder:
    """Realistic vectors without the model: two real vectors picked by the text's hash, mixed, plus noise.

    The same text always gets the same vector; distinct texts spread over the
    ~1M mixtures of the real vectors, so neighbourhoods look like real ones.

    Args:
        base: (m, d) real, normalised MiniLM vectors.
        noise: per-dimension standard deviation of the Gaussian noise.
    """

    name = "stand-in (real MiniLM vectors + noise)"

    def __init__(self, base: np.ndarray, *, noise: float = 0.03) -> None:
        self.base = base
        self.noise = noise

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.empty((len(texts), self.base.shape[1]), dtype=np.float32)
        for n, t in enumerate(texts):
            h = int.from_bytes(hashlib.blake2b(t.encode(), digest_size=8).digest(), "little")
            rng = np.random.default_rng(h)
            a, b = h % len(self.base), (h >> 20) % len(self.base)
            out[n] = self.base[a] + 0.8 * self.base[b] + rng.standard_normal(self.base.shape[1]) * self.noise
        out /= np.linalg.norm(out, axis=1, keepdims=True)
        return out


def synthetic_documents(target_claims: int, claims_per_sentence: float, pool: Sequence[str]) -> list[Any]:
    """Documents of 15 sentences drawn at random (seeded) from ``pool``, one sentence a line."""
    import crossref

    rng = random.Random(target_claims)
    n_docs = max(1, round(target_claims / claims_per_sentence / SYNTHETIC_SENTENCES_PER_DOC))
    return [
        crossref.Document(
            id=f"syn{k:06d}",
            text="\n".join(rng.sample(list(pool), SYNTHETIC_SENTENCES_PER_DOC)),
            source=f"s{k}",
        )
        for k in range(n_docs)
    ]


class CachedParser:
    """A spaCy pipeline front that hands back parses made beforehand (a DocBin), parsing only the rest."""

    def __init__(self, nlp: Any, docbin_path: str) -> None:
        from spacy.tokens import DocBin

        self.nlp = nlp
        self.parsed = {d.text: d for d in DocBin().from_disk(docbin_path).get_docs(nlp.vocab)}
        self.misses = 0

    def pipe(self, stream: Any, *, as_tuples: bool = False, batch_size: int = 64) -> Any:
        for item in stream:
            text, ctx = item if as_tuples else (item, None)
            doc = self.parsed.get(text)
            if doc is None:
                self.misses += 1
                doc = self.nlp(text)
            yield (doc, ctx) if as_tuples else doc


class PeakRSS:
    """Peak resident memory above the starting point, sampled every 5 ms in a thread."""

    def __enter__(self) -> PeakRSS:
        import psutil

        self._proc = psutil.Process()
        self.start = self._proc.memory_info().rss
        self.peak = self.start
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)
        self._thread.start()
        return self

    def _poll(self) -> None:
        while not self._stop.wait(0.005):
            self.peak = max(self.peak, self._proc.memory_info().rss)

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._proc.memory_info().rss)

    @property
    def increase_mb(self) -> float:
        return (self.peak - self.start) / 2**20


def timed(fn: Callable[[], Any]) -> tuple[Any, float, float]:
    """(result, seconds, peak RSS increase in MB)."""
    with PeakRSS() as mem:
        t0 = time.perf_counter()
        out = fn()
        dt = time.perf_counter() - t0
    return out, dt, mem.increase_mb


def clustering_vs_community(vectors: np.ndarray, groups: np.ndarray) -> dict[str, Any]:
    """crossref's candidates + linkage against ``util.community_detection`` on the same vectors."""
    import torch
    from sentence_transformers import util

    from crossref import Settings
    from crossref.clustering import clusters_of, link_claims
    from crossref.matching import candidate_pairs

    s = Settings()

    def ours() -> int:
        i, j, sim = candidate_pairs(vectors, groups, top_k=s.top_k, threshold=s.match_threshold)
        g = link_claims(
            len(vectors),
            i,
            j,
            sim,
            vectors,
            groups,
            threshold=s.match_threshold,
            link_threshold=s.cluster_threshold,
        )
        return sum(len(c) > 1 for c in clusters_of(g))

    def community() -> int:
        return len(util.community_detection(torch.from_numpy(vectors), threshold=0.75, min_community_size=2))

    n_ours, t_ours, m_ours = timed(ours)
    n_comm, t_comm, m_comm = timed(community)
    return {
        "crossref": {"seconds": t_ours, "peak_rss_increase_mb": m_ours, "clusters": n_ours},
        "community_detection": {"seconds": t_comm, "peak_rss_increase_mb": m_comm, "clusters": n_comm},
    }


# --------------------------------------------------------------------------- child: one size


def child(
    size: int,
    mode: str,
    base_path: str | None,
    vectors_out: str | None,
    cpr: float,
    docbin: str | None = None,
) -> dict[str, Any]:
    import crossref
    from benchmarks.ecbplus import all_articles
    from crossref.claims import load_nlp
    from crossref.matching import frame_text

    t0 = time.perf_counter()
    nlp: Any = load_nlp()
    if mode == "real":
        docs = build_documents(size, cpr)
        embedder: Any = crossref.SentenceTransformerEmbedder()
        embedder.encode(["warm up the model"])
    else:
        pool = [x for _, ss in all_articles() for x in ss]
        docs = synthetic_documents(size, cpr, pool)
        nlp = CachedParser(nlp, docbin)  # type: ignore[arg-type]
        embedder = StandInEmbedder(np.load(base_path, allow_pickle=False))  # type: ignore[arg-type]
    setup_s = time.perf_counter() - t0
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    t0 = time.perf_counter()
    report = crossref.cross_reference(docs, embedder=embedder, nlp=nlp, progress=False)
    e2e_s = time.perf_counter() - t0
    n = len(report.claims)
    out: dict[str, Any] = {
        "size": size,
        "mode": mode,
        "documents": len(docs),
        "claims": n,
        "clusters": len(report.clusters),
        "findings": len(report.findings),
        "setup_s": setup_s,
        "end_to_end_s": e2e_s,
        "stages_s": {k: float(report.timings.get(k, 0.0)) for k in STAGES},
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss_before_run_mb": rss_before,
    }
    if isinstance(nlp, CachedParser):
        out["parse_misses"] = nlp.misses
    frames = [frame_text(c) for c in report.claims]
    vectors: np.ndarray | None = None
    if mode == "real":
        alone = crossref.SentenceTransformerEmbedder()
        alone._model = embedder.model  # the same loaded model; a fresh, empty embedder
        t0 = time.perf_counter()
        vectors = alone.encode(frames)
        out["embed_only_s"] = time.perf_counter() - t0
        out["distinct_frames"] = alone.encoded
        if vectors_out:
            np.save(vectors_out, vectors, allow_pickle=False)
    else:
        vectors = embedder.encode(frames)
    source = {d.id: d.source or d.id for d in report.documents}
    labels = {s: k for k, s in enumerate(sorted(set(source.values())))}
    groups = np.array([labels[source[c.doc_id]] for c in report.claims], dtype=np.int64)
    out["clustering_vs_community"] = clustering_vs_community(vectors, groups)
    return out


def incremental() -> dict[str, Any]:
    """Run 100 articles with a disk cache, add one, re-run: what is embedded, and how long it takes."""
    import crossref
    from benchmarks.ecbplus import all_articles
    from crossref.claims import load_nlp

    arts = all_articles()[:101]
    docs = [crossref.Document(id=s, text=" ".join(ss), source=s) for s, ss in arts]
    nlp = load_nlp()
    with tempfile.TemporaryDirectory() as cache:
        first = crossref.SentenceTransformerEmbedder(cache_dir=cache)
        first.encode(["warm up the model"])
        first.encoded = 0
        t0 = time.perf_counter()
        r1 = crossref.cross_reference(docs[:100], embedder=first, nlp=nlp, progress=False)
        t1 = time.perf_counter() - t0
        second = crossref.SentenceTransformerEmbedder(cache_dir=cache)
        second._model = first.model  # a re-run in a warm process: the cache is what is measured
        t0 = time.perf_counter()
        r2 = crossref.cross_reference(docs, embedder=second, nlp=nlp, progress=False)
        t2 = time.perf_counter() - t0
    new = [c for c in r2.claims if c.doc_id == docs[100].id]
    new_frames = {crossref.frame_text(c) for c in new}
    old_frames = {crossref.frame_text(c) for c in r1.claims}
    return {
        "first_run": {"documents": 100, "claims": len(r1.claims), "embedded": first.encoded, "seconds": t1},
        "re_run": {
            "documents": 101,
            "claims": len(r2.claims),
            "embedded": second.encoded,
            "seconds": t2,
            "new_article_claims": len(new),
            "new_article_unseen_frames": len(new_frames - old_frames),
            "stages_s": dict(r2.timings),
        },
    }


# --------------------------------------------------------------------------- parent


def run_child(args: list[str]) -> dict[str, Any]:
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as f:
        out = f.name
    cmd = [sys.executable, "-m", "benchmarks.run_throughput", "--child", *args, "--json-out", out]
    subprocess.run(cmd, check=True)
    data = json.loads(Path(out).read_text())
    os.unlink(out)
    return data


def parse_pool(path: str) -> int:
    """Parse every ECB+ sentence once and keep the parses in a DocBin (no pickle) for the children."""
    from spacy.tokens import DocBin

    from benchmarks.ecbplus import all_articles
    from crossref.claims import load_nlp

    nlp = load_nlp()
    pool = list(dict.fromkeys(x for _, ss in all_articles() for x in ss))
    db = DocBin(attrs=["ORTH", "TAG", "HEAD", "DEP", "POS", "MORPH", "SENT_START", "ENT_IOB", "ENT_TYPE"])
    for d in nlp.pipe(pool, batch_size=256):
        db.add(d)
    db.to_disk(path)
    return len(pool)


def claims_per_sentence() -> float:
    """Claims per ECB+ sentence, from the first 300 sentences (to size the corpora)."""
    import crossref
    from benchmarks.ecbplus import all_articles
    from crossref.claims import load_nlp

    docs, n = [], 0
    for stem, ss in all_articles():
        docs.append(crossref.Document(id=stem, text=" ".join(ss), source=stem))
        n += len(ss)
        if n >= 300:
            break
    return len(crossref.extract_claims(docs, nlp=load_nlp())) / n


def _ms(x: float) -> str:
    return f"{x:,.1f}"


def tables(res: dict[str, Any]) -> str:
    runs = res["sizes"]
    lines = ["## End to end vs embedding alone (real model)", ""]
    lines += [
        "| claims | docs | end-to-end s | claims/s | embed-only s | embed-only claims/s | ratio | peak RSS MB |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in runs:
        if r["mode"] != "real":
            continue
        lines.append(
            f"| {r['claims']:,} | {r['documents']:,} | {_ms(r['end_to_end_s'])} | {r['claims_per_s']:,.0f} | "
            f"{_ms(r['embed_only_s'])} | {r['embed_only_claims_per_s']:,.0f} | **{r['ratio']:.2f}** | "
            f"{r['peak_rss_mb']:,.0f} |"
        )
    lines += ["", "## Per stage (seconds; claims/s in brackets)", ""]
    lines += ["| claims | embedder | " + " | ".join(STAGES) + " | all but embed | peak RSS MB |"]
    lines += ["|---:|---|" + "---:|" * (len(STAGES) + 2)]
    for r in runs:
        cells = []
        for k in STAGES:
            s = r["stages_s"][k]
            rate = f" ({r['claims'] / s:,.0f}/s)" if s > 0 else ""
            cells.append(f"{s:,.2f}{rate}")
        lines.append(
            f"| {r['claims']:,} | {'MiniLM' if r['mode'] == 'real' else 'stand-in'} | "
            + " | ".join(cells)
            + f" | {r['post_embed_s']:,.1f} | {r['peak_rss_mb']:,.0f} |"
        )
    g = res.get("growth")
    if g:
        lines += [
            "",
            f"Growth 10k -> 100k claims ({g['claims_small']:,} -> {g['claims_large']:,}, "
            f"x{g['claims_factor']:.1f} claims), post-embedding stages: **x{g['post_embed_factor']:.1f}** time "
            f"(target <= 12); peak RSS at 100k: **{g['peak_rss_large_mb']:,.0f} MB** (target < 2,048).",
        ]
    lines += ["", "## Clustering vs util.community_detection (same embeddings)", ""]
    lines += [
        "| claims | embedder | crossref candidates+linkage s | MB | clusters | community_detection s | MB | communities |",
        "|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in runs:
        c = r.get("clustering_vs_community")
        if not c:
            continue
        a, b = c["crossref"], c["community_detection"]
        lines.append(
            f"| {r['claims']:,} | {'MiniLM' if r['mode'] == 'real' else 'stand-in'} | {_ms(a['seconds'])} | "
            f"{a['peak_rss_increase_mb']:,.0f} | {a['clusters']:,} | {_ms(b['seconds'])} | "
            f"{b['peak_rss_increase_mb']:,.0f} | {b['clusters']:,} |"
        )
    inc = res.get("incremental")
    if inc:
        f, s = inc["first_run"], inc["re_run"]
        lines += [
            "",
            "## Incremental re-run (disk cache)",
            "",
            "| run | docs | claims | texts embedded | seconds |",
            "|---|---:|---:|---:|---:|",
            f"| first | {f['documents']} | {f['claims']:,} | {f['embedded']:,} | {_ms(f['seconds'])} |",
            f"| +1 article | {s['documents']} | {s['claims']:,} | {s['embedded']:,} | {_ms(s['seconds'])} |",
            "",
            f"The added article has {s['new_article_claims']} claims, {s['new_article_unseen_frames']} of them "
            "with a frame text not seen in the first run; the re-run embedded "
            f"{s['embedded']} texts (frames + the counted nouns of multi-source clusters not seen before).",
        ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m benchmarks.run_throughput", description=__doc__.split("\n")[0]
    )
    ap.add_argument("--quick", action="store_true", help="1k only, no 100k, no incremental")
    ap.add_argument("--out", type=Path, default=RESULTS_DIR)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--size", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--mode", default="real", help=argparse.SUPPRESS)
    ap.add_argument("--base", help=argparse.SUPPRESS)
    ap.add_argument("--vectors-out", help=argparse.SUPPRESS)
    ap.add_argument("--cpr", type=float, default=1.3, help=argparse.SUPPRESS)
    ap.add_argument("--json-out", help=argparse.SUPPRESS)
    ap.add_argument("--docbin", help=argparse.SUPPRESS)
    ap.add_argument(
        "--real-sizes",
        type=lambda v: [int(x) for x in v.split(",")],
        default=[1000],
        help="sizes run with the real model (default 1000; e.g. 1000,10000 takes ~15 more minutes)",
    )
    args = ap.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    if args.child:
        res = (
            incremental()
            if args.mode == "incremental"
            else child(args.size, args.mode, args.base, args.vectors_out, args.cpr, args.docbin)
        )
        Path(args.json_out).write_text(json.dumps(res))
        return 0

    t_start = time.perf_counter()
    cpr = claims_per_sentence()
    print(f"{cpr:.2f} claims per ECB+ sentence")
    tmp = tempfile.mkdtemp(prefix="xr-throughput-")
    base = os.path.join(tmp, "vectors1k.npy")
    docbin = os.path.join(tmp, "pool.spacy")
    plan: list[list[str]] = [["--size", "1000", "--mode", "real", "--vectors-out", base]]
    plan += [["--size", str(n), "--mode", "real"] for n in args.real_sizes if n != 1000]
    if not args.quick:
        t0 = time.perf_counter()
        n_pool = parse_pool(docbin)
        print(f"parsed the {n_pool:,} ECB+ sentences once in {time.perf_counter() - t0:.0f}s", flush=True)
        plan += [
            ["--size", str(n), "--mode", "standin", "--base", base, "--docbin", docbin]
            for n in (10_000, 100_000)
        ]
    runs = []
    for p in plan:
        print("running", " ".join(p[:4]), flush=True)
        load_before = os.getloadavg()[0]
        r = run_child([*p, "--cpr", f"{cpr:.4f}"])
        r["load_1min"] = [load_before, os.getloadavg()[0]]
        r["claims_per_s"] = r["claims"] / r["end_to_end_s"]
        r["post_embed_s"] = sum(v for k, v in r["stages_s"].items() if k != "embed")
        if r["mode"] == "real":
            r["embed_only_claims_per_s"] = r["claims"] / r["embed_only_s"]
            r["ratio"] = r["claims_per_s"] / r["embed_only_claims_per_s"]
        runs.append(r)
        print(json.dumps({k: v for k, v in r.items() if k != "clustering_vs_community"}), flush=True)
    res: dict[str, Any] = {"sizes": runs, "claims_per_sentence": cpr}
    by = {r["size"]: r for r in runs if r["mode"] == "standin"}
    if 10000 in by and 100000 in by:
        a, b = by[10000], by[100000]
        res["growth"] = {
            "claims_small": a["claims"],
            "claims_large": b["claims"],
            "claims_factor": b["claims"] / a["claims"],
            "post_embed_factor": b["post_embed_s"] / a["post_embed_s"],
            "peak_rss_large_mb": b["peak_rss_mb"],
        }
    if not args.quick:
        print("running incremental", flush=True)
        load_before = os.getloadavg()[0]
        res["incremental"] = run_child(["--mode", "incremental"])
        res["incremental"]["load_1min"] = [load_before, os.getloadavg()[0]]
    res["total_s"] = time.perf_counter() - t_start
    res["machine"] = f"Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs"
    md = "\n".join(
        [
            "# Throughput",
            "",
            "`python -m benchmarks.run_throughput`; see its docstring for what each row is. "
            "At 100k claims the embedder is a **stand-in with precomputed realistic vectors** "
            f"(real MiniLM at {', '.join(f'{n:,}' for n in sorted({1000, *args.real_sizes}))} claims; "
            "stand-in at 10k and 100k): the stand-in rows measure every stage but the embedding.",
            "",
            tables(res),
            "",
            f"Total {res['total_s']:.0f}s; {res['machine']}.",
            "",
            "Load average (1 min) before -> after each run: "
            + "; ".join(
                f"{r['claims']:,} {r['mode']} {r['load_1min'][0]:.1f} -> {r['load_1min'][1]:.1f}"
                for r in runs
            )
            + (
                "; incremental {:.1f} -> {:.1f}".format(*res["incremental"]["load_1min"])
                if "incremental" in res
                else ""
            )
            + f" ({os.cpu_count()} CPUs; above that, other processes shared the cores).",
            "",
        ]
    )
    print(md)
    write_results(args.out, "throughput", md, res)
    return 0


if __name__ == "__main__":
    sys.exit(main())
