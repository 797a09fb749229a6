"""The pipeline end to end on the seeds, with the real model (issue 2)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import crossref
from crossref.models import FINDING_KINDS

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"


def _score_seeds(*options: str) -> subprocess.CompletedProcess[str]:
    score = SHARED / "eval" / "score.py"
    expected = SHARED / "eval" / "seeds_expected.json"
    if not score.is_file() or not expected.is_file():
        pytest.fail(
            f"the shared evaluation is missing: expected {score} and {expected} beside the repository"
        )
    return subprocess.run(
        [sys.executable, str(score), str(expected), "seeds", *options],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=900,
    )


def test_seeds_pass_the_shared_score_script_at_the_issue_bar():
    # issue 2: all three conflicts, at least five of the six agreements, no false alarm
    p = _score_seeds("--need-conflict", "1.0", "--need-agree", "0.8", "--max-false", "0")
    assert p.returncode == 0, f"score.py failed:\n{p.stdout}\n{p.stderr[-2000:]}"


@pytest.mark.xfail(
    strict=True,
    reason=(
        "matching (not the tests): with its defaults score.py wants all six agreements; "
        "government-takes-northeast is missed: 003's 'Syria's government widened its control over "
        "territories in the northeast' pairs first with 001's 'the Damascus government moves to consolidate "
        "its authority' (0.73); 001's 'assumed control of areas in the northeast' scores 0.51 (MiniLM 0.44)"
    ),
)
def test_seeds_pass_the_shared_score_script_with_its_defaults():
    p = _score_seeds()
    assert p.returncode == 0, f"score.py failed:\n{p.stdout}\n{p.stderr[-2000:]}"


def test_report_json_round_trip_gives_the_same_json(seeds_report):
    text = seeds_report.to_json()
    again = crossref.Report.from_json(text)
    assert again.to_json() == text
    assert crossref.Report.from_json(text.encode("utf-8")).to_json() == text
    assert crossref.Report.from_json(json.loads(text)).to_json() == text
    assert again.documents == seeds_report.documents and again.claims == seeds_report.claims
    assert again.clusters == seeds_report.clusters and again.skipped == seeds_report.skipped


def test_report_json_round_trip_loses_nothing(seeds_report):
    assert crossref.Report.from_json(seeds_report.to_json()) == seeds_report


def test_report_json_has_the_documented_form(seeds_report):
    data = json.loads(seeds_report.to_json())
    assert {"documents", "claims", "clusters", "findings", "skipped", "duplicates"} <= set(data)
    docs = {d["id"]: d for d in data["documents"]}
    assert set(docs) == {p.name for p in (REPO / "seeds").glob("*.txt")}  # file names as ids
    for c in data["claims"]:
        assert {"id", "doc", "start", "end", "text", "values"} <= set(c)
        with open(REPO / "seeds" / c["doc"], encoding="utf-8", newline="") as fh:
            assert fh.read()[c["start"] : c["end"]].strip()
    claim_ids = {c["id"] for c in data["claims"]}
    assert all(set(cl["claims"]) <= claim_ids for cl in data["clusters"])
    for f in data["findings"]:
        assert f["kind"] in FINDING_KINDS and f["attribute"] and f["explanation"]
        assert set(f["claims"]) <= claim_ids


def test_to_frame_columns(seeds_report):
    frame = seeds_report.to_frame()
    assert list(frame.columns) == [
        "finding",
        "kind",
        "attribute",
        "doc",
        "claim",
        "quote",
        "value",
        "low",
        "high",
        "unit",
        "start",
        "end",
        "explanation",
    ]
    assert len(frame) == sum(len(f.claim_ids) for f in seeds_report.findings)
    assert set(frame["finding"]) == {f.id for f in seeds_report.findings}
    for row in frame.itertuples():
        assert row.quote == seeds_report.document(row.doc).text[row.start : row.end]
    claims = seeds_report.to_frame("claims")
    assert {"id", "doc", "start", "end", "text", "cluster", "values"} <= set(claims.columns)
    assert len(claims) == len(seeds_report.claims)
    with pytest.raises(ValueError, match="findings"):
        seeds_report.to_frame("clusters")


def test_findings_list_conflicts_first(seeds_report):
    ranks = [FINDING_KINDS.index(f.kind) for f in seeds_report.findings]
    assert ranks == sorted(ranks)
    assert seeds_report.conflicts == tuple(f for f in seeds_report.findings if f.kind == "conflict")
    assert seeds_report.flags[: len(seeds_report.conflicts)] == seeds_report.conflicts
    assert seeds_report.to_text().find("CONFLICT") < max(seeds_report.to_text().find("AGREEMENT"), 0) or (
        not seeds_report.conflicts
    )


def test_every_finding_draws_on_two_sources(seeds_report):
    assert seeds_report.findings
    for f in seeds_report.findings:
        docs = {seeds_report.claim(c).doc_id for c in f.claim_ids}
        assert len(docs) >= 2 and len(set(f.sources)) >= 2, f
        cluster = next(cl for cl in seeds_report.clusters if cl.id == f.cluster_id)
        assert set(f.claim_ids) <= set(cluster.claim_ids)
        for v, cid in zip(f.values, f.claim_ids, strict=False):
            if v is not None:
                assert v in seeds_report.claim(cid).values


def test_seeds_find_conflicts_and_agreements(seeds_report):
    assert seeds_report.flags, "the seeds hold conflicting figures; no conflict or discrepancy was found"
    assert seeds_report.agreements
    assert seeds_report.documents[1].published is not None  # " date 2026-02-23" header


def test_claim_offsets_slice_back_to_the_seed_files(seeds_report):
    for c in seeds_report.claims:
        with open(REPO / "seeds" / c.doc_id, encoding="utf-8", newline="") as fh:
            text = fh.read()
        assert text[c.start : c.end] == seeds_report.source_text(c) and text[c.start : c.end].strip()
        for v in c.values:
            assert text[v.start : v.end] == v.text


def test_out_of_range_option_raises_config_error_naming_the_field(seeds_corpus):
    with pytest.raises(crossref.ConfigError, match=r"match_threshold must be in \[0.0, 1.0\], got 2"):
        crossref.cross_reference(seeds_corpus, match_threshold=2)


def test_unknown_option_raises_config_error(seeds_corpus):
    with pytest.raises(crossref.ConfigError, match="unknown option.*colour") as info:
        crossref.cross_reference(seeds_corpus, colour="red")
    assert "match_threshold" in str(info.value)  # lists what is known


def test_cross_referencer_reuses_its_models(seeds_corpus, seeds_report, embedder):
    xr = crossref.CrossReferencer(embedder=embedder)
    assert xr.run(REPO / "seeds").to_json() == seeds_report.to_json()  # a path works too


def test_find_duplicates_reads_the_documents_it_is_given():
    """Regression: an index cached by a list's id() went stale when the list was reused (KeyError)."""
    from crossref.pipeline import find_duplicates

    docs = [crossref.parse_document("The bridge reopened on Monday after repairs.", doc_id="a")]
    claims = crossref.extract_claims(docs)
    assert find_duplicates(docs, claims, threshold=0.8) == []
    docs[:] = [
        crossref.parse_document("The bridge reopened on Monday after repairs.", doc_id="b"),
        crossref.parse_document("The bridge reopened on Monday after repairs.", doc_id="c"),
    ]
    dups = find_duplicates(docs, crossref.extract_claims(docs), threshold=0.8)
    assert [(d.doc_id, d.same_as) for d in dups] == [("c", "b")]


def test_a_name_written_with_a_dot_is_one_name_of_the_article(embedder):
    # "Ver.di" holds the first figure; the second article names it too, so the figures meet
    a = crossref.parse_document(
        "date 2025-10-09\nVer.di is demanding a pay increase of 8 percent for a 12-month contract.\n",
        doc_id="a.txt",
    )
    b = crossref.parse_document(
        "date 2025-10-09\nVer.di demands 8,5 percent more wage for a duration of 12 months.\n", doc_id="b.txt"
    )
    report = crossref.cross_reference([a, b], embedder=embedder)
    (conflict,) = [f for f in report.findings if f.kind == "conflict"]
    assert {v.text for v in conflict.values} == {"8 percent", "8,5 percent"}
