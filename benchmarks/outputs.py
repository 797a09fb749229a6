"""Where each benchmark leaves its tables: ``<out>/<name>.md`` to read, ``<out>/<name>.json`` with everything."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def write_results(out: Path, name: str, markdown: str, payload: Any, *, indent: int = 2) -> None:
    """Write a benchmark's markdown table and its JSON payload under ``out`` (made if missing)."""
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{name}.md").write_text(markdown, encoding="utf-8")
    (out / f"{name}.json").write_text(json.dumps(payload, indent=indent) + "\n", encoding="utf-8")
