"""Help ▸ Keyboard Shortcuts: every command that has a key, from the action table.

Generated from :data:`~linreg_gui.ui.actions.ACTIONS` and the window's live
``QAction`` objects, so a shortcut added to the table is listed without
touching this file, and the keys shown are the platform's own spelling.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from linreg_gui.model.text import QT_TRANSLATE_NOOP, translate
from linreg_gui.ui.actions import ACTIONS

#: Keys that work without a menu command, listed after the table's.
OTHER_KEYS = (
    ("Tab / Shift+Tab", QT_TRANSLATE_NOOP("ShortcutsDialog", "Move between controls")),
    (
        "Ctrl+E",
        QT_TRANSLATE_NOOP(
            "ShortcutsDialog", "Data table: leave the selected rows out of the fit"
        ),
    ),
    (
        "Ctrl+C",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Data table: copy the selected cells"),
    ),
)


def shortcut_rows(actions: dict[str, QAction]) -> list[tuple[str, str, str]]:
    """(command, keys, what it does) for every command with a shortcut."""
    rows = []
    for spec in ACTIONS:
        action = actions.get(spec.name)
        if action is None or action.shortcut().isEmpty():
            continue
        keys = ", ".join(
            k.toString(QKeySequence.SequenceFormat.NativeText)
            for k in action.shortcuts()
        )
        name = translate("Actions", spec.text).replace("&", "").rstrip("…")
        tip = translate("Actions", spec.tip) if spec.tip else ""
        rows.append((name, keys, tip))
    return rows


class ShortcutsDialog(QDialog):
    """A table of commands and their keys, readable by a screen reader."""

    def __init__(
        self, actions: dict[str, QAction], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard Shortcuts"))
        self.setAccessibleName(translate("ShortcutsDialog", "Keyboard shortcuts"))
        rows = shortcut_rows(actions) + [
            (translate("ShortcutsDialog", w), _native(k), "") for k, w in OTHER_KEYS
        ]
        self.table = QTableWidget(len(rows), 3)
        self.table.setAccessibleName(translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.table.setAccessibleDescription(
            translate(
                "ShortcutsDialog", "Each row: a command, its keys and what it does"
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                translate("ShortcutsDialog", "Command"),
                translate("ShortcutsDialog", "Keys"),
                translate("ShortcutsDialog", "What it does"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(r, c, cell)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        intro = QLabel(
            translate(
                "ShortcutsDialog",
                "Every command is also in the menus: Alt and the underlined letter "
                "opens a menu from the keyboard.",
            )
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            translate("ShortcutsDialog", "Close")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)


def _native(keys: str) -> str:
    """``"Ctrl+E"`` as the platform and the language spell it (``Strg+E``)."""
    return " / ".join(
        QKeySequence(part.strip()).toString(QKeySequence.SequenceFormat.NativeText)
        for part in keys.split(" / ")
    )
