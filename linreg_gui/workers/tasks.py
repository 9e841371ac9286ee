"""Run one function off the GUI thread: loading a file, fitting, generating data.

The function receives a ``progress(fraction)`` callback and a ``cancelled()``
predicate.  Progress reaches the GUI at most 30 times a second.  Exactly one of
``succeeded``, ``failed`` or ``cancelled`` is emitted at the end.
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThread, Signal

from linreg_gui.model.errors import LinregError, LoadCancelled
from linreg_gui.workers.give_way import give_way, lower_priority

ProgressCallback = Callable[[float], None]
CancelCheck = Callable[[], bool]
Task = Callable[[ProgressCallback, CancelCheck], Any]

_PROGRESS_INTERVAL = 1 / 30


class TaskFailure:
    """Why a task failed: a message for the user, and a traceback if it was a bug."""

    def __init__(self, message: str, details: str | None = None) -> None:
        self.message = message
        self.details = details

    @property
    def is_bug(self) -> bool:
        return self.details is not None


class TaskThread(QThread):
    """A thread that runs ``task(progress, cancelled)`` once.

    Parameters
    ----------
    task : callable
    tag : object
        Anything the caller wants back with the result (e.g. a request number).
    """

    progress = Signal(float)
    succeeded = Signal(object, object)  # result, tag
    failed = Signal(object, object)  # TaskFailure, tag
    cancelled = Signal(object)  # tag

    def __init__(self, task: Task, tag: object = None) -> None:
        super().__init__()
        self._task: Task | None = task
        self.tag = tag
        # The system's name for the thread (profilers, ``top -H``): where the
        # task was written, e.g. "open_file" for SessionController.open_file's.
        self.setObjectName(task_name(task))
        self._cancel = threading.Event()
        self._last_progress = 0.0

    def cancel(self) -> None:
        """Ask the task to stop; it checks ``cancelled()`` as it goes."""
        self._cancel.set()

    def _report(self, fraction: float) -> None:
        give_way()
        now = time.monotonic()
        if fraction >= 1.0 or now - self._last_progress >= _PROGRESS_INTERVAL:
            self._last_progress = now
            self.progress.emit(float(fraction))

    def _cancelled(self) -> bool:
        """The task's checkpoint: also where it gives way to a busy window."""
        give_way()
        return self._cancel.is_set()

    def run(self) -> None:
        lower_priority()
        # The thread lets go of its task here, so that what only the task held
        # (the data set before an edit: 10⁶ rows in pandas) is freed in this
        # thread when it ends, not by the window when it forgets the thread
        # (a 0.12 s pause at 10⁶ rows).
        task, self._task = self._task, None
        if task is None:
            raise RuntimeError("a TaskThread runs its task once")
        try:
            result = task(self._report, self._cancelled)
        except LoadCancelled:
            self.cancelled.emit(self.tag)
            return
        except LinregError as error:
            if self._cancel.is_set():
                self.cancelled.emit(self.tag)
            else:
                self.failed.emit(TaskFailure(str(error)), self.tag)
            return
        except Exception as error:  # a bug: report it, never kill the app
            message = f"{type(error).__name__}: {error}"
            self.failed.emit(TaskFailure(message, traceback.format_exc()), self.tag)
            return
        if self._cancel.is_set():
            self.cancelled.emit(self.tag)
        else:
            self.succeeded.emit(result, self.tag)


def task_name(task: object) -> str:
    """A short name for a task: the function it was written in, or its own."""
    qualname = str(getattr(task, "__qualname__", type(task).__name__))
    outer = qualname.split(".<locals>.")[0] if ".<locals>." in qualname else qualname
    return outer.rsplit(".", 1)[-1] or "task"
