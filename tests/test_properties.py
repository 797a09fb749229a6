"""Hypothesis properties of the pipeline on any text (issue 5, issue 2).

* claim and value extraction never raise, whatever the text;
* every claim's and value's offsets slice back to its source;
* the order of the input documents never changes the findings.

Examples are kept few and small (the parser is real); ``deadline=None`` because
the first example pays for loading spaCy.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import crossref

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

# Pieces of news prose that reach the interesting paths (figures, hedges, ranges,
# attribution, coordination, dates), mixed with arbitrary text.
FRAGMENTS = [
    "US forces",
    " said",
    " that",
    " about",
    " nearly",
    " at least",
    " more than",
    " up to",
    " between ",
    " and ",
    " or ",
    " 900-1000",
    " 1,000",
    " 1.5",
    " fourteen",
    " a dozen",
    " dozens of",
    " half",
    " 35%",
    " per cent",
    " troops",
    " soldiers",
    " km",
    " miles",
    " $3bn",
    " €2",
    " days",
    " weeks ago",
    " last Monday",
    " on 23 February 2026",
    " in 2019",
    " 38 years ago",
    ", according to AFP",
    ", AFP reported",
    " Al-Tanf",
    " al-Sharaa",
    " (",
    ")",
    '"',
    "“",
    "”",
    "'",
    ".",
    ". ",
    "?",
    "!",
    ";",
    ":",
    " - ",
    " – ",
    "—",
    "\n",
    "\r\n",
    "\n\n",
    "\t",
    "  ",
    "\u00a0",
    "\ufeff",
    "\u200b",
    "é",
    "ß",
    "日本",
    "🙂",
    "Ⅻ",
    "٣",
    "½",
    "⁴",
    " -",
    "--",
    "...",
    "%",
    "$",
    "/",
    "1/2",
    "0",
    "00",
    "9" * 30,
    "1e9",
    "-3",
    "+5",
    "#",
    "&",
    "<b>",
    "</b>",
]
news_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=40).map("".join)
any_text = st.one_of(st.text(max_size=200), news_text)
PUB = dt.date(2026, 2, 23)


@settings(max_examples=300, deadline=None)
@given(text=any_text, published=st.one_of(st.none(), st.just(PUB)))
def test_extract_values_never_raises_and_slices_back(text, published):
    values = crossref.extract_values(text, published=published)
    for v in values:
        assert 0 <= v.start < v.end <= len(text), v
        assert v.text == text[v.start : v.end], v
        assert v.low is None or v.high is None or v.low <= v.high, v


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    body=any_text,
    header=st.sampled_from(
        ["", "date 2026-02-23 ", " date 2026-02-23\r\n", "\ufeffdate 2026-02-23\n", "\n\n"]
    ),
)
def test_extract_claims_never_raises_and_offsets_slice_back(body, header):
    doc = crossref.parse_document(header + body, doc_id="h.txt")
    claims = crossref.extract_claims(doc)
    ids = [c.id for c in claims]
    assert len(set(ids)) == len(ids)
    for c in claims:
        assert c.doc_id == "h.txt"
        assert doc.body_start <= c.start < c.end <= len(doc.text), c
        assert doc.text[c.start : c.end].strip(), c
        assert c.sentence_start <= c.start and c.end <= c.sentence_end <= len(doc.text), c
        assert c.text.strip(), c
        for v in c.values:
            assert c.start <= v.start < v.end <= c.end, (c, v)
            assert v.text == doc.text[v.start : v.end], (c, v)


class MemoEmbedder:
    """The real model's vectors, memoised in memory so repeated runs only pay for parsing."""

    def __init__(self, inner: crossref.Embedder) -> None:
        self.inner = inner
        self.name = inner.name
        self.memo: dict[str, np.ndarray] = {}

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        new = [t for t in dict.fromkeys(texts) if t not in self.memo]
        if new:
            self.memo.update(zip(new, self.inner.encode(new), strict=True))
        if not texts:
            return self.inner.encode([])
        return np.stack([self.memo[t] for t in texts])


SYNTHETIC = [
    crossref.parse_document(
        "date 2026-02-23 About 1,000 US troops remain in Syria, the Pentagon said on Monday.\n"
        "The withdrawal will take two weeks, officials said.",
        doc_id="b_wire.txt",
    ),
    crossref.parse_document(
        "date 2026-02-23 Roughly 900 American soldiers remain in Syria, according to Reuters.\n"
        "The pull-out is expected to take two months.",
        doc_id="0_early.txt",
        source="Reuters",
    ),
    crossref.parse_document(
        "date 2026-02-23 US forces began withdrawing from the Qasrak base on Monday, AFP reported.",
        doc_id="zz_late.txt",
    ),
]


def _fingerprint(report: crossref.Report) -> list[tuple]:
    return [(f.kind, f.attribute, f.claim_ids, f.sources, f.explanation) for f in report.findings]


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_shuffling_documents_leaves_findings_unchanged(data, embedder, shuffle_base):
    docs, base = shuffle_base
    order = data.draw(st.permutations(docs))
    report = crossref.cross_reference(order, embedder=shuffle_base_embedder(embedder))
    assert report.findings == base.findings
    assert _fingerprint(report) == _fingerprint(base)
    assert [c.id for c in report.claims] == [c.id for c in base.claims]
    members = [c for cl in report.clusters for c in cl.claim_ids]
    assert sorted(members) == sorted(c.id for c in report.claims)  # clusters partition the claims


_MEMO: dict[int, MemoEmbedder] = {}


def shuffle_base_embedder(embedder: crossref.Embedder) -> MemoEmbedder:
    return _MEMO.setdefault(id(embedder), MemoEmbedder(embedder))


@pytest.fixture(scope="module")
def shuffle_base(embedder):
    docs = [*crossref.load(SEEDS), *SYNTHETIC]
    base = crossref.cross_reference(docs, embedder=shuffle_base_embedder(embedder))
    assert base.findings  # the property is about something
    return docs, base
