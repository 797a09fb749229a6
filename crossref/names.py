"""Names: who acts in a claim, and when two spellings name the same one.

Two jobs kept small and explicit:

* :func:`actor_of` maps a country name, its demonym or the capital used as its
  metonym ("American", "U.S.", "Washington") to one canonical country, so that
  "Russia's withdrawal" and "the US withdrawal" are known to have different actors.
* :func:`names_match` compares proper names with rapidfuzz, after folding
  common aliases, so "al-Sharaa" meets "al-Sharra" and "IS" meets "Islamic State".

The tables cover countries that dominate international news; an actor not in
them is simply unknown, which never blocks a match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz

# canonical country: spellings, demonyms and capital metonyms (lower case)
_COUNTRIES: dict[str, tuple[str, ...]] = {
    "US": (
        "us",
        "u.s.",
        "u.s",
        "usa",
        "u.s.a.",
        "united states",
        "america",
        "american",
        "americans",
        "washington",
        "pentagon",
        "white house",
    ),
    "Russia": ("russia", "russian", "russians", "moscow", "kremlin", "russian federation"),
    "China": ("china", "chinese", "beijing", "prc"),
    "UK": ("uk", "u.k.", "britain", "great britain", "united kingdom", "british", "london", "downing street"),
    "France": ("france", "french", "paris", "elysee"),
    "Germany": ("germany", "german", "germans", "berlin"),
    "Israel": ("israel", "israeli", "israelis"),
    "Iran": ("iran", "iranian", "iranians", "tehran"),
    "Iraq": ("iraq", "iraqi", "iraqis", "baghdad"),
    "Syria": ("syria", "syrian", "syrians", "damascus"),
    "Turkey": ("turkey", "turkish", "ankara", "turkiye"),
    "Ukraine": ("ukraine", "ukrainian", "ukrainians", "kyiv", "kiev"),
    "India": ("india", "indian", "new delhi"),
    "Pakistan": ("pakistan", "pakistani", "islamabad"),
    "Japan": ("japan", "japanese", "tokyo"),
    "North Korea": ("north korea", "north korean", "pyongyang", "dprk"),
    "South Korea": ("south korea", "south korean", "seoul"),
    "Saudi Arabia": ("saudi arabia", "saudi", "saudis", "riyadh"),
    "Egypt": ("egypt", "egyptian", "cairo"),
    "Libya": ("libya", "libyan", "tripoli"),
    "Afghanistan": ("afghanistan", "afghan", "kabul"),
    "Jordan": ("jordan", "jordanian", "amman"),
    "Lebanon": ("lebanon", "lebanese", "beirut"),
    "Canada": ("canada", "canadian", "ottawa"),
    "Mexico": ("mexico", "mexican"),
    "Brazil": ("brazil", "brazilian", "brasilia"),
    "Italy": ("italy", "italian", "rome"),
    "Spain": ("spain", "spanish", "madrid"),
    "Poland": ("poland", "polish", "warsaw"),
    "Australia": ("australia", "australian", "canberra"),
    "Indonesia": ("indonesia", "indonesian", "jakarta"),
    "Philippines": ("philippines", "philippine", "filipino", "manila"),
    "Nigeria": ("nigeria", "nigerian", "abuja"),
    "Sudan": ("sudan", "sudanese", "khartoum"),
    "Yemen": ("yemen", "yemeni", "sanaa"),
    "Qatar": ("qatar", "qatari", "doha"),
    "Venezuela": ("venezuela", "venezuelan", "caracas"),
    "Cuba": ("cuba", "cuban", "havana"),
    "Taiwan": ("taiwan", "taiwanese", "taipei"),
    "Greece": ("greece", "greek", "athens"),
}
_ACTOR = {alias: country for country, aliases in _COUNTRIES.items() for alias in aliases}
_MAX_ALIAS_WORDS = max(len(a.split()) for a in _ACTOR)

# names that news writes in several forms; folded before fuzzy matching
_ALIASES: dict[str, tuple[str, ...]] = {
    "islamic state": ("is", "isis", "isil", "daesh", "daesh", "islamic state group", "the islamic state"),
    "united nations": ("un", "u.n.", "the un"),
    "european union": ("eu", "e.u."),
    "nato": ("north atlantic treaty organization",),
}
_FOLD = {alias: canon for canon, aliases in _ALIASES.items() for alias in aliases}
_PUNCT = re.compile(r"[\u2019'`\-\u2010-\u2015]+")


def actor_of(phrase: str) -> str | None:
    """The country a word or phrase names, if any.

    >>> actor_of("American"), actor_of("Moscow"), actor_of("Qasrak")
    ('US', 'Russia', None)
    """
    return _ACTOR.get(phrase.strip().lower())


def actors_in(words: list[str]) -> tuple[str, ...]:
    """Countries named in a sequence of words (multi-word names included), in order, once each.

    >>> actors_in(["the", "United", "States", "and", "Russian", "officials"])
    ('US', 'Russia')
    """
    low = [w.lower() for w in words]
    found: dict[str, None] = {}
    i = 0
    while i < len(low):
        for n in range(min(_MAX_ALIAS_WORDS, len(low) - i), 0, -1):
            country = _ACTOR.get(" ".join(low[i : i + n]))
            if country:
                found[country] = None
                i += n
                break
        else:
            i += 1
    return tuple(found)


@lru_cache(maxsize=65536)
def fold_name(name: str) -> str:
    """A name in the form used for comparison: lower case, no hyphens or apostrophes, aliases folded.

    >>> fold_name("ISIS"), fold_name("Al-Sharaa")
    ('islamic state', 'al sharaa')
    """
    low = name.strip().lower()
    low = _FOLD.get(low, low)
    actor = _ACTOR.get(low)
    if actor:
        return actor.lower()
    return " ".join(_PUNCT.sub(" ", low).split())


def names_match(a: str, b: str, *, min_ratio: float = 85.0) -> bool:
    """Whether two names are spellings of one name.

    >>> names_match("al-Sharaa", "Al-Sharra"), names_match("Shaddadi", "Shadadi")
    (True, True)
    >>> names_match("IS", "Islamic State"), names_match("Tartus", "Qasrak")
    (True, False)
    """
    fa, fb = fold_name(a), fold_name(b)
    if fa == fb:
        return True
    if min(len(fa), len(fb)) < 4:
        return False
    return fuzz.ratio(fa, fb) >= min_ratio


TITLES = frozenset(
    "mr mrs ms miss dr sir dame lord lady rev father sister sen senator rep gov governor gen general"
    " col colonel capt captain lt sgt officer deputy president judge justice coach pope king queen"
    " prince princess sheikh".split()
)
"""Words that stand before a name as a title ("Mr. Gigante", "Sen. Obama", "Judge Koeltl")."""


def _untitled(words: list[str]) -> list[str]:
    """A folded name's words without the titles before it, unless it is nothing but titles."""
    k = 0
    while k < len(words) - 1 and words[k].rstrip(".") in TITLES:
        k += 1
    return words[k:]


