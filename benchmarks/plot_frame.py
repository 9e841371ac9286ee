"""Plot frames while gradient descent runs: does the line move without redrawing data?

Three questions, each answered against what one would write with plain pyqtgraph
(same process, interleaved rounds, medians):

* ``frame``: one frame that only moves the regression line (``DataPlot.set_fit``
  plus the repaint it causes) with 10³, 10⁵ and 10⁶ points on screen.
  Baseline: a ``ScatterPlotItem`` (one brush, no per-point styling) and a line in a
  ``PlotWidget``.                                           [target ≤ 2 ms]
* ``points``: ``DataPlot.set_points`` (building the scatter) and the first draw,
  and a re-draw after the view changes (pan/zoom), against ``ScatterPlotItem``.
                                                   [target set_points(10⁶) < 1 s]
* ``loss``: ``LossPlot.append`` called with batches of 1,000 points, as a worker
  sends them up to 60 times a second, to 10⁶ points in all; per-call cost of the
  append alone and of the append plus the repaint, early and late in the run.
  Baseline: a ``PlotDataItem`` given the whole concatenated series on each call,
  with pyqtgraph's auto-range, peak downsampling and clip-to-view (10⁵ points:
  it is too slow to take further).            [target: append ≤ 5 ms at 10⁶ points]

A frame is timed from the ``set_fit`` call until the event loop has painted
(``processEvents``), which is what the window pays: the scene repaints only the
region the line swept.  Run offscreen (the default here) or under a virtual
screen (``xvfb-run -a python benchmarks/plot_frame.py``) to include X11 flushing.

    python benchmarks/plot_frame.py [--quick] [--only frame|points|loss]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PARTS = ("frame", "points", "loss")
FRAME_TARGET = 2e-3  # seconds per line-only frame
POINTS_TARGET = 1.0  # seconds for set_points at 10^6
APPEND_TARGET = 5e-3  # seconds per LossPlot.append late in a 10^6-point run
SIZE = (900, 600)
SEED = 20240611


# ---------------------------------------------------------------------- helpers


def fmt_seconds(value: float) -> str:
    if not np.isfinite(value):
        return "—"
    if value < 1e-3:
        return f"{value * 1e6:.0f} µs"
    if value < 1:
        return f"{value * 1e3:.2f} ms"
    return f"{value:.2f} s"


def fmt_ratio(value: float) -> str:
    if not np.isfinite(value):
        return "—"
    return f"{value:,.0f}×" if value >= 100 else f"{value:.2f}×"


def verdict(meets: bool | None) -> str:
    if meets is None:
        return "info"
    return "meets" if meets else "MISSES"


def print_table(
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    notes: Sequence[str] = (),
) -> None:
    """A plain-text table: first column left-aligned, the others right-aligned."""
    widths = [
        max(len(headers[i]), *(len(row[i]) for row in rows))
        for i in range(len(headers))
    ]

    def line(cells: Sequence[str]) -> str:
        return " | ".join(
            cell.ljust(w) if i == 0 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(cells, widths, strict=True))
        )

    print()
    print(title)
    print("=" * len(title))
    print(line(headers))
    print("-+-".join("-" * w for w in widths))
    for row in rows:
        print(line(row))
    for note in notes:
        print(f"  {note}")
    sys.stdout.flush()


def interleave(
    baseline: Callable[[], float] | None, app: Callable[[], float], repeats: int
) -> tuple[list[float], list[float]]:
    """Alternate baseline and app measurements (order flips every round)."""
    base: list[float] = []
    mine: list[float] = []
    for i in range(repeats):
        if baseline is None:
            mine.append(app())
        elif i % 2 == 0:
            base.append(baseline())
            mine.append(app())
        else:
            mine.append(app())
            base.append(baseline())
    return base, mine


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def line_data(n: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(SEED)
    x = rng.normal(size=n)
    return x, 4.0 + 3.0 * x + rng.normal(size=n)


# ---------------------------------------------------------------------- plots


class Stage:
    """The Qt objects the benchmarks share (created after QApplication)."""

    def __init__(self) -> None:
        from PySide6.QtWidgets import QApplication

        self.app = QApplication.instance() or QApplication([])

    def settle(self) -> None:
        for _ in range(3):
            self.app.processEvents()


def baseline_data_plot(stage: Stage, x: np.ndarray, y: np.ndarray) -> object:
    """What one writes with plain pyqtgraph: ScatterPlotItem plus a line."""
    import pyqtgraph as pg

    widget = pg.PlotWidget(background="w")
    widget.resize(*SIZE)
    widget.show()
    view = widget.getPlotItem().getViewBox()
    view.disableAutoRange()
    view.setRange(xRange=(x.min(), x.max()), yRange=(y.min(), y.max()))
    scatter = pg.ScatterPlotItem(
        x=x, y=y, pen=None, brush=pg.mkBrush(0, 114, 178, 150), size=5
    )
    widget.addItem(scatter)
    line = pg.PlotDataItem(pen=pg.mkPen("r", width=3), antialias=True)
    widget.addItem(line, ignoreBounds=True)
    widget.set_fit = line.setData  # type: ignore[attr-defined]
    stage.settle()
    return widget


def app_data_plot(stage: Stage, x: np.ndarray, y: np.ndarray) -> object:
    from linreg_gui.ui.plots.data_plot import DataPlot

    plot = DataPlot()
    plot.resize(*SIZE)
    plot.show()
    plot.set_points(x, y, x_label="x", y_label="y")
    stage.settle()
    return plot


def frame_timer(
    stage: Stage,
    plot: object,
    frames: int,
    cpu: list[float] | None = None,
    windows: Sequence[object] = (),
) -> Callable[[], float]:
    """Median wall seconds of a frame that moves only the line.

    ``cpu`` collects the median CPU seconds of this thread per frame as well:
    on a shared machine, wall time also counts the time other jobs held the
    core, CPU time only this frame's own work.
    """
    xs = np.array([-4.0, 4.0])
    k = [0]

    def measure() -> float:
        # Only the measured window is shown: offscreen, windows overlap, and a
        # repaint of one can make the other repaint too.
        for window in windows:
            window.setVisible(window is plot)  # type: ignore[attr-defined]
        stage.settle()
        walls, cpus = [], []
        for _ in range(frames):
            k[0] += 1
            slope = 3.0 + 0.5 * np.sin(k[0] / 7)
            start, start_cpu = time.perf_counter(), time.thread_time()
            plot.set_fit(xs, 4.0 + slope * xs)  # type: ignore[attr-defined]
            stage.app.processEvents()
            walls.append(time.perf_counter() - start)
            cpus.append(time.thread_time() - start_cpu)
        if cpu is not None:
            cpu.append(statistics.median(cpus))
        return statistics.median(walls)

    measure()  # warm-up: first paints, axis widths settle
    if cpu is not None:
        cpu.clear()
    return measure


def bench_frame(stage: Stage, quick: bool) -> None:
    sizes = (10**3, 10**5, 10**6)
    repeats, frames = (3, 20) if quick else (5, 40)
    # Warm up Qt and NumPy (glyph caches, first allocations) before any row.
    warm = app_data_plot(stage, *line_data(100))
    frame_timer(stage, warm, 30)()
    warm.close()  # type: ignore[attr-defined]
    warm.deleteLater()  # type: ignore[attr-defined]
    stage.settle()
    rows = []
    for n in sizes:
        x, y = line_data(n)
        app = app_data_plot(stage, x, y)
        app.set_fit(np.array([-4.0, 4.0]), np.array([0.0, 1.0]))  # type: ignore[attr-defined]
        stage.settle()
        with_baseline = not (quick and n > 10**5)
        base = baseline_data_plot(stage, x, y) if with_baseline else None
        b_cpu: list[float] = []
        a_cpu: list[float] = []
        windows = [w for w in (app, base) if w is not None]
        b, a = interleave(
            frame_timer(stage, base, max(frames // 4, 3), b_cpu, windows)
            if base
            else None,
            frame_timer(stage, app, frames, a_cpu, windows),
            repeats,
        )
        ratio = median(a) / median(b) if b else float("nan")
        rows.append(
            [
                f"N = 10^{round(np.log10(n))}",
                fmt_seconds(median(b)),
                fmt_seconds(median(a)),
                fmt_ratio(ratio),
                fmt_seconds(median(b_cpu)),
                fmt_seconds(median(a_cpu)),
                "≤ 2 ms",
                verdict(median(a) <= FRAME_TARGET),
            ]
        )
        for w in (app, base):
            if w is not None:
                w.close()  # type: ignore[attr-defined]
                w.deleteLater()  # type: ignore[attr-defined]
        stage.settle()
    print_table(
        "Line-only frame (set_fit + repaint), median per frame",
        [
            "points",
            "ScatterPlotItem",
            "DataPlot",
            "ratio",
            "cpu (base)",
            "cpu",
            "target",
            "verdict",
        ],
        rows,
        [
            "baseline: pyqtgraph ScatterPlotItem, one brush, redrawn under the line",
            "DataPlot: the dots are a cached raster; the frame blits it",
            "cpu: this thread's CPU time per frame (wall time minus waiting for a core)",
            *(["(--quick: no baseline at 10^6)"] if quick else []),
        ],
    )


def points_case(stage: Stage, n: int, repeats: int, with_baseline: bool) -> list[str]:
    """One row of the ``points`` table."""
    import pyqtgraph as pg

    from linreg_gui.ui.plots.data_plot import DataPlot

    x, y = line_data(n)
    plot = DataPlot()
    plot.resize(*SIZE)
    plot.show()
    widget = pg.PlotWidget(background="w")
    widget.resize(*SIZE)
    widget.show()
    stage.settle()
    held: list[object] = []

    def build_baseline() -> float:
        for old in held:
            widget.removeItem(old)
        held.clear()
        start = time.perf_counter()
        item = pg.ScatterPlotItem(
            x=x, y=y, pen=None, brush=pg.mkBrush(0, 114, 178, 150), size=5
        )
        widget.addItem(item)
        held.append(item)
        return time.perf_counter() - start

    def build_app() -> float:
        start = time.perf_counter()
        plot.set_points(x, y, x_label="x", y_label="y")
        return time.perf_counter() - start

    def draw() -> float:
        start = time.perf_counter()
        stage.app.processEvents()
        return time.perf_counter() - start

    b_set: list[float] = []
    a_set: list[float] = []
    b_draw: list[float] = []
    a_draw: list[float] = []
    for i in range(repeats):
        sides = [(build_app, a_set, a_draw)]
        if with_baseline:
            sides.append((build_baseline, b_set, b_draw))
        if i % 2:
            sides.reverse()
        for build, sets, draws in sides:
            sets.append(build())
            draws.append(draw())
    # A redraw after the view moves (a pan): no cached rendering applies.  Only
    # the measured window is shown (offscreen, windows overlap and one window's
    # repaint can make the other repaint too).
    b_pan: list[float] = []
    a_pan: list[float] = []
    targets = [(plot, plot.plot_widget(), a_pan)]
    if with_baseline:
        targets.append((widget, widget, b_pan))
    for i in range(repeats):
        for window, target, store in targets:
            for other, _, _ in targets:
                other.setVisible(other is window)
            stage.settle()
            view = target.getPlotItem().getViewBox()
            (x0, x1), _ = view.viewRange()
            shift = 0.01 * (x1 - x0) * (1 if i % 2 else -1)
            view.setRange(xRange=(x0 + shift, x1 + shift), padding=0)
            store.append(draw())
    for w in (plot, widget):
        w.close()
        w.deleteLater()
    stage.settle()
    return [
        f"N = 10^{round(np.log10(n))}",
        fmt_seconds(median(b_set)),
        fmt_seconds(median(a_set)),
        fmt_seconds(median(b_draw)),
        fmt_seconds(median(a_draw)),
        fmt_seconds(median(b_pan)),
        fmt_seconds(median(a_pan)),
        "< 1 s" if n == 10**6 else "",
        verdict(median(a_set) < POINTS_TARGET if n == 10**6 else None),
    ]


def bench_points(stage: Stage, quick: bool) -> None:
    repeats = 3 if quick else 5
    rows = [
        points_case(stage, n, repeats, with_baseline=not (quick and n > 10**5))
        for n in (10**3, 10**5, 10**6)
    ]
    print_table(
        "Showing the data: build the scatter, first draw, redraw after a pan",
        [
            "points",
            "build (base)",
            "set_points",
            "1st draw (base)",
            "1st draw",
            "pan (base)",
            "pan",
            "target",
            "verdict",
        ],
        rows,
        [
            "base = pyqtgraph ScatterPlotItem (one brush); app = DataPlot",
            "draw = processEvents after the change, i.e. everything the window paints",
            *(["(--quick: no baseline at 10^6)"] if quick else []),
        ],
    )


def bench_loss(stage: Stage, quick: bool) -> None:
    import pyqtgraph as pg

    from linreg_gui.ui.plots.loss_plot import LossPlot

    batch = 1000
    total = 2 * 10**5 if quick else 10**6
    base_total = 5 * 10**4 if quick else 10**5
    it = np.arange(total)
    rng = np.random.default_rng(SEED)
    loss = 1.0 / (1.0 + it * 1e-3) + 0.05 * np.abs(rng.normal(size=total))
    test = loss * 1.1

    def run_app(n_total: int) -> tuple[np.ndarray, np.ndarray]:
        plot = LossPlot()
        plot.resize(*SIZE)
        plot.show()
        stage.settle()
        appends, frames = [], []
        for k in range(n_total // batch):
            s = slice(k * batch, (k + 1) * batch)
            t0 = time.perf_counter()
            plot.append(it[s], loss[s], test[s])
            t1 = time.perf_counter()
            stage.app.processEvents()
            appends.append(t1 - t0)
            frames.append(time.perf_counter() - t0)
        plot.close()
        plot.deleteLater()
        stage.settle()
        return np.array(appends), np.array(frames)

    def run_base(n_total: int) -> tuple[np.ndarray, np.ndarray]:
        widget = pg.PlotWidget(background="w")
        widget.resize(*SIZE)
        widget.show()
        item = widget.getPlotItem()
        train = item.plot(pen=pg.mkPen((0, 114, 178), width=1), antialias=True)
        val = item.plot(pen=pg.mkPen((230, 159, 0), width=1), antialias=True)
        item.setDownsampling(auto=True, mode="peak")
        item.setClipToView(True)
        stage.settle()
        xs = np.empty(0, dtype=np.int64)
        ys = np.empty(0)
        ts = np.empty(0)
        appends, frames = [], []
        for k in range(n_total // batch):
            s = slice(k * batch, (k + 1) * batch)
            t0 = time.perf_counter()
            xs = np.concatenate([xs, it[s]])
            ys = np.concatenate([ys, loss[s]])
            ts = np.concatenate([ts, test[s]])
            train.setData(xs, ys)
            val.setData(xs, ts)
            t1 = time.perf_counter()
            stage.app.processEvents()
            appends.append(t1 - t0)
            frames.append(time.perf_counter() - t0)
        widget.close()
        widget.deleteLater()
        stage.settle()
        return np.array(appends), np.array(frames)

    def late(values: np.ndarray) -> float:
        return float(np.median(values[-50:]))

    rounds = 1 if quick else 2
    base_runs = []
    app_runs = []
    for i in range(rounds):
        pair = [
            lambda: base_runs.append(run_base(base_total)),
            lambda: app_runs.append(run_app(total)),
        ]
        for action in pair if i % 2 == 0 else reversed(pair):
            action()
    b_app, b_frame = base_runs[-1]
    a_app = np.median([r[0] for r in app_runs], axis=0)
    a_frame = np.median([r[1] for r in app_runs], axis=0)
    n_base = base_total // batch
    rows = [
        [
            f"at {base_total:,} points",
            fmt_seconds(late(b_app)),
            fmt_seconds(float(np.median(a_app[n_base - 50 : n_base]))),
            fmt_seconds(late(b_frame)),
            fmt_seconds(float(np.median(a_frame[n_base - 50 : n_base]))),
            "",
            "info",
        ],
        [
            f"at {total:,} points",
            "—",
            fmt_seconds(late(a_app)),
            "—",
            fmt_seconds(late(a_frame)),
            "append ≤ 5 ms",
            verdict(late(a_app) <= APPEND_TARGET),
        ],
        [
            "whole run, p95",
            "—",
            fmt_seconds(float(np.percentile(a_app, 95))),
            "—",
            fmt_seconds(float(np.percentile(a_frame, 95))),
            "",
            "info",
        ],
    ]
    print_table(
        f"LossPlot.append, {batch:,} points per call (train + test), per call",
        [
            "when",
            "append (base)",
            "append",
            "append+paint (base)",
            "append+paint",
            "target",
            "verdict",
        ],
        rows,
        [
            "median of the 50 calls before that point; base = whole series to",
            "PlotDataItem.setData each call, pyqtgraph auto-range and downsampling",
            f"60 calls/s at the 'append+paint' cost uses that share of a second: "
            f"{60 * late(a_frame):.0%} at {total:,} points",
        ],
    )


def main(quick: bool = False, only: str | None = None) -> int:
    """Print the tables; ``only`` is one of :data:`PARTS`."""
    parts = PARTS if only is None else (only,)
    unknown = set(parts) - set(PARTS)
    if unknown:
        print(f"plot_frame: unknown part {sorted(unknown)}; choose from {PARTS}")
        return 2
    stage = Stage()
    from PySide6.QtGui import QGuiApplication

    print(
        f"Qt platform: {QGuiApplication.platformName()}, "
        f"window {SIZE[0]}×{SIZE[1]}, {'quick' if quick else 'full'} mode"
    )
    for part in parts:
        {"frame": bench_frame, "points": bench_points, "loss": bench_loss}[part](
            stage, quick
        )
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only", choices=PARTS)
    args = parser.parse_args()
    sys.exit(main(quick=args.quick, only=args.only))
