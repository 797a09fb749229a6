"""Issue 5: bad input, hostile input, many inputs -- crossref keeps working and loses nothing.

Every test here runs the real pipeline (spaCy parser, the packaged MiniLM shared
through the session ``embedder`` fixture) on real news text: the seeds and ECB+
articles.  Timings at full size (2,000 articles, a 5 MB document) are in
``benchmarks/robustness.py``, not here.
"""

from __future__ import annotations

import json
import pickle
import random
import shutil
import socket
from pathlib import Path

import numpy as np
import pytest

import crossref
from crossref.claims import _MAX_SEGMENT, segments
from crossref.embed import EmbeddingCache

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))


def _source(path: Path) -> str:
    """A file's text exactly as Python reads it without newline translation."""
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


def _assert_offsets_exact(report: crossref.Report, path_of: dict[str, Path]) -> int:
    """Every claim's and value's offsets index the file's text as read; returns the claims checked."""
    n = 0
    for c in report.claims:
        if c.doc_id not in path_of:
            continue
        text = _source(path_of[c.doc_id])
        assert report.document(c.doc_id).text == text
        span = text[c.start : c.end]
        assert span.strip(), c
        assert 0 <= c.start < c.end <= len(text)
        assert c.sentence_start <= c.start and c.end <= c.sentence_end
        for v in c.values:
            assert text[v.start : v.end] == v.text, (c, v)
        n += 1
    return n


# ---- files: empty, binary, invalid UTF-8, BOM, CRLF ---------------------------------------------


def test_empty_and_whitespace_files_are_listed_in_the_report_not_dropped(tmp_path, embedder):
    shutil.copy(SEED_FILES[0], tmp_path / "a.txt")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \r\n\t\n\n   ")
    (tmp_path / "header-only.txt").write_text("date 2026-02-23\n\n", encoding="utf-8")
    report = crossref.cross_reference(crossref.load(tmp_path), embedder=embedder)
    assert [d.id for d in report.documents] == ["a.txt", "blank.txt", "empty.txt", "header-only.txt"]
    skipped = json.loads(report.to_json())["skipped"]
    by_name = {Path(s["path"]).name: s["reason"] for s in skipped}
    for name in ("empty.txt", "blank.txt", "header-only.txt"):
        assert "empty" in by_name[name], by_name
    assert "a.txt" not in by_name
    assert any(c.doc_id == "a.txt" for c in report.claims)


def test_binary_file_stops_the_run_naming_the_file_and_offset(tmp_path):
    shutil.copy(SEED_FILES[0], tmp_path / "a.txt")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(crossref.DecodeError) as info:
        crossref.load(tmp_path)
    err = info.value
    assert err.path == str(tmp_path / "image.txt") and err.offset == 8
    assert "image.txt" in str(err) and "byte offset 8" in str(err)
    assert isinstance(err, ValueError) and isinstance(err, crossref.CrossrefError)


def _bad_utf8(tmp_path: Path) -> tuple[Path, int]:
    good = SEED_FILES[1].read_bytes()
    cut = good.index(b". ", 300) + 2
    bad = good[:cut] + b"Caf\xe9 owners said 12 shops closed. " + good[cut:]
    path = tmp_path / "latin1.txt"
    path.write_bytes(bad)
    return path, cut + 3


def test_invalid_utf8_error_names_the_file_and_the_byte_offset(tmp_path):
    path, offset = _bad_utf8(tmp_path)
    with pytest.raises(crossref.DecodeError) as info:
        crossref.load(path)
    assert info.value.offset == offset
    assert str(path) in str(info.value) and f"byte offset {offset}" in str(info.value)
    assert "skip_bad_files" in str(info.value)  # says what to do next


