"""Gradient descent on the mean squared error, as the tutorials teach it.

Read from the top.  The loss is ``L(θ) = (1/N) Σ (y - ŷ)²`` with gradient
``∇L = -(2/N) Aᵀ(y - Aθ)`` (:func:`mse_gradient`), where ``A = [1, X]`` holds a
column of ones for the intercept ``b`` and the terms for the weights ``w``.
Each method is one short update: :func:`gradient_step` (``θ ← θ - η∇L``, batch
and mini-batch), :func:`momentum_step` and :func:`adam_step`.
:func:`textbook_steps` is the loop that applies one update per ``next``, from
``θ = 0`` (``w = 0, b = 0``).

:class:`GradientDescentRun` turns those iterates into :class:`Step` records
(losses, gradient norms, coefficients in the user's units, the gap to the
least-squares optimum), stops them by the chosen rule, at ``max_iter`` or at a
blow-up, says why (:class:`StopReason`), and hands them out a block at a time
with :meth:`~GradientDescentRun.advance`: the one protocol that the GUI worker,
:meth:`GradientDescent.fit` and the command line all use.

Two things make it fast without changing the iterates (see :mod:`.quadratic`):
the full-batch loss and gradient come from the MSE's quadratic form, O(d²) per
step instead of O(N d); and plain batch descent may compute a whole block in
closed form (eigen-powers, :meth:`Quadratic.descent_path`), which a test checks
against :func:`textbook_steps` to 1e-10 over 1,000 steps.  Mini-batch methods
touch only their batch's rows; their full training loss is still exact.
"""

from __future__ import annotations

import copy
import functools
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any, Literal

import numpy as np
from numpy.typing import NDArray

from linreg_gui.model.design import Basis, Design
from linreg_gui.model.errors import DivergenceError, FitError
from linreg_gui.model.quadratic import Quadratic, gram_matrix, max_stable_learning_rate
from linreg_gui.model.solvers import Estimator
from linreg_gui.model.steps import (
    PATIENCE,
    STOP_RULES,
    Gap,
    History,
    Optimum,
    Step,
    StepBlock,
    StopOn,
    Stopping,
    StopReason,
    gap_text,
    iterations_text,
)
from linreg_gui.model.text import QT_TRANSLATE_NOOP, number, translate

__all__ = [
    "FIT_BLOCK",
    "METHODS",
    "Gap",
    "GradientDescent",
    "GradientDescentRun",
    "Method",
    "Quadratic",
    "Step",
    "StepBlock",
    "StopOn",
    "StopReason",
    "adam_step",
    "gradient_step",
    "gram_matrix",
    "max_stable_learning_rate",
    "momentum_step",
    "mse_gradient",
    "not_converged_message",
    "textbook_steps",
]

FloatArray = NDArray[np.float64]

Method = Literal["gd", "sgd", "momentum", "adam"]
METHODS: tuple[Method, ...] = ("gd", "sgd", "momentum", "adam")

#: Steps per block when ``fit`` runs without anyone watching.
FIT_BLOCK = 4096


# -- the updates the app teaches ------------------------------------------------


def mse_gradient(
    A: FloatArray,
    y: FloatArray,
    theta: FloatArray,
    weights: FloatArray | None = None,
) -> FloatArray:
    """The gradient of the MSE over the rows of ``A``: ``∇L = -(2/N) Aᵀ(y - Aθ)``.

    With weights it is ``-(2/Σw) Aᵀ W (y - Aθ)``; a mini-batch passes only its
    rows.  Rows whose weights sum to 0 give a zero gradient.

    Parameters
    ----------
    A : ndarray of shape (n_samples, k)
        The design matrix, with its column of ones when there is an intercept.
    y : ndarray of shape (n_samples,)
    theta : ndarray of shape (k,)
    weights : ndarray of shape (n_samples,), optional
    """
    residual = y - A @ theta
    if weights is None:
        return np.asarray(-2.0 / len(y) * (A.T @ residual), dtype=np.float64)
    total = float(weights.sum())
    if total == 0:
        return np.zeros_like(theta)
    return np.asarray(-2.0 / total * (A.T @ (weights * residual)), dtype=np.float64)


def gradient_step(
    theta: FloatArray, gradient: FloatArray, learning_rate: float
) -> FloatArray:
    """One step downhill: ``θ ← θ - η∇L`` (batch or mini-batch descent)."""
    return theta - learning_rate * gradient


def momentum_step(
    theta: FloatArray,
    velocity: FloatArray,
    gradient: FloatArray,
    learning_rate: float,
    momentum: float,
) -> tuple[FloatArray, FloatArray]:
    """Heavy-ball momentum: ``v ← μv - η∇L``, then ``θ ← θ + v``.

    Returns the new ``θ`` and ``v``.
    """
    velocity = momentum * velocity - learning_rate * gradient
    return theta + velocity, velocity


