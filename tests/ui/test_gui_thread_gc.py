"""Garbage is collected in the GUI thread only (see linreg_gui/ui/runtime.py)."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest
from pytestqt.qtbot import QtBot

from linreg_gui.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


def test_workers_never_collect_and_the_window_does(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert not gc.isenabled()
    threads: list[str] = []

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    gc.callbacks.append(note)
    try:
        # A worker making garbage by the thousand never triggers a collection.
        def churn() -> None:
            for _ in range(200_000):
                Node()

        worker = threading.Thread(target=churn, name="worker")
        worker.start()
        qtbot.waitUntil(lambda: not worker.is_alive(), timeout=20_000)
        cycle = Node()
        gone = weakref.ref(cycle)
        del cycle
        # The GUI thread's timer frees it within a few ticks.
        qtbot.waitUntil(lambda: gone() is None, timeout=5_000)
    finally:
        gc.callbacks.remove(note)
    assert threads, "nothing was collected"
    assert set(threads) == {threading.main_thread().name}, threads


def test_once_the_window_is_up_full_collections_skip_what_startup_made(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A full collection scanned every module, class and widget (140-200 ms
    in the GUI thread); after the first analysis is shown they are frozen,
    and what comes later is still collected."""
    from tests.ui.test_main_window import wait_ready

    window.load_default_example()
    wait_ready(qtbot, window)
    assert gc.get_freeze_count() > 10_000
    cycle = Node()
    gone = weakref.ref(cycle)
    del cycle
    gc.collect()
    assert gone() is None
