"""Regression diagnostics against the hat matrix in full (weighted and not),
and the numbers the diagnostics view shows during a run."""

from __future__ import annotations

import math

import numpy as np
import pytest

from linreg_gui.model.design import Design, DesignSpec
from linreg_gui.model.diagnostics import (
    DiagnosticsSource,
    cook_contour,
    normal_quantiles,
    row_diagnostics,
)


def make_design(
    n: int = 25, *, weights: bool = False, degree: int = 1, seed: int = 1
) -> Design:
    rng = np.random.default_rng(seed)
    x = rng.uniform(1950, 1970, n)  # years: far from 0
    y = (
        0.3 * (x - 1960) ** 2 / (10 if degree > 1 else 1e9)
        + 2 * x
        + rng.normal(0, 3, n)
    )
    w = rng.uniform(0.2, 3.0, n) if weights else None
    X = np.column_stack([x**k for k in range(1, degree + 1)])
    spec = DesignSpec(("x",), "y", degree, True, "w" if weights else None)
    return Design(X, y, w, spec, np.arange(n, dtype=np.intp) * 2)


def full_hat(design: Design):  # type: ignore[no-untyped-def]
    """Per-row measures from H = √W A (AᵀWA)⁻¹ Aᵀ √W, A centred (exact algebra)."""
    X, y = design.X, design.y
    w = np.ones(y.size) if design.weights is None else design.weights
    t = (X[:, 0] - X[:, 0].mean()) / np.ptp(X[:, 0])
    A = t[:, None] ** np.arange(X.shape[1] + 1)[None, :]  # the same column space
    sw = np.sqrt(w)
    B = A * sw[:, None]
    H = B @ np.linalg.solve(B.T @ B, B.T)
    params = np.linalg.solve(B.T @ B, B.T @ (sw * y))
    e = y - A @ params
    k = A.shape[1]
    sigma = math.sqrt(float(w @ e**2) / (y.size - k))
    h = np.diag(H)
    r = sw * e / (sigma * np.sqrt(1 - h))
    return A @ params, e, h, r, r**2 * h / (k * (1 - h))


@pytest.mark.parametrize(
    ("weights", "degree"), [(False, 1), (True, 1), (False, 2), (True, 3)]
)
def test_row_diagnostics_match_the_hat_matrix(weights: bool, degree: int) -> None:
    design = make_design(weights=weights, degree=degree)
    got = row_diagnostics(design)
    fitted, e, h, r, cook = full_hat(design)
    np.testing.assert_allclose(got.fitted, fitted, rtol=1e-11)
    np.testing.assert_allclose(got.residual, e, rtol=1e-8, atol=1e-9)
    np.testing.assert_allclose(got.leverage, h, rtol=1e-10)
    np.testing.assert_allclose(got.studentized, r, rtol=1e-8, atol=1e-10)
    np.testing.assert_allclose(got.cooks_distance, cook, rtol=1e-8, atol=1e-12)
    assert got.leverage.sum() == pytest.approx(degree + 1, rel=1e-12)


def test_csv_lines_name_rows_from_one() -> None:
    design = make_design(5)
    lines = row_diagnostics(design).csv_lines()
    assert (
        lines[0] == "row,fitted,residual,leverage,studentized_residual,cooks_distance"
    )
    assert [line.split(",")[0] for line in lines[1:]] == ["1", "3", "5", "7", "9"]
    assert float(lines[1].split(",")[3]) == pytest.approx(
        row_diagnostics(design).leverage[0], rel=1e-15
    )


