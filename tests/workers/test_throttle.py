"""The snapshot throttle, with a fake clock."""

from __future__ import annotations

from linreg_gui.workers.throttle import SnapshotThrottle


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