def adam_step(
    theta: FloatArray,
    m: FloatArray,
    v: FloatArray,
    gradient: FloatArray,
    learning_rate: float,
    t: int,
    beta1: float = 0.9,
    beta2: float = 0.999,
    epsilon: float = 1e-8,
) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Adam's update number ``t`` (1, 2, ...), with bias correction.

    ``m ← β₁m + (1-β₁)∇L`` and ``v ← β₂v + (1-β₂)∇L²`` (elementwise), then
    ``m̂ = m / (1-β₁ᵗ)``, ``v̂ = v / (1-β₂ᵗ)`` and ``θ ← θ - η m̂ / (√v̂ + ε)``.

    Returns the new ``θ``, ``m`` and ``v``.
    """
    m = beta1 * m + (1 - beta1) * gradient
    v = beta2 * v + (1 - beta2) * gradient * gradient
    m_hat = m / (1 - beta1**t)
    v_hat = v / (1 - beta2**t)
    return theta - learning_rate * m_hat / (np.sqrt(v_hat) + epsilon), m, v


@dataclass(eq=False)
class OptimizerState:
    """Everything an update reads besides the gradient: θ, momentum's velocity
    ``v``, Adam's moments ``m`` and ``v`` and the update count ``t``.

    :func:`textbook_steps` keeps it current, so a copy of it taken between two
    updates is a checkpoint: a loop given the copy carries on exactly as the
    original did (with the same gradients).
    """

    theta: FloatArray
    velocity: FloatArray
    m: FloatArray
    v: FloatArray
    t: int = 0

    @classmethod
    def start(cls, theta: FloatArray) -> OptimizerState:
        """The state before the first update, at ``theta``."""
        zeros = np.zeros_like(theta)
        return cls(theta, zeros, zeros.copy(), zeros.copy(), 0)

    def copy(self) -> OptimizerState:
        return OptimizerState(
            self.theta.copy(),
            self.velocity.copy(),
            self.m.copy(),
            self.v.copy(),
            self.t,
        )


def textbook_steps(
    theta: FloatArray | OptimizerState,
    gradient: Callable[[FloatArray], FloatArray],
    learning_rate: Callable[[], float],
    method: Method = "gd",
    *,
    momentum: float = 0.9,
    beta1: float = 0.9,
    beta2: float = 0.999,
    epsilon: float = 1e-8,
) -> Iterator[FloatArray]:
    """The loop the app teaches: one update of ``method`` per ``next``.

    Parameters
    ----------
    theta : ndarray of shape (k,) or OptimizerState
        The starting point (not yielded), or a state to carry on from (the
        loop updates it as it goes: its ``t`` is the update being taken while
        ``gradient`` and ``learning_rate`` are called).
    gradient : callable
        ``∇L`` at a θ: the full training gradient, or the next mini-batch's
        (for ``"sgd"``, and any method with a batch size).
    learning_rate : callable
        Returns η; read at every step, so a changed rate applies from the next.
    method : {"gd", "sgd", "momentum", "adam"}
    momentum, beta1, beta2, epsilon : float
        μ of :func:`momentum_step`; β₁, β₂ and ε of :func:`adam_step`.

    Yields
    ------
    ndarray of shape (k,)
        θ after 1, 2, 3, ... updates (a new array each time).
    """
    s = theta if isinstance(theta, OptimizerState) else OptimizerState.start(theta)
    while True:
        s.t += 1
        grad = gradient(s.theta)
        eta = learning_rate()
        if method == "momentum":
            s.theta, s.velocity = momentum_step(
                s.theta, s.velocity, grad, eta, momentum
            )
        elif method == "adam":
            s.theta, s.m, s.v = adam_step(
                s.theta, s.m, s.v, grad, eta, s.t, beta1, beta2, epsilon
            )
        else:  # "gd" and "sgd" differ only in which rows the gradient reads
            s.theta = gradient_step(s.theta, grad, eta)
        yield s.theta


@dataclass(frozen=True)
class SamplerState:
    """Where a mini-batch sampler is: the generator's state before it drew the
    current epoch's order, and the position in that order.  Small (the order
    itself, N numbers, is drawn again on restore)."""

    rng: dict[str, Any]
    position: int


class _BatchSampler:
    """Mini-batches from a permutation that is reshuffled every epoch."""

    def __init__(
        self,
        A: FloatArray,
        y: FloatArray,
        weights: FloatArray | None,
        batch_size: int,
        random_state: int | None,
    ) -> None:
        self.A, self.y = A, y
        self.w = np.ones(A.shape[0]) if weights is None else weights
        self.batch_size = min(batch_size, A.shape[0])
        self.rng = np.random.default_rng(random_state)
        self._shuffle()

    def _shuffle(self) -> None:
        self._order_state = dict(self.rng.bit_generator.state)
        self.order = self.rng.permutation(self.A.shape[0])
        self.position = 0

    def gradient(self, theta: FloatArray) -> FloatArray:
        """:func:`mse_gradient` over the next batch's rows."""
        if self.position >= self.order.size:
            self._shuffle()
        index = self.order[self.position : self.position + self.batch_size]
        self.position += self.batch_size
        return mse_gradient(self.A[index], self.y[index], theta, self.w[index])

    def snapshot(self) -> SamplerState:
        """The sampler's state, to :meth:`restore` a copy of it later."""
        return SamplerState(copy.deepcopy(self._order_state), self.position)

    def restored(self, state: SamplerState) -> _BatchSampler:
        """A new sampler on the same rows that goes on exactly as this one did
        from ``state`` (this one is untouched).  Costs one permutation, O(N)."""
        clone = copy.copy(self)
        clone.rng = np.random.default_rng()
        clone.rng.bit_generator.state = copy.deepcopy(state.rng)
        clone._shuffle()
        clone.position = state.position
        return clone


