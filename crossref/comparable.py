"""Whether two figures can be set side by side: what each figure in its claim is about.

:mod:`crossref.compare` gives verdicts on figures that measure the same thing;
this module reads, from a figure's claim, what would make two figures *not* the
same thing, so that no false alarm is raised on them:

* when: :func:`scope_ok` (figures of other times), :func:`date_stamp` (a dateline
  dates the article, not the event), :func:`elapsed` (a length of time up to the day
  it is told: "For four days, Greece has ...");
* what happened to what is counted: :func:`outcome` (dead, injured, missing,
  abducted, arrested, displaced, infected, shot), :func:`severity` (the seriously
  injured are a part of the injured);
* what kind of count: :func:`not_a_total` ("another two", "20 more", "three of
  the four", :func:`ranked`: "the four hardest-hit villages"), :func:`summed` (a
  running total over several occasions), :func:`selection` ("the first two games"),
  :func:`span_counted` ("in his last two games");
* :func:`restated`: a figure in brackets restating the one before it in another unit;
* from where, of whom: :func:`measured_from` (distances), :func:`is_age` and
  :func:`same_person` (ages), :func:`figure_owner` (whose figure, in a line of
  several people's), :func:`own_figure` (a speaker's own side's);
* what is counted: :func:`counts_people` (people or things), :func:`qualifiers`
  ("Indian sailors"), :func:`of_what` ("counts of murder"), :func:`share_of` ("99% of
  their supplier traffic"), :func:`other_scale`;
* how it is said: :func:`hypothetical` ("if the Sox are pushed to 10 years", "Should the
  Yankees go higher than $25 million?"),
  :func:`offset` ("nine days before the inauguration": a date, not a length),
  :func:`rate` ("$22 million per season": a rate, not a total),
  :func:`sized_thing` and :func:`sizes` (a size that says which thing is meant: "the
  13-inch MacBook Pro", "a 36-yard field goal"),
* when, in an undated article: :func:`unplaced_time` ("earlier this year").

:class:`Figure` holds all of it for one figure, read once; :func:`owners_by_company`
gives an unnamed figure the holder whose figure it repeats; :func:`apart` says why two
figures are not one figure told twice.  Every reader looks at the figure where it stands in the claim
(:func:`position`), never at another mention of the same words.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from functools import lru_cache

import attrs

from crossref.frames import REPORTING
from crossref.models import WHEN, Claim, Value
from crossref.names import may_be_one, name_words, names_match, shared_names, speaker_key
from crossref.stamps import STAMP_BEFORE, is_stamp
from crossref.values import HEDGES, SMALL_NUMBERS, extract_values, is_calendar_quarter

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


QUARTER_REPORT_DAYS = 100
"""Days after a quarter of the year ends within which an article's undated figures may be that
quarter's: companies and statistics offices report on a quarter in the weeks after it."""


def _reported_quarter(scope: tuple[int, int], pub: dt.date) -> bool:
    """``scope`` is a calendar quarter ended at most :data:`QUARTER_REPORT_DAYS` before ``pub``."""
    first, last = dt.date.fromordinal(scope[0]), dt.date.fromordinal(scope[1])
    return is_calendar_quarter(first, last) and 0 <= (pub - last).days <= QUARTER_REPORT_DAYS


ONE_DAY_SPAN = 2
"""Days; two figures each dated to a span this short ("on Sunday", "on Jan. 4") that do not
overlap are figures of two occasions (Sunday's quake, Wednesday's aftershock)."""


def scope_ok(a: Value, b: Value, pub_a: dt.date | None, pub_b: dt.date | None, max_gap: int) -> bool:
    """Whether two figures refer to times close enough to compare.

    Two times are close when they overlap or their middles are at most ``max_gap``
    days apart ("in 2019" and "in 2020" are not), unless both are single days
    (:data:`ONE_DAY_SPAN`) that differ.  An undated figure's time is its article's
    publication day, and a dated and an undated figure must be within
    :data:`CURRENT_EVENT_DAYS` of each other (or the dated one be a quarter of the year
    the undated one's article may report on, :data:`QUARTER_REPORT_DAYS`); when the undated figure's article
    has no date, a dated figure ("killed 168,000 people in 2004") is not set
    against it: nothing says the two are of one time.  Two undated figures are
    of one time unless their articles are more than ``max_gap`` days apart (a
    follow-up two months on tells of another outage, another count).
    """

    def period(v: Value, pub: dt.date | None) -> tuple[int, int] | None:
        if v.scope is not None:
            return v.scope
        return (pub.toordinal(), pub.toordinal()) if pub else None

    if a.scope is None and b.scope is None:
        return pub_a is None or pub_b is None or abs((pub_a - pub_b).days) <= max_gap
    pa, pb = period(a, pub_a), period(b, pub_b)
    if pa is None or pb is None:
        return False
    overlap = pa[0] <= pb[1] and pb[0] <= pa[1]
    if a.scope is not None and b.scope is not None:
        short = max(pa[1] - pa[0], pb[1] - pb[0]) < ONE_DAY_SPAN
        if short and not overlap:
            return False
        limit = max_gap
    else:
        dated, pub = (a.scope, pub_b) if a.scope is not None else (b.scope, pub_a)
        if dated is not None and pub is not None and _reported_quarter(dated, pub):
            return True  # "third-quarter profit of $2.1 billion" / "a profit of $2.1 billion"
        limit = min(max_gap, CURRENT_EVENT_DAYS)
    return overlap or abs((pa[0] + pa[1]) / 2 - (pb[0] + pb[1]) / 2) <= limit


_SOME_DAY = dt.date(2001, 6, 15)
_NEAR = re.compile(
    r"\b(?:today|tonight|yesterday|tomorrow|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|"
    r"sundays?|week|weekend|days?|hours?|morning|afternoon|evening|night)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _unplaced_times(text: str) -> bool:
    placed = {(v.start, v.end) for v in extract_values(text) if v.dimension == "date"}
    return any(
        v.dimension == "date" and (v.start, v.end) not in placed and not _NEAR.search(v.text)
        for v in extract_values(text, published=_SOME_DAY)
    )


def unplaced_time(claim: Claim, published: dt.date | None) -> bool:
    """The claim names a time of its own that its article's missing date leaves unplaced, weeks
    or more from the day the article tells of: "On April 20, a 6.4-magnitude earthquake jolted
    Maluku", "earlier this year", "last month".  A weekday, "last week" or "days ago" is the
    article's own time.  Between two undated articles, such a claim's figures, like figures
    of a stated other time (:func:`scope_ok`), are not set against figures that name no time."""
    return published is None and _unplaced_times(claim.text)


_STAMP_WORD = re.compile(r"[^\W\d]{2,}")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def date_stamp(claim: Claim, v: Value) -> bool:
    """The date stamps the article rather than dates the event.

    A claim that is a date and little else ("July 03, 2013 6:22AM", "Updated
    Saturday, December 05, 2009 8:28 PM"); a date right after a capitalised
    "Posted", "Updated" or "Published" (a page's stamp, not "the lawsuit was
    filed on"); a full date (with its year) opening an article's first claim,
    where a dateline merged into the lede sits.
    """
    rest = claim.text.replace(v.text, " ")
    if not v.frame and len(_STAMP_WORD.findall(rest)) <= 2:
        return True
    if is_stamp(claim.text):
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
    "injured": ("injur", "wound", "hurt", "hospital"),
    "missing": ("missing",),
    "abducted": ("abduct", "kidnap", "hostage", "captive"),
    "arrested": ("arrest", "detain", "detention", "custody", "apprehend", "captur"),
    "displaced": ("evacu", "rescued", "displac", "homeless", "shelter", "fled", "flee", "ushered"),
    "infected": ("infect", "sick", "ill"),
    # shot: killed or wounded, said only when the text does not say which ("Three People Shot")
    "shot": ("shot", "shoot", "gunshot"),
}
_WHOLE_WORDS = frozenset(
    {"dead", "die", "died", "dies", "dying", "hurt", "fled", "flee", "slain", "rescued", "ill", "shot"}
)


