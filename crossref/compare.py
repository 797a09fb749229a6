"""A cluster's claims -> findings: agreement, discrepancy or conflict.

Figures are compared only through their intervals (:mod:`crossref.values`), and
only when comparable: same dimension, same currency, counts of the same kind of
thing (the counted nouns are compared by meaning: "troops" ~ "soldiers", not
"trucks"), and the same reference time ("nearly 2,000 troops" in 2019 is not
set against today's 1,000).

The verdict for two values:

=============================================================  ===============
the two statements                                             finding
=============================================================  ===============
same figure(s), in any unit or wording                          agreement
one is a bound or a vague amount, and holds the other's        agreement
  whole interval
  ("more than a decade" / "11 years"; "dozens" / "36")
a date at coarser calendar precision holds the other            agreement
  ("February 2026" / "Monday, Feb 23")
the same figure, one approximate, the other exact                agreement
  ("roughly 1,000" / "1000")
the same figure, one a bound the other exceeds                  discrepancy
  ("within a month" / "approximately a month")
stated figures differ, hedged intervals overlap                 discrepancy
  ("around 900-1000" / "roughly 1,000")
intervals disjoint ("14 dead" / "a dozen dead")                 conflict
no figures; one negates the other, or uses an antonym           conflict
=============================================================  ===============

A cluster's finding on an attribute takes the most serious verdict among its
pairs of sources, and its explanation says who said what.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence

import attrs
from rapidfuzz import fuzz

from crossref.matching import noun_key
from crossref.models import Claim, Finding, FindingKind, Value
from crossref.names import names_match, shared_names
from crossref.values import HEDGES

Similarity = Callable[[str, str], float]
"""How alike two short phrases (counted nouns, figure frames) are, in [-1, 1]."""

FRAME_SIMILARITY = 0.3
"""Two figures are set side by side only when their frames are at least this alike (cosine)."""

BARE_FRAME_SIMILARITY = 0.6
"""Bare numbers (no counted noun) are set side by side only when their frames are this alike."""

DATE_FRAME_SIMILARITY = 0.5
"""Two dates of two claims are taken to date the same thing when their frames are this alike."""

DATE_SIMILARITY = 0.65
"""Two claims' dates are compared only when the claims are at least this alike (cosine)."""

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
    ("opened", "closed"),
    ("expanded", "reduced"),
    ("arrived", "departed"),
    ("partial", "complete"),
    ("partially", "completely"),
    ("success", "failure"),
    ("succeeded", "failed"),
)
_ANTONYM = {a: b for a, b in ANTONYMS} | {b: a for a, b in ANTONYMS}
_WORDS = re.compile(r"[a-z]+")

