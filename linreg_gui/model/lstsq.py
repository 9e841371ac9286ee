"""Accurate least squares: centre and scale the columns, then Householder QR.

This is the default solver behind OLS, ridge and the reference optimum of gradient
descent.  It reaches 10 or more correct digits on every NIST StRD linear
least-squares problem (see ``tests/test_nist.py``), where the normal equations
lose all digits on Filip.

Why each step:

* centring removes the intercept from the problem, so the columns stop sharing the
  large common component that makes them nearly collinear;
* scaling every column to unit length makes the condition number of the scaled
  matrix meaningful and the rank test scale-free;
* QR works on the matrix itself and never squares its condition number, which
  ``inv(XᵀX)`` does.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from linreg_gui.model.design import Basis
from linreg_gui.model.errors import FitError
from linreg_gui.model.text import QT_TRANSLATE_NOOP, translate

FloatArray = NDArray[np.float64]

#: Columns are scaled to unit length; one whose component orthogonal to the
#: columns before it is shorter than this counts as dependent (R uses 1e-7).
ALIAS_TOLERANCE = 1e-7


@dataclass(frozen=True, eq=False)
class LeastSquaresSolution:
    """The minimiser of ``Σ w (y - b0 - B c)² + ridge`` in a basis's coordinates.

    Attributes
    ----------
    coef : ndarray of shape (k,)
        Internal coefficients, intercept first when there is one.  Terms found to be
        linear combinations of others (``aliased``) have coefficient 0.
    unscaled_cov : ndarray of shape (k, k)
        ``(AᵀWA)⁻¹`` for the internal design ``A`` (with the intercept column), the
        covariance of ``coef`` divided by σ².  Rows and columns of aliased terms
        are NaN.
    residuals : ndarray of shape (n_samples,)
        ``y - fitted``, computed from the internal basis (accurate).
    rank : int
        Numerical rank of the term matrix (intercept not counted).
    aliased : tuple of int
        Indices (into the terms, intercept not counted) of the terms dropped as
        linear combinations of the others.
    condition_number : float
        2-norm condition number of the centred and scaled term matrix: what limits
        the accuracy of this solver.
    user_condition_number : float
        2-norm condition number of the user's design ``[1, X]`` as a textbook forms
        it (raw terms, intercept column of ones).  ``inv(XᵀX)`` squares it, which is
        why the normal equations fail on NIST Filip (about 2e15).
    centre : ndarray of shape (n_terms,)
        The (weighted) column means the terms were centred at; zeros without an
        intercept.
    level : float
        The fitted value at ``centre`` (the mean of y with an intercept, else 0), so
        that ``fitted = level + (B - centre) @ coef[terms]``: the centred form, which
        keeps the digits a large intercept would cancel.
    """

    coef: FloatArray
    unscaled_cov: FloatArray
    residuals: FloatArray
    rank: int
    aliased: tuple[int, ...]
    condition_number: float
    user_condition_number: float
    centre: FloatArray
    level: float


def solve(
    basis: Basis,
    y: FloatArray,
    *,
    intercept: bool,
    weights: FloatArray | None = None,
    ridge: FloatArray | None = None,
    term_exponents: NDArray[np.int64] | None = None,
) -> LeastSquaresSolution:
    """Weighted (ridge-)least squares in ``basis`` by centred-and-scaled QR.

    Parameters
    ----------
    basis : Basis
    y : ndarray of shape (n_samples,)
    intercept : bool
        Fit an unpenalised constant term.
    weights : ndarray of shape (n_samples,), optional
        Case weights (each squared residual is multiplied by its weight).
    ridge : ndarray of shape (n_terms,), optional
        Penalty ``Σ ridge_j c_j²`` on the internal coefficients (not the intercept).
    term_exponents : ndarray of int, shape (n_user_terms,), optional
        When the basis was built on terms divided by ``2**term_exponents`` (see
        :class:`~linreg_gui.model.design.Scaling`), the user's condition number is
        reported for the terms as the user gave them.

    Long on purpose: one numbered sequence (centre, scale, QR, rank, back-substitute,
    map back) that reads best uninterrupted.
    """
    B = basis.matrix
    n, q = B.shape
    _require_finite(B, y, weights, ridge)
    if weights is None:
        total = float(n)
        mean_B = B.mean(axis=0) if intercept else np.zeros(q)
        mean_y = float(y.mean()) if intercept else 0.0
        root_w = None
    else:
        total = float(weights.sum())
        mean_B = (weights @ B) / total if intercept else np.zeros(q)
        mean_y = float(weights @ y) / total if intercept else 0.0
        root_w = np.sqrt(weights)
    A, scale = _augmented(B, y, mean_B, mean_y, root_w, ridge, intercept)
    keep = np.arange(q)
    aliased: tuple[int, ...] = ()
    R, qty = _qr_r_and_qty(A)
    singular = np.linalg.svd(R, compute_uv=False)
    condition = float(singular[0] / singular[-1]) if singular[-1] > 0 else float("inf")
    # As R's lm(): a unit-length column whose part orthogonal to the columns
    # before it is shorter than ALIAS_TOLERANCE is a linear combination of them.
    dependent = np.abs(np.diag(R)) < ALIAS_TOLERANCE
    if dependent.any():
        keep = np.flatnonzero(~dependent)
        aliased = tuple(int(j) for j in np.flatnonzero(dependent))
        kept_ridge = None if ridge is None else ridge[keep]
        A, _ = _augmented(
            B[:, keep], y, mean_B[keep], mean_y, root_w, kept_ridge, intercept
        )
        R, qty = _qr_r_and_qty(A)
    rank = int(keep.size)

    gamma = _solve_upper(R, qty)
    R_inv = _solve_upper(R, np.eye(R.shape[0]))
    cov_gamma = R_inv @ R_inv.T

    c = np.zeros(q)
    c[keep] = gamma / scale[keep]
    cov_c = np.full((q, q), np.nan)
    # One scale at a time: their product can underflow to 0 for columns of
    # 1e-160 (a covariance beyond float64 is inf, as it truly is).
    with np.errstate(over="ignore"):
        kept_scale = scale[keep]
        cov_c[np.ix_(keep, keep)] = cov_gamma / kept_scale[:, None] / kept_scale

    if intercept:
        c0 = mean_y - float(mean_B @ c)
        coef = np.concatenate([[c0], c])
        cov = np.empty((q + 1, q + 1))
        cov[1:, 1:] = cov_c
        cross = -(cov_c[np.ix_(keep, keep)] @ mean_B[keep])
        cov[0, 1:] = np.nan
        cov[1:, 0] = np.nan
        cov[0, 1 + keep] = cross
        cov[1 + keep, 0] = cross
        cov[0, 0] = 1.0 / total + float(
            mean_B[keep] @ cov_c[np.ix_(keep, keep)] @ mean_B[keep]
        )
    else:
        coef = c
        cov = cov_c
    # Centred form: with the intercept ``c0`` formed first, ``y - (c0 + B c)``
    # would cancel its digits (Longley's c0 is -3.5e6 against residuals of 300).
    residuals = (y - mean_y) - (B - mean_B) @ c
    user_condition = float("nan") if ridge is not None else float("inf")
    if rank == q and ridge is None:
        user_condition = _user_condition(
            R * scale, mean_B, total, basis, intercept, term_exponents
        )
    return LeastSquaresSolution(
        coef,
        cov,
        residuals,
        rank,
        aliased,
        condition,
        user_condition,
        mean_B,
        mean_y,
    )


def _require_finite(
    B: FloatArray,
    y: FloatArray,
    weights: FloatArray | None,
    ridge: FloatArray | None,
) -> None:
    """LAPACK given inf or NaN prints ``DLASCL … illegal value`` and returns NaN;
    say what is wrong instead."""
    for what, values in (
        (QT_TRANSLATE_NOOP("LeastSquares", "a term"), B),
        ("y", y),
        (QT_TRANSLATE_NOOP("LeastSquares", "a weight"), weights),
        (QT_TRANSLATE_NOOP("LeastSquares", "the penalty"), ridge),
    ):
        if values is not None and not np.isfinite(values).all():
            raise FitError(
                translate(
                    "LeastSquares",
                    "The least-squares solver was given {what} that is not a finite "
                    "number (beyond float64's range, or missing).",
                ).format(what=translate("LeastSquares", what))
            )


def _user_condition(
    R_terms: FloatArray,
    mean_B: FloatArray,
    total: float,
    basis: Basis,
    intercept: bool,
    term_exponents: NDArray[np.int64] | None,
) -> float:
    """Condition number of ``[1, X_user]`` from the R factor already at hand.

    With an intercept, ``[1, B] = [1/√n, Q] · [[√n, √n·meanᵀ], [0, R·diag(s)]]``
    because the centred columns are orthogonal to the ones column; the user's
    terms are ``[1, B] · to_user⁻¹`` (times ``2**term_exponents`` when the basis
    was built on scaled terms).  Only (k × k) matrices are touched.
    """
    if intercept:
        q = R_terms.shape[0]
        T = np.zeros((q + 1, q + 1))
        T[0, 0] = np.sqrt(total)
        T[0, 1:] = np.sqrt(total) * mean_B
        T[1:, 1:] = R_terms
    else:
        T = R_terms
    # cond = ‖R‖·‖R⁻¹‖ with R⁻¹ = to_user·T⁻¹ formed from triangular solves:
    # both are largest singular values, which SVD gets to a few ulps even when
    # the smallest one (what np.linalg.cond would need) is lost below ε·‖R‖.
    user_R = T @ _solve_upper(basis.to_user, np.eye(T.shape[0]))
    user_R_inv = basis.to_user @ _solve_upper(T, np.eye(T.shape[0]))
    if term_exponents is not None:
        offset = user_R.shape[1] - term_exponents.size
        with np.errstate(over="ignore"):
            user_R[:, offset:] = np.ldexp(user_R[:, offset:], term_exponents)
            user_R_inv[offset:] = np.ldexp(
                user_R_inv[offset:], -term_exponents[:, None]
            )
    if not (np.isfinite(user_R).all() and np.isfinite(user_R_inv).all()):
        return float("inf")  # the user's terms themselves overflow float64
    with np.errstate(over="ignore"):  # both finite, their product may not be
        return float(np.linalg.norm(user_R, 2) * np.linalg.norm(user_R_inv, 2))


def _augmented(
    B: FloatArray,
    y: FloatArray,
    mean_B: FloatArray,
    mean_y: float,
    root_w: FloatArray | None,
    ridge: FloatArray | None,
    intercept: bool,
) -> tuple[FloatArray, FloatArray]:
    """``[Z | y]`` centred, weighted and scaled to unit columns, and the scales.

    Built once in column-major order so LAPACK factorises it in place instead of
    copying every row again.  Ridge adds ``√ridge_j / scale_j`` rows below.
    """
    n, q = B.shape
    extra = q if ridge is not None else 0
    A = np.empty((n + extra, q + 1), order="F")
    Z = A[:n, :q]
    if intercept:
        np.subtract(B, mean_B, out=Z)
    else:
        Z[...] = B
    np.subtract(y, mean_y, out=A[:n, q])
    if root_w is not None:
        Z *= root_w[:, None]
        A[:n, q] *= root_w
    scale = _column_norms(Z)
    scale[scale == 0] = 1.0
    Z /= scale
    if ridge is not None:
        A[n:, :q] = np.diag(np.sqrt(ridge) / scale)
        A[n:, q] = 0.0
    return A, scale


def _column_norms(Z: FloatArray) -> FloatArray:
    """Euclidean column norms that neither overflow nor underflow.

    Each column is divided by a power of two near its largest entry before it is
    squared (exact, so ordinary columns get the same bits as ``sqrt(Σz²)``);
    columns of 1e160 or 1e-170 would otherwise square to inf or 0 and be taken
    for dependent columns.
    """
    largest = np.max(np.abs(Z), axis=0) if Z.shape[0] else np.zeros(Z.shape[1])
    _, exponents = np.frexp(largest)
    if np.all(np.abs(exponents) < 400):  # squares and their sum stay normal
        return np.asarray(np.sqrt(np.einsum("ij,ij->j", Z, Z)), dtype=np.float64)
    scaled = np.ldexp(Z, -exponents)
    norms = np.sqrt(np.einsum("ij,ij->j", scaled, scaled))
    return np.asarray(np.ldexp(norms, exponents), dtype=np.float64)


def _qr_r_and_qty(A: FloatArray) -> tuple[FloatArray, FloatArray]:
    """R of ``Z = QR`` and ``Qᵀy`` from one QR of ``A = [Z | y]``, Q never formed.

    Factorising the augmented matrix in ``mode="r"`` gives ``Qᵀy`` as the last
    column of its R for about half the cost of the full reduced QR.  ``A`` is
    overwritten.
    """
    from scipy.linalg import qr

    q = A.shape[1] - 1
    R_aug = np.asarray(
        qr(A, mode="r", overwrite_a=True, check_finite=False)[0], dtype=np.float64
    )
    return R_aug[:q, :q], R_aug[:q, q]


def _solve_upper(R: FloatArray, b: FloatArray) -> FloatArray:
    from scipy.linalg import solve_triangular

    result: FloatArray = solve_triangular(R, b, lower=False, check_finite=False)
    return result
