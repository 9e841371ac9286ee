"""Gradient descent: the textbook iterates, exact losses, stopping and blow-ups."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest

from linreg_gui.model.design import DesignSpec, build_design
from linreg_gui.model.errors import DivergenceError, FitError
from linreg_gui.model.fitting import FitSettings, fit, prepare, stable_learning_rate
from linreg_gui.model.gd import FIT_BLOCK, GradientDescent, GradientDescentRun, Step
from linreg_gui.model.quadratic import Quadratic
from linreg_gui.model.solvers import OLS


def tutorial_data(n: int = 100, seed: int = 42) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = 2 * rng.random(n)
    return x, 4 + 3 * x + rng.normal(size=n)


def line_design(x: np.ndarray, y: np.ndarray, **spec: object):  # type: ignore[no-untyped-def]
    design, _ = build_design({"x": x, "y": y}, DesignSpec(("x",), "y", **spec))  # type: ignore[arg-type]
    return design


def textbook_loop(X: np.ndarray, y: np.ndarray, lr: float, steps: int) -> np.ndarray:
    """The tutorials' loop: θ ← θ + η·(2/N)·Aᵀ(y - Aθ), with A = [1, X]."""
    A = np.column_stack([np.ones(len(y)), X])
    theta = np.zeros(A.shape[1])
    path = [theta.copy()]
    for _ in range(steps):
        gradient = -2 / len(y) * A.T @ (y - A @ theta)
        theta = theta - lr * gradient
        path.append(theta.copy())
    return np.array(path)


def records(run: GradientDescentRun, block: int = 1) -> Iterator[Step]:
    """Every step of ``run`` as a record, ``block`` steps per ``advance``.

    The first ``advance`` gives the starting point; a blow-up raises after the
    last finite step.
    """
    while not run.finished:
        steps = run.advance(block)
        yield from (steps.step(i) for i in range(len(steps)))
        if run.divergence is not None:
            raise run.divergence


@pytest.mark.parametrize(("n_x", "lr"), [(1, 0.1), (1, 0.35), (3, 0.05), (6, 0.01)])
def test_batch_gd_matches_textbook_loop_over_1000_steps(n_x: int, lr: float) -> None:
    rng = np.random.default_rng(n_x)
    X = rng.normal(size=(200, n_x)) + 1.0
    y = X @ rng.normal(size=n_x) + 2.0 + rng.normal(size=200)
    names = tuple(f"x{i}" for i in range(n_x))
    columns = {name: X[:, i] for i, name in enumerate(names)} | {"y": y}
    design, _ = build_design(columns, DesignSpec(names, "y"))
    estimator = GradientDescent(learning_rate=lr, max_iter=1000, tol=0)
    fast = estimator.steps(design)  # eigen powers, a block of steps at a time
    plain = estimator.steps(design, closed_form=False)  # the textbook generator
    assert fast.closed_form and not plain.closed_form
    fast_path = np.array([[s.intercept, *s.coef] for s in records(fast, 256)])
    plain_path = np.array([[s.intercept, *s.coef] for s in records(plain)])
    expected = textbook_loop(X, y, lr, 1000)
    for ours, reference in ((fast_path, plain_path), (plain_path, expected)):
        assert ours.shape == reference.shape
        relative = np.abs(ours - reference) / np.maximum(np.abs(reference), 1e-300)
        assert relative[1:].max() < 1e-10


def test_loss_is_accurate_near_the_optimum() -> None:
    """The expanded quadratic would cancel here; L* + eᵀGe with real residuals does not."""
    x = np.linspace(1e3, 1e3 + 1, 1000)
    y = 5e6 + 3 * x + np.random.default_rng(0).normal(scale=1e-3, size=1000)
    design = line_design(x, y)
    run = GradientDescent(
        method="gd", learning_rate=0.4, max_iter=3000, tol=0, standardize=True
    ).steps(design)
    *_, step = records(run, FIT_BLOCK)
    direct = np.mean((y - (step.intercept + step.coef[0] * x)) ** 2)
    assert step.loss == pytest.approx(direct, rel=1e-9)
    # and the quadratic agrees with the direct sum away from the optimum, too
    quad = Quadratic(design.X, y, None, True)
    theta = np.array([[1.0, 2.0]])
    assert quad.losses(theta)[0] == pytest.approx(
        np.mean((y - 1 - 2 * x) ** 2), rel=1e-12
    )


