"""Run ▸ Compare Solvers after a gradient-descent run, as a student uses it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from linreg_gui.ui.compare_dialog import CompareDialog
from linreg_gui.ui.main_window import MainWindow
from tests.ui.test_landscape_timeline import run_to_end
from tests.ui.test_main_window import set_solver, wait_ready

pytestmark = pytest.mark.gui
WAIT_MS = 20_000


@pytest.fixture
def window(window: MainWindow, qtbot: QtBot) -> MainWindow:
    window.load_default_example()
    wait_ready(qtbot, window)
    return window


def open_comparison(
    qtbot: QtBot, win: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> CompareDialog:
    # The dialog is modal (exec); shown instead, so the test can look in.
    monkeypatch.setattr(CompareDialog, "exec", CompareDialog.show)
    win.actions["compare"].trigger()

    def dialogs() -> list[CompareDialog]:
        return [
            w for w in QApplication.topLevelWidgets() if isinstance(w, CompareDialog)
        ]

    qtbot.waitUntil(lambda: bool(dialogs()), timeout=WAIT_MS)
    (dialog,) = dialogs()
    return dialog


def headers(dialog: CompareDialog) -> list[str]:
    table = dialog.table
    return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]


def notes(dialog: CompareDialog) -> str:
    return " ".join(label.text() for label in dialog.findChildren(QLabel))


def test_the_finished_run_has_its_column_and_says_why_it_differs(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_solver(window, method="gd", learning_rate=0.1, tol=1e-6, steps_per_second=None)
    wait_ready(qtbot, window)
    final = run_to_end(qtbot, window)[-1]
    dialog = open_comparison(qtbot, window, monkeypatch)
    names = headers(dialog)
    assert names[:2] == ["QR (the app)", "Gradient descent"]
    assert "scikit-learn" in names  # part of what the app installs
    digits = {
        name: float(dialog.table.item(0, c).text()) for c, name in enumerate(names)
    }
    assert digits["scikit-learn"] >= 12
    # Stopped by its tolerance 1e-6: about six digits, not fifteen.
    assert 4 <= digits["Gradient descent"] < 10
    text = notes(dialog)
    assert f"{final.iteration} iterations" in text
    assert "tolerance" in text
    assert "κ = 12.2" in text  # the textbook line: a mild valley
    # The window's intercept and slope, to the digits shown.
    slope = float(dialog.table.item(2, 1).text())
    assert slope == pytest.approx(float(final.coef[0]), rel=1e-10)
    copy = next(b for b in dialog.findChildren(QPushButton) if "Copy" in b.text())
    copy.click()
    copied = QApplication.clipboard().text()
    assert "gd" in copied.splitlines()[4] and "sklearn" in copied
    dialog.close()


def test_without_a_run_there_is_no_descent_column(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_comparison(qtbot, window, monkeypatch)
    assert "Gradient descent" not in headers(dialog)
    dialog.close()
