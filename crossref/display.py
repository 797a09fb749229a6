"""How a report shows itself: plain text for a terminal, HTML for a notebook or a browser,
a matplotlib picture of who reports what, and the claim graph for Gephi.

* :func:`report_text` -- the terminal report (``crossref report``, ``Report.to_text``);
* :func:`report_html` -- the notebook display (``standalone=False``) and the
  ``--format html`` page: a summary, the findings as cards (conflicts first), the
  claims only one source makes, and the source x cluster matrix;
* :func:`items_html` / :func:`item_html` -- a finding, a cluster or a claim shown as
  the same card the report uses (with its quotes when a report is given);
* :func:`source_cluster_matrix` -- who reports what, as data; :func:`plot_matrix`
  draws it; :func:`export_graphml` writes the claim graph.

Every piece of article text (quotes, ids, file names, attributions, explanations)
goes through ``html.escape`` before it reaches HTML, and the page carries no
script, font or URL: a page never runs what an article contains, and it reads the
same offline and on paper.
"""

from __future__ import annotations

import html
import os
import textwrap
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from crossref.clock import clock_text
from crossref.models import FINDING_KINDS, Claim, Cluster, Finding, OtherStory, Value

if TYPE_CHECKING:
    from crossref.report import Report

_KIND_TITLE = {"conflict": "CONFLICTS", "discrepancy": "DISCREPANCIES", "agreement": "AGREEMENTS"}
_KIND_HEADING = {"conflict": "Conflicts", "discrepancy": "Discrepancies", "agreement": "Agreements"}

#: Cell states of the source x cluster matrix, most serious first, with their colours.
MATRIX_STATES: tuple[str, ...] = ("conflict", "discrepancy", "agreement", "reported", "single", "absent")
MATRIX_COLOURS: dict[str, str] = {
    "conflict": "#c62828",
    "discrepancy": "#ef8f00",
    "agreement": "#2e7d32",
    "reported": "#90a4ae",  # several sources report it, no figure or wording to compare
    "single": "#5c6bc0",  # only this source reports it
    "absent": "#f4f4f4",
}
MATRIX_LABELS: dict[str, str] = {
    "conflict": "conflict",
    "discrepancy": "discrepancy",
    "agreement": "agreement",
    "reported": "reported by several sources, not compared",
    "single": "only this source",
    "absent": "not reported",
}


def _esc(x: object) -> str:
    return html.escape(str(x), quote=True)


# ---- plain text ----------------------------------------------------------------------------


def _story_note(s: OtherStory) -> str:
    return (
        f"shares {s.shared:.0%} of its names with the closest, {s.closest}: its claims are not set "
        "against the others'; story_overlap=0 compares them"
    )


def _n(count: int, noun: str) -> str:
    """``1 document``, ``2 documents``."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def report_text(report: Report, *, width: int = 100) -> str:
    """Conflicts first, each with every source's exact words; then discrepancies, agreements."""
    c = report.counts()
    lines = [
        f"crossref: {_n(c['documents'], 'document')}, {_n(c['claims'], 'claim')}, "
        f"{_n(c['clusters'], 'cluster')} "
        f"({c['multi-source clusters']} with two or more sources)",
        f"  {_n(c['conflict'], 'conflict')}, {c['discrepancy']} "
        f"{'discrepancy' if c['discrepancy'] == 1 else 'discrepancies'}, {_n(c['agreement'], 'agreement')}, "
        f"{_n(c['single-source claims'], 'claim')} from a single source",
    ]
    for s in report.skipped:
        lines.append(f"  skipped {s.path}: {s.reason}")
    for d in report.duplicates:
        lines.append(f"  duplicate: {d.doc_id} repeats {d.same_as} (counted as one source)")
    for s in report.other_stories:
        lines.append(f"  another story: {s.doc_id} ({_story_note(s)})")
    wrap = textwrap.TextWrapper(width=width, initial_indent="    ", subsequent_indent="    ")
    quote = textwrap.TextWrapper(width=width, initial_indent="      ", subsequent_indent="        ")
    for kind in FINDING_KINDS:
        found = report.findings.where(kind=kind)
        if not found:
            continue
        lines += ["", f"== {_KIND_TITLE[kind]} ({len(found)}) " + "=" * max(0, width - 16 - len(kind))]
        for f in found:
            lines.append(f"[{f.id}] {f.attribute}   (how sure: {f.score:.2f})")
            lines += wrap.wrap(f.explanation)
            for cid, v in zip(f.claim_ids, f.values or (None,) * len(f.claim_ids), strict=False):
                cl = report.claim(cid)
                who = f" (per {cl.attribution})" if cl.attribution else ""
                fig = f" [{v.text}]" if v is not None else ""
                lines += quote.wrap(
                    f"- {cl.doc_id} @{cl.start}-{cl.end}{who}{fig}: \u201c{report.source_text(cl)}\u201d"
                )
    return "\n".join(lines) + "\n"


