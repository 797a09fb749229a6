"""Times of day (crossref.clock): read from news sentences, and set side by side."""

from __future__ import annotations

import datetime as dt

import pytest

import crossref
from crossref.clock import clock_text, extract_times
from crossref.compare import compare_cluster
from crossref.values import extract_values


def _times(text: str) -> list[tuple[str, str, str]]:
    return [(v.text, clock_text(v.low), clock_text(v.high)) for v in extract_times(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry today at 14.30 hit the shallow rock.", [("14.30", "14:30", "14:30")]),
        ("It hit the rocks at about 2.45pm on Saturday.", [("about 2.45pm", "14:35", "14:55")]),
        ("The blast occurred at about 5:40 a.m.", [("about 5:40 a.m.", "05:30", "05:50")]),
        ("The explosion happened at about 6.15am.", [("about 6.15am", "06:05", "06:25")]),
        ("Shots were fired shortly after 3 p.m.", [("shortly after 3 p.m.", "15:00", "15:30")]),
        ("The crowd gathered around 10 in the morning.", [("around 10 in the morning", "09:30", "10:30")]),
        ("The strike lasts until Saturday 6.00 in the morning.", [("6.00 in the morning", "06:00", "06:00")]),
        ("Since Thursday morning 6.00 o'clock the cranes stand still.", [("6.00 o'clock", "06:00", "06:00")]),
        ("Polls close at 8 p.m. local time.", [("8 p.m.", "20:00", "20:00")]),
        ("The fire started around 9pm.", [("around 9pm", "20:30", "21:30")]),  # holds "8.49pm" (ECB+ 14ecb)
        ("The deadline passed at midnight.", [("midnight", "00:00", "00:00")]),
        ("It struck on Wednesday at 11.20, the ministry said.", [("11.20", "11:20", "11:20")]),
        ("Police were called before 7 a.m.", [("before 7 a.m.", "open", "07:00")]),
        ("The bomb went off at 9.30 on Saturday evening.", [("9.30", "21:30", "21:30")]),
        ("The man was stabbed at 11.20 last night.", [("11.20", "23:20", "23:20")]),
        ("It happened at 8 o'clock in the evening.", [("8 o'clock in the evening", "20:00", "20:00")]),
        ("The fire broke out shortly before midnight.", [("shortly before midnight", "23:30", "00:00")]),
        ("The train derailed at 9h30 on Monday.", [("9h30", "09:30", "09:30")]),
        ("They met at 12 noon.", [("12 noon", "12:00", "12:00")]),
    ],
)
def test_times_of_day_read_from_news(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _times(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Shares closed at 3.50 euros.",  # a price
        "Turnout rose to 41.20 percent.",  # a share
        "Around 12.000 employees were called out.",  # thousands, as Europe writes them
        "The burned area is estimated at around 4.000 hectares.",
        "The quake struck at 3:42 a.m. (0242 GMT).",  # the zone's time is left out, the local one kept
        "The team won 4:1 at home.",  # a score
        "The index gained 1.25 on Monday.",
        "The pound was at 1.17 against the euro on Thursday afternoon.",  # a level, not a time
        "The Danube peaked at 8.45m in Passau on Tuesday.",
        "Petrol was selling at 1.45 a litre on Monday.",
        "Shares of Fiat closed at 12.45 on Friday.",
        "The teams were level at 12:12 at half-time.",  # a score
        "He crossed the line at 2:05:41 on Sunday.",  # a race time
    ],
)
def test_figures_written_like_times_are_not_times_without_a_word_that_says_so(text: str) -> None:
    times = [v.text for v in extract_times(text)]
    assert times == (["3:42 a.m."] if "GMT" in text else [])


def test_a_time_in_another_zone_is_read_as_nothing() -> None:
    values = extract_values("Brent crude was at 84.30 dollars a barrel at 14.30 GMT on Monday.")
    assert [v.text for v in values] == ["84.30 dollars"]  # not the figure 14.3


def test_a_time_is_not_read_as_a_figure_too() -> None:
    values = extract_values("The ferry today at 14.30 hit the shallow rock.", published=dt.date(2025, 6, 7))
    assert [(v.text, v.dimension) for v in values] == [("today", "date"), ("14.30", "time")]
    # and a time takes the day its sentence names, as figures do
    (time,) = [v for v in values if v.dimension == "time"]
    assert time.scope == (dt.date(2025, 6, 7).toordinal(),) * 2


def _claims(*sentences: str, published: dt.date) -> list[crossref.Claim]:
    docs = [
        crossref.Document(id=f"d{k}", text=s, published=published, source=f"s{k}")
        for k, s in enumerate(sentences)
    ]
    return crossref.extract_claims(docs)


