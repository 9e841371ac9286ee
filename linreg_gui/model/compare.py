"""Fit one problem with every closed-form method and count the digits they share.

This is the lesson "why ``lstsq`` beats ``inv``" made visible: on NIST Filip the
normal equations and plain ``np.linalg.lstsq`` agree with the accurate solver to
no digits at all, and only one of them says anything about it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from linreg_gui.model import stats
from linreg_gui.model.design import Design
from linreg_gui.model.errors import FitError
from linreg_gui.model.fitting import METHOD_TITLES, FitSettings, Problem
from linreg_gui.model.sklearn_child import (
    SklearnFit,
    SklearnMissing,
    abandon,
    fit_here,
)
from linreg_gui.model.snapshot import RunState
from linreg_gui.model.solvers import OLS, Estimator, NormalEquation, NumpyLstsq, Polyfit
from linreg_gui.model.text import number, translate

if TYPE_CHECKING:
    from linreg_gui.model.landscape import Curvature

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


def compare_methods(problem: Problem, sklearn_fit: SklearnFit = fit_here) -> Comparison:
    """Run OLS, ``inv(XᵀX)``, ``lstsq``, (one x) ``polyfit`` and scikit-learn
    on the same rows.

    ``sklearn_fit`` says where scikit-learn runs: here (the command line, tests)
    or, for the window, in a child process (:mod:`linreg_gui.model.sklearn_child`),
    started first so that it imports scikit-learn while the others fit.
    """
    design = problem.train
    sklearn_answer = _start_sklearn(design, sklearn_fit)
    try:
        reference = OLS().fit(design)
    except BaseException:
        abandon(sklearn_answer)
        raise
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
                message = translate("Compare", "{method} failed: {error}").format(
                    method=METHOD_TITLES[method], error=message
                )
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
    outcomes.append(_sklearn_outcome(sklearn_answer, reference.params_))
    return Comparison(
        design.coefficient_names, tuple(outcomes), reference.user_condition_number_
    )


_SKLEARN_TITLE = "scikit-learn LinearRegression"


def _start_sklearn(
    design: Design, sklearn_fit: SklearnFit
) -> Callable[[], FloatArray] | Exception:
    """Start scikit-learn's fit; what waits for it, or why it could not start."""
    try:
        return sklearn_fit(
            design.raw_basis().matrix, design.y, design.weights, design.intercept
        )
    except (FitError, np.linalg.LinAlgError, ValueError) as error:
        return error


def _sklearn_outcome(
    answer: Callable[[], FloatArray] | Exception, reference: FloatArray
) -> MethodOutcome:
    """scikit-learn's ``LinearRegression`` on the same rows, when it is installed."""
    title = _SKLEARN_TITLE
    try:
        if isinstance(answer, Exception):
            raise answer
        params = answer()
    except SklearnMissing:
        note = translate(
            "Compare", "scikit-learn is not installed here (pip install scikit-learn)."
        )
        return MethodOutcome("sklearn", title, None, None, (), note)
    except (FitError, np.linalg.LinAlgError, ValueError) as error:
        return MethodOutcome("sklearn", title, None, None, (), f"{title}: {error}")
    digits = _fewest_digits(params, reference)
    notes: tuple[str, ...] = ()
    if digits is not None and digits < 6:
        notes = (
            translate(
                "Compare",
                "scikit-learn agrees to only {digits} digits here: its SVD-based "
                "solver also treats nearly dependent columns as dependent.",
            ).format(digits=number(digits, ".0f")),
        )
    return MethodOutcome("sklearn", title, params, digits, notes)


@dataclass(frozen=True)
class DescentRun:
    """The window's current gradient-descent result, for its own column.

    Attributes
    ----------
    settings : FitSettings
        The run's method, rate, tolerance, limit and scaling.
    params : ndarray of shape (n_params,)
        Where it is now, intercept first, in the user's units.
    iteration : int
    state : RunState
    coef_gap : float
        Its relative distance to the least-squares coefficients.
    converged : bool
        Within the tolerance by the gap rule.
    """

    settings: FitSettings
    params: FloatArray
    iteration: int
    state: RunState
    coef_gap: float
    converged: bool


