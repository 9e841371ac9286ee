"""A growing (x, y) series that knows what to draw of itself at any zoom.

The loss curve gains up to thousands of points 60 times a second and may reach
millions.  Drawing more than about two points per pixel column only costs time,
so :class:`PeakSeries` keeps, next to the raw values, the minimum and maximum of
every block of 4, 16, 64, … consecutive points, updated incrementally as points
arrive (work proportional to the new points, not to the whole series).  For a
view it picks the coarsest level that still gives about one block per pixel and
hands out the visible blocks' (max, min) pairs: the same "peak" picture
pyqtgraph's downsampling draws, with every spike kept, in O(pixels) per frame.

This is about drawing, not about the model: the values are the caller's, and
:attr:`PeakSeries.x` / :attr:`PeakSeries.y` return them untouched.

pyqtgraph's own peak downsampling does the same over the whole series at every
paint.  With it in place of this class (doubling buffers handed whole to the
curves, everything else LossPlot's), a frame that appends 1,000 losses at 10⁶
points costs 8.20 ms against 3.56 ms (2.3×; 1.9-2.3× over three runs of
``benchmarks/plot_frame.py --quick``, ``loss``), and the gap grows with the run.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable

import numpy as np
from numpy.typing import DTypeLike, NDArray

#: Points per block from one level to the next.
FAN = 4


class GrowingArray:
    """A 1-D array in a buffer that doubles when full."""

    def __init__(self, dtype: DTypeLike = np.float64, capacity: int = 1024) -> None:
        self._data: NDArray[np.generic] = np.empty(max(capacity, 1), dtype=dtype)
        self._n = 0

    def __len__(self) -> int:
        return self._n

    @property
    def values(self) -> NDArray[np.generic]:
        """The values so far (a view: valid until the next change)."""
        return self._data[: self._n]

    @property
    def capacity(self) -> int:
        """Values the buffer holds before it next grows."""
        return int(self._data.size)

    def reserve(self, capacity: int) -> None:
        """Make room for ``capacity`` values now, so no later append has to copy
        the whole buffer (a 10⁷-point curve would stall the GUI for ~30 ms at
        each doubling).  Untouched pages cost no memory until used."""
        if capacity > self._data.size:
            grown = np.empty(capacity, dtype=self._data.dtype)
            grown[: self._n] = self._data[: self._n]
            self._data = grown

    def truncate(self, n: int) -> None:
        """Keep only the first ``n`` values."""
        self._n = min(self._n, max(n, 0))

    def extend(self, values: NDArray[np.generic]) -> None:
        """Append ``values``; integers stay integers until a float arrives."""
        m = values.size
        dtype = np.result_type(self._data.dtype, values.dtype)
        if dtype.kind not in "iuf":
            dtype = np.dtype(np.float64)
        need = self._n + m
        if need > self._data.size or dtype != self._data.dtype:
            capacity = self._data.size
            while capacity < need:
                capacity *= 2
            grown = np.empty(capacity, dtype=dtype)
            grown[: self._n] = self._data[: self._n]
            self._data = grown
        self._data[self._n : need] = values
        self._n = need


def _block_reduce(values: NDArray[np.float64], ufunc: np.ufunc) -> NDArray[np.float64]:
    """``ufunc`` over consecutive blocks of ``FAN`` values (the last may be short).

    Strided element-wise passes (``ufunc(v[0::4], v[1::4])`` …) instead of
    ``ufunc.reduceat``, whose per-block overhead dominates for blocks this small:
    about 10× faster on a million points.
    """
    n = values.size
    full = n - n % FAN
    out = np.array(values[0:full:FAN], dtype=np.float64)
    for offset in range(1, FAN):
        ufunc(out, values[offset:full:FAN], out=out)
    if full < n:
        out = np.append(out, ufunc.reduce(values[full:]))
    return out


def _continues(x: NDArray[np.generic], expected_first: int) -> bool:
    """Whether ``x`` is ``expected_first, expected_first + 1, …`` (checked at the
    ends: iterations of a run are consecutive by construction)."""
    if x.dtype.kind not in "iu":
        return False
    first, last = int(x[0]), int(x[-1])
    return first == expected_first and last - first == x.size - 1


class PeakSeries:
    """Appendable (x, y) points with min/max summaries for fast drawing.

    ``x`` should not decrease (iterations do not); if it ever does, drawing
    still works but no longer skips the points outside the view.

    Kept over pyqtgraph's own peak downsampling, with which a loss-plot frame at
    10⁶ points costs 1.9-2.3× as much (module docstring).
    """

    def __init__(self, capacity: int = 1024) -> None:
        self._x = GrowingArray(np.int64, capacity)
        self._y = GrowingArray(np.float64, capacity)
        # _levels[k] holds (min, max) of blocks of FAN ** (k + 1) points.
        self._levels: list[tuple[GrowingArray, GrowingArray]] = []
        self._sorted = True
        # While every x so far is start, start + 1, ... (iterations of a run),
        # x is not stored at all: one copy fewer per point, arithmetic lookups.
        self._implicit_start: int | None = 0

    def __len__(self) -> int:
        return len(self._y)

    @property
    def x(self) -> NDArray[np.generic]:
        """All x values so far (a view: valid until the next append)."""
        if self._implicit_start is not None:
            start = self._implicit_start
            return np.arange(start, start + len(self._y), dtype=np.int64)
        return self._x.values

    @property
    def y(self) -> NDArray[np.float64]:
        """All y values so far (a view: valid until the next append)."""
        return self._y.values  # type: ignore[return-value]

    @property
    def capacity(self) -> int:
        """Points the raw buffers hold before they next grow."""
        return self._y.capacity

    @property
    def levels(self) -> int:
        """How many summary levels exist (for tests and benchmarks)."""
        return len(self._levels)

    def clear(self, expected: int = 0) -> None:
        """Forget all points (buffers are kept for the next run).

        ``expected`` points will arrive (e.g. max iterations + 1): room for
        them, and for their summaries, is made at once.
        """
        self._x.truncate(0)
        self._y.truncate(0)
        for lo, hi in self._levels:
            lo.truncate(0)
            hi.truncate(0)
        self._sorted = True
        self._implicit_start = 0
        if expected > 0:
            self._y.reserve(expected)
            size, k = expected // FAN + 1, 0
            while size > 1:
                if k == len(self._levels):
                    self._levels.append((GrowingArray(), GrowingArray()))
                self._levels[k][0].reserve(size)
                self._levels[k][1].reserve(size)
                size, k = size // FAN + 1, k + 1

    def append(self, x: NDArray[np.generic], y: NDArray[np.float64]) -> None:
        """Add points at the end and bring the summaries up to date."""
        if x.size == 0:
            return
        start = len(self._y)
        if self._implicit_start is not None:
            first = self._implicit_start if start else int(x[0])
            if _continues(x, first + start):
                self._implicit_start = first
                self._y.extend(y)
                self._update_levels(start)
                return
            # Not a plain count any more: store x from now on.
            self._x.truncate(0)
            self._x.extend(np.arange(first, first + start, dtype=np.int64))
            self._implicit_start = None
        if self._sorted:
            last = self._x.values[-1:]
            steps_back = np.any(x[1:] < x[:-1]) or (last.size and x[0] < last[0])
            self._sorted = not bool(steps_back)
        self._x.extend(x)
        self._y.extend(y)
        self._update_levels(start)

    def _update_levels(self, start: int) -> None:
        """Recompute the blocks that contain points from index ``start`` on."""
        child_lo = child_hi = self._y.values
        changed = start
        k = 0
        while child_lo.size > FAN:
            if k == len(self._levels):
                self._levels.append((GrowingArray(), GrowingArray()))
            lo, hi = self._levels[k]
            # From the first block a changed child falls in, or from the end of
            # what this level holds if that is earlier: a level made (or
            # emptied by clear) when its children already filled a block has
            # to summarise those too.
            first = min(changed // FAN, len(lo), len(hi))
            chunk = slice(first * FAN, child_lo.size)
            lo.truncate(first)
            hi.truncate(first)
            # fmin/fmax skip NaN, so one failed step does not blank a whole block.
            lo.extend(_block_reduce(child_lo[chunk], np.fmin))
            hi.extend(_block_reduce(child_hi[chunk], np.fmax))
            child_lo, child_hi = lo.values, hi.values
            changed = first
            k += 1

    def display(
        self, x_lo: float, x_hi: float, pixels: float
    ) -> tuple[NDArray[np.generic], NDArray[np.float64]]:
        """What to draw for the view ``[x_lo, x_hi]`` that is ``pixels`` wide.

        At most about ``2 * pixels`` points (plus the neighbours just outside
        the view, so the line reaches its edges): raw points when they are few
        enough, otherwise each block's maximum and minimum at the block's centre.
        """
        y = self._y.values
        n = y.size
        i0, i1 = 0, n
        implicit = self._implicit_start
        if implicit is not None and n and math.isfinite(x_lo) and math.isfinite(x_hi):
            i0 = min(max(math.floor(x_lo) - implicit - 1, 0), n)
            i1 = max(min(math.ceil(x_hi) - implicit + 2, n), i0)
            budget = max(int(pixels), 16)
            if i1 - i0 <= 2 * budget:
                return np.arange(implicit + i0, implicit + i1, dtype=np.int64), y[i0:i1]
            return self._summary(i0, i1, budget, lambda idx: idx + implicit)
        x = self.x
        if self._sorted and n:
            # bisect, not np.searchsorted: a float key on an integer array makes
            # NumPy convert the whole array first (milliseconds at 10^6 points).
            i0 = max(bisect.bisect_left(x, x_lo) - 1, 0)
            i1 = min(bisect.bisect_right(x, x_hi) + 1, n)
        budget = max(int(pixels), 16)
        if i1 - i0 <= 2 * budget:
            return x[i0:i1], y[i0:i1]
        return self._summary(i0, i1, budget, lambda idx: x[idx])

    def _summary(
        self,
        i0: int,
        i1: int,
        budget: int,
        x_at: Callable[[NDArray[np.intp]], NDArray[np.generic]],
    ) -> tuple[NDArray[np.generic], NDArray[np.float64]]:
        """Each block's (max, min) at its centre, at the coarsest level that
        still gives about one block per pixel."""
        n = len(self._y)
        k = 0
        size = FAN
        while (i1 - i0) / size > budget and k + 1 < len(self._levels):
            k += 1
            size *= FAN
        lo, hi = self._levels[k]
        b0, b1 = i0 // size, (i1 - 1) // size + 1
        centres = np.minimum(np.arange(b0, b1) * size + size // 2, n - 1)
        xs = np.repeat(x_at(centres), 2)
        ys = np.empty(xs.size, dtype=np.float64)
        ys[0::2] = hi.values[b0:b1]
        ys[1::2] = lo.values[b0:b1]
        return xs, ys
