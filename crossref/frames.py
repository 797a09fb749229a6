"""What a figure is a figure of, whose it is, and whether it is yet to be, read from the
parse of its sentence.

Six readers, each given a parsed sentence and a figure's offsets in it:

* :func:`figure_frame`: the words of the figure's predicate ("withdrawal take",
  "forces number soldiers"); figures whose frames differ measure different things.
* :func:`figure_holder`: the person, team or company the figure belongs to, when the
  parse names them ("Vaughn finished with 16 points", "Hansbrough, who now has 2,302
  points"); figures of two holders are two people's figures.
* :func:`figure_prospective`: whether the figure is of what is to come, may be, or is
  wanted ("will miss two games", "faces up to 20 years"), not of what is or was;
  :func:`figure_past`: whether its verb says it happened ("missed four games").
* :func:`figure_wanted`: whether the figure is what someone wants ("is seeking a 10-year
  contract"), not what anyone has or gives.
* :func:`figure_party`: whether the figure is one person's or a group's ("He received
  a 20-year sentence" / "seven men have received sentences of between six and 75 years").

:func:`restore_name` mends a sentence's first word that the small tagger took for a
common noun although the article has used it as a name.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

_FRAME_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "agent"})


def _head_noun(t: Any) -> str | None:
    """A common noun that names a participant ("withdrawal", "process"), not a name or a pronoun."""
    if t.dep_ == "agent":
        t = next((c for c in t.children if c.dep_ == "pobj"), t)
    return t.text.lower() if t.pos_ == "NOUN" else None


def figure_frame(sent: Any, start: int, end: int) -> str | None:
    """What a figure is a figure of: the words of its predicate, from the parse.

    The figure's phrase is followed up to the nearest verb; the frame is that verb
    with the common nouns of its subject and object (a subject missing from a
    controlled verb is taken from the verb that controls it), the noun the figure
    attaches to, and for counts the counted noun.  Names and pronouns are left out:
    they say who, not what.  ``start``/``end`` are offsets into ``sent.text``.

    >>> from crossref.claims import load_nlp
    >>> nlp = load_nlp()
    >>> s = next(nlp("The withdrawal is expected to take approximately a month.").sents)
    >>> figure_frame(s, 35, 57)
    'withdrawal take'
    """
    span = sent.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    inside = {t.i for t in span}
    words: list[tuple[int, str]] = []
    root = span.root
    counted = root.pos_ == "NOUN" and root.dep_ != "npadvmod" and not root.like_num
    if counted and root.text.lower() not in _UNIT_WORDS:
        words.append((root.i, root.text.lower()))
    for prep in root.children:  # "11 years of US military presence": what the figure measures
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i not in inside:
            words += [(o.i, o.text.lower()) for o in prep.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    t = root.head
    while t.i in inside and t.head.i != t.i:
        t = t.head
    if t.pos_ == "NOUN" and t.i not in inside and t.lower_ not in _TIMES_OF_DAY:
        words.append((t.i, t.text.lower()))  # "Saturday afternoon" is a time, not what is timed
    verb = _verb_of(t)
    if verb is not None:
        words.append((verb.i, verb.text.lower()))
        has_subject = False
        for c in verb.children:
            if c.dep_ in _FRAME_DEPS and c.i not in inside:
                has_subject |= c.dep_ in {"nsubj", "nsubjpass"}
                noun = _head_noun(c)
                if noun:
                    words.append((c.i, noun))
        up = verb
        while not has_subject and up.dep_ in {"xcomp", "ccomp", "advcl", "conj", "acl"} and up.head.i != up.i:
            up = up.head
            for c in up.children:
                if c.dep_ in {"nsubj", "nsubjpass"}:
                    has_subject = True
                    noun = _head_noun(c)
                    if noun:
                        words.append((c.i, noun))
            if up.pos_ == "NOUN":  # "forces ... estimated to number": the noun the clause describes
                words.append((up.i, up.text.lower()))
                break
    text = " ".join(dict.fromkeys(w for _, w in sorted(set(words))))
    return text or None


_UNIT_WORDS = frozenset(
    [
        "second",
        "seconds",
        "minute",
        "minutes",
        "hour",
        "hours",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "decade",
        "decades",
        "century",
        "centuries",
        "percent",
        "per",
        "cent",
        "km",
        "kilometers",
        "kilometres",
        "kilometer",
        "kilometre",
        "miles",
        "mile",
        "meters",
        "metres",
        "meter",
        "metre",
        "feet",
        "foot",
        "inches",
        "inch",
        "tons",
        "tonnes",
        "kg",
        "kilograms",
        "pounds",
        "dollars",
        "euros",
        # a time of day's own words: "3 p.m." is when, not what
        "a.m.",
        "p.m.",
        "a.m",
        "p.m",
        "am",
        "pm",
        "o'clock",
        "hrs",
        "noon",
        "midday",
        "midnight",
    ]
)


_TIMES_OF_DAY = frozenset(
    "morning mornings afternoon afternoons evening evenings night nights noon midnight dawn dusk".split()
)
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OBJECTS = frozenset({"dobj", "pobj", "attr", "appos"})  # where a noun stands, not a verb
_RELATIVE = frozenset({"who", "which", "that"})
_PERSONAL = frozenset({"he", "she"})


def _is_verb(t: Any) -> bool:
    """A verb, as tagged, unless it stands where a noun does and its own words show a noun
    the tagger took for a verb: a number or a determiner on an object ("caught 39 passes for
    302 yards": "passes" as VBZ; not the headline's "Gunman kills 3, wounds 5")."""
    if t.pos_ not in {"VERB", "AUX"}:
        return False
    return t.dep_ not in _OBJECTS or not any(c.dep_ in {"nummod", "det"} for c in t.children)


def _verb_of(t: Any) -> Any | None:
    while not _is_verb(t) and t.head.i != t.i:
        t = t.head
    return t if _is_verb(t) else None


def stranded_subject(conj: Any) -> list[Any]:
    """The subject of a coordinated verb that the parser hung on the object before it, as
    one more thing the first verb acted on: "the army" in "Militants killed 40 soldiers and
    the army killed 25 militants" (its "and" left out)."""
    if any(c.dep_ in _SUBJECTS for c in conj.children):
        return []
    noun = conj.doc[conj.i - 1] if conj.i > 0 else None  # a noun phrase ends with its noun
    if noun is None or noun.dep_ != "conj" or noun.pos_ not in {"NOUN", "PROPN"}:
        return []
    if noun.head.dep_ not in {"dobj", "pobj", "attr"} or noun.head.i < conj.head.i:
        return []
    return [t for t in noun.subtree if t.dep_ != "cc"]


def _name_at(t: Any) -> str | None:
    """The proper name headed by ``t`` ("Earl Clark" in "Louisville's Earl Clark"); ``None``
    for a common noun, a pronoun or coordinated names ("Charles and Hillis")."""
    if t.pos_ != "PROPN" or any(c.dep_ in {"conj", "cc"} for c in t.children):
        return None
    parts = {t.i} | {c.i for c in t.children if c.dep_ in {"compound", "flat"} and c.pos_ == "PROPN"}
    return t.doc[min(parts) : max(parts) + 1].text


def surnames(sent: Any) -> set[str]:
    """The last words of the proper names in a sentence ("Hansbrough" of "Tyler Hansbrough"):
    what the article may later call its people by, for :func:`restore_name`."""
    return {
        t.text
        for t in sent
        if t.pos_ == "PROPN" and t.is_alpha and not (t.i + 1 < sent.end and t.nbor().pos_ == "PROPN")
    }


def restore_name(sent: Any, known: set[str]) -> None:
    """Tag a sentence's first word as a proper name when the small tagger took it for a
    common noun but the article has used it as a name's last word before ("Tyler
    Hansbrough ... Hansbrough finished with 20 points"), so that it is read as a holder."""
    first = sent[0]
    if first.pos_ == "NOUN" and first.is_title and first.text in known:
        first.pos_, first.tag_ = "PROPN", "NNP"


def is_headline(sent: Any) -> bool:
    """A headline ("Magnitude 4.4 Earthquake Strikes Northern California"): no word but the
    small ones starts in lower case, so every noun looks like a name and no holder is read
    (the caller asks once per sentence, before :func:`sentence_holder` and :func:`figure_holder`)."""
    words = [t for t in sent if t.is_alpha and not t.is_stop]
    return len(words) >= 3 and all(t.text[0].isupper() for t in words)


_SAYING = frozenset(
    {"said", "says", "told", "tells", "added", "stated", "announced", "reported", "explained"}
)
REPORTING = (_SAYING - {"announced", "reported"}) | {"estimated", "estimates", "puts", "quoted", "cited"}
"""Verbs whose subject gives a figure rather than holds it ("Sky News estimates at least 50
people", "the Geological Survey puts the magnitude at 6.1", "Steele said as many as 40");
not "reported" or "announced", whose subject owns the figure ("Apple reported revenue of
$90 billion")."""


def sentence_holder(sent: Any) -> str | None:
    """The proper name that is the subject of the sentence's main verb ("Hansbrough" in
    "Hansbrough finished with 20 points"), or owns it ("Ivory's injury is a Lisfranc"): who
    a following "he" or "she" most likely is.  A speaker ("Police spokesman Tom Lee said
    ...") is not; the subject of what was said is ("Ivory's injury ..., Payton said")."""
    verb = sent.root
    if verb.lower_ in _SAYING:  # what was said is about whom its own subject names
        verb = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if verb is None:
            return None
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        return None
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if subject.pos_ == "NOUN" and owner is not None:  # "Ivory's injury is a Lisfranc"
        return _name_at(owner)
    return _name_at(subject)


_MODALS = frozenset({"will", "would", "may", "might", "should", "shall", "'ll", "wo"})
# not "can": "the stadium can hold 80,000" is a fact; "could" only as a possibility (_possible)
_LIMITING = frozenset(
    {
        "only", "just", "barely", "hardly", "scarcely", "not", "n't", "never", "no", "none",
        "nobody", "nothing", "neither",
    }
)  # fmt: skip
_SENSING = frozenset(
    {
        "see", "hear", "feel", "smell", "taste", "sense", "notice", "spot", "watch", "count",
        "confirm", "identify", "verify", "detect", "track", "tell", "recall", "remember",
        "understand", "find", "make",
    }
)  # fmt: skip
# "could see", "could hear at least 10 explosions", "could confirm 23 deaths": what was perceived
_CLAUSES = frozenset({"conj", "ccomp", "advcl", "relcl", "parataxis", "acl", "xcomp", "csubj"})
_WANTING = frozenset(
    {
        "need", "needs", "needing", "face", "faces", "facing", "seek", "seeks", "seeking",
        "want", "wants", "wanting", "propose", "proposes", "proposing", "scheduled", "slated",
        "planned", "due",
    }
)  # fmt: skip
# not "needed" or "faced": "Nadal needed 40 stitches" is what happened
_PLANNING = _WANTING | frozenset(
    {
        "expect", "expects", "expected", "expecting", "plan", "plans", "planned", "planning",
        "hope", "hopes", "hoped", "hoping", "aim", "aims", "aimed", "aiming", "intend",
        "intends", "intended", "set", "going", "likely", "poised",
    }
)  # fmt: skip
_SUPPOSING = frozenset({"if", "unless"})


def _figure_verb(sent: Any, start: int, end: int) -> Any | None:
    """The verb the figure at ``start``/``end`` of ``sent.text`` hangs from."""
    span = sent.char_span(start, end, alignment_mode="expand")
    return _verb_of(span.root) if span is not None and len(span) else None


def _first_name(t: Any) -> bool:
    """A modal's word that is a first name ("Will Artino scored 14 points")."""
    return t.is_title and t.i + 1 < len(t.doc) and t.nbor().pos_ == "PROPN"


def _headline_infinitive(verb: Any) -> bool:
    """A headline's "to" that says what will be ("Reggie Bush to miss last 2 games", "Obama to
    visit Asia"): an infinitive that hangs from nothing, or only from the sentence's subject."""
    hangs = verb.dep_ == "ROOT" or (verb.dep_ == "acl" and verb.head.dep_ == "ROOT")
    return hangs and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _own_clause(verb: Any) -> Iterator[Any]:
    """The words of ``verb``'s clause, without the clauses hung on it."""
    todo = [verb]
    while todo:
        t = todo.pop()
        yield t
        todo += [c for c in t.children if not (c.dep_ in _CLAUSES and c.pos_ in {"VERB", "AUX"})]


def _possible(verb: Any) -> bool:
    """The verb says what could happen or could have happened ("Bush could sit out the final
    two games", "a guy who could throw for 400 yards on any given night", "the blast could
    have killed hundreds"), not what someone was able to do.  English tells a past ability
    with "could" when it is limited or denied ("Rescuers could pull only 12 survivors",
    "None of the 120 passengers could be saved") and with verbs of perceiving or finding
    out ("Smoke could be seen 50 miles away", "they could hear at least 10 explosions",
    "officials could confirm 23 deaths"); otherwise it says "managed to" or "was able to".
    Only the verb's own clause is read ("could have flooded 5,000 homes had the levees not
    held" is still a possibility)."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if not any(c.lower_ == "could" and c.dep_ == "aux" and not _first_name(c) for c in auxes):
        return False
    if any(t.lower_ in _LIMITING for t in _own_clause(verb)):
        return False
    if any(c.lower_ == "have" for c in auxes):
        return True  # "could have killed hundreds": what did not, or may not, have happened
    return not any(c.dep_ == "auxpass" for c in auxes) and verb.lower_ not in _SENSING


def figure_prospective(sent: Any, start: int, end: int) -> bool:
    """Whether the figure is of what is yet to come, may be, or is wanted, not of what is or
    was: its predicate has a modal ("will miss two games", "may receive up to 119 years if
    convicted"; "could" as a possibility, :func:`_possible`; not "can"), is a need, a wish or
    a schedule ("needs nine points", "faces up to 20 years", "is seeking a 10-year contract",
    "a hearing was scheduled for Wednesday"; not a past "needed"), or hangs from a plan ("is
    expected to take approximately a month", "wants to sign a 10-year deal"), or is a
    headline's infinitive ("Reggie Bush to miss last 2 games").  A verb without its own
    subject answers for the verb it hangs from as to modals and plans, unless it has a past
    tense of its own; what a speaker said does not.  ``start``/``end`` are offsets into ``sent.text``.
    """
    verb = _figure_verb(sent, start, end)
    own = verb.i if verb is not None else -1  # a need or wish is the figure's own verb's only
    while verb is not None:
        if (
            (verb.i == own and verb.lower_ in _WANTING)
            or _possible(verb)
            or any(
                (c.dep_ == "aux" and c.lower_ in _MODALS and not _first_name(c))
                or (
                    c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _SUPPOSING for m in c.children)
                )
                for c in verb.children
            )
        ):
            return True
        if verb.dep_ == "xcomp" and verb.head.lower_ in _PLANNING:
            return True
        if _headline_infinitive(verb):
            return True
        own_subject = any(c.dep_ in _SUBJECTS for c in verb.children)
        if verb.dep_ not in {"xcomp", "conj", "advcl"} or own_subject or verb.head.i == verb.i:
            return False
        if verb.tag_ == "VBD":
            return False  # "will cut 1,200 jobs and closed three plants": its own tense
        verb = _verb_of(verb.head)
    return False


_WISHING = frozenset(
    {
        "need", "needs", "needing", "seek", "seeks", "seeking", "sought", "want", "wants",
        "wanting", "wanted", "demand", "demands", "demanding", "demanded", "request", "requests",
        "requesting", "requested", "ask", "asks", "asking", "asked", "hope", "hopes", "hoped",
        "hoping", "wish", "wishes", "wished", "wishing", "aim", "aims", "aiming", "targets",
    }
)  # fmt: skip
# not "needed" ("Nadal needed 40 stitches" is what he got), nor "proposed" (a proposed budget is the budget),
# nor "targeted" or "targeting" ("drones targeted three houses": an attack, not an aim)


_WISH_NOUNS = frozenset({"request", "requests", "demand", "demands", "wish", "wishes", "plea"})


def figure_wanted(sent: Any, start: int, end: int) -> bool:
    """Whether the figure is what someone wants rather than what anyone has, gives or gets:
    its own verb, or the verb whose complement its clause is, is a need, a wish, a hope or a
    demand ("Teixeira is seeking a 10-year contract", "the kidnappers demanded $5 million",
    "needs nine points", "hoping his client could attract a 10-year deal"), or it is what a
    request or a demand is for ("Boras' request for a 10-year deal", "the union's demand for
    a 6 percent raise").  ``start``/``end`` are offsets into ``sent.text``."""
    span = sent.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    noun = span.root
    while noun.dep_ in {"compound", "amod", "nummod", "quantmod"} and noun.head.i != noun.i:
        noun = noun.head  # "10-year" in "a 10-year deal": the deal
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.lower_ in _WISH_NOUNS:
        return True
    verb = _verb_of(span.root)
    if verb is not None and verb.dep_ in {"xcomp", "ccomp"} and verb.head.lower_ in _WISHING:
        return True  # "wants to sign a 10-year deal", "hoping his client could attract a 10-year deal"
    return verb is not None and verb.lower_ in _WISHING


_PERFECT = frozenset({"has", "have", "had", "'s", "'ve", "'d"})


def figure_past(sent: Any, start: int, end: int) -> bool:
    """Whether the figure's own verb says it happened: a past tense ("Bush missed four
    games", "was sentenced to 12 years") or a perfect ("has received 300,000 comments").
    A figure to come (:func:`figure_prospective`) is set apart only from such a figure,
    so "will pay $2.5 billion" still meets "agreed to pay $2.1 billion" and "said it would
    cut 1,200 jobs" meets "is cutting 1,500 jobs"."""
    verb = _figure_verb(sent, start, end)
    if verb is None:
        return False
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.lower_ in _MODALS for c in auxes) or _possible(verb):
        return False  # "could have killed hundreds" did not happen
    return (
        verb.tag_ == "VBD"
        or any(c.tag_ == "VBD" for c in auxes)
        or (verb.tag_ == "VBN" and any(c.lower_ in _PERFECT for c in auxes))
    )


def _giver(noun: Any) -> str | None:
    """The name in "from <name>" on a figure's noun, or on the verb whose object it is."""
    bearers = [noun, noun.head] if noun.dep_ in {"dobj", "pobj"} else [noun]
    for t in bearers:
        for prep in t.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                name = next((_name_at(c) for c in prep.children if c.dep_ == "pobj"), None)
                if name:
                    return name
    return None


def figure_holder(sent: Any, start: int, end: int, previous: str | None = None) -> str | None:
    """Whose figure it is, when the parse says: the proper name that owns the figure's noun
    ("Hansbrough's 20 points"), gives it ("14 points from Will Artino") or is the subject
    of its predicate ("Vaughn finished with 16 points"; "Hansbrough, who now has 2,302
    points"; a verb without its own subject takes the subject of the verb it hangs from).
    ``None`` when that is a common noun or a pronoun, names several, or holds the figure itself.
    A subject "he" or "she" is ``previous``: the subject named by an earlier sentence of
    the article (:func:`sentence_holder`).  ``start``/``end`` are offsets into ``sent.text``.

    >>> from crossref.claims import load_nlp
    >>> s = next(load_nlp()("Hansbrough, who now has 2,302 points, made the basket.").sents)
    >>> figure_holder(s, 24, 36)
    'Hansbrough'
    """
    span = sent.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    owner = next((c for c in root.children if c.dep_ == "poss"), None)
    if owner is not None and owner.pos_ != "PRON":  # "his 17 passes": whose is the subject's
        return _name_at(owner)
    giver = _giver(root)
    if giver is not None:  # "Creighton got 14 points from Will Artino", "paced by 13 points from McDermott"
        return giver
    verb = _verb_of(root)
    person = (
        next((c for c in verb.children if c.dep_ == "dobj" and c.i < root.i), None)
        if verb is not None and verb.lower_ in _GIVEN_TO_OBJECT and verb.i < root.i
        else None
    )
    if person is not None:  # "sentenced Smith to 12 years"; "Smith was sentenced to 12 years" is Smith's
        return _name_at(person)
    subject = _subject(root)
    if subject is None:
        return None
    if subject.lower_ in _PERSONAL:
        return previous
    return _name_at(subject)


_GIVEN_TO_OBJECT = frozenset(
    "sentenced jailed fined imprisoned banned awarded ordered signed re-signed".split()
)
"""Verbs whose figure is their object's, not their subject's: "The Regional Court sentenced the
former mayor to eight years" (the mayor's term), "the Yankees signed Teixeira to an eight-year
deal" (Teixeira's)."""


_SIZING = frozenset(
    """ranging ranged totaling totalling totaled totalled amounting varying spanning reaching
    exceeding topping""".split()
)
"""Participles that give the size of the noun they hang on ("sentences ranging from six to
75 years"): the figure is the noun's, and so the noun's holder's; not "a man carrying 12
pounds", whose figure is the man's."""


def _subject(root: Any) -> Any | None:
    """The subject of the predicate a figure's head word ``root`` hangs from (a verb without
    its own subject, or a participle that sizes a noun, takes the subject of the verb it
    hangs from; "who" is what it relates to); ``None`` when the figure is in the subject,
    hangs by the parser's catch-all, or its verb reports it ("Sky News estimates at least 50
    people": a source, not a holder)."""
    top = root
    while top.dep_ == "conj":
        top = top.head
    if top.dep_ == "dep":
        return None  # hung by the parser's catch-all: the verb above may not be its own
    verb = _verb_of(root)
    while verb is not None:
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        stranded = stranded_subject(verb) if verb.dep_ == "conj" else []
        if stranded:  # "Apple sold 50 million iPhones and Samsung shipped 60 million phones"
            subject = next(t for t in stranded if t.dep_ == "conj")
        if subject is not None:
            break
        sizing = verb.dep_ == "acl" and verb.lower_ in _SIZING
        if (verb.dep_ not in {"xcomp", "conj", "advcl"} and not sizing) or verb.head.i == verb.i:
            return None
        verb = _verb_of(verb.head)
    if verb is None or subject is None or root.i in {t.i for t in subject.subtree}:
        return None
    if verb.lower_ in REPORTING:
        return None
    if subject.lower_ in _RELATIVE and verb.dep_ == "relcl":
        return verb.head
    return subject


_GROUP_PRONOUNS = frozenset({"they", "those", "these", "both", "all"})


def figure_party(sent: Any, start: int, end: int) -> str | None:
    """Whether the figure is one person's or a group's, by its predicate's subject: ``"one"``
    for "he", "she" or a person's name ("He received a 20-year sentence"), ``"many"`` for
    "they", a plural noun, a number or several coordinated ("seven men have received
    sentences of between six and 75 years", "Seven of the men ...", "He and his wife");
    ``None`` for anything else (a team's or a company's name, a thing).  A group's figures
    are not one member's.  ``start``/``end`` are offsets into ``sent.text``."""
    span = sent.char_span(start, end, alignment_mode="expand")
    subject = _subject(span.root) if span is not None and len(span) else None
    if subject is None:
        return None
    if any(c.dep_ == "conj" for c in subject.children):
        return "many"  # "He and his wife were married for 35 years"
    if subject.lower_ in _PERSONAL or (subject.tag_ == "NNP" and subject.ent_type_ == "PERSON"):
        return "one"
    plural_number = subject.pos_ == "NUM" and subject.lower_ not in {"one", "1"}
    if subject.lower_ in _GROUP_PRONOUNS or subject.tag_ == "NNS" or plural_number:
        return "many"
    return None
