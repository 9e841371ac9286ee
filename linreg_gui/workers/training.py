"""The training thread: drives a gradient-descent run, streams snapshots.

It never touches widgets.  Commands (pause, step, stop, a new learning rate or
speed) arrive from the GUI thread through a condition variable and take effect
before the next block of steps, so Stop acts within one step at the speeds a
student watches and within a ~2 ms block at full speed.  Snapshots are
immutable and each carries every loss since the previous one; a final snapshot
is always sent.  There is one loop: every turn asks the run for a block of steps
(``advance(k)``); full speed takes blocks sized to about 2 ms, slow motion the
same loop with blocks of one.  When to step and when to send is the throttle's
decision (:mod:`linreg_gui.workers.throttle`), nowhere else.
"""

from __future__ import annotations

import enum
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np
from PySide6.QtCore import QThread, Signal

from linreg_gui.model.errors import DivergenceError, FitError
from linreg_gui.model.fitting import FitResult
from linreg_gui.model.gd import (
    GradientDescentRun,
    Step,
    StepBlock,
    StopReason,
    not_converged_message,
)
from linreg_gui.model.snapshot import MAX_CHECKPOINTS, Checkpoint, RunState, Snapshot
from linreg_gui.model.text import translate
from linreg_gui.model.timeline import StepArithmetic, Timeline, write_history
from linreg_gui.workers.give_way import give_way, lower_priority
from linreg_gui.workers.throttle import (
    MAX_SNAPSHOTS_PER_SECOND,
    SnapshotThrottle,
    next_block_size,
)

#: Log lines a snapshot carries at most (the newest); the rest are counted.
MAX_LOG_ROWS = 200
#: A block of steps gives the landscape's path every step up to this many, and
#: beyond it pairs of consecutive steps at about this many places.
PATH_POINTS_PER_BLOCK = 48

LossPiece = tuple[np.ndarray, np.ndarray, np.ndarray | None]


class Command(enum.Enum):
    """What the loop does next."""

    RUN = "run"  # the next block (as large as the speed allows)
    SINGLE = "single"  # exactly one step while paused (Step, F10)
    REPORT_PAUSE = "report-pause"  # just paused: show the exact state first
    STOP = "stop"


