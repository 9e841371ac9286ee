"""The design matrix: which terms enter the model, and the bases solvers work in.

A model is ``y ≈ b0 + b1·f1 + … + bp·fp`` where the *terms* ``f`` are x columns or
powers of a single x.  Users always see ``b`` in their own units.  Solvers may work
in another *basis* (standardised terms, or powers of a centred x) because that is
where the arithmetic is accurate or gradient descent converges; every basis carries
the exact linear map back to the user's coefficients, so scaling is never silent.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from math import comb

import numpy as np
from numpy.typing import NDArray

from linreg_gui.model.errors import FitError
from linreg_gui.model.text import number, translate

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
            raise FitError(translate("Design", "Choose at least one x column."))
        if len(set(self.x)) != len(self.x):
            raise FitError(translate("Design", "An x column is chosen twice."))
        if self.y in self.x:
            raise FitError(
                translate("Design", "'{name}' cannot be both x and y.").format(
                    name=self.y
                )
            )
        if not 1 <= self.degree <= MAX_DEGREE:
            raise FitError(
                translate(
                    "Design",
                    "The polynomial degree must be between 1 and {most}, not {degree}.",
                ).format(most=MAX_DEGREE, degree=self.degree)
            )
        if self.degree > 1 and len(self.x) != 1:
            raise FitError(
                translate(
                    "Design",
                    "A polynomial (degree above 1) needs exactly one x column; "
                    "{count} are chosen.",
                ).format(count=len(self.x))
            )
        if self.weights is not None and self.weights in (self.y, *self.x):
            raise FitError(
                translate(
                    "Design", "'{name}' cannot be both a weight and a variable."
                ).format(name=self.weights)
            )


def identity(X: FloatArray) -> FloatArray:
    return X


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
    transform : callable
        Maps user terms ``X`` (any rows, same units as the ones the basis was built
        on) to the basis features, so a fit can be evaluated on test rows in the
        basis where it is accurate.
    """

    matrix: FloatArray
    to_user: FloatArray
    description: str
    transform: Callable[[FloatArray], FloatArray] = field(default=identity, repr=False)

    def features(self, X: FloatArray) -> FloatArray:
        """The basis features of user terms ``X`` of shape (n_samples, n_terms)."""
        return self.transform(X)

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
        _require_finite_terms(self)
        return Basis(self.X, np.eye(self.n_params), "raw")

    def working_basis(self, standardize: bool) -> Basis:
        """The basis gradient descent and the penalised fits work in."""
        return self.standardized_basis() if standardize else self.raw_basis()

    def standardized_basis(self) -> Basis:
        """Terms scaled to unit spread: ``(f - mean) / sd``, or ``f / rms`` without
        an intercept (centring would add an intercept the user did not ask for).

        Each column is divided by a power of two first (exact), so that columns of
        1e300 or 1e-300 do not overflow or vanish when squared."""
        _require_finite_terms(self)
        _, exponents = np.frexp(np.max(np.abs(self.X), axis=0))
        X = np.ldexp(self.X, -exponents)
        w = self._weights_or_ones()
        total = float(w.sum())
        if self.intercept:
            mean = (w @ X) / total
            centred = X - mean
            scale = np.sqrt((w @ (centred * centred)) / total)
            _require_spread(scale, self.term_names)
            matrix = centred / scale
            to_user = np.eye(self.n_params)
            to_user[0, 1:] = -mean / scale
            to_user[1:, 1:] = np.diag(np.ldexp(1.0 / scale, -exponents))
            mean_user = np.ldexp(mean, exponents)
        else:
            mean = mean_user = np.zeros(X.shape[1])
            scale = np.sqrt((w @ (X * X)) / total)
            _require_spread(scale, self.term_names)
            matrix = X / scale
            to_user = np.diag(np.ldexp(1.0 / scale, -exponents))
        return Basis(
            matrix,
            to_user,
            "standardised",
            _Standardise(mean_user, np.ldexp(scale, exponents)),
        )

    def conditioned_basis(self, scaling: Scaling | None = None) -> Basis:
        """The basis in which least squares is most accurate.

        For a polynomial, the powers are taken of ``t = (x - m) / h``, which maps
        the data's x range onto [-1, 1]; raw powers of x are so nearly collinear
        (condition number ~1e15 for NIST Filip) that forming them in float64
        already loses the digits no solver can win back.  The map back to raw
        powers is exact algebra (binomial expansion), rounded once.  Other designs
        are returned as they are: the solver centres and scales their columns
        itself.  With ``scaling`` the basis is built on the scaled terms (see
        :class:`Scaling`), so that neither x nor its powers can overflow.
        """
        if self.spec.degree == 1:
            if scaling is None:
                return self.raw_basis()
            return Basis(scaling.terms(self), np.eye(self.n_params), "raw")
        x = self.X[:, 0]
        if scaling is not None:
            x = np.ldexp(x, -scaling.x[0])
        lo, hi = float(x.min()), float(x.max())
        if self.intercept:
            centre, half = 0.5 * (hi + lo), 0.5 * (hi - lo)
        else:
            centre, half = 0.0, max(abs(lo), abs(hi))
        if not half > 0:
            raise FitError(_constant_message(self.term_names[0], lo))
        powers = CentredPowers(centre, half, self.spec.degree)
        exact = _polynomial_map(centre, half, self.spec.degree)
        if not self.intercept:
            exact = [row[1:] for row in exact[1:]]
        to_user = _rounded(exact)
        if not np.isfinite(to_user).all():
            raise FitError(
                translate(
                    "Design",
                    "x spans only [{low}, {high}]: so narrow a range for its size "
                    "that the coefficients of raw powers of x exceed float64's range. "
                    "Subtract a constant from x (or lower the degree).",
                ).format(low=number(lo, ".17g"), high=number(hi, ".17g"))
            )
        return Basis(powers.of(x), to_user, "centred powers", powers)

    def _weights_or_ones(self) -> FloatArray:
        return np.ones(self.n_samples) if self.weights is None else self.weights