# ---- HTML pieces ---------------------------------------------------------------------------

_CSS = """
.xr-report{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;
  color:#222;max-width:1000px}
.xr-report h2{margin:.2em 0 .4em}.xr-report h3{margin:1.2em 0 .3em;border-bottom:1px solid #ddd}
.xr-tiles{display:flex;flex-wrap:wrap;gap:8px;margin:6px 0}
.xr-tile{border:1px solid #ddd;border-radius:6px;padding:4px 10px;min-width:80px}
.xr-tile b{display:block;font-size:20px}.xr-tile span{font-size:12px;color:#555}
.xr-tile.xr-conflict{border-color:#c62828}
.xr-tile.xr-discrepancy{border-color:#ef8f00}.xr-tile.xr-agreement{border-color:#2e7d32}
.xr-docs{border-collapse:collapse;font-size:13px;margin:6px 0}
.xr-docs td,.xr-docs th{padding:1px 10px 1px 0;text-align:left}
.xr-note{font-size:13px;color:#555}
.xr-card{border:1px solid #ccc;border-left:6px solid #999;border-radius:6px;margin:10px 0;
  padding:8px 12px;break-inside:avoid;page-break-inside:avoid;background:#fff}
.xr-card.xr-conflict{border-left-color:#c62828}.xr-card.xr-discrepancy{border-left-color:#ef8f00}.xr-card.xr-agreement{border-left-color:#2e7d32}
.xr-card.xr-claimcard{border-left-color:#5c6bc0}.xr-card.xr-clustercard{border-left-color:#90a4ae}
.xr-kind{font-weight:700;text-transform:uppercase;font-size:12px;letter-spacing:.05em;margin-right:6px}
.xr-conflict .xr-kind{color:#c62828}
.xr-discrepancy .xr-kind{color:#b36b00}.xr-agreement .xr-kind{color:#2e7d32}
.xr-attr{font-weight:700}
.xr-sure{float:right;font-size:12px;color:#555}
.xr-expl{margin:4px 0}
.xr-values{border-collapse:collapse;font-size:13px;margin:4px 0}
.xr-values td,.xr-values th{border:1px solid #e0e0e0;padding:2px 8px;text-align:left;vertical-align:top}
.xr-values th{background:#f6f6f6;font-weight:600}
.xr-quote{margin:6px 0 6px 8px;padding-left:8px;border-left:2px solid #ddd}
.xr-src{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:12px;color:#555}
.xr-claim{background:#fff3c4}.xr-fig{background:#ffd54f;font-weight:600}
.xr-single li{margin:3px 0}
.xr-matrix{border-collapse:collapse;font-size:12px;margin:6px 0}
.xr-matrix td,.xr-matrix th{border:1px solid #fff;padding:1px 4px;text-align:left}
.xr-matrix td.xr-cell{width:26px;min-width:26px}
.xr-matrix th.xr-srchead{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-weight:600;
  max-width:120px;overflow-wrap:anywhere}
.xr-legend span.xr-sw{display:inline-block;width:12px;height:12px;margin:0 4px 0 10px;vertical-align:middle}
.xr-report *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
@media print{.xr-report{max-width:none;font-size:11pt}.xr-card{border-width:1px 1px 1px 6px}}
"""

_PAGE_CSS = "body{margin:0 auto;max-width:1020px;padding:16px;background:#fff}"


def _source_of(report: Report) -> dict[str, str]:
    """Document id -> source, as the pipeline counts them (a duplicate is its original's source)."""
    same_as = {d.doc_id: d.same_as for d in report.duplicates}
    docs = {d.id: d for d in report.documents}
    out = {}
    for d in report.documents:
        orig = same_as.get(d.id, d.id)
        out[d.id] = (docs[orig].source if orig in docs else None) or orig
    return out


