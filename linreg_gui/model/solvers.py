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

import math
import warnings
from typing import Any

import numpy as np
from numpy.exceptions import RankWarning
from numpy.typing import NDArray

from linreg_gui.model import lstsq, stats
from linreg_gui.model.design import Design, Scaling
from linreg_gui.model.errors import FitError
from linreg_gui.model.predictor import Predictor
from linreg_gui.model.text import QT_TRANSLATE_NOOP, number, translate

FloatArray = NDArray[np.float64]

_EPS = float(np.finfo(float).eps)


class Estimator:
    """Shared bookkeeping: split a coefficient vector into intercept and terms."""

    intercept_: float
    coef_: FloatArray
    fit_intercept_: bool
    warnings_: tuple[str, ...]
    n_iter_: int | None = None
    #: The fit as the solver holds it (None: only ``coef_`` in user units exists).
    predictor_: Predictor | None = None

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
    powers exactly; this is what reaches the NIST certified digits.  Every column
    is first scaled by a power of two (:class:`Scaling`), so that x or y of 1e160
    or 1e-170 fit as well as x or y near 1.

    Attributes
    ----------
    unscaled_cov_ : ndarray of shape (k, k)
        ``(AᵀWA)⁻¹`` in user units; times σ² it is the coefficients' covariance.
        (For data near float64's limits its entries may not be representable:
        :meth:`inference` works in scaled units.)
    rank_ : int
    aliased_ : tuple of str
        Terms that are linear combinations of others; their coefficients are NaN.
    condition_number_ : float
        Of the centred and scaled design the solver factorised.
    user_condition_number_ : float
        Of ``[1, X]`` as the user's terms stand (what ``inv(XᵀX)`` squares).
    residuals_ : ndarray of shape (n_samples,)
        From the solver's centred basis, in user units.
    predictor_ : Predictor
        The fit in the basis it was solved in, for accurate metrics and predictions.
    """

    def fit(self, design: Design) -> OLS:
        """Scale, solve by QR, keep the fit and its inference (long on purpose:
        the steps in order, each needing the last)."""
        scaling = Scaling.of(design)
        y, weights = scaling.target(design)
        basis = design.conditioned_basis(scaling)
        solution = lstsq.solve(
            basis,
            y,
            intercept=design.intercept,
            weights=weights,
            term_exponents=scaling.term_exponents,
        )
        internal = basis.coefficients_to_user(solution.coef)
        cov = basis.covariance_to_user(np.nan_to_num(solution.unscaled_cov))
        offset = int(design.intercept)
        aliased_idx = [offset + j for j in solution.aliased]
        if aliased_idx:
            internal[aliased_idx] = np.nan
            cov[aliased_idx, :] = np.nan
            cov[:, aliased_idx] = np.nan
        user = scaling.coefficients_to_user(internal)
        self._set_coefficients(design, user)
        self.scaling_ = scaling
        self.scaled_params_ = internal
        self.scaled_cov_ = cov
        term = np.concatenate([np.zeros(offset, np.int64), scaling.term_exponents])
        with np.errstate(over="ignore"):
            self.unscaled_cov_ = np.ldexp(
                cov, -(term[:, None] + term[None, :]) - scaling.weights
            )
        self.rank_ = solution.rank
        self.aliased_ = tuple(design.term_names[j] for j in solution.aliased)
        self.condition_number_ = solution.condition_number
        self.user_condition_number_ = solution.user_condition_number
        self.scaled_residuals_ = solution.residuals
        with np.errstate(over="ignore"):
            self.residuals_ = np.ldexp(solution.residuals, scaling.y)
        self.predictor_ = Predictor.from_solution(scaling, basis, solution, design)
        notes: list[str] = []
        if self.aliased_:
            names = ", ".join(f"'{n}'" for n in self.aliased_)
            notes.append(
                translate(
                    "Solvers",
                    "The design has rank {rank} of {terms}: {names} is a linear "
                    "combination of the other terms, so its coefficient cannot be "
                    "estimated (shown as NA). The rest is fitted without it.",
                ).format(rank=solution.rank, terms=design.n_terms, names=names)
            )
        elif solution.condition_number > 1e10:
            notes.append(
                translate(
                    "Solvers",
                    "The terms are nearly collinear (condition number {cond} after "
                    "centring and scaling); coefficients may carry few correct digits.",
                ).format(cond=number(solution.condition_number, ".1e"))
            )
        notes += _range_notes(design, scaling, internal, user)
        self.warnings_ = tuple(notes)
        return self

    def inference(
        self,
        design: Design,
        params: FloatArray | None = None,
        predictor: Predictor | None = None,
    ) -> stats.Inference:
        """The coefficient table and F test, as R's ``summary(lm)``.

        Parameters
        ----------
        design : Design
            The rows this estimator was fitted on.
        params : ndarray of shape (k,), optional
            Another least-squares method's coefficients for the same rows (the
            normal equation's, say).  Their residuals and σ̂ are their own,
            evaluated accurately; the standard errors use ``(XᵀWX)⁻¹`` from this
            fit's QR, since that is a property of the design and ``inv(XᵀX)``
            may have no correct digits of it.
        predictor : Predictor, optional
            ``params`` already carried into their accurate basis (saves doing it
            again).

        Everything is computed in scaled units and mapped back exactly.
        """
        scaling = self.scaling_
        y, weights = scaling.target(design)
        if params is None:
            estimates, residuals = self.scaled_params_, self.scaled_residuals_
        else:
            estimates = scaling.coefficients_from_user(params)
            if predictor is None:
                predictor = Predictor.from_params(design, params)
            residuals = predictor.scaled_residuals(design)
        inference = stats.ols_inference(
            design.coefficient_names,
            estimates,
            self.scaled_cov_,
            residuals,
            intercept=design.intercept,
            rank=self.rank_,
            y=y,
            weights=weights,
            y_exponent=scaling.y,
        )
        return stats.rescale_inference(
            inference,
            scaling.coefficient_exponents,
            scaling.y + scaling.weights // 2,
        )


def _range_notes(
    design: Design, scaling: Scaling, scaled: FloatArray, user: FloatArray
) -> list[str]:
    """A coefficient beyond float64's range is an error; one below it, a note.

    The fit itself is held in scaled units (see :class:`Predictor`), so its
    residuals and metrics stay right; only the number shown in user units
    cannot be written down.
    """
    names = design.coefficient_names
    notes = []
    exponents = scaling.coefficient_exponents
    for name, s, u, e in zip(names, scaled, user, exponents, strict=True):
        if not math.isfinite(s) or s == 0:
            continue
        magnitude = math.log10(abs(s)) + int(e) * math.log10(2.0)
        if not math.isfinite(u):
            raise FitError(
                translate(
                    "Solvers",
                    "The coefficient of '{name}' is about 1e{size}, beyond float64's "
                    "range (about 1.8e308), so it cannot be written down. Change the "
                    "units of x or y (divide x by 1e100, say).",
                ).format(name=name, size=format(magnitude, ".0f"))
            )
        if abs(u) < np.finfo(np.float64).tiny:
            notes.append(
                translate(
                    "Solvers",
                    "The coefficient of '{name}' is about 1e{size}, below float64's "
                    "normal range, so it is shown as {shown}; the fit's residuals and "
                    "metrics use its exact value.",
                ).format(
                    name=name, size=format(magnitude, ".0f"), shown=number(u, ".3g")
                )
            )
    return notes


class NormalEquation(Estimator):
    """``θ = inv(XᵀX) Xᵀy``: the formula from the lecture notes, as it is.

    It squares the condition number of X, so it loses twice the digits QR does and
    returns garbage, silently, on problems like NIST Filip.  Kept for comparison;
    ``reference_`` is the QR fit of the same rows it is measured against.
    Its note gives ``cond(XᵀX)`` from the QR factor (``np.linalg.cond`` of the
    formed ``XᵀX`` cannot see past 1e16 or so), the worst-case digits that bound
    allows, and the digits the answer actually shares with the QR solution.
    """

    def fit(self, design: Design) -> NormalEquation:
        A, y = _textbook_system(design)
        _require_squares_in_range(
            A, design, QT_TRANSLATE_NOOP("Solvers", "XᵀX cannot be formed in float64")
        )
        with np.errstate(over="ignore", invalid="ignore"):
            gram = A.T @ A
            rhs = A.T @ y
        if not (np.isfinite(gram).all() and np.isfinite(rhs).all()):
            raise FitError(
                translate(
                    "Solvers",
                    "Xᵀy cannot be formed in float64 here: it overflows. Least "
                    "squares (ols) scales the columns first.",
                )
            )
        try:
            theta = np.linalg.inv(gram) @ rhs
        except np.linalg.LinAlgError:
            raise FitError(
                translate(
                    "Solvers",
                    "XᵀX is exactly singular, so inv(XᵀX) does not exist: some terms "
                    "are linear combinations of others. Use OLS, which reports which "
                    "ones.",
                )
            ) from None
        self._set_coefficients(design, theta)
        reference = OLS().fit(design)
        self.reference_ = reference
        cond_x = reference.user_condition_number_
        cond = cond_x * cond_x
        notes = []
        if not np.isfinite(theta).all():
            notes.append(translate("Solvers", "inv(XᵀX) produced non-finite numbers."))
        if cond * _EPS > 1e-3:
            bound = -math.log10(cond * _EPS)
            if bound < 0.5:
                message = translate(
                    "Solvers",
                    "XᵀX has condition number {cond} ([1, X]'s {cond_x}, squared). "
                    "Float64's worst-case bound (cond × ε = {bound}) guarantees no "
                    "correct digit; measured against the QR solution, these "
                    "coefficients keep {kept}.",
                )
            else:
                message = translate(
                    "Solvers",
                    "XᵀX has condition number {cond} ([1, X]'s {cond_x}, squared). "
                    "Float64's worst-case bound (cond × ε = {bound}) guarantees only "
                    "about {digits} correct digits; measured against the QR "
                    "solution, these coefficients keep {kept}.",
                )
            kept = _digits(theta, reference.params_)
            notes.append(
                message.format(
                    cond=number(cond, ".1e"),
                    cond_x=number(cond_x, ".1e"),
                    bound=number(cond * _EPS, ".1e"),
                    digits=number(bound, ".0f"),
                    kept=number(kept, ".1f"),
                )
            )
        self.condition_number_ = cond
        self.warnings_ = tuple(notes)
        return self


def _digits(params: FloatArray, reference: FloatArray) -> float:
    """Fewest digits any coefficient shares with the reference (finite ones)."""
    digits = [
        stats.digits_of_agreement(float(e), float(r))
        for e, r in zip(params, reference, strict=True)
        if math.isfinite(r)
    ]
    return min(digits) if digits else 0.0


def _require_squares_in_range(A: FloatArray, design: Design, what: str) -> None:
    """Raise :class:`FitError` when a column's ``Σa²`` leaves float64's normal range.

    The textbook recipes square the columns as they are (the normal equation in
    ``XᵀX``, ``np.polyfit`` to scale them); beyond 1.8e308 that is inf, below
    2.2e-308 it is 0 or a subnormal number, and LAPACK fed the result prints
    ``DLASCL … illegal value`` or fails to converge.
    """
    names = design.coefficient_names
    top = np.max(np.abs(A), axis=0)
    _, exponents = np.frexp(top)
    if np.all(np.abs(exponents) < 400):  # every square and sum stays normal
        return
    for name, column, largest in zip(names, A.T, top, strict=True):
        if largest == 0:
            continue
        rest = float(np.sum((column / largest) ** 2))
        size = 2 * math.log10(float(largest)) + math.log10(rest)
        if size > _LOG10_MAX:
            message = translate(
                "Solvers",
                "{what} here: the sum of squares of '{name}' would be about 1e{size}, "
                "above float64's largest number (1.8e308). Least squares (ols) "
                "scales the columns first.",
            )
        elif size < _LOG10_TINY:
            message = translate(
                "Solvers",
                "{what} here: the sum of squares of '{name}' would be about 1e{size}, "
                "below float64's smallest normal number (2.2e-308). Least squares "
                "(ols) scales the columns first.",
            )
        else:
            continue
        raise FitError(
            message.format(
                what=translate("Solvers", what), name=name, size=format(size, ".0f")
            )
        )


_LOG10_MAX = math.log10(float(np.finfo(np.float64).max))
_LOG10_TINY = math.log10(float(np.finfo(np.float64).tiny))


class NumpyLstsq(Estimator):
    """``np.linalg.lstsq(X, y, rcond=None)`` on the raw design (SVD).

    Its default cut-off treats small singular values as zero, so on NIST Filip it
    silently drops a rank and returns coefficients with no correct digits.
    """

    def fit(self, design: Design) -> NumpyLstsq:
        A, y = _textbook_system(design)
        try:
            theta, _, rank, singular = np.linalg.lstsq(A, y, rcond=None)
        except np.linalg.LinAlgError as error:
            raise FitError(
                translate(
                    "Solvers",
                    "np.linalg.lstsq failed on this design ({reason}). Least squares "
                    "(ols) scales the columns first.",
                ).format(reason=error)
            ) from None
        self._set_coefficients(design, np.asarray(theta, dtype=np.float64))
        self.rank_ = int(rank)
        self.singular_values_ = singular
        notes = []
        if rank < A.shape[1]:
            notes.append(
                translate(
                    "Solvers",
                    "np.linalg.lstsq treated the design as rank {rank} of {terms} (its "
                    "cut-off dropped the smallest singular value) and returned a "
                    "different, minimum-norm answer without an error.",
                ).format(rank=rank, terms=A.shape[1])
            )
        self.warnings_ = tuple(notes)
        return self


class Polyfit(Estimator):
    """``np.polyfit(x, y, degree)``: one x, with an intercept."""

    def fit(self, design: Design) -> Polyfit:
        spec = design.spec
        if len(spec.x) != 1 or not spec.intercept:
            raise FitError(
                translate(
                    "Solvers",
                    "np.polyfit fits a polynomial in one x with an intercept; choose "
                    "one x column and keep the intercept on.",
                )
            )
        A, _ = _textbook_system(design)
        _require_squares_in_range(
            A,
            design,
            QT_TRANSLATE_NOOP("Solvers", "np.polyfit cannot scale the powers of x"),
        )
        w = None if design.weights is None else np.sqrt(design.weights)
        with (
            warnings.catch_warnings(record=True) as caught,
            np.errstate(over="ignore", invalid="ignore"),
        ):
            warnings.simplefilter("always", RankWarning)
            try:
                highest_first = np.polyfit(design.x_values, design.y, spec.degree, w=w)
            except (np.linalg.LinAlgError, ValueError) as error:
                raise FitError(
                    translate(
                        "Solvers",
                        "np.polyfit failed on this data ({reason}): it squares each "
                        "power of x to scale it, which leaves float64's range here. "
                        "Least squares (ols) scales x first.",
                    ).format(reason=error)
                ) from None
        if not np.isfinite(highest_first).all():
            raise FitError(
                translate(
                    "Solvers",
                    "np.polyfit returned non-finite coefficients: it squares each "
                    "power of x to scale it, which leaves float64's range here. "
                    "Least squares (ols) scales x first.",
                )
            )
        self._set_coefficients(design, highest_first[::-1].astype(float))
        self.warnings_ = tuple(
            translate("Solvers", "np.polyfit warned: {warning}").format(
                warning=w.message
            )
            for w in caught
            if w.category is RankWarning
        )
        return self


class Ridge(Estimator):
    """Least squares plus ``alpha · Σ b_j²`` (the intercept is not penalised).

    The objective is scikit-learn's: ``Σ w (y - ŷ)² + alpha ‖b‖²``.  With
    ``standardize=True`` the penalty applies to the coefficients of standardised
    terms (the usual choice, so every term is shrunk alike); either way the
    answer is reported in the user's units.  Solved on power-of-two scaled
    columns (:class:`Scaling`) with the penalty carried over exactly.
    """

    def __init__(self, *, alpha: float = 1.0, standardize: bool = False) -> None:
        self.alpha = alpha
        self.standardize = standardize

    def fit(self, design: Design) -> Ridge:
        _require_non_negative("alpha", self.alpha)
        scaling = Scaling.of(design)
        scaled = scaling.apply(design)
        basis = scaled.working_basis(self.standardize)
        # Σw(y-ŷ)² shrinks by 2^(2·ey + ew) in scaled units, and b_j² by
        # 2^(2·ey - 2·e_j) (a standardised coefficient: 2^(2·ey)).
        exponents = np.zeros(design.n_terms, dtype=np.int64)
        if not self.standardize:
            exponents = -2 * scaling.term_exponents
        with np.errstate(over="ignore"):
            penalty = np.ldexp(float(self.alpha), exponents - scaling.weights)
        # A penalty beyond float64 forces its coefficient to 0 all the same.
        penalty = np.minimum(penalty, _HUGE_PENALTY)
        solution = lstsq.solve(
            basis,
            scaled.y,
            intercept=design.intercept,
            weights=scaled.weights,
            ridge=penalty if self.alpha > 0 else None,
        )
        internal = basis.coefficients_to_user(solution.coef)
        user = scaling.coefficients_to_user(internal)
        self._set_coefficients(design, user)
        self.predictor_ = Predictor.from_solution(scaling, basis, solution, design)
        notes = _range_notes(design, scaling, internal, user)
        if solution.aliased:
            names = ", ".join(design.term_names[j] for j in solution.aliased)
            notes.insert(
                0,
                translate(
                    "Solvers", "Terms {names} are collinear; their coefficients are 0."
                ).format(names=names),
            )
        self.warnings_ = tuple(notes)
        return self


#: Ridge rows are √penalty: this keeps them, and their squares in the QR, finite.
_HUGE_PENALTY = 1e300


class Lasso(Estimator):
    """Least squares plus an L1 penalty, by cyclic coordinate descent.

    Minimises scikit-learn's objective ``(1/2n) Σ w (y - ŷ)² + alpha ‖b‖₁`` (case
    weights normalised to sum to n), on the Gram matrix, so each sweep costs
    O(p²) whatever the number of rows.  Large alphas set coefficients exactly to
    zero: that is the point of the lesson.  Solved on power-of-two scaled columns
    (:class:`Scaling`; the Gram matrix of x ~ 1e300 would overflow), with each
    coordinate's penalty carried over exactly.

    Attributes
    ----------
    converged_ : bool
        Whether the largest change in a sweep fell below ``tol`` times the largest
        coefficient before ``max_iter`` sweeps.
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
        scaling = Scaling.of(design)
        scaled = scaling.apply(design)
        basis = scaled.working_basis(self.standardize)
        P, y = basis.matrix, scaled.y
        n_rows = design.n_samples
        w = np.ones(n_rows) if scaled.weights is None else scaled.weights
        w = w * (n_rows / w.sum())
        n = float(n_rows)
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
        # (1/2n)Σw(y-ŷ)² shrinks by 2^(2·ey) in scaled units and |b_j| by
        # 2^(ey - e_j) (a standardised coefficient: 2^ey).
        exponents = np.zeros(design.n_terms, dtype=np.int64)
        if not self.standardize:
            exponents = -scaling.term_exponents
        with np.errstate(over="ignore"):
            alphas = np.ldexp(float(self.alpha), exponents - scaling.y)
        beta, n_iter, converged, change = _coordinate_descent(
            gram, corr, alphas, self.max_iter, self.tol
        )
        internal = (
            np.concatenate([[mean_y - float(mean_P @ beta)], beta])
            if design.intercept
            else beta
        )
        scaled_user = basis.coefficients_to_user(internal)
        user = scaling.coefficients_to_user(scaled_user)
        self._set_coefficients(design, user)
        self.predictor_ = Predictor(
            scaling, basis.transform, mean_P, mean_y, beta, design, yc - Pc @ beta
        )
        self.n_iter_ = n_iter
        self.converged_ = converged
        notes = _range_notes(design, scaling, scaled_user, user)
        if not converged:
            notes.insert(
                0,
                translate(
                    "Solvers",
                    "Coordinate descent did not converge: it stopped at its limit of "
                    "{sweeps} sweeps with the last sweep still moving a coefficient "
                    "by {change} of the largest (the tolerance is {tol}); "
                    "standardising the features usually fixes this.",
                ).format(
                    sweeps=n_iter,
                    change=number(change, ".1e"),
                    tol=number(self.tol, "g"),
                ),
            )
        self.warnings_ = tuple(notes)
        return self