def test_utf16_file_is_refused_as_not_utf8(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes("US troops left the base on Monday.".encode("utf-16"))
    with pytest.raises(crossref.DecodeError, match="UTF-16"):
        crossref.load(path)


def test_skip_bad_files_lists_them_in_corpus_and_report_json(tmp_path, embedder):
    shutil.copy(SEED_FILES[0], tmp_path / "a.txt")
    shutil.copy(SEED_FILES[2], tmp_path / "b.txt")
    bad, offset = _bad_utf8(tmp_path)
    (tmp_path / "bin.txt").write_bytes(b"abc\x00def")
    corpus = crossref.load(tmp_path, skip_bad_files=True)
    assert [d.id for d in corpus] == ["a.txt", "b.txt"]
    reasons = {Path(s.path).name: s.reason for s in corpus.skipped}
    assert set(reasons) == {"latin1.txt", "bin.txt"}
    assert f"byte offset {offset}" in reasons["latin1.txt"] and "UTF-8" in reasons["latin1.txt"]
    assert "NUL" in reasons["bin.txt"]

    for report in (
        crossref.cross_reference(corpus, embedder=embedder),
        crossref.cross_reference(tmp_path, skip_bad_files=True, embedder=embedder),
    ):
        listed = {Path(s["path"]).name: s["reason"] for s in json.loads(report.to_json())["skipped"]}
        assert listed["latin1.txt"] == reasons["latin1.txt"]
        assert listed["bin.txt"] == reasons["bin.txt"]
        assert crossref.Report.from_json(report.to_json()).skipped == report.skipped


def test_broken_jsonl_records_are_refused_or_listed(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "ok", "text": "US forces left the Al-Tanf base on Monday."}),
        "{not json",
        json.dumps({"id": "nostr", "text": 5}),
        '{"id": "sur", "text": "lone \\ud800 surrogate in a record"}',
        json.dumps(["a", "list"]),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(crossref.InputError) as info:
        crossref.load(path)
    assert info.value.line == 2 and "feed.jsonl:2" in str(info.value)
    corpus = crossref.load(path, skip_bad_files=True)
    assert [d.id for d in corpus] == ["ok"]
    assert [s.path.rsplit(":", 1)[1] for s in corpus.skipped] == ["2", "3", "4", "5"]
    assert "surrogate" in corpus.skipped[2].reason


def test_utf8_bom_is_kept_and_offsets_stay_exact(tmp_path, embedder):
    body = SEED_FILES[1].read_bytes()  # opens with " date 2026-02-23"
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + body)
    report = crossref.cross_reference(crossref.load(path), embedder=embedder)
    doc = report.documents[0]
    assert doc.text.startswith("\ufeff") and doc.text == _source(path)
    assert doc.published is not None  # the date marker is read behind the BOM
    assert _assert_offsets_exact(report, {"bom.txt": path}) >= 10


def test_crlf_line_ends_keep_offsets_exact(tmp_path, embedder):
    paths = {}
    for p in SEED_FILES[:2]:
        crlf = p.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        paths[p.name] = tmp_path / p.name
        paths[p.name].write_bytes(crlf)
    report = crossref.cross_reference(crossref.load(tmp_path), embedder=embedder)
    assert all("\r\n" in d.text for d in report.documents)
    assert _assert_offsets_exact(report, paths) >= 20
    assert not any("\r" in c.text for c in report.claims)
    # the same articles with LF ends give the same claims, shifted by the removed CRs
    lf = crossref.cross_reference(crossref.load(*SEED_FILES[:2]), embedder=embedder)
    assert [c.text for c in lf.claims] == [c.text for c in report.claims]


# ---- size: a 5 MB document, a folder of many articles ---------------------------------------------


def test_five_megabyte_document_loads_and_segments_exactly(tmp_path):
    from benchmarks.robustness import big_text

    text = big_text(5_000_000)
    # one paragraph of 300,000 characters with no line break: the parser must get it in pieces
    run_on = " ".join(text.splitlines()[1:400])
    path = tmp_path / "big.txt"
    path.write_text(text + run_on * 2, encoding="utf-8")
    assert path.stat().st_size >= 5_000_000
    (doc,) = crossref.load(path)
    assert doc.text == _source(path)
    covered = 0
    prev_end = doc.body_start
    for off, seg in segments(doc.text, doc.body_start):
        assert doc.text[off : off + len(seg)] == seg
        assert len(seg) <= _MAX_SEGMENT and off >= prev_end
        assert not doc.text[prev_end:off].strip()  # nothing but line breaks between pieces
        covered += len(seg)
        prev_end = off + len(seg)
    assert not doc.text[prev_end:].strip()
    assert covered >= len(doc.text.strip()) - doc.text.count("\n") - doc.body_start


def test_long_unbroken_paragraph_gives_exact_claims():
    from benchmarks.robustness import big_text

    one_line = " ".join(big_text(46_000).splitlines()[1:])[:44_000]
    text = "date 2026-02-23 " + one_line  # one line: the parser gets it in pieces
    doc = crossref.parse_document(text, doc_id="long.txt")
    claims = crossref.extract_claims(doc)
    assert len(claims) > 100
    assert max(c.end for c in claims) > 2 * _MAX_SEGMENT  # the last piece was read too
    for c in claims:
        assert text[c.start : c.end].strip() and c.end <= len(text)
        for v in c.values:
            assert text[v.start : v.end] == v.text


