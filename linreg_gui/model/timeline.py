"""Any step of a run, again, without storing every step.

A run of 10⁷ steps cannot keep each iterate, but it need not: gradient descent
is deterministic, and mini-batch runs are reproducible from their seed.  A
:class:`Timeline` follows a :class:`~linreg_gui.model.gd.GradientDescentRun`
and keeps a bounded set of :class:`~linreg_gui.model.gd.Checkpoint` s (the
whole optimizer state: θ, momentum's velocity, Adam's moments, the mini-batch
generator's state), and :meth:`Timeline.iterate` recomputes iterate ``i`` from
the nearest one before it:

* plain batch descent in closed form (:meth:`Quadratic.descent_iterate`,
  eigen-powers), O(k²) whatever the distance, learning-rate changes included;
* every other method by replaying its updates (:meth:`GradientDescentRun.replay`),
  at most the checkpoint spacing of them (about ``2·i/capacity``).

The replay uses the run's own update code, gradients and rates, so the
iterates are the run's, digit for digit.  :meth:`Timeline.arithmetic` spells
out one update with its numbers (``w ← w − η·∂L/∂w = …``).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TextIO

import numpy as np
from numpy.typing import NDArray

from linreg_gui.model.gd import Checkpoint, GradientDescentRun, Replay
from linreg_gui.model.steps import StepBlock
from linreg_gui.model.text import number, translate

FloatArray = NDArray[np.float64]

#: Checkpoints a timeline keeps at most (besides the first and the latest).
CAPACITY = 512


class Timeline:
    """The iterates of a run, recomputable at bounded memory.

    Feed it as the run goes: call :meth:`advance` instead of the run's (it
    ends blocks on checkpoint boundaries), or call :meth:`record` after each
    ``run.advance``.  Checkpoints are kept on multiples of a spacing that
    doubles when more than ``capacity`` would be kept, so memory is
    O(capacity · k) and a replay costs at most about ``2·i/capacity`` steps.

    Parameters
    ----------
    run : GradientDescentRun
        A run not yet advanced (or advanced only through this timeline).
    capacity : int
        Checkpoints kept at most.
    """

    def __init__(self, run: GradientDescentRun, capacity: int = CAPACITY) -> None:
        if capacity < 2:
            raise ValueError("A timeline needs room for two checkpoints.")
        self.run = run
        self.capacity = capacity
        #: Steps between kept checkpoints (at least).
        self.spacing = 1
        self._iterations: list[int] = []
        self._checkpoints: list[Checkpoint] = []
        self._latest: Checkpoint | None = None
        self._cursor: Replay | None = None
        self.record()

    # -- following the run -------------------------------------------------------

    @property
    def last_iteration(self) -> int:
        """The last iterate the run has produced."""
        return self.run.iteration

    def advance(self, count: int) -> StepBlock:
        """``run.advance(count)``, ended early at the next checkpoint boundary
        (a stepwise run only: batch descent needs none), then :meth:`record`."""
        run = self.run
        if not run.closed_form and self._started:
            boundary = (run.iteration // self.spacing + 1) * self.spacing
            count = max(1, min(count, boundary - run.iteration))
        block = run.advance(count)
        self.record()
        return block

    @property
    def _started(self) -> bool:
        return bool(self.run._started)

    def record(self) -> None:
        """Take the run's state now, keeping it if it starts a new spacing."""
        checkpoint = self.run.checkpoint()
        if checkpoint is None:  # stopped inside a block: nothing new to keep
            return
        self._latest = checkpoint
        i = checkpoint.iteration
        last = self._iterations[-1] if self._iterations else -1
        if last >= 0 and i // self.spacing <= last // self.spacing:
            return
        self._iterations.append(i)
        self._checkpoints.append(checkpoint)
        while len(self._iterations) > self.capacity:
            self._thin()

    def _thin(self) -> None:
        """Double the spacing; keep the first checkpoint of each new interval."""
        self.spacing *= 2
        kept_i: list[int] = []
        kept_c: list[Checkpoint] = []
        for i, checkpoint in zip(self._iterations, self._checkpoints, strict=True):
            if kept_i and i // self.spacing == kept_i[-1] // self.spacing:
                continue
            kept_i.append(i)
            kept_c.append(checkpoint)
        self._iterations, self._checkpoints = kept_i, kept_c

    @property
    def checkpoint_count(self) -> int:
        return len(self._checkpoints)

    # -- any iterate --------------------------------------------------------------

    def theta(self, i: int) -> FloatArray:
        """θ after ``i`` updates, in the basis the run steps in."""
        self._check(i)
        if self.run.closed_form:
            return self._closed_form(i)
        return np.array(self._replay_to(i).state.theta, dtype=np.float64)

    def iterate(self, i: int) -> tuple[FloatArray, float]:
        """Iterate ``i``: coefficients in the user's units (intercept first when
        the model has one) and the training loss, as the run reported them."""
        theta = self.theta(i)
        with np.errstate(over="ignore", invalid="ignore"):
            user = self.run.basis.coefficients_to_user(theta[None, :])[0]
            loss = float(self.run.train.losses(theta[None, :])[0])
        return np.asarray(user, dtype=np.float64), loss

    def _nearest(self, i: int) -> Checkpoint:
        latest = self._latest
        if latest is not None and latest.iteration <= i:
            return latest
        index = bisect.bisect_right(self._iterations, i) - 1
        return self._checkpoints[index]

    def _closed_form(self, i: int) -> FloatArray:
        """Batch descent from the nearest checkpoint, one rate segment at a time."""
        checkpoint = self._nearest(i)
        theta = checkpoint.state.theta
        done = checkpoint.iteration
        changes = self.run.rate_changes
        for index, (first, eta) in enumerate(changes):
            end = changes[index + 1][0] - 1 if index + 1 < len(changes) else i
            end = min(end, i)
            if end <= done:
                continue
            start = max(first - 1, done)
            theta = self.run.train.descent_iterate(theta, eta, end - start)
            done = end
        return np.asarray(theta, dtype=np.float64)

    def _replay_to(self, i: int) -> Replay:
        """A replay standing at iterate ``i`` (continuing the last one if that is
        nearer than any checkpoint)."""
        checkpoint = self._nearest(i)
        cursor = self._cursor
        if cursor is None or not checkpoint.iteration <= cursor.iteration <= i:
            cursor = self.run.replay(checkpoint)
        cursor.skip(i - cursor.iteration)
        self._cursor = cursor
        return cursor

    def _check(self, i: int) -> None:
        if not 0 <= i <= self.run.iteration:
            raise IndexError(
                f"Iteration {i} is outside the run so far (0 to {self.run.iteration})."
            )

    # -- one update, spelled out ------------------------------------------------------

    def arithmetic(self, i: int) -> StepArithmetic:
        """The update that made iterate ``i`` (from ``i - 1``), with its numbers,
        in the basis the run steps in."""
        if i < 1:
            raise IndexError("Iteration 0 is the starting point: no update made it.")
        self._check(i)
        run = self.run
        eta = run.learning_rate_at(i)
        velocity_before = velocity = adam = None
        if run.closed_form:
            before = self._closed_form(i - 1)
            gradient = run.train.gradient(before)
            after = before - eta * gradient
        else:
            replay = self._replay_to(i - 1)
            state = replay.state.copy()
            before = state.theta
            after = np.array(next(replay), dtype=np.float64)
            gradient = replay.last_gradient
            if run.method == "momentum":
                velocity_before, velocity = state.velocity, replay.state.velocity
            elif run.method == "adam":
                s = replay.state
                m_hat = s.m / (1 - run.beta1**s.t)
                v_hat = s.v / (1 - run.beta2**s.t)
                adam = m_hat / (np.sqrt(v_hat) + 1e-8)
        names = _symbols(run.intercept, len(before))
        return StepArithmetic(
            i,
            run.method,
            names,
            run.basis.description,
            eta,
            np.array(before, dtype=np.float64),
            np.array(gradient, dtype=np.float64),
            after,
            run.momentum if run.method == "momentum" else None,
            velocity_before,
            velocity,
            adam,
            run.mini_batch,
        )


