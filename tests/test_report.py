"""The Report: lookups, filtering, counts and the text form, on the seeds' real report."""

from __future__ import annotations

import json

import crossref
from crossref.models import FINDING_KINDS


def test_where_filters_by_attribute(seeds_report):
    conflicts = seeds_report.findings.where(kind="conflict")
    assert conflicts == seeds_report.conflicts
    flags = seeds_report.findings.where(kind=("conflict", "discrepancy"))
    assert flags == seeds_report.flags
    assert all(f.kind != "agreement" for f in flags)
    assert isinstance(flags, crossref.Items)


def test_counts_add_up(seeds_report):
    c = seeds_report.counts()
    assert c["documents"] == len(seeds_report.documents) == 4
    assert c["claims"] == len(seeds_report.claims)
    assert sum(c[k] for k in FINDING_KINDS) == len(seeds_report.findings)
    multi = c["multi-source clusters"]
    single = sum(len(cl.claim_ids) for cl in seeds_report.clusters if len(cl.sources) == 1)
    assert c["single-source claims"] == single
    assert multi == sum(len(cl.sources) > 1 for cl in seeds_report.clusters)
    r = repr(seeds_report)
    assert r.startswith("Report(4 documents") and f"{c['conflict']} conflicts" in r


def test_single_source_claims_are_the_claims_no_other_source_makes(seeds_report):
    singles = seeds_report.single_source_claims
    assert singles
    for claim in singles:
        assert len(seeds_report.cluster_of(claim.id).sources) == 1
    in_findings = {cid for f in seeds_report.findings for cid in f.claim_ids}
    assert not in_findings & {c.id for c in singles}


def test_lookups_agree_with_the_json(seeds_report):
    data = json.loads(seeds_report.to_json())
    for c in data["claims"][:20]:
        claim = seeds_report.claim(c["id"])
        assert seeds_report.source_text(claim) == seeds_report.document(c["doc"]).text[c["start"] : c["end"]]
    for f in seeds_report.findings:
        assert [c.id for c in seeds_report.claims_of(f)] == list(f.claim_ids)


def test_text_form_lists_conflicts_first_with_quotes(seeds_report):
    text = seeds_report.to_text()
    order = [text.find(h) for h in ("CONFLICTS", "DISCREPANCIES", "AGREEMENTS") if h in text]
    assert order == sorted(order) and order
    first = seeds_report.flags[0]
    for cid in first.claim_ids:
        claim = seeds_report.claim(cid)
        assert claim.doc_id in text
        assert " ".join(seeds_report.source_text(claim).split()[:3]) in " ".join(text.split())


def test_json_is_stable_without_timings(seeds_report):
    assert "timings" not in json.loads(seeds_report.to_json())
    assert set(json.loads(seeds_report.to_json(include_timings=True))["timings"]) >= {"claims", "embed"}


def test_lists_taken_from_a_report_display_their_quotes(seeds_report):
    flags = seeds_report.flags
    assert flags, "the seeds have flagged findings"
    html = flags._repr_html_()
    first = flags[0]
    claim = seeds_report.claim(first.claim_ids[0])
    # the card quotes the source sentence (escaped), not only the finding's own fields
    assert "xr-quote" in html
    assert seeds_report.source_text(claim)[:40].replace("'", "&#x27;") in html
    assert flags.where(kind=first.kind)._repr_html_().count("xr-card") >= 1


def test_single_objects_display_as_cards(seeds_report):
    f = seeds_report.findings[0]
    c = seeds_report.claim(f.claim_ids[0])
    k = seeds_report.cluster_of(c.id)
    for item in (f, c, k):
        assert item._repr_html_().startswith("<div class='xr-card")


def test_links_are_the_accepted_claim_pairs(seeds_report):
    assert seeds_report.links
    for a, b, w in seeds_report.links:
        assert seeds_report.cluster_of(a) == seeds_report.cluster_of(b)
        assert a < b and w > 0.0
    again = crossref.Report.from_json(seeds_report.to_json())
    assert again.links == seeds_report.links
