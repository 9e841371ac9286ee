"""Closed-form estimators, with scikit-learn's manners.

``fit(design)`` returns ``self``; what was learned ends in ``_``.  Every estimator
reports ``intercept_`` and ``coef_`` in the user's units, whatever basis it
solved in, and collects what a student should know about the fit (rank
deficiency, ill-conditioning, non-convergence) in ``warnings_``: values to show,
never prints.

* :class:`OLS`: the accurate default (centred-and-scaled QR, :mod:`.lstsq`).
* :class:`NormalEquation`, :class:`NumpyLstsq`, :class:`Polyfit`: the textbook
  recipes, exactly as tutorials write them, so the app can show where they fail.
* :class:`Ridge` and :class:`Lasso`: penalised fits with scikit-learn's
  objectives, so their numbers can be checked against it.
"""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np
from numpy.exceptions import RankWarning
from numpy.typing import NDArray

from linreg_gui.model import lstsq
from linreg_gui.model.design import Design
from linreg_gui.model.errors import FitError

FloatArray = NDArray[np.float64]

_EPS = float(np.finfo(float).eps)


class Estimator:
    """Shared bookkeeping: split a coefficient vector into intercept and terms."""

    intercept_: float
    coef_: FloatArray
    fit_intercept_: bool
    warnings_: tuple[str, ...]
    n_iter_: int | None = None

    def fit(self, design: Design) -> Estimator:  # pragma: no cover - interface
        raise NotImplementedError

    def _set_coefficients(self, design: Design, user: FloatArray) -> None:
        self.fit_intercept_ = design.intercept
        if design.intercept:
            self.intercept_ = float(user[0])
            self.coef_ = np.asarray(user[1:], dtype=float)
        else:
            self.intercept_ = 0.0
            self.coef_ = np.asarray(user, dtype=float)

    @property
    def params_(self) -> FloatArray:
        """All coefficients, intercept first when the model has one."""
        if not self.fit_intercept_:
            return self.coef_
        return np.concatenate([[self.intercept_], self.coef_])

    def predict(self, X: FloatArray) -> FloatArray:
        """Predictions for user terms ``X`` of shape (n_samples, n_terms)."""
        return self.intercept_ + X @ self.coef_

    def get_params(self) -> dict[str, Any]:
        return {k: v for k, v in vars(self).items() if not k.endswith("_")}


class OLS(Estimator):
    """Ordinary (or weighted) least squares by centred-and-scaled QR.

    Polynomials are solved in powers of the centred x and mapped back to raw
    powers exactly; this is what reaches the NIST certified digits.

    Attributes
    ----------
    unscaled_cov_ : ndarray of shape (k, k)
        ``(AᵀWA)⁻¹`` in user units; times σ² it is the coefficients' covariance.
    rank_ : int
    aliased_ : tuple of str
        Terms that are linear combinations of others; their coefficients are NaN.
    condition_number_ : float
        Of the centred and scaled design the solver factorised.
    user_condition_number_ : float
        Of ``[1, X]`` as the user's terms stand (what ``inv(XᵀX)`` squares).
    residuals_ : ndarray of shape (n_samples,)
    """

    def fit(self, design: Design) -> OLS:
        basis = design.conditioned_basis()
        solution = lstsq.solve(
            basis, design.y, intercept=design.intercept, weights=design.weights
        )
        user = basis.coefficients_to_user(solution.coef)
        cov = basis.covariance_to_user(np.nan_to_num(solution.unscaled_cov))
        offset = int(design.intercept)
        aliased_idx = [offset + j for j in solution.aliased]
        if aliased_idx:
            user[aliased_idx] = np.nan
            cov[aliased_idx, :] = np.nan
            cov[:, aliased_idx] = np.nan
        self._set_coefficients(design, user)
        self.unscaled_cov_ = cov
        self.rank_ = solution.rank
        self.aliased_ = tuple(design.term_names[j] for j in solution.aliased)
        self.condition_number_ = solution.condition_number
        self.user_condition_number_ = solution.user_condition_number
        self.residuals_ = solution.residuals
        notes: list[str] = []
        if self.aliased_:
            names = ", ".join(f"'{n}'" for n in self.aliased_)
            notes.append(
                f"The design has rank {solution.rank} of {design.n_terms}: {names} "
                "is a linear combination of the other terms, so its coefficient "
                "cannot be estimated (shown as NA). The rest is fitted without it."
            )
        elif solution.condition_number > 1e10:
            notes.append(
                f"The terms are nearly collinear (condition number "
                f"{solution.condition_number:.1e} after centring and scaling); "
                "coefficients may carry few correct digits."
            )
        self.warnings_ = tuple(notes)
        return self


