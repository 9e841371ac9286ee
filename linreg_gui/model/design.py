"""The design matrix: which terms enter the model, and the bases solvers work in.

A model is ``y ≈ b0 + b1·f1 + … + bp·fp`` where the *terms* ``f`` are x columns or
powers of a single x.  Users always see ``b`` in their own units.  Solvers may work
in another *basis* (standardised terms, or powers of a centred x) because that is
where the arithmetic is accurate or gradient descent converges; every basis carries
the exact linear map back to the user's coefficients, so scaling is never silent.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import comb

import numpy as np
from numpy.typing import NDArray

from linreg_gui.model.errors import FitError

FloatArray = NDArray[np.float64]

MAX_DEGREE = 10


@dataclass(frozen=True)
class DesignSpec:
    """What the user asked for: columns, polynomial degree and intercept.

    Parameters
    ----------
    x : tuple of str
        One or more predictor columns.  A polynomial degree above 1 needs exactly one.
    y : str
        The response column.
    degree : int
        Polynomial degree 1-10 for a single x (terms ``x``, ``x^2``, …).
    intercept : bool
        Whether the model has a constant term ``b0``.
    weights : str, optional
        Column of non-negative case weights (weighted least squares).
    """

    x: tuple[str, ...]
    y: str
    degree: int = 1
    intercept: bool = True
    weights: str | None = None

    def term_names(self) -> tuple[str, ...]:
        """Names of the model's terms, without the intercept."""
        if self.degree == 1:
            return self.x
        name = self.x[0]
        return (name, *(f"{name}^{k}" for k in range(2, self.degree + 1)))

    def validate(self) -> None:
        """Raise :class:`FitError` for a specification no data could satisfy."""
        if not self.x:
            raise FitError("Choose at least one x column.")
        if len(set(self.x)) != len(self.x):
            raise FitError("An x column is chosen twice.")
        if self.y in self.x:
            raise FitError(f"'{self.y}' cannot be both x and y.")
        if not 1 <= self.degree <= MAX_DEGREE:
            raise FitError(
                f"The polynomial degree must be between 1 and {MAX_DEGREE}, "
                f"not {self.degree}."
            )
        if self.degree > 1 and len(self.x) != 1:
            raise FitError(
                "A polynomial (degree above 1) needs exactly one x column; "
                f"{len(self.x)} are chosen."
            )
        if self.weights is not None and self.weights in (self.y, *self.x):
            raise FitError(f"'{self.weights}' cannot be both a weight and a variable.")


@dataclass(frozen=True, eq=False)
class Basis:
    """Features a solver works in, and the map from its coefficients to the user's.

    Attributes
    ----------
    matrix : ndarray of shape (n_samples, n_terms)
        The internal features (no intercept column).
    to_user : ndarray of shape (k, k)
        ``user = to_user @ internal`` where both coefficient vectors hold the
        intercept first when the model has one (``k = n_terms + intercept``).
    description : str
        How the basis was made, for messages (``"standardised"``, …).
    """

    matrix: FloatArray
    to_user: FloatArray
    description: str

    def coefficients_to_user(self, internal: FloatArray) -> FloatArray:
        """Map internal coefficients (or a stack of them, one per row) to user units."""
        return np.asarray(internal @ self.to_user.T, dtype=np.float64)

    def covariance_to_user(self, internal: FloatArray) -> FloatArray:
        """Map a covariance matrix of internal coefficients to user units."""
        return np.asarray(self.to_user @ internal @ self.to_user.T, dtype=np.float64)


