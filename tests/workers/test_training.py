"""The training thread on its own: bounded snapshots, every loss, prompt stop."""

from __future__ import annotations

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from linreg_gui.model.design import DesignSpec
from linreg_gui.model.fitting import FitSettings, prepare, start_run
from linreg_gui.model.snapshot import RunState, Snapshot
from linreg_gui.model.steps import StopReason
from linreg_gui.workers.training import TrainingThread

pytestmark = pytest.mark.gui
WAIT_MS = 20_000


def make_run(  # type: ignore[no-untyped-def]
    max_iter: int = 2000,
    learning_rate: float = 0.01,
    tol: float = 0.0,
    stop_on: str = "gap",
):
    rng = np.random.default_rng(3)
    x = rng.uniform(0, 5, 200)
    y = 1.0 + 2.0 * x + rng.normal(scale=0.3, size=200)
    problem = prepare({"x": x, "y": y}, DesignSpec(("x",), "y", 1, True))
    settings = FitSettings(
        method="gd",
        learning_rate=learning_rate,
        max_iter=max_iter,
        tol=tol,
        stop_on=stop_on,
    )
    return start_run(problem, settings)


class Receiver:
    """Collects snapshots; acknowledges each (as the window does) unless told not."""

    def __init__(self, thread: TrainingThread, *, acknowledge: bool = True) -> None:
        self.thread = thread
        self.snapshots: list[Snapshot] = []
        self.acknowledge = acknowledge
        thread.snapshot.connect(self.take)

    def take(self, snapshot: Snapshot) -> None:
        self.snapshots.append(snapshot)
        if self.acknowledge:
            self.thread.acknowledge()

    @property
    def final(self) -> Snapshot | None:
        return next((s for s in self.snapshots if s.final), None)

    def iterations(self) -> np.ndarray:
        return np.concatenate([s.iterations for s in self.snapshots])


def finish(qtbot: QtBot, thread: TrainingThread, receiver: Receiver) -> Snapshot:
    qtbot.waitUntil(lambda: receiver.final is not None, timeout=WAIT_MS)
    assert thread.wait(5000)
    assert receiver.final is not None
    return receiver.final


def test_full_speed_sends_every_loss_in_few_snapshots(qtbot: QtBot) -> None:
    thread = TrainingThread(make_run(max_iter=200_000), run_id=7)
    receiver = Receiver(thread)
    thread.start()
    final = finish(qtbot, thread, receiver)
    assert final.state is RunState.MAX_ITER
    assert final.iteration == 200_000
    np.testing.assert_array_equal(receiver.iterations(), np.arange(200_001))
    assert {s.run_id for s in receiver.snapshots} == {7}
    # At most 60 a second plus the first and the final one.
    assert len(receiver.snapshots) <= 60 * final.elapsed + 3
    assert all(not s.iterations.flags.writeable for s in receiver.snapshots)


def test_without_acknowledgements_only_the_first_and_final_snapshots_go(
    qtbot: QtBot,
) -> None:
    thread = TrainingThread(make_run(max_iter=50_000), run_id=1)
    receiver = Receiver(thread, acknowledge=False)
    thread.start()
    finish(qtbot, thread, receiver)
    assert len(receiver.snapshots) == 2
    np.testing.assert_array_equal(receiver.iterations(), np.arange(50_001))


def test_slow_motion_shows_every_step_and_stop_acts_within_one(qtbot: QtBot) -> None:
    thread = TrainingThread(make_run(), run_id=2, steps_per_second=50.0)
    receiver = Receiver(thread)
    thread.start()
    qtbot.waitUntil(lambda: len(receiver.snapshots) >= 6, timeout=WAIT_MS)
    thread.stop()
    seen = receiver.snapshots[-1].iteration
    final = finish(qtbot, thread, receiver)
    assert final.state is RunState.STOPPED
    assert final.iteration <= seen + 1
    running = [s for s in receiver.snapshots if not s.final]
    assert [s.iteration for s in running] == list(range(len(running)))