def _outcomes_in(text: str) -> set[str]:
    found = set()
    for w in _WORDS.findall(text.lower()):
        for outcome, stems in _OUTCOMES.items():
            if any(w == s if s in _WHOLE_WORDS else w.startswith(s) for s in stems):
                found.add(outcome)
    return found - {"shot"} if len(found) > 1 else found  # "shot dead", "shot and wounded"


def _refined(found: set[str], claim: Claim) -> set[str]:
    """ "shot" from a figure's own words, made "dead" or "injured" when its claim says which
    ("shot to death one person")."""
    if found == {"shot"}:
        in_claim = _outcomes_in(claim.text)
        if len(in_claim) == 1:
            return in_claim
    return found


def outcome(claim: Claim, v: Value) -> set[str]:
    """What happened to what the figure counts (``{"dead"}``, ``{"injured"}``, ...), if the claim says.

    From the figure's frame; else from the two words after it ("Five dead, dozens
    injured"); else from its claim, when the claim names one outcome only.
    """
    found = _outcomes_in(v.frame or "")
    if found:
        return _refined(found, claim)
    found = _outcomes_in(" ".join(_WORDS.findall(_after(claim, v).lower())[:2]))
    if found:
        return _refined(found, claim)
    in_claim = _outcomes_in(claim.text)
    return in_claim if len(in_claim) == 1 else set()


_SEVERITY = {
    "serious": ("serious", "critical", "severe", "grave", "life-threatening"),
    "minor": ("minor", "slight", "light", "non-life-threatening"),
}


def severity(claim: Claim, v: Value) -> str | None:
    """How badly what the figure counts was hurt, when the words near it say ("eight people
    had suffered serious injuries"): a part of all the injured, not their number."""
    near = _before(claim, v, 2) + re.findall(r"[a-z-]+", _after(claim, v).lower())[:6]
    for grade, stems in _SEVERITY.items():
        if any(w.startswith(s) for w in near for s in stems):
            return grade
    return None


# ------------------------------------------------------------------------------ what is counted

_PEOPLE = frozenset(
    """people person persons man men woman women child children kid kids boy boys girl girls baby babies
    adult adults resident residents civilian civilians soldier soldiers troop troops officer officers
    policeman policemen crew crews crewman crewmen member members sailor sailors seaman seamen pirate
    pirates victim victims passenger passengers worker workers employee employees staff student
    students pupil pupils patient patients fighter fighters militant militants rebel rebels protester
    protesters protestor protestors demonstrator demonstrators marcher marchers refugee refugees
    migrant migrants suspect suspects prisoner prisoners inmate inmates hostage hostages tourist
    tourists climber climbers firefighter firefighters miner miners voter voters fan fans player
    players citizen citizens national nationals survivor survivors casualty casualties guard guards
    agent agents journalist journalists reporter reporters teacher teachers doctor doctors nurse nurses
    official officials leader leaders commando commandos marine marines personnel individual
    individuals co-worker co-workers colleague colleagues manager managers spectator spectators guest
    guests customer customers shopper shoppers delegate delegates lawmaker lawmakers senator senators
    candidate candidates volunteer volunteers rescuer rescuers gunman gunmen attacker attackers
    fisherman fishermen""".split()
)
_THINGS = frozenset(
    """ship ships boat boats vessel vessels warship warships tanker tankers dhow dhows skiff skiffs
    speedboat speedboats trawler trawlers yacht yachts ferry ferries vehicle vehicles car cars truck
    trucks bus buses train trains plane planes aircraft jet jets helicopter helicopters tank tanks
    building buildings house houses home homes school schools hospital hospitals church churches
    village villages town towns city cities country countries base bases bridge bridges road roads
    weapon weapons rifle rifles gun guns pistol pistols bomb bombs grenade grenades rocket rockets
    missile missiles launcher launchers round rounds bullet bullets shell shells device devices
    store stores shop shops office offices camp camps tent tents farm farms cable cables""".split()
)


def counts_people(noun: str | None) -> bool | None:
    """Whether a counted noun counts people (``True``), things (``False``), or cannot be told
    (``None``): "18 sailors" and "20 warships" are not counts of one thing, however alike the
    words' embeddings are."""
    if not noun:
        return None
    last = noun.lower().split()[-1]
    return True if last in _PEOPLE else False if last in _THINGS else None


OTHER_SCALE = 20.0
"""Two figures whose nearest ends are more than this factor apart measure two things: sources
that disagree on one figure disagree within about an order of magnitude ("dozens" /
"hundreds" injured), while "five people were killed" and "168,000 people" killed by the
2004 tsunami are two events' tolls, "up to eight hours on a charge" and "five years" a
battery's charge and its life."""


def other_scale(a: Value, b: Value) -> bool:
    """Two figures far apart in scale (:data:`OTHER_SCALE`): not one figure told two ways."""
    lo_a, hi_a = a.low or 0.0, a.high if a.high is not None else float("inf")
    lo_b, hi_b = b.low or 0.0, b.high if b.high is not None else float("inf")
    if hi_a < lo_b:
        return lo_b > OTHER_SCALE * max(hi_a, 1.0)
    if hi_b < lo_a:
        return lo_a > OTHER_SCALE * max(hi_b, 1.0)
    return False


_NUMBER_WORD = re.compile(
    r"^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|"
    r"some|about|around|nearly|almost|over|more|at|least|up|to|an?|the)$",
    re.IGNORECASE,
)


def qualifiers(v: Value) -> frozenset[str]:
    """The proper adjectives in a count's own words, its noun aside: "18 Indian sailors" -> {"indian"}."""
    noun = (v.noun or "").lower()
    return frozenset(
        w.lower()
        for w in re.findall(r"[A-Z][\w'-]*", v.text)
        if w.lower() != noun and not _NUMBER_WORD.match(w)
    )


