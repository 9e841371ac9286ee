"""What a gradient-descent run hands out, and the rules that end it.

:class:`Step` is the state after one update; :class:`StepBlock` holds many as
arrays (what :meth:`GradientDescentRun.advance` returns).  :class:`Stopping`
decides, for a whole block at once, where a run stops and why
(:class:`StopReason`), or where it blows up.

Why a run stopped and whether it converged are two questions.  The app knows
the answer a run is heading for (:class:`Optimum`: the least-squares
coefficients θ* and loss L*), so every step carries its :class:`Gap` to it, and
a run has *converged* only when that gap is within the tolerance
(:func:`within_tolerance`), whichever rule stopped it.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass
from typing import Literal, NamedTuple

import numpy as np
from numpy.typing import NDArray

from linreg_gui.model.text import QT_TRANSLATE_NOOP, number, translate

FloatArray = NDArray[np.float64]
BoolArray = NDArray[np.bool_]

#: What ends a run early: its gap to the optimum (the default), or one of the
#: textbook rules, which only see the gradient or the loss.
StopOn = Literal["gap", "gradient", "loss"]
STOP_RULES: tuple[StopOn, ...] = ("gap", "gradient", "loss")
#: The least loss counts as zero (the points lie on the model) below this
#: fraction of the starting loss; the loss gap is then taken against L(0).
PERFECT_FIT = 1e-12

#: A loss this many times the starting loss means the run has blown up.
DIVERGED_LOSS_FACTOR = 1e4
#: ... and so does a loss above the start that rose this many steps in a row.
DIVERGED_RISING_STEPS = 50
#: Stopping criteria must hold this many consecutive steps (momentum and
#: mini-batches can pass a flat point without having converged).
PATIENCE = 5


class StopReason(enum.Enum):
    """Why a run ended (separate from whether it converged)."""

    GAP = "gap"  # within the tolerance of the optimum
    GRADIENT = "gradient"  # gradient norm below tol × its start (or exactly 0)
    LOSS = "loss"  # relative loss change below tol
    MAX_ITER = "max_iter"  # the iteration limit
    DIVERGED = "diverged"  # the loss blew up
    USER = "user"  # stopped by the user

    @property
    def text(self) -> str:
        """The reason in words, for a status line or a report."""
        return translate("Steps", _REASON_TEXT[self])


_REASON_TEXT = {
    StopReason.GAP: QT_TRANSLATE_NOOP(
        "Steps", "within the tolerance of the least-squares answer"
    ),
    StopReason.GRADIENT: QT_TRANSLATE_NOOP("Steps", "gradient below the tolerance"),
    StopReason.LOSS: QT_TRANSLATE_NOOP("Steps", "loss change below the tolerance"),
    StopReason.MAX_ITER: QT_TRANSLATE_NOOP("Steps", "iteration limit"),
    StopReason.DIVERGED: QT_TRANSLATE_NOOP("Steps", "the loss blew up"),
    StopReason.USER: QT_TRANSLATE_NOOP("Steps", "stopped by the user"),
}


class Gap(NamedTuple):
    """How far a step is from the optimum, relative (see :class:`Optimum`).

    Attributes
    ----------
    coef : float
        Largest relative error of a coefficient, ``max_j |θ_j − θ*_j| / |θ*_j|``
        in the user's units (NaN when θ* is not unique).
    loss : float
        ``(L − L*) / L*`` (against ``L(0)`` for a perfect fit).
    """

    coef: float
    loss: float

    def within(self, tol: float) -> bool:
        """The convergence rule: both gaps at most ``tol``."""
        return bool(
            within_tolerance(np.array([self.coef]), np.array([self.loss]), tol)[0]
        )


def within_tolerance(
    coef_gaps: FloatArray, loss_gaps: FloatArray, tol: float
) -> BoolArray:
    """Where a run counts as converged: every coefficient within ``tol`` of θ*
    (relative) and the loss within ``tol`` of L*.  Without a unique θ* only the
    loss is judged; without an L* nothing is."""
    with np.errstate(invalid="ignore"):
        coef_ok = np.isnan(coef_gaps) | (coef_gaps <= tol)
        result: BoolArray = coef_ok & (loss_gaps <= tol)
    return result


@dataclass(frozen=True, eq=False)
class Optimum:
    """The answer a run is heading for, in the user's units, and how to measure
    a step's gap to it in O(k) (never O(N)).

    Attributes
    ----------
    coef : ndarray of shape (k,) or None
        θ* with the intercept first, in the user's units; None when the least
        squares solution is not unique (aliased terms, fewer rows than terms).
    loss : float
        ``L*``, the least training MSE (weighted when there are weights).
    start_loss : float
        ``L(0)``, the loss at the starting point θ = 0.
    """

    coef: FloatArray | None
    loss: float
    start_loss: float

    def gaps(
        self, user: FloatArray, losses: FloatArray
    ) -> tuple[FloatArray, FloatArray]:
        """Coefficient and loss gaps of each row of ``user`` (shape (m, k)).

        A coefficient whose optimum is exactly 0 counts its absolute error (as
        the digits-of-agreement measure does).
        """
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            if self.coef is None:
                coef_gaps = np.full(len(losses), np.nan)
            else:
                scale = np.where(self.coef == 0, 1.0, np.abs(self.coef))
                errors = np.abs(user - self.coef) / scale
                coef_gaps = (
                    errors.max(axis=1) if errors.shape[1] else np.zeros(len(losses))
                )
                coef_gaps = np.where(np.isnan(coef_gaps), np.inf, coef_gaps)
            floor = PERFECT_FIT * self.start_loss
            reference = self.loss if self.loss > floor else self.start_loss
            excess = np.maximum(losses - self.loss, 0.0)
            if reference > 0:
                loss_gaps = excess / reference
            else:  # y = 0 everywhere: any loss above 0 is off by its own size
                loss_gaps = np.where(excess > 0, np.inf, 0.0)
            loss_gaps = np.where(np.isnan(losses), np.inf, loss_gaps)
        return np.asarray(coef_gaps, dtype=np.float64), np.asarray(
            loss_gaps, dtype=np.float64
        )


def gap_text(gap: Gap, *, short: bool = False) -> str:
    """``"2.1e-04 from the least-squares answer"`` and the loss's gap after it;
    ``short``: ``"2.1e-04 from least squares"``, for a status line."""
    if math.isnan(gap.coef):  # no unique θ*: only the loss can be compared
        return translate("Steps", "loss {loss} above the least-squares loss").format(
            loss=_small(gap.loss)
        )
    if short:
        return translate("Steps", "{gap} from least squares").format(
            gap=_small(gap.coef)
        )
    return translate(
        "Steps", "{gap} from the least-squares answer (loss {loss} above its minimum)"
    ).format(gap=_small(gap.coef), loss=_small(gap.loss))


def _small(value: float) -> str:
    """A relative gap: ``2.1e-04``, ``0`` or ``inf``."""
    if value == 0 or not math.isfinite(value):
        return number(value, "g")
    return number(value, ".2g") if value >= 0.01 else number(value, ".1e")


def iterations_text(count: int) -> str:
    """``"1 iteration"``, ``"41,501 iterations"``."""
    if count == 1:
        return translate("Steps", "1 iteration")
    return translate("Steps", "{count} iterations").format(count=number(count, ","))


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
    coef_gap, loss_gap : float
        The step's :class:`Gap` to the optimum.
    """

    iteration: int
    intercept: float
    coef: FloatArray
    loss: float
    grad_norm: float
    test_loss: float | None = None
    coef_gap: float = math.nan
    loss_gap: float = math.nan

    @property
    def gap(self) -> Gap:
        return Gap(self.coef_gap, self.loss_gap)


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
    coef_gaps, loss_gaps : ndarray of shape (m,)
        Each step's :class:`Gap` to the optimum.
    """

    iterations: NDArray[np.int64]
    intercepts: FloatArray
    coefs: FloatArray
    losses: FloatArray
    grad_norms: FloatArray
    test_losses: FloatArray | None
    coef_gaps: FloatArray
    loss_gaps: FloatArray

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
            float(self.coef_gaps[i]),
            float(self.loss_gaps[i]),
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
            self.coef_gaps[:n],
            self.loss_gaps[:n],
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
            nothing,
            nothing,
        )


class Verdict(NamedTuple):
    """Where a block ends, and the stopping counters at each of its rows."""

    valid: int  # rows to keep: up to the stop, or up to the blow-up
    reason: StopReason | None  # why the run stops in this block, if it does
    blown_at: int | None  # row where the blow-up was seen
    rising: NDArray[np.int64]  # steps in a row with a rising loss
    calm: NDArray[np.int64]  # steps in a row meeting the tolerance


class Stopping:
    """The stopping rules of a run, applied to whole blocks (vectorised).

    With ``tol > 0`` a run stops at the first step whose :class:`Gap` to the
    optimum is within ``tol`` (``stop_on="gap"``), or, by a textbook rule, once
    the rule held ``patience`` steps in a row: the gradient norm fell below
    ``tol`` times its start (``"gradient"``), or the loss changed by less than
    ``tol`` relative (``"loss"``).  An exactly zero gradient stops any run.
    ``tol = 0`` never stops early.  The run has blown up at a loss that is not
    finite, above :data:`DIVERGED_LOSS_FACTOR` times the start, or above the
    start after :data:`DIVERGED_RISING_STEPS` rises in a row; that step is kept
    when it is finite, so the step reported is the one that blew up.
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

    def check(self, block: StepBlock) -> Verdict:
        """Where the steps of ``block`` end the run, and why."""
        losses, norms = block.losses, block.grad_norms
        m = len(losses)
        previous = np.concatenate([[self.last_loss], losses[:-1]])
        with np.errstate(invalid="ignore"):
            blown = ~np.isfinite(losses)
            if self.start_loss > 0:
                blown |= losses > DIVERGED_LOSS_FACTOR * self.start_loss
            rising = _run_lengths(losses > previous, self.rising_steps)
            blown |= (rising >= DIVERGED_RISING_STEPS) & (losses > self.start_loss)
        first_blown = int(np.argmax(blown)) if blown.any() else m
        calm = np.zeros(m, dtype=np.int64)
        done = np.zeros(m, dtype=bool)
        reason = StopReason.GRADIENT
        if self.tol > 0:
            if self.stop_on == "gap":
                done = within_tolerance(block.coef_gaps, block.loss_gaps, self.tol)
                reason = StopReason.GAP
            else:
                if self.stop_on == "loss":
                    tiny = np.maximum(losses, 1e-300)
                    with np.errstate(invalid="ignore"):  # inf - inf after a blow-up
                        calm_now = np.abs(previous - losses) <= self.tol * tiny
                    reason = StopReason.LOSS
                else:
                    calm_now = norms <= self.tol * self.start_grad
                calm = _run_lengths(calm_now, self.calm_steps)
                done = calm >= self.patience
        rule_done = done
        done = rule_done | ((norms == 0) if self.tol > 0 else rule_done)
        first_done = int(np.argmax(done)) if done.any() else m
        if first_done < first_blown:
            if not rule_done[first_done]:  # an exactly flat point
                reason = StopReason.GRADIENT
            return Verdict(first_done + 1, reason, None, rising, calm)
        if first_blown < m:
            finite = bool(
                np.isfinite(losses[first_blown])
                and np.isfinite(block.coefs[first_blown]).all()
                and np.isfinite(block.intercepts[first_blown])
            )
            keep = first_blown + 1 if finite else first_blown
            return Verdict(keep, StopReason.DIVERGED, first_blown, rising, calm)
        return Verdict(m, None, None, rising, calm)

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