@dataclass(frozen=True)
class _Standardise:
    """``(X - mean) / scale``: a standardised basis on any rows."""

    mean: FloatArray
    scale: FloatArray

    def __call__(self, X: FloatArray) -> FloatArray:
        return np.asarray((X - self.mean) / self.scale, dtype=np.float64)


@dataclass(frozen=True)
class CentredPowers:
    """Powers 1..degree of ``t = (x - centre) / half`` from user terms ``X``
    (whose first column is x)."""

    centre: float
    half: float
    degree: int

    def __call__(self, X: FloatArray) -> FloatArray:
        return self.of(X[:, 0])

    def of(self, x: FloatArray) -> FloatArray:
        """The powers of ``t`` for values of x, one column each (Fortran order, as
        the QR wants them)."""
        t = (x - self.centre) / self.half
        out = np.empty((t.size, self.degree), order="F")
        for k in range(1, self.degree + 1):
            # t**k, not repeated products: pow rounds once, a chain of k products
            # k times, and on Filip that costs a digit of the coefficients.
            np.power(t, k, out=out[:, k - 1])
        return out

    def horner(self, x: FloatArray, coef: FloatArray) -> FloatArray:
        """``Σ coef[k-1] · t^k`` for values of x, by Horner's rule: no matrix of
        powers, and as accurate as summing the powers (t stays within [-1, 1])."""
        t = (x - self.centre) / self.half
        total = np.zeros_like(t)
        for c in coef[::-1]:
            total += c
            total *= t
        return total


def _polynomial_map(centre: float, half: float, degree: int) -> list[list[Fraction]]:
    """Exact matrix taking coefficients of powers 0..degree of ``(x - centre)/half``
    to those of powers of x (rows: powers of x).

    ``sum_k c_k ((x - m)/h)^k = sum_j b_j x^j`` with
    ``b_j = sum_{k>=j} c_k C(k, j) (-m)^(k-j) / h^k``.  In rationals, because the
    floats ``m`` and ``h`` are exact binary fractions: each entry is then rounded
    once, and no power can overflow or raise on the way.
    """
    m, h = Fraction(centre), Fraction(half)
    size = degree + 1
    full = [[Fraction(0)] * size for _ in range(size)]
    for k in range(size):
        for j in range(k + 1):
            full[j][k] = comb(k, j) * (-m) ** (k - j) / h**k
    return full


def inverse_polynomial_map(
    centre: float, half: float, degree: int
) -> list[list[Fraction]]:
    """Exact inverse of :func:`_polynomial_map`: from powers of x to powers of t.

    ``x = m + h t``, so ``x^j = sum_{k<=j} C(j, k) m^(j-k) h^k t^k``.
    """
    m, h = Fraction(centre), Fraction(half)
    size = degree + 1
    full = [[Fraction(0)] * size for _ in range(size)]
    for j in range(size):
        for k in range(j + 1):
            full[k][j] = comb(j, k) * m ** (j - k) * h**k
    return full


def to_float(value: Fraction) -> float:
    """``float(value)``, but ±inf instead of OverflowError beyond float64."""
    try:
        return float(value)
    except OverflowError:
        return math.inf if value > 0 else -math.inf


