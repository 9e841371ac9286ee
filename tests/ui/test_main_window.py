"""The main window as a user drives it: drop a file, run, pause, step, stop, reset."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QLabel

from linreg_gui.model.examples import EXAMPLES
from linreg_gui.model.fitting import FitSettings, fitted_curve
from linreg_gui.model.gd import GradientDescent
from linreg_gui.model.snapshot import RunState
from linreg_gui.settings import Settings
from linreg_gui.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

WAIT_MS = 20_000


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = MainWindow(Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def wait_ready(qtbot, win: MainWindow) -> None:  # type: ignore[no-untyped-def]
    def ready() -> bool:
        c = win.controller
        return c.analysis is not None and win.analysis is c.analysis and not c.loading

    qtbot.waitUntil(ready, timeout=WAIT_MS)


def set_solver(win: MainWindow, **changes: object) -> None:
    """Change the solver panel the way a user would, then let it emit."""
    panel = win.solver_panel
    choices = panel.choices()
    settings = replace(
        choices.settings,
        **{k: v for k, v in changes.items() if k in FitSettings.__dataclass_fields__},
    )
    extra = {
        k: v
        for k, v in changes.items()
        if k in ("degree", "intercept", "steps_per_second")
    }
    win.apply_solver_choices(replace(choices, settings=settings, **extra))


def drop_file(win: MainWindow, path: Path) -> None:
    """Drag a file over the window and drop it, as the desktop does."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QCoreApplication.sendEvent(win, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPoint(50, 50).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QCoreApplication.sendEvent(win, event)


def write_line_csv(path: Path, n: int = 50, slope: float = 2.0, seed: int = 1) -> Path:
    rng = np.random.default_rng(seed)
    x = rng.uniform(0, 5, n)
    y = 1 + slope * x + rng.normal(scale=0.5, size=n)
    path.write_text(
        "height,weight\n"
        + "\n".join(f"{float(a)!r},{float(b)!r}" for a, b in zip(x, y, strict=True))
        + "\n"
    )
    return path


