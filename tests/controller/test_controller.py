"""The session controller: stale runs are ignored, closing waits for threads."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from linreg_gui.controller import SessionController
from linreg_gui.model.dataset import Dataset
from linreg_gui.model.snapshot import RunState, Snapshot

pytestmark = pytest.mark.gui
WAIT_MS = 20_000


@pytest.fixture
def controller(qtbot: QtBot):  # type: ignore[no-untyped-def]
    c = SessionController()
    yield c
    assert c.shutdown(timeout_ms=2000)


def line_data() -> Dataset:
    x = np.linspace(0, 5, 60)
    return Dataset.from_arrays("line", {"x": x, "y": 1 + 2 * x})


def ready(qtbot: QtBot, c: SessionController, speed: float | None) -> None:
    with qtbot.waitSignal(c.analysis_ready, timeout=WAIT_MS):
        c.set_dataset(line_data())
    with qtbot.waitSignal(c.analysis_ready, timeout=WAIT_MS):
        c.set_choices(
            replace(
                c.choices,
                settings=replace(c.choices.settings, learning_rate=0.01, tol=0.0),
                steps_per_second=speed,
            )
        )
    # only a speed change: no new analysis needed
    c.set_choices(replace(c.choices, steps_per_second=speed))


def test_snapshots_of_a_replaced_run_never_reach_the_window(
    qtbot: QtBot, controller: SessionController
) -> None:
    c = controller
    ready(qtbot, c, speed=50.0)
    seen: list[Snapshot] = []
    c.snapshot.connect(seen.append)
    c.snapshot.connect(lambda s: c.acknowledge(s.run_id))
    c.run_pause()
    qtbot.waitUntil(lambda: len(seen) >= 3, timeout=WAIT_MS)
    first_id = seen[-1].run_id
    c.reset()  # the old thread may still send a snapshot or two
    assert c.run_state is None
    c.run_pause()
    qtbot.waitUntil(lambda: seen[-1].run_id != first_id, timeout=WAIT_MS)
    qtbot.wait(200)
    later = seen[next(i for i, s in enumerate(seen) if s.run_id != first_id) :]
    assert {s.run_id for s in later} == {later[0].run_id}
    assert later[0].iteration == 0
    c.stop()
    qtbot.waitUntil(lambda: c.run_state is RunState.STOPPED, timeout=WAIT_MS)


def test_a_learning_rate_change_reaches_the_running_run_live(
    qtbot: QtBot, controller: SessionController
) -> None:
    c = controller
    ready(qtbot, c, speed=50.0)
    seen: list[Snapshot] = []
    c.snapshot.connect(seen.append)
    c.snapshot.connect(lambda s: c.acknowledge(s.run_id))
    c.run_pause()
    qtbot.waitUntil(lambda: len(seen) >= 2, timeout=WAIT_MS)
    run_id = seen[-1].run_id
    c.set_choices(
        replace(c.choices, settings=replace(c.choices.settings, learning_rate=0.02))
    )
    qtbot.waitUntil(lambda: seen[-1].learning_rate == 0.02, timeout=WAIT_MS)
    assert seen[-1].run_id == run_id  # the same run, not a restart
    c.stop()
    qtbot.waitUntil(lambda: c.run_state is RunState.STOPPED, timeout=WAIT_MS)


def test_leaving_rows_out_and_putting_them_back(
    qtbot: QtBot, controller: SessionController
) -> None:
    c = controller
    ready(qtbot, c, speed=None)
    with qtbot.waitSignal(c.analysis_ready, timeout=WAIT_MS):
        c.leave_out([3, 5])
    assert c.excluded == {3, 5}
    assert c.analysis is not None and c.analysis.problem.n_excluded == 2
    with qtbot.waitSignal(c.analysis_ready, timeout=WAIT_MS):
        c.leave_out([3], False)
    assert c.excluded == {5}


def test_edits_of_a_large_data_set_use_a_spare_column_and_keep_the_old_data(
    qtbot: QtBot, controller: SessionController
) -> None:
    """At 10⁶ rows an edit copies its column into memory written beforehand
    (a spare made in the background once the data is shown, and again after
    each edit); each edit's data set is new and the one before stays whole."""
    from linreg_gui.workers.spare_column import MIN_ROWS

    c = controller
    n = MIN_ROWS
    x = np.linspace(0, 5, n)
    with qtbot.waitSignal(c.analysis_ready, timeout=WAIT_MS):
        c.set_dataset(Dataset.from_arrays("big", {"x": x, "y": 1 + 2 * x}))
    qtbot.waitUntil(lambda: c._spare_column._ready is not None, timeout=WAIT_MS)
    spare = c._spare_column._ready
    first = c.dataset
    assert first is not None
    with qtbot.waitSignal(c.analysis_ready, timeout=WAIT_MS):
        c.edit_value(3, "y", 100.0)
    edited = c.dataset
    assert edited is not None and edited is not first
    assert spare is not None and np.shares_memory(edited.values("y"), spare)
    assert edited.values("y")[3] == 100.0 and first.values("y")[3] == 1 + 2 * x[3]
    np.testing.assert_array_equal(edited.values("y")[4:], first.values("y")[4:])
    qtbot.waitUntil(lambda: c._spare_column._ready is not None, timeout=WAIT_MS)
    with qtbot.waitSignal(c.analysis_ready, timeout=WAIT_MS):
        c.edit_value(4, "x", -1.0)
    again = c.dataset
    assert again is not None
    assert again.values("y")[3] == 100.0 and again.values("x")[4] == -1.0
    assert edited.values("x")[4] == x[4]  # the edit before stays whole
    assert not np.shares_memory(again.values("x"), edited.values("y"))
    # A refused edit (an infinite value) leaves the data as it was and a spare
    # for the next edit.
    qtbot.waitUntil(lambda: c._spare_column._ready is not None, timeout=WAIT_MS)
    with qtbot.waitSignal(c.message, timeout=WAIT_MS):
        c.edit_value(5, "y", float("inf"))
    assert c.dataset is again
    qtbot.waitUntil(lambda: c._spare_column._ready is not None, timeout=WAIT_MS)


