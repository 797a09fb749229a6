"""Write ECB+ events as folders of articles, for reviewing crossref's flags by hand.

Each ECB+ topic holds two events of one kind (``<n>ecb`` and ``<n>ecbplus`` files); an
event is written to ``OUT/<n>ecb/`` or ``OUT/<n>plus/``, one ``.txt`` per article with
all its sentences, one per line (see :func:`benchmarks.ecbplus.all_articles`)::

    python -m benchmarks.export_events 18ecb 37ecb 29plus --out /tmp/events
    crossref report /tmp/events/37ecb

The hand reviews in ``benchmarks/results/unseen_reviews.md`` were made on folders
written this way.  ECB+ is tokenized: numbers come back with spaces the articles did
not have ("8: 52 PM", "15, 800"), which a review should tell apart from crossref's own
mistakes.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from pathlib import Path

from benchmarks.ecbplus import DEFAULT_ROOT, all_articles

_EVENT = re.compile(r"^(\d+)(ecb|plus)$")


def event_of(stem: str) -> str:
    """The event an ECB+ file stem belongs to: ``"12_3ecb"`` -> ``"12ecb"``, ``"12_3ecbplus"`` -> ``"12plus"``.

    >>> event_of("12_3ecb"), event_of("12_3ecbplus")
    ('12ecb', '12plus')
    """
    topic, rest = stem.split("_", 1)
    return topic + ("plus" if rest.endswith("plus") else "ecb")


def export(events: Sequence[str], out: Path, root: Path | str = DEFAULT_ROOT) -> dict[str, int]:
    """Write the named events' articles under ``out``; returns the number of articles per event."""
    bad = [e for e in events if not _EVENT.match(e)]
    if bad:
        raise SystemExit(f"not an ECB+ event name (like 18ecb or 37plus): {', '.join(bad)}")
    wanted = set(events)
    written = dict.fromkeys(events, 0)
    for stem, sentences in all_articles(root):
        event = event_of(stem)
        if event in wanted:
            folder = out / event
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{stem}.txt").write_text("\n".join(sentences) + "\n", encoding="utf-8")
            written[event] += 1
    missing = [e for e, n in written.items() if n == 0]
    if missing:
        raise SystemExit(f"no articles for: {', '.join(missing)} (ECB+ at {root})")
    return written


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m benchmarks.export_events", description=__doc__.split("\n")[0]
    )
    ap.add_argument("events", nargs="+", help="events such as 18ecb, 37plus")
    ap.add_argument("--out", type=Path, required=True, help="folder to write the events into")
    ap.add_argument("--data", default=DEFAULT_ROOT, help="the ECB+ release (default: %(default)s)")
    args = ap.parse_args(argv)
    for event, n in export(args.events, args.out, args.data).items():
        print(f"{args.out / event}: {n} articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
