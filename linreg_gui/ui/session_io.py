"""File ▸ Save Session and Open Session: the window's side of ``.linreg`` files.

The format and its checks are :mod:`linreg_gui.model.session_file`; reading a
file (off the GUI thread) and putting the session in place is the
controller's.  This module asks where to save, gathers what only the window
knows (the plot in front, the view options, the data as loaded before any
edit), writes in the background, and shows a restored session's view.
"""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from linreg_gui.model.session_file import (
    PLOTS,
    SUFFIX,
    SavedIterate,
    SessionFile,
    View,
    save_session,
    source_sha256,
)

if TYPE_CHECKING:
    from linreg_gui.model.dataset import Dataset
    from linreg_gui.ui.main_window import MainWindow

FILTER = f"Linear regression sessions (*{SUFFIX});;All files (*)"


class SessionIO:
    """Saves the window's session and shows the view of one restored."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.controller = window.controller
        #: The data as loaded (or as a session file holds them): edits are
        #: saved as the cells that differ from it.
        self._original: Dataset | None = None
        self._source_name: str | None = None
        self._source_sha256: str | None = None
        self._read_at = 0.0
        self.controller.dataset_changed.connect(self._on_new_data)
        self.controller.session_restored.connect(self._on_restored)

    # -- opening ---------------------------------------------------------------

    def choose(self) -> None:
        """File ▸ Open Session: ask for a file; the window opens it."""
        path, _ = QFileDialog.getOpenFileName(
            self.window, "Open session", self._folder(), FILTER
        )
        if path:
            self.window.open_file(path)

    def _on_new_data(self, dataset: Dataset) -> None:
        self._original = dataset
        self._source_name = dataset.source.name if dataset.source else None
        self._source_sha256 = None
        self._read_at = time.time()

    def _on_restored(self, saved: SessionFile) -> None:
        """The view as saved, and the data as loaded (so edits stay edits)."""
        self._original = saved.dataset
        self._source_name = saved.source_name
        self._source_sha256 = saved.source_sha256
        w, view = self.window, saved.view
        w.set_history_every(view.history_every)
        w.reference_action.setChecked(view.reference_line)
        w.show_reference(view.reference_line)
        w.log_loss_action.setChecked(view.log_loss)
        w.set_log_loss(view.log_loss)
        w.plot_tabs.setCurrentIndex(PLOTS.index(view.plot))
        w.solver_panel.set_choices(self.controller.choices)  # the speed too

    # -- saving ----------------------------------------------------------------

    def save(self, path: str | None = None) -> None:
        """File ▸ Save Session: where the user says (``path`` skips the dialog);
        written off the GUI thread, atomically."""
        c, w = self.controller, self.window
        dataset = c.dataset
        if dataset is None:
            w.show_message("info", "Load data first: there is no session to save.")
            return
        if path is None:
            name = Path(dataset.name).stem or "session"
            path, _ = QFileDialog.getSaveFileName(
                w,
                "Save session",
                str(Path(self._folder()) / f"{name}{SUFFIX}"),
                FILTER,
            )
            if not path:
                return
        target = Path(path)
        if target.suffix.lower() != SUFFIX:
            target = target.with_name(target.name + SUFFIX)
        saved = SessionFile.capture(
            c.session,
            self._original,
            view=self.view(),
            iterate=SavedIterate.from_snapshot(c.last_snapshot),
            source_name=self._source_name,
            source_sha256=self._source_sha256,
        )
        source = dataset.source if self._original is not None else None
        read_at = self._read_at

        def write() -> str:
            final = saved
            if final.source_sha256 is None and source is not None:
                # Hashed here, off the GUI thread: a data file may be large.
                final = replace(saved, source_sha256=source_sha256(source, read_at))
            save_session(target, final)
            return f"Saved the session to {target}."

        w.statusBar().showMessage(f"Saving {target.name}…", 3000)
        c.write_in_background(write, "the session")

    def _folder(self) -> str:
        return str(self.window.settings.value("data/last_folder") or Path.home())

    def view(self) -> View:
        """What the window shows now, as a session keeps it."""
        w = self.window
        index = w.plot_tabs.currentIndex()
        return View(
            plot=PLOTS[index] if 0 <= index < len(PLOTS) else PLOTS[0],
            reference_line=w.reference_action.isChecked(),
            log_loss=w.log_loss_action.isChecked(),
            history_every=self.controller.history_every,
        )