def _marked_sentence(report: Report, claim: Claim, figures: Sequence[Value] = ()) -> str:
    """The claim's sentence, escaped, with the claim's span and its figures highlighted.

    Marks are kept well nested: a figure that crosses the claim's boundary, or
    overlaps an earlier figure, is not highlighted.
    """
    text = report.document(claim.doc_id).text
    s0, s1 = min(claim.sentence_start, claim.start), max(claim.sentence_end, claim.end)
    # at one offset: close a figure (0), close the claim (1), open the claim (2), open a figure (3)
    marks: list[tuple[int, int, str]] = [
        (claim.start, 2, "<span class='xr-claim'>"),
        (claim.end, 1, "</span>"),
    ]
    last_end = -1
    for v in sorted(figures, key=lambda v: (v.start, v.end)):
        inside = claim.start <= v.start and v.end <= claim.end
        outside = v.end <= claim.start or v.start >= claim.end
        if v.start < s0 or v.end > s1 or v.start >= v.end or v.start < last_end or not (inside or outside):
            continue
        marks += [(v.start, 3, "<span class='xr-fig'>"), (v.end, 0, "</span>")]
        last_end = v.end
    marks.sort()
    out, pos = [], s0
    for at, _order, tag in marks:
        out.append(html.escape(text[pos:at]))
        out.append(tag)
        pos = at
    out.append(html.escape(text[pos:s1]))
    return "".join(out)


def _interval(v: Value) -> str:
    if v.dimension == "time":
        lo, hi = clock_text(v.low), clock_text(v.high)
        return lo if lo == hi else f"{lo} .. {hi}"
    if v.dimension == "date":
        d = v.dates
        assert d is not None
        lo, hi = (x.isoformat() if x else "open" for x in d)
        return lo if lo == hi else f"{lo} .. {hi}"

    def n(x: float | None) -> str:
        if x is None:
            return "open"
        return f"{x:,.0f}" if abs(x - round(x)) < 1e-9 else f"{x:,.4g}"

    unit = "" if v.unit == "count" else f" {v.unit}"
    return (n(v.low) if v.low == v.high else f"{n(v.low)} .. {n(v.high)}") + unit


def _values_table(rows: Sequence[tuple[str, Value | None]]) -> str:
    """The compared values side by side: who, as written, read as, the interval compared."""
    body = []
    for who, v in rows:
        if v is None:
            continue
        hedge = f" <span class='xr-note'>({_esc(v.hedge)})</span>" if v.hedge else ""
        body.append(
            f"<tr><td class='xr-src'>{_esc(who)}</td><td>\u201c{_esc(v.text)}\u201d{hedge}</td>"
            f"<td>{_esc(v.describe())}</td><td>{_esc(_interval(v))}</td></tr>"
        )
    if not body:
        return ""
    return (
        "<table class='xr-values'><tr><th>source</th><th>as written</th><th>read as</th>"
        f"<th>interval compared</th></tr>{''.join(body)}</table>"
    )


def _card_head(kind_class: str, kind: str, title: str, ident: str, sure: float | None = None) -> str:
    how = f"<span class='xr-sure'>how sure: <b>{sure:.2f}</b></span>" if sure is not None else ""
    return (
        f"<div class='xr-card {kind_class}'>{how}<span class='xr-kind'>{_esc(kind)}</span>"
        f"<span class='xr-attr'>{_esc(title)}</span> <span class='xr-src'>{_esc(ident)}</span>"
    )


