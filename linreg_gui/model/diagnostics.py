"""Regression diagnostics: the four plots a statistics course draws, per row.

Two ways in:

* :func:`row_diagnostics` fits least squares by QR and returns, for every row
  of a design, the fitted value, residual, leverage, internally studentized
  residual and Cook's distance, accurate to the last digits (``linreg fit
  --diagnostics``; the formulas of R's ``influence.measures`` and statsmodels'
  ``OLSInfluence``, weighted fits included).
* :class:`DiagnosticsSource` holds what the window needs for any coefficients:
  the sufficient statistics of every training row and a fixed sample of rows
  to draw, with their leverages (which do not depend on the coefficients).
  :meth:`DiagnosticsSource.at` is then O(sample) for a gradient-descent
  iterate: residuals vs fitted, the normal Q-Q points, residuals vs leverage
  with Cook's contours, a histogram, and the two numbers that say how far the
  normal equations are from true: the mean residual and ``Xᵀr``, both over
  every row in O(p²) from the sums.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from linreg_gui.model.design import Design
from linreg_gui.model.influence import LeastSquares, Sums
from linreg_gui.model.plot_data import MAX_DRAWN_POINTS, sample_rows
from linreg_gui.model.text import number, translate

FloatArray = NDArray[np.float64]
IndexArray = NDArray[np.intp]

#: Cook's distance contours drawn on residuals vs leverage.
COOK_LEVELS = (0.5, 1.0)
#: Most bars in the residual histogram.
MAX_BINS = 40

__all__ = [
    "COOK_LEVELS",
    "DiagnosticFrame",
    "DiagnosticsSource",
    "RowDiagnostics",
    "cook_contour",
    "normal_quantiles",
    "row_diagnostics",
]


# -- every row, accurately ---------------------------------------------------------


@dataclass(frozen=True, eq=False)
class RowDiagnostics:
    """Per-row diagnostics of a least-squares fit (arrays of shape (n,))."""

    rows: IndexArray
    fitted: FloatArray
    residual: FloatArray
    leverage: FloatArray
    studentized: FloatArray
    cooks_distance: FloatArray

    def csv_lines(self) -> list[str]:
        """``row, fitted, residual, leverage, studentized_residual,
        cooks_distance`` (row 1-based), 17 significant digits."""
        lines = ["row,fitted,residual,leverage,studentized_residual,cooks_distance"]
        for values in zip(
            (self.rows + 1).tolist(),
            self.fitted.tolist(),
            self.residual.tolist(),
            self.leverage.tolist(),
            self.studentized.tolist(),
            self.cooks_distance.tolist(),
            strict=True,
        ):
            row, *numbers = values
            lines.append(",".join([str(row), *(_csv(v) for v in numbers)]))
        return lines


def _csv(value: float) -> str:
    return "" if not math.isfinite(value) else repr(float(value))


def row_diagnostics(design: Design) -> RowDiagnostics:
    """Least squares on ``design`` by QR of the centred, weighted terms, and
    each row's influence (O(N p²), one pass).

    Leverage is the squared row norm of Q: accurate where ``(XᵀX)⁻¹`` is not.
    Rows of weight 0 have leverage 0 and no studentized residual.
    """
    X, y = design.X, design.y
    n = y.size
    w = np.ones(n) if design.weights is None else design.weights
    sw = np.sqrt(w)
    if design.intercept and design.spec.degree > 1:
        # Powers of centred x span the same columns as 1, x, x², … and are
        # far better conditioned (years at degree 3: 1e-8 against 1e-13).
        x = X[:, 0]
        t = (x - (w @ x) / w.sum()) / max(float(np.ptp(x)), 1e-300)
        A = t[:, None] ** np.arange(design.spec.degree + 1, dtype=float)[None, :]
    elif design.intercept:
        centre = (w @ X) / w.sum()
        A = np.column_stack([np.ones(n), X - centre])
    else:
        A = X.copy()
    scale = np.sqrt((A * A).sum(axis=0))
    scale[scale == 0] = 1.0
    A = A / scale
    # SciPy's QR releases the GIL; NumPy's holds it (0.19 s at 10⁶ rows, in
    # which the window cannot paint).
    from scipy.linalg import qr

    q, r = qr(A * sw[:, None], mode="economic", overwrite_a=True, check_finite=False)
    z = q.T @ (sw * y)
    solution = np.linalg.solve(r, z)
    fitted = A @ solution
    residual = y - fitted
    leverage = (q * q).sum(axis=1)
    k = A.shape[1]
    df = int(np.count_nonzero(w)) - k
    ssr = float(w @ (residual * residual))
    sigma = math.sqrt(ssr / df) if df > 0 else math.nan
    with np.errstate(divide="ignore", invalid="ignore"):
        student = sw * residual / (sigma * np.sqrt(1.0 - leverage))
        cook = student**2 * leverage / (k * (1.0 - leverage))
    student[w == 0] = np.nan
    cook[w == 0] = np.nan
    return RowDiagnostics(
        np.asarray(design.rows, dtype=np.intp),
        fitted,
        residual,
        leverage,
        student,
        cook,
    )


# -- what the diagnostics view draws -----------------------------------------------


def normal_quantiles(n: int) -> FloatArray:
    """Expected standard-normal order statistics for a Q-Q plot of n points:
    R's ``ppoints`` (a = 3/8 up to 10 points, 1/2 beyond) through Φ⁻¹."""
    from scipy import special

    if n <= 0:
        return np.empty(0)
    a = 0.375 if n <= 10 else 0.5
    p = (np.arange(1, n + 1) - a) / (n + 1 - 2 * a)
    out: FloatArray = special.ndtri(p)
    return out


