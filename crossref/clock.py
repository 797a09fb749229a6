"""Times of day: "at 14.30", "about 2.45pm", "shortly after 6 a.m.", "around 10 in the morning".

A time of day is a :class:`~crossref.models.Value` of dimension ``time``: minutes after
midnight, as an interval.  Its hedge widens it by minutes, not by a share of the figure:
"about 6.15am" is 6:05 to 6:25, "around 9pm" 8:30 to 9:30, "shortly after 3 p.m." 3:00 to
3:30 (:data:`APPROXIMATE`, :data:`HEDGE_MINUTES`).
A time written with a time zone other than local time ("0242 GMT") is left out: the
article's local time and a zone's are not one figure, and nothing here knows the offset.

Numbers written like a time but with nothing that says so ("3.50 euros", "a 14.30 rise")
stay figures (:mod:`crossref.values`): a time needs a word before it ("at", "around",
"since", a weekday, "morning") or after it ("a.m.", "o'clock", "hrs", "in the morning").
"""

from __future__ import annotations

import re

from crossref.models import Value

DAY_MINUTES = 24 * 60

APPROXIMATE = frozenset({"about", "around", "approximately", "roughly", "some", "circa"})
"""Hedges that reach either way, as far as the time is rounded (:func:`_reach`)."""

HEDGE_MINUTES: dict[str, tuple[int, int]] = {
    "shortly after": (0, 30),
    "just after": (0, 30),
    "soon after": (0, 30),
    "shortly before": (-30, 0),
    "just before": (-30, 0),
}
"""How far each one-sided hedge reaches from the time stated, in minutes (before, after)."""


def _reach(minutes: int) -> int:
    """How far "about" reaches from a time, by how it is rounded: a whole hour half an hour
    ("around 9pm" holds 8.49pm), any other minute ten ("about 2.45pm" is not 14.30)."""
    return 30 if minutes % 60 == 0 else 10


_OPEN_AFTER = frozenset({"after", "since", "from"})  # "after 3 p.m.": from then on
_OPEN_BEFORE = frozenset({"before", "until", "till", "by"})  # "before 6 a.m.": up to then

_HEDGE = "|".join(
    sorted((h.replace(" ", r"\s+") for h in APPROXIMATE | HEDGE_MINUTES.keys()), key=len, reverse=True)
)
_BOUND = "|".join(sorted(_OPEN_AFTER | _OPEN_BEFORE, key=len, reverse=True))
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
_MERIDIEM = r"(?P<ampm>[ap])(?:\.\s?m\.|\s?m\b)"  # "a.m.", "am"; not the full stop after "6.15am."
_ZONE = r"(?:GMT|UTC|Z\b|EST|EDT|CST|CDT|MST|MDT|PST|PDT|CET|CEST|BST|EET|EEST|IST|JST|AEST|AEDT)"

_TIME_RE = re.compile(
    rf"""
    (?:(?P<hedge>{_HEDGE})\s+(?:at\s+)?|(?P<bound>{_BOUND})\s+(?:about\s+|around\s+)?|(?P<at>at)\s+)?
    (?:
        (?:12\s+)?(?P<word>noon|midday|midnight)
      | (?P<h>\d{{1,2}})(?:(?P<sep>[.:h])(?P<m>[0-5]\d))?(?!\d|[.,:]\d)
        (?:\s?{_MERIDIEM}
          | (?P<part>\s+(?:o['’]clock\s+)?(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night))
          | \s?(?P<oclock>o['’]clock|hrs\b|h\b))?
    )
    (?P<zone>\s*\(?\s*{_ZONE})?
    """,
    re.IGNORECASE | re.VERBOSE,
)
_CONTEXT_BEFORE = re.compile(
    rf"(?:\b(?:at|by|from|since|until|till|before|after|around|about|approximately|roughly|"
    rf"{_WEEKDAY}|today|tonight|yesterday|{_PART_OF_DAY})\s+(?:{_PART_OF_DAY}\s+)?)$",
    re.IGNORECASE,
)
_NUMBER_AFTER = re.compile(r"\s*(?:%|[-–]?\s?(?:per\s?cent|percent|points?|[a-z]*illion)\b)", re.I)
_AFTER_WORD = re.compile(r"\s+([A-Za-z]+)")
_DAY_CUE = re.compile(
    rf"\b(?:{_WEEKDAY}|today|tonight|yesterday|{_PART_OF_DAY}|local\s+time|hours)\b", re.IGNORECASE
)
"""A word that says a number beside it is a time of the day: "at 14.30 on Saturday"."""
_CUE_REACH = 30  # characters either side searched for a day cue
_LATER_IN_DAY = re.compile(r"\W*(?:\w+\W+){0,2}?(?:afternoon|evening|night|tonight)\b", re.IGNORECASE)
_AT_A_LEVEL = re.compile(
    r"\b(?:closed|closing|opened|opening|traded|trading|stood|standing|peaked|ended|finished|valued|priced"
    r"|selling|sold|level|levelled|fixed|capped|rated|was|were|is|are)\s+(?:at\s+)?$",
    re.IGNORECASE,
)
"""What stands at a level ("The pound was at 1.17", "closed at 12.45", "level at 12:12"): a
figure or a score, not a time, unless "a.m." or the like says so."""
_FIGURE_WORDS = frozenset(
    "percent per points point euros euro dollars dollar pounds pound francs yen cents metres meters "
    "kilometres kilometers km miles feet tonnes tons kg degrees hectares acres times goals years months "
    "weeks days hours minutes seconds people persons".split()
)
"""Words after a number that make it a figure, not a time ("at 3.50 euros")."""