def _compare(claims: list[crossref.Claim], published: dt.date, **kw: object) -> list[crossref.Finding]:
    return compare_cluster(
        claims,
        cluster_id="k0",
        source_of={c.doc_id: c.doc_id for c in claims},
        published={c.doc_id: published for c in claims},
        **kw,  # type: ignore[arg-type]
    )


SATURDAY = dt.date(2025, 6, 7)


def test_two_times_of_one_event_that_cannot_both_hold_are_a_conflict() -> None:
    sunday = dt.date(2025, 6, 8)
    claims = _claims(
        "At 5.40 on Sunday a strong explosion shook the centre of Tarnow.",
        "The explosion in the centre of Tarnow happened at about 6.15am on Sunday.",
        published=sunday,
    )
    (finding,) = [f for f in _compare(claims, sunday) if f.attribute.startswith("time of day")]
    assert finding.kind == "conflict"
    assert {v.text for v in finding.values if v} == {"5.40", "about 6.15am"}


def test_times_whose_hedged_ranges_meet_are_a_discrepancy() -> None:
    claims = _claims(
        "The ferry today at about 14.30 hit the shallow rock at the entrance of the harbour.",
        "The ferry hit the rocks at about 2.45pm on Saturday as it approached the harbour.",
        published=SATURDAY,
    )
    (finding,) = [f for f in _compare(claims, SATURDAY) if f.attribute.startswith("time of day")]
    assert finding.kind == "discrepancy"
    assert "differ by 15 minutes" in finding.explanation
    # "about 2.45pm" is to ten minutes: not 14.30 said as it was
    exact = _claims(
        "The ferry today at 14.30 hit the shallow rock at the entrance of the harbour.",
        "The ferry hit the rocks at about 2.45pm on Saturday as it approached the harbour.",
        published=SATURDAY,
    )
    assert [f.kind for f in _compare(exact, SATURDAY) if f.attribute.startswith("time of day")] == [
        "conflict"
    ]


def test_one_time_told_in_two_ways_is_an_agreement() -> None:
    claims = _claims(
        "The helicopter crashed on Wednesday at 11.20 near the firing range.",
        "The helicopter came down at around 11:20 a.m. on Wednesday near the firing range.",
        published=dt.date(2025, 6, 12),
    )
    kinds = {f.attribute.split(":")[0]: f.kind for f in _compare(claims, dt.date(2025, 6, 12))}
    assert kinds["time of day"] == "agreement"


def test_times_of_other_days_are_not_set_against_each_other() -> None:
    claims = _claims(
        "The strike began at 6 a.m. on Thursday at the container terminals.",
        "The strike at the container terminals began at 10 p.m. on Friday.",
        published=dt.date(2025, 10, 10),
    )
    assert not [f for f in _compare(claims, dt.date(2025, 10, 10)) if f.attribute.startswith("time of day")]


def test_each_time_is_set_against_the_time_of_the_same_deed(embedder) -> None:
    # a cluster may hold two deeds' times: the arrival is not the outbreak
    claims = _claims(
        "Firefighters arrived at 3.40 p.m. on Monday, after the fire broke out at 3.20 p.m.",
        "The fire broke out at 3.20 p.m. on Monday in a warehouse.",
        published=dt.date(2025, 6, 10),
    )
    texts = {c.id: c.text for c in claims}
    vectors = dict(zip(texts, embedder.encode(list(texts.values()))))

    def phrase(a: str, b: str) -> float:
        va, vb = embedder.encode([a, b])
        return float(va @ vb)

    findings = _compare(
        claims,
        dt.date(2025, 6, 10),
        frame_similarity=phrase,
        similarity=lambda a, b: float(vectors[a] @ vectors[b]),
    )
    timed = [f for f in findings if f.attribute.startswith("time of day")]
    assert [(f.kind, {v.text for v in f.values if v}) for f in timed] == [("agreement", {"3.20 p.m."})]


def test_an_exact_time_within_a_rounded_one_agrees() -> None:
    friday = dt.date(2011, 12, 17)
    claims = _claims(
        "The fire broke out in the roof of the store at around 9pm on Friday.",
        "The fire broke out in the roof of the store at 8.49pm on Friday night.",
        published=friday,
    )
    kinds = [f.kind for f in _compare(claims, friday) if f.attribute.startswith("time of day")]
    assert kinds == ["agreement"]  # ECB+ 14ecb: "8.49pm" is "around 9pm"


def test_the_end_of_a_span_is_not_the_moment_something_began() -> None:
    friday = dt.date(2011, 12, 17)
    claims = _claims(
        "Firefighters were on the scene dealing with hot spots until about 5 a.m.",
        "Firefighters were called to the blaze at around 9:40 p.m.",
        published=friday,
    )
    assert not [f for f in _compare(claims, friday) if f.attribute.startswith("time of day")]