def test_step_records_carry_everything_the_gui_needs() -> None:
    x, y = tutorial_data()
    problem = prepare({"x": x, "y": y}, DesignSpec(("x",), "y"), test_size=0.2)
    run = FitSettings(method="gd", learning_rate=0.1, max_iter=50, tol=0)
    steps = list(records(run.gradient_descent().steps(problem.train, problem.test)))
    assert [s.iteration for s in steps] == list(range(51))
    first = steps[0]
    assert first.intercept == 0 and first.coef.tolist() == [0.0]
    assert first.loss == pytest.approx(np.mean(problem.train.y**2))
    last = steps[-1]
    test = problem.test
    assert test is not None
    direct = np.mean((test.y - (last.intercept + last.coef[0] * test.x_values)) ** 2)
    assert last.test_loss == pytest.approx(direct, rel=1e-12)
    A = np.column_stack([np.ones(problem.train.n_samples), problem.train.X])
    grad = -2 / len(A) * A.T @ (problem.train.y - A @ [last.intercept, last.coef[0]])
    assert last.grad_norm == pytest.approx(np.linalg.norm(grad), rel=1e-9)
    with pytest.raises(ValueError, match="read-only"):
        last.coef[0] = 1.0


def test_tol_zero_runs_exactly_max_iter_and_tol_stops_early() -> None:
    x, y = tutorial_data()
    design = line_design(x, y)
    exact = GradientDescent(learning_rate=0.1, max_iter=1234, tol=0).fit(design)
    assert exact.n_iter_ == 1234 and len(exact.loss_curve_) == 1235
    early = GradientDescent(learning_rate=0.1, max_iter=100_000, tol=1e-6).fit(design)
    assert early.converged_ and early.n_iter_ < 1000
    ols = OLS().fit(design)
    np.testing.assert_allclose(early.params_, ols.params_, rtol=1e-4)


@pytest.mark.parametrize("method", ["gd", "momentum", "adam", "sgd"])
def test_every_method_reaches_least_squares(method: str) -> None:
    x, y = tutorial_data(400)
    design = line_design(x, y)
    settings = {"gd": 0.3, "momentum": 0.05, "adam": 0.05, "sgd": 0.01}
    gd = GradientDescent(
        method=method,  # type: ignore[arg-type]
        learning_rate=settings[method],
        max_iter=20_000,
        tol=1e-9 if method != "sgd" else 0,
        standardize=True,
        batch_size=400 if method == "sgd" else None,  # full batches: no noise floor
    ).fit(design)
    ols = OLS().fit(design)
    np.testing.assert_allclose(gd.params_, ols.params_, rtol=1e-4)


def test_sgd_is_repeatable_and_reshuffles_each_epoch() -> None:
    x, y = tutorial_data(100)
    design = line_design(x, y)

    def path(seed: int) -> np.ndarray:
        run = GradientDescent(
            method="sgd",
            learning_rate=0.05,
            max_iter=30,
            tol=0,
            batch_size=10,
            random_state=seed,
        ).steps(design)
        return np.array([[s.intercept, *s.coef] for s in records(run)])

    np.testing.assert_array_equal(path(1), path(1))
    assert not np.array_equal(path(1), path(2))
    # Ten batches of ten make an epoch; the second epoch uses another order.
    from linreg_gui.model.gd import _BatchSampler

    sampler = _BatchSampler(np.ones((100, 2)), y, None, 10, 0)
    first = sampler.order.copy()
    for _ in range(11):
        sampler.gradient(np.zeros(2))
    assert sorted(first) == sorted(sampler.order) and not np.array_equal(
        first, sampler.order
    )


