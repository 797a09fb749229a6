"""Flags on ECB+ events, scored against hand verdicts: how many of crossref's flags are right?

Run from the repository root::

    python -m benchmarks.run_unseen                  # the reviewed events (sets in unseen_labels.json)
    python -m benchmarks.run_unseen --sets D F       # some of them
    python -m benchmarks.run_unseen --events 2ecb 8plus --to-review /tmp/flags.json

Each event is written as a folder of articles (:func:`benchmarks.export_events.export`) and
runs alone through ``crossref.cross_reference`` (one embedder and one spaCy pipeline shared).
Every flag (a ``discrepancy`` or ``conflict`` finding) is keyed by the two figures its
explanation sets against each other: document and character span of each.  A hand verdict
in ``benchmarks/unseen_labels.json`` for the same two figures says whether the flag is
**real** (the sources state incompatible values for the same fact: same occasion, same
actor, same thing measured) or **false**, with its cause.  Flags nobody has judged yet are
counted as *unjudged* and written, with their claims, to ``--to-review`` for a reviewer.

**Real kept** counts the facts judged real that are still flagged: the judged pair, or a flag
whose claims hold both figures of the judged pair.  The verdicts were made on the code of the commit each names,
by reviewers who had no part in writing the rules (see ``results/unseen_reviews.md``); once
a rule has been shaped on a set, the set is no longer held out, so these figures are a
development score, and held-out sets are reported apart in ``results/unseen_reviews.md``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.ecbplus import DEFAULT_ROOT
from benchmarks.export_events import export
from benchmarks.outputs import write_results

LABELS = Path(__file__).resolve().parent / "unseen_labels.json"
RESULTS_DIR = Path(__file__).resolve().parent / "results"

Figure = tuple[str, int, int]  # document id, start, end


def flagged_pair(finding: Any) -> tuple[Any, Any] | None:
    """The two values a flag's explanation sets against each other (``'a' vs 'b'``)."""
    values = [v for v in finding.values if v is not None]
    for a in values:
        for b in values:
            if a is not b and f"{a.text!r} vs {b.text!r}" in finding.explanation:
                return a, b
    return None


def flags_of(event: str, report: Any) -> list[dict[str, Any]]:
    """The event's flags, each with the figures it sets side by side (and what crossref read of
    them: frame and holder) and the claims it quotes."""
    claims = {c.id: c for c in report.claims}
    out = []
    for f in report.findings:
        if f.kind == "agreement":
            continue
        pair = flagged_pair(f)
        # a value's doc is its claim's; values and claim_ids are in the same order
        doc_of = {
            id(v): claims[cid].doc_id for v, cid in zip(f.values, f.claim_ids, strict=True) if v is not None
        }
        if pair is not None:
            figures = sorted([doc_of[id(v)], v.start, v.end, v.text] for v in pair)
        else:  # a conflict in words: keyed by its claims
            figures = sorted(
                [claims[cid].doc_id, claims[cid].start, claims[cid].end, claims[cid].text]
                for cid in f.claim_ids
            )
        out.append(
            {
                "event": event,
                "kind": f.kind,
                "attribute": f.attribute,
                "explanation": f.explanation,
                "figures": figures,
                "read": [{"frame": v.frame, "holder": v.holder} for v in pair] if pair is not None else [],
                "claims": [
                    {
                        "doc": claims[cid].doc_id,
                        "start": claims[cid].start,
                        "end": claims[cid].end,
                        "text": claims[cid].text,
                    }
                    for cid in f.claim_ids
                ],
            }
        )
    return out


def _key(figures: Sequence[Sequence[Any]]) -> tuple[Figure, ...]:
    return tuple(sorted((str(d), int(s), int(e)) for d, s, e, *_ in figures))


def _holds(claims: Sequence[dict[str, Any]], figures: Sequence[Sequence[Any]]) -> bool:
    """Each of the figures lies in one of the claims (by document and character span): a
    flag on these claims still sets them side by side, however the claims were cut."""
    return all(
        any(c["doc"] == d and c["start"] <= int(s) and int(e) <= c["end"] for c in claims)
        for d, s, e, *_ in figures
    )


def _verdicts(labels: Sequence[dict[str, Any]]) -> dict[tuple[Figure, ...], dict[str, Any]]:
    """The hand verdicts, by the two figures each judged flag set side by side."""
    return {_key(lab["figures"]): lab for lab in labels}


