"""Robustness at size: a folder of 2,000 articles and a single 5 MB document.

Run from the repository root::

    python -m benchmarks.robustness                 # both scenarios, writes results
    python -m benchmarks.robustness --articles 200  # a quicker folder run

Each scenario runs in its own Python process (so its peak memory is its own),
times ``crossref.load`` and ``crossref.cross_reference`` with the real model,
and records documents, claims, findings, the report's per-stage timings and the
peak resident memory (``ru_maxrss``).  Results go to
``benchmarks/results/robustness.md`` (and ``robustness.json``).

The inputs are real news text:

* **folder**: every full ECB+ article (all sentences, detokenized; 982 files),
  then mixes of two articles of the same topic (the first half of one, the
  second half of the other) until there are 2,000 files.  A mix shares half its
  sentences with each parent, below the duplicate threshold, so it counts as a
  source of its own.
* **big**: one document of at least 5 MB made of the seed articles' paragraphs
  and ECB+ sentences, repeated in a fixed order.

These builders are also what the tests use, at small sizes.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from benchmarks.ecbplus import DEFAULT_ROOT, _file_sort_key, _parse_file, detokenize

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
RESULTS = REPO / "benchmarks" / "results"


def ecb_articles(root: Path = DEFAULT_ROOT, *, limit: int | None = None) -> Iterator[tuple[str, str, str]]:
    """Full ECB+ articles as ``(topic, name, text)``: every sentence, detokenized, one per line.

    The ``ecbplus`` files open with their source URL as sentence 0; it is left out.
    """
    files = sorted((root / "corpus").glob("*/*.xml"), key=_file_sort_key)
    for n, path in enumerate(files):
        if limit is not None and n >= limit:
            return
        parsed = _parse_file(path)
        plus = "ecbplus" in path.stem
        sents = [
            detokenize(toks, split_hyphens=plus)
            for num, toks in sorted(parsed.sentences.items())
            if not (plus and num == 0)
        ]
        text = "\n".join(s for s in sents if s.strip())
        if text.strip():
            yield path.parent.name, path.stem, text + "\n"


def article_folder(folder: Path, n: int, *, root: Path = DEFAULT_ROOT) -> list[Path]:
    """Write ``n`` real-text articles into ``folder`` (see the module docstring); return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    arts = list(ecb_articles(root, limit=n))
    out: list[Path] = []
    for _topic, name, text in arts[:n]:
        p = folder / f"{name}.txt"
        p.write_text(text, encoding="utf-8")
        out.append(p)
    by_topic: dict[str, list[str]] = {}
    for topic, _name, text in arts:
        by_topic.setdefault(topic, []).append(text)
    k = 0
    while len(out) < n:
        topics = sorted(by_topic)
        texts = by_topic[topics[k % len(topics)]]
        a, b = texts[k % len(texts)], texts[(k // len(topics) + 1 + k) % len(texts)]
        la, lb = a.splitlines(), b.splitlines()
        mixed = la[: max(1, len(la) // 2)] + lb[len(lb) // 2 :]
        p = folder / f"mix_{k:05d}.txt"
        p.write_text("\n".join(mixed) + "\n", encoding="utf-8")
        out.append(p)
        k += 1
    return out


def paragraphs(*, root: Path = DEFAULT_ROOT, ecb_limit: int = 60) -> list[str]:
    """Real paragraphs: the seeds' (date markers left out) and ECB+ articles' sentences."""
    out: list[str] = []
    for p in sorted(SEEDS.glob("*.txt")):
        for line in p.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.lower().startswith("date "):
                out.append(line)
    for _topic, _name, text in ecb_articles(root, limit=ecb_limit):
        out.extend(s for s in text.splitlines() if s.strip())
    return out


def big_text(size: int, *, root: Path = DEFAULT_ROOT) -> str:
    """One document of at least ``size`` characters, real paragraphs repeated in a fixed order."""
    paras = paragraphs(root=root)
    parts: list[str] = ["date 2026-02-23\n"]
    total = len(parts[0])
    k = 0
    while total < size:
        para = paras[k % len(paras)] + "\n"
        parts.append(para)
        total += len(para)
        k += 1
    return "".join(parts)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def _run_scenario(kind: str, size: int) -> dict[str, object]:
    """Inside a fresh process: build the input, run crossref on it, measure."""
    import crossref
    from crossref.claims import segments

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        if kind == "folder":
            article_folder(Path(tmp) / "articles", size)
            target = Path(tmp) / "articles"
        else:
            target = Path(tmp) / "big.txt"
            target.write_text(big_text(size), encoding="utf-8")
        build = time.perf_counter() - t0
        base_mb = _peak_mb()

        t0 = time.perf_counter()
        corpus = crossref.load(target)
        t_load = time.perf_counter() - t0
        t0 = time.perf_counter()
        n_segments = sum(1 for d in corpus for _ in segments(d.text, d.body_start))
        t_segments = time.perf_counter() - t0

        t0 = time.perf_counter()
        report = crossref.cross_reference(corpus, progress=False)
        t_run = time.perf_counter() - t0
        json_bytes = len(report.to_json().encode("utf-8"))
        counts = report.counts()
        return {
            "scenario": kind,
            "size": size,
            "documents": len(corpus),
            "characters": sum(len(d.text) for d in corpus),
            "segments": n_segments,
            "claims": counts["claims"],
            "clusters": counts["clusters"],
            "findings": {k: counts[k] for k in ("conflict", "discrepancy", "agreement")},
            "duplicates": len(report.duplicates),
            "skipped": len(report.skipped),
            "build_s": round(build, 2),
            "load_s": round(t_load, 2),
            "segment_s": round(t_segments, 2),
            "run_s": round(t_run, 1),
            "claims_per_s": round(counts["claims"] / t_run, 1) if t_run else None,
            "stages_s": {k: round(v, 1) for k, v in report.timings.items()},
            "json_mb": round(json_bytes / 1e6, 1),
            "peak_rss_mb_before_run": round(base_mb),
            "peak_rss_mb": round(_peak_mb()),
        }


def _in_subprocess(kind: str, size: int) -> dict[str, object]:
    cmd = [sys.executable, "-m", "benchmarks.robustness", "--one", kind, "--size", str(size)]
    p = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, check=False)
    if p.returncode != 0:
        return {"scenario": kind, "size": size, "error": p.stderr.strip()[-2000:]}
    return json.loads(p.stdout.strip().splitlines()[-1])


def _markdown(rows: list[dict[str, object]]) -> str:
    lines = [
        "# Robustness at size",
        "",
        "`python -m benchmarks.robustness` (one process per scenario; real model, CPU, 2 cores).",
        "Peak memory is the process's peak resident set (model and spaCy included).",
        "",
        "| scenario | docs | chars | claims | findings (c/d/a) | dups | load s | run s | claims/s"
        " | peak RSS MB | stages s |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        if "error" in r:
            lines.append(f"| {r['scenario']} {r['size']:,} | error: {str(r['error'])[-300:]!r} |")
            continue
        f = r["findings"]
        assert isinstance(f, dict)
        stages = ", ".join(f"{k} {v}" for k, v in dict(r["stages_s"]).items())  # type: ignore[call-overload]
        lines.append(
            f"| {r['scenario']} {r['size']:,} | {r['documents']:,} | {r['characters']:,} | {r['claims']:,} "
            f"| {f['conflict']}/{f['discrepancy']}/{f['agreement']} | {r['duplicates']} | {r['load_s']} "
            f"| {r['run_s']} | {r['claims_per_s']} | {r['peak_rss_mb']:,} | {stages} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000, help="files in the folder scenario")
    ap.add_argument("--megabytes", type=float, default=5.0, help="size of the big document")
    ap.add_argument("--only", choices=["folder", "big"], help="run one scenario")
    ap.add_argument("--one", choices=["folder", "big"], help=argparse.SUPPRESS)
    ap.add_argument("--size", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--no-write", action="store_true", help="print, do not write results/")
    a = ap.parse_args(argv)
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    if a.one:
        print(json.dumps(_run_scenario(a.one, a.size)))
        return 0
    plan = [("folder", a.articles), ("big", int(a.megabytes * 1_000_000))]
    rows: list[dict[str, object]] = []
    for kind, size in plan:
        if a.only not in (None, kind):
            continue
        rows.append(_in_subprocess(kind, size))
        if not a.no_write:  # after each scenario: a long run cut short keeps what it measured
            _write(rows)
    print(_markdown(rows))
    return 0 if all("error" not in r for r in rows) else 1


def _write(rows: list[dict[str, object]]) -> None:
    """Merge ``rows`` into the committed results (a scenario run alone replaces only its own row)."""
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / "robustness.json"
    old = json.loads(path.read_text(encoding="utf-8")) if path.exists() else []
    mine = {(r["scenario"], r["size"]) for r in rows}
    merged = [r for r in old if (r["scenario"], r["size"]) not in mine] + rows
    merged.sort(key=lambda r: (str(r["scenario"]) != "folder", int(r["size"])))  # type: ignore[call-overload]
    path.write_text(json.dumps(merged, indent=2) + "\n", encoding="utf-8")
    (RESULTS / "robustness.md").write_text(_markdown(merged), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
