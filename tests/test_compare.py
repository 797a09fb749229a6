"""The compare stage: verdicts for pairs of real figures, and findings for clusters of claims."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import crossref
from crossref.comparable import ranked, rate, scope_ok
from crossref.compare import compare_cluster, verdict
from crossref.names import name_words
from crossref.values import extract_values

GOLDEN = [
    json.loads(line)
    for line in (Path(__file__).parent / "golden" / "verdicts.jsonl").read_text().splitlines()
]


def _one(text: str, published: str | None) -> crossref.Value:
    pub = dt.date.fromisoformat(published) if published else None
    values = crossref.extract_values(text, published=pub)
    assert len(values) == 1, f"{text!r} should read as one figure, got {values}"
    return values[0]


@pytest.mark.parametrize(
    "row",
    [
        pytest.param(r, marks=pytest.mark.xfail(strict=True, reason=r["xfail"])) if "xfail" in r else r
        for r in GOLDEN
    ],
    ids=[f"{r['a']} | {r['b']}" for r in GOLDEN],
)
def test_verdict_golden(row: dict) -> None:
    a, b = _one(row["a"], row.get("published")), _one(row["b"], row.get("published"))
    assert verdict(a, b)[0] == row["kind"], row["why"]
    assert verdict(b, a)[0] == row["kind"], "the verdict does not depend on the order"


@settings(max_examples=200, deadline=None)
@given(km=st.integers(min_value=8, max_value=5_000))
def test_a_length_converted_and_rounded_to_whole_units_agrees(km: int) -> None:
    miles = round(km / 1.609344)  # "10 km (6 miles)", as news rounds a conversion
    assert verdict(_one(f"{km} km", None), _one(f"{miles} miles", None))[0] == "agreement"
    # a figure further off than a conversion rounds is another figure
    off = _one(f"{round(miles * 1.25) + 1} miles", None)
    assert verdict(_one(f"{km} km", None), off)[0] == "conflict"


def _claims(*sentences: str, published: dt.date | None = None) -> list[crossref.Claim]:
    docs = [crossref.parse_document(s, doc_id=f"d{i}", published=published) for i, s in enumerate(sentences)]
    return crossref.extract_claims(docs)


def _compare(
    claims: list[crossref.Claim], published: dt.date | None = None, **kw: object
) -> list[crossref.Finding]:
    """The cluster's findings, each document its own source, all published on ``published``."""
    return compare_cluster(
        claims,
        cluster_id="k0",
        source_of={c.doc_id: c.doc_id for c in claims},
        published={c.doc_id: published for c in claims},
        **kw,
    )


def test_figures_from_another_year_are_not_set_against_today() -> None:
    pub = dt.date(2026, 2, 23)
    claims = _claims(
        "In 2019 the army kept nearly 2,000 troops in the region.",
        "The army has roughly 1,000 troops in the region.",
        published=pub,
    )
    # nor are they said to agree: 2,000 troops then and 1,000 now are not one statement
    assert _compare(claims, pub) == []
    today = _claims(
        "The army kept nearly 2,000 troops in the region.",
        "The army has roughly 1,000 troops in the region.",
        published=pub,
    )
    assert [f.kind for f in _compare(today, pub)] == ["conflict"]


def test_a_changed_count_is_a_conflict_with_both_quotes() -> None:
    claims = _claims("The fire killed 14 people on Monday.", "The fire killed a dozen people on Monday.")
    (finding,) = [f for f in _compare(claims) if f.kind != "agreement"]
    assert finding.kind == "conflict" and finding.attribute == "number of people"
    assert {v.text for v in finding.values if v} == {"14 people", "a dozen people"}
    assert "14 people" in finding.explanation and "a dozen people" in finding.explanation


def test_negation_without_figures_is_a_conflict() -> None:
    claims = _claims(
        "The agreement was signed by both parties.", "The agreement was not signed by both parties."
    )
    (finding,) = _compare(claims)
    assert finding.kind == "conflict" and "negates" in finding.explanation


def test_antonyms_are_a_conflict_but_a_sentence_holding_both_is_not() -> None:
    assert (
        _compare(
            _claims("The closure of the border is temporary.", "The closure of the border is permanent.")
        )[0].kind
        == "conflict"
    )
    unsure = _claims(
        "It is unclear whether the closure is temporary or permanent.",
        "The closure of the border is permanent.",
    )
    assert _compare(unsure)[0].kind == "agreement"


def test_claims_whose_figures_are_of_other_times_do_not_contradict_in_words() -> None:
    # an independent review: a market that fell one day and rose another
    assert [f.kind for f in _compare(_claims("Acme shares fell sharply.", "Acme shares rose sharply."))] == [
        "conflict"
    ]
    two_years = _claims("Acme shares fell 5 percent in 2019.", "Acme shares rose 3 percent in 2021.")
    assert _compare(two_years) == []


def test_one_source_alone_gives_no_finding() -> None:
    claims = _claims("The fire killed 14 people.", "The fire killed a dozen people.")
    same_source = {c.doc_id: "wire" for c in claims}
    assert compare_cluster(claims, cluster_id="k0", source_of=same_source, published={}) == []


# The false alarms below were found by a review on ECB+ events the project had not seen
# (Aceh 2013 quake, Athens 2010 bank fire, Gaza 2009, Paris 2013 heist); each sentence is
# from those articles.


def _dated(*articles: tuple[str, str, dt.date]) -> list[crossref.Finding]:
    """The findings on one cluster of all claims of articles (text, id, date), each its own source."""
    docs = [crossref.parse_document(text, doc_id=i, published=day) for text, i, day in articles]
    return compare_cluster(
        crossref.extract_claims(docs),
        cluster_id="k0",
        source_of={d.id: d.id for d in docs},
        published={d.id: d.published for d in docs},
    )


def _flags(
    claims: list[crossref.Claim], published: dt.date | None = None, **kw: object
) -> list[crossref.Finding]:
    """The findings that flag something (conflicts and discrepancies); ``kw`` go to compare_cluster."""
    return [f for f in _compare(claims, published, **kw) if f.kind != "agreement"]


def test_the_dead_are_not_set_against_the_injured() -> None:
    claims = _claims(
        "AN EARTHQUAKE killed six children in Indonesia's Aceh province, injuring at least 50 people.",
        "We have received around 50 people with injuries sustained.",
        "We have recorded 24 people dead.",
    )
    dead, injured = {"six children", "24 people"}, {"at least 50 people", "around 50 people"}
    flags = _flags(claims)
    assert flags, "the two counts of the injured do differ in how they are bounded"
    for f in flags:
        said = {v.text for v in f.values if v}
        assert not (said & dead and said & injured), f


def test_a_count_added_to_another_is_not_a_total() -> None:
    claims = _claims(
        "Five people had so far been confirmed dead.",
        "Another two people are also reported to have been killed.",
    )
    assert _flags(claims) == []


def test_a_figure_dated_weeks_before_is_about_another_occasion() -> None:
    # the second figure is scaled to within 20x of the first, so that only the date keeps them apart
    pub = dt.date(2013, 9, 10)
    claims = _claims(
        "They made off with 2 million euros of jewellery.",
        "Last month thieves made off with jewellery worth 350,000 euros.",
        published=pub,
    )
    assert _flags(claims, pub) == []
    same_week = _claims(
        "They made off with 2 million euros of jewellery.",
        "On Monday thieves made off with jewellery worth 350,000 euros.",
        published=pub,
    )
    assert [f.kind for f in _flags(same_week, pub)] == ["conflict"]


def test_datelines_and_dates_of_other_events_are_not_compared() -> None:
    pub = dt.date(2013, 7, 3)
    datelines = _claims("July 03, 2013 6:22AM.", "Tuesday, July 2, 2013", published=pub)
    assert _flags(datelines, pub) == []
    background = _claims(
        "A powerful earthquake sparked landslides on Tuesday in Aceh.",
        "Aceh was devastated by the quake-triggered tsunami of 2004.",
        published=pub,
    )
    assert _flags(background, pub) == []


def test_a_week_holds_its_days_and_the_same_words_agree() -> None:
    fired = _claims(
        "LaCalamita was fired last week.",
        "LaCalamita was fired last Thursday.",
        published=dt.date(2007, 4, 10),
    )
    assert _flags(fired, dt.date(2007, 4, 10)) == []
    a, b = (
        crossref.parse_document(
            "the couple during the past year actively bought and sold homes.", doc_id=d, published=p
        )
        for d, p in (("a", dt.date(2007, 4, 11)), ("b", dt.date(2007, 4, 12)))
    )
    claims = crossref.extract_claims([a, b])
    assert (
        compare_cluster(
            claims,
            cluster_id="k0",
            source_of={"a": "a", "b": "b"},
            published={"a": a.published, "b": b.published},
        )[0].kind
        == "agreement"
    )


def test_ages_of_different_people_are_not_compared() -> None:
    claims = _claims(
        "The suspect, 38-year-old Anthony LaCalamita, surrendered.",
        "Police identified one of the victims as a 47-year-old man.",
    )
    assert _flags(claims) == []


def test_figures_dated_to_different_months_are_not_compared() -> None:
    # "£910,000" in the article; £9.1m keeps it within 20x of £88m, so that only the months differ
    pub = dt.date(2013, 9, 10)
    claims = _claims(
        "In July, thieves stole jewels worth £88m from the Carlton hotel in Cannes.",
        "In May, thieves stole jewels worth £9.1m from a Chopard store in Cannes.",
        published=pub,
    )
    assert not [f for f in _flags(claims, pub) if f.attribute.startswith("amount")]
    one_month = _claims(
        "In July, thieves stole jewels worth £88m from the Carlton hotel in Cannes.",
        "In July, thieves stole jewels worth £9.1m from the Carlton hotel in Cannes.",
        published=pub,
    )
    assert [f.kind for f in _flags(one_month, pub) if f.attribute.startswith("amount")] == ["conflict"]


# From a second review on six other ECB+ events (Qeshm 2005 quake, INS Sukanya 2011, Geysers
# 2013 quake, Queens 2013, Yida 2011, Mediterranean cables 2008).


def test_a_running_total_is_not_set_against_one_operation() -> None:
    claims = _claims(
        "In their five operations so far, the personnel on board the warship have confiscated"
        " 14 AK-47 rifles.",
        "During the operation, six AK-47 rifles were found.",
    )
    assert _flags(claims) == []
    summed = _claims(
        "INS Sukanya has seized a total of 14 AK-47 rifles during the operations it carried out there.",
        "During the operation, six AK-47 rifles were found.",
    )
    assert _flags(summed) == []