def finding_html(report: Report | None, f: Finding) -> str:
    """One finding as a card: attribute, explanation, the values side by side, each source's words."""
    values = f.values or (None,) * len(f.claim_ids)
    head = _card_head(f"xr-{f.kind}", f.kind, f.attribute, f"{f.id} \u00b7 cluster {f.cluster_id}", f.score)
    expl = f"<div class='xr-expl'>{_esc(f.explanation)}</div>"
    if report is None:
        table = _values_table(list(zip(f.claim_ids, values, strict=False)))
        claims = ", ".join(_esc(c) for c in f.claim_ids)
        return f"{head}{expl}{table}<div class='xr-src'>claims: {claims}</div></div>"
    rows, quotes = [], []
    for cid, v in zip(f.claim_ids, values, strict=False):
        cl = report.claim(cid)
        rows.append((cl.doc_id, v))
        who = f" &middot; per {_esc(cl.attribution)}" if cl.attribution else ""
        fig = f" &middot; <b>{_esc(v.describe())}</b>" if v is not None else ""
        quotes.append(
            f"<div class='xr-quote'><div class='xr-src'>{_esc(cl.doc_id)} [{cl.start}:{cl.end}]"
            f"{who}{fig}</div>"
            f"{_marked_sentence(report, cl, [v] if v is not None else [])}</div>"
        )
    return f"{head}{expl}{_values_table(rows)}{''.join(quotes)}</div>"


def claim_html(report: Report | None, c: Claim) -> str:
    """One claim as a card: its source, its sentence with the span and figures marked, its values."""
    head = _card_head("xr-claimcard", "claim", c.doc_id, c.id)
    who = f"<div class='xr-note'>per {_esc(c.attribution)}</div>" if c.attribution else ""
    table = _values_table([(c.doc_id, v) for v in c.values])
    if report is None:
        return f"{head}{who}<div class='xr-quote'>{_esc(c.text)}</div>{table}</div>"
    reworded = ""
    if c.text.strip() != report.source_text(c).strip():
        reworded = f"<div class='xr-note'>as a claim: {_esc(c.text)}</div>"
    return (
        f"{head}{who}<div class='xr-quote'><div class='xr-src'>[{c.start}:{c.end}] \u00b7 cluster "
        f"{_esc(report.cluster_of(c.id).id)}</div>{_marked_sentence(report, c, c.values)}</div>"
        f"{reworded}{table}</div>"
    )


def cluster_html(report: Report | None, k: Cluster) -> str:
    """One cluster as a card: its sources and each claim's words."""
    title = f"{len(k.claim_ids)} claims from {len(k.sources)} source{'s' if len(k.sources) != 1 else ''}"
    head = _card_head("xr-clustercard", "cluster", title, k.id)
    srcs = f"<div class='xr-src'>sources: {', '.join(_esc(s) for s in k.sources)}</div>"
    if report is None:
        return (
            f"{head}{srcs}<div class='xr-src'>claims: {', '.join(_esc(c) for c in k.claim_ids)}</div></div>"
        )
    quotes = "".join(
        f"<div class='xr-quote'><div class='xr-src'>{_esc(c.doc_id)} [{c.start}:{c.end}]</div>"
        f"{_marked_sentence(report, c, c.values)}</div>"
        for c in report.claims_of(k)
    )
    return f"{head}{srcs}{quotes}</div>"


def item_html(item: Any, report: Report | None = None) -> str:
    """A finding, a claim or a cluster as a card (with quotes when ``report`` is given)."""
    if isinstance(item, Finding):
        return finding_html(report, item)
    if isinstance(item, Claim):
        return claim_html(report, item)
    if isinstance(item, Cluster):
        return cluster_html(report, item)
    return f"<pre>{_esc(repr(item))}</pre>"


def items_html(items: Iterable[Any], report: Report | None = None) -> str:
    """HTML for a list of findings, claims or clusters: the cards the report uses.

    Without ``report`` there is no document text to quote, so the cards show each
    object's own fields (attribute, explanation, values, ids); give the report to
    see each source's sentence.

    >>> "(none)" in items_html([])
    True
    """
    cards = "".join(item_html(x, report) for x in items) or "<div class='xr-note'>(none)</div>"
    return f"<style>{_CSS}</style><div class='xr-report'>{cards}</div>"


class Cards:
    """Findings, claims or clusters shown as cards with their quotes (a notebook displays it).

    >>> Cards(report, report.conflicts)    # doctest: +SKIP
    """

    def __init__(self, report: Report, items: Iterable[Any]):
        self.report = report
        self.items = list(items)

    def _repr_html_(self) -> str:
        return items_html(self.items, self.report)

    def __repr__(self) -> str:
        return "\n".join(repr(x) for x in self.items)


# ---- the source x cluster matrix -------------------------------------------------------------


