"""crossref.stories: a document about another event is told apart from the rest, on the seeds
and on ECB+, whose topics each hold two events of one kind."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

import crossref
from crossref.config import Settings
from crossref.stories import STORY_NAMES, other_stories, story_names

_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

RUSSIA = "000_ba6712d1de8a62eb.txt"  # the seeds' article on Russia's withdrawal, not the American one


def test_the_seeds_russian_withdrawal_tells_another_story(seeds_report):
    assert [s.doc_id for s in seeds_report.other_stories] == [RUSSIA]
    story = seeds_report.other_stories[0]
    assert story.closest != RUSSIA and 0 <= story.shared < 0.2


def test_no_finding_sets_another_story_against_the_rest(seeds_report):
    claims = {c.id: c for c in seeds_report.claims}
    for f in seeds_report.findings:
        docs = {claims[c].doc_id for c in f.claim_ids}
        assert RUSSIA not in docs or docs == {RUSSIA}, f


def test_the_text_report_and_json_say_which_document_tells_another_story(seeds_report):
    assert f"another story: {RUSSIA}" in seeds_report.to_text()
    assert f"another story: {RUSSIA}" in seeds_report.to_html()
    back = crossref.Report.from_json(seeds_report.to_json())
    assert back.other_stories == seeds_report.other_stories


def test_story_overlap_zero_judges_no_document(seeds_corpus):
    claims = crossref.extract_claims(list(seeds_corpus.documents))
    assert other_stories(claims, min_names=STORY_NAMES, overlap=0.0) == []
    names = story_names(claims)
    assert "Monday" not in names[RUSSIA] and len(names[RUSSIA]) >= STORY_NAMES


def _one_event_and_another(out: Path, topic: int, odd: str) -> Path:
    """An ECB+ topic's ``ecb`` event, and the article ``odd`` of its other event."""
    from benchmarks.export_events import export

    export([f"{topic}ecb", f"{topic}plus"], out)
    one = out / "one"
    shutil.copytree(out / f"{topic}ecb", one)
    shutil.copy(out / f"{topic}plus" / odd, one)
    return one


@pytest.mark.parametrize(("topic", "odd"), [(8, "8_10ecbplus.txt"), (14, "14_1ecbplus.txt")])
def test_an_ecb_article_of_the_topics_other_event_tells_another_story(tmp_path, topic, odd):
    """Topic 8 (two bank bombings) and topic 14 (two fires), whose odd article shares a
    fifth to three tenths of its names with the closest own one: found with the default
    ``story_overlap`` (0.3), not with 0.2 for topic 14."""
    folder = _one_event_and_another(tmp_path, topic, odd)
    claims = crossref.extract_claims(list(crossref.load(folder).documents))
    overlap = Settings().story_overlap
    assert [s.doc_id for s in other_stories(claims, min_names=STORY_NAMES, overlap=overlap)] == [odd]
    claims = [c for c in claims if c.doc_id != odd]
    assert other_stories(claims, min_names=STORY_NAMES, overlap=overlap) == []  # one event: none


def _doc(doc_id: str, *names: str) -> crossref.Claim:
    return crossref.Claim(
        id=f"{doc_id}:0", doc_id=doc_id, start=0, end=1, text="x", sentence_start=0, sentence_end=1,
        names=names,
    )  # fmt: skip


def test_another_jail_break_among_two_short_reports_of_one() -> None:
    """Two short reports of one jail break share a quarter of their names (under
    ``story_overlap``); the report of a jail break in another state shares one name (the wire
    service) with one of them, and that one is closer to the other report: it tells another
    story (an independent reviewer's case)."""
    one = _doc(
        "a", "Iberia Parish", "Louisiana", "New Iberia", "Tom Romero", "Jeanerette", "Lafayette", "Wire", "US"
    )
    two = _doc(
        "b", "Iberia Parish", "Louisiana", "Acadiana", "Opelousas", "New Orleans", "Orleans", "KATC", "Gulf"
    )
    other = _doc(
        "c", "Alabama", "Etowah County", "Gadsden", "Jon Horton", "Etowah County Detention Center", "Wire"
    )
    found = other_stories([one, two, other], min_names=6, overlap=0.3)
    assert [(s.doc_id, s.closest) for s in found] == [("c", "a")]
    assert other_stories([one, two], min_names=6, overlap=0.3) == []


def test_a_datelines_names_count_among_the_stories_names() -> None:
    """The names a dateline gives (cut from the lede's claims) still tell which story an
    article is: without them the jail break in Alabama names too few things to be judged."""
    one = _doc("a", "Iberia Parish", "Louisiana", "Tom Romero", "Jeanerette", "Lafayette", "Acadiana")
    two = _doc("b", "Iberia Parish", "Louisiana", "Acadiana", "Opelousas", "New Orleans", "Tom Romero")
    other = _doc("c", "Alabama", "Etowah County", "Etowah County Detention Center")
    assert other_stories([one, two, other], min_names=6, overlap=0.3) == [], "three names: not judged"
    datelined = {"a": ["NEW IBERIA", "La.", "Wire"], "c": ["GADSDEN", "Ala.", "Wire"]}
    found = other_stories([one, two, other], min_names=6, overlap=0.3, datelined=datelined)
    assert [s.doc_id for s in found] == ["c"]


def test_world_regions_are_no_story_names() -> None:
    """Two measles outbreaks, in Romania and in Kyrgyzstan, both "in Europe and Central Asia"
    (an independent writer's set): sharing a continent is not sharing a story."""
    wire = _doc(
        "a", "Suceava", "Radauti", "Siret", "Romania", "Bucharest", "Ukraine", "Europe", "Central Asia"
    )
    local = _doc("b", "Suceava", "DSP Suceava", "Romania", "Moldova", "Cantacuzino", "Mihaela Popescu")
    other = _doc(
        "c", "Bishkek", "Osh", "Nookat", "Kyrgyzstan", "Kazakhstan", "UNICEF", "Europe", "Central Asia"
    )
    assert "Europe" not in story_names([wire])["a"]
    assert [s.doc_id for s in other_stories([wire, local, other], min_names=6, overlap=0.3)] == ["c"]
