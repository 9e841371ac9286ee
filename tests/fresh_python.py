"""Run a snippet of Python in a fresh interpreter, from the project's root: for
what only a new process shows (what it imports first, how it exits)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_python(script: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """``python -c script`` with this interpreter; its output as text."""
    return subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
    )