def same_qualifiers(a: Value, b: Value) -> bool:
    """Two counts are not of two groups told apart by a proper adjective ("18 Indian sailors" /
    "22 Yemeni fishermen"); one without any may be of either."""
    qa, qb = qualifiers(a), qualifiers(b)
    return not qa or not qb or bool(qa & qb)


_OF_WHAT = re.compile(r"^\s+of\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)", re.IGNORECASE)
_OF_SKIP = frozenset(
    {"the", "a", "an", "them", "those", "these", "its", "their", "his", "her", "which", "whom"}
)


def of_what(claim: Claim, v: Value) -> frozenset[str]:
    """The words of the "of" phrase after a count ("three counts of criminal vehicular homicide"
    -> {"criminal", "vehicular", "homicide"}); empty when there is none."""
    m = _OF_WHAT.match(_after(claim, v))
    if not m:
        return frozenset()
    return frozenset(w.lower() for w in m.group(1).split() if w.lower() not in _OF_SKIP)


_SHARE_OF = re.compile(r"^\s+of\s+((?:[\w$][\w'.,$-]*\s+){0,4}[A-Za-z][\w'-]*)")
_PHRASE_ENDS = frozenset(
    """is are was were be been being has have had will would can could may might must shall should
    do does did in on at for to from by with and or but that which who whom as than since after
    before during while across over under into""".split()
)


_HEDGE_WORDS = frozenset(w for h in HEDGES for w in h.split())


def share_of(claim: Claim, v: Value) -> str | None:
    """What a share is a share of: the noun phrase after "of", without its determiner ("99%
    of their supplier traffic has been restored" -> "supplier traffic", "62 percent of the
    vote" -> "vote"); ``None`` without one.  Shares of unlike things are not compared (by
    the counted nouns' similarity, :func:`crossref.compare.compare_cluster`): traffic is not
    capacity."""
    m = _SHARE_OF.match(_after(claim, v))
    if not m:
        return None
    words = []
    for w in m.group(1).lower().split():
        if w in _PHRASE_ENDS:
            break
        words.append(w)
    kept = [
        w
        for w in words
        if w not in _OF_SKIP
        and w not in {"our", "my", "your", "all"}
        and w not in _HEDGE_WORDS
        and not any(ch.isdigit() for ch in w)  # "of its roughly 44,000-person work force": "work force"
    ]
    return " ".join(kept) or None


def same_of_what(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two counts of one thing by their "of" phrases: "counts of third-degree murder" are not
    "counts of criminal vehicular homicide"; a count without one may be of either."""
    return not a or not b or bool(a & b)


_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]urs?|us)\b")  # not "US forces"


def own_figure(claim: Claim) -> bool:
    """The claim is a speaker's figure about their own side ("bringing us up to 83% of our
    capacity"): it belongs to whoever says it."""
    return bool(claim.attribution) and bool(_FIRST_PERSON.search(claim.text))


# ------------------------------------------------------------------------------ what kind of count

_ADDED_BEFORE = frozenset({"another", "additional", "further", "other"})
_ADDED_WORD = re.compile(r"\b(?:more|additional|further|other)\b(?!\s+than)", re.IGNORECASE)
_PART_OF = re.compile(r"^\s+of\s+(?:the|them|those|these|its|their|his|her|whom|which|\d)", re.IGNORECASE)
_SET_AFTER = re.compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|"
    r"thousands?|some|most|many|all|none|half|several|few|both|each)\s+of\s+"
    r"(?:the|those|these|his|her|their|its)\s*$"
    r"|\b\d[\d,.]*\s+of\s+$",  # "28 of 41 passes"; not "one of 19 firefighters who died": the toll
    re.IGNORECASE,
)


_RANKED = re.compile(r"\b(?:[a-z]{2,}est|most|least|worst|best|top)(?=\b|-)", re.IGNORECASE)
_NOT_RANKED = frozenset(
    "west midwest northwest southwest rest unrest arrest protest interest forest guest chest nest "
    "test contest request harvest modest honest quest conquest inquest priest behest".split()
)


_COUNT_WORD = re.compile(
    r"\d[\d,.]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|"
    r"thousands?)\b",
    re.IGNORECASE,
)


def ranked(v: Value) -> bool:
    """The count picks out the first few by rank: "the four hardest-hit villages", "the 12
    worst-hit villages", "its two biggest rivals" are some of the villages or rivals, not all
    (a superlative after the number: not the hedge of "at least three banks")."""
    number = _COUNT_WORD.search(v.text)
    if number is None:
        return False
    noun = (v.noun or "").lower()
    return any(
        w.lower() not in _NOT_RANKED and w.lower() != noun for w in _RANKED.findall(v.text[number.end() :])
    )


_INCLUDED = re.compile(
    r"\b(?:including|includes|included|among\s+them|among\s+whom|of\s+which|of\s+whom)\s+(?:the\s+)?$",
    re.IGNORECASE,
)  # "31 pieces of apparatus, including three ladder trucks": a part of the set just named


def not_a_total(claim: Claim, v: Value) -> bool:
    """The count is not the size of what it counts.

    It adds to another ("another two people", "20 more people", "two other bases"),
    or it is a part or the whole of a partition: in "Three of the four soldiers
    were killed" neither "Three" (a part) nor "four soldiers" (the set it is taken
    from) is the number killed that another source would state alone; nor are "28"
    and "41 passes" in "completed 28 of 41 passes", or "28 of his 68 punches".  Nor is
    a count of the first few by rank (:func:`ranked`: "the four hardest-hit villages"), nor
    one of the members a set includes ("31 pieces of apparatus, including three ladder trucks"),
    nor a count of one place picked out ("In Auckland alone, 640 planned operations"), nor some
    of a set ("Among the postponed procedures were 15 cancer operations").
    """
    if _ADDED_WORD.search(v.text) or ranked(v):
        return True
    before = _before(claim, v, 1)
    if before and before[0] in _ADDED_BEFORE:
        return True
    if _PART_OF.match(_after(claim, v)):
        return True
    pos = position(claim, v)
    return pos > 0 and bool(
        _SET_AFTER.search(claim.text[:pos])
        or _INCLUDED.search(claim.text[:pos])
        or _PLACE_ALONE.search(claim.text[:pos])
        or _AMONG.search(claim.text[:pos])
    )


_AMONG = re.compile(r"\b[Aa]mong\s+[^,.;]{1,60}?\b(?:were|are|was|is)\s+$")
"""A count of some of a set: "Among the postponed procedures were 15 cancer operations"."""

_PLACE_ALONE = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Ff]rom)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s+alone\b"
)
"""A place that picks out a part of the count: "In Auckland alone, 640 operations"."""


