"""Plot-ready data: what each view draws, worked out without Qt.

The window's plots and tables only draw; every decision about *what* they show
lives here, where a test can check it without a screen: which rows the fit uses
and why the others are greyed out, which points the scatter shows (rows left
out stay visible, hollow), which rows the predicted-vs-actual view samples,
which residuals count as outliers, and the text of the equation, the progress
line and the training log.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import overload

import numpy as np
from numpy.typing import NDArray

from linreg_gui.model.design import Design
from linreg_gui.model.fitting import FitResult, Problem
from linreg_gui.model.steps import Gap, StopReason, gap_text, iterations_text
from linreg_gui.model.text import QT_TRANSLATE_NOOP, number, translate

FloatArray = NDArray[np.float64]
BoolArray = NDArray[np.bool_]
IndexArray = NDArray[np.intp]

#: Points drawn in the predicted-vs-actual view at most (chosen once per data set).
MAX_PREDICTED_POINTS = 20_000
#: Points drawn in the scatter and the residual plot at most: a random sample
#: beyond (drawing 10⁷ dots took 0.35 s a frame, and looks the same).
MAX_DRAWN_POINTS = 200_000
#: Longer models are summarised in the plot's label (the results table has all).
MAX_EQUATION_TERMS = 3
#: A residual this many standard deviations from zero is ringed as an outlier.
OUTLIER_SD = 2.0

REASON_MISSING = QT_TRANSLATE_NOOP("PlotData", "missing value in a selected column")
REASON_LEFT_OUT = QT_TRANSLATE_NOOP(
    "PlotData", "left out of the fit by you (right-click to put back)"
)
REASON_TEST = QT_TRANSLATE_NOOP("PlotData", "in the test set (not used for fitting)")


class RowReasons(Sequence[str]):
    """Why each row is left out, as one byte a row (10⁷ rows: 10 MB, not 80)."""

    TEXTS = ("", REASON_MISSING, REASON_LEFT_OUT, REASON_TEST)

    def __init__(self, codes: NDArray[np.uint8]) -> None:
        self.codes = codes

    def __len__(self) -> int:
        return len(self.codes)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...

    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        if isinstance(index, slice):
            return [_reason_text(int(code)) for code in self.codes[index]]
        return _reason_text(int(self.codes[index]))


def _reason_text(code: int) -> str:
    """Why a row is left out, in the window's language ("" when it is used)."""
    text = RowReasons.TEXTS[code]
    return translate("PlotData", text) if text else ""


@dataclass(frozen=True, eq=False)
class RowStatus:
    """For every row of the data set: used by the fit, and if not, why not."""

    used: BoolArray
    reasons: RowReasons


def row_status(n_rows: int, problem: Problem, excluded: Collection[int]) -> RowStatus:
    """Which rows train the model; the others get the reason the table shows."""
    used = np.zeros(n_rows, dtype=bool)
    used[problem.train.rows] = True
    codes = np.ones(n_rows, dtype=np.uint8)  # missing a value, unless below
    codes[problem.design.rows] = 0
    codes[left_out_rows(excluded, n_rows)] = 2
    if problem.test is not None:
        codes[problem.test.rows] = 3
    return RowStatus(used, RowReasons(codes))


def left_out_rows(excluded: Collection[int], n_rows: int) -> IndexArray:
    """The rows the user left out, sorted, that exist in a data set of ``n_rows``."""
    return np.array(sorted(r for r in excluded if r < n_rows), dtype=np.intp)


def held_out_mask(problem: Problem) -> BoolArray:
    """For each row of the design: is it a test row?"""
    design = problem.design
    mask = np.zeros(design.n_samples, dtype=bool)
    if problem.test is not None:
        mask[np.searchsorted(design.rows, problem.test.rows)] = True
    return mask


@dataclass(frozen=True, eq=False)
class ScatterPoints:
    """The one-x scatter: coordinates, which are hollow, and each point's row.

    Hollow points are test rows and rows the user left out: both are shown but
    not fitted.  ``rows`` maps a clicked point back to its data-set row.
    """

    x: FloatArray
    y: FloatArray
    hollow: BoolArray
    rows: IndexArray
    #: How many points there are, drawn or not (more than drawn: a sample).
    total: int = -1

    @property
    def sampled(self) -> bool:
        return self.total > self.x.size


def scatter_points(
    problem: Problem,
    excluded: Collection[int],
    column: Callable[[str], FloatArray],
    n_rows: int,
) -> ScatterPoints:
    """The scatter of a one-x model, with the rows left out added as hollow points.

    Parameters
    ----------
    column : callable
        The data set's values of a column by name (read only for left-out rows).
    """
    design, spec = problem.design, problem.spec
    xs, ys, hollow = design.x_values, design.y, held_out_mask(problem)
    rows = design.rows
    out = left_out_rows(excluded, n_rows)
    if out.size:
        out_x = column(spec.x[0])[out]
        out_y = column(spec.y)[out]
        ok = np.isfinite(out_x) & np.isfinite(out_y)
        xs = np.concatenate([xs, out_x[ok]])
        ys = np.concatenate([ys, out_y[ok]])
        hollow = np.concatenate([hollow, np.ones(int(ok.sum()), dtype=bool)])
        rows = np.concatenate([rows, out[ok]])
    total = int(xs.size)
    # A sample of the design's rows, and every row left out (to be clicked back).
    keep = sample_rows(design.n_samples, MAX_DRAWN_POINTS)
    if keep is not None:
        keep = np.concatenate([keep, np.arange(design.n_samples, total)])
        xs, ys, hollow, rows = xs[keep], ys[keep], hollow[keep], rows[keep]
    return ScatterPoints(xs, ys, hollow, rows, total)


