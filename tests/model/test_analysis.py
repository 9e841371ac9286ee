"""The analysis behind the window: metrics of a running fit from its loss alone."""

from __future__ import annotations

import numpy as np
import pytest

from linreg_gui.model.analysis import analyse
from linreg_gui.model.dataset import Dataset
from linreg_gui.model.design import DesignSpec
from linreg_gui.model.fitting import FitSettings, _metrics


def _dataset(weights: bool) -> Dataset:
    rng = np.random.default_rng(5)
    x1, x2 = rng.normal(size=(2, 60))
    columns = {"x1": x1, "x2": x2, "y": 1.5 + 2 * x1 - x2 + rng.normal(size=60)}
    if weights:
        columns["w"] = rng.integers(0, 4, size=60).astype(float)
    return Dataset.from_arrays("mix", columns)


@pytest.mark.parametrize("intercept", [True, False])
@pytest.mark.parametrize("weights", [False, True])
@pytest.mark.parametrize("test_size", [0.0, 0.25])
def test_metrics_from_loss_match_the_metrics_of_the_fitted_values(
    intercept: bool, weights: bool, test_size: float
) -> None:
    spec = DesignSpec(
        ("x1", "x2"), "y", intercept=intercept, weights="w" if weights else None
    )
    analysis = analyse(
        _dataset(weights), spec, FitSettings(method="gd", test_size=test_size)
    )
    problem = analysis.problem
    coef = np.array([1.7, -0.4])  # a line on its way, not the least-squares one
    b = 0.3 if intercept else 0.0
    for test in (False, True) if test_size else (False,):
        design = problem.test if test else problem.train
        assert design is not None
        truth = _metrics(design, b, coef)
        got = analysis.metrics_from_loss(truth.mse, test=test)
        assert got.n_samples == truth.n_samples
        assert got.mse == truth.mse
        assert got.rmse == pytest.approx(truth.rmse, rel=1e-14)
        assert got.r2 == pytest.approx(truth.r2, rel=1e-12)
        assert got.adj_r2 == pytest.approx(truth.adj_r2, rel=1e-12)
        assert np.isnan(got.mae)  # needs the residuals, not just their squares


def test_metrics_from_loss_without_test_rows_refuses() -> None:
    analysis = analyse(_dataset(False), DesignSpec(("x1",), "y"), FitSettings("gd"))
    with pytest.raises(ValueError, match="no test rows"):
        analysis.metrics_from_loss(1.0, test=True)


def test_huge_loss_gives_a_very_negative_r2_not_an_error() -> None:
    analysis = analyse(_dataset(False), DesignSpec(("x1",), "y"), FitSettings("gd"))
    metrics = analysis.metrics_from_loss(1e300)
    assert metrics.r2 < -1e290
    assert metrics.rmse == pytest.approx(1e150)