def test_paused_run_takes_exactly_one_step_per_request(qtbot: QtBot) -> None:
    thread = TrainingThread(make_run(), run_id=3, start_paused=True)
    receiver = Receiver(thread)
    thread.start()
    qtbot.waitUntil(lambda: len(receiver.snapshots) >= 1, timeout=WAIT_MS)
    for expected in (1, 2, 3):
        thread.step_once()
        qtbot.waitUntil(
            lambda e=expected: receiver.snapshots[-1].iteration == e, timeout=WAIT_MS
        )
        assert receiver.snapshots[-1].state is RunState.PAUSED
    qtbot.wait(100)
    assert receiver.snapshots[-1].iteration == 3
    thread.stop()
    assert finish(qtbot, thread, receiver).iteration == 3


def test_a_new_learning_rate_applies_from_the_next_step(qtbot: QtBot) -> None:
    thread = TrainingThread(make_run(), run_id=4, steps_per_second=50.0)
    receiver = Receiver(thread)
    thread.start()
    qtbot.waitUntil(lambda: len(receiver.snapshots) >= 3, timeout=WAIT_MS)
    thread.set_learning_rate(0.02)
    qtbot.waitUntil(
        lambda: receiver.snapshots[-1].learning_rate == 0.02, timeout=WAIT_MS
    )
    thread.stop()
    finish(qtbot, thread, receiver)


def test_a_diverging_run_ends_with_the_reason(qtbot: QtBot) -> None:
    thread = TrainingThread(make_run(learning_rate=5.0), run_id=5)
    receiver = Receiver(thread)
    thread.start()
    final = finish(qtbot, thread, receiver)
    assert final.state is RunState.DIVERGED
    assert "diverged" in final.message
    assert np.isfinite(final.loss)


def test_snapshots_carry_the_gap_and_the_end_says_why(qtbot: QtBot) -> None:
    thread = TrainingThread(make_run(max_iter=100_000, tol=1e-6), run_id=8)
    receiver = Receiver(thread)
    thread.start()
    final = finish(qtbot, thread, receiver)
    assert final.state is RunState.CONVERGED and final.converged
    assert final.stop_reason is StopReason.GAP
    assert final.coef_gap <= 1e-6 and final.loss_gap <= 1e-6
    first = receiver.snapshots[0]
    assert first.iteration == 0 and first.coef_gap == 1.0  # θ = 0: 100 % off
    assert all(not s.final for s in receiver.snapshots[:-1])
    assert all(s.stop_reason is None for s in receiver.snapshots[:-1])


def test_a_rule_that_fires_outside_the_tolerance_ends_stopped_early(
    qtbot: QtBot,
) -> None:
    run = make_run(max_iter=100_000, tol=1e-6, stop_on="loss")
    thread = TrainingThread(run, run_id=9)
    receiver = Receiver(thread)
    thread.start()
    final = finish(qtbot, thread, receiver)
    assert final.stop_reason is StopReason.LOSS
    assert final.state is RunState.STOPPED_EARLY and not final.converged
    assert final.coef_gap > 1e-6
    assert "loss-change rule stopped the run" in final.message


def test_stopped_by_the_user_says_so(qtbot: QtBot) -> None:
    thread = TrainingThread(make_run(), run_id=10, steps_per_second=50.0)
    receiver = Receiver(thread)
    thread.start()
    qtbot.waitUntil(lambda: len(receiver.snapshots) >= 3, timeout=WAIT_MS)
    thread.stop()
    final = finish(qtbot, thread, receiver)
    assert final.state is RunState.STOPPED and final.stop_reason is StopReason.USER
    assert final.coef_gap > 0 and not final.converged


def test_a_blow_up_names_the_iteration_the_final_snapshot_shows(qtbot: QtBot) -> None:
    thread = TrainingThread(make_run(learning_rate=5.0), run_id=11)
    receiver = Receiver(thread)
    thread.start()
    final = finish(qtbot, thread, receiver)
    assert final.stop_reason is StopReason.DIVERGED
    assert f"diverged at iteration {final.iteration}:" in final.message
    assert final.iterations[-1] == final.iteration
