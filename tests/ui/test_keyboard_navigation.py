"""Tab through the window as a keyboard user: reading order, no trap, focus seen."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from linreg_gui.ui.main_window import MainWindow
from tests.ui.test_main_window import wait_ready

pytestmark = pytest.mark.gui


@pytest.fixture
def window(window: MainWindow, qtbot: QtBot) -> MainWindow:
    window.load_default_example()
    wait_ready(qtbot, window)
    # Focus frames are drawn in the active window only.
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: window.plot_area.tabs.count() > 0)
    qtbot.wait(50)  # the Tab order is settled once the window is laid out
    return window


def region(widget: QWidget) -> str:
    parent: QWidget | None = widget
    while parent is not None:
        if isinstance(parent, QDockWidget):
            return parent.objectName()
        if isinstance(parent, QToolBar):
            return "toolbar"
        if isinstance(parent, QMainWindow) and parent.centralWidget() is not None:
            return "window"
        if (
            parent.parentWidget() is not None
            and isinstance(parent.parentWidget(), QMainWindow)
            and parent is parent.parentWidget().centralWidget()
        ):  # type: ignore[union-attr]
            return "centre"
        parent = parent.parentWidget()
    return "window"


def tab_walk(qtbot: QtBot, start: QWidget, presses: int = 60) -> list[QWidget]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    visited = [start]
    for _ in range(presses):
        current = QApplication.focusWidget()
        assert current is not None
        QTest.keyClick(current, Qt.Key.Key_Tab)
        after = QApplication.focusWidget()
        assert after is not None
        if after is start:
            break
        visited.append(after)
    return visited


def test_tab_reads_the_window_left_to_right_and_leaves_the_table(
    qtbot: QtBot, window: MainWindow
) -> None:
    first = window.column_picker._y_combo
    visited = tab_walk(qtbot, first)
    assert QApplication.focusWidget() is first, "Tab never came back round"
    regions = [region(w) for w in visited]
    # Each panel once, in reading order: data, plots and results, solver.
    order = [r for i, r in enumerate(regions) if i == 0 or regions[i - 1] != r]
    assert order[:3] == ["DataDock", "centre", "SolverDock"], order
    # Then only the toolbar and Qt's own dock tab bars, before it comes round.
    assert set(order[3:]) <= {"toolbar", "window"}, order
    # The table is one stop, not 200 cells; arrow keys move inside it.
    assert visited.count(window.table_view) == 1
    centre = [w for w in visited if region(w) == "centre"]
    tabs = window.plot_area.tabs.tabBar()
    assert centre[0] is tabs, "the plot tabs come first in the middle"
    assert window.bottom_tabs.tabBar() in centre
    assert centre.index(tabs) < centre.index(window.bottom_tabs.tabBar())
    solver = window.solver_panel
    names = [w.objectName() for w in visited if region(w) == "SolverDock"]
    wanted = ["method", "learningRate", "maxIterations", "tolerance", "degree", "seed"]
    positions = [names.index(n) for n in wanted if n in names]
    assert len(positions) >= 5 and positions == sorted(positions), names
    assert solver.isVisible()


def grab(widget: QWidget) -> np.ndarray:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    data = np.frombuffer(image.constBits(), np.uint8)
    return data.reshape(image.height(), image.bytesPerLine())[:, : image.width() * 4]


# Combo and spin boxes: Fusion frames them in the highlight colour.  (Its check
# boxes' dotted focus rectangle was not drawn reliably offscreen: left out.)
@pytest.mark.parametrize("name", ["method", "learningRate", "degree", "seed"])
def test_the_focused_control_looks_focused(
    qtbot: QtBot, window: MainWindow, name: str
) -> None:
    control = window.solver_panel.findChild(QWidget, name)
    assert control is not None
    window.table_view.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(window.table_view.hasFocus)
    qtbot.wait(300)  # past the style's focus-out animation
    before = grab(control)
    # Arrive by the keyboard, as Qt draws some focus frames only then.
    previous = control.previousInFocusChain()
    while not (
        previous.focusPolicy() & Qt.FocusPolicy.TabFocus
        and previous.isVisible()
        and previous.isEnabled()
        and not control.isAncestorOf(previous)
    ):
        previous = previous.previousInFocusChain()
    previous.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(previous.hasFocus)
    QTest.keyClick(previous, Qt.Key.Key_Tab)
    qtbot.waitUntil(control.hasFocus)

    def changed() -> float:
        return float(np.mean(before != grab(control)))

    # The style fades the focus frame in: it must show within a second.
    try:
        qtbot.waitUntil(lambda: changed() > 0.01, timeout=1000)
    except Exception:
        pytest.fail(f"{name} shows no focus ({changed():.3%} of pixels changed)")
