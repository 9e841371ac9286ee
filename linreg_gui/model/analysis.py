"""Everything the window shows before a run starts, computed in one go.

When the data, the columns or the settings change, the window needs the design
(rows and terms), the least-squares answer to draw as the dashed reference, the
chosen closed-form method's result and the largest stable learning rate.  This
computes all of it together so that one background task can do it.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

import numpy as np

from linreg_gui.model.data import Dataset
from linreg_gui.model.design import DesignSpec
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
    reference_error : str
        Why ``reference`` is missing, if it is.
    """

    problem: Problem
    settings: FitSettings
    reference: FitResult | None
    result: FitResult | None
    stable_learning_rate: float | None
    reference_error: str = ""

    @property
    def is_iterative(self) -> bool:
        return self.settings.method in ITERATIVE_METHODS

    def r2_from_loss(self, loss: float) -> float:
        """Training R² for a given training MSE, in O(1) (no predictions needed).

        ``R² = 1 - SSres/SStot`` and ``SSres = MSE · Σw``; SStot is centred with an
        intercept and uncentred without, as everywhere else.
        """
        train = self.problem.train
        w = np.ones(train.n_samples) if train.weights is None else train.weights
        total = float(w.sum())
        if train.intercept:
            centre = float(w @ train.y) / total
            ss_tot = float(w @ (train.y - centre) ** 2)
        else:
            ss_tot = float(w @ train.y**2)
        if ss_tot <= 0:
            return float("nan")
        return 1.0 - loss * total / ss_tot


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
        reference_error=reference_error,
    )