_DIMENSION_WORDS = {
    "duration": "how long",
    "date": "when",
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
    tol = 0.5 if a.dimension == "date" else None  # dates: the same day, not within 1 %
    return _close(a.stated_low, b.stated_low, absolute=tol) and _close(
        a.stated_high, b.stated_high, absolute=tol
    )


def _ends(v: Value) -> tuple[float, float]:
    """The value's interval, an open end as infinity."""
    return (-float("inf") if v.low is None else v.low, float("inf") if v.high is None else v.high)


def _overlap(a: Value, b: Value) -> bool:
    (lo_a, hi_a), (lo_b, hi_b) = _ends(a), _ends(b)
    return lo_a <= hi_b and lo_b <= hi_a


SHARE_NEAR_POINTS = 2.5
"""Two hedged shares whose ranges miss each other by at most this many percentage points
differ a little ("nearly half" / "roughly 40 percent"): a discrepancy, not a conflict.
Hedged shares are given to the nearest five points or so; the relative hedge table
(+-10 %) is narrower than that for shares under a half."""


def _gap(a: Value, b: Value) -> float:
    """How far apart two disjoint intervals are (0 when they overlap)."""
    (lo_a, hi_a), (lo_b, hi_b) = _ends(a), _ends(b)
    return max(0.0, lo_b - hi_a, lo_a - hi_b)


def _holds(outer: Value, inner: Value) -> bool:
    """``outer``'s interval contains all of ``inner``'s: whatever ``inner`` allows, ``outer`` allows."""
    lo, hi = inner.low, inner.high
    if lo is None or hi is None:
        return False
    return (outer.low is None or outer.low <= lo + 1e-9) and (outer.high is None or hi <= outer.high + 1e-9)


def _is_calendar_unit(v: Value) -> bool:
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
    return week or month or year


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
    if a.text.lower() == b.text.lower() and _overlap(a, b):
        # "during the past year" in articles a day apart: the same words, read from two dates
        return "agreement", "the same words"
    if not _overlap(a, b):
        gap = _gap(a, b)
        if a.dimension == "percent" and a.hedge and b.hedge and gap <= SHARE_NEAR_POINTS:
            return (
                "discrepancy",
                f"the hedged shares differ a little: their ranges are {gap:.2g} points apart",
            )
        return "conflict", "the intervals do not overlap: both cannot be true"
    for outer, inner in ((a, b), (b, a)):
        if is_imprecise(outer) and _holds(outer, inner):
            return "agreement", f"{inner.text!r} is within {outer.text!r}"
        if a.dimension == "date" and _is_calendar_unit(outer) and _holds(outer, inner):
            return "agreement", f"{inner.text!r} falls in {outer.text!r}"
    if same and not (a.is_bound or b.is_bound):
        return "agreement", "the same figure, hedged differently"
    if same:
        return "discrepancy", f"{a.text!r} and {b.text!r} bound the same figure differently"
    return "discrepancy", _difference(a, b)


def _difference(a: Value, b: Value) -> str:
    if a.dimension == "date":
        return "the stated periods differ but overlap"
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


_AGE = re.compile(r"\b(?:years?|months?)[- ]old\b|\baged?\b", re.IGNORECASE)
"""An age: it belongs to one person, so two ages are compared only for one named person."""


def _date_stamp(claim: Claim, v: Value) -> bool:
    """The date stamps the article rather than dates the event.

    A claim that is a date and little else ("July 03, 2013 6:22AM"); a date after
    "posted", "updated" or "published"; a full date (with its year) opening an
    article's first claim, where a dateline merged into the lede sits.
    """
    rest = claim.text.replace(v.text, " ")
    if not v.frame and len(_STAMP_WORD.findall(rest)) <= 2:
        return True
    pos = claim.text.find(v.text)
    before = _WORDS.findall(claim.text[:pos].lower())[-3:] if pos > 0 else []
    if _STAMP_VERBS & set(before):
        return True
    return pos == 0 and claim.id.endswith(":0") and bool(_YEAR.search(v.text))


_STAMP_WORD = re.compile(r"[^\W\d]{2,}")
_STAMP_VERBS = frozenset({"posted", "updated", "published", "modified", "filed"})
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")

_PARTITIVE = re.compile(r"^\s+of\s+(?:the|them|those|these|its|their|whom|which)\b", re.IGNORECASE)


def _same_place(a: str | None, b: str | None) -> bool:
    return a is None or b is None or names_match(a, b)


def _partitive(claim: Claim, v: Value) -> bool:
    """A part of a set named after it ("three of the skiffs", "Three of the four soldiers")."""
    pos = claim.text.find(v.text)
    return pos >= 0 and bool(_PARTITIVE.match(claim.text[pos + len(v.text) :]))


_OCCASIONS = re.compile(
    r"^(?:operation|attack|raid|incident|strike|mission|assault|bombing|shooting|quake|earthquake|"
    r"storm|trip|visit|flight|game|match|election)s$",
    re.IGNORECASE,
)


_SUM_WORDS = re.compile(r"\b(?:a total of|in total|altogether|in all)\b", re.IGNORECASE)


def _summed(claim: Claim) -> bool:
    """The claim sums over occasions ("in their five operations so far ... 14 rifles", "a total of")."""
    return bool(_SUM_WORDS.search(claim.text)) or any(
        v.dimension == "count" and v.noun and _OCCASIONS.match(v.noun) and (v.low or 0) > 1
        for v in claim.values
    )


_FROM_PLACE = re.compile(
    r"^\s*(?:\([^)]*\)\s*)?(?:(?:north|south|east|west)[\w-]*\s+)?(?:of|from)\s+(?:the\s+)?"
    r"([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)"
)


def _measured_from(claim: Claim, v: Value) -> str | None:
    """Where a distance is measured from ("14 miles from Healdsburg", "2 miles northeast of the Geysers")."""
    pos = claim.text.find(v.text)
    m = _FROM_PLACE.match(claim.text[pos + len(v.text) :]) if pos >= 0 else None
    return m.group(1) if m else None


_INCREMENT_BEFORE = frozenset({"another", "additional", "further", "other"})
_INCREMENT_WORD = re.compile(r"\b(?:more|additional|further|other)\b(?!\s+than)", re.IGNORECASE)


def _increment(claim: Claim, v: Value) -> bool:
    """The count adds to another ("another two people", "Around 20 more people", "two other bases")."""
    if _INCREMENT_WORD.search(v.text):
        return True
    pos = claim.text.find(v.text)
    before = _WORDS.findall(claim.text[:pos].lower()) if pos > 0 else []
    return bool(before) and before[-1] in _INCREMENT_BEFORE


# what happened to the people counted: news counts the dead, the injured, the missing,
# the arrested and the displaced separately, often in one sentence
_OUTCOMES: dict[str, tuple[str, ...]] = {
    "dead": ("kill", "dead", "die", "died", "dies", "dying", "death", "fatal", "perish", "slain", "murder"),
    "injured": ("injur", "wound", "hurt", "hospitali"),
    "missing": ("missing",),
    "arrested": ("arrest", "detain", "detention", "custody", "apprehend", "captur"),
    "displaced": ("evacu", "rescu", "displac", "homeless", "shelter", "fled", "flee", "ushered"),
}
_SHORT_OUTCOME_WORDS = frozenset({"dead", "die", "died", "dies", "dying", "hurt", "fled", "flee", "slain"})


def _outcomes_in(text: str) -> set[str]:
    found = set()
    for w in _WORDS.findall(text.lower()):
        for outcome, stems in _OUTCOMES.items():
            if any(w == s if s in _SHORT_OUTCOME_WORDS else w.startswith(s) for s in stems):
                found.add(outcome)
    return found


def _outcome(claim: Claim, v: Value) -> set[str]:
    """What happened to what the figure counts.

    From the figure's frame, else from its claim when the claim names one outcome only.
    """
    found = _outcomes_in(v.frame or "")
    if found:
        return found
    pos = claim.text.find(v.text)
    if pos >= 0:  # "Five dead, dozens injured": the word right after the figure
        after = _WORDS.findall(claim.text[pos + len(v.text) :].lower())[:2]
        found = _outcomes_in(" ".join(after))
        if found:
            return found
    in_claim = _outcomes_in(claim.text)
    return in_claim if len(in_claim) == 1 else set()


def _same_outcome(ca: Claim, va: Value, cb: Claim, vb: Value) -> bool:
    """Both counts are of the same outcome (dead, injured, ...), or one says none."""
    oa, ob = _outcome(ca, va), _outcome(cb, vb)
    return not oa or not ob or bool(oa & ob)


@attrs.frozen
class _Group:
    key: tuple[str, str]
    label: str
    members: tuple[tuple[Claim, Value], ...]


def _groups(
    claims: Sequence[Claim], noun_similarity: Similarity | None, noun_threshold: float
) -> list[_Group]:
    """Values of the claims, gathered by what they measure; one value per claim and group."""
    buckets: dict[tuple[str, str], list[tuple[Claim, Value]]] = {}
    labels: dict[tuple[str, str], str] = {}
    nouns: list[str] = []
    for c in claims:
        for v in c.values:
            if v.low is None and v.high is None:
                continue
            if v.dimension == "count" and (_increment(c, v) or _partitive(c, v)):
                continue  # "another two people", "20 more", "three of the skiffs": not a total
            if v.dimension == "date" and _date_stamp(c, v):
                continue  # a dateline ("July 03, 2013 6:22AM", "Published May 05, 2010"): when it was written
            if v.dimension == "count" and not v.noun:
                if not v.frame:
                    continue
                key = ("count", "")  # a bare number ("The actress, 33,"): its frame says what it counts
                labels.setdefault(key, f"the figure ({v.frame})")
            elif v.dimension == "count":
                assert v.noun is not None
                rep = next(
                    (
                        n
                        for n in nouns
                        if noun_key(n) == noun_key(v.noun)
                        or (noun_similarity is not None and noun_similarity(n, v.noun) >= noun_threshold)
                    ),
                    None,
                )
                if rep is None:
                    nouns.append(v.noun)
                    rep = v.noun
                key = ("count", noun_key(rep))
                labels.setdefault(key, f"number of {rep}")
            elif v.dimension == "money":
                key = ("money", v.unit)
                labels.setdefault(key, f"amount ({v.unit})")
            else:
                key = (v.dimension, v.unit)
                labels.setdefault(key, _DIMENSION_WORDS.get(v.dimension, v.dimension))
            buckets.setdefault(key, []).append((c, v))
    out = []
    for key, members in buckets.items():
        if key[0] == "date":
            kept = members  # dates in one claim may say different things: all are kept
        else:
            best: dict[str, tuple[Claim, Value]] = {}
            for c, v in members:
                if c.id not in best or _specificity(v) < _specificity(best[c.id][1]):
                    best[c.id] = (c, v)
            kept = list(best.values())
        out.append(_Group(key, labels[key], tuple(kept)))
    return out


OTHER_OCCASION_DAYS = 366
"""Two dates more than this many days apart in one cluster date two occasions (the event and
the one it recalls), not one occasion dated twice."""

CURRENT_EVENT_DAYS = 14
"""A figure with no time of its own is about the event the article reports, around its
publication date; a figure whose time is centred more than this many days away from that
("a 6.1 quake in September", "last month thieves made off with ...") is about another occasion."""


def _scope_ok(a: Value, b: Value, pub_a: dt.date | None, pub_b: dt.date | None, max_gap: int) -> bool:
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
    # an undated figure is about the reported event; one dated weeks away is about another
    limit = max_gap if a.scope is not None and b.scope is not None else min(max_gap, CURRENT_EVENT_DAYS)
    overlap = pa[0] <= pb[1] and pb[0] <= pa[1]
    return overlap or abs((pa[0] + pa[1]) / 2 - (pb[0] + pb[1]) / 2) <= limit


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
        max_scope_gap_days: figures whose reference times are further apart are not compared.
        similarity: how alike two claims (by id) are, in [0, 1]; dates are set side
            by side only for claims at least ``DATE_SIMILARITY`` alike (a cluster may
            hold several events' dates); default: all claims of the cluster are.
        score: how tightly the cluster hangs together (kept on the findings).

    Returns:
        Findings, one per attribute the sources state comparably; a statement
        agreement (or a wording conflict) when no figures are comparable.  No
        findings when fewer than two sources speak.
    """
    sources = {source_of[c.doc_id] for c in claims}
    if len(sources) < 2:
        return []
    findings: list[Finding] = []
    for group in _groups(claims, noun_similarity, noun_threshold):
        f = _value_finding(
            group, cluster_id, source_of, published, max_scope_gap_days, similarity, frame_similarity, score
        )
        if f is not None:
            findings.append(attrs.evolve(f, id=f"{cluster_id}.f{len(findings)}"))
    covered = {c for f in findings for c in f.claim_ids}
    flagged = any(f.kind != "agreement" for f in findings)
    if not findings or (not flagged and covered != {c.id for c in claims}):
        # what the sources say beyond the figures compared: corroborated, or contradicted in words
        findings.append(
            _statement_finding(claims, f"{cluster_id}.f{len(findings)}", cluster_id, source_of, score)
        )
    return findings


def _value_finding(
    group: _Group,
    cluster_id: str,
    source_of: Mapping[str, str],
    published: Mapping[str, dt.date | None],
    max_gap: int,
    similarity: Callable[[str, str], float] | None,
    frame_similarity: Similarity | None,
    score: float,
) -> Finding | None:
    members = group.members
    worst: FindingKind | None = None
    worst_pair: tuple[int, int] | None = None
    reason = ""
    involved: set[int] = set()
    pair_verdicts: dict[tuple[str, str], tuple[FindingKind, int, int, str]] = {}
    date_candidates: dict[tuple[str, str], list[tuple[float, int, int, FindingKind, str]]] = {}
    for x in range(len(members)):
        for y in range(x + 1, len(members)):
            (ca, va), (cb, vb) = members[x], members[y]
            sa, sb = source_of[ca.doc_id], source_of[cb.doc_id]
            if sa == sb or not _scope_ok(va, vb, published.get(ca.doc_id), published.get(cb.doc_id), max_gap):
                continue
            if (
                group.key[0] == "date"
                and similarity is not None
                and similarity(ca.id, cb.id) < DATE_SIMILARITY
            ):
                continue
            needed = BARE_FRAME_SIMILARITY if group.key == ("count", "") else FRAME_SIMILARITY
            if (
                group.key[0] != "date"
                and va.frame
                and vb.frame
                and frame_similarity is not None
                and frame_similarity(va.frame, vb.frame) < needed
            ):
                continue  # "troops stationed for a decade" is not "withdrawal completed within a month"
            if group.key[0] == "count" and not _same_outcome(ca, va, cb, vb):
                continue  # "six children killed" is not "50 people injured"
            if group.key[0] == "date" and _gap(va, vb) > OTHER_OCCASION_DAYS:
                continue  # "on Tuesday" and "the tsunami of 2004": another occasion, not another date
            if group.key[0] == "count" and _summed(ca) != _summed(cb):
                continue  # "14 rifles in five operations so far" is not "six rifles" in this one
            if va.dimension == "length" and not _same_place(_measured_from(ca, va), _measured_from(cb, vb)):
                continue  # "2 miles from the Geysers" / "14 miles from Healdsburg"
            if (_AGE.search(va.text) or _AGE.search(vb.text)) and not shared_names(ca.names, cb.names):
                continue  # ages of two people ("the suspect, 38-year-old ..." / "a 47-year-old victim")
            kind, why = verdict(va, vb)
            pair = (min(ca.id, cb.id), max(ca.id, cb.id))
            if group.key[0] == "date":
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
    for pair, cands in date_candidates.items():
        best_for: dict[int, tuple[float, int, int, FindingKind, str]] = {}
        for cand in cands:
            x = cand[1]
            if x not in best_for or (cand[0], -_RANK[cand[3]]) > (best_for[x][0], -_RANK[best_for[x][3]]):
                best_for[x] = cand
        aligned = [c for c in best_for.values() if c[0] >= DATE_FRAME_SIMILARITY]
        if not aligned:
            continue  # no two of their dates date the same thing ("riots on Wednesday" / "since 2008")
        _, x, y, kind, why = max(aligned, key=lambda c: (_RANK[c[3]], c[0]))
        pair_verdicts[pair] = (kind, x, y, why)
    for kind, x, y, why in pair_verdicts.values():
        involved |= {x, y}
        if worst is None or _RANK[kind] > _RANK[worst]:
            worst, worst_pair, reason = kind, (x, y), why
    if worst is None or worst_pair is None:
        return None
    chosen = sorted(involved, key=lambda k: (members[k][0].doc_id, members[k][0].start))
    if group.key[0] == "date":  # one value per claim in the finding: the one the verdict used
        seen: dict[str, int] = {}
        for k in chosen:
            seen.setdefault(members[k][0].id, k)
        for k in worst_pair:
            seen[members[k][0].id] = k
        chosen = sorted(seen.values(), key=lambda k: (members[k][0].doc_id, members[k][0].start))
    claims = [members[k][0] for k in chosen]
    values = [members[k][1] for k in chosen]
    a, b = members[worst_pair[0]][1], members[worst_pair[1]][1]
    explanation = f"{_who_says(claims, values, source_of)} ({reason}: {a.text!r} vs {b.text!r})"
    if worst == "agreement":
        explanation = f"{_who_says(claims, values, source_of)} ({reason})"
    return Finding(
        id=cluster_id,
        kind=worst,
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


def _content_words(text: str) -> set[str]:
    return set(_WORDS.findall(text.lower()))


def _wording_conflict(
    ordered: Sequence[Claim], source_of: Mapping[str, str]
) -> tuple[Claim, Claim, str] | None:
    """The first pair of claims (in the given order) of different sources that contradict in words.

    A pair contradicts when one negates what the other says in nearly the same
    words, or when one uses a word and the other its antonym ("temporary" /
    "permanent").  Each claim's words are read once and antonyms looked up in an
    index, so a cluster of m claims costs about m, not m^2, except for the pairs
    of a negated and a plain claim (few), which are compared directly.
    """
    words = [_content_words(c.text) for c in ordered]
    src = [source_of[c.doc_id] for c in ordered]
    holders: dict[str, list[int]] = {}  # a word with an antonym -> the claims using it, in order
    for k, ws in enumerate(words):
        for w in ws & _ANTONYM.keys():
            holders.setdefault(w, []).append(k)
    negated = [k for k, c in enumerate(ordered) if c.negated]
    plain = [k for k, c in enumerate(ordered) if not c.negated]
    for x, a in enumerate(ordered):
        found: tuple[int, str] | None = None
        for w in sorted(words[x] & holders.keys()):
            anti = _ANTONYM[w]
            if anti in words[x]:
                continue
            y = next(
                (y for y in holders.get(anti, ()) if y > x and src[y] != src[x] and w not in words[y]), None
            )
            if y is not None and (found is None or y < found[0]):
                found = (y, f"{w!r} vs {anti!r}")
        for y in plain if a.negated else negated:
            if y <= x or src[y] == src[x]:
                continue
            if found is not None and y > found[0]:
                break
            b = ordered[y]
            if fuzz.token_set_ratio(a.text, b.text) >= 80:
                neg, pos = (a, b) if a.negated else (b, a)
                found = (y, f"one negates the other: {neg.text!r} vs {pos.text!r}")
                break
        if found is not None:
            return a, ordered[found[0]], found[1]
    return None


def _statement_finding(
    claims: Sequence[Claim], finding_id: str, cluster_id: str, source_of: Mapping[str, str], score: float
) -> Finding:
    ordered = sorted(claims, key=lambda c: (c.doc_id, c.start))
    conflict = _wording_conflict(ordered, source_of)
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
