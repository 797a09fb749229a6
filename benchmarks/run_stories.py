"""Another story: how often :func:`crossref.stories.other_stories` finds the article about
another event, and how often it wrongly sets aside an article about the event.

Run from the repository root::

    python -m benchmarks.run_stories                # about a minute: spaCy claims of ~520 articles

Each ECB+ topic holds two events of one kind (two earthquakes, two rehab check-ins).  A set
is all the articles of a topic's ``ecb`` event plus the first article of its ``plus`` event:
the odd one out, as the seeds' Russian article is beside the American ones.  Per
``story_overlap`` (the setting's default marked), the table gives how many sets have their
odd article found, and how many of the event's own articles were judged another story.
The seeds are a set of their own (000 is the odd one).  Names come from the claims, as in
the pipeline (no model is loaded: the judgement uses names only).

Results go to ``benchmarks/results/stories.md`` and ``stories.json``.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

import crossref
from benchmarks.ecbplus import DEFAULT_ROOT, all_articles
from benchmarks.export_events import event_of
from benchmarks.outputs import write_results
from crossref.config import Settings
from crossref.stories import STORY_NAMES, filed_from, other_stories

OVERLAPS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4)
SEEDS_ODD = "000_"


def _sets(
    root: Path | str, seeds: Path
) -> list[tuple[str, str | None, list[crossref.Claim], dict[str, list[str]]]]:
    """``(name, odd document id, claims, dateline names)`` per set: the ECB+ topics, then the seeds."""
    events: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for stem, sentences in all_articles(root):
        events[event_of(stem)].append((stem, "\n".join(sentences)))
    out = []
    topics = sorted({e.removesuffix("ecb").removesuffix("plus") for e in events}, key=int)
    for t in topics:
        own, other = events.get(f"{t}ecb"), events.get(f"{t}plus")
        if not own or not other:
            continue
        docs = [crossref.parse_document(text, doc_id=stem) for stem, text in [*own, other[0]]]
        out.append((f"topic {t}", other[0][0], crossref.extract_claims(docs), filed_from(docs)))
    docs = crossref.load(seeds)
    odd = next((d.id for d in docs if d.id.startswith(SEEDS_ODD)), None)
    out.append(("seeds", odd, crossref.extract_claims(docs), filed_from(docs)))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.run_stories", description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(DEFAULT_ROOT), help="ECB+ root (default: %(default)s)")
    ap.add_argument("--seeds", default="seeds", help="the seeds folder (default: %(default)s)")
    ap.add_argument("--out", default="benchmarks/results", help="where the tables go (default: %(default)s)")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    sets = _sets(args.data, Path(args.seeds))
    default = Settings().story_overlap
    rows, payload = [], {"sets": len(sets), "min_names": STORY_NAMES, "default": default, "overlaps": []}
    for overlap in sorted({*OVERLAPS, default}):
        found, wrong, own_docs, seeds_ok = [], [], 0, False
        for name, odd, claims, datelined in sets:
            judged = {
                s.doc_id
                for s in other_stories(claims, min_names=STORY_NAMES, overlap=overlap, datelined=datelined)
            }
            if odd in judged:
                found.append(name)
            wrong += sorted(judged - {odd})
            own_docs += len({c.doc_id for c in claims} - {odd})
            if name == "seeds":
                seeds_ok = odd in judged and judged == {odd}
        mark = " (default)" if overlap == default else ""
        rows.append(
            f"| {overlap:.2f}{mark} | {len(found)} of {len(sets)} | {len(wrong)} of {own_docs} | "
            f"{'yes' if seeds_ok else 'no'} |"
        )
        payload["overlaps"].append(
            {"overlap": overlap, "odd_found": found, "own_misjudged": wrong, "own_articles": own_docs}
        )
    seconds = time.perf_counter() - t0
    payload["seconds"] = round(seconds, 1)
    md = "\n".join(
        [
            "# Another story among the articles",
            "",
            "`python -m benchmarks.run_stories`: per ECB+ topic, its `ecb` event's articles plus the first "
            "article of its `plus` event (the odd one); the seeds with their Russian article. "
            f"{len(sets)} sets; a document is judged when it names at least {STORY_NAMES} things.",
            "",
            "| story_overlap | odd article found | own articles set aside | seeds: only 000 |",
            "|---|---:|---:|---|",
            *rows,
            "",
            f"Run in {seconds:.0f}s.",
            "",
        ]
    )
    write_results(Path(args.out), "stories", md, payload)
    print(md)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