def score(flags: Sequence[dict[str, Any]], labels: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Flags counted by verdict; real facts judged on these events and no longer flagged."""
    verdict = _verdicts(labels)
    now = {_key(f["figures"]) for f in flags}
    counts = {"flags": len(flags), "real": 0, "false": 0, "unjudged": 0}
    causes: dict[str, int] = {}
    unjudged = []
    for f in flags:
        lab = verdict.get(_key(f["figures"]))
        if lab is None:
            counts["unjudged"] += 1
            unjudged.append(f)
        elif lab["verdict"] == "real":
            counts["real"] += 1
        else:
            counts["false"] += 1
            causes[lab.get("cause", "?")] = causes.get(lab.get("cause", "?"), 0) + 1
    real = [lab for lab in labels if lab["verdict"] == "real"]
    lost = [
        lab
        for lab in real
        if _key(lab["figures"]) not in now and not any(_holds(f["claims"], lab["figures"]) for f in flags)
    ]
    return {
        **counts,
        "real_judged": len(real),
        "real_kept": len(real) - len(lost),
        "lost": lost,
        "causes": dict(sorted(causes.items(), key=lambda kv: -kv[1])),
        "unjudged_flags": unjudged,
    }


def run_events(events: Sequence[str], data: Path | str) -> list[dict[str, Any]]:
    import crossref
    from crossref.claims import load_nlp

    embedder, nlp = crossref.SentenceTransformerEmbedder(), load_nlp()
    flags: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        export(events, Path(tmp), data)
        for event in events:
            docs = crossref.load(Path(tmp) / event)
            report = crossref.cross_reference(docs, embedder=embedder, nlp=nlp, progress=False)
            flags += flags_of(event, report)
    return flags


def markdown(rows: dict[str, dict[str, Any]], seconds: float) -> str:
    lines = [
        "# Flags on reviewed ECB+ events",
        "",
        "`python -m benchmarks.run_unseen`: each event alone through crossref; every flag looked up "
        "in the hand verdicts of `benchmarks/unseen_labels.json` (a development score: rules were "
        "shaped on these sets after their review).",
        "",
        "| set | events | flags | real | false | unjudged | real facts kept | main causes of the false |",
        "|---|---|---:|---:|---:|---:|---:|---|",
    ]
    for name, r in rows.items():
        causes = ", ".join(f"{c} {n}" for c, n in list(r["causes"].items())[:4])
        lines.append(
            f"| {name} | {' '.join(r['events'])} | {r['flags']} | {r['real']} | {r['false']} | "
            f"{r['unjudged']} | {r['real_kept']} of {r['real_judged']} | {causes} |"
        )
    lost = [lab for name, r in rows.items() if name != "all" for lab in r["lost"]]
    if lost:
        lines += ["", "Real facts no longer flagged:", ""]
        lines += [f"- {lab['event']}: " + " / ".join(repr(fig[3]) for fig in lab["figures"]) for lab in lost]
    lines += ["", f"Run in {seconds:.0f}s.", ""]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.run_unseen", description=__doc__.split("\n")[0])
    ap.add_argument("--sets", nargs="*", help="reviewed sets to run (default: all in the labels file)")
    ap.add_argument("--events", nargs="*", help="events to run instead, such as 2ecb 8plus (no set)")
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--data", default=DEFAULT_ROOT, help="the ECB+ release (default: %(default)s)")
    ap.add_argument("--to-review", type=Path, help="write the flags nobody has judged yet here (JSON)")
    ap.add_argument(
        "--out", type=Path, default=RESULTS_DIR, help="where unseen.md and unseen.json go (not with --events)"
    )
    args = ap.parse_args(argv)

    book = json.loads(args.labels.read_text(encoding="utf-8"))
    sets: dict[str, list[str]] = book["sets"]
    if args.events:
        sets = {"events": list(args.events)}
    elif args.sets:
        unknown = [s for s in args.sets if s not in sets]
        if unknown:
            ap.error(f"no such set(s) {', '.join(unknown)} in {args.labels}; there are {', '.join(sets)}")
        sets = {s: sets[s] for s in args.sets}
    t0 = time.perf_counter()
    flags = run_events([e for events in sets.values() for e in events], args.data)
    rows = {}
    for name, events in sets.items():
        mine = [f for f in flags if f["event"] in events]
        labels = [lab for lab in book["labels"] if lab["event"] in events]
        rows[name] = {"events": events, **score(mine, labels)}
    total = score(flags, [lab for lab in book["labels"] if any(lab["event"] in e for e in sets.values())])
    if len(rows) > 1:
        rows["all"] = {"events": [], **total}
    seconds = time.perf_counter() - t0
    md = markdown(rows, seconds)
    print(md)
    if args.to_review:
        args.to_review.write_text(json.dumps(total["unjudged_flags"], indent=2) + "\n", encoding="utf-8")
        print(f"{len(total['unjudged_flags'])} unjudged flags written to {args.to_review}")
    if not args.events:
        verdict = _verdicts(book["labels"])
        judged = [
            {
                **f,
                "verdict": verdict[k]["verdict"] if (k := _key(f["figures"])) in verdict else None,
                "cause": verdict[k]["cause"] if k in verdict else None,
            }
            for f in flags
        ]
        table = {name: {k: v for k, v in r.items() if k != "unjudged_flags"} for name, r in rows.items()}
        write_results(
            args.out, "unseen", md, {"summary": table, "flags": judged, "seconds": seconds}, indent=1
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