def _minutes(m: re.Match[str]) -> int | None:
    """Minutes after midnight of the time matched, ``None`` when the digits are no time."""
    word = (m["word"] or "").lower()
    if word == "midnight":  # the day's end, unless what is timed comes after it
        after = (m["hedge"] or m["bound"] or "").lower().split()[-1:] in (["after"], ["since"], ["from"])
        return 0 if after else DAY_MINUTES
    if word:
        return 12 * 60
    h, mins = int(m["h"]), int(m["m"] or 0)
    if m["ampm"]:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m["ampm"].lower() == "p" else 0)
    elif m["part"]:
        if not 1 <= h <= 12:
            return None
        part = m["part"].lower()
        if ("afternoon" in part or "evening" in part or "night" in part) and h < 12:
            h = h + 12 if not ("night" in part and h < 5) else h
    elif h > 23:
        return None
    elif 1 <= h < 12 and not m["oclock"] and _LATER_IN_DAY.match(m.string, m.end()):
        h += 12  # "at 9.30 on Saturday evening", "at 11.20 last night"
    return h * 60 + mins


def _says_time(text: str, m: re.Match[str]) -> bool:
    """Whether the words around the match make it a time of day, not a figure."""
    if m["word"]:
        return bool(m["hedge"] or m["bound"] or m["at"])
    if m["ampm"] or m["part"] or m["oclock"]:
        return True
    if not m["sep"]:
        return False  # "at 6": a count, a score, an age as much as a time
    after = _AFTER_WORD.match(text, m.end())
    if (
        text[m.end() : m.end() + 1].isalpha()  # "8.45m", "3.20bn"
        or _NUMBER_AFTER.match(text, m.end())
        or (after and after.group(1).lower() in _FIGURE_WORDS)
        or _AT_A_LEVEL.search(text, max(0, m.start() - 30), m.start("h"))
    ):
        return False
    if not (m["hedge"] or m["bound"] or m["at"] or _CONTEXT_BEFORE.search(text, 0, m.start())):
        return False
    near = text[max(0, m.start() - _CUE_REACH) : m.end() + _CUE_REACH]
    return m["sep"] == ":" or bool(_DAY_CUE.search(near))  # "14.30", "9h30": a day's word beside it


def zoned_times(text: str) -> list[tuple[int, int]]:
    """The spans of times given in a zone ("14.30 GMT"), which :func:`extract_times` leaves out
    and no other reader may take for a figure."""
    return [(m.start(), m.end()) for m in _TIME_RE.finditer(text) if m["zone"] and m["h"]]


def extract_times(text: str) -> list[Value]:
    """The times of day in ``text``, as :class:`Value` objects of dimension ``time``.

    >>> [(v.text, v.low, v.high) for v in extract_times("The ferry hit the rocks at about 2.45pm.")]
    [('about 2.45pm', 875.0, 895.0)]
    >>> [v.text for v in extract_times("Shares rose 3.50 percent on Monday at 14.30 local time.")]
    ['14.30']
    """
    out = []
    for m in _TIME_RE.finditer(text):
        if m["zone"] or (m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in ".,:")):
            continue
        if not (m["word"] or m["h"]) or not _says_time(text, m):
            continue
        t = _minutes(m)
        if t is None:
            continue
        hedge = " ".join((m["hedge"] or "").lower().split()) or None
        bound = (m["bound"] or "").lower() or None
        low: float | None = t
        high: float | None = t
        if hedge in APPROXIMATE:
            low, high = t - _reach(t), t + _reach(t)
        elif hedge:
            before, after = HEDGE_MINUTES[hedge]
            low, high = t + before, t + after
        elif bound in _OPEN_AFTER:
            high = None
        elif bound in _OPEN_BEFORE:
            low = None
        start = m.start()
        if m["at"] and not (hedge or bound):  # "at 14.30" is "14.30"; "at 12 noon" "12 noon"
            start = m.end("at") + len(text[m.end("at") : m.end()]) - len(text[m.end("at") : m.end()].lstrip())
        end = len(text[: m.end()].rstrip())
        out.append(
            Value(
                start=start,
                end=end,
                text=text[start:end],
                dimension="time",
                unit="minute",
                low=None if low is None else float(low),
                high=None if high is None else float(high),
                stated_low=float(t),
                stated_high=float(t),
                hedge=hedge or bound,
            )
        )
    return out


def clock_text(minutes: float | None) -> str:
    """``"14:30"`` for 870 minutes after midnight; ``"open"`` for an open end.

    >>> clock_text(870.0), clock_text(None)
    ('14:30', 'open')
    """
    if minutes is None:
        return "open"
    t = int(round(minutes)) % DAY_MINUTES
    return f"{t // 60:02d}:{t % 60:02d}"
