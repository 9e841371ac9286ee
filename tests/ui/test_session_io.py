"""Session files from the window: File ▸ Save Session and Open Session driven
through their QActions, a .linreg dropped on the window or named at start, and
a damaged file that changes nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from linreg_gui.model.fitting import fitted_curve
from linreg_gui.model.session_file import load_session
from linreg_gui.model.snapshot import RunState
from linreg_gui.settings import Settings
from linreg_gui.ui.main_window import MainWindow
from tests.ui.test_main_window import drop_file, set_solver

pytestmark = pytest.mark.gui
WAIT_MS = 20_000


def make_window(qtbot: QtBot, folder: Path) -> MainWindow:
    folder.mkdir(exist_ok=True)
    win = MainWindow(Settings(folder / "settings.ini"))
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    win = make_window(qtbot, tmp_path / "first")
    yield win
    win.close()


def wait_ready(qtbot: QtBot, win: MainWindow) -> None:
    def ready() -> bool:
        c = win.controller
        return c.analysis is not None and win.analysis is c.analysis and not c.loading

    qtbot.waitUntil(ready, timeout=WAIT_MS)


def write_csv(path: Path, n: int = 40) -> Path:
    rng = np.random.default_rng(1)
    x = rng.uniform(0, 4, n)
    y = 1.5 + 2.0 * x + rng.normal(0, 0.3, n)
    rows = "\n".join(f"{float(a)!r},{float(b)!r}" for a, b in zip(x, y, strict=True))
    path.write_text("x,y\n" + rows + "\n")
    return path


def answer_dialogs(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """File dialogs answer ``path``, as a user choosing it would."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def prepare_lesson(qtbot: QtBot, win: MainWindow, tmp_path: Path) -> None:
    """A file opened, a cell edited, two rows left out, a gradient run to its
    end, and a view that is not the default one."""
    win.open_file(write_csv(tmp_path / "lab.csv"))
    wait_ready(qtbot, win)
    c = win.controller
    c.edit_value(2, "y", 30.0)
    c.leave_out([0, 5])
    set_solver(
        win,
        steps_per_second=None,
        method="momentum",
        learning_rate=0.02,
        max_iter=150,
        tol=0.0,
        stop_on="gap",
        momentum=0.5,
    )
    wait_ready(qtbot, win)
    win.actions["log_loss"].trigger()
    win.menus.history_actions[50].trigger()
    with qtbot.waitSignal(c.run_finished, timeout=WAIT_MS):
        win.actions["run"].trigger()
    assert c.run_state is RunState.MAX_ITER
    win.plot_tabs.setCurrentIndex(1)