def _rounded(matrix: Sequence[Sequence[Fraction]]) -> FloatArray:
    return np.array([[to_float(v) for v in row] for row in matrix], dtype=np.float64)


def _exponent(values: FloatArray) -> int:
    """The power of two that brings the largest ``|value|`` into [0.5, 1); 0 if
    there is none (all zero, empty or not finite)."""
    if values.size == 0:
        return 0
    largest = float(np.max(np.abs(values)))
    if not (largest > 0 and math.isfinite(largest)):
        return 0
    return math.frexp(largest)[1]


@dataclass(frozen=True)
class Scaling:
    """Powers of two that bring x, y and the weights near 1 before anything is
    squared.

    Multiplying by a power of two is exact in binary floating point (short of
    overflow or underflow), so a fit on the scaled columns is the same fit, digit
    for digit; but x and y of 1e160 no longer overflow when squared (1e320), and y
    of 1e-160 no longer sinks into subnormal numbers (1e-320) where its digits are
    lost.  In scaled units a user's term ``X_j = X'_j · 2**term_exponents[j]``,
    ``y = y' · 2**y``, ``w = w' · 2**weights`` and a coefficient
    ``b_j = b'_j · 2**coefficient_exponents[j]``.

    Attributes
    ----------
    x : tuple of int
        One exponent per x column (the single x of a polynomial).
    y : int
    weights : int
        Even, so that ``√w`` scales exactly too.
    degree : int
    intercept : bool
    """

    x: tuple[int, ...]
    y: int
    weights: int
    degree: int
    intercept: bool

    @classmethod
    def of(cls, design: Design) -> Scaling:
        """The exponents that bring each of the design's columns into [0.5, 1)."""
        n_x = 1 if design.spec.degree > 1 else design.n_terms
        x = tuple(_exponent(design.X[:, j]) for j in range(n_x))
        weights = 0
        if design.weights is not None:
            weights = _exponent(design.weights)
            weights += weights % 2
        return cls(
            x, _exponent(design.y), weights, design.spec.degree, design.intercept
        )

    @property
    def term_exponents(self) -> NDArray[np.int64]:
        """``X_j = X'_j · 2**e_j`` for each term (``x^k`` scales by ``k·e``)."""
        if self.degree > 1:
            return np.arange(1, self.degree + 1, dtype=np.int64) * self.x[0]
        return np.array(self.x, dtype=np.int64)

    @property
    def coefficient_exponents(self) -> NDArray[np.int64]:
        """``b_j = b'_j · 2**e_j``, intercept first when there is one."""
        terms = self.y - self.term_exponents
        if self.intercept:
            return np.concatenate([np.array([self.y], dtype=np.int64), terms])
        return terms

    def apply(self, design: Design) -> Design:
        """The design's rows in scaled units (a copy; the user's stays as it is)."""
        y, w = self.target(design)
        return Design(self.terms(design), y, w, design.spec, design.rows)

    def terms(self, design: Design) -> FloatArray:
        """The design's terms in scaled units.

        Raw powers that float64 holds as normal numbers are scaled as they are
        (exact, and cheaper than taking the powers again); otherwise the powers
        are taken of the scaled x, where they cannot overflow or underflow.
        """
        if self.degree > 1 and not _powers_in_range(design.X[:, 0], self.degree):
            x = np.ldexp(design.X[:, 0], -self.x[0])
            return np.column_stack([x**k for k in range(1, self.degree + 1)])
        return np.asarray(np.ldexp(design.X, -self.term_exponents), dtype=np.float64)

    def target(self, design: Design) -> tuple[FloatArray, FloatArray | None]:
        """The design's y and weights in scaled units."""
        y = np.ldexp(design.y, -self.y)
        w = None if design.weights is None else np.ldexp(design.weights, -self.weights)
        return y, w

    def coefficients_to_user(self, scaled: FloatArray) -> FloatArray:
        """Scaled coefficients (intercept first) to the user's units."""
        with np.errstate(over="ignore"):
            return np.asarray(
                np.ldexp(scaled, self.coefficient_exponents), dtype=np.float64
            )

    def coefficients_from_user(self, user: FloatArray) -> FloatArray:
        """The user's coefficients (intercept first) in scaled units."""
        with np.errstate(over="ignore"):
            return np.asarray(
                np.ldexp(user, -self.coefficient_exponents), dtype=np.float64
            )