@attrs.frozen
class Matrix:
    """Who reports what: ``cells[i][j]`` is the state of ``sources[i]`` in ``clusters[j]``.

    States (:data:`MATRIX_STATES`): ``conflict``, ``discrepancy``, ``agreement`` (the
    most serious finding of the cluster this source takes part in), ``reported``
    (several sources report it, nothing was compared), ``single`` (only this source
    reports it), ``absent``. Clusters are ordered by their most serious state, then id.
    """

    sources: tuple[str, ...]
    clusters: tuple[str, ...]
    labels: tuple[str, ...]
    cells: tuple[tuple[str, ...], ...]


def source_cluster_matrix(report: Report) -> Matrix:
    """The source x cluster matrix of a report, as data (what :func:`plot_matrix` draws)."""
    src_of = _source_of(report)
    sources = sorted(set(src_of.values()))
    rank = {s: i for i, s in enumerate(MATRIX_STATES)}
    findings_of: dict[str, list[Finding]] = {}
    for f in report.findings:
        findings_of.setdefault(f.cluster_id, []).append(f)
    cols = []
    for k in report.clusters:
        state = dict.fromkeys(sources, "absent")
        for c in report.claims_of(k):
            state[src_of[c.doc_id]] = "single" if len(k.sources) == 1 else "reported"
        for f in findings_of.get(k.id, []):
            for s in f.sources:
                if s in state and rank[f.kind] < rank[state[s]]:
                    state[s] = f.kind
        fs = findings_of.get(k.id, [])
        label = fs[0].attribute if fs else report.claims_of(k)[0].text
        cols.append((min(rank[x] for x in state.values()), k.id, label, tuple(state[s] for s in sources)))
    cols.sort(key=lambda x: (x[0], _id_key(x[1])))
    return Matrix(
        sources=tuple(sources),
        clusters=tuple(c[1] for c in cols),
        labels=tuple(c[2] for c in cols),
        cells=tuple(tuple(col[3][i] for col in cols) for i in range(len(sources))),
    )


def _id_key(s: str) -> tuple[str, int]:
    head = s.rstrip("0123456789")
    tail = s[len(head) :]
    return (head, int(tail) if tail else -1)


def _short(s: str, n: int = 90) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "\u2026"


def matrix_html(report: Report) -> str:
    """The source x cluster matrix as an HTML table: one row per cluster, one column per source."""
    m = source_cluster_matrix(report)
    if not m.clusters:
        return "<div class='xr-note'>(no clusters)</div>"
    head = "".join(f"<th class='xr-srchead'>{_esc(s)}</th>" for s in m.sources)
    rows = []
    for j, (kid, label) in enumerate(zip(m.clusters, m.labels, strict=False)):
        cells = "".join(
            f"<td class='xr-cell xr-m-{m.cells[i][j]}' style='background:{MATRIX_COLOURS[m.cells[i][j]]}' "
            f"title='{_esc(m.sources[i] + ': ' + MATRIX_LABELS[m.cells[i][j]])}'></td>"
            for i in range(len(m.sources))
        )
        rows.append(f"<tr><td class='xr-src'>{_esc(kid)}</td>{cells}<td>{_esc(_short(label))}</td></tr>")
    legend = "".join(
        f"<span class='xr-sw' style='background:{MATRIX_COLOURS[s]}'></span>{_esc(MATRIX_LABELS[s])}"
        for s in MATRIX_STATES
    )
    return (
        f"<div class='xr-legend xr-note'>{legend}</div><table class='xr-matrix'>"
        f"<tr><th>cluster</th>{head}<th>what</th></tr>{''.join(rows)}</table>"
    )


