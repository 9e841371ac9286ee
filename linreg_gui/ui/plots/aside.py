"""Big dot clouds are rasterised in a worker thread while the plot shows the last image.

A cloud of 200,000 dots (the most a plot draws) takes 40-50 ms to rasterise at
screen size.  Done in ``paint``, that is the GUI thread's time at every resize,
zoom, pan, new data and new fit, two or three clouds at a time (the data plot,
the residual plot, the dots left out).  So a cloud of :data:`ASIDE_FROM` dots
or more asks this module for its image and meanwhile shows the one it has,
moved and scaled to the new view; the new image replaces it when it is ready
(one frame later, about 50 ms).  Smaller clouds render at once, as before.

One worker thread serves every plot, newest request first; a request for an
item that asked again is dropped unstarted.  The worker is a nicer thread than
the window and gives way to it (:mod:`linreg_gui.workers.give_way`).
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6 import QtCore, QtGui

from linreg_gui.ui.plots.raster import Frame
from linreg_gui.workers.give_way import give_way, lower_priority

#: Clouds with at least this many finite dots are rasterised in the worker
#: (10,000 dots take about 10 ms; 200,000 about 45 ms).
ASIDE_FROM = 20_000

#: (the item, the frame to draw, the item's version, what draws the image).
Job = tuple["weakref.ref[Any]", Frame, int, Callable[[Frame], QtGui.QImage]]


class _Courier(QtCore.QObject):
    """Lives in the GUI thread: carries finished images back to their items."""

    arrived = QtCore.Signal(object)  # (item ref, frame, version, image or None)

    def __init__(self) -> None:
        super().__init__()
        self.arrived.connect(self._deliver)

    @QtCore.Slot(object)
    def _deliver(self, parcel: tuple[Any, Frame, int, QtGui.QImage | None]) -> None:
        ref, frame, version, image = parcel
        item = ref()
        if item is not None and shiboken6.isValid(item):  # not in a closed window
            item.take_image(frame, version, image)


class AsideRenderer:
    """One worker thread that runs the newest render job of each item."""

    def __init__(self) -> None:
        self._jobs: dict[int, Job] = {}  # by id(item); insertion order = age
        self._lock = threading.Condition()
        self._thread: threading.Thread | None = None
        self._courier: _Courier | None = None
        self._stopped = False
        self._running = False

    def ask(
        self, item: Any, frame: Frame, draw: Callable[[Frame], QtGui.QImage]
    ) -> None:
        """Have ``draw(frame)`` made for ``item`` (GUI thread), which then gets
        ``item.take_image(frame, version, image)``; replaces its older job."""
        if self._courier is None:
            self._courier = _Courier()
            app = QtCore.QCoreApplication.instance()
            if app is not None:  # the worker ends before the application
                app.aboutToQuit.connect(self.stop)
        with self._lock:
            self._jobs.pop(id(item), None)
            self._jobs[id(item)] = (weakref.ref(item), frame, item.version, draw)
            if self._thread is None or not self._thread.is_alive():
                self._stopped = False
                self._thread = threading.Thread(
                    target=self._work, name="render dots", daemon=True
                )
                self._thread.start()
            self._lock.notify()

    def stop(self, timeout: float = 2.0) -> None:
        """Drop waiting jobs and end the worker (after its current job)."""
        with self._lock:
            self._jobs.clear()
            self._stopped = True
            self._lock.notify()
            thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def busy(self) -> bool:
        """A job is waiting or running."""
        with self._lock:
            return bool(self._jobs) or self._running

    def _work(self) -> None:
        lower_priority()
        while True:
            with self._lock:
                while not self._jobs and not self._stopped:
                    self._lock.wait()
                if self._stopped:
                    return
                newest = next(reversed(self._jobs))
                ref, frame, version, draw = self._jobs.pop(newest)
                self._running = True
            try:
                give_way()
                try:
                    image: QtGui.QImage | None = draw(frame)
                except Exception:  # the item renders it itself, and reports the bug
                    image = None
                courier = self._courier
                if courier is not None:
                    try:
                        courier.arrived.emit((ref, frame, version, image))
                    except RuntimeError:  # the application is gone
                        return
            finally:
                with self._lock:
                    self._running = False


#: The one renderer of the application.
RENDERER = AsideRenderer()
