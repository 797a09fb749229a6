"""The notebooks run top to bottom, and the first shows the seeds' flags first."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"


def _run(name: str) -> nbformat.NotebookNode:
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    client = NotebookClient(
        nb, timeout=900, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}
    )
    client.execute()
    return nb


def _html_outputs(nb: nbformat.NotebookNode) -> list[str]:
    return [
        out["data"]["text/html"]
        for cell in nb.cells
        if cell.cell_type == "code"
        for out in cell.get("outputs", [])
        if "text/html" in out.get("data", {})
    ]


@pytest.fixture(scope="module")
def review() -> nbformat.NotebookNode:
    return _run("01_review_conflicts.ipynb")


def test_notebooks_open_with_markdown() -> None:
    for path in sorted(NOTEBOOKS.glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        assert nb.cells[0].cell_type == "markdown", path.name
        code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
        assert not re.search(r"^\s*(def|class) ", code.replace("def counts", ""), re.M), path.name


def test_review_notebook_shows_the_flags_first(review: nbformat.NotebookNode) -> None:
    pages = [h for h in _html_outputs(review) if "<h2>crossref report</h2>" in h]
    assert pages, "the report displays itself"
    kinds = re.findall(r"<div class='xr-card xr-(conflict|discrepancy|agreement)'", pages[0])
    assert kinds, "the display has finding cards"
    rank = {"conflict": 0, "discrepancy": 1, "agreement": 2}
    assert kinds == sorted(kinds, key=rank.__getitem__)
    assert kinds[0] in ("conflict", "discrepancy")
    assert "Claims only one source makes" in pages[0] and "xr-matrix" in pages[0]


def test_review_notebook_draws_the_matrix(review: nbformat.NotebookNode) -> None:
    images = [
        out for cell in review.cells for out in cell.get("outputs", []) if "image/png" in out.get("data", {})
    ]
    assert images


def test_your_articles_notebook_runs() -> None:
    nb = _run("02_your_articles.ipynb")
    text = "".join(
        out.get("text", "") + out.get("data", {}).get("text/plain", "")
        for cell in nb.cells
        for out in cell.get("outputs", [])
    )
    assert "ConfigError: match_threshold must be in" in text
    assert "duplicate_threshold=0.8: duplicates=[(" in text
