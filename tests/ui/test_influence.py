"""Influence as a student meets it: drag a point with the mouse and watch least
squares follow, undo and redo it, add a point in My Line mode, delete one from
its context menu, and undo table edits."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from linreg_gui.ui.main_window import MainWindow

pytestmark = [
    pytest.mark.gui,
    # Offscreen Qt cannot raise a dock or grab the keyboard for a menu.
    pytest.mark.qt_log_ignore("does not support"),
]

WAIT_MS = 20_000
MOVE_MS = 15


def load(qtbot, win: MainWindow, example: str) -> None:  # type: ignore[no-untyped-def]
    win.load_example(example)

    def ready() -> bool:
        c = win.controller
        dragger = win.influence.dragger
        return (
            c.analysis is not None
            and win.analysis is c.analysis
            and not c.loading
            and dragger is not None
            and dragger.sums is not None
        )

    qtbot.waitUntil(ready, timeout=WAIT_MS)
    # As a user, click where the points are drawn: the axes take the width
    # of their labels at the first paint, which moves the plot area a little.
    view = win.data_plot.plot_item().getViewBox()
    last = [view.sceneBoundingRect()]

    def settled() -> bool:
        qtbot.wait(50)
        now = view.sceneBoundingRect()
        same, last[0] = now == last[0], now
        return same

    qtbot.waitUntil(settled, timeout=WAIT_MS)


def wait_analysis(qtbot, win: MainWindow, check) -> None:  # type: ignore[no-untyped-def]
    def ready() -> bool:
        c = win.controller
        return c.analysis is not None and win.analysis is c.analysis and check()

    qtbot.waitUntil(ready, timeout=WAIT_MS)


def screen_point(win: MainWindow, x: float, y: float) -> QPoint:
    import pyqtgraph as pg

    plot = win.data_plot
    scene = plot.plot_item().getViewBox().mapViewToScene(pg.Point(float(x), float(y)))
    spot = plot.plot_widget().mapFromScene(scene)
    return QPoint(spot.x(), spot.y())


def press_and_move(win: MainWindow, start: QPoint, end: QPoint, steps: int = 8) -> None:
    viewport = win.data_plot.plot_widget().viewport()
    QTest.mouseMove(viewport, start)
    QTest.qWait(MOVE_MS)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for k in range(1, steps + 1):
        QTest.qWait(MOVE_MS)
        QTest.mouseMove(viewport, start + (end - start) * (k / steps))
    QTest.qWait(MOVE_MS)


def release(win: MainWindow, end: QPoint) -> None:
    viewport = win.data_plot.plot_widget().viewport()
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def brute_fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    A = np.column_stack([np.ones(x.size), x])
    params = np.linalg.lstsq(A, y, rcond=None)[0]
    e = y - A @ params
    return params, 1 - e @ e / ((y - y.mean()) ** 2).sum()


def test_dragging_a_point_moves_least_squares_live_then_undo(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    load(qtbot, window, "anscombe_3")
    win = window
    dragger = win.influence.dragger
    assert dragger is not None
    points = win.analysis.views.points  # type: ignore[union-attr]
    assert points is not None
    design = win.analysis.problem.train  # type: ignore[union-attr]
    i = int(np.argmin(points.x))  # the leftmost point: high leverage
    row = int(points.rows[i])
    x0, y0 = float(points.x[i]), float(points.y[i])
    start = screen_point(win, x0, y0)
    end = screen_point(win, x0, y0 + 3.0)
    press_and_move(win, start, end)
    # Mid-drag: the live line, the ghost, the label and the results follow.
    assert dragger.dragging
    assert dragger.live.isVisible() and dragger.ghost.isVisible()
    fit = dragger.last_fit
    assert fit is not None
    marker_x, marker_y = (float(v[0]) for v in dragger.marker.getData())
    x2, y2 = design.X[:, 0].copy(), design.y.copy()
    position = int(np.searchsorted(design.rows, row))
    x2[position], y2[position] = marker_x, marker_y
    params, r2 = brute_fit(x2, y2)
    np.testing.assert_allclose(fit.params, params, rtol=1e-9)
    text = dragger.label.textItem.toPlainText()
    assert f"R² = {r2:.4f}" in text
    assert re.search(
        r"leverage h = [\d.]+ · studentized r = [+-][\d.]+ · Cook's D", text
    )
    assert "dragging row" in win.results_panel._title.text()
    assert win.results_panel.coefficients.value(1, "estimate") == pytest.approx(
        params[1]
    )
    # The ghost is the fit before the drag.
    gx, gy = dragger.ghost.getData()
    before, _ = brute_fit(design.X[:, 0], design.y)
    assert gy[0] == pytest.approx(before[0] + before[1] * gx[0])
    release(win, end)
    assert not dragger.ghost.isVisible()
    column_x, column_y = win.analysis.problem.spec.x[0], win.analysis.problem.spec.y  # type: ignore[union-attr]

    def moved() -> bool:
        data = win.controller.dataset
        return data is not None and data.values(column_y)[row] == pytest.approx(
            marker_y
        )

    wait_analysis(qtbot, win, moved)
    assert win.controller.dataset.values(column_x)[row] == pytest.approx(marker_x)  # type: ignore[union-attr]
    undo = win.actions["undo"]
    assert undo.isEnabled() and "Move point" in undo.text()
    undo.trigger()
    wait_analysis(
        qtbot, win, lambda: win.controller.dataset.values(column_y)[row] == y0
    )  # type: ignore[union-attr]
    assert win.controller.dataset.values(column_x)[row] == x0  # type: ignore[union-attr]
    win.actions["redo"].trigger()
    wait_analysis(qtbot, win, moved)


def test_add_a_point_in_my_line_mode_and_delete_one(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    win = window
    load(qtbot, win, "textbook_line")
    n_rows = win.controller.dataset.n_rows  # type: ignore[union-attr]
    win.actions["my_line"].trigger()
    assert win.my_line is not None and win.my_line.active
    view = win.data_plot.plot_item().getViewBox()
    (x0, x1), (y0, y1) = view.viewRange()
    b, w = win.my_line.line
    # An empty spot far from the line and the data: the top-left corner.
    x, y = x0 + 0.08 * (x1 - x0), y0 + 0.9 * (y1 - y0)
    assert win.data_plot.point_at(x, y) is None
    viewport = win.data_plot.plot_widget().viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=screen_point(win, x, y))
    wait_analysis(qtbot, win, lambda: win.controller.dataset.n_rows == n_rows + 1)  # type: ignore[union-attr]
    data = win.controller.dataset
    assert data is not None
    spec = win.analysis.problem.spec  # type: ignore[union-attr]
    assert data.values(spec.x[0])[-1] == pytest.approx(
        x, rel=1e-2, abs=0.05 * (x1 - x0)
    )
    assert win.analysis.problem.train.n_samples == n_rows + 1  # type: ignore[union-attr]
    win.actions["undo"].trigger()
    wait_analysis(qtbot, win, lambda: win.controller.dataset.n_rows == n_rows)  # type: ignore[union-attr]
    # Delete a point from its context menu: its row is left out, and undo puts it back.
    points = win.analysis.views.points  # type: ignore[union-attr]
    assert points is not None
    row = int(points.rows[3])
    QTest.mouseClick(
        viewport,
        Qt.MouseButton.RightButton,
        pos=screen_point(win, points.x[3], points.y[3]),
    )
    menu = win.influence.menu
    assert menu is not None
    action = menu.actions()[0]
    assert action.text() == f"Delete Point (Leave Row {row + 1} Out)"
    action.trigger()
    menu.close()
    assert row in win.controller.excluded
    win.actions["undo"].trigger()
    assert row not in win.controller.excluded


def test_table_edits_and_leaving_out_are_undone(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    win = window
    load(qtbot, win, "textbook_line")
    model = win.table_model
    spec = win.analysis.problem.spec  # type: ignore[union-attr]
    column = list(win.controller.dataset.columns).index(spec.y)  # type: ignore[union-attr]
    old = win.controller.dataset.values(spec.y)[2]  # type: ignore[union-attr]
    assert model.setData(model.index(2, column), "123.5")
    assert win.controller.dataset.values(spec.y)[2] == 123.5  # type: ignore[union-attr]
    win.table_view.selectRow(4)
    win.table_view.leave_out_action.trigger()
    assert 4 in win.controller.excluded
    win.actions["undo"].trigger()
    assert 4 not in win.controller.excluded
    win.actions["undo"].trigger()
    assert win.controller.dataset.values(spec.y)[2] == old  # type: ignore[union-attr]
    assert not win.actions["undo"].isEnabled()
    # New data start a new history.
    win.actions["redo"].trigger()
    load(qtbot, win, "anscombe_1")
    assert not win.actions["undo"].isEnabled() and not win.actions["redo"].isEnabled()