@dataclass(frozen=True, eq=False)
class Design:
    """Model terms evaluated on the rows that enter the fit.

    Attributes
    ----------
    X : ndarray of shape (n_samples, n_terms)
        The terms in the user's units (x columns, or powers of x).
    y : ndarray of shape (n_samples,)
    weights : ndarray of shape (n_samples,) or None
    spec : DesignSpec
    rows : ndarray of shape (n_samples,)
        Row numbers (0-based, in the data set) of the samples.
    """

    X: FloatArray
    y: FloatArray
    weights: FloatArray | None
    spec: DesignSpec
    rows: NDArray[np.intp]

    @property
    def n_samples(self) -> int:
        return int(self.X.shape[0])

    @property
    def n_terms(self) -> int:
        return int(self.X.shape[1])

    @property
    def intercept(self) -> bool:
        return self.spec.intercept

    @property
    def n_params(self) -> int:
        return self.n_terms + int(self.intercept)

    @property
    def term_names(self) -> tuple[str, ...]:
        return self.spec.term_names()

    @property
    def coefficient_names(self) -> tuple[str, ...]:
        """Term names with ``(Intercept)`` first when there is one."""
        names = self.term_names
        return ("(Intercept)", *names) if self.intercept else names

    @property
    def x_values(self) -> FloatArray:
        """The single x column of a one-predictor model (for plotting curves)."""
        return self.X[:, 0]

    def subset(self, index: NDArray[np.intp]) -> Design:
        """The same model on a subset of the samples (a train or test split)."""
        w = None if self.weights is None else self.weights[index]
        return Design(self.X[index], self.y[index], w, self.spec, self.rows[index])

    def raw_basis(self) -> Basis:
        """The user's terms as they are."""
        return Basis(self.X, np.eye(self.n_params), "raw")

    def working_basis(self, standardize: bool) -> Basis:
        """The basis gradient descent and the penalised fits work in."""
        return self.standardized_basis() if standardize else self.raw_basis()

    def standardized_basis(self) -> Basis:
        """Terms scaled to unit spread: ``(f - mean) / sd``, or ``f / rms`` without
        an intercept (centring would add an intercept the user did not ask for)."""
        w = self._weights_or_ones()
        total = float(w.sum())
        if self.intercept:
            mean = (w @ self.X) / total
            centred = self.X - mean
            scale = np.sqrt((w @ (centred * centred)) / total)
            _require_spread(scale, self.term_names)
            matrix = centred / scale
            to_user = np.eye(self.n_params)
            to_user[0, 1:] = -mean / scale
            to_user[1:, 1:] = np.diag(1.0 / scale)
        else:
            scale = np.sqrt((w @ (self.X * self.X)) / total)
            _require_spread(scale, self.term_names)
            matrix = self.X / scale
            to_user = np.diag(1.0 / scale)
        return Basis(matrix, to_user, "standardised")

    def conditioned_basis(self) -> Basis:
        """The basis in which least squares is most accurate.

        For a polynomial, the powers are taken of ``t = (x - m) / h``, which maps
        the data's x range onto [-1, 1]; raw powers of x are so nearly collinear
        (condition number ~1e15 for NIST Filip) that forming them in float64
        already loses the digits no solver can win back.  The map back to raw
        powers is exact algebra (binomial expansion).  Other designs are returned
        as they are: the solver centres and scales their columns itself.
        """
        if self.spec.degree == 1:
            return self.raw_basis()
        x = self.X[:, 0]
        lo, hi = float(x.min()), float(x.max())
        if self.intercept:
            centre, half = 0.5 * (hi + lo), 0.5 * (hi - lo)
        else:
            centre, half = 0.0, max(abs(lo), abs(hi))
        if not half > 0:
            raise FitError(_constant_message(self.term_names[0], lo))
        t = (x - centre) / half
        degree = self.spec.degree
        matrix = np.column_stack([t**k for k in range(1, degree + 1)])
        return Basis(
            matrix,
            _polynomial_map(centre, half, degree, self.intercept),
            "centred powers",
        )

    def _weights_or_ones(self) -> FloatArray:
        return np.ones(self.n_samples) if self.weights is None else self.weights


