"""The convergence sweep: is every gradient run's "converged" label honest?

Runs gd, momentum, adam and mini-batch SGD on several data sets (the seed
tutorial's 320 rows, the bundled examples), raw and standardised, under each
stopping rule, and judges each run's label against the gap rule worked out
here, independently of the run: from ordinary least squares (``method="ols"``)
and the final MSE computed from real residuals.  A label is honest when it says
converged exactly when every coefficient and the loss are within the tolerance.

"Before" is the label the app gave until the gap rule: converged whenever the
stopping rule fired (for the same iterates, the run's stop reason is
``gradient`` or ``loss``).  Run against an older tree, where results have no
stop reason, the engine reads that label from ``converged`` itself.

Used by ``tests/model/test_convergence_sweep.py`` (a short sweep) and
``benchmarks/convergence_sweep.py`` (the full table).
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from linreg_gui.model.examples import generate_linear, get_example, load_example
from linreg_gui.model.fitting import (
    FitResult,
    FitSettings,
    Problem,
    fit,
    prepare_dataset,
    resolve_spec,
    stable_learning_rate,
)

METHODS = ("gd", "momentum", "adam", "sgd")
#: The seed tutorial's data: 320 rows of y = 3.5x + 10 + N(0, 20²), x on
#: [0, 100); least squares gives 9.566 / 3.481 (published: 9.57 / 3.48).
TUTORIAL = {"n": 320, "slope": 3.5, "intercept": 10.0, "noise": 20.0, "seed": 5907}
TUTORIAL_X = (0.0, 100.0)
DATA_SETS = (
    "tutorial_320",
    "textbook_line",
    "noisy_line",
    "quadratic",
    "diabetes_bmi",
    "norris",
)
TOLERANCE = 1e-6
#: Where the old default rule stopped, and the rule a student might pick next.
OLD_RULES = ("gradient", "loss")
#: The loss gap is taken against L(0) below this fraction (as the app does).
PERFECT_FIT = 1e-12


def load_problem(name: str) -> Problem:
    """The training rows of a data set of the sweep."""
    if name == "tutorial_320":
        low, high = TUTORIAL_X
        dataset = generate_linear(**TUTORIAL, x_low=low, x_high=high)  # type: ignore[arg-type]
        spec = resolve_spec(dataset, ("x",), "y")
    else:
        example = get_example(name)
        dataset = load_example(name)
        spec = resolve_spec(dataset, example.x, example.y, degree=example.degree)
    return prepare_dataset(dataset, spec)


def learning_rate(problem: Problem, method: str, standardize: bool) -> float:
    """A rate a student would pick: a safe fraction of the stable limit (batch
    GD's, which the window shows), or a usual Adam rate."""
    if method == "adam":
        return 0.1
    limit = stable_learning_rate(
        problem, FitSettings(method="gd", standardize=standardize)
    )
    assert limit is not None
    return (0.5 if method == "gd" else 0.1) * limit


@dataclass(frozen=True)
class Case:
    data: str
    method: str
    standardize: bool
    stop_on: str


@dataclass(frozen=True)
class Outcome:
    """One run and what its labels say against the gap rule."""

    case: Case
    iterations: int
    stop_reason: str | None
    coef_gap: float
    loss_gap: float
    label: bool  # what the app says now
    old_label: bool  # what it said before the gap rule
    truth: bool  # the gap rule, worked out independently

    @property
    def honest(self) -> bool:
        return self.label == self.truth

    @property
    def old_honest(self) -> bool:
        return self.old_label == self.truth


def cases(
    data_sets: Sequence[str] = DATA_SETS,
    rules: Sequence[str] = ("gap", *OLD_RULES),
    methods: Sequence[str] = METHODS,
) -> Iterator[Case]:
    for data in data_sets:
        for standardize in (False, True):
            for method in methods:
                for rule in rules:
                    yield Case(data, method, standardize, rule)


def independent_gaps(problem: Problem, result: FitResult) -> tuple[float, float]:
    """The gap rule's two numbers from least squares and real residuals."""
    ols = fit(problem, FitSettings(method="ols"))
    want, got = ols.params, result.params
    scale = np.where(want == 0, 1.0, np.abs(want))
    coef_gap = float(np.max(np.abs(got - want) / scale))
    best, start = ols.train.mse, _start_loss(problem)
    reference = best if best > PERFECT_FIT * start else start
    loss_gap = max(result.train.mse - best, 0.0) / reference
    return coef_gap, loss_gap


def _start_loss(problem: Problem) -> float:
    y, w = problem.train.y, problem.train.weights
    return float(np.mean(y**2)) if w is None else float(w @ y**2 / w.sum())


def run(
    case: Case,
    problem: Problem,
    max_iter: int,
    tol: float = TOLERANCE,
) -> Outcome:
    settings = FitSettings(
        method=case.method,
        learning_rate=learning_rate(problem, case.method, case.standardize),
        max_iter=max_iter,
        tol=tol,
        stop_on=case.stop_on,
        standardize=case.standardize,
        random_state=0,
    )
    result = fit(problem, settings)
    reason = getattr(result, "stop_reason", None)
    if hasattr(result, "stop_reason"):
        old_label = reason in OLD_RULES
    else:  # an older tree: its label was the rule firing
        old_label = bool(result.converged)
    coef_gap, loss_gap = independent_gaps(problem, result)
    truth = coef_gap <= tol and loss_gap <= tol
    assert result.iterations is not None
    return Outcome(
        case,
        result.iterations,
        reason,
        coef_gap,
        loss_gap,
        bool(result.converged),
        old_label,
        truth,
    )


def sweep(
    max_iter: int,
    data_sets: Sequence[str] = DATA_SETS,
    rules: Sequence[str] = ("gap", *OLD_RULES),
    methods: Sequence[str] = METHODS,
) -> list[Outcome]:
    problems = {name: load_problem(name) for name in data_sets}
    return [
        run(case, problems[case.data], max_iter)
        for case in cases(data_sets, rules, methods)
    ]


def digits(gap: float) -> str:
    """Digits of agreement with least squares, as ``linreg compare`` counts."""
    if gap == 0:
        return "15+"
    if not math.isfinite(gap):
        return "0"
    return f"{min(15.0, max(0.0, -math.log10(gap))):.1f}"
