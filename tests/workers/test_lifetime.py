"""A thread that outlives its window's wait is kept until it ends."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from linreg_gui.workers.lifetime import keep_until_finished, still_running

pytestmark = pytest.mark.gui


class Blocked(QThread):
    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def run(self) -> None:
        self.release.wait(10)


def test_a_kept_thread_counts_until_it_ends(qtbot: QtBot) -> None:
    thread = Blocked()
    thread.start()
    keep_until_finished(thread)
    del thread  # only the keeper holds it now: it must not be destroyed
    assert still_running() >= 1
    before = still_running()
    from linreg_gui.workers import lifetime

    kept = lifetime._KEPT[-1]
    assert isinstance(kept, Blocked)
    kept.release.set()
    assert kept.wait(5000)
    assert still_running() == before - 1
