"""The command line: ``crossref report PATH... [--format text|json|html] [-o FILE]``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from crossref import __version__
from crossref.config import Settings
from crossref.documents import load
from crossref.errors import CrossrefError
from crossref.pipeline import cross_reference


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="crossref", description="Cross-reference news articles claim by claim.")
    p.add_argument("--version", action="version", version=f"crossref {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    r = sub.add_parser(
        "report",
        help="find where articles agree and where they conflict",
        description="Read articles (text files, folders, .jsonl) and report conflicts, discrepancies "
        "and agreements between their claims.",
    )
    r.add_argument("paths", nargs="+", metavar="PATH", help="a text file, a .jsonl file, or a folder of them")
    r.add_argument(
        "--format", choices=("text", "json", "html"), default="text", help="output format (default: text)"
    )
    r.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    r.add_argument(
        "--model", help="sentence-transformers model name or path (default: packaged all-MiniLM-L6-v2)"
    )
    r.add_argument("--device", default="cpu", help="torch device (default: cpu)")
    r.add_argument(
        "--match-threshold",
        type=float,
        default=Settings().match_threshold,
        metavar="X",
        help="lowest pair score for two claims to be linked (default: %(default)s)",
    )
    r.add_argument(
        "--cache-dir", metavar="DIR", help="cache embeddings on disk here (re-runs embed only new text)"
    )
    r.add_argument(
        "--skip-bad-files",
        action="store_true",
        help="skip binary or non-UTF-8 files (listed in the report) instead of stopping",
    )
    r.add_argument("--timings", action="store_true", help="include per-stage timings in JSON output")
    q = r.add_mutually_exclusive_group()
    q.add_argument("--quiet", action="store_true", help="no progress bars")
    q.add_argument("--progress", action="store_true", help="always show progress bars")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 2 bad input or usage)."""
    args = _parser().parse_args(argv)
    try:
        settings = Settings(
            model=args.model,
            device=args.device,
            match_threshold=args.match_threshold,
            cache_dir=args.cache_dir,
            skip_bad_files=args.skip_bad_files,
            progress=False if args.quiet else (True if args.progress else None),
        )
        corpus = load(*args.paths, skip_bad_files=args.skip_bad_files)
        report = cross_reference(corpus, settings=settings)
    except CrossrefError as e:
        print(f"crossref: error: {e}", file=sys.stderr)
        return 2
    if args.format == "json":
        out = report.to_json(include_timings=args.timings) + "\n"
    elif args.format == "html":
        out = report.to_html()
    else:
        out = report.to_text()
    if args.output:
        try:
            with open(args.output, "w", encoding="utf-8") as f:
                f.write(out)
        except OSError as e:
            print(f"crossref: error: cannot write {args.output}: {e.strerror}", file=sys.stderr)
            return 2
        print(f"crossref: wrote {args.format} report to {args.output}: {report!r}", file=sys.stderr)
    else:
        sys.stdout.write(out)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
