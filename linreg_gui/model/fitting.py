"""From a data set and the user's choices to a fitted, summarised model.

This is the one path the command line, the window and the tests share:
``prepare`` picks the rows and builds the design (with an optional train/test
split), ``fit`` runs the chosen method, and ``summarize`` turns any coefficients
(also those of a gradient-descent run in progress) into a :class:`FitResult`.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from linreg_gui.model import stats
from linreg_gui.model.design import Design, DesignSpec, build_design
from linreg_gui.model.errors import FitError
from linreg_gui.model.gd import METHODS as GD_METHODS
from linreg_gui.model.gd import GradientDescent, GradientDescentRun, Prepared
from linreg_gui.model.predictor import Predictor
from linreg_gui.model.quadratic import gram_matrix, max_stable_learning_rate
from linreg_gui.model.solvers import (
    OLS,
    Estimator,
    Lasso,
    NormalEquation,
    NumpyLstsq,
    Polyfit,
    Ridge,
)
from linreg_gui.model.steps import STOP_RULES, Gap, StepBlock
from linreg_gui.model.text import QT_TRANSLATE_NOOP, number, translate

if TYPE_CHECKING:
    from linreg_gui.model.dataset import Dataset

FloatArray = NDArray[np.float64]

#: Every method, in the order menus list them, with its title.
#: English, as the command line prints them; the window shows `method_title`.
METHOD_TITLES: dict[str, str] = {
    "ols": QT_TRANSLATE_NOOP("Fitting", "Least squares (QR)"),
    "normal": QT_TRANSLATE_NOOP("Fitting", "Normal equation, inv(XᵀX)"),
    "lstsq": "np.linalg.lstsq",
    "polyfit": "np.polyfit",
    "ridge": QT_TRANSLATE_NOOP("Fitting", "Ridge (L2 penalty)"),
    "lasso": QT_TRANSLATE_NOOP("Fitting", "Lasso (L1 penalty)"),
    "gd": QT_TRANSLATE_NOOP("Fitting", "Batch gradient descent"),
    "sgd": QT_TRANSLATE_NOOP("Fitting", "Mini-batch SGD"),
    "momentum": QT_TRANSLATE_NOOP("Fitting", "Gradient descent with momentum"),
    "adam": "Adam",
}
METHODS = tuple(METHOD_TITLES)


def method_title(method: str) -> str:
    """A method's title in the window's language (its key if it is unknown)."""
    return translate("Fitting", METHOD_TITLES.get(method, method))


ITERATIVE_METHODS = GD_METHODS
CLOSED_FORM_METHODS = tuple(m for m in METHODS if m not in ITERATIVE_METHODS)


@dataclass(frozen=True)
class FitSettings:
    """How to fit: the method and its hyperparameters (unused ones are ignored)."""

    method: str = "ols"
    alpha: float = 1.0
    learning_rate: float = 0.01
    max_iter: int = 1000
    tol: float = 1e-6
    stop_on: str = "gap"
    batch_size: int | None = None
    momentum: float = 0.9
    standardize: bool = False
    test_size: float = 0.0
    random_state: int | None = 0

    def validate(self) -> None:
        if self.method not in METHOD_TITLES:
            raise FitError(
                translate(
                    "Fitting", "Unknown method '{method}'; choose one of {methods}."
                ).format(method=self.method, methods=", ".join(METHODS))
            )
        if not (math.isfinite(self.test_size) and 0 <= self.test_size < 1):
            raise FitError(
                translate(
                    "Fitting", "The test fraction must be in [0, 1), not {value}."
                ).format(value=self.test_size)
            )
        if self.stop_on not in STOP_RULES:
            raise FitError(translate("Fitting", "Stop on 'gap', 'gradient' or 'loss'."))
        seed = self.random_state
        whole = isinstance(seed, numbers.Integral) and not isinstance(seed, bool)
        if seed is not None and not (whole and 0 <= seed < 2**32):
            raise FitError(
                translate(
                    "Fitting",
                    "The random seed must be a whole number from 0 to {most}, not "
                    "{seed}.",
                ).format(most=2**32 - 1, seed=repr(seed))
            )

    def estimator(self) -> Estimator:
        """A fresh, unfitted estimator for ``method``."""
        self.validate()
        m = self.method
        if m == "ols":
            return OLS()
        if m == "normal":
            return NormalEquation()
        if m == "lstsq":
            return NumpyLstsq()
        if m == "polyfit":
            return Polyfit()
        if m == "ridge":
            return Ridge(alpha=self.alpha, standardize=self.standardize)
        if m == "lasso":
            return Lasso(alpha=self.alpha, standardize=self.standardize)
        return self.gradient_descent()

    def gradient_descent(self) -> GradientDescent:
        if self.method not in ITERATIVE_METHODS:
            raise FitError(
                translate("Fitting", "'{method}' is not an iterative method.").format(
                    method=self.method
                )
            )
        return GradientDescent(
            method=self.method,
            learning_rate=self.learning_rate,
            max_iter=self.max_iter,
            tol=self.tol,
            stop_on=self.stop_on,  # type: ignore[arg-type]
            batch_size=self.batch_size,
            momentum=self.momentum,
            standardize=self.standardize,
            random_state=self.random_state,
        )


@dataclass(frozen=True, eq=False)
class Problem:
    """The rows and terms of one fit.

    Attributes
    ----------
    design : Design
        Every usable row (none missing a selected value).
    train, test : Design
        The split; ``test`` is None without one, and ``train`` is ``design``.
    n_dropped : int
        Rows left out for a missing value in a selected column.
    n_excluded : int
        Rows the user left out of the fit.
    """

    design: Design
    train: Design
    test: Design | None
    n_dropped: int
    n_excluded: int = 0

    @property
    def spec(self) -> DesignSpec:
        return self.design.spec


def prepare(
    columns: Mapping[str, FloatArray],
    spec: DesignSpec,
    *,
    test_size: float = 0.0,
    random_state: int | None = 0,
    exclude: Collection[int] = (),
) -> Problem:
    """Build the design from numeric columns and split it into train and test.

    The split is a seeded random permutation; the test part has
    ``ceil(test_size · n)`` rows (as scikit-learn's ``train_test_split``).
    """
    mask = None
    if exclude:
        n_rows = len(next(iter(columns.values())))
        mask = np.zeros(n_rows, dtype=bool)
        index = np.fromiter((r for r in exclude if 0 <= r < n_rows), dtype=np.intp)
        mask[index] = True
    n_excluded = int(mask.sum()) if mask is not None else 0
    design, n_dropped = build_design(dict(columns), spec, mask)
    if test_size <= 0:
        return Problem(design, design, None, n_dropped, n_excluded)
    n = design.n_samples
    n_test = math.ceil(test_size * n)
    n_train = n - n_test
    if n_train < design.n_params or n_test < 1:
        raise FitError(
            translate(
                "Fitting",
                "A test fraction of {fraction} leaves {train} training rows of "
                "{rows}; the model needs at least {params}.",
            ).format(
                fraction=number(test_size, "g"),
                train=n_train,
                rows=n,
                params=design.n_params,
            )
        )
    order = np.random.default_rng(random_state).permutation(n)
    test_index = np.sort(order[:n_test])
    train_index = np.sort(order[n_test:])
    train = design.subset(train_index)
    _check_not_constant(train)
    return Problem(design, train, design.subset(test_index), n_dropped, n_excluded)


def _check_not_constant(design: Design) -> None:
    if not design.intercept:
        return
    columns = (
        design.X[:, : len(design.spec.x)]
        if design.spec.degree == 1
        else design.X[:, :1]
    )
    names = design.spec.x
    for j, name in enumerate(names):
        col = columns[:, j]
        if np.all(col == col[0]):
            raise FitError(
                translate(
                    "Fitting",
                    "In the training rows x column '{name}' is constant; choose "
                    "another split seed or a smaller test fraction.",
                ).format(name=name)
            )


@dataclass(frozen=True)
class FitResult:
    """A fitted model and everything the results panel, the CLI and JSON show."""

    method: str
    coefficients: tuple[stats.Coefficient, ...]
    intercept: float
    coef: FloatArray
    train: stats.Metrics
    test: stats.Metrics | None = None
    inference: stats.Inference | None = None
    iterations: int | None = None
    #: Gradient runs: within the tolerance of the optimum (see README, Accuracy).
    converged: bool | None = None
    #: Gradient runs: why the run ended (a :class:`StopReason` value).
    stop_reason: str | None = None
    #: Gradient runs: the final step's relative gap to the least-squares optimum.
    gap_to_optimum: Gap | None = None
    warnings: tuple[str, ...] = ()
    n_dropped: int = 0
    condition_number: float | None = None
    user_condition_number: float | None = None
    rank: int | None = None
    max_stable_learning_rate: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    #: The fit as its solver holds it: metrics and predictions come from here.
    predictor: Predictor | None = field(default=None, repr=False, compare=False)

    @property
    def params(self) -> FloatArray:
        return np.array([c.estimate for c in self.coefficients])

    def to_json_dict(self) -> dict[str, Any]:
        """The ``--json`` object: finite numbers, and ``None`` where undefined."""
        inf = self.inference
        data: dict[str, Any] = {
            "n_samples": self.train.n_samples,
            "method": self.method,
            "coefficients": [
                {
                    "name": c.name,
                    "estimate": _num(c.estimate),
                    "std_error": _num(c.std_error),
                    "t_value": _num(c.t_value),
                    "p_value": _num(c.p_value),
                    "ci_low": _num(c.ci_low),
                    "ci_high": _num(c.ci_high),
                }
                for c in self.coefficients
            ],
            "r2": _num(self.train.r2),
            "adj_r2": _num(self.train.adj_r2),
            "mse": _num(self.train.mse),
            "rmse": _num(self.train.rmse),
            "mae": _num(self.train.mae),
            "residual_std_error": _num(inf.residual_std_error) if inf else None,
            "f_statistic": _num(inf.f_statistic) if inf else None,
            "f_p_value": _num(inf.f_p_value) if inf else None,
            "df_model": inf.df_model if inf else None,
            "df_resid": inf.df_resid if inf else None,
            "iterations": self.iterations,
            "converged": self.converged,
            "stop_reason": self.stop_reason,
            "gap_to_optimum": None
            if self.gap_to_optimum is None
            else {
                "coef": _num(self.gap_to_optimum.coef),
                "loss": _num(self.gap_to_optimum.loss),
            },
            "warnings": list(self.warnings),
            "n_dropped": self.n_dropped,
            "condition_number": _num(self.user_condition_number),
            "rank": self.rank,
            "max_stable_learning_rate": _num(self.max_stable_learning_rate),
            "test": None,
        }
        if self.test is not None:
            data["test"] = {
                "n_samples": self.test.n_samples,
                "r2": _num(self.test.r2),
                "mse": _num(self.test.mse),
                "rmse": _num(self.test.rmse),
                "mae": _num(self.test.mae),
            }
        return data


def _num(value: float | None) -> float | None:
    """JSON has no NaN or infinity: those become ``None``."""
    if value is None or not math.isfinite(value):
        return None
    return float(value)


def summarize(
    problem: Problem,
    method: str,
    params: FloatArray,
    *,
    iterations: int | None = None,
    converged: bool | None = None,
    warnings: tuple[str, ...] = (),
    max_stable_learning_rate: float | None = None,
    predictor: Predictor | None = None,
) -> FitResult:
    """Metrics on train (and test) for coefficients ``params`` (intercept first).

    The residuals come from ``predictor`` (the fit in its solver's basis) when
    given, else from ``params`` evaluated exactly in centred powers: never from
    ``b0 + b1·x + … + bk·x^k`` in float64, which on Longley's years at degree 8
    gives R² = -1e13 for a fit whose R² is 0.957.
    """
    train = problem.train
    names = train.coefficient_names
    intercept, coef = _split(train, params)
    coefficients = tuple(
        stats.Coefficient(name, float(v)) for name, v in zip(names, params, strict=True)
    )
    model = predictor or Predictor.from_params(train, params)
    n_params = train.n_params - int(np.isnan(coef).sum())
    train_metrics = _model_metrics(train, model, n_params)
    return FitResult(
        method=method,
        coefficients=coefficients,
        intercept=intercept,
        coef=coef,
        train=train_metrics,
        test=_model_metrics(problem.test, model, n_params)
        if problem.test is not None
        else None,
        iterations=iterations,
        converged=converged,
        warnings=warnings + stats.mse_range_notes(train_metrics),
        n_dropped=problem.n_dropped,
        max_stable_learning_rate=max_stable_learning_rate,
        predictor=model,
    )


def _split(design: Design, params: FloatArray) -> tuple[float, FloatArray]:
    if design.intercept:
        return float(params[0]), np.asarray(params[1:], dtype=float)
    return 0.0, np.asarray(params, dtype=float)


def _metrics(design: Design, intercept: float, coef: FloatArray) -> stats.Metrics:
    """Metrics of user-unit coefficients on ``design``'s rows, evaluated exactly."""
    params = np.concatenate([[intercept], coef]) if design.intercept else coef
    model = Predictor.from_params(design, params)
    return _model_metrics(design, model, design.n_params - int(np.isnan(coef).sum()))


def _model_metrics(design: Design, model: Predictor, n_params: int) -> stats.Metrics:
    """Metrics from ``model``'s residuals, in scaled units, mapped back exactly."""
    y, weights = model.scaling.target(design)
    metrics = stats.residual_metrics(
        y,
        model.scaled_residuals(design),
        n_params=n_params,
        intercept=design.intercept,
        weights=weights,
    )
    return stats.rescale_metrics(metrics, model.scaling.y)


def fit(
    problem: Problem,
    settings: FitSettings,
    *,
    observe: Callable[[StepBlock], None] | None = None,
) -> FitResult:
    """Fit ``problem`` with ``settings.method`` and summarise the result.

    ``observe`` sees every block of steps of a gradient run as it comes (the
    command line's ``--history`` writes its rows from there).

    Raises
    ------
    FitError
        Invalid settings, or (``DivergenceError``) a gradient run that blew up.
    """
    estimator = settings.estimator()
    if isinstance(estimator, GradientDescent):
        estimator.fit(problem.train, problem.test, observe=observe)
        summary = summarize(
            problem,
            settings.method,
            estimator.params_,
            iterations=estimator.n_iter_,
            converged=estimator.converged_,
            warnings=estimator.warnings_,
            max_stable_learning_rate=estimator.max_stable_learning_rate_,
        )
        reason = estimator.stop_reason_
        return replace(
            summary,
            stop_reason=reason.value if reason is not None else None,
            gap_to_optimum=estimator.gap_,
        )
    estimator.fit(problem.train)
    result = summarize(
        problem,
        settings.method,
        estimator.params_,
        warnings=estimator.warnings_,
        predictor=estimator.predictor_,
    )
    if isinstance(estimator, (OLS, NormalEquation, NumpyLstsq, Polyfit)):
        # All four are least squares: the same table, for each one's coefficients.
        train = problem.train
        if isinstance(estimator, OLS):
            ols = estimator
        elif isinstance(estimator, NormalEquation):
            ols = estimator.reference_
        else:
            ols = OLS().fit(train)
        own = None if estimator is ols else estimator.params_
        inference = ols.inference(train, own, result.predictor)
        result = replace(
            result,
            coefficients=inference.coefficients,
            inference=inference,
            warnings=result.warnings + inference.warnings,
            condition_number=ols.condition_number_,
            user_condition_number=ols.user_condition_number_,
            rank=ols.rank_,
        )
    if isinstance(estimator, Lasso):
        result = replace(
            result, iterations=estimator.n_iter_, converged=estimator.converged_
        )
    return result


def start_run(
    problem: Problem,
    settings: FitSettings,
    start: FloatArray | None = None,
    prepared: Prepared | None = None,
) -> GradientDescentRun:
    """A gradient-descent step iterator for ``problem`` (what the GUI worker
    drives); ``start``: where to begin (user's units, intercept first), else 0;
    ``prepared``: the set-up an analysis made of these rows (saves a pass)."""
    settings.validate()
    return settings.gradient_descent().steps(
        problem.train, problem.test, start=start, prepared=prepared
    )


def stable_learning_rate(problem: Problem, settings: FitSettings) -> float | None:
    """The largest learning rate for which ``settings.method`` converges on the
    training rows (``None`` for methods without such a bound, e.g. Adam).

    Cheap enough to show beside the learning-rate box before a run: one pass
    over the rows for ``XᵀX`` and a small eigenvalue problem.
    """
    if settings.method not in ITERATIVE_METHODS:
        return None
    train = problem.train
    basis = train.working_basis(settings.standardize)
    with np.errstate(over="ignore", invalid="ignore"):
        gram = gram_matrix(basis.matrix, train.weights, train.intercept)
    if not np.all(np.isfinite(gram)):
        return None  # XᵀX overflows: the run itself says why it cannot start
    return max_stable_learning_rate(gram, settings.method, settings.momentum)


def resolve_spec(
    dataset: Dataset,
    x: tuple[str, ...] = (),
    y: str | None = None,
    *,
    degree: int = 1,
    intercept: bool = True,
    weights: str | None = None,
) -> DesignSpec:
    """A :class:`DesignSpec` with defaults filled in and every name checked."""
    numeric = dataset.numeric_columns
    if not x:
        candidates = [c for c in numeric if c != y and c != weights]
        if not candidates:
            raise FitError(
                translate(
                    "Fitting", "{data} has no numeric column left to use as x."
                ).format(data=dataset.name)
            )
        x = (candidates[0],)
    if y is None:
        candidates = [c for c in numeric if c not in x and c != weights]
        if not candidates:
            raise FitError(
                translate(
                    "Fitting", "{data} has no numeric column left to use as y."
                ).format(data=dataset.name)
            )
        y = candidates[-1]
    for name in (*x, y, *([weights] if weights else [])):
        _check_column(dataset, name)
    spec = DesignSpec(tuple(x), y, degree, intercept, weights)
    spec.validate()
    return spec


def _check_column(dataset: Dataset, name: str) -> None:
    if name in dataset.numeric_columns:
        return
    if name in dataset.non_numeric:
        raise FitError(
            translate("Fitting", "Column '{name}' is not numeric: {reason}.").format(
                name=name, reason=dataset.non_numeric[name]
            )
        )
    listed = ", ".join(f"'{c}'" for c in dataset.numeric_columns)
    raise FitError(
        translate(
            "Fitting", "{data} has no column named '{name}'. Numeric columns: {names}."
        ).format(data=dataset.name, name=name, names=listed)
    )


def prepare_dataset(
    dataset: Dataset,
    spec: DesignSpec,
    *,
    test_size: float = 0.0,
    random_state: int | None = 0,
    exclude: Collection[int] = (),
) -> Problem:
    """:func:`prepare` on the columns of a loaded :class:`Dataset`."""
    names = {*spec.x, spec.y, *([spec.weights] if spec.weights else [])}
    for name in names:
        _check_column(dataset, name)
    columns = {name: dataset.values(name) for name in names}
    return prepare(
        columns, spec, test_size=test_size, random_state=random_state, exclude=exclude
    )


def predict(
    design: Design,
    intercept: float,
    coef: FloatArray,
    *,
    predictor: Predictor | None = None,
) -> FloatArray:
    """Fitted values ``b0 + X b`` on the design's rows (NaN coefficients count as 0).

    Pass a result's ``predictor`` for a closed-form fit: coefficients in raw
    powers cannot hold a polynomial far from x = 0 (Longley's years at degree 8:
    off by 1e10), the predictor can.
    """
    if predictor is not None:
        return predictor.predict(design)
    return intercept + design.X @ np.where(np.isnan(coef), 0.0, coef)


def fitted_curve(
    design: Design,
    intercept: float,
    coef: FloatArray,
    x_range: tuple[float, float] | None = None,
    n_points: int = 400,
    *,
    predictor: Predictor | None = None,
) -> tuple[FloatArray, FloatArray]:
    """The fitted line or polynomial of a one-x model on a dense grid, for drawing.

    Parameters
    ----------
    x_range : (float, float), optional
        Defaults to the range of the design's x.
    predictor : Predictor, optional
        A result's ``predictor``: the curve is then evaluated where the fit is
        accurate (see :func:`predict`).
    """
    if len(design.spec.x) != 1:
        raise FitError(
            translate(
                "Fitting", "A fitted curve needs a model with exactly one x column."
            )
        )
    lo, hi = x_range if x_range is not None else _x_range(design)
    xs = np.linspace(lo, hi, 2 if design.spec.degree == 1 else n_points)
    if predictor is not None:
        return xs, predictor.at(xs)
    coef = np.where(np.isnan(coef), 0.0, coef)
    ys = np.full_like(xs, intercept)
    power = np.ones_like(xs)
    with np.errstate(over="ignore", invalid="ignore"):  # inf past the float range
        for c in coef:  # Horner would be faster; this mirrors b0 + b1·x + b2·x² …
            power = power * xs
            ys = ys + c * power
    return xs, ys


def _x_range(design: Design) -> tuple[float, float]:
    x = design.x_values
    return float(x.min()), float(x.max())