@dataclass(frozen=True, eq=False)
class Checkpoint:
    """A run's whole state after ``iteration`` updates: replaying from it
    (:meth:`GradientDescentRun.replay`) gives the same iterates as the run.

    Attributes
    ----------
    iteration : int
    state : OptimizerState
        θ (in the basis the run steps in), velocity, Adam's moments, ``t``.
    sampler : SamplerState or None
        The mini-batch sampler's state (None for full batches).
    """

    iteration: int
    state: OptimizerState
    sampler: SamplerState | None


class Replay:
    """A run's updates again from a :class:`Checkpoint`, on copies of its state
    (the run itself is untouched), with the run's learning rates.

    ``next(replay)`` is θ after one more update; :attr:`state` is the optimizer
    state after it, :attr:`last_gradient` the gradient that update used.
    """

    def __init__(
        self,
        run: GradientDescentRun,
        checkpoint: Checkpoint,
    ) -> None:
        self.state = checkpoint.state.copy()
        source: Callable[[FloatArray], FloatArray] = run.train.gradient
        if checkpoint.sampler is not None:
            if run._sampler is None:  # pragma: no cover - a checkpoint of this run
                raise ValueError("The checkpoint has a sampler; the run has none.")
            source = run._sampler.restored(checkpoint.sampler).gradient
        self.last_gradient = np.zeros_like(self.state.theta)

        def gradient(theta: FloatArray) -> FloatArray:
            self.last_gradient = source(theta)
            return self.last_gradient

        state = self.state
        self._steps = textbook_steps(
            state,
            gradient,
            lambda: run.learning_rate_at(state.t),
            run.method,
            momentum=run.momentum,
            beta1=run.beta1,
            beta2=run.beta2,
        )

    @property
    def iteration(self) -> int:
        return self.state.t

    def __iter__(self) -> Replay:
        return self

    def __next__(self) -> FloatArray:
        with np.errstate(over="ignore", invalid="ignore"):
            return next(self._steps)

    def skip(self, count: int) -> None:
        """Take ``count`` updates without keeping them."""
        with np.errstate(over="ignore", invalid="ignore"):
            for _ in islice(self._steps, count):
                pass


@dataclass(frozen=True, eq=False)
class Prepared:
    """The O(N d²) set-up of a run (basis, loss quadratics, optimum), which runs
    on the same rows with the same scaling can share: a learning-rate sweep
    makes it once instead of once a run."""

    basis: Basis
    train: Quadratic
    test: Quadratic | None
    standardize: bool

    @classmethod
    def of(cls, design: Design, test: Design | None, standardize: bool) -> Prepared:
        basis = design.working_basis(standardize)
        train = Quadratic(basis.matrix, design.y, design.weights, design.intercept)
        test_quadratic = None
        if test is not None and test.n_samples:
            features = _in_basis(basis, test.X, design.intercept)
            if not np.all(np.isfinite(features)):
                raise FitError(
                    translate(
                        "Quadratic",
                        "Gradient descent cannot score the test rows in float64: "
                        "their terms reach {largest}, beyond float64's range. "
                        "Change the units, or choose another test set (its "
                        "fraction or seed).",
                    ).format(largest=number(float(np.max(np.abs(test.X))), ".3g"))
                )
            test_quadratic = Quadratic(features, test.y, test.weights, test.intercept)
        return cls(basis, train, test_quadratic, standardize)

    @functools.cached_property
    def rows(self) -> FloatArray:
        """``[1, basis]`` (or the basis alone without an intercept): what the
        mini-batches read, made on first use and then shared."""
        if self.train.gram.shape[0] > self.basis.matrix.shape[1]:
            ones = np.ones((self.basis.matrix.shape[0], 1))
            return np.hstack([ones, self.basis.matrix])
        return self.basis.matrix