def plot_matrix(report: Report, *, ax: Any = None, max_label: int = 40) -> Any:
    """The source x cluster matrix as a matplotlib Figure (who reports what, coloured by verdict).

    Args:
        report: a :class:`~crossref.report.Report`.
        ax: a matplotlib Axes to draw on (default: a new figure).
        max_label: cluster labels longer than this are cut.

    Returns:
        The matplotlib ``Figure``.
    """
    import matplotlib.pyplot as plt
    from matplotlib.colors import ListedColormap
    from matplotlib.patches import Patch

    m = source_cluster_matrix(report)
    codes = [[MATRIX_STATES.index(s) for s in row] for row in m.cells] or [[MATRIX_STATES.index("absent")]]
    if ax is None:
        width = min(40.0, max(6.0, 0.28 * len(m.clusters) + 3))
        fig, ax = plt.subplots(figsize=(width, 1.2 + 0.45 * max(1, len(m.sources)) + 2.5))
    else:
        fig = ax.figure
    cmap = ListedColormap([MATRIX_COLOURS[s] for s in MATRIX_STATES])
    ax.imshow(
        codes, cmap=cmap, vmin=-0.5, vmax=len(MATRIX_STATES) - 0.5, aspect="auto", interpolation="nearest"
    )
    ax.set_yticks(range(len(m.sources)), [_short(s, 30) for s in m.sources], fontsize=8)
    ax.set_xticks(
        range(len(m.clusters)),
        [
            f"{k} {_short(lbl, max_label)}" if j < _labelled(m) else k
            for j, (k, lbl) in enumerate(zip(m.clusters, m.labels, strict=False))
        ],
        rotation=90,
        fontsize=7,
    )
    ax.set_xticks([x - 0.5 for x in range(1, len(m.clusters))], minor=True)
    ax.set_yticks([y - 0.5 for y in range(1, len(m.sources))], minor=True)
    ax.grid(which="minor", color="white", linewidth=1.5)
    ax.tick_params(which="minor", length=0)
    ax.set_title("Who reports what: sources \u00d7 clusters", fontsize=10)
    ax.legend(
        handles=[Patch(color=MATRIX_COLOURS[s], label=MATRIX_LABELS[s]) for s in MATRIX_STATES],
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        fontsize=7,
        frameon=False,
    )
    fig.tight_layout()
    return fig


def _labelled(m: Matrix) -> int:
    """How many leading columns get a text label: the multi-source ones."""
    return (
        sum(any(s not in ("single", "absent") for s in col) for col in zip(*m.cells, strict=False))
        if m.cells
        else 0
    )


# ---- the claim graph -------------------------------------------------------------------------


def claim_graph(report: Report) -> Any:
    """The claim graph as a networkx Graph: a node per claim, an edge between claims of one cluster.

    Nodes carry ``doc``, ``source``, ``text``, ``quote``, ``start``, ``end``,
    ``cluster`` and ``finding`` (the most serious finding kind the claim is part of,
    or ``""``); edges are the links the clustering accepted (``Report.links``), with
    their pair score as ``weight``, ``cluster`` and ``kind`` (the cluster's most
    serious finding, ``reported`` when nothing was compared).  A report without
    links (written by an older version) links all the claims of each cluster.
    """
    import networkx as nx

    src_of = _source_of(report)
    rank: dict[str, int] = {k: i for i, k in enumerate(FINDING_KINDS)}
    kind_of_claim: dict[str, str] = {}
    kind_of_cluster: dict[str, str] = {}
    for f in report.findings:
        for cid in f.claim_ids:
            if cid not in kind_of_claim or rank[f.kind] < rank[kind_of_claim[cid]]:
                kind_of_claim[cid] = f.kind
        was = kind_of_cluster.get(f.cluster_id)
        if was is None or rank[f.kind] < rank[was]:
            kind_of_cluster[f.cluster_id] = f.kind
    g = nx.Graph()
    for c in report.claims:
        g.add_node(
            c.id,
            label=_short(c.text, 60),
            doc=c.doc_id,
            source=src_of.get(c.doc_id, c.doc_id),
            text=c.text,
            quote=report.source_text(c),
            start=c.start,
            end=c.end,
            cluster=report.cluster_of(c.id).id,
            finding=kind_of_claim.get(c.id, ""),
        )
    if report.links:
        for a, b, w in report.links:
            k = report.cluster_of(a).id
            g.add_edge(a, b, weight=w, cluster=k, kind=kind_of_cluster.get(k, "reported"))
        return g
    for k in report.clusters:
        ids = list(k.claim_ids)
        for a in range(len(ids)):
            for b in range(a + 1, len(ids)):
                g.add_edge(ids[a], ids[b], cluster=k.id, kind=kind_of_cluster.get(k.id, "reported"))
    return g


def export_graphml(report: Report, path: str | os.PathLike[str]) -> None:
    """Write the claim graph (:func:`claim_graph`) to GraphML, for Gephi or networkx."""
    import networkx as nx

    nx.write_graphml(claim_graph(report), os.fspath(path))


