"""The zoom, Focus on Plots and Presentation Mode, driven as a teacher would:
by the keys and the View menu's actions, and kept for the next start."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from linreg_gui.settings import Settings
from linreg_gui.ui.main_window import MainWindow
from linreg_gui.ui.plots import style

pytestmark = pytest.mark.gui


def open_window(qtbot, path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(Settings(path))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    win.load_default_example()
    qtbot.waitUntil(
        lambda: (
            win.controller.analysis is not None
            and win.analysis is win.controller.analysis
        ),
        timeout=20_000,
    )
    return win


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = open_window(qtbot, tmp_path / "settings.ini")
    yield win
    win.close()


def sizes(win: MainWindow) -> tuple[float, float, float, float]:
    """Application font, the Fit plot's tick font, the model pen, a data dot."""
    axis = win.data_plot.plot_item().getAxis("bottom")
    return (
        QApplication.font().pointSizeF(),
        axis.style["tickFont"].pointSizeF(),
        win.data_plot.fit_curve.pen().widthF(),
        win.data_plot.scatter.style()[1],
    )


def test_ctrl_plus_minus_and_zero_zoom_every_pane(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    before = sizes(window)
    QTest.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.presentation.zoom == pytest.approx(1.25)
    larger = sizes(window)
    for a, b in zip(before, larger, strict=True):
        assert b == pytest.approx(a * 1.25, rel=0.02)
    QTest.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.presentation.zoom == pytest.approx(1.1)
    QTest.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.presentation.zoom == 1.0
    for a, b in zip(before, sizes(window), strict=True):
        assert b == pytest.approx(a, rel=0.02)


def test_presentation_mode_and_back(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    normal_palette = QPalette(QApplication.palette())
    before = sizes(window)
    QTest.keyClick(window, Qt.Key.Key_F11)
    assert window.actions["presentation"].isChecked()
    assert window.isFullScreen()
    assert window.presentation.zoom == 1.5
    assert style.zoom() == 1.5
    banner = window.presentation.banner
    assert banner.isVisible()
    window.step()  # one step: the banner says where the run is
    qtbot.waitUntil(lambda: banner.iteration.text() == "Iteration 1", timeout=10_000)
    assert banner.loss.text().startswith("Loss ")
    assert banner.equation.text() == window.data_plot.equation()
    bg = QApplication.palette().color(QPalette.ColorRole.Window)
    assert bg.name() == "#ffffff"
    assert sizes(window)[2] == pytest.approx(before[2] * 1.5, rel=0.02)

    window.actions["presentation"].trigger()
    assert not window.isFullScreen()
    assert not banner.isVisible()
    assert window.presentation.zoom == 1.0
    assert QApplication.palette() == normal_palette
    for a, b in zip(before, sizes(window), strict=True):
        assert b == pytest.approx(a, rel=0.02)


def test_modes_are_kept_for_the_next_start(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "settings.ini"
    win = open_window(qtbot, path)
    win.actions["zoom_in"].trigger()
    win.actions["focus_plots"].trigger()
    win.actions["presentation"].trigger()
    win.close()
    assert style.zoom() == 1.0  # closing gives the application back

    again = open_window(qtbot, path)
    try:
        assert again.actions["presentation"].isChecked()
        assert again.isFullScreen()
        assert again.actions["focus_plots"].isChecked()
        assert not again.data_dock.isVisible()
        again.actions["presentation"].trigger()
        assert again.presentation.zoom == pytest.approx(1.1)  # the normal zoom
        again.actions["focus_plots"].trigger()
        assert again.data_dock.isVisible() and again.settings_dock.isVisible()
    finally:
        again.close()


def test_focus_on_plots_hides_the_panels_and_brings_them_back(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    plots_before = window.plot_area.width()
    QTest.keyClick(
        window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.actions["focus_plots"].isChecked()
    assert not window.data_dock.isVisible()
    assert not window.settings_dock.isVisible()
    qtbot.waitUntil(lambda: window.plot_area.width() > plots_before + 300)
    window.actions["focus_plots"].trigger()
    assert window.data_dock.isVisible()
    assert window.settings_dock.isVisible()
    assert not window.my_line_dock.isVisible()  # hidden before: stays hidden


def test_copy_plot_data_gives_the_points_as_tsv(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.actions["copy_plot_data"].trigger()
    lines = QApplication.clipboard().text().splitlines()
    x, y = window.data_plot.scatter.getData()
    assert lines[0].split("\t")[0] == "series"
    data = [line.split("\t") for line in lines[1:] if line.startswith("Data\t")]
    assert len(data) == x.size
    assert float(data[0][1]) == x[0] and float(data[0][2]) == y[0]
    assert any(line.startswith("Least squares\t") for line in lines)


def test_presentation_keeps_the_plots_large_and_the_banner_one_line(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window.statusBar().showMessage("A message the student is reading")
    QTest.keyClick(window, Qt.Key.Key_F11)
    window.step()
    banner = window.presentation.banner
    qtbot.waitUntil(lambda: banner.iteration.text() == "Iteration 1", timeout=10_000)
    qtbot.wait(50)
    # The equation whole: on the banner's one line, or (on this 800 px wide
    # offscreen screen, beside both panels) wrapped at the window's text size.
    equation = banner.equation
    metrics = equation.fontMetrics()
    if equation.wordWrap():
        assert equation.font().pointSizeF() == QApplication.font().pointSizeF()
        assert equation.heightForWidth(equation.width()) <= equation.height()
    else:
        assert metrics.horizontalAdvance(equation.text()) <= equation.width()
        assert banner.height() < 2.5 * metrics.height()
    # On a narrow screen (this one is 800 px) the panels make room, and the
    # results give the plots their share of the height.
    assert window.actions["focus_plots"].isChecked()
    assert not window.data_dock.isVisible()
    view = window.data_plot.plot_item().getViewBox()
    assert view.height() > 0.22 * window.height(), view.height()
    assert view.width() > 0.4 * window.width(), view.width()
    # Full screen does not bring the status bar's labels back over its message.
    assert window.statusBar().currentMessage()
    assert not window.state_label.isVisible()
    QTest.keyClick(window, Qt.Key.Key_F11)
    assert not window.isFullScreen()
    # The panels come back with the window: presenting hid them, not the user.
    assert not window.actions["focus_plots"].isChecked()
    assert window.data_dock.isVisible()