def test_a_part_of_a_set_is_not_its_size() -> None:
    claims = _claims(
        "Five Israeli soldiers lost their lives on Wednesday, four from friendly fire.",
        "Three of the four Israeli soldiers killed by friendly fire died.",
    )
    assert not [f for f in _flags(claims) if {"four", "Three"} <= {v.text for v in f.values if v}]


def test_an_unnamed_figure_told_as_a_named_holders_is_that_holders() -> None:
    # ECB+ 25ecb: "He" is Bush, whose figures another article gives in the same words
    bush = "Bush rushed for 404 yards and two touchdowns."
    he = "He rushed 106 times for 404 yards and two touchdowns."
    thomas = "Since Week 11, Thomas has eight touchdowns on 498 rushing yards and 176 receiving yards."
    assert _flags(_claims(bush, he, thomas)) == []
    # with no named holder to go by, "He" may be Thomas: the figures are set against each other
    assert _flags(_claims(he, thomas))


def test_lengths_of_time_in_other_years_are_not_compared() -> None:
    # ECB+ 26plus: the 1997 sentence and the 1959 one; "Before 1997" bounds, it does not date
    claims = _claims(
        "Gigante was serving a 12-year sentence for a racketeering conspiracy conviction in Brooklyn"
        " in 1997.",
        "Before 1997, Gigante had served only a five-year heroin rap in 1959.",
    )
    assert _flags(claims) == []
    same_year = _claims(
        "Gigante was serving a 12-year sentence for a racketeering conspiracy conviction in Brooklyn"
        " in 1997.",
        "In 1997 Gigante was given a 10-year sentence for racketeering.",
    )
    assert [f.kind for f in _flags(same_year)] == ["conflict"]
    # a year set off by commas, or starting a span, dates another event (an independent reviewer's cases)
    day = dt.date(2024, 5, 6)
    for aside, plain in (
        (
            "Mora, who was arrested in 2015, was sentenced to nine years in prison on Monday.",
            "Mora was sentenced to 14 years in prison on Monday.",
        ),
        (
            "The ruling party, in power since 1994, won a five-year mandate in Sunday's election.",
            "The ruling party won a four-year mandate in Sunday's election.",
        ),
    ):
        assert [f.kind for f in _flags(_claims(aside, plain, published=day), day)] == ["conflict"], aside


def test_a_member_a_set_includes_is_not_the_set() -> None:
    # ECB+ 13plus: the ladder trucks are among the 31 vehicles
    claims = _claims(
        "A total of 31 separate pieces of firefighting apparatus responded to the blaze, including"
        " three ladder trucks.",
        "A total of 31 fire trucks, emergency vehicles and other equipment were eventually on scene.",
    )
    assert not [f for f in _flags(claims) if "three ladder trucks" in {v.text for v in f.values if v}]


def test_lengths_of_time_up_to_now_differ_as_the_days_they_are_told() -> None:
    # ECB+ 19ecb: an editorial days before the other report; neither article is dated
    texts = (
        "For four days, Greece has surrendered itself to flames and anarchy.",
        "For more than a week, Greece has been shaken by a rebellion.",
    )
    assert _flags(_claims(*texts)) == []
    told_one_day = _claims(*texts, published=dt.date(2008, 12, 14))
    assert [f.kind for f in _flags(told_one_day, dt.date(2008, 12, 14))] == ["conflict"]
    # days apart that cannot account for the difference (an independent reviewer's cases)
    may6, may9, may10 = dt.date(2024, 5, 6), dt.date(2024, 5, 9), dt.date(2024, 5, 10)
    factory = "the factory has been closed, leaving 900 workers idle."
    search = "rescuers have searched the building for survivors."

    def flags(*articles: tuple[str, str, dt.date]) -> list[str]:
        return [f.kind for f in _dated(*articles) if f.kind != "agreement"]

    five_years_in_four_days = flags(
        (f"For three years, {factory}", "a", may6), (f"For eight years, {factory}", "b", may10)
    )
    assert five_years_in_four_days == ["conflict"]
    shorter_when_told_later = flags(
        (f"For ten days, {search}", "a", may6), (f"For three days, {search}", "b", may9)
    )
    assert shorter_when_told_later == ["conflict"]
    assert flags((f"For ten days, {search}", "a", may6), (f"For 13 days, {search}", "b", may9)) == []
    # a length that ended is not read so (an independent reviewer's case)
    captivity = flags(
        ("He was released after 12 days of captivity.", "a", may6),
        ("He was released after 16 days of captivity.", "b", may10),
    )
    assert captivity == ["conflict"]


def test_a_zero_day_flaw_is_no_length_of_time() -> None:
    # ECB+ 27ecb: a headline's "Zero Day" set against "Eight days"
    claims = _claims(
        "Microsoft Releases Critical Patch For IE Zero Day",
        "Eight days is rather shamefully long to have to wait for a potentially devastating"
        " vulnerability to be fixed.",
    )
    assert _flags(claims) == []


def test_how_often_is_no_length_of_time() -> None:
    # ECB+ 27ecb: "once a month" is how often patches come; "eight days after" is from an event
    claims = _claims(
        "Typically Microsoft releases security patches just once a month in order to simplify the"
        " lives of system administrators.",
        "The patch was released eight days after reports began circulating that websites were"
        " targeting a vulnerability in fully patched versions of IE.",
    )
    assert _flags(claims) == []
    assert "eight days after reports" in next(c.text for c in claims if "eight days" in c.text)
    once = next(c for c in claims if "once a month" in c.text)
    assert rate(once, once.values[0]), "how often, not how long"


def test_the_first_few_by_rank_are_not_all_of_them() -> None:
    # ECB+ 20plus: the four hardest-hit of the villages the quake flattened
    claims = _claims(
        "Mohsen Kazemi from Iran's Red Crescent relief agency said the four hardest-hit villages "
        "were Tonban, Gavarzin, Khaledin and Gourian.",
        "An earthquake measuring at least magnitude-5.9 shook a sparsely populated area of southern "
        "Iran on Sunday, flattening seven villages and killing 10 people, officials said.",
    )
    assert _flags(claims) == []
    assert not ranked(crossref.extract_values("three protest marches")[0])  # "protest" is no superlative
    assert not ranked(crossref.extract_values("at least three banks")[0])  # a hedge, not a rank


def test_distances_from_different_places_are_not_compared() -> None:
    claims = _claims(
        "The quake struck two miles northeast of The Geysers.",
        "The quake struck about 14 miles from Healdsburg.",
    )
    assert _flags(claims) == []
    same_place = _claims(
        "The quake struck about 20 miles north of Santa Rosa.",
        "The quake struck about 26 miles north of Santa Rosa.",
    )
    assert [f.kind for f in _flags(same_place)] == ["conflict"]


def test_a_posted_stamp_is_not_the_date_of_the_event() -> None:
    pub = dt.date(2011, 11, 15)
    claims = _claims(
        "Indian Naval Ship Interdicts Three Pirate Vessels Posted on November 15, 2011"
        " Indian Naval Ship Sukanya thwarted a piracy attack on 10 Nov 11.",
        "The Indian Navy thwarted a multi-boat piracy attack on Thursday.",
        published=pub,
    )
    assert not [f for f in _flags(claims, pub) if "November 15, 2011" in f.explanation]


# From a code review of the guards above: what they must not swallow.


def test_a_date_in_prose_after_filed_is_the_event_date() -> None:
    claims = _claims(
        "The lawsuit against the city was filed on March 3, 2013.",
        "The lawsuit against the city was filed on March 5, 2013.",
    )
    assert [f.kind for f in _flags(claims)] == ["conflict"]


def test_the_part_agrees_with_the_same_count_stated_alone() -> None:
    claims = _claims(
        "Three of the four soldiers were killed in the ambush near Kandahar on Friday.",
        "Three soldiers were killed in the ambush near Kandahar on Friday.",
    )
    assert _flags(claims) == []


def test_date_findings_do_not_depend_on_the_order_of_claims() -> None:
    claims = _claims(
        "The fire began on March 3, 2013, officials said.",
        "The fire began on March 3, 2013 and spread to the hills on March 9, 2013.",
    )
    forward = [(f.kind, f.claim_ids) for f in _compare(claims)]
    backward = [(f.kind, f.claim_ids) for f in _compare(list(reversed(claims)))]
    assert forward == backward


# From a third review on twelve ECB+ events the project had not seen (Vancouver and Troy office
# shootings, Manokwari quakes, Gulf of Aden pirates, Wellington fire, Kraft plant shooting, Mount
# Cook, Palin church arson, Jeffs trial, Brooklyn protests); each sentence is from those articles.


def _model_similarity(embedder: crossref.SentenceTransformerEmbedder) -> Callable[[str, str], float]:
    """Cosine of two phrases under the real model, as the pipeline gives compare."""
    cache: dict[str, np.ndarray] = {}

    def similarity(a: str, b: str) -> float:
        for p in (a, b):
            if p not in cache:
                cache[p] = embedder.encode([p])[0]
        return float(cache[a] @ cache[b])

    return similarity


def test_ages_of_two_people_named_in_one_claim_are_not_compared() -> None:
    claims = _claims(
        "Police allege Eric Allen Kirkpatrick, 61, opened fire at a Vancouver office Christmas party"
        " Friday, killing one man.",
        "Eric Allen Kirkpatrick is accused of fatally shooting Benjamin David Banky, 40.",
    )
    assert _flags(claims) == []
    same_man = _claims(
        "Police allege Eric Allen Kirkpatrick, 61, opened fire at a Vancouver office party.",
        "Eric Allen Kirkpatrick, 64, opened fire at a Vancouver office party.",
    )
    (finding,) = _flags(same_man)
    assert finding.kind == "conflict" and finding.attribute.startswith("age")


def test_an_age_is_not_how_long_something_took() -> None:
    claims = _claims(
        "Eric Allen Kirkpatrick, 61, surrendered after two hours of negotiations.",
        "After two hours, the gunman gave himself up.",
    )
    assert _flags(claims) == []