def test_first_launch_shows_a_ready_example(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.load_default_example()
    wait_ready(qtbot, window)
    assert window.table_model.rowCount() == 100
    assert window.analysis is not None and window.analysis.is_iterative
    assert window.run_action.isEnabled()
    ref = window.analysis.reference
    assert ref is not None
    assert ref.intercept == pytest.approx(4.2151, abs=1e-4)
    assert ref.coef[0] == pytest.approx(2.7701, abs=1e-4)


def test_dropped_csv_fills_table_and_plot(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = write_line_csv(tmp_path / "people.csv", n=37)
    drop_file(window, path)
    qtbot.waitUntil(
        lambda: (
            window.controller.dataset is not None
            and window.controller.dataset.n_rows == 37
        ),
        timeout=WAIT_MS,
    )
    wait_ready(qtbot, window)
    assert window.table_model.rowCount() == 37
    x, y = window.data_plot.scatter.getData()
    assert len(x) == 37
    assert (
        window.controller.choices.x == ("height",)
        and window.controller.choices.y == "weight"
    )
    assert "people.csv" in window.windowTitle()
    assert str(path.resolve()) in window.settings.recent_files()


def test_run_to_convergence_draws_the_fit_result(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.load_default_example()
    wait_ready(qtbot, window)
    set_solver(
        window,
        steps_per_second=None,
        method="gd",
        learning_rate=0.1,
        max_iter=5000,
        tol=1e-8,
        stop_on="gap",  # stop once within tol of least squares: converged
    )
    wait_ready(qtbot, window)
    with qtbot.waitSignal(window.controller.run_finished, timeout=WAIT_MS) as finished:
        window.run_action.trigger()
    result, snapshot = finished.args
    assert snapshot.state is RunState.CONVERGED
    problem = window.analysis.problem  # type: ignore[union-attr]
    expected = GradientDescent(
        method="gd", learning_rate=0.1, max_iter=5000, tol=1e-8
    ).fit(problem.train)
    assert snapshot.iteration == expected.n_iter_
    # The same steps, to the last bit or one off: NumPy's SIMD sums depend on
    # where an array lies in memory (one CI run differed by 4e-16).
    assert snapshot.intercept == pytest.approx(expected.intercept_, rel=1e-14)
    np.testing.assert_allclose(snapshot.coef, expected.coef_, rtol=1e-14)
    xs, ys = window.data_plot.fit_curve.getData()
    want_x, want_y = fitted_curve(problem.design, expected.intercept_, expected.coef_)
    np.testing.assert_allclose(xs, want_x)
    np.testing.assert_allclose(ys, want_y, rtol=1e-12)
    # the loss curve is complete: one point per iteration, 0..n
    qtbot.waitUntil(lambda: not window.loss_curve_pending(), timeout=WAIT_MS)
    iterations, losses = window.loss_plot.data()[0]
    assert iterations.tolist() == list(range(expected.n_iter_ + 1))
    np.testing.assert_allclose(losses, expected.loss_curve_, rtol=1e-12)
    assert result.iterations == expected.n_iter_
    assert window.state_label.text() == "Converged"


def test_pause_step_stop_reset(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.load_default_example()
    wait_ready(qtbot, window)
    set_solver(
        window, steps_per_second=20.0, learning_rate=0.001, max_iter=100_000, tol=0.0
    )
    wait_ready(qtbot, window)
    c = window.controller
    window.run_action.trigger()
    qtbot.waitUntil(
        lambda: c.last_snapshot is not None and c.last_snapshot.iteration >= 2,
        timeout=WAIT_MS,
    )
    window.run_action.trigger()  # pause
    assert c.run_state is RunState.PAUSED
    qtbot.waitUntil(
        lambda: (
            c.last_snapshot is not None and c.last_snapshot.state is RunState.PAUSED
        ),
        timeout=WAIT_MS,
    )
    paused_at = c.last_snapshot.iteration  # type: ignore[union-attr]
    qtbot.wait(300)
    assert c.last_snapshot.iteration == paused_at  # type: ignore[union-attr]
    shown = " ".join(
        label.text() for label in window.results_panel.findChildren(QLabel)
    )
    assert "paused" in shown and f"paused at iteration {paused_at:,}" in shown
    assert "running" not in shown
    window.step_action.trigger()
    qtbot.waitUntil(lambda: c.last_snapshot.iteration == paused_at + 1, timeout=WAIT_MS)  # type: ignore[union-attr]
    window.step_action.trigger()
    qtbot.waitUntil(lambda: c.last_snapshot.iteration == paused_at + 2, timeout=WAIT_MS)  # type: ignore[union-attr]
    assert c.run_state is RunState.PAUSED
    with qtbot.waitSignal(c.run_finished, timeout=WAIT_MS):
        window.stop_action.trigger()
    assert c.run_state is RunState.STOPPED
    assert c.last_snapshot.iteration == paused_at + 2  # type: ignore[union-attr]
    window.reset_action.trigger()
    assert c.run_state is None
    iterations, _ = window.loss_plot.data()[0]
    assert len(iterations) == 0
    xs, ys = window.data_plot.fit_curve.getData()
    np.testing.assert_array_equal(ys, np.zeros_like(ys))  # back to w = 0, b = 0


def test_step_from_rest_takes_exactly_one_step(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.load_default_example()
    wait_ready(qtbot, window)
    c = window.controller
    window.step_action.trigger()
    qtbot.waitUntil(
        lambda: c.last_snapshot is not None and c.last_snapshot.iteration == 1,
        timeout=WAIT_MS,
    )
    qtbot.wait(200)
    assert c.last_snapshot.iteration == 1  # type: ignore[union-attr]
    assert c.run_state is RunState.PAUSED
    window.stop_action.trigger()


def test_bad_file_keeps_data_and_names_the_problem(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window.load_default_example()
    wait_ready(qtbot, window)
    before = window.controller.dataset
    bad = tmp_path / "broken.csv"
    bad.write_text("x,y\n1,2\n3,4\n5,6,7\n")
    with qtbot.waitSignal(window.controller.load_finished, timeout=WAIT_MS):
        window.open_file(bad)
    assert window.controller.dataset is before
    assert window.table_model.rowCount() == 100
    text = window.message_bar.text()
    assert window.message_bar.level == "error"
    assert "broken.csv" in text and "line 4" in text and "unchanged" in text


def test_unreadable_startup_file_gives_way_to_the_example(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "broken.csv"
    bad.write_text("x,y\n1,2\n3,4\n5,6,7\n")
    window.open_startup_file(bad)
    wait_ready(qtbot, window)
    assert window.controller.dataset is not None
    assert window.table_model.rowCount() == 100  # the default example
    text = window.message_bar.text()
    assert window.message_bar.level == "warning"
    assert "broken.csv" in text and "line 4" in text and "instead" in text


def test_readable_startup_file_is_shown(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "good.csv"
    good.write_text("x,y\n1,2.1\n2,3.9\n3,6.2\n")
    window.open_startup_file(good)
    wait_ready(qtbot, window)
    qtbot.wait(50)  # no example may follow
    assert window.controller.dataset is not None
    assert window.controller.dataset.n_rows == 3
    assert window.message_bar.level == ""


def test_diverging_run_stops_and_explains(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.load_default_example()
    wait_ready(qtbot, window)
    limit = window.analysis.stable_learning_rate  # type: ignore[union-attr]
    assert limit is not None
    set_solver(window, steps_per_second=None, learning_rate=limit * 3)
    wait_ready(qtbot, window)
    assert window.solver_panel.is_learning_rate_unstable()
    with qtbot.waitSignal(window.controller.run_finished, timeout=WAIT_MS) as finished:
        window.run_action.trigger()
    _, snapshot = finished.args
    assert snapshot.state is RunState.DIVERGED
    assert np.isfinite(snapshot.loss) and np.all(np.isfinite(snapshot.coef))
    assert "largest stable rate" in window.message_bar.text()
    assert f"{limit:.4g}" in window.message_bar.text()
    assert window.controller.dataset is not None  # nothing else is lost


def test_learning_rate_change_mid_run_applies(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.load_default_example()
    wait_ready(qtbot, window)
    set_solver(
        window, steps_per_second=20.0, learning_rate=0.001, max_iter=100_000, tol=0.0
    )
    wait_ready(qtbot, window)
    c = window.controller
    window.run_action.trigger()
    qtbot.waitUntil(
        lambda: c.last_snapshot is not None and c.last_snapshot.iteration >= 1,
        timeout=WAIT_MS,
    )
    c.set_choices(
        replace(c.choices, settings=replace(c.choices.settings, learning_rate=0.05))
    )
    qtbot.waitUntil(lambda: c.last_snapshot.learning_rate == 0.05, timeout=WAIT_MS)  # type: ignore[union-attr]
    assert c.run_state is RunState.RUNNING  # not restarted
    window.stop_action.trigger()


def test_changing_columns_restarts_cleanly(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "three.csv"
    rng = np.random.default_rng(0)
    a, b = rng.normal(size=(2, 80))
    y = 1 + 2 * a - b + rng.normal(scale=0.1, size=80)
    path.write_text(
        "a,b,y\n"
        + "\n".join(
            f"{float(p)!r},{float(q)!r},{float(r)!r}"
            for p, q, r in zip(a, b, y, strict=True)
        )
    )
    window.open_file(path)
    wait_ready(qtbot, window)
    set_solver(window, steps_per_second=20.0, tol=0.0, max_iter=100_000)
    wait_ready(qtbot, window)
    c = window.controller
    window.run_action.trigger()
    qtbot.waitUntil(lambda: c.last_snapshot is not None, timeout=WAIT_MS)
    old_run = c.last_snapshot.run_id  # type: ignore[union-attr]
    c.set_choices(replace(c.choices, x=("a", "b"), y="y"))
    qtbot.waitUntil(
        lambda: c.last_snapshot is not None and c.last_snapshot.run_id != old_run,
        timeout=WAIT_MS,
    )
    assert c.run_state is RunState.RUNNING
    assert len(c.last_snapshot.coef) == 2  # type: ignore[union-attr]
    window.stop_action.trigger()


def test_editing_a_value_changes_the_fit(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window.open_file(write_line_csv(tmp_path / "edit.csv", n=10))
    wait_ready(qtbot, window)
    set_solver(window, method="ols")
    wait_ready(qtbot, window)
    before = window.analysis.result.intercept  # type: ignore[union-attr]
    model = window.table_model
    index = model.index(0, 1)
    window.fit_view.analysis = None
    assert model.setData(index, "1000", Qt.ItemDataRole.EditRole)
    wait_ready(qtbot, window)
    assert window.controller.dataset.values("weight")[0] == 1000.0  # type: ignore[union-attr]
    assert window.analysis.result.intercept != before  # type: ignore[union-attr]


def test_close_during_a_run_exits_within_a_second(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(Settings(tmp_path / "s.ini"))
    qtbot.addWidget(win)
    win.show()
    win.load_default_example()
    wait_ready(qtbot, win)
    set_solver(
        win, steps_per_second=None, max_iter=10_000_000, tol=0.0, learning_rate=0.001
    )
    wait_ready(qtbot, win)
    win.run_action.trigger()
    qtbot.waitUntil(lambda: win.controller.last_snapshot is not None, timeout=WAIT_MS)
    win.close()  # how long it takes: benchmarks/responsiveness_bench.py (close)
    assert not win.isVisible()
    assert win.controller.busy_threads == 0


def test_settings_persist(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "persist.ini"
    first = MainWindow(Settings(path))
    qtbot.addWidget(first)
    first.resize(1111, 777)
    first.show()
    first.plot_splitter.setSizes([333, 222])
    wanted = first.plot_splitter.sizes()
    first.log_loss_action.trigger()
    csv = write_line_csv(tmp_path / "remember.csv")
    first.open_file(csv)
    wait_ready(qtbot, first)
    first.close()
    second = MainWindow(Settings(path))
    qtbot.addWidget(second)
    # (the offscreen screen is 800×600, so Qt clamps the restored window size)
    assert second.settings.bytes_value("window/geometry") is not None
    got = second.plot_splitter.sizes()  # rescaled to the new width, same proportion
    assert got[0] / got[1] == pytest.approx(wanted[0] / wanted[1], rel=0.02)
    assert second.log_loss_action.isChecked()
    assert str(csv.resolve()) in second.settings.recent_files()
    assert second.menus.recent.actions()[0].text() == "remember.csv"
    second.close()


@pytest.mark.parametrize("key", [e.key for e in EXAMPLES])
def test_every_example_opens(qtbot, window: MainWindow, key: str) -> None:  # type: ignore[no-untyped-def]
    window.load_example(key)
    wait_ready(qtbot, window)
    assert window.message_bar.level != "error", window.message_bar.text()
    assert window.analysis is not None


def test_leaving_out_the_outlier_of_anscombe_iii(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The outliers lesson: drop the one point and the line snaps onto the rest."""
    window.load_example("anscombe_3")
    wait_ready(qtbot, window)
    set_solver(window, method="ols")
    wait_ready(qtbot, window)
    result = window.analysis.result  # type: ignore[union-attr]
    assert result.coef[0] == pytest.approx(0.4997, abs=1e-3)
    y_name = window.controller.choices.y
    ys = window.controller.dataset.values(y_name)  # type: ignore[union-attr]
    outlier = int(np.argmax(ys))
    window.table_view.selectRow(outlier)
    window.table_view.leave_out_action.trigger()
    wait_ready(qtbot, window)
    assert window.controller.excluded == frozenset({outlier})
    refit = window.analysis.result  # type: ignore[union-attr]
    assert refit.coef[0] == pytest.approx(0.3454, abs=1e-3)
    assert refit.train.r2 > 0.9999
    assert not window.table_model.is_row_used(outlier)
    assert "left out of the fit by you" in window.table_model.row_reason(outlier)
    assert "1 left out by you" in window.rows_label.text()
    x, _ = window.data_plot.scatter.getData()
    assert len(x) == 10  # the outlier is drawn hollow, not hidden
    window.table_view.put_all_back_action.trigger()
    wait_ready(qtbot, window)
    assert window.analysis.result.coef[0] == pytest.approx(0.4997, abs=1e-3)  # type: ignore[union-attr]


def test_export_python_code_runs_and_scikit_learn_agrees(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    window.load_default_example()
    wait_ready(qtbot, window)
    set_solver(window, steps_per_second=None, tol=1e-10, max_iter=100_000)
    wait_ready(qtbot, window)
    with qtbot.waitSignal(window.controller.run_finished, timeout=WAIT_MS):
        window.run_action.trigger()
    window.export_code(str(tmp_path / "lesson.py"))  # written in the background
    qtbot.waitUntil(lambda: "lesson.py" in window.message_bar.text(), timeout=WAIT_MS)
    assert (tmp_path / "lesson_data.csv").exists()
    assert "lesson.py" in window.message_bar.text()
    out = subprocess.run(
        [sys.executable, "lesson.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "epoch" in out
    digits = float(out.split("agree to")[1].split()[0])
    assert digits >= 8


def test_closing_while_a_file_loads_waits_for_the_loader(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A QThread destroyed while running aborts the process: closing must wait."""
    big = tmp_path / "big.csv"
    rng = np.random.default_rng(0)
    values = rng.normal(size=(200_000, 3))
    big.write_text(
        "a,b,c\n" + "\n".join(",".join(repr(float(v)) for v in row) for row in values)
    )
    win = MainWindow(Settings(tmp_path / "s.ini"))
    qtbot.addWidget(win)
    win.show()
    win.open_file(big)
    assert win.controller.loading
    win.close()
    assert win.controller.busy_threads == 0


def test_a_big_frame_reaches_the_loss_plot_in_chunks_and_complete(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window.load_default_example()
    wait_ready(qtbot, window)
    set_solver(
        window, steps_per_second=None, learning_rate=0.01, max_iter=600_000, tol=0.0
    )
    wait_ready(qtbot, window)
    with qtbot.waitSignal(window.controller.run_finished, timeout=WAIT_MS):
        window.run_action.trigger()
    qtbot.waitUntil(lambda: not window.loss_curve_pending(), timeout=WAIT_MS)
    iterations, _ = window.loss_plot.data()[0]
    np.testing.assert_array_equal(iterations, np.arange(600_001))


def test_slow_motion_shows_every_step_and_stop_acts_within_one(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window.load_default_example()
    wait_ready(qtbot, window)
    set_solver(
        window, steps_per_second=50.0, learning_rate=0.01, max_iter=1000, tol=0.0
    )
    wait_ready(qtbot, window)
    c = window.controller
    seen: list[np.ndarray] = []
    c.snapshot.connect(lambda s: seen.append(np.asarray(s.iterations)))
    window.run_action.trigger()
    qtbot.waitUntil(
        lambda: c.last_snapshot is not None and c.last_snapshot.iteration >= 12,
        timeout=WAIT_MS,
    )
    shown_before_stop = c.last_snapshot.iteration  # type: ignore[union-attr]
    with qtbot.waitSignal(c.run_finished, timeout=WAIT_MS) as finished:
        window.stop_action.trigger()
    final = finished.args[1]
    assert final.state is RunState.STOPPED
    assert final.iteration <= shown_before_stop + 1  # within one step
    running = [s for s in seen if s.size]
    assert all(s.size == 1 for s in running[:-1])  # one step a frame: none skipped
    assert np.concatenate(running).tolist() == list(range(final.iteration + 1))


@pytest.mark.parametrize("defer", [False, True])
def test_a_wider_window_widens_both_plots(qtbot, tmp_path: Path, defer: bool) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(Settings(tmp_path / "s.ini"), defer_plots=defer)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.ensure_plots()
    qtbot.wait(20)
    data_before, loss_before = win.plot_splitter.sizes()
    win.resize(1920, 1080)
    qtbot.waitUntil(lambda: win.plot_splitter.sizes()[0] > data_before, timeout=2000)
    data_after, loss_after = win.plot_splitter.sizes()
    gained = (data_after - data_before) / (loss_after - loss_before)
    assert gained == pytest.approx(3 / 2, rel=0.1)
    win.close()


def test_closed_form_methods_explain_the_empty_loss_plot(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window.load_default_example()
    wait_ready(qtbot, window)
    assert window.loss_plot.note() == ""
    set_solver(window, method="ols")
    wait_ready(qtbot, window)
    assert "no loss curve" in window.loss_plot.note()
    assert not window.loss_plot._legend.isVisible()
    assert window.loss_plot.plot_item().getViewBox().viewRange()[1] == [0.0, 1.0]
    set_solver(window, method="gd")
    wait_ready(qtbot, window)
    assert window.loss_plot.note() == ""
    assert window.loss_plot._legend.isVisible()


def test_column_pickers_take_only_the_height_they_need(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window.resize(1280, 800)
    window.load_default_example()  # two columns
    wait_ready(qtbot, window)
    picker, table = window.data_splitter.sizes()
    assert picker <= window.column_picker.sizeHint().height() + 2
    window.load_example("diabetes_bmi")  # eleven columns: a scrolling list
    qtbot.waitUntil(lambda: window.table_model.columnCount() > 5, timeout=WAIT_MS)
    wait_ready(qtbot, window)
    picker, table = window.data_splitter.sizes()
    assert picker <= 0.46 * (picker + table)
    assert picker > 100


def test_clicking_a_point_leaves_its_row_out_and_back_in(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window.load_default_example()
    wait_ready(qtbot, window)
    c = window.controller
    x, y = window.data_plot.scatter.getData()
    index = int(np.argmax(y))  # the highest point
    window.data_plot.point_clicked.emit(index)
    wait_ready(qtbot, window)
    (row,) = c.excluded
    assert c.dataset is not None and c.dataset.values("y")[row] == y[index]
    assert window.analysis is not None
    assert window.analysis.problem.train.n_samples == 99
    assert window.data_plot.excluded_scatter.getData()[1].tolist() == [y[index]]
    assert f"Row {row + 1}" in window.statusBar().currentMessage()
    # The hollow point is the last one drawn; clicking it puts the row back.
    window.data_plot.point_clicked.emit(100 - 1)
    wait_ready(qtbot, window)
    assert c.excluded == frozenset()
    assert window.analysis.problem.train.n_samples == 100


def test_an_example_opens_with_a_learning_rate_that_runs(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    set_solver(window, learning_rate=0.1)
    window.load_example("quadratic")  # degree 2: stable below 0.0556
    wait_ready(qtbot, window)
    qtbot.waitUntil(
        lambda: window.solver_panel.choices().settings.learning_rate == 0.05,
        timeout=WAIT_MS,
    )
    assert not window.solver_panel.is_learning_rate_unstable()
    assert window.message_bar.level == "info"
    assert (
        "0.05" in window.message_bar.text() and "explode" in window.message_bar.text()
    )
    # Afterwards the rate is the user's: a rate set on purpose stays.
    set_solver(window, learning_rate=0.5)
    wait_ready(qtbot, window)
    qtbot.wait(50)
    assert window.solver_panel.choices().settings.learning_rate == 0.5
    # A file of the user's is never changed for them.
    wide = tmp_path / "wide.csv"
    wide.write_text("x,y\n" + "".join(f"{i * 10},{i}\n" for i in range(20)))
    window.open_file(wide)
    qtbot.waitUntil(lambda: window.table_model.rowCount() == 20, timeout=WAIT_MS)
    wait_ready(qtbot, window)
    qtbot.wait(50)
    assert window.solver_panel.choices().settings.learning_rate == 0.5
    assert window.solver_panel.is_learning_rate_unstable()


def test_the_table_scrolls_to_the_chosen_columns(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.resize(1280, 800)
    window.load_example("anscombe_3")  # x3 and y3: columns 5 and 6 of 8
    wait_ready(qtbot, window)
    view = window.table_view
    columns = list(window.controller.dataset.columns)  # type: ignore[union-attr]

    def in_view(name: str) -> bool:
        column = columns.index(name)
        left = view.columnViewportPosition(column)
        return left >= 0 and left + view.columnWidth(column) <= view.viewport().width()

    qtbot.waitUntil(lambda: in_view("x3") and in_view("y3"), timeout=WAIT_MS)


def test_clicking_a_residual_leaves_its_row_out(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.load_example("anscombe_3")
    wait_ready(qtbot, window)
    set_solver(window, method="ols")
    wait_ready(qtbot, window)
    window.plot_tabs.setCurrentWidget(window.residual_plot)
    qtbot.waitUntil(lambda: window.residual_plot.isVisible(), timeout=WAIT_MS)
    qtbot.wait(20)  # laid out, so that pixels mean something
    fitted, residuals = window.residual_plot.scatter.getData()
    index = int(np.argmax(np.abs(residuals)))  # the ringed outlier
    assert window.residual_plot.point_at(fitted[index], residuals[index]) == index
    window.residual_plot.point_clicked.emit(index)
    wait_ready(qtbot, window)
    (row,) = window.controller.excluded
    assert row == 2  # Anscombe III's odd point is the third row (13, 12.74)
    assert window.analysis.result.train.r2 > 0.9999  # type: ignore[union-attr]


def test_an_example_opens_with_its_own_settings_a_file_keeps_the_users(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window.load_default_example()
    wait_ready(qtbot, window)
    set_solver(window, method="lasso", alpha=5.0, test_size=0.2, max_iter=77)
    wait_ready(qtbot, window)
    window.load_example("anscombe_3")
    qtbot.waitUntil(
        lambda: (
            window.controller.dataset is not None
            and window.controller.dataset.name.startswith("Anscombe")
        ),
        timeout=WAIT_MS,
    )
    wait_ready(qtbot, window)
    settings = window.solver_panel.choices().settings
    assert settings.method == "gd"
    assert settings.test_size == 0.0 and settings.max_iter == 1000
    assert window.controller.choices.settings == settings
    assert "opened with its settings" in window.statusBar().currentMessage()
    # The least-squares line is not flat: the example fits as it should.
    reference = window.analysis.reference  # type: ignore[union-attr]
    assert reference is not None and reference.coef[0] > 0.3

    set_solver(window, method="lasso", alpha=5.0)
    wait_ready(qtbot, window)
    window.open_file(write_line_csv(tmp_path / "mine.csv"))
    qtbot.waitUntil(
        lambda: (
            window.controller.dataset is not None
            and window.controller.dataset.name == "mine.csv"
        ),
        timeout=WAIT_MS,
    )
    wait_ready(qtbot, window)
    assert window.solver_panel.choices().settings.method == "lasso"
    assert window.controller.choices.settings.alpha == 5.0


def test_accuracy_examples_open_with_least_squares(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.load_example("filip")
    qtbot.waitUntil(
        lambda: (
            window.controller.dataset is not None
            and window.controller.dataset.name.startswith("Filip")
        ),
        timeout=WAIT_MS,
    )
    wait_ready(qtbot, window)
    assert window.solver_panel.choices().settings.method == "ols"
    assert window.solver_panel.choices().degree == 10
    assert window.analysis.result is not None  # type: ignore[union-attr]


def test_export_to_a_folder_that_is_gone_says_so(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window.load_default_example()
    wait_ready(qtbot, window)
    window.export_code(str(tmp_path / "gone" / "lesson.py"))
    qtbot.waitUntil(lambda: window.message_bar.level == "error", timeout=WAIT_MS)
    assert "Could not save the code" in window.message_bar.text()
    assert window.controller.dataset is not None  # nothing lost


def test_a_file_with_one_numeric_column_leaves_the_data_as_it_was(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window.open_file(write_line_csv(tmp_path / "good.csv", n=20))
    wait_ready(qtbot, window)
    window.controller.edit_value(0, "weight", 99.0)
    before = window.controller.dataset
    bad = tmp_path / "prices.csv"
    bad.write_text("year,price\n2001,about 1.5\n2002,2.50 or so\n2003,3\n")
    window.open_file(bad)
    qtbot.waitUntil(lambda: window.message_bar.level == "error", timeout=WAIT_MS)
    text = window.message_bar.text()
    assert "prices.csv" in text and "only one numeric column" in text
    assert "'price'" in text and "line 2" in text
    assert "Your data is unchanged" in text
    assert window.controller.dataset is before
    assert window.controller.dataset.values("weight")[0] == 99.0  # the edit stays
    wait_ready(qtbot, window)  # the edit's analysis, finishing after the refusal,
    assert window.message_bar.level == "error"  # does not wipe the message


def test_a_degree_8_polynomial_far_from_zero_is_drawn_accurately(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window.load_example("longley")
    wait_ready(qtbot, window)
    c = window.controller
    c.set_choices(replace(c.choices, x=("Year",), y="Employed", degree=8))
    wait_ready(qtbot, window)
    result = window.analysis.result  # type: ignore[union-attr]
    assert result is not None and result.predictor is not None
    assert abs(result.train.r2 - 0.9574461028657927) < 1e-9
    xs, ys = window.data_plot.fit_curve.getData()
    # Employment is 60,000-70,000; raw powers of 1950 would be off by 1e10.
    assert np.all((ys > 55_000) & (ys < 75_000))
    fitted, residuals = window.residual_plot.scatter.getData()
    assert np.max(np.abs(residuals)) < 2_000


def test_the_window_keeps_the_interpreter_responsive(window: MainWindow) -> None:
    """A short GIL switch interval, and PySide6's per-import source scan off
    (it read every module scikit-learn imports: 0.4 s of Python in a worker)."""
    import sys

    from linreg_gui.ui.runtime import GIL_SWITCH_INTERVAL_S

    assert sys.getswitchinterval() == pytest.approx(GIL_SWITCH_INTERVAL_S)
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None:
        assert feature._mod_uses_pyside(sys.modules[__name__]) is False
