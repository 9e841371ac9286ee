"""Every rate a run keeps, in one place: pure Python, with an injectable clock.

Queued Qt signals are never dropped, so a worker that emitted once per iteration
would fill the GUI's event queue without bound.  :class:`SnapshotThrottle`
throttles at the source: send at most ``max_rate`` times a second, and only after
the GUI has acknowledged the previous snapshot, so at most one ever waits in the
queue.  It also paces slow motion (``steps_per_second``): a step is due
``1/speed`` seconds after the last, and at speeds the eye can follow every step
is shown before the next is taken.

Python threads share one interpreter lock, so every millisecond the window spends
drawing is taken from the worker.  The throttle therefore also waits
``busy_factor`` times the last round trip (send to acknowledgement) before the
next send: a window that needs 10 ms a frame gets a frame every 40 ms or so, and
the worker keeps about three quarters of the time.

:func:`next_block_size` sizes the blocks of steps a full-speed run takes, and
:class:`Interval` is the GUI side's rate: text that is read, not watched (the
results table, the status line, the log), is refreshed a few times a second
whatever the frame rate.
"""

from __future__ import annotations

import time
from collections.abc import Callable

Clock = Callable[[], float]

#: Snapshots per second at most.
MAX_SNAPSHOTS_PER_SECOND = 60.0
#: Seconds between refreshes of text views during a run.
TEXT_INTERVAL = 0.1
#: Seconds between history lines drawn at full speed (each redraws the trail).
TRAIL_INTERVAL = 0.1
#: Seconds between re-measurements of table columns during a run.
LAYOUT_INTERVAL = 1.0
#: At full speed the worker takes blocks of steps lasting about this long, so
#: Stop and Pause act within a blink.
BLOCK_SECONDS = 0.002
MAX_BLOCK = 8192


class SnapshotThrottle:
    """Thread-safe gate: when a snapshot may be sent and when a step is due.

    Parameters
    ----------
    max_rate : float
        Snapshots per second at most.
    clock : callable
        Seconds as a float; ``time.monotonic`` unless a test injects another.
    busy_factor : float
        Wait this many times the last round trip before the next send.
    longest_wait : float
        ... but never longer than this (seconds).
    steps_per_second : float or None
        Animation speed; ``None`` runs as fast as the machine goes.
    """

    def __init__(
        self,
        max_rate: float = MAX_SNAPSHOTS_PER_SECOND,
        clock: Clock = time.monotonic,
        busy_factor: float = 3.0,
        longest_wait: float = 0.15,
        steps_per_second: float | None = None,
    ) -> None:
        if max_rate <= 0:
            raise ValueError("max_rate must be positive")
        self.max_rate = max_rate
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
        self._speed = steps_per_second
        self._last_step = -float("inf")

    # -- sending -------------------------------------------------------------

    def ready(self) -> bool:
        """The previous snapshot was acknowledged and the wait has passed."""
        return self._acknowledged and self._clock() >= self._next_allowed

    def may_send(self) -> bool:
        """Send now?  Slow motion shows every step; faster runs wait their turn."""
        return self.slow_motion or self.ready()

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

    # -- pacing --------------------------------------------------------------

    @property
    def speed(self) -> float | None:
        return self._speed

    def set_speed(self, steps_per_second: float | None) -> None:
        """A new speed applies to the next step (which is due at once)."""
        self._speed = steps_per_second
        self.restart_pace()

    @property
    def full_speed(self) -> bool:
        return self._speed is None

    @property
    def slow_motion(self) -> bool:
        """Slow enough to show every step (at most one step a frame)."""
        return self._speed is not None and self._speed <= self.max_rate

    def restart_pace(self) -> None:
        """The next step is due at once (after a pause or a change of speed)."""
        self._last_step = -float("inf")

    def step_wait(self) -> float | None:
        """Seconds until the next step is due; ``None``: wait for the window.

        In slow motion a step waits until the last one has been drawn, so the
        student sees each; otherwise steps keep ``1/speed`` apart.
        """
        if self._speed is None:
            return 0.0
        if self.slow_motion and not self._acknowledged:
            return None
        return max(0.0, self._last_step + 1.0 / self._speed - self._clock())

    def stepped(self) -> None:
        """Record that a paced step starts now."""
        self._last_step = self._clock()


class Interval:
    """True at most once every ``seconds`` (the GUI's refresh of text views)."""

    def __init__(self, seconds: float, clock: Clock = time.monotonic) -> None:
        self.seconds = seconds
        self._clock = clock
        self._last = -float("inf")

    def due(self, *, force: bool = False) -> bool:
        """Whether the interval has passed (or ``force``); if so, start anew."""
        now = self._clock()
        if force or now - self._last >= self.seconds:
            self._last = now
            return True
        return False

    def reset(self) -> None:
        """The next :meth:`due` is true."""
        self._last = -float("inf")


def next_block_size(size: int, elapsed: float) -> int:
    """Grow or shrink a block of steps so that one takes about ``BLOCK_SECONDS``.

    ``elapsed`` is how long a block of ``size`` steps just took; the size at most
    doubles from one block to the next.
    """
    if elapsed <= 0:
        return min(MAX_BLOCK, size * 2)
    wanted = size * BLOCK_SECONDS / elapsed
    return int(min(MAX_BLOCK, max(1, min(wanted, size * 2))))