def test_a_converted_and_rounded_figure_meets_its_source() -> None:
    claims = _claims(
        "Deputies chased him in a pursuit in which speeds reached 120 mph.",
        "Deputies chased him for 48km at speeds up to 193km/h before he finally pulled over.",
    )
    assert _flags(claims) == []


def test_a_length_written_in_other_units_meets_its_rounding() -> None:
    # reviewed ECB+ event 37plus: one quake's depth, in kilometres and in miles
    claims = _claims(
        "The magnitude 6.1 quake struck at a depth of 10 kilometers (6 miles).",
        "The quake struck yesterday afternoon at a depth of just six miles.",
    )
    assert [f.kind for f in _compare(claims)] == ["agreement"]


def test_a_figure_restated_in_brackets_is_not_a_second_figure() -> None:
    claims = _claims(
        "Damage to the church was estimated at $US1 million ($1.52 million).",
        "Damage to the church was estimated at $1 million.",
    )
    assert _flags(claims) == []
    # in its own currency's group the restatement would be the figure compared (24ecb: euros
    # restated in dollars, set against another paper's Canadian dollars)
    jewels = _claims(
        "The stolen jewels were worth €85 million ($108 million).",
        "The stolen jewels were worth $137 million.",
    )
    assert _flags(jewels) == []


def test_negation_in_other_words_is_not_a_contradiction() -> None:
    assert (
        _flags(
            _claims(
                "Riva had not yet regained consciousness Wednesday.",
                "Riva had yet to regain consciousness Wednesday.",
            )
        )
        == []
    )
    assert (
        _flags(
            _claims(
                "\u201cI\u2019m not positive all three of the people were targeted,\u201d he said.",
                '"I\'m not positive all three of the people were targeted," he said.',
            )
        )
        == []
    )


def test_leaving_something_unsaid_does_not_deny_it() -> None:
    claims = _claims(
        "The officer said she never mentioned whether the teen was carrying a gun.",
        "The teen was carrying a gun for a friend.",
    )
    assert _flags(claims) == []


def test_the_seriously_injured_are_a_part_of_the_injured() -> None:
    claims = _claims(
        "At least 40 people were injured in the earthquakes.",
        "Officials said eight people had suffered from serious injury in the earthquakes.",
    )
    assert _flags(claims) == []


def test_people_shot_are_not_set_against_people_killed(
    embedder: crossref.SentenceTransformerEmbedder,
) -> None:
    sim = _model_similarity(embedder)
    assert sim("person", "People") >= 0.55
    claims = _claims("A Michigan man shot to death one person.", "Three People Shot in Office Shooting")
    assert not [
        f for f in _compare(claims, noun_similarity=sim, frame_similarity=sim) if f.kind != "agreement"
    ]
    in_hospital = _claims(
        "One victim died in the Monday morning attack.", "The three victims were taken to the hospital."
    )
    assert _flags(in_hospital) == []


def test_people_are_not_counted_against_ships(embedder: crossref.SentenceTransformerEmbedder) -> None:
    sim = _model_similarity(embedder)
    assert sim("sailors", "ships") >= 0.55, "the model alone takes them for one kind of thing"
    claims = _claims(
        "Somali pirates seized 18 sailors on Monday.", "Somali pirates seized 20 ships on Monday."
    )
    assert not [
        f for f in _compare(claims, noun_similarity=sim, frame_similarity=sim) if f.kind != "agreement"
    ]
    crew = _claims("Somali pirates seized 18 sailors on Monday.", "Somali pirates seized 20 crew on Monday.")
    assert [f.kind for f in _compare(crew, noun_similarity=sim, frame_similarity=sim)] == ["conflict"]


def test_groups_told_apart_by_a_proper_adjective_are_not_compared(
    embedder: crossref.SentenceTransformerEmbedder,
) -> None:
    sim = _model_similarity(embedder)
    claims = _claims(
        "The hijacked MV Stolt Valor had 18 Indian sailors on board.",
        "Just this month, Somali pirates captured two Yemeni fishing boats and 22 Yemeni fishermen.",
    )
    assert not [
        f for f in _compare(claims, noun_similarity=sim, frame_similarity=sim) if f.kind != "agreement"
    ]


def test_without_a_publication_date_a_dated_figure_is_not_set_against_an_undated_one() -> None:
    claims = _claims(
        "The quake hit the town, where five people were killed.",
        "The tremors re-awakened memories of the Asian tsunami that killed 168,000 people in"
        " Indonesia's Aceh province in 2004.",
    )
    assert _flags(claims) == []
    undated, dated = (c.values[0] for c in claims if c.values)
    assert dated.scope is not None and not scope_ok(undated, dated, None, None, 14), (
        "the date alone keeps them apart"
    )


def test_figures_of_two_different_days_are_two_occasions() -> None:
    pub = dt.date(2009, 1, 7)
    claims = _claims(
        "On Sunday the first quake struck about 135 kilometers from Manokwari.",
        "On Wednesday a quake struck about 75 kilometers from Manokwari.",
        published=pub,
    )
    assert not [f for f in _flags(claims, pub) if f.attribute.startswith("length")]


# From a held-out review of six more ECB+ events (Bloomington hit-and-run, Seacom outages,
# Brooklyn shooting trial, Hawaiian Gardens officer, Peterson trial, Comeaux escape).


def test_a_day_written_without_its_year_is_not_another_date() -> None:
    pub = dt.date(2007, 7, 1)
    claims = _claims(
        "Detectives were investigating a June 20 shooting.",
        "Detectives were investigating the June 20, 2005 shooting.",
        published=pub,
    )
    assert _flags(claims, pub) == []
    no_year, with_year = (v for c in claims for v in c.values if v.dimension == "date")
    assert verdict(no_year, with_year)[0] == "agreement", "'June 20' read as 2007 meets June 20, 2005"


def test_a_day_falls_in_a_part_of_its_month() -> None:
    pub = dt.date(2011, 11, 4)
    claims = _claims(
        "Seacom services were restored on 29 October.",
        "Seacom services were restored in late October.",
        published=pub,
    )
    assert [f.kind for f in _compare(claims, pub)] == ["agreement"]


def test_ages_reported_months_apart_may_both_be_true() -> None:
    docs = [
        crossref.parse_document(
            "Trial is set for June 17 for 26-year-old Christopher Kenyon Simpson.",
            doc_id="jan",
            published=dt.date(2013, 9, 16),
        ),
        crossref.parse_document(
            "A jury convicted 27-year-old Christopher Kenyon Simpson.",
            doc_id="sep",
            published=dt.date(2013, 9, 26),
        ),
    ]
    claims = crossref.extract_claims(docs)
    findings = compare_cluster(
        claims,
        cluster_id="k0",
        source_of={"jan": "jan", "sep": "sep"},
        published={d.id: d.published for d in docs},
    )
    assert not [f for f in findings if f.kind != "agreement"]


def test_undated_figures_of_articles_two_months_apart_are_not_compared() -> None:
    docs = [
        crossref.parse_document(
            "Seacom said the downtime may last for a few days.", doc_id="oct", published=dt.date(2011, 10, 20)
        ),
        crossref.parse_document(
            "Seacom said the total downtime was one hour.", doc_id="aug", published=dt.date(2011, 8, 16)
        ),
    ]
    claims = crossref.extract_claims(docs)
    findings = compare_cluster(
        claims,
        cluster_id="k0",
        source_of={"oct": "oct", "aug": "aug"},
        published={d.id: d.published for d in docs},
    )
    assert not [f for f in findings if f.kind != "agreement"]


def test_counts_of_different_charges_are_not_compared() -> None:
    assert (
        _flags(
            _claims(
                "The driver faces one count of third-degree murder.",
                "The driver faces three counts of criminal vehicular homicide.",
            )
        )
        == []
    )
    assert [
        f.kind
        for f in _flags(
            _claims(
                "The driver faces one count of criminal vehicular homicide.",
                "The driver faces three counts of criminal vehicular homicide.",
            )
        )
    ] == ["conflict"]


def test_shares_of_unlike_things_are_not_compared(embedder: crossref.SentenceTransformerEmbedder) -> None:
    similarity = _model_similarity(embedder)
    # ECB+ 30plus: one company's restored traffic, another's capacity, neither attributed
    claims = _claims(
        "99% of their supplier traffic has been restored.",
        "More bandwidth came online last night, bringing us up to 83% of our required capacity.",
    )
    assert _flags(claims, noun_similarity=similarity) == []
    # shares of one thing in other words (an independent reviewer's cases)
    for a, b in (("of its workforce", "of its staff"), ("of the vote", "of ballots cast")):
        said = _claims(f"The company cut 10 percent {a}.", f"The company cut 15 percent {b}.")
        assert [f.kind for f in _flags(said, noun_similarity=similarity)] == ["conflict"], (a, b)
    # the verb after the noun is not what the share is of
    power = _claims("60 percent of households have power again.", "90 percent of the roads have reopened.")
    assert _flags(power, noun_similarity=similarity) == []


def test_two_speakers_figures_about_their_own_side_are_not_compared() -> None:
    claims = _claims(
        '"We have restored 99% of our supplier traffic," the Openweb chief executive said.',
        '"This brings us up to 83% of our required capacity," MWEB said.',
    )
    assert _flags(claims) == []


def test_survived_by_is_not_the_opposite_of_died() -> None:
    claims = _claims(
        "Officer Jerry Ortiz is survived by his wife and two children.",
        "Officer Jerry Ortiz died almost immediately.",
    )
    assert _flags(claims) == []


# From a held-out review of sports, technology and business events (Klitschko, Colts-Chiefs,
# Macworld, AMD-SeaMicro, Hansbrough's record): figures of one unit that measure other things.


def test_a_figure_given_to_another_player_is_not_compared() -> None:
    claims = _claims(
        "Jamaal Charles (226 yards) and Peyton Hillis (101 yards) led a powerful attack.",
        "Peyton Hillis ran for 101 yards.",
    )
    assert _flags(claims) == []


def test_figures_far_apart_in_scale_measure_two_things() -> None:
    claims = _claims(
        "Its new battery can run for up to eight hours on a charge.",
        "Its new battery lasts five years, Apple says.",
    )
    assert _flags(claims) == []


def test_exact_counts_that_differ_by_one_are_not_the_same_figure() -> None:
    claims = _claims("Hansbrough now has 2,302 career points.", "Hansbrough now has 2,301 career points.")
    assert [f.kind for f in _flags(claims)] == ["conflict"]


