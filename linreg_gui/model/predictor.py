"""A fitted model kept in the basis where its arithmetic is accurate.

Coefficients in powers of x cannot hold a polynomial far from x = 0 (on
Longley's years the float64 rounding of the degree-8 coefficients alone moves
the fitted values by 1e10), so metrics, residuals, test predictions and the
drawn curve come from a :class:`Predictor`: the fit in its centred, scaled
basis, with the exact map to and from the user's units.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from fractions import Fraction

import numpy as np
from numpy.typing import NDArray

from linreg_gui.model.design import (
    Basis,
    CentredPowers,
    Design,
    Scaling,
    identity,
    inverse_polynomial_map,
    to_float,
)
from linreg_gui.model.lstsq import LeastSquaresSolution

FloatArray = NDArray[np.float64]


@dataclass(frozen=True, eq=False)
class Predictor:
    """A fitted model, kept in the basis where its arithmetic is accurate.

    ``ŷ = 2**scaling.y · (level + (features(X') - centre) @ coef)`` with ``X'`` the
    rows in the scaled units of ``scaling``.  Coefficients in powers of x cannot
    hold a polynomial far from x = 0: on Longley's years, the float64 rounding of
    the degree-8 coefficients alone moves the fitted values by 1e10.  Metrics,
    residuals and test predictions are therefore worked out from this, never from
    the user's coefficients.

    Attributes
    ----------
    scaling : Scaling
        From the training rows; test rows are scaled with the same powers.
    features : callable
        Scaled terms of any rows → the basis the fit lives in.
    centre : ndarray of shape (n_features,)
    level : float
    coef : ndarray of shape (n_features,)
    source : Design or None
        The rows it was fitted on, whose residuals ``source_residuals`` (scaled
        units, from the solver) are then used as they are.
    """

    scaling: Scaling
    features: Callable[[FloatArray], FloatArray]
    centre: FloatArray
    level: float
    coef: FloatArray
    source: Design | None = field(default=None, repr=False)
    source_residuals: FloatArray | None = field(default=None, repr=False)

    def scaled_residuals(self, design: Design) -> FloatArray:
        """``y - ŷ`` on the rows of ``design``, in scaled units (centred form)."""
        if design is self.source and self.source_residuals is not None:
            return self.source_residuals
        y, _ = self.scaling.target(design)
        return np.asarray(y - self.level - self._centred(design), dtype=np.float64)

    def predict(self, design: Design) -> FloatArray:
        """Fitted values on the rows of ``design``, in the user's units."""
        fitted = self.level + self._centred(design)
        with np.errstate(over="ignore"):
            return np.asarray(np.ldexp(fitted, self.scaling.y), dtype=np.float64)

    def at(self, x: FloatArray) -> FloatArray:
        """Fitted values at values of a one-x model's x (to draw its curve)."""
        scaled = np.ldexp(np.asarray(x, dtype=np.float64), -self.scaling.x[0])
        # A view far wider than the data (zoomed out) squares numbers past
        # the float range: inf there, which the plot leaves out.
        with np.errstate(over="ignore", invalid="ignore"):
            X = np.column_stack([scaled**k for k in range(1, self.scaling.degree + 1)])
            fitted = self.level + (self.features(X) - self.centre) @ self.coef
            return np.asarray(np.ldexp(fitted, self.scaling.y), dtype=np.float64)

    def _centred(self, design: Design) -> FloatArray:
        """``(features - centre) @ coef`` on the rows of ``design``."""
        with np.errstate(over="ignore", invalid="ignore"):
            if isinstance(self.features, CentredPowers):
                x = np.ldexp(design.X[:, 0], -self.scaling.x[0])
                return self.features.horner(x, self.coef) - self._offset
            B = self.features(self.scaling.terms(design))
            return np.asarray((B - self.centre) @ self.coef, dtype=np.float64)

    @property
    def _offset(self) -> float:
        """``centre @ coef``, summed exactly (rounded once)."""
        products = (
            Fraction(float(m)) * Fraction(float(c))
            for m, c in zip(self.centre, self.coef, strict=True)
            if math.isfinite(m) and math.isfinite(c)
        )
        return to_float(sum(products, Fraction(0)))

    @classmethod
    def from_solution(
        cls,
        scaling: Scaling,
        basis: Basis,
        solution: LeastSquaresSolution,
        design: Design,
    ) -> Predictor:
        """The fit a QR solution of ``design`` (in ``basis``, scaled) holds."""
        return cls(
            scaling,
            basis.transform,
            solution.centre,
            solution.level,
            solution.coef[int(design.intercept) :],
            design,
            solution.residuals,
        )

    @classmethod
    def from_params(cls, design: Design, params: FloatArray) -> Predictor:
        """Any coefficients in user units (intercept first), evaluated accurately.

        The coefficients are carried exactly (in rationals) into powers of a
        centred x, or to a centred intercept for x columns, and rounded once: so
        the fitted values are those of ``params`` as they stand, without the
        cancellation that ``b0 + b1·x + … + b8·x^8`` suffers in float64 when x is
        far from 0.  NaN (an aliased term) counts as 0.
        """
        scaling = Scaling.of(design)
        b = scaling.coefficients_from_user(params)
        b = np.where(np.isnan(b), 0.0, b)
        offset = int(design.intercept)
        b0 = float(b[0]) if design.intercept else 0.0
        terms = b[offset:]
        zeros = np.zeros(design.n_terms)
        if not (np.isfinite(terms).all() and math.isfinite(b0)):
            return cls(scaling, identity, zeros, math.nan, zeros + math.nan)
        if design.spec.degree == 1:
            centre = scaling.terms(design).mean(axis=0)
            products = (
                Fraction(float(c)) * Fraction(float(m))
                for c, m in zip(terms, centre, strict=True)
            )
            level = sum(products, Fraction(b0))
            model = cls(scaling, identity, centre, to_float(level), terms)
            return model.on(design)
        x = np.ldexp(design.X[:, 0], -scaling.x[0])
        lo, hi = float(x.min()), float(x.max())
        mid, half = 0.5 * (hi + lo), 0.5 * (hi - lo)
        if not half > 0:
            half = abs(mid) if mid else 1.0
        inverse = inverse_polynomial_map(mid, half, design.spec.degree)
        user = [Fraction(b0), *(Fraction(float(v)) for v in terms)]
        centred = [
            to_float(sum((row[j] * user[j] for j in range(len(user))), Fraction(0)))
            for row in inverse
        ]
        powers = CentredPowers(mid, half, design.spec.degree)
        model = cls(scaling, powers, zeros, centred[0], np.array(centred[1:]))
        return model.on(design)

    def on(self, design: Design) -> Predictor:
        """This model with its residuals on ``design``'s rows worked out once, for
        the metrics and the inference table to share."""
        return replace(
            self, source=design, source_residuals=self.scaled_residuals(design)
        )
