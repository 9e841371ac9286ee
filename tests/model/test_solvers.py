"""Closed-form estimators agree with scikit-learn and with statistics textbooks."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import stats as scipy_stats
from sklearn import linear_model

from linreg_gui.model.design import DesignSpec, build_design
from linreg_gui.model.errors import FitError
from linreg_gui.model.fitting import FitSettings, fit, fitted_curve, predict, prepare
from linreg_gui.model.solvers import (
    OLS,
    Lasso,
    NormalEquation,
    NumpyLstsq,
    Polyfit,
    Ridge,
)


def multi(n: int = 120, p: int = 3, seed: int = 0):  # type: ignore[no-untyped-def]
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, p)) * [1, 10, 100][:p] + [0, 5, -50][:p]
    y = 1.5 + X @ np.array([2.0, -0.3, 0.01][:p]) + rng.normal(size=n)
    names = tuple(f"x{i + 1}" for i in range(p))
    columns = {name: X[:, i] for i, name in enumerate(names)} | {"y": y}
    return X, y, columns, names


def test_ols_matches_sklearn_and_scipy() -> None:
    X, y, columns, names = multi()
    design, _ = build_design(columns, DesignSpec(names, "y"))
    ours = OLS().fit(design)
    ref = linear_model.LinearRegression().fit(X, y)
    np.testing.assert_allclose(ours.coef_, ref.coef_, rtol=1e-10)
    assert ours.intercept_ == pytest.approx(ref.intercept_, rel=1e-10)
    x1 = X[:, 0]
    simple, _ = build_design(columns, DesignSpec(("x1",), "y"))
    result = fit(prepare(columns, DesignSpec(("x1",), "y")), FitSettings())
    line = scipy_stats.linregress(x1, y)
    assert result.coefficients[1].estimate == pytest.approx(line.slope, rel=1e-12)
    assert result.coefficients[1].std_error == pytest.approx(line.stderr, rel=1e-10)
    assert result.coefficients[0].std_error == pytest.approx(
        line.intercept_stderr, rel=1e-10
    )
    assert result.coefficients[1].p_value == pytest.approx(line.pvalue, rel=1e-8)
    assert result.train.r2 == pytest.approx(line.rvalue**2, rel=1e-12)
    assert simple.n_samples == 120


def test_inference_matches_textbook_formulas() -> None:
    X, y, columns, names = multi()
    result = fit(prepare(columns, DesignSpec(names, "y")), FitSettings())
    inf = result.inference
    assert inf is not None
    n, k = X.shape[0], X.shape[1] + 1
    A = np.column_stack([np.ones(n), X])
    beta = np.linalg.solve(A.T @ A, A.T @ y)
    resid = y - A @ beta
    sigma2 = resid @ resid / (n - k)
    se = np.sqrt(np.diag(np.linalg.inv(A.T @ A)) * sigma2)
    t_crit = scipy_stats.t.ppf(0.975, n - k)
    for c, b, s in zip(result.coefficients, beta, se, strict=True):
        assert c.estimate == pytest.approx(b, rel=1e-9)
        assert c.std_error == pytest.approx(s, rel=1e-9)
        assert c.t_value == pytest.approx(b / s, rel=1e-9)
        assert c.p_value == pytest.approx(
            2 * scipy_stats.t.sf(abs(b / s), n - k), rel=1e-6
        )
        assert c.ci_low == pytest.approx(b - t_crit * s, rel=1e-9)
        assert c.ci_high == pytest.approx(b + t_crit * s, rel=1e-9)
    ss_model = np.sum((A @ beta - y.mean()) ** 2)
    f = (ss_model / (k - 1)) / sigma2
    assert inf.f_statistic == pytest.approx(f, rel=1e-9)
    assert inf.f_p_value == pytest.approx(
        scipy_stats.f.sf(f, k - 1, n - k), rel=1e-6, abs=1e-300
    )
    assert inf.df_model == k - 1 and inf.df_resid == n - k
    r2 = 1 - resid @ resid / np.sum((y - y.mean()) ** 2)
    assert result.train.r2 == pytest.approx(r2, rel=1e-12)
    assert result.train.adj_r2 == pytest.approx(
        1 - (1 - r2) * (n - 1) / (n - k), rel=1e-12
    )
    assert result.train.mae == pytest.approx(np.mean(np.abs(resid)), rel=1e-9)


def test_no_intercept_r2_is_uncentred() -> None:
    x = np.arange(1.0, 11.0)
    y = 2 * x + np.array([0.1, -0.2, 0.3, 0, 0.1, -0.1, 0.2, -0.3, 0.1, 0])
    result = fit(
        prepare({"x": x, "y": y}, DesignSpec(("x",), "y", intercept=False)),
        FitSettings(),
    )
    b = (x @ y) / (x @ x)
    assert result.coefficients[0].estimate == pytest.approx(b, rel=1e-14)
    assert len(result.coefficients) == 1
    assert result.train.r2 == pytest.approx(1 - np.sum((y - b * x) ** 2) / np.sum(y**2))


@pytest.mark.parametrize("standardize", [False, True])
@pytest.mark.parametrize("alpha", [0.0, 0.5, 50.0])
def test_ridge_matches_sklearn(alpha: float, standardize: bool) -> None:
    X, y, columns, names = multi()
    design, _ = build_design(columns, DesignSpec(names, "y"))
    ours = Ridge(alpha=alpha, standardize=standardize).fit(design)
    if standardize:
        Z = (X - X.mean(0)) / X.std(0)
        ref = linear_model.Ridge(alpha=alpha).fit(Z, y)
        coef = ref.coef_ / X.std(0)
        intercept = ref.intercept_ - X.mean(0) / X.std(0) @ ref.coef_
    else:
        ref = linear_model.Ridge(alpha=alpha).fit(X, y)
        coef, intercept = ref.coef_, ref.intercept_
    np.testing.assert_allclose(ours.coef_, coef, rtol=1e-8)
    assert ours.intercept_ == pytest.approx(intercept, rel=1e-8)


@pytest.mark.parametrize("alpha", [0.01, 0.3, 3.0])
def test_lasso_matches_sklearn_and_zeroes_coefficients(alpha: float) -> None:
    X, y, columns, names = multi()
    design, _ = build_design(columns, DesignSpec(names, "y"))
    ours = Lasso(alpha=alpha, standardize=True, tol=1e-12).fit(design)
    Z = (X - X.mean(0)) / X.std(0)
    ref = linear_model.Lasso(alpha=alpha, tol=1e-14, max_iter=100_000).fit(Z, y)
    np.testing.assert_allclose(ours.coef_ * X.std(0), ref.coef_, rtol=1e-6, atol=1e-9)
    assert (ours.coef_ == 0).sum() == (ref.coef_ == 0).sum()
    big = Lasso(alpha=100.0, standardize=True).fit(design)
    assert np.all(big.coef_ == 0) and big.intercept_ == pytest.approx(y.mean())


def test_weighted_least_squares_matches_sklearn() -> None:
    X, y, columns, names = multi()
    w = np.random.default_rng(5).uniform(0, 3, size=len(y))
    columns["w"] = w
    design, _ = build_design(columns, DesignSpec(names, "y", weights="w"))
    ours = OLS().fit(design)
    ref = linear_model.LinearRegression().fit(X, y, sample_weight=w)
    np.testing.assert_allclose(ours.coef_, ref.coef_, rtol=1e-10)
    ridge = Ridge(alpha=2.0).fit(design)
    ref_ridge = linear_model.Ridge(alpha=2.0).fit(X, y, sample_weight=w)
    np.testing.assert_allclose(ridge.coef_, ref_ridge.coef_, rtol=1e-8)


def test_textbook_variants_agree_on_an_easy_problem() -> None:
    rng = np.random.default_rng(1)
    x = rng.uniform(0, 2, 100)
    y = 4 + 3 * x + rng.normal(size=100)
    design, _ = build_design({"x": x, "y": y}, DesignSpec(("x",), "y", degree=2))
    reference = OLS().fit(design).params_
    for estimator in (NormalEquation(), NumpyLstsq(), Polyfit()):
        np.testing.assert_allclose(estimator.fit(design).params_, reference, rtol=1e-8)
        assert estimator.warnings_ == ()
    np.testing.assert_allclose(np.polyfit(x, y, 2)[::-1], reference, rtol=1e-10)


def test_polyfit_needs_one_x_with_intercept() -> None:
    X, y, columns, names = multi()
    design, _ = build_design(columns, DesignSpec(names, "y"))
    with pytest.raises(FitError, match="one x"):
        Polyfit().fit(design)


def test_rank_deficiency_is_reported_not_hidden() -> None:
    rng = np.random.default_rng(2)
    a = rng.normal(size=50)
    b = rng.normal(size=50)
    columns = {"a": a, "b": b, "a_plus_b": a + b, "y": a - b + rng.normal(size=50)}
    result = fit(
        prepare(columns, DesignSpec(("a", "b", "a_plus_b"), "y")), FitSettings()
    )
    assert result.rank == 2
    assert any("rank 2 of 3" in w and "a_plus_b" in w for w in result.warnings)
    aliased = result.coefficients[3]
    assert np.isnan(aliased.estimate) and np.isnan(aliased.std_error)  # type: ignore[arg-type]
    assert result.coefficients[1].estimate == pytest.approx(
        np.linalg.lstsq(np.column_stack([np.ones(50), a, b]), columns["y"], rcond=None)[
            0
        ][1]
    )
    assert result.inference is not None and result.inference.df_resid == 47
    with pytest.raises(FitError, match="singular"):
        design, _ = build_design(columns, DesignSpec(("a", "b", "a_plus_b"), "y"))
        # exact singularity is rare in floats; force it with duplicated columns
        columns2 = {"a": a, "a2": a.copy(), "y": columns["y"]}
        design2, _ = build_design(columns2, DesignSpec(("a", "a2"), "y"))
        NormalEquation().fit(design2)


def test_constant_x_and_too_few_rows_are_clear_errors() -> None:
    with pytest.raises(FitError, match="constant"):
        build_design(
            {"x": np.full(5, 3.0), "y": np.arange(5.0)}, DesignSpec(("x",), "y")
        )
    with pytest.raises(FitError, match="3 parameters but only 2 usable rows"):
        build_design(
            {"x": np.array([1.0, 2, np.nan]), "y": np.array([1.0, 2, 3])},
            DesignSpec(("x",), "y", degree=2),
        )
    with pytest.raises(FitError, match="negative"):
        build_design(
            {"x": np.arange(4.0), "y": np.arange(4.0), "w": np.array([1, -1, 1, 1.0])},
            DesignSpec(("x",), "y", weights="w"),
        )


def test_missing_rows_are_dropped_and_counted() -> None:
    x = np.array([1.0, 2, np.nan, 4, 5, 6])
    y = np.array([2.0, np.nan, 6, 8.1, 9.9, 12])
    problem = prepare({"x": x, "y": y}, DesignSpec(("x",), "y"))
    assert problem.n_dropped == 2
    assert problem.design.rows.tolist() == [0, 3, 4, 5]


def test_train_test_split_is_seeded_80_20() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=101)
    y = 2 * x + rng.normal(size=101)
    a = prepare(
        {"x": x, "y": y}, DesignSpec(("x",), "y"), test_size=0.2, random_state=7
    )
    b = prepare(
        {"x": x, "y": y}, DesignSpec(("x",), "y"), test_size=0.2, random_state=7
    )
    assert a.test is not None and b.test is not None
    assert a.test.n_samples == 21 and a.train.n_samples == 80
    assert a.test.rows.tolist() == b.test.rows.tolist()
    assert not set(a.test.rows) & set(a.train.rows)
    result = fit(a, FitSettings())
    assert result.test is not None and result.test.n_samples == 21


def test_curve_and_predictions() -> None:
    x = np.linspace(-1, 2, 30)
    y = 1 - 2 * x + 0.5 * x**2
    problem = prepare({"x": x, "y": y}, DesignSpec(("x",), "y", degree=2))
    result = fit(problem, FitSettings())
    xs, ys = fitted_curve(problem.design, result.intercept, result.coef, n_points=50)
    np.testing.assert_allclose(ys, 1 - 2 * xs + 0.5 * xs**2, atol=1e-12)
    np.testing.assert_allclose(
        predict(problem.design, result.intercept, result.coef), y, atol=1e-12
    )


def test_a_curve_drawn_far_beyond_the_data_overflows_quietly() -> None:
    # Zoomed far out, a cubic's x³ passes the float range: inf there, no
    # warning (a warning is an error in the window's event loop).
    x = np.linspace(-1, 2, 30)
    problem = prepare({"x": x, "y": x**3 - x}, DesignSpec(("x",), "y", degree=3))
    result = fit(problem, FitSettings())
    for predictor in (result.predictor, None):  # the window's path, the plain one
        _, ys = fitted_curve(
            problem.design,
            result.intercept,
            result.coef,
            x_range=(-1e200, 1e200),
            n_points=5,
            predictor=predictor,
        )
        assert np.isfinite(ys[2]) and not np.isfinite(ys[0])
        assert not np.isfinite(ys[-1])


def test_test_rows_beyond_float64_are_named_not_a_warning() -> None:
    # A test row far outside the training rows (x² of 1e200) cannot be scored
    # by gradient descent: a message about the test rows, not a RuntimeWarning
    # from the matrix product nor the training rows' "tick Standardise".
    from linreg_gui.model.design import build_design
    from linreg_gui.model.gd import Prepared

    x = np.linspace(0, 1, 20)
    spec = DesignSpec(("x",), "y", degree=2)
    train, _ = build_design({"x": x, "y": 2 * x + 1}, spec)
    far = {"x": np.array([1e200, 0.5, 0.2, 0.7]), "y": np.array([1.0, 2.0, 3.0, 4.0])}
    test, _ = build_design(far, spec)
    for standardize in (True, False):
        with pytest.raises(FitError, match="test rows"):
            Prepared.of(train, test, standardize)