def test_a_day_falls_in_a_vaguer_period_that_holds_it() -> None:
    # from a held-out review (35plus): the precision differs, the sources do not
    pub = dt.date(2009, 2, 4)
    weekend = _claims(
        "Police pulled him over for speeding on Sunday.",
        "Police pulled him over for speeding last weekend.",
        published=pub,
    )
    assert [f.kind for f in _compare(weekend, pub)] == ["agreement"]
    year = _claims(
        "The singer was arrested on Jan. 6 for speeding.",
        "The singer was arrested earlier this year for speeding.",
        published=pub,
    )
    assert [f.kind for f in _compare(year, pub)] == ["agreement"]


# From a held-out review of sports and business events (Teixeira's offers, the Saints' backs).


def test_two_players_figures_are_not_compared() -> None:
    claims = _claims("Ivory rushed for 716 yards this year.", "On Dec. 27, Thomas rushed for 63 yards.")
    assert _flags(claims) == []
    same_player = _claims("Ivory rushed for 716 yards this year.", "Ivory rushed for 760 yards this year.")
    assert [f.kind for f in _flags(same_player)] == ["conflict"]


def test_a_place_before_a_figure_is_not_whose_figure_it_is() -> None:
    claims = _claims(
        "The withdrawal from Qasrak is expected to take approximately a month.",
        "US forces expect to complete their withdrawal from Syria within two weeks.",
    )
    assert [f.kind for f in _flags(claims)] == ["conflict"]


def test_a_supposed_figure_is_not_a_reported_one() -> None:
    claims = _claims(
        "If the Sox are pushed to 10 years, they would likely deem it acceptable.",
        "It is unlikely that Boston will go beyond eight years.",
    )
    assert _flags(claims) == []
    offer = _claims(
        "If the Red Sox offered Teixeira 10 years, he would sign.",
        "The Red Sox offered Teixeira eight years.",
    )
    assert _flags(offer) == []


def test_an_asked_or_doubted_figure_is_not_a_reported_one() -> None:
    # a reviewed ECB+ event: a columnist's question and a headline's doubt state no figure
    asked = _claims(
        "Should the Yankees go higher than $25 million a season for Teixeira?",
        "Teixeira has an offer from the Yankees worth roughly $22 million a season.",
    )
    assert _flags(asked) == []
    doubted = _claims(
        "Sox Make Offer To Teixeira (8 Years?)", "The Red Sox have made Teixeira a 10-year offer."
    )
    assert _flags(doubted) == []
    # a question that takes the figure as given still states it (an independent reviewer's case)
    given = _claims(
        "Is the $2 million settlement enough for the family?",
        "The city agreed to a $3 million settlement with the family.",
    )
    assert [f.kind for f in _flags(given)] == ["conflict"]
    # a question that is not yes-or-no still states what it asks about
    said = _claims(
        "The Yankees offered Teixeira $25 million a season.",
        "The Yankees offered Teixeira $22 million a season, but why did he wait?",
    )
    assert [f.kind for f in _flags(said)] == ["conflict"]


def test_what_is_wanted_is_not_set_against_what_is_had_or_given() -> None:
    # ECB+ 10plus: the player's demand and a club's offer
    claims = _claims(
        "Teixeira is seeking a 10-year contract for at least $20 million per season.",
        "Teixeira still has an eight-year offer on the table from the Red Sox, worth roughly $22 million"
        " per season.",
    )
    assert _flags(claims) == []
    ransom = _claims("The kidnappers demanded $5 million.", "The family paid $3 million to the kidnappers.")
    assert _flags(ransom) == []
    asked = _claims("The kidnappers demanded $5 million.", "The kidnappers demanded $3 million.")
    assert [f.kind for f in _flags(asked)] == ["conflict"]
    # an independent reviewer's cases: a wish said two ways; a proposed budget is the budget
    raise_ = _claims("The union is asking for a 5 percent raise.", "The union is seeking a 4 percent raise.")
    assert [f.kind for f in _flags(raise_)] == ["conflict"]
    budget = _claims(
        "The mayor proposed a $4.2 billion budget on Monday.", "The mayor unveiled a $4.5 billion budget."
    )
    assert [f.kind for f in _flags(budget)] == ["conflict"]
    # what a request or a demand is for (ECB+ 10plus): the agent's ask, not the club's wish
    request = _claims(
        "The Red Sox will not satisfy Boras' request for a 10-year deal.",
        "The Red Sox preference would be to sign him to a deal between six and eight years.",
    )
    assert _flags(request) == []
    hope = _claims(
        "Boras entered the free agency process hoping his client could attract a 10-year deal.",
        "The Red Sox preference would be to sign him to a deal between six and eight years.",
    )
    assert _flags(hope) == []
    demand = _claims(
        "The union's demand for a 6 percent raise was rejected.", "The union demanded a 4 percent raise."
    )
    assert [f.kind for f in _flags(demand)] == ["conflict"]


def test_opposite_words_need_a_subject_named_on_both_sides() -> None:
    # from a held-out review (29plus): two teams, each "they" / "it" in its own article
    assert _flags(_claims("They won the game", "it lost the game")) == []
    assert [f.kind for f in _flags(_claims("The Colts won the game.", "The Colts lost the game."))] == [
        "conflict"
    ]


def test_a_condition_after_the_figure_does_not_make_it_supposed() -> None:
    # from the injected benchmark: an ECB+ sentence whose "if" follows the age it states
    claims = _claims(
        "California prosecutors said the troubled actress, 26, would be arrested if she continued to flout"
        " a court order.",
        "California prosecutors said the troubled actress, 39, would be arrested if she continued to flout"
        " a court order.",
    )
    assert [f.kind for f in _flags(claims)] == ["conflict"]


# From a held-out review of six more events (Cheeks fired, Palin arson pattern, Gigante's death,
# New Bedford stabbing, Albany stray bullet, Doctor Who casting).


def test_not_known_is_unknown_and_not_until_is_no_denial() -> None:
    for order in (1, -1):  # whichever article comes first
        pair = ["The cause of death was not immediately released.", "The cause of death was released."]
        assert _flags(_claims(*pair[::order])) == []
    assert (
        _flags(_claims("The cause of death was unknown.", "The cause of death was not immediately known."))
        == []
    )
    assert (
        _flags(
            _claims(
                "His conviction took until 2003 to be upheld.", "His conviction was not upheld until 2003."
            )
        )
        == []
    )


def test_a_year_falls_in_its_decade() -> None:
    claims = _claims("The school was founded in the 1930's.", "The school was founded in 1931.")
    assert [f.kind for f in _compare(claims)] == ["agreement"]
    seventies = _claims("The building was built in 1972.", "The building was built in the 1970s.")
    assert [f.kind for f in _compare(seventies)] == ["agreement"]


def test_a_title_like_four_time_all_star_is_not_a_count() -> None:
    claims = _claims(
        "Cheeks, 48, a four-time NBA all-star, was fired.",
        "Cheeks is also a five-time NBA All-Defensive Team honoree.",
    )
    assert _flags(claims) == []


def test_a_time_before_an_event_is_a_date_not_a_length() -> None:
    claims = _claims(
        "The new endangered species rule takes effect nine days before Obama's inauguration.",
        "The new endangered species rule will take effect in about 30 days.",
    )
    assert _flags(claims) == []


def test_months_and_days_meet_as_one_length() -> None:
    claims = _claims("He spent three months in jail.", "He spent 90 days in jail.")
    assert [f.kind for f in _compare(claims)] == ["agreement"]


# From the hand verdicts on all flags of the 48 reviewed events (benchmarks/unseen_labels.json):
# other players' figures and sizes that name a model were the largest causes left.


def test_figures_of_two_named_players_are_not_compared() -> None:
    claims = _claims(
        "Vaughn finished with 16 points and nine rebounds.",
        "Hansbrough finished the game with 20 points and nine rebounds.",
    )
    assert _flags(claims) == []
    surname = _claims(
        "Hansbrough finished the game with 20 points.", "Tyler Hansbrough had 24 points in the win."
    )
    assert [f.kind for f in _flags(surname)] == ["conflict"]


def test_he_is_the_player_his_article_named_before() -> None:
    claims = _claims(
        "Pierre Thomas missed nine games this season.\nHe finished with 269 yards and two touchdowns.",
        "Joique Bell played at Wayne State.\nHe finished with 6,728 yards rushing.",
    )
    assert _flags(claims) == []
    one_player = _claims(
        "Pierre Thomas missed nine games this season.\nHe finished with 269 yards rushing.",
        "Pierre Thomas missed nine games this season.\nHe finished with 296 yards rushing.",
    )
    assert [f.kind for f in _flags(one_player)] == ["conflict"]


def test_a_size_that_names_the_model_is_not_a_measure_of_it() -> None:
    models = _claims(
        "The 13-inch MacBook Pro spec upgrade costs $1199.", "The 11-inch Air will cost from $999."
    )
    assert _flags(models) == []
    thin = _claims("The 17-inch notebook is the world's thinnest.", "The machine is less than an inch thick.")
    assert _flags(thin) == []
    one_boat_told_two_ways = _claims("The 20-foot boat capsized.", "The boat, 30 feet long, capsized.")
    assert [f.kind for f in _flags(one_boat_told_two_ways)] == ["conflict"]
    one_boat = _claims("The pirates sailed a 10-metre dhow.", "The pirates sailed a 24- to 30-foot dhow.")
    assert [f.kind for f in _flags(one_boat)] == ["conflict"]


def test_two_teams_offers_are_not_compared_but_one_deal_told_from_either_side_is() -> None:
    offers = _claims(
        "The Boston Red Sox have made first baseman Mark Teixeira an eight-year, $200 million offer.",
        "The Orioles have offered Teixeira a seven-year deal worth between $140 million and $150 million.",
    )
    assert _flags(offers) == []
    one_deal = _claims(
        "Teixeira agreed to an eight-year, $180 million deal with the Yankees.",
        "The Yankees signed Teixeira to an eight-year, $160 million contract.",
    )
    assert [f.attribute.split(":")[0] for f in _flags(one_deal)] == ["amount (USD)"]


def test_when_something_began_is_not_when_it_ended() -> None:
    claims = _claims(
        "They began their investigation in 2005.", "That investigation was completed in September 2006."
    )
    assert _flags(claims) == []
    began = _claims("They began their investigation in 2005.", "The investigation began in 2006.")
    assert [f.kind for f in _flags(began)] == ["conflict"]


