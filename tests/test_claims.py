"""Golden claims: short real news sentences (ECB+ and the seeds) with the atomic claims a
careful editor would write down (tests/golden/claims.jsonl).

Each expected claim is matched loosely: its ``text`` must occur in the text of one
extracted claim (case and spacing aside), that claim's attribution must equal the
expected one, its figures must include the expected ``values``, and it must not
contain any of the ``not`` words (which is how a row says "split this off").
Each expected claim needs a claim of its own.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

import crossref

GOLDEN = [
    json.loads(line)
    for line in (Path(__file__).parent / "golden" / "claims.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]


def _norm(s: str | None) -> str | None:
    return None if s is None else re.sub(r"\s+", " ", s).strip(" ,.;:").lower()


def _params() -> list:
    out = []
    for i, row in enumerate(GOLDEN):
        marks = [pytest.mark.xfail(strict=True, reason=row["xfail"])] if "xfail" in row else []
        words = re.sub(r"\W+", "_", row["text"])[:40].strip("_")
        out.append(pytest.param(row, id=f"{i:02d}-{words}", marks=marks))
    return out


def _matches(claim: crossref.Claim, want: dict) -> bool:
    text = _norm(claim.text)
    assert text is not None
    if _norm(want["text"]) not in text:
        return False
    if _norm(claim.attribution) != _norm(want.get("attribution")):
        return False
    if any(_norm(w) in text for w in want.get("not", [])):
        return False
    got_values = [_norm(v.text) for v in claim.values]
    return all(any(_norm(v) in g for g in got_values) for v in want.get("values", []))


@pytest.mark.parametrize("row", _params())
def test_golden_claims(row):
    published = dt.date.fromisoformat(row["published"]) if row.get("published") else None
    doc = crossref.parse_document(row["text"], doc_id="golden", published=published)
    claims = crossref.extract_claims(doc)
    for c in claims:
        assert doc.text[c.start : c.end].strip(), c
        for v in c.values:
            assert doc.text[v.start : v.end] == v.text
    used: set[str] = set()
    for want in row["claims"]:
        hit = next((c for c in claims if c.id not in used and _matches(c, want)), None)
        got = [(c.text, c.attribution, [v.text for v in c.values]) for c in claims]
        assert hit is not None, f"expected {want}\ngot {got}"
        used.add(hit.id)
        assert "according to" not in (_norm(hit.text) or ""), hit  # attribution is taken off


def test_golden_file_is_well_formed():
    assert len(GOLDEN) >= 15
    for row in GOLDEN:
        assert row["claims"] and row["source"]
        for want in row["claims"]:
            assert _norm(want["text"]) in (_norm(row["text"]) or ""), want  # taken from the sentence


def test_which_time_it_was_stays_with_its_clause():
    doc = crossref.parse_document(
        "This is the first time a hospital in Hesse has been hit like this.", doc_id="d"
    )
    assert [c.text for c in crossref.extract_claims(doc)] == [
        "This is the first time a hospital in Hesse has been hit like this."
    ]
    # a relative clause with a subject of its own elsewhere is still a claim of its own
    other = crossref.parse_document(
        "They toured the hospital that the attackers had hit on Sunday.", doc_id="e"
    )
    assert "that the attackers had hit on Sunday" in [c.text for c in crossref.extract_claims(other)]


def test_a_participle_on_the_subject_that_states_a_figure_is_its_own_claim():
    # a lede that tells two things: how many the ferry carried, and that it struck a reef
    doc = crossref.parse_document(
        "A passenger ferry carrying 312 passengers and 11 crew struck a reef near Supetar on Saturday.",
        doc_id="d",
    )
    texts = {c.text: [v.text for v in c.values] for c in crossref.extract_claims(doc)}
    assert texts["A passenger ferry carrying 312 passengers and 11 crew"] == ["312 passengers", "11 crew"]
    assert "A passenger ferry struck a reef near Supetar on Saturday." in texts
    # without a figure the participle only says which ferry
    plain = crossref.parse_document("A ferry carrying tourists struck a reef near Supetar.", doc_id="p")
    assert [c.text for c in crossref.extract_claims(plain)] == [
        "A ferry carrying tourists struck a reef near Supetar."
    ]


def test_a_figure_split_off_in_a_participle_names_its_subject():
    # ECB+ 20_7ecbplus: the participle's claim says what killed whom, and its span is its own words
    doc = crossref.parse_document(
        "An earthquake with a magnitude of at least 5. 9 hit southern Iran on Sunday, killing at least 10 "
        "people and injuring many others.",
        doc_id="d",
    )
    claims = crossref.extract_claims(doc)
    killing = next(c for c in claims if "killing" in c.text)
    assert killing.text == "An earthquake killing at least 10 people"
    assert [v.text for v in killing.values] == ["at least 10 people"]
    assert doc.text[killing.start : killing.end] == "killing at least 10 people"
    assert not any("killing" in c.text for c in claims if c is not killing)
