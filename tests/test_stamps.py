"""Page stamps (``crossref.stamps``): the lines that date a web page, on real page furniture
from ECB+ articles, and what the pipeline does with them."""

from __future__ import annotations

import datetime as dt

import pytest

import crossref
from crossref.stamps import Dateline, dateline, is_stamp, stamp_date


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


@pytest.mark.parametrize(
    ("opening", "names"),
    [
        ("ATHENS, July 8 (Reuters) - A Malta-flagged oil tanker ran aground", ("ATHENS", "Reuters")),
        ("GADSDEN, Ala., June 2 (Wire) - Five inmates escaped", ("GADSDEN", "Ala.", "Wire")),
        ("BEIRUT, Lebanon \u2014 Israeli jets struck", ("BEIRUT", "Lebanon")),
        ("WASHINGTON (AP) -- The Senate voted", ("WASHINGTON", "AP")),
        ("NEW DELHI, Dec. 3, 2024 (Reuters) - India said", ("NEW DELHI", "Reuters")),
        ("MOSCOW, July 8. /TASS/. Russia said", ("MOSCOW", "TASS")),
        ("Kyiv, July 8 (Ukrinform) - Air defence", ("Kyiv", "Ukrinform")),
        (
            "KINSHASA, Democratic Republic of the Congo (AP) \u2014 A ferry",
            ("KINSHASA", "Democratic Republic of the Congo", "AP"),
        ),
    ],
)
def test_datelines_are_read_with_their_names(opening: str, names: tuple[str, ...]) -> None:
    found = dateline(opening)
    assert found is not None and found.names == names
    assert opening[found.end :][0].isupper()  # the lede starts right after it


@pytest.mark.parametrize(
    "opening",
    [
        "US - China trade talks resumed on Monday.",  # a place of two capitals is an acronym
        "The man - who had been missing - was found.",
        "Rescuers said - without naming a figure - that many had died.",
        "A 7.6 magnitude quake struck at 4:43 a.m.",
        # labels, acronyms, bylines and headlines in capitals (an independent reviewer's)
        "BREAKING - A tanker ran aground.",
        "FBI - The agency arrested 4 men in Ohio on Tuesday.",
        "JOHN SMITH - Staff writer",
        "TANKER RUNS AGROUND OFF GREECE - 300 TONNES OF OIL LEAKED",
        "UPDATE 2-Oil prices rose.",
        "Athens - The tanker ran aground.",  # a place in lower case needs a date and an agency
    ],
)
def test_sentences_are_not_datelines(opening: str) -> None:
    assert dateline(opening) is None


def test_a_place_in_capitals_alone_is_a_dateline_when_the_article_names_it() -> None:
    article = (
        "KHOST - Seventeen civilians were killed in drone strikes overnight.\n"
        "NATO - which has no troops left in Khost - said nothing. The breaking news came at dawn."
    )
    first, second = article.splitlines()
    assert dateline(first, article) == Dateline(names=("KHOST",), end=len("KHOST - "))
    assert dateline(first) is None, "nothing says KHOST is a place"
    assert dateline(second, article) is None, "NATO is written in capitals only"
    assert dateline("BREAKING - Seventeen civilians were killed.", article) is None


def test_a_dateline_dates_no_claim_and_the_lede_keeps_its_subject() -> None:
    doc = crossref.parse_document(
        "date 2026-02-11\nLISBON, Feb 11 (Reuters) - A road bridge over the Tamega river collapsed on "
        "Tuesday, sending a car and a van plunging into the river and killing two people, authorities said.",
        doc_id="d",
    )
    claims = crossref.extract_claims(doc)
    assert all("LISBON" not in c.text and "Reuters" not in c.text for c in claims)
    assert all(v.text != "Feb 11" for c in claims for v in c.values)
    assert claims[0].text.startswith("A road bridge over the Tamega river collapsed on Tuesday")
    assert claims[1].text.startswith("A road bridge sending a car")  # its subject, not "LISBON"
