"""Whether two figures can be set side by side: what each figure in its claim is about.

:mod:`crossref.compare` gives verdicts on figures that measure the same thing;
this module reads, from a figure's claim, what would make two figures *not* the
same thing, so that no false alarm is raised on them:

* when: :func:`scope_ok` (figures of other times), :func:`date_stamp` (a dateline
  dates the article, not the event);
* what happened to what is counted: :func:`outcome` (dead, injured, missing,
  abducted, arrested, displaced, infected);
* what kind of count: :func:`not_a_total` ("another two", "20 more", "three of
  the four"), :func:`summed` (a running total over several occasions);
* from where, of whom: :func:`measured_from` (distances), :func:`is_age`.

Every reader looks at the figure where it stands in the claim
(:func:`position`), never at another mention of the same words.
"""

from __future__ import annotations

import datetime as dt
import re

from crossref.models import Claim, Value
from crossref.names import names_match

_WORDS = re.compile(r"[a-z]+")


def position(claim: Claim, v: Value) -> int:
    """Where the figure's words stand in the claim's text (-1 if they do not).

    A claim's text can skip words (a clause split off inside it), so the figure's
    offset in the document is only a guide: of the places its words occur, the
    one nearest that offset is taken ("5 people ... and another 5 people").
    """
    guess = v.start - claim.start
    best, at = -1, claim.text.find(v.text)
    while at >= 0:
        if best < 0 or abs(at - guess) < abs(best - guess):
            best = at
        at = claim.text.find(v.text, at + 1)
    return best


def _before(claim: Claim, v: Value, n: int) -> list[str]:
    pos = position(claim, v)
    return _WORDS.findall(claim.text[:pos].lower())[-n:] if pos > 0 else []


def _after(claim: Claim, v: Value) -> str:
    pos = position(claim, v)
    return claim.text[pos + len(v.text) :] if pos >= 0 else ""


# ------------------------------------------------------------------------------ when

CURRENT_EVENT_DAYS = 14
"""A figure with no time of its own is about the event the article reports, around its
publication date; a figure whose time is centred more than this many days away from that
("a 6.1 quake in September", "last month thieves made off with ...") is about another
occasion.  Fixed, whatever ``max_scope_gap_days`` says: that setting is for two dated figures."""

OTHER_OCCASION_DAYS = 366
"""Two dates more than this many days apart in one cluster date two occasions (the event and
the one it recalls), not one occasion dated twice."""


def scope_ok(a: Value, b: Value, pub_a: dt.date | None, pub_b: dt.date | None, max_gap: int) -> bool:
    """Whether two figures refer to times close enough to compare (unknown counts as close).

    Two times are close when they overlap or their middles are at most ``max_gap``
    days apart ("in 2019" and "in 2020" are not); an undated figure's time is its
    article's publication day, and a dated and an undated figure must be within
    :data:`CURRENT_EVENT_DAYS` of each other.
    """

    def period(v: Value, pub: dt.date | None) -> tuple[int, int] | None:
        if v.scope is not None:
            return v.scope
        return (pub.toordinal(), pub.toordinal()) if pub else None

    pa, pb = period(a, pub_a), period(b, pub_b)
    if a.scope is None and b.scope is None or pa is None or pb is None:
        return True
    limit = max_gap if a.scope is not None and b.scope is not None else min(max_gap, CURRENT_EVENT_DAYS)
    overlap = pa[0] <= pb[1] and pb[0] <= pa[1]
    return overlap or abs((pa[0] + pa[1]) / 2 - (pb[0] + pb[1]) / 2) <= limit


_STAMP_WORD = re.compile(r"[^\W\d]{2,}")
STAMP_BEFORE = re.compile(r"\b(?:Posted|Updated|Published|Last updated|Modified)\b[\s:,]*(?:on\s+)?$")
"""What ends the text right before a date that stamps a page ("Posted on ", "Updated: ")."""
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def date_stamp(claim: Claim, v: Value) -> bool:
    """The date stamps the article rather than dates the event.

    A claim that is a date and little else ("July 03, 2013 6:22AM"); a date right
    after a capitalised "Posted", "Updated" or "Published" (a page's stamp, not
    "the lawsuit was filed on"); a full date (with its year) opening an article's
    first claim, where a dateline merged into the lede sits.
    """
    rest = claim.text.replace(v.text, " ")
    if not v.frame and len(_STAMP_WORD.findall(rest)) <= 2:
        return True
    pos = position(claim, v)
    if pos > 0 and STAMP_BEFORE.search(claim.text[:pos]):
        return True
    return pos == 0 and claim.id.endswith(":0") and bool(_YEAR.search(v.text))


# ------------------------------------------------------------------------------ what happened

