"""The :class:`Report`: everything a run found, in forms people and tools read.

* ``report.findings`` (conflicts first), ``report.conflicts``, ``report.flags``
  (conflicts and discrepancies), ``report.single_source_claims``;
* ``to_json()`` / ``Report.from_json()`` lose nothing (the documented JSON form,
  see docs/json.md); ``to_frame()`` gives pandas;
* ``to_text()`` is for a person at a terminal; ``to_html()`` and the notebook
  display come from :mod:`crossref.display`.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Mapping
from typing import Any, Generic, TypeVar

import attrs

from crossref.models import (
    FINDING_KINDS,
    Claim,
    Cluster,
    Document,
    Duplicate,
    Finding,
    OtherStory,
    Skipped,
    Value,
)

T = TypeVar("T")
JSON_VERSION = 1


class Items(tuple[T, ...], Generic[T]):
    """A tuple of report objects that can be filtered by attribute.

    >>> from crossref.models import Skipped
    >>> Items([Skipped("a", "empty"), Skipped("b", "binary")]).where(reason="empty")
    (Skipped(path='a', reason='empty'),)
    """

    _report: Report | None = None

    def where(self, **conditions: Any) -> Items[T]:
        """Items whose attributes equal the given values (a tuple or set value matches any of its members)."""

        def ok(item: T) -> bool:
            for k, want in conditions.items():
                got = getattr(item, k)
                if isinstance(want, (tuple, set, frozenset, list)):
                    if got not in want:
                        return False
                elif got != want:
                    return False
            return True

        out: Items[T] = Items(x for x in self if ok(x))
        out._report = self._report
        return out

    def _repr_html_(self) -> str:
        from crossref.display import items_html

        return items_html(self, self._report)


def _finding_order(f: Finding) -> tuple[int, int, str]:
    return (FINDING_KINDS.index(f.kind), -len(f.sources), f.id)


@attrs.frozen(repr=False)
class Report:
    """The result of cross-referencing a set of documents.

    Attributes:
        documents: the documents, as read.
        claims: every claim of every document.
        clusters: groups of claims that talk about the same thing (a claim is in exactly one).
        findings: what the sources of each multi-source cluster say, conflicts first.
        skipped: inputs that gave no document or no claims, with the reason.
        duplicates: documents that repeat another (not counted as a separate source).
        other_stories: documents that tell another story than the rest (their claims are
            not set against the others'; :mod:`crossref.stories`).
        links: the claim graph's edges: ``(claim id, claim id, pair score)`` for every
            link the clustering accepted (see :func:`crossref.display.claim_graph`).
        timings: seconds per stage (not written to JSON unless asked: JSON stays byte-identical).
        settings: the settings of the run.
    """

    documents: Items[Document] = attrs.field(converter=Items)
    claims: Items[Claim] = attrs.field(converter=Items)
    clusters: Items[Cluster] = attrs.field(converter=Items)
    findings: Items[Finding] = attrs.field(converter=lambda fs: Items(sorted(fs, key=_finding_order)))
    skipped: Items[Skipped] = attrs.field(default=(), converter=Items)
    duplicates: Items[Duplicate] = attrs.field(default=(), converter=Items)
    other_stories: Items[OtherStory] = attrs.field(default=(), converter=Items)
    links: tuple[tuple[str, str, float], ...] = attrs.field(
        default=(), converter=lambda ls: tuple((a, b, float(w)) for a, b, w in ls)
    )
    timings: Mapping[str, float] = attrs.field(factory=dict, eq=False)
    settings: Mapping[str, Any] = attrs.field(factory=dict)

    def __attrs_post_init__(self) -> None:
        # lists taken from a report show their quotes when a notebook displays them
        for items in (self.documents, self.claims, self.clusters, self.findings):
            items._report = self

    # ---- lookups -------------------------------------------------------------------------
    @property
    def conflicts(self) -> Items[Finding]:
        """Findings of kind ``conflict``: both statements cannot be true."""
        return self.findings.where(kind="conflict")

    @property
    def discrepancies(self) -> Items[Finding]:
        return self.findings.where(kind="discrepancy")

    @property
    def agreements(self) -> Items[Finding]:
        return self.findings.where(kind="agreement")

    @property
    def flags(self) -> Items[Finding]:
        """Conflicts and discrepancies: what a reviewer checks first."""
        return self.findings.where(kind=("conflict", "discrepancy"))

    def claim(self, claim_id: str) -> Claim:
        return self._claims_by_id[claim_id]

    def document(self, doc_id: str) -> Document:
        return self._docs_by_id[doc_id]

    def cluster_of(self, claim_id: str) -> Cluster:
        return self._cluster_by_claim[claim_id]

    def claims_of(self, item: Finding | Cluster) -> list[Claim]:
        return [self._claims_by_id[c] for c in item.claim_ids]

    def source_text(self, claim: Claim) -> str:
        """The exact characters of the document the claim comes from."""
        return self._docs_by_id[claim.doc_id].text[claim.start : claim.end]

    @property
    def single_source_claims(self) -> Items[Claim]:
        """Claims that only one source makes: what a reviewer checks next."""
        return Items(c for cl in self.clusters if len(cl.sources) == 1 for c in self.claims_of(cl))

    @functools.cached_property
    def _claims_by_id(self) -> dict[str, Claim]:
        return {c.id: c for c in self.claims}

    @functools.cached_property
    def _docs_by_id(self) -> dict[str, Document]:
        return {d.id: d for d in self.documents}

    @functools.cached_property
    def _cluster_by_claim(self) -> dict[str, Cluster]:
        return {c: cl for cl in self.clusters for c in cl.claim_ids}

    def counts(self) -> dict[str, int]:
        """How many of each thing the report holds."""
        out = {
            "documents": len(self.documents),
            "claims": len(self.claims),
            "clusters": len(self.clusters),
            "multi-source clusters": sum(len(c.sources) > 1 for c in self.clusters),
        }
        out.update({k: sum(f.kind == k for f in self.findings) for k in FINDING_KINDS})
        out["single-source claims"] = len(self.single_source_claims)
        return out

    def __repr__(self) -> str:
        c = self.counts()
        return (
            f"Report({c['documents']} documents, {c['claims']} claims, {c['clusters']} clusters: "
            f"{c['conflict']} conflicts, {c['discrepancy']} discrepancies, {c['agreement']} agreements)"
        )

    # ---- JSON ------------------------------------------------------------------------------
    def to_dict(self, *, include_timings: bool = False) -> dict[str, Any]:
        """The documented JSON form as Python objects (see docs/json.md)."""
        out: dict[str, Any] = {
            "version": JSON_VERSION,
            "documents": [_doc_dict(d) for d in self.documents],
            "claims": [_claim_dict(c) for c in self.claims],
            "clusters": [
                {"id": c.id, "claims": list(c.claim_ids), "docs": list(c.doc_ids), "sources": list(c.sources)}
                for c in self.clusters
            ],
            "findings": [_finding_dict(f) for f in self.findings],
            "skipped": [attrs.asdict(s) for s in self.skipped],
            "duplicates": [attrs.asdict(d) for d in self.duplicates],
            "other_stories": [attrs.asdict(s) for s in self.other_stories],
            "links": [[a, b, w] for a, b, w in self.links],
            "settings": dict(self.settings),
        }
        if include_timings:
            out["timings"] = dict(self.timings)
        return out

    def to_json(self, *, indent: int | None = 2, include_timings: bool = False) -> str:
        """The report as JSON: the same input always gives the same bytes (timings only on request)."""
        return json.dumps(self.to_dict(include_timings=include_timings), indent=indent, ensure_ascii=False)

    @classmethod
    def from_json(cls, data: str | bytes | Mapping[str, Any]) -> Report:
        """Read a report written by :meth:`to_json`."""
        d = json.loads(data) if isinstance(data, (str, bytes)) else data
        return cls(
            documents=[_doc_from(x) for x in d["documents"]],
            claims=[_claim_from(x) for x in d["claims"]],
            clusters=[Cluster(x["id"], x["claims"], x["docs"], x["sources"]) for x in d["clusters"]],
            findings=[_finding_from(x) for x in d["findings"]],
            skipped=[Skipped(**x) for x in d.get("skipped", [])],
            duplicates=[Duplicate(**x) for x in d.get("duplicates", [])],
            other_stories=[OtherStory(**x) for x in d.get("other_stories", [])],
            links=[tuple(x) for x in d.get("links", [])],
            timings=d.get("timings", {}),
            settings=d.get("settings", {}),
        )

    # ---- pandas ----------------------------------------------------------------------------
    def to_frame(self, what: str = "findings") -> Any:
        """A pandas DataFrame of ``"findings"`` (one row per finding and claim) or ``"claims"``."""
        import pandas as pd

        if what == "claims":
            rows = [
                {**_claim_dict(c), "cluster": self.cluster_of(c.id).id, "values": [v.text for v in c.values]}
                for c in self.claims
            ]
            return pd.DataFrame(rows)
        if what != "findings":
            raise ValueError(f"to_frame() makes 'findings' or 'claims', not {what!r}")
        rows = []
        for f in self.findings:
            for cid, v in zip(f.claim_ids, f.values or (None,) * len(f.claim_ids)):
                c = self.claim(cid)
                rows.append(
                    {
                        "finding": f.id,
                        "kind": f.kind,
                        "attribute": f.attribute,
                        "doc": c.doc_id,
                        "claim": cid,
                        "quote": self.source_text(c),
                        "value": v.text if v else None,
                        "low": v.low if v else None,
                        "high": v.high if v else None,
                        "unit": v.unit if v else None,
                        "start": c.start,
                        "end": c.end,
                        "explanation": f.explanation,
                    }
                )
        return pd.DataFrame(rows)

    # ---- display ---------------------------------------------------------------------------
    def to_text(self, *, width: int = 100) -> str:
        """A plain-text report for a terminal: conflicts first, each with its quotes and sources."""
        from crossref.display import report_text

        return report_text(self, width=width)

    def to_html(self) -> str:
        """One self-contained HTML page (no scripts, no network), all article text escaped."""
        from crossref.display import report_html

        return report_html(self)

    def _repr_html_(self) -> str:
        from crossref.display import report_html

        return report_html(self, standalone=False)


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _doc_dict(d: Document) -> dict[str, Any]:
    return {
        "id": d.id,
        "path": d.path,
        "published": _iso(d.published),
        "source": d.source,
        "url": d.url,
        "title": d.title,
        "body_start": d.body_start,
        "length": len(d.text),
        "text": d.text,
    }


def _doc_from(x: Mapping[str, Any]) -> Document:
    pub = x.get("published")
    return Document(
        id=x["id"],
        text=x["text"],
        published=dt.date.fromisoformat(pub) if pub else None,
        source=x.get("source"),
        path=x.get("path"),
        url=x.get("url"),
        title=x.get("title"),
        body_start=x.get("body_start", 0),
    )


def value_dict(v: Value) -> dict[str, Any]:
    out = attrs.asdict(v)
    out["scope"] = list(v.scope) if v.scope else None
    if v.dimension == "date":
        d = v.dates
        assert d is not None
        out["dates"] = [_iso(d[0]), _iso(d[1])]
    return out


def _value_from(x: Mapping[str, Any]) -> Value:
    kw = {k: x[k] for k in (a.name for a in attrs.fields(Value)) if k in x}
    if kw.get("scope") is not None:
        kw["scope"] = tuple(kw["scope"])
    return Value(**kw)


def _claim_dict(c: Claim) -> dict[str, Any]:
    return {
        "id": c.id,
        "doc": c.doc_id,
        "start": c.start,
        "end": c.end,
        "text": c.text,
        "sentence": [c.sentence_start, c.sentence_end],
        "attribution": c.attribution,
        "actors": list(c.actors),
        "names": list(c.names),
        "negated": c.negated,
        "values": [value_dict(v) for v in c.values],
    }


def _claim_from(x: Mapping[str, Any]) -> Claim:
    return Claim(
        id=x["id"],
        doc_id=x["doc"],
        start=x["start"],
        end=x["end"],
        text=x["text"],
        sentence_start=x["sentence"][0],
        sentence_end=x["sentence"][1],
        attribution=x.get("attribution"),
        actors=x.get("actors", ()),
        names=x.get("names", ()),
        negated=x.get("negated", False),
        values=[_value_from(v) for v in x.get("values", [])],
    )


def _finding_dict(f: Finding) -> dict[str, Any]:
    return {
        "id": f.id,
        "kind": f.kind,
        "attribute": f.attribute,
        "claims": list(f.claim_ids),
        "cluster": f.cluster_id,
        "explanation": f.explanation,
        "values": [value_dict(v) if v else None for v in f.values],
        "sources": list(f.sources),
        "score": f.score,
    }


def _finding_from(x: Mapping[str, Any]) -> Finding:
    return Finding(
        id=x["id"],
        kind=x["kind"],
        attribute=x["attribute"],
        claim_ids=x["claims"],
        cluster_id=x["cluster"],
        explanation=x["explanation"],
        values=[_value_from(v) if v else None for v in x.get("values", [])],
        sources=x.get("sources", ()),
        score=x.get("score", 0.0),
    )
