"""Seeded sequences of random user actions on the main window.

Scripted tests check what their authors thought of; this one presses, types,
clicks, drops and opens in an order nobody planned (``tests/ui/random_user.py``),
checks the invariants after every action and watches the GUI thread for stalls.
A failure prints the seed and every step, with the command that replays them;
``benchmarks/random_actions.py`` runs the same engine longer and shrinks a
failing list to a short one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QtMsgType
from pytestqt.qtbot import QtBot

from tests.ui.random_user import IGNORED_QT_MESSAGES, RandomUser, plan

pytestmark = [pytest.mark.gui, pytest.mark.slow]

#: Six seeds of forty actions: about 20 s on a busy two-core machine.
SEEDS = range(6)
ACTIONS = 40
#: Generous for a shared CI machine; a real hang blocks for far longer.
STALL_LIMIT_S = 2.0


@pytest.fixture(params=SEEDS, ids=lambda seed: f"seed{seed}")
def seed(request: pytest.FixtureRequest) -> int:
    return int(request.param)


@pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES, extend=True)
def test_random_actions_keep_the_window_sound(
    qtbot: QtBot, qtlog: Any, tmp_path: Path, seed: int
) -> None:
    def warnings() -> list[str]:
        return [
            f"{record.type_name}: {record.message}"
            for record in qtlog.records
            if record.type not in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg)
            and not record.ignored
        ]

    with RandomUser(
        tmp_path,
        seed=seed,
        stall_limit=STALL_LIMIT_S,
        qt_messages=warnings,
    ) as user:
        assert user.window is not None
        qtbot.addWidget(user.window)
        user.run(plan(seed, ACTIONS))
    assert user.window is None  # closed, and every thread ended


def test_export_asks_to_wait_while_new_data_are_being_fitted(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by seed 9 (60 actions): Export Python Code clicked after a new data
    set arrived but before its fit was ready paired the old fit's rows with the
    new values: an IndexError with fewer rows, the wrong rows with more."""
    from PySide6.QtWidgets import QFileDialog

    from linreg_gui.settings import Settings
    from linreg_gui.ui.main_window import MainWindow

    script = tmp_path / "fit.py"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(script), "")
    )
    window = MainWindow(Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    c = window.controller

    def ready() -> bool:
        return c.analysis is not None and window.analysis is c.analysis

    window.load_example("filip")  # 82 rows of x and y
    qtbot.waitUntil(ready, timeout=20_000)
    said: list[str] = []

    def export_at_once(_dataset: object) -> None:
        """The user clicks the moment the new rows show, before their fit is."""
        window.actions["export_code"].trigger()
        said.append(window.message_bar.text())

    c.dataset_changed.connect(export_at_once)
    window.load_example("norris")  # 36 rows of x and y
    qtbot.waitUntil(lambda: bool(said) and ready(), timeout=20_000)
    c.dataset_changed.disconnect(export_at_once)
    assert not script.exists()
    assert len(said) == 1 and "export again" in said[0]
    window.actions["export_code"].trigger()
    data = script.with_name("fit_data.csv")
    qtbot.waitUntil(script.exists, timeout=20_000)  # written in the background
    assert len(data.read_text().splitlines()) == 1 + 36
    window.close()