def may_be_one(a: str, b: str) -> bool:
    """Whether two names may name one holder of a figure: they match (:func:`names_match`), or
    the shorter is the longer's last words, as a surname is ("Clark" / "Earl Clark"), titles
    aside ("Mr. Gigante" / "Vincent Gigante").

    >>> may_be_one("Hansbrough", "Tyler Hansbrough"), may_be_one("Vaughn", "Hansbrough")
    (True, False)
    >>> may_be_one("Mr. Gigante", "Vincent Gigante"), may_be_one("Sen. Obama", "Barack Obama")
    (True, True)
    """
    if names_match(a, b):
        return True
    fa, fb = _untitled(fold_name(a).split()), _untitled(fold_name(b).split())
    short, long = (fa, fb) if len(fa) <= len(fb) else (fb, fa)
    return bool(short) and long[-len(short) :] == short and len(" ".join(short)) >= 3


def name_words(names: Iterable[str]) -> frozenset[str]:
    """The words of some names, folded, leaving out one- and two-letter ones: what an article
    calls its people by ("dennis", "northcutt").

    >>> sorted(name_words(["Dennis Northcutt", "Al-Tanf"]))
    ['dennis', 'northcutt', 'tanf']
    """
    return frozenset(w for n in names for w in fold_name(n).split() if len(w) >= 3)


def shared_names(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """The share of the smaller name set that has a match in the other (0 when either is empty)."""
    if not a or not b:
        return 0.0
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    hits = sum(1 for x in small if any(names_match(x, y) for y in big))
    return hits / len(small)


_SPEAKER_WORD = re.compile(r"[A-Za-z][\w.'\u2019-]*")
_SPEAKER_CUT = frozenset({"for", "of", "at", "from", "in", "with", "to", "on"})
_NOBODY_IN_PARTICULAR = frozenset(
    {
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "you",
        "who",
        "official",
        "police",
        "source",
        "witness",
        "resident",
        "analyst",
        "expert",
        "report",
        "people",
        "authoritie",
        "media",
        "local",
    }
)


def speaker_key(attribution: str | None) -> str | None:
    """Who speaks, folded so that two reports of one speaker meet: head word, country, organisation.

    Outlets name the same speaker in different words ("a senior US official",
    "an American official"); the key keeps what they share.  Only the first
    speaker, up to a comma, counts.  A pronoun or a bare "officials", "police",
    "sources" names nobody in particular: no key.

    >>> speaker_key("A senior US official"), speaker_key("an American official")
    ('official|US', 'official|US')
    >>> speaker_key("a spokesman for the Interior Ministry"), speaker_key("police in Texas")
    ('spokesman|interior ministry', 'police|texas')
    >>> speaker_key("Washington"), speaker_key("officials"), speaker_key("He"), speaker_key(None)
    ('US', None, None, None)
    """
    if not attribution:
        return None
    words = _SPEAKER_WORD.findall(attribution.split(";")[0].split(",")[0])
    cut = next((k for k, w in enumerate(words) if w.lower() in _SPEAKER_CUT), len(words))
    who, of = words[:cut], [w for w in words[cut + 1 :] if w[0].isupper()]
    if not who:
        return None
    head = who[-1].lower()
    actor = actor_of(head)
    if actor and not of:
        return actor
    if head.endswith("sses"):
        head = head[:-2]
    elif head.endswith("s") and not head.endswith("ss"):
        head = head[:-1]
    countries = sorted(actors_in(who[:-1]))
    org = " ".join(of).lower()
    if head in _NOBODY_IN_PARTICULAR and not countries and not org:
        return None
    if who[-1][0].isupper():  # a name: "The New York Times", "Reuters"
        return " ".join(w.lower() for w in who if w[0].isupper() and w.lower() not in {"the", "a", "an"})
    return "|".join([head, *countries, *([org] if org else [])])
