"""Keep a QThread alive until it ends: one destroyed while it runs aborts the
whole process ("QThread: Destroyed while thread is still running").

A window that closes waits a while for its threads; one still running after
that is handed here (:func:`keep_until_finished`), so neither the window's
deletion nor the garbage collector destroys it.  At exit, :func:`still_running`
says whether the process must end without destroying them (``os._exit``).
"""

from __future__ import annotations

from PySide6.QtCore import QThread

_KEPT: list[QThread] = []


def keep_until_finished(thread: QThread) -> None:
    """Hold ``thread`` (and detach it from its parent) until it has finished."""
    _KEPT[:] = [t for t in _KEPT if t.isRunning()]
    thread.setParent(None)
    _KEPT.append(thread)


def still_running() -> int:
    """How many kept threads are still running."""
    return sum(1 for t in _KEPT if t.isRunning())
