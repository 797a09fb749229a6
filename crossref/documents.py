"""Loading articles: files, folders, JSON Lines, DataFrames -> :class:`Document`.

The text of a document is kept exactly as decoded (BOM, CRLF and all): every
offset in the library indexes it, so ``open(path, encoding="utf-8",
newline="").read()[claim.start:claim.end]`` is the claim's source.  Metadata in
a header is parsed, never cut out of the text:

* a leading ``date YYYY-MM-DD`` marker (``published``), optionally followed on the
  same line by the article;
* leading ``Key: value`` lines (``Date``, ``Published``, ``Source``, ``Title``,
  ``URL``) ended by a blank line;
* failing both, a page stamp among the opening lines ("Posted September 26, 2013
  3:47pm", see :mod:`crossref.stamps`) gives ``published``.

>>> from crossref.documents import parse_document
>>> doc = parse_document(" date 2026-02-23 US forces began withdrawing.", doc_id="a")
>>> doc.published.isoformat(), doc.text[doc.body_start:]
('2026-02-23', 'US forces began withdrawing.')
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, overload

import attrs

from crossref.errors import DecodeError, InputError
from crossref.models import Document, Skipped
from crossref.stamps import stamp_date

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".story"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})

_DATE_MARKER = re.compile(r"\A[\s\ufeff]*date[:\s]\s*(\d{4}-\d{2}-\d{2})\b[ \t]*", re.IGNORECASE)
_HEADER_LINE = re.compile(r"(date|published|source|title|url)[ \t]*:[ \t]*(\S[^\r\n]*)", re.IGNORECASE)


@attrs.frozen
class Corpus(Sequence[Document]):
    """The documents that were loaded, and the inputs that gave none (with why)."""

    documents: tuple[Document, ...] = attrs.field(converter=tuple)
    skipped: tuple[Skipped, ...] = attrs.field(default=(), converter=tuple)

    @overload
    def __getitem__(self, i: int) -> Document: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[Document]: ...
    def __getitem__(self, i: int | slice) -> Document | Sequence[Document]:
        return self.documents[i]

    def __len__(self) -> int:
        return len(self.documents)

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents)

    def __repr__(self) -> str:
        extra = f", {len(self.skipped)} skipped" if self.skipped else ""
        return f"Corpus({len(self.documents)} documents{extra})"


def _parse_date(value: Any, *, where: str | None, line: int | None = None) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise InputError(
            f"published {text!r} is not a date; write it as YYYY-MM-DD", path=where, line=line
        ) from None


def parse_document(
    text: str,
    *,
    doc_id: str,
    path: str | None = None,
    source: str | None = None,
    published: dt.date | None = None,
    url: str | None = None,
    title: str | None = None,
) -> Document:
    """Build a :class:`Document` from text, reading metadata from its header.

    Explicit arguments win over what the header says.
    """
    meta: dict[str, str] = {}
    body_start = 0
    m = _DATE_MARKER.match(text)
    if m:
        meta["date"] = m.group(1)
        body_start = m.end()
    else:
        pos = len(text) - len(text.lstrip("\ufeff"))
        lines_meta: dict[str, str] = {}
        while True:
            nl = text.find("\n", pos)
            line = text[pos : nl if nl >= 0 else len(text)]
            hm = _HEADER_LINE.fullmatch(line.rstrip("\r"))
            if not hm:
                break
            lines_meta[hm.group(1).lower()] = hm.group(2).strip()
            if nl < 0:
                pos = len(text)
                break
            pos = nl + 1
        if lines_meta and text[pos:].lstrip(" \t").startswith(("\n", "\r\n")):
            meta = lines_meta
            body_start = pos
    header_date = meta.get("date") or meta.get("published")
    return Document(
        id=doc_id,
        text=text,
        published=published or _parse_date(header_date, where=path or doc_id) or stamp_date(text, body_start),
        source=source or meta.get("source"),
        path=path,
        url=url or meta.get("url"),
        title=title or meta.get("title"),
        body_start=body_start,
    )


_OTHER_BOMS = (
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\xfe\xff", "UTF-16"),
    (b"\xff\xfe", "UTF-16"),
)
_SKIP_HINT = "or skip it with skip_bad_files=True (--skip-bad-files on the command line)"


def decode(data: bytes, *, path: str) -> str:
    r"""Decode a file's bytes as UTF-8, refusing binary data with a clear error.

    The text is returned exactly as decoded: a UTF-8 byte-order mark stays as
    ``"\ufeff"`` and CRLF line ends stay, so offsets index the same characters as
    ``open(path, encoding="utf-8", newline="").read()``.

    Raises:
        DecodeError: the bytes are binary, UTF-16/32, or not valid UTF-8 (names
            the byte offset and the line).

    >>> decode(b"caf\xc3\xa9", path="a.txt")
    'café'
    >>> decode(b"caf\xe9", path="a.txt")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    crossref.errors.DecodeError: a.txt: is not valid UTF-8 (byte 0xe9 at byte offset 3, line 1); ...
    """
    for bom, name in _OTHER_BOMS:
        if data.startswith(bom):
            why = f"is {name} text (it starts with a {name} byte-order mark), not UTF-8"
            raise DecodeError(f"{why}; convert it to UTF-8, {_SKIP_HINT}", path=path, offset=0, reason=why)
    nul = data.find(b"\x00")
    if nul >= 0:
        why = f"looks like a binary file (NUL byte at byte offset {nul})"
        raise DecodeError(f"{why}; give crossref text files, {_SKIP_HINT}", path=path, offset=nul, reason=why)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        why = f"is not valid UTF-8 (byte 0x{data[e.start]:02x} at byte offset {e.start}, line {line})"
        raise DecodeError(
            f"{why}; convert it to UTF-8, {_SKIP_HINT}", path=path, offset=e.start, reason=why
        ) from None


def _check_text(text: str, *, where: str, line: int | None = None) -> None:
    """Refuse text that cannot be written back as UTF-8 (lone surrogates, e.g. from ``"\\ud800"`` in JSON)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as e:
        raise InputError(
            f"the text holds a lone surrogate (U+{ord(text[e.start]):04X} at character offset {e.start}), "
            "which is not text; fix the record's encoding",
            path=where,
            line=line,
            reason=f"lone surrogate U+{ord(text[e.start]):04X} at character offset {e.start}",
        ) from None