def cook_contour(
    level: float, k: int, leverage: FloatArray
) -> tuple[FloatArray, FloatArray]:
    """The studentized residual at which Cook's distance is ``level``, for
    leverages ``h`` (0 < h < 1): ``r = √(level·k·(1−h)/h)`` (draw it and −r)."""
    h = np.asarray(leverage, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        r = np.sqrt(level * k * (1.0 - h) / h)
    return h, r


@dataclass(frozen=True, eq=False)
class DiagnosticFrame:
    """What the four plots show for one set of coefficients (sampled rows).

    Attributes
    ----------
    rows : ndarray
        Data-set row of each drawn point (for linking to the table).
    fitted, residual, leverage, standardized, cooks_distance : ndarray
        Per drawn point; ``standardized`` is the internally studentized
        residual, with σ̂ of these coefficients.
    qq_theoretical, qq_sample : ndarray
        The Q-Q points, sorted; ``qq_order[i]`` is the drawn point at i.
    hist_edges, hist_counts : ndarray
        The residual histogram.
    mean_residual : float
        Σw·r / Σw over every training row (0 when the normal equations hold
        with an intercept).
    normal_equations : ndarray of shape (k,)
        ``XᵀWr`` over every training row (intercept first): 0 at least squares.
    normal_ratio : float
        ``‖XᵀWr‖ / ‖XᵀWy‖``: 1 at θ = 0, 0 at the least-squares answer.
    k : int
        Coefficients (for Cook's contours).
    total : int
        Training rows (more than drawn when sampled).
    """

    rows: IndexArray
    fitted: FloatArray
    residual: FloatArray
    leverage: FloatArray
    standardized: FloatArray
    cooks_distance: FloatArray
    qq_theoretical: FloatArray
    qq_sample: FloatArray
    qq_order: IndexArray
    hist_edges: FloatArray
    hist_counts: FloatArray
    mean_residual: float
    normal_equations: FloatArray
    normal_ratio: float
    sigma: float
    k: int
    total: int

    def normal_text(self) -> str:
        """The two numbers the normal equations make 0, for the view's label."""
        separator = translate("Diagnostics", ", ")
        values = separator.join(number(v, ".3g") for v in self.normal_equations[:4])
        if self.normal_equations.size > 4:
            values += separator + "…"
        return translate(
            "Diagnostics",
            "mean residual {mean}   ·   Xᵀr = ({values}), {percent} % of Xᵀy",
        ).format(
            mean=number(self.mean_residual, ".3g"),
            values=values,
            percent=number(100 * self.normal_ratio, ".3g"),
        )


class DiagnosticsSource:
    """One analysis's training rows, ready to diagnose any coefficients.

    Building it is one O(N p²) pass (the sums) and O(sample · p²) leverages;
    :meth:`at` is O(sample) plus O(p²), whatever N.
    """

    def __init__(self, design: Design, limit: int = MAX_DRAWN_POINTS) -> None:
        self.design = design
        self.sums = Sums.of_design(design)
        self.fit = LeastSquares(self.sums, design.intercept)
        keep = sample_rows(design.n_samples, limit)
        self.sample = keep
        drawn = design if keep is None else design.subset(keep)
        self.drawn = drawn
        w = np.ones(drawn.n_samples) if drawn.weights is None else drawn.weights
        self._w = w
        self.leverage = self.fit.hat(drawn.X, w)
        self.k = self.fit.k
        self.qq_theoretical = normal_quantiles(drawn.n_samples)

    @property
    def rows(self) -> IndexArray:
        return np.asarray(self.drawn.rows, dtype=np.intp)

    def least_squares(self) -> DiagnosticFrame:
        """The frame of the least-squares answer itself."""
        return self.at(self.fit.intercept, self.fit.coef)

    def at(self, intercept: float, coef: FloatArray) -> DiagnosticFrame:
        """The four plots' data for ``ŷ = intercept + X·coef`` (user's units)."""
        s, design = self.sums, self.drawn
        beta = np.where(np.isnan(coef), 0.0, np.asarray(coef, dtype=float))
        b = float(intercept) if design.intercept else 0.0
        c = s.mean_y - b - float(s.mean_x @ beta)
        W = s.total
        ssr = float(s.syy - 2 * beta @ s.sxy + beta @ s.sxx @ beta + W * c * c)
        ssr = max(ssr, 0.0)
        df = s.count - self.k
        sigma = math.sqrt(ssr / df) if df > 0 else math.nan
        slope_part = s.sxy - s.sxx @ beta + s.mean_x * W * c
        xty_slope = s.sxy + s.mean_x * W * s.mean_y
        if design.intercept:
            normal = np.concatenate([[W * c], slope_part])
            xty = np.concatenate([[W * s.mean_y], xty_slope])
        else:
            normal, xty = slope_part, xty_slope
        size = float(np.linalg.norm(xty))
        ratio = float(np.linalg.norm(normal)) / size if size > 0 else math.nan
        fitted = b + design.X @ beta
        residual = design.y - fitted
        h = self.leverage
        with np.errstate(divide="ignore", invalid="ignore"):
            standardized = np.sqrt(self._w) * residual / (sigma * np.sqrt(1.0 - h))
            cook = standardized**2 * h / (self.k * (1.0 - h))
        order = np.argsort(standardized, kind="stable")
        finite = residual[np.isfinite(residual)]
        if finite.size:
            bins = int(min(MAX_BINS, max(5, math.ceil(2 * finite.size ** (1 / 3)))))
            counts, edges = np.histogram(finite, bins=bins)
        else:
            counts, edges = np.zeros(0), np.zeros(1)
        return DiagnosticFrame(
            rows=self.rows,
            fitted=fitted,
            residual=residual,
            leverage=h,
            standardized=standardized,
            cooks_distance=cook,
            qq_theoretical=self.qq_theoretical,
            qq_sample=standardized[order],
            qq_order=order.astype(np.intp),
            hist_edges=edges.astype(float),
            hist_counts=counts.astype(float),
            mean_residual=c,
            normal_equations=normal,
            normal_ratio=ratio,
            sigma=sigma,
            k=self.k,
            total=self.design.n_samples,
        )