# ---- the report ------------------------------------------------------------------------------


def _summary_html(report: Report) -> str:
    c = report.counts()
    tiles = [
        ("", c["documents"], "documents"),
        ("", c["claims"], "claims"),
        ("", c["clusters"], f"clusters ({c['multi-source clusters']} multi-source)"),
        ("xr-conflict", c["conflict"], "conflicts"),
        ("xr-discrepancy", c["discrepancy"], "discrepancies"),
        ("xr-agreement", c["agreement"], "agreements"),
        ("", c["single-source claims"], "single-source claims"),
    ]
    out = (
        "<div class='xr-tiles'>"
        + "".join(
            f"<div class='xr-tile {cls}'><b>{n}</b><span>{_esc(what)}</span></div>" for cls, n, what in tiles
        )
        + "</div>"
    )
    src_of = _source_of(report)
    show_source = any(src_of[d.id] != d.id for d in report.documents)
    show_title = any(d.title for d in report.documents)
    rows = "".join(
        f"<tr><td class='xr-src'>{_esc(d.id)}</td>"
        f"<td>{_esc(d.published.isoformat() if d.published else 'undated')}</td>"
        + (f"<td>{_esc(src_of[d.id])}</td>" if show_source else "")
        + (f"<td>{_esc(d.title or '')}</td>" if show_title else "")
        + "</tr>"
        for d in report.documents
    )
    head = "<th>document</th><th>published</th>" + ("<th>source</th>" if show_source else "")
    head += "<th>title</th>" if show_title else ""
    out += f"<table class='xr-docs'><tr>{head}</tr>{rows}</table>"
    notes = [f"skipped {_esc(s.path)}: {_esc(s.reason)}" for s in report.skipped]
    notes += [
        f"{_esc(d.doc_id)} repeats {_esc(d.same_as)} (counted as one source)" for d in report.duplicates
    ]
    notes += [f"another story: {_esc(s.doc_id)} ({_esc(_story_note(s))})" for s in report.other_stories]
    if notes:
        out += "".join(f"<div class='xr-note'>{n}</div>" for n in notes)
    return out


def _single_source_html(report: Report) -> str:
    claims = report.single_source_claims
    if not claims:
        return "<div class='xr-note'>(none)</div>"
    src_of = _source_of(report)
    by_source: dict[str, list[Claim]] = {}
    for c in claims:
        by_source.setdefault(src_of[c.doc_id], []).append(c)
    out = []
    for s in sorted(by_source):
        items = "".join(
            f"<li><span class='xr-src'>{_esc(c.doc_id)} [{c.start}:{c.end}]</span> "
            f"{_esc(_short(report.source_text(c), 400))}</li>"
            for c in by_source[s]
        )
        n = len(by_source[s])
        out.append(f"<div><b class='xr-src'>{_esc(s)}</b> ({n})<ul class='xr-single'>{items}</ul></div>")
    return "".join(out)


def report_html(report: Report, *, standalone: bool = True) -> str:
    """The report as HTML: summary, findings as cards (conflicts first), single-source claims, matrix.

    Args:
        report: the report.
        standalone: a whole page (``--format html``) when true; a fragment for a
            notebook's display when false.
    """
    sections = [f"<h2>crossref report</h2>{_summary_html(report)}"]
    for kind in FINDING_KINDS:
        found = report.findings.where(kind=kind)
        if found:
            cards = "".join(finding_html(report, f) for f in found)
            sections.append(f"<h3>{_KIND_HEADING[kind]} ({len(found)})</h3>{cards}")
    if not report.findings:
        sections.append("<h3>Findings</h3><div class='xr-note'>No two sources report the same thing.</div>")
    single = report.single_source_claims
    sections.append(
        f"<h3>Claims only one source makes ({len(single)})</h3>"
        f"<div class='xr-note'>What a reviewer checks next: no other source corroborates them.</div>"
        f"{_single_source_html(report)}"
    )
    sections.append(f"<h3>Who reports what</h3>{matrix_html(report)}")
    body = f"<style>{_CSS}</style><div class='xr-report'>{''.join(sections)}</div>"
    if not standalone:
        return body
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<meta http-equiv='Content-Security-Policy' "
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>crossref report</title><style>{_PAGE_CSS}</style></head><body>{body}</body></html>"
    )