def _records_from_jsonl(path: Path, *, skip_bad: bool) -> tuple[list[Document], list[Skipped]]:
    docs: list[Document] = []
    skipped: list[Skipped] = []
    text = decode(path.read_bytes(), path=str(path))
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise InputError("a record must be a JSON object", path=str(path), line=lineno)
            docs.append(_document_from_record(record, where=str(path), line=lineno, fallback=str(lineno)))
        except (json.JSONDecodeError, InputError) as e:
            err = (
                e
                if isinstance(e, InputError)
                else InputError(
                    f"is not valid JSON ({e.msg} at column {e.colno})", path=str(path), line=lineno
                )
            )
            if not skip_bad:
                raise err from None
            skipped.append(Skipped(path=f"{path}:{lineno}", reason=err.reason))
    return docs, skipped


def _document_from_record(
    record: Mapping[str, Any], *, where: str, line: int | None = None, fallback: str
) -> Document:
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(f'record needs a "text" string, got {type(text).__name__}', path=where, line=line)
    _check_text(text, where=where, line=line)
    doc_id = record.get("id")
    doc_id = fallback if doc_id is None or doc_id == "" else str(doc_id)
    return parse_document(
        text,
        doc_id=doc_id,
        path=where,
        source=None if record.get("source") is None else str(record["source"]),
        published=_parse_date(record.get("published"), where=where, line=line),
        url=None if record.get("url") is None else str(record["url"]),
        title=None if record.get("title") is None else str(record["title"]),
    )


def _files_in(folder: Path) -> list[Path]:
    out = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        out.extend(Path(root) / f for f in sorted(files) if not f.startswith("."))
    return sorted(out)  # by path, subfolders in their place (os.walk gives a folder's files first)


