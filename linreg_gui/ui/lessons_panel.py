"""Help ▸ Lessons: guided lessons, predict → run → explain, in a dock.

The lessons are files (:mod:`linreg_gui.model.lessons`); this module shows
them and sets the window up for each one the way the window's own commands do:
it opens the lesson's example, then puts the lesson's method and settings in the
solver panel and its plot in front.  The numbers a lesson quotes are worked out
off the GUI thread as it starts (the first read of a data set, a run of 10⁵
steps), and the results stay out of sight until the student has locked in a
prediction.  Lessons done are kept per user in :class:`~linreg_gui.settings.Settings`.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from linreg_gui.model.examples import get_example
from linreg_gui.model.fitting import METHOD_TITLES
from linreg_gui.model.lessons import (
    PLOTS,
    Lesson,
    LessonError,
    bundled_lessons,
    compute_values,
    lesson_titles,
    parse_number,
    read_lesson,
)
from linreg_gui.model.text import number, translate
from linreg_gui.ui.layout import add_dock, scrolling
from linreg_gui.workers.lifetime import keep_until_finished
from linreg_gui.workers.tasks import (
    CancelCheck,
    ProgressCallback,
    TaskFailure,
    TaskThread,
)

if TYPE_CHECKING:
    from linreg_gui.model.dataset import Dataset
    from linreg_gui.ui.main_window import MainWindow

DONE_MARK = "✓ "
#: A computation is waited for this long when the window closes.
WAIT_MS = 5000


class LessonsPanel(QWidget):
    """One lesson at a time: pick it, start it, predict, run, see the answer.

    Signals
    -------
    start_requested(int)
        The student pressed Start on the lesson with this index.
    open_file_requested()
        Open a lesson file from disk (a teacher trying one out).
    """

    start_requested = Signal(int)
    open_file_requested = Signal()
    answer_requested = Signal()
    locked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lessons: list[Lesson] = []
        self.values: dict[str, float] | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        row = QHBoxLayout()
        self.picker = QComboBox()
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.picker.setMinimumContentsLength(12)
        self.picker.setAccessibleName(translate("LessonsPanel", "Lesson"))
        self.picker.setAccessibleDescription(
            translate("LessonsPanel", "The guided lesson to work through")
        )
        self.picker.currentIndexChanged.connect(self._on_picked)
        row.addWidget(self.picker, 1)
        self.open_button = QPushButton(translate("LessonsPanel", "Open…"))
        self.open_button.setToolTip(
            translate(
                "LessonsPanel",
                "Open a lesson file (.md) from disk: to try one you have written",
            )
        )
        self.open_button.clicked.connect(self.open_file_requested)
        row.addWidget(self.open_button)
        outer.addLayout(row)
        self.progress = _muted(QLabel())
        outer.addWidget(self.progress)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 4, 4, 4)
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.intro = _markdown()
        layout.addWidget(self.intro)
        self.start_button = QPushButton(translate("LessonsPanel", "Start This Lesson"))
        self.start_button.setToolTip(
            translate("LessonsPanel", "Open the lesson's data and settings")
        )
        self.start_button.clicked.connect(
            lambda: self.start_requested.emit(self.picker.currentIndex())
        )
        layout.addWidget(self.start_button)
        self.status = _muted(QLabel())
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.predict_part = QWidget()
        predict = QVBoxLayout(self.predict_part)
        predict.setContentsMargins(0, 0, 0, 0)
        predict.addWidget(_heading(translate("LessonsPanel", "1 · Predict")))
        self.question = _markdown()
        predict.addWidget(self.question)
        self.choice_box = QComboBox()
        self.choice_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.choice_box.currentIndexChanged.connect(self._update_lock)
        self.choice_box.setAccessibleName(translate("LessonsPanel", "Your prediction"))
        predict.addWidget(self.choice_box)
        self.number_box = QLineEdit()
        self.number_box.setPlaceholderText(
            translate("LessonsPanel", "your prediction (a number)")
        )
        self.number_box.setAccessibleName(
            translate("LessonsPanel", "Your prediction (a number)")
        )
        self.number_box.textChanged.connect(self._update_lock)
        predict.addWidget(self.number_box)
        self.lock_button = QPushButton(
            translate("LessonsPanel", "Lock In My Prediction")
        )
        self.lock_button.setToolTip(translate("LessonsPanel", "Then run it and see"))
        self.lock_button.clicked.connect(self._lock)
        predict.addWidget(self.lock_button)
        layout.addWidget(self.predict_part)

        self.run_part = QWidget()
        run = QVBoxLayout(self.run_part)
        run.setContentsMargins(0, 0, 0, 0)
        run.addWidget(_heading(translate("LessonsPanel", "2 · Run")))
        self.run_text = _markdown()
        run.addWidget(self.run_text)
        self.answer_button = QPushButton(translate("LessonsPanel", "Show the Answer"))
        self.answer_button.clicked.connect(self.answer_requested)
        run.addWidget(self.answer_button)
        layout.addWidget(self.run_part)

        self.explain_part = QWidget()
        explain = QVBoxLayout(self.explain_part)
        explain.setContentsMargins(0, 0, 0, 0)
        explain.addWidget(_heading(translate("LessonsPanel", "3 · Explain")))
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setFrameShape(QFrame.Shape.StyledPanel)
        self.verdict.setMargin(6)
        explain.addWidget(self.verdict)
        self.explanation = _markdown()
        explain.addWidget(self.explanation)
        self.next_button = QPushButton(translate("LessonsPanel", "Next Lesson"))
        self.next_button.clicked.connect(self._next)
        explain.addWidget(self.next_button)
        layout.addWidget(self.explain_part)
        layout.addStretch(1)
        self.scroll = scrolling(body, frame=False, horizontal=False)
        outer.addWidget(self.scroll, 1)
        self.lesson_shown: Lesson | None = None
        self.started = False
        self._locked = False

    # -- the list ------------------------------------------------------------------

    def set_lessons(self, lessons: list[Lesson], done: set[str], index: int) -> None:
        self.lessons = lessons
        self.picker.blockSignals(True)
        self.picker.clear()
        for lesson, text in zip(lessons, lesson_titles(lessons), strict=True):
            self.picker.addItem(DONE_MARK + text if lesson.key in done else text)
        self.picker.setCurrentIndex(index)
        self.picker.blockSignals(False)
        self.progress.setText(
            translate("LessonsPanel", "{done} of {total} done").format(
                done=sum(lesson.key in done for lesson in lessons), total=len(lessons)
            )
        )
        self._on_picked(index)

    def _on_picked(self, index: int) -> None:
        """Show a lesson's introduction; nothing changes in the window until
        Start is pressed."""
        if not 0 <= index < len(self.lessons):
            return
        lesson = self.lessons[index]
        self.lesson_shown = lesson
        self.started = False
        self._locked = False
        self.values = None
        self.start_button.setText(translate("LessonsPanel", "Start This Lesson"))
        self.title.setText(lesson.title)
        self.intro.setText(lesson.text("intro", None))
        self.start_button.show()
        self.start_button.setEnabled(True)
        example = get_example(lesson.example)
        self.status.setText(
            translate("LessonsPanel", "Data: {title}.").format(
                title=translate("Examples", example.title)
            )
        )
        for part in (self.predict_part, self.run_part, self.explain_part):
            part.hide()

    def _next(self) -> None:
        index = self.picker.currentIndex() + 1
        if index < self.picker.count():
            self.picker.setCurrentIndex(index)

    # -- one lesson ------------------------------------------------------------------

    def show_started(self, lesson: Lesson) -> None:
        """Started: the question, with its numbers as soon as they are known."""
        self.started = True
        self._locked = False
        self.start_button.setText(translate("LessonsPanel", "Start Again"))
        self.predict_part.show()
        self.run_part.hide()
        self.explain_part.hide()
        self.choice_box.blockSignals(True)
        self.choice_box.clear()
        if lesson.choices:
            self.choice_box.addItem(translate("LessonsPanel", "(choose)"))
            self.choice_box.addItems(list(lesson.choices))
        self.choice_box.blockSignals(False)
        self.choice_box.setVisible(bool(lesson.choices))
        self.choice_box.setEnabled(True)
        self.number_box.clear()
        self.number_box.setVisible(not lesson.choices)
        self.number_box.setEnabled(True)
        self.lock_button.setEnabled(False)
        self.answer_button.setEnabled(False)
        self.show_values(None)

    def show_values(self, values: dict[str, float] | None) -> None:
        """Fill the lesson's numbers in (``…`` while they are worked out)."""
        lesson = self.lesson_shown
        if lesson is None:
            return
        self.values = values
        self.intro.setText(lesson.text("intro", values))
        self.question.setText(lesson.text("predict", values))
        self.run_text.setText(lesson.text("run", values))
        self.explanation.setText(lesson.text("explain", values))
        self.answer_button.setEnabled(values is not None and self.is_locked())
        self.answer_button.setToolTip(
            ""
            if values is not None
            else translate("LessonsPanel", "Working out the numbers on the data…")
        )

    def prediction(self) -> str | None:
        """What the student predicted (None: nothing yet)."""
        lesson = self.lesson_shown
        if lesson is None:
            return None
        if lesson.choices:
            index = self.choice_box.currentIndex()
            return self.choice_box.currentText() if index > 0 else None
        text = self.number_box.text()
        return text.strip() if parse_number(text) is not None else None

    def is_locked(self) -> bool:
        """The prediction is in: the run and the answer may follow."""
        return self._locked

    def _update_lock(self) -> None:
        self.lock_button.setEnabled(self.started and self.prediction() is not None)

    def _lock(self) -> None:
        if self.prediction() is None:
            return
        self.choice_box.setEnabled(False)
        self.number_box.setEnabled(False)
        self.lock_button.setEnabled(False)
        self._locked = True
        self.run_part.show()
        QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(self.run_text))
        self.answer_button.setEnabled(self.values is not None)
        self.locked.emit()

    def show_answer(self, right: bool, answer: str, given: str) -> None:
        self.verdict.setText(
            (
                translate(
                    "LessonsPanel",
                    "<b>Right.</b> You said {given}; the answer is {answer}.",
                )
                if right
                else translate(
                    "LessonsPanel",
                    "<b>Not this time.</b> You said {given}; the answer is {answer}.",
                )
            ).format(given=_escape(given), answer=_escape(answer))
        )
        self.verdict.setStyleSheet(
            "background: #e6f4ea;" if right else "background: #fdf3e1;"
        )
        self.explain_part.show()
        # After the layout has made room for it.
        QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(self.verdict))
        self.next_button.setVisible(
            self.picker.currentIndex() + 1 < self.picker.count()
        )

    def mark_done(self, index: int, done: set[str]) -> None:
        text = lesson_titles(self.lessons)[index]
        self.picker.setItemText(index, DONE_MARK + text)
        self.progress.setText(
            translate("LessonsPanel", "{done} of {total} done").format(
                done=sum(lesson.key in done for lesson in self.lessons),
                total=len(self.lessons),
            )
        )


