"""Help ▸ Lessons, used as a student does: pick, start, predict, run, see why."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from linreg_gui.model.snapshot import RunState
from linreg_gui.settings import Settings
from linreg_gui.ui.main_window import MainWindow

pytestmark = pytest.mark.gui
WAIT_MS = 20_000


def make_window(qtbot: QtBot, settings: Path) -> MainWindow:
    win = MainWindow(Settings(settings))
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    win = make_window(qtbot, tmp_path / "settings.ini")
    yield win
    win.close()


def click(button: object) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[call-overload]


def start(qtbot: QtBot, win: MainWindow, index: int) -> None:
    """Help ▸ Lessons, pick lesson ``index``, Start: wait for the set-up."""
    win.actions["lessons"].trigger()
    lessons = win.lessons
    assert lessons.dock.isVisible()
    lessons.panel.picker.setCurrentIndex(index)
    click(lessons.panel.start_button)
    c = win.controller

    def ready() -> bool:
        return (
            lessons.panel.values is not None
            and not lessons.computing
            and lessons._pending is None
            and not c.loading
            and c.analysis is not None
            and win.analysis is c.analysis
        )

    qtbot.waitUntil(ready, timeout=WAIT_MS)


def test_a_numeric_lesson_from_prediction_to_explanation(
    qtbot: QtBot, tmp_path: Path
) -> None:
    win = make_window(qtbot, tmp_path / "settings.ini")
    panel = win.lessons.panel
    start(qtbot, win, 1)  # the gradient and one step by hand
    c = win.controller
    assert c.dataset is not None and c.dataset.name.startswith("Textbook line")
    assert c.choices.settings.method == "gd"
    assert c.choices.settings.learning_rate == 0.1
    assert not win.bottom_tabs.isVisible()  # the results would give it away
    assert "6.820" in panel.question.text()  # ȳ, worked out on the data
    assert not panel.lock_button.isEnabled()
    QTest.keyClicks(panel.number_box, "1.36")
    click(panel.lock_button)
    assert win.bottom_tabs.isVisible() and panel.run_part.isVisible()

    win.actions["step"].trigger()  # F10, as the lesson says
    qtbot.waitUntil(lambda: c.run_state is RunState.PAUSED, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: c.iterate(1) is not None, timeout=WAIT_MS)
    theta, _loss = c.iterate(1)  # type: ignore[misc]
    assert theta[0] == pytest.approx(panel.values["b1"], rel=1e-12)  # type: ignore[index]

    click(panel.answer_button)
    assert panel.explain_part.isVisible()
    assert panel.verdict.text().startswith("<b>Right.")
    assert "1.364" in panel.explanation.text()
    assert panel.progress.text() == f"1 of {len(panel.lessons)} done"
    win.close()

    # Progress is the user's: a new window remembers it.
    again = make_window(qtbot, tmp_path / "settings.ini")
    assert again.lessons.panel.picker.itemText(1).startswith("✓")
    assert again.lessons.panel.picker.currentIndex() == 0  # the first not done
    again.close()


def test_a_choice_lesson_sets_up_method_degree_and_split(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = window.lessons.panel
    start(qtbot, window, 5)  # train/test split and overfitting
    choices = window.controller.choices
    assert choices.degree == 10 and choices.settings.test_size == 0.2
    assert window.solver_panel.choices().degree == 10
    assert panel.choice_box.isVisible() and not panel.number_box.isVisible()
    panel.choice_box.setCurrentIndex(1)  # "lower than degree 2's": wrong
    click(panel.lock_button)
    click(panel.answer_button)
    assert panel.verdict.text().startswith("<b>Not this time.")
    assert "higher than degree 2" in panel.verdict.text()
    result = window.analysis.result  # type: ignore[union-attr]
    assert result is not None and result.test is not None
    assert f"{result.test.mse:.3f}" in panel.explanation.text()


def test_the_landscape_lesson_puts_its_plot_in_front(
    qtbot: QtBot, window: MainWindow
) -> None:
    start(qtbot, window, 6)  # feature scaling
    assert window.plot_tabs.tabText(window.plot_tabs.currentIndex()) == "Landscape"
    settings = window.controller.choices.settings
    assert not settings.standardize and settings.learning_rate == 0.00125


def test_closing_the_dock_shows_the_results_again(
    qtbot: QtBot, window: MainWindow
) -> None:
    start(qtbot, window, 4)
    assert not window.bottom_tabs.isVisible()
    window.lessons.dock.close()
    assert window.bottom_tabs.isVisible()


def test_a_teachers_lesson_file_opens_or_says_where_it_is_wrong(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = Path(__file__).parents[2] / "linreg_gui/assets/lessons/05-r-squared.md"
    broken = tmp_path / "mine.md"
    broken.write_text(good.read_text().replace("example: anscombe_1", "example: ans"))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), "")
    )
    window.actions["lessons"].trigger()
    panel = window.lessons.panel
    count = panel.picker.count()
    click(panel.open_button)
    assert window.message_bar.level == "error"
    assert window.message_bar.text().startswith("mine.md, line 3:")
    assert panel.picker.count() == count

    broken.write_text(good.read_text().replace("R² and what", "My R² and what"))
    click(panel.open_button)
    assert panel.picker.count() == count + 1
    assert panel.title.text() == "My R² and what its values mean"
