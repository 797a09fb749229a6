"""ECB+ as a cross-source sentence-matching benchmark.

ECB+ (Cybulska and Vossen, LREC 2014) holds 982 tokenized news articles in 43
topics (topics 15 and 17 do not exist).  Each topic mixes articles about two
seminal events of the same type: the original ECB articles (``<n>ecb.xml``)
and the ECB+ additions (``<n>ecbplus.xml``), e.g. two different celebrities
checking into rehab.  Actions (``ACTION_*`` and ``NEG_ACTION_*`` mentions) are
linked across documents to event *instances* by ``CROSS_DOC_COREF`` relations.

What this module builds, per topic:

* one :class:`Article` per XML file, made **only of the sentences listed in
  ``ECBplus_coreference_sentences.csv``** (the sentences whose annotation is
  complete; the README asks to evaluate on those only).  The listed sentences
  are detokenized (see :func:`detokenize`) and joined with ``"\\n"``, in
  document order; each :class:`Sentence` keeps its exact character offsets, so
  ``article.text[s.start:s.end] == s.text``.  Articles with no listed sentence
  (6 of 982) are left out.
* the gold standard:

  - ``instances``: cross-document action instance id -> the sentences (indices
    into :attr:`Topic.sentences`) holding a mention of it.  Only mentions whose
    tag starts with ``ACTION_`` or ``NEG_ACTION_`` count, and only in listed
    sentences.  Time, location and participant instances are ignored.
  - ``gold_pairs``: pairs of sentences from **different** articles that share
    at least one instance.  This relation is not transitive (A and B share an
    arrest, B and C share a sentencing; A and C share nothing).
  - ``gold_labels``: a sentence clustering for B-cubed.  A sentence may mention
    several instances, so the gold is really multi-label.  We use the usual
    simplification: each sentence belongs to the connected component of the
    gold sentence-pair graph it falls in; sentences with no cross-document link
    are singletons.  Because components are transitive closures, a system that
    reproduces them exactly still loses some *pairwise* precision against
    ``gold_pairs`` (the runner reports that upper bound as a reference row).

Data quirks handled here: a few CSV rows carry trailing spaces; ``ecbplus``
files start with the source URL as sentence 0 (never listed in the CSV); the
ECB+ tokenizer splits hyphenated words (``year - old``) and contractions with
curly apostrophes (``AMD ’ s``) while the ECB one does not, so the hyphen rule
in :func:`detokenize` is applied to ``ecbplus`` files only.  Abbreviations split
by the tokenizer (``a . m .``) cannot be restored and read ``a. m.``.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from itertools import combinations
from pathlib import Path

import attrs
from lxml import etree

DEFAULT_ROOT = Path("/work/shared/data/ecbplus")
"""Where the ECB+ release is unpacked (``corpus/<topic>/<topic>_<n>ecb[plus].xml``)."""

SENTENCE_SEPARATOR = "\n"
"""What joins the listed sentences of one article into its text."""

EVENT_TAG_PREFIXES = ("ACTION_", "NEG_ACTION_")
"""Mention tags whose cross-document links define the gold."""


# --------------------------------------------------------------------------- data


@attrs.frozen
class Sentence:
    """One listed sentence, placed in its article's text.

    ``index`` is its position in :attr:`Topic.sentences`; ``number`` the
    sentence number in the XML file (the CSV's "Sentence Number").
    """

    index: int
    doc_id: str
    number: int
    start: int
    end: int
    text: str
    instances: frozenset[str] = attrs.field(converter=frozenset)


@attrs.frozen
class Article:
    """One news article, reduced to its listed sentences.

    ``id`` is the file stem (``1_10ecbplus``); ``subtopic`` is ``"ecb"`` or
    ``"ecbplus"`` (which of the topic's two seminal events it reports);
    ``sentence_indices`` index :attr:`Topic.sentences`, in document order.
    """

    id: str
    topic: str
    subtopic: str
    text: str
    sentence_indices: tuple[int, ...] = attrs.field(converter=tuple)


@attrs.frozen
class Topic:
    """One ECB+ topic: its articles, their sentences and the gold."""

    id: str
    articles: tuple[Article, ...] = attrs.field(converter=tuple)
    sentences: tuple[Sentence, ...] = attrs.field(converter=tuple)
    instances: dict[str, frozenset[int]] = attrs.field(eq=False, repr=False)
    gold_pairs: frozenset[tuple[int, int]] = attrs.field(converter=frozenset, eq=False, repr=False)
    gold_labels: tuple[int, ...] = attrs.field(converter=tuple, eq=False, repr=False)

    @property
    def sentence_docs(self) -> list[str]:
        """The article id of each sentence, aligned with :attr:`sentences`."""
        return [s.doc_id for s in self.sentences]

    @property
    def sentence_texts(self) -> list[str]:
        """The text of each sentence, aligned with :attr:`sentences`."""
        return [s.text for s in self.sentences]

    def __repr__(self) -> str:
        return (
            f"Topic({self.id}, {len(self.articles)} articles, {len(self.sentences)} sentences, "
            f"{len(self.gold_pairs)} gold pairs)"
        )


# --------------------------------------------------------------------------- detokenization

_NO_SPACE_BEFORE = frozenset(
    {",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "''", "”", "’", "...", "'s", "'S", "n't", "N'T"}
)
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "``", "“", "‘", "#"})
_CLITICS = frozenset({"s", "t", "m", "re", "ve", "ll", "d", "S", "T", "M", "RE", "VE", "LL", "D"})
_APOSTROPHE_CLITIC = re.compile(r"^['’](s|m|re|ve|ll|d)$", re.IGNORECASE)
_WORDISH = re.compile(r"^[\w$%]+$")
_QUOTE_MAP = {"``": '"', "''": '"'}


def _merge_split_quotes(tokens: Sequence[str]) -> list[str]:
    """ECB sometimes splits a closing ``''`` into two ``'`` tokens: join them back."""
    merged: list[str] = []
    for tok in tokens:
        if tok == "'" and merged and merged[-1] == "'":
            merged[-1] = "''"
        else:
            merged.append(tok)
    return merged


def detokenize(tokens: Sequence[str], *, split_hyphens: bool = False) -> str:
    """Join tokens into readable text.

    No space before closing punctuation and clitics (``,`` ``.`` ``'s``
    ``n't`` ...), none after opening brackets and quotes; PTB quotes (````` ``
    and ``''``) become ``"``; straight double quotes alternate between opening
    and closing; ``’`` followed by a clitic (``s``, ``t``, ``re`` ...) is glued
    on both sides; ``/`` is glued on both sides.  With ``split_hyphens`` (the
    ECB+ tokenizer), a ``-`` between two word tokens is glued too.

    Args:
        tokens: the tokens of one sentence, in order.
        split_hyphens: the tokenizer split hyphenated words (``year - old``).

    Returns:
        The sentence as text.

    >>> detokenize(["He", "said", ",", "``", "I", "do", "n't", "''", "."])
    'He said, "I don\\'t".'
    >>> detokenize(["a", "17", "-", "year", "-", "old"], split_hyphens=True)
    'a 17-year-old'
    """
    tokens = _merge_split_quotes(tokens)
    out: list[str] = []
    glue_next = True  # no space before the first token
    open_double = False
    n = len(tokens)
    for i, raw in enumerate(tokens):
        tok = _QUOTE_MAP.get(raw, raw)
        prev = tokens[i - 1] if i > 0 else ""
        nxt = tokens[i + 1] if i + 1 < n else ""
        glue_before = glue_next
        glue_after = False
        if raw in _NO_SPACE_BEFORE or _APOSTROPHE_CLITIC.match(raw):
            glue_before = True
        if raw in _NO_SPACE_AFTER:
            glue_after = True
        if raw == '"':
            if open_double:
                glue_before = True
            else:
                glue_after = True
            open_double = not open_double
        elif raw == "``":
            open_double = True
        elif raw == "''":
            open_double = False
        if raw == "’" and nxt in _CLITICS:
            glue_before = glue_after = True
        if raw == "'":  # a possessive (Nichols' lawyers) or a closing single quote
            glue_before = True
        if raw == "/":
            glue_before = glue_after = True
        if split_hyphens and raw == "-" and _WORDISH.match(prev) and _WORDISH.match(nxt):
            glue_before = glue_after = True
        if out and not glue_before:
            out.append(" ")
        out.append(tok)
        glue_next = glue_after
    return "".join(out)


# --------------------------------------------------------------------------- parsing


def read_sentence_index(csv_path: Path) -> dict[str, set[int]]:
    """Read ``ECBplus_coreference_sentences.csv``: file stem -> listed sentence numbers.

    File stems are ``<topic>_<file>`` (``1_10ecbplus``); stray whitespace in
    cells (present in a few rows) is stripped.
    """
    listed: dict[str, set[int]] = defaultdict(set)
    with csv_path.open(newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        if [h.strip() for h in header] != ["Topic", "File", "Sentence Number"]:
            raise ValueError(f"{csv_path}: unexpected header {header!r}")
        for row in reader:
            if not row:
                continue
            topic, file, number = (cell.strip() for cell in row)
            listed[f"{topic}_{file}"].add(int(number))
    return dict(listed)


@attrs.frozen
class _ParsedFile:
    sentences: dict[int, list[str]]  # sentence number -> tokens
    instances: dict[int, set[str]]  # sentence number -> cross-doc action instances


def _parse_file(path: Path) -> _ParsedFile:
    """Tokens per sentence and the cross-doc action instances each sentence mentions."""
    root = etree.parse(str(path)).getroot()
    token_sentence: dict[str, int] = {}
    sentences: dict[int, list[str]] = defaultdict(list)
    for tok in root.iter("token"):
        s = int(tok.get("sentence"))
        token_sentence[tok.get("t_id")] = s
        sentences[s].append(tok.text or "")

    mention_tag: dict[str, str] = {}
    mention_sentences: dict[str, set[int]] = {}
    instance_of_descriptor: dict[str, str] = {}
    markables = root.find("Markables")
    for m in markables if markables is not None else ():
        if not isinstance(m.tag, str):
            continue
        m_id = m.get("m_id")
        anchors = [a.get("t_id") for a in m.findall("token_anchor")]
        if anchors:
            mention_tag[m_id] = m.tag
            mention_sentences[m_id] = {token_sentence[t] for t in anchors if t in token_sentence}
        elif m.get("instance_id"):
            instance_of_descriptor[m_id] = m.get("instance_id")

    instances: dict[int, set[str]] = defaultdict(set)
    relations = root.find("Relations")
    for rel in relations.iter("CROSS_DOC_COREF") if relations is not None else ():
        target = rel.find("target")
        instance = instance_of_descriptor.get(target.get("m_id")) if target is not None else None
        instance = instance or rel.get("note")
        if not instance:
            continue
        for src in rel.findall("source"):
            m_id = src.get("m_id")
            if mention_tag.get(m_id, "").startswith(EVENT_TAG_PREFIXES):
                for s in mention_sentences.get(m_id, ()):
                    instances[s].add(instance)
    return _ParsedFile(sentences=dict(sentences), instances=dict(instances))


def _file_sort_key(path: Path) -> tuple[int, int, str]:
    topic, rest = path.stem.split("_", 1)
    number = int(re.match(r"\d+", rest).group())  # type: ignore[union-attr]
    return int(topic), number, rest


def components(n: int, pairs: Iterable[tuple[int, int]]) -> list[int]:
    """Connected components of a graph on ``0..n-1`` as labels (union-find).

    Labels are the smallest member of each component, so they are deterministic.

    >>> components(4, [(0, 2)])
    [0, 1, 0, 3]
    """
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return [find(i) for i in range(n)]


def _build_topic(topic_id: str, files: list[Path], listed: dict[str, set[int]]) -> Topic:
    articles: list[Article] = []
    sentences: list[Sentence] = []
    for path in files:
        stem = path.stem
        numbers = sorted(listed.get(stem, ()))
        if not numbers:
            continue
        parsed = _parse_file(path)
        subtopic = "ecbplus" if stem.endswith("ecbplus") else "ecb"
        parts: list[str] = []
        indices: list[int] = []
        offset = 0
        for number in numbers:
            tokens = parsed.sentences.get(number)
            if tokens is None:
                raise ValueError(f"{path}: sentence {number} is listed in the CSV but not in the file")
            text = detokenize(tokens, split_hyphens=subtopic == "ecbplus")
            if parts:
                offset += len(SENTENCE_SEPARATOR)
            sentences.append(
                Sentence(
                    index=len(sentences),
                    doc_id=stem,
                    number=number,
                    start=offset,
                    end=offset + len(text),
                    text=text,
                    instances=parsed.instances.get(number, set()),
                )
            )
            indices.append(len(sentences) - 1)
            parts.append(text)
            offset += len(text)
        articles.append(
            Article(
                id=stem,
                topic=topic_id,
                subtopic=subtopic,
                text=SENTENCE_SEPARATOR.join(parts),
                sentence_indices=indices,
            )
        )

    by_instance: dict[str, set[int]] = defaultdict(set)
    for s in sentences:
        for inst in s.instances:
            by_instance[inst].add(s.index)
    gold_pairs: set[tuple[int, int]] = set()
    for members in by_instance.values():
        for a, b in combinations(sorted(members), 2):
            if sentences[a].doc_id != sentences[b].doc_id:
                gold_pairs.add((a, b))
    return Topic(
        id=topic_id,
        articles=articles,
        sentences=sentences,
        instances={k: frozenset(v) for k, v in sorted(by_instance.items())},
        gold_pairs=frozenset(gold_pairs),
        gold_labels=tuple(components(len(sentences), gold_pairs)),
    )


def load_ecbplus(
    root: Path | str = DEFAULT_ROOT, *, topics: int | Iterable[str] | None = None
) -> list[Topic]:
    """Load ECB+ topics as sentence-matching problems.

    Args:
        root: the directory holding ``corpus/`` and ``ECBplus_coreference_sentences.csv``.
        topics: ``None`` for all topics, an int for the first N topics (by
            number), or an iterable of topic ids (``"1"``, ``"3"``).

    Returns:
        The topics, sorted by number.

    Raises:
        FileNotFoundError: when ``root`` does not hold the release.
    """
    root = Path(root)
    csv_path = root / "ECBplus_coreference_sentences.csv"
    corpus = root / "corpus"
    if not csv_path.is_file() or not corpus.is_dir():
        raise FileNotFoundError(f"{root}: expected corpus/ and ECBplus_coreference_sentences.csv")
    listed = read_sentence_index(csv_path)
    topic_dirs = sorted((d for d in corpus.iterdir() if d.is_dir()), key=lambda d: int(d.name))
    if isinstance(topics, int):
        topic_dirs = topic_dirs[:topics]
    elif topics is not None:
        wanted = {str(t) for t in topics}
        topic_dirs = [d for d in topic_dirs if d.name in wanted]
    out: list[Topic] = []
    for d in topic_dirs:
        files = sorted(d.glob("*.xml"), key=_file_sort_key)
        out.append(_build_topic(d.name, files, listed))
    return out


def all_articles(root: Path | str = DEFAULT_ROOT) -> list[tuple[str, list[str]]]:
    """Every article of the release with **all** its sentences (not only the listed ones).

    For throughput measurements, where annotation does not matter.  The source
    URL that opens each ``ecbplus`` file (sentence 0) is left out.

    Returns:
        ``(file stem, detokenized sentences)`` per article, in topic and file order.
    """
    corpus = Path(root) / "corpus"
    out: list[tuple[str, list[str]]] = []
    for d in sorted((d for d in corpus.iterdir() if d.is_dir()), key=lambda d: int(d.name)):
        for f in sorted(d.glob("*.xml"), key=_file_sort_key):
            plus = f.stem.endswith("plus")
            parsed = _parse_file(f)
            sentences = [
                detokenize(toks, split_hyphens=plus)
                for s, toks in sorted(parsed.sentences.items())
                if not (plus and s == 0)
            ]
            out.append((f.stem, [s for s in sentences if s.strip()]))
    return out