_SELECTING = {
    **dict.fromkeys(("first", "opening", "initial"), "first"),
    **dict.fromkeys(("last", "final", "remaining", "closing", "past", "previous", "latest"), "last"),
    **dict.fromkeys(("next", "coming", "upcoming"), "next"),
}


def selection(claim: Claim, v: Value) -> str | None:
    """Which of a series a count picks out, when a word before it says: "first" ("taking the
    first two games"), "last" ("eight losses in their last 10 games", "the final two regular
    season games") or "next" ("missed the next four games").  Such a count says which ones,
    not how many there were: "the first two games" and "their last 10 games" are other games,
    and "won 40 games" counts a season's, not the first two.  A "last" or "final" may pick
    out all that were left ("the final 30 residents left the island" / "some 45 residents
    left, the last to go"): it is set apart only from another pick."""
    before = _before(claim, v, 1)
    return _SELECTING.get(before[0]) if before else None


_OCCASIONS = re.compile(
    r"^(?:operation|attack|raid|incident|strike|mission|assault|bombing|shooting|quake|earthquake|"
    r"storm|trip|visit|flight|game|match|election)s$",
    re.IGNORECASE,
)
_TOTAL_WORDS = re.compile(r"\b(?:a total of|in total|a combined)\b", re.IGNORECASE)
_SO_FAR = re.compile(r"\b(?:so far|thus far|to date|since)\b", re.IGNORECASE)
_TOLL = re.compile(r"\b(?:toll|tally)\b", re.IGNORECASE)


_OFFSET_AFTER = re.compile(
    r"^\s+(?:before|after|earlier|later|prior\s+to|ahead\s+of|from\s+now)\b", re.IGNORECASE
)


def offset(claim: Claim, v: Value) -> bool:
    """A length of time that places something in time ("nine days before Obama's inauguration",
    "a man fired four days earlier"): a date said from another event, not how long anything took."""
    return bool(_OFFSET_AFTER.match(_after(claim, v)))


_PER = re.compile(
    r"\s*(?:(?:per|a|an|each|every)\s+(?:year|season|month|week|day|night|game|match|hour|minute|head|person|"
    r"capita|share|unit|barrel|ton|tonne|annum)\b(?!\s+(?:after|before|ago|earlier|later|from|since))"
    r"|annually\b|a\s+piece\b|apiece\b)",
    re.IGNORECASE,
)


_AVERAGE = re.compile(
    r"(?<![\w-])(?:averaged|averaging|averages|an average of|average of)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)


_HOW_OFTEN = re.compile(r"(?<![\w-])(?:once|twice|thrice|\w+\s+times)\s+$", re.IGNORECASE)


def rate(claim: Claim, v: Value) -> bool:
    """The figure is a rate, so much per something ("roughly $22 million per season", "$5 a
    share", "30 home runs a year"), how often ("patches once a month") or an average
    ("averaged 22.8 points", "an average of $300"), not a total: it is set only against
    another rate."""
    pos = position(claim, v)
    before = claim.text[:pos] if pos > 0 else ""
    return (
        bool(_PER.match(_after(claim, v)))
        or bool(_AVERAGE.search(before))
        or (v.dimension == "duration" and bool(_HOW_OFTEN.search(before)))
    )


_ON_THE_CLOCK = re.compile(r"\s+(?:remaining|left|to\s+go|to\s+play)\b", re.IGNORECASE)
_WITH = re.compile(r"\bwith\s+$", re.IGNORECASE)
_CLOCK_UNIT = re.compile(r"(?:seconds?|minutes?|secs?|mins?)$", re.IGNORECASE)


def on_the_clock(claim: Claim, v: Value) -> bool:
    """Minutes or seconds left in a game ("with 4 minutes 48 seconds remaining", "with 12
    seconds left"): they say when a play happened, not how long anything took ("with two
    years left on his contract" is a length of time)."""
    pos = position(claim, v)
    return (
        v.dimension == "duration"
        and pos > 0
        and bool(_CLOCK_UNIT.search(v.text))
        and bool(_WITH.search(claim.text[:pos]))
        and bool(_ON_THE_CLOCK.match(_after(claim, v)))
    )


_FOR_BEFORE = re.compile(r"\b(?:for|over)\s+(?:the\s+)?(?:past\s+|last\s+)?$", re.IGNORECASE)
_PERFECT = re.compile(
    r"\b(?:has|have|'s|'ve)\s+(?:also\s+|now\s+|been\s+)*[a-z]+(?:ed|en|wn|ung|ept)\b", re.IGNORECASE
)


def elapsed(claim: Claim, v: Value) -> bool:
    """A length of time up to the day it is told ("For four days, Greece has surrendered
    itself to flames", "US troops have been stationed in Syria for more than a decade"):
    it grows day by day, so two such lengths agree or differ only when told on one day.
    ("After four days of riots" is not read so: "released after 12 days of captivity" is
    a length that ended.)"""
    pos = position(claim, v)
    return (
        v.dimension == "duration"
        and pos >= 0
        and bool(_FOR_BEFORE.search(claim.text[:pos]))
        and bool(_PERFECT.search(claim.text))
    )


def restated(claim: Claim, v: Value) -> bool:
    """The figure, in brackets right after a figure of its kind, restates that one in another
    unit or currency ("US$1 million ($1.52 million)", "75 kilometers (50 miles)")."""
    pos = position(claim, v)
    head = claim.text[:pos].rstrip() if pos > 0 else ""
    if not head.endswith("("):
        return False
    head = head[:-1].rstrip()
    return any(u is not v and u.dimension == v.dimension and head.endswith(u.text) for u in claim.values)


def running(claim: Claim) -> bool:
    """The claim counts up to now ("Israel has so far lost seven soldiers", "over 50 arrests
    since the shooting", "the death toll rose to 1,800 on Tuesday")."""
    return bool(_SO_FAR.search(claim.text) or _TOLL.search(claim.text))


_ONE_DAY = re.compile(
    r"\b(?:on\s+)?(?:" + "|".join(calendar.day_name) + r")\b|\b(?:today|yesterday|tonight|last\s+night)\b"
)
_ONE_OCCASION = re.compile(
    r"\b(?:the|an?|one|that|this)\s+(?:[a-z-]+\s+){0,2}?(?:attack|air\s*strike|strike|raid|blast|explosion|"
    r"bombing|shooting|ambush|crash|collision)\b(?!s)",
    re.IGNORECASE,
)


def one_time(claim: Claim) -> bool:
    """The claim ties what it says to one day ("Five soldiers lost their lives on Wednesday",
    also where its article has no date to resolve the day by) or to one occasion ("the attack
    on one of his schools killed 40 Palestinians")."""
    if any(u.dimension == "date" and u.low is not None and u.low == u.high for u in claim.values):
        return True
    return bool(_ONE_DAY.search(claim.text) or _ONE_OCCASION.search(claim.text))


def summed(claim: Claim) -> bool:
    """A running total: "a total of 14 rifles", "in their five operations so far, 14 rifles"."""
    if _TOTAL_WORDS.search(claim.text):
        return True
    occasions = any(
        v.dimension == "count" and v.noun and _OCCASIONS.match(v.noun) and (v.low or 0) > 1
        for v in claim.values
    )
    return occasions and bool(_SO_FAR.search(claim.text))


_SPAN = re.compile(
    r"\b(?:in|over|across|during|through)\s+(?:(?:his|her|their|its|the)\s+)?"
    r"(?:(?P<which>last|first|past|previous|next|final|opening)\s+)?(?P<n>\w+(?:\s?[½¼¾])?)\s+(?P<of>games|"
    r"matches|seasons|starts|outings|appearances|races|rounds|innings|quarters|operations|attacks|raids|sessions|"
    r"trips|minutes|hours|days|weeks|months|years)\b"
    r"|\b(?:in|during|at|by)\s+the\s+(?P<nth>first|second|third|fourth|final)\s+"
    r"(?P<part>half|quarter|period|round|inning|set|day)\b"
    r"|\b(?P<half>(?:at|by)\s+(?:the\s+)?half(?:time)?)\b"
    r"|\b(?P<season>(?:this|last|next)\s+season)\b"
    r"|\b(?P<career>career)\b(?![\s-]+(?:high|best|low|worst))",
    re.IGNORECASE,
)


_HOURS = {"minutes": 1 / 60, "hours": 1.0, "days": 24.0, "weeks": 168.0, "months": 730.5, "years": 8766.0}
_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75}