def test_undated_ages_a_year_apart_may_be_a_birthday_apart() -> None:
    claims = _claims(
        "Deputies identified the suspect as Jose Luis Orozco, 27.", "Jose Luis Orozco, 29, killed the deputy."
    )
    assert [f.kind for f in _flags(claims)] == ["conflict"]
    a_year = _claims(
        "Deputies identified the suspect as Jose Luis Orozco, 27.", "Jose Luis Orozco, 28, killed the deputy."
    )
    assert _flags(a_year) == []
    same_day = dt.date(2013, 6, 1)
    assert [
        f.kind
        for f in _flags(
            _claims(
                "Deputies identified the suspect as Jose Luis Orozco, 27.",
                "Jose Luis Orozco, 28, killed the deputy.",
                published=same_day,
            ),
            same_day,
        )
    ] == ["conflict"]


def test_a_rate_is_not_a_total() -> None:
    claims = _claims(
        "The Red Sox offer Teixeira $200 million.",
        "Teixeira still has an offer from the Red Sox, worth roughly $22 million per season.",
    )
    assert _flags(claims) == []
    rates = _claims(
        "The Red Sox offer Teixeira $25 million per season.",
        "Teixeira has an offer from the Red Sox, worth roughly $22 million per season.",
    )
    assert [f.kind for f in _flags(rates)] == ["conflict"]
    # an average is a rate too (a reviewed ECB+ event)
    average = _claims(
        "Tyler Hansbrough scored 20 points against Evansville.",
        "In the five games before that, Tyler Hansbrough averaged a team-high 22.8 points.",
    )
    assert _flags(average) == []


def test_a_figure_to_come_is_not_set_against_one_that_happened() -> None:
    # reviewed ECB+ events: a forecast and an outcome, a possible sentence and a term served
    claims = _claims(
        "Bush will miss the team's final two regular season games with a sprained left knee.",
        "Bush missed four games following arthroscopic knee surgery.",
    )
    assert _flags(claims) == []
    claims = _claims(
        "Jeffs himself may receive up to 119 years in prison if convicted.",
        "Jeffs was sentenced to at least 45 years in prison.",
    )
    assert _flags(claims) == []
    # what could happen (25ecb, 25plus) is not what did; "could" with "only" is what did (above)
    claims = _claims(
        'Bush "could sit out the final two games" with a sprained knee, coach Sean Payton said.',
        "Bush missed several games after arthroscopic knee surgery earlier this season.",
    )
    assert _flags(claims) == []
    claims = _claims(
        "This is still a guy who could throw for 400 yards on any given night.",
        "He threw for 201 yards.",
    )
    assert _flags(claims) == []
    claims = _claims("The blast could have killed hundreds of people.", "The blast killed 12 people.")
    assert _flags(claims) == []
    # what could be perceived is what was: still compared
    claims = _claims(
        "Witnesses said they could hear at least 10 explosions.", "Residents heard three explosions."
    )
    assert [f.kind for f in _flags(claims)] == ["conflict"]
    # two forecasts of one plan are still compared
    plans = _claims(
        "The withdrawal from Qasrak is expected to take approximately two months.",
        "The evacuation of Qasrak could take several weeks, ranging from about 15 days to a month.",
    )
    assert [f.kind for f in _flags(plans)] == ["conflict"]


def test_an_agreement_in_words_holds_only_the_claims_that_say_one_thing(
    embedder: crossref.SentenceTransformerEmbedder,
) -> None:
    # a held-out review: a cluster about Hugh Jackman as Oscars host held claims on his singing
    claims = _claims(
        "Hugh Jackman will host the Academy Awards in February.",
        "Hugh Jackman has been chosen to host the Oscars next February.",
        "Jackman sings ballads at home with his children.",
    )
    alike = _model_similarity(embedder)
    text = {c.id: c.text for c in claims}
    (finding,) = _compare(claims, similarity=lambda a, b: alike(text[a], text[b]))
    assert finding.kind == "agreement"
    assert [text[c] for c in finding.claim_ids] == [claims[0].text, claims[1].text]
    (everything,) = _compare(claims)  # without similarities, the whole cluster
    assert len(everything.claim_ids) == 3


def test_a_time_an_undated_article_cannot_place_is_another_occasion() -> None:
    # held-out review (30ecb): a background outage set against the day's
    claims = _claims("Earlier this year, five undersea cables were cut.", "Three undersea cables were cut.")
    assert _flags(claims) == []
    both_days = _claims("On Friday, five undersea cables were cut.", "Three undersea cables were cut.")
    assert [f.kind for f in _flags(both_days)] == ["conflict"]
    dated = dt.date(2008, 12, 20)
    placed = _claims(
        "Earlier this month, five undersea cables were cut.",
        "Three undersea cables were cut.",
        published=dated,
    )
    assert [f.kind for f in _flags(placed, dated)] == ["conflict"]


def test_real_conflicts_an_independent_review_found_hidden_stay_flagged() -> None:
    cases = [
        (
            "Smith was sentenced to 10 years in prison.",
            "Judge John Koeltl sentenced Smith to 12 years in prison.",
        ),
        (
            "John Smith was arrested.\nPolice spokesman Tom Lee said officers found cash in his car.\n"
            "He stole $50,000 from the bank, Lee said.",
            "Smith stole $80,000 from the bank.",
        ),
        ("Four suspects each face charges of murder.", "Three suspects were charged with murder."),
        ("The bombing killed 12 people a week after the election.", "The bombing killed 19 people."),
        (
            "The 7.6-magnitude quake killed 1,100 people in Padang.",
            "The 7.9-magnitude quake killed 529 people in Padang.",
        ),
    ]
    for a, b in cases:
        assert "conflict" in {f.kind for f in _flags(_claims(a, b))}, (a, b)


def test_a_named_holders_figure_is_not_an_unnamed_one_from_an_article_that_never_names_them(
    embedder: crossref.SentenceTransformerEmbedder,
) -> None:
    # a reviewed ECB+ event: "He" is Peyton Manning, whom that article's sentence does not name
    northcutt = "Dennis Northcutt caught five passes for 127 yards in the first half."
    unnamed = "It was a cold night in Indianapolis.\nHe caught 17 passes for 127 yards in the first half."
    report = crossref.cross_reference(
        [
            crossref.parse_document(northcutt, doc_id="a"),
            crossref.parse_document(unnamed, doc_id="b"),
        ],
        embedder=embedder,
    )
    assert [f for f in report.findings if f.kind != "agreement"] == []
    # once the article names him, its unnamed figure may well be his
    named = "It was a big night for Dennis Northcutt.\nHe caught 17 passes for 127 yards in the first half."
    report = crossref.cross_reference(
        [
            crossref.parse_document(northcutt, doc_id="a"),
            crossref.parse_document(named, doc_id="b"),
        ],
        embedder=embedder,
    )
    assert [(f.kind, f.attribute) for f in report.findings if f.kind != "agreement"] == [
        ("conflict", "number of passes")
    ]


def test_a_speaker_named_before_a_figure_does_not_hold_it() -> None:
    # a reviewed ECB+ event: both sources count the volunteers; Steele only said so
    claims = _claims(
        "It was the biggest fire the department has seen this year, and Steele said as many as 35 to 40"
        " volunteer firefighters came from across the region to battle the blaze.",
        "Crews worked for hours after as many as 50 to 60 volunteer firefighters arrived.",
    )
    named_in = {c.doc_id: name_words(c.names) for c in claims}  # the second article names no one
    assert [f.kind for f in _flags(claims, named_in=named_in)] == ["discrepancy"]


def test_sums_over_other_spans_are_not_compared() -> None:
    # a reviewed ECB+ event: one running back's touchdowns over two windows of a season
    claims = _claims(
        "Pierre Thomas has 189 rushing yards and two touchdowns in his last two games.",
        "Pierre Thomas has eight touchdowns on 498 rushing yards this season.",
    )
    assert _flags(claims) == []
    same_span = _claims(
        "Pierre Thomas has two touchdowns in his last two games.",
        "Pierre Thomas has four touchdowns in his last two games.",
    )
    assert [f.kind for f in _flags(same_span)] == ["conflict"]
    # a career-high is one game's figure, not a career total
    career_high = _claims(
        "Will Artino had a career-high 14 points and six rebounds.",
        "Will Artino scored 14 points off the bench with 11 rebounds.",
    )
    assert "conflict" in [f.kind for f in _flags(career_high)]
    # the span a figure itself counts is what it says
    streak = _claims(
        "Doug McDermott has scored in double figures in 106 consecutive games.",
        "Doug McDermott has reached double figures in 105 straight games.",
    )
    assert [f.kind for f in _flags(streak)] == ["conflict"]


def test_a_running_total_is_not_one_days_count() -> None:
    # a reviewed ECB+ event (Gaza, January 2009)
    claims = _claims(
        "Five soldiers lost their lives on Wednesday, four of them from friendly fire.",
        "So far seven soldiers and four civilians have died in the conflict.",
        published=dt.date(2009, 1, 8),
    )
    assert _flags(claims, dt.date(2009, 1, 8)) == []
    # the same in undated articles: the weekday still names one day (ECB+ 41ecb)
    undated = _claims(
        "Five Israeli soldiers lost their lives on Wednesday, four from friendly fire, bringing to 10 the"
        " number of Israelis who have been killed.",
        "Israel has so far lost seven soldiers and four civilians in the conflict.",
    )
    assert _flags(undated) == []
    # nor against one occasion's (ECB+ 41ecb)
    attack = _claims(
        "The attack on one of his schools killed 40 Palestinians seeking shelter.",
        "More than 600 Palestinians have been killed so far in the 12 days of the offensive.",
    )
    assert _flags(attack) == []
    same_attack = _claims("The attack has killed 40 people so far.", "The attack killed 35 people.")
    assert [f.kind for f in _flags(same_attack)] == ["conflict"]
    # a toll so far is still set against a toll that names no day
    tolls = _claims("So far, 14 people have died in the floods.", "A dozen people died in the floods.")
    assert [f.kind for f in _flags(tolls)] == ["conflict"]


