"""Workers give way to a busy window, and only to a busy one.

No Qt here: the GUI thread is this test's main thread, which beats by hand.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterator

import pytest

from linreg_gui.workers import give_way


@pytest.fixture(autouse=True)
def _own_heartbeat() -> Iterator[None]:
    """This module's beats, not a window's (restored afterwards)."""
    saved = give_way._last_beat
    give_way.stop_beating()
    try:
        yield
    finally:
        give_way._last_beat = saved


@pytest.fixture
def window_working(monkeypatch: pytest.MonkeyPatch) -> None:
    """The GUI thread uses every moment a waiting worker leaves it.

    Measured on the real thread, this depends on the scheduler: on a loaded
    machine a busy thread may get under a millisecond of a 5 ms nap, and the
    worker rightly takes it for a waiting one.  The rule under test is what a
    worker does with what it measures, so the measure is given here.
    """
    monkeypatch.setattr(give_way, "_gui_cpu", time.monotonic)


def _in_worker(action: Callable[[], float]) -> tuple[threading.Thread, list[float]]:
    slept: list[float] = []
    thread = threading.Thread(target=lambda: slept.append(action()))
    thread.start()
    return thread, slept


def test_without_a_window_a_worker_never_waits() -> None:
    thread, slept = _in_worker(give_way.give_way)
    thread.join()
    assert slept == [0.0]


def test_the_gui_thread_itself_never_waits() -> None:
    give_way.beat()
    give_way._last_beat = time.monotonic() - 1.0  # late
    assert give_way.give_way() == 0.0


@pytest.mark.usefixtures("window_working")
def test_a_worker_waits_while_the_window_works_and_goes_on_at_its_beat() -> None:
    give_way.beat()
    give_way._last_beat = time.monotonic() - 1.0  # the window is mid-batch
    thread, slept = _in_worker(give_way.give_way)
    time.sleep(0.05)  # the window works
    give_way.beat()  # and is free again
    thread.join()
    assert slept[0] > 0.02  # it waited for the window ...
    assert slept[0] < give_way.LONGEST_WAIT  # ... and went on at the beat


@pytest.mark.usefixtures("window_working")
def test_a_worker_never_waits_longer_than_the_limit() -> None:
    give_way.beat()
    give_way._last_beat = time.monotonic() - 1.0
    thread, slept = _in_worker(give_way.give_way)
    thread.join()  # the window works all along, never beating
    assert give_way.LONGEST_WAIT <= slept[0] < 10 * give_way.LONGEST_WAIT


@pytest.mark.skipif(
    not hasattr(time, "pthread_getcpuclockid"), reason="no per-thread CPU clock"
)
def test_a_worker_goes_on_when_the_window_waits_for_it() -> None:
    """A window blocked on the worker (shutdown, a lock, an import) uses no
    CPU while the worker sleeps: waiting longer would only delay the window."""
    give_way.beat()
    give_way._last_beat = time.monotonic() - 1.0
    thread, slept = _in_worker(give_way.give_way)
    thread.join()  # the GUI thread blocks on the worker
    assert slept[0] < give_way.LONGEST_WAIT / 2


def test_imports_in_a_worker_give_way(monkeypatch: pytest.MonkeyPatch) -> None:
    """The import hook asks first, gives way, and leaves finding to the rest."""
    calls: list[str] = []
    monkeypatch.setattr(give_way, "give_way", lambda: calls.append("gave way") or 0.0)
    assert give_way._FINDER.find_spec("no_such_module_here", None) is None
    assert calls == ["gave way"]


@pytest.mark.skipif(
    not hasattr(time, "pthread_getcpuclockid"), reason="no per-thread CPU clock"
)
def test_a_waiting_window_is_not_asked_again_until_it_beats() -> None:
    """A worker importing hundreds of modules while the window waits on one
    of them would otherwise nap once per module."""
    give_way.beat()
    give_way._last_beat = time.monotonic() - 1.0

    def many() -> float:
        return sum(give_way.give_way() for _ in range(200))

    thread, slept = _in_worker(many)
    thread.join()
    assert slept[0] < give_way.LONGEST_WAIT


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread niceness")
def test_a_worker_is_nicer_than_the_window_and_so_are_its_threads() -> None:
    import os

    seen: list[int] = []

    def worker() -> None:
        give_way.lower_priority()
        seen.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))
        child = threading.Thread(
            target=lambda: seen.append(
                os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
            )
        )
        child.start()
        child.join()

    mine = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert seen == [max(mine, give_way.WORKER_NICENESS)] * 2
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == mine