def test_divergence_names_the_largest_stable_learning_rate() -> None:
    x, y = tutorial_data()
    design = line_design(x, y)
    problem = prepare({"x": x, "y": y}, DesignSpec(("x",), "y"))
    limit = stable_learning_rate(problem, FitSettings(method="gd"))
    A = np.column_stack([np.ones(100), x])
    assert limit == pytest.approx(1 / np.linalg.eigvalsh(A.T @ A / 100)[-1])
    run = GradientDescent(learning_rate=1.01 * limit, max_iter=100_000).steps(design)
    seen = []
    with pytest.raises(DivergenceError) as caught:
        for step in records(run):
            seen.append(step)
    assert all(np.isfinite(s.loss) for s in seen)
    assert caught.value.max_stable_learning_rate == pytest.approx(limit)
    assert f"{limit:.4g}" in str(caught.value)
    # just below the limit it converges
    ok = GradientDescent(learning_rate=0.99 * limit, max_iter=100_000).fit(design)
    assert ok.converged_


def test_momentum_limit_is_larger() -> None:
    x, y = tutorial_data()
    problem = prepare({"x": x, "y": y}, DesignSpec(("x",), "y"))
    gd = stable_learning_rate(problem, FitSettings(method="gd"))
    mom = stable_learning_rate(problem, FitSettings(method="momentum", momentum=0.9))
    assert gd is not None and mom is not None
    assert mom == pytest.approx(1.9 * gd)
    assert stable_learning_rate(problem, FitSettings(method="adam")) is None
    assert stable_learning_rate(problem, FitSettings(method="ols")) is None


def test_learning_rate_change_applies_from_the_next_step() -> None:
    x, y = tutorial_data()
    design = line_design(x, y)
    run = GradientDescent(learning_rate=0.01, max_iter=100, tol=0).steps(design)
    steps = [run.advance(1).last for _ in range(11)]
    run.learning_rate = 0.2
    steps += list(records(run))
    expected_head = textbook_loop(x[:, None], y, 0.01, 10)
    A = np.column_stack([np.ones(100), x])
    theta = expected_head[-1]
    tail = []
    for _ in range(90):
        theta = theta + 0.2 * 2 / 100 * A.T @ (y - A @ theta)
        tail.append(theta)
    ours = np.array([[s.intercept, *s.coef] for s in steps])
    np.testing.assert_allclose(ours[:11], expected_head, rtol=1e-12)
    np.testing.assert_allclose(ours[11:], np.array(tail), rtol=1e-10)


def test_standardised_steps_report_original_units() -> None:
    x = np.linspace(0, 100, 400)
    y = 3.5 * x + 10 + np.random.default_rng(43).normal(scale=25, size=400)
    design = line_design(x, y)
    raw = GradientDescent(learning_rate=1e-4, max_iter=2000).fit(design)
    scaled = GradientDescent(learning_rate=0.1, max_iter=2000, standardize=True).fit(
        design
    )
    ols = OLS().fit(design)
    assert scaled.converged_ and not raw.converged_  # the feature-scaling lesson
    np.testing.assert_allclose(scaled.params_, ols.params_, rtol=1e-6)
    assert "far below the stable limit" in raw.warnings_[0] or raw.warnings_


def test_invalid_settings_are_fit_errors() -> None:
    x, y = tutorial_data()
    problem = prepare({"x": x, "y": y}, DesignSpec(("x",), "y"))
    for bad in (
        FitSettings(method="gd", learning_rate=0),
        FitSettings(method="gd", learning_rate=float("nan")),
        FitSettings(method="gd", tol=-1),
        FitSettings(method="momentum", momentum=1.5),
        FitSettings(method="sgd", batch_size=0),
        FitSettings(method="nope"),
        FitSettings(test_size=1.0),
    ):
        with pytest.raises(FitError):
            fit(problem, bad)


def test_weighted_gd_matches_weighted_least_squares() -> None:
    x, y = tutorial_data()
    w = np.random.default_rng(3).uniform(0.1, 2, size=100)
    design, _ = build_design(
        {"x": x, "y": y, "w": w}, DesignSpec(("x",), "y", weights="w")
    )
    gd = GradientDescent(learning_rate=0.3, max_iter=10_000, tol=1e-10).fit(design)
    ols = OLS().fit(design)
    np.testing.assert_allclose(gd.params_, ols.params_, rtol=1e-7)