def test_attempts_are_not_completions() -> None:
    # a reviewed ECB+ event: "41 passes" is the set the 28 completions are taken from
    claims = _claims(
        "Garrard completed 28 of 41 passes for 329 yards and a touchdown.",
        "Garrard, who completed 28 passes for 329 yards, ran for two yards.",
    )
    assert _flags(claims) == []
    same_stat = _claims("Garrard completed 28 passes.", "Garrard completed 26 passes.")
    assert [f.kind for f in _flags(same_stat)] == ["conflict"]


def test_who_does_a_thing_is_not_counted_with_the_thing(
    embedder: crossref.SentenceTransformerEmbedder,
) -> None:
    # a reviewed ECB+ event: people and events; "protesters" and "protests" are 0.85 alike in MiniLM
    claims = _claims(
        "About two dozen young protesters splintered off, drawing riot police.",
        "Several protests and riots have erupted in the teen's Brooklyn neighborhood.",
    )
    assert _flags(claims, noun_similarity=_model_similarity(embedder)) == []
    # people counted under two names are still one count
    troops = _claims("Around 900 soldiers are leaving.", "Roughly 2,000 troops are leaving.")
    assert [f.kind for f in _flags(troops)] == []
    assert [f.kind for f in _compare(troops, noun_similarity=_model_similarity(embedder))] == ["conflict"]


def test_counted_nouns_meet_when_they_name_one_thing(embedder: crossref.SentenceTransformerEmbedder) -> None:
    similarity = _model_similarity(embedder)
    # one person is one of the people
    toll = _claims("One person was killed in the blast.", "Two people were killed in the blast.")
    assert [f.kind for f in _flags(toll, noun_similarity=similarity)] == ["conflict"]
    assert [f.kind for f in _flags(toll)] == ["conflict"]  # the same noun, whatever the model


# An independent review of the rules above found real conflicts they hid; each stays found.


def test_a_deal_or_plan_told_in_the_future_still_meets_its_telling_as_done() -> None:
    for a, b in [
        (
            "Boeing will pay $2.5 billion to settle the charges.",
            "Boeing agreed to pay $2.1 billion to settle the charges.",
        ),
        ("The company said it would cut 1,200 jobs.", "The company is cutting 1,500 jobs."),
        (
            "Rescuers could pull only 12 survivors from the rubble.",
            "Rescuers pulled 20 survivors from the rubble.",
        ),
        ("Nadal needed 40 stitches in his hand.", "Nadal received 25 stitches in his hand."),
    ]:
        assert [f.kind for f in _flags(_claims(a, b))] == ["conflict"], (a, b)


def test_who_reports_a_figure_of_their_own_holds_it() -> None:
    claims = _claims(
        "Apple reported quarterly revenue of $90 billion.",
        "Samsung reported quarterly revenue of $60 billion.",
    )
    assert _flags(claims) == []


def test_an_above_average_amount_is_a_total() -> None:
    claims = _claims(
        "The storm dumped an above-average 10 inches of rain.", "The storm dumped 6 inches of rain."
    )
    assert [f.kind for f in _flags(claims)] == ["conflict"]


def test_spans_are_told_apart_by_what_they_say_not_how() -> None:
    same = _claims(
        "Haaland has five goals in his last two games.", "Haaland has seven goals in his last 2 games."
    )
    assert [f.kind for f in _flags(same)] == ["conflict"]
    seasons = _claims("Kane scored 36 goals last season.", "Kane has scored 12 goals this season.")
    assert _flags(seasons) == []


def test_points_in_the_first_minutes_are_not_the_points_at_the_half() -> None:
    # a reviewed ECB+ event: one player's points at two moments of one game
    claims = _claims(
        "McDermott had 10 points in the first 7 ½ minutes, then broke the record.",
        "The Jays led 33-26 at the half, paced by 13 points from McDermott.",
    )
    assert _flags(claims) == []
    same_window = _claims(
        "McDermott had 10 points in the first 7 ½ minutes.",
        "McDermott scored 12 points in the first 7 ½ minutes.",
    )
    assert [f.kind for f in _flags(same_window)] == ["conflict"]
    # one span said two ways (an independent reviewer's cases)
    past = _claims(
        "Officials reported 120 new cases in the past 24 hours.",
        "Officials reported 150 new cases in the last 24 hours.",
    )
    assert [f.kind for f in _flags(past)] == ["conflict"]
    first_day = _claims(
        "The hospital treated 80 patients in the first 24 hours after the blast.",
        "The hospital treated 120 patients on the first day after the blast.",
    )
    assert [f.kind for f in _flags(first_day)] == ["conflict"]
    years = _claims(
        "The company lost $2 billion over three years.", "The company lost $500 million over two years."
    )
    assert [f.attribute for f in _flags(years)] == ["how long: company lost"]  # the years, not the dollars


def test_counts_that_pick_out_other_parts_of_a_series_are_not_compared() -> None:
    # a reviewed ECB+ event: "10 games" and "two games" say which games, not how many
    claims = _claims(
        "The 76ers have opened 9-14 with eight losses in their last 10 games.",
        "The 76ers surprised the Pistons by taking the first two games from them in Detroit.",
    )
    assert _flags(claims) == []
    season = _claims(
        "The 76ers won 40 games last season.",
        "The 76ers surprised the Pistons by taking the first two games from them last season.",
    )
    assert _flags(season) == []
    # a last pick may be all that were left (an independent reviewer's case)
    left = _claims(
        "The final 30 residents left the island on Tuesday.", "Some 45 residents left the island on Tuesday."
    )
    assert [f.kind for f in _flags(left)] == ["conflict"]
    same_end = _claims("Bush will miss the final two games.", "Bush will miss the last three games.")
    assert [f.kind for f in _flags(same_end)] == ["conflict"]


def test_a_toll_so_far_meets_a_toll_of_the_same_day() -> None:
    tuesday = dt.date(2023, 2, 8)
    claims = _claims(
        "The death toll from the earthquake has risen to 2,300 so far, officials said on Tuesday.",
        "The death toll from the earthquake rose to 1,800 on Tuesday, officials said.",
        published=tuesday,
    )
    assert [f.kind for f in _flags(claims, tuesday)] == ["conflict"]


def test_one_of_a_number_gives_the_toll() -> None:
    claims = _claims(
        "He was one of 19 firefighters who died in the fire on Sunday.",
        "Fourteen firefighters died in the fire on Sunday.",
    )
    assert [f.kind for f in _flags(claims)] == ["conflict"]


def test_a_holder_named_only_in_an_attribution_is_named(
    embedder: crossref.SentenceTransformerEmbedder,
) -> None:
    report = crossref.cross_reference(
        [
            crossref.parse_document(
                "Toyota is recalling 1.2 million vehicles over faulty brakes.", doc_id="a"
            ),
            crossref.parse_document(
                "The automaker is recalling 1.5 million vehicles over faulty brakes, Toyota said on Tuesday.",
                doc_id="b",
            ),
        ],
        embedder=embedder,
    )
    assert [f.kind for f in report.findings if f.kind != "agreement"] == ["conflict"]


def test_a_day_is_no_holder() -> None:
    claims = _claims(
        "Since Tuesday, 500 people have been evacuated by boat from the village.",
        "Since the roads were flooded, 300 people were evacuated by boat from the village.",
    )
    named_in = {c.doc_id: name_words(c.names) for c in claims}  # the second article names no one
    assert [f.kind for f in _flags(claims, named_in=named_in)] == ["conflict"]


def _articles(*texts: str) -> tuple[list[crossref.Claim], dict[str, list[crossref.Claim]]]:
    """Every claim of each article (document ``d0``, ``d1``, ...), and the claims by article."""
    claims = _claims(*texts)
    claims_of: dict[str, list[crossref.Claim]] = {}
    for c in claims:
        claims_of.setdefault(c.doc_id, []).append(c)
    return claims, claims_of


def test_an_article_that_gives_both_figures_does_not_contradict_one_that_gives_one() -> None:
    # a reviewed ECB+ event: one article tells of the 1997 sentence and of the 1959 one
    claims, claims_of = _articles(
        "He was sentenced to 12 years in prison.",
        "Gigante was serving a 12-year sentence imposed in 1997 after he was convicted of racketeering."
        "\nMr. Gigante was sentenced to seven years in prison.",
    )
    cluster = [c for c in claims if c.doc_id == "d0" or "seven" in c.text]
    assert [f.kind for f in _flags(cluster)] == ["conflict"], "without the articles, 12 and 7 years conflict"
    assert _compare(cluster, claims_of=claims_of) == [], "neither a flag nor an agreement of 12 and 7 years"


def test_an_article_that_gives_the_others_figure_of_another_thing_still_conflicts() -> None:
    # the second article's "14" counts the injured, not the dead
    claims, claims_of = _articles(
        "The fire killed 14 people on Monday.",
        "The fire killed 12 people on Monday.\nThe fire injured 14 people on Monday.",
    )
    cluster = [c for c in claims if "killed" in c.text]
    assert [f.kind for f in _flags(cluster, claims_of=claims_of)] == ["conflict"]


def test_one_figure_told_twice_in_one_sentence_is_not_two_things() -> None:
    # the seeds: "several weeks, ranging from about 15 days to a month" says one thing twice, so
    # its "several weeks" does not make "about 15 days to a month" another thing
    claims, claims_of = _articles(
        "A second source said the process would likely take several weeks.",
        "Security sources estimated that the evacuation process could take several weeks, ranging from"
        " about 15 days to a month.",
    )
    assert [f.kind for f in _flags(claims, claims_of=claims_of)] == ["discrepancy"]


def test_the_pipeline_reads_every_figure_an_article_gives(
    embedder: crossref.SentenceTransformerEmbedder,
) -> None:
    # the 1997 sentence and the 1959 one; the first article tells only of 1997
    first = "Vincent Gigante died in prison.\nHe was sentenced to 12 years in prison."
    both = (
        "Vincent Gigante died in prison.\nGigante was serving a 12-year sentence imposed in 1997 after he"
        " was convicted of racketeering.\nIn his youth Mr. Gigante was sentenced to seven years in prison."
    )
    only_seven = (
        "Vincent Gigante died in prison.\nIn his youth Mr. Gigante was sentenced to seven years in prison."
    )
    for second, flagged in ((both, []), (only_seven, ["conflict"])):
        report = crossref.cross_reference(
            [crossref.parse_document(first, doc_id="a"), crossref.parse_document(second, doc_id="b")],
            embedder=embedder,
        )
        assert [f.kind for f in report.findings if f.kind != "agreement"] == flagged, second


