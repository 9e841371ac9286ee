"""Every command of the window, triggered the way a user does.

``QAction.trigger()`` emits ``triggered(checked)``, exactly as a menu click, a
toolbar click or a shortcut does, so a slot that cannot take that call fails
here (a slot called directly in a test would pass).  Modal dialogs are answered
as a user would: file dialogs return a path, other dialogs are accepted.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMenu
from pytestqt.qtbot import QtBot

from linreg_gui.model.snapshot import RunState
from linreg_gui.settings import Settings
from linreg_gui.ui.main_window import MainWindow

pytestmark = pytest.mark.gui
WAIT_MS = 20_000


class DialogAnswerer:
    """Accepts whatever modal dialog opens, a few times a second."""

    def __init__(self) -> None:
        self.answered: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._answer)
        self.timer.start()

    def _answer(self) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            self.answered.append(type(dialog).__name__)
            dialog.accept()

    def stop(self) -> None:
        self.timer.stop()


@pytest.fixture
def window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda parent, caption, directory, *a, **k: (
            str(tmp_path / Path(directory).name),
            "",
        ),
    )
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        lambda *a, **k: (str(write_csv(tmp_path / "opened.csv")), ""),
    )
    monkeypatch.setenv("LINREG_GUI_NO_DIALOGS", "1")
    win = MainWindow(Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(win)
    win.show()
    answerer = DialogAnswerer()
    yield win
    answerer.stop()
    win.close()


def write_csv(path: Path) -> Path:
    rows = "\n".join(f"{i},{2 * i + 1 + (i % 3) * 0.1}" for i in range(30))
    path.write_text("x,y\n" + rows + "\n")
    return path


def wait_ready(qtbot: QtBot, win: MainWindow) -> None:
    def ready() -> bool:
        c = win.controller
        return c.analysis is not None and win.analysis is c.analysis and not c.loading

    qtbot.waitUntil(ready, timeout=WAIT_MS)


def menu_actions(menu: QMenu) -> Iterator[QAction]:
    for action in menu.actions():
        if action.isSeparator():
            continue
        if action.menu() is not None:
            yield from menu_actions(action.menu())  # type: ignore[arg-type]
        else:
            yield action


def test_every_command_in_the_table_works_from_its_action(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", opened.append)
    window.load_default_example()
    wait_ready(qtbot, window)
    a = window.actions
    a["step"].trigger()
    qtbot.waitUntil(lambda: window.controller.run_state is RunState.PAUSED)
    a["run"].trigger()
    assert window.controller.run_state is RunState.RUNNING
    a["run"].trigger()  # pause
    assert window.controller.run_state is RunState.PAUSED
    a["stop"].trigger()
    qtbot.waitUntil(lambda: window.controller.run_state is RunState.STOPPED)
    a["copy_results"].trigger()
    assert "R²" in QGuiApplication.clipboard().text()
    a["reset"].trigger()
    assert window.controller.run_state is None

    a["export_code"].trigger()
    qtbot.waitUntil(lambda: "Saved" in window.message_bar.text(), timeout=WAIT_MS)
    assert (tmp_path / "linear_regression.py").exists() or list(tmp_path.glob("*.py"))
    assert list(tmp_path.glob("*_data.csv"))
    assert window.message_bar.level == "info"

    a["save_plot"].trigger()  # drawn now, encoded and written in the background
    qtbot.waitUntil(lambda: "Saved the plot" in window.message_bar.text())
    assert (tmp_path / "plot.png").stat().st_size > 0
    QGuiApplication.clipboard().clear()
    a["copy_plot"].trigger()  # the dots drawn in the background, then the rest
    qtbot.waitUntil(lambda: not QGuiApplication.clipboard().image().isNull())
    assert "copied" in window.statusBar().currentMessage()

    shown = a["reference"].isChecked()
    a["reference"].trigger()
    assert a["reference"].isChecked() is not shown
    assert window.data_plot.reference_curve.isVisible() is not shown
    log = a["log_loss"].isChecked()
    a["log_loss"].trigger()
    assert window.loss_plot.log_y() is not log

    with qtbot.waitSignal(window.controller.comparison_ready, timeout=WAIT_MS):
        a["compare"].trigger()  # worked out off the GUI thread, then a dialog
    a["guide"].trigger()
    a["about"].trigger()
    a["log_folder"].trigger()
    assert opened and opened[0].isLocalFile()

    a["generate"].trigger()  # the dialog's defaults, accepted
    qtbot.waitUntil(
        lambda: (
            window.controller.dataset is not None
            and window.controller.dataset.name == "Generated line"
        ),
        timeout=WAIT_MS,
    )
    a["open"].trigger()
    qtbot.waitUntil(
        lambda: (
            window.controller.dataset is not None
            and window.controller.dataset.name == "opened.csv"
        ),
        timeout=WAIT_MS,
    )
    wait_ready(qtbot, window)
    a["quit"].trigger()
    assert not window.isVisible()
    assert window.controller.busy_threads == 0


def test_every_menu_entry_can_be_clicked(qtbot: QtBot, window: MainWindow) -> None:
    window.load_default_example()
    wait_ready(qtbot, window)
    skip = {window.actions["quit"], window.actions["log_folder"]}
    clicked = 0
    for menu in window.menuBar().findChildren(QMenu):
        if menu.parent() is not window.menuBar():
            continue
        for action in list(menu_actions(menu)):
            try:
                if action in skip or not action.isEnabled():
                    continue
            except RuntimeError:  # a list rebuilt by an earlier click
                continue
            action.trigger()
            clicked += 1
            if window.controller.loading or window.controller.analysis is None:
                wait_ready(qtbot, window)
            if window.controller.run_state is RunState.RUNNING:
                window.actions["stop"].trigger()
    assert clicked >= 30  # the table, 9 examples, 7 history choices, 2 docks
    assert window.message_bar.level != "error", window.message_bar.text()


def test_the_toolbar_and_shortcuts_drive_a_run(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.load_default_example()
    wait_ready(qtbot, window)
    toolbar_actions = [a for a in window.toolbar.actions() if not a.isSeparator()]
    assert window.actions["run"] in toolbar_actions
    qtbot.keyClick(window, Qt.Key.Key_F10)
    qtbot.waitUntil(
        lambda: (
            window.controller.last_snapshot is not None
            and window.controller.last_snapshot.iteration == 1
        ),
        timeout=WAIT_MS,
    )
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.controller.run_state is RunState.RUNNING
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(
        lambda: window.controller.run_state is RunState.STOPPED, timeout=WAIT_MS
    )
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.run_state is None


def test_copy_plot_draws_the_dots_again_if_the_plot_changed_meanwhile(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dots of an export are drawn in a worker; a plot changed before
    they come back (new data, a resize) has them drawn again, there, rather
    than in the GUI thread or as they were."""
    import numpy as np
    from PySide6.QtGui import QImage

    from linreg_gui.ui.plots.points import DotCloudItem
    from linreg_gui.ui.plots.raster import Frame

    window.load_default_example()
    wait_ready(qtbot, window)
    plot = window.data_plot
    x, y = plot._points.getData()
    in_gui: list[int] = []  # dots drawn for an export in the GUI thread
    real_render = DotCloudItem.render

    def render(self: DotCloudItem, frame: Frame) -> QImage:
        if frame.exporting:
            in_gui.append(1)
        return real_render(self, frame)

    monkeypatch.setattr(DotCloudItem, "render", render)
    drawings: list[int] = []
    real_background = window.controller.in_background

    def background(work, done):  # type: ignore[no-untyped-def]
        def work_then_change():  # type: ignore[no-untyped-def]
            result = work()
            drawings.append(1)
            return result

        def change_then_done(result):  # type: ignore[no-untyped-def]
            if len(drawings) == 1:  # the plot changes before the first comes back
                plot._points.setData(np.asarray(x), -np.asarray(y))
            done(result)

        real_background(work_then_change, change_then_done)

    monkeypatch.setattr(window.controller, "in_background", background)
    QGuiApplication.clipboard().clear()
    in_gui.clear()
    window.actions["copy_plot"].trigger()
    qtbot.waitUntil(lambda: not QGuiApplication.clipboard().image().isNull())
    assert len(drawings) == 2  # drawn again, for the changed plot
    assert in_gui == []  # never in the GUI thread
