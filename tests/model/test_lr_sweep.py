"""The learning-rate sweep against single runs and the eigenvalues of XᵀX/N."""

from __future__ import annotations

import numpy as np
import pytest

from linreg_gui.model.design import Design, DesignSpec, build_design
from linreg_gui.model.errors import DivergenceError
from linreg_gui.model.gd import GradientDescent
from linreg_gui.model.lr_sweep import default_rates, sweep_learning_rates


def tilted_design(n: int = 120) -> Design:
    """Two correlated x: κ of XᵀX/N about 30 after standardising."""
    rng = np.random.default_rng(3)
    x1 = rng.normal(size=n)
    x2 = 0.9 * x1 + 0.3 * rng.normal(size=n)
    y = 1 + 2 * x1 - x2 + 0.1 * rng.normal(size=n)
    columns = {"x1": x1, "x2": x2, "y": y}
    return build_design(columns, DesignSpec(("x1", "x2"), "y"))[0]


def eigenvalues(design: Design) -> np.ndarray:
    A = np.column_stack([np.ones(design.n_samples), design.X])
    return np.linalg.eigvalsh(A.T @ A / design.n_samples)


def test_limits_are_those_of_xtx_over_n() -> None:
    design = tilted_design()
    lam = eigenvalues(design)
    result = sweep_learning_rates(design, GradientDescent(), count=5)
    assert result.stable_rate == pytest.approx(1 / lam[-1], rel=1e-10)
    assert result.optimal_rate == pytest.approx(1 / (lam[0] + lam[-1]), rel=1e-10)
    assert len(result.rates) == 5 and result.rates[-1] == pytest.approx(
        3 * result.stable_rate
    )


def test_above_the_stable_limit_diverges_below_converges() -> None:
    design = tilted_design()
    limit = 1 / eigenvalues(design)[-1]
    rates = limit * np.array([0.5, 0.97, 1.03, 2.0])
    result = sweep_learning_rates(
        design, GradientDescent(tol=1e-8), rates=rates, iteration_cap=50_000
    )
    assert result.converged.tolist() == [True, True, False, False]
    assert result.diverged.tolist() == [False, False, True, True]
    assert not result.capped.any()


def test_each_count_is_what_a_single_run_takes() -> None:
    design = tilted_design()
    estimator = GradientDescent(method="momentum", tol=1e-7, max_iter=4000)
    rates = default_rates(1 / eigenvalues(design)[-1], 6, low=0.05, high=1.5)
    result = sweep_learning_rates(design, estimator, rates=rates)
    for rate, steps, converged in zip(
        result.rates, result.iterations, result.converged, strict=True
    ):
        single = GradientDescent(
            method="momentum", learning_rate=rate, tol=1e-7, max_iter=4000
        )
        try:
            single.fit(design)
        except DivergenceError:  # a blow-up: the sweep says so too
            assert not converged
            continue
        assert single.n_iter_ == steps and single.converged_ == converged


def test_the_optimal_rate_takes_fewest_steps() -> None:
    design = tilted_design()
    lam = eigenvalues(design)
    optimal = 1 / (lam[0] + lam[-1])
    rates = optimal * np.array([0.6, 0.8, 0.9, 1.0, 1.1, 1.25])
    rates = rates[rates < 1 / lam[-1]]
    result = sweep_learning_rates(
        design, GradientDescent(tol=1e-9), rates=rates, iteration_cap=100_000
    )
    assert result.converged.all()
    assert result.fastest_rate == pytest.approx(optimal)
    # 2/(λmin + λmax), the Hessian's optimum read as if G were the Hessian, is
    # twice too large here: above the stable limit.
    assert 2 * optimal > 1 / lam[-1]


def test_a_sweep_can_be_cancelled_and_reports_progress() -> None:
    design = tilted_design()
    calls = {"stop": 0}
    seen: list[tuple[int, int]] = []

    def should_stop() -> bool:
        calls["stop"] += 1
        return len(seen) >= 3

    result = sweep_learning_rates(
        design,
        GradientDescent(method="sgd", batch_size=8),
        count=10,
        should_stop=should_stop,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert result.cancelled and len(result.rates) == 3
    assert seen == [(1, 10), (2, 10), (3, 10)]


def test_adam_has_no_limit_and_a_range_of_its_own() -> None:
    design = tilted_design()
    result = sweep_learning_rates(
        design, GradientDescent(method="adam", tol=1e-4), count=6, iteration_cap=2000
    )
    assert result.stable_rate is None and result.optimal_rate is None
    assert result.converged.any()