def test_frame_at_least_squares_and_at_zero() -> None:
    """At the least-squares answer the normal equations hold (mean residual 0,
    Xᵀr 0); at θ = 0, Xᵀr = Xᵀy (ratio 1).  Its measures equal the QR ones."""
    design = make_design(weights=True)
    source = DiagnosticsSource(design)
    best = source.least_squares()
    scale = float(np.abs(design.y).mean())
    assert abs(best.mean_residual) < 1e-9 * scale
    assert best.normal_ratio < 1e-9
    exact = row_diagnostics(design)
    np.testing.assert_allclose(best.leverage, exact.leverage, rtol=1e-8)
    np.testing.assert_allclose(
        best.standardized, exact.studentized, rtol=1e-6, atol=1e-8
    )
    np.testing.assert_allclose(
        best.cooks_distance, exact.cooks_distance, rtol=1e-5, atol=1e-10
    )
    zero = source.at(0.0, np.zeros(1))
    assert zero.normal_ratio == pytest.approx(1.0)
    w = design.weights
    assert w is not None
    assert zero.mean_residual == pytest.approx(float(w @ design.y / w.sum()))
    r = design.y - (1.0 + 2.0 * design.X[:, 0])
    other = source.at(1.0, np.array([2.0]))
    A = np.column_stack([np.ones(r.size), design.X])
    np.testing.assert_allclose(other.normal_equations, A.T @ (w * r), rtol=1e-7)
    assert other.hist_counts.sum() == design.n_samples
    assert np.all(np.diff(other.qq_sample) >= 0)
    np.testing.assert_allclose(other.qq_sample, other.standardized[other.qq_order])
    assert "mean residual" in other.normal_text()


def test_sampled_rows_at_large_n() -> None:
    rng = np.random.default_rng(0)
    n = 50_000
    x = rng.normal(size=n)
    design = Design(
        x[:, None],
        3 * x + rng.normal(size=n),
        None,
        DesignSpec(("x",), "y"),
        np.arange(n),
    )
    source = DiagnosticsSource(design, limit=2_000)
    frame = source.least_squares()
    assert frame.residual.size == 2_000 and frame.total == n
    assert np.all(np.diff(frame.rows) > 0)


def test_normal_quantiles_are_r_ppoints() -> None:
    from scipy import stats as sps

    np.testing.assert_allclose(
        normal_quantiles(5), sps.norm.ppf((np.arange(1, 6) - 0.375) / 5.25)
    )
    np.testing.assert_allclose(
        normal_quantiles(20), sps.norm.ppf((np.arange(1, 21) - 0.5) / 20)
    )


def test_cook_contour_is_where_d_equals_the_level() -> None:
    h, r = cook_contour(0.5, 2, np.array([0.1, 0.5]))
    np.testing.assert_allclose(r**2 * h / (2 * (1 - h)), 0.5)


def test_linreg_fit_writes_diagnostics(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    """`linreg fit FILE --diagnostics OUT.csv`: one row per row used, numbered
    as in the file, weighted fits included."""
    from linreg_gui.cli import main

    rng = np.random.default_rng(5)
    x = rng.uniform(0, 10, 12)
    y = 1.5 * x + rng.normal(0, 1, 12)
    w = rng.uniform(0.5, 2, 12)
    data = tmp_path / "d.csv"
    rows = ["x,y,w"] + [
        f"{float(a)!r},{float(b)!r},{float(c)!r}"
        for a, b, c in zip(x, y, w, strict=True)
    ]
    rows[4] = "4.0,,1.0"  # a missing y: row 4 is dropped
    data.write_text("\n".join(rows) + "\n")
    out = tmp_path / "diag.csv"
    assert (
        main(
            [
                "fit",
                str(data),
                "--x",
                "x",
                "--y",
                "y",
                "--weights",
                "w",
                "--diagnostics",
                str(out),
                "--json",
            ]
        )
        == 0
    )
    capsys.readouterr()
    lines = out.read_text().splitlines()
    assert (
        lines[0] == "row,fitted,residual,leverage,studentized_residual,cooks_distance"
    )
    table = np.array([[float(v) for v in line.split(",")] for line in lines[1:]])
    assert 4 not in table[:, 0] and table.shape[0] == 11
    keep = np.arange(12) != 3
    design = Design(
        x[keep, None],
        y[keep],
        w[keep],
        DesignSpec(("x",), "y", 1, True, "w"),
        np.flatnonzero(keep),
    )
    _, e, h, r, cook = full_hat(design)
    np.testing.assert_allclose(table[:, 3], h, rtol=1e-10)
    np.testing.assert_allclose(table[:, 4], r, rtol=1e-9)
    np.testing.assert_allclose(table[:, 5], cook, rtol=1e-9)