@pytest.mark.parametrize("stop_on", ["gap", "loss"])
def test_the_final_result_says_why_it_stopped_and_how_far_it_is(
    qtbot: QtBot, controller: SessionController, stop_on: str
) -> None:
    """A line with no noise: L* is 0, so the loss gap is taken against L(0)."""
    c = controller
    ready(qtbot, c, speed=None)
    settings = replace(
        c.choices.settings, tol=1e-6, stop_on=stop_on, max_iter=1_000_000
    )
    with qtbot.waitSignal(c.analysis_ready, timeout=WAIT_MS):
        c.set_choices(replace(c.choices, settings=settings))
    c.snapshot.connect(lambda s: c.acknowledge(s.run_id))
    with qtbot.waitSignal(c.run_finished, timeout=WAIT_MS) as finished:
        c.run_pause()
    result, snapshot = finished.args
    assert result.stop_reason == stop_on
    assert result.gap_to_optimum == snapshot.gap
    assert result.converged is snapshot.converged is result.gap_to_optimum.within(1e-6)
    state = RunState.CONVERGED if result.converged else RunState.STOPPED_EARLY
    assert snapshot.state is state and c.run_state is state
    if stop_on == "gap":
        assert result.converged


def test_a_run_that_cannot_be_set_up_says_why_and_leaves_no_run(
    qtbot: QtBot, controller: SessionController
) -> None:
    c = controller
    ready(qtbot, c, speed=None)
    with qtbot.waitSignal(c.analysis_ready, timeout=WAIT_MS):
        c.set_choices(
            replace(c.choices, settings=replace(c.choices.settings, momentum=1.5))
        )
    c.set_choices(
        replace(c.choices, settings=replace(c.choices.settings, method="momentum"))
    )
    qtbot.waitUntil(lambda: c.analysis is not None, timeout=WAIT_MS)
    with qtbot.waitSignal(c.message, timeout=WAIT_MS) as said:
        c.run_pause()  # the set-up runs in the training thread
    assert said.args[0] == "error" and "Momentum" in said.args[1]
    qtbot.waitUntil(lambda: c.run_state is None, timeout=WAIT_MS)
    assert c.busy_threads == 0 or qtbot.waitUntil(lambda: c.busy_threads == 0) is None


def test_a_run_begins_at_the_chosen_start_point_until_the_model_changes(
    qtbot: QtBot, controller: SessionController
) -> None:
    c = controller
    ready(qtbot, c, speed=None)
    seen: list[Snapshot] = []
    c.snapshot.connect(seen.append)
    c.snapshot.connect(lambda s: c.acknowledge(s.run_id))
    with qtbot.waitSignal(c.analysis_ready, timeout=WAIT_MS):
        c.set_start_point(np.array([-3.0, 4.0]))
    c.step()
    qtbot.waitUntil(lambda: any(s.iteration == 1 for s in seen), timeout=WAIT_MS)
    first = next(s for s in seen if s.iteration == 0)
    assert first.intercept == pytest.approx(-3.0) and first.coef[0] == pytest.approx(4)
    c.stop()
    qtbot.waitUntil(lambda: c.run_state is RunState.STOPPED, timeout=WAIT_MS)
    changed: list[object] = []
    c.start_point_changed.connect(changed.append)
    with qtbot.waitSignal(c.analysis_ready, timeout=WAIT_MS):
        c.set_choices(replace(c.choices, intercept=False))  # one coefficient fewer
    assert c.start_point is None and changed == [None]


def test_after_shutdown_no_thread_starts(
    qtbot: QtBot, controller: SessionController
) -> None:
    """A view's last request while the window closes (a queued analysis asks for
    its diagnostics) must not start a thread that outlives the window: one
    destroyed while it runs aborts the process."""
    c = controller
    ready(qtbot, c, speed=None)
    assert c.shutdown(timeout_ms=2000)
    ran: list[bool] = []
    c.in_background(lambda: ran.append(True), lambda _result: None)
    c.step()
    qtbot.wait(50)
    assert c.busy_threads == 0
    assert ran == []


def test_a_file_is_read_in_a_thread_named_after_it_columns_and_all(
    qtbot: QtBot, controller: SessionController, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """The loader thread is "open_file" to profilers, and it reads every numeric
    column before the window sees the data set (the table shows them all:
    0.2-0.7 s for 10⁴ columns, which the GUI thread did before)."""
    path = tmp_path / "wide.csv"
    names = [f"c{j}" for j in range(1200)]
    path.write_text(
        ",".join(names)
        + "\n"
        + "\n".join(",".join(str(i * j) for j in range(1200)) for i in range(5))
        + "\n",
        encoding="utf-8",
    )
    controller.open_file(path)
    loader = controller._loader
    assert loader is not None and loader.objectName() == "open_file"
    with qtbot.waitSignal(controller.load_finished, timeout=WAIT_MS):
        pass
    dataset = controller.dataset
    assert dataset is not None and dataset.name == "wide.csv"
    assert set(dataset._arrays) == set(names)  # read already, in the loader
    assert dataset.values("c7")[3] == 21.0