def _in_basis(basis: Basis, X: FloatArray, intercept: bool) -> FloatArray:
    """Rows ``X`` in ``basis``: ``[1, X] @ to_user`` without the ones.

    Test rows far outside the training rows' range (x² of 1e200) overflow:
    inf or NaN there, and the test loss says so; never a warning."""
    with np.errstate(over="ignore", invalid="ignore"):
        if intercept:
            return np.column_stack([np.ones(X.shape[0]), X]) @ basis.to_user[:, 1:]
        return X @ basis.to_user


# -- a run: the iterates as records, checked and stopped --------------------------


class GradientDescentRun:
    """One run of gradient descent, taken a block of steps at a time.

    :meth:`advance` is the only way to step.  Its first call returns the
    starting point (iteration 0) alone.  The run stops when its rule fires
    (``stop_on``) or after ``max_iter`` updates; a blow-up ends it too, with
    :attr:`divergence` set.  :attr:`stop_reason` says which.  Whether it
    :attr:`converged` is a separate question, answered by its :attr:`gap` to
    the optimum alone.  ``learning_rate`` may be changed between calls: the
    next update uses it.

    The iterates are those of :func:`textbook_steps`.  Plain batch descent with
    ``closed_form`` (the default) computes them a block at a time with
    :meth:`Quadratic.descent_path` instead: the same iterates to rounding.
    """

    def __init__(
        self,
        estimator: GradientDescent,
        design: Design,
        test: Design | None,
        *,
        closed_form: bool = True,
        prepared: Prepared | None = None,
        start: FloatArray | None = None,
    ) -> None:
        """Long on purpose: one set-up in the order each part needs the last (basis,
        loss quadratics, optimum, stopping rule, step generator).  ``prepared``
        (the same rows and scaling) saves the O(N d²) part.  ``start``: where
        to begin, in the user's units (intercept first when there is one);
        default every coefficient 0."""
        settings = estimator
        _check_settings(settings)
        self.method: Method = settings.method
        self.max_iter = int(settings.max_iter)
        self.tol = float(settings.tol)
        self.stop_on: StopOn = settings.stop_on
        self.momentum = float(settings.momentum)
        self.beta1, self.beta2 = float(settings.beta1), float(settings.beta2)
        self._learning_rate = float(settings.learning_rate)
        #: (first update, η) each time the rate changed: what a replay follows.
        self.rate_changes: list[tuple[int, float]] = [(1, self._learning_rate)]
        if prepared is None or prepared.standardize != settings.standardize:
            prepared = Prepared.of(design, test, settings.standardize)
        self.basis = prepared.basis
        self.intercept = design.intercept
        self.train = prepared.train
        self.test = prepared.test
        self.max_stable_learning_rate = max_stable_learning_rate(
            self.train.gram, self.method, self.momentum
        )
        k = self.train.gram.shape[0]
        self._n_coef = k - int(design.intercept)
        self.theta = np.zeros(k) if start is None else self._internal(start)
        self.iteration = 0
        self.finished = False
        #: Why the run ended (None while it goes on).
        self.stop_reason: StopReason | None = None
        #: Set when a block passed to :meth:`advance` ended in a blow-up.
        self.divergence: DivergenceError | None = None
        self._start_loss = float(self.train.losses(self.theta[None, :])[0])
        self._start_grad = float(np.linalg.norm(self.train.gradient(self.theta)))
        #: The optimum the gaps are measured to, in the user's units.
        self.optimum = Optimum(
            self.basis.coefficients_to_user(self.train.optimum)
            if self.train.unique
            else None,
            self.train.min_loss,
            self._start_loss,
        )
        #: The current step's gap to the optimum.
        self.gap = Gap(math.nan, math.nan)
        self.loss = self._start_loss
        #: (iteration, loss) where the learning rate last changed: what a
        #: blow-up is measured from.
        self._rate_changed: tuple[int, float] | None = None
        self._started = False
        self._current = Step(0, 0.0, np.zeros(self._n_coef), self._start_loss, 0.0)
        if start is not None:
            self._current = self._step_at(self.theta, self._start_loss)
        batches = self._batch_sampler(settings, design, prepared)
        self._sampler = batches
        #: Whether each step sees a mini-batch (and so hovers around θ*).
        self.mini_batch = batches is not None
        full_batch_gd = self.method == "gd" and batches is None
        patience = 1 if full_batch_gd else PATIENCE  # batch GD's gradient only falls
        self._stopping = Stopping(
            self.tol, self.stop_on, patience, self._start_loss, self._start_grad
        )
        #: Whether blocks come from :meth:`Quadratic.descent_path`.
        self.closed_form = closed_form and full_batch_gd
        self._state = OptimizerState.start(self.theta)
        self._steps = textbook_steps(
            self._state,
            self.train.gradient if batches is None else batches.gradient,
            lambda: self._learning_rate,
            self.method,
            momentum=self.momentum,
            beta1=settings.beta1,
            beta2=settings.beta2,
        )

    def _internal(self, start: FloatArray) -> FloatArray:
        """A starting point in the user's units, in the basis the run steps in."""
        user = np.asarray(start, dtype=np.float64).ravel()
        k = self.basis.to_user.shape[0]
        if user.shape != (k,) or not np.all(np.isfinite(user)):
            given = ", ".join(number(v, "g") for v in user)
            raise FitError(
                translate(
                    "GradientDescent",
                    "The starting point needs {count} finite coefficients "
                    "(got {given}).",
                ).format(count=k, given=given or translate("GradientDescent", "none"))
            )
        return np.asarray(np.linalg.solve(self.basis.to_user, user), dtype=np.float64)

    def _step_at(self, theta: FloatArray, loss: float) -> Step:
        user = self.basis.coefficients_to_user(theta)
        if self.intercept:
            return Step(0, float(user[0]), user[1:], loss, 0.0)
        return Step(0, 0.0, user, loss, 0.0)

    # -- public ----------------------------------------------------------------

    @property
    def learning_rate(self) -> float:
        return self._learning_rate

    @learning_rate.setter
    def learning_rate(self, value: float) -> None:
        _check_positive(QT_TRANSLATE_NOOP("GradientDescent", "learning rate"), value)
        if float(value) != self._learning_rate and self._started:
            self._rate_changed = (self.iteration, self.loss)
        self._learning_rate = float(value)
        first = self.iteration + 1
        if self.rate_changes[-1][0] == first:
            self.rate_changes.pop()
        if not self.rate_changes or self.rate_changes[-1][1] != self._learning_rate:
            self.rate_changes.append((first, self._learning_rate))

    def learning_rate_at(self, update: int) -> float:
        """η of update number ``update`` (1, 2, ...), as the run took or will
        take it (the rate set when it was taken)."""
        rate = self.rate_changes[0][1]
        for first, eta in self.rate_changes:
            if first > update:
                break
            rate = eta
        return rate

    def checkpoint(self) -> Checkpoint | None:
        """The run's whole state at its current iteration (a copy), or None when
        it cannot be had: a run that stopped inside a block has stepped past
        its last iterate.  Cheap: O(k), the sampler's generator state included."""
        if self.closed_form:
            state = OptimizerState.start(self.theta.copy())
            state.t = self.iteration
            return Checkpoint(self.iteration, state, None)
        if self._state.t != self.iteration:
            return None
        sampler = self._sampler.snapshot() if self._sampler is not None else None
        return Checkpoint(self.iteration, self._state.copy(), sampler)

    def replay(self, checkpoint: Checkpoint) -> Replay:
        """The run's updates again from ``checkpoint``, by :func:`textbook_steps`
        with this run's gradients and learning rates (the run is untouched)."""
        return Replay(self, checkpoint)

    @property
    def converged(self) -> bool:
        """Whether the current answer is within the tolerance of the optimum
        (:func:`~linreg_gui.model.steps.within_tolerance`), however the run
        stopped; never merely because a stopping rule fired."""
        return self.gap.within(self.tol)

    @property
    def start_loss(self) -> float:
        return self._start_loss

    def advance(self, count: int) -> StepBlock:
        """Take up to ``count`` steps and return them as arrays.

        The GUI worker calls ``advance(1)`` in slow motion and larger blocks at
        full speed; :meth:`GradientDescent.fit` and the command line use it too.
        The first call returns the starting point alone.  A finished run returns
        an empty block.  A blow-up ends the run: the returned block holds the
        steps before it and :attr:`divergence` is set.
        """
        if not self._started:
            return self._start()
        if self.finished:
            return StepBlock.empty(self._n_coef)
        thetas = self._next_thetas(min(max(1, count), self.max_iter - self.iteration))
        block = self._evaluate(thetas, start=self.iteration + 1)
        verdict = self._stopping.check(block)
        self._stopping.keep(verdict, block.losses)
        kept = block.head(verdict.valid)
        if verdict.valid:
            self.theta = thetas[verdict.valid - 1]
            self._now(kept.last)
        if verdict.blown_at is not None:
            self.finished = True
            self.stop_reason = StopReason.DIVERGED
            overflowed = verdict.valid <= verdict.blown_at
            last = kept.last if verdict.valid else self._current
            self.divergence = DivergenceError(
                self._divergence_message(last, overflowed),
                last.iteration,
                self.max_stable_learning_rate,
            )
        elif verdict.reason is not None:
            self.finished = True
            self.stop_reason = verdict.reason
        elif self.iteration >= self.max_iter:
            self.finished = True
            self.stop_reason = StopReason.MAX_ITER
        return kept

    # -- stepping ----------------------------------------------------------------

    def _start(self) -> StepBlock:
        self._started = True
        block = self._evaluate(self.theta[None, :], start=0)
        self._now(block.last)
        if self._start_grad == 0:
            self.finished, self.stop_reason = True, StopReason.GRADIENT
        elif self.max_iter == 0:
            self.finished, self.stop_reason = True, StopReason.MAX_ITER
        return block

    def _now(self, step: Step) -> None:
        """Make ``step`` the run's current state."""
        self._current = step
        self.iteration = step.iteration
        self.loss = step.loss
        self.gap = step.gap

    def _next_thetas(self, count: int) -> FloatArray:
        """θ after each of the next ``count`` updates, shape (count, k)."""
        if self.closed_form:
            return self.train.descent_path(self.theta, self._learning_rate, count)
        with np.errstate(over="ignore", invalid="ignore"):
            return np.array(list(islice(self._steps, count)))

    def _evaluate(self, thetas: FloatArray, start: int) -> StepBlock:
        """User coefficients, losses and gradient norms for internal parameters."""
        with np.errstate(over="ignore", invalid="ignore"):
            user = self.basis.coefficients_to_user(thetas)
            losses = self.train.losses(thetas)
            grads = self.train.gradients(thetas)
            grad_norms = np.sqrt(np.einsum("ij,ij->i", grads, grads))
            test = self.test.losses(thetas) if self.test is not None else None
        coef_gaps, loss_gaps = self.optimum.gaps(user, losses)
        user.flags.writeable = False  # records share it; nobody may change it
        offset = 1 if self.intercept else 0
        intercepts = user[:, 0] if self.intercept else np.zeros(len(user))
        return StepBlock(
            np.arange(start, start + len(user), dtype=np.int64),
            intercepts,
            user[:, offset:],
            losses,
            grad_norms,
            test,
            coef_gaps,
            loss_gaps,
        )

    def _divergence_message(self, step: Step, overflowed: bool) -> str:
        """Why the run blew up, measured from where the learning rate last changed.

        ``step`` is the last step kept: the one that blew up, or (``overflowed``)
        the one before a step whose loss was not a number.
        """
        if self._rate_changed is None:
            origin, at = self._start_loss, None
        else:
            at, origin = self._rate_changed
        if overflowed and at is None:
            text = translate(
                "GradientDescent",
                "Gradient descent diverged after iteration {iteration}: the loss went "
                "from {start} at the start to {end}, and the next step overflowed.",
            )
        elif overflowed:
            text = translate(
                "GradientDescent",
                "Gradient descent diverged after iteration {iteration}: the loss went "
                "from {start} at iteration {changed}, where η became {rate}, to "
                "{end}, and the next step overflowed.",
            )
        elif at is None:
            text = translate(
                "GradientDescent",
                "Gradient descent diverged at iteration {iteration}: the loss grew "
                "from {start} at the start to {end}.",
            )
        else:
            text = translate(
                "GradientDescent",
                "Gradient descent diverged at iteration {iteration}: the loss grew "
                "from {start} at iteration {changed}, where η became {rate}, to {end}.",
            )
        rate = number(self._learning_rate, ".4g")
        text = text.format(
            iteration=number(step.iteration, ","),
            start=number(origin, ".4g"),
            changed=number(at, ",") if at is not None else "",
            rate=rate,
            end=number(step.loss, ".4g"),
        )
        limit = self.max_stable_learning_rate
        if limit is not None and np.isfinite(limit):
            above = self._learning_rate > limit
            if self.method == "momentum" and above:
                advice = translate(
                    "GradientDescent",
                    "The learning rate {rate} is above the largest stable rate for "
                    "momentum batch descent on this data, {limit} (= (1+μ)/λmax of "
                    "XᵀX/N). Use a learning rate below {limit}, or standardise the "
                    "features.",
                )
            elif self.method == "momentum":
                advice = translate(
                    "GradientDescent",
                    "The learning rate {rate} is near the largest stable rate for "
                    "momentum batch descent on this data, {limit} (= (1+μ)/λmax of "
                    "XᵀX/N). Use a learning rate below {limit}, or standardise the "
                    "features.",
                )
            elif above:
                advice = translate(
                    "GradientDescent",
                    "The learning rate {rate} is above the largest stable rate for "
                    "batch descent on this data, {limit} (= 1/λmax of XᵀX/N). Use a "
                    "learning rate below {limit}, or standardise the features.",
                )
            else:
                advice = translate(
                    "GradientDescent",
                    "The learning rate {rate} is near the largest stable rate for "
                    "batch descent on this data, {limit} (= 1/λmax of XᵀX/N). Use a "
                    "learning rate below {limit}, or standardise the features.",
                )
            advice = advice.format(rate=rate, limit=number(limit, ".4g"))
        else:
            advice = translate(
                "GradientDescent",
                "Use a smaller learning rate, or standardise the features.",
            )
        return f"{text} {advice}"

    # -- helpers ---------------------------------------------------------------

    def _batch_sampler(
        self, settings: GradientDescent, design: Design, prepared: Prepared
    ) -> _BatchSampler | None:
        """Mini-batches for ``"sgd"`` or a set batch size; ``None`` for all rows."""
        if settings.method != "sgd" and settings.batch_size is None:
            return None
        size = settings.batch_size if settings.batch_size is not None else 32
        return _BatchSampler(
            prepared.rows,
            design.y,
            design.weights,
            int(size),
            settings.random_state,
        )


