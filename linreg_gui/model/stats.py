"""Goodness of fit and the coefficient table, as R's ``summary(lm)`` reports them.

Distribution functions come from :mod:`scipy.special`, imported when first
needed so that start-up does not pay for SciPy.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

FloatArray = NDArray[np.float64]


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
    w = np.ones_like(y) if weights is None else weights
    total = float(w.sum())
    residuals = y - fitted
    ss_res = float(w @ residuals**2)
    mse = ss_res / total
    mae = float(w @ np.abs(residuals)) / total
    if intercept:
        centre = float(w @ y) / total
        ss_tot = float(w @ (y - centre) ** 2)
    else:
        ss_tot = float(w @ y**2)
    r2 = 1.0 - ss_res / ss_tot if ss_tot > 0 else float("nan")
    n = int(np.count_nonzero(w))
    df_resid = n - n_params
    adj = None
    if df_resid > 0 and np.isfinite(r2):
        adj = 1.0 - (1.0 - r2) * (n - int(intercept)) / df_resid
    return Metrics(n, mse, float(np.sqrt(mse)), mae, r2, adj)


@dataclass(frozen=True)
class Coefficient:
    """One row of the coefficient table.  Inference fields are ``None`` when the
    method does not define them (penalised fits, gradient descent) and NaN for an
    aliased term."""

    name: str
    estimate: float
    std_error: float | None = None
    t_value: float | None = None
    p_value: float | None = None
    ci_low: float | None = None
    ci_high: float | None = None


@dataclass(frozen=True)
class Inference:
    """Least-squares inference: the coefficient table and the overall F test."""

    coefficients: tuple[Coefficient, ...]
    residual_std_error: float
    df_model: int
    df_resid: int
    f_statistic: float | None
    f_p_value: float | None


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
) -> Inference:
    """Standard errors, t tests, confidence intervals and the F test of an OLS fit.

    Parameters
    ----------
    unscaled_cov : ndarray of shape (k, k)
        ``(XᵀWX)⁻¹`` in user units, NaN for aliased terms.
    rank : int
        Rank of the term matrix (intercept not counted); degrees of freedom use it.

    Long on purpose: the formulas of a statistics course in order (σ̂, covariance, SE,
    t, p, CI, F).
    """
    from scipy import special

    w = np.ones_like(y) if weights is None else weights
    n = int(np.count_nonzero(w))
    df_model = rank
    df_resid = n - rank - int(intercept)
    ss_res = float(w @ residuals**2)
    sigma2 = ss_res / df_resid if df_resid > 0 else float("nan")
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
        fitted = y - residuals
        if intercept:
            centre = float(w @ y) / float(w.sum())
            ss_model = float(w @ (fitted - centre) ** 2)
        else:
            ss_model = float(w @ fitted**2)
        f_stat = (ss_model / df_model) / sigma2 if sigma2 > 0 else float("inf")
        f_p = (
            float(special.fdtrc(df_model, df_resid, f_stat))
            if np.isfinite(f_stat)
            else 0.0
        )
    return Inference(
        tuple(rows), float(np.sqrt(sigma2)), df_model, df_resid, f_stat, f_p
    )