def _polynomial_map(
    centre: float, half: float, degree: int, intercept: bool
) -> FloatArray:
    """Matrix taking coefficients of powers of ``(x - centre) / half`` to powers of x.

    ``sum_k c_k ((x - m)/h)^k = sum_j b_j x^j`` with
    ``b_j = sum_{k>=j} c_k C(k, j) (-m)^(k-j) / h^k``.
    """
    size = degree + 1
    full = np.zeros((size, size))
    for k in range(size):
        for j in range(k + 1):
            full[j, k] = comb(k, j) * (-centre) ** (k - j) / half**k
    return full if intercept else full[1:, 1:]


def _require_spread(scale: FloatArray, names: tuple[str, ...]) -> None:
    bad = np.flatnonzero(~(scale > 0))
    if bad.size:
        raise FitError(
            f"'{names[int(bad[0])]}' has no spread (every value is the same), "
            "so it cannot be standardised."
        )


def _constant_message(name: str, value: float) -> str:
    return (
        f"x column '{name}' is constant (every value is {value:g}): a line through "
        "points that all share one x has no defined slope. Choose another x column."
    )


def build_design(
    columns: dict[str, FloatArray],
    spec: DesignSpec,
    exclude: NDArray[np.bool_] | None = None,
) -> tuple[Design, int]:
    """Evaluate the model's terms on the rows that have every value it needs.

    Parameters
    ----------
    columns : dict of str to ndarray of shape (n_rows,)
        Numeric columns by name; NaN marks a missing value.
    spec : DesignSpec
    exclude : ndarray of bool, shape (n_rows,), optional
        Rows the user left out of the fit (an outlier, say); they are neither
        used nor counted as missing.

    Returns
    -------
    design : Design
    n_dropped : int
        Rows left out because a selected column was missing there.

    Long on purpose: the textbook steps in order (select rows, drop missing, build
    terms, check), each a few lines.
    """
    spec.validate()
    needed = [*spec.x, spec.y] + ([spec.weights] if spec.weights else [])
    for name in needed:
        if name not in columns:
            raise FitError(f"There is no numeric column named '{name}'.")
    stacked = np.column_stack(
        [np.asarray(columns[name], dtype=float) for name in needed]
    )
    keep = ~np.isnan(stacked).any(axis=1)
    n_dropped = int(np.count_nonzero(~keep))
    if exclude is not None:
        keep &= ~exclude
    if np.isinf(stacked[keep]).any():
        raise FitError("The selected columns hold an infinite value.")
    rows = np.flatnonzero(keep)
    used = stacked[rows]
    n_x = len(spec.x)
    x_block = used[:, :n_x]
    y = np.ascontiguousarray(used[:, n_x])
    weights = np.ascontiguousarray(used[:, n_x + 1]) if spec.weights else None
    if weights is not None:
        negative = np.flatnonzero(weights < 0)
        if negative.size:
            row = int(rows[negative[0]]) + 1
            raise FitError(
                f"Weight column '{spec.weights}' is negative in data row {row}; "
                "weights must be zero or positive."
            )
        if not weights.any():
            raise FitError(f"Every weight in '{spec.weights}' is zero.")
    if spec.degree > 1:
        x = x_block[:, 0]
        X = np.column_stack([x**k for k in range(1, spec.degree + 1)])
    else:
        X = np.ascontiguousarray(x_block)
    n_params = X.shape[1] + int(spec.intercept)
    n_effective = int(np.count_nonzero(weights)) if weights is not None else rows.size
    if n_effective < n_params:
        missing = f" ({n_dropped} dropped for missing values)" if n_dropped else ""
        raise FitError(
            f"The model has {n_params} parameters but only {n_effective} usable "
            f"rows{missing}; it needs at least {n_params}."
        )
    if spec.intercept:
        for j, name in enumerate(spec.x):
            column = x_block[:, j]
            if rows.size and np.all(column == column[0]):
                raise FitError(_constant_message(name, float(column[0])))
    elif not np.any(x_block):
        raise FitError("Every x value is zero: a line through the origin has no slope.")
    return Design(X, y, weights, spec, rows.astype(np.intp)), n_dropped