def test_a_statement_agreement_leaves_out_a_claim_whose_figure_cannot_be_the_others() -> None:
    pub = dt.date(2026, 2, 23)
    claims = _claims(
        "The army has roughly 1,000 troops in the region.",
        "The army keeps about 1,000 troops in the region.",
        "In 2019 the army kept nearly 2,000 troops in the region.",
        published=pub,
    )
    findings = _compare(claims, pub)
    assert [f.kind for f in findings] == ["agreement"], "the figures' agreement, not told again in words"
    then = next(c.id for c in claims if "2019" in c.text)
    for f in findings:
        assert then not in f.claim_ids, f


def test_times_left_on_a_game_clock_are_not_lengths_of_time() -> None:
    # a reviewed ECB+ event: two touchdowns of one game, each told by the time left
    claims = _claims(
        "Dallas Clark caught a touchdown pass with 12 minutes, 31 seconds remaining.",
        "Keiwan Ratliff returned the interception for a touchdown with 4 minutes 48 seconds remaining.",
    )
    assert _flags(claims) == []
    contract = _claims(
        "The Sixers fired Cheeks with two years left on his contract.",
        "The Sixers fired Cheeks with three years left on his contract.",
    )
    assert [f.kind for f in _flags(contract)] == ["conflict"], "years left on a deal are a length of time"


def test_a_quarter_reported_on_is_the_time_of_its_figures_not_a_day() -> None:
    """A quarter of the year is what a company reports on; the day it reports is another date,
    and an article's undated figures may be that quarter's (an independent reviewer's case:
    "Wednesday" was set against "the third quarter of 2026")."""
    day = dt.date(2026, 11, 20)
    claims = _claims(
        "Acme reported third-quarter profit of $2.1 billion on Wednesday.",
        "Acme posted a profit of $2.4 billion, the company said on Thursday.",
        published=day,
    )
    found = _compare(claims, day)
    assert [(f.kind, f.attribute.startswith("amount")) for f in found] == [("conflict", True)]
    claims = _claims(
        "Acme on Wednesday reported a profit of $2.1 billion.",
        "Acme reported a profit of $2.1 billion for the third quarter.",
        published=day,
    )
    assert [f.kind for f in _compare(claims, day)] == ["agreement"]  # not "Wednesday" / "the third quarter"


def test_a_kind_of_people_is_a_part_of_all_the_people_counted() -> None:
    """ "12 people" counts the civilians among them: more civilians killed than people killed
    cannot be; fewer is no news, and two kinds of people are not one count."""
    claims = _claims(
        "Drone strikes killed at least 17 civilians in the district, a spokesman said.",
        "Health officials said 12 people had been killed in the strikes, including five children.",
    )
    found = _flags(claims)
    assert [f.kind for f in found] == ["conflict"]
    assert {v.text for v in found[0].values if v} == {"at least 17 civilians", "12 people"}
    fewer = _claims(
        "Drone strikes killed 17 civilians in the district, a spokesman said.",
        "Health officials said 22 people had been killed in the strikes.",
    )
    assert _flags(fewer) == []
    kinds = _claims(
        "Drone strikes killed 17 civilians in the district.",
        "Drone strikes killed five soldiers in the district.",
    )
    assert _flags(kinds) == []


def test_a_share_of_a_hedged_sized_whole_is_a_share_of_that_whole() -> None:
    """ "about 9 percent of its roughly 44,000-person work force" is a share of the work force
    (not of "roughly"), as "roughly 11% of its workforce" is."""
    docs = [
        crossref.parse_document(text, doc_id=f"d{i}")
        for i, text in enumerate(
            (
                "The company said it would cut about 4,000 jobs, or roughly 11% of its workforce.",
                "The company said it would eliminate some 4,000 jobs, about 9 percent of its roughly "
                "44,000-person work force.",
            )
        )
    ]
    found = crossref.cross_reference(docs).findings
    assert [(f.kind, f.attribute.startswith("share")) for f in found if f.kind != "agreement"] == [
        ("discrepancy", True)
    ]


def test_two_floors_or_two_ceilings_of_one_figure_agree() -> None:
    def said(a: str, b: str) -> str:
        (va,), (vb,) = extract_values(a), extract_values(b)
        return verdict(va, vb)[0]

    assert said("at least 120 homes", "more than 120 houses") == "agreement"
    assert said("up to 120 homes", "fewer than 120 homes") == "agreement"
    assert said("at least 120 homes", "up to 120 homes") == "discrepancy"


def test_a_fire_named_for_a_place_and_the_fire_near_that_place_start_on_one_day() -> None:
    """The day a named fire started and the day "the fire" near the place it is named for
    began are one date (the name word is enough for a date's owner), and "Saturday
    afternoon" is timed, not what is timed."""
    day = dt.date(2026, 8, 11)
    docs = [
        crossref.parse_document(text, doc_id=f"d{i}", published=day)
        for i, text in enumerate(
            (
                "The Mill Creek Fire started Saturday afternoon north of Mill Creek, officials said.",
                "The fire began on Friday 7 August in the evening near the village of Mill Creek.",
            )
        )
    ]
    found = [f for f in crossref.cross_reference(docs).findings if f.kind != "agreement"]
    assert [(f.kind, {v.text for v in f.values if v}) for f in found] == [
        ("conflict", {"Saturday", "Friday 7 August"})
    ]


def test_a_deadline_and_a_length_of_time_that_misses_it_are_not_said_alike() -> None:
    """ "by the end of the month" (20 days off) and "six to eight weeks" cannot be one thing
    said twice, whatever the words share; "in 2014" and "more than a decade" before a 2026
    article can."""
    aug = dt.date(2026, 8, 11)
    claims = _claims(
        "Fire officials said they hoped to have the blaze fully contained by the end of the month.",
        "The incident commander said it could take six to eight weeks to fully contain the blaze.",
        published=aug,
    )
    assert [f.kind for f in _compare(claims, aug)] == []
    feb = dt.date(2026, 2, 23)
    claims = _claims(
        "American forces entered Syria in 2014 to fight the Islamic State group.",
        "American forces have been in Syria for more than a decade to fight the Islamic State group.",
        published=feb,
    )
    assert [f.kind for f in _compare(claims, feb)] == ["agreement"]


def test_a_rise_is_not_set_against_a_fall() -> None:
    """A share that fell over the year and one that rose after hours are two movements, not
    one figure told twice; a rise and a fall of one figure still contradict in words."""
    day = dt.date(2026, 4, 29)
    claims = _claims(
        "Acme's shares had fallen about 14% this year through Tuesday's close.",
        "Acme shares jumped nearly 6% after hours.",
        published=day,
    )
    assert _flags(claims, day) == []
    claims = _claims("Acme shares rose 5% on Tuesday.", "Acme shares fell 5% on Tuesday.", published=day)
    assert [f.kind for f in _flags(claims, day)] == ["conflict"]


def test_claims_dated_to_two_occasions_do_not_agree_in_words() -> None:
    """Their dates cannot be set side by side (years apart) nor both hold: not "2 sources
    report this"."""
    day = dt.date(2026, 4, 30)
    claims = _claims(
        "said a former Acme sales engineer who was laid off in 2023.",
        "said one Acme support engineer who was laid off on Wednesday.",
        published=day,
    )
    assert [f.kind for f in _compare(claims, day)] == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (  # a count of one place picked out is a part of the total
            "More than 2,000 planned operations had been postponed because of the strike.",
            "In Auckland alone, 640 planned operations have been deferred.",
        ),
        (  # two named rates
            "Two board members voted to keep the two-week repo rate unchanged at 3.5%.",
            "The lombard rate is now 4,25 % and the discount rate 2,25 %.",
        ),
        (  # a target against a forecast
            "The central bank targets inflation of 2%, with a tolerance band of one percentage point.",
            "The analysts of the banks expected the inflation about 2,7 %.",
        ),
    ],
)
def test_figures_of_other_things_a_reviewer_found_set_side_by_side(first: str, second: str) -> None:
    day = dt.date(2026, 11, 5)
    assert _flags(_claims(first, second, published=day), day) == []


def test_a_denial_since_a_date_conflicts_with_a_later_date() -> None:
    pub = dt.date(2026, 2, 11)
    claims = _claims(
        "The bridge had last been inspected in 2024.",
        "The bridge had not been inspected since 2017.",
        published=pub,
    )
    (finding,) = _compare(claims, pub)
    assert finding.kind == "conflict" and "not happened since" in finding.explanation
    # a comparison is no deed: "not been this high since 2008" is not denied by a rise in 2025
    rates = _claims(
        "Interest rates have not been this high since 2008.",
        "The central bank raised interest rates in March 2025.",
        published=pub,
    )
    assert all(f.kind != "conflict" for f in _compare(rates, pub))
    earlier = _claims(
        "The bridge had last been inspected in 2015.",
        "The bridge had not been inspected since 2017.",
        published=pub,
    )
    assert all(f.kind != "conflict" for f in _compare(earlier, pub))


def test_a_denial_and_a_plain_statement_are_not_an_agreement() -> None:
    claims = _claims(
        "No oil had reached the beaches of Elafonisos on Tuesday.",
        "Oil had reached the beaches of Elafonisos on Tuesday.",
    )
    assert all(f.kind != "agreement" for f in _compare(claims))
    # a negation in an aside or a phrase denies nothing the claim says
    for plain, aside in (
        (
            "Police arrested a suspect in Leeds.",
            "Police arrested a suspect in Leeds, who has not been named.",
        ),
        (
            "The train derailed shortly after leaving the station.",
            "The train derailed without warning shortly after leaving the station.",
        ),
    ):
        assert [f.kind for f in _compare(_claims(plain, aside))] == ["agreement"], aside
    both_deny = _claims(
        "No oil had reached the beaches of Elafonisos.",
        "No oil has reached the beaches of Elafonisos so far.",
    )
    assert [f.kind for f in _compare(both_deny)] == ["agreement"]


def test_a_count_among_a_set_is_a_part_of_it() -> None:
    claims = _claims(
        "About 120 planned operations were postponed at the hospital.",
        "Among the postponed operations at the hospital were 15 cancer operations.",
    )
    assert _flags(claims) == []
    whole = _claims(
        "About 120 planned operations were postponed at the hospital.",
        "The hospital postponed 15 planned operations.",
    )
    assert [f.kind for f in _flags(whole)] == ["conflict"]


