"""Run ▸ Sweep Learning Rates, the way a user drives it.

The sweep is started from its QAction, computed off the GUI thread, drawn in a
non-modal dialog and answered by real mouse events: a click on a point puts
its η in the solver panel (and so in the controller's choices), Cancel stops a
sweep under way, and a closed-form method has nothing to sweep.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

import linreg_gui.controller as controller_module
from linreg_gui.model.lr_sweep import sweep_learning_rates
from linreg_gui.settings import Settings
from linreg_gui.ui.main_window import MainWindow
from linreg_gui.ui.plots.grid import GridPlotWidget
from linreg_gui.ui.sweep_dialog import SweepDialog, nice_rate

pytestmark = pytest.mark.gui
WAIT_MS = 20_000


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    win = MainWindow(Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.load_default_example()  # batch gradient descent on the textbook line
    wait_ready(qtbot, win)
    yield win
    win.close()


def wait_ready(qtbot: QtBot, win: MainWindow) -> None:
    def ready() -> bool:
        c = win.controller
        return c.analysis is not None and win.analysis is c.analysis and not c.loading

    qtbot.waitUntil(ready, timeout=WAIT_MS)


def slow_sweeps(monkeypatch: pytest.MonkeyPatch, pause: float = 0.05) -> None:
    """The real sweep, with a pause each time it asks whether to stop: long
    enough to press Cancel or change the data while it runs."""

    def slow(*args: Any, should_stop: Callable[[], bool], **kwargs: Any) -> Any:
        def stop() -> bool:
            time.sleep(pause)
            return should_stop()

        return sweep_learning_rates(*args, should_stop=stop, **kwargs)

    monkeypatch.setattr(controller_module, "sweep_learning_rates", slow)


def sweep(qtbot: QtBot, win: MainWindow) -> SweepDialog:
    """Run ▸ Sweep Learning Rates, as a menu click does; the dialog once drawn."""
    with qtbot.waitSignal(win.controller.sweep_ready, timeout=WAIT_MS):
        win.actions["sweep"].trigger()
    dialog = win.sweep_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.sweep_result is not None)
    dialog.resize(1024, 700)
    qtbot.waitExposed(dialog)
    QTest.qWait(50)  # the plot lays out at its new size
    return dialog


def viewport_point(dialog: SweepDialog, index: int) -> QPoint:
    """Where run ``index``'s marker is on the plot's viewport, in pixels."""
    x, y = dialog.point_position(index)
    widget = dialog.plot_widget
    view = widget.getPlotItem().getViewBox()
    spot: QPoint = widget.mapFromScene(view.mapViewToScene(_point(x, y)))
    assert widget.viewport().rect().contains(spot)
    return spot


def hover(widget: QWidget, spot: QPoint) -> None:
    """A mouse move with no button held (``QTest.mouseMove`` moves the cursor
    but sends no event on the offscreen platform)."""
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(spot),
        QPointF(widget.mapToGlobal(spot)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def _point(x: float, y: float) -> QPointF:
    return QPointF(x, y)


def drawn(dialog: SweepDialog) -> dict[str, np.ndarray]:
    """The x positions (log10 η) of each kind of marker, as drawn."""
    return {
        name: np.asarray(scatter.getData()[0], dtype=float)
        for name, scatter in (
            ("converged", dialog.converged_points),
            ("capped", dialog.capped_points),
            ("diverged", dialog.diverged_points),
        )
    }


def test_the_action_sits_in_the_run_menu(window: MainWindow) -> None:
    menus = window.menuBar().findChildren(QMenu)
    run_menu = next(m for m in menus if m.title() == "&Run")
    assert window.actions["sweep"] in run_menu.actions()
    assert window.actions["sweep"].isEnabled()


def test_a_sweep_draws_30_runs_and_a_click_sets_that_rate(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = sweep(qtbot, window)
    result = dialog.sweep_result
    assert result is not None and len(result.rates) == 30
    points = drawn(dialog)
    assert sum(p.size for p in points.values()) == 30
    assert points["diverged"].size > 0 and points["converged"].size > 0
    stable = result.stable_rate
    assert stable is not None
    # Every blow-up is past the stable limit 1/λmax; the line is drawn there.
    assert np.all(points["diverged"] > math.log10(stable))
    assert dialog.stable_line.isVisible()
    assert dialog.stable_line.value() == pytest.approx(math.log10(stable))
    assert "1/λmax" in dialog.stable_line.label.toPlainText()
    assert result.optimal_rate is not None
    assert dialog.fastest_line.value() == pytest.approx(math.log10(result.optimal_rate))
    assert "1/(λmin+λmax)" in dialog.fastest_line.label.toPlainText()
    before = window.controller.choices.settings.learning_rate
    assert dialog.current_line.value() == pytest.approx(math.log10(before))

    # Hover the fastest run, then click it.
    index = int(np.flatnonzero(result.rates == result.fastest_rate)[0])
    spot = viewport_point(dialog, index)
    hover(dialog.plot_widget.viewport(), spot)
    qtbot.waitUntil(lambda: "converged in" in dialog.hover_text())
    assert f"η = {result.rates[index]:.3g}" in dialog.hover_text()
    with qtbot.waitSignal(dialog.rate_chosen) as chosen:
        QTest.mouseClick(
            dialog.plot_widget.viewport(), Qt.MouseButton.LeftButton, pos=spot
        )
    rate = nice_rate(float(result.rates[index]))
    assert chosen.args == [rate]
    assert rate == pytest.approx(result.rates[index], rel=1e-2) and rate != before
    assert window.solver_panel.choices().settings.learning_rate == rate
    assert window.controller.choices.settings.learning_rate == rate
    assert "set in the solver panel" in dialog.status.text()
    assert dialog.current_line.value() == pytest.approx(math.log10(rate))

    # A click on empty plot sets nothing.
    with qtbot.assertNotEmitted(dialog.rate_chosen):
        QTest.mouseClick(
            dialog.plot_widget.viewport(),
            Qt.MouseButton.LeftButton,
            pos=QPoint(spot.x(), 5),
        )

    # η typed far above every rate swept: an arrow at the edge, the runs keep
    # the plot.
    choices = window.solver_panel.choices()
    window.apply_solver_choices(
        replace(choices, settings=replace(choices.settings, learning_rate=500.0))
    )
    assert dialog.current_rate == 500.0
    assert dialog.off_scale_label.isVisible()
    assert "your η = 500 →" in dialog.off_scale_label.toPlainText()
    (_, right), _ = dialog.plot_widget.getPlotItem().getViewBox().viewRange()
    assert right < math.log10(500.0) - 1


def test_cancel_stops_the_sweep(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    slow_sweeps(monkeypatch)
    window.actions["sweep"].trigger()
    dialog = window.sweep_dialog
    assert dialog is not None and dialog.running
    qtbot.waitExposed(dialog)
    assert dialog.cancel_button.isVisible() and dialog.progress.isVisible()
    qtbot.waitUntil(lambda: dialog.progress.value() >= 1, timeout=WAIT_MS)
    started = time.monotonic()
    with qtbot.waitSignal(window.controller.sweep_ended, timeout=WAIT_MS) as ended:
        QTest.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert time.monotonic() - started < 5
    assert ended.args == [""]
    assert not dialog.running and not window.controller.sweeping
    assert dialog.sweep_result is None
    assert "cancelled" in dialog.status.text()
    assert dialog.again_button.isVisible() and not dialog.cancel_button.isVisible()
    qtbot.waitUntil(lambda: window.controller.busy_threads == 0, timeout=WAIT_MS)
    # Sweep Again runs it afresh.
    monkeypatch.setattr(controller_module, "sweep_learning_rates", sweep_learning_rates)
    with qtbot.waitSignal(window.controller.sweep_ready, timeout=WAIT_MS):
        QTest.mouseClick(dialog.again_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.sweep_result is not None)


def test_the_dialog_opens_at_once_and_its_plot_marks_your_rate_while_it_runs(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The plot is built in the turn after the click, in the room kept for it
    (under the heading), and marks the solver panel's η before any result."""
    slow_sweeps(monkeypatch)
    window.actions["sweep"].trigger()
    dialog = window.sweep_dialog
    assert dialog is not None and dialog.isVisible() and dialog.running
    assert dialog.hover_text() == ""
    qtbot.waitUntil(lambda: dialog.findChild(GridPlotWidget) is not None)
    layout = dialog.layout()
    assert layout.indexOf(dialog.plot_widget) == 1  # heading, plot, note…
    assert dialog.plot_widget.minimumWidth() >= 480
    rate = window.controller.choices.settings.learning_rate
    assert dialog.running and dialog.current_line.isVisible()
    assert dialog.current_line.value() == pytest.approx(math.log10(rate))
    with qtbot.waitSignal(window.controller.sweep_ended, timeout=WAIT_MS):
        QTest.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)