def _span_length(n: str, unit: str) -> tuple[str, str]:
    """A span's number and unit, times in hours: ("7 ½", "minutes") -> ("0.125", "hours"),
    ("two", "days") -> ("48", "hours"), ("two", "games") -> ("2", "games")."""
    whole = n.rstrip("½¼¾ ")
    number = SMALL_NUMBERS.get(whole) or (float(whole) if whole.isdigit() else None)
    if number is None:
        return n, unit  # "in recent days"
    number += _FRACTIONS.get(n[-1], 0.0)
    if unit in _HOURS:
        number, unit = number * _HOURS[unit], "hours"
    return f"{number:g}", unit


def span_counted(claim: Claim, v: Value) -> str | None:
    """The span a claim's figures are summed over, when it says ("in his last two games",
    "in 12 games", "in the first half", "in the first 7 ½ minutes", "over the past three
    years", "this season", "for his career"; not a "career-high", which is one game's):
    "last 2 games", "12 games", "first half", "first 0.125 hours", "last 26298 hours",
    "this season", "career".  The words that pick a part of a series are read as
    :func:`selection` reads them ("past" is "last"), lengths of time in hours ("the first
    day" is "the first 24 hours").  A span the figure itself counts ("in 106 straight
    games") is what the figure says, not a span it is summed over.  ("Since Friday" /
    "since the shooting" are not told apart: :func:`running` reads them.)"""
    pos = position(claim, v)
    m = next((m for m in _SPAN.finditer(claim.text) if not m.start() <= pos < m.end()), None)
    if m is None:
        return None
    if m["of"]:
        which = _SELECTING.get((m["which"] or "").lower(), "")
        n, unit = _span_length(m["n"].lower(), m["of"].lower())
        return " ".join(w for w in (which, n, unit) if w)
    if m["part"]:
        nth = _SELECTING.get(m["nth"].lower(), m["nth"].lower())
        return f"{nth} 24 hours" if m["part"].lower() == "day" else f"{nth} {m['part'].lower()}"
    if m["half"]:
        return "first half"
    return " ".join(m["season"].lower().split()) if m["season"] else "career"


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
    """An age: it belongs to one person, so two ages are compared only for one person.

    "36-year-old", "aged 61", and the bare number after a name ("Kirkpatrick, 61,"),
    which the values stage reads as a duration in years.
    """
    return v.dimension == "duration" and (bool(_AGE.search(v.text)) or not re.search(r"[^\W\d]", v.text))


def age_owner(claim: Claim, v: Value) -> str | None:
    """The name the age is given to: right before it ("Benjamin David Banky, 40") or right after
    it ("38-year-old Anthony LaCalamita"); ``None`` for "a 47-year-old man"."""
    pos = position(claim, v)
    if pos < 0:
        return None
    before = claim.text[:pos].rstrip().rstrip(",").rstrip()
    after = claim.text[pos + len(v.text) :].lstrip()
    return next((n for n in claim.names if before.endswith(n) or after.startswith(n)), None)


def same_age_reading(pub_a: dt.date | None, pub_b: dt.date | None, va: Value, vb: Value) -> bool:
    """Two ages can be set side by side as one reading: the articles are known to be of one day,
    or the ages are more than a year apart.  "26-year-old" in January and "27-year-old" in
    September may both be true: a birthday fell between (and may have, between undated ones)."""
    one_day = pub_a is not None and pub_a == pub_b
    year = 365.25
    return one_day or abs((va.low or 0.0) - (vb.low or 0.0)) > year + 0.5


def same_person(ca: Claim, va: Value, cb: Claim, vb: Value) -> bool:
    """Two ages can be of one person: their owners' names match, or, where only one of them
    names its owner, the other claim names that person; where neither does, the claims
    share a name."""
    oa, ob = age_owner(ca, va), age_owner(cb, vb)
    if oa or ob:
        return same_owner(ca, oa, cb, ob, unnamed_may=False, deal_may=False)
    return shared_names(ca.names, cb.names) > 0


_PLACE_PREPOSITIONS = frozenset(
    {"from", "in", "at", "of", "to", "into", "near", "across", "for", "with", "on", "off", "over", "outside"}
)


_CALENDAR = frozenset(d.lower() for d in (*calendar.day_name, *calendar.month_name) if d)


_ENDS_RELATIVE = re.compile(r",\s+(?:which|who|that)\b[^,]*$", re.IGNORECASE)


