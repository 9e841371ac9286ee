"""One repaint of the window per batch of events, however many plots changed.

Each plot is a ``QGraphicsView``.  When items in its scene change, the scene
handles them in a queued call and then *sends* the window's pending update
request at once (``QGraphicsViewPrivate::dispatchPendingUpdateRequests``), so
that a lone view animates without waiting for the event loop.  Here one action
changes three or four scenes (data, loss, residuals, their legends) in separate
queued calls, so the whole window (both plots, the table, the panels) was
repainted and flushed three or four times in a row, 30-70 ms each: most of a
150-300 ms stall after a click.

So while a scene handles its changes (:func:`watch_scene`), the window's update
request is put back in the queue, at its own low priority, behind the rest of
the batch (:func:`put_off_update`).  The window then repaints once, when the
event loop reaches the request.  A request is put off for at most
:data:`LONGEST_DELAY_S`, so that a stream of changes (a run drawing each frame)
still shows: then a timer repaints the window between two turns of the loop.

A result on its way is another batch: a new data set or setting is shown at
once, and its analysis (the fit, the residuals) a few milliseconds later from
a worker, so the window repainted twice, 30-50 ms each.  While an analysis is
on its way (:class:`HeldRepaint`), the window's repaint waits for it, for at
most :data:`LONGEST_DELAY_S`.

Work a view can show a moment later (a finished run's history lines) waits for
the window's next repaint (:func:`after_repaint`) and runs in the turn after
it: two short blocks of the GUI thread, each with input and timers between,
not one long one (a final frame at 10⁶ rows and its history lines took 55-65 ms
of the GUI thread in one turn).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QGraphicsScene, QWidget

#: The longest a window's repaint is put off (seconds): 10 frames a second
#: while events never let up (a run's frames, which leave gaps, are not held).
LONGEST_DELAY_S = 0.1

_handling = 0  # how deep the GUI thread is in scenes' queued calls
_put_off_since: float | None = None  # when the pending request was first put off
_OVERDUE_REPAINT = "OverdueRepaint"  # the window's timer for an overdue repaint
#: Work waiting for the next repaint, with the widget it draws on.
_after_repaint: list[tuple[QWidget, Callable[[], None]]] = []
_after_repaint_timer: QTimer | None = None  # runs them, once made


@contextmanager
def repaint_later() -> Iterator[None]:
    """While inside, a repaint asked for at once waits for the end of the batch.

    A scene's change handling is one such place; a widget's own ``repaint()``
    is another: ``QProgressBar.setValue`` repaints the bar at once, and Qt then
    paints every dirty part of the window with it (a plot's pending frame
    too), once per step of a load's progress.
    """
    global _handling
    _handling += 1
    try:
        yield
    finally:
        _handling -= 1


class _SceneCalls(QObject):
    """Event filter: marks the time a scene spends in its queued calls."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.MetaCall:
            return False
        with repaint_later():
            watched.event(event)
        return True


_filter: _SceneCalls | None = None


def watch_scene(scene: QGraphicsScene) -> None:
    """Let this scene's change handling leave the window's repaint for later."""
    global _filter
    if _filter is None:
        _filter = _SceneCalls()
    scene.installEventFilter(_filter)


def put_off_update(window: QWidget, event: QEvent) -> bool:
    """In a window's ``event``: True if ``event`` was an update request sent
    from inside a scene's change handling, now queued again (the window then
    ignores it).  Anything else is the window's to handle."""
    global _put_off_since
    if event.type() != QEvent.Type.UpdateRequest:
        return False
    now = time.monotonic()
    if not _handling:
        _put_off_since = None
        return False
    if _put_off_since is None:
        _put_off_since = now
    elif now - _put_off_since > LONGEST_DELAY_S:
        _repaint_between_turns(window)
    _ask_repaint_later(window)
    return True


def _repaint_between_turns(window: QWidget) -> None:
    """An overdue repaint, from a timer: after the batch under way, with the
    timers due (and input) before it, never inside a scene's change handling
    on top of the rest of the batch (65-80 ms more in one block, as seen when
    a busy host slowed a batch past :data:`LONGEST_DELAY_S`)."""
    timer = window.findChild(
        QTimer, _OVERDUE_REPAINT, Qt.FindChildOption.FindDirectChildrenOnly
    )
    if timer is None:
        timer = next_turn_timer(
            window,
            lambda: QCoreApplication.sendEvent(
                window, QEvent(QEvent.Type.UpdateRequest)
            ),
        )
        timer.setObjectName(_OVERDUE_REPAINT)
    if not timer.isActive():
        timer.start()


def _ask_repaint_later(window: QWidget) -> None:
    """Queue the window's update request behind the rest of the batch."""
    QCoreApplication.postEvent(
        window,
        QEvent(QEvent.Type.UpdateRequest),
        Qt.EventPriority.LowEventPriority.value,
    )


class HeldRepaint(QObject):
    """A window's repaints, held while a result it is about to show is on its way.

    :meth:`hold` when the work starts, :meth:`release` once its result is
    shown (or has failed); a result that never comes releases the hold after
    ``longest_s``, counted from the first hold, so that typing that keeps
    starting new work never keeps the window from repainting.
    """

    def __init__(self, window: QWidget, longest_s: float = LONGEST_DELAY_S) -> None:
        super().__init__(window)
        self._window = window
        self._due = False
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(round(longest_s * 1000))
        self._deadline.timeout.connect(self.release)

    @property
    def holding(self) -> bool:
        return self._deadline.isActive()

    def hold(self) -> None:
        if not self._deadline.isActive():
            self._deadline.start()

    def release(self) -> None:
        """Repaint now what the hold kept back (in the next turn of the loop)."""
        self._deadline.stop()
        if self._due:
            self._due = False
            _ask_repaint_later(self._window)

    def takes(self, event: QEvent) -> bool:
        """In the window's ``event``: True if ``event`` is an update request
        kept for :meth:`release` (the window then ignores it)."""
        if event.type() != QEvent.Type.UpdateRequest or not self.holding:
            return False
        self._due = True
        return True


def after_repaint(widget: QWidget, work: Callable[[], None]) -> None:
    """Run ``work`` in the turn after the next repaint of ``widget``'s window
    (asked for here, for ``widget`` only: the window paints what changed); at
    once if ``widget`` is hidden; never if it is deleted first.  ``work``
    checks for itself that what it shows is still current."""
    if not widget.isVisible():
        work()
        return
    _after_repaint.append((widget, work))
    widget.update()


def repainted() -> None:
    """In a window's ``event``, once it has repainted: the work waiting for
    it runs in the next turn (timers due meanwhile, and input, come first)."""
    global _after_repaint_timer
    if not _after_repaint:
        return
    if _after_repaint_timer is None:
        app = QCoreApplication.instance()
        assert app is not None
        _after_repaint_timer = next_turn_timer(app, _run_after_repaint)
    _after_repaint_timer.start()


def _run_after_repaint() -> None:
    waiting = list(_after_repaint)
    _after_repaint.clear()
    for widget, work in waiting:
        if shiboken6.isValid(widget):
            work()


def next_turn_timer(owner: QObject, slot: Callable[[], None]) -> QTimer:
    """A single-shot 0 ms timer that runs ``slot`` after the batch of events
    under way, with the timers due meanwhile (and input) first.

    For work put off to the next turn of the event loop: a queued call (a
    0 ms ``singleShot``) runs in the same batch as the other queued calls
    after it, one block of the GUI thread with them (the sweep dialog's two
    build steps: 108-110 ms of CPU in one gap).
    """
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(slot)
    return timer
