"""The Diagnostics tab as a student uses it: the four plots of a least-squares
fit, a point clicked and ringed in every view, a gradient-descent run making
the normal equations come true, the bands and the predict box."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from linreg_gui.model.diagnostics import row_diagnostics
from linreg_gui.ui.main_window import MainWindow
from linreg_gui.ui.plot_area import DIAGNOSTICS_TAB

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support")]

WAIT_MS = 20_000


def show_diagnostics(qtbot, win: MainWindow, example: str) -> None:  # type: ignore[no-untyped-def]
    win.load_example(example)
    qtbot.waitUntil(
        lambda: (
            win.controller.analysis is not None
            and win.analysis is win.controller.analysis
            and win.influence.diagnostics is not None
            and win.influence.diagnostics.source is not None
            and win.influence.diagnostics.source.design is win.analysis.problem.train
        ),
        timeout=WAIT_MS,
    )
    win.plot_tabs.setCurrentIndex(DIAGNOSTICS_TAB)
    plot = win.plot_area.diagnostics
    qtbot.waitUntil(lambda: plot.frame is not None, timeout=WAIT_MS)


def test_four_plots_of_least_squares_and_a_linked_click(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    win = window
    show_diagnostics(qtbot, win, "anscombe_3")
    plot = win.plot_area.diagnostics
    frame = plot.frame
    assert frame is not None
    design = win.analysis.problem.train  # type: ignore[union-attr]
    exact = row_diagnostics(design)
    np.testing.assert_allclose(frame.leverage, exact.leverage, rtol=1e-8)
    x, y = plot.dots["leverage"].getData()
    np.testing.assert_allclose(x, exact.leverage, rtol=1e-8)
    # Cook's contours at 0.5 and 1 are drawn; Anscombe III's outlier has D > 1
    # only with its own line, so the largest D here is the outlier's.
    assert len(plot.cook_curves) == 4 and plot.cook_curves[0].getData()[0].size
    assert plot.bars.getData()[1].sum() == design.n_samples
    # Click the point with the largest residual in residuals vs fitted.
    i = int(np.argmax(np.abs(frame.residual)))
    widget = plot.widgets["fitted"]
    import pyqtgraph as pg

    view = widget.getPlotItem().getViewBox()
    scene = view.mapViewToScene(
        pg.Point(float(frame.fitted[i]), float(frame.residual[i]))
    )
    spot = widget.mapFromScene(scene)
    QTest.mouseClick(
        widget.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(spot.x(), spot.y())
    )
    row = int(frame.rows[i])
    assert win.table_view.selected_rows() == [row]
    ring = win.influence.diagnostics.scatter_ring()  # type: ignore[union-attr]
    assert ring.getData()[0].size == 1
    assert plot.rings["qq"].getData()[0].size == 1
    # Selecting another row in the table rings it in the plots.
    win.table_view.selectRow(0)
    hit = plot.selected_points()
    assert frame.rows[hit].tolist() == [0]


def test_a_run_makes_the_normal_equations_true(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    win = window
    show_diagnostics(qtbot, win, "textbook_line")  # batch gradient descent
    plot = win.plot_area.diagnostics
    assert plot.frame is not None
    assert plot.frame.normal_ratio == pytest.approx(1.0)  # θ = 0: Xᵀr = Xᵀy
    win.run_action.trigger()
    qtbot.waitUntil(
        lambda: (
            win.controller.run_state is not None
            and win.controller.run_state.value != "running"
        ),
        timeout=60_000,
    )  # type: ignore[union-attr]
    qtbot.waitUntil(
        lambda: plot.frame is not None and plot.frame.normal_ratio < 1e-3,
        timeout=WAIT_MS,
    )
    assert "mean residual" in plot.normal_label.text()
    assert abs(plot.frame.mean_residual) < 1e-2


def test_bands_and_prediction(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    win = window
    show_diagnostics(qtbot, win, "anscombe_1")
    win.actions["bands"].trigger()
    view = win.influence.diagnostics
    assert view is not None
    new_low, new_high, mean_low, mean_high = view.band_values()
    assert np.all(new_low <= mean_low) and np.all(mean_high <= new_high)
    source = view.source
    assert source is not None
    plot = win.plot_area.diagnostics
    plot.predict_box.setText("10")
    QTest.keyClick(plot.predict_box, Qt.Key.Key_Return)
    bands = source.fit.bands(np.array([[10.0]]), [10.0])
    text = plot.predict_label.text()
    assert f"ŷ = {bands.fitted[0]:.6g}" in text
    assert f"[{bands.new_low[0]:.6g}, {bands.new_high[0]:.6g}]" in text
    win.actions["bands"].trigger()
    assert not any(item.isVisible() for item in view._data_items or ())
