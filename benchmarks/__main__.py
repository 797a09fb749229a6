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
    quick = ap.parse_args(argv).quick
    t0 = time.perf_counter()
    for name, run, args in (
        ("matching (ECB+)", run_matching.main, ["--topics", "5"] if quick else []),
        ("injected conflicts", run_injected.main, ["--per-kind", "5"] if quick else []),
        ("throughput", run_throughput.main, ["--quick"] if quick else []),
    ):
        print(f"\n===== {name} =====", flush=True)
        if run(args):
            return 1
    print(f"\nall benchmarks in {time.perf_counter() - t0:.0f}s; tables in benchmarks/results/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
