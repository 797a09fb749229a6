"""crossref.display: the text report, the HTML report and cards, the matrix, the GraphML export."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

import crossref
from crossref import display
from crossref.models import Claim, Cluster, Document, Finding, Value
from crossref.report import Report

EVIL = "<script>alert(1)</script>"
EVIL_IMG = "<img src=x onerror=alert(2)>"


@pytest.fixture(scope="module")
def report() -> Report:
    """The seeds' report, with the real model, once for this module."""
    return crossref.cross_reference(crossref.load("seeds/"), progress=False)


@pytest.fixture(scope="module")
def evil_report() -> Report:
    """A hand-made report whose every piece of text tries to inject markup."""
    t1 = f"date 2026-02-23\nOfficials said {EVIL} 14 people died in the attack {EVIL_IMG}.\n"
    t2 = f"date 2026-02-23\nA dozen people died in the attack, said <b>police</b> & {EVIL_IMG}.\n"
    a, b = t1.index("14 people"), t2.index("A dozen")
    va = Value(a, a + 9, "14 people", "count", "count", 14, 14, 14, 14, noun="people")
    vb = Value(b, b + 15, "A dozen people", "count", "count", 12, 12, 12, 12, noun="people")
    ca = Claim(
        "evil<1>.txt:0",
        "evil<1>.txt",
        a,
        len(t1) - 2,
        f"14 died {EVIL}",
        16,
        len(t1) - 1,
        attribution=f"officials {EVIL_IMG}",
        values=[va],
    )
    cb = Claim("evil<2>.txt:0", "evil<2>.txt", b, b + 33, "A dozen people died", 16, len(t2) - 1, values=[vb])
    cc = Claim(
        "evil<2>.txt:1", "evil<2>.txt", b + 35, len(t2) - 2, f"police said {EVIL_IMG}", 16, len(t2) - 1
    )
    return Report(
        documents=[
            Document("evil<1>.txt", t1, source=f"src {EVIL}", title=EVIL_IMG),
            Document("evil<2>.txt", t2, source="<i>two</i>"),
        ],
        claims=[ca, cb, cc],
        clusters=[
            Cluster("k0", [ca.id, cb.id], ["evil<1>.txt", "evil<2>.txt"], [f"src {EVIL}", "<i>two</i>"]),
            Cluster("k1", [cc.id], ["evil<2>.txt"], ["<i>two</i>"]),
        ],
        findings=[
            Finding(
                "k0.f0",
                "conflict",
                f"deaths {EVIL}",
                [ca.id, cb.id],
                "k0",
                f"they differ {EVIL_IMG}",
                [va, vb],
                [f"src {EVIL}", "<i>two</i>"],
                0.9,
            ),
        ],
    )


# ---- text -------------------------------------------------------------------------------------


def test_text_report_lists_conflicts_before_agreements(report: Report) -> None:
    text = report.to_text()
    assert text.startswith("crossref: 4 documents")
    heads = [m.group(1) for m in re.finditer(r"^== ([A-Z]+) \(\d+\)", text, re.M)]
    order = ["CONFLICTS", "DISCREPANCIES", "AGREEMENTS"]
    assert heads == [h for h in order if h in heads]
    assert "CONFLICTS" in heads or "DISCREPANCIES" in heads
    for f in report.flags:
        assert f"[{f.id}]" in text


def test_text_report_quotes_each_source(report: Report) -> None:
    text = " ".join(report.to_text(width=10_000).split())
    f = report.flags[0]
    for c in report.claims_of(f):
        assert " ".join(report.source_text(c).split()) in text


# ---- HTML: structure ------------------------------------------------------------------------


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _tags(page: str) -> list[tuple[str, dict[str, str | None]]]:
    p = _Collect()
    p.feed(page)
    return p.tags


def _card_kinds(page: str) -> list[str]:
    kinds = []
    for tag, attrs in _tags(page):
        classes = (attrs.get("class") or "").split()
        if tag == "div" and "xr-card" in classes:
            kinds += [c[3:] for c in classes if c in ("xr-conflict", "xr-discrepancy", "xr-agreement")]
    return kinds


def test_html_cards_are_in_report_order_conflicts_first(report: Report) -> None:
    page = report.to_html()
    kinds = _card_kinds(page)
    assert kinds == [f.kind for f in report.findings]
    rank = {"conflict": 0, "discrepancy": 1, "agreement": 2}
    assert kinds == sorted(kinds, key=rank.__getitem__)


def test_html_report_has_summary_single_source_claims_and_matrix(report: Report) -> None:
    page = report.to_html()
    assert page.startswith("<!DOCTYPE html>")
    c = report.counts()
    assert f"<b>{c['claims']}</b><span>claims</span>" in page
    assert f"Claims only one source makes ({c['single-source claims']})" in page
    assert "class='xr-matrix'" in page
    for cl in report.single_source_claims[:5]:
        assert f"{cl.doc_id} [{cl.start}:{cl.end}]" in page
    f = report.findings[0]
    assert f"how sure: <b>{f.score:.2f}</b>" in page


