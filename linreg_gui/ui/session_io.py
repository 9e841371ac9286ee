"""File ▸ Save Session and Open Session: the window's side of ``.linreg`` files.

The format and its checks are :mod:`linreg_gui.model.session_file`; reading a
file (off the GUI thread) and putting the session in place is the
controller's.  This module asks where to save, gathers what only the window
knows (the plot in front, the view options, the data as loaded before any
edit), writes in the background, and shows a restored session's view.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from linreg_gui.model.session_file import (
    PLOTS,
    SUFFIX,
    Challenge,
    SavedIterate,
    SessionFile,
    View,
    save_session,
    source_sha256,
)
from linreg_gui.model.text import number, translate

if TYPE_CHECKING:
    from linreg_gui.model.dataset import Dataset
    from linreg_gui.ui.main_window import MainWindow


def file_filter() -> str:
    """The file dialogs' filter: sessions, or any file."""
    return translate(
        "SessionIO", "Linear regression sessions (*{suffix});;All files (*)"
    ).format(suffix=SUFFIX)


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
        #: A challenge pack's task and questions, shown in their own dock.
        self.challenge: Challenge | None = None
        self.challenge_panel: ChallengePanel | None = None
        self._edit_triggers = window.table_view.editTriggers()
        self.controller.dataset_changed.connect(self._on_new_data)
        self.controller.session_restored.connect(self._on_restored)

    # -- opening ---------------------------------------------------------------

    def choose(self) -> None:
        """File ▸ Open Session: ask for a file; the window opens it."""
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("SessionIO", "Open session"),
            self._folder(),
            file_filter(),
        )
        if path:
            self.window.open_file(path)

    def _on_new_data(self, dataset: Dataset) -> None:
        self._original = dataset
        self._source_name = dataset.source.name if dataset.source else None
        self._source_sha256 = None
        self._read_at = time.time()
        self._show_challenge(None)  # a restored session shows its own next

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
        self._show_challenge(saved.challenge)

    def _show_challenge(self, challenge: Challenge | None) -> None:
        """The task in a dock; a locked challenge's data cannot be edited."""
        self.challenge = challenge
        w = self.window
        locked = challenge is not None and challenge.locked
        w.table_view.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if locked
            else self._edit_triggers
        )
        if self.challenge_panel is not None:
            w.removeDockWidget(self.challenge_panel)
            self.challenge_panel.deleteLater()
            self.challenge_panel = None
        if challenge is not None:
            self.challenge_panel = ChallengePanel(challenge, w)
            w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.challenge_panel)
            self.challenge_panel.show()
            self.challenge_panel.raise_()

    # -- saving ----------------------------------------------------------------

    def save(self, path: str | None = None) -> None:
        """File ▸ Save Session: where the user says (``path`` skips the dialog);
        written off the GUI thread, atomically."""
        c, w = self.controller, self.window
        dataset = c.dataset
        if dataset is None:
            w.show_message(
                "info",
                translate("SessionIO", "Load data first: there is no session to save."),
            )
            return
        if path is None:
            name = Path(dataset.name).stem or "session"
            path, _ = QFileDialog.getSaveFileName(
                w,
                translate("SessionIO", "Save session"),
                str(Path(self._folder()) / f"{name}{SUFFIX}"),
                file_filter(),
            )
            if not path:
                return
        target = Path(path)
        if target.suffix.lower() != SUFFIX:
            target = target.with_name(target.name + SUFFIX)
        write_to = self.writer()

        def write() -> str:
            write_to(target)
            return translate("SessionIO", "Saved the session to {path}.").format(
                path=target
            )

        w.statusBar().showMessage(
            translate("SessionIO", "Saving {name}…").format(name=target.name), 3000
        )
        c.write_in_background(write, translate("SessionIO", "the session"))

    def writer(self) -> Callable[[Path], None]:
        """The session as it is now, and what writes it to a path from any
        thread (File ▸ Save Session, a lab record)."""
        c = self.controller
        saved = SessionFile.capture(
            c.session,
            self._original,
            view=self.view(),
            iterate=SavedIterate.from_snapshot(c.last_snapshot),
            source_name=self._source_name,
            source_sha256=self._source_sha256,
            challenge=self._answered_challenge(),
        )
        dataset = c.dataset
        source = (
            dataset.source
            if dataset is not None and self._original is not None
            else None
        )
        read_at = self._read_at

        def write(target: Path) -> None:
            final = saved
            if final.source_sha256 is None and source is not None:
                # Hashed here, off the GUI thread: a data file may be large.
                final = replace(saved, source_sha256=source_sha256(source, read_at))
            save_session(target, final)

        return write

    def _answered_challenge(self) -> Challenge | None:
        """The challenge with the answers typed so far (saved back with it)."""
        if self.challenge is None or self.challenge_panel is None:
            return self.challenge
        return self.challenge.with_answers(self.challenge_panel.answers())

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


