"""The snapshot throttle, with a fake clock."""

from __future__ import annotations

import pytest

from linreg_gui.workers.throttle import (
    MAX_BLOCK,
    Interval,
    SnapshotThrottle,
    next_block_size,
)


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_at_most_max_rate_and_only_after_acknowledgement() -> None:
    clock = Clock()
    throttle = SnapshotThrottle(max_rate=60, clock=clock, busy_factor=0)
    assert throttle.ready()
    throttle.sent()
    clock.now = 1.0
    assert not throttle.ready()  # not acknowledged yet, however long it waits
    throttle.acknowledge()
    assert throttle.ready()
    throttle.sent()
    throttle.acknowledge()
    clock.now = 1.0 + 1 / 120
    assert not throttle.ready()  # acknowledged but sooner than 1/60 s
    clock.now = 1.0 + 1 / 60
    assert throttle.ready()


def test_a_slow_receiver_gets_fewer_snapshots_but_never_none() -> None:
    clock = Clock()
    throttle = SnapshotThrottle(
        max_rate=60, clock=clock, busy_factor=3, longest_wait=0.1
    )
    throttle.sent()
    clock.now = 0.020  # the window needed 20 ms for that frame
    throttle.acknowledge()
    clock.now = 0.020 + 0.059
    assert not throttle.ready()  # waits three round trips
    clock.now = 0.020 + 0.061
    assert throttle.ready()
    throttle.sent()
    clock.now += 0.5  # a very slow frame
    throttle.acknowledge()
    clock.now += 0.099
    assert not throttle.ready()
    clock.now += 0.002
    assert throttle.ready()  # but never waits longer than longest_wait


def test_slow_motion_paces_steps_and_waits_for_each_to_be_drawn() -> None:
    clock = Clock()
    throttle = SnapshotThrottle(max_rate=60, clock=clock, steps_per_second=5.0)
    assert throttle.slow_motion and throttle.may_send()
    assert throttle.step_wait() == 0.0  # the first step is due at once
    throttle.stepped()
    throttle.sent()
    assert throttle.step_wait() is None  # not drawn yet: wait for the window
    clock.now = 0.05
    throttle.acknowledge()
    assert throttle.step_wait() == pytest.approx(0.15)  # 1/5 s after the last
    clock.now = 0.2
    assert throttle.step_wait() == 0.0
    throttle.set_speed(None)  # full speed: never waits
    assert throttle.full_speed and throttle.step_wait() == 0.0


def test_fast_animation_is_paced_but_sends_at_the_frame_rate() -> None:
    clock = Clock()
    throttle = SnapshotThrottle(max_rate=60, clock=clock, steps_per_second=1000.0)
    assert not throttle.slow_motion
    throttle.stepped()
    throttle.sent()
    assert throttle.step_wait() == pytest.approx(0.001)  # no wait for the window
    assert not throttle.may_send()
    throttle.restart_pace()
    assert throttle.step_wait() == 0.0


def test_text_refreshes_at_most_once_an_interval_unless_forced() -> None:
    clock = Clock()
    interval = Interval(0.1, clock=clock)
    assert interval.due()
    clock.now = 0.05
    assert not interval.due()
    assert interval.due(force=True)
    clock.now = 0.1
    assert not interval.due()
    clock.now = 0.16
    assert interval.due()
    interval.reset()
    assert interval.due()


def test_blocks_grow_to_about_two_milliseconds_and_no_further() -> None:
    assert next_block_size(64, 0.0) == 128
    assert next_block_size(64, 0.001) == 128  # at most doubles
    assert next_block_size(1000, 0.004) == 500
    assert next_block_size(4, 1.0) == 1
    assert next_block_size(MAX_BLOCK, 1e-6) == MAX_BLOCK
