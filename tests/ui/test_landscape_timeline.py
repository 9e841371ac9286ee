"""The landscape tab and the timeline, driven as a student drives them."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from linreg_gui.model.snapshot import RunState, Snapshot
from linreg_gui.ui.main_window import MainWindow
from linreg_gui.ui.plot_area import LANDSCAPE_TAB
from tests.ui.test_main_window import set_solver, wait_ready

pytestmark = pytest.mark.gui
WAIT_MS = 20_000


@pytest.fixture
def window(window: MainWindow, qtbot: QtBot) -> MainWindow:
    """The shared window, with the default example loaded and fitted."""
    window.load_default_example()
    wait_ready(qtbot, window)
    return window


def show_landscape(qtbot: QtBot, win: MainWindow) -> None:
    """Click the Landscape tab and wait for its one pass over the rows."""
    bar = win.plot_area.tabs.tabBar()
    QTest.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(LANDSCAPE_TAB).center()
    )
    assert win.plot_area.tabs.currentIndex() == LANDSCAPE_TAB
    qtbot.waitUntil(lambda: win.landscape_view.landscape is not None, timeout=WAIT_MS)


def click_landscape(win: MainWindow, x: float, y: float) -> None:
    plot = win.plot_area.landscape.main
    widget = plot.plot_widget()
    scene = plot.plot_item().getViewBox().mapViewToScene(pg.Point(x, y))
    spot = widget.mapFromScene(scene)
    QTest.mouseClick(
        widget.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(spot.x(), spot.y())
    )


def run_to_end(qtbot: QtBot, win: MainWindow) -> list[Snapshot]:
    seen: list[Snapshot] = []
    win.controller.snapshot.connect(seen.append)
    win.actions["run"].trigger()
    qtbot.waitUntil(lambda: bool(seen) and seen[-1].final, timeout=WAIT_MS)
    return seen


def test_the_landscape_shows_contours_the_optimum_and_the_stable_rate(
    qtbot: QtBot, window: MainWindow
) -> None:
    show_landscape(qtbot, window)
    plot = window.plot_area.landscape.main
    image = plot._image.image
    assert image is not None and image.shape == (160, 160)
    assert len(np.unique(image)) > 5  # bands, not one colour
    assert "stable learning rates" in plot.info.text()
    landscape = window.landscape_view.landscape
    assert landscape is not None
    reference = window.controller.analysis.reference  # type: ignore[union-attr]
    assert reference is not None
    np.testing.assert_allclose(
        landscape.optimum(), [reference.intercept, *reference.coef], rtol=1e-9
    )
    plot.standardized_box.click()  # round contours, the same optimum
    assert "standardised terms" in plot.info.text()


def test_a_new_landscape_is_drawn_once_per_plot(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Raw and standardised side by side: each plot works out its grid of
    the loss once for a new landscape (it was twice: once more for the axis
    boxes' new choice), and the boxes name the first two coefficients."""
    from linreg_gui.ui.plots import landscape_plot

    show_landscape(qtbot, window)
    window.plot_area.landscape.side_by_side.setChecked(True)
    drawn: list[object] = []
    original = landscape_plot.LandscapePlot._draw_grid

    def counting(self: object, *args: object) -> None:
        drawn.append(self)
        original(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(landscape_plot.LandscapePlot, "_draw_grid", counting)
    view = window.landscape_view
    window.controller.leave_out([0])  # new rows: a new landscape
    qtbot.waitUntil(
        lambda: view.landscape is not None and len(drawn) >= 2, timeout=WAIT_MS
    )
    qtbot.wait(200)
    plots = [window.plot_area.landscape.main, window.plot_area.landscape.twin]
    assert sorted(map(id, drawn)) == sorted(map(id, plots))
    for plot in plots:
        assert plot.x_box.currentIndex() == 0 and plot.y_box.currentIndex() == 1
        assert plot._image.image is not None


def test_a_click_on_the_landscape_starts_the_next_run_there(
    qtbot: QtBot, window: MainWindow
) -> None:
    set_solver(window, method="gd", learning_rate=0.01, steps_per_second=None)
    wait_ready(qtbot, window)
    show_landscape(qtbot, window)
    view = window.plot_area.landscape.main.plot_item().getViewBox()
    (x0, x1), (y0, y1) = view.viewRange()
    x, y = x0 + 0.3 * (x1 - x0), y0 + 0.7 * (y1 - y0)
    with qtbot.waitSignal(window.controller.start_point_changed, timeout=WAIT_MS):
        click_landscape(window, x, y)
    start = window.controller.start_point
    assert start is not None
    assert start[0] == pytest.approx(x, rel=0.02, abs=0.02 * (x1 - x0))
    assert start[1] == pytest.approx(y, rel=0.02, abs=0.02 * (y1 - y0))
    seen = run_to_end(qtbot, window)
    assert seen[0].iteration == 0
    assert seen[0].intercept == pytest.approx(start[0])
    assert seen[0].coef[0] == pytest.approx(start[1])
    path = window.plot_area.landscape.main._path
    assert len(path) > 10
    np.testing.assert_allclose(path[0], start)


def test_the_timeline_shows_any_iteration_in_every_view(
    qtbot: QtBot, window: MainWindow
) -> None:
    set_solver(
        window,
        method="momentum",
        learning_rate=0.001,
        max_iter=400,
        tol=0.0,
        steps_per_second=None,
    )
    wait_ready(qtbot, window)
    show_landscape(qtbot, window)
    seen = run_to_end(qtbot, window)
    last = seen[-1].iteration
    bar = window.timeline_bar
    assert bar.last == last and bar.live
    bar.box.setValue(123)  # as typed into the iteration box
    found = window.controller.iterate(123)
    assert found is not None
    params, _loss = found
    xs, ys = window.data_plot._fit.getData()
    np.testing.assert_allclose(ys, params[0] + params[1] * xs, rtol=1e-9)
    here = window.plot_area.landscape.main._current.getData()
    assert here[0][0] == pytest.approx(params[0])
    marker = window.loss_plot._marker
    assert marker.isVisible() and marker.value() == 123
    assert bar.arithmetic.text().startswith("Iteration 123:")
    assert "v_w ←" in bar.arithmetic.text()  # momentum's own update
    assert "of" in bar.where.text()

    window.actions["step_back"].trigger()
    assert bar.position == 122
    assert bar.arithmetic.text().startswith("Iteration 122:")
    QTest.keyClick(window, Qt.Key.Key_F10)
    assert bar.position == 123
    bar.slider.setValue(bar.slider.maximum())  # back to the end: live
    assert bar.live and not marker.isVisible()


def test_scrubbing_pauses_a_running_run_and_iterates_are_the_runs_own(
    qtbot: QtBot, window: MainWindow
) -> None:
    set_solver(
        window,
        method="sgd",
        learning_rate=0.01,
        max_iter=100_000,
        tol=0.0,
        steps_per_second=200.0,
    )
    wait_ready(qtbot, window)
    seen: list[Snapshot] = []
    window.controller.snapshot.connect(seen.append)
    window.actions["run"].trigger()
    qtbot.waitUntil(lambda: len(seen) > 20, timeout=WAIT_MS)
    shown = seen[7]  # a mini-batch step the run reported as it went
    window.timeline_bar.box.setValue(shown.iteration)
    assert window.controller.run_state is RunState.PAUSED
    params, loss = window.controller.iterate(shown.iteration)  # type: ignore[misc]
    np.testing.assert_allclose(params, [shown.intercept, *shown.coef], rtol=1e-12)
    assert loss == pytest.approx(shown.loss, rel=1e-12)
    window.actions["stop"].trigger()
    qtbot.waitUntil(lambda: window.controller.run_state is RunState.STOPPED)


def test_the_training_log_exports_as_the_command_line_writes_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File ▸ Export Training Log: iterations 0, k, 2k, … and the last, with
    every coefficient, the same numbers ``linreg fit --history`` writes."""
    import csv

    from PySide6.QtWidgets import QFileDialog

    from linreg_gui.cli import main as cli

    set_solver(
        window,
        method="gd",
        learning_rate=0.05,
        max_iter=250,
        tol=0.0,
        steps_per_second=None,
    )
    wait_ready(qtbot, window)
    window.set_history_every(50)
    run_to_end(qtbot, window)
    out = tmp_path / "log.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "CSV (*.csv)")
    )
    window.actions["export_history"].trigger()
    qtbot.waitUntil(
        lambda: "training log" in window.message_bar.text(), timeout=WAIT_MS
    )
    rows = list(csv.reader(out.read_text().splitlines()))
    assert rows[0] == ["iteration", "loss", "test_loss", "(Intercept)", "x"]
    assert [int(r[0]) for r in rows[1:]] == [0, 50, 100, 150, 200, 250]

    dataset = window.controller.dataset
    assert dataset is not None
    data = tmp_path / "data.csv"
    dataset.frame.to_csv(data, index=False)
    expected = tmp_path / "cli.csv"
    assert (
        cli(
            [
                "fit",
                str(data),
                "--x",
                "x",
                "--y",
                "y",
                "--method",
                "gd",
                "--lr",
                "0.05",
                "--iters",
                "250",
                "--tol",
                "0",
                "--history",
                str(expected),
                "--every",
                "50",
            ]
        )
        == 0
    )
    cli_rows = list(csv.reader(expected.read_text().splitlines()))
    assert [r[0] for r in cli_rows] == [r[0] for r in rows]
    for ours, theirs in zip(rows[1:], cli_rows[1:], strict=True):
        np.testing.assert_allclose(
            [float(v) for v in (ours[1], *ours[3:])],
            [float(v) for v in (theirs[1], *theirs[3:])],
            rtol=1e-9,
        )


def test_history_lines_every_k_are_all_drawn_and_named_on_hover(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """View ▸ History Lines ▸ Every k Iterations…: the tutorial's figure of
    the line at iterations 0, k, 2k, … with none dropped however fast the run,
    each named (iteration and loss) when the mouse is on it."""
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication, QInputDialog, QToolTip

    set_solver(
        window,
        method="gd",
        learning_rate=0.05,
        max_iter=240,
        tol=0.0,
        steps_per_second=None,
    )
    wait_ready(qtbot, window)
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (60, True))
    window.menus.history_custom.trigger()
    assert window.controller.history_every == 60
    assert window.menus.history_custom.isChecked()
    assert "60" in window.menus.history_custom.text()
    seen = run_to_end(qtbot, window)
    # Drawn in the turn after the final frame's repaint.
    qtbot.waitUntil(lambda: len(window.data_plot.history_labels()) == 5)
    labels = window.data_plot.history_labels()
    assert [int(t.split()[1].replace(",", "")) for t in labels] == [
        0,
        60,
        120,
        180,
        240,
    ]
    final = seen[-1]
    assert f"loss {final.loss:.6g}" in labels[-1]

    plot = window.data_plot
    xs, ys = plot.history_lines()[2]
    x, y = float(xs[0] + 0.5 * (xs[-1] - xs[0])), float(ys[0] + 0.5 * (ys[-1] - ys[0]))
    widget = plot.plot_widget()
    scene = plot.plot_item().getViewBox().mapViewToScene(pg.Point(x, y))
    spot = widget.mapFromScene(scene)
    viewport = widget.viewport()
    here = QPointF(spot.x(), spot.y())
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        here,
        viewport.mapToGlobal(here),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, move)  # the mouse resting on the line
    qtbot.waitUntil(lambda: widget.toolTip().startswith("iteration"), timeout=WAIT_MS)
    assert widget.toolTip() in labels
    QToolTip.hideText()


def test_side_by_side_raw_and_standardised_and_the_path_along_alpha(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Raw against standardised: the same run on both, each with its own
    condition number; ridge draws its circle and each coefficient along α."""
    set_solver(
        window,
        method="gd",
        learning_rate=0.01,
        max_iter=200,
        tol=0.0,
        steps_per_second=None,
    )
    wait_ready(qtbot, window)
    show_landscape(qtbot, window)
    panel = window.plot_area.landscape
    panel.side_by_side.click()
    assert panel.twin.isVisible() and panel.twin.standardized
    assert not panel.main.standardized
    run_to_end(qtbot, window)
    assert len(panel.twin._path) == len(panel.main._path) > 10
    kappa = [
        float(p.info.text().split("κ = ")[1].split()[0].rstrip(";.("))
        for p in (panel.main, panel.twin)
    ]
    assert kappa[0] > kappa[1] >= 1.0  # the standardised bowl is rounder
    # both paths are kept in the data's units: the same line at the end
    np.testing.assert_allclose(panel.main._path[-1], panel.twin._path[-1])

    set_solver(window, method="ridge", alpha=5.0)
    wait_ready(qtbot, window)
    qtbot.waitUntil(
        lambda: window.landscape_view.landscape is not None, timeout=WAIT_MS
    )
    qtbot.waitUntil(lambda: len(panel.alpha_path._curves) == 1, timeout=WAIT_MS)
    assert panel.alpha_path.isVisible()
    # over (intercept, slope) the region is a band |w| ≤ t: the intercept is
    # never penalised; over two slopes it would be a circle
    xs, ys = panel.main._region.getData()
    assert xs is not None and np.isfinite(xs).sum() >= 4


def test_the_arithmetic_keeps_its_room_while_the_run_goes_on(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Step shows the update's arithmetic; Run puts a hint in its place but
    keeps its lines, so the plots do not jump up on Run and down on each Pause
    or Step."""
    set_solver(
        window,
        method="gd",
        learning_rate=0.001,
        max_iter=100_000,
        tol=0.0,
        steps_per_second=100.0,
    )
    wait_ready(qtbot, window)
    label = window.timeline_bar.arithmetic
    QTest.keyClick(window, Qt.Key.Key_F10)  # Step
    qtbot.waitUntil(lambda: label.text().startswith("Iteration 1:"), timeout=WAIT_MS)
    lines = label.text().count("\n")
    plot_height = window.data_plot.height()
    seen: list[Snapshot] = []
    window.controller.snapshot.connect(seen.append)
    window.actions["run"].trigger()
    qtbot.waitUntil(
        lambda: any(s.state is RunState.RUNNING for s in seen), timeout=WAIT_MS
    )
    qtbot.wait(50)
    assert label.isVisible() and "Step (F10)" in label.text()  # a hint, no numbers
    assert "←" not in label.text()
    assert label.text().count("\n") == lines
    assert window.data_plot.height() == plot_height
    window.actions["stop"].trigger()
    qtbot.waitUntil(lambda: window.controller.run_state is RunState.STOPPED)
