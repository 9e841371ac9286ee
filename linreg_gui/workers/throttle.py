"""When may a worker send the next snapshot?  Pure Python, with an injectable clock.

Queued Qt signals are never dropped, so a worker that emitted once per iteration
would fill the GUI's event queue without bound.  The rule here throttles at the
source: send at most ``max_rate`` times a second, and only after the GUI has
acknowledged the previous snapshot, so at most one ever waits in the queue.
"""

from __future__ import annotations

import time
from collections.abc import Callable


class SnapshotThrottle:
    """Thread-safe gate: ``ready()`` is true when a snapshot may be sent.

    Parameters
    ----------
    max_rate : float
        Snapshots per second at most.
    clock : callable
        Seconds as a float; ``time.monotonic`` unless a test injects another.
    """

    def __init__(
        self, max_rate: float = 60.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if max_rate <= 0:
            raise ValueError("max_rate must be positive")
        self.interval = 1.0 / max_rate
        self._clock = clock
        # One writer per direction (the worker clears, the GUI sets); assigning
        # and reading a bool are atomic, so no lock is needed on the hot path.
        self._acknowledged = True
        self._last_sent = -float("inf")

    def ready(self) -> bool:
        """The previous snapshot was acknowledged and the interval has passed."""
        return self._acknowledged and self._clock() - self._last_sent >= self.interval

    def acknowledged(self) -> bool:
        return self._acknowledged

    def sent(self) -> None:
        """Record a snapshot sent now; the next one waits for an acknowledgement."""
        self._acknowledged = False
        self._last_sent = self._clock()

    def acknowledge(self) -> None:
        """Called (from any thread) when the receiver has drawn the last snapshot."""
        self._acknowledged = True
