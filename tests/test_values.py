"""Tests for crossref.values: the golden file of real news phrases, focused cases, properties."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crossref.values import CANONICAL_UNITS, HEDGES, extract_values, written_unit

GOLDEN_PATH = Path(__file__).parent / "golden" / "values.jsonl"
GOLDEN = [json.loads(line) for line in GOLDEN_PATH.read_text(encoding="utf-8").splitlines() if line.strip()]
PUB = dt.date(2026, 2, 23)  # the seed articles' publication date (a Monday)


def _row_id(i: int, row: dict) -> str:
    words = re.sub(r"[^A-Za-z0-9$%]+", "_", row["text"]).strip("_")[:48]
    return f"{i:03d}-{words}"


def _params() -> list:
    params = []
    for i, row in enumerate(GOLDEN):
        marks = [pytest.mark.xfail(strict=True, reason=row["xfail"])] if "xfail" in row else []
        params.append(pytest.param(row, id=_row_id(i, row), marks=marks))
    return params


def _close(got: float | None, want: float | None, *, date: bool) -> bool:
    if got is None or want is None:
        return got is want
    if date:  # ordinals: a relative tolerance would allow years of slack
        return abs(got - want) < 0.5
    return got == pytest.approx(want, rel=1e-3, abs=1e-9)


def one(text: str, **kw):
    """The single value found in ``text``."""
    values = extract_values(text, **kw)
    assert len(values) == 1, values
    return values[0]


def iv(text: str, **kw) -> tuple[float | None, float | None]:
    v = one(text, **kw)
    return v.low, v.high


# ---------------------------------------------------------------------------------------------
# golden file
# ---------------------------------------------------------------------------------------------
def test_golden_file_is_big_enough_and_well_formed():
    assert len(GOLDEN) >= 300
    for row in GOLDEN:
        assert set(row) >= {"text", "published", "source", "expect"}
        for e in row["expect"]:
            assert e["text"] in row["text"], (e["text"], row["text"])


@pytest.mark.parametrize("row", _params())
def test_values_golden(row: dict) -> None:
    published = dt.date.fromisoformat(row["published"]) if row["published"] else None
    got = extract_values(row["text"], published=published)
    assert [v.text for v in got] == [e["text"] for e in row["expect"]]
    for v, e in zip(got, row["expect"], strict=False):
        is_date = e["dimension"] == "date"
        assert (v.dimension, v.unit) == (e["dimension"], e["unit"]), v
        assert _close(v.low, e["low"], date=is_date), (v, e)
        assert _close(v.high, e["high"], date=is_date), (v, e)
        assert v.hedge == e.get("hedge"), v
        if "noun" in e:
            assert v.noun == e["noun"], v
        if "scope" in e:
            assert v.scope == tuple(e["scope"]), v


# ---------------------------------------------------------------------------------------------
# numbers
# ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,000 troops", 1000),
        ("1.7 tonnes", 1700),
        ("1 000 troops", 1000),
        ("fourteen soldiers", 14),
        ("two hundred soldiers", 200),
        ("a dozen soldiers", 12),
        ("1.2 million people", 1_200_000),
        ("twenty-five people", 25),
        ("three thousand five hundred people", 3500),
    ],
)
def test_values_reads_numbers_in_digits_and_words(text, value):
    v = one(text)
    assert v.stated_low == pytest.approx(value) and v.stated_high == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("dozens of trucks", 24, 99),
        ("hundreds of people", 200, 999),
        ("thousands of people", 2000, 9999),
        ("tens of thousands of protesters", 20000, 99999),
        ("several villages", 3, 9),
        ("a few blocks", 2, 5),
    ],
)
def test_values_vague_quantities_use_the_table(text, low, high):
    assert iv(text) == (low, high)
    v = one(text)
    assert HEDGES[v.hedge][1:] == (low, high)


def test_values_multipliers_on_money():
    assert one("$3bn").low == 3e9 and one("$3bn").unit == "USD"
    assert one("3 billion dollars").low == 3e9
    assert (one("€5m").low, one("€5m").unit) == (5e6, "EUR")
    assert (one("£10 million").low, one("£10 million").unit) == (1e7, "GBP")
    assert (one("Rs 500 crore").low, one("Rs 500 crore").unit) == (5e9, "INR")
    assert one("$5.4 billion").dimension == "money"


@pytest.mark.parametrize(
    ("text", "pct"),
    [
        ("35%", 35),
        ("35 percent", 35),
        ("35 per cent", 35),
        ("half of the voters", 50),
        ("a third of the population", 100 / 3),
        ("one in five adults", 20),
        ("two-thirds", 200 / 3),
    ],
)
def test_values_shares_are_percent(text, pct):
    v = extract_values(text)[0]
    assert v.dimension == "percent" and v.unit == "percent"
    assert v.low == pytest.approx(pct)


# ---------------------------------------------------------------------------------------------
# ranges and hedges
# ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("900-1000 soldiers", 900, 1000),
        ("900 to 1,000 soldiers", 900, 1000),
        ("between 40 and 60 people", 40, 60),
        ("two or three people", 2, 3),
    ],
)
def test_values_parses_ranges(text, low, high):
    v = one(text)
    assert (v.stated_low, v.stated_high) == (low, high)
    assert (v.low, v.high) == (low, high)


def test_values_parses_range_with_hedge():
    v = one("around 900-1000 soldiers")
    assert (v.stated_low, v.stated_high) == (900, 1000)
    assert v.low == pytest.approx(810) and v.high == pytest.approx(1100)
    assert (v.noun, v.hedge) == ("soldiers", "around")


def test_values_duration_range_with_hedge_from_days_to_a_month():
    v = one("from about 15 days to a month")
    assert v.text == "about 15 days to a month" and v.dimension == "duration"
    assert v.low == pytest.approx(13.5) and v.high == pytest.approx(1.1 * 30.4375)


@pytest.mark.parametrize(
    ("hedge", "low", "high"),
    [
        ("about", 270, 330),
        ("around", 270, 330),
        ("roughly", 270, 330),
        ("some", 270, 330),
        ("an estimated", 270, 330),
        ("approximately", 270, 330),
        ("nearly", 270, 300),
        ("almost", 270, 300),
        ("at least", 300, None),
        ("more than", 300, None),
        ("over", 300, None),
        ("upwards of", 300, None),
        ("up to", None, 300),
        ("fewer than", None, 300),
        ("within", None, 300),
        ("less than", None, 300),
    ],
)
def test_values_hedges_follow_the_table(hedge, low, high):
    v = one(f"{hedge} 300 people")
    assert v.hedge == hedge and v.noun == "people"
    assert v.low == pytest.approx(low) if low is not None else v.low is None
    assert v.high == pytest.approx(high) if high is not None else v.high is None
    assert hedge in HEDGES


@settings(max_examples=200, deadline=None)
@given(
    x=st.integers(min_value=1, max_value=10_000_000),
    hedge=st.sampled_from(
        sorted(
            h
            for h, (kind, _, _) in HEDGES.items()
            if kind != "vague" and h not in ("by", "by the end of", "since")
        )
    ),
)
def test_values_hedged_interval_contains_or_bounds_the_stated_figure(x, hedge):
    v = one(f"{hedge} {x:,} people")
    kind = HEDGES[hedge][0]
    assert v.stated_low == v.stated_high == x
    if v.low is not None:
        assert v.low <= x
    if v.high is not None:
        assert v.high >= x
    if kind == "nearly":
        assert v.high == x  # "nearly 5,000" is never above 5,000
    if kind == "min":
        assert v.low == x and v.high is None  # "more than 300" is never below 300


def test_values_nearly_never_above_more_than_never_below():
    assert one("nearly 5,000 troops").high == 5000
    assert one("more than 300 people").low == 300


# ---------------------------------------------------------------------------------------------
# units
# ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "dimension", "unit", "value"),
    [
        ("5 km", "length", "m", 5000),
        ("3 kilometres", "length", "m", 3000),
        ("2 miles", "length", "m", 3218.688),
        ("8 inches", "length", "m", 0.2032),
        ("200 millimetres", "length", "m", 0.2),
        ("60 mph", "speed", "m/s", 26.8224),
        ("36 km/h", "speed", "m/s", 10),
        ("2 sq km", "area", "m2", 2e6),
        ("5 hectares", "area", "m2", 5e4),
        ("3 tonnes", "mass", "kg", 3000),
        ("10 litres", "volume", "L", 10),
        ("30°C", "temperature", "degC", 30),
        ("212°F", "temperature", "degC", 100),
        ("32 degrees Fahrenheit", "temperature", "degC", 0),
        ("48 hours", "duration", "day", 2),
        ("two weeks", "duration", "day", 14),
        ("a fortnight", "duration", "day", 14),
        ("a decade", "duration", "day", 3652.5),
        ("a month", "duration", "day", 30.4375),
    ],
)
def test_values_converts_to_the_canonical_unit(text, dimension, unit, value):
    v = one(text)
    assert (v.dimension, v.unit) == (dimension, unit)
    assert CANONICAL_UNITS[dimension] == unit
    assert v.low == pytest.approx(value, rel=1e-6, abs=1e-9)


def test_values_almost_8_inches_overlaps_200_millimetres():
    a, b = one("almost 8 inches"), one("200 millimetres")
    assert a.low <= b.high and b.low <= a.high


def test_values_durations_with_bounds():
    assert iv("within 48 hours") == (None, pytest.approx(2))
    lo, hi = iv("for more than a decade")
    assert lo == pytest.approx(3652.4, rel=1e-4) and hi is None
    v = one("15 days to a month")
    assert (v.low, v.high) == (15, pytest.approx(30.4375))


# ---------------------------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------------------------
def dates(text: str, published: dt.date | None = PUB):
    v = one(text, published=published)
    assert v.dimension == "date"
    return v.dates


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Feb 23", "2026-02-23", "2026-02-23"),
        ("23 February 2026", "2026-02-23", "2026-02-23"),
        ("February 2026", "2026-02-01", "2026-02-28"),
        ("in December 2024", "2024-12-01", "2024-12-31"),
        ("in 2014", "2014-01-01", "2014-12-31"),
        ("On January 29", "2026-01-29", "2026-01-29"),
        ("on November 30", "2025-11-30", "2025-11-30"),  # would be 9 months after publication
        ("today", "2026-02-23", "2026-02-23"),
        ("on Monday", "2026-02-23", "2026-02-23"),
        ("on Saturday", "2026-02-21", "2026-02-21"),
        ("last Wednesday", "2026-02-18", "2026-02-18"),
        ("last week", "2026-02-16", "2026-02-22"),
        ("next year", "2027-01-01", "2027-12-31"),
        ("last November", "2025-11-01", "2025-11-30"),
        ("days ago", "2026-02-14", "2026-02-21"),
        ("in the past two weeks", "2026-02-09", "2026-02-23"),
        ("over the past two months", "2025-12-24", "2026-02-23"),
        ("in recent weeks", "2026-01-12", "2026-02-23"),
        ("earlier this month", "2026-02-01", "2026-02-23"),
        ("in the 1990s", "1990-01-01", "1999-12-31"),
    ],
)
def test_values_resolves_dates(text, first, last):
    assert dates(text) == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))


def test_values_by_the_end_of_march_is_an_upper_bound():
    v = one("by the end of March", published=PUB)
    assert v.low is None and v.dates[1] == dt.date(2026, 3, 31)


def test_values_years_ago_overlaps_the_year():
    pub = dt.date(2025, 6, 1)
    a = one("a plant opened in 1987", published=pub)
    b = one("opened 38 years ago", published=pub)
    assert a.low <= b.high and b.low <= a.high


def test_values_relative_dates_need_published():
    for text in ("last Wednesday", "today", "in the past two weeks", "Feb 23", "days ago", "38 years ago"):
        assert extract_values(text) == [], text
    assert dates("in 2014", published=None) == (dt.date(2014, 1, 1), dt.date(2014, 12, 31))


def test_values_later_that_year_takes_the_anchor_year_and_scopes_the_count():
    text = (
        "After forcing IS out of most of its territory in 2019, the US Army partially withdrew later that "
        "year but maintained a limited presence of nearly 2,000 troops in the region."
    )
    values = extract_values(text, published=PUB)
    troops = [v for v in values if v.noun == "troops"][0]
    y2019 = (dt.date(2019, 1, 1).toordinal(), dt.date(2019, 12, 31).toordinal())
    assert troops.scope == y2019
    assert [v.dates for v in values if v.text == "later that year"] == [
        tuple(dt.date.fromordinal(x) for x in y2019)
    ]


def test_values_scope_from_a_year_in_the_same_sentence_only():
    v = [
        x
        for x in extract_values("In 2019 the company employed 3,000 people. It employs 5,000 people.")
        if x.dimension == "count"
    ]
    assert v[0].scope == (dt.date(2019, 1, 1).toordinal(), dt.date(2019, 12, 31).toordinal())
    assert v[1].scope is None


# ---------------------------------------------------------------------------------------------
# false values
# ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "AN-124 transport aircraft",
        "a Ka-52 attack helicopter",
        "F-16 jets",
        "the COVID-19 pandemic",
        "the G7 summit",
        "call 0845 125 222 now",
        "No. 10 Downing Street",
        "the first time",
        "the 3rd time",
        "one of the officers",
        "one another",
        "The fire was reported at 3: 33 a. m.",  # a clock time as tokenized text prints it
        "broke the record with 4: 43 left in the half",
        "attacks aimed at Internet Explorer 8 and 9",
        "attacks directed at IE8 and 9",
        "It, too, has been given a USB 2/USB 3 port.",
        "a retina display of 2880 x 1800 pixels",
        "The screen is 2880 pixels by 1800.",
    ],
)
def test_values_ignores_codes_ordinals_and_pronouns(text):
    assert [v for v in extract_values(text) if v.dimension != "date"] == []


def test_values_counts_keep_the_noun_and_skip_adjectives():
    assert one("1,000 US troops").noun == "troops"
    assert one("dozens of trucks").noun == "trucks"
    assert one("14 people were killed").noun == "people"


# ---------------------------------------------------------------------------------------------
# properties
# ---------------------------------------------------------------------------------------------
@settings(max_examples=200, deadline=None)
@given(st.text())
def test_values_never_raise_and_offsets_slice_back(text):
    values = extract_values(text, published=PUB)
    prev_end = 0
    for v in values:
        assert v.start < v.end
        assert text[v.start : v.end] == v.text
        assert v.start >= prev_end  # sorted, non-overlapping
        prev_end = v.end


_NEWSY = st.lists(
    st.sampled_from(
        [
            "about",
            "nearly",
            "more than",
            "1,000",
            "900-1000",
            "two",
            "dozens of",
            "troops",
            "$3bn",
            "35%",
            "in",
            "2019",
            "last",
            "Wednesday",
            "Feb",
            "23",
            "km",
            "miles",
            "weeks",
            "ago",
            "a",
            "month",
            "of",
            "the",
            "-",
            ",",
            ".",
            " ",
            "between",
            "and",
            "to",
            "half",
            "one",
            "in five",
            "F-16",
            "°F",
        ]
    ),
    max_size=25,
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(_NEWSY)
def test_values_newsy_text_never_raises_and_intervals_are_ordered(text):
    for v in extract_values(text, published=PUB):
        assert text[v.start : v.end] == v.text and v.start < v.end
        if v.low is not None and v.high is not None:
            assert v.low <= v.high


# ---------------------------------------------------------------------------------------------
# docs
# ---------------------------------------------------------------------------------------------
def test_values_docs_hedge_table_matches_the_code():
    doc = (Path(__file__).parent.parent / "docs" / "values.md").read_text(encoding="utf-8")
    table = doc.split("| hedge | kind | interval | example |", 1)[1].split("\n\n", 1)[0]
    rows = [line.split("|")[1:3] for line in table.strip().splitlines()[1:]]
    assert {name.strip(): kind.strip() for name, kind in rows} == {h: k[0] for h, k in HEDGES.items()}


# ---------------------------------------------------------------------------------------------
# fixed bugs and edge cases
# ---------------------------------------------------------------------------------------------
def test_values_date_written_with_words_wins_over_an_overlapping_figure():
    values = extract_values("collapsed in the Jan. 4 quakes", published=dt.date(2013, 5, 1))
    assert [(v.text, v.dimension) for v in values] == [("Jan. 4", "date")]


def test_values_capital_m_glued_to_a_figure_is_not_metres():
    assert extract_values("GeForce GT 650M-based graphics") == []
    assert one("a 10m wall").unit == "m"


def test_values_a_date_in_an_aside_does_not_scope_the_figures_outside_it():
    text = (
        "Kessler, which has made washing machines in São Mamede since 1989, expects to take a one-off "
        "charge of 110 million to 120 million euros in the first quarter."
    )
    charge = [v for v in extract_values(text, published=PUB) if v.dimension == "money"][0]
    assert charge.scope == (dt.date(2026, 1, 1).toordinal(), dt.date(2026, 3, 31).toordinal())  # not 1989
    text = "In 2019, the company, which was founded in 1950, cut 300 jobs."
    inside = [v for v in extract_values(text) if v.noun]
    assert inside[0].scope == (dt.date(2019, 1, 1).toordinal(), dt.date(2019, 12, 31).toordinal())
    founded = [v for v in extract_values("The company, which was founded in 1950, cut 300 jobs.") if v.noun]
    assert founded[0].scope is None


def test_values_an_aside_that_dates_the_event_dates_its_figures():
    text = "The earthquake, which struck in February 2023, killed more than 53,000 people in Turkey."
    toll = [v for v in extract_values(text, published=PUB) if v.noun == "people"][0]
    assert toll.scope == (dt.date(2023, 2, 1).toordinal(), dt.date(2023, 2, 28).toordinal())


def test_values_a_when_clause_takes_the_time_it_follows():
    text = (
        "It is the deadliest ferry accident in the province since September 2024, when at least 26 people "
        "were killed after a wooden ferry capsized in high waves."
    )
    toll = [v for v in extract_values(text, published=PUB) if v.noun == "people"][0]
    assert toll.scope == (dt.date(2024, 9, 1).toordinal(), dt.date(2024, 9, 30).toordinal())


def test_values_quarters_of_a_year():
    assert dates("in the second quarter of 2027") == (dt.date(2027, 4, 1), dt.date(2027, 6, 30))
    assert dates("in the last quarter of 2025") == (dt.date(2025, 10, 1), dt.date(2025, 12, 31))
    assert dates("In the third quarter of 2025, profit rose") == (dt.date(2025, 7, 1), dt.date(2025, 9, 30))
    assert one("a quarter of the staff").dimension == "percent"


def test_values_the_end_of_a_period_from_the_publication_date():
    aug = dt.date(2026, 8, 11)
    by_month = one("they hoped to have the blaze fully contained by the end of the month", published=aug)
    assert (by_month.dates, by_month.hedge) == ((None, dt.date(2026, 8, 31)), "by the end of")
    assert one("by the end of next year", published=aug).dates == (None, dt.date(2027, 12, 31))
    assert dates("at the end of last year", aug) == (dt.date(2025, 9, 1), dt.date(2025, 12, 31))
    assert dates("towards the end of the month", aug) == (dt.date(2026, 8, 21), dt.date(2026, 8, 31))
    assert dates("at the end of the week", aug) == (dt.date(2026, 8, 14), dt.date(2026, 8, 16))


def test_values_a_quarter_a_business_report_speaks_of():
    """ "third-quarter profit", "last quarter": the latest such quarter begun by the publication
    date, or the next to come in a clause about the future; a game's quarter is no date."""

    def quarter_of(text, published):
        return next(v for v in extract_values(text, published=published) if v.dimension == "date").dates[0]

    nov = dt.date(2026, 11, 20)
    q3 = (dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    values = extract_values("Acme reported third-quarter profit of $2.1 billion on Wednesday.", published=nov)
    quarter, profit = values[0], values[1]
    assert quarter.dates == q3 and profit.dates is None
    assert profit.scope == (q3[0].toordinal(), q3[1].toordinal())  # "reported" does not make it a said-date
    assert quarter_of("Revenue for the fourth quarter rose to $4 billion.", nov) == dt.date(2026, 10, 1)
    assert quarter_of("Revenue fell last quarter to $3 billion.", nov) == dt.date(2026, 7, 1)
    feb = dt.date(2027, 2, 10)
    assert quarter_of("Revenue in the fourth quarter was $4 billion.", feb) == dt.date(2026, 10, 1)
    assert quarter_of("Sales will grow in the second quarter, to $5 billion.", feb) == dt.date(2027, 4, 1)
    game = extract_values("He scored 10 points in the third quarter as the Lakers won 101-99.", published=nov)
    assert all(v.dimension != "date" for v in game)
    fiscal = extract_values("It cut guidance for its fiscal third quarter to $2 billion.", published=nov)
    assert all(v.dimension != "date" for v in fiscal)
    assert one("a quarter-inch thinner", published=nov).dimension != "date"


def test_values_the_next_or_past_range_of_units_is_a_period():
    assert dates("wound down over the next 12 to 15 months", dt.date(2026, 3, 11)) == (
        dt.date(2026, 3, 11),
        dt.date(2027, 6, 11),
    )
    past = (dt.date(2026, 2, 18), dt.date(2026, 3, 11))
    assert dates("in the past two to three weeks", dt.date(2026, 3, 11)) == past
    assert one("It took 12 to 15 months").dimension == "duration"


def test_values_dots_between_thousands_in_a_count():
    """Translated reports write "2.870 people" (Indonesian, German, Portuguese use): a count
    of people or houses has no fraction, so the dot separates thousands."""
    assert one("As many as 2.870 people have been evacuated").high == 2870
    assert one("the flood inundated 1.150 houses").low == 1150
    assert one("a 4.5 magnitude quake").low == 4.5
    assert one("shares rose 2.870 euros").low == 2.87  # money keeps its decimals
    assert one("some 2.125 million people live in the region").stated_low == 2_125_000  # a scale word
    assert one("The ruling party collected 1.703.112 votes").low == 1_703_112  # two dots: thousands


def test_values_a_temperature_written_on_its_digits():
    """ "45.8C", "113F", "45,2 degrees" in a sentence about the weather (degrees past 60 are
    Fahrenheit); not a grade, a rating, a model or a turn."""
    assert one("its station in Jerez recorded 45.8C on Monday afternoon").unit == "degC"
    assert round(one("It was 113F in Phoenix, a record").low) == 45
    assert one("Temperatures fell to 4C overnight.").low == 4
    assert extract_values("grade 4C pupils") == []
    assert [v.dimension for v in extract_values("The 737 MAX 8F")] == ["count"]
    assert one("The thermometers in Jerez marked 45,2 degrees at the station").low == 45.2
    assert round(one("temperatures reached 105 degrees in Phoenix").low, 1) == 40.6  # Fahrenheit
    assert extract_values("the car turned 180 degrees") == []


def test_values_a_decimal_comma_before_a_sign_or_a_scale_word():
    """Translated reports keep the decimal comma: "32,1%", "9,42 billion dollars"."""
    assert one("won with 32,1% of the votes").low == 32.1
    assert one("the abstention was of 41,6 per cent").low == 41.6
    assert one("turnover rose to 9,42 billion dollars").low == 9.42e9
    assert one("1,5 million people fled").low == 1.5e6
    assert one("it cut 1,200 jobs").low == 1200  # three digits after the comma: thousands
    assert one("a charge of 2,500 million euros").low == 2.5e9


def test_values_a_reporting_date_does_not_scope_the_figure():
    text = "The Wall Street Journal reported last week that the US is withdrawing its roughly 1,000 troops."
    troops = [v for v in extract_values(text, published=PUB) if v.noun == "troops"][0]
    assert troops.scope is None
    text = "Acme on Wednesday reported a net profit of $2.1 billion."
    assert [v.scope for v in extract_values(text, published=PUB) if v.dimension == "money"] == [None]


@pytest.mark.parametrize(
    ("text", "low", "high", "hedge"),
    [
        ("spread over two days", 2, 2, None),
        ("pulled over a few blocks away", 2, 5, "a few"),
        ("for over a decade", 3652.5, None, "over"),
        ("over 300 people", 300, None, "over"),
    ],
)
def test_values_over_is_a_preposition_or_a_lower_bound(text, low, high, hedge):
    v = one(text)
    assert (v.low, v.high, v.hedge) == (low, high, hedge)


@pytest.mark.parametrize(
    ("text", "years"), [("a 36-year-old climber", 36), ("Eric Allen Kirkpatrick, 61, surrendered", 61)]
)
def test_values_ages_are_durations(text, years):
    v = one(text)
    assert v.dimension == "duration" and v.low == pytest.approx(years * 365.25)


def test_values_noun_does_not_run_across_a_conjunction():
    assert one("4 quakes and buildings").noun == "quakes"
    assert one("three Syrian military and security sources").noun == "sources"


@settings(max_examples=200, deadline=None)
@given(x=st.integers(min_value=1, max_value=100_000))
def test_values_same_length_in_two_units_is_the_same_interval(x):
    a, b = one(f"{x:,} km"), one(f"{x * 1000:,} metres")
    assert a.low == pytest.approx(b.low) and a.high == pytest.approx(b.high)
    c = one(f"almost {x} inches")
    d = one(f"{x * 25.4:.1f} millimetres")
    eps = 1e-9 * d.high
    assert c.low <= d.high + eps and d.low <= c.high + eps  # "almost 8 inches" meets "203.2 millimetres"


@settings(max_examples=200, deadline=None)
@given(
    published=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31)),
    day=st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]),
)
def test_values_weekdays_resolve_to_the_last_seven_days(published, day):
    on, last = (one(f"{q} {day}", published=published).dates[0] for q in ("on", "last"))
    assert on.strftime("%A") == day and 0 <= (published - on).days <= 6
    assert last.strftime("%A") == day and 1 <= (published - last).days <= 7


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("$5 to 6 million", 5e6, 6e6),
        ("$5-6m", 5e6, 6e6),
        ("between 1 and 2 billion people", 1e9, 2e9),
        ("$140 million to $160 million", 1.4e8, 1.6e8),
    ],
)
def test_values_range_scale_written_once_applies_to_both_ends(text, low, high):
    assert iv(text) == (low, high)


