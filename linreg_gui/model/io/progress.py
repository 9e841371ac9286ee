"""Progress and Cancel for a load: the two callbacks `load_table` takes, in one place.

Both are called from the loading thread only; worker threads count bytes and the
loading thread reports them, so a GUI callback never runs on a pool thread.
"""

from __future__ import annotations

from collections.abc import Callable

from linreg_gui.model.errors import LoadCancelled
from linreg_gui.model.text import translate

__all__ = ["CancelCallback", "ProgressCallback", "Reporter"]

ProgressCallback = Callable[[float], None]
CancelCallback = Callable[[], bool]


class Reporter:
    """Turn bytes read into progress calls; raise `LoadCancelled` when asked."""

    def __init__(
        self,
        total: int,
        progress: ProgressCallback | None,
        cancel: CancelCallback | None,
    ) -> None:
        self._total = max(total, 1)
        self._progress = progress
        self._cancel = cancel
        self._shown = 0.0
        self.base = 0
        self.done = 0

    def cancelled(self) -> bool:
        return self._cancel is not None and bool(self._cancel())

    def check(self) -> None:
        if self.cancelled():
            raise LoadCancelled(translate("Loading", "loading was cancelled"))

    def report(self, done: int) -> None:
        """Record `done` bytes past `base`; report progress, poll cancel."""
        self.done = done
        self.check()
        if self._progress is not None:
            # Never backwards: a restart (as Latin-1) keeps the bar where it was.
            fraction = min(1.0, (self.base + done) / self._total)
            self._shown = max(self._shown, fraction)
            self._progress(self._shown)

    def add(self, count: int) -> None:
        self.report(self.done + count)

    def estimate(self, fraction: float) -> None:
        """Show an estimated share of the whole file (never backwards)."""
        if self._progress is not None:
            self._shown = max(self._shown, min(1.0, fraction))
            self._progress(self._shown)

    def finish(self) -> None:
        if self._progress is not None:
            self._progress(1.0)
