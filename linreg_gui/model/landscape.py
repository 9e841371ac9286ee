"""The training loss over two coefficients: what gradient descent walks on.

The MSE is a quadratic in the coefficients (:mod:`.quadratic`), so after one
O(N d²) pass over the rows (:class:`Landscape`) the loss at any point costs
O(d²) whatever N is: a 200×200 grid at N = 10⁶ rows takes milliseconds.

Accuracy.  Everything is computed in the standardised basis (centred terms of
unit spread), around the least-squares optimum:

    L(θ) = L* + eᵀ G e,   e = M (θ - θ*),

where ``M`` maps the user's coefficients to standardised ones and ``G`` is the
Gram matrix of the standardised terms.  The difference ``θ - θ*`` is taken
first, in the user's units, so a large offset (NIST Longley's years, x of 1e6)
costs no digits, and with an intercept ``G`` is block diagonal, so for one x
``eᵀGe`` is a sum of two squares with nothing to cancel.  The expanded form
``θᵀGθ - 2cᵀθ + yᵀy/N`` would lose all its digits near the optimum of a
perfect fit.

Learning rates.  The app's loss is ``L = (1/N)‖y - Aθ‖²`` with gradient
``∇L = (2/N) Aᵀ(Aθ - y) = 2G(θ - θ*)`` where ``G = AᵀA/N``: its Hessian is
``2G``.  So a step ``θ ← θ - η∇L`` multiplies each eigen-coordinate by
``1 - 2ηλ`` (λ an eigenvalue of ``G``), and

* the stable limit is ``η < 1/λmax(G)`` (= ``2/λmax(2G)``, the textbook
  "2/L" for the Hessian), what :func:`.quadratic.max_stable_learning_rate`
  gives and the app shows;
* the optimal constant rate is ``η = 1/(λmin + λmax)`` (= ``2/(λmin + λmax)``
  of the Hessian), which shrinks the error by ``(κ - 1)/(κ + 1)`` a step;
* ``κ = λmax/λmin`` of ``G`` is the condition number that sets the pace.

Penalties.  The app's ridge minimises ``Σw(y - ŷ)² + α‖w‖²`` and its lasso
``(1/2n)Σw(y - ŷ)² + α‖w‖₁`` (scikit-learn's objectives, :mod:`.solvers`):
the intercept is never penalised, and the penalty applies to the user's
coefficients, or to the standardised ones with ``standardize``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

import numpy as np
from numpy.typing import NDArray

from linreg_gui.model.design import Basis, Design
from linreg_gui.model.errors import FitError
from linreg_gui.model.quadratic import Quadratic
from linreg_gui.model.solvers import _coordinate_descent
from linreg_gui.model.text import translate

FloatArray = NDArray[np.float64]

_EPS = float(np.finfo(np.float64).eps)

Penalty = Literal["ridge", "lasso"]


@dataclass(frozen=True)
class Curvature:
    """How gradient descent sees the loss in one basis (see the module notes).

    Attributes
    ----------
    basis : str
        ``"raw"`` (the user's units) or ``"standardised"``.
    eigenvalues : ndarray of shape (k,)
        Of ``G = AᵀWA/Σw`` in that basis, ascending.
    stable_rate : float
        ``1/λmax``: plain gradient descent converges for rates below it.
    optimal_rate : float
        ``1/(λmin + λmax)``: the fastest constant rate.
    condition_number : float
        ``λmax/λmin`` (inf when the optimum is not unique).
    """

    basis: str
    eigenvalues: FloatArray
    stable_rate: float
    optimal_rate: float
    condition_number: float

    @property
    def contraction(self) -> float:
        """The error's shrink factor per step at the optimal rate, (κ-1)/(κ+1)."""
        kappa = self.condition_number
        return 1.0 if not math.isfinite(kappa) else (kappa - 1) / (kappa + 1)

    def steps_to_shrink(self, factor: float = 1e6) -> float:
        """Steps plain gradient descent needs at the fastest rate to make its
        error ``factor`` times smaller: log(factor) / -log((κ-1)/(κ+1)), about
        κ·log(factor)/2 for a large κ (inf when the optimum is not unique; 1 for
        a round bowl, κ = 1, which the fastest rate crosses in one step)."""
        rate = self.contraction
        if rate >= 1.0:
            return math.inf
        if rate <= 0.0:
            return 1.0
        return math.ceil(math.log(factor) / -math.log(rate))


@dataclass(frozen=True)
class Window:
    """A rectangle of two coefficients: ``x`` is the first of the pair."""

    x_min: float
    x_max: float
    y_min: float
    y_max: float

    def axes(self, n_x: int = 200, n_y: int = 200) -> tuple[FloatArray, FloatArray]:
        """Evenly spaced grid values along each side (for :meth:`Landscape.grid`)."""
        return (
            np.linspace(self.x_min, self.x_max, n_x),
            np.linspace(self.y_min, self.y_max, n_y),
        )

    def contains(self, x: float, y: float) -> bool:
        return self.x_min <= x <= self.x_max and self.y_min <= y <= self.y_max


class Landscape:
    """The training MSE of a design as a function of its coefficients.

    Made once per data set and term choice (O(N d²)); every method after that
    costs O(d²) a point, never O(N).  Coordinates are the user's coefficients
    (intercept first, the data's units) unless ``standardized=True``, which
    means the coefficients of the standardised terms, the basis gradient
    descent steps in with *Standardise features* (:meth:`Design.working_basis`).

    Parameters
    ----------
    design : Design
        The training rows.
    """

    def __init__(self, design: Design) -> None:
        try:
            basis = design.standardized_basis()
        except FitError:  # a term without spread: the raw terms are all there is
            basis = design.raw_basis()
        self._basis: Basis = basis
        self._can_standardize = basis.description == "standardised"
        self.quadratic = Quadratic(
            basis.matrix, design.y, design.weights, design.intercept
        )
        self.names: tuple[str, ...] = design.coefficient_names
        self.intercept = design.intercept
        self.total_weight = self.quadratic.total_weight
        k = len(self.names)
        self._T = basis.to_user  # user = T @ standardised
        self._M = np.linalg.solve(self._T, np.eye(k))  # standardised = M @ user
        self._optimum_std = self.quadratic.optimum
        self._optimum_user = basis.coefficients_to_user(self._optimum_std)
        self._reference_loss, self._slope = self._reference(design)
        #: Whether the least-squares coefficients are unique.
        self.unique = self.quadratic.unique

    def _reference(self, design: Design) -> tuple[float, FloatArray]:
        """The loss and gradient at the optimum as stored, in user units, from the
        rows themselves (one more O(N d) pass).

        ``L(θ) = L(θ₀) + ∇L(θ₀)ᵀ(θ - θ₀) + (θ - θ₀)ᵀG(θ - θ₀)`` holds exactly for
        any θ₀, so with θ₀ = the optimum as float64 holds it, and its loss and
        gradient from residuals summed in double-float (:func:`_residuals`), the
        grid is exact to the float coefficients asked for: on Wampler1, a
        perfect fit, near the optimum it gains five digits.  Where the user's
        coefficients cannot hold the fit (raw powers of a year: rounding them
        alone moves the fitted values by 1e10) the solver's L* stands, with no
        slope, so the picture is of the fit, not of its rounding.
        """
        beta = self._optimum_user
        n0 = int(design.intercept)
        w = np.ones(design.n_samples) if design.weights is None else design.weights
        total = self.total_weight
        nothing = (self.min_loss, np.zeros_like(beta))
        with np.errstate(over="ignore", invalid="ignore"):
            residuals = _residuals(
                design.X, design.y, beta[n0:], beta[0] if n0 else 0.0
            )
            if not np.isfinite(residuals).all():
                return nothing
            loss = float(w @ (residuals * residuals)) / total
            floor = 1e-12 * float(w @ (design.y * design.y)) / total
            if not abs(loss - self.min_loss) <= 1e-6 * max(self.min_loss, floor):
                return nothing
            wr = w * residuals
            slope = -2.0 / total * (design.X.T @ wr)
            if n0:
                slope = np.concatenate([[-2.0 / total * float(wr.sum())], slope])
        if not np.isfinite(slope).all():
            return nothing
        return loss, np.asarray(slope, dtype=np.float64)

    # -- coordinates -------------------------------------------------------------

    @property
    def min_loss(self) -> float:
        """``L*``, the least training MSE."""
        return self.quadratic.min_loss

    def optimum(self, standardized: bool = False) -> FloatArray:
        """The least-squares coefficients, shape (k,)."""
        self._check(standardized)
        chosen = self._optimum_std if standardized else self._optimum_user
        return np.array(chosen, dtype=np.float64)

    def to_coordinates(
        self, user: FloatArray, standardized: bool = False
    ) -> FloatArray:
        """User coefficients (shape (k,) or (m, k)) in the chosen coordinates:
        a run's path in the data's units drawn on the standardised landscape."""
        self._check(standardized)
        user = np.asarray(user, dtype=np.float64)
        if not standardized:
            return np.array(user, dtype=np.float64)
        moved = self._optimum_std + (user - self._optimum_user) @ self._M.T
        return np.asarray(moved, dtype=np.float64)

    def to_user(self, coords: FloatArray, standardized: bool = False) -> FloatArray:
        """Coordinates (shape (k,) or (m, k)) back in the user's units."""
        self._check(standardized)
        coords = np.asarray(coords, dtype=np.float64)
        if not standardized:
            return np.array(coords, dtype=np.float64)
        moved = self._optimum_user + (coords - self._optimum_std) @ self._T.T
        return np.asarray(moved, dtype=np.float64)

    # -- the loss and its gradient ---------------------------------------------------

    def loss(self, coords: FloatArray, standardized: bool = False) -> FloatArray:
        """The training MSE at coefficients of shape (k,) (a 0-d array) or
        (m, k) (one value a row)."""
        coords = np.asarray(coords, dtype=np.float64)
        e = self._errors(coords, standardized)
        quadratic = np.einsum("...j,jl,...l->...", e, self.quadratic.gram, e)
        user = self.to_user(coords, standardized) - self._optimum_user
        linear = user @ self._slope
        return np.asarray(self._reference_loss + linear + quadratic, np.float64)

    def gradient(self, coords: FloatArray, standardized: bool = False) -> FloatArray:
        """``∇L`` in the same coordinates (the way a step in them goes downhill:
        draw ``-gradient`` as the arrow)."""
        e = self._errors(np.asarray(coords, dtype=np.float64), standardized)
        grad_user = 2.0 * (e @ self.quadratic.gram) @ self._M + self._slope
        if standardized:
            return np.asarray(grad_user @ self._T, dtype=np.float64)
        return np.asarray(grad_user, dtype=np.float64)

    def grid(
        self,
        i: int,
        j: int,
        xs: FloatArray,
        ys: FloatArray,
        *,
        at: FloatArray | None = None,
        standardized: bool = False,
    ) -> FloatArray:
        """The loss over a grid of coefficients ``i`` (along ``xs``) and ``j``
        (along ``ys``), the others held at ``at`` (default: the optimum).

        Returns
        -------
        ndarray of shape (len(ys), len(xs))
            ``Z[r, c]`` is the loss at coefficient i = ``xs[c]``, j = ``ys[r]``
            (image order: rows go along y).  O(grid · d²), no pass over the rows.
        """
        self._pair(i, j)
        at_ = self.optimum(standardized) if at is None else np.asarray(at, float)
        optimum = self._optimum_std if standardized else self._optimum_user
        base = at_ - optimum
        base[i] = base[j] = 0.0
        dx = np.asarray(xs, dtype=np.float64) - optimum[i]
        dy = np.asarray(ys, dtype=np.float64) - optimum[j]
        M = np.eye(len(optimum)) if standardized else self._M
        # e = M(base + dx·eᵢ + dy·eⱼ), one row of the grid at a time in spirit
        e = (
            (M @ base)[None, None, :]
            + dy[:, None, None] * M[:, j][None, None, :]
            + dx[None, :, None] * M[:, i][None, None, :]
        )
        quadratic = np.einsum("rck,kl,rcl->rc", e, self.quadratic.gram, e)
        # the slope term, in user units: (T e)·g, separable along the two axes
        T = self._T if standardized else np.eye(len(optimum))
        g = self._slope @ T
        linear = float(g @ base) + dy[:, None] * g[j] + dx[None, :] * g[i]
        return np.asarray(self._reference_loss + linear + quadratic, np.float64)

    def slice_minimum(
        self, i: int, j: int, at: FloatArray | None = None, standardized: bool = False
    ) -> FloatArray:
        """Where the loss is least with every coefficient but ``i`` and ``j`` held
        at ``at``: the centre of that slice's contours (shape (k,))."""
        self._pair(i, j)
        optimum = self.optimum(standardized)
        if at is None:
            return optimum
        point = np.asarray(at, dtype=np.float64).copy()
        G = self.curvature_matrix(standardized)
        pair = [i, j]
        e = point - optimum
        e[pair] = 0.0
        H = G[np.ix_(pair, pair)]
        shift = np.linalg.lstsq(H, -(G[pair] @ e), rcond=None)[0]
        point[pair] = optimum[pair] + shift
        return np.asarray(point, dtype=np.float64)

    def curvature_matrix(self, standardized: bool = False) -> FloatArray:
        """``G = AᵀWA/Σw`` in the chosen coordinates (half the Hessian)."""
        self._check(standardized)
        G = self.quadratic.gram
        if standardized:
            return np.array(G, dtype=np.float64)
        return np.asarray(self._M.T @ G @ self._M, dtype=np.float64)

    def curvature(self, standardized: bool = False) -> Curvature:
        """Eigenvalues, stable and optimal rates and κ in the chosen basis.

        The eigenvalues come from the singular values of ``Rᵀ M`` with
        ``G = R Rᵀ`` (Cholesky): small ones keep their digits better than from
        an eigen-decomposition of the raw ``MᵀGM``.
        """
        self._check(standardized)
        G = self.quadratic.gram
        M = np.eye(len(G)) if standardized else self._M
        try:
            R = np.linalg.cholesky(G)
            lam = np.sort(np.linalg.svd(R.T @ M, compute_uv=False) ** 2)
        except np.linalg.LinAlgError:  # not positive definite: aliased terms
            lam = np.clip(np.linalg.eigvalsh(M.T @ G @ M), 0.0, None)
        lam_min, lam_max = float(lam[0]), float(lam[-1])
        inf = math.inf
        return Curvature(
            "standardised" if standardized else "raw",
            lam,
            1.0 / lam_max if lam_max > 0 else inf,
            1.0 / (lam_min + lam_max) if lam_max > 0 else inf,
            lam_max / lam_min if lam_min > 0 else inf,
        )

    # -- what to draw ------------------------------------------------------------

    def window(
        self,
        i: int,
        j: int,
        *,
        start: FloatArray | None = None,
        path: FloatArray | None = None,
        at: FloatArray | None = None,
        standardized: bool = False,
        margin: float = 0.15,
        contain_descent: bool = False,
    ) -> Window:
        """A view of coefficients ``i`` and ``j`` that shows the optimum, the
        start (default θ = 0), the slice's minimum and every point of ``path``
        (shape (m, k)), with ``margin`` of its width to spare on each side.

        ``contain_descent`` also takes in the whole region where the loss is
        below the start's: a descent whose loss never rises (batch gradient
        descent below the stable rate) cannot leave it.
        """
        self._pair(i, j)
        k = len(self.names)
        start_ = np.zeros(k) if start is None else np.asarray(start, float)
        points = [
            self.optimum(standardized),
            start_,
            self.slice_minimum(i, j, at, standardized),
        ]
        if path is not None and len(path):
            points.extend(np.asarray(path, dtype=np.float64).reshape(-1, k))
        stack = np.array(points)[:, [i, j]]
        stack = stack[np.isfinite(stack).all(axis=1)]
        lo, hi = stack.min(axis=0), stack.max(axis=0)
        if contain_descent:
            excess = float(self.loss(start_, standardized)) - self.min_loss
            inverse = np.linalg.pinv(self.curvature_matrix(standardized))
            half = np.sqrt(max(excess, 0.0) * np.diag(inverse)[[i, j]])
            centre = self.optimum(standardized)[[i, j]]
            lo, hi = np.minimum(lo, centre - half), np.maximum(hi, centre + half)
        sides = []
        for a, b in zip(lo, hi, strict=True):
            span = b - a
            if not span > 0:
                span = abs(a) if a != 0 else 1.0
            sides.append((a - margin * span, b + margin * span))
        return Window(sides[0][0], sides[0][1], sides[1][0], sides[1][1])

    # -- helpers -----------------------------------------------------------------

    def _errors(self, coords: FloatArray, standardized: bool) -> FloatArray:
        """``M(θ - θ*)``: the offset from the optimum in standardised terms."""
        self._check(standardized)
        if standardized:
            return np.asarray(coords - self._optimum_std, dtype=np.float64)
        return np.asarray((coords - self._optimum_user) @ self._M.T, dtype=np.float64)

    def _check(self, standardized: bool) -> None:
        if standardized and not self._can_standardize:
            raise FitError(
                translate(
                    "Landscape",
                    "A term has no spread (every value is the same), so there is no "
                    "standardised landscape.",
                )
            )

    def _pair(self, i: int, j: int) -> None:
        k = len(self.names)
        if not (0 <= i < k and 0 <= j < k and i != j):
            raise FitError(
                translate(
                    "Landscape",
                    "Choose two different coefficients of {count} ({i} and {j} given).",
                ).format(count=k, i=i, j=j)
            )

    def _terms(self) -> slice:
        return slice(int(self.intercept), len(self.names))

    def _penalty_scale(self, standardize: bool) -> FloatArray:
        """``p_j``: the penalised value of term j is ``p_j·θ_j`` (θ standardised)."""
        T = np.diag(self._T)[self._terms()]
        return np.ones_like(T) if standardize else np.abs(T)


def _residuals(X: FloatArray, y: FloatArray, w: FloatArray, b: float) -> FloatArray:
    """``y - b - X w`` summed in double-float (Ogita, Rump and Oishi's Dot2):
    each product split exactly into two floats, each sum's rounding error
    carried, so the result is as if computed in twice the precision.  The
    residuals of a near-perfect fit are a tiny difference of large terms."""
    total = y.astype(np.float64, copy=True)
    carry = np.zeros_like(total)

    def add(term: FloatArray, low: FloatArray) -> None:
        nonlocal total, carry
        s = total + term
        back = s - total
        carry += (total - (s - back)) + (term - back) + low
        total = s

    add(np.full_like(total, -b), np.zeros_like(total))
    for j in range(X.shape[1]):
        product = X[:, j] * -w[j]
        add(product, _product_error(X[:, j], -w[j], product))
    return np.asarray(total + carry, dtype=np.float64)


def _product_error(a: FloatArray, b: float, product: FloatArray) -> FloatArray:
    """``a·b - product`` exactly (Dekker's two-product by Veltkamp splitting)."""
    split = 134217729.0  # 2**27 + 1
    c = split * a
    a_hi = c - (c - a)
    a_lo = a - a_hi
    d = split * b
    b_hi = d - (d - b)
    b_lo = b - b_hi
    return np.asarray(
        ((a_hi * b_hi - product) + a_hi * b_lo + a_lo * b_hi) + a_lo * b_lo,
        dtype=np.float64,
    )


def contour_levels(landscape: Landscape, z: FloatArray, count: int = 12) -> FloatArray:
    """``count`` loss levels for contours of the grid ``z``: evenly spaced in
    log(L - L*) between the grid's lowest and highest, so the narrow valley
    near the optimum gets as many lines as the steep walls."""
    finite = z[np.isfinite(z)]
    if not finite.size:
        return np.zeros(0)
    floor = landscape.min_loss
    lo = max(float(finite.min()) - floor, 0.0)
    hi = float(finite.max()) - floor
    if not hi > 0:
        return np.array([floor])
    lo = max(lo, hi * 1e-6)
    return np.asarray(floor + np.geomspace(lo, hi, count), dtype=np.float64)


# -- penalties ---------------------------------------------------------------------


@dataclass(frozen=True)
class CoefficientPath:
    """Penalised coefficients over a range of α (user units, intercept first).

    Attributes
    ----------
    kind : {"ridge", "lasso"}
    alphas : ndarray of shape (m,)
        Ascending.
    coefs : ndarray of shape (m, k)
    names : tuple of str
    standardize : bool
        Whether the penalty applies to standardised coefficients.
    """

    kind: Penalty
    alphas: FloatArray
    coefs: FloatArray
    names: tuple[str, ...]
    standardize: bool


def penalised_solution(
    landscape: Landscape, kind: Penalty, alpha: float, *, standardize: bool = False
) -> FloatArray:
    """The ridge or lasso coefficients at ``alpha`` (user units, shape (k,)),
    from the landscape's statistics: O(d³) (ridge) or O(sweeps · d²) (lasso),
    no pass over the rows.  The same objectives as :class:`.solvers.Ridge`
    and :class:`.solvers.Lasso`."""
    path = coefficient_path(landscape, kind, np.array([alpha]), standardize=standardize)
    return np.asarray(path.coefs[0], dtype=np.float64)


def coefficient_path(
    landscape: Landscape,
    kind: Penalty,
    alphas: FloatArray | None = None,
    *,
    standardize: bool = False,
    count: int = 50,
) -> CoefficientPath:
    """Ridge (closed form) or lasso (the app's coordinate descent) coefficients
    at each α of ``alphas``; by default ``count`` values on a log scale over
    the range where the coefficients change (lasso: up to the α that zeroes
    them all).

    In standardised terms, with the intercept eliminated (its Schur
    complement ``S`` of ``G``): ridge solves ``(Σw·S + α P²) θ = Σw·S θ*``
    (its objective is a sum over rows), lasso minimises
    ``½(θ - θ*)ᵀS(θ - θ*) + α Σ P|θ|`` (a mean), where ``P`` turns standardised
    coefficients into penalised ones.
    """
    if kind not in ("ridge", "lasso"):
        raise FitError(
            translate(
                "Landscape", "The penalty is 'ridge' or 'lasso', not {kind}."
            ).format(kind=repr(kind))
        )
    if standardize:
        landscape._check(True)
    G = landscape.quadratic.gram
    optimum = landscape.quadratic.optimum  # in the landscape's own basis
    terms = landscape._terms()
    n0 = terms.start
    S = G[terms, terms]
    if n0:
        cross = G[terms, :n0]
        S = S - cross @ np.linalg.solve(G[:n0, :n0], cross.T)
    target = optimum[terms]
    corr = S @ target
    P = landscape._penalty_scale(standardize)
    if alphas is None:
        alphas = _default_alphas(kind, S, corr, P, landscape.total_weight, count)
    alphas = np.sort(np.asarray(alphas, dtype=np.float64))
    if np.any(~np.isfinite(alphas)) or np.any(alphas < 0):
        raise FitError(translate("Landscape", "Every α must be a number ≥ 0."))
    coefs = np.empty((len(alphas), len(optimum)))
    n = landscape.total_weight
    for row, alpha in enumerate(alphas):
        if kind == "ridge":
            theta = np.linalg.solve(n * S + alpha * np.diag(P * P), n * corr)
        else:
            theta = _coordinate_descent(S, corr, alpha * P, 10_000, 1e-10)[0]
        full = optimum.copy()
        full[terms] = theta
        if n0:
            full[:n0] = optimum[:n0] - np.linalg.solve(
                G[:n0, :n0], G[:n0, terms] @ (theta - target)
            )
        coefs[row] = landscape._basis.coefficients_to_user(full)
    return CoefficientPath(kind, alphas, coefs, landscape.names, standardize)


def _default_alphas(
    kind: Penalty,
    S: FloatArray,
    corr: FloatArray,
    P: FloatArray,
    total_weight: float,
    count: int,
) -> FloatArray:
    if kind == "lasso":
        top = float(np.max(np.abs(corr) / P)) if corr.size else 1.0
        top = top if top > 0 else 1.0
        return np.asarray(np.geomspace(top * 1e-4, top, count), dtype=np.float64)
    scale = total_weight * float(np.mean(np.diag(S) / (P * P))) if S.size else 1.0
    scale = scale if scale > 0 else 1.0
    return np.asarray(np.geomspace(scale * 1e-4, scale * 1e3, count), np.float64)


@dataclass(frozen=True)
class PenaltyRegion:
    """A penalty's constraint region in the plane of two coefficients.

    Ridge at α is least squares within ``‖w‖₂ ≤ t`` and lasso within
    ``‖w‖₁ ≤ t``, with ``t`` the norm of the penalised solution: the region's
    edge meets the loss's contours where the solution is.  In the slice through
    the solution (the other coefficients held there), that is a circle
    (ridge) or a diamond (lasso) of the two plotted coefficients, an ellipse or
    a rhombus when the penalty's units are not the plot's; with the intercept
    (never penalised) on one axis, a band.

    Attributes
    ----------
    kind : {"ridge", "lasso"}
    alpha : float
    solution : ndarray of shape (k,)
        The penalised coefficients, in the plot's coordinates.
    radius : float
        ``t``, the solution's penalised norm (L2 or L1, all terms).
    boundary : ndarray of shape (m, 2)
        The edge as a polyline in the plotted coordinates (x: coefficient i);
        a NaN row separates the two lines of a band.
    """

    kind: Penalty
    alpha: float
    solution: FloatArray
    radius: float
    boundary: FloatArray


def penalty_region(
    landscape: Landscape,
    kind: Penalty,
    alpha: float,
    i: int,
    j: int,
    *,
    standardize: bool = False,
    standardized: bool = False,
    window: Window | None = None,
    points: int = 361,
) -> PenaltyRegion:
    """The constraint region of ``kind`` at ``alpha`` over coefficients ``i``
    (x) and ``j`` (y), in the plot's coordinates (``standardized``), for a
    penalty on standardised coefficients or not (``standardize``, as the fit).

    ``window`` sets the extent of a band's lines (default: the landscape's
    window around the solution).
    """
    landscape._pair(i, j)
    user = penalised_solution(landscape, kind, alpha, standardize=standardize)
    solution = landscape.to_coordinates(user, standardized)
    std = landscape.to_coordinates(user, True) if landscape._can_standardize else user
    terms = landscape._terms()
    P = landscape._penalty_scale(standardize)
    penalised = P * std[terms]  # the values the penalty sees
    order = 2 if kind == "ridge" else 1
    radius = float(np.linalg.norm(penalised, ord=order))
    # plotted value of term t = factor[t] · its penalised value
    plot_scale = np.ones(len(landscape.names))
    T = np.abs(np.diag(landscape._T))
    penalty_unit = np.ones_like(T) if standardize else T  # penalised / standardised
    plot_unit = np.ones_like(T) if standardized else T  # plotted / standardised
    plot_scale = plot_unit / penalty_unit
    n0 = terms.start
    pair = [i, j]
    free = [c for c in pair if c < n0]
    if free:  # the intercept on one axis: a band around the other coefficient
        term = j if i in free else i
        half = abs(penalised[term - n0]) * plot_scale[term]
        if window is None:
            window = landscape.window(
                i, j, start=solution, at=solution, standardized=standardized
            )
        span = (
            (window.x_min, window.x_max) if i in free else (window.y_min, window.y_max)
        )
        line = np.array(span)
        nan = np.array([[np.nan, np.nan]])
        if i in free:
            lines = [np.column_stack([line, [h, h]]) for h in (-half, half)]
        else:
            lines = [np.column_stack([[h, h], line]) for h in (-half, half)]
        boundary = np.vstack([lines[0], nan, lines[1]])
        return PenaltyRegion(kind, float(alpha), solution, radius, boundary)
    r = float(np.linalg.norm(penalised[[i - n0, j - n0]], ord=order))
    angle = np.linspace(0.0, 2.0 * np.pi, points)
    if kind == "ridge":
        u, v = np.cos(angle), np.sin(angle)
    else:  # |u| + |v| = 1 traced through its four corners
        corners = np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0], [1, 0]])
        u, v = corners[:, 0], corners[:, 1]
    boundary = np.column_stack([r * u * plot_scale[i], r * v * plot_scale[j]])
    return PenaltyRegion(kind, float(alpha), solution, radius, boundary)