def test_values_a_number_after_a_name_is_still_a_count_where_the_name_is_a_date_or_opens_the_text():
    assert [v.text for v in extract_values("On Monday 12 people died.") if v.dimension == "count"] == [
        "12 people"
    ]
    assert one("Police arrested 12.").low == 12
    assert one("Some 13 miles away").low is not None


def test_values_a_weekday_said_of_what_is_to_come_is_the_coming_one():
    sunday = dt.date(2012, 12, 23)
    coming = extract_values("The head coach is expected to return to work on Monday.", published=sunday)[0]
    assert coming.dates == (dt.date(2012, 12, 24), dt.date(2012, 12, 24))
    past = extract_values("The head coach returned to work on Monday.", published=sunday)[0]
    assert past.dates == (dt.date(2012, 12, 17), dt.date(2012, 12, 17))


def test_values_last_week_in_a_saturday_paper_runs_up_to_yesterday():
    saturday = dt.date(2009, 12, 5)
    (v,) = extract_values("He escaped last week.", published=saturday)
    assert v.dates == (dt.date(2009, 11, 23), dt.date(2009, 12, 4))


def test_values_a_place_before_a_comma_is_not_a_name_for_the_number():
    assert [v.text for v in extract_values("In Gaza, 40 were killed.")] == ["40"]
    assert [v.text for v in extract_values("At Fort Hood, 13 were killed and 30 wounded.")] == ["13", "30"]


