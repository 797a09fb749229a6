"""The command line: crossref report PATH... [--format text|json|html] [-o FILE]."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from crossref.cli import main

SEEDS = Path("seeds")
CROSSREF = [sys.executable, "-m", "crossref"]


@pytest.fixture(scope="module")
def seeds_json() -> dict:
    """`crossref report seeds/ --format json`, run once for this module as a user would."""
    p = subprocess.run(
        [*CROSSREF, "report", "seeds/", "--format", "json", "--quiet"],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
    )
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout)


def test_json_has_the_documented_keys(seeds_json: dict) -> None:
    for key in ("documents", "claims", "clusters", "findings", "skipped", "duplicates", "settings"):
        assert key in seeds_json
    assert {d["id"] for d in seeds_json["documents"]} == {p.name for p in SEEDS.glob("*.txt")}
    assert all({"id", "doc", "start", "end", "text", "values"} <= c.keys() for c in seeds_json["claims"])
    assert all({"id", "claims"} <= k.keys() for k in seeds_json["clusters"])
    for f in seeds_json["findings"]:
        assert {"id", "kind", "claims", "attribute", "explanation", "score"} <= f.keys()
        assert f["kind"] in ("agreement", "discrepancy", "conflict")


def test_json_claim_offsets_slice_the_file_as_read(seeds_json: dict) -> None:
    paths = {d["id"]: d["path"] for d in seeds_json["documents"]}
    texts = {}
    for doc_id, path in paths.items():
        with open(path, encoding="utf-8", newline="") as fh:
            texts[doc_id] = fh.read()
    assert seeds_json["claims"]
    for c in seeds_json["claims"]:
        span = texts[c["doc"]][c["start"] : c["end"]]
        assert span.strip() and span == span.strip(), c["id"]
        for v in c["values"]:
            assert texts[c["doc"]][v["start"] : v["end"]] == v["text"], (c["id"], v)


def test_json_ids_refer_to_each_other(seeds_json: dict) -> None:
    claim_ids = [c["id"] for c in seeds_json["claims"]]
    assert len(set(claim_ids)) == len(claim_ids)
    in_clusters = [cid for k in seeds_json["clusters"] for cid in k["claims"]]
    assert sorted(in_clusters) == sorted(claim_ids)  # the clusters partition the claims
    clusters = {k["id"] for k in seeds_json["clusters"]}
    for f in seeds_json["findings"]:
        assert set(f["claims"]) <= set(claim_ids) and f["cluster"] in clusters


def test_json_lists_conflicts_first(seeds_json: dict) -> None:
    rank = {"conflict": 0, "discrepancy": 1, "agreement": 2}
    kinds = [rank[f["kind"]] for f in seeds_json["findings"]]
    assert kinds == sorted(kinds)


def test_output_file_is_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.html"
    assert main(["report", "seeds/", "--format", "html", "-o", str(out), "--quiet"]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "xr-card" in page
    captured = capsys.readouterr()
    assert captured.out == ""
    assert str(out) in captured.err


def test_text_is_the_default_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "seeds/", "--quiet"]) == 0
    assert capsys.readouterr().out.startswith("crossref: 4 documents")


def test_missing_path_exits_2_and_names_it(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder"
    p = subprocess.run([*CROSSREF, "report", str(missing)], capture_output=True, text=True, timeout=300)
    assert p.returncode == 2
    assert str(missing) in p.stderr
    assert "Traceback" not in p.stderr


def test_json_is_byte_identical_across_processes(seeds_json: dict) -> None:
    """Regression: an attribute label picked from a set changed with Python's hash seed."""
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    p = subprocess.run(
        [*CROSSREF, "report", "seeds/", "--format", "json", "--quiet"],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
    )
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout) == seeds_json


def test_empty_folder_exits_2_with_a_message(tmp_path: Path) -> None:
    p = subprocess.run([*CROSSREF, "report", str(tmp_path)], capture_output=True, text=True, timeout=300)
    assert p.returncode == 2
    assert "no documents to cross-reference" in p.stderr and "Traceback" not in p.stderr


def test_unwritable_output_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "missing-folder" / "report.txt"
    assert main(["report", str(SEEDS / "001_36c3f10b5eb29aaf.txt"), "-o", str(target), "--quiet"]) == 2
    assert "cannot write" in capsys.readouterr().err
