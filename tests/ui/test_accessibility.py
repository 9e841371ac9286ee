"""Every control a student can reach has a name a screen reader can say.

Walks the widget tree of the main window (its docks and toolbar included) and
of the dialogs the app opens, and fails on any interactive widget whose
accessible name is empty (Qt's own: the text of a button, the buddy label of a
field, or one set with setAccessibleName) and that no QLabel names as buddy.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

from linreg_gui.settings import Settings
from linreg_gui.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

INTERACTIVE = (
    QAbstractButton,
    QComboBox,
    QAbstractSpinBox,
    QAbstractSlider,
    QLineEdit,
    QTabBar,
    QAbstractItemView,
)


def _inner(widget: QWidget) -> bool:
    """Parts of a compound control, named through it: a spin box's line edit,
    a combo box's list, a table's headers, scroll bars, and Qt's own helper
    buttons (a table's select-all corner, the "more" arrow of a crowded menu
    bar or toolbar)."""
    if widget.objectName().startswith("qt_"):
        return True
    from PySide6.QtWidgets import QHeaderView

    if isinstance(widget, QHeaderView):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):
            return True
        parent = parent.parentWidget()
    from PySide6.QtWidgets import QScrollBar

    return isinstance(widget, QScrollBar)


def unnamed(root: QWidget) -> list[str]:
    """Interactive widgets under ``root`` with no accessible name and no buddy."""
    buddies = {
        id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()
    }
    missing = []
    widgets: list[QWidget] = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not isinstance(widget, INTERACTIVE) or _inner(widget):
            continue
        if id(widget) in buddies:
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface else ""
        if not name.strip():
            missing.append(
                f"{type(widget).__name__} {widget.objectName()!r} "
                f"in {type(widget.parentWidget()).__name__} "
                f"(tip: {widget.toolTip()[:50]!r})"
            )
    return missing


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = MainWindow(Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(win)
    win.show()
    win.load_default_example()
    qtbot.waitUntil(
        lambda: win.controller.analysis is not None and win.analysis is not None,
        timeout=20_000,
    )
    yield win
    win.close()


def test_every_control_of_the_window_has_a_name(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.actions["my_line"].trigger()  # its dock's controls too
    window.lessons.show()
    assert unnamed(window) == []


def test_every_control_of_the_dialogs_has_a_name(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from linreg_gui.ui.compare_dialog import CompareDialog
    from linreg_gui.ui.generate_dialog import GenerateDataDialog
    from linreg_gui.ui.shortcuts_dialog import ShortcutsDialog

    # Run ▸ Compare Solvers opens its dialog modally: shown instead, to look in.
    monkeypatch.setattr(CompareDialog, "exec", CompareDialog.show)
    window.actions["compare"].trigger()
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, CompareDialog) for w in QApplication.topLevelWidgets()
        ),
        timeout=20_000,
    )
    window.actions["sweep"].trigger()
    qtbot.waitUntil(lambda: window.sweep_dialog is not None, timeout=20_000)
    dialogs: list[QWidget] = [
        GenerateDataDialog(window),
        ShortcutsDialog(window.actions, window),
        window.sweep_dialog,  # type: ignore[list-item]
        *(w for w in QApplication.topLevelWidgets() if isinstance(w, CompareDialog)),
    ]
    missing = [f"{type(d).__name__}: {m}" for d in dialogs for m in unnamed(d)]
    window.controller.cancel_sweep()
    for dialog in dialogs:
        dialog.close()
    assert missing == []


def test_the_keyboard_shortcuts_dialog_lists_every_shortcut(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    from linreg_gui.ui.shortcuts_dialog import ShortcutsDialog

    dialog = ShortcutsDialog(window.actions, window)
    listed = {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    for action in window.actions.values():
        if not action.shortcut().isEmpty():
            from PySide6.QtGui import QKeySequence

            text = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            assert text in listed, action.text()
    dialog.close()
