"""Whose figure it is and what it is of, read from the parse (crossref.frames), on news sentences."""

from __future__ import annotations

import crossref


def _holders(text: str) -> dict[str, str | None]:
    """Each figure of a one-document text with the holder the claims stage read for it."""
    doc = crossref.parse_document(text, doc_id="d")
    return {v.text: v.holder for c in crossref.extract_claims(doc) for v in c.values}


def test_the_named_subject_holds_the_figure() -> None:
    assert _holders("Vaughn finished with 16 points and nine rebounds.") == {
        "16 points": "Vaughn",
        "nine rebounds": "Vaughn",
    }
    assert _holders("Louisville's Earl Clark finished his team's victory with 25 points.") == {
        "25 points": "Earl Clark"
    }


def test_a_possessor_holds_the_figure_and_a_relative_clause_its_noun() -> None:
    assert _holders("Hansbrough's 20 points led the Tar Heels.")["20 points"] == "Hansbrough"
    assert _holders("Hansbrough, who now has 2,302 points, made the basket.")["2,302 points"] == "Hansbrough"


def test_he_is_the_subject_named_before() -> None:
    text = "Joique Bell signed with the Saints on Monday.\nHe finished with 6,728 yards at Wayne State."
    assert _holders(text)["6,728 yards"] == "Joique Bell"


def test_no_holder_for_a_common_noun_a_group_or_a_headline() -> None:
    assert _holders("The US military has withdrawn about 1,000 troops.")["about 1,000 troops"] is None
    assert _holders("Charles and Hillis ran for 327 yards.")["327 yards"] is None
    headline = _holders("Red Sox Offer Teixeira 200 Million Dollars")  # every word looks like a name
    assert headline and set(headline.values()) == {None}
    assert _holders("He finished with 269 yards.")["269 yards"] is None  # nobody named before
