#!/usr/bin/env bash
# One set-up for a fresh machine, used by the README's commands and by .ci/run alike:
#   a virtualenv in .venv with crossref and its test dependencies, and Debian's
#   chromium (for the HTML report's browser test). Safe to run again: it only
#   installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3}
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1

if [ ! -x .venv/bin/python ]; then
    echo "setup: creating .venv" >&2
    "$PY" -m venv .venv
fi

# torch first, pinned: 2.13.0 is a CPU wheel on this machine's disk. An unpinned
# torch (asked for by sentence-transformers) would pull a multi-GB CUDA build.
if ! .venv/bin/python -c "import torch" 2>/dev/null; then
    echo "setup: installing torch==2.13.0 (CPU)" >&2
    .venv/bin/pip install -q torch==2.13.0
fi

echo "setup: installing crossref with its test extra" >&2
.venv/bin/pip install -q -e ".[test]"

# Debian's chromium, for tests/test_html_browser.py and the docs' screenshot.
if [ ! -x /usr/bin/chromium ]; then
    echo "setup: installing chromium (apt-get)" >&2
    SUDO=""
    if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi

echo "setup: done (.venv/bin/crossref, .venv/bin/python -m pytest)" >&2
