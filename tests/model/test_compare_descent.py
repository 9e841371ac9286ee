"""Compare Solvers' gradient-descent column: its digits and why it differs."""

from __future__ import annotations

import numpy as np
import pytest

from linreg_gui.model.compare import DescentRun, compare_methods, with_descent
from linreg_gui.model.design import DesignSpec
from linreg_gui.model.fitting import FitSettings, Problem, prepare
from linreg_gui.model.landscape import Landscape
from linreg_gui.model.snapshot import RunState


@pytest.fixture
def problem() -> Problem:
    rng = np.random.default_rng(3)
    x = rng.uniform(0, 10, 50)
    y = 2.0 + 0.5 * x + rng.normal(0, 0.3, 50)
    return prepare({"x": x, "y": y}, DesignSpec(("x",), "y"))


def run_near(problem: Problem, gap: float, **changes: object) -> DescentRun:
    reference = compare_methods(problem).outcomes[0].params
    assert reference is not None
    params = reference * (1 + gap)
    fields = {
        "settings": FitSettings(method="gd", learning_rate=0.01, tol=1e-6),
        "params": params,
        "iteration": 367,
        "state": RunState.CONVERGED,
        "coef_gap": gap,
        "converged": True,
    }
    fields.update(changes)
    return DescentRun(**fields)  # type: ignore[arg-type]


def test_the_column_comes_second_with_the_digits_it_shares(problem: Problem) -> None:
    comparison = compare_methods(problem)
    shown = with_descent(comparison, run_near(problem, 1e-7))
    methods = [o.method for o in shown.outcomes]
    assert methods[:2] == ["ols", "gd"]
    assert len(methods) == len(comparison.outcomes) + 1
    gd = shown.outcomes[1]
    assert gd.digits is not None and 6.5 < gd.digits < 7.5
    assert "within its tolerance" in gd.warnings[0]
    assert "367 iterations" in gd.warnings[0]


def test_a_run_at_its_limit_says_what_would_bring_it_closer(problem: Problem) -> None:
    run = run_near(problem, 3e-3, state=RunState.MAX_ITER, converged=False)
    notes = with_descent(compare_methods(problem), run).outcomes[1].warnings
    assert "reached its limit" in notes[0]
    assert "more iterations" in notes[0]


def test_a_diverged_run_blames_the_learning_rate(problem: Problem) -> None:
    run = run_near(problem, 1e30, state=RunState.DIVERGED, converged=False)
    notes = with_descent(compare_methods(problem), run).outcomes[1].warnings
    assert notes == (notes[0],) and "diverged" in notes[0]


def test_a_paused_run_shows_where_it_is_now(problem: Problem) -> None:
    run = run_near(problem, 0.2, state=RunState.PAUSED, converged=False, iteration=12)
    notes = with_descent(compare_methods(problem), run).outcomes[1].warnings
    assert "not finished" in notes[0] and "12 iterations" in notes[0]


def test_unscaled_features_name_the_valley_and_the_steps_it_costs(
    problem: Problem,
) -> None:
    raw = Landscape(problem.train).curvature(standardized=False)
    assert raw.condition_number > 100  # x from 0 to 10 with an intercept
    notes = (
        with_descent(compare_methods(problem), run_near(problem, 1e-7), raw)
        .outcomes[1]
        .warnings
    )
    assert any("Without feature scaling" in n and "Standardise" in n for n in notes)
    scaled = Landscape(problem.train).curvature(standardized=True)
    settings = FitSettings(method="gd", standardize=True, tol=1e-6)
    notes = (
        with_descent(
            compare_methods(problem), run_near(problem, 1e-7, settings=settings), scaled
        )
        .outcomes[1]
        .warnings
    )
    assert not any("Without feature scaling" in n for n in notes)
    assert any("κ = 1" in n for n in notes)
