"""Benchmarks for crossref: data loaders, metrics, baselines and runners.

Not part of the installed library.  Run from the repository root, e.g.
``python -m benchmarks.run_matching``.
"""
