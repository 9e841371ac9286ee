"""Gradient descent on the mean squared error, as a stream of step records.

The loss is the tutorials' ``L(θ) = (1/N) Σ (y - ŷ)²`` with gradient
``∇L = -(2/N) Aᵀ(y - Aθ)``, where ``A = [1, X]`` holds a column of ones for the
intercept ``b`` and the terms for the weights ``w``.  The update is
``θ ← θ - η ∇L``.  Every method starts from ``θ = 0`` (``w = 0, b = 0``).

Nothing here costs O(N) per step for full-batch methods: the MSE is a quadratic
(:mod:`.quadratic`), so after one O(N d²) pass each step is O(d²), and plain
batch descent computes chunks of steps at once in closed form
(:meth:`Quadratic.descent_path`).  The iterates are those of the textbook loop
(a test checks 1e-10 over 1,000 steps); only the arithmetic is cheaper.

Mini-batch methods touch only their batch's rows; their full training loss is
still the exact quadratic above.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal, NamedTuple

import numpy as np
from numpy.typing import NDArray

from linreg_gui.model.design import Design
from linreg_gui.model.errors import DivergenceError, FitError
from linreg_gui.model.quadratic import Quadratic, gram_matrix, max_stable_learning_rate
from linreg_gui.model.solvers import Estimator

__all__ = ["GradientDescent", "Quadratic", "gram_matrix", "max_stable_learning_rate"]

FloatArray = NDArray[np.float64]

Method = Literal["gd", "sgd", "momentum", "adam"]
StopOn = Literal["gradient", "loss"]
METHODS: tuple[Method, ...] = ("gd", "sgd", "momentum", "adam")
METHOD_TITLES = {
    "gd": "Batch gradient descent",
    "sgd": "Mini-batch SGD",
    "momentum": "Gradient descent with momentum",
    "adam": "Adam",
}

#: A loss this many times the starting loss means the run has blown up.
DIVERGED_LOSS_FACTOR = 1e4
#: ... and so does a loss above the start that rose this many steps in a row.
DIVERGED_RISING_STEPS = 50
#: Stopping criteria must hold this many consecutive steps (momentum and
#: mini-batches can pass a flat point without having converged).
PATIENCE = 5
_CHUNK = 256
#: Steps per block when ``fit`` runs without anyone watching.
FIT_BLOCK = 4096


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


@dataclass(frozen=True, eq=False)
class _CheckedBlock:
    """A computed block with the run's bookkeeping per row and where it ends."""

    block: StepBlock
    thetas: FloatArray
    rising: NDArray[np.int64]
    calm: NDArray[np.int64]
    valid: int
    finishes: bool
    converged: bool
    error: DivergenceError | None


def _run_lengths(flags: NDArray[np.bool_], carry: int) -> NDArray[np.int64]:
    """Length of the run of True ending at each position, continuing ``carry``."""
    positions = np.arange(len(flags))
    last_false = np.maximum.accumulate(np.where(flags, -1, positions))
    return np.where(last_false >= 0, positions - last_false, carry + positions + 1)


