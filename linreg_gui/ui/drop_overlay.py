"""Drop a file on the window to open it: a dashed frame says it will."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QLabel, QWidget

from linreg_gui.model.text import translate


class FileDropOverlay(QLabel):
    """Watches ``window`` for dragged files and calls ``open_file`` on a drop.

    It is also the frame drawn over ``area`` while a file hovers.
    """

    def __init__(
        self, window: QWidget, area: QWidget, open_file: Callable[[str], None]
    ) -> None:
        super().__init__(area)
        self._area = area
        self._open_file = open_file
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet(
            "background: rgba(47, 111, 179, 40); border: 3px dashed #2f6fb3;"
            "border-radius: 12px; color: #1d4f86; font-size: 20pt; font-weight: bold;"
        )
        self.hide()
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.DragEnter:
            assert isinstance(event, QDragEnterEvent)
            self._enter(event)
            return True
        if kind == QEvent.Type.DragLeave:
            self.hide()
            return False
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            self._drop(event)
            return True
        return False

    def _enter(self, event: QDragEnterEvent) -> None:
        path = dropped_file(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.setText(
            translate("DropOverlay", "Drop to open\n{name}").format(
                name=Path(path).name
            )
        )
        self.setGeometry(self._area.rect().adjusted(20, 20, -20, -20))
        self.raise_()
        self.show()

    def _drop(self, event: QDropEvent) -> None:
        self.hide()
        path = dropped_file(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self._open_file(path)


def dropped_file(event: QDragEnterEvent | QDropEvent) -> str | None:
    """The first local file among the dragged URLs, if any."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile():
            return url.toLocalFile()
    return None
