"""Wide files and huge cells, loaded with the GUI thread watched.

A heartbeat timer in the GUI thread records its longest gap while the file
loads and is shown.  The limit is a hang detector, far above what a frame
takes, not a speed test (``benchmarks/responsiveness_bench.py`` times them):
these loads once blocked the window for 11 s (10⁴ columns measured once per
column) and 62 s (a 100 MB cell measured for the table).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from linreg_gui.ui.main_window import MainWindow
from tests.ui.test_main_window import drop_file, wait_ready

pytestmark = [pytest.mark.gui, pytest.mark.slow]
WAIT_MS = 60_000
#: Longest the GUI thread may go without a heartbeat (a hang, not a frame).
HANG_S = 2.0


@pytest.fixture
def window(window: MainWindow, qtbot: QtBot) -> MainWindow:
    """The shared window, with the default example loaded and fitted."""
    window.load_default_example()
    wait_ready(qtbot, window)
    return window


class Heartbeat:
    """The longest gap between two ticks of a 10 ms timer in the GUI thread."""

    def __init__(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)
        self.timer.start(10)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def stop(self) -> float:
        self.timer.stop()
        return self.longest


def test_ten_thousand_columns_load_with_the_window_answering(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "wide.csv"
    names = ",".join(f"v{j}" for j in range(10_000))
    rows = (
        ",".join(str((j * (i + 3)) % 97 + 0.5 * i) for j in range(10_000))
        for i in range(20)
    )
    path.write_text(names + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    beat = Heartbeat()
    drop_file(window, path)
    qtbot.waitUntil(
        lambda: (
            window.controller.dataset is not None
            and window.controller.dataset.name == "wide.csv"
        ),
        timeout=WAIT_MS,
    )
    wait_ready(qtbot, window)
    qtbot.wait(200)  # the table and the picker paint
    longest = beat.stop()
    assert window.table_model.columnCount() == 10_000
    assert longest < HANG_S, f"the GUI thread stopped for {longest:.2f} s"


def test_a_100_mb_cell_loads_with_the_window_answering(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "huge_cell.csv"
    with path.open("w", encoding="utf-8") as out:
        out.write("x,y,note\n1,2,short\n2,4.1,")
        out.write("a" * 100_000_000)
        out.write("\n3,5.9,short\n4,8.2,short\n")
    beat = Heartbeat()
    drop_file(window, path)
    qtbot.waitUntil(
        lambda: (
            window.controller.dataset is not None
            and window.controller.dataset.name == "huge_cell.csv"
        ),
        timeout=WAIT_MS,
    )
    wait_ready(qtbot, window)
    qtbot.wait(200)
    longest = beat.stop()
    assert window.table_model.rowCount() == 4
    assert "note" in window.controller.dataset.non_numeric  # type: ignore[union-attr]
    assert longest < HANG_S, f"the GUI thread stopped for {longest:.2f} s"