class TrainingThread(QThread):
    """Runs one gradient-descent run in its own thread.

    Parameters
    ----------
    run : GradientDescentRun
        The step iterator (already validated by the model layer).
    run_id : int
        Stamped on every snapshot so the GUI can ignore stale runs.
    steps_per_second : float or None
        Animation speed; ``None`` runs as fast as the machine allows.
    start_paused : bool
        Start paused (used by "Step" when no run is active).
    history_every : int
        Record a :class:`Checkpoint` every this many iterations (0: never).
    summarize : callable, optional
        Turns the final snapshot into its :class:`FitResult` (metrics over every
        row), here in the run's thread; it becomes the snapshot's ``summary``.
    """

    snapshot = Signal(object)
    #: Emitted once with a formatted traceback if the model raised something
    #: unexpected (a bug); the run also ends with a FAILED snapshot.
    crashed = Signal(str)
    #: Emitted instead of any snapshot when the run cannot be set up (the
    #: model's message: e.g. an invalid setting).
    setup_failed = Signal(str)

    def __init__(
        self,
        run: GradientDescentRun | Callable[[], GradientDescentRun],
        run_id: int,
        steps_per_second: float | None = None,
        *,
        start_paused: bool = False,
        history_every: int = 0,
        max_rate: float = MAX_SNAPSHOTS_PER_SECOND,
        summarize: Callable[[Snapshot], FitResult | None] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName(f"training-{run_id}")
        # Setting a run up costs a pass over the rows (a QR for the optimum):
        # given a factory, the thread builds it, not the GUI thread.
        self._make_run = run if callable(run) else None
        self._run: GradientDescentRun = run if not callable(run) else None  # type: ignore[assignment]
        self.run_id = run_id
        self._throttle = SnapshotThrottle(max_rate, steps_per_second=steps_per_second)
        self._cond = threading.Condition()
        self._stop = False
        self._paused = start_paused
        self._steps_requested = 0
        self._new_speed: tuple[float | None] | None = None
        self._new_learning_rate: float | None = None
        self._history_every = max(0, int(history_every))
        self._summarize = summarize
        # Losses since the last snapshot (owned by the worker thread only).
        self._pieces: list[LossPiece] = []
        self._block_size = 64
        self._checkpoints: deque[Step] = deque(maxlen=MAX_CHECKPOINTS)
        self._started_at = time.perf_counter()
        self._paused_time = 0.0
        self._pause_reported = False
        # The run's iterates, any of them recomputable (scrubbing, Step back):
        # the lock keeps a replay from meeting the loop's next block.
        self._timeline: Timeline | None = None
        self._timeline_lock = threading.Lock()
        self._path_pieces: list[tuple[np.ndarray, np.ndarray]] = []

    # -- commands (any thread) -------------------------------------------------

    def pause(self) -> None:
        with self._cond:
            self._paused = True
            self._cond.notify_all()

    def resume(self) -> None:
        with self._cond:
            self._paused = False
            self._pause_reported = False
            self._cond.notify_all()

    def step_once(self) -> None:
        """Pause (if running) and take exactly one more step."""
        with self._cond:
            self._paused = True
            self._steps_requested += 1
            self._cond.notify_all()

    def stop(self) -> None:
        """End the run before its next step; a STOPPED snapshot follows."""
        with self._cond:
            self._stop = True
            self._cond.notify_all()

    def set_learning_rate(self, value: float) -> None:
        """Use ``value`` from the next step on."""
        with self._cond:
            self._new_learning_rate = float(value)
            self._cond.notify_all()

    def set_speed(self, steps_per_second: float | None) -> None:
        with self._cond:
            self._new_speed = (steps_per_second,)
            self._cond.notify_all()

    def acknowledge(self) -> None:
        """The GUI has drawn the last snapshot; the next one may be sent."""
        self._throttle.acknowledge()
        with self._cond:
            self._cond.notify_all()

    @property
    def is_paused(self) -> bool:
        with self._cond:
            return self._paused

    def iterate(self, i: int) -> tuple[np.ndarray, float] | None:
        """Iterate ``i`` of the run so far: coefficients in the user's units
        (intercept first) and the training loss, recomputed exactly (any
        thread; waits at most for the block being taken).  None if there is
        no such iterate."""
        with self._timeline_lock:
            timeline = self._timeline
            if timeline is None or not 0 <= i <= timeline.last_iteration:
                return None
            return timeline.iterate(i)

    def arithmetic(self, i: int) -> StepArithmetic | None:
        """The update that made iterate ``i``, with its numbers (None for the
        starting point or an iterate not reached)."""
        with self._timeline_lock:
            timeline = self._timeline
            if timeline is None or not 1 <= i <= timeline.last_iteration:
                return None
            return timeline.arithmetic(i)

    def write_history(self, path: str, names: Sequence[str], every: int) -> int:
        """Write the run's training log (iterations 0, K, 2K, … and the last) to
        ``path`` as CSV; the run waits meanwhile.  Returns the rows written."""
        with self._timeline_lock:
            if self._timeline is None:
                raise ValueError("The run has not started.")
            with open(path, "w", encoding="utf-8", newline="") as out:
                return write_history(self._timeline, out, names, every)

    def _advance(self, count: int) -> StepBlock:
        with self._timeline_lock:
            assert self._timeline is not None
            return self._timeline.advance(count)

    # -- the loop (worker thread) ----------------------------------------------

    def run(self) -> None:
        lower_priority()
        self._started_at = time.perf_counter()
        if self._make_run is not None:
            try:
                self._run = self._make_run()
            except FitError as error:
                self.setup_failed.emit(str(error))
                return
            except Exception:  # a bug must end the run, not the app
                self.crashed.emit(traceback.format_exc())
                self.setup_failed.emit(
                    translate("Training", "The run could not start.")
                )
                return
        last: Step | None = None
        state = RunState.FAILED
        message = ""
        reason: StopReason | None = None
        run, throttle = self._run, self._throttle
        try:
            with self._timeline_lock:
                self._timeline = Timeline(run)
            last = self._take(self._advance(1), None, time.perf_counter())
            self._send(last, RunState.PAUSED if self.is_paused else RunState.RUNNING)
            while not run.finished:
                command = self._next_command()
                if command is Command.STOP:
                    state, reason = RunState.STOPPED, StopReason.USER
                    break
                if command is Command.REPORT_PAUSE:
                    self._send(last, RunState.PAUSED)
                    continue
                full_speed = command is Command.RUN and throttle.full_speed
                if full_speed:
                    give_way()
                began = time.perf_counter()
                block = self._advance(self._block_size if full_speed else 1)
                last = self._take(block, last, began, resize=full_speed)
                if run.divergence is not None:
                    raise run.divergence
                if command is Command.SINGLE:
                    self._send(last, RunState.PAUSED)
                elif throttle.may_send():
                    self._send(last, RunState.RUNNING)
            else:
                state, message, reason = _ending(run, last)
        except DivergenceError as error:
            state, message, reason = RunState.DIVERGED, str(error), StopReason.DIVERGED
        except Exception:  # a bug must end the run, not the app
            state = RunState.FAILED
            message = translate("Training", "The run failed unexpectedly.")
            self.crashed.emit(traceback.format_exc())
        if last is not None:
            self._send(last, state, message, reason)

    def _next_command(self) -> Command:
        """Block while paused or pacing, then say what to do next."""
        # Full speed with nothing to do: plain attribute reads (atomic under the
        # GIL), no lock, so a block of steps follows at once.
        if (
            not (
                self._stop
                or self._paused
                or self._new_speed is not None
                or self._new_learning_rate is not None
            )
            and self._throttle.full_speed
        ):
            return Command.RUN
        throttle = self._throttle
        with self._cond:
            while True:
                if self._stop:
                    return Command.STOP
                if self._new_learning_rate is not None:
                    self._run.learning_rate = self._new_learning_rate
                    self._new_learning_rate = None
                if self._new_speed is not None:
                    throttle.set_speed(self._new_speed[0])
                    self._new_speed = None
                if self._paused:
                    if self._steps_requested:
                        self._steps_requested -= 1
                        self._pause_reported = True
                        return Command.SINGLE
                    if not self._pause_reported:
                        self._pause_reported = True
                        return Command.REPORT_PAUSE
                    began = time.perf_counter()
                    self._cond.wait()
                    self._paused_time += time.perf_counter() - began
                    throttle.restart_pace()
                    continue
                self._pause_reported = False
                wait = throttle.step_wait()
                if wait is None:  # slow motion: until the last step is drawn
                    self._cond.wait(0.25)
                    continue
                if wait > 0:
                    self._cond.wait(wait)
                    continue
                throttle.stepped()
                return Command.RUN

    def _elapsed(self) -> float:
        """Seconds since the start, pauses excluded."""
        with self._cond:
            paused = self._paused_time
        return time.perf_counter() - self._started_at - paused

    def _take(
        self, block: StepBlock, last: Step | None, began: float, *, resize: bool = False
    ) -> Step:
        """Keep a block's losses and its newest history row; return its last step.

        ``began`` is when the block was asked for: with ``resize`` the next
        block is sized from how long this one took.  The history log is worked
        out when the snapshot is sent, from the iteration numbers alone (they
        are consecutive), so a block costs no per-step Python here.
        """
        if not len(block):
            assert last is not None, "a run's first block holds its starting point"
            return last
        self._pieces.append((block.iterations, block.losses, block.test_losses))
        self._keep_path(block)
        every = self._history_every
        if every:
            first, final = int(block.iterations[0]), int(block.iterations[-1])
            newest = final - final % every
            if newest >= first:
                self._checkpoints.append(block.step(newest - first))
        if resize:
            elapsed = time.perf_counter() - began
            self._block_size = next_block_size(self._block_size, elapsed)
        return block.last

    def _keep_path(self, block: StepBlock) -> None:
        """The block's iterates for the landscape: all of a short block, else
        pairs of consecutive steps spread over it (and its last)."""
        m = len(block)
        if m <= PATH_POINTS_PER_BLOCK:
            rows = np.arange(m)
        else:
            starts = np.arange(0, m - 1, -(-m // PATH_POINTS_PER_BLOCK))
            rows = np.unique(np.concatenate([starts, starts + 1, [m - 1]]))
        coefs = block.coefs[rows]
        if self._run.intercept:
            coefs = np.column_stack([block.intercepts[rows], coefs])
        self._path_pieces.append((block.iterations[rows], coefs))

    def _send(
        self,
        step: Step,
        state: RunState,
        message: str = "",
        reason: StopReason | None = None,
    ) -> None:
        pieces = self._pieces
        self._pieces = []
        if pieces:
            iterations = np.concatenate([p[0] for p in pieces])
            losses = np.concatenate([p[1] for p in pieces])
            tests = [p[2] for p in pieces if p[2] is not None]
            test = np.concatenate(tests) if len(tests) == len(pieces) else None
        else:
            iterations, losses, test = np.zeros(0, np.int64), np.zeros(0), None
        for array in (iterations, losses, test):
            if array is not None:
                array.flags.writeable = False
        coef = np.array(step.coef, dtype=float)
        coef.flags.writeable = False
        checkpoints = tuple(
            Checkpoint(s.iteration, s.intercept, _frozen(s.coef), s.loss, s.test_loss)
            for s in self._checkpoints
        )
        self._checkpoints.clear()
        path_iterations = path = None
        if self._path_pieces:
            path_iterations = np.concatenate([p[0] for p in self._path_pieces])
            path = np.concatenate([p[1] for p in self._path_pieces])
            self._path_pieces = []
            path_iterations.flags.writeable = path.flags.writeable = False
        log, log_skipped = _history_log(iterations, losses, test, self._history_every)
        self._throttle.sent()
        self.snapshot.emit(
            self._summarized(
                Snapshot(
                    run_id=self.run_id,
                    iteration=step.iteration,
                    intercept=step.intercept,
                    coef=coef,
                    loss=step.loss,
                    grad_norm=step.grad_norm,
                    test_loss=step.test_loss,
                    iterations=iterations,
                    losses=losses,
                    test_losses=test,
                    learning_rate=self._run.learning_rate,
                    state=state,
                    message=message,
                    elapsed=self._elapsed(),
                    log=log,
                    log_skipped=log_skipped,
                    checkpoints=checkpoints,
                    coef_gap=step.coef_gap,
                    loss_gap=step.loss_gap,
                    converged=step.gap.within(self._run.tol),
                    stop_reason=reason,
                    path_iterations=path_iterations,
                    path=path,
                )
            )
        )

    def _summarized(self, snapshot: Snapshot) -> Snapshot:
        """A final snapshot with its summary (a failure to summarise is a bug
        reported like any other; the snapshot still goes out)."""
        if not snapshot.final or self._summarize is None:
            return snapshot
        try:
            return replace(snapshot, summary=self._summarize(snapshot))
        except Exception:
            self.crashed.emit(traceback.format_exc())
            return snapshot


def _ending(
    run: GradientDescentRun, last: Step
) -> tuple[RunState, str, StopReason | None]:
    """How a run that ended on its own is labelled: at the iteration limit it
    says so; a stopping rule that fired counts as converged only within the
    tolerance of the optimum."""
    reason = run.stop_reason
    message = "" if run.converged or run.tol == 0 else not_converged_message(run, last)
    if reason is StopReason.MAX_ITER:
        return RunState.MAX_ITER, message, reason
    if run.converged:
        return RunState.CONVERGED, message, reason
    return RunState.STOPPED_EARLY, message, reason


def _frozen(values: np.ndarray) -> np.ndarray:
    """A read-only copy: snapshots share no writable memory with the worker."""
    copy = np.array(values, dtype=float)
    copy.flags.writeable = False
    return copy


def _history_log(
    iterations: np.ndarray,
    losses: np.ndarray,
    tests: np.ndarray | None,
    every: int,
) -> tuple[tuple[tuple[int, float, float | None], ...], int]:
    """The newest ``MAX_LOG_ROWS`` iterations that are multiples of ``every``,
    with their losses, and how many older ones were left out."""
    if not every or iterations.size == 0:
        return (), 0
    first, last = int(iterations[0]), int(iterations[-1])
    if last - first + 1 == iterations.size:  # consecutive: arithmetic suffices
        start = -(-first // every) * every
        count = (last - start) // every + 1 if start <= last else 0
        kept = min(count, MAX_LOG_ROWS)
        rows = np.arange(start + (count - kept) * every, last + 1, every) - first
    else:
        rows = np.flatnonzero(iterations % every == 0)
        count, kept = rows.size, min(rows.size, MAX_LOG_ROWS)
        rows = rows[rows.size - kept :]
    test_values = tests[rows].tolist() if tests is not None else [None] * rows.size
    log = tuple(
        zip(
            iterations[rows].tolist(),
            losses[rows].tolist(),
            test_values,
            strict=True,
        )
    )
    return log, count - kept