class ChallengePanel(QDockWidget):
    """A challenge pack's title, task and questions, with a box for each answer
    and a button that shows the answers once the student has given theirs."""

    def __init__(self, challenge: Challenge, parent: QWidget | None = None) -> None:
        super().__init__(challenge.title or translate("SessionIO", "Challenge"), parent)
        self.setObjectName("ChallengeDock")
        self.challenge = challenge
        body = QWidget()
        layout = QVBoxLayout(body)
        self.task = _wrapped(challenge.task)
        self.task.setTextFormat(Qt.TextFormat.PlainText)
        self.task.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.task)
        if challenge.locked:
            layout.addWidget(
                _wrapped(
                    "<i>"
                    + translate(
                        "SessionIO", "The data are locked: cells cannot be edited."
                    )
                    + "</i>"
                )
            )
        self.inputs: list[QComboBox | QLineEdit] = []
        self.verdicts: list[QLabel] = []
        for position, question in enumerate(challenge.questions, start=1):
            layout.addWidget(_wrapped(f"<b>{position}.</b> {_escape(question.prompt)}"))
            given = (
                challenge.answers[position - 1]
                if len(challenge.answers) >= position
                else None
            )
            box: QComboBox | QLineEdit
            if question.choices:
                box = QComboBox()
                box.addItem(translate("SessionIO", "(choose)"))
                box.addItems(list(question.choices))
                if given in question.choices:
                    box.setCurrentIndex(question.choices.index(given) + 1)
            else:
                box = QLineEdit(given or "")
                box.setPlaceholderText(translate("SessionIO", "your prediction"))
            self.inputs.append(box)
            layout.addWidget(box)
            verdict = _wrapped("")
            verdict.hide()
            self.verdicts.append(verdict)
            layout.addWidget(verdict)
        if challenge.questions:
            self.check_button = QPushButton(translate("SessionIO", "Show the Answers"))
            self.check_button.setToolTip(
                translate("SessionIO", "Answer first, then run, then look")
            )
            self.check_button.clicked.connect(self.show_answers)
            layout.addWidget(self.check_button)
        layout.addStretch(1)
        self.setWidget(body)

    def answers(self) -> list[str | None]:
        """What the student has answered so far (None: not yet)."""
        given: list[str | None] = []
        for box in self.inputs:
            if isinstance(box, QComboBox):
                given.append(box.currentText() if box.currentIndex() > 0 else None)
            else:
                given.append(box.text().strip() or None)
        return given

    def show_answers(self) -> None:
        for question, given, verdict in zip(
            self.challenge.questions, self.answers(), self.verdicts, strict=True
        ):
            right = given is not None and question.is_right(given)
            answer = (
                question.answer
                if isinstance(question.answer, str)
                else number(question.answer, "g")
            )
            head = (
                translate("SessionIO", "Right.")
                if right
                else translate("SessionIO", "The answer: {answer}.").format(
                    answer=_escape(answer)
                )
            )
            verdict.setText(f"<b>{head}</b> {_escape(question.explanation)}")
            verdict.show()


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
