"""`linreg fit --diagnostics` agrees with statsmodels' OLSInfluence.

Leverage, internally studentized residuals and Cook's distance to at least ten
digits on an ordinary fit (Anscombe III, with its outlier) and a weighted one
(random case weights), as a statistics course would check them.
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from linreg_gui.cli import main
from linreg_gui.model.examples import load_example

sm = pytest.importorskip("statsmodels.api")
OLSInfluence = pytest.importorskip("statsmodels.stats.outliers_influence").OLSInfluence


def agreement(ours: np.ndarray, theirs: np.ndarray) -> float:
    """Digits of agreement, the worst over the rows."""
    scale = np.maximum(np.abs(theirs), 1e-300)
    error = np.max(np.abs(ours - theirs) / scale)
    return float(-np.log10(max(error, 1e-17)))


def run_cli(tmp_path: Path, data: Path, *flags: str) -> dict[str, np.ndarray]:
    out = tmp_path / "diagnostics.csv"
    assert main(["fit", str(data), *flags, "--diagnostics", str(out)]) == 0
    rows = list(csv.DictReader(out.read_text().splitlines()))
    return {key: np.array([float(r[key]) for r in rows]) for key in rows[0]}


def test_an_ordinary_fit_agrees_to_ten_digits(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = load_example("anscombe_3")
    x_name, y_name = "x3", "y3"  # the quartet's third: one outlier
    path = tmp_path / "anscombe.csv"
    data.frame[[x_name, y_name]].to_csv(path, index=False)
    ours = run_cli(tmp_path, path, "--x", x_name, "--y", y_name)
    capsys.readouterr()
    x, y = data.frame[x_name].to_numpy(), data.frame[y_name].to_numpy()
    fit = sm.OLS(y, sm.add_constant(x)).fit()
    theirs = OLSInfluence(fit)
    assert agreement(ours["leverage"], theirs.hat_matrix_diag) >= 10
    assert (
        agreement(ours["studentized_residual"], theirs.resid_studentized_internal) >= 10
    )
    assert agreement(ours["cooks_distance"], theirs.cooks_distance[0]) >= 10


def test_a_weighted_fit_agrees_to_ten_digits(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rng = np.random.default_rng(5)
    x = rng.uniform(0, 100, 60)
    weights = rng.uniform(0.5, 3.0, 60)
    y = 0.3 + 1.002 * x + rng.normal(0, 1, 60) / np.sqrt(weights)
    path = tmp_path / "weighted.csv"
    rows = "\n".join(
        f"{float(a)!r},{float(b)!r},{float(c)!r}"
        for a, b, c in zip(x, y, weights, strict=True)
    )
    path.write_text("x,y,w\n" + rows + "\n")
    ours = run_cli(tmp_path, path, "--x", "x", "--y", "y", "--weights", "w")
    capsys.readouterr()
    # OLSInfluence is for ordinary least squares: a weighted fit is an ordinary
    # one on rows scaled by √w (the whitened rows, constant column included),
    # whose hat matrix is W^½X(XᵀWX)⁻¹XᵀW^½, as R's lm.influence gives it.
    root = np.sqrt(weights)
    fit = sm.OLS(y * root, sm.add_constant(x) * root[:, None]).fit()
    theirs = OLSInfluence(fit)
    assert agreement(ours["leverage"], theirs.hat_matrix_diag) >= 10
    assert (
        agreement(ours["studentized_residual"], theirs.resid_studentized_internal) >= 10
    )
    assert agreement(ours["cooks_distance"], theirs.cooks_distance[0]) >= 10