def sample_rows(count: int, limit: int = MAX_PREDICTED_POINTS) -> IndexArray | None:
    """A fixed random sample of ``limit`` rows when there are more (None: all).

    Seeded, so a data set shows the same points every time it is drawn.
    """
    if count <= limit:
        return None
    rng = np.random.default_rng(0)
    return np.sort(rng.choice(count, limit, replace=False))


def outlier_flags(residuals: FloatArray) -> BoolArray | None:
    """Residuals more than two standard deviations from zero (None: no spread).

    Worked out on residuals divided by a power of two near the largest (exact),
    so that residuals of 1e200 do not overflow when squared."""
    finite = residuals[np.isfinite(residuals)]
    if finite.size < 2:
        return None
    largest = float(np.max(np.abs(finite)))
    if largest == 0:
        return None
    scaled = np.ldexp(residuals, -math.frexp(largest)[1])
    spread = float(np.std(scaled[np.isfinite(scaled)]))
    if not spread > 0:
        return None
    with np.errstate(invalid="ignore"):
        flags: BoolArray = np.abs(scaled) > OUTLIER_SD * spread
    return flags


def equation_text(design: Design, intercept: float, coef: FloatArray) -> str:
    """``ŷ = b + w·x`` with the current numbers; long models are summarised."""
    if design.n_terms > MAX_EQUATION_TERMS:
        if design.spec.degree > 1:
            return translate("PlotData", "ŷ = polynomial, degree {degree}").format(
                degree=design.spec.degree
            )
        if design.intercept:
            return translate("PlotData", "ŷ = b0 + {count} terms").format(
                count=design.n_terms
            )
        return translate("PlotData", "ŷ = {count} terms").format(count=design.n_terms)
    terms = []
    for name, value in zip(design.term_names, coef, strict=True):
        if not math.isfinite(value):
            continue
        sign = "−" if value < 0 else "+"
        terms.append(f" {sign} {number(abs(value), '.4g')}·{name}")
    if design.intercept:
        return f"ŷ = {number(intercept, '.4g')}" + "".join(terms)
    body = "".join(terms).strip()
    return "ŷ = " + (body[2:] if body.startswith("+ ") else body)


def rows_text(problem: Problem) -> str:
    """How many rows the fit uses, and where the others went."""
    used = problem.design.n_samples
    parts = [translate("PlotData", "{count} rows used").format(count=number(used, ","))]
    if problem.n_dropped:
        parts.append(
            translate("PlotData", "{count} dropped (missing values)").format(
                count=number(problem.n_dropped, ",")
            )
        )
    if problem.n_excluded:
        parts.append(
            translate("PlotData", "{count} left out by you").format(
                count=number(problem.n_excluded, ",")
            )
        )
    if problem.test is not None:
        parts.append(
            translate("PlotData", "{count} for testing").format(
                count=number(problem.test.n_samples, ",")
            )
        )
    return " · ".join(parts)


def result_summary(
    result: FitResult, iterations: int | None = None, elapsed: float | None = None
) -> str:
    """The status line after a fit: R², MSE (and test R², iterations, time)."""
    parts = [
        translate("PlotData", "R² {r2}").format(r2=number(result.train.r2, ".4f")),
        translate("PlotData", "MSE {mse}").format(mse=number(result.train.mse, ".6g")),
    ]
    if result.test is not None:
        parts.append(
            translate("PlotData", "test R² {r2}").format(
                r2=number(result.test.r2, ".4f")
            )
        )
    if (
        result.gap_to_optimum is not None
        and result.stop_reason != StopReason.DIVERGED.value
    ):
        parts.insert(0, gap_text(result.gap_to_optimum, short=True))
    if iterations is not None:
        parts.insert(0, iterations_text(iterations))
    if elapsed is not None:
        parts.append(
            translate("PlotData", "{seconds} s").format(seconds=number(elapsed, ".2f"))
        )
    return " · ".join(parts)


def progress_text(
    iteration: int,
    loss: float,
    r2: float,
    learning_rate: float,
    elapsed: float,
    gap: Gap | None = None,
) -> str:
    """The status line while a run streams (with its gap to least squares)."""
    parts = [
        translate("PlotData", "iteration {iteration}").format(
            iteration=number(iteration, ",")
        ),
        translate("PlotData", "loss {loss}").format(loss=number(loss, ".6g")),
        translate("PlotData", "R² {r2}").format(r2=number(r2, ".4f")),
    ]
    if gap is not None:
        parts.append(gap_text(gap, short=True))
    parts.append(f"η {number(learning_rate, 'g')}")
    parts.append(
        translate("PlotData", "{seconds} s").format(seconds=number(elapsed, ".1f"))
    )
    return " · ".join(parts)