def _coordinate_descent(
    gram: FloatArray, corr: FloatArray, alpha: FloatArray, max_iter: int, tol: float
) -> tuple[FloatArray, int, bool, float]:
    """Cyclic coordinate descent with one penalty per coordinate.

    Returns the coefficients, the sweeps run, whether they converged, and the last
    sweep's largest change relative to the largest coefficient.
    """
    p = gram.shape[0]
    beta = np.zeros(p)
    diag = np.diag(gram).copy()
    if np.any(diag <= 0):
        raise FitError(
            translate("Solvers", "A term has no spread, so the lasso cannot weigh it.")
        )
    g_beta = np.zeros(p)  # gram @ beta, kept up to date
    relative = math.inf
    for sweep in range(1, max_iter + 1):
        largest_change = 0.0
        for j in range(p):
            old = beta[j]
            rho = corr[j] - g_beta[j] + diag[j] * old
            new = np.sign(rho) * max(abs(rho) - alpha[j], 0.0) / diag[j]
            if new != old:
                g_beta += gram[:, j] * (new - old)
                beta[j] = new
                largest_change = max(largest_change, abs(new - old))
        scale = max(float(np.max(np.abs(beta))), _EPS)
        relative = largest_change / scale
        if largest_change <= tol * scale:
            return beta, sweep, True, relative
    return beta, max_iter, False, relative


def _textbook_system(design: Design) -> tuple[FloatArray, FloatArray]:
    """``[1, X]`` and ``y`` as a tutorial builds them (rows times √w if weighted).

    Raises :class:`FitError` when a raw power of x leaves float64's range: these
    recipes take the terms as they are, and LAPACK given inf answers with
    ``DLASCL`` errors or "SVD did not converge".
    """
    A = design.raw_basis().matrix
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
        raise FitError(
            translate("Solvers", "{name} must be a number ≥ 0, not {value}.").format(
                name=name, value=repr(value)
            )
        )
