"""Actors and spelling variants of names."""

from __future__ import annotations

import pytest

from crossref.names import actor_of, actors_in, names_match, shared_names, speaker_key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("al-Sharaa", "Al-Sharra"),
        ("Shaddadi", "Shadadi"),
        ("IS", "Islamic State"),
        ("ISIS", "Daesh"),
        ("U.S.", "United States"),
        ("Basar-al-Assad", "Bashar al-Assad"),
    ],
)
def test_spelling_variants_match(a: str, b: str) -> None:
    assert names_match(a, b)


@pytest.mark.parametrize(
    ("a", "b"), [("Tartus", "Qasrak"), ("Iran", "Iraq"), ("IS", "US"), ("Syria", "Libya")]
)
def test_different_names_do_not_match(a: str, b: str) -> None:
    assert not names_match(a, b)


def test_demonyms_and_capitals_name_their_country() -> None:
    assert actors_in("Moscow and the American forces".split()) == ("Russia", "US")
    assert actor_of("Kremlin") == "Russia" and actor_of("Hasakah") is None


def test_shared_names_is_the_share_of_the_smaller_set() -> None:
    assert shared_names(("Qasrak", "Hasakah"), ("Hasakah", "Qamishli", "Rmelan")) == 0.5
    assert shared_names((), ("Hasakah",)) == 0.0


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("A senior US official", "an American official"),
        ("U.S. officials", "a Washington official"),
        ("a spokesman for the Interior Ministry", "the spokesman for the Interior Ministry"),
        ("The New York Times", "the New York Times"),
        ("the Kremlin", "Moscow"),
    ],
)
def test_one_speaker_in_other_words_has_one_key(a: str, b: str) -> None:
    assert speaker_key(a) == speaker_key(b) is not None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("a US official", "a Russian official"),
        ("police in Texas", "police in Ohio"),
        ("a spokesman for Hamas", "a spokesman for the Pentagon"),
        ("The New York Times", "The Los Angeles Times"),
        ("three Syrian military and security sources", "US officials"),
    ],
)
def test_different_speakers_have_different_keys(a: str, b: str) -> None:
    assert speaker_key(a) != speaker_key(b)


@pytest.mark.parametrize("who", ["He", "they", "officials", "Police", "sources", "witnesses"])
def test_nobody_in_particular_has_no_key(who: str) -> None:
    assert speaker_key(who) is None
