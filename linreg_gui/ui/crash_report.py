"""What happens to an unexpected error: logged, printed, and shown in a dialog.

The app keeps running: a bug in one action must not take the student's work
with it.  Installed as ``sys.excepthook`` by :func:`linreg_gui.app.main`, and
called by the window for errors that background tasks report.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

LOG = logging.getLogger("linreg_gui")


class ErrorReporter:
    """``sys.excepthook``: log the traceback and show it in a dialog; keep running."""

    def __init__(self, log_path: Path) -> None:
        self.log_path = log_path
        self.reported: list[str] = []
        self._showing = False

    def __call__(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        details = "".join(traceback.format_exception(kind, error, trace))
        self.report(f"{kind.__name__}: {error}", details)

    def report(self, summary: str, details: str) -> None:
        LOG.error("Unexpected error: %s\n%s", summary, details)
        self.reported.append(details)
        # Also on stderr: a terminal, CI or the desktop's journal keeps it.
        print(
            f"linreg-gui: unexpected error (logged in {self.log_path})", file=sys.stderr
        )
        print(details, file=sys.stderr, end="", flush=True)
        if self._showing or os.environ.get("LINREG_GUI_NO_DIALOGS"):
            return
        from PySide6.QtWidgets import QApplication

        from linreg_gui.ui.messages import CrashDialog

        if QApplication.instance() is None:
            return
        self._showing = True
        try:
            dialog = CrashDialog(summary, details, str(self.log_path))
            dialog.exec()
        finally:
            self._showing = False
