"""Goodness of fit and the coefficient table, as R's ``summary(lm)`` reports them.

Distribution functions come from :mod:`scipy.special`, imported when first
needed so that start-up does not pay for SciPy.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np
from numpy.typing import NDArray

from linreg_gui.model.text import QT_TRANSLATE_NOOP, number, translate

FloatArray = NDArray[np.float64]

_EPS = float(np.finfo(np.float64).eps)

#: R's ``summary.lm`` calls a fit "essentially perfect" when the residual
#: variance is below this fraction of ``mean(ŷ)² + var(ŷ)``: the residuals are then
#: rounding error, and t, p and F measure nothing but that.
PERFECT_FIT = 1e-30

PERFECT_FIT_WARNING = QT_TRANSLATE_NOOP(
    "Statistics",
    "Essentially perfect fit: inference is not meaningful (the residuals are at "
    "the level of rounding error, so t, p and F would measure only that noise; "
    "they are shown as NA).",
)


def constant_y_warning(value: float) -> str:
    """Why R² and the tests are undefined when every y is the same."""
    return translate(
        "Statistics",
        "y is constant (every value is {value}): R², the t tests and the F test "
        "are undefined (0/0), so no significance can be claimed.",
    ).format(value=number(value, ".6g"))


def weighted_sum_of_squares(values: FloatArray, weights: FloatArray | None) -> float:
    """``Σ w v²`` without overflow or underflow on the way.

    ``values`` are divided by a power of two near their largest before they are
    squared (exact), and the sum multiplied back: residuals of 1e160 would
    otherwise square to inf, and of 1e-160 to subnormal numbers with few digits.
    The result itself is inf only when it is beyond float64.
    """
    if values.size == 0:
        return 0.0
    largest = float(np.max(np.abs(values)))
    if not math.isfinite(largest):
        return math.inf if not np.isnan(values).any() else math.nan
    if largest == 0:
        return 0.0
    exponent = math.frexp(largest)[1]
    if abs(exponent) < 400:  # squares and their sum stay normal: same bits
        squares = values * values
        return float(squares.sum() if weights is None else weights @ squares)
    scaled = np.ldexp(values, -exponent)
    squares = scaled * scaled
    total = float(squares.sum() if weights is None else weights @ squares)
    with np.errstate(over="ignore"):
        return float(np.ldexp(total, 2 * exponent))


@dataclass(frozen=True)
class Metrics:
    """How well coefficients fit a set of rows.

    ``r2`` is centred (``1 - SSres/SStot``) with an intercept and uncentred
    (``1 - SSres/Σy²``, as R and NIST report it) without one.  ``adj_r2`` uses the
    number of estimated coefficients; it is ``None`` when no degrees of freedom
    are left.  With case weights every sum is weighted.
    """

    n_samples: int
    mse: float
    rmse: float
    mae: float
    r2: float
    adj_r2: float | None


def metrics(
    y: FloatArray,
    fitted: FloatArray,
    *,
    n_params: int,
    intercept: bool,
    weights: FloatArray | None = None,
) -> Metrics:
    """Metrics of ``fitted`` against ``y``; ``n_params`` counts the intercept."""
    return residual_metrics(
        y, y - fitted, n_params=n_params, intercept=intercept, weights=weights
    )


def residual_metrics(
    y: FloatArray,
    residuals: FloatArray,
    *,
    n_params: int,
    intercept: bool,
    weights: FloatArray | None = None,
) -> Metrics:
    """Metrics from the residuals themselves.

    Pass the residuals a solver computed in its own (centred) basis: ``y - ŷ``
    with ŷ formed from coefficients in powers of x can be wrong in every digit.
    """
    total = float(len(y)) if weights is None else float(weights.sum())
    ss_res = weighted_sum_of_squares(residuals, weights)
    mse = ss_res / total
    absolute = np.abs(residuals)
    mae = float(absolute.sum() if weights is None else weights @ absolute) / total
    ss_tot = total_sum_of_squares(y, weights, intercept)
    r2 = 1.0 - ss_res / ss_tot if ss_tot > 0 else float("nan")
    n = len(y) if weights is None else int(np.count_nonzero(weights))
    df_resid = n - n_params
    adj = None
    if df_resid > 0 and np.isfinite(r2):
        adj = 1.0 - (1.0 - r2) * (n - int(intercept)) / df_resid
    rmse = math.sqrt(mse) if mse >= 0 else math.nan
    return Metrics(n, mse, rmse, mae, r2, adj)


def mse_range_notes(metrics: Metrics) -> tuple[str, ...]:
    """A note when the MSE itself is beyond float64 (data of 1e160: about 1e319,
    shown as Inf) or below its normal numbers (data of 1e-160: few digits left);
    the RMSE, MAE and R² are then the numbers to read."""
    mse, rmse = metrics.mse, metrics.rmse
    if not (math.isfinite(rmse) and rmse > 0):
        return ()
    size = 2 * math.log10(rmse)
    if math.isinf(mse):
        message = translate(
            "Statistics",
            "The MSE (about 1e{size}) is beyond float64's range, so it shows as Inf; "
            "read the RMSE, {rmse}, instead.",
        )
    elif mse < np.finfo(np.float64).tiny:
        message = translate(
            "Statistics",
            "The MSE (about 1e{size}) is below float64's normal numbers, so it keeps "
            "only a few digits; read the RMSE, {rmse}, instead.",
        )
    else:
        return ()
    return (message.format(size=format(size, ".0f"), rmse=number(rmse, ".6g")),)


def total_sum_of_squares(
    y: FloatArray, weights: FloatArray | None, intercept: bool
) -> float:
    """``Σw(y - ȳ)²`` with an intercept, ``Σwy²`` (uncentred) without."""
    if not intercept:
        return weighted_sum_of_squares(y, weights)
    total = float(len(y)) if weights is None else float(weights.sum())
    centre = weighted_mean(y, weights, total)
    with np.errstate(over="ignore"):  # y of ±1e308 differ by inf: truly so
        return weighted_sum_of_squares(y - centre, weights)


def weighted_mean(y: FloatArray, weights: FloatArray | None, total: float) -> float:
    """``Σwy / Σw`` without overflow on the way: y near 1e308 would sum to inf.

    The values are divided by a power of two near their largest first (exact),
    as :func:`weighted_sum_of_squares` does.
    """
    if y.size == 0 or total == 0:
        return math.nan
    largest = float(np.max(np.abs(y)))
    if not math.isfinite(largest) or largest == 0:
        return float(y.sum() if weights is None else weights @ y) / total
    exponent = math.frexp(largest)[1]
    heaviest = 1.0 if weights is None else float(np.max(np.abs(weights)))
    room = exponent + y.size.bit_length() + math.frexp(heaviest)[1]
    if room < 1020:  # the sum stays finite: the same bits as ever
        return float(y.sum() if weights is None else weights @ y) / total
    scaled = np.ldexp(y, -exponent)
    mean = float(scaled.sum() if weights is None else weights @ scaled) / total
    return math.ldexp(mean, exponent)


def rescale_metrics(metrics: Metrics, exponent: int) -> Metrics:
    """Metrics of residuals that were ``2**exponent`` times smaller.

    Exact; the MSE alone may leave float64's range (y of 1e160 has an MSE near
    1e320), and is then inf, as it truly is.
    """
    with np.errstate(over="ignore"):
        return replace(
            metrics,
            mse=float(np.ldexp(metrics.mse, 2 * exponent)),
            rmse=float(np.ldexp(metrics.rmse, exponent)),
            mae=float(np.ldexp(metrics.mae, exponent)),
        )


@dataclass(frozen=True)
class Coefficient:
    """One row of the coefficient table.  Inference fields are ``None`` when the
    method does not define them (penalised fits, gradient descent) and NaN where
    they are undefined: an aliased term, or t and p of an essentially perfect fit."""

    name: str
    estimate: float
    std_error: float | None = None
    t_value: float | None = None
    p_value: float | None = None
    ci_low: float | None = None
    ci_high: float | None = None


@dataclass(frozen=True)
class Inference:
    """Least-squares inference: the coefficient table and the overall F test.

    ``f_statistic`` and ``f_p_value`` are NaN when the test is undefined (y
    constant, an essentially perfect fit); ``warnings`` says why.
    """

    coefficients: tuple[Coefficient, ...]
    residual_std_error: float
    df_model: int
    df_resid: int
    f_statistic: float | None
    f_p_value: float | None
    warnings: tuple[str, ...] = ()


def ols_inference(
    names: tuple[str, ...],
    estimates: FloatArray,
    unscaled_cov: FloatArray,
    residuals: FloatArray,
    *,
    intercept: bool,
    rank: int,
    y: FloatArray,
    weights: FloatArray | None = None,
    confidence: float = 0.95,
    y_exponent: int = 0,
) -> Inference:
    """Standard errors, t tests, confidence intervals and the F test of an OLS fit.

    Parameters
    ----------
    unscaled_cov : ndarray of shape (k, k)
        ``(XᵀWX)⁻¹`` in the units of ``estimates``, NaN for aliased terms.
    residuals : ndarray of shape (n_samples,)
        Accurate residuals of ``estimates`` (see :func:`residual_metrics`).
    rank : int
        Rank of the term matrix (intercept not counted); degrees of freedom use it.
    y_exponent : int
        y was divided by ``2**y_exponent``; messages show y as the user gave it.

    Work in units where y and the terms are near 1 (see
    :class:`~linreg_gui.model.design.Scaling`) and map the table back with
    :func:`rescale_inference`: σ² of y ~ 1e160 does not exist in float64.

    Long on purpose: the formulas of a statistics course in order (σ̂, covariance, SE,
    t, p, CI, F), then the two cases where they measure nothing.
    """
    from scipy import special

    n = len(y) if weights is None else int(np.count_nonzero(weights))
    df_model = rank
    df_resid = n - rank - int(intercept)
    ss_res = weighted_sum_of_squares(residuals, weights)
    ss_tot = total_sum_of_squares(y, weights, intercept)
    sigma2 = ss_res / df_resid if df_resid > 0 else float("nan")
    fitted = y - residuals
    notes: list[str] = []
    meaningless = False
    if ss_tot == 0:
        used = y if weights is None else y[weights > 0]
        notes.append(constant_y_warning(float(np.ldexp(used[0], y_exponent))))
        meaningless = True
    elif df_resid > 0 and sigma2 < PERFECT_FIT * _mean_square(fitted, weights):
        notes.append(translate("Statistics", PERFECT_FIT_WARNING))
        meaningless = True
    std_errors = np.sqrt(np.diag(unscaled_cov) * sigma2)
    rows = []
    if df_resid > 0:
        t_crit = float(special.stdtrit(df_resid, 0.5 + confidence / 2))
    else:
        t_crit = float("nan")
    for name, est, se in zip(names, estimates, std_errors, strict=True):
        with np.errstate(divide="ignore", invalid="ignore"):
            t = est / se if se > 0 else (np.inf * np.sign(est) if se == 0 else np.nan)
        p = (
            2.0 * float(special.stdtr(df_resid, -abs(t)))
            if df_resid > 0
            else float("nan")
        )
        if meaningless:
            t = p = float("nan")
        rows.append(
            Coefficient(
                name,
                float(est),
                float(se),
                float(t),
                p,
                float(est - t_crit * se),
                float(est + t_crit * se),
            )
        )
    f_stat = f_p = None
    if df_model > 0 and df_resid > 0:
        if intercept:
            total = float(len(y)) if weights is None else float(weights.sum())
            centre = float(y.sum() if weights is None else weights @ y) / total
            ss_model = weighted_sum_of_squares(fitted - centre, weights)
        else:
            ss_model = weighted_sum_of_squares(fitted, weights)
        f_stat = (ss_model / df_model) / sigma2 if sigma2 > 0 else float("nan")
        f_p = float(special.fdtrc(df_model, df_resid, f_stat))
        if meaningless:
            f_stat = f_p = float("nan")
    return Inference(
        tuple(rows),
        math.sqrt(sigma2) if sigma2 >= 0 else float("nan"),
        df_model,
        df_resid,
        f_stat,
        f_p,
        tuple(notes),
    )


def _mean_square(values: FloatArray, weights: FloatArray | None) -> float:
    """``mean(v²)`` (weighted): R's ``mean(f)² + var(f)`` up to a factor n/(n-1)."""
    total = float(len(values)) if weights is None else float(weights.sum())
    return weighted_sum_of_squares(values, weights) / total


