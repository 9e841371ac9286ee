"""The status bar: run state, progress line, loading bar and the rows in use."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QSizePolicy, QStatusBar

from linreg_gui.model.text import translate
from linreg_gui.ui.repaint import repaint_later


class StatusWidgets:
    """The widgets the window keeps in its status bar.

    Parameters
    ----------
    bar : QStatusBar
    state_texts : iterable of str
        Every text the state label can show: its width fits the widest, so the
        bar never lays out again when the state changes mid-run.
    """

    def __init__(self, bar: QStatusBar, state_texts: Iterable[str]) -> None:
        self.state = QLabel(translate("StatusBar", "Ready"))
        metrics = self.state.fontMetrics()
        self.state.setFixedWidth(
            max(metrics.horizontalAdvance(t) for t in state_texts) + 16
        )
        self.progress = QLabel("")
        # Text changes ten times a second while a run streams: a label whose
        # size hint follows the text would make the status bar (and the window)
        # lay out again each time.
        self.progress.setSizePolicy(
            QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred
        )
        self.rows = QLabel("")
        self.load_progress = QProgressBar()
        self.load_progress.setRange(0, 1000)
        self.load_progress.setMaximumWidth(180)
        self.load_progress.setTextVisible(True)
        self.load_progress.setFormat(translate("StatusBar", "Loading… %p%"))
        self.cancel_button = QPushButton(translate("StatusBar", "Cancel"))
        self.cancel_button.setToolTip(
            translate("StatusBar", "Stop loading; the current data stays")
        )
        self.show_loading(False)
        bar.addWidget(self.state)
        bar.addWidget(self.progress, 1)
        self._keeper = _UnderMessage(bar)
        for widget in (self.state, self.progress):
            widget.installEventFilter(self._keeper)
        bar.addPermanentWidget(self.load_progress)
        bar.addPermanentWidget(self.cancel_button)
        bar.addPermanentWidget(self.rows)

    def show_loading(self, on: bool) -> None:
        """The loading bar and its Cancel button, shown while a file loads."""
        if on:
            self.load_progress.setValue(0)
        for widget in (self.load_progress, self.cancel_button):
            widget.setVisible(on)

    def set_load_fraction(self, fraction: float) -> None:
        # setValue repaints the bar, and with it the window's dirty plots, at
        # once: here the window repaints when this batch of events is over.
        with repaint_later():
            self.load_progress.setValue(int(fraction * 1000))


class _UnderMessage(QObject):
    """Keeps the bar's own widgets hidden while it shows a message.

    QStatusBar hides them for a message without marking them hidden, so a
    full-screen switch or a new font (Presentation Mode, zoom) showed them
    again, drawn over the message.
    """

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self._bar = bar
        self._pending = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        showing = event.type() == QEvent.Type.Show and self._bar.currentMessage()
        if showing and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._hide_again)
        return False

    def _hide_again(self) -> None:
        self._pending = False
        if self._bar.currentMessage():
            self._bar.hideOrShow()
