"""The exported script runs, refits, and finds that scikit-learn agrees."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from linreg_gui.model.codegen import data_csv, python_script, suggested_names
from linreg_gui.model.design import DesignSpec
from linreg_gui.model.fitting import FitSettings, fit, prepare


def columns() -> dict[str, np.ndarray]:
    rng = np.random.default_rng(4)
    x = rng.uniform(0, 2, 80)
    z = rng.normal(size=80)
    w = rng.uniform(0.5, 2, 80)
    return {
        "x": x,
        "z": z,
        "w": w,
        "y": 1 + 2 * x - 0.5 * x**2 + 0.3 * z + rng.normal(scale=0.1, size=80),
    }


@pytest.mark.parametrize(
    ("spec", "settings"),
    [
        (
            DesignSpec(("x",), "y", degree=2),
            FitSettings(
                method="gd",
                learning_rate=0.3,
                max_iter=20_000,
                tol=1e-12,
                standardize=True,
            ),
        ),
        (DesignSpec(("x", "z"), "y", weights="w"), FitSettings(method="ols")),
        (
            DesignSpec(("x", "z"), "y"),
            FitSettings(method="lasso", alpha=0.05, standardize=True),
        ),
    ],
)
def test_exported_script_runs_and_agrees(
    spec: DesignSpec, settings: FitSettings, tmp_path: Path
) -> None:
    cols = columns()
    problem = prepare(cols, spec, test_size=0.25, random_state=1)
    result = fit(problem, settings)
    script_name, data_name = suggested_names("my data.csv")
    (tmp_path / data_name).write_text(data_csv(problem, cols))
    (tmp_path / script_name).write_text(
        python_script(problem, settings, result, script_name, data_name, "my data.csv")
    )
    run = subprocess.run(
        [sys.executable, script_name],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "least squares (lstsq):" in run.stdout
    line = next(li for li in run.stdout.splitlines() if "agree to" in li)
    digits = float(line.split("agree to")[1].split()[0])
    assert digits >= 5, run.stdout
    if settings.method == "gd":
        assert "epoch" in run.stdout and "gradient descent:" in run.stdout


def test_names_are_safe_file_names() -> None:
    assert suggested_names("Anscombe's quartet (III).csv") == (
        "Anscombe_s_quartet__III_fit.py",
        "Anscombe_s_quartet__III_fit_data.csv",
    )
    assert suggested_names("")[0] == "fit_fit.py"
