"""Least squares from sufficient statistics, and one point's influence on it.

Dragging a point must move the least-squares line at every mouse move without
a pass over the rows.  A least-squares fit depends on the data only through a
few sums: the (weighted) count, the means of the terms and of y, and the
centred cross-products ``Sxx = Σw(x−x̄)(x−x̄)ᵀ``, ``Sxy`` and ``Syy``.
Replacing one row changes each of them by a rank-one term (:meth:`Sums.without`
and :meth:`Sums.with_row`), so a move costs O(p²) for p terms, whatever the
number of rows.  The sums are kept centred: on data far from 0 (years, or
x ~ 10⁶) the raw ``XᵀX`` loses the digits the slope needs.

From the sums, :class:`LeastSquares` gives the coefficients, R², σ̂, the
coefficient table, a row's leverage ``hᵢᵢ = wᵢ xᵢᵀ(XᵀWX)⁻¹xᵢ`` (intercept column
included), its internally studentized residual ``rᵢ = √wᵢ eᵢ / (σ̂ √(1−hᵢᵢ))``
and Cook's distance ``Dᵢ = rᵢ² hᵢᵢ / (k (1−hᵢᵢ))`` (k coefficients), as R's
``influence.measures`` reports them, and the 95 % bands around the fitted line.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from linreg_gui.model import stats
from linreg_gui.model.design import Design
from linreg_gui.model.fitting import FitResult
from linreg_gui.model.text import number, translate

FloatArray = NDArray[np.float64]

__all__ = [
    "Bands",
    "Influence",
    "LeastSquares",
    "Sums",
    "polynomial_terms",
]


def polynomial_terms(x: ArrayLike, degree: int) -> FloatArray:
    """The terms ``x, x², …, x^degree`` of a one-x model, one row per x."""
    xs = np.atleast_1d(np.asarray(x, dtype=float))
    out: FloatArray = xs[:, None] ** np.arange(1, degree + 1, dtype=float)[None, :]
    return out


@dataclass(frozen=True)
class Sums:
    """The sufficient statistics of a (weighted) least-squares fit, centred.

    Attributes
    ----------
    count : int
        Rows with a non-zero weight.
    total : float
        Σw (the number of rows without weights).
    mean_x : ndarray of shape (p,)
        Weighted means of the terms.
    mean_y : float
    sxx : ndarray of shape (p, p)
        Σw(x−x̄)(x−x̄)ᵀ.
    sxy : ndarray of shape (p,)
        Σw(x−x̄)(y−ȳ).
    syy : float
        Σw(y−ȳ)².
    """

    count: int
    total: float
    mean_x: FloatArray
    mean_y: float
    sxx: FloatArray
    sxy: FloatArray
    syy: float

    @classmethod
    def of(cls, X: ArrayLike, y: ArrayLike, weights: ArrayLike | None = None) -> Sums:
        """The sums of rows ``X`` (terms, no intercept column) and ``y``: one
        O(N p²) pass, the only one a drag needs."""
        Xa = np.asarray(X, dtype=float)
        if Xa.ndim == 1:
            Xa = Xa[:, None]
        ya = np.asarray(y, dtype=float).ravel()
        w = np.ones(ya.size) if weights is None else np.asarray(weights, float)
        total = float(w.sum())
        if not total > 0:
            raise ValueError("least squares needs rows with a positive weight")
        with np.errstate(over="ignore", invalid="ignore"):
            mean_x = (w @ Xa) / total
            mean_y = float(w @ ya) / total
            dx = Xa - mean_x
            dy = ya - mean_y
            wdx = dx * w[:, None]
            sums = cls(
                int(np.count_nonzero(w)),
                total,
                mean_x,
                mean_y,
                wdx.T @ dx,
                wdx.T @ dy,
                float(w @ (dy * dy)),
            )
        if not (
            np.isfinite(sums.sxx).all()
            and np.isfinite(sums.sxy).all()
            and math.isfinite(sums.syy)
        ):
            # Values near 1e160 or beyond: their squares leave float64.
            raise ValueError("the sums of squares of these values exceed float64")
        return sums

    @classmethod
    def of_design(cls, design: Design) -> Sums:
        """The sums of a design's rows (its terms in the user's units)."""
        return cls.of(design.X, design.y, design.weights)

    @property
    def n_terms(self) -> int:
        return int(self.mean_x.size)

    def with_row(self, x: ArrayLike, y: float, weight: float = 1.0) -> Sums:
        """These sums with one more row: a rank-one update, O(p²)."""
        if weight == 0:
            return self
        xv = np.asarray(x, dtype=float).ravel()
        total = self.total + weight
        dx = xv - self.mean_x
        dy = float(y) - self.mean_y
        k = weight * self.total / total
        return Sums(
            self.count + 1,
            total,
            self.mean_x + (weight / total) * dx,
            self.mean_y + (weight / total) * dy,
            self.sxx + k * np.outer(dx, dx),
            self.sxy + k * dx * dy,
            self.syy + k * dy * dy,
        )

    def without(self, x: ArrayLike, y: float, weight: float = 1.0) -> Sums:
        """These sums with a row taken out (it must be one of them): O(p²)."""
        if weight == 0:
            return self
        xv = np.asarray(x, dtype=float).ravel()
        total = self.total - weight
        if not total > 0:
            raise ValueError("cannot take out the last row")
        dx = xv - self.mean_x
        dy = float(y) - self.mean_y
        k = weight * self.total / total
        return Sums(
            self.count - 1,
            total,
            self.mean_x - (weight / total) * dx,
            self.mean_y - (weight / total) * dy,
            self.sxx - k * np.outer(dx, dx),
            self.sxy - k * dx * dy,
            self.syy - k * dy * dy,
        )

    def replaced(
        self,
        old: tuple[ArrayLike, float],
        new: tuple[ArrayLike, float],
        weight: float = 1.0,
    ) -> Sums:
        """One row moved from ``old`` (x, y) to ``new``: two rank-one updates."""
        return self.without(*old, weight).with_row(*new, weight)

    def uncentred(self) -> tuple[FloatArray, FloatArray, float]:
        """``XᵀWX``, ``XᵀWy`` and ``yᵀWy`` (for a fit through the origin).

        Terms around 1e200 square past the float range: inf there, which
        :func:`_inverse` turns into NaN (no leverage to show), never a warning."""
        m, W = self.mean_x, self.total
        with np.errstate(over="ignore", invalid="ignore"):
            return (
                self.sxx + W * np.outer(m, m),
                self.sxy + W * m * self.mean_y,
                self.syy + W * self.mean_y**2,
            )


def _inverse(gram: FloatArray) -> FloatArray:
    """``gram⁻¹`` solved in units where its diagonal is 1 (NaN when singular)."""
    d = np.sqrt(np.diag(gram))
    if not (np.all(np.isfinite(d)) and np.all(d > 0)):
        return np.full_like(gram, np.nan)
    scaled = gram / np.outer(d, d)
    if np.linalg.cond(scaled) > 1e13:
        return np.full_like(gram, np.nan)
    inv: FloatArray = np.linalg.inv(scaled) / np.outer(d, d)
    return inv


@dataclass(frozen=True)
class Influence:
    """What one row does to the fit (R's ``influence.measures`` names)."""

    fitted: float
    residual: float
    #: hᵢᵢ: how far the row's x pulls the line, 1/n … 1.
    leverage: float
    #: Internally studentized residual (R's ``rstandard``).
    studentized: float
    #: Externally studentized residual (R's ``rstudent``): σ̂ without the row.
    external: float
    cooks_distance: float

    def text(self) -> str:
        """One line for the dragged point's label."""
        return translate(
            "Influence",
            "leverage h = {leverage} · studentized r = {studentized} · Cook's D = "
            "{cook}",
        ).format(
            leverage=number(self.leverage, ".3f"),
            studentized=number(self.studentized, "+.2f"),
            cook=number(self.cooks_distance, ".3g"),
        )


@dataclass(frozen=True)
class Bands:
    """The fitted line with its 95 % bands at some x (each of shape (m,))."""

    x: FloatArray
    fitted: FloatArray
    mean_low: FloatArray
    mean_high: FloatArray
    new_low: FloatArray
    new_high: FloatArray
    level: float


@dataclass(frozen=True)
class LeastSquares:
    """The least-squares fit that :class:`Sums` determine, with an intercept or
    through the origin.  Every method is O(p²) or O(p³), never O(N)."""

    sums: Sums
    intercept_term: bool = True

    # -- the fit ---------------------------------------------------------------

    @property
    def k(self) -> int:
        """Coefficients estimated (the intercept counted)."""
        return self.sums.n_terms + int(self.intercept_term)

    @property
    def df_resid(self) -> int:
        return self.sums.count - self.k

    def _gram(self) -> tuple[FloatArray, FloatArray, float]:
        s = self.sums
        if self.intercept_term:
            return s.sxx, s.sxy, s.syy
        return s.uncentred()

    @property
    def inverse(self) -> FloatArray:
        """``Sxx⁻¹`` (centred; ``(XᵀWX)⁻¹`` through the origin)."""
        return _inverse(self._gram()[0])

    @property
    def coef(self) -> FloatArray:
        """The slopes (terms' coefficients), NaN if they are not determined."""
        return self.inverse @ self._gram()[1]

    @property
    def intercept(self) -> float:
        if not self.intercept_term:
            return 0.0
        return float(self.sums.mean_y - self.sums.mean_x @ self.coef)

    @property
    def params(self) -> FloatArray:
        """Coefficients, intercept first when there is one."""
        if self.intercept_term:
            return np.concatenate([[self.intercept], self.coef])
        return self.coef

    @property
    def ssr(self) -> float:
        """Σw(y − ŷ)², never below 0 (the subtraction can round there)."""
        _, sxy, syy = self._gram()
        return max(float(syy - self.coef @ sxy), 0.0)

    @property
    def ss_total(self) -> float:
        """The R² denominator: centred, or Σwy² through the origin."""
        return self._gram()[2]

    @property
    def r2(self) -> float:
        tot = self.ss_total
        return 1.0 - self.ssr / tot if tot > 0 else math.nan

    @property
    def sigma(self) -> float:
        """σ̂ = √(SSR / (n − k)); NaN without residual degrees of freedom."""
        df = self.df_resid
        return math.sqrt(self.ssr / df) if df > 0 else math.nan

    def predict(self, terms: ArrayLike) -> FloatArray:
        """ŷ at rows of terms (shape (m, p))."""
        T = np.atleast_2d(np.asarray(terms, dtype=float))
        out: FloatArray = self.intercept + T @ self.coef
        return out

    def covariance(self) -> FloatArray:
        """``(XᵀWX)⁻¹`` for the params (intercept first), without σ̂²."""
        inv = self.inverse
        if not self.intercept_term:
            return inv
        m, W = self.sums.mean_x, self.sums.total
        corner = 1.0 / W + m @ inv @ m
        side = -(inv @ m)
        return np.block([[np.array([[corner]]), side[None, :]], [side[:, None], inv]])

    def hat(self, terms: ArrayLike, weights: ArrayLike | float = 1.0) -> FloatArray:
        """Leverage ``w xᵀ(XᵀWX)⁻¹x`` of rows of terms (shape (m, p))."""
        T = np.atleast_2d(np.asarray(terms, dtype=float))
        inv = self.inverse
        if self.intercept_term:
            d = T - self.sums.mean_x
            core = 1.0 / self.sums.total + np.einsum("ij,jk,ik->i", d, inv, d)
        else:
            core = np.einsum("ij,jk,ik->i", T, inv, T)
        out: FloatArray = np.asarray(weights, dtype=float) * core
        return out

    # -- one row -----------------------------------------------------------------

    def influence(self, terms: ArrayLike, y: float, weight: float = 1.0) -> Influence:
        """Leverage, studentized residual and Cook's distance of a row that is
        one of the fit's rows."""
        fitted = float(self.predict(np.atleast_2d(terms))[0])
        e = float(y) - fitted
        h = float(self.hat(np.atleast_2d(terms), weight)[0])
        sigma, df = self.sigma, self.df_resid
        with np.errstate(divide="ignore", invalid="ignore"):
            r = (
                math.sqrt(weight) * e / (sigma * math.sqrt(1.0 - h))
                if sigma > 0 and h < 1.0
                else math.nan
            )
            cook = r * r * h / (self.k * (1.0 - h)) if h < 1.0 else math.nan
            external = (
                r * math.sqrt((df - 1) / (df - r * r))
                if df > 1 and r * r < df
                else math.nan
            )
        return Influence(fitted, e, h, r, external, cook)

    # -- bands -----------------------------------------------------------------

    def bands(self, terms: ArrayLike, x: ArrayLike, level: float = 0.95) -> Bands:
        """Confidence band for the mean ŷ and prediction band for a new
        observation (of weight 1) at rows of ``terms`` (x: what to plot them at)."""
        # scipy.special, not scipy.stats: the same quantile (stats' t.ppf
        # calls stdtrit), without 0.7 s of Python building every distribution.
        from scipy import special

        T = np.atleast_2d(np.asarray(terms, dtype=float))
        fitted = self.predict(T)
        h = self.hat(T)
        df = self.df_resid
        t = float(special.stdtrit(df, 0.5 + level / 2)) if df > 0 else math.nan
        mean = t * self.sigma * np.sqrt(h)
        new = t * self.sigma * np.sqrt(1.0 + h)
        return Bands(
            np.asarray(x, dtype=float).ravel(),
            fitted,
            fitted - mean,
            fitted + mean,
            fitted - new,
            fitted + new,
            level,
        )

    # -- the results panel -------------------------------------------------------

    def result(self, names: tuple[str, ...]) -> FitResult:
        """A :class:`FitResult` for the results panel: coefficient table (SE, t,
        p, 95 % CI), R², adjusted R², MSE; MAE needs the rows, so it is NaN."""
        from scipy import special

        params = self.params
        df = self.df_resid
        sigma2 = self.ssr / df if df > 0 else math.nan
        se = np.sqrt(np.diag(self.covariance()) * sigma2)
        t_crit = float(special.stdtrit(df, 0.975)) if df > 0 else math.nan
        rows = []
        for name, est, s in zip(names, params, se, strict=True):
            t = est / s if s > 0 else math.nan
            p = 2.0 * float(special.stdtr(df, -abs(t))) if df > 0 else math.nan
            rows.append(
                stats.Coefficient(
                    name,
                    float(est),
                    float(s),
                    float(t),
                    p,
                    float(est - t_crit * s),
                    float(est + t_crit * s),
                )
            )
        n = self.sums.count
        mse = self.ssr / self.sums.total
        r2 = self.r2
        adj = (
            1.0 - (1.0 - r2) * (n - int(self.intercept_term)) / df
            if df > 0 and math.isfinite(r2)
            else None
        )
        metrics = stats.Metrics(n, mse, math.sqrt(mse), math.nan, r2, adj)
        inference = stats.Inference(
            tuple(rows),
            math.sqrt(sigma2) if sigma2 >= 0 else math.nan,
            self.sums.n_terms,
            df,
            None,
            None,
        )
        return FitResult(
            method="ols",
            coefficients=tuple(rows),
            intercept=self.intercept,
            coef=self.coef,
            train=metrics,
            inference=inference,
        )
