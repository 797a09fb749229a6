"""Loading: files, folders, JSON Lines, records, DataFrames; metadata read, text kept as read."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import crossref
from crossref.documents import decode, parse_document

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_folder_ids_are_file_names_and_text_is_kept_exactly():
    corpus = crossref.load(SEEDS)
    assert [d.id for d in corpus] == sorted(p.name for p in SEEDS.glob("*.txt"))
    for d in corpus:
        with open(SEEDS / d.id, encoding="utf-8", newline="") as fh:
            assert d.text == fh.read()
        assert d.path == str(SEEDS / d.id)


def test_date_marker_is_parsed_not_cut():
    doc = parse_document(" date 2026-02-23 US forces began withdrawing.", doc_id="a")
    assert doc.published == dt.date(2026, 2, 23)
    assert doc.text == " date 2026-02-23 US forces began withdrawing."
    assert doc.text[doc.body_start :] == "US forces began withdrawing."


def test_key_value_header_is_parsed_and_explicit_arguments_win():
    text = "Source: AFP\r\nDate: 2026-02-20\r\nTitle: Pull-out\r\n\r\nUS forces left."
    doc = parse_document(text, doc_id="a")
    assert (doc.source, doc.published, doc.title) == ("AFP", dt.date(2026, 2, 20), "Pull-out")
    assert doc.text == text and doc.text[doc.body_start :].strip() == "US forces left."
    doc = parse_document(text, doc_id="a", source="Reuters", published=dt.date(2026, 1, 1))
    assert (doc.source, doc.published) == ("Reuters", dt.date(2026, 1, 1))


def test_text_that_only_looks_like_a_header_is_body():
    doc = parse_document("Source: the Pentagon said troops left.\nMore text.", doc_id="a")
    assert doc.source is None and doc.body_start == 0


def test_nested_folders_use_relative_ids_and_list_other_files(tmp_path):
    (tmp_path / "afp").mkdir()
    (tmp_path / "afp" / "one.txt").write_text("US forces left the base.", encoding="utf-8")
    (tmp_path / "two.md").write_text("Russia withdrew its ships.", encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / ".hidden.txt").write_text("not read", encoding="utf-8")
    corpus = crossref.load(tmp_path)
    assert [d.id for d in corpus] == ["afp/one.txt", "two.md"]
    assert [Path(s.path).name for s in corpus.skipped] == ["photo.jpg"]
    assert "not a text" in corpus.skipped[0].reason


def test_jsonl_records_keep_their_metadata(tmp_path):
    path = tmp_path / "feed.jsonl"
    rec = {
        "id": "r1",
        "text": "About 900 troops remain.",
        "source": "AP",
        "published": "2026-02-23",
        "url": "u",
    }
    path.write_text(
        json.dumps(rec) + "\r\n\r\n" + json.dumps({"text": "No id here."}) + "\n", encoding="utf-8"
    )
    a, b = crossref.load(path)
    assert (a.id, a.source, a.published, a.url, a.text) == (
        "r1",
        "AP",
        dt.date(2026, 2, 23),
        "u",
        rec["text"],
    )
    assert b.id == "3"  # falls back to the line number


def test_records_and_dataframes_load():
    pd = pytest.importorskip("pandas")  # pandas is a test dependency; skip only outside the test extra
    frame = pd.DataFrame({"id": ["x", "y"], "text": ["One.", "Two."], "published": ["2026-02-23", None]})
    corpus = crossref.load(frame, {"id": "z", "text": "Three."})
    assert [d.id for d in corpus] == ["x", "y", "z"]
    assert corpus[0].published == dt.date(2026, 2, 23) and corpus[1].published is None
    with pytest.raises(crossref.InputError, match="'text' column"):
        crossref.load(pd.DataFrame({"body": ["x"]}))


def test_duplicate_ids_missing_paths_and_bad_types_are_refused(tmp_path):
    with pytest.raises(crossref.InputError, match="two documents have the id 'a'"):
        crossref.load({"id": "a", "text": "x"}, {"id": "a", "text": "y"})
    with pytest.raises(crossref.InputError, match="no such file") as info:
        crossref.load(tmp_path / "missing")
    assert info.value.path == str(tmp_path / "missing")
    with pytest.raises(crossref.InputError, match="cannot load a int"):
        crossref.load(5)
    with pytest.raises(crossref.InputError, match='"text" string'):
        crossref.load({"id": "a", "text": None})
    with pytest.raises(crossref.InputError, match="not a date"):
        crossref.load({"id": "a", "text": "x", "published": "yesterday"})


def test_lone_surrogates_are_refused_with_the_offset():
    with pytest.raises(crossref.InputError, match=r"U\+D800 at character offset 4"):
        crossref.load({"id": "a", "text": "abc \ud800 def"})
    with pytest.raises(crossref.InputError, match="surrogate"):
        crossref.load(crossref.Document(id="d", text="x\udfffy"))


def test_decode_keeps_bom_and_crlf_and_names_bad_bytes():
    assert decode(b"\xef\xbb\xbfa\r\nb", path="f") == "\ufeffa\r\nb"
    with pytest.raises(crossref.DecodeError) as info:
        decode(b"line one\nline two \xff", path="f.txt")
    e = info.value
    assert (e.path, e.offset) == ("f.txt", 18)
    assert "byte offset 18, line 2" in str(e) and e.reason.startswith("is not valid UTF-8")
    for bom in (b"\xff\xfe", b"\xfe\xff"):
        with pytest.raises(crossref.DecodeError, match="UTF-16"):
            decode(bom + "hi".encode("utf-16-le"), path="f")


def test_corpus_is_a_sequence_with_a_short_repr(tmp_path):
    (tmp_path / "a.txt").write_text("One two three.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00")
    corpus = crossref.load(tmp_path, skip_bad_files=True)
    assert len(corpus) == 1 and corpus[0].id == "a.txt" and list(corpus) == [corpus[0]]
    assert repr(corpus) == "Corpus(1 documents, 1 skipped)"
