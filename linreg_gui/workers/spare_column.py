"""Memory for the next cell edit's copy of its column, touched ahead of time.

A data set never changes in place (an edit copies its column, so that a worker
still reading the old one, and Undo, keep it whole).  At 10⁷ rows that copy is
80 MB, and most of its 30-40 ms are the page faults of memory written for the
first time, on the GUI thread, inside the edit.  Copied into memory a
background thread has already written, it takes about 10 ms.  One spare column
is kept for a data set of :data:`MIN_ROWS` rows or more (80 MB at 10⁷), and
made again after each edit that used it.
"""

from __future__ import annotations

import threading

import numpy as np

from linreg_gui.model.dataset import FloatArray

#: Below this many rows a fresh copy is fast enough (4 ms at 10⁶).
MIN_ROWS = 1_000_000


class SpareColumn:
    """One float64 array of the data set's length, its pages touched in a
    background thread (NumPy lets go of the GIL while it fills)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._ready: FloatArray | None = None
        self._making: int | None = None  # the length a thread is making now

    def prepare(self, n_rows: int) -> None:
        """Have a spare of ``n_rows`` ready soon (none below :data:`MIN_ROWS`)."""
        with self._lock:
            if n_rows < MIN_ROWS:
                self._ready = self._making = None  # (one being made is dropped)
                return
            if self._making == n_rows or (
                self._ready is not None and self._ready.shape == (n_rows,)
            ):
                return
            self._ready = None
            self._making = n_rows
        threading.Thread(
            target=self._make, args=(n_rows,), name="spare-column", daemon=True
        ).start()

    def take(self, n_rows: int) -> FloatArray | None:
        """The spare, if one of ``n_rows`` is ready (it is then the caller's)."""
        with self._lock:
            spare, self._ready = self._ready, None
        return spare if spare is not None and spare.shape == (n_rows,) else None

    def _make(self, n_rows: int) -> None:
        spare = np.empty(n_rows, dtype=np.float64)
        spare.fill(0.0)  # every page written now, not in the edit
        with self._lock:
            if self._making == n_rows:
                self._ready, self._making = spare, None
