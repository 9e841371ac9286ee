"""My Line as a student uses it: the menu action, a handle dragged with the
mouse, a slope typed, the best fit revealed, a run from the student's line,
and a guess-the-line round."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from linreg_gui.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

WAIT_MS = 20_000
#: Between mouse moves: a hand's pace (pyqtgraph's rate limit is 100 a second).
MOVE_MS = 15


def wait_ready(qtbot, win: MainWindow) -> None:  # type: ignore[no-untyped-def]
    def ready() -> bool:
        c = win.controller
        return c.analysis is not None and win.analysis is c.analysis and not c.loading

    qtbot.waitUntil(ready, timeout=WAIT_MS)


def my_line_on(qtbot, win: MainWindow, example: str = "textbook_line") -> None:  # type: ignore[no-untyped-def]
    win.load_example(example)
    wait_ready(qtbot, win)
    action = win.actions["my_line"]
    assert action.isEnabled()
    action.trigger()
    assert action.isChecked() and win.my_line is not None and win.my_line.active
    qtbot.waitUntil(win.my_line_dock.isVisible, timeout=WAIT_MS)
    # The dock takes room from the plots: let the layout and the view settle
    # before a test reads handle positions for a drag (a user sees them settle).
    view = win.data_plot.plot_item().getViewBox()
    seen: list[object] = []

    def settled() -> bool:
        seen.append((view.sceneBoundingRect(), view.viewRange()))
        return len(seen) >= 5 and all(s == seen[-1] for s in seen[-5:])

    qtbot.waitUntil(settled, timeout=WAIT_MS)


def gauge_numbers(win: MainWindow) -> tuple[float, float, float]:
    """(your SSR, best SSR, gap %) as the gauge shows them."""
    text = win.my_line_panel.gauge_text.text()
    match = re.search(
        r"Your SSR ([\d.e+-]+) · best ([\d.e+-]+)\s+\+([\d.,e+-]+) %", text
    )
    assert match, text
    return tuple(float(g.replace(",", "")) for g in match.groups())  # type: ignore[return-value]


def screen_point(win: MainWindow, x: float, y: float) -> QPoint:
    plot = win.data_plot
    widget = plot.plot_widget()
    scene = plot.plot_item().getViewBox().mapViewToScene(pg_point(float(x), float(y)))
    spot = widget.mapFromScene(scene)
    return QPoint(spot.x(), spot.y())


def pg_point(x: float, y: float):  # type: ignore[no-untyped-def]
    import pyqtgraph as pg

    return pg.Point(x, y)


def drag(win: MainWindow, start: QPoint, end: QPoint, steps: int = 8) -> None:
    """Press, move in steps and release the left button on the plot."""
    viewport = win.data_plot.plot_widget().viewport()
    QTest.mouseMove(viewport, start)  # the pointer arrives first, as a hand's does
    QTest.qWait(MOVE_MS)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for k in range(1, steps + 1):
        point = start + (end - start) * (k / steps)
        QTest.qWait(MOVE_MS)  # pyqtgraph drops moves closer than 10 ms apart
        QTest.mouseMove(viewport, point)
    QTest.qWait(MOVE_MS)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def test_dragging_a_handle_moves_the_line_and_the_gauge(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    my_line_on(qtbot, window)
    line = window.my_line
    assert line is not None and line.overlay is not None
    # It starts flat at the mean of y; the model's own line is hidden.
    b0, w0 = line.line
    assert w0 == 0.0
    assert not window.data_plot.fit_curve.isVisible()
    ssr0, best, gap0 = gauge_numbers(window)
    assert gap0 > 50
    equation0 = window.data_plot.equation()
    (hx, hy), _ = line.overlay.handle_positions()
    target_y = hy + 1.5  # lift the left handle... then the right one down
    drag(window, screen_point(window, hx, hy), screen_point(window, hx, target_y))
    b1, w1 = line.line
    assert w1 < 0  # the left end went up
    (hx1, hy1), _ = line.overlay.handle_positions()
    assert hy1 == pytest.approx(target_y, abs=0.1)
    _, (kx, ky) = line.overlay.handle_positions()
    drag(window, screen_point(window, kx, ky), screen_point(window, kx, ky + 3.0))
    b2, w2 = line.line
    assert w2 > w1
    assert window.data_plot.equation() != equation0
    assert window.data_plot.equation() == f"ŷ = {b2:.4g} + {w2:.4g}·x"
    ssr2, best2, gap2 = gauge_numbers(window)
    score = line.overlay.score
    assert score is not None
    assert ssr2 == pytest.approx(score.ssr(b2, w2), rel=1e-5)
    assert best2 == pytest.approx(best)
    # The panel's boxes show the dragged line.
    assert window.my_line_panel.slope_box.value() == pytest.approx(w2, rel=1e-5)


def test_dragging_the_line_shifts_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    my_line_on(qtbot, window)
    line = window.my_line
    assert line is not None and line.overlay is not None
    b0, w0 = line.line
    x = 1.0  # between the handles, on the line
    drag(window, screen_point(window, x, b0 + w0 * x), screen_point(window, x, b0 + 2))
    b1, w1 = line.line
    assert w1 == pytest.approx(w0)
    assert b1 == pytest.approx(b0 + 2, abs=0.1)
    # A drag away from the line pans the view instead.
    (x0, x1), _ = window.data_plot.plot_item().getViewBox().viewRange()
    far = screen_point(window, 0.1, b1 + 2.5)
    drag(window, far, far + QPoint(40, 0))
    assert line.line == (b1, w1)
    assert window.data_plot.plot_item().getViewBox().viewRange()[0][0] != x0


def test_typing_a_slope_and_steep_slopes(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    my_line_on(qtbot, window)
    line = window.my_line
    assert line is not None
    panel = window.my_line_panel
    b0 = line.line[0]
    box = panel.slope_box
    box.lineEdit().selectAll()
    QTest.keyClicks(box.lineEdit(), "2.5")
    QTest.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    assert line.line == pytest.approx((b0, 2.5))
    assert window.data_plot.equation() == f"ŷ = {b0:.4g} + 2.5·x"
    # The slider reaches a slope far beyond the data's own, and back to flat.
    slider = panel.slope_slider
    slider.setValue(slider.maximum())
    steep = line.line[1]
    unit = line.overlay.score.scales.slope_unit  # type: ignore[union-attr]
    assert steep > 50 * unit
    slider.setValue(0)
    assert line.line[1] == pytest.approx(0.0, abs=1e-12)
    # Typed in any units: 3e6.
    box.lineEdit().selectAll()
    QTest.keyClicks(box.lineEdit(), "3e6")
    QTest.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    assert line.line[1] == 3e6


def test_reveal_best_fit_shows_the_least_squares_line(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    my_line_on(qtbot, window)
    line = window.my_line
    assert line is not None and line.overlay is not None
    panel = window.my_line_panel
    panel.squares_box.click()
    assert line.overlay.squares.isVisible()
    assert line.overlay.squares.rects  # one square a residual
    assert "r² ×" in panel.squares_note.text()
    panel.reveal_button.click()
    overlay = line.overlay
    assert overlay.best_item.isVisible() and overlay.best_squares.isVisible()
    xs, ys = overlay.best_item.getData()
    reference = window.analysis.reference  # type: ignore[union-attr]
    slope = (ys[1] - ys[0]) / (xs[1] - xs[0])
    assert slope == pytest.approx(reference.coef[0], rel=1e-9)
    assert ys[0] - slope * xs[0] == pytest.approx(reference.intercept, rel=1e-9)
    n = window.analysis.problem.train.n_samples  # type: ignore[union-attr]
    score = overlay.score
    assert score is not None
    assert score.ssr(reference.intercept, reference.coef[0]) == pytest.approx(
        reference.train.mse * n, rel=1e-12
    )
    _, best, _ = gauge_numbers(window)
    assert best == pytest.approx(reference.train.mse * n, rel=1e-5)
    # Leaving the mode gives the plot back.
    window.actions["my_line"].trigger()
    assert not overlay.line_item.isVisible() and not overlay.squares.isVisible()
    assert window.data_plot.fit_curve.isVisible()
    assert not window.my_line_dock.isVisible()


def test_gradient_descent_starts_from_my_line(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    # Norris opens with least squares: the button switches to batch descent.
    my_line_on(qtbot, window, "norris")
    line = window.my_line
    assert line is not None
    line.set_line(1.0, 0.9)
    snapshots = []
    window.controller.snapshot.connect(snapshots.append)
    window.my_line_panel.descent_button.click()
    qtbot.waitUntil(lambda: bool(snapshots), timeout=WAIT_MS)
    window.controller.stop()
    assert window.controller.choices.settings.method == "gd"
    start = window.controller.start_point
    assert start is not None and np.allclose(start, [1.0, 0.9])
    checkpoints = [c for s in snapshots for c in s.checkpoints if c.iteration == 0]
    assert checkpoints, "the run logs its start"
    assert checkpoints[0].intercept == pytest.approx(1.0)
    assert checkpoints[0].coef[0] == pytest.approx(0.9)
    # The run shows its own line: My Line stepped aside.
    assert not window.actions["my_line"].isChecked()
    qtbot.waitUntil(lambda: window.controller.run_state is not None, timeout=WAIT_MS)


def test_a_guess_round_scores_zero_at_the_least_squares_line(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    my_line_on(qtbot, window)
    line = window.my_line
    assert line is not None
    panel = window.my_line_panel
    panel.round_button.click()  # "This data"
    assert line.round == "playing"
    assert "Hidden" in panel.gauge_text.text()
    assert not window.bottom_tabs.isVisible()
    assert not panel.reveal_button.isEnabled()
    reference = window.analysis.reference  # type: ignore[union-attr]
    line.set_line(reference.intercept, float(reference.coef[0]))
    panel.score_button.click()
    assert line.last_result is not None
    assert line.last_result.percent == pytest.approx(0.0, abs=1e-9)
    assert panel.score_label.text() == "+0 %" or panel.score_label.text().startswith(
        "+0"
    )
    assert panel.score_label.font().pointSize() >= 36  # read from the back
    assert window.bottom_tabs.isVisible()
    assert panel.reveal_button.isChecked()


def test_a_round_on_new_data(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    my_line_on(qtbot, window)
    line = window.my_line
    assert line is not None
    panel = window.my_line_panel
    panel.difficulty.setCurrentIndex(panel.difficulty.findData("outliers"))
    panel.round_button.click()
    qtbot.waitUntil(lambda: line.round == "playing", timeout=WAIT_MS)
    assert window.controller.dataset.name.startswith("Guess the line")  # type: ignore[union-attr]
    b, w = line.line
    assert w == 0.0
    result = line.score()
    assert result is not None and result.percent > 0
    assert panel.score_label.text() == result.gap.text()


def test_my_line_needs_one_x_and_degree_one(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.load_example("quadratic")
    wait_ready(qtbot, window)
    action = window.actions["my_line"]
    assert not action.isEnabled()
    assert "degree" in action.toolTip()
    window.load_example("longley")
    wait_ready(qtbot, window)
    assert not action.isEnabled() and "one x" in action.toolTip()
    window.load_example("textbook_line")
    wait_ready(qtbot, window)
    assert action.isEnabled()
