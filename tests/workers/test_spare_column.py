"""The spare column a large data set's next cell edit copies into."""

from __future__ import annotations

import time

import numpy as np

from linreg_gui.workers.spare_column import MIN_ROWS, SpareColumn


def _ready(spare: SpareColumn, n_rows: int, timeout: float = 10.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        taken = spare.take(n_rows)
        if taken is not None:
            return taken
        time.sleep(0.01)
    return None


def test_a_spare_is_made_for_large_data_only_and_taken_once() -> None:
    spare = SpareColumn()
    spare.prepare(MIN_ROWS - 1)
    time.sleep(0.05)
    assert spare.take(MIN_ROWS - 1) is None  # small data: a copy is fast
    spare.prepare(MIN_ROWS)
    spare.prepare(MIN_ROWS)  # asked twice while it is made: one thread
    taken = _ready(spare, MIN_ROWS)
    assert taken is not None and taken.shape == (MIN_ROWS,)
    assert taken.dtype == np.float64 and taken.flags.writeable
    assert spare.take(MIN_ROWS) is None  # it is the caller's now


def test_a_spare_of_another_length_is_not_given() -> None:
    spare = SpareColumn()
    spare.prepare(MIN_ROWS)
    assert _ready(spare, MIN_ROWS) is not None
    spare.prepare(MIN_ROWS)
    time.sleep(0.2)
    assert spare.take(MIN_ROWS + 1) is None  # the data set grew by a row
    spare.prepare(MIN_ROWS + 1)
    assert _ready(spare, MIN_ROWS + 1) is not None
    # A smaller data set drops the spare rather than keep 8 MB for nothing.
    spare.prepare(MIN_ROWS)
    spare.prepare(10)
    time.sleep(0.2)
    assert spare.take(MIN_ROWS) is None
