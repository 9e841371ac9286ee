"""The window when a file changes under the loader: its data stay, a message
names the file, the GUI thread keeps answering."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from linreg_gui import controller as controller_module
from linreg_gui.ui.main_window import MainWindow
from tests.ui.test_main_window import drop_file, wait_ready

pytestmark = pytest.mark.gui
WAIT_MS = 20_000


@pytest.fixture
def window(window: MainWindow, qtbot: QtBot) -> MainWindow:
    """The shared window, with the default example loaded and fitted."""
    window.load_default_example()
    wait_ready(qtbot, window)
    return window


@pytest.mark.parametrize("kind", ["truncated", "deleted"])
def test_a_dropped_file_changed_while_loading_leaves_the_data(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    path = tmp_path / "growing.csv"
    path.write_bytes(b"x,y\n" + b"1.25,2.5\n3.5,7.25\n" * 1_000_000)
    size = path.stat().st_size
    real = controller_module.load_table

    def load_while_changed(file, *, progress=None, cancel=None):  # type: ignore[no-untyped-def]
        def changed(fraction: float) -> None:
            if fraction > 0 and path.exists() and path.stat().st_size == size:
                if kind == "truncated":
                    os.truncate(path, size // 2)
                else:
                    path.unlink()
            if progress is not None:
                progress(fraction)

        return real(file, progress=changed, cancel=cancel)

    monkeypatch.setattr(controller_module, "load_table", load_while_changed)
    before = window.controller.dataset
    drop_file(window, path)
    qtbot.waitUntil(lambda: "growing.csv" in window.message_bar.text(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.controller.loading, timeout=WAIT_MS)
    assert window.message_bar.level == "error"
    assert window.controller.dataset is before
    assert window.table_model.rowCount() == before.n_rows  # type: ignore[union-attr]
