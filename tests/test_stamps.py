"""Page stamps (``crossref.stamps``): the lines that date a web page, on real page furniture
from ECB+ articles, and what the pipeline does with them."""

from __future__ import annotations

import datetime as dt

import pytest

import crossref
from crossref.stamps import is_stamp, stamp_date


@pytest.mark.parametrize(
    "line",
    [
        "PUBLISHED: 16:05 GMT, 9 June 2013 | UPDATED: 06:55 GMT, 10 June 2013",
        "Published at 12:45, Wednesday, 12 June 2013",
        "21 July 2013 Last updated at 11:11 GMT",
        "THURSDAY, DECEMBER 3, 2009, 9:36 AM",
        "Updated Saturday, December 05, 2009 8:28 PM",
        "Posted September 26, 2013 3:47pm Updated September 27, 2013 6:56am",
        "Jan 05, 2011",
    ],
)
def test_page_stamps_are_recognised(line: str) -> None:
    assert is_stamp(line)


@pytest.mark.parametrize(
    "line",
    [
        "The fire was largely out by 9:30 am.",
        "The bank was evacuated on Friday, December 05, 2009.",
        "By John Smith, March 3, 2013",
        "Three People Shot in Office Shooting",
    ],
)
def test_sentences_with_dates_are_not_stamps(line: str) -> None:
    assert not is_stamp(line)


def test_the_opening_stamp_dates_an_undated_document() -> None:
    text = "Posted September 26, 2013 3:47pm Updated September 27, 2013 6:56am\nA fire broke out on Monday."
    assert stamp_date(text) == dt.date(2013, 9, 26)
    doc = crossref.parse_document(text, doc_id="a")
    assert doc.published == dt.date(2013, 9, 26)
    (v,) = [v for c in crossref.extract_claims([doc]) for v in c.values if v.dimension == "date"]
    assert v.dates == (dt.date(2013, 9, 23), dt.date(2013, 9, 23)), "'on Monday' is read from the stamp"


def test_a_header_date_wins_over_a_stamp() -> None:
    doc = crossref.parse_document("date 2013-10-01 Posted September 26, 2013\nA fire broke out.", doc_id="a")
    assert doc.published == dt.date(2013, 10, 1)


def test_stamp_lines_give_no_claims() -> None:
    doc = crossref.parse_document(
        "21 July 2013 Last updated at 11:11 GMT\n"
        "Fire crews tackled a blaze at a Waitrose store in Wellington.",
        doc_id="a",
    )
    texts = [c.text for c in crossref.extract_claims([doc])]
    assert texts and not any("updated" in t.lower() for t in texts)