def _load_path(path: Path, *, skip_bad: bool, id_base: Path | None) -> tuple[list[Document], list[Skipped]]:
    if not path.exists():
        text = str(path)
        hint = (
            "; to cross-reference text rather than files, give Documents or {'text': ...} records"
            if len(text) > 200 or "\n" in text or text.count(" ") > 5
            else ""
        )
        raise InputError(f"no such file or folder{hint}", path=text[:80] + ("..." if len(text) > 80 else ""))
    if path.is_dir():
        docs: list[Document] = []
        skipped: list[Skipped] = []
        for f in _files_in(path):
            if f.suffix.lower() not in TEXT_SUFFIXES | JSONL_SUFFIXES:
                skipped.append(
                    Skipped(path=str(f), reason=f"not a text or JSON Lines file ({f.suffix or 'no suffix'})")
                )
                continue
            d, s = _load_path(f, skip_bad=skip_bad, id_base=path)
            docs += d
            skipped += s
        return docs, skipped
    try:
        if path.suffix.lower() in JSONL_SUFFIXES:
            return _records_from_jsonl(path, skip_bad=skip_bad)
        text = decode(path.read_bytes(), path=str(path))
    except DecodeError as e:
        if not skip_bad:
            raise
        return [], [Skipped(path=str(path), reason=e.reason)]
    except OSError as e:
        why = f"cannot be read ({e.strerror})"
        if not skip_bad:
            raise InputError(
                f"{why}; check its permissions, {_SKIP_HINT}", path=str(path), reason=why
            ) from None
        return [], [Skipped(path=str(path), reason=why)]
    doc_id = path.relative_to(id_base).as_posix() if id_base else path.name
    try:
        return [parse_document(text, doc_id=doc_id, path=str(path))], []
    except InputError as e:  # a header that cannot be read (a date that is no date)
        if not skip_bad:
            raise
        return [], [Skipped(path=str(path), reason=e.reason)]


def load(
    *sources: str | os.PathLike[str] | Document | Mapping[str, Any] | Any, skip_bad_files: bool = False
) -> Corpus:
    """Load articles from files, folders, JSON Lines, records or a DataFrame.

    Args:
        *sources: paths (a text file, a ``.jsonl`` file, or a folder of them),
            :class:`Document` objects, ``{"id", "text", ...}`` mappings, or a
            pandas DataFrame with a ``text`` column (and optionally ``id``,
            ``source``, ``published``, ``url``, ``title``).
        skip_bad_files: skip files that are binary or not UTF-8 and records
            that are broken, listing them in ``Corpus.skipped``, instead of raising.

    Returns:
        A :class:`Corpus`: the documents in the order given (folders sorted by
        path), and what was skipped with the reason.  A document loaded from a
        folder has its path relative to that folder as its id.

    Raises:
        InputError: a path does not exist, a record is malformed, or two
            documents share an id.
        DecodeError: a file is binary or not UTF-8 (unless ``skip_bad_files``).

    >>> corpus = load("seeds/")
    >>> [d.id for d in corpus][:2]
    ['000_ba6712d1de8a62eb.txt', '001_36c3f10b5eb29aaf.txt']
    """
    docs: list[Document] = []
    skipped: list[Skipped] = []
    for i, src in enumerate(sources):
        if isinstance(src, Document):
            if not isinstance(src.text, str):
                raise InputError(f"document {src.id!r} has a {type(src.text).__name__} text, not a str")
            _check_text(src.text, where=src.path or src.id)
            docs.append(src)
        elif isinstance(src, Mapping):
            docs.append(_document_from_record(src, where=f"record {i}", fallback=f"doc{i}"))
        elif hasattr(src, "to_dict") and hasattr(src, "columns"):
            docs += _documents_from_frame(src)
        elif isinstance(src, (str, os.PathLike)):
            path = Path(src)
            d, s = _load_path(path, skip_bad=skip_bad_files, id_base=path if path.is_dir() else None)
            docs += d
            skipped += s
        elif isinstance(src, Iterable):
            sub = load(*src, skip_bad_files=skip_bad_files)
            docs += sub.documents
            skipped += sub.skipped
        else:
            raise InputError(
                f"cannot load a {type(src).__name__}; give paths, Documents, records or a DataFrame"
            )
    _check_unique(docs)
    return Corpus(docs, skipped)


def _documents_from_frame(frame: Any) -> list[Document]:
    if "text" not in frame.columns:
        raise InputError(f"the DataFrame needs a 'text' column; it has {list(frame.columns)}")
    records = frame.to_dict(orient="records")
    out = []
    for i, rec in enumerate(records):
        clean = {k: (None if _is_missing(v) else v) for k, v in rec.items()}
        out.append(_document_from_record(clean, where=f"DataFrame row {i}", fallback=f"row{i}"))
    return out


def _is_missing(v: Any) -> bool:
    try:
        return bool(v != v)  # NaN and NaT are not equal to themselves
    except (TypeError, ValueError):
        return False


def _check_unique(docs: Sequence[Document]) -> None:
    seen: dict[str, Document] = {}
    for d in docs:
        if d.id in seen:
            raise InputError(
                f"two documents have the id {d.id!r} "
                f"({seen[d.id].path or 'record'} and {d.path or 'record'}); give each document a unique id",
                path=d.path,
            )
        seen[d.id] = d
