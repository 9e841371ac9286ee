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
still shows.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QGraphicsScene, QWidget

#: The longest a window's repaint is put off (seconds): 10 frames a second
#: while events never let up (a run's frames, which leave gaps, are not held).
LONGEST_DELAY_S = 0.1

_handling = 0  # how deep the GUI thread is in scenes' queued calls
_put_off_since: float | None = None  # when the pending request was first put off


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
        _put_off_since = None
        return False
    QCoreApplication.postEvent(
        window,
        QEvent(QEvent.Type.UpdateRequest),
        Qt.EventPriority.LowEventPriority.value,
    )
    return True