def figure_owner(claim: Claim, v: Value) -> str | None:
    """Whose figure it is: the name right before it, with at most three words between in a
    claim with one figure of its kind ("Ivory rushed for 716 yards", "The 13-inch MacBook Pro
    spec upgrade costs $1199") and at most one in a
    claim that gives figures of one kind to several people ("Jamaal Charles (226 yards) and
    Peyton Hillis (101 yards)", "Hansbrough had 24 points"); ``None`` when no name is that
    close ("in Aceh province, injuring 50 people") or it ends a relative clause set off by
    commas ("The bus, which served the Azilal-Marrakech line, carried 52"); a day or a month
    is no one ("Since Tuesday, 500 people")."""
    pos = position(claim, v) if claim.names else -1
    if pos < 0:
        return None
    same = [u for u in claim.values if u is not v and u.dimension == v.dimension]
    starts = [(position(claim, u), u) for u in same]
    start = max((at + len(u.text) for at, u in starts if 0 <= at < pos), default=0)
    window = claim.text[start:pos]
    placed = [(window.rfind(n), n) for n in claim.names if n in window and n.lower() not in _CALENDAR]
    if not placed:
        return None
    at, name = max(placed)
    if _ENDS_RELATIVE.search(claim.text[: start + at]) and "," in window[at + len(name) :]:
        return None
    words = _WORDS.findall(window[at + len(name) :].lower())
    if REPORTING & set(words):
        return None  # "Steele said as many as 40 firefighters": who gives the figure, not whose
    between = len(words)
    before = _WORDS.findall(claim.text[: start + at].lower())[-1:]
    if before and before[0] in _PLACE_PREPOSITIONS:
        return None  # "the withdrawal from Syria within a month": a place, not whose figure
    return name if between <= (1 if same else 3) else None


def same_owner(
    ca: Claim,
    oa: str | None,
    cb: Claim,
    ob: str | None,
    *,
    unnamed_may: bool = True,
    deal_may: bool = True,
    dimension: str | None = None,
) -> bool:
    """Two figures can be one person's: their owners match, or, with ``deal_may``, a claim names
    the other's owner (one deal or sentence told from either side: "Teixeira agreed to an
    eight-year deal with the Yankees" / "the Yankees signed Teixeira to an eight-year deal";
    "Smith was sentenced to 10 years" / "Judge Koeltl sentenced Smith to 12 years": one
    claim that names the other's owner is enough when it gives one figure of ``dimension``,
    not a figure to each of several people); where only one is known,
    the other claim names that owner (or, with ``unnamed_may``, names no one; for a date, a
    word of the owner's name is enough: the fire named for the place it started near); with
    no owner known, nothing says otherwise."""
    if oa and ob:  # one holder each: the same, or one deal or sentence told from either side
        if may_be_one(oa, ob):
            return True
        a_named = any(may_be_one(oa, n) for n in cb.names)  # claim b names a's owner
        b_named = any(may_be_one(ob, n) for n in ca.names)

        def one_figure(c: Claim) -> bool:
            return dimension is None or sum(u.dimension == dimension for u in c.values) <= 1

        return deal_may and (
            (a_named and b_named) or (a_named and one_figure(cb)) or (b_named and one_figure(ca))
        )
    if oa or ob:
        owner, other = (oa, cb) if oa else (ob, ca)
        assert owner is not None
        if dimension == "date" and name_words(other.names) & name_words([owner]):
            return True  # "The Tiller Ridge Fire started Saturday" / "The fire began on Friday near Tiller"
        return (unnamed_may and not other.names) or any(may_be_one(owner, n) for n in other.names)
    return True


def never_named(owner: str, article: frozenset[str] | None) -> bool:
    """An article never names ``owner``: none of the names it uses shares a word with it
    (``article`` holds their words, :func:`crossref.names.name_words`; ``None``: not known)."""
    return article is not None and not name_words([owner]) & article


_SIZED = frozenset(
    {"length", "area", "mass", "volume", "speed", "data", "frequency", "temperature", "energy"}
)
_AS_MODIFIER = re.compile(r"\d\s?-\s?[A-Za-z]+$")  # "13-inch", "36-yard", "2.93-GHz", "7.6-magnitude"
_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w]*)")


def _modified(claim: Claim, v: Value) -> str | None:
    """The word a measure written as a modifier stands before ("13-inch MacBook" -> "macbook")."""
    if not _AS_MODIFIER.search(v.text):
        return None
    pos = position(claim, v)
    m = _NEXT_WORD.match(claim.text, pos + len(v.text)) if pos >= 0 else None
    return m.group(1).lower() if m else None


def sized_thing(claim: Claim, v: Value) -> str | None:
    """What a measure written as a modifier picks out: "the 13-inch MacBook Pro" -> "macbook",
    "a 36-yard field goal" -> "field".  Such a size says which thing is meant; it is set
    against another size of a thing of that name ("a 10-metre dhow" / "a 24- to 30-foot
    dhow"), and against a plain measure only when that measure's claim names the thing ("the
    20-foot boat" / "the boat, 30 feet long"; not "the 17-inch notebook" / "less than an inch
    thick" said of "the machine")."""
    return _modified(claim, v) if v.dimension in _SIZED else None


def _sizes_meet(a: Figure, b: Figure) -> bool:
    if a.sized_thing and b.sized_thing:
        return a.sized_thing == b.sized_thing
    sized, plain = (a, b) if a.sized_thing else (b, a)
    assert sized.sized_thing is not None
    return sized.sized_thing in _WORDS.findall(plain.claim.text.lower())


def sizes(claim: Claim, v: Value) -> frozenset[tuple[str, float | None, float | None]]:
    """The sizes that pick out the things the rest of a claim speaks of ("the 13-inch MacBook
    Pro costs $1199"), but ``v``.  Magnitudes are left out: sources revise a quake's
    magnitude, and "the 7.6-magnitude quake" / "the 7.9-magnitude quake" may be one quake."""
    return frozenset(
        (u.dimension, u.low, u.high)
        for u in claim.values
        if u is not v and u.dimension in _SIZED and _modified(claim, u)
    )


def other_sizes(
    a: frozenset[tuple[str, float | None, float | None]], b: frozenset[tuple[str, float | None, float | None]]
) -> bool:
    """Two claims speak of things told apart by their size: each names one, of one dimension,
    and the sizes cannot be one ("13-inch" / "11-inch")."""
    return any(
        da == db
        and (
            (ha is not None and lb is not None and ha < lb) or (hb is not None and la is not None and hb < la)
        )
        for da, la, ha in a
        for db, lb, hb in b
    )


_STARTS = frozenset(
    {"began", "begin", "begins", "started", "start", "starts", "launched", "opened", "commenced"}
)
_ENDS = frozenset(
    {
        "completed",
        "complete",
        "completes",
        "ended",
        "end",
        "ends",
        "finished",
        "finish",
        "concluded",
        "closed",
    }
)


def phase(v: Value) -> str | None:
    """Whether a time is when something began or when it ended, by its frame's words: "began
    their investigation in 2005" and "the investigation was completed in September 2006" date
    two moments of one investigation, not one moment twice."""
    words = set((v.frame or "").split())
    if words & _STARTS and not words & _ENDS:
        return "start"
    if words & _ENDS and not words & _STARTS:
        return "end"
    return None


_SUPPOSED = re.compile(r"\b(?:if|unless|whether)\b", re.IGNORECASE)
_ASKING = re.compile(r"^\W*(?:should|shall|will|would|can|could|may|might|must)\b", re.IGNORECASE)
_DOUBTED = re.compile(r"^\s*\)?\s*\?")