#: Rows a :class:`History` keeps at most before it halves them.
HISTORY_CAPACITY = 10_000


class History:
    """A run's losses at a bounded number of iterations, decimated evenly.

    It keeps iterations 0, s, 2s, … for a stride ``s`` that starts at ``every``
    and doubles (dropping every other row) whenever more than ``capacity``
    rows would be kept, plus the last iteration seen.  So memory is bounded
    whatever the number of iterations (``--iters 1e12 --tol 0`` runs in a few
    hundred kilobytes), short runs keep every step, and a long one keeps the
    same shape of curve at a coarser stride.

    Parameters
    ----------
    every : int
        Keep only multiples of this (1: every iteration while there is room).
    capacity : int
        Rows kept at most (besides the last).
    """

    def __init__(self, every: int = 1, capacity: int = HISTORY_CAPACITY) -> None:
        if every < 1 or capacity < 2:
            raise ValueError("every must be ≥ 1 and capacity ≥ 2.")
        self.stride = int(every)
        self.capacity = int(capacity)
        self._iterations = np.zeros(0, np.int64)
        self._losses = np.zeros(0)
        self._test: FloatArray | None = None
        self._last: tuple[int, float, float] | None = None

    def add(self, block: StepBlock) -> None:
        """Take a block's steps (keeping those on the stride)."""
        if not len(block):
            return
        keep = block.iterations % self.stride == 0
        self._iterations = np.concatenate([self._iterations, block.iterations[keep]])
        self._losses = np.concatenate([self._losses, block.losses[keep]])
        test = block.test_losses
        if test is not None:
            previous = self._test if self._test is not None else np.zeros(0)
            self._test = np.concatenate([previous, test[keep]])
        last_test = math.nan if test is None else float(test[-1])
        self._last = (int(block.iterations[-1]), float(block.losses[-1]), last_test)
        while len(self._iterations) > self.capacity:
            self.stride *= 2
            on = self._iterations % self.stride == 0
            self._iterations = self._iterations[on]
            self._losses = self._losses[on]
            if self._test is not None:
                self._test = self._test[on]

    def _with_last(self) -> tuple[NDArray[np.int64], FloatArray, FloatArray | None]:
        iterations, losses, test = self._iterations, self._losses, self._test
        if self._last is not None and (
            not len(iterations) or iterations[-1] != self._last[0]
        ):
            iterations = np.append(iterations, self._last[0])
            losses = np.append(losses, self._last[1])
            if test is not None:
                test = np.append(test, self._last[2])
        return iterations, losses, test

    @property
    def iterations(self) -> NDArray[np.int64]:
        """The iterations kept, ascending, the last one seen included."""
        return self._with_last()[0]

    @property
    def losses(self) -> FloatArray:
        """Training loss at each of :attr:`iterations`."""
        return self._with_last()[1]

    @property
    def test_losses(self) -> FloatArray | None:
        """Test loss at each of :attr:`iterations` (None without a test split)."""
        return self._with_last()[2]