def with_descent(
    comparison: Comparison, run: DescentRun, curvature: Curvature | None = None
) -> Comparison:
    """``comparison`` with a column for ``run`` after the QR solver's.

    ``curvature`` (of the basis the run stepped in) lets the note say how many
    steps the tolerance needs at the fastest rate.
    """
    reference = comparison.outcomes[0].params
    if reference is None or len(reference) != len(run.params):
        return comparison
    outcome = MethodOutcome(
        "gd",
        METHOD_TITLES[run.settings.method],
        np.asarray(run.params, dtype=np.float64),
        _fewest_digits(run.params, reference),
        descent_notes(run, curvature),
    )
    first, *rest = comparison.outcomes
    return replace(comparison, outcomes=(first, outcome, *rest))


def descent_notes(run: DescentRun, curvature: Curvature | None) -> tuple[str, ...]:
    """Why gradient descent's answer differs from least squares: where the run
    is, what stopped it, and what scaling would change.  Long on purpose: one
    sentence per cause."""
    s = run.settings
    notes: list[str] = []
    gap = number(run.coef_gap, ".1e") if math.isfinite(run.coef_gap) else "?"
    count = run.iteration  # a plain name: pyside6-lupdate misses run.iteration
    steps = translate("Compare", "%n iterations", None, count)
    if run.state is RunState.DIVERGED:
        notes.append(
            translate(
                "Compare",
                "It diverged after {steps}: the learning rate {rate} is too large "
                "for this data, so each step overshoots further.",
            ).format(steps=steps, rate=number(s.learning_rate, ".3g"))
        )
        return tuple(notes)
    if not run.state.is_final:
        notes.append(
            translate(
                "Compare",
                "The run is not finished: these are its coefficients after {steps}, "
                "a relative distance of {gap} from least squares.",
            ).format(steps=steps, gap=gap)
        )
    elif run.converged:
        notes.append(
            translate(
                "Compare",
                "It stopped after {steps}, within its tolerance {tol} of least "
                "squares (relative distance {gap}): an iterative method stops "
                "when it is close enough, so it shares only the digits the "
                "tolerance asks for. A smaller tolerance buys more.",
            ).format(steps=steps, tol=number(s.tol, ".0e"), gap=gap)
        )
    elif run.state is RunState.MAX_ITER:
        notes.append(
            translate(
                "Compare",
                "It reached its limit of {steps} still {gap} away from least "
                "squares, outside its tolerance {tol}: more iterations or a larger "
                "learning rate would bring it closer.",
            ).format(steps=steps, gap=gap, tol=number(s.tol, ".0e"))
        )
    else:
        notes.append(
            translate(
                "Compare",
                "It stopped after {steps}, a relative distance of {gap} from least "
                "squares.",
            ).format(steps=steps, gap=gap)
        )
    if s.method == "sgd" and s.batch_size:
        notes.append(
            translate(
                "Compare",
                "Each step uses a mini-batch of {batch} rows, so the steps are "
                "noisy: with a constant learning rate it keeps wandering around "
                "the optimum instead of settling on it.",
            ).format(batch=s.batch_size)
        )
    if curvature is not None and math.isfinite(curvature.condition_number):
        needed = curvature.steps_to_shrink(1.0 / max(s.tol, 1e-16))
        kappa = number(curvature.condition_number, ".3g")
        if not s.standardize and curvature.condition_number > 100:
            notes.append(
                translate(
                    "Compare",
                    "Without feature scaling the loss is a long narrow valley "
                    "(κ = {kappa}): even at the fastest learning rate plain "
                    "gradient descent needs about {needed} steps for this "
                    "tolerance. Standardise x and it needs far fewer.",
                ).format(kappa=kappa, needed=number(needed, ",.0f"))
            )
        elif s.method == "gd" and math.isfinite(needed):
            notes.append(
                translate(
                    "Compare",
                    "The loss's valley has κ = {kappa}: at the fastest learning "
                    "rate plain gradient descent needs about {needed} steps for "
                    "this tolerance.",
                ).format(kappa=kappa, needed=number(needed, ",.0f"))
            )
    return tuple(notes)
