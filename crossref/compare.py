"""A cluster's claims -> findings: agreement, discrepancy or conflict.

Figures are compared only through their intervals (:mod:`crossref.values`), and
only when comparable: same dimension, same currency, counts of the same kind of
thing (the counted nouns are compared by meaning: "troops" ~ "soldiers", not
"trucks"), alike frames, and what :mod:`crossref.comparable` reads around each
figure (its time, the outcome it counts, totals and parts, places, datelines).

The verdict for two values:

=============================================================  ===============
the two statements                                             finding
=============================================================  ===============
same figure(s), in any unit or wording                          agreement
one is a bound or a vague amount, and holds the other's        agreement
  whole interval
  ("more than a decade" / "11 years"; "dozens" / "36")
a date at coarser calendar precision (week, month, year)       agreement
  holds the other ("February 2026" / "Monday, Feb 23")
the same words, read from two articles' dates                   agreement
  ("during the past year")
the same figure, one approximate, the other exact                agreement
  ("roughly 1,000" / "1000")
an exact figure that rounds to the approximate one as written   agreement
  ("$13.2 billion" / "about $13 billion")
the same figure, one a bound the other exceeds                  discrepancy
  ("within a month" / "approximately a month")
stated figures differ, hedged intervals overlap                 discrepancy
  ("around 900-1000" / "roughly 1,000")
two bounds with different figures                               discrepancy
  ("more than 660" / "more than 600")
two hedged shares whose ranges miss by <= 2.5 points            discrepancy
  and 5 % ("nearly half" / "roughly 40 percent")
intervals disjoint ("14 dead" / "a dozen dead")                 conflict
no figures; one negates the other, or uses an antonym           conflict
=============================================================  ===============

A cluster's finding on an attribute takes the most serious verdict among its
pairs of sources, and its explanation says who said what.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Mapping, Sequence

import attrs
from rapidfuzz import fuzz

from crossref.clock import APPROXIMATE
from crossref.comparable import (
    OTHER_OCCASION_DAYS,
    Figure,
    apart,
    counts_people,
    date_stamp,
    is_age,
    not_a_total,
    owners_by_company,
    restated,
    scope_ok,
)
from crossref.matching import noun_key
from crossref.models import WHEN, Claim, Finding, FindingKind, Value
from crossref.values import HEDGES, ORDINALS, written_unit

Similarity = Callable[[str, str], float]
"""How alike two short phrases (counted nouns, figure frames) are, in [-1, 1]."""

FRAME_SIMILARITY = 0.3
"""Two figures are set side by side only when their frames are at least this alike (cosine)."""

BARE_FRAME_SIMILARITY = 0.6
"""Bare numbers (no counted noun) are set side by side only when their frames are this alike."""

SHARE_SIMILARITY = 0.4
"""Two shares are set side by side only when what they are shares of is at least this alike
("of its workforce" / "of its staff" 0.61, "of the population" / "of residents" 0.45, "of
the vote" / "of ballots cast" 0.54; not "of their supplier traffic" / "of our required
capacity" 0.17, all-MiniLM-L6-v2).  Without a similarity, only the same word meets."""

DATE_FRAME_SIMILARITY = 0.5
"""Two dates of two claims are taken to date the same thing when their frames are this alike."""

DATE_SIMILARITY = 0.65
"""Two claims' dates are compared only when the claims are at least this alike (cosine), or
their dates' frames :data:`SAME_DEED_SIMILARITY` alike."""

SAME_DEED_SIMILARITY = 0.9
"""Two dates whose frames are this alike date one deed of one doer ("tanker ran" / "tanker
ran": "A Malta-flagged oil tanker ran aground off Greece's southern Peloponnese at around 4
a.m. on Tuesday" / "The tanker ran aground late on Monday evening", cosine 0.61)."""

STATEMENT_SIMILARITY = 0.6
"""An agreement without figures holds the cluster's two most alike claims of two sources and
only those others at least this alike to each claim it holds (cosine): claims that share a
topic but say different things are left out of it."""

_RANK: dict[FindingKind, int] = {"agreement": 0, "discrepancy": 1, "conflict": 2}
_REL_TOL = 0.01

# word pairs that cannot both describe the same thing (news vocabulary)
ANTONYMS: tuple[tuple[str, str], ...] = (
    ("temporary", "permanent"),
    ("increase", "decrease"),
    ("increased", "decreased"),
    ("rise", "fall"),
    ("rose", "fell"),
    ("confirmed", "denied"),
    ("won", "lost"),
    ("accepted", "rejected"),
    ("approved", "rejected"),
    ("alive", "dead"),
    ("survived", "died"),
    ("guilty", "innocent"),
    ("legal", "illegal"),
    ("open", "closed"),
    ("suspended", "resumed"),
    ("opened", "closed"),
    ("expanded", "reduced"),
    ("arrived", "departed"),
    ("partial", "complete"),
    ("partially", "completely"),
    ("success", "failure"),
    ("succeeded", "failed"),
)
_BOTH_WAYS = ANTONYMS + tuple((b, a) for a, b in ANTONYMS)
_ANTONYM: dict[str, frozenset[str]] = {
    w: frozenset(o for x, o in _BOTH_WAYS if x == w) for w, _ in _BOTH_WAYS
}  # a word may have several ("rejected": "accepted", "approved")
NEGATION_CUE = re.compile(
    r"\b(?:not|no|never|none|nobody|nothing|neither|nor|without|cannot|yet\s+to|unknown|unclear"
    r"|unconfirmed)\b|n['’]t\b",
    re.IGNORECASE,
)
"""Words that negate; a claim holding one is never the plain side of a negation conflict."""
_PRONOUN_SUBJECT = re.compile(r"^\W*(?:it|they|he|she|we|this|that|these|those)\b", re.IGNORECASE)
# "never mentioned whether X" leaves X open; "not until 2003", "not immediately known" hedge
_LEFT_OPEN = re.compile(
    r"\b(?:whether|if)\b|\bnot\s+(?:until|immediately|yet|only|just|necessarily)\b", re.IGNORECASE
)
_WORDS = re.compile(r"[a-z]+")


_DENIAL = re.compile(
    r"^\W*(?:no(?!\.)|nobody|nothing|none|neither)\b"  # "No oil had reached the beaches"
    r"|\bthere\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+no\b",  # "there was no evidence"
    re.IGNORECASE,
)


def denies(claim: Claim) -> bool:
    """The claim says its own clause did not happen or is not so: its verb is negated ("had not
    been inspected since 2017"), its subject is "no" one or thing ("No oil had reached the
    beaches"), or there was none ("there was no evidence that ..."); not a negation in an
    aside or a phrase ("who has not been named", "without warning", "with no injuries"), nor
    one that leaves the matter open ("not immediately known")."""
    return (claim.negated or bool(_DENIAL.search(claim.text))) and not _LEFT_OPEN.search(claim.text)


_NOT_DONE = re.compile(
    r"\b(?:not|never|n['’]t)\s+(?:(?:been|be|have|has|had|yet)\s+)*([a-z]+)", re.IGNORECASE
)


def _none_since(neg: Claim, negated: Value, plain_claim: Claim, plain: Value) -> bool:
    """A denial since a date ("had not been inspected since 2017") and a date after that date's
    own span of the same deed ("last inspected in 2024"): it did happen since.  Not a
    comparison ("have not been this high since 2008": "this" is no deed)."""
    deed = _NOT_DONE.search(neg.text)
    return (
        negated.hedge == "since"
        and deed is not None
        and re.search(rf"\b{re.escape(deed.group(1))}\b", plain_claim.text, re.IGNORECASE) is not None
        and negated.stated_high is not None
        and plain.low is not None
        and plain.low > negated.stated_high
    )


_DIMENSION_WORDS = {
    "duration": "how long",
    "date": "when",
    "time": "time of day",
    "percent": "share (percent)",
    "length": "length",
    "area": "area",
    "mass": "weight",
    "volume": "volume",
    "speed": "speed",
    "temperature": "temperature",
}


def _hedge_kind(v: Value) -> str | None:
    return HEDGES[v.hedge][0] if v.hedge in HEDGES else None


def is_imprecise(v: Value) -> bool:
    """A one-sided bound ("at least", "within") or a vague amount ("dozens", "several")."""
    return v.is_bound or _hedge_kind(v) == "vague"


def _close(a: float | None, b: float | None, *, absolute: float | None = None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= (absolute if absolute is not None else _REL_TOL * max(abs(a), abs(b), 1e-9))


def _same_figures(a: Value, b: Value) -> bool:
    # dates: the same day; exact counts: the same number (2,301 is not 2,302 points); else within 1 %
    exact = a.dimension == "count" and not (a.hedge or b.hedge)
    tol = 0.5 if a.dimension in WHEN or exact else None
    if _lengths_of_time(a, b):  # "three months" / "90 days"
        tol = _slack(a, b)
    return _close(a.stated_low, b.stated_low, absolute=tol) and _close(
        a.stated_high, b.stated_high, absolute=tol
    )


def _ends(v: Value) -> tuple[float, float]:
    """The value's interval, an open end as infinity."""
    return (-float("inf") if v.low is None else v.low, float("inf") if v.high is None else v.high)


CONVERTED_DIMENSIONS = frozenset(
    {"length", "area", "mass", "volume", "speed", "temperature", "energy", "power"}
)
"""Measures that news converts from one unit to another and rounds ("120 mph" / "193 km/h"):
their intervals are widened by ``_REL_TOL`` before they are set against each other."""


DURATION_SLACK = 0.02
"""Durations meet within 2 %: "three months" is 91.3 days or 90, as one counts a month."""

CONVERTED_ROUNDING = 0.1
"""A figure converted into another unit and rounded is off by at most this share of the
larger figure, however coarse its last digit: "1 mile" is not "1 kilometre" (38 %), nor
"2 feet" "1 metre" of snow."""


def _lengths_of_time(a: Value, b: Value) -> bool:
    """Two durations that are not ages (61 is not 62 years old, however close)."""
    return a.dimension == "duration" and not (is_age(a) or is_age(b))


def _slack(a: Value, b: Value) -> float:
    """How far apart two figures' ends may be and still meet: a converted figure's rounding,
    1 % or half a step of the coarser last digit when they are written in other units."""
    if a.dimension in CONVERTED_DIMENSIONS:
        share = _REL_TOL
    elif _lengths_of_time(a, b):
        share = DURATION_SLACK
    else:
        share = 0.0
    if not share:
        return 1e-9
    finite = [abs(x) for x in (*_ends(a), *_ends(b)) if abs(x) != float("inf")]
    rounding = _half_step(a, b) if a.dimension in CONVERTED_DIMENSIONS else 0.0
    return max(share * max(finite, default=0.0), rounding) + 1e-9


def _overlap(a: Value, b: Value) -> bool:
    (lo_a, hi_a), (lo_b, hi_b) = _ends(a), _ends(b)
    slack = _slack(a, b)
    return lo_a <= hi_b + slack and lo_b <= hi_a + slack


SHARE_NEAR_POINTS = 2.5
"""Two hedged shares whose ranges miss each other by at most this many percentage points
(and at most 5 % of the larger share: "about 4" / "about 6 percent" stay a conflict)
differ a little ("nearly half" / "roughly 40 percent"): a discrepancy, not a conflict.
Hedged shares are given to the nearest five points or so; the relative hedge table
(+-10 %) is narrower than that for shares under a half."""


def _near_shares(a: Value, b: Value) -> bool:
    """Two shares' ranges miss each other by little: :data:`SHARE_NEAR_POINTS`, 5 % of the larger."""
    finite = [x for x in (*_ends(a), *_ends(b)) if abs(x) != float("inf")]
    return bool(finite) and _gap(a, b) <= min(SHARE_NEAR_POINTS, 0.05 * max(abs(x) for x in finite))


def _gap(a: Value, b: Value) -> float:
    """How far apart two disjoint intervals are (0 when they overlap)."""
    (lo_a, hi_a), (lo_b, hi_b) = _ends(a), _ends(b)
    return max(0.0, lo_b - hi_a, lo_a - hi_b)


def _holds(outer: Value, inner: Value) -> bool:
    """``outer``'s interval contains all of ``inner``'s: whatever ``inner`` allows, ``outer`` allows."""
    lo, hi = inner.low, inner.high
    if lo is None or hi is None:
        return False
    slack = _slack(outer, inner)
    return (outer.low is None or outer.low <= lo + slack) and (outer.high is None or hi <= outer.high + slack)


_PART_OF_UNIT = re.compile(
    r"\b(?:early|mid|late|end\s+of|beginning\s+of|start\s+of)\b"
    r"|\b(?:earlier|later|this|last|next)\s+(?:this\s+|that\s+)?(?:week|weekend|month|year)\b",
    re.IGNORECASE,
)


def _is_calendar_unit(v: Value) -> bool:
    """A day, a calendar week, month or year, or a part of one named as such ("late October",
    "early 2013", "last weekend", "earlier this year"); not "the past two weeks", which
    says how recent, not when."""
    if _PART_OF_UNIT.search(v.text):
        return True
    d = v.dates
    if d is None or d[0] is None or d[1] is None:
        return False
    lo, hi = d
    if lo == hi:
        return True
    nxt = hi + dt.timedelta(days=1)
    week = lo.weekday() == 0 and (hi - lo).days == 6
    month = lo.day == 1 and nxt.day == 1 and (lo.year, lo.month) == (hi.year, hi.month)
    year = (lo.month, lo.day, hi.month, hi.day) == (1, 1, 12, 31) and lo.year == hi.year
    decade = (
        (lo.month, lo.day, hi.month, hi.day) == (1, 1, 12, 31)
        and lo.year % 10 == 0
        and hi.year == lo.year + 9
    )
    return week or month or year or decade


_YEAR_IN = re.compile(r"\b(?:1[6-9]|20)\d\d\b")


def _same_day_of_year(a: Value, b: Value) -> bool:
    """One day of the year, one of the two written without its year ("June 20" / "June 20, 2005"):
    the year was filled in from the article's date, and may not be the one meant."""
    da, db = a.dates, b.dates
    if not da or not db or da[0] != da[1] or db[0] != db[1] or da[0] is None or db[0] is None:
        return False
    no_year = not _YEAR_IN.search(a.text) or not _YEAR_IN.search(b.text)
    return no_year and (da[0].month, da[0].day) == (db[0].month, db[0].day)


def verdict(a: Value, b: Value) -> tuple[FindingKind, str]:
    """The finding for two comparable values, with the reason in words.

    >>> from crossref.values import extract_values
    >>> a, = extract_values("around 900-1000 soldiers")
    >>> b, = extract_values("roughly 1,000 troops")
    >>> verdict(a, b)[0]
    'discrepancy'
    """
    same = _same_figures(a, b)
    if same and a.hedge == b.hedge:
        return "agreement", "the same figure"
    if a.text.lower() == b.text.lower() and (_overlap(a, b) or a.dimension == "date"):
        # "during the past year" in articles a day apart, "June 20" in articles two years apart:
        # the same words, read from two dates
        return "agreement", "the same words"
    if a.dimension == "date" and _same_day_of_year(a, b):
        return "agreement", "the same day; one of them gives no year"
    if _rounded_alike(a, b):
        return "agreement", f"the same figure in other units, as rounded: {a.text!r} and {b.text!r}"
    if not _overlap(a, b):
        if a.dimension == "percent" and a.hedge and b.hedge and _near_shares(a, b):
            points = f"{_gap(a, b):.2g}"
            unit = "point" if points == "1" else "points"
            return "discrepancy", f"the hedged shares differ a little: their ranges are {points} {unit} apart"
        return "conflict", "the intervals do not overlap: both cannot be true"
    for outer, inner in ((a, b), (b, a)):
        about = a.dimension == "time" and outer.hedge in APPROXIMATE  # "8.49pm" is "around 9pm"
        if (is_imprecise(outer) or about) and _holds(outer, inner):
            return "agreement", f"{inner.text!r} is within {outer.text!r}"
        if a.dimension == "date" and _is_calendar_unit(outer) and _holds(outer, inner):
            return "agreement", f"{inner.text!r} falls in {outer.text!r}"
    if _hedge_kind(a) == "vague" and _hedge_kind(b) == "vague":
        return "agreement", "two vague amounts that overlap"  # "a few blocks" / "several blocks"
    if same and not (a.is_bound or b.is_bound):
        return "agreement", "the same figure, hedged differently"
    for approx, exact in ((a, b), (b, a)):
        if _rounds_to(exact, approx):
            return "agreement", f"{exact.text!r} rounds to {approx.text!r}"
    if same and a.is_bound and b.is_bound and (a.high is None) == (b.high is None):
        side = "floor" if a.high is None else "ceiling"  # "at least 120 homes" / "more than 120 houses"
        return "agreement", f"both give the same figure as a {side}"
    if same:
        return "discrepancy", f"{a.text!r} and {b.text!r} bound the same figure differently"
    return "discrepancy", _difference(a, b)


def _rounded_alike(a: Value, b: Value) -> bool:
    """Two measures written in other units that are one figure as rounded: each lies within
    half a step of the coarser one's last written digit ("10 kilometers" / "six miles": 9.66
    km rounds to 10, 6.2 miles to 6; "6.2 miles" / "10 km"; not "15 miles" / "20 km").  Only
    plain or approximate figures: "at least", "nearly" and vague words say more."""
    half = _half_step(a, b)
    if not half or not all(v.hedge is None or _hedge_kind(v) == "approx" for v in (a, b)):
        return False
    ends = ((a.stated_low, b.stated_low), (a.stated_high, b.stated_high))
    return all(x is not None and y is not None and abs(x - y) <= half + 1e-9 for x, y in ends)


def _half_step(a: Value, b: Value) -> float:
    """Half a step of the coarser last written digit of two measures written in other units,
    at most :data:`CONVERTED_ROUNDING` of the larger figure (805 m for "six miles" / "10
    kilometers"); 0 for one unit, or where a unit is not known."""
    wa, wb = written_unit(a), written_unit(b)
    if wa is None or wb is None or wa[0] == wb[0]:
        return 0.0
    size = max(
        abs(x) for x in (a.stated_low, a.stated_high, b.stated_low, b.stated_high, 0.0) if x is not None
    )
    return min(max(wa[1], wb[1]) / 2, CONVERTED_ROUNDING * size)


def _place(x: float) -> float:
    """The place of a figure's last significant digit: 1e9 for 13 billion, 100 for 1,500,
    0.1 for 2.5."""
    place = 10.0 ** math.floor(math.log10(abs(x)))
    while place > 1e-6 and abs(x / place - round(x / place)) > 1e-9:
        place /= 10
    return place


_AS_WRITTEN = frozenset({"count", "money", "percent"})  # measures kept in the unit they are written in


def _rounds_to(exact: Value, approx: Value) -> bool:
    """An exact figure that, rounded as the approximate one is written, gives that one:
    "$13.2 billion" / "about $13 billion"; "1,040 troops" / "roughly 1,000" (not "almost 8
    inches" / "200 millimetres": "almost" says from which side).  Only asked of figures
    whose intervals overlap."""
    if exact.hedge or _hedge_kind(approx) != "approx" or exact.dimension not in _AS_WRITTEN:
        return False
    x, y = exact.stated_low, approx.stated_low
    if x is None or not y or x != exact.stated_high or y != approx.stated_high:
        return False  # a range is not rounded
    place = _place(y)
    return abs(round(x / place) * place - y) < 1e-9 * max(abs(y), 1.0)


def _difference(a: Value, b: Value) -> str:
    if a.dimension == "date":
        return "the stated periods differ but overlap"
    if a.dimension == "time":
        gap = abs((a.stated_low or 0.0) - (b.stated_low or 0.0))
        return f"the stated times differ by {gap:.0f} minutes, but the hedged ranges overlap"
    parts = []
    ends = (("lower", a.stated_low, b.stated_low), ("upper", a.stated_high, b.stated_high))
    if a.stated_low == a.stated_high and b.stated_low == b.stated_high:
        ends = (("stated", a.stated_low, b.stated_low),)  # one figure each ("more than 660" / "600")
    for name, x, y in ends:
        if x is not None and y is not None and not _close(x, y):
            gap = abs(x - y)
            unit = "" if a.unit == "count" else a.unit
            if unit == "day" and gap != 1:
                unit = "days"
            parts.append(f"the {name} figures differ by {gap:,.4g} {unit}".rstrip())
    detail = "; ".join(parts) or "the stated figures differ"
    return f"{detail}, but the hedged ranges overlap"


def _specificity(v: Value) -> tuple[int, float]:
    lo, hi = v.stated_low, v.stated_high
    if lo is None or hi is None:
        return (2, 0.0)
    return (1 if is_imprecise(v) else 0, (hi - lo) / max(abs(hi), 1e-9))


@attrs.frozen
class _Group:
    key: tuple[str, str]
    label: str
    members: tuple[tuple[Claim, Value], ...]
    whole_and_part: bool = False  # people of every kind and a kind of them, for the part's excess only


def _wholes_and_parts(groups: list[_Group]) -> list[_Group]:
    """A group for each count of people of every kind and each count of a kind of people in
    the cluster ("12 people" / "at least 17 civilians"): a part larger than its whole is a
    conflict the groups of one noun each cannot see."""
    counts = [g for g in groups if g.key[0] == "count" and g.members and g.members[0][1].noun]
    out = []
    for whole in counts:
        for part in counts:
            found = _whole_and_part(whole.members[0][1], part.members[0][1])
            if found is not None and found[0] is whole.members[0][1]:  # each pair once, whole first
                key = ("count", f"{whole.key[1]} > {part.key[1]}")
                out.append(_Group(key, whole.label, whole.members + part.members, whole_and_part=True))
    return out


def stated(c: Claim, v: Value) -> bool:
    """Whether ``v`` is a figure ``c`` states of its own, to be compared at all."""
    if v.low is None and v.high is None:
        return False
    if v.dimension == "count" and v.text.lower().endswith("-time"):
        return False  # "a four-time NBA all-star": what he is, not a count of anything said
    if v.dimension == "duration" and v.stated_low == v.stated_high == 0:
        return False  # "a zero-day flaw", "IE Zero Day": a kind of flaw, not a length of time
    if v.dimension == "count" and not_a_total(c, v):
        return False  # "another two people", "20 more", "three of the skiffs": not a total
    if restated(c, v):
        return False  # "US$1 million ($1.52 million)": the same figure in another currency
    # a dateline ("July 03, 2013 6:22AM", "Published May 05, 2010"): when it was written
    return not (v.dimension == "date" and date_stamp(c, v))


def _same_measure(a: Value, b: Value, noun_similarity: Similarity | None, noun_threshold: float) -> bool:
    """Two figures measure one kind of thing: what puts them in one group (:func:`_groups`)."""
    if a.dimension != b.dimension:
        return False
    if a.dimension == "count":
        if not (a.noun and b.noun):
            return not (a.noun or b.noun)
        return _one_count(a.noun, b.noun, noun_similarity, noun_threshold)
    return is_age(a) == is_age(b) and a.unit == b.unit


def _groups(
    claims: Sequence[Claim], noun_similarity: Similarity | None, noun_threshold: float
) -> list[_Group]:
    """Values of the claims, gathered by what they measure; one value per claim and group."""
    buckets: dict[tuple[str, str], list[tuple[Claim, Value]]] = {}
    labels: dict[tuple[str, str], str] = {}
    nouns: list[str] = []
    for c in claims:
        for v in c.values:
            if not stated(c, v):
                continue
            if v.dimension == "count" and not v.noun:
                if not v.frame:
                    continue
                key = ("count", "")  # a bare number ("The actress, 33,"): its frame says what it counts
                labels.setdefault(key, f"the figure ({v.frame})")
            elif v.dimension == "count":
                assert v.noun is not None
                rep = next((n for n in nouns if _one_count(n, v.noun, noun_similarity, noun_threshold)), None)
                if rep is None:
                    nouns.append(v.noun)
                    rep = v.noun
                key = ("count", noun_key(rep))
                labels.setdefault(key, f"number of {rep}")
            elif v.dimension == "money":
                key = ("money", v.unit)
                labels.setdefault(key, f"amount ({v.unit})")
            elif is_age(v):
                key = ("age", v.unit)  # "Kirkpatrick, 61," is not how long anything took
                labels.setdefault(key, "age")
            else:
                key = (v.dimension, v.unit)
                labels.setdefault(key, _DIMENSION_WORDS.get(v.dimension, v.dimension))
            buckets.setdefault(key, []).append((c, v))
    out = []
    for key, members in buckets.items():
        if key[0] in WHEN:
            kept = members  # dates in one claim may say different things: all are kept
        else:
            best: dict[str, tuple[Claim, Value]] = {}
            for c, v in members:
                if c.id not in best or _specificity(v) < _specificity(best[c.id][1]):
                    best[c.id] = (c, v)
            kept = list(best.values())
        out.append(_Group(key, labels[key], tuple(kept)))
    return out


def _agent_of(a: str, b: str) -> bool:
    """``a`` names who does or lives in what ``b`` names ("protesters" / "protests",
    "villagers" / "villages")."""
    ka, kb = noun_key(a), noun_key(b)
    return ka in {kb + "er", kb + "or", kb + "r"}


def _alike(a: str, b: str, similarity: Similarity | None, threshold: float) -> bool:
    """Two nouns name one thing: the same word, or alike by meaning (``similarity`` at least
    ``threshold``)."""
    return noun_key(a) == noun_key(b) or (similarity is not None and similarity(a, b) >= threshold)


_EVERYONE = frozenset({"people", "person", "persons", "individual", "individuals"})
"""Counted nouns that count people of every kind: "12 people" counts the civilians, the
passengers and the children among them."""


def _everyone(noun: str) -> bool:
    return noun.lower().split()[-1] in _EVERYONE


def _whole_and_part(a: Value, b: Value) -> tuple[Value, Value] | None:
    """``(whole, part)`` when one figure counts people of every kind and the other a kind of
    them ("12 people were killed" / "at least 17 civilians were killed"); else ``None``."""
    if a.dimension != "count" or not (a.noun and b.noun) or _everyone(a.noun) == _everyone(b.noun):
        return None
    whole, part = (a, b) if _everyone(a.noun) else (b, a)
    return (whole, part) if counts_people(part.noun) else None


def _part_verdict(whole: Value, part: Value) -> tuple[FindingKind, str] | None:
    """A kind of people counted against everyone counted: a conflict when the part must be
    larger than the whole; else nothing to say (the rest may be of other kinds)."""
    if part.low is not None and whole.high is not None and part.low > whole.high + _slack(part, whole):
        return "conflict", f"more {part.noun} than {whole.noun} in all: both cannot be true"
    return None


def _one_count(a: str, b: str, similarity: Similarity | None, threshold: float) -> bool:
    """Two counted nouns count one thing: the same noun, or alike by meaning (``similarity``
    at least ``threshold``: "troops" / "soldiers") unless one counts people and the other
    things ("sailors" / "warships") or one counts who does what the other counts
    ("protesters" / "protests")."""
    if noun_key(a) == noun_key(b):
        return True
    if _agent_of(a, b) or _agent_of(b, a):
        return False
    kind = counts_people(b)
    return _alike(a, b, similarity, threshold) and (kind is None or counts_people(a) in (None, kind))


def compare_cluster(
    claims: Sequence[Claim],
    *,
    cluster_id: str,
    source_of: Mapping[str, str],
    published: Mapping[str, dt.date | None],
    noun_similarity: Similarity | None = None,
    noun_threshold: float = 0.55,
    frame_similarity: Similarity | None = None,
    max_scope_gap_days: int = 14,
    similarity: Callable[[str, str], float] | None = None,
    score: float = 0.0,
    named_in: Mapping[str, frozenset[str]] | None = None,
    claims_of: Mapping[str, Sequence[Claim]] | None = None,
) -> list[Finding]:
    """The findings of one cluster.

    Args:
        claims: the cluster's claims.
        cluster_id: the id findings refer to.
        source_of: document id -> source label (duplicates share their original's).
        published: document id -> publication date, for reference times.
        noun_similarity: how alike two counted nouns are, in [0, 1].
        noun_threshold: the lowest similarity for two counts to be comparable.
        frame_similarity: how alike two figures' frames are (``Value.frame``); figures
            whose frames are less alike than ``FRAME_SIMILARITY`` are not set side by side.
        max_scope_gap_days: two dated figures whose times neither overlap nor have their
            middles this close are not compared (see :func:`crossref.comparable.scope_ok`;
            a dated and an undated figure: at most 14 days).
        similarity: how alike two claims (by id) are, in [0, 1]; dates are set side
            by side only for claims at least ``DATE_SIMILARITY`` alike (a cluster may
            hold several events' dates), and an agreement in words holds only claims
            ``STATEMENT_SIMILARITY`` alike; default: all claims of the cluster are.
        score: how tightly the cluster hangs together (kept on the findings).
        named_in: document id -> the words of the names it uses anywhere
            (:func:`crossref.names.name_words`); a figure whose holder is named is not set
            against an unnamed figure of an article that never names that holder.
        claims_of: document id -> all its claims; two figures that differ are not set
            against each other when either article also states the other's figure
            comparably: it tells both, so its own is of another thing.

    Returns:
        Findings, one per attribute the sources state comparably; a statement
        agreement (or a wording conflict) when no figures are comparable.  No
        findings when fewer than two sources speak.
    """
    sources = {source_of[c.doc_id] for c in claims}
    if len(sources) < 2:
        return []
    findings: list[Finding] = []
    parted: set[tuple[str, str]] = set()
    denial = {c.id: denies(c) for c in claims}  # read once for every group and the statements
    groups = _groups(claims, noun_similarity, noun_threshold)
    for group in groups + _wholes_and_parts(groups):
        for f in _value_findings(
            group,
            cluster_id,
            source_of,
            published,
            max_scope_gap_days,
            similarity,
            frame_similarity,
            score,
            named_in or {},
            claims_of or {},
            noun_similarity,
            noun_threshold,
            parted,
            denial,
        ):
            findings.append(attrs.evolve(f, id=f"{cluster_id}.f{len(findings)}"))
    covered = {c for f in findings for c in f.claim_ids}
    flagged = any(f.kind != "agreement" for f in findings)
    if not findings or (not flagged and covered != {c.id for c in claims}):
        # what the sources say beyond the figures compared: corroborated, or contradicted in words
        said = _statement_finding(
            claims,
            f"{cluster_id}.f{len(findings)}",
            cluster_id,
            source_of,
            score,
            similarity,
            parted,
            published,
            denial,
        )
        if said is not None and not (said.kind == "agreement" and set(said.claim_ids) <= covered):
            findings.append(said)  # an agreement of claims whose figures agree already is no news
    return findings


def _same_deed(a: Value, b: Value, frame_similarity: Callable[[str, str], float] | None) -> bool:
    """Two figures whose frames name one deed of one doer (:data:`SAME_DEED_SIMILARITY`): a doer
    and a deed, so two words at least ("posted" alone names no doer: "posted in Pedestrian
    Accidents on Wednesday, September 18, 2013" dates a blog's page)."""
    if not (a.frame and b.frame) or min(len(a.frame.split()), len(b.frame.split())) < 2:
        return False
    if frame_similarity is None:
        return a.frame == b.frame
    return frame_similarity(a.frame, b.frame) >= SAME_DEED_SIMILARITY


def _value_findings(
    group: _Group,
    cluster_id: str,
    source_of: Mapping[str, str],
    published: Mapping[str, dt.date | None],
    max_gap: int,
    similarity: Callable[[str, str], float] | None,
    frame_similarity: Similarity | None,
    score: float,
    named_in: Mapping[str, frozenset[str]],
    claims_of: Mapping[str, Sequence[Claim]],
    noun_similarity: Similarity | None,
    noun_threshold: float,
    parted: set[tuple[str, str]],
    denial: Mapping[str, bool],
) -> list[Finding]:
    """The finding on one attribute, and when that is a conflict or a discrepancy, the
    agreement of the sources that state one figure of it, if two or more do ("11 villages"
    twice against "seven villages": the two corroborate each other); ``parted`` gains the
    pairs of claims whose figures of it cannot both hold but were not set against each other
    (of other things, times, actors).  ``denial``: claim id -> whether the claim
    :func:`denies`."""
    members = group.members
    worst: FindingKind | None = None
    worst_pair: tuple[int, int] | None = None
    reason = ""
    involved: set[int] = set()
    pair_verdicts: dict[tuple[str, str], tuple[FindingKind, int, int, str]] = {}
    date_candidates: dict[tuple[str, str], list[tuple[float, int, int, FindingKind, str]]] = {}

    # what each figure is about, read once per figure (crossref.comparable)
    def read(c: Claim, v: Value) -> Figure:
        return Figure.read(c, v, published.get(c.doc_id), named_in.get(c.doc_id))

    about = owners_by_company([read(c, v) for c, v in members])
    dated = group.key[0] in WHEN  # dates and times of day: aligned on what they date

    def comparable(p: Figure, q: Figure, needed: float | None, *, undated_may: bool = False) -> bool:
        """What every two figures must pass to be set side by side: one time, alike frames
        (when ``needed`` is given), nothing that sets them apart.  With ``undated_may``, a
        figure of no stated time may be of the other's."""
        va, vb = p.value, q.value
        undated = undated_may and (va.scope is None or vb.scope is None)
        if not undated and not scope_ok(va, vb, p.published, q.published, max_gap):
            return False
        if (
            needed is not None
            and va.frame
            and vb.frame
            and frame_similarity is not None
            and frame_similarity(va.frame, vb.frame) < needed
        ):
            return False  # "troops stationed for a decade" is not "withdrawal completed within a month"
        if group.key[0] == "date" and _gap(va, vb) > OTHER_OCCASION_DAYS:
            return False  # "on Tuesday" and "the tsunami of 2004": another occasion, not another date
        if (
            p.share_of
            and q.share_of
            and not _alike(p.share_of, q.share_of, noun_similarity, SHARE_SIMILARITY)
        ):
            return False  # "99% of their supplier traffic" / "83% of our required capacity"
        return not apart(p, q)  # not one figure told twice (crossref.comparable.apart)

    needed = BARE_FRAME_SIMILARITY if group.key == ("count", "") else FRAME_SIMILARITY

    def also_states(k: int, own: int) -> bool:
        """Member ``own``'s article also states member ``k``'s figure, of what ``k`` tells,
        and that figure cannot be its own: it tells two things, and ``own`` is the other
        ("several weeks, ranging from about 15 days to a month" tells one thing twice)."""
        v, mine = members[k][1], members[own][1]
        for c in claims_of.get(members[own][0].doc_id, ()):
            for w in c.values:
                if (
                    _same_measure(v, w, noun_similarity, noun_threshold)
                    and _same_figures(v, w)
                    and not _overlap(w, mine)
                    and stated(c, w)
                    and comparable(
                        about[k], read(c, w), DATE_FRAME_SIMILARITY if dated else needed, undated_may=True
                    )
                ):
                    return True
        return False

    dates_in = {c.id: sum(v.dimension == group.key[0] and stated(c, v) for v in c.values) for c, _ in members}
    for x in range(len(members)):
        for y in range(x + 1, len(members)):
            (ca, va), (cb, vb) = members[x], members[y]
            if source_of[ca.doc_id] == source_of[cb.doc_id]:
                continue
            pair = (min(ca.id, cb.id), max(ca.id, cb.id))
            # two figures that cannot both hold and are not set side by side keep their claims
            # out of a statement agreement; a claim's other dates may still date one thing
            apart_dates = dated and not _overlap(va, vb) and dates_in[ca.id] == dates_in[cb.id] == 1
            if (
                dated
                and similarity is not None
                and similarity(ca.id, cb.id) < DATE_SIMILARITY
                and not _same_deed(va, vb, frame_similarity)
            ):
                if apart_dates:
                    parted.add(pair)  # "begin consultations on Wednesday" / "receive them from Thursday"
                continue
            if not comparable(about[x], about[y], None if dated else needed):
                if apart_dates or (not dated and not _overlap(va, vb)):
                    parted.add(pair)  # "laid off in 2023" / "laid off Wednesday"
                continue
            if group.key[0] == "date" and denial[ca.id] != denial[cb.id]:
                (nc, nv), (pc, pv) = ((ca, va), (cb, vb)) if denial[ca.id] else ((cb, vb), (ca, va))
                if _none_since(nc, nv, pc, pv):
                    pair_verdicts[pair] = (
                        "conflict",
                        x,
                        y,
                        "one says it has not happened since, the other that it did",
                    )
                    continue
            if about[x].movement and about[y].movement and about[x].movement != about[y].movement:
                # of one day (else set apart): "shares rose 5% on Tuesday" / "fell 5% on Tuesday"
                pair_verdicts[pair] = ("conflict", x, y, "one says it rose, the other that it fell")
                continue
            if group.whole_and_part:
                whole_part = _whole_and_part(va, vb)
                said = _part_verdict(*whole_part) if whole_part is not None else None
                if said is not None:
                    pair_verdicts[pair] = (said[0], x, y, said[1])
                continue  # a pair of one noun is its own group's to judge
            kind, why = verdict(va, vb)
            if kind != "agreement" and (also_states(x, y) or also_states(y, x)):
                parted.add(pair)
                continue  # "the Orioles (seven years) and Nationals (eight years)" / "eight years"
            if dated:
                # several dates in one pair of claims: each is set against the date that dates the
                # same thing (the most alike frame); the pair's verdict is the worst of those
                fit = (
                    1.0
                    if frame_similarity is None or not (va.frame and vb.frame)
                    else frame_similarity(va.frame, vb.frame)
                )
                date_candidates.setdefault(pair, []).append((fit, x, y, kind, why))
                continue
            pair_verdicts[pair] = (kind, x, y, why)

    def texts(c: tuple[float, int, int, FindingKind, str]) -> tuple[str, ...]:
        return tuple(sorted((members[c[1]][1].text, members[c[2]][1].text)))

    for pair, cands in date_candidates.items():
        # each date of either claim is set against the other claim's date with the most alike frame
        best_for: dict[int, tuple[float, int, int, FindingKind, str]] = {}
        for cand in cands:
            for k in cand[1:3]:
                rank = (cand[0], -_RANK[cand[3]], texts(cand))
                if k not in best_for or rank > (best_for[k][0], -_RANK[best_for[k][3]], texts(best_for[k])):
                    best_for[k] = cand
        aligned = [c for c in set(best_for.values()) if c[0] >= DATE_FRAME_SIMILARITY]
        if not aligned:
            continue  # no two of their dates date the same thing ("riots on Wednesday" / "since 2008")
        _, x, y, kind, why = max(aligned, key=lambda c: (_RANK[c[3]], c[0], texts(c)))
        pair_verdicts[pair] = (kind, x, y, why)
    for kind, x, y, why in pair_verdicts.values():
        involved |= {x, y}
        if worst is None or _RANK[kind] > _RANK[worst]:
            worst, worst_pair, reason = kind, (x, y), why
    if worst is None or worst_pair is None:
        return []
    agreeing = _agreeing(pair_verdicts, members, source_of) if worst != "agreement" else []
    if worst != "conflict":  # no two figures listed as agreeing that cannot both hold: the figures
        # most others fit come first ("three people" told thrice, not the one "five persons")
        fit = {
            k: {j for j in involved if j != k and _overlap(members[k][1], members[j][1])} for k in involved
        }
        kept: list[int] = []
        for k in sorted(involved, key=lambda k: (-len(fit[k]), k)):
            if all(j in fit[k] for j in kept):
                kept.append(k)
        within = [v for v in pair_verdicts.values() if v[1] in kept and v[2] in kept]
        if within:
            worst, x, y, reason = max(within, key=lambda v: (_RANK[v[0]], -v[1], -v[2]))
            worst_pair = (x, y)
            involved = set(kept)
    out = [_finding(group, members, involved, worst, worst_pair, reason, cluster_id, source_of, score)]
    if agreeing:
        _, x, y, why = next(v for v in pair_verdicts.values() if {v[1], v[2]} <= set(agreeing))
        together = set(agreeing)
        out.append(_finding(group, members, together, "agreement", (x, y), why, cluster_id, source_of, score))
    return out


def _agreeing(
    pair_verdicts: Mapping[tuple[str, str], tuple[FindingKind, int, int, str]],
    members: Sequence[tuple[Claim, Value]],
    source_of: Mapping[str, str],
) -> list[int]:
    """The most members that give one figure pairwise, from two sources at least (the members
    most others agree with first); empty when no two sources do."""
    agree: dict[int, set[int]] = {}
    for kind, x, y, _ in pair_verdicts.values():
        # one figure told alike: "more than 20" fits "25" and "30" alike, and corroborates neither
        if kind == "agreement" and _same_figures(members[x][1], members[y][1]):
            agree.setdefault(x, set()).add(y)
            agree.setdefault(y, set()).add(x)
    kept: list[int] = []
    for k in sorted(agree, key=lambda k: (-len(agree[k]), k)):
        if all(j in agree[k] for j in kept):
            kept.append(k)
    return kept if len({source_of[members[k][0].doc_id] for k in kept}) >= 2 else []


def _finding(
    group: _Group,
    members: Sequence[tuple[Claim, Value]],
    involved: set[int],
    kind: FindingKind,
    pair: tuple[int, int],
    reason: str,
    cluster_id: str,
    source_of: Mapping[str, str],
    score: float,
) -> Finding:
    """The finding of kind ``kind`` on the ``involved`` members, explained by the ``pair``."""
    chosen = sorted(involved, key=lambda k: (members[k][0].doc_id, members[k][0].start))
    if group.key[0] in WHEN:  # one value per claim in the finding: the one the verdict used
        seen: dict[str, int] = {}
        for k in chosen:
            seen.setdefault(members[k][0].id, k)
        for k in pair:
            seen[members[k][0].id] = k
        chosen = sorted(seen.values(), key=lambda k: (members[k][0].doc_id, members[k][0].start))
    claims = [members[k][0] for k in chosen]
    values = [members[k][1] for k in chosen]
    a, b = members[pair[0]][1], members[pair[1]][1]
    explanation = f"{_who_says(claims, values, source_of)} ({reason}: {a.text!r} vs {b.text!r})"
    if kind == "agreement":
        explanation = f"{_who_says(claims, values, source_of)} ({reason})"
    return Finding(
        id=cluster_id,
        kind=kind,
        attribute=_attribute(group.label, values),
        claim_ids=tuple(c.id for c in claims),
        cluster_id=cluster_id,
        explanation=explanation,
        values=tuple(values),
        sources=tuple(sorted({source_of[c.doc_id] for c in claims})),
        score=score,
    )


def _attribute(label: str, values: Sequence[Value]) -> str:
    """The attribute in words: what is measured, and of what ("how long: withdrawal take")."""
    frames = [v.frame for v in values if v.frame]
    if not frames or label.startswith(("number of", "the figure")):
        return label
    return f"{label}: {max(sorted(set(frames)), key=frames.count)}"  # ties: the first in sorted order


def _who_says(claims: Sequence[Claim], values: Sequence[Value], source_of: Mapping[str, str]) -> str:
    said: dict[str, list[str]] = {}
    for c, v in zip(claims, values):
        srcs = said.setdefault(v.text, [])
        if source_of[c.doc_id] not in srcs:
            srcs.append(source_of[c.doc_id])
    parts = []
    for text, srcs in said.items():
        who = srcs[0] if len(srcs) == 1 else ", ".join(srcs[:-1]) + " and " + srcs[-1]
        parts.append(f"{who} {'says' if len(srcs) == 1 else 'say'} {text!r}")
    return "; ".join(parts)


_SURVIVED_BY = re.compile(r"\bsurvived\s+by\b", re.IGNORECASE)


def _content_words(text: str) -> set[str]:
    # "he is survived by his wife" says he died: "survived" there is not the antonym of "died"
    return set(_WORDS.findall(_SURVIVED_BY.sub(" ", text).lower()))


def _wording_conflict(
    ordered: Sequence[Claim],
    source_of: Mapping[str, str],
    parted: set[tuple[str, str]],
    content_words: Mapping[str, set[str]],
) -> tuple[Claim, Claim, str] | None:
    """The first pair of claims (in the given order) of different sources that contradict in words.

    A pair contradicts when one negates what the other says in nearly the same
    words, or when one uses a word and the other its antonym ("temporary" /
    "permanent"); not a pair whose figures were told apart (``parted``: "The index fell 2.1
    percent on Monday" / "rose 0.8 percent on Tuesday" are two days, not a contradiction).
    Each claim's words are read once and antonyms looked up in an index, so a cluster of m
    claims costs about m, not m^2, except for the pairs of a negated and a plain claim
    (few), which are compared directly.
    """
    words = [content_words[c.id] for c in ordered]
    src = [source_of[c.doc_id] for c in ordered]
    holders: dict[str, list[int]] = {}  # a word with an antonym -> the claims using it, in order
    for k, ws in enumerate(words):
        for w in ws & _ANTONYM.keys():
            holders.setdefault(w, []).append(k)
    # "never mentioned whether the teen was carrying a gun" leaves it unsaid, it does not deny it
    negated = [k for k, c in enumerate(ordered) if c.negated and not _LEFT_OPEN.search(c.text)]
    # a claim the parse did not mark negated may still say so in words ("had yet to regain")
    plain = [k for k, c in enumerate(ordered) if not c.negated and not NEGATION_CUE.search(c.text)]
    is_plain, is_denial = set(plain), set(negated)
    # "They won the game" / "it lost the game": who "they" and "it" are, the words do not say
    vague = [bool(_PRONOUN_SUBJECT.match(c.text)) for c in ordered]

    def apart(x: int, y: int) -> bool:
        a, b = ordered[x], ordered[y]
        return src[y] == src[x] or (min(a.id, b.id), max(a.id, b.id)) in parted

    for x, a in enumerate(ordered):
        found: tuple[int, str] | None = None
        for w in sorted(words[x] & holders.keys()) if not vague[x] else ():
            for anti in sorted(_ANTONYM[w] - words[x]):
                y = next(
                    (
                        y
                        for y in holders.get(anti, ())
                        if y > x and not apart(x, y) and w not in words[y] and not vague[y]
                    ),
                    None,
                )
                if y is not None and (found is None or y < found[0]):
                    found = (y, f"{w!r} vs {anti!r}")
        for y in plain if x in is_denial else (negated if x in is_plain else ()):
            if y <= x or apart(x, y):
                continue
            if found is not None and y > found[0]:
                break
            b = ordered[y]
            neg, pos = (a, b) if a.negated else (b, a)
            # nothing the denial says is missing from the other ("The bus driver was not injured" is
            # not "The driver of the lorry was injured")
            alike = fuzz.token_set_ratio(a.text, b.text) >= 80 and _said_words(neg.text) <= _said_words(
                pos.text
            )
            if alike or _denies_in_its_words(a, b):
                found = (y, f"one negates the other: {neg.text!r} vs {pos.text!r}")
                break
        if found is not None:
            return a, ordered[found[0]], found[1]
    return None


_ASIDE = re.compile(r",[^,]*,")
_TO_COME = re.compile(
    r"\b(?:will|would|may|might|could|shall|should|wo\s?n['’]t|going\s+to|expected\s+to|plans?\s+to"
    r"|set\s+to|negotiations\s+to|talks\s+to)\b",
    re.IGNORECASE,
)
"""What is to come or may be: a denial of it and a report of it may both be true on their day."""


def _denies_in_its_words(a: Claim, b: Claim) -> bool:
    """The denial says nothing but what the plain claim says, and says most of it: its content
    words (:func:`crossref.matching.terms`), two at least, are all the plain claim's, and
    make up half of them or more once asides set off by commas are dropped ("the captain
    had not been detained" / "The captain, a 54-year-old Croatian national, was detained
    for questioning"; not "the driver was not injured" / "the driver said three passengers
    were injured")."""
    neg, pos = (a, b) if a.negated else (b, a)
    if _PRONOUN_SUBJECT.match(neg.text) or _PRONOUN_SUBJECT.match(pos.text):
        return False  # "he was not Deep Throat": who "he" is, the words do not say
    if _TO_COME.search(neg.text) or _TO_COME.search(pos.text):
        return False  # "Gary Ross Will Not Direct" / "in negotiations to direct": told as it moved
    if any(v.dimension in WHEN for v in pos.values) != any(v.dimension in WHEN for v in neg.values):
        return False  # "ruled out arson in a similar fire in 2015": of a time the denial does not tell
    said, denied = _said_words(_ASIDE.sub("", pos.text)), _said_words(_ASIDE.sub("", neg.text))
    done = _NOT_DONE.search(neg.text)  # what is denied ("detained"), not "never been an NBA coach"
    return (
        done is not None
        and done.group(1).lower() in said
        and len(denied) >= 2
        and denied <= said
        and 2 * len(denied) >= len(said)
    )


_FUNCTION_WORDS = frozenset(
    "the and was were has have had been being not never for with that this its his her their are but "
    "from into than then also who which".split()
)


def _said_words(text: str) -> set[str]:
    """The words a statement is made of, short ones too ("bus", "gas": which one), function words
    and negations aside."""
    return {w for w in _WORDS.findall(text.lower()) if len(w) >= 3 and w not in _FUNCTION_WORDS}


def _elapsed(v: Value, pub: dt.date) -> tuple[float, float] | None:
    """Days between a date and the publication day, either way, as an interval."""
    if v.low is None and v.high is None:
        return None
    day = pub.toordinal()
    lo = v.low if v.low is not None else min(v.high or day, day)
    hi = v.high if v.high is not None else max(lo, day)
    ends = (abs(day - lo), abs(day - hi))
    inside = lo <= day <= hi
    return (0.0 if inside else min(ends), max(ends))


def _figures_miss(a: Claim, b: Claim, published: Mapping[str, dt.date | None]) -> bool:
    """One claim states only dates, the other only lengths of time, and no such length reaches
    from the article's day to such a date: what they say cannot be one thing ("contained by
    the end of the month" / "could take six to eight weeks to contain"; not "entered Syria
    in 2014" / "stationed there for more than a decade")."""
    da = {v.dimension for v in a.values if stated(a, v)}
    db = {v.dimension for v in b.values if stated(b, v)}
    if not da or not db or da & db or not da | db <= {"date", "duration"}:
        return False  # other kinds may be misread ("100 million" without its currency): left to the words
    for x, y in ((a, b), (b, a)):
        pub = published.get(x.doc_id)
        for d in (v for v in x.values if v.dimension == "date" and stated(x, v)):
            span = _elapsed(d, pub) if pub else None
            for w in (v for v in y.values if v.dimension == "duration" and stated(y, v)):
                if span is None or w.low is None:
                    return False  # nothing to measure by: left to the words
                high = w.high if w.high is not None else math.inf
                if span[0] <= high * 1.1 and w.low * 0.9 <= span[1]:
                    return False
    return True


def _counts_miss(a: Claim, b: Claim) -> bool:
    """Both claims state counts and none of one's fits any of the other's: they are not one
    statement, even when what they count was not set side by side ("will recount the ballots
    from 17 sections" / "ordered a recount in 14 polling stations")."""
    ca = [v for v in a.values if v.dimension == "count" and stated(a, v)]
    cb = [v for v in b.values if v.dimension == "count" and stated(b, v)]
    return bool(ca and cb) and not any(_overlap(x, y) for x in ca for y in cb)


_UNLIKE = {("open", "suspended"), ("open", "shut"), ("opened", "suspended")}
"""Words too loose to be a conflict ("the teacher was suspended" / "the investigation was
still open") that still say two claims are not one statement ("the airport remained open" /
"suspended its operations")."""


def _told_otherwise(words_a: set[str], words_b: set[str]) -> bool:
    """Two claims (their :func:`_content_words`) that are not one statement: they give other
    ranks ("the second ransomware attack on a hospital in Hesse" / "the first time a hospital
    in Hesse has been hit"), or use words of :data:`_UNLIKE` ("remained open" / "suspended its
    operations")."""
    ranks_a, ranks_b = words_a & ORDINALS, words_b & ORDINALS
    if ranks_a and ranks_b and not ranks_a & ranks_b:
        return True
    only_a, only_b = words_a - words_b, words_b - words_a
    return any((x in only_a and y in only_b) or (y in only_a and x in only_b) for x, y in _UNLIKE)


def _said_alike(
    claims: Sequence[Claim],
    source_of: Mapping[str, str],
    similarity: Callable[[str, str], float],
    parted: set[tuple[str, str]],
    published: Mapping[str, dt.date | None],
    denial: Mapping[str, bool],
    words: Mapping[str, set[str]],
) -> list[Claim]:
    """The claims that say one thing: the two most alike claims of two sources (the cluster
    holds them together), and every other claim at least ``STATEMENT_SIMILARITY`` alike to
    each of those taken so far; no two whose figures cannot both hold (``parted``: "sentenced
    to 12 years" / "sentenced to seven years" in 1959) or are of no kind in common
    (:func:`_figures_miss`), nor a denial and a plain claim (:func:`denies`), nor two told
    otherwise (:func:`_told_otherwise`); ``denial`` and ``words`` give each claim's
    :func:`denies` and :func:`_content_words`.  Empty when no two sources may agree."""

    def apart(a: Claim, b: Claim) -> bool:
        return (
            (min(a.id, b.id), max(a.id, b.id)) in parted
            or _figures_miss(a, b, published)
            or _counts_miss(a, b)
            or denial[a.id] != denial[b.id]  # "no oil had reached the beaches" / "oil washed up on the beach"
            or _told_otherwise(words[a.id], words[b.id])
        )

    pairs = [
        (similarity(a.id, b.id), a, b)
        for i, a in enumerate(claims)
        for b in claims[i + 1 :]
        if source_of[a.doc_id] != source_of[b.doc_id] and not apart(a, b)
    ]
    best = max(pairs, key=lambda p: (p[0], p[1].id, p[2].id), default=None)
    if best is None:
        return []
    core = [best[1], best[2]]
    rest = sorted(
        (c for c in claims if c.id not in {best[1].id, best[2].id}),
        key=lambda c: (-sum(similarity(c.id, m.id) for m in core), c.id),
    )
    for c in rest:
        if all(similarity(c.id, m.id) >= STATEMENT_SIMILARITY and not apart(c, m) for m in core):
            core.append(c)
    return core


def _statement_finding(
    claims: Sequence[Claim],
    finding_id: str,
    cluster_id: str,
    source_of: Mapping[str, str],
    score: float,
    similarity: Callable[[str, str], float] | None,
    parted: set[tuple[str, str]],
    published: Mapping[str, dt.date | None],
    denial: Mapping[str, bool],
) -> Finding | None:
    """A conflict in words, or the agreement of the claims that say one thing (``None`` when
    no two sources do: their figures of one thing cannot both hold, see :func:`_said_alike`)."""
    ordered = sorted(claims, key=lambda c: (c.doc_id, c.start))
    words = {c.id: _content_words(c.text) for c in ordered}
    conflict = _wording_conflict(ordered, source_of, parted, words)
    if conflict is not None:
        a, b, why = conflict
        return Finding(
            id=finding_id,
            kind="conflict",
            attribute=_gist(ordered),
            claim_ids=(a.id, b.id),
            cluster_id=cluster_id,
            explanation=f"{source_of[a.doc_id]} and {source_of[b.doc_id]} contradict each other: {why}",
            values=(None, None),
            sources=tuple(sorted({source_of[a.doc_id], source_of[b.doc_id]})),
            score=score,
        )
    alike = similarity or (lambda a, b: 1.0)
    alike_claims = _said_alike(ordered, source_of, alike, parted, published, denial, words)
    ordered = sorted(alike_claims, key=lambda c: (c.doc_id, c.start))
    if not ordered:
        return None
    srcs = sorted({source_of[c.doc_id] for c in ordered})
    return Finding(
        id=finding_id,
        kind="agreement",
        attribute=_gist(ordered),
        claim_ids=tuple(c.id for c in ordered),
        cluster_id=cluster_id,
        explanation=f"{len(srcs)} sources ({', '.join(srcs)}) report this",
        values=tuple(None for _ in ordered),
        sources=tuple(srcs),
        score=score,
    )


def _gist(claims: Sequence[Claim], width: int = 80) -> str:
    text = min((c.text for c in claims), key=len)
    return text if len(text) <= width else text[: width - 1].rsplit(" ", 1)[0] + "\u2026"
