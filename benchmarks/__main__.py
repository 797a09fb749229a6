"""Run every benchmark and print its tables: ``python -m benchmarks`` (see benchmarks/README.md)."""

from __future__ import annotations

import sys
import time

from benchmarks import run_injected, run_matching, run_throughput


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Run matching, injected and throughput one after the other (about 30-40 minutes on "
        "a shared 2-core machine; see benchmarks/README.md) and print every table.",
    )
    ap.add_argument("--quick", action="store_true", help="5 topics, 5 pairs per kind, 1k claims: ~3 minutes")
    ap.add_argument(
        "--only",
        default="matching,injected,throughput",
        help="comma-separated benchmarks to run; 'matching,injected' (the quality benchmarks) takes "
        "about 5-12 minutes",
    )
    opts = ap.parse_args(argv)
    quick = opts.quick
    wanted = {w.strip() for w in opts.only.split(",") if w.strip()}
    plan = (
        ("matching", "matching (ECB+)", run_matching.main, ["--topics", "5"] if quick else []),
        ("injected", "injected conflicts", run_injected.main, ["--per-kind", "5"] if quick else []),
        ("throughput", "throughput", run_throughput.main, ["--quick"] if quick else []),
    )
    unknown = wanted - {key for key, *_ in plan}
    if unknown:
        names = ", ".join(sorted(unknown))
        ap.error(f"unknown benchmark(s) {names}; choose from matching, injected, throughput")
    t0 = time.perf_counter()
    for key, name, run, args in plan:
        if key not in wanted:
            continue
        print(f"\n===== {name} =====", flush=True)
        if run(args):
            return 1
    print(f"\nall benchmarks in {time.perf_counter() - t0:.0f}s; tables in benchmarks/results/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
