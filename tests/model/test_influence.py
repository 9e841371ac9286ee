"""Least squares from sufficient statistics, checked against a refit of every
row (np.linalg.lstsq) and the hat matrix computed in full."""

from __future__ import annotations

import math

import numpy as np
import pytest

from linreg_gui.model.influence import LeastSquares, Sums, polynomial_terms


def brute(
    X: np.ndarray, y: np.ndarray, w: np.ndarray | None = None, *, icpt: bool = True
):  # type: ignore[no-untyped-def]
    """Coefficients, hat diagonal, residuals, σ̂ of a weighted fit, in full."""
    n = y.size
    w = np.ones(n) if w is None else w
    A = np.column_stack([np.ones(n), X]) if icpt else X
    sw = np.sqrt(w)
    params = np.linalg.lstsq(A * sw[:, None], y * sw, rcond=None)[0]
    H = (A * sw[:, None]) @ np.linalg.pinv(A.T @ (A * w[:, None])) @ (A * sw[:, None]).T
    e = y - A @ params
    df = n - A.shape[1]
    sigma = math.sqrt(float(w @ e**2) / df)
    return params, np.diag(H), e, sigma


def data(n: int = 12, seed: int = 3, offset: float = 0.0):  # type: ignore[no-untyped-def]
    rng = np.random.default_rng(seed)
    x = rng.uniform(0, 10, n) + offset
    y = 2.5 * (x - offset) - 1.0 + rng.normal(0, 1.5, n)
    return x, y


@pytest.mark.parametrize("offset", [0.0, 1e6])
def test_fit_matches_lstsq(offset: float) -> None:
    x, y = data(offset=offset)
    fit = LeastSquares(Sums.of(x[:, None], y))
    params, _, e, sigma = brute(x[:, None] - offset, y)
    assert fit.coef[0] == pytest.approx(params[1], rel=1e-9)
    assert fit.intercept + offset * fit.coef[0] == pytest.approx(params[0], rel=1e-8)
    assert fit.ssr == pytest.approx(float(e @ e), rel=1e-8)
    assert fit.sigma == pytest.approx(sigma, rel=1e-8)
    r2 = 1 - float(e @ e) / float(((y - y.mean()) ** 2).sum())
    assert fit.r2 == pytest.approx(r2, rel=1e-10)


def test_replacing_a_row_equals_a_refit() -> None:
    """Many drag moves from one base: each equals a refit of the moved data."""
    x, y = data(30)
    base = Sums.of(x[:, None], y)
    i = 7
    without = base.without([x[i]], y[i])
    for nx, ny in [(3.0, 40.0), (-20.0, 0.0), (x[i], y[i]), (100.0, -50.0)]:
        moved = without.with_row([nx], ny)
        x2, y2 = x.copy(), y.copy()
        x2[i], y2[i] = nx, ny
        params, h, e, sigma = brute(x2[:, None], y2)
        fit = LeastSquares(moved)
        np.testing.assert_allclose(fit.params, params, rtol=1e-9, atol=1e-10)
        inf = fit.influence([nx], ny)
        r = e[i] / (sigma * math.sqrt(1 - h[i]))
        assert inf.leverage == pytest.approx(h[i], rel=1e-9)
        assert inf.studentized == pytest.approx(r, rel=1e-8)
        assert inf.cooks_distance == pytest.approx(
            r * r * h[i] / (2 * (1 - h[i])), rel=1e-8
        )
        # rstudent: σ̂ of the fit without the row.
        keep = np.arange(x.size) != i
        _, _, _, sigma_i = brute(x2[keep, None], y2[keep])
        assert inf.external == pytest.approx(
            e[i] / (sigma_i * math.sqrt(1 - h[i])), rel=1e-8
        )
    # The replace in one call gives the same sums.
    direct = base.replaced(([x[i]], y[i]), ([3.0], 40.0))
    np.testing.assert_allclose(direct.sxx, without.with_row([3.0], 40.0).sxx)


def test_weighted_and_polynomial_and_through_origin() -> None:
    x, y = data(20)
    w = np.linspace(0.5, 2.0, x.size)
    T = polynomial_terms(x, 2)
    fit = LeastSquares(Sums.of(T, y, w))
    params, h, e, sigma = brute(T, y, w)
    np.testing.assert_allclose(fit.params, params, rtol=1e-8)
    np.testing.assert_allclose(fit.hat(T, w), h, rtol=1e-8)
    inf = fit.influence(T[4], y[4], w[4])
    r = math.sqrt(w[4]) * e[4] / (sigma * math.sqrt(1 - h[4]))
    assert inf.studentized == pytest.approx(r, rel=1e-8)
    assert inf.cooks_distance == pytest.approx(
        r * r * h[4] / (3 * (1 - h[4])), rel=1e-8
    )
    origin = LeastSquares(Sums.of(x[:, None], y), intercept_term=False)
    params0, h0, e0, _ = brute(x[:, None], y, icpt=False)
    np.testing.assert_allclose(origin.params, params0, rtol=1e-10)
    np.testing.assert_allclose(origin.hat(x[:, None]), h0, rtol=1e-9)
    assert origin.r2 == pytest.approx(1 - e0 @ e0 / (y @ y), rel=1e-10)


