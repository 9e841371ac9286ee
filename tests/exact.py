"""Exact least squares in rationals: the reference the accuracy tests measure against.

Every float64 is an exact binary fraction, so ``fractions.Fraction`` gives the
least-squares answer *for the data as float64 holds it*, with no rounding at all:
the normal equations ``(AᵀWA) b = AᵀWy`` are solved by Gaussian elimination in
rationals (exact, so their squared condition number costs nothing here).  Polynomial
terms are the exact powers of x, not float64's rounded ``x**k``.  Metrics follow
from the exact residuals; only the final ``float()`` rounds.

Condition numbers (which are irrational) come from power iteration in 60-digit
``decimal`` arithmetic on the exact ``AᵀA`` and its exact inverse.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, localcontext
from fractions import Fraction

import numpy as np

Rows = list[list[Fraction]]


def design_rows(X: np.ndarray, *, degree: int = 1, intercept: bool = True) -> Rows:
    """Exact rows ``[1, x, x², …]`` (or ``[1, x1, x2, …]``) of float64 data."""
    rows = []
    for row in np.atleast_2d(X.T).T:
        values = [Fraction(float(v)) for v in np.atleast_1d(row)]
        if degree > 1:
            values = [values[0] ** k for k in range(1, degree + 1)]
        rows.append([Fraction(1), *values] if intercept else values)
    return rows


def solve(
    rows: Rows, y: Sequence[float], weights: Sequence[float] | None = None
) -> list[Fraction]:
    """The exact weighted least-squares coefficients."""
    ys = [Fraction(float(v)) for v in y]
    ws = (
        [Fraction(1)] * len(ys)
        if weights is None
        else [Fraction(float(w)) for w in weights]
    )
    k = len(rows[0])
    A = [
        [
            sum((w * r[i] * r[j] for r, w in zip(rows, ws, strict=True)), Fraction(0))
            for j in range(k)
        ]
        for i in range(k)
    ]
    b = [
        sum((w * r[i] * v for r, v, w in zip(rows, ys, ws, strict=True)), Fraction(0))
        for i in range(k)
    ]
    for c in range(k):
        pivot = next(i for i in range(c, k) if A[i][c] != 0)
        A[c], A[pivot] = A[pivot], A[c]
        b[c], b[pivot] = b[pivot], b[c]
        for i in range(c + 1, k):
            factor = A[i][c] / A[c][c]
            if factor:
                A[i] = [a - factor * p for a, p in zip(A[i], A[c], strict=True)]
                b[i] -= factor * b[c]
    beta = [Fraction(0)] * k
    for i in reversed(range(k)):
        beta[i] = (
            b[i] - sum((A[i][j] * beta[j] for j in range(i + 1, k)), Fraction(0))
        ) / A[i][i]
    return beta


def evaluate(rows: Rows, params: Sequence[Fraction | float]) -> list[Fraction]:
    """Exact fitted values of ``params`` (floats are taken as the exact binary
    fractions they are)."""
    exact = [p if isinstance(p, Fraction) else Fraction(float(p)) for p in params]
    return [
        sum((a * b for a, b in zip(r, exact, strict=True)), Fraction(0)) for r in rows
    ]


@dataclass(frozen=True)
class ExactMetrics:
    """The app's metrics, exactly (rounded once to float)."""

    mse: float
    rmse: float
    mae: float
    r2: float
    adj_r2: float | None
    ss_res: Fraction


def metrics(
    y: Sequence[float],
    fitted: Sequence[Fraction],
    *,
    n_params: int,
    intercept: bool,
    weights: Sequence[float] | None = None,
) -> ExactMetrics:
    """The definitions in ``stats.Metrics`` applied in rationals."""
    ys = [Fraction(float(v)) for v in y]
    ws = (
        [Fraction(1)] * len(ys)
        if weights is None
        else [Fraction(float(w)) for w in weights]
    )
    total = sum(ws, Fraction(0))
    res = [v - f for v, f in zip(ys, fitted, strict=True)]
    ss_res = sum((w * r * r for w, r in zip(ws, res, strict=True)), Fraction(0))
    mae = sum((w * abs(r) for w, r in zip(ws, res, strict=True)), Fraction(0)) / total
    if intercept:
        centre = sum((w * v for w, v in zip(ws, ys, strict=True)), Fraction(0)) / total
        ss_tot = sum(
            (w * (v - centre) ** 2 for w, v in zip(ws, ys, strict=True)), Fraction(0)
        )
    else:
        ss_tot = sum((w * v * v for w, v in zip(ws, ys, strict=True)), Fraction(0))
    r2 = 1 - ss_res / ss_tot
    n = sum(1 for w in ws if w != 0)
    df = n - n_params
    adj = 1 - (1 - r2) * (n - int(intercept)) / df if df > 0 else None
    mse = ss_res / total
    return ExactMetrics(
        float(mse),
        _sqrt(mse),
        float(mae),
        float(r2),
        None if adj is None else float(adj),
        ss_res,
    )


def _sqrt(value: Fraction) -> float:
    with localcontext() as context:
        context.prec = 40
        root = (Decimal(value.numerator) / Decimal(value.denominator)).sqrt()
    return float(root)


def gram_condition(rows: Rows) -> float:
    """The 2-norm condition number of ``AᵀA`` (the square of ``A``'s)."""
    k = len(rows[0])
    gram = [
        [sum((r[i] * r[j] for r in rows), Fraction(0)) for j in range(k)]
        for i in range(k)
    ]
    return _largest_eigenvalue(gram) * _largest_eigenvalue(_inverse(gram))


def _inverse(A: list[list[Fraction]]) -> list[list[Fraction]]:
    k = len(A)
    M = [row[:] + [Fraction(int(i == j)) for j in range(k)] for i, row in enumerate(A)]
    for c in range(k):
        pivot = next(i for i in range(c, k) if M[i][c] != 0)
        M[c], M[pivot] = M[pivot], M[c]
        lead = M[c][c]
        M[c] = [v / lead for v in M[c]]
        for i in range(k):
            if i != c and M[i][c]:
                factor = M[i][c]
                M[i] = [a - factor * b for a, b in zip(M[i], M[c], strict=True)]
    return [row[k:] for row in M]


def _largest_eigenvalue(A: list[list[Fraction]]) -> float:
    """Power iteration on a symmetric positive definite matrix, 60 digits."""
    with localcontext() as context:
        context.prec = 60
        D = [[Decimal(v.numerator) / Decimal(v.denominator) for v in row] for row in A]
        k = len(D)
        v = [Decimal(1)] * k
        previous = Decimal(0)
        for _ in range(20_000):
            w = [sum((D[i][j] * v[j] for j in range(k)), Decimal(0)) for i in range(k)]
            norm = max(abs(x) for x in w)
            v = [x / norm for x in w]
            if abs(norm - previous) <= norm * Decimal("1e-30"):
                break
            previous = norm
        w = [sum((D[i][j] * v[j] for j in range(k)), Decimal(0)) for i in range(k)]
        rayleigh = sum((a * b for a, b in zip(v, w, strict=True)), Decimal(0)) / sum(
            (a * a for a in v), Decimal(0)
        )
    return float(rayleigh)


def digits(estimate: float | None, exact: float | None) -> float:
    """Correct significant digits (the LRE, clipped to 0..15)."""
    if estimate is None or exact is None:
        return 15.0 if estimate is exact else 0.0
    if not (math.isfinite(estimate) and math.isfinite(exact)):
        return 0.0
    error = abs(estimate - exact) / abs(exact) if exact else abs(estimate)
    return 15.0 if error == 0 else float(min(15.0, max(0.0, -math.log10(error))))
