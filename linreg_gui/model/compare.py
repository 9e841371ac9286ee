"""Fit one problem with every closed-form method and count the digits they share.

This is the lesson "why ``lstsq`` beats ``inv``" made visible: on NIST Filip the
normal equations and plain ``np.linalg.lstsq`` agree with the accurate solver to
no digits at all, and only one of them says anything about it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from linreg_gui.model import stats
from linreg_gui.model.design import Design
from linreg_gui.model.errors import FitError
from linreg_gui.model.fitting import METHOD_TITLES, Problem
from linreg_gui.model.solvers import OLS, Estimator, NormalEquation, NumpyLstsq, Polyfit

FloatArray = NDArray[np.float64]


agreeing_digits = stats.digits_of_agreement


def _fewest_digits(params: FloatArray, reference: FloatArray) -> float | None:
    """The fewest digits any coefficient shares with the reference; None when the
    reference has no finite coefficient to compare with."""
    digits = [
        agreeing_digits(float(e), float(r))
        for e, r in zip(params, reference, strict=True)
        if math.isfinite(r)
    ]
    return min(digits) if digits else None


@dataclass(frozen=True)
class MethodOutcome:
    """What one method returned, or why it could not run."""

    method: str
    title: str
    params: FloatArray | None
    digits: float | None
    warnings: tuple[str, ...]
    error: str | None = None


@dataclass(frozen=True)
class Comparison:
    """Each method's coefficients and its digits of agreement with the QR solver."""

    names: tuple[str, ...]
    outcomes: tuple[MethodOutcome, ...]
    condition_number: float

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "names": list(self.names),
            "condition_number": _finite_or_none(self.condition_number),
            "methods": [
                {
                    "method": o.method,
                    "coefficients": None
                    if o.params is None
                    else [_finite_or_none(float(v)) for v in o.params],
                    "digits_agreeing_with_ols": o.digits,
                    "warnings": list(o.warnings),
                    "error": o.error,
                }
                for o in self.outcomes
            ],
        }


def _finite_or_none(value: float) -> float | None:
    return value if math.isfinite(value) else None


def compare_methods(problem: Problem) -> Comparison:
    """Run OLS, ``inv(XᵀX)``, ``lstsq`` and (one x) ``polyfit`` on the same rows."""
    design = problem.train
    reference = OLS().fit(design)
    estimators: dict[str, Estimator] = {
        "normal": NormalEquation(),
        "lstsq": NumpyLstsq(),
        "polyfit": Polyfit(),
    }
    outcomes = [
        MethodOutcome(
            "ols", METHOD_TITLES["ols"], reference.params_, 15.0, reference.warnings_
        )
    ]
    for method, estimator in estimators.items():
        try:
            estimator.fit(design)
        except (FitError, np.linalg.LinAlgError, ValueError) as error:
            message = str(error)
            if not isinstance(error, FitError):
                message = f"{METHOD_TITLES[method]} failed: {message}"
            outcomes.append(
                MethodOutcome(method, METHOD_TITLES[method], None, None, (), message)
            )
            continue
        digits = _fewest_digits(estimator.params_, reference.params_)
        outcomes.append(
            MethodOutcome(
                method,
                METHOD_TITLES[method],
                estimator.params_,
                digits,
                estimator.warnings_,
            )
        )
    outcomes.append(_sklearn_outcome(design, reference.params_))
    return Comparison(
        design.coefficient_names, tuple(outcomes), reference.user_condition_number_
    )


def _sklearn_outcome(design: Design, reference: FloatArray) -> MethodOutcome:
    """scikit-learn's ``LinearRegression`` on the same rows, when it is installed."""
    title = "scikit-learn LinearRegression"
    try:
        from sklearn.linear_model import LinearRegression
    except ImportError:
        note = "scikit-learn is not installed here (pip install scikit-learn)."
        return MethodOutcome("sklearn", title, None, None, (), note)
    model = LinearRegression(fit_intercept=design.intercept)
    try:
        with np.errstate(all="ignore"):
            model.fit(design.raw_basis().matrix, design.y, sample_weight=design.weights)
    except (FitError, np.linalg.LinAlgError, ValueError) as error:
        return MethodOutcome("sklearn", title, None, None, (), f"{title}: {error}")
    coef = np.asarray(model.coef_, dtype=float)
    params = (
        np.concatenate([[float(model.intercept_)], coef]) if design.intercept else coef
    )
    digits = _fewest_digits(params, reference)
    notes: tuple[str, ...] = ()
    if digits is not None and digits < 6:
        notes = (
            f"scikit-learn agrees to only {digits:.0f} digits here: its SVD-based "
            "solver also treats nearly dependent columns as dependent.",
        )
    return MethodOutcome("sklearn", title, params, digits, notes)