def test_save_then_open_brings_everything_back_without_rerunning(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prepare_lesson(qtbot, window, tmp_path)
    lesson = tmp_path / "lesson.linreg"
    answer_dialogs(monkeypatch, lesson)
    before = window.controller
    window.actions["save_session"].trigger()
    qtbot.waitUntil(lambda: "Saved the session" in window.message_bar.text())
    saved = load_session(lesson)
    assert saved.iterate is not None and saved.iterate.iteration == 150
    assert saved.source_name == "lab.csv" and saved.source_sha256 is not None
    assert [(e.row, e.column, e.value) for e in saved.edits] == [(2, "y", 30.0)]

    other = make_window(qtbot, tmp_path / "second")
    try:
        with qtbot.waitSignal(other.controller.run_finished, timeout=WAIT_MS) as done:
            other.actions["open_session"].trigger()
        result, snapshot = done.args
        c = other.controller
        assert c.dataset is not None and c.dataset.values("y")[2] == 30.0
        np.testing.assert_array_equal(
            c.dataset.values("x"),
            before.dataset.values("x"),  # type: ignore[union-attr]
        )
        assert c.excluded == frozenset({0, 5})
        assert c.choices == replace(before.choices)
        # The run's end is shown as it was, not run again.
        assert c.run_state is RunState.MAX_ITER and snapshot.iteration == 150
        assert other.state_label.text() == "Stopped at max iterations"
        first = before.last_snapshot
        assert first is not None
        assert snapshot.intercept == first.intercept
        np.testing.assert_array_equal(snapshot.coef, first.coef)
        assert result.iterations == 150
        xs, ys = other.data_plot.fit_curve.getData()
        problem = other.analysis.problem  # type: ignore[union-attr]
        want_x, want_y = fitted_curve(problem.design, first.intercept, first.coef)
        np.testing.assert_allclose(ys, want_y, rtol=1e-12)
        # The view as it was saved.
        assert other.log_loss_action.isChecked() and other.loss_plot.log_y()
        assert c.history_every == 50
        assert other.plot_tabs.currentIndex() == 1
        # Run starts afresh; Reset goes back to the start.
        other.actions["reset"].trigger()
        assert c.run_state is None
    finally:
        other.close()


def test_a_session_saved_with_no_run_opens_ready_to_run(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_file(write_csv(tmp_path / "lab.csv"))
    wait_ready(qtbot, window)
    path = tmp_path / "plain"  # the ending is added
    answer_dialogs(monkeypatch, path)
    window.actions["save_session"].trigger()
    qtbot.waitUntil(lambda: "Saved the session" in window.message_bar.text())
    assert load_session(tmp_path / "plain.linreg").iterate is None
    window.load_default_example()
    wait_ready(qtbot, window)
    drop_file(window, tmp_path / "plain.linreg")
    qtbot.waitUntil(
        lambda: (
            window.controller.dataset is not None
            and window.controller.dataset.name == "lab.csv"
        )
    )
    wait_ready(qtbot, window)
    assert window.controller.run_state is None
    assert window.windowTitle().startswith("lab.csv")


def test_a_damaged_session_leaves_the_data_and_edits_as_they_were(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prepare_lesson(qtbot, window, tmp_path)
    lesson = tmp_path / "lesson.linreg"
    answer_dialogs(monkeypatch, lesson)
    window.actions["save_session"].trigger()
    qtbot.waitUntil(lambda: "Saved the session" in window.message_bar.text())
    c = window.controller
    session, snapshot = c.session, c.last_snapshot
    data = json.loads(lesson.read_text())
    data["data"]["columns"][1]["values"][3] += 1.0  # one value changed by hand
    lesson.write_text(json.dumps(data))
    with qtbot.waitSignal(c.load_finished, timeout=WAIT_MS):
        drop_file(window, lesson)
    text = window.message_bar.text()
    assert window.message_bar.level == "error"
    assert "lesson.linreg" in text and "SHA-256" in text and "unchanged" in text
    assert c.session is session and c.last_snapshot is snapshot
    assert c.dataset.values("y")[2] == 30.0  # type: ignore[union-attr]
    assert c.run_state is RunState.MAX_ITER

    data["data"]["columns"][1]["values"][3] -= 1.0
    data["version"] = 2
    lesson.write_text(json.dumps(data))
    with qtbot.waitSignal(c.load_finished, timeout=WAIT_MS):
        window.actions["open_session"].trigger()
    assert "newer linreg-gui" in window.message_bar.text()
    assert c.session is session


def test_a_session_named_at_start_opens(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_file(write_csv(tmp_path / "lab.csv", n=12))
    wait_ready(qtbot, window)
    answer_dialogs(monkeypatch, tmp_path / "start.linreg")
    window.actions["save_session"].trigger()
    qtbot.waitUntil(lambda: "Saved the session" in window.message_bar.text())
    other = make_window(qtbot, tmp_path / "second")
    try:
        other.open_startup_file(tmp_path / "start.linreg")
        wait_ready(qtbot, other)
        qtbot.wait(50)  # no example may follow
        assert other.controller.dataset is not None
        assert other.controller.dataset.n_rows == 12
        assert other.message_bar.level == ""
    finally:
        other.close()


def test_save_session_is_ctrl_s_and_says_so_without_data(
    qtbot: QtBot, window: MainWindow
) -> None:
    action = window.actions["save_session"]
    assert action.shortcut().toString() == "Ctrl+S"
    assert window.actions["save_plot"].shortcut().toString() != "Ctrl+S"
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "no session to save" in window.message_bar.text()


def test_a_challenge_pack_shows_its_task_locks_the_data_and_keeps_answers(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit

    from linreg_gui.model.session_file import load_session

    pack = Path(__file__).parents[2] / "linreg_gui/assets/examples"
    drop_file(window, pack / "learning_rate_challenge.linreg")
    wait_ready(qtbot, window)
    panel = window.session_io.challenge_panel
    assert panel is not None and panel.isVisible()
    assert panel.windowTitle() == "The learning rate"
    assert "y = 4 + 3x + noise" in panel.task.text()
    none = QAbstractItemView.EditTrigger.NoEditTriggers
    assert window.table_view.editTriggers() == none
    choice, number, _ = panel.inputs
    assert isinstance(choice, QComboBox) and isinstance(number, QLineEdit)
    choice.setCurrentIndex(2)  # "about 400"
    number.setText("2.77")
    panel.check_button.click()
    assert panel.verdicts[0].text().startswith("<b>Right.</b>")
    assert "The answer: the loss explodes" in panel.verdicts[2].text()

    answer_dialogs(monkeypatch, tmp_path / "student.linreg")
    window.actions["save_session"].trigger()
    qtbot.waitUntil(lambda: "Saved the session" in window.message_bar.text())
    kept = load_session(tmp_path / "student.linreg").challenge
    assert kept is not None and kept.answers == ("about 400", "2.77", None)

    # Other data: no challenge, cells editable again.
    window.open_file(write_csv(tmp_path / "lab.csv"))
    wait_ready(qtbot, window)
    assert window.session_io.challenge_panel is None
    assert window.table_view.editTriggers() != none
    # The student's copy reopens with the answers given.
    drop_file(window, tmp_path / "student.linreg")
    qtbot.waitUntil(lambda: window.session_io.challenge_panel is not None)
    reopened = window.session_io.challenge_panel
    assert reopened is not None
    assert reopened.answers() == ["about 400", "2.77", None]
