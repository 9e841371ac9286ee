"""The textbook updates of gradient descent, worked by hand on three points.

Model tests: no Qt.  The points are (0, 1), (1, 3), (2, 2) and θ = (b, w) =
(0.5, 0.5), so ``A = [1, x]``, the residuals ``y - Aθ`` are (0.5, 2, 0.5),
``Aᵀ(y - Aθ) = (3, 3)`` and ``∇L = -(2/3)·(3, 3) = (-2, -2)``.
"""

from __future__ import annotations

import numpy as np
import pytest

from linreg_gui.model.design import DesignSpec, build_design
from linreg_gui.model.errors import DivergenceError
from linreg_gui.model.gd import (
    GradientDescent,
    Method,
    adam_step,
    gradient_step,
    momentum_step,
    mse_gradient,
    textbook_steps,
)
from linreg_gui.model.quadratic import Quadratic

A = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]])
Y = np.array([1.0, 3.0, 2.0])
THETA = np.array([0.5, 0.5])


def test_mse_gradient_by_hand() -> None:
    np.testing.assert_allclose(mse_gradient(A, Y, THETA), [-2.0, -2.0], rtol=1e-15)
    # weights (1, 2, 1): Σw = 4, AᵀW(y - Aθ) = (5, 5), ∇L = -(2/4)·(5, 5)
    weights = np.array([1.0, 2.0, 1.0])
    np.testing.assert_allclose(
        mse_gradient(A, Y, THETA, weights), [-2.5, -2.5], rtol=1e-15
    )
    # a mini-batch is the same formula over its rows: (1, 3) alone
    np.testing.assert_allclose(mse_gradient(A[1:2], Y[1:2], THETA), [-4.0, -4.0])
    assert mse_gradient(A, Y, THETA, np.zeros(3)).tolist() == [0.0, 0.0]


def test_one_textbook_step_by_hand() -> None:
    """θ ← θ - η∇L with η = 0.1: (0.5, 0.5) + 0.1·(2, 2) = (0.7, 0.7)."""
    theta = gradient_step(THETA, mse_gradient(A, Y, THETA), 0.1)
    np.testing.assert_allclose(theta, [0.7, 0.7], rtol=1e-15)
    assert THETA.tolist() == [0.5, 0.5]  # the update makes a new array


def test_momentum_steps_by_hand() -> None:
    """v ← μv - η∇L; θ ← θ + v, with μ = 0.9 and the same gradient twice."""
    grad = mse_gradient(A, Y, THETA)
    theta, velocity = momentum_step(THETA, np.zeros(2), grad, 0.1, 0.9)
    np.testing.assert_allclose(velocity, [0.2, 0.2], rtol=1e-15)
    np.testing.assert_allclose(theta, [0.7, 0.7], rtol=1e-15)
    theta, velocity = momentum_step(theta, velocity, grad, 0.1, 0.9)
    np.testing.assert_allclose(velocity, [0.38, 0.38], rtol=1e-15)  # 0.9·0.2 + 0.2
    np.testing.assert_allclose(theta, [1.08, 1.08], rtol=1e-15)


def test_adam_first_step_by_hand() -> None:
    """m = 0.1∇, v = 0.001∇²; bias correction gives m̂ = ∇, v̂ = ∇², so the first
    step is η·∇/(|∇| + ε) against the gradient: about η in each coordinate."""
    grad = np.array([-2.0, 0.5])
    theta, m, v = adam_step(THETA, np.zeros(2), np.zeros(2), grad, 0.1, 1)
    np.testing.assert_allclose(m, 0.1 * grad, rtol=1e-15)
    np.testing.assert_allclose(v, 0.001 * grad**2, rtol=1e-12)
    expected = THETA - 0.1 * grad / (np.abs(grad) + 1e-8)
    np.testing.assert_allclose(theta, expected, rtol=1e-12)
    np.testing.assert_allclose(theta, [0.6, 0.4], rtol=1e-7)
    # step 2 with the same gradient: m̂ and v̂ are still ∇ and ∇², same move
    theta2, *_ = adam_step(theta, m, v, grad, 0.1, 2)
    np.testing.assert_allclose(theta2 - theta, theta - THETA, rtol=1e-9)


