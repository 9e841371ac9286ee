"""The results panel: values shown, blanks and NA, exact TSV, cheap progress updates."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from linreg_gui.model.design import DesignSpec
from linreg_gui.model.fitting import FitResult, FitSettings, fit, prepare
from linreg_gui.model.report import format_number, format_p
from linreg_gui.model.stats import Coefficient, Metrics
from linreg_gui.ui.results_panel import (
    COEFFICIENT_COLUMNS,
    METRIC_ROWS,
    ResultsPanel,
)

pytestmark = pytest.mark.gui

TOOLTIP = Qt.ItemDataRole.ToolTipRole
H = Qt.Orientation.Horizontal
COEF_KEYS = [key for _, key, _ in COEFFICIENT_COLUMNS]


def _data() -> dict[str, np.ndarray]:
    rng = np.random.default_rng(3)
    x = np.linspace(0.0, 10.0, 40)
    return {"x": x, "y": 1.5 + 0.8 * x + rng.normal(0.0, 0.5, 40)}


@pytest.fixture(scope="module")
def ols() -> FitResult:
    return fit(prepare(_data(), DesignSpec(("x",), "y")), FitSettings())


@pytest.fixture(scope="module")
def gd_split() -> FitResult:
    problem = prepare(_data(), DesignSpec(("x",), "y"), test_size=0.25)
    settings = FitSettings(method="gd", learning_rate=0.5, standardize=True)
    return fit(problem, settings)


@pytest.fixture
def panel(qtbot: QtBot) -> ResultsPanel:
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    return panel


def text(panel: ResultsPanel, row: int, key: str) -> str:
    model = panel.coefficients
    return str(model.data(model.index(row, COEF_KEYS.index(key))))


def labels(panel: ResultsPanel) -> str:
    shown = [w for w in panel.findChildren(QLabel) if w.isVisibleTo(panel)]
    return "\n".join(label.text() for label in shown)


def parse_tsv(tsv: str) -> tuple[list[list[str]], list[list[str]]]:
    coefficients, metrics = tsv.rstrip("\n").split("\n\n")
    return (
        [line.split("\t") for line in coefficients.split("\n")],
        [line.split("\t") for line in metrics.split("\n")],
    )


def test_shows_an_ols_result(panel: ResultsPanel, ols: FitResult) -> None:
    panel.show_result(ols, title="y ~ x")
    assert panel.coefficients.names == ("(Intercept)", "x")
    slope = ols.coefficients[1]
    assert text(panel, 1, "estimate") == format_number(slope.estimate)
    assert text(panel, 1, "std_error") == format_number(slope.std_error, 4)
    assert text(panel, 1, "p_value") == format_p(slope.p_value)
    assert text(panel, 1, "stars") == "***"
    assert panel.metrics.headers == ("Value",)
    assert panel.metrics.value("r2") == ols.train.r2
    assert panel.metrics.value("n_samples") == 40
    assert "y ~ x" in labels(panel)


def test_none_is_blank_and_nan_is_na(panel: ResultsPanel) -> None:
    nan = math.nan
    result = FitResult(
        method="ols",
        coefficients=(
            Coefficient("(Intercept)", 1.0, 0.5, 2.0, 0.06, -0.1, 2.1),
            Coefficient("z", nan, nan, nan, nan, nan, nan),
            Coefficient("w", 3.0),
        ),
        intercept=1.0,
        coef=np.array([nan, 3.0]),
        train=Metrics(10, 1.0, 1.0, 0.8, 0.5, None),
    )
    panel.show_result(result)
    assert text(panel, 0, "stars") == "."
    assert text(panel, 1, "estimate") == "NA"
    assert text(panel, 1, "ci_high") == "NA"
    assert "aliased" in str(
        panel.coefficients.data(panel.coefficients.index(1, 1), TOOLTIP)
    )
    for key in ("std_error", "t_value", "p_value", "stars", "ci_low", "ci_high"):
        assert text(panel, 2, key) == ""
    metrics = panel.metrics
    assert metrics.data(metrics.index(1, 1)) == ""  # adjusted R² is None
    assert "(uncentred)" not in metrics.label(0)
    coefficients, metric_rows = parse_tsv(panel.as_tsv())
    assert coefficients[2][1:] == ["NA"] * 4 + ["", "NA", "NA"]
    assert coefficients[3][2:] == [""] * 6
    assert metric_rows[2] == ["Adjusted R²", ""]


def test_tsv_round_trips_exactly(panel: ResultsPanel, ols: FitResult) -> None:
    panel.show_result(ols)
    coefficients, metric_rows = parse_tsv(panel.as_tsv())
    assert coefficients[0][:3] == ["Term", "Estimate", "Std. Error"]
    assert len(coefficients) == 1 + len(ols.coefficients)
    for cells, c in zip(coefficients[1:], ols.coefficients, strict=True):
        assert cells[0] == c.name
        for key, cell in zip(COEF_KEYS[1:], cells[1:], strict=True):
            if key != "stars":
                assert float(cell) == getattr(c, key)
    assert metric_rows[0] == ["Metric", "Value"]
    for (_, key, _), cells in zip(METRIC_ROWS, metric_rows[1:], strict=True):
        expected = getattr(ols.train, key)
        assert (int(cells[1]) if key == "n_samples" else float(cells[1])) == expected


def test_test_column_only_with_a_split(
    panel: ResultsPanel, ols: FitResult, gd_split: FitResult
) -> None:
    panel.show_result(gd_split)
    assert gd_split.test is not None
    assert panel.metrics.headers == ("Train", "Test")
    assert panel.metrics.value("mse", 1) == gd_split.test.mse
    _, metric_rows = parse_tsv(panel.as_tsv())
    assert metric_rows[0] == ["Metric", "Train", "Test"]
    assert float(metric_rows[3][2]) == gd_split.test.mse
    assert text(panel, 0, "std_error") == ""  # gradient descent has no inference
    assert "Converged after" in labels(panel)
    panel.show_result(ols)
    assert panel.metrics.headers == ("Value",)


def test_gradient_descent_warnings_are_shown(panel: ResultsPanel) -> None:
    problem = prepare(_data(), DesignSpec(("x",), "y"))
    result = fit(problem, FitSettings(method="gd", learning_rate=1e-3, max_iter=5))
    assert result.warnings
    panel.show_result(result)
    shown = labels(panel)
    assert "without converging" in shown
    assert result.warnings[0] in shown


def running(mse: float, r2: float) -> Metrics:
    """Metrics as a run in progress reports them: MAE not known."""
    return Metrics(20, mse, mse**0.5, float("nan"), r2, r2 - 0.01)


def test_progress_updates_values_in_place(
    qtbot: QtBot, panel: ResultsPanel, ols: FitResult
) -> None:
    panel.show_result(ols)
    names = ("x",)
    panel.show_progress(
        names,
        0.5,
        np.array([0.25]),
        has_intercept=True,
        iteration=10,
        train=running(4.0, 0.5),
        test=None,
    )
    assert text(panel, 0, "estimate") == "0.5"
    assert text(panel, 0, "std_error") == ""
    model = panel.coefficients
    with (
        qtbot.assertNotEmitted(model.modelReset),
        qtbot.assertNotEmitted(panel.metrics.modelReset),
        qtbot.waitSignal(model.dataChanged),
    ):
        panel.show_progress(
            names,
            0.75,
            np.array([0.125]),
            has_intercept=True,
            iteration=1234,
            train=running(2.0, 0.75),
            test=None,
        )
    assert model.value(0, "estimate") == 0.75
    assert model.value(1, "estimate") == 0.125
    assert panel.metrics.value("mse") == 2.0
    assert panel.metrics.value("r2") == 0.75
    assert panel.metrics.value("rmse") == pytest.approx(2.0**0.5)
    assert panel.metrics.value("mae") is None  # only known when the run stops
    assert "1,234" in labels(panel)


def test_progress_without_intercept_and_with_test(panel: ResultsPanel) -> None:
    panel.show_progress(
        ("a", "b"),
        0.0,
        np.array([1.0, 2.0]),
        has_intercept=False,
        iteration=1,
        train=running(3.0, 0.2),
        test=running(5.0, 0.1),
    )
    assert panel.coefficients.names == ("a", "b")
    assert panel.metrics.headers == ("Train", "Test")
    assert panel.metrics.value("mse", 1) == 5.0
    assert "(uncentred)" in panel.metrics.label(0)


def test_teaching_tooltips(panel: ResultsPanel, ols: FitResult) -> None:
    panel.show_result(ols)
    metrics = panel.metrics
    r2_tip = str(metrics.data(metrics.index(0, 0), TOOLTIP))
    assert "share of the variance of y" in r2_tip
    assert "worse than the mean" in r2_tip
    assert "penalty" in str(metrics.data(metrics.index(1, 1), TOOLTIP))
    model = panel.coefficients
    assert "p-value" in model.headerData(COEF_KEYS.index("p_value"), H, TOOLTIP)
    assert "confidence interval" in model.headerData(
        COEF_KEYS.index("ci_low"), H, TOOLTIP
    )


def test_copy_puts_tsv_and_html_on_the_clipboard(
    panel: ResultsPanel, ols: FitResult
) -> None:
    button = next(b for b in panel.findChildren(QPushButton) if b.text() == "Copy")
    assert not button.isEnabled()
    panel.show_result(ols)
    assert button.isEnabled()
    panel.copy_to_clipboard()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == panel.as_tsv()
    assert "<table" in mime.html()
    assert repr(ols.coefficients[1].estimate) in mime.html()


def test_clearing(panel: ResultsPanel, ols: FitResult) -> None:
    panel.show_result(ols)
    panel.show_result(None)
    assert panel.coefficients.rowCount() == 0
    assert panel.metrics.columnCount() == 0
    assert panel.as_tsv().startswith("Term\t")