def hypothetical(claim: Claim, v: Value) -> bool:
    """The figure is supposed, asked or doubted rather than stated: it follows an "if",
    "unless" or "whether" in its claim ("if the Sox are pushed to 10 years", "unclear whether
    300 or 400 died"; unlike "the actress, 26, would be arrested if she continued"), its
    claim asks what could or should be ("Should the Yankees go higher than $25 million a
    season?"; not "Is the $2 million settlement enough?", which takes the figure as
    given), or a question mark follows it ("Sox Make Offer To Teixeira (8 Years?)")."""
    m = _SUPPOSED.search(claim.text)
    if m is not None and m.start() < position(claim, v):
        return True
    if _DOUBTED.match(_after(claim, v)):
        return True
    return claim.text.rstrip().endswith("?") and bool(_ASKING.match(claim.text))


# ------------------------------------------------------------------------------ all of it, per figure


_MOVES = {
    "up": frozenset(
        """rose rise rises rising risen jumped jump jumps jumping surged surge surges soared soar
        soars climbed climb climbs gained gain gains increased increase increases grew grow grows
        grown advanced rallied spiked""".split()
    ),
    "down": frozenset(
        """fell fall falls falling fallen dropped drop drops dropping declined decline declines slid
        slide slides slumped slump sank sink sinks plunged plunge tumbled tumble lost lose loses
        decreased decrease decreases shrank shrink shrinks eased dipped dip retreated""".split()
    ),
}


def same_day(a: Value, b: Value) -> bool:
    """Both figures are dated to one day, the same (:data:`ONE_DAY_SPAN`)."""
    if a.scope is None or b.scope is None:
        return False
    short = max(a.scope[1] - a.scope[0], b.scope[1] - b.scope[0]) < ONE_DAY_SPAN
    return short and a.scope[0] <= b.scope[1] and b.scope[0] <= a.scope[1]


_RATE_KIND = re.compile(r"\b([a-z]+)\s+rates?\b")
_ANY_RATE = frozenset(
    "the a its their this that key main benchmark policy official interest central bank's new old".split()
)


def rate_kind(claim: Claim, v: Value) -> str | None:
    """Which rate a share is, when its claim names one before the figure ("the two-week repo
    rate unchanged at 3.5%" -> "repo", "The lombard rate is now 4,25 %" -> "lombard"); not a
    rate named only as the key or interest rate.  Two named rates are two figures."""
    pos = position(claim, v)
    found = _RATE_KIND.findall(claim.text[:pos].lower()) if pos > 0 else []
    kind = found[-1] if found else None
    return None if kind is None or kind in _ANY_RATE else kind


def movement(claim: Claim, v: Value) -> str | None:
    """Which way a share or an amount moved, when the words right before it say ("shares had
    fallen about 14%" -> "down", "jumped nearly 6%" -> "up"); ``None`` when they do not or
    say both."""
    near = set(_before(claim, v, 4))
    found = {way for way, words in _MOVES.items() if near & words}
    return found.pop() if len(found) == 1 else None


@attrs.frozen
class Figure:
    """What one figure in its claim is about, read once (see the readers above)."""

    claim: Claim
    value: Value
    published: dt.date | None
    outcome: frozenset[str]
    summed: bool
    running: bool
    one_time: bool
    measured_from: str | None
    age: bool
    severity: str | None
    of_what: frozenset[str]
    share_of: str | None
    owner: str | None
    own: bool
    hypothetical: bool
    offset: bool
    sized_thing: str | None
    phase: str | None
    rate: bool
    unplaced: bool
    sizes: frozenset[tuple[str, float | None, float | None]]
    span: str | None
    selection: str | None
    clock: bool
    elapsed: bool
    movement: str | None
    rate_kind: str | None
    article: frozenset[str] | None

    @classmethod
    def read(
        cls, claim: Claim, v: Value, published: dt.date | None, article: frozenset[str] | None = None
    ) -> Figure:
        """``article``: the words of the names the claim's article uses, where known."""
        count = v.dimension == "count"
        age = is_age(v)
        return cls(
            claim=claim,
            value=v,
            published=published,
            outcome=frozenset(outcome(claim, v)) if count else frozenset(),
            summed=summed(claim) if count else False,
            running=count and running(claim),
            one_time=count and one_time(claim),
            measured_from=measured_from(claim, v) if v.dimension == "length" else None,
            age=age,
            severity=severity(claim, v) if count else None,
            of_what=of_what(claim, v) if count else frozenset(),
            share_of=share_of(claim, v) if v.dimension == "percent" else None,
            owner=(v.holder if v.dimension not in WHEN and not age else None) or figure_owner(claim, v),
            own=own_figure(claim),
            hypothetical=hypothetical(claim, v),
            offset=v.dimension == "duration" and offset(claim, v),
            sized_thing=sized_thing(claim, v),
            rate=v.dimension not in WHEN and rate(claim, v),
            unplaced=v.dimension not in WHEN and unplaced_time(claim, published),
            phase=phase(v) if v.dimension in WHEN | {"duration"} else None,
            sizes=sizes(claim, v),
            span=span_counted(claim, v) if v.dimension not in WHEN | {"duration"} else None,
            selection=selection(claim, v) if count else None,
            clock=on_the_clock(claim, v),
            elapsed=elapsed(claim, v),
            movement=movement(claim, v) if v.dimension in {"percent", "money"} else None,
            rate_kind=rate_kind(claim, v) if v.dimension == "percent" else None,
            article=article,
        )


def _grown_since(a: Figure, b: Figure) -> bool:
    """Two lengths of time told on days that may account for their difference: the later
    told is longer by no more than the days between (with 2 % slack); or a day is unknown.
    "For three years" on May 6 and "for eight years" on May 10 still conflict."""
    if a.published is None or b.published is None:
        return True
    gap = abs((a.published - b.published).days)
    if gap <= 1:
        return False
    first, then = (a, b) if a.published <= b.published else (b, a)
    inf = float("inf")
    lo1, hi1 = first.value.low or 0.0, inf if first.value.high is None else first.value.high
    lo2, hi2 = then.value.low or 0.0, inf if then.value.high is None else then.value.high
    slack = 0.02 * max(x for x in (lo1, hi1, lo2, hi2) if x != inf) + 1e-9
    return lo2 - hi1 <= gap + slack and hi2 - lo1 >= -slack


ONE_WEEK_DAYS = 7
"""Days; a date spanning less than this is a day or a few, not a period reported on."""


def _quarter_and_day(a: Value, b: Value) -> bool:
    """One date is a quarter of the year, the other a few days at most: the period a company
    or an office reports on, and the day something was said or done."""

    def days(v: Value) -> float:
        return (v.high or 0.0) - (v.low or 0.0)

    def quarter(v: Value) -> bool:
        return is_calendar_quarter(*(v.dates or (None, None)))

    return any(quarter(x) and days(y) < ONE_WEEK_DAYS for x, y in ((a, b), (b, a)))


