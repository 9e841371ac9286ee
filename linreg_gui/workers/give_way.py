"""Workers step aside while the window is busy drawing, and run nicer than it.

The window and its workers share one interpreter lock.  CPython hands the lock
over fairly, and the GUI thread asks for it again at every Python callback Qt
makes while it lays out and paints (every ``paint``, ``boundingRect`` and
``data`` of the plots and tables: hundreds per frame).  Beside a worker running
Python (importing scikit-learn, stepping a run on 100 rows), each of those
waits its turn: a frame that takes 23 ms alone took 451 ms, and a resize of
the window 40 ms alone took 470 ms, whatever the switch interval.

So the window keeps a heartbeat (:func:`beat`, from a 10 ms timer in the GUI
thread), and workers call :func:`give_way` at their checkpoints: between
blocks of steps, at each ``cancelled()`` check of a task, and before each
module a worker imports.  When the heartbeat is late, the GUI thread is in
the middle of a batch of events; the worker sleeps (releasing the lock) until
the window has caught up, or at most :data:`LONGEST_WAIT` seconds, so a worker
is slowed but never stopped.  A GUI thread that does not run while the worker
sleeps is waiting for something (a worker to end, a module being imported), so
the worker goes on at once.  Without a heartbeat (the command line, tests of
the model) :func:`give_way` returns at once.

Work that holds no lock (parsing a CSV, factorising 10⁶ rows) still takes a
core; each worker thread therefore lowers its own priority
(:func:`lower_priority`), so the scheduler serves the window first.
"""

from __future__ import annotations

import importlib.abc
import os
import sys
import threading
import time
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

#: Niceness of worker threads (0 is the window's; 19 the least).
WORKER_NICENESS = 10

#: How often the GUI thread's timer beats (ms).
BEAT_MS = 10
#: A heartbeat older than this means the GUI thread is busy (seconds).
LATE_S = 0.025
#: The longest a worker sleeps at one checkpoint (seconds).
LONGEST_WAIT = 0.1
#: How long a waiting worker sleeps between looks, unless a beat wakes it
#: first (seconds).  Each look takes the interpreter lock from the window.
NAP_S = 0.005

_last_beat: float | None = None  # None: no window
_gui_thread: threading.Thread | None = None
_gui_clock: int | None = None  # the GUI thread's CPU-time clock, where there is one
_beaten = threading.Event()  # set at each beat; cleared by a worker that waits
_waiting_since: float | None = None  # the beat after which the GUI thread waited


def beat() -> None:
    """The GUI thread is free (its timer fired): workers may go on."""
    global _last_beat, _gui_thread, _gui_clock
    if _gui_thread is None:
        _gui_thread = threading.current_thread()
        try:
            _gui_clock = time.pthread_getcpuclockid(threading.get_ident())
        except (AttributeError, OSError):  # not on this system
            _gui_clock = None
    _last_beat = time.monotonic()
    _beaten.set()


def stop_beating() -> None:
    """No window any more: workers never wait."""
    global _last_beat
    _last_beat = None
    _beaten.set()


def give_way() -> float:
    """In a worker, sleep while the window is busy; returns the seconds slept.

    Busy means that the heartbeat is late *and* the GUI thread uses the time
    the worker leaves it.  A GUI thread that does not run meanwhile waits for
    something else (a worker to end, a lock, a module a worker is importing):
    the worker goes on at once, or it would only delay what the window waits
    for.
    """
    global _waiting_since
    last = _last_beat
    if last is None or threading.current_thread() is _gui_thread:
        return 0.0
    now = time.monotonic()
    if now - last <= LATE_S or last == _waiting_since:
        return 0.0  # free, or known to wait (for this worker, maybe) since then
    started = now
    used = _gui_cpu()
    while now - started < LONGEST_WAIT:
        _beaten.clear()
        if _last_beat != last:  # a beat came in between
            break
        _beaten.wait(NAP_S)
        now = time.monotonic()
        last = _last_beat
        if last is None or now - last <= LATE_S:
            break
        before, used = used, _gui_cpu()
        if used is not None and before is not None and used - before < NAP_S / 5:
            _waiting_since = last  # not again until it beats: an import of
            break  # 700 modules would wait 700 naps
    return now - started


def _gui_cpu() -> float | None:
    """CPU seconds the GUI thread has used, or None where that is unknown."""
    clock = _gui_clock
    if clock is None:
        return None
    try:
        return time.clock_gettime(clock)
    except OSError:
        return None


def lower_priority() -> None:
    """Make the calling worker thread nicer than the window (Linux: niceness
    is per thread, and threads it starts inherit it).

    The GIL is one thing workers share with the window; the two cores of a
    classroom laptop are another.  A worker parsing a CSV or factorising
    10⁶ rows in C, without the GIL, still takes a core, and at equal priority
    the scheduler made the window wait its turn: a push button's repaint took
    0.14 s beside a load and an analysis.
    """
    try:
        me = threading.get_native_id()
        nice = max(os.getpriority(os.PRIO_PROCESS, me), WORKER_NICENESS)
        os.setpriority(os.PRIO_PROCESS, me, nice)
    except (AttributeError, OSError):  # another system, or not allowed: no matter
        pass


class _GiveWayBeforeImports(importlib.abc.MetaPathFinder):
    """Asked first for every module not yet imported: a worker gives way, then
    the usual finders answer.  Importing pandas or SciPy runs a fraction of a
    second of Python in hundreds of modules, so the window gets its turn
    between them.  (scikit-learn, 1–2 s in 700 modules, is imported in a
    process of its own: :mod:`linreg_gui.model.sklearn_child`.)"""

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: ModuleType | None = None,
    ) -> ModuleSpec | None:
        give_way()
        return None


_FINDER = _GiveWayBeforeImports()


def install_import_hook() -> None:
    """Workers give way before each module they import (idempotent)."""
    if _FINDER not in sys.meta_path:
        sys.meta_path.insert(0, _FINDER)