class NormalEquation(Estimator):
    """``θ = inv(XᵀX) Xᵀy``: the formula from the lecture notes, as it is.

    It squares the condition number of X, so it loses twice the digits QR does and
    returns garbage, silently, on problems like NIST Filip.  Kept for comparison.
    """

    def fit(self, design: Design) -> NormalEquation:
        A, y = _textbook_system(design)
        gram = A.T @ A
        try:
            theta = np.linalg.inv(gram) @ (A.T @ y)
        except np.linalg.LinAlgError:
            raise FitError(
                "XᵀX is exactly singular, so inv(XᵀX) does not exist: some terms are "
                "linear combinations of others. Use OLS, which reports which ones."
            ) from None
        self._set_coefficients(design, theta)
        cond = float(np.linalg.cond(gram))
        notes = []
        if not np.isfinite(theta).all():
            notes.append("inv(XᵀX) produced non-finite numbers.")
        if cond * _EPS > 1e-3:
            digits = max(0.0, -np.log10(cond * _EPS))
            notes.append(
                f"XᵀX has condition number {cond:.1e}; inverting it in float64 "
                f"leaves about {digits:.0f} correct digits."
            )
        self.condition_number_ = cond
        self.warnings_ = tuple(notes)
        return self


class NumpyLstsq(Estimator):
    """``np.linalg.lstsq(X, y, rcond=None)`` on the raw design (SVD).

    Its default cut-off treats small singular values as zero, so on NIST Filip it
    silently drops a rank and returns coefficients with no correct digits.
    """

    def fit(self, design: Design) -> NumpyLstsq:
        A, y = _textbook_system(design)
        theta, _, rank, singular = np.linalg.lstsq(A, y, rcond=None)
        self._set_coefficients(design, np.asarray(theta, dtype=np.float64))
        self.rank_ = int(rank)
        self.singular_values_ = singular
        notes = []
        if rank < A.shape[1]:
            notes.append(
                f"np.linalg.lstsq treated the design as rank {rank} of {A.shape[1]} "
                "(its cut-off dropped the smallest singular value) and returned a "
                "different, minimum-norm answer without an error."
            )
        self.warnings_ = tuple(notes)
        return self


class Polyfit(Estimator):
    """``np.polyfit(x, y, degree)``: one x, with an intercept."""

    def fit(self, design: Design) -> Polyfit:
        spec = design.spec
        if len(spec.x) != 1 or not spec.intercept:
            raise FitError(
                "np.polyfit fits a polynomial in one x with an intercept; choose one "
                "x column and keep the intercept on."
            )
        w = None if design.weights is None else np.sqrt(design.weights)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", RankWarning)
            highest_first = np.polyfit(design.x_values, design.y, spec.degree, w=w)
        self._set_coefficients(design, highest_first[::-1].astype(float))
        self.warnings_ = tuple(
            f"np.polyfit warned: {w.message}"
            for w in caught
            if w.category is RankWarning
        )
        return self


class Ridge(Estimator):
    """Least squares plus ``alpha · Σ b_j²`` (the intercept is not penalised).

    The objective is scikit-learn's: ``Σ w (y - ŷ)² + alpha ‖b‖²``.  With
    ``standardize=True`` the penalty applies to the coefficients of standardised
    terms (the usual choice, so every term is shrunk alike); either way the
    answer is reported in the user's units.
    """

    def __init__(self, *, alpha: float = 1.0, standardize: bool = False) -> None:
        self.alpha = alpha
        self.standardize = standardize

    def fit(self, design: Design) -> Ridge:
        _require_non_negative("alpha", self.alpha)
        basis = design.working_basis(self.standardize)
        penalty = np.full(design.n_terms, float(self.alpha))
        solution = lstsq.solve(
            basis,
            design.y,
            intercept=design.intercept,
            weights=design.weights,
            ridge=penalty if self.alpha > 0 else None,
        )
        self._set_coefficients(design, basis.coefficients_to_user(solution.coef))
        self.warnings_ = ()
        if solution.aliased:
            names = ", ".join(design.term_names[j] for j in solution.aliased)
            self.warnings_ = (
                f"Terms {names} are collinear; their coefficients are 0.",
            )
        return self


