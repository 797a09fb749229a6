"""Page stamps: the lines that date a web page, not the event it reports.

Articles copied from the web keep their page furniture: "Posted September 26,
2013 3:47pm", "PUBLISHED: 16:05 GMT, 9 June 2013 | UPDATED: 06:55 GMT, 10 June
2013", "Last updated at 11:11 GMT", a dateline standing alone.  Such a line says
when the page was written, so

* :func:`is_stamp` tells the claims stage it is not a claim (its figures, a day of
  the month, an hour, would otherwise be set against another page's);
* :func:`dateline` reads the dateline a wire story opens its lede with ("ATHENS, July 8
  (Reuters) - "): the claims stage leaves it out of the lede's claims, and its names count
  among those that tell which story the article is (:mod:`crossref.stories`);
* :func:`stamp_date` gives a document without a known publication date the date
  its opening stamp shows, so that "on Monday" can be resolved.

>>> is_stamp("Updated Saturday, December 05, 2009 8:28 PM")
True
>>> is_stamp("The bank was evacuated on Friday, December 05, 2009.")
False
>>> stamp_date("Posted September 26, 2013 3:47pm\\nA fire broke out on Monday.")
datetime.date(2013, 9, 26)
>>> dateline("KINSHASA, Congo (AP) — A ferry capsized.")
Dateline(names=('KINSHASA', 'Congo', 'AP'), end=23)
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from crossref.models import Value
from crossref.values import extract_values

_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
STAMP_BEFORE = re.compile(
    rf"\b(?:Posted|Updated|Published|Last updated|Modified)\b[\s:,]*(?:on\s+)?(?:{_DAY},?\s+)?$"
)
"""What ends the text right before a date that stamps a page ("Posted on ", "Updated: Saturday, ")."""

_CLOCK = re.compile(
    r"\b\d{1,2}\s?[:.]\s?\d\d(?:\s?[:.]\s?\d\d)?(?:\s?[ap]\.?\s?m\b\.?)?|\b\d{1,2}\s?[ap]\.?\s?m\b\.?", re.I
)
_FURNITURE = re.compile(
    rf"\b(?:{_DAY}|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|posted|updated|published|last|modified|on|at|[ap]\.?\s?m"
    r"|GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|CT|MT|PT|IST|AEST|AEDT|JST|WIB)\b\.?",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d]{2,}")
_LONGEST_STAMP = 120
"""Characters; a longer text is not a page stamp (and is not parsed to find out)."""
_OPENING_LINES = 6
"""How many non-blank lines of a document's body :func:`stamp_date` looks at."""


def _stamp_dates(text: str) -> list[Value] | None:
    """The dates of a page stamp (maybe none: "Last updated at 11:11 GMT"); ``None`` when the
    text is not a stamp."""
    if len(text) > _LONGEST_STAMP or not any(ch.isdigit() for ch in text):
        return None
    dates = [v for v in extract_values(text) if v.dimension == "date"]
    if not dates and not _CLOCK.search(text):
        return None
    rest = text
    for v in dates:
        rest = rest.replace(v.text, " ")
    return None if _WORD.search(_FURNITURE.sub(" ", _CLOCK.sub(" ", rest))) else dates


_DATELINE = re.compile(
    r"(?P<place>[A-Z][\w'\u2019.\-]+(?:\s[A-Z][\w'\u2019.\-]+)*)"  # ATHENS, NEW DELHI, PORT-AU-PRINCE, Kyiv
    r"(?:,\s*(?:(?P<date>[A-Z][a-z]{2,8}\.?\s\d{1,2}(?:,\s\d{4})?)"  # ", July 8", ", Sept. 12, 2023"
    r"|(?P<region>[A-Z][\w.\-]+(?:\s(?:(?:of|the|and)\s)*[A-Z][\w.\-]+)*)))*"  # ", Ala."
    r"\.?\s*(?:\((?P<agency>[^()\n]{2,40})\)|/(?P<wire>[A-Za-z][\w\-]{1,29})/)?"  # "(Reuters)", "/TASS/"
    r"(?:\s*(?:--?|[\u2013\u2014])\s*|\.\s+)"
)
_PLACE_LETTERS = 3
"""A dateline's place in capitals has at least this many ("US - China talks" opens no dateline)."""


class Dateline(NamedTuple):
    """The dateline a wire story opens a paragraph with: the names it gives (where it was
    filed, then its country or state, then the agency: "GADSDEN, Ala., June 2 (Wire) - "
    gives ``("GADSDEN", "Ala.", "Wire")``), and where it ends."""

    names: tuple[str, ...]
    end: int


def dateline(text: str, article: str = "") -> Dateline | None:
    """The dateline ``text`` opens with ("ATHENS, July 8 (Reuters) - ", "GADSDEN, Ala. - "),
    if any.  It tells where and when the story was filed, not what happened: the "July 8"
    there dates no event.  A place in capitals alone ("KHOST - ") is one when the
    ``article`` also writes it as a name ("Khost"): "BREAKING - ", "NATO - " or a headline in
    capitals open no dateline.  A place in lower case needs both a date and an agency
    ("Kyiv, July 8 (Ukrinform) - ")."""
    m = _DATELINE.match(text)
    if m is None:
        return None
    agency = m["agency"] or m["wire"]
    place = m["place"]
    capitals = place.upper() == place and sum(ch.isupper() for ch in place) >= _PLACE_LETTERS
    if capitals and not (m["date"] or m["region"] or agency or _written_as_name(place, article)):
        return None
    if not capitals and not (m["date"] and agency):
        return None
    return Dateline(tuple(x for x in (place, m["region"], agency) if x), m.end())


def _written_as_name(place: str, article: str) -> bool:
    """The article also writes ``place`` (in capitals) as a name: "Khost" for "KHOST"."""
    return any(
        m.group() != place and m.group()[0].isupper()
        for m in re.finditer(rf"(?<!\w){re.escape(place)}(?!\w)", article, re.IGNORECASE)
    )


def datelines(text: str, start: int = 0) -> list[Dateline]:
    """The datelines opening the paragraphs of ``text[start:]``, cut at line breaks as the
    claims stage cuts them (:func:`crossref.claims.segments`); ``end`` is an offset into ``text``."""
    out: list[Dateline] = []
    pos = start
    for line in text[start:].split("\n"):
        found = dateline(line, text)
        if found is not None:
            out.append(Dateline(found.names, pos + found.end))
        pos += len(line) + 1
    return out


def is_stamp(text: str) -> bool:
    """The text is a page stamp: dates, clock times and stamp words ("Posted", "Updated") only."""
    return _stamp_dates(text) is not None


def stamp_date(text: str, start: int = 0) -> dt.date | None:
    """The day the first page stamp among a document's opening lines shows, if any.

    Only a stamp that names one day (with its year) counts: "2013" alone dates no page.
    """
    lines = [line for line in text[start:].splitlines() if line.strip()][:_OPENING_LINES]
    for line in lines:
        for v in _stamp_dates(line) or ():
            if v.low is not None and v.low == v.high:
                return dt.date.fromordinal(int(v.low))
    return None
