"""Telling the user what happened: an inline message bar and the crash dialog.

Expected problems (a bad file, a diverging run, an impossible setting) appear in
the message bar above the plots: visible, dismissable, and nothing is lost.  An
unexpected exception (a bug) opens :class:`CrashDialog`, which says the app keeps
running and where the log file is.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from linreg_gui.model.text import translate

_LEVEL_STYLE = {
    "info": ("#e8f1fb", "#1d5fa8", "ℹ"),
    "warning": ("#fff6e0", "#8a5a00", "⚠"),
    "error": ("#fdecea", "#a61b1b", "✖"),
}


class MessageBar(QFrame):
    """A coloured strip with one message and a close button; hidden when empty."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MessageBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self._icon = QLabel()
        self._text = QLabel()
        self._text.setWordWrap(True)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(translate("Messages", "Dismiss this message"))
        close.clicked.connect(self.clear)
        layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self._text, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.level = ""
        self.hide()

    def show_message(self, level: str, text: str) -> None:
        background, foreground, icon = _LEVEL_STYLE.get(level, _LEVEL_STYLE["info"])
        sheet = (
            f"#MessageBar {{ background: {background}; border: 1px solid {foreground};"
            f" border-radius: 4px; }} #MessageBar QLabel {{ color: {foreground}; }}"
        )
        self.level = level
        if self.styleSheet() != sheet:  # a new sheet re-polishes the whole bar
            self.setStyleSheet(sheet)
        self._icon.setText(icon)
        self._text.setText(text)
        self.show()

    def text(self) -> str:
        return self._text.text() if self.isVisible() else ""

    def clear(self) -> None:
        self.level = ""
        self._text.clear()
        self.hide()
        self.dismissed.emit()


class CrashDialog(QDialog):
    """An unexpected error: the app keeps running; details are logged and copyable."""

    def __init__(
        self, summary: str, details: str, log_path: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Messages", "Something went wrong"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        heading = QLabel(
            translate(
                "Messages",
                "<b>linreg-gui hit an unexpected error.</b><br>"
                "Your data and settings are still open; you can keep working.<br>"
                "The details were written to <code>{path}</code>.",
            ).format(path=html.escape(log_path))
        )
        heading.setWordWrap(True)
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(heading)
        layout.addWidget(QLabel(summary))
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        self.details.setMinimumHeight(200)
        show, hide = (
            translate("Messages", "Show details"),
            translate("Messages", "Hide details"),
        )
        toggle = QPushButton(show)
        toggle.setCheckable(True)
        toggle.toggled.connect(self.details.setVisible)
        toggle.toggled.connect(lambda on: toggle.setText(hide if on else show))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(
            translate("Messages", "Copy details"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