# news counts the dead, the injured, the missing, the abducted, the arrested, the displaced
# and the infected separately, often in one sentence
_OUTCOMES: dict[str, tuple[str, ...]] = {
    "dead": ("kill", "dead", "die", "died", "dies", "dying", "death", "fatal", "perish", "slain", "murder"),
    "injured": ("injur", "wound", "hurt", "hospitali"),
    "missing": ("missing",),
    "abducted": ("abduct", "kidnap", "hostage", "captive"),
    "arrested": ("arrest", "detain", "detention", "custody", "apprehend", "captur"),
    "displaced": ("evacu", "rescued", "displac", "homeless", "shelter", "fled", "flee", "ushered"),
    "infected": ("infect", "sick", "ill"),
}
_WHOLE_WORDS = frozenset(
    {"dead", "die", "died", "dies", "dying", "hurt", "fled", "flee", "slain", "rescued", "ill"}
)


def _outcomes_in(text: str) -> set[str]:
    found = set()
    for w in _WORDS.findall(text.lower()):
        for outcome, stems in _OUTCOMES.items():
            if any(w == s if s in _WHOLE_WORDS else w.startswith(s) for s in stems):
                found.add(outcome)
    return found


def outcome(claim: Claim, v: Value) -> set[str]:
    """What happened to what the figure counts (``{"dead"}``, ``{"injured"}``, ...), if the claim says.

    From the figure's frame; else from the two words after it ("Five dead, dozens
    injured"); else from its claim, when the claim names one outcome only.
    """
    found = _outcomes_in(v.frame or "")
    if found:
        return found
    found = _outcomes_in(" ".join(_WORDS.findall(_after(claim, v).lower())[:2]))
    if found:
        return found
    in_claim = _outcomes_in(claim.text)
    return in_claim if len(in_claim) == 1 else set()


def same_outcome(ca: Claim, va: Value, cb: Claim, vb: Value) -> bool:
    """Both counts are of one outcome (dead, injured, ...), or one of them says none."""
    oa, ob = outcome(ca, va), outcome(cb, vb)
    return not oa or not ob or bool(oa & ob)


# ------------------------------------------------------------------------------ what kind of count

_ADDED_BEFORE = frozenset({"another", "additional", "further", "other"})
_ADDED_WORD = re.compile(r"\b(?:more|additional|further|other)\b(?!\s+than)", re.IGNORECASE)
_PART_OF = re.compile(r"^\s+of\s+(?:the|them|those|these|its|their|whom|which)\b", re.IGNORECASE)
_SET_AFTER = re.compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|"
    r"thousands?|some|most|many|all|none|half|several|few|both|each)\s+of\s+(?:the|those|these)\s*$",
    re.IGNORECASE,
)


def not_a_total(claim: Claim, v: Value) -> bool:
    """The count is not the size of what it counts.

    It adds to another ("another two people", "20 more people", "two other bases"),
    or it is a part or the whole of a partition: in "Three of the four soldiers
    were killed" neither "Three" (a part) nor "four soldiers" (the set it is taken
    from) is the number killed that another source would state alone.
    """
    if _ADDED_WORD.search(v.text):
        return True
    before = _before(claim, v, 1)
    if before and before[0] in _ADDED_BEFORE:
        return True
    if _PART_OF.match(_after(claim, v)):
        return True
    pos = position(claim, v)
    return pos > 0 and bool(_SET_AFTER.search(claim.text[:pos]))


_OCCASIONS = re.compile(
    r"^(?:operation|attack|raid|incident|strike|mission|assault|bombing|shooting|quake|earthquake|"
    r"storm|trip|visit|flight|game|match|election)s$",
    re.IGNORECASE,
)
_TOTAL_WORDS = re.compile(r"\b(?:a total of|in total|a combined)\b", re.IGNORECASE)
_SO_FAR = re.compile(r"\b(?:so far|thus far|to date|since)\b", re.IGNORECASE)


def summed(claim: Claim) -> bool:
    """A running total: "a total of 14 rifles", "in their five operations so far, 14 rifles"."""
    if _TOTAL_WORDS.search(claim.text):
        return True
    occasions = any(
        v.dimension == "count" and v.noun and _OCCASIONS.match(v.noun) and (v.low or 0) > 1
        for v in claim.values
    )
    return occasions and bool(_SO_FAR.search(claim.text))


# ------------------------------------------------------------------------------ from where, of whom

_FROM_PLACE = re.compile(
    r"^\s*(?:\([^)]*\)\s*)?(?:(?:north|south|east|west)[\w-]*\s+)?(?:of|from)\s+(?:the\s+)?"
    r"([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)"
)


def measured_from(claim: Claim, v: Value) -> str | None:
    """Where a distance is measured from ("14 miles from Healdsburg", "2 miles northeast of the Geysers")."""
    m = _FROM_PLACE.match(_after(claim, v))
    return m.group(1) if m else None


def same_place(a: str | None, b: str | None) -> bool:
    """Two distances' reference places are one place, or one of them is not said."""
    return a is None or b is None or names_match(a, b)


_AGE = re.compile(r"\b(?:years?|months?)[- ]old\b|\baged?\b", re.IGNORECASE)


def is_age(v: Value) -> bool:
    """An age: it belongs to one person, so two ages are compared only for one named person."""
    return bool(_AGE.search(v.text))
