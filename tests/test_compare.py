"""The compare stage: verdicts for pairs of real figures, and findings for clusters of claims."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import crossref
from crossref.compare import compare_cluster, verdict

GOLDEN = [
    json.loads(line)
    for line in (Path(__file__).parent / "golden" / "verdicts.jsonl").read_text().splitlines()
]


def _one(text: str, published: str | None) -> crossref.Value:
    pub = dt.date.fromisoformat(published) if published else None
    values = crossref.extract_values(text, published=pub)
    assert len(values) == 1, f"{text!r} should read as one figure, got {values}"
    return values[0]


@pytest.mark.parametrize(
    "row",
    [
        pytest.param(r, marks=pytest.mark.xfail(strict=True, reason=r["xfail"])) if "xfail" in r else r
        for r in GOLDEN
    ],
    ids=[f"{r['a']} | {r['b']}" for r in GOLDEN],
)
def test_verdict_golden(row: dict) -> None:
    a, b = _one(row["a"], row.get("published")), _one(row["b"], row.get("published"))
    assert verdict(a, b)[0] == row["kind"], row["why"]
    assert verdict(b, a)[0] == row["kind"], "the verdict does not depend on the order"


def _claims(*sentences: str, published: dt.date | None = None) -> list[crossref.Claim]:
    docs = [crossref.parse_document(s, doc_id=f"d{i}", published=published) for i, s in enumerate(sentences)]
    return crossref.extract_claims(docs)


def _compare(claims: list[crossref.Claim], **kw: object) -> list[crossref.Finding]:
    return compare_cluster(
        claims,
        cluster_id="k0",
        source_of={c.doc_id: c.doc_id for c in claims},
        published={c.doc_id: None for c in claims},
        **kw,
    )


def test_figures_from_another_year_are_not_set_against_today() -> None:
    pub = dt.date(2026, 2, 23)
    claims = _claims(
        "In 2019 the army kept nearly 2,000 troops in the region.",
        "The army has roughly 1,000 troops in the region.",
        published=pub,
    )
    findings = compare_cluster(
        claims,
        cluster_id="k0",
        source_of={c.doc_id: c.doc_id for c in claims},
        published={c.doc_id: pub for c in claims},
    )
    assert [f.kind for f in findings] == ["agreement"]
    assert all(v is None for v in findings[0].values), "no figures were compared"


def test_a_changed_count_is_a_conflict_with_both_quotes() -> None:
    claims = _claims("The fire killed 14 people on Monday.", "The fire killed a dozen people on Monday.")
    (finding,) = [f for f in _compare(claims) if f.kind != "agreement"]
    assert finding.kind == "conflict" and finding.attribute == "number of people"
    assert {v.text for v in finding.values if v} == {"14 people", "a dozen people"}
    assert "14 people" in finding.explanation and "a dozen people" in finding.explanation


def test_negation_without_figures_is_a_conflict() -> None:
    claims = _claims(
        "The agreement was signed by both parties.", "The agreement was not signed by both parties."
    )
    (finding,) = _compare(claims)
    assert finding.kind == "conflict" and "negates" in finding.explanation


def test_antonyms_are_a_conflict_but_a_sentence_holding_both_is_not() -> None:
    assert (
        _compare(
            _claims("The closure of the border is temporary.", "The closure of the border is permanent.")
        )[0].kind
        == "conflict"
    )
    unsure = _claims(
        "It is unclear whether the closure is temporary or permanent.",
        "The closure of the border is permanent.",
    )
    assert _compare(unsure)[0].kind == "agreement"


def test_one_source_alone_gives_no_finding() -> None:
    claims = _claims("The fire killed 14 people.", "The fire killed a dozen people.")
    same_source = {c.doc_id: "wire" for c in claims}
    assert compare_cluster(claims, cluster_id="k0", source_of=same_source, published={}) == []