def test_values_a_future_word_must_be_in_the_weekday_clause():
    sunday = dt.date(2010, 6, 13)
    for text in (
        "Will Smith was arrested on Monday.",
        "Smith, who will appear in court Friday, was arrested on Monday.",
        "The company said it will cut 500 jobs after its shares fell on Monday.",
    ):
        monday = [v for v in extract_values(text, published=sunday) if v.text == "Monday"][0]
        assert monday.dates == (dt.date(2010, 6, 7), dt.date(2010, 6, 7)), text


@pytest.mark.parametrize(
    "text, unit, step",
    [
        ("a depth of six miles", "mile", 1609.344),
        ("6.2 miles", "mile", 160.9344),
        ("10 kilometers", "kilometer", 1000.0),  # two digits: to the unit
        ("35,000 feet", "foot", 304.8),  # three or more: its zeros are rounding
        ("five kilometers", "kilometer", 1000.0),  # a number in words: to the unit
        ("1,609.3 metres", "meter", 0.1),
        ("2.5 million barrels", "oil_barrel", 0.1e6 * 158.987294928),
        ("98.6 degrees Fahrenheit", "degF", 0.1 * 5 / 9),
    ],
)
def test_written_unit_is_the_unit_and_last_digit_a_measure_is_written_in(text, unit, step):
    got = written_unit(one(text))
    assert got is not None and got[0] == unit and got[1] == pytest.approx(step)


