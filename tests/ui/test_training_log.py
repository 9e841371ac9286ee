"""The history log a snapshot carries: every k-th iteration, the newest kept."""

from __future__ import annotations

import numpy as np

from linreg_gui.workers.training import MAX_LOG_ROWS, _history_log


def test_multiples_of_k_with_their_losses() -> None:
    iterations = np.arange(7, 38)
    losses = iterations * 0.5
    log, skipped = _history_log(iterations, losses, None, 10)
    assert log == ((10, 5.0, None), (20, 10.0, None), (30, 15.0, None))
    assert skipped == 0


def test_only_the_newest_rows_are_kept_and_the_rest_counted() -> None:
    iterations = np.arange(0, 100_000)
    losses = np.linspace(1, 0, iterations.size)
    tests = losses + 1
    log, skipped = _history_log(iterations, losses, tests, 10)
    assert len(log) == MAX_LOG_ROWS
    assert skipped == 10_000 - MAX_LOG_ROWS
    assert log[-1] == (99_990, float(losses[99_990]), float(tests[99_990]))
    assert [row[0] for row in log] == list(
        range(100_000 - 10 * MAX_LOG_ROWS, 100_000, 10)
    )


def test_iterations_with_gaps_fall_back_to_checking_each() -> None:
    iterations = np.array([3, 4, 5, 20, 21, 30])
    log, skipped = _history_log(iterations, iterations * 1.0, None, 10)
    assert [row[0] for row in log] == [20, 30]
    assert skipped == 0


def test_nothing_to_log() -> None:
    assert _history_log(np.arange(11, 19), np.zeros(8), None, 10) == ((), 0)
    assert _history_log(np.arange(0, 50), np.zeros(50), None, 0) == ((), 0)
    assert _history_log(np.zeros(0, np.int64), np.zeros(0), None, 10) == ((), 0)