def test_folder_of_real_articles_loses_no_document(tmp_path, embedder):
    from benchmarks.robustness import article_folder

    written = article_folder(tmp_path / "news", 16)
    corpus = crossref.load(tmp_path / "news")
    assert sorted(d.id for d in corpus) == sorted(p.name for p in written)
    report = crossref.cross_reference(corpus, embedder=embedder)
    with_claims = {c.doc_id for c in report.claims}
    skipped = {Path(s.path).name for s in report.skipped}
    assert with_claims | skipped == {p.name for p in written}  # every document accounted for
    paths = {p.name: p for p in written}
    assert _assert_offsets_exact(report, paths) == len(report.claims)
    # clusters partition the claims
    ids = [cid for cl in report.clusters for cid in cl.claim_ids]
    assert sorted(ids) == sorted(c.id for c in report.claims)


# ---- duplicates ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dup_report(tmp_path_factory, embedder):
    folder = tmp_path_factory.mktemp("dups")
    for p in SEED_FILES:
        shutil.copy(p, folder / p.name)
    # the same article twice, under another name
    shutil.copy(SEED_FILES[1], folder / "zz_same_article.txt")
    # one wire story in a second outlet: own header and headline, the wire text otherwise verbatim
    wire = SEED_FILES[2].read_text(encoding="utf-8")
    outlet_b = "Source: Outlet B\nTitle: US leaves Syria\n\n" + wire.split("\n", 1)[1]
    (folder / "outlet_b.txt").write_text(outlet_b, encoding="utf-8")
    return crossref.cross_reference(crossref.load(folder), embedder=embedder)


def test_same_article_twice_is_reported_as_duplicate(dup_report):
    pairs = {(d.doc_id, d.same_as) for d in dup_report.duplicates}
    assert ("zz_same_article.txt", SEED_FILES[1].name) in pairs
    assert json.loads(dup_report.to_json())["duplicates"]


def test_wire_story_in_two_outlets_is_reported_as_duplicate(dup_report):
    pairs = {tuple(sorted((d.doc_id, d.same_as))) for d in dup_report.duplicates}
    assert tuple(sorted(("outlet_b.txt", SEED_FILES[2].name))) in pairs


def test_duplicates_are_not_counted_as_independent_sources(dup_report):
    canonical = {d.doc_id: d.same_as for d in dup_report.duplicates}
    assert dup_report.findings
    for f in dup_report.findings:
        assert len(set(f.sources)) == len(f.sources), f
        docs = {dup_report.claim(c).doc_id for c in f.claim_ids}
        independent = {canonical.get(d, d) for d in docs}
        assert len(independent) >= 2, f  # corroboration needs two sources that are not copies
        for dup, original in canonical.items():
            assert not (dup in f.sources and original in f.sources), f
    for cl in dup_report.clusters:
        assert len(cl.sources) == len({canonical.get(d, d) for d in cl.doc_ids}), cl


# ---- hostile text -------------------------------------------------------------------------------

SCRIPT = "<script>alert('x')</script>"
IMG = '<img src=x onerror="alert(1)">'


@pytest.fixture(scope="module")
def hostile_report(embedder):
    a = crossref.parse_document(
        f"date 2026-02-23 The storm killed 14 people in {SCRIPT} Dover on Monday, police said.\n"
        f"At least 300 homes were destroyed {IMG} by the flood.\n",
        doc_id="a.txt",
    )
    b = crossref.parse_document(
        "date 2026-02-23 The storm killed a dozen people in Dover on Monday, police said.\n"
        "At least 300 homes were destroyed by the flood.\n",
        doc_id="b.txt",
    )
    return crossref.cross_reference([a, b], embedder=embedder)


def test_json_and_text_keep_markup_verbatim(hostile_report):
    data = json.loads(hostile_report.to_json())
    assert SCRIPT in data["documents"][0]["text"] and IMG in data["documents"][0]["text"]
    assert any(SCRIPT in c["text"] for c in data["claims"])
    assert any(IMG in c["text"] for c in data["claims"])
    assert SCRIPT in hostile_report.to_text()
    again = crossref.Report.from_json(hostile_report.to_json())
    assert again.documents[0].text == hostile_report.documents[0].text


