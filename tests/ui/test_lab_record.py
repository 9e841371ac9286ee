"""File ▸ Export Lab Record, from the menu: every file, the script reproduces
the record's numbers, a zip, and a clear message when it cannot be written."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from linreg_gui.model.session_file import load_session
from linreg_gui.model.snapshot import RunState
from linreg_gui.settings import Settings
from linreg_gui.ui.main_window import MainWindow
from linreg_gui.ui.plot_area import LANDSCAPE_TAB

pytestmark = pytest.mark.gui
WAIT_MS = 30_000


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    win = MainWindow(Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    yield win
    win.close()


def save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def run_example(qtbot: QtBot, win: MainWindow) -> None:
    """The textbook line, batch descent run to the end from the toolbar."""
    c = win.controller
    win.load_default_example()
    qtbot.waitUntil(
        lambda: c.analysis is not None and win.analysis is c.analysis and not c.loading,
        timeout=WAIT_MS,
    )
    win.apply_solver_choices(replace(win.solver_panel.choices(), steps_per_second=None))
    qtbot.waitUntil(lambda: win.analysis is c.analysis, timeout=WAIT_MS)
    win.actions["run"].trigger()
    qtbot.waitUntil(lambda: c.run_state is RunState.CONVERGED, timeout=WAIT_MS)


def wait_saved(qtbot: QtBot, win: MainWindow) -> None:
    qtbot.waitUntil(lambda: "lab record" in win.message_bar.text(), timeout=WAIT_MS)


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_record_holds_every_file_and_its_script_reproduces_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run_example(qtbot, window)
    # The landscape is worked out when its tab is first shown: look at it first.
    window.plot_area.tabs.setCurrentIndex(LANDSCAPE_TAB)
    qtbot.waitUntil(
        lambda: window.landscape_view.landscape is not None, timeout=WAIT_MS
    )
    folder = tmp_path / "record"
    save_to(monkeypatch, folder)
    window.actions["lab_record"].trigger()
    wait_saved(qtbot, window)
    assert window.message_bar.level == "info", window.message_bar.text()
    names = {p.name for p in folder.iterdir()}
    for plot in ("fit", "residuals", "landscape", "loss"):
        assert {f"{plot}.png", f"{plot}.svg"} <= names
        assert (folder / f"{plot}.png").stat().st_size > 1000
    assert {
        "session.linreg",
        "training_log.csv",
        "residuals.csv",
        "coefficients.csv",
        "results.txt",
        "results.tsv",
        "README.txt",
    } <= names
    scripts = [n for n in names if n.endswith("_fit.py")]
    assert len(scripts) == 1 and scripts[0].replace(".py", "_data.csv") in names
    readme = (folder / "README.txt").read_text()
    assert all(name in readme for name in names)

    # The session reopens the run's end; the log ends where the run did.
    saved = load_session(folder / "session.linreg")
    assert saved.iterate is not None and saved.iterate.iteration == 367
    log = read_csv(folder / "training_log.csv")
    assert log[0]["iteration"] == "0" and log[-1]["iteration"] == "367"
    coefficients = {
        row["name"]: float(row["estimate"])
        for row in read_csv(folder / "coefficients.csv")
    }
    assert float(log[-1]["x"]) == pytest.approx(coefficients["x"], rel=1e-12)
    residuals = read_csv(folder / "residuals.csv")
    assert len(residuals) == 100 and residuals[0]["row"] == "1"
    r = np.array([float(row["residual"]) for row in residuals])
    mse = float(re.search(r"MSE: (\S+)", (folder / "results.txt").read_text())[1])  # type: ignore[index]
    assert np.mean(r**2) == pytest.approx(mse, rel=1e-6)

    # The script, run as a student would, prints the record's numbers.
    out = subprocess.run(
        [sys.executable, scripts[0]],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    printed = re.search(r"gradient descent:\s*\[([^\]]*)\]", out)
    assert printed is not None, out
    b, w = (float(v) for v in printed[1].split())
    assert b == pytest.approx(coefficients["(Intercept)"], rel=1e-5)
    assert w == pytest.approx(coefficients["x"], rel=1e-5)
    lstsq = re.search(r"least squares \(lstsq\):\s*\[([^\]]*)\]", out)
    assert lstsq is not None
    assert [float(v) for v in lstsq[1].split()] == pytest.approx(
        [coefficients["(Intercept)"], coefficients["x"]], rel=1e-5
    )


def test_a_zip_record_and_one_that_cannot_be_written(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.load_example("anscombe_3")  # least squares: a fit at once, no run
    c = window.controller
    qtbot.waitUntil(
        lambda: (
            c.analysis is not None and window.analysis is c.analysis and not c.loading
        ),
        timeout=WAIT_MS,
    )
    panel = window.solver_panel.choices()
    window.apply_solver_choices(
        replace(panel, settings=replace(panel.settings, method="ols"))
    )
    qtbot.waitUntil(
        lambda: window.analysis is c.analysis and window.analysis.result is not None,  # type: ignore[union-attr]
        timeout=WAIT_MS,
    )
    target = tmp_path / "anscombe.zip"
    save_to(monkeypatch, target)
    window.actions["lab_record"].trigger()
    wait_saved(qtbot, window)
    assert window.message_bar.level == "info", window.message_bar.text()
    with zipfile.ZipFile(target) as archive:
        names = {Path(n).name for n in archive.namelist()}
        assert all(n.startswith("anscombe/") for n in archive.namelist())
    assert "training_log.csv" not in names  # no gradient run to log
    assert {"session.linreg", "residuals.csv", "coefficients.csv", "fit.svg"} <= names
    assert not list(tmp_path.glob(".anscombe.zip*"))

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    window.message_bar.clear()
    save_to(monkeypatch, blocker / "record")
    window.actions["lab_record"].trigger()
    qtbot.waitUntil(lambda: window.message_bar.level == "error", timeout=WAIT_MS)
    assert window.message_bar.text().startswith("Could not save the lab record:")


def test_before_a_run_the_record_says_what_to_do(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = window.controller
    window.load_default_example()
    qtbot.waitUntil(
        lambda: c.analysis is not None and window.analysis is c.analysis,
        timeout=WAIT_MS,
    )
    save_to(monkeypatch, tmp_path / "never")
    window.actions["lab_record"].trigger()
    assert "Run gradient descent" in window.message_bar.text()
    assert not (tmp_path / "never").exists()


def test_a_landscape_never_opened_is_left_out_and_the_record_says_why(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run_example(qtbot, window)
    folder = tmp_path / "record"
    save_to(monkeypatch, folder)
    window.actions["lab_record"].trigger()
    wait_saved(qtbot, window)
    names = {p.name for p in folder.iterdir()}
    assert "fit.png" in names and "landscape.png" not in names
    assert "Landscape" in window.message_bar.text()