class Lessons:
    """The lessons' dock and what starting a lesson does to the window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.controller = window.controller
        self.panel = LessonsPanel()
        self.dock: QDockWidget = add_dock(
            window,
            translate("LessonsPanel", "Lessons"),
            "LessonsDock",
            self.panel,
            Qt.DockWidgetArea.LeftDockWidgetArea,
        )
        # Tabbed with the data's when first shown (a hidden dock tabbed from the
        # start leaves Qt's tab bar for the pair behind, in the Tab order).
        self.dock.hide()
        self._tabbed = False
        self.lesson: Lesson | None = None
        self._pending: Lesson | None = None
        self._threads: set[TaskThread] = set()
        self._shut_down = False
        self._current: TaskThread | None = None
        lessons, problems = bundled_lessons()
        self._problems = problems
        self.panel.set_lessons(lessons, self._done(), self._first_undone(lessons))
        self.panel.start_requested.connect(self.start)
        self.panel.open_file_requested.connect(self.open_file)
        self.panel.answer_requested.connect(self.show_answer)
        self.panel.locked.connect(lambda: self._hide_results(False))
        self.dock.visibilityChanged.connect(self._on_visibility)
        self.controller.dataset_changed.connect(self._on_dataset)

    # -- showing -----------------------------------------------------------------------

    def show(self) -> None:
        """Help ▸ Lessons: the dock, in front."""
        if not self._tabbed and not self.dock.isFloating():
            self.window.tabifyDockWidget(self.window.data_dock, self.dock)
            self._tabbed = True
        self.dock.show()
        self.dock.raise_()
        if self._problems:
            self.window.show_message(
                "error",
                translate(
                    "LessonsPanel", "A lesson could not be read: {problems}"
                ).format(problems=" ".join(self._problems)),
            )
            self._problems = []

    def _on_visibility(self, visible: bool) -> None:
        if not visible and not self.dock.isVisible():
            self._hide_results(False)  # never leave the results out of sight

    def open_file(self, path: str | None = None) -> None:
        """Open a lesson file from disk and show it (a teacher's own)."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window,
                translate("LessonsPanel", "Open lesson"),
                str(self.window.settings.value("data/last_folder") or Path.home()),
                translate("LessonsPanel", "Lessons (*.md);;All files (*)"),
            )
            if not path:
                return
        try:
            lesson = read_lesson(path)
        except LessonError as error:
            self.window.show_message("error", str(error))
            return
        lessons = [*self.panel.lessons, lesson]
        self.panel.set_lessons(lessons, self._done(), len(lessons) - 1)
        self.show()

    # -- starting a lesson -------------------------------------------------------------

    def start(self, index: int) -> None:
        """Open the lesson's example, then its settings; work out its numbers."""
        lessons = self.panel.lessons
        if not 0 <= index < len(lessons):
            return
        lesson = self.lesson = self._pending = lessons[index]
        self.panel.show_started(lesson)
        self.panel.status.setText(
            translate("LessonsPanel", "Opening {title}…").format(
                title=translate("Examples", get_example(lesson.example).title)
            )
        )
        self._hide_results(True)
        if self.window.actions["my_line"].isChecked():
            self.window.set_my_line(False)
        self.window.load_example(lesson.example)
        self._compute(lesson)

    def _on_dataset(self, dataset: Dataset) -> None:
        pending = self._pending
        if pending is None:
            self._hide_results(False)  # other data: the lesson is not on screen
            return
        if dataset.name == get_example(pending.example).title:
            # After the controller has put the example's own settings in place.
            QTimer.singleShot(0, self._apply)

    def _apply(self) -> None:
        lesson, self._pending = self._pending, None
        if lesson is None:
            return
        w = self.window
        panel = w.solver_panel.choices()
        w.apply_solver_choices(
            replace(
                panel,
                settings=lesson.settings,
                degree=lesson.degree,
                intercept=True,
                steps_per_second=lesson.speed,
            )
        )
        if lesson.plot is not None:
            w.ensure_plots()
            w.plot_tabs.setCurrentIndex(PLOTS.index(lesson.plot))
        parts = [translate("Fitting", METHOD_TITLES[lesson.settings.method])]
        if lesson.settings.method in ("gd", "sgd", "momentum", "adam"):
            parts.append(
                translate("LessonsPanel", "η {rate}").format(
                    rate=number(lesson.settings.learning_rate, "g")
                )
            )
        if lesson.settings.standardize:
            parts.append(translate("LessonsPanel", "standardised features"))
        if lesson.degree > 1:
            parts.append(
                translate("LessonsPanel", "degree {degree}").format(
                    degree=lesson.degree
                )
            )
        if lesson.settings.test_size > 0:
            parts.append(
                translate("LessonsPanel", "test fraction {fraction}").format(
                    fraction=number(lesson.settings.test_size, "g")
                )
            )
        text = translate("LessonsPanel", "Set up: {data}; {settings}.").format(
            data=translate("Examples", get_example(lesson.example).title),
            settings=", ".join(parts),
        )
        self.panel.status.setText(text)
        w.statusBar().showMessage(f"{lesson.title}. {text}", 10_000)

    def _hide_results(self, hidden: bool) -> None:
        """The results give the answer away: hidden until a prediction is in."""
        self.window.bottom_tabs.setVisible(not hidden)

    # -- the lesson's numbers ---------------------------------------------------------

    def _compute(self, lesson: Lesson) -> None:
        if self._current is not None:
            self._current.cancel()

        def task(
            progress: ProgressCallback, cancelled: CancelCheck
        ) -> dict[str, float]:
            return compute_values(lesson, cancelled=cancelled)

        if self._shut_down:
            return  # the window is closing
        thread = TaskThread(task, tag=lesson)
        thread.succeeded.connect(self._on_values)
        thread.failed.connect(self._on_failed)
        thread.finished.connect(lambda t=thread: self._forget(t))
        self._threads.add(thread)
        self._current = thread
        thread.start()

    def _forget(self, thread: TaskThread) -> None:
        self._threads.discard(thread)
        if self._current is thread:
            self._current = None
        thread.deleteLater()

    def _on_values(self, values: dict[str, float], lesson: Lesson) -> None:
        if lesson is self.lesson and self.panel.lesson_shown is lesson:
            self.panel.show_values(values)

    def _on_failed(self, failure: TaskFailure, lesson: Lesson) -> None:
        if lesson is self.lesson:
            self.panel.status.setText(failure.message)
            self.window.show_message("error", failure.message)

    @property
    def computing(self) -> bool:
        return bool(self._threads)

    def shutdown(self) -> None:
        """Stop the computation and wait for it (the window is closing)."""
        for thread in list(self._threads):
            thread.cancel()
        self._shut_down = True
        for thread in list(self._threads):
            if not thread.wait(WAIT_MS):
                keep_until_finished(thread)

    # -- the answer ------------------------------------------------------------------

    def show_answer(self) -> None:
        lesson, values = self.panel.lesson_shown, self.panel.values
        given = self.panel.prediction()
        if lesson is None or values is None or given is None:
            return
        verdict = lesson.check(given, values)
        self.panel.show_answer(verdict.right, verdict.answer, given)
        done = self._done() | {lesson.key}
        self.window.settings.set_value("lessons/done", sorted(done))
        self.panel.mark_done(self.panel.picker.currentIndex(), done)

    def _done(self) -> set[str]:
        return set(self.window.settings.value("lessons/done"))

    def _first_undone(self, lessons: list[Lesson]) -> int:
        done = self._done()
        return next((i for i, x in enumerate(lessons) if x.key not in done), 0)


def _markdown() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.MarkdownText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _heading(text: str) -> QLabel:
    label = QLabel(f"<b>{text}</b>")
    label.setContentsMargins(0, 8, 0, 0)
    return label


def _muted(label: QLabel) -> QLabel:
    label.setStyleSheet("color: #57606a;")
    return label


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
