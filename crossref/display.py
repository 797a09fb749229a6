"""How a report shows itself: plain text for a terminal, HTML for a notebook or a browser.

Every piece of article text is escaped (``html.escape``) before it reaches HTML:
a page never runs what an article contains.
"""

from __future__ import annotations

import html
import textwrap
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from crossref.models import Claim, Finding

if TYPE_CHECKING:
    from crossref.report import Report

_KIND_TITLE = {"conflict": "CONFLICTS", "discrepancy": "DISCREPANCIES", "agreement": "AGREEMENTS"}


def _context(report: Report, claim: Claim, pad: int = 0) -> str:
    doc = report.document(claim.doc_id)
    return doc.text[max(0, claim.sentence_start - pad) : claim.sentence_end + pad]


def report_text(report: Report, *, width: int = 100) -> str:
    """Conflicts first, each with every source's exact words; then discrepancies, agreements."""
    c = report.counts()
    lines = [
        f"crossref: {c['documents']} documents, {c['claims']} claims, {c['clusters']} clusters "
        f"({c['multi-source clusters']} with two or more sources)",
        f"  {c['conflict']} conflicts, {c['discrepancy']} discrepancies, {c['agreement']} agreements, "
        f"{c['single-source claims']} claims from a single source",
    ]
    for s in report.skipped:
        lines.append(f"  skipped {s.path}: {s.reason}")
    for d in report.duplicates:
        lines.append(f"  duplicate: {d.doc_id} repeats {d.same_as} (counted as one source)")
    wrap = textwrap.TextWrapper(width=width, initial_indent="    ", subsequent_indent="    ")
    quote = textwrap.TextWrapper(width=width, initial_indent="      ", subsequent_indent="        ")
    for kind in ("conflict", "discrepancy", "agreement"):
        found = report.findings.where(kind=kind)
        if not found:
            continue
        lines += ["", f"== {_KIND_TITLE[kind]} ({len(found)}) " + "=" * max(0, width - 16 - len(kind))]
        for f in found:
            lines.append(f"[{f.id}] {f.attribute}")
            lines += wrap.wrap(f.explanation)
            for cid, v in zip(f.claim_ids, f.values or (None,) * len(f.claim_ids)):
                cl = report.claim(cid)
                who = f" (per {cl.attribution})" if cl.attribution else ""
                fig = f" [{v.text}]" if v is not None else ""
                lines += quote.wrap(
                    f"- {cl.doc_id} @{cl.start}-{cl.end}{who}{fig}: \u201c{report.source_text(cl)}\u201d"
                )
    return "\n".join(lines) + "\n"


_CSS = """
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0 auto;max-width:980px;padding:16px;color:#222}
.xr-summary td{padding:2px 10px}
.xr-card{border:1px solid #ccc;border-left:6px solid #999;border-radius:6px;margin:10px 0;padding:8px 12px;break-inside:avoid}
.xr-conflict{border-left-color:#c62828}.xr-discrepancy{border-left-color:#ef8f00}.xr-agreement{border-left-color:#2e7d32}
.xr-kind{font-weight:700;text-transform:uppercase;font-size:12px;letter-spacing:.05em}
.xr-conflict .xr-kind{color:#c62828}.xr-discrepancy .xr-kind{color:#b36b00}.xr-agreement .xr-kind{color:#2e7d32}
.xr-quote{margin:6px 0 6px 8px;padding-left:8px;border-left:2px solid #ddd}
.xr-src{font-family:ui-monospace,monospace;font-size:12px;color:#555}
.xr-claim{background:#fff3c4}.xr-fig{background:#ffd54f;font-weight:600}
.xr-expl{color:#333;margin:4px 0}
"""


def _marked_sentence(report: Report, claim: Claim, figure: Any = None) -> str:
    """The claim's sentence, escaped, with the claim's span and the figure highlighted."""
    doc = report.document(claim.doc_id)
    s0, s1 = claim.sentence_start, claim.sentence_end
    marks = [(claim.start, "<span class='xr-claim'>"), (claim.end, "</span>")]
    if figure is not None and claim.start <= figure.start and figure.end <= claim.end:
        marks += [(figure.start, "<span class='xr-fig'>"), (figure.end, "</span>")]
    marks.sort(key=lambda m: (m[0], m[1].startswith("<span")))
    out, pos = [], s0
    for at, tag in marks:
        at = min(max(at, s0), s1)
        out.append(html.escape(doc.text[pos:at]))
        out.append(tag)
        pos = at
    out.append(html.escape(doc.text[pos:s1]))
    return "".join(out)


def finding_html(report: Report, f: Finding) -> str:
    rows = []
    for cid, v in zip(f.claim_ids, f.values or (None,) * len(f.claim_ids)):
        cl = report.claim(cid)
        who = f" &middot; per {html.escape(cl.attribution)}" if cl.attribution else ""
        fig = f" &middot; <b>{html.escape(v.describe())}</b>" if v is not None else ""
        rows.append(
            f"<div class='xr-quote'><div class='xr-src'>{html.escape(cl.doc_id)} "
            f"[{cl.start}:{cl.end}]{who}{fig}</div>{_marked_sentence(report, cl, v)}</div>"
        )
    return (
        f"<div class='xr-card xr-{f.kind}'><span class='xr-kind'>{f.kind}</span> "
        f"<b>{html.escape(f.attribute)}</b> <span class='xr-src'>{html.escape(f.id)}</span>"
        f"<div class='xr-expl'>{html.escape(f.explanation)}</div>{''.join(rows)}</div>"
    )


def report_html(report: Report, *, standalone: bool = True) -> str:
    """The report as HTML: a summary table, then one card per finding, conflicts first."""
    c = report.counts()
    summary = "".join(f"<tr><td>{html.escape(k)}</td><td><b>{v}</b></td></tr>" for k, v in c.items())
    cards = "".join(finding_html(report, f) for f in report.findings)
    body = (
        f"<style>{_CSS}</style><div class='xr-report'><h2>crossref report</h2>"
        f"<table class='xr-summary'>{summary}</table>{cards}</div>"
    )
    if not standalone:
        return body
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>crossref report</title></head><body>{body}</body></html>"
    )


def items_html(items: Iterable[Any]) -> str:
    """HTML for a filtered list of findings, claims or clusters: their escaped reprs."""
    return "".join(f"<pre>{html.escape(repr(x))}</pre>" for x in items)
