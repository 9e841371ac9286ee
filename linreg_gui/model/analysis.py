"""Everything the window shows before a run starts, computed in one go.

When the data, the columns or the settings change, the window needs the design
(rows and terms), the least-squares answer to draw as the dashed reference, the
chosen closed-form method's result and the largest stable learning rate.  This
computes all of it together so that one background task can do it.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from dataclasses import dataclass

import numpy as np

from linreg_gui.model import stats
from linreg_gui.model.dataset import Dataset
from linreg_gui.model.design import Design, DesignSpec
from linreg_gui.model.errors import FitError
from linreg_gui.model.fitting import (
    ITERATIVE_METHODS,
    FitResult,
    FitSettings,
    Problem,
    fit,
    prepare_dataset,
    stable_learning_rate,
)
from linreg_gui.model.gd import Prepared
from linreg_gui.model.plot_data import PlotData, plot_data

NAN = float("nan")


@dataclass(frozen=True)
class _Spread:
    """Sums over y that turn an MSE into R²."""

    total: float  # Σw
    ss_tot: float  # Σw(y - ȳ)², or Σwy² without an intercept
    n: int  # rows with non-zero weight

    @classmethod
    def of(cls, design: Design) -> _Spread:
        y, weights = design.y, design.weights
        w = np.ones_like(y) if weights is None else weights
        total = float(w.sum())
        ss_tot = stats.total_sum_of_squares(y, weights, design.intercept)
        return cls(total, ss_tot, int(np.count_nonzero(w)))


@dataclass(frozen=True, eq=False)
class Analysis:
    """The prepared problem and the answers that need no iteration.

    Attributes
    ----------
    problem : Problem
    reference : FitResult or None
        Ordinary least squares on the training rows: the line gradient descent
        should reach.  None if it could not be computed.
    result : FitResult or None
        The chosen method's result when it is closed-form; None for iterative
        methods (a run produces theirs).
    stable_learning_rate : float or None
    train_spread, test_spread : _Spread, _Spread or None
        Sums over y that turn a running fit's loss into R² (see
        `metrics_from_loss`), worked out here once, off the GUI thread.
    reference_error : str
        Why ``reference`` is missing, if it is.
    views : PlotData
        What the table and plots show of this problem (row status, scatter
        points, the predicted-vs-actual sample), worked out here too: at 10⁷
        rows each is a fraction of a second the GUI thread must not spend.
    """

    problem: Problem
    settings: FitSettings
    reference: FitResult | None
    result: FitResult | None
    stable_learning_rate: float | None
    train_spread: _Spread
    test_spread: _Spread | None
    views: PlotData
    reference_error: str = ""
    #: A gradient run's O(N d²) set-up, made here so that Run starts at once
    #: (at 10⁶ rows it held the interpreter for 0.1-0.2 s at every start).
    prepared: Prepared | None = None

    @property
    def is_iterative(self) -> bool:
        return self.settings.method in ITERATIVE_METHODS

    def metrics_from_loss(self, loss: float, *, test: bool = False) -> stats.Metrics:
        """Every metric a running fit's MSE determines, in O(1).

        A run reports its loss at every step; R², adjusted R² and RMSE follow
        from it and from sums over y computed once.  MAE needs the residuals
        themselves, so it is NaN here (a finished run has the real value).
        """
        design = self.problem.test if test else self.problem.train
        if design is None:
            raise ValueError("this problem has no test rows")
        spread = self.test_spread if test else self.train_spread
        assert spread is not None  # there is one whenever there are rows
        r2 = 1.0 - loss * spread.total / spread.ss_tot if spread.ss_tot > 0 else NAN
        df_resid = spread.n - design.n_params
        adj = None
        if df_resid > 0 and math.isfinite(r2):
            adj = 1.0 - (1.0 - r2) * (spread.n - int(design.intercept)) / df_resid
        rmse = math.sqrt(loss) if loss >= 0 else NAN
        return stats.Metrics(spread.n, float(loss), rmse, NAN, r2, adj)


def analyse(
    dataset: Dataset,
    spec: DesignSpec,
    settings: FitSettings,
    exclude: Collection[int] = (),
) -> Analysis:
    """Prepare the problem and compute the closed-form answers.

    Raises
    ------
    FitError
        The data and choices do not define a model (the message says why).
    """
    settings.validate()
    problem = prepare_dataset(
        dataset,
        spec,
        test_size=settings.test_size,
        random_state=settings.random_state,
        exclude=exclude,
    )
    reference: FitResult | None = None
    reference_error = ""
    try:
        reference = fit(problem, FitSettings(method="ols"))
    except FitError as error:
        reference_error = str(error)
    result = None
    if settings.method not in ITERATIVE_METHODS:
        result = reference if settings.method == "ols" else fit(problem, settings)
    return Analysis(
        problem=problem,
        settings=settings,
        reference=reference,
        result=result,
        stable_learning_rate=stable_learning_rate(problem, settings),
        train_spread=_Spread.of(problem.train),
        test_spread=None if problem.test is None else _Spread.of(problem.test),
        reference_error=reference_error,
        views=plot_data(problem, exclude, dataset.values, dataset.n_rows),
        prepared=_prepared(problem, settings),
    )


def _prepared(problem: Problem, settings: FitSettings) -> Prepared | None:
    """The run's set-up for an iterative method, or None (a set-up that fails
    says why when the run starts)."""
    if settings.method not in ITERATIVE_METHODS:
        return None
    try:
        return Prepared.of(problem.train, problem.test, settings.standardize)
    except FitError:
        return None
