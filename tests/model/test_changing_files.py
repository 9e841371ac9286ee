"""A file that changes while it loads: a clear message, never a dead process.

Each change happens at the loader's first progress report, so the tests do not
depend on timing: truncated, rewritten, deleted and grown, for a file parsed on
threads (over 16 MiB) and one given to pandas whole (1-16 MiB).  pandas'
multi-threaded read memory-maps its file, and a truncation then killed the
process with SIGBUS; the loader no longer lets it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from linreg_gui.cli import main
from linreg_gui.model.errors import LoadError
from linreg_gui.model.io import load_table

ROWS = b"1.25,2.5\n3.5,7.25\n"
SIZES = {"threads": 1_000_000, "whole": 100_000}  # pairs of rows: 19 MB, 1.9 MB


def write(path: Path, pairs: int) -> int:
    path.write_bytes(b"x,y\n" + ROWS * pairs)
    return path.stat().st_size


def changes(path: Path, size: int) -> dict[str, Callable[[], None]]:
    return {
        "truncated": lambda: os.truncate(path, size // 3),
        "rewritten": lambda: path.write_bytes(b"a,b\nfoo,bar\n"),
        "deleted": path.unlink,
        "grown": lambda: _append(path, ROWS * 1000),
    }


def _append(path: Path, data: bytes) -> None:
    with path.open("ab") as out:
        out.write(data)


@pytest.mark.parametrize("kind", ["truncated", "rewritten", "deleted", "grown"])
@pytest.mark.parametrize("read", list(SIZES))
def test_a_file_changed_while_it_loads_is_refused_with_a_message(
    tmp_path: Path, kind: str, read: str
) -> None:
    path = tmp_path / "data.csv"
    size = write(path, SIZES[read])
    change = changes(path, size)[kind]
    done: list[bool] = []

    def progress(fraction: float) -> None:
        if fraction > 0 and not done:
            done.append(True)
            change()

    with pytest.raises(LoadError) as refused:
        load_table(path, progress=progress)
    assert done, "the change must happen during the load"
    message = str(refused.value)
    assert "data.csv" in message
    assert "while it was being read" in message or "cannot be read" in message


def test_the_command_line_says_the_file_changed_and_exits_2(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from linreg_gui.model import io

    path = tmp_path / "data.csv"
    size = write(path, SIZES["threads"])
    real = io.load_table

    def load_while_truncated(file: str, **kwargs: object):  # type: ignore[no-untyped-def]
        def progress(fraction: float) -> None:
            if fraction > 0 and path.stat().st_size == size:
                os.truncate(path, size // 2)

        return real(file, progress=progress)

    monkeypatch.setattr(io, "load_table", load_while_truncated)
    status = main(["fit", str(path)])
    err = capsys.readouterr().err
    assert status == 2
    assert "changed size" in err and "data.csv" in err
    assert "Traceback" not in err