def _symbols(intercept: bool, k: int) -> tuple[str, ...]:
    """``b`` for the intercept, ``w`` for one weight, ``w1``, ``w2``… for more."""
    n_weights = k - int(intercept)
    weights = ("w",) if n_weights == 1 else tuple(f"w{j + 1}" for j in range(n_weights))
    return (("b",) if intercept else ()) + weights


def _number(value: float) -> str:
    """4 significant digits with a true minus sign."""
    return number(value, ".4g").replace("-", "−")


def _factor(value: float) -> str:
    """A number as a factor: negative ones in parentheses."""
    text = _number(value)
    return f"({text})" if value < 0 else text


@dataclass(frozen=True, eq=False)
class StepArithmetic:
    """One update with its numbers: what *Step* shows.

    Attributes
    ----------
    iteration : int
        The iterate the update made (it started from ``iteration - 1``).
    method : str
    names : tuple of str
        ``b``, ``w`` (or ``w1``, ``w2``, …), in the order of the arrays.
    basis : str
        The units the run steps in: ``"raw"`` (the data's) or ``"standardised"``.
    learning_rate : float
        η of this update.
    before, gradient, after : ndarray of shape (k,)
        θ before, ``∇L`` there (the mini-batch's for SGD), θ after.
    momentum : float or None
        μ (momentum only).
    velocity_before, velocity : ndarray of shape (k,) or None
        Momentum's ``v`` before and after.
    adam_step : ndarray of shape (k,) or None
        Adam's ``m̂/(√v̂ + ε)``, what η multiplies.
    mini_batch : bool
        Whether the gradient is one batch's.
    """

    iteration: int
    method: str
    names: tuple[str, ...]
    basis: str
    learning_rate: float
    before: FloatArray
    gradient: FloatArray
    after: FloatArray
    momentum: float | None = None
    velocity_before: FloatArray | None = None
    velocity: FloatArray | None = None
    adam_step: FloatArray | None = None
    mini_batch: bool = False

    def lines(self) -> list[str]:
        """The update as plain text, one line per coefficient after a line of
        the gradient."""
        eta = _number(self.learning_rate)
        # A comma separates numbers that may have a decimal comma: translatable.
        partials = translate("Timeline", ", ").join(
            f"∂L/∂{n} = {_number(g)}"
            for n, g in zip(self.names, self.gradient, strict=True)
        )
        if self.basis == "standardised" and self.mini_batch:
            head = translate(
                "Timeline",
                "Iteration {iteration} (standardised units): {partials} (this step's "
                "mini-batch); η = {eta}",
            )
        elif self.basis == "standardised":
            head = translate(
                "Timeline",
                "Iteration {iteration} (standardised units): {partials}; η = {eta}",
            )
        elif self.mini_batch:
            head = translate(
                "Timeline",
                "Iteration {iteration}: {partials} (this step's mini-batch); η = {eta}",
            )
        else:
            head = translate("Timeline", "Iteration {iteration}: {partials}; η = {eta}")
        out = [
            head.format(
                iteration=number(self.iteration, ","), partials=partials, eta=eta
            )
        ]
        for j, n in enumerate(self.names):
            b, g, a = self.before[j], self.gradient[j], self.after[j]
            if self.velocity is not None and self.velocity_before is not None:
                mu = _number(self.momentum or 0.0)
                v0, v1 = self.velocity_before[j], self.velocity[j]
                out.append(
                    f"v_{n} ← μ·v_{n} − η·∂L/∂{n} = {mu} × {_factor(v0)} − {eta} × "
                    f"{_factor(g)} = {_number(v1)};  {n} ← {n} + v_{n} = "
                    f"{_number(b)} + {_factor(v1)} = {_number(a)}"
                )
            elif self.adam_step is not None:
                out.append(
                    f"{n} ← {n} − η·m̂/(√v̂ + ε) = {_number(b)} − {eta} × "
                    f"{_factor(self.adam_step[j])} = {_number(a)}"
                )
            else:
                out.append(
                    f"{n} ← {n} − η·∂L/∂{n} = {_number(b)} − {eta} × {_factor(g)} "
                    f"= {_number(a)}"
                )
        return out

    @property
    def text(self) -> str:
        return "\n".join(self.lines())