def test_html_report_escapes_article_markup(hostile_report):
    html = hostile_report.to_html() + hostile_report._repr_html_()
    assert "<script" not in html.lower()
    assert "<img" not in html.lower()
    assert "&lt;script&gt;" in html


# ---- determinism --------------------------------------------------------------------------------


def test_same_input_gives_byte_identical_json(seeds_report, embedder):
    again = crossref.cross_reference(crossref.load(SEEDS), embedder=embedder)
    assert again.to_json() == seeds_report.to_json()
    assert again.to_json(indent=None).encode() == seeds_report.to_json(indent=None).encode()


def test_document_order_does_not_change_the_report(seeds_report, embedder):
    order = list(SEED_FILES)
    random.Random(5).shuffle(order)
    if order == SEED_FILES:
        order.reverse()
    shuffled = crossref.cross_reference(crossref.load(*order), embedder=embedder)
    assert shuffled.findings == seeds_report.findings
    assert shuffled.to_json() == seeds_report.to_json()


# ---- no network, no unsafe deserialization ------------------------------------------------------


def test_full_run_with_sockets_disabled(monkeypatch, tmp_path):
    def refuse(*args, **kwargs):
        raise AssertionError("crossref tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    # a fresh model load and a fresh run, with the on-disk cache, must not touch the network
    report = crossref.cross_reference(crossref.load(SEEDS), cache_dir=str(tmp_path / "cache"))
    assert report.findings and report.claims
    assert any((tmp_path / "cache").rglob("*.vecs.npy"))


def test_embedding_cache_round_trips(tmp_path, embedder):
    texts = ["US troops left the Al-Tanf base.", "About 1,000 soldiers remain in Syria.", "Russia withdrew."]
    calls: list[int] = []

    def compute(ts):
        calls.append(len(ts))
        return embedder.encode(list(ts))

    first = EmbeddingCache(tmp_path, "minilm").get_or_compute(texts, compute)
    assert calls == [3]
    cache = EmbeddingCache(tmp_path, "minilm")
    again = cache.get_or_compute(texts, lambda ts: pytest.fail(f"recomputed {ts}"))
    np.testing.assert_array_equal(first, again)
    assert again.dtype == np.float32
    more = cache.get_or_compute([*texts, "A new claim."], compute)
    assert calls == [3, 1] and more.shape == (4, first.shape[1])
    # another model's vectors are kept apart
    EmbeddingCache(tmp_path, "other").get_or_compute(texts[:1], compute)
    assert calls == [3, 1, 1]


class _Boom:
    def __reduce__(self):
        import os

        return (os.system, (f"touch {_Boom.sentinel}",))

    sentinel = ""


def test_tampered_cache_files_are_never_unpickled(tmp_path, embedder):
    texts = ["US troops left the Al-Tanf base.", "About 1,000 soldiers remain in Syria."]
    cache = EmbeddingCache(tmp_path, embedder.name)
    good = cache.get_or_compute(texts, lambda ts: embedder.encode(list(ts)))
    sentinel = tmp_path / "pwned"
    _Boom.sentinel = str(sentinel)
    shard = cache.directory
    # a shard whose arrays are pickled objects, and a raw pickle under a shard's name
    np.save(shard / "000090-1.keys.npy", np.array([_Boom()], dtype=object), allow_pickle=True)
    np.save(shard / "000090-1.vecs.npy", np.array([_Boom()], dtype=object), allow_pickle=True)
    (shard / "000091-1.keys.npy").write_bytes(pickle.dumps(_Boom()))
    (shard / "000091-1.vecs.npy").write_bytes(pickle.dumps(_Boom()))
    (shard / "000092-1.keys.npy").write_bytes(b"\x93NUMPY garbage")
    assert not sentinel.exists()
    fresh = EmbeddingCache(tmp_path, embedder.name)
    got = fresh.get_or_compute(texts, lambda ts: pytest.fail(f"recomputed {ts}"))
    np.testing.assert_array_equal(got, good)
    assert not sentinel.exists()
    # and a real run over that cache directory works and executes nothing
    emb = crossref.SentenceTransformerEmbedder(cache_dir=tmp_path)
    emb._model = embedder.model  # share the loaded weights; the cache logic is what is tested
    vecs = emb.encode(texts + ["Russia withdrew from Syria."])
    assert vecs.shape == (3, good.shape[1]) and not sentinel.exists()