def test_closing_the_dialog_cancels_a_running_sweep(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    slow_sweeps(monkeypatch)
    window.actions["sweep"].trigger()
    dialog = window.sweep_dialog
    assert dialog is not None
    with qtbot.waitSignal(window.controller.sweep_ended, timeout=WAIT_MS):
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and not window.controller.sweeping


def test_a_result_of_data_since_changed_is_not_shown(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    slow_sweeps(monkeypatch, pause=0.02)
    with qtbot.waitSignal(window.controller.sweep_ready, timeout=WAIT_MS):
        window.actions["sweep"].trigger()
        window.controller.leave_out([0])  # other rows: a new problem
    dialog = window.sweep_dialog
    assert dialog is not None and dialog.sweep_result is None
    assert "changed during the sweep" in dialog.status.text()


def test_closed_form_methods_have_nothing_to_sweep(
    qtbot: QtBot, window: MainWindow
) -> None:
    action = window.actions["sweep"]
    assert action.isEnabled()
    choices = window.solver_panel.choices()
    window.apply_solver_choices(
        replace(choices, settings=replace(choices.settings, method="ols"))
    )
    wait_ready(qtbot, window)
    assert not action.isEnabled()
    assert window.controller.sweep() is False
    action.trigger()  # a disabled action does nothing
    assert window.sweep_dialog is None
    window.apply_solver_choices(
        replace(choices, settings=replace(choices.settings, method="adam"))
    )
    wait_ready(qtbot, window)
    assert action.isEnabled()


def test_nice_rate_rounds_toward_zero() -> None:
    assert nice_rate(0.0123456) == 0.0123
    assert nice_rate(0.4999999) == 0.499
    assert nice_rate(0.0123) == 0.0123  # already round: kept
    assert nice_rate(2.0) == 2.0
