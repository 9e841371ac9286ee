"""The mean squared error as a quadratic in the coefficients.

With ``A = [1, X]`` (a column of ones for the intercept) and ``G = AᵀA / N``,

    L(θ) = L* + (θ - θ*)ᵀ G (θ - θ*),   ∇L = 2 G (θ - θ*),

where ``θ*`` is the least-squares optimum (from the accurate QR solver) and
``L*`` the loss there, computed from real residuals.  So after one O(N d²) pass
the loss and gradient at any θ cost O(d²) whatever N is, and the loss stays
accurate near the optimum (the expanded ``θᵀGθ - 2cᵀθ + yᵀy/N`` would cancel
catastrophically there).  ``∇L`` equals the textbook ``-(2/N) Aᵀ(y - Aθ)``.

The same algebra gives plain batch descent in closed form: in the eigenvectors
of ``G`` every coordinate of ``θ - θ*`` shrinks by ``1 - 2ηλ`` per step
(:meth:`Quadratic.descent_path`), and says which learning rates are stable
(:func:`max_stable_learning_rate`).  ``θ*`` and ``L*`` are also what a run is
measured against: its gap to them (:class:`~linreg_gui.model.steps.Optimum`)
decides whether it has converged.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from linreg_gui.model import lstsq, stats
from linreg_gui.model.design import Basis
from linreg_gui.model.errors import FitError
from linreg_gui.model.text import number, translate

FloatArray = NDArray[np.float64]


class Quadratic:
    """The MSE over a set of rows as a quadratic in the coefficients.

    Parameters
    ----------
    features : ndarray of shape (n_samples, n_terms)
        Terms in the solver's basis (no intercept column).
    y : ndarray of shape (n_samples,)
    weights : ndarray of shape (n_samples,) or None
    intercept : bool
        Whether θ starts with an intercept (a column of ones in ``A``).
    """

    def __init__(
        self,
        features: FloatArray,
        y: FloatArray,
        weights: FloatArray | None,
        intercept: bool,
    ) -> None:
        n = features.shape[0]
        k = features.shape[1] + int(intercept)
        w = np.ones(n) if weights is None else weights
        self.total_weight = float(w.sum())
        with np.errstate(over="ignore", invalid="ignore"):
            self.gram: FloatArray = gram_matrix(features, weights, intercept)
        if not np.all(np.isfinite(self.gram)):
            largest = float(np.max(np.abs(features))) if features.size else 0.0
            raise FitError(
                translate(
                    "Quadratic",
                    "Gradient descent cannot work here in float64: the terms reach "
                    "{largest}, so XᵀX/N, the curvature it steps on, overflows. "
                    "Tick 'Standardise features' (--scale), or change the units.",
                ).format(largest=number(largest, ".3g"))
            )
        mean_square_y = stats.weighted_sum_of_squares(y, weights) / self.total_weight
        if not np.isfinite(mean_square_y):
            largest = float(np.max(np.abs(y)))
            raise FitError(
                translate(
                    "Quadratic",
                    "Gradient descent cannot work here in float64: y reaches "
                    "{largest}, so the loss it minimises (the mean of squared "
                    "errors) is beyond float64's range. Change y's units (divide it "
                    "by a power of ten), or use Least squares.",
                ).format(largest=number(largest, ".3g"))
            )
        self._eigen: tuple[FloatArray, FloatArray] | None = None
        self._direct = n < k
        if self._direct:
            # Too few rows for a unique optimum: evaluate the sum itself (cheap),
            # and take the least loss from the minimum-norm solution.
            ones = np.ones((n, int(intercept)))
            self._A, self._y, self._w = np.hstack([ones, features]), y, w
            root_w = np.sqrt(w)
            solution, *_ = np.linalg.lstsq(
                self._A * root_w[:, None], y * root_w, rcond=None
            )
            self.optimum: FloatArray = np.asarray(solution, dtype=np.float64)
            residuals = y - self._A @ self.optimum
            self.min_loss = float(w @ residuals**2) / self.total_weight
            #: Whether θ* is the only minimiser (else only ``L*`` is defined).
            self.unique = False
            return
        solution = lstsq.solve(
            Basis(features, np.eye(k), "solver"),
            y,
            intercept=intercept,
            weights=weights,
        )
        self.optimum = solution.coef
        self.min_loss = (
            stats.weighted_sum_of_squares(solution.residuals, weights)
            / self.total_weight
        )
        self.unique = not solution.aliased

    def losses(self, thetas: FloatArray) -> FloatArray:
        """MSE at each row of ``thetas`` (shape (m, k))."""
        if self._direct:
            r = self._y[None, :] - thetas @ self._A.T
            return np.asarray((r * r) @ self._w / self.total_weight, dtype=float)
        e = thetas - self.optimum
        quadratic = np.einsum("ij,jk,ik->i", e, self.gram, e)
        return np.asarray(self.min_loss + quadratic, dtype=np.float64)

    def gradients(self, thetas: FloatArray) -> FloatArray:
        """``∇L(θ) = 2 G (θ - θ*)`` at each row of ``thetas``."""
        if self._direct:
            corr = (self._A.T * self._w) @ self._y / self.total_weight
            return np.asarray(2.0 * (thetas @ self.gram - corr), dtype=np.float64)
        return np.asarray(2.0 * ((thetas - self.optimum) @ self.gram), dtype=np.float64)

    def gradient(self, theta: FloatArray) -> FloatArray:
        """``∇L(θ)`` at one θ of shape (k,)."""
        gradient: FloatArray = self.gradients(theta[None, :])[0]
        return gradient

    def descent_path(
        self, theta: FloatArray, learning_rate: float, count: int
    ) -> FloatArray:
        """The next ``count`` iterates of ``θ ← θ - η∇L`` from ``theta``, at once.

        With ``G = V diag(λ) Vᵀ`` and ``z = Vᵀ(θ - θ*)``, one step maps each
        ``zᵢ`` to ``(1 - 2ηλᵢ) zᵢ``, so step ``t`` is ``θ* + V (z ⊙ (1 - 2ηλ)ᵗ)``.
        The same iterates as the loop (to rounding), without one pass per step.

        Returns
        -------
        ndarray of shape (count, k)
            Row ``t - 1`` is the iterate after ``t`` steps.
        """
        if self._eigen is None:
            self._eigen = np.linalg.eigh(self.gram)
        lam, V = self._eigen
        z0 = V.T @ (theta - self.optimum)
        factors = 1.0 - 2.0 * learning_rate * lam
        powers = np.arange(1, count + 1, dtype=float)[:, None]
        with np.errstate(over="ignore", invalid="ignore"):
            Z = z0 * factors**powers
            thetas: FloatArray = self.optimum + Z @ V.T
        return thetas

    def descent_iterate(
        self, theta: FloatArray, learning_rate: float, count: int
    ) -> FloatArray:
        """The iterate ``count`` steps of ``θ ← θ - η∇L`` after ``theta``: the last
        row of :meth:`descent_path`, in O(k²) whatever ``count``, so a timeline
        can show any step of a run of 10⁷ at once."""
        if self._eigen is None:
            self._eigen = np.linalg.eigh(self.gram)
        lam, V = self._eigen
        z0 = V.T @ (theta - self.optimum)
        factors = 1.0 - 2.0 * learning_rate * lam
        with np.errstate(over="ignore", invalid="ignore"):
            z = z0 * factors ** float(count)
            iterate: FloatArray = self.optimum + z[None, :] @ V.T
        return np.asarray(iterate[0], dtype=np.float64)


def gram_matrix(
    features: FloatArray, weights: FloatArray | None, intercept: bool
) -> FloatArray:
    """``G = AᵀWA / Σw`` with ``A = [1, features]``: the MSE's curvature."""
    n = features.shape[0]
    A = np.column_stack([np.ones(n), features]) if intercept else features
    if weights is None:
        gram: FloatArray = A.T @ A / n
    else:
        gram = (A.T * weights) @ A / float(weights.sum())
    return gram


def max_stable_learning_rate(
    gram: FloatArray, method: str, momentum: float = 0.9
) -> float | None:
    """Largest learning rate for which full-batch descent converges on this data.

    The MSE's Hessian is ``2G``; plain gradient descent is stable while
    ``η < 2 / λmax(2G) = 1 / λmax(G)``, heavy-ball momentum while
    ``η < (1 + μ) / λmax(G)``.  Adam has no such bound (``None``).  For
    mini-batch SGD the batch bound is a guide, not a guarantee.
    """
    lam_max = float(np.linalg.eigvalsh(gram)[-1])
    if lam_max <= 0:
        return float("inf")
    if method in ("gd", "sgd"):
        return 1.0 / lam_max
    if method == "momentum":
        return (1.0 + momentum) / lam_max
    return None
