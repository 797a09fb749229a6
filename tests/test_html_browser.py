"""The HTML report in a real browser: Debian's headless Chromium renders the conflict cards."""

from __future__ import annotations

import os
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

import crossref

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _chromium(*args: str) -> subprocess.CompletedProcess[str]:
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"{CHROMIUM} is missing: run `bash scripts/setup.sh` (it installs Debian's chromium)")
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
            capture_output=True,
            text=True,
            timeout=180,
            stdin=subprocess.DEVNULL,
        )


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> tuple[crossref.Report, Path]:
    report = crossref.cross_reference(crossref.load("seeds/"), progress=False)
    path = tmp_path_factory.mktemp("html") / "report.html"
    path.write_text(report.to_html(), encoding="utf-8")
    return report, path


class _Cards(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.kinds: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if "xr-card" in classes:
            self.kinds += [c[3:] for c in classes if c in ("xr-conflict", "xr-discrepancy", "xr-agreement")]


def test_browser_renders_the_conflict_cards(page: tuple[crossref.Report, Path]) -> None:
    report, path = page
    p = _chromium("--dump-dom", path.as_uri())
    assert p.returncode == 0, p.stderr[-2000:]
    parser = _Cards()
    parser.feed(p.stdout)
    assert parser.kinds == [f.kind for f in report.findings]
    assert parser.kinds[0] in ("conflict", "discrepancy"), "the flags come first"
    assert "<script" not in p.stdout


def test_browser_screenshot(page: tuple[crossref.Report, Path], tmp_path: Path) -> None:
    _, path = page
    shot = tmp_path / "report.png"
    p = _chromium(f"--screenshot={shot}", "--window-size=1200,2000", path.as_uri())
    assert p.returncode == 0, p.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 50_000, "a page of cards, not a blank screen"