_SEPARATE = re.compile(r"\b(?:a|an|in\s+a)\s+separate\b", re.IGNORECASE)
"""A claim about "a separate blaze", "in a separate incident": not the event the others tell."""


_SPAN_ENDS = frozenset({"until", "till"})


def apart(a: Figure, b: Figure) -> str | None:
    """Why two figures of one kind are not one figure told twice, in words; ``None`` when
    nothing says so.  Times (:func:`scope_ok`) and frames are checked by the caller."""
    va, vb, ca, cb = a.value, b.value, a.claim, b.claim
    if a.hypothetical or b.hypothetical:
        return "a figure supposed, not stated"  # "if the Sox are pushed to 10 years, ..."
    if va.dimension == "time" and (va.hedge in _SPAN_ENDS) != (vb.hedge in _SPAN_ENDS):
        return "the end of a span and a moment"  # "on the scene until about 5 a.m." / "called at 9:40 p.m."
    if bool(_SEPARATE.search(ca.text)) != bool(_SEPARATE.search(cb.text)):
        return "a separate event"  # "a separate blaze near Arganil had burned around 1,500 hectares"
    if not same_owner(ca, a.owner, cb, b.owner, dimension=va.dimension):
        return "other people's figures"  # "Jamaal Charles (226 yards) and Peyton Hillis (101 yards)"
    if (a.owner is None) != (b.owner is None):
        named, unnamed = (a, b) if a.owner else (b, a)
        assert named.owner is not None
        if not unnamed.claim.names and never_named(named.owner, unnamed.article):
            return "a holder the other article never names"  # "Dennis Northcutt caught 5 passes" / "He ..."
    if not same_of_what(a.of_what, b.of_what):
        return "counts of other things"  # "one count of third-degree murder" / "three counts of homicide"
    if (a.own or b.own) and speaker_key(ca.attribution) != speaker_key(cb.attribution):
        return "two speakers' own figures"  # "99% of their traffic" (Openweb) / "83% of our capacity" (MWEB)
    if a.outcome and b.outcome and not a.outcome & b.outcome:
        return "other outcomes"  # "six children killed" / "50 people injured"
    if va.dimension == "count" and not same_qualifiers(va, vb):
        return "other groups"  # "18 Indian sailors" / "22 Yemeni fishermen"
    if a.rate_kind and b.rate_kind and a.rate_kind != b.rate_kind:
        return "other rates"  # "the repo rate unchanged at 3.5%" / "the lombard rate is now 4.25%"
    if a.movement and b.movement and a.movement != b.movement and not same_day(va, vb):
        return "a rise and a fall"  # "shares had fallen about 14% this year" / "jumped nearly 6% after hours"
    if va.dimension == "date" and _quarter_and_day(va, vb):
        return "a quarter reported on and a day"  # "third-quarter profit" / "said on Wednesday"
    if va.dimension not in WHEN and other_scale(va, vb):
        return "another scale"  # "five people were killed" / "168,000 people" killed in 2004
    if a.severity != b.severity:
        return "a part of the hurt"  # "eight people seriously injured" / "at least 40 injured"
    if (a.sized_thing or b.sized_thing) and not _sizes_meet(a, b):
        return "a size that says which thing"  # "the 13-inch MacBook Pro" / "less than an inch thick"
    if other_sizes(a.sizes, b.sizes):
        return "things of other sizes"  # "the 13-inch MacBook Pro costs $1199" / "the 11-inch Air, $999"
    if a.phase and b.phase and a.phase != b.phase:
        return "the start and the end"  # "began their investigation in 2005" / "completed in September 2006"
    if a.unplaced != b.unplaced and a.published is None and b.published is None:
        return "a time the article's missing date leaves unplaced"  # "On April 20, a 6.4-magnitude quake"
    if va.party and vb.party and va.party != vb.party:
        return "one person's figure and a group's"  # "He received a 20-year sentence" / "seven men ..."
    if va.wanted != vb.wanted:
        return "what is wanted and what is had or given"  # "seeking $20 million" / "an offer of $22 million"
    if (va.prospective and vb.past) or (vb.prospective and va.past):
        return "a figure to come and one that happened"  # "will miss two games" / "missed four games"
    if a.clock or b.clock:
        return "times on the clock, of which play the words do not say"  # "with 12 seconds left"
    if (a.elapsed or b.elapsed) and _grown_since(a, b):
        return "lengths of time up to the days they were told"  # "For four days" / "For more than a week"
    if a.rate != b.rate:
        return "a rate and a total"  # "roughly $22 million per season" / "$200 million"
    if a.offset != b.offset:
        return "a time said from another event"  # "nine days before the inauguration" / "in 30 days"
    if a.span and b.span and a.span != b.span:
        return "sums over other spans"  # "two touchdowns in his last two games" / "eight this season"
    if a.selection != b.selection and (
        (a.selection and b.selection) or {a.selection, b.selection} & {"first", "next"}
    ):
        return "other parts of a series"  # "their last 10 games" / "the first two games"; "won 40 games"
    if (a.running and not a.one_time and not b.running and b.one_time) or (
        b.running and not b.one_time and not a.running and a.one_time
    ):
        return "a running total and one day's or one occasion's count"  # "so far lost seven" / "on Wednesday"
    if a.summed != b.summed:
        return "a running total"  # "14 rifles in five operations so far" / "six rifles"
    if not same_place(a.measured_from, b.measured_from):
        return "distances from other places"  # "2 miles from the Geysers" / "14 miles from Healdsburg"
    if (a.age or b.age) and not same_age_reading(a.published, b.published, va, vb):
        return "ages a birthday apart"  # "26-year-old" in January, "27-year-old" in September
    if (a.age or b.age) and not same_person(ca, va, cb, vb):
        return "ages of two people"  # "Kirkpatrick, 61," / "Banky, 40"; "a 47-year-old victim"
    return None


def owners_by_company(figures: Sequence[Figure]) -> list[Figure]:
    """An unnamed figure that states exactly what a named holder's figure of the same kind
    states, and no other holder's, is taken to be that holder's: "He rushed 106 times for 404
    yards and two touchdowns" is Bush's when another article says "Bush rushed for 404 yards
    and two touchdowns", and so is not set against "Thomas has eight touchdowns"."""

    def said(v: Value) -> tuple[float | None, float | None, str | None, str]:
        return v.stated_low, v.stated_high, v.hedge, v.unit

    owners: dict[tuple[float | None, float | None, str | None, str], set[str]] = {}
    for g in figures:
        if g.owner is not None:
            owners.setdefault(said(g.value), set()).add(g.owner)
    out = list(figures)
    for k, f in enumerate(figures):
        named = owners.get(said(f.value)) if f.owner is None and f.value.dimension not in WHEN else None
        if named and all(may_be_one(a, b) for a in named for b in named):
            out[k] = attrs.evolve(f, owner=max(named, key=len))
    return out