class GradientDescent(Estimator):
    """Batch, mini-batch, momentum and Adam descent on the MSE.

    Parameters
    ----------
    method : {"gd", "sgd", "momentum", "adam"}
    learning_rate : float
        η, the step size.
    max_iter : int
        Number of parameter updates at most.
    tol : float
        The run has converged when every coefficient is within ``tol`` of the
        least-squares optimum (relative) and so is the loss; it is also the
        tolerance of the stopping rule (0 never stops early).
    stop_on : {"gap", "gradient", "loss"}
        ``"gap"``: stop as soon as the run has converged.  The textbook rules
        see only the run: ``"gradient"`` stops when the gradient norm fell below
        ``tol`` times its starting value, ``"loss"`` when the loss changed by
        less than ``tol`` (relative); either may stop short of the optimum.
    batch_size : int, optional
        Rows per update.  ``None`` means all rows (batch), except for ``"sgd"``
        where it means 32.
    momentum : float
        μ of heavy-ball momentum (``v ← μv - η∇L; θ ← θ + v``).
    standardize : bool
        Step in standardised terms (coefficients are still reported in the
        user's units).
    random_state : int, optional
        Seed of the mini-batch shuffling.
    """

    def __init__(
        self,
        *,
        method: Method = "gd",
        learning_rate: float = 0.01,
        max_iter: int = 1000,
        tol: float = 1e-6,
        stop_on: StopOn = "gap",
        batch_size: int | None = None,
        momentum: float = 0.9,
        beta1: float = 0.9,
        beta2: float = 0.999,
        standardize: bool = False,
        random_state: int | None = 0,
    ) -> None:
        self.method = method
        self.learning_rate = learning_rate
        self.max_iter = max_iter
        self.tol = tol
        self.stop_on = stop_on
        self.batch_size = batch_size
        self.momentum = momentum
        self.beta1 = beta1
        self.beta2 = beta2
        self.standardize = standardize
        self.random_state = random_state

    def steps(
        self,
        design: Design,
        test: Design | None = None,
        *,
        closed_form: bool = True,
        prepared: Prepared | None = None,
        start: FloatArray | None = None,
    ) -> GradientDescentRun:
        """A run to step with ``advance``: what ``fit`` and the GUI worker drive.

        ``closed_form=False`` makes plain batch descent take every step from
        :func:`textbook_steps` instead of the eigen-power fast path;
        ``prepared`` shares the set-up of runs on the same rows and scaling;
        ``start`` is where to begin (user's units, intercept first).
        """
        return GradientDescentRun(
            self, design, test, closed_form=closed_form, prepared=prepared, start=start
        )

    def fit(
        self,
        design: Design,
        test: Design | None = None,
        *,
        observe: Callable[[StepBlock], None] | None = None,
    ) -> GradientDescent:
        """Run to the end; ``observe`` sees every block of steps as it comes (a
        history written as the run goes, say), since ``loss_curve_`` keeps a
        decimated :class:`History` only: memory stays bounded at any
        ``max_iter``.

        Attributes set: ``coef_``, ``intercept_``, ``n_iter_``, ``converged_``,
        ``stop_reason_``, ``gap_``, ``loss_curve_`` and ``test_loss_curve_`` (at
        the iterations ``loss_curve_iterations_``: every one while there are
        at most :data:`HISTORY_CAPACITY`, else evenly thinned, always with the
        first and the last), ``max_stable_learning_rate_``, ``warnings_``.
        """
        run = self.steps(design, test)
        history = History()
        last: Step | None = None
        while True:
            block = run.advance(FIT_BLOCK)
            if len(block):
                history.add(block)
                last = block.last
                if observe is not None:
                    observe(block)
            if run.divergence is not None:
                raise run.divergence
            if run.finished:
                break
        assert last is not None  # the first block holds the starting point
        user = (
            np.concatenate([[last.intercept], last.coef])
            if design.intercept
            else last.coef
        )
        self._set_coefficients(design, user)
        self.n_iter_ = last.iteration
        self.converged_ = run.converged
        self.stop_reason_ = run.stop_reason
        self.gap_ = run.gap
        self.loss_curve_iterations_ = history.iterations
        self.loss_curve_ = history.losses
        self.test_loss_curve_ = history.test_losses
        self.max_stable_learning_rate_ = run.max_stable_learning_rate
        self.warnings_ = ()
        if not run.converged and self.tol > 0:
            self.warnings_ = (not_converged_message(run, last),)
        return self