class GradientDescentRun(Iterator[Step]):
    """An iterator of :class:`Step` records; also what the GUI worker drives.

    The first record is the starting point (iteration 0).  Iteration stops when
    the tolerance is met (``converged`` becomes True) or after ``max_iter``
    updates; a blow-up raises :class:`DivergenceError` after the last finite
    step.  ``learning_rate`` may be changed between steps: the next update uses
    it.
    """

    def __init__(
        self, estimator: GradientDescent, design: Design, test: Design | None
    ) -> None:
        settings = estimator
        if settings.method not in METHODS:
            raise FitError(f"Unknown gradient method '{settings.method}'.")
        _check_positive("learning rate", settings.learning_rate)
        if int(settings.max_iter) < 0:
            raise FitError("Max iterations must be 0 or more.")
        if not (np.isfinite(settings.tol) and settings.tol >= 0):
            raise FitError(f"The tolerance must be a number ≥ 0, not {settings.tol!r}.")
        if not 0 <= settings.momentum < 1:
            raise FitError(f"Momentum must be in [0, 1), not {settings.momentum!r}.")
        self.method: Method = settings.method
        self.max_iter = int(settings.max_iter)
        self.tol = float(settings.tol)
        self.stop_on: StopOn = settings.stop_on
        self.momentum = float(settings.momentum)
        self.beta1, self.beta2, self.epsilon = settings.beta1, settings.beta2, 1e-8
        self._learning_rate = float(settings.learning_rate)
        self.basis = design.working_basis(settings.standardize)
        self.intercept = design.intercept
        self.train = Quadratic(
            self.basis.matrix, design.y, design.weights, design.intercept
        )
        self.test = None
        if test is not None and test.n_samples:
            self.test = Quadratic(
                self._features(test.X), test.y, test.weights, test.intercept
            )
        self.max_stable_learning_rate = max_stable_learning_rate(
            self.train.gram, self.method, self.momentum
        )
        k = self.train.gram.shape[0]
        self.theta = np.zeros(k)
        self.iteration = 0
        self.converged = False
        self.finished = False
        self._start_loss = float(self.train.losses(self.theta[None, :])[0])
        self._start_grad = float(np.linalg.norm(self.train.gradient(self.theta)))
        self._calm_steps = 0  # consecutive steps meeting the tolerance
        self._rising_steps = 0
        self._last_loss = self._start_loss
        self._pending: _CheckedBlock | None = None
        self._cursor = 0
        self._started = False
        self._ahead_theta = self.theta
        self._n_coef = k - int(design.intercept)
        #: Set when a block passed to :meth:`advance` ended in a blow-up.
        self.divergence: DivergenceError | None = None
        self._velocity = np.zeros(k)
        self._adam_m = np.zeros(k)
        self._adam_v = np.zeros(k)
        self._batches: _BatchSampler | None = None
        if self.method == "sgd" or settings.batch_size is not None:
            size = settings.batch_size if settings.batch_size is not None else 32
            if int(size) < 1:
                raise FitError(f"The batch size must be at least 1, not {size}.")
            self._batches = _BatchSampler(
                self._with_ones(self.basis.matrix),
                design.y,
                design.weights,
                int(size),
                settings.random_state,
            )
        self._closed_form_chunks = self.method == "gd" and self._batches is None

    # -- public ----------------------------------------------------------------

    @property
    def learning_rate(self) -> float:
        return self._learning_rate

    @learning_rate.setter
    def learning_rate(self, value: float) -> None:
        _check_positive("learning rate", value)
        self._learning_rate = float(value)
        self._pending = None  # precomputed steps used the old rate

    @property
    def start_loss(self) -> float:
        return self._start_loss

    def __iter__(self) -> GradientDescentRun:
        return self

    def __next__(self) -> Step:
        if not self._started:
            return self._start().step(0)
        if self.finished:
            raise StopIteration
        if self._pending is None or self._cursor >= self._pending.valid:
            if self._pending is not None and self._pending.error is not None:
                self.finished = True
                raise self._pending.error
            chunk = _CHUNK if self._closed_form_chunks else 1
            self._pending = self._checked(min(chunk, self.max_iter - self.iteration))
            self._cursor = 0
        pending, i = self._pending, self._cursor
        self._cursor += 1
        self._consume(pending, i)
        if i + 1 == pending.valid and pending.finishes and pending.error is None:
            self._finish(pending)
        return pending.block.step(i)

    def advance(self, count: int) -> StepBlock:
        """Take up to ``count`` steps at once and return them as arrays.

        This is what a fast consumer (the GUI worker at full speed) uses instead
        of one record per step: the same iterates, far less Python per step.
        The first call returns the starting point alone.  A blow-up ends the
        run: the returned block holds the steps before it and
        :attr:`divergence` is set.
        """
        if not self._started:
            return self._start()
        if self.finished:
            return StepBlock.empty(self._n_coef)
        self._pending = None
        checked = self._checked(min(max(1, count), self.max_iter - self.iteration))
        if checked.valid:
            self._consume(checked, checked.valid - 1)
        if checked.error is not None:
            self.finished = True
            self.divergence = checked.error
        elif checked.finishes:
            self._finish(checked)
        return checked.block.head(checked.valid)

    # -- stepping ----------------------------------------------------------------

    def _start(self) -> StepBlock:
        self._started = True
        block = self._evaluate(self.theta[None, :], start=0)
        if self.max_iter == 0 or self._start_grad == 0:
            self.finished = True
            self.converged = self._start_grad == 0
        return block

    def _checked(self, count: int) -> _CheckedBlock:
        """The next ``count`` steps, checked for blow-up and convergence."""
        if self._closed_form_chunks:
            thetas = self.train.descent_path(self.theta, self._learning_rate, count)
        else:
            with np.errstate(over="ignore", invalid="ignore"):
                thetas = np.array([self._single_step(i) for i in range(count)])
        block = self._evaluate(thetas, start=self.iteration + 1)
        return self._check(block, thetas)

    def _single_step(self, ahead: int) -> FloatArray:
        """One update of the per-step methods; ``ahead`` steps past ``self.theta``."""
        theta = self.theta if ahead == 0 else self._ahead_theta
        eta = self._learning_rate
        if self._batches is not None:
            grad = self._batches.gradient(theta)
        else:
            grad = self.train.gradient(theta)
        if self.method in ("gd", "sgd"):
            new = theta - eta * grad
        elif self.method == "momentum":
            self._velocity = self.momentum * self._velocity - eta * grad
            new = theta + self._velocity
        else:
            t = self.iteration + ahead + 1
            self._adam_m = self.beta1 * self._adam_m + (1 - self.beta1) * grad
            self._adam_v = self.beta2 * self._adam_v + (1 - self.beta2) * grad * grad
            m_hat = self._adam_m / (1 - self.beta1**t)
            v_hat = self._adam_v / (1 - self.beta2**t)
            new = theta - eta * m_hat / (np.sqrt(v_hat) + self.epsilon)
        self._ahead_theta = new
        return new

    def _evaluate(self, thetas: FloatArray, start: int) -> StepBlock:
        """User coefficients, losses and gradient norms for internal parameters."""
        with np.errstate(over="ignore", invalid="ignore"):
            user = self.basis.coefficients_to_user(thetas)
            losses = self.train.losses(thetas)
            grads = self.train.gradients(thetas)
            grad_norms = np.sqrt(np.einsum("ij,ij->i", grads, grads))
            test = self.test.losses(thetas) if self.test is not None else None
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
        )

    def _check(self, block: StepBlock, thetas: FloatArray) -> _CheckedBlock:
        """Where in ``block`` the run blows up or converges (vectorised)."""
        losses, norms = block.losses, block.grad_norms
        m = len(losses)
        previous = np.concatenate([[self._last_loss], losses[:-1]])
        with np.errstate(invalid="ignore"):
            blown = ~np.isfinite(losses)
            if self._start_loss > 0:
                blown |= losses > DIVERGED_LOSS_FACTOR * self._start_loss
            rising = _run_lengths(losses > previous, self._rising_steps)
            blown |= (rising >= DIVERGED_RISING_STEPS) & (losses > self._start_loss)
        first_blown = int(np.argmax(blown)) if blown.any() else m
        if self.tol > 0:
            if self.stop_on == "loss":
                tiny = np.maximum(losses, 1e-300)
                calm_now = np.abs(previous - losses) <= self.tol * tiny
            else:
                calm_now = norms <= self.tol * self._start_grad
            calm = _run_lengths(calm_now, self._calm_steps)
            patience = 1 if self._closed_form_chunks else PATIENCE
            done = (calm >= patience) | (norms == 0)
        else:
            calm = np.zeros(m, dtype=np.int64)
            done = np.zeros(m, dtype=bool)
        first_done = int(np.argmax(done)) if done.any() else m
        error = None
        if first_done < first_blown:
            valid, finishes, converged = first_done + 1, True, True
        elif first_blown < m:
            valid, finishes, converged = first_blown, True, False
            error = DivergenceError(
                self._divergence_message(block.step(first_blown)),
                int(block.iterations[first_blown]),
                self.max_stable_learning_rate,
            )
        else:
            valid, converged = m, False
            finishes = m > 0 and int(block.iterations[-1]) >= self.max_iter
        return _CheckedBlock(
            block, thetas, rising, calm, valid, finishes, converged, error
        )

    def _consume(self, checked: _CheckedBlock, i: int) -> None:
        """Make row ``i`` of ``checked`` the current state."""
        self.theta = checked.thetas[i]
        self.iteration = int(checked.block.iterations[i])
        self._last_loss = float(checked.block.losses[i])
        self._rising_steps = int(checked.rising[i])
        self._calm_steps = int(checked.calm[i])

    def _finish(self, checked: _CheckedBlock) -> None:
        self.finished = True
        self.converged = checked.converged
        self._pending = None

    def _divergence_message(self, step: Step) -> str:
        limit = self.max_stable_learning_rate
        text = (
            f"Gradient descent diverged at iteration {step.iteration}: the loss grew "
            f"from {self._start_loss:.4g} to {step.loss:.4g}. "
        )
        if limit is not None and np.isfinite(limit):
            relation = "above" if self._learning_rate > limit else "near"
            kind = "momentum " if self.method == "momentum" else ""
            text += (
                f"The learning rate {self._learning_rate:.4g} is {relation} the "
                f"largest stable rate for {kind}batch descent on this data, "
                f"{limit:.4g} "
                f"(= {'(1+μ)' if self.method == 'momentum' else '1'}/λmax of XᵀX/N). "
                f"Use a learning rate below {limit:.4g}"
            )
        else:
            text += "Use a smaller learning rate"
        return text + ", or standardise the features."

    # -- helpers ---------------------------------------------------------------

    def _features(self, X: FloatArray) -> FloatArray:
        """Test rows in the training basis: ``[1, X] @ to_user`` without the ones."""
        if self.intercept:
            return np.column_stack([np.ones(X.shape[0]), X]) @ self.basis.to_user[:, 1:]
        return X @ self.basis.to_user

    def _with_ones(self, features: FloatArray) -> FloatArray:
        if self.intercept:
            return np.column_stack([np.ones(features.shape[0]), features])
        return features


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
        self.order = self.rng.permutation(A.shape[0])
        self.position = 0

    def gradient(self, theta: FloatArray) -> FloatArray:
        if self.position >= self.order.size:
            self.order = self.rng.permutation(self.A.shape[0])
            self.position = 0
        index = self.order[self.position : self.position + self.batch_size]
        self.position += self.batch_size
        A, y, w = self.A[index], self.y[index], self.w[index]
        residual = y - A @ theta
        total = float(w.sum())
        if total == 0:
            return np.zeros_like(theta)
        return np.asarray(-2.0 / total * (A.T @ (w * residual)), dtype=np.float64)


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
        Stop when the tolerance criterion holds (0 turns stopping off).
    stop_on : {"gradient", "loss"}
        ``"gradient"``: the gradient norm fell below ``tol`` times its starting
        value.  ``"loss"``: the loss changed by less than ``tol`` (relative).
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
        stop_on: StopOn = "gradient",
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

    def steps(self, design: Design, test: Design | None = None) -> GradientDescentRun:
        """The step iterator: what ``fit`` consumes and the GUI worker drives."""
        return GradientDescentRun(self, design, test)

    def fit(self, design: Design, test: Design | None = None) -> GradientDescent:
        run = self.steps(design, test)
        blocks: list[StepBlock] = []
        while True:
            block = run.advance(FIT_BLOCK)
            if len(block):
                blocks.append(block)
            if run.divergence is not None:
                raise run.divergence
            if run.finished:
                break
        last = blocks[-1].last
        user = (
            np.concatenate([[last.intercept], last.coef])
            if design.intercept
            else last.coef
        )
        self._set_coefficients(design, user)
        self.n_iter_ = last.iteration
        self.converged_ = run.converged
        self.loss_curve_ = np.concatenate([b.losses for b in blocks])
        self.test_loss_curve_ = (
            np.concatenate([b.test_losses for b in blocks if b.test_losses is not None])
            if blocks[0].test_losses is not None
            else None
        )
        self.max_stable_learning_rate_ = run.max_stable_learning_rate
        self.warnings_ = ()
        if not run.converged and self.tol > 0:
            self.warnings_ = (not_converged_message(run, last),)
        return self


def not_converged_message(run: GradientDescentRun, last: Step) -> str:
    """Why a run stopped short, and what to change."""
    text = (
        f"Stopped after {last.iteration} iterations without meeting the tolerance "
        f"(gradient norm {last.grad_norm:.3g}, loss {last.loss:.6g})."
    )
    limit = run.max_stable_learning_rate
    if limit is not None and np.isfinite(limit) and run.learning_rate < 0.1 * limit:
        text += (
            f" The learning rate {run.learning_rate:.3g} is far below the stable limit "
            f"{limit:.3g}: a larger one converges faster."
        )
    else:
        text += " Allow more iterations, or standardise the features."
    return text


def _check_positive(name: str, value: float) -> None:
    if not (isinstance(value, (int, float)) and np.isfinite(value) and value > 0):
        raise FitError(f"The {name} must be a positive number, not {value!r}.")