def _by_hand(method: Method, steps: int, rates: list[float]) -> list[np.ndarray]:
    """The same loop written out with the update functions, for comparison."""
    theta, velocity, m, v = np.zeros(2), np.zeros(2), np.zeros(2), np.zeros(2)
    path = []
    for t in range(1, steps + 1):
        grad = mse_gradient(A, Y, theta)
        eta = rates[t - 1]
        if method == "momentum":
            theta, velocity = momentum_step(theta, velocity, grad, eta, 0.9)
        elif method == "adam":
            theta, m, v = adam_step(theta, m, v, grad, eta, t)
        else:
            theta = gradient_step(theta, grad, eta)
        path.append(theta)
    return path


@pytest.mark.parametrize("method", ["gd", "sgd", "momentum", "adam"])
def test_textbook_steps_is_one_update_per_next(method: Method) -> None:
    """The generator reads η at every step, so a new rate applies from the next."""
    rates = [0.1, 0.1, 0.1, 0.05, 0.05, 0.05]
    current = [0.1]
    steps = textbook_steps(
        np.zeros(2),
        lambda theta: mse_gradient(A, Y, theta),
        lambda: current[0],
        method,
    )
    path = [next(steps) for _ in range(3)]
    current[0] = 0.05
    path += [next(steps) for _ in range(3)]
    np.testing.assert_array_equal(path, _by_hand(method, 6, rates))


def test_quadratic_gradient_is_the_textbook_gradient() -> None:
    """Full-batch runs take ∇L from the quadratic form: the same vector, O(d²)."""
    rng = np.random.default_rng(1)
    features = rng.normal(size=(50, 2))
    y = rng.normal(size=50)
    weights = rng.uniform(0.5, 2.0, size=50)
    design = np.column_stack([np.ones(50), features])
    theta = np.array([0.3, -1.0, 2.0])
    for w in (None, weights):
        quadratic = Quadratic(features, y, w, intercept=True)
        np.testing.assert_allclose(
            quadratic.gradient(theta), mse_gradient(design, y, theta, w), rtol=1e-12
        )


@pytest.mark.parametrize("method", ["gd", "sgd", "momentum", "adam"])
def test_fit_equals_stepping_one_at_a_time(method: Method) -> None:
    """What the GUI worker does in slow motion (advance(1)) ends where fit() does."""
    rng = np.random.default_rng(7)
    x = rng.uniform(0, 2, 60)
    columns = {"x": x, "y": 4 + 3 * x + rng.normal(size=60)}
    design, _ = build_design(columns, DesignSpec(("x",), "y"))
    estimator = GradientDescent(
        method=method, learning_rate=0.05, max_iter=400, tol=1e-7, batch_size=None
    )
    run = estimator.steps(design)
    losses: list[float] = []
    while not run.finished:
        losses.extend(run.advance(1).losses)
    fitted = estimator.fit(design)
    assert run.iteration == fitted.n_iter_ and run.converged == fitted.converged_
    # batch GD's fast path takes blocks of different sizes: equal to rounding
    np.testing.assert_allclose(losses, fitted.loss_curve_, rtol=1e-12)
    last = run.advance(1)
    assert len(last) == 0 and not hasattr(run, "__next__")


def test_batch_gd_without_the_fast_path_is_the_generator() -> None:
    x = np.linspace(0, 2, 40)
    columns = {"x": x, "y": 1 + 2 * x + np.sin(7 * x)}
    design, _ = build_design(columns, DesignSpec(("x",), "y"))
    run = GradientDescent(learning_rate=0.2, max_iter=25, tol=0).steps(
        design, closed_form=False
    )
    run.advance(1)  # the starting point
    block = run.advance(25)
    A = np.column_stack([np.ones(40), x])
    steps = textbook_steps(
        np.zeros(2), lambda theta: mse_gradient(A, columns["y"], theta), lambda: 0.2
    )
    expected = np.array([next(steps) for _ in range(25)])
    ours = np.column_stack([block.intercepts, block.coefs])
    np.testing.assert_allclose(ours, expected, rtol=1e-12)


@pytest.mark.parametrize("method", ["gd", "momentum", "sgd"])
def test_a_blow_up_with_the_loss_criterion_raises_no_numpy_warning(
    method: Method,
) -> None:
    """Losses that overflow to inf in a block compare inf - inf: no RuntimeWarning
    (pytest turns warnings into errors), only the DivergenceError."""
    x = np.linspace(0, 10, 50)
    design, _ = build_design({"x": x, "y": 2 * x}, DesignSpec(("x",), "y"))
    estimator = GradientDescent(
        method=method, learning_rate=5.0, max_iter=5000, tol=1e-8, stop_on="loss"
    )
    with pytest.raises(DivergenceError, match="diverged at iteration 1:"):
        estimator.fit(design)