def not_converged_message(run: GradientDescentRun, last: Step) -> str:
    """Why a run ended outside the tolerance of the optimum, and what to change."""
    values = {
        "done": iterations_text(last.iteration),
        "gap": gap_text(last.gap),
        "tol": number(run.tol, "g"),
    }
    if run.stop_reason is StopReason.GRADIENT:
        return translate(
            "GradientDescent",
            "The gradient rule stopped the run after {done}, but it is still {gap}, "
            "outside the tolerance {tol}: a small gradient does not mean a small "
            "error where the loss is nearly flat. Stop on the gap to the optimum, or "
            "standardise the features.",
        ).format(**values)
    if run.stop_reason is StopReason.LOSS:
        return translate(
            "GradientDescent",
            "The loss-change rule stopped the run after {done}, but it is still "
            "{gap}, outside the tolerance {tol}: small steps change the loss little "
            "even far from the minimum. Stop on the gap to the optimum, or "
            "standardise the features.",
        ).format(**values)
    text = translate(
        "GradientDescent",
        "Stopped at the iteration limit after {done}, {gap}, outside the "
        "tolerance {tol}.",
    ).format(**values)
    limit = run.max_stable_learning_rate
    if run.mini_batch:
        advice = translate(
            "GradientDescent",
            "Mini-batch steps keep jumping around the optimum, at a distance that "
            "shrinks with the learning rate: use a smaller rate or larger batches.",
        )
    elif limit is not None and np.isfinite(limit) and run.learning_rate < 0.1 * limit:
        advice = translate(
            "GradientDescent",
            "The learning rate {rate} is far below the stable limit {limit}: a "
            "larger one converges faster.",
        ).format(rate=number(run.learning_rate, ".3g"), limit=number(limit, ".3g"))
    else:
        advice = translate(
            "GradientDescent", "Allow more iterations, or standardise the features."
        )
    return f"{text} {advice}"