class Lasso(Estimator):
    """Least squares plus an L1 penalty, by cyclic coordinate descent.

    Minimises scikit-learn's objective ``(1/2n) Σ w (y - ŷ)² + alpha ‖b‖₁`` (case
    weights normalised to sum to n), on the Gram matrix, so each sweep costs
    O(p²) whatever the number of rows.  Large alphas set coefficients exactly to
    zero: that is the point of the lesson.
    """

    def __init__(
        self,
        *,
        alpha: float = 1.0,
        standardize: bool = False,
        max_iter: int = 10_000,
        tol: float = 1e-8,
    ) -> None:
        self.alpha = alpha
        self.standardize = standardize
        self.max_iter = max_iter
        self.tol = tol

    def fit(self, design: Design) -> Lasso:
        _require_non_negative("alpha", self.alpha)
        basis = design.working_basis(self.standardize)
        P, y = basis.matrix, design.y
        w = np.ones(design.n_samples) if design.weights is None else design.weights
        w = w * (design.n_samples / w.sum())
        n = float(design.n_samples)
        if design.intercept:
            mean_P = (w @ P) / w.sum()
            mean_y = float(w @ y) / float(w.sum())
        else:
            mean_P = np.zeros(P.shape[1])
            mean_y = 0.0
        Pc = P - mean_P
        yc = y - mean_y
        gram = (Pc.T * w) @ Pc / n
        corr = (Pc.T * w) @ yc / n
        beta, n_iter, converged = _coordinate_descent(
            gram, corr, float(self.alpha), self.max_iter, self.tol
        )
        internal = (
            np.concatenate([[mean_y - float(mean_P @ beta)], beta])
            if design.intercept
            else beta
        )
        self._set_coefficients(design, basis.coefficients_to_user(internal))
        self.n_iter_ = n_iter
        self.warnings_ = ()
        if not converged:
            self.warnings_ = (
                f"Coordinate descent did not converge in {n_iter} sweeps; "
                "standardising the features usually fixes this.",
            )
        return self


def _coordinate_descent(
    gram: FloatArray, corr: FloatArray, alpha: float, max_iter: int, tol: float
) -> tuple[FloatArray, int, bool]:
    p = gram.shape[0]
    beta = np.zeros(p)
    diag = np.diag(gram).copy()
    if np.any(diag <= 0):
        raise FitError("A term has no spread, so the lasso cannot weigh it.")
    g_beta = np.zeros(p)  # gram @ beta, kept up to date
    for sweep in range(1, max_iter + 1):
        largest_change = 0.0
        for j in range(p):
            old = beta[j]
            rho = corr[j] - g_beta[j] + diag[j] * old
            new = np.sign(rho) * max(abs(rho) - alpha, 0.0) / diag[j]
            if new != old:
                g_beta += gram[:, j] * (new - old)
                beta[j] = new
                largest_change = max(largest_change, abs(new - old))
        scale = max(float(np.max(np.abs(beta))), _EPS)
        if largest_change <= tol * scale:
            return beta, sweep, True
    return beta, max_iter, False


def _textbook_system(design: Design) -> tuple[FloatArray, FloatArray]:
    """``[1, X]`` and ``y`` as a tutorial builds them (rows times √w if weighted)."""
    A = design.X
    if design.intercept:
        A = np.column_stack([np.ones(design.n_samples), A])
    y = design.y
    if design.weights is not None:
        root = np.sqrt(design.weights)
        A = A * root[:, None]
        y = y * root
    return A, y


def _require_non_negative(name: str, value: float) -> None:
    if not (np.isfinite(value) and value >= 0):
        raise FitError(f"{name} must be a number ≥ 0, not {value!r}.")
