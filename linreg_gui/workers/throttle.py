"""When may a worker send the next snapshot?  Pure Python, with an injectable clock.

Queued Qt signals are never dropped, so a worker that emitted once per iteration
would fill the GUI's event queue without bound.  The rule here throttles at the
source: send at most ``max_rate`` times a second, and only after the GUI has
acknowledged the previous snapshot, so at most one ever waits in the queue.

Python threads share one interpreter lock, so every millisecond the window spends
drawing is taken from the worker.  The throttle therefore also waits
``busy_factor`` times the last round trip (send to acknowledgement) before the
next send: a window that needs 10 ms a frame gets a frame every 40 ms or so, and
the worker keeps about three quarters of the time.
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
        self,
        max_rate: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
        busy_factor: float = 3.0,
        longest_wait: float = 0.15,
    ) -> None:
        if max_rate <= 0:
            raise ValueError("max_rate must be positive")
        self.interval = 1.0 / max_rate
        self.busy_factor = busy_factor
        # A frame's cost grows with the losses it carries, so waiting longer and
        # longer would make each frame (and the event loop's stall) longer too.
        self.longest_wait = max(longest_wait, self.interval)
        self._clock = clock
        # One writer per direction (the worker clears, the GUI sets); assigning
        # and reading floats and bools is atomic, so the hot path takes no lock.
        self._acknowledged = True
        self._last_sent = -float("inf")
        self._next_allowed = -float("inf")

    def ready(self) -> bool:
        """The previous snapshot was acknowledged and the wait has passed."""
        return self._acknowledged and self._clock() >= self._next_allowed

    def acknowledged(self) -> bool:
        return self._acknowledged

    def sent(self) -> None:
        """Record a snapshot sent now; the next one waits for an acknowledgement."""
        self._acknowledged = False
        self._last_sent = now = self._clock()
        self._next_allowed = now + self.interval

    def acknowledge(self) -> None:
        """Called (from any thread) when the receiver has drawn the last snapshot."""
        now = self._clock()
        round_trip = now - self._last_sent
        wait = min(self.busy_factor * round_trip, self.longest_wait)
        self._next_allowed = max(self._last_sent + self.interval, now + wait)
        self._acknowledged = True