def test_html_is_self_contained(report: Report) -> None:
    page = report.to_html()
    tags = {t for t, _ in _tags(page)}
    assert not tags & {"script", "link", "img", "iframe", "object", "embed"}
    assert "http://" not in page and "https://" not in page and "url(" not in page
    assert "@media print" in page


def test_notebook_display_is_a_fragment(report: Report) -> None:
    frag = report._repr_html_()
    assert not frag.startswith("<!DOCTYPE")
    assert "<body" not in frag and "body{" not in frag  # never restyles the notebook itself
    assert _card_kinds(frag) == [f.kind for f in report.findings]


def test_marked_sentence_marks_claim_span_and_figure(report: Report) -> None:
    f = report.flags[0]
    page = report.to_html()
    for cid, v in zip(f.claim_ids, f.values, strict=True):
        c = report.claim(cid)
        if v is not None and c.start <= v.start and v.end <= c.end:
            fig = report.document(c.doc_id).text[v.start : v.end]
            assert f"<span class='xr-fig'>{fig}</span>" in page


# ---- HTML: escaping ------------------------------------------------------------------------


@pytest.mark.parametrize("which", ["page", "fragment", "items", "items-with-report", "cards"])
def test_html_escapes_all_article_text(evil_report: Report, which: str) -> None:
    r = evil_report
    page = {
        "page": lambda: r.to_html(),
        "fragment": lambda: r._repr_html_(),
        "items": lambda: display.items_html([*r.findings, *r.claims, *r.clusters]),
        "items-with-report": lambda: display.items_html([*r.findings, *r.claims, *r.clusters], r),
        "cards": lambda: display.Cards(r, r.conflicts)._repr_html_(),
    }[which]()
    assert "<script" not in page.lower()
    assert "<img" not in page.lower()
    assert "<i>" not in page and "<b>police" not in page
    assert {t for t, _ in _tags(page)} <= {
        "style", "div", "span", "b", "table", "tr", "td", "th", "ul", "li", "h2", "h3", "pre",
        "html", "head", "meta", "title", "body",
    }  # fmt: skip
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "onerror=alert(2)&gt;" in page


def test_items_display_via_report_items(evil_report: Report) -> None:
    html = evil_report.conflicts._repr_html_()
    assert _card_kinds(html) == ["conflict"]
    assert "&lt;script&gt;" in html and "<script" not in html


def test_text_report_keeps_article_text_verbatim(evil_report: Report) -> None:
    assert EVIL in evil_report.to_text(width=1000)


# ---- matrix, plot, graph ---------------------------------------------------------------------


def test_matrix_covers_every_source_and_cluster(report: Report) -> None:
    m = display.source_cluster_matrix(report)
    assert sorted(m.clusters) == sorted(k.id for k in report.clusters)
    assert len(m.cells) == len(m.sources) and all(len(row) == len(m.clusters) for row in m.cells)
    assert set(s for row in m.cells for s in row) <= set(display.MATRIX_STATES)
    for f in report.flags:
        j = m.clusters.index(f.cluster_id)
        states = {m.cells[m.sources.index(s)][j] for s in f.sources}
        assert f.kind in states
    single = {report.cluster_of(c.id).id for c in report.single_source_claims}
    for k in single:
        assert "single" in [row[m.clusters.index(k)] for row in m.cells]


def test_plot_matrix_returns_a_figure(report: Report, tmp_path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    fig = display.plot_matrix(report)
    assert isinstance(fig, Figure)
    img = fig.axes[0].images[0].get_array()
    m = display.source_cluster_matrix(report)
    assert img.shape == (len(m.sources), len(m.clusters))
    fig.savefig(tmp_path / "m.png")
    assert (tmp_path / "m.png").stat().st_size > 5_000


def test_export_graphml_round_trips(report: Report, tmp_path) -> None:
    import networkx as nx

    path = tmp_path / "claims.graphml"
    display.export_graphml(report, path)
    g = nx.read_graphml(path)
    assert set(g.nodes) == {c.id for c in report.claims}
    c = report.claims[0]
    assert g.nodes[c.id]["doc"] == c.doc_id and g.nodes[c.id]["text"] == c.text
    for u, v, data in g.edges(data=True):
        assert report.cluster_of(u).id == report.cluster_of(v).id == data["cluster"]
    # the edges are the links the clustering accepted, with their pair scores
    assert {frozenset((u, v)) for u, v in g.edges} == {frozenset((a, b)) for a, b, _ in report.links}
    assert all(g.edges[a, b]["weight"] == w for a, b, w in report.links)
    # every multi-claim cluster is connected by its links
    for k in report.clusters:
        if len(k.claim_ids) > 1:
            assert nx.is_connected(g.subgraph(k.claim_ids))