def test_coefficient_table_matches_covariance() -> None:
    x, y = data(15)
    fit = LeastSquares(Sums.of(x[:, None], y))
    result = fit.result(("(Intercept)", "x"))
    A = np.column_stack([np.ones(x.size), x])
    _, _, e, sigma = brute(x[:, None], y)
    se = np.sqrt(np.diag(np.linalg.inv(A.T @ A))) * sigma
    got = [c.std_error for c in result.coefficients]
    np.testing.assert_allclose(got, se, rtol=1e-9)
    assert result.train.r2 == pytest.approx(fit.r2)
    from scipy import stats as sps

    t = result.coefficients[1].t_value
    assert t is not None
    assert result.coefficients[1].p_value == pytest.approx(
        2 * sps.t.sf(abs(t), 13), rel=1e-9
    )


def test_bands_are_the_textbook_formulas() -> None:
    """ŷ ± t·σ̂·√h(x) and ŷ ± t·σ̂·√(1+h(x)), h(x) = 1/n + (x−x̄)²/Sxx."""
    from scipy import stats as sps

    x, y = data(10)
    fit = LeastSquares(Sums.of(x[:, None], y))
    xs = np.array([0.0, 5.0, 12.0])
    bands = fit.bands(xs[:, None], xs)
    t = sps.t.ppf(0.975, 8)
    h = 1 / 10 + (xs - x.mean()) ** 2 / ((x - x.mean()) ** 2).sum()
    np.testing.assert_allclose(
        bands.mean_high - bands.fitted, t * fit.sigma * np.sqrt(h)
    )
    np.testing.assert_allclose(
        bands.fitted - bands.new_low, t * fit.sigma * np.sqrt(1 + h)
    )
    # Narrowest at the mean of x.
    assert np.argmin(bands.mean_high - bands.mean_low) == 1


def test_singular_terms_give_nan_not_an_error() -> None:
    fit = LeastSquares(Sums.of(np.ones((5, 1)), np.arange(5.0)))
    assert np.isnan(fit.coef).all()


def test_a_move_is_fast_at_a_million_rows() -> None:
    """O(p²) a move: no pass over the rows (a generous bound, shared machine)."""
    import time

    rng = np.random.default_rng(0)
    x = rng.normal(size=1_000_000)
    y = 2 * x + rng.normal(size=x.size)
    without = Sums.of(x[:, None], y).without([x[0]], y[0])
    start = time.perf_counter()
    for k in range(200):
        fit = LeastSquares(without.with_row([0.01 * k], 1.0))
        fit.influence([0.01 * k], 1.0)
        fit.result(("(Intercept)", "x"))
    per_move = (time.perf_counter() - start) / 200
    assert per_move < 0.005


def test_a_point_added_and_taken_away_keeps_row_numbers() -> None:
    """Adding a point appends a row (edits, left-out rows keep their numbers);
    truncating undoes it."""
    from linreg_gui.model.dataset import Dataset
    from linreg_gui.model.session import Session

    data = Dataset.from_arrays("d", {"x": [1.0, 2.0], "y": [3.0, 4.0], "s": ["a", "b"]})
    session = Session(data, frozenset({1})).with_row({"x": 5.0, "y": 6.0})
    assert session.dataset is not None
    assert session.dataset.n_rows == 3 and session.excluded == {1}
    assert session.dataset.values("x").tolist() == [1.0, 2.0, 5.0]
    assert session.dataset.frame["s"].tolist() == ["a", "b", ""]
    partly = session.dataset.with_row({"x": 7.0})
    assert math.isnan(partly.values("y")[-1])
    with pytest.raises(ValueError, match="does not hold numbers"):
        session.dataset.with_row({"s": 1.0})
    with pytest.raises(ValueError, match="finite"):
        session.dataset.with_row({"x": math.inf})
    back = session.with_excluded({1, 2}).truncated(2)
    assert back.dataset is not None
    assert back.dataset.n_rows == 2 and back.excluded == {1}
    assert back.dataset.values("y").tolist() == [3.0, 4.0]


def test_sums_beyond_float64_are_refused_without_a_warning() -> None:
    """Values near 1e300 (a file of them, or a typed cell) square past float64:
    the sums say so instead of raising overflow warnings in a worker."""
    from linreg_gui.model.influence import Sums

    x = np.array([1e300, 2e300, 3e300, 4e300])
    with pytest.raises(ValueError, match="exceed float64"):
        Sums.of(x, np.array([1.0, 2.0, 3.5, 4.0]))


def test_bands_and_p_values_leave_scipy_stats_unimported() -> None:
    """The bands' t quantile comes from scipy.special: importing scipy.stats (its
    hundred distributions) ran 0.7 s of Python that held the interpreter lock
    from the window.  A fresh interpreter, where nothing imported it before."""
    from tests.fresh_python import run_python

    script = """
import sys
import numpy as np
from linreg_gui.model.influence import LeastSquares, Sums
x = np.arange(10.0); y = 2 * x + np.sin(x)
fit = LeastSquares(Sums.of(x[:, None], y))
fit.bands(np.c_[x], x)
fit.result(("(Intercept)", "x"))
assert "scipy.special" in sys.modules and "scipy.stats" not in sys.modules
print("ok")
"""
    result = run_python(script)
    assert result.stdout.strip() == "ok", result.stderr


def test_a_fit_through_the_origin_of_huge_terms_has_no_leverage_not_a_warning() -> None:
    # Terms near 1e155 (spread 1e152) are summed fine centred, but their
    # uncentred squares pass the float range: NaN leverage (nothing to draw),
    # not a RuntimeWarning from the diagnostics' worker.
    x = 1e155 * np.array([1.0, 1.001, 1.002, 1.003])
    y = np.array([1.0, 2.0, 3.0, 4.0])
    origin = LeastSquares(Sums.of(x[:, None], y), intercept_term=False)
    assert np.isnan(origin.hat(x[:, None])).all()