def history_iterations(last: int, every: int) -> list[int]:
    """Iterations 0, K, 2K, … and the last: the rows of a training log."""
    if every < 1:
        raise ValueError(f"A training log needs an interval of 1 or more, not {every}.")
    rows = list(range(0, last + 1, every))
    if rows[-1] != last:
        rows.append(last)
    return rows


def write_history(
    timeline: Timeline, out: TextIO, names: Sequence[str], every: int
) -> int:
    """The run's training log as CSV, ``iteration, loss, test_loss, <names…>``
    (coefficients in the user's units; ``test_loss`` empty without a test
    split), as ``linreg fit --history`` writes it; recomputed from the
    timeline, so nothing was stored per step.  Returns the rows written."""
    import csv

    run = timeline.run
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["iteration", "loss", "test_loss", *names])
    rows = history_iterations(timeline.last_iteration, every)
    for i in rows:
        theta = timeline.theta(i)
        with np.errstate(over="ignore", invalid="ignore"):
            user = run.basis.coefficients_to_user(theta)
            loss = float(run.train.losses(theta[None, :])[0])
            test = (
                repr(float(run.test.losses(theta[None, :])[0]))
                if run.test is not None
                else ""
            )
        writer.writerow([str(i), repr(loss), test, *(repr(float(c)) for c in user)])
    return len(rows)