def _check_settings(settings: GradientDescent) -> None:
    """Raise :class:`FitError` for settings no run can use."""
    if settings.method not in METHODS:
        raise FitError(
            translate("GradientDescent", "Unknown gradient method '{method}'.").format(
                method=settings.method
            )
        )
    _check_positive(
        QT_TRANSLATE_NOOP("GradientDescent", "learning rate"), settings.learning_rate
    )
    if int(settings.max_iter) < 0:
        raise FitError(
            translate("GradientDescent", "Max iterations must be 0 or more.")
        )
    if not (np.isfinite(settings.tol) and settings.tol >= 0):
        raise FitError(
            translate(
                "GradientDescent", "The tolerance must be a number ≥ 0, not {value}."
            ).format(value=repr(settings.tol))
        )
    if settings.stop_on not in STOP_RULES:
        raise FitError(
            translate("GradientDescent", "Stop on {rules}, not {value}.").format(
                rules=", ".join(map(repr, STOP_RULES)), value=repr(settings.stop_on)
            )
        )
    if not 0 <= settings.momentum < 1:
        raise FitError(
            translate(
                "GradientDescent", "Momentum must be in [0, 1), not {value}."
            ).format(value=repr(settings.momentum))
        )
    size = settings.batch_size
    if size is not None and int(size) < 1:
        raise FitError(
            translate(
                "GradientDescent", "The batch size must be at least 1, not {value}."
            ).format(value=size)
        )


def _check_positive(name: str, value: float) -> None:
    if not (isinstance(value, (int, float)) and np.isfinite(value) and value > 0):
        raise FitError(
            translate(
                "GradientDescent", "The {name} must be a positive number, not {value}."
            ).format(name=translate("GradientDescent", name), value=repr(value))
        )