def test_a_word_may_have_several_antonyms() -> None:
    flights = _claims(
        "Flights at La Aurora International Airport were suspended on Tuesday.",
        "Flights at La Aurora International Airport resumed on Tuesday.",
    )
    assert [f.kind for f in _compare(flights)] == ["conflict"]
    for verb in ("accepted", "approved"):
        bid = _claims(f"The board {verb} the takeover offer.", "The board rejected the takeover offer.")
        assert [f.kind for f in _compare(bid)] == ["conflict"], verb


def test_claims_of_other_ranks_are_not_one_statement() -> None:
    ranks = _claims(
        "It is the second ransomware attack on a hospital in Hesse.",
        "This is the first ransomware attack on a hospital in Hesse.",
    )
    assert all(f.kind != "agreement" for f in _compare(ranks))
    same_rank = _claims(
        "It is the first ransomware attack on a hospital in Hesse.",
        "This is the first ransomware attack on a hospital in Hesse.",
    )
    assert [f.kind for f in _compare(same_rank)] == ["agreement"]
    last_week = _claims(
        "Apple unveiled its new iPhone at its first event in Cupertino.",
        "Apple unveiled its new iPhone at an event in Cupertino last week.",
    )
    assert [f.kind for f in _compare(last_week)] == ["agreement"]


def test_loose_opposites_are_no_conflict_and_no_agreement() -> None:
    airport = _claims(
        "La Aurora International Airport remained open on Tuesday.",
        "La Aurora International Airport suspended its operations on Tuesday.",
    )
    assert _compare(airport) == []


def test_a_bound_in_the_same_article_is_not_the_other_figure_told_again() -> None:
    # an independent reviewer's set: "above 45 degrees" in the wire story's lede is no second
    # telling of the local paper's 45.2, so 45.8 and 45.2 still conflict
    wire = (
        "Temperatures in southern Spain climbed above 45 degrees Celsius on Monday as a heatwave tightened "
        "its grip on the Iberian peninsula, and three people died of heatstroke, officials said."
        "\nThe state weather agency AEMET said its station in Jerez de la Frontera recorded 45.8C on Monday "
        "afternoon, the highest temperature in Spain so far this summer."
    )
    local = (
        "The thermometers in Jerez de la Frontera marked yesterday, Monday, 45,2 degrees at the station of "
        "AEMET in the airport, the maximum of all Spain in this summer."
    )
    claims, claims_of = _articles(wire, local)
    cluster = [c for c in claims if "Jerez" in c.text]
    assert [f.kind for f in _flags(cluster, claims_of=claims_of)] == ["conflict"]


def test_dates_of_one_deed_are_compared_in_claims_worded_apart() -> None:
    # an independent writer's set: the lede's long sentence and the local paper's short one are
    # little alike (cosine 0.61), but both date "tanker ran" (aground)
    pub = dt.date(2025, 7, 9)
    claims = _claims(
        "A Malta-flagged oil tanker ran aground off Greece's southern Peloponnese at around 4 a.m. on "
        "Tuesday, the coast guard said.",
        "The tanker ran aground late on Monday evening, the port authority said.",
        published=pub,
    )
    assert [v.frame for c in claims for v in c.values if v.dimension == "date"] == [
        "tanker ran",
        "tanker ran",
    ]
    loose = {"similarity": lambda a, b: 0.61}
    assert [f.kind for f in _flags(claims, pub, **loose)] == ["conflict"]
    other_deeds = _claims(
        "The tanker ran aground late on Monday evening.",
        "The crew left the tanker on Tuesday.",
        published=pub,
    )
    assert _flags(other_deeds, pub, **loose) == []
    # a lone verb names no doer: two blog pages "posted" on two days (ECB+ 21plus)
    pages = _claims(
        "On behalf of Howard R. Sanders, Esq. posted in Pedestrian Accidents on Wednesday, "
        "September 18, 2013.",
        "On behalf of Newman, Anzalone & Newman, LLP. posted in Hit and Run Accidents on Friday, "
        "September 20, 2013.",
    )
    assert _flags(pages, None, **loose) == []


def test_a_name_inside_a_clause_before_the_verb_is_not_the_figures_holder() -> None:
    # heldout5 bus crash (written): "Azilal-Marrakech" ends the relative clause, the bus carried them
    claims = _claims(
        "The bus, carrying 46 passengers, left the road near Demnate.",
        "The bus, which served the line Azilal-Marrakech, transported 52 passengers.",
    )
    (flag,) = _flags(claims)
    assert flag.kind == "conflict" and {v.text for v in flag.values} == {"46 passengers", "52 passengers"}
    # an independent reviewer's: a name set off by commas before its figure is still its holder
    assert (
        _flags(
            _claims("Kirkpatrick, aged 61, was charged in Dallas.", "Banky, aged 40, was charged in Dallas.")
        )
        == []
    )
    district = "In the district of Lisbon, the AD won with 30,4% of the votes."
    assert _flags(_claims(district, "The AD, led by Luis Montenegro, won 32.1% of the vote.")) == []


def test_an_agreement_lists_no_two_figures_that_cannot_both_hold() -> None:
    # review3 heat wave (written): 5 is within "at least 3", and so is 3; 3 and 5 do not agree
    claims = _claims(
        "Officials said three people died of heatstroke on Monday.",
        "In all Spain, five persons died because of a heat stroke since Friday.",
        "At least three people have died in the heatwave.",
        published=dt.date(2025, 8, 12),
    )
    agreements = [f for f in _compare(claims, dt.date(2025, 8, 12)) if f.kind == "agreement"]
    assert any(f.attribute == "number of people" for f in agreements)
    for f in agreements:
        assert not {"three people", "five persons"} <= {v.text for v in f.values}, f


def test_an_agreement_keeps_the_figures_most_sources_give() -> None:
    # an independent reviewer's order: the lone "five persons" comes before three reports of three
    claims = _claims(
        "At least three people have died in the heatwave.",
        "In all Spain, five persons died because of a heat stroke since Friday.",
        "Officials said three people died of heatstroke on Monday.",
        "Three people died of heatstroke on Monday, the ministry said.",
        "Three people died of heatstroke on Monday, a spokesman said.",
        published=dt.date(2025, 8, 12),
    )
    found = _compare(claims, dt.date(2025, 8, 12))
    (agreement,) = [f for f in found if f.kind == "agreement" and f.attribute == "number of people"]
    said = [v.text.lower() for v in agreement.values]
    assert said.count("three people") == 3 and "five persons" not in said


# ---- a fresh written set (heldout6): what it showed missing -------------------------------------


def test_a_denial_in_fewer_words_than_the_plain_claim_is_a_conflict() -> None:
    # the plain claim carries an aside the denial does not repeat
    claims = _claims(
        "The captain, a 54-year-old Croatian national, was detained for questioning.",
        "The harbour master said the captain had not been detained.",
    )
    (finding,) = _flags(claims)
    assert finding.kind == "conflict" and "negates" in finding.explanation
    # a denial of one part of what the other claim says is no contradiction of it
    driver = _claims(
        "The driver was not injured.",
        "The driver said three passengers were injured in the crash.",
    )
    assert _flags(driver) == []
    # what is denied must be what the other says (ECB+ 5ecb), of someone named (ECB+ 28plus)
    coach = _claims("DiLeo has never been an NBA coach.", "DiLeo has a good reputation as a coach.")
    assert _flags(coach) == []
    he = _claims("He was not Deep Throat.", "Deep Throat dies")
    assert _flags(he) == []
    # what is to come is told as it moves (ECB+ 6plus)
    sequel = _claims(
        "Gary Ross Will Not Direct 'Hunger Games' Sequel",
        "Gary Ross in negotiations to direct 'Hunger Games' sequel 'Catching Fire'",
    )
    assert _flags(sequel) == []
    # a word of three letters says which one; a year says another time
    for denied, said in (
        ("The bus driver was not injured.", "The driver of the lorry was injured."),
        ("Gas supplies were not affected.", "Oil supplies were affected by the attack."),
        (
            "Investigators have not ruled out arson.",
            "Investigators ruled out arson in a similar fire in 2015.",
        ),
    ):
        assert _flags(_claims(denied, said)) == [], (denied, said)


def test_sources_that_agree_beside_one_that_differs_are_also_an_agreement() -> None:
    claims = _claims(
        "Residents of 11 villages have been evacuated.",
        "During the night 11 villages were evacuated.",
        "Seven villages were evacuated overnight.",
    )
    findings = _compare(claims)
    conflict = next(f for f in findings if f.kind == "conflict")
    assert len(conflict.claim_ids) == 3
    (agreement,) = [f for f in findings if f.kind == "agreement"]
    assert {v.text for v in agreement.values} == {"11 villages"}
    assert set(agreement.claim_ids) == {claims[0].id, claims[1].id}
    # when no two sources give one figure, there is nothing to corroborate
    two = _claims("Residents of 11 villages have been evacuated.", "Seven villages were evacuated overnight.")
    assert [f.kind for f in _compare(two)] == ["conflict"]
    # a floor fits either side and corroborates neither
    floor = _claims("More than 20 people were killed.", "25 people were killed.", "30 people were killed.")
    assert [f.kind for f in _compare(floor)] == ["conflict"]


def test_claims_whose_counts_all_differ_are_not_one_statement() -> None:
    # "sections" and "polling stations" are not set side by side, but 17 and 14 still differ
    claims = _claims(
        "The commission will recount the ballots from 17 sections.",
        "The electoral commission ordered a recount in 14 polling stations.",
    )
    assert not [f for f in _compare(claims) if f.kind == "agreement"]


def test_a_separate_event_is_not_set_against_the_event() -> None:
    claims = _claims(
        "The fire near Serta has burned about 4,000 hectares.",
        "Further north, a separate blaze near Arganil had burned around 1,500 hectares.",
    )
    assert _flags(claims) == []
    same = _claims(
        "The fire near Serta has burned about 4,000 hectares.",
        "The blaze near Serta had burned around 1,500 hectares.",
    )
    assert [f.kind for f in _flags(same)] == ["conflict"]
    both = _claims(
        "The two separate fires have burned 4,000 hectares.", "The fires have burned 9,000 hectares."
    )
    assert [f.kind for f in _flags(both)] == ["conflict"]
