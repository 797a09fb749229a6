"""Conflicts injected into real text: does crossref flag a changed figure, and leave a restated one alone?

Run from the repository root::

    python -m benchmarks.run_injected            # up to 25 pairs per kind of value and edit
    python -m benchmarks.run_injected --per-kind 10

From real sentences with figures (all ECB+ sentences, then the seeds), each figure
found by ``crossref.extract_values`` is edited two ways (see :func:`edits`):

* **changed** so both cannot be true: a count moved by half (x1.5, >= 20 %), a
  date shifted by 9 days (or a year by 3), a duration or a measure doubled;
* **restated** in other words or units meaning the same: ``1,000`` -> ``one
  thousand`` (and words -> digits), ``2 km`` -> ``2,000 metres``, ``two weeks``
  -> ``14 days``, ``March 3, 2009`` -> ``3 March 2009``.

Each edit makes one pair of documents: A = the original sentence, B = the edited
one, each its own source.  Each pair runs alone through ``crossref.cross_reference``
(one embedder and one spaCy pipeline shared by all runs), so pairs never see each
other.  **Recall** = changed pairs with a ``discrepancy`` or ``conflict`` finding;
**false alarms** = restated pairs with one.  Results go to
``benchmarks/results/injected.md`` and ``injected.json``, with every pair, so
misses can be read.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from benchmarks.outputs import write_results
from crossref.stamps import STAMP_BEFORE

RESULTS_DIR = Path(__file__).resolve().parent / "results"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_WORD_VALUE = {w: k for k, w in enumerate(_ONES)} | {w: 10 * k for k, w in enumerate(_TENS) if k >= 2}
_NUM = re.compile(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?")
_UNIT_WORDS = {
    "km": ("metres", 1000),
    "kilometres": ("metres", 1000),
    "kilometers": ("meters", 1000),
    "kg": ("grams", 1000),
    "kilograms": ("grams", 1000),
    "miles": None,
}
_DURATION_DAYS = {"week": 7, "weeks": 7, "day": 1, "days": 1}
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def words(n: int) -> str:
    """An integer below a million in English words: ``1200`` -> ``one thousand two hundred``."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else "-" + _ONES[n % 10])
    if n < 1000:
        return _ONES[n // 100] + " hundred" + ("" if n % 100 == 0 else " " + words(n % 100))
    return words(n // 1000) + " thousand" + ("" if n % 1000 == 0 else " " + words(n % 1000))


def _fmt(x: float) -> str:
    return f"{int(x):,}" if float(x).is_integer() else f"{x:g}"


def _word_number(text: str) -> tuple[int, int, int] | None:
    """(start, end, value) of a small number written in words in ``text``."""
    m = re.search(
        r"\b(" + "|".join(sorted(_WORD_VALUE, key=len, reverse=True)) + r")(?:-(\w+))?\b", text, re.I
    )
    if not m:
        return None
    v = _WORD_VALUE[m.group(1).lower()]
    if m.group(2):
        if m.group(2).lower() not in _WORD_VALUE:
            return None
        v += _WORD_VALUE[m.group(2).lower()]
    return m.start(), m.end(), v


def edits(value: Any) -> Iterator[tuple[str, str, str]]:
    """(kind of value, "changed" | "restated", new text of the value) for one extracted value."""
    t, dim = value.text, value.dimension
    m = _NUM.search(t)
    if dim == "count":
        if m and "." not in m.group():
            n = int(m.group().replace(",", ""))
            if 0 < n < 1_000_000 and not (1900 <= n <= 2100):
                yield "count", "changed", t[: m.start()] + _fmt(round(n * 1.5) if n > 1 else 3) + t[m.end() :]
                yield "count", "restated", t[: m.start()] + words(n) + t[m.end() :]
        elif (w := _word_number(t)) is not None and w[2] > 1:
            s, e, n = w
            yield "count", "changed", t[:s] + _fmt(round(n * 1.5)) + t[e:]
            yield "count", "restated", t[:s] + str(n) + t[e:]
    elif dim == "duration":
        unit = re.search(r"\b(weeks?|days?|months?|years?|hours?|minutes?)\b", t)
        if not unit:
            return
        if m:
            n = float(m.group().replace(",", ""))
            num_s, num_e = m.start(), m.end()
        elif (w := _word_number(t)) is not None:
            num_s, num_e, n = w[0], w[1], float(w[2])
        else:
            return
        yield "duration", "changed", t[:num_s] + _fmt(n * 2) + t[num_e:]
        u = unit.group(1)
        if u.startswith("week"):
            yield "duration", "restated", t[:num_s] + _fmt(n * 7) + " days" + t[unit.end() :]
        elif u.startswith("year") and n.is_integer():
            yield "duration", "restated", t[:num_s] + _fmt(n * 12) + " months" + t[unit.end() :]
        elif u.startswith("hour"):
            yield "duration", "restated", t[:num_s] + _fmt(n * 60) + " minutes" + t[unit.end() :]
        elif m is None:
            yield "duration", "restated", t[:num_s] + _fmt(n) + t[num_e:]
        elif n.is_integer() and n < 1000:
            yield "duration", "restated", t[:num_s] + words(int(n)) + t[num_e:]
    elif dim == "date":
        d = _parse_date(t)
        if d is None:
            return
        day, month, year, style = d
        try:
            when = dt.date(year or 2000, month, day)
        except ValueError:
            return
        moved = when + dt.timedelta(days=9)
        yield "date", "changed", _write_date(moved.day, moved.month, year and moved.year, style)
        yield "date", "restated", _write_date(day, month, year, "dmy" if style == "mdy" else "mdy")
    elif dim in ("length", "mass") and m:
        unit = re.search(r"\b(km|kilometres|kilometers|kg|kilograms)\b", t)
        n = float(m.group().replace(",", ""))
        yield "measure", "changed", t[: m.start()] + _fmt(n * 2) + t[m.end() :]
        if unit:
            name, factor = _UNIT_WORDS[unit.group(1)]  # type: ignore[misc]
            yield "measure", "restated", t[: m.start()] + _fmt(n * factor) + " " + name + t[unit.end() :]


_MDY = re.compile(r"^(?P<mon>[A-Z][a-z]{2,8})\.? (?P<day>\d{1,2})(?:st|nd|rd|th)?(?:, (?P<year>\d{4}))?$")
_DMY = re.compile(r"^(?P<day>\d{1,2}) (?P<mon>[A-Z][a-z]{2,8})(?:,? (?P<year>\d{4}))?$")


def _parse_date(t: str) -> tuple[int, int, int | None, str] | None:
    for rx, style in ((_MDY, "mdy"), (_DMY, "dmy")):
        m = rx.match(t.strip())
        if m:
            mon = next(
                (k + 1 for k, name in enumerate(_MONTHS) if name.lower().startswith(m["mon"].lower()[:3])),
                None,
            )
            if mon is None:
                return None
            return int(m["day"]), mon, int(m["year"]) if m["year"] else None, style
    return None


def _write_date(day: int, month: int, year: int | None, style: str) -> str:
    name = _MONTHS[month - 1]
    if style == "mdy":
        return f"{name} {day}" + (f", {year}" if year else "")
    return f"{day} {name}" + (f" {year}" if year else "")


def sentences() -> Iterator[tuple[str, str]]:
    """(origin, sentence): every ECB+ sentence, then the seeds' sentences (split on line and full stop)."""
    from benchmarks.ecbplus import all_articles

    for stem, ss in all_articles():
        for s in ss:
            yield f"ecbplus:{stem}", s
    for f in sorted(SEEDS.glob("*.txt")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.startswith("date "):
                continue
            for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", line.strip()):
                if len(s) > 30:
                    yield f"seeds:{f.name}", s


_CLOCK = re.compile(r"\d\s?:\s?\d|\d\s?/\s?\d|\b[AP]M\b|\b[ap]\.\s?m\.")


def _not_a_figure(sentence: str, start: int, end: int, *, is_date: bool) -> bool:
    """Datelines, date stamps and clock times ("UPDATED: FRIDAY, MAY 3, 2013, 9: 56 AM", "May 2, 2013", "9/11").

    Their digits are not figures of a claim: a date stamp dates the article, and
    crossref does not compare it (:func:`crossref.comparable.date_stamp`).

    The ECB+ tokenizer splits "9:56" into "9: 56"; such sentences are left out
    rather than edited into nonsense.
    """
    near = sentence[max(0, start - 6) : end + 6]
    shouting = sum(ch.isupper() for ch in sentence) > 0.5 * sum(ch.isalpha() for ch in sentence)
    # a date and little else ("May 2, 2013"), or after "Posted" / "Updated": it dates the article
    stamp = len(re.findall(r"[^\W\d]{2,}", sentence[:start] + " " + sentence[end:])) <= 2 or bool(
        STAMP_BEFORE.search(sentence[:start])
    )
    return bool(_CLOCK.search(near)) or shouting or (is_date and stamp)


def make_pairs(per_kind: int) -> list[dict[str, Any]]:
    """Up to ``per_kind`` changed and ``per_kind`` restated pairs per kind of value, one figure per sentence."""
    import crossref

    got: dict[tuple[str, str], int] = defaultdict(int)
    pairs: list[dict[str, Any]] = []
    for origin, s in sentences():
        if (
            len(s) > 400
            or not any(ch.isdigit() for ch in s)
            and not re.search(
                r"\b(two|three|four|five|six|"
                r"seven|eight|nine|ten|dozen|week)",
                s,
            )
        ):
            continue
        for v in crossref.extract_values(s, published=dt.date(2009, 6, 1)):
            if _not_a_figure(s, v.start, v.end, is_date=v.dimension == "date"):
                continue  # a clock time split by the ECB+ tokenizer ("4: 08 p. m."), not a figure
            made = False
            for kind, how, new in edits(v):
                if got[kind, how] >= per_kind or new == v.text:
                    continue
                got[kind, how] += 1
                made = True
                pairs.append(
                    {
                        "kind": kind,
                        "edit": how,
                        "origin": origin,
                        "a": s,
                        "b": s[: v.start] + new + s[v.end :],
                        "figure": v.text,
                        "new": new,
                    }
                )
            if made:
                break  # one figure per sentence
    return pairs


def run_pair(pair: dict[str, Any], embedder: Any, nlp: Any) -> dict[str, Any]:
    import crossref

    pub = dt.date(2009, 6, 1)
    docs = [
        crossref.Document(id="a", text=pair["a"], source="a", published=pub),
        crossref.Document(id="b", text=pair["b"], source="b", published=pub),
    ]
    report = crossref.cross_reference(docs, embedder=embedder, nlp=nlp, progress=False)
    kinds = sorted({f.kind for f in report.findings})
    return {
        **pair,
        "findings": kinds,
        "flagged": bool({"discrepancy", "conflict"} & set(kinds)),
        "matched": any(len(c.sources) > 1 for c in report.clusters),
    }


def summarize(results: Sequence[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    table: dict[str, dict[str, Any]] = {}
    for kind in sorted({r["kind"] for r in results}) + ["all"]:
        rows = [r for r in results if kind in ("all", r["kind"])]
        ch = [r for r in rows if r["edit"] == "changed"]
        rs = [r for r in rows if r["edit"] == "restated"]
        table[kind] = {
            "changed": len(ch),
            "recall": sum(r["flagged"] for r in ch) / len(ch) if ch else float("nan"),
            "changed_unmatched": sum(not r["matched"] for r in ch),
            "restated": len(rs),
            "false_alarm_rate": sum(r["flagged"] for r in rs) / len(rs) if rs else float("nan"),
        }
    return table


def markdown(table: dict[str, dict[str, Any]], results: Sequence[dict[str, Any]], seconds: float) -> str:
    lines = [
        "# Injected conflicts and restatements",
        "",
        "`python -m benchmarks.run_injected`: pairs of one-sentence documents (original vs edited) from "
        "ECB+ and the seeds; targets recall >= 0.90, false alarms <= 0.05.",
        "",
        "| kind | changed pairs | recall | changed, not even matched | restated pairs | false alarms |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for kind, r in table.items():
        lines.append(
            f"| {kind} | {r['changed']} | **{r['recall']:.2f}** | {r['changed_unmatched']} | "
            f"{r['restated']} | **{r['false_alarm_rate']:.2f}** |"
        )
    lines += [
        "",
        "## Misses and false alarms (first 25)",
        "",
        "| kind | edit | figure | edited to | findings |",
        "|---|---|---|---|---|",
    ]
    bad = [r for r in results if (r["edit"] == "changed") != r["flagged"]][:25]
    for r in bad:
        lines.append(
            f"| {r['kind']} | {r['edit']} | {r['figure']} | {r['new']} | "
            f"{', '.join(r['findings']) or ('none' if r['matched'] else 'not matched')} |"
        )
    lines += ["", f"{len(results)} pairs in {seconds:.0f}s.", ""]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.run_injected", description=__doc__.split("\n")[0])
    ap.add_argument("--per-kind", type=int, default=25, help="pairs per kind of value and edit")
    ap.add_argument("--out", type=Path, default=RESULTS_DIR)
    args = ap.parse_args(argv)

    import crossref
    from crossref.claims import load_nlp

    t0 = time.perf_counter()
    pairs = make_pairs(args.per_kind)
    embedder, nlp = crossref.SentenceTransformerEmbedder(), load_nlp()
    results = [run_pair(p, embedder, nlp) for p in pairs]
    seconds = time.perf_counter() - t0
    table = summarize(results)
    md = markdown(table, results, seconds)
    print(md)
    write_results(args.out, "injected", md, {"summary": table, "pairs": results, "seconds": seconds})
    return 0


if __name__ == "__main__":
    sys.exit(main())