def convergence_text(result: FitResult) -> str:
    """The results panel's line for a gradient run: converged or not (by the
    gap rule), how far from least squares, and why it stopped.

    A diverged run names the iteration it blew up at, the one its coefficients
    come from, as the banner does.
    """
    if result.iterations is None:
        return ""
    done = iterations_text(result.iterations)
    if result.stop_reason is None:  # an iterative closed-form solver (lasso)
        return f"{done}."
    reason = StopReason(result.stop_reason)
    if reason is StopReason.DIVERGED:
        return translate("PlotData", "Diverged at iteration {iteration}.").format(
            iteration=number(result.iterations, ",")
        )
    gap = result.gap_to_optimum
    if result.converged and gap is not None:
        text = translate("PlotData", "Converged after {done}: {gap}.")
    elif result.converged:
        text = translate("PlotData", "Converged after {done}.")
    elif gap is not None:
        text = translate("PlotData", "Stopped after {done} without converging: {gap}.")
    else:
        text = translate("PlotData", "Stopped after {done} without converging.")
    text = text.format(done=done, gap=gap_text(gap) if gap is not None else "")
    why = translate("PlotData", "Why it stopped: {reason}.").format(reason=reason.text)
    return f"{text}  {why}"


def final_state_text(result: FitResult | None, state: str) -> str:
    """How a run ended, for the results' title: the state, then (unless it blew
    up) how far it is from least squares, e.g. "stopped at max iterations ·
    2.1e-04 from least squares"."""
    if result is None or result.gap_to_optimum is None:
        return state
    if result.stop_reason == StopReason.DIVERGED.value:
        return translate("PlotData", "{state} at iteration {iteration}").format(
            state=state, iteration=number(result.iterations or 0, ",")
        )
    return f"{state} · {gap_text(result.gap_to_optimum, short=True)}"


LogEntry = tuple[int, float, float | None]


def log_lines(entries: Sequence[LogEntry], skipped: int) -> list[str]:
    """The tutorials' "print the loss every k epochs", one line per entry."""
    lines = []
    if skipped:
        lines.append(
            translate("PlotData", "… {count} lines skipped at this speed").format(
                count=number(skipped, ",")
            )
        )
    plain = translate("PlotData", "iteration {iteration}: loss {loss}")
    tested = translate(
        "PlotData", "iteration {iteration}: loss {loss}, test loss {test_loss}"
    )
    for iteration, loss, test_loss in entries:
        if test_loss is None:
            line = plain.format(
                iteration=format(iteration, ">7"), loss=number(loss, ".6g")
            )
        else:
            line = tested.format(
                iteration=format(iteration, ">7"),
                loss=number(loss, ".6g"),
                test_loss=number(test_loss, ".6g"),
            )
        lines.append(line)
    return lines


@dataclass(frozen=True, eq=False)
class PlotData:
    """Everything the table and the plots show of one problem, before any run.

    Attributes
    ----------
    rows : RowStatus
        Per data-set row: used by the fit, and if not, why not.
    points : ScatterPoints or None
        The one-x scatter (None with several x).
    sample : ndarray or None
        With several x, the rows drawn in predicted-vs-actual (None: all).
    residual_sample : ndarray or None
        The rows whose residuals are drawn (None: all); a redraw costs
        O(sample), whatever N.
    residual_design : Design or None
        The design restricted to ``residual_sample`` (None: no design given).
    x_range : (float, float) or None
        The smallest and largest x of a one-x model, where its line is drawn
        (None with several x or no rows).  Found here once: a scan of 10⁷ rows
        takes the GUI thread 15 ms, and each line drawn would need it.
    """

    rows: RowStatus
    points: ScatterPoints | None
    sample: IndexArray | None
    #: Positions in the design drawn in the residual plot (None: all).
    residual_sample: IndexArray | None = None
    residual_design: Design | None = None
    x_range: tuple[float, float] | None = None


def plot_data(
    problem: Problem,
    excluded: Collection[int],
    column: Callable[[str], FloatArray],
    n_rows: int,
) -> PlotData:
    """:class:`PlotData` for a problem (worked out off the GUI thread)."""
    one_x = len(problem.spec.x) == 1
    design = problem.design
    residual_sample = sample_rows(design.n_samples, MAX_DRAWN_POINTS)
    return PlotData(
        rows=row_status(n_rows, problem, excluded),
        points=scatter_points(problem, excluded, column, n_rows) if one_x else None,
        sample=None if one_x else sample_rows(design.n_samples),
        residual_sample=residual_sample,
        residual_design=(
            design if residual_sample is None else design.subset(residual_sample)
        ),
        x_range=x_extent(design) if one_x else None,
    )


def x_extent(design: Design) -> tuple[float, float] | None:
    """The smallest and largest x of a one-x design (None without rows)."""
    x = design.x_values
    if x.size == 0:
        return None
    return float(np.min(x)), float(np.max(x))