def test_written_unit_is_none_where_nothing_was_converted():
    assert written_unit(one("14 dead")) is None
    assert written_unit(one("$2.5 million")) is None
    assert written_unit(one("three months")) is None


def test_values_a_by_date_beside_a_figure_is_no_quarter():
    """A date open at one end ("By the end of the month") is read beside a quarter and a figure."""
    text = "By the end of the month, 500 homes will be rebuilt; third-quarter profit rose to $5 million."
    got = extract_values(text, published=dt.date(2026, 8, 11))
    assert [v.dimension for v in got] == ["date", "count", "date", "money"]
    assert got[3].scope == (dt.date(2026, 7, 1).toordinal(), dt.date(2026, 9, 30).toordinal())


def test_values_a_figure_in_an_aside_of_now_takes_no_date_from_outside_it():
    # what the plant has now, not at its closing
    text = "The Ostrava plant, which employs about 650 people, will be closed by the end of 2026."
    staff = [v for v in extract_values(text, published=PUB) if v.noun == "people"][0]
    assert staff.scope is None
    # an aside in the past tense is of the sentence's event
    text = "The earthquake, which killed 53,000 people, struck in February 2023."
    toll = [v for v in extract_values(text, published=PUB) if v.noun == "people"][0]
    assert toll.scope == (dt.date(2023, 2, 1).toordinal(), dt.date(2023, 2, 28).toordinal())
