"""The objects that flow through the pipeline.

``Document -> Claim -> Value``, then ``Cluster -> Finding``, gathered in a
``Report`` (see :mod:`crossref.report`).  Every object that comes from text
carries exact character offsets into :attr:`Document.text`, the text as it was
read, so a reviewer can always go back to the source.

All of them are frozen attrs classes: hashable, cheap, and safe to share.
Heavy data (embeddings) never lives here.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

import attrs

FindingKind = Literal["agreement", "discrepancy", "conflict"]
FINDING_KINDS: tuple[FindingKind, ...] = ("conflict", "discrepancy", "agreement")
"""Finding kinds, the most urgent first (the order a report lists them in)."""

WHEN = frozenset({"date", "time"})
"""The dimensions that say when something happened (a day, a time of day), not how much."""


def _fmt_number(x: float | None) -> str:
    if x is None:
        return "?"
    if abs(x - round(x)) < 1e-9:
        return f"{int(round(x)):,}"
    return f"{x:,.4g}" if abs(x) < 1000 else f"{x:,.0f}"


@attrs.frozen(repr=False)
class Document:
    """One article, as read.

    ``text`` is exactly what was read (after decoding); every offset in the
    library indexes it.  Metadata found in a header (``date YYYY-MM-DD``) is
    parsed into fields but never cut out of ``text``; ``body_start`` is where the
    article proper begins.
    """

    id: str
    text: str
    published: dt.date | None = None
    source: str | None = None
    path: str | None = None
    url: str | None = None
    title: str | None = None
    body_start: int = 0

    def __repr__(self) -> str:
        when = self.published.isoformat() if self.published else "undated"
        return f"Document({self.id!r}, {len(self.text):,} chars, {when})"


@attrs.frozen(repr=False)
class Value:
    """One figure found in text, as an interval in a canonical unit.

    ``start``/``end`` index the text it was extracted from (for claims: the
    document text).  ``stated_low``/``stated_high`` are the figure(s) as written,
    converted to ``unit``; ``low``/``high`` the interval after the hedge was
    applied (see docs/values.md).  ``None`` is an open bound.

    ``dimension`` names what is measured: ``count``, ``percent``, ``money``,
    ``duration``, ``date``, ``length``, ``area``, ``mass``, ``volume``,
    ``speed``, ``temperature``, ``energy``, ``time`` (of day), ...  For ``date``
    the bounds are proleptic Gregorian ordinals (``datetime.date.toordinal``) of the
    first and last day the expression can mean; :attr:`dates` gives them as dates.  For
    ``time`` they are minutes after midnight (:mod:`crossref.clock`).

    ``scope`` is the period the figure refers to when the text says it ("in
    2019 the company employed 3,000"), as ordinals like a date's bounds.

    ``frame`` is what the figure is a figure of, in a few words taken from the
    parse ("withdrawal take", "forces number soldiers"); ``holder`` is the person, team
    or company the figure belongs to when the parse names them ("Vaughn" in "Vaughn
    finished with 16 points"); ``prospective`` says the figure is of what is to come, may
    be, or is wanted ("will miss two games", "faces up to 20 years"), not of what is or
    was, and ``past`` that its verb says it happened ("missed four games"); ``party`` is
    ``"one"`` for one person's figure ("He received a 20-year sentence"), ``"many"`` for a
    group's ("seven men received sentences of between six and 75 years"); ``wanted`` says
    the figure is what someone wants, seeks or demands ("is seeking a 10-year contract"),
    not what anyone has or gives; all set by the claims stage (:mod:`crossref.frames`).
    """

    start: int
    end: int
    text: str
    dimension: str
    unit: str
    low: float | None
    high: float | None
    stated_low: float | None = None
    stated_high: float | None = None
    noun: str | None = None
    hedge: str | None = None
    scope: tuple[int, int] | None = None
    frame: str | None = None
    holder: str | None = None
    prospective: bool = False
    past: bool = False
    party: str | None = None
    wanted: bool = False

    @property
    def dates(self) -> tuple[dt.date | None, dt.date | None] | None:
        """The calendar interval of a ``date`` value, ``None`` for other values."""
        if self.dimension != "date":
            return None

        def conv(x: float | None) -> dt.date | None:
            return None if x is None else dt.date.fromordinal(int(x))

        return conv(self.low), conv(self.high)

    @property
    def is_bound(self) -> bool:
        """True for one-sided statements ("at least 300", "within a month")."""
        return self.low is None or self.high is None

    def describe(self) -> str:
        """The value in a reviewer's words: ``900-1,000 soldiers``."""
        if self.dimension == "date":
            d = self.dates
            assert d is not None
            lo, hi = (x.isoformat() if x else "?" for x in d)
            return lo if lo == hi else f"{lo}..{hi}"
        lo, hi = self.stated_low, self.stated_high
        fig = _fmt_number(lo) if lo == hi else f"{_fmt_number(lo)}-{_fmt_number(hi)}"
        unit = self.noun or ("" if self.unit == "count" else self.unit)
        return f"{fig} {unit}".strip()

    def __repr__(self) -> str:
        return f"Value({self.text!r} -> [{_fmt_number(self.low)}, {_fmt_number(self.high)}] {self.unit})"


@attrs.frozen(repr=False)
class Claim:
    """One atomic, checkable statement from one document.

    ``document.text[start:end]`` is the source span.  ``text`` is the claim as a
    self-contained statement (attribution removed, the subject restored in a
    split coordination); it may differ from the span.  ``attribution`` is who
    said it, when the text says so ("AFP", "three Syrian military sources").
    ``actors`` are the countries its subject names (canonical, see
    :mod:`crossref.names`); ``names`` the proper names it mentions.
    """

    id: str
    doc_id: str
    start: int
    end: int
    text: str
    sentence_start: int
    sentence_end: int
    attribution: str | None = None
    actors: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    names: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    negated: bool = False
    values: tuple[Value, ...] = attrs.field(default=(), converter=tuple)

    def _repr_html_(self) -> str:
        from crossref.display import item_html

        return item_html(self)

    def __repr__(self) -> str:
        short = self.text if len(self.text) <= 60 else self.text[:57] + "..."
        return f"Claim({self.id}, {short!r})"


@attrs.frozen(repr=False)
class Cluster:
    """Claims from different documents that talk about the same thing."""

    id: str
    claim_ids: tuple[str, ...] = attrs.field(converter=tuple)
    doc_ids: tuple[str, ...] = attrs.field(converter=tuple)
    sources: tuple[str, ...] = attrs.field(converter=tuple)

    def _repr_html_(self) -> str:
        from crossref.display import item_html

        return item_html(self)

    def __repr__(self) -> str:
        return f"Cluster({self.id}, {len(self.claim_ids)} claims, {len(self.sources)} sources)"


@attrs.frozen(repr=False)
class Finding:
    """What the sources of one cluster say about one attribute, and the verdict.

    ``values`` holds, per claim in ``claim_ids``, the value compared (or
    ``None`` where the finding is about wording, not a figure).
    """

    id: str
    kind: FindingKind
    attribute: str
    claim_ids: tuple[str, ...] = attrs.field(converter=tuple)
    cluster_id: str
    explanation: str
    values: tuple[Value | None, ...] = attrs.field(default=(), converter=tuple)
    sources: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    score: float = 0.0

    def _repr_html_(self) -> str:
        from crossref.display import item_html

        return item_html(self)

    def __repr__(self) -> str:
        figs = " vs ".join(dict.fromkeys(v.describe() for v in self.values if v is not None))
        body = f"{self.attribute!r}: {figs}" if figs else repr(self.attribute)
        return f"Finding({self.kind}, {body}, {len(self.sources)} sources)"


@attrs.frozen
class Skipped:
    """An input that produced no document or no claims, and why."""

    path: str
    reason: str


@attrs.frozen
class Duplicate:
    """A document whose text repeats another's; it is not counted as a separate source."""

    doc_id: str
    same_as: str
    similarity: float


@attrs.frozen
class OtherStory:
    """A document that tells another story than the rest (:mod:`crossref.stories`): it names
    other people, places and things, and its claims are not set against theirs."""

    doc_id: str
    closest: str  # the document whose names it shares most
    shared: float  # the share of the smaller name set that the other names, for ``closest``