def rescale_inference(
    inference: Inference, exponents: NDArray[np.int64], sigma_exponent: int
) -> Inference:
    """The table of coefficients ``2**exponents`` times larger, and σ̂
    ``2**sigma_exponent`` times larger: exact, t, p and F do not change."""

    def scaled(value: float | None, exponent: int) -> float | None:
        if value is None:
            return None
        with np.errstate(over="ignore"):
            return float(np.ldexp(value, exponent))

    rows = tuple(
        replace(
            c,
            estimate=float(np.ldexp(c.estimate, int(e))),
            std_error=scaled(c.std_error, int(e)),
            ci_low=scaled(c.ci_low, int(e)),
            ci_high=scaled(c.ci_high, int(e)),
        )
        for c, e in zip(inference.coefficients, exponents, strict=True)
    )
    with np.errstate(over="ignore"):
        sigma = float(np.ldexp(inference.residual_std_error, sigma_exponent))
    return replace(inference, coefficients=rows, residual_std_error=sigma)


def digits_of_agreement(estimate: float, reference: float) -> float:
    """Correct significant digits of ``estimate`` against ``reference`` (the LRE).

    ``-log10(|estimate - reference| / |reference|)``, or ``-log10(|estimate|)`` when
    the reference is 0, clipped to 0..15 as in McCullough's accuracy studies.
    """
    if not (math.isfinite(estimate) and math.isfinite(reference)):
        return 0.0
    if reference == 0:
        error = abs(estimate)
    else:
        error = abs(estimate - reference) / abs(reference)
    if error == 0:
        return 15.0
    return float(min(15.0, max(0.0, -math.log10(error))))
