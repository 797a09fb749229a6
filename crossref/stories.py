"""Which documents tell one story.

A folder of articles about one event often holds one about another: the seeds put
Russia's withdrawal from Syria beside the American one; a ferry fire in the Philippines
sits beside a ferry sinking in Indonesia.  Such articles share the vocabulary and the
kinds of figures ("The ferry was carrying 203 passengers" / "178 passengers") but not
the story: their people, places, ships and companies differ.  A document that names
enough things and shares few of them with every other document, while the others do
share theirs, tells another story, and its claims are not set against theirs.

>>> from crossref.models import Claim
>>> def doc(doc_id, *names):
...     return Claim(id=f"{doc_id}:0", doc_id=doc_id, start=0, end=1, text="x",
...                  sentence_start=0, sentence_end=1, names=names)
>>> a = doc("a", "Baubau", "Wanci", "Buton", "KM Cahaya Lestari II", "Arafah")
>>> b = doc("b", "Baubau", "Wanci", "Buton Island", "Cahaya Lestari II", "Muhammad Arafah")
>>> c = doc("c", "Cebu City", "Dapitan", "Villaflor", "MV Santa Lucia Express", "Philippines")
>>> other_stories([a, b, c], min_names=5, overlap=0.2)
[OtherStory(doc_id='c', closest='b', shared=0.0)]
"""

from __future__ import annotations

import calendar
import itertools
from collections import defaultdict
from collections.abc import Iterable, Mapping

from crossref.models import Claim, Document, OtherStory
from crossref.names import fold_name, shared_names
from crossref.stamps import datelines

STORY_NAMES = 6
"""Names a document must give before it is judged to tell another story."""

_CALENDAR = frozenset(
    [w.lower() for w in [*calendar.day_name, *calendar.month_name, *calendar.month_abbr] if w] + ["sept"]
)  # "Monday", "December", "Sept": when, not what the story is about
_WORLD_REGIONS = frozenset(
    [
        "africa", "asia", "europe", "oceania", "americas", "north america", "south america",
        "latin america", "central america", "caribbean", "middle east", "far east", "central asia",
        "east asia", "south asia", "southeast asia", "west africa", "east africa", "southern africa",
        "north africa", "sub saharan africa", "eastern europe", "western europe", "central europe",
        "northern europe", "southern europe", "balkans", "the balkans", "mediterranean",
    ]
)  # fmt: skip
"""Continents and world regions: news of many stories names them ("measles is spreading in
Europe and Central Asia"), so sharing one says nothing of sharing a story."""


def filed_from(documents: Iterable[Document]) -> dict[str, list[str]]:
    """Per document, the names its datelines give ("GADSDEN", "Ala.", "Wire"): what the lede's
    claims named before the claims stage cut the datelines off."""
    return {d.id: [n for f in datelines(d.text, d.body_start) for n in f.names] for d in documents}


def story_names(
    claims: Iterable[Claim], datelined: Mapping[str, Iterable[str]] | None = None
) -> dict[str, tuple[str, ...]]:
    """Per document, the distinct names its claims mention (folded), days, months and world
    regions aside, and those its datelines give (``datelined``, :func:`filed_from`)."""
    names: dict[str, dict[str, str]] = defaultdict(dict)
    mentioned = [(c.doc_id, n) for c in claims for n in c.names]
    filed = [(d, n) for d, ns in (datelined or {}).items() for n in ns]
    for doc_id, n in mentioned + filed:
        key = fold_name(n)
        if key and key not in _CALENDAR and key not in _WORLD_REGIONS:
            names[doc_id].setdefault(key, n)
    return {d: tuple(sorted(ns.values())) for d, ns in names.items()}


TOLD_SHARE = 0.2
"""The share of names two documents must have in common for each to count as telling the
event's story (capped at ``story_overlap``)."""

CLOSER_BY = 0.05
"""How much more the odd document's closest document must share with some other document
than with it: the closest one belongs with the others, not with the odd one."""


def other_stories(
    claims: Iterable[Claim],
    *,
    min_names: int,
    overlap: float,
    datelined: Mapping[str, Iterable[str]] | None = None,
) -> list[OtherStory]:
    """The documents that tell another story than the rest.

    Each names at least ``min_names`` things (people, places, organisations, those its
    datelines give: ``datelined``); with every
    other such document it shares less than ``overlap`` of the smaller name set (spelling
    variants matched, :func:`crossref.names.shared_names`); the document it shares most
    with shares at least :data:`CLOSER_BY` more with yet another document; and at least
    two other documents each share :data:`TOLD_SHARE` with some document: they tell one
    story, and it is not this one's.

    A pair is not enough: articles on one event written on different days name different
    people (a riot's first night and its fourth), yet each shares names with some other
    article, and most with the ones it is closest to.  ``overlap=0`` judges no document;
    documents naming fewer things are never judged (a short wire brief may name only the
    place).
    """
    names = {d: ns for d, ns in story_names(claims, datelined).items() if len(ns) >= min_names}
    share = {}
    for a, b in itertools.combinations(sorted(names), 2):  # of the smaller set: symmetric
        share[a, b] = share[b, a] = shared_names(names[a], names[b])
    others = {d: [o for o in names if o != d] for d in names}
    closest = {d: max(os, key=lambda o: (share[d, o], o)) for d, os in others.items() if os}
    best = {d: share[d, o] for d, o in closest.items()}
    told = {d for d, x in best.items() if x >= min(overlap, TOLD_SHARE)}
    out = []
    for d, o in sorted(closest.items()):
        if best[d] < overlap and len(told - {d}) >= 2 and best[o] >= best[d] + CLOSER_BY:
            out.append(OtherStory(doc_id=d, closest=o, shared=round(best[d], 4)))
    return out
