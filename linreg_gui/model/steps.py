"""What a gradient-descent run hands out, and the rules that end it.

:class:`Step` is the state after one update; :class:`StepBlock` holds many as
arrays (what :meth:`GradientDescentRun.advance` returns).  :class:`Stopping`
decides, for a whole block at once, where a run converges or blows up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, NamedTuple

import numpy as np
from numpy.typing import NDArray

FloatArray = NDArray[np.float64]

StopOn = Literal["gradient", "loss"]

#: A loss this many times the starting loss means the run has blown up.
DIVERGED_LOSS_FACTOR = 1e4
#: ... and so does a loss above the start that rose this many steps in a row.
DIVERGED_RISING_STEPS = 50
#: Stopping criteria must hold this many consecutive steps (momentum and
#: mini-batches can pass a flat point without having converged).
PATIENCE = 5


class Step(NamedTuple):
    """The state after ``iteration`` updates (iteration 0 is the starting point).

    A named tuple: immutable and cheap, since a fast run makes millions of them.

    Attributes
    ----------
    iteration : int
    intercept : float
        ``b`` in the user's units (0 when the model has no intercept).
    coef : ndarray of shape (n_terms,)
        ``w`` in the user's units.
    loss : float
        Training MSE at these coefficients (all training rows, also for SGD).
    grad_norm : float
        Euclidean norm of the full training gradient, in the basis the solver
        steps in (standardised terms when standardising).
    test_loss : float or None
        Test MSE when a test split is set.
    """

    iteration: int
    intercept: float
    coef: FloatArray
    loss: float
    grad_norm: float
    test_loss: float | None = None


@dataclass(frozen=True, eq=False)
class StepBlock:
    """Consecutive steps as arrays (what :meth:`GradientDescentRun.advance` gives).

    Attributes
    ----------
    iterations : ndarray of shape (m,)
    intercepts : ndarray of shape (m,)
    coefs : ndarray of shape (m, n_terms)
        In the user's units; read-only.
    losses, grad_norms : ndarray of shape (m,)
    test_losses : ndarray of shape (m,) or None
    """

    iterations: NDArray[np.int64]
    intercepts: FloatArray
    coefs: FloatArray
    losses: FloatArray
    grad_norms: FloatArray
    test_losses: FloatArray | None

    def __len__(self) -> int:
        return len(self.iterations)

    def step(self, i: int) -> Step:
        test = None if self.test_losses is None else float(self.test_losses[i])
        return Step(
            int(self.iterations[i]),
            float(self.intercepts[i]),
            self.coefs[i],
            float(self.losses[i]),
            float(self.grad_norms[i]),
            test,
        )

    @property
    def last(self) -> Step:
        return self.step(len(self) - 1)

    def head(self, n: int) -> StepBlock:
        """The first ``n`` steps."""
        if n == len(self):
            return self
        test = None if self.test_losses is None else self.test_losses[:n]
        return StepBlock(
            self.iterations[:n],
            self.intercepts[:n],
            self.coefs[:n],
            self.losses[:n],
            self.grad_norms[:n],
            test,
        )

    @classmethod
    def empty(cls, n_terms: int) -> StepBlock:
        nothing = np.zeros(0)
        return cls(
            np.zeros(0, np.int64),
            nothing,
            np.zeros((0, n_terms)),
            nothing,
            nothing,
            None,
        )


class Verdict(NamedTuple):
    """Where a block ends, and the stopping counters at each of its rows."""

    valid: int  # rows to keep: those before a blow-up, or up to convergence
    converged: bool
    blown_at: int | None  # row of the blow-up
    rising: NDArray[np.int64]  # steps in a row with a rising loss
    calm: NDArray[np.int64]  # steps in a row meeting the tolerance


class Stopping:
    """The stopping rules of a run, applied to whole blocks (vectorised).

    A run has converged once the tolerance held ``patience`` steps in a row (or
    the gradient is exactly 0): the gradient norm fell below ``tol`` times its
    start (``stop_on="gradient"``), or the loss changed by less than ``tol``
    relative (``"loss"``); ``tol = 0`` never stops.  It has blown up at a loss
    that is not finite, above :data:`DIVERGED_LOSS_FACTOR` times the start, or
    above the start after :data:`DIVERGED_RISING_STEPS` rises in a row.
    """

    def __init__(
        self,
        tol: float,
        stop_on: StopOn,
        patience: int,
        start_loss: float,
        start_grad: float,
    ) -> None:
        self.tol, self.stop_on, self.patience = tol, stop_on, patience
        self.start_loss, self.start_grad = start_loss, start_grad
        self.last_loss = start_loss
        self.calm_steps = 0  # consecutive steps meeting the tolerance
        self.rising_steps = 0

    def check(self, losses: FloatArray, norms: FloatArray) -> Verdict:
        """Where the steps with these losses and gradient norms end the run."""
        m = len(losses)
        previous = np.concatenate([[self.last_loss], losses[:-1]])
        with np.errstate(invalid="ignore"):
            blown = ~np.isfinite(losses)
            if self.start_loss > 0:
                blown |= losses > DIVERGED_LOSS_FACTOR * self.start_loss
            rising = _run_lengths(losses > previous, self.rising_steps)
            blown |= (rising >= DIVERGED_RISING_STEPS) & (losses > self.start_loss)
        first_blown = int(np.argmax(blown)) if blown.any() else m
        if self.tol > 0:
            if self.stop_on == "loss":
                tiny = np.maximum(losses, 1e-300)
                with np.errstate(invalid="ignore"):  # inf - inf after a blow-up
                    calm_now = np.abs(previous - losses) <= self.tol * tiny
            else:
                calm_now = norms <= self.tol * self.start_grad
            calm = _run_lengths(calm_now, self.calm_steps)
            done = (calm >= self.patience) | (norms == 0)
        else:
            calm = np.zeros(m, dtype=np.int64)
            done = np.zeros(m, dtype=bool)
        first_done = int(np.argmax(done)) if done.any() else m
        if first_done < first_blown:
            return Verdict(first_done + 1, True, None, rising, calm)
        if first_blown < m:
            return Verdict(first_blown, False, first_blown, rising, calm)
        return Verdict(m, False, None, rising, calm)

    def keep(self, verdict: Verdict, losses: FloatArray) -> None:
        """Carry the counters past the block's kept rows into the next block."""
        if verdict.valid:
            last = verdict.valid - 1
            self.last_loss = float(losses[last])
            self.rising_steps = int(verdict.rising[last])
            self.calm_steps = int(verdict.calm[last])


def _run_lengths(flags: NDArray[np.bool_], carry: int) -> NDArray[np.int64]:
    """Length of the run of True ending at each position, continuing ``carry``."""
    positions = np.arange(len(flags))
    last_false = np.maximum.accumulate(np.where(flags, -1, positions))
    return np.where(last_false >= 0, positions - last_false, carry + positions + 1)