def _powers_in_range(x: FloatArray, degree: int) -> bool:
    """Whether every non-zero ``x**k`` (k ≤ degree) is a normal float64."""
    magnitudes = np.abs(x[x != 0])
    if magnitudes.size == 0:
        return True
    hi = math.frexp(float(magnitudes.max()))[1]
    lo = math.frexp(float(magnitudes.min()))[1]
    return degree * hi < 1020 and degree * (lo - 1) > -1020


def _require_finite_terms(design: Design) -> None:
    """Raw powers of a large or tiny x may leave float64's range: say which.

    Solvers that take the terms as they are (gradient descent, the textbook
    formulas) would otherwise hand inf or lost digits to LAPACK.
    """
    if design.spec.degree == 1:
        if not np.isfinite(design.X).all():  # build_design refuses these already
            raise FitError(
                translate(
                    "Design",
                    "The selected columns hold a value beyond float64's range.",
                )
            )
        return
    x = design.X[:, 0]
    if _powers_in_range(x, design.spec.degree):
        return
    tiny = np.finfo(np.float64).tiny
    for k in range(2, design.spec.degree + 1):
        power = design.X[:, k - 1]
        overflow = not np.isfinite(power).all()
        if overflow or np.any((np.abs(power) < tiny) & (x != 0)):
            name = design.term_names[k - 1]
            largest = float(np.max(np.abs(x)))
            smallest = float(np.min(np.abs(x[x != 0])))
            size = k * math.log10(largest if overflow else smallest)
            raise FitError(
                translate(
                    "Design",
                    "'{name}' leaves float64's range here (|x| reaches {reach}, so "
                    "{name} would be about 1e{size}). Methods that take raw powers "
                    "of x as they are cannot use it; least squares (ols), ridge and "
                    "lasso scale x first. Or change the units of x.",
                ).format(
                    name=name,
                    reach=number(largest if overflow else smallest, ".3g"),
                    size=format(size, "+.0f"),
                )
            )


def _require_spread(scale: FloatArray, names: tuple[str, ...]) -> None:
    bad = np.flatnonzero(~(scale > 0))
    if bad.size:
        raise FitError(
            translate(
                "Design",
                "'{name}' has no spread (every value is the same), so it cannot be "
                "standardised.",
            ).format(name=names[int(bad[0])])
        )


def _constant_message(name: str, value: float) -> str:
    return translate(
        "Design",
        "x column '{name}' is constant (every value is {value}): a line through "
        "points that all share one x has no defined slope. Choose another x column.",
    ).format(name=name, value=number(value, "g"))


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
            raise FitError(
                translate(
                    "Design", "There is no numeric column named '{name}'."
                ).format(name=name)
            )
    stacked = np.column_stack(
        [np.asarray(columns[name], dtype=float) for name in needed]
    )
    keep = ~np.isnan(stacked).any(axis=1)
    n_dropped = int(np.count_nonzero(~keep))
    if exclude is not None:
        keep &= ~exclude
    if np.isinf(stacked[keep]).any():
        raise FitError(
            translate("Design", "The selected columns hold an infinite value.")
        )
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
                translate(
                    "Design",
                    "Weight column '{name}' is negative in data row {row}; weights "
                    "must be zero or positive.",
                ).format(name=spec.weights, row=row)
            )
        if not weights.any():
            raise FitError(
                translate("Design", "Every weight in '{name}' is zero.").format(
                    name=spec.weights
                )
            )
    if spec.degree > 1:
        x = x_block[:, 0]
        with np.errstate(over="ignore", under="ignore"):  # checked where they matter
            X = np.column_stack([x**k for k in range(1, spec.degree + 1)])
    else:
        X = np.ascontiguousarray(x_block)
    n_params = X.shape[1] + int(spec.intercept)
    n_effective = int(np.count_nonzero(weights)) if weights is not None else rows.size
    if n_effective < n_params:
        if n_dropped:
            message = translate(
                "Design",
                "The model has {params} parameters but only {rows} usable rows "
                "({dropped} dropped for missing values); it needs at least {params}.",
            )
        else:
            message = translate(
                "Design",
                "The model has {params} parameters but only {rows} usable rows; it "
                "needs at least {params}.",
            )
        raise FitError(
            message.format(params=n_params, rows=n_effective, dropped=n_dropped)
        )
    if spec.intercept:
        for j, name in enumerate(spec.x):
            column = x_block[:, j]
            if rows.size and np.all(column == column[0]):
                raise FitError(_constant_message(name, float(column[0])))
    elif not np.any(x_block):
        raise FitError(
            translate(
                "Design",
                "Every x value is zero: a line through the origin has no slope.",
            )
        )
    return Design(X, y, weights, spec, rows.astype(np.intp)), n_dropped
