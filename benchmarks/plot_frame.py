"""Plot frames while gradient descent runs: does the line move without redrawing data?

Every question is answered against what one would write with plain pyqtgraph
(same process, interleaved rounds, medians, the ratio of the medians) and checks
that both sides hold the same data (``max |Δ|``):

* ``frame``: one frame that only moves the regression line (``DataPlot.set_fit``
  plus the repaint it causes) in a plot mid-run: 10³, 10⁵ or 10⁶ points, the
  dashed least-squares line, a trail of 40 earlier lines and the grid.
  Baseline: the same picture from pyqtgraph's own items (``ScatterPlotItem`` with
  one brush, a ``PlotDataItem`` per line, ``showGrid``).       [target ≤ 2 ms]
* ``items``: the same frame with *one* of the app's own items swapped for
  pyqtgraph's (everything else as in the app), item by item: the dots, the
  cached raster, the moving line or curve, the trail (also a frame that adds a
  trail line) and the grid.  A custom item stays only where pyqtgraph's makes
  the frame miss the target and cost more than the app's; its docstring quotes
  this table.                                                  [target ≤ 2 ms]
* ``points``: ``DataPlot.set_points`` (building the scatter) and the first draw,
  and a re-draw after the view changes (pan/zoom), against ``ScatterPlotItem``.
                                                   [target set_points(10⁶) < 1 s]
* ``residuals``: ``ResidualPlot.set_residuals`` (points, hollow points for rows
  left out, rings round the 2σ outliers), first draw and a pan, against three
  ``ScatterPlotItem`` (one brush or one pen each).
                                                [target set_residuals(10⁶) < 1 s]
* ``loss``: ``LossPlot.append`` called with batches of 1,000 points, as a worker
  sends them up to 60 times a second, to 10⁶ points in all; per-call cost of the
  append alone and of the append plus the repaint, early and late in the run.
  Baseline: STYLE.md's pyqtgraph idiom, the series in NumPy buffers that double
  when full, handed to ``PlotDataItem.setData`` on each call, with pyqtgraph's
  auto-range, peak downsampling and clip-to-view.
                                              [target: append ≤ 5 ms at 10⁶ points]

A frame is timed from the ``set_fit`` call until the event loop has painted
(``processEvents``), which is what the window pays: the scene repaints only the
region the line swept.  Run offscreen (the default here) or under a virtual
screen (``xvfb-run -a python benchmarks/plot_frame.py``) to include X11 flushing.

    python benchmarks/plot_frame.py [--quick] [--only frame|items|points|residuals|loss]
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import time
from collections import deque
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PARTS = ("frame", "items", "points", "residuals", "loss")
FRAME_TARGET = 2e-3  # seconds per line-only frame
POINTS_TARGET = 1.0  # seconds for set_points / set_residuals at 10^6
APPEND_TARGET = 5e-3  # seconds per LossPlot.append late in a 10^6-point run
SIZE = (900, 600)
SEED = 20240611
TRAIL = 40  # lines in a full trail (DataPlot's TRAIL_MAX, checked below)
FIT_XS = np.array([-4.0, 4.0])

Picture = dict[str, list[np.ndarray]]


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


def fmt_delta(value: float) -> str:
    if not np.isfinite(value):
        return "—"
    return "0" if value == 0 else f"{value:.1e}"


def max_delta(a: Picture, b: Picture) -> float:
    """Largest difference between the arrays two sides hold (inf if shapes differ).

    Only the keys both pictures have are compared; NaN equals NaN.
    """
    worst = 0.0
    for key in a.keys() & b.keys():
        if len(a[key]) != len(b[key]):
            return math.inf
        for u, v in zip(a[key], b[key], strict=True):
            u = np.asarray(u, dtype=float)
            v = np.asarray(v, dtype=float)
            if u.shape != v.shape:
                return math.inf
            if u.size == 0:
                continue
            same = (u == v) | (np.isnan(u) & np.isnan(v))
            diff = np.where(same, 0.0, np.abs(u - v))
            worst = max(worst, float(np.nan_to_num(diff, nan=math.inf).max()))
    return worst


def trail_lines(count: int = TRAIL) -> list[tuple[np.ndarray, np.ndarray]]:
    """Earlier lines of a run creeping up on y = 4 + 3x, oldest first."""
    lines = []
    for k in range(count):
        t = 1.0 - 0.93 ** (k + 1)
        lines.append((FIT_XS.copy(), t * (4.0 + 3.0 * FIT_XS)))
    return lines


def reference_line() -> tuple[np.ndarray, np.ndarray]:
    return FIT_XS.copy(), 4.0 + 3.0 * FIT_XS


def fit_line(k: int, points: int = 2) -> tuple[np.ndarray, np.ndarray]:
    """The model at frame ``k``: a line (2 points) or a cubic curve wobbling
    about the answer (``fitted_curve`` draws polynomials with 400 points)."""
    slope = 3.0 + 0.5 * np.sin(k / 7)
    if points == 2:
        return FIT_XS.copy(), 4.0 + slope * FIT_XS
    xs = np.linspace(-4.0, 4.0, points)
    return xs, 4.0 + slope * xs + 0.05 * np.cos(k / 5) * xs**3


# ---------------------------------------------------------------------- plots


class Stage:
    """The Qt objects the benchmarks share (created after QApplication)."""

    def __init__(self) -> None:
        from PySide6.QtWidgets import QApplication

        self.app = QApplication.instance() or QApplication([])

    def settle(self) -> None:
        for _ in range(3):
            self.app.processEvents()


def close(stage: Stage, *widgets: object) -> None:
    for w in widgets:
        if w is not None:
            w.close()  # type: ignore[attr-defined]
            w.deleteLater()  # type: ignore[attr-defined]
    stage.settle()


def plain_curve(item: object, xs: np.ndarray, ys: np.ndarray, pen: object) -> object:
    """A line as pyqtgraph draws it: a ``PlotDataItem`` (dynamic-range clipping
    keeps a diverging line finite) that does not stretch "View all"."""
    import pyqtgraph as pg

    curve = pg.PlotDataItem(xs, ys, pen=pen, antialias=True)
    item.addItem(curve, ignoreBounds=True)  # type: ignore[attr-defined]
    return curve


def trail_pens(count: int) -> list[object]:
    """The trail's pens, oldest first: opacity falls geometrically with age."""
    from linreg_gui.ui.plots import style

    newest, oldest = style.TRAIL_ALPHA
    ratio = (oldest / newest) ** (1.0 / (TRAIL - 1))
    return [
        style.pen(style.FIT, style.TRAIL_WIDTH, alpha=newest * ratio ** (count - 1 - i))
        for i in range(count)
    ]


def plain_trail(
    item: object, lines: Sequence[tuple[np.ndarray, np.ndarray]]
) -> tuple[list[object], Callable[[np.ndarray, np.ndarray], None]]:
    """The trail from pyqtgraph's items: one ``PlotDataItem`` a line, its pen's
    alpha the line's opacity; adding a line moves every line one pen older."""
    kept = deque(lines, maxlen=TRAIL)
    curves = [
        plain_curve(item, xs, ys, pen)
        for (xs, ys), pen in zip(kept, trail_pens(len(kept)), strict=True)
    ]

    def add(xs: np.ndarray, ys: np.ndarray) -> None:
        kept.append((xs, ys))
        for curve, (lx, ly) in zip(curves, kept, strict=True):
            curve.setData(lx, ly)  # type: ignore[attr-defined]

    return curves, add


def trail_picture(curves: Sequence[object]) -> list[np.ndarray]:
    out: list[np.ndarray] = []
    for curve in curves:
        xs, ys = curve.getData()  # type: ignore[attr-defined]
        alpha = curve.opts["pen"].color().alphaF()  # type: ignore[attr-defined]
        out += [xs, ys, np.array([alpha])]
    return out


def app_picture(plot: object) -> Picture:
    """What a DataPlot holds: points, lines, the trail (oldest first, opacities)."""
    trail: list[np.ndarray] = []
    for xs, ys, opacity in plot.trail_lines()[::-1]:  # type: ignore[attr-defined]
        trail += [xs, ys, np.array([opacity])]
    return {
        "points": list(plot.scatter.getData()),  # type: ignore[attr-defined]
        "reference": list(plot.reference_curve.getData()),  # type: ignore[attr-defined]
        "fit": list(plot.fit_curve.getData()),  # type: ignore[attr-defined]
        "trail": trail,
    }


def baseline_data_plot(stage: Stage, x: np.ndarray, y: np.ndarray) -> object:
    """What one writes with plain pyqtgraph: a ScatterPlotItem with one brush, a
    PlotDataItem per line (the trail's opacity in its pens), ``showGrid``."""
    import pyqtgraph as pg

    from linreg_gui.ui.plots import style
    from linreg_gui.ui.plots.data_plot import padded_range

    widget = pg.PlotWidget(background="w")
    widget.resize(*SIZE)
    widget.show()
    item = widget.getPlotItem()
    item.showGrid(x=True, y=True, alpha=0.13)
    view = item.getViewBox()
    view.disableAutoRange()
    view.setRange(xRange=padded_range(x), yRange=padded_range(y), padding=0.0)
    d, a = style.point_style(x.size)
    scatter = pg.ScatterPlotItem(
        x=x, y=y, pen=None, brush=pg.mkBrush(style.color(style.DATA, a)), size=d
    )
    item.addItem(scatter)
    dashed = style.pen(style.REFERENCE, style.REFERENCE_WIDTH, dashed=True)
    reference = plain_curve(item, *reference_line(), dashed)
    trail, _ = plain_trail(item, trail_lines())
    fit = plain_curve(item, *fit_line(0), style.pen(style.FIT, style.FIT_WIDTH))
    widget.set_fit = fit.setData  # type: ignore[attr-defined]
    widget.picture = lambda: {  # type: ignore[attr-defined]
        "points": list(scatter.getData()),
        "reference": list(reference.getData()),  # type: ignore[attr-defined]
        "fit": list(fit.getData()),  # type: ignore[attr-defined]
        "trail": trail_picture(trail),
    }
    stage.settle()
    return widget


def app_data_plot(stage: Stage, x: np.ndarray, y: np.ndarray) -> object:
    """A DataPlot mid-run: the data, the least-squares line, a full trail, the model."""
    from linreg_gui.ui.plots.data_plot import TRAIL_MAX, DataPlot

    assert TRAIL_MAX == TRAIL, "the benchmark's trail length must be the app's"
    plot = DataPlot()
    plot.resize(*SIZE)
    plot.show()
    plot.set_points(x, y, x_label="x", y_label="y")
    plot.set_reference(*reference_line())
    for line in trail_lines():
        plot.add_trail(*line)
    plot.set_fit(*fit_line(0))
    stage.settle()
    return plot


def frame_timer(
    stage: Stage,
    plot: object,
    frames: int,
    cpu: list[float] | None = None,
    windows: Sequence[object] = (),
    action: Callable[[int], None] | None = None,
) -> Callable[[], float]:
    """Median wall seconds of a frame: ``action(k)`` (by default ``set_fit``, a
    move of the line only) and the repaint it causes.

    ``cpu`` collects the median CPU seconds of this thread per frame as well:
    on a shared machine, wall time also counts the time other jobs held the
    core, CPU time only this frame's own work.
    """
    k = [0]
    if action is None:

        def action(i: int) -> None:
            plot.set_fit(*fit_line(i))  # type: ignore[attr-defined]

    def measure() -> float:
        # Only the measured window is shown: offscreen, windows overlap, and a
        # repaint of one can make the other repaint too.
        for window in windows:
            window.setVisible(window is plot)  # type: ignore[attr-defined]
        stage.settle()
        walls, cpus = [], []
        for _ in range(frames):
            k[0] += 1
            start, start_cpu = time.perf_counter(), time.thread_time()
            action(k[0])
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


def warm_up(stage: Stage) -> None:
    """Qt and NumPy's first allocations, glyph caches, before any row."""
    warm = app_data_plot(stage, *line_data(100))
    frame_timer(stage, warm, 30)()
    close(stage, warm)


def bench_frame(stage: Stage, quick: bool) -> None:
    sizes = (10**3, 10**5, 10**6)
    repeats, frames = (3, 20) if quick else (5, 40)
    warm_up(stage)
    rows = []
    for n in sizes:
        x, y = line_data(n)
        app = app_data_plot(stage, x, y)
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
        delta = float("nan")
        if base is not None:
            for side in (app, base):
                side.set_fit(*fit_line(0))  # type: ignore[attr-defined]
            delta = max_delta(app_picture(app), base.picture())  # type: ignore[attr-defined]
        ratio = median(a) / median(b) if b else float("nan")
        rows.append(
            [
                f"N = 10^{round(np.log10(n))}",
                fmt_seconds(median(b)),
                fmt_seconds(median(a)),
                fmt_ratio(ratio),
                fmt_seconds(median(b_cpu)),
                fmt_seconds(median(a_cpu)),
                fmt_delta(delta),
                "≤ 2 ms",
                verdict(median(a) <= FRAME_TARGET),
            ]
        )
        close(stage, app, base)
    print_table(
        "Line-only frame mid-run (set_fit + repaint), median per frame",
        [
            "points",
            "pyqtgraph",
            "DataPlot",
            "ratio",
            "cpu (base)",
            "cpu",
            "max |Δ|",
            "target",
            "verdict",
        ],
        rows,
        [
            f"both: the points, the dashed least-squares line, {TRAIL} trail lines, grid",
            "baseline: ScatterPlotItem (one brush), a PlotDataItem a line, showGrid",
            "DataPlot: the app's items (see the 'items' table for each one's share)",
            "cpu: this thread's CPU time per frame (wall time minus waiting for a core)",
            "max |Δ|: the points, lines and trail opacities the two sides hold",
            *(["(--quick: no baseline at 10^6)"] if quick else []),
        ],
    )


# ---------------------------------------------------------------------- items


def cache_device(item: object) -> None:
    """Qt's own item cache: the item is repainted from a pixmap of its last paint."""
    from PySide6.QtWidgets import QGraphicsItem

    item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # type: ignore[attr-defined]


Check = Callable[[object], float]  # max |Δ| of a swapped plot against the app's


def swap_dots(plot: object, cached: bool) -> Check:
    """The data dots as a ScatterPlotItem with one brush (and the same look)."""
    import pyqtgraph as pg

    dots = plot.scatter  # type: ignore[attr-defined]
    color, diameter, opacity, _ = dots.style()
    color.setAlphaF(opacity)
    item = pg.ScatterPlotItem(
        *dots.getData(), pen=None, brush=pg.mkBrush(color), size=diameter
    )
    if cached:
        cache_device(item)
    item.setZValue(dots.zValue())
    dots.hide()
    plot.plot_item().addItem(item)  # type: ignore[attr-defined]
    return lambda app: max_delta({"points": list(item.getData())}, app_picture(app))


def swap_dots_image(plot: object) -> Check:
    """The app's own raster of the dots, shown by a pyqtgraph ImageItem.

    Rendered once for the current view (enough for a line-only frame; panning
    would need it rendered again).
    """
    import pyqtgraph as pg
    from PySide6 import QtCore

    from linreg_gui.ui.plots.raster import Frame

    dots = plot.scatter  # type: ignore[attr-defined]
    view = plot.plot_item().getViewBox()  # type: ignore[attr-defined]
    tr = dots.deviceTransform(plot.plot_widget().viewportTransform())  # type: ignore[attr-defined]
    target = tr.mapRect(view.viewRect())
    x0, y0 = math.floor(target.left()), math.floor(target.top())
    width = math.ceil(target.right()) - x0
    height = math.ceil(target.bottom()) - y0
    raster = dots.render(Frame(tr, x0, y0, width, height, 1.0, 1.0, False))
    bgra = pg.functions.ndarray_from_qimage(raster).astype(float)
    alpha = bgra[..., 3:]
    rgb = bgra[..., 2::-1] * 255.0 / np.maximum(alpha, 1.0)  # un-premultiply
    rgba = np.concatenate([rgb, alpha], axis=2).round().clip(0, 255).astype(np.uint8)
    image = pg.ImageItem(rgba[::-1], axisOrder="row-major")  # rows bottom-up
    inverse, _ = tr.inverted()
    image.setRect(inverse.mapRect(QtCore.QRectF(x0, y0, width, height)))
    image.setZValue(dots.zValue())
    dots.hide()
    plot.plot_item().addItem(image)  # type: ignore[attr-defined]
    return lambda app: float("nan")  # the same raster by construction


def swap_plain_dots(plot: object) -> Check:
    return swap_dots(plot, cached=False)


def swap_cached_dots(plot: object) -> Check:
    return swap_dots(plot, cached=True)


def swap_fit(plot: object) -> Check:
    """The moving line (or curve) as a PlotDataItem with the app's pen."""
    fit = plot.fit_curve  # type: ignore[attr-defined]
    curve = plain_curve(plot.plot_item(), *fit.getData(), fit.pen())  # type: ignore[attr-defined]
    curve.setZValue(fit.zValue())  # type: ignore[attr-defined]
    fit.hide()
    plot.set_fit = curve.setData  # type: ignore[attr-defined]
    return lambda app: max_delta({"fit": list(curve.getData())}, app_picture(app))  # type: ignore[attr-defined]


def swap_trail(plot: object, cached: bool) -> Check:
    """The trail as one PlotDataItem a line (opacity in the pen)."""
    trail = plot.trail_item  # type: ignore[attr-defined]
    kept = [(xs, ys) for xs, ys, _ in plot.trail_lines()[::-1]]  # type: ignore[attr-defined]
    curves, add = plain_trail(plot.plot_item(), kept)  # type: ignore[attr-defined]
    for curve in curves:
        curve.setZValue(trail.zValue())  # type: ignore[attr-defined]
        if cached:
            cache_device(curve.curve)  # type: ignore[attr-defined]
    trail.hide()
    plot.add_trail = add  # type: ignore[attr-defined]
    return lambda app: max_delta({"trail": trail_picture(curves)}, app_picture(app))


def swap_plain_trail(plot: object) -> Check:
    return swap_trail(plot, cached=False)


def swap_cached_trail(plot: object) -> Check:
    return swap_trail(plot, cached=True)


def drawn_grid(plot: object) -> list[np.ndarray]:
    """Scene positions of the grid lines pyqtgraph's axes draw (x, then y)."""
    from PySide6.QtGui import QImage, QPainter

    item = plot.plot_item()  # type: ignore[attr-defined]
    out = []
    for name, vertical in (("bottom", True), ("left", False)):
        axis = item.getAxis(name)
        scratch = QImage(8, 8, QImage.Format.Format_ARGB32)
        painter = QPainter(scratch)
        try:
            _, ticks, _ = axis.generateDrawSpecs(painter)
        finally:
            painter.end()
        at = [axis.mapToScene(p1) for _, p1, _ in ticks]
        out.append(np.array(sorted(p.x() if vertical else p.y() for p in at)))
    return out


def swap_grid(plot: object) -> Check:
    """The grid drawn by the axes (``showGrid``) instead of the view background.

    Checked: every grid line of the app (major and minor) is drawn by pyqtgraph's
    grid too, at the same place (pyqtgraph also draws a third, fainter level).
    """
    from linreg_gui.ui.plots.grid import GRID_ALPHA

    plot.plot_widget().set_grid_visible(False)  # type: ignore[attr-defined]
    plot.plot_item().showGrid(x=True, y=True, alpha=GRID_ALPHA[0])  # type: ignore[attr-defined]

    def check(app: object) -> float:
        lines = app.plot_widget().grid_lines()  # type: ignore[attr-defined]
        drawn = drawn_grid(plot)
        worst = 0.0
        for _, vertical, at in lines:
            there = drawn[0 if vertical else 1]
            gap = float(np.abs(there - at).min()) if there.size else math.inf
            worst = max(worst, gap)
        return worst

    return check


class ItemCase(NamedTuple):
    """One row of the ``items`` table."""

    ours: str  # the app's item
    theirs: str  # pyqtgraph's item that takes its place
    n: int  # points on the plot
    swap: Callable[[object], Check]
    kind: str = "line"  # what a frame does (see frame_action)
    slow: bool = False  # pyqtgraph's side takes tens of ms a frame: fewer frames
    glue: bool = False  # pyqtgraph's item alone does not do the job (see notes)


def item_cases(quick: bool) -> list[ItemCase]:
    dot_sizes = (10**3, 10**5) if quick else (10**3, 10**5, 10**6)
    big = 10**6
    trail = f"trail of {TRAIL}: TrailItem"
    added = "trail, +1 line a frame"
    return [
        *(
            ItemCase(
                "dots: DotCloudItem",
                "ScatterPlotItem",
                n,
                swap_plain_dots,
                slow=n > 10**3,
            )
            for n in dot_sizes
        ),
        *(
            ItemCase(
                "dots: DotCloudItem", "ScatterPlotItem + Qt cache", n, swap_cached_dots
            )
            for n in dot_sizes
        ),
        ItemCase(
            "raster: CachedImageItem",
            "ImageItem (same raster)",
            big,
            swap_dots_image,
            glue=True,
        ),
        ItemCase("model line: PolylineItem", "PlotDataItem", big, swap_fit),
        ItemCase(
            "model curve, 400 pts: PolylineItem", "PlotDataItem", big, swap_fit, "curve"
        ),
        ItemCase(trail, "PlotDataItem ×40", big, swap_plain_trail),
        ItemCase(trail, "PlotDataItem ×40 + Qt cache", big, swap_cached_trail),
        ItemCase(added, "PlotDataItem ×40", big, swap_plain_trail, "trail", slow=True),
        ItemCase(
            added,
            "PlotDataItem ×40 + Qt cache",
            big,
            swap_cached_trail,
            "trail",
            slow=True,
        ),
        ItemCase("grid: GridPlotWidget", "showGrid (axes cached)", big, swap_grid),
    ]


def frame_action(plot: object, kind: str) -> Callable[[int], None]:
    """What a frame does: move the line, move a 400-point curve, or add a trail
    line and move the line (as a run does a few times a second)."""
    if kind == "curve":
        return lambda k: plot.set_fit(*fit_line(k, 400))  # type: ignore[attr-defined]
    if kind == "trail":

        def step(k: int) -> None:
            plot.add_trail(*fit_line(k))  # type: ignore[attr-defined]
            plot.set_fit(*fit_line(k))  # type: ignore[attr-defined]

        return step
    return lambda k: plot.set_fit(*fit_line(k))  # type: ignore[attr-defined]


#: pyqtgraph's item is enough when the frame with it costs at most this much
#: more CPU time than the app's (on a busy machine, CPU time is the steadier).
AS_CHEAP = 1.10


def slow_frames(case: ItemCase, frames: int) -> int:
    """Frames per measurement for pyqtgraph's side when it is slow: a quarter,
    and three for a ScatterPlotItem of 10⁶ points (about a second a frame)."""
    if "ScatterPlotItem" in case.theirs and case.n >= 10**6:
        return 3
    return max(frames // 4, 3)


def bench_items(stage: Stage, quick: bool) -> None:
    repeats, frames = (3, 16) if quick else (5, 40)
    warm_up(stage)
    rows = []
    apps: dict[int, object] = {}
    for case in item_cases(quick):
        x, y = line_data(case.n)
        if case.n not in apps:
            for old in apps.values():
                close(stage, old)
            apps = {case.n: app_data_plot(stage, x, y)}
        app = apps[case.n]
        other = app_data_plot(stage, x, y)
        check = case.swap(other)
        stage.settle()
        a_cpu: list[float] = []
        p_cpu: list[float] = []
        windows = [app, other]
        p, a = interleave(
            frame_timer(
                stage,
                other,
                slow_frames(case, frames) if case.slow else frames,
                p_cpu,
                windows,
                frame_action(other, case.kind),
            ),
            frame_timer(
                stage, app, frames, a_cpu, windows, frame_action(app, case.kind)
            ),
            repeats,
        )
        # The same model and trail on both sides, then compare what they hold.
        for side in (app, other):
            side.set_fit(*fit_line(0, 400 if case.kind == "curve" else 2))  # type: ignore[attr-defined]
            if case.kind == "trail":
                for line in trail_lines():
                    side.add_trail(*line)  # type: ignore[attr-defined]
        delta = check(app)
        meets = median(p) <= FRAME_TARGET
        cheap = median(p_cpu) <= AS_CHEAP * median(a_cpu)
        rows.append(
            [
                case.ours,
                case.theirs,
                f"10^{round(np.log10(case.n))}",
                fmt_seconds(median(a)),
                fmt_seconds(median(p)),
                fmt_ratio(median(p) / median(a)),
                fmt_seconds(median(a_cpu)),
                fmt_seconds(median(p_cpu)),
                fmt_ratio(median(p_cpu) / median(a_cpu)),
                fmt_delta(delta),
                "≤ 2 ms",
                verdict(meets),
                "(blit only)" if case.glue else "yes" if meets or cheap else "no",
            ]
        )
        close(stage, other)
    for old in apps.values():
        close(stage, old)
    print_table(
        "One item swapped for pyqtgraph's own: frame mid-run, median per frame",
        [
            "app's item",
            "pyqtgraph's",
            "points",
            "app",
            "swapped",
            "ratio",
            "cpu (app)",
            "cpu (swapped)",
            "cpu ratio",
            "max |Δ|",
            "target",
            "verdict",
            "pg enough",
        ],
        rows,
        [
            "app: DataPlot as shipped, mid-run; swapped: the same DataPlot with that one",
            "  item replaced by pyqtgraph's (same data, same pen); ratio = swapped ÷ app",
            "verdict: the frame with pyqtgraph's item against the 2 ms target",
            f"pg enough: it meets the target, or costs ≤ {AS_CHEAP:.2f}× the app's CPU time",
            "  per frame (the app's own item buys nothing there)",
            "Qt cache: QGraphicsItem.DeviceCoordinateCache on pyqtgraph's item",
            "ImageItem: shows the app's own raster; re-rendering it on pan, zoom and",
            "  export, and the data bounds for 'View all', would stay custom code",
            "max |Δ|: what pyqtgraph's item holds against the app's item",
            "  (grid: distance of each app grid line from pyqtgraph's, in pixels)",
            "the least-squares line is pyqtgraph's PlotDataItem already: against the",
            "  cached PolylineItem it replaced, frames cost 0.6-0.9×",
            *(["(--quick: dots at 10^3 and 10^5 only)"] if quick else []),
        ],
    )


# ---------------------------------------------------------------------- showing data


def build_draw_pan(
    stage: Stage,
    sides: Sequence[tuple[str, object, object, Callable[[], None]]],
    repeats: int,
) -> dict[str, dict[str, list[float]]]:
    """Time ``build`` and the first draw, interleaved, then a redraw after a pan.

    ``sides`` are (name, window, PlotWidget, build); the result maps each name
    to its ``set``, ``draw`` and ``pan`` times.
    """
    times = {name: {"set": [], "draw": [], "pan": []} for name, *_ in sides}

    def draw() -> float:
        start = time.perf_counter()
        stage.app.processEvents()
        return time.perf_counter() - start

    def timed(build: Callable[[], None]) -> float:
        start = time.perf_counter()
        build()
        return time.perf_counter() - start

    def shown(window: object) -> None:
        # Only the measured window is shown: offscreen, windows overlap and one
        # window's repaint can make the other repaint too.
        for _, other, _, _ in sides:
            other.setVisible(other is window)  # type: ignore[attr-defined]
        stage.settle()

    for i in range(repeats):
        for name, window, _, build in sides if i % 2 == 0 else sides[::-1]:
            shown(window)
            times[name]["set"].append(timed(build))
            times[name]["draw"].append(draw())
    # A redraw after the view moves (a pan): no cached rendering applies.
    for i in range(repeats):
        for name, window, widget, _ in sides if i % 2 == 0 else sides[::-1]:
            shown(window)
            view = widget.getPlotItem().getViewBox()  # type: ignore[attr-defined]
            (x0, x1), _ = view.viewRange()
            shift = 0.01 * (x1 - x0) * (1 if i % 2 else -1)
            view.setRange(xRange=(x0 + shift, x1 + shift), padding=0)
            times[name]["pan"].append(draw())
    return times


def build_cells(
    times: dict[str, dict[str, list[float]]], names: Sequence[str]
) -> list[str]:
    """The set, draw and pan columns of ``names``, in that order ("—" if absent)."""
    return [
        fmt_seconds(median(times[name][what]) if name in times else float("nan"))
        for what in ("set", "draw", "pan")
        for name in names
    ]


def points_case(stage: Stage, n: int, repeats: int, with_baseline: bool) -> list[str]:
    """One row of the ``points`` table."""
    import pyqtgraph as pg

    from linreg_gui.ui.plots import style
    from linreg_gui.ui.plots.data_plot import DataPlot

    x, y = line_data(n)
    plot = DataPlot()
    plot.resize(*SIZE)
    plot.show()
    sides = [
        (
            "app",
            plot,
            plot.plot_widget(),
            lambda: plot.set_points(x, y, x_label="x", y_label="y"),
        )
    ]
    held: dict[str, object] = {}
    widgets = []
    d, a = style.point_style(n)
    for name in ("base", "cached") if with_baseline else ():
        widget = pg.PlotWidget(background="w")
        widget.resize(*SIZE)
        widget.show()
        widgets.append(widget)

        def build(widget: object = widget, name: str = name) -> None:
            if name in held:
                widget.removeItem(held[name])  # type: ignore[attr-defined]
            item = pg.ScatterPlotItem(
                x=x, y=y, pen=None, brush=pg.mkBrush(style.color(style.DATA, a)), size=d
            )
            if name == "cached":
                cache_device(item)
            widget.addItem(item)  # type: ignore[attr-defined]
            held[name] = item

        sides.append((name, widget, widget, build))
    stage.settle()
    t = build_draw_pan(stage, sides, repeats)
    delta = max(
        (
            max_delta({"points": list(item.getData())}, app_picture(plot))  # type: ignore[attr-defined]
            for item in held.values()
        ),
        default=float("nan"),
    )
    close(stage, plot, *widgets)
    at_target = n == 10**6
    return [
        f"N = 10^{round(np.log10(n))}",
        *build_cells(t, ("base", "app")),
        fmt_seconds(median(t["cached"]["pan"]) if with_baseline else float("nan")),
        fmt_delta(delta),
        "< 1 s" if at_target else "",
        verdict(median(t["app"]["set"]) < POINTS_TARGET if at_target else None),
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
            "pan (base + Qt cache)",
            "max |Δ|",
            "target",
            "verdict",
        ],
        rows,
        [
            "base = pyqtgraph ScatterPlotItem (one brush); app = DataPlot",
            "base + Qt cache: the same with DeviceCoordinateCache (see 'items'); it",
            "  builds and first draws as the base does",
            "draw = processEvents after the change, i.e. everything the window paints",
            *(["(--quick: no baseline at 10^6)"] if quick else []),
        ],
    )


def residual_data(n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Fitted values, residuals, ten rows left out by clicks, and the 2σ
    outliers (about one residual in twenty, as ``outlier_flags`` finds them)."""
    x, y = line_data(n)
    fitted = 4.0 + 3.0 * x
    residuals = y - fitted
    excluded = np.zeros(n, dtype=bool)
    excluded[:: max(n // 10, 1)] = True
    outliers = np.abs(residuals) > 2.0 * residuals.std()
    return fitted, residuals, excluded, outliers


def scatter_rings(colour: str, diameter: float, width: float) -> object:
    """Hollow rings as pyqtgraph draws them: a ScatterPlotItem with one pen."""
    import pyqtgraph as pg

    from linreg_gui.ui.plots import style

    return pg.ScatterPlotItem(
        pen=pg.mkPen(style.color(colour, 0.95), width=width), brush=None, size=diameter
    )


def swap_rings(plot: object) -> object:
    """A ResidualPlot whose outlier rings are a ScatterPlotItem (the rest as
    shipped): ``set_residuals`` hands the flagged points to it."""
    import pyqtgraph as pg

    rings_item = plot.outlier_rings  # type: ignore[attr-defined]
    colour, diameter, opacity, width = rings_item.style()

    class Rings(pg.ScatterPlotItem):  # type: ignore[misc]
        """Answers the calls ResidualPlot makes of its ring item."""

        def setStyle(self, *, diameter: float | None = None, **_: object) -> None:
            if diameter is not None:
                self.setSize(diameter)

        def style(self) -> tuple[object, float, float, float | None]:
            return colour, float(self.opts["size"]), opacity, width

    rings = Rings(pen=pg.mkPen(colour, width=width), brush=None, size=diameter)
    rings.setZValue(rings_item.zValue())
    item = plot.plot_item()  # type: ignore[attr-defined]
    item.removeItem(rings_item)
    item.addItem(rings)
    plot._outliers = rings  # type: ignore[attr-defined]
    return rings


def residuals_case(
    stage: Stage, n: int, repeats: int, with_baseline: bool
) -> list[str]:
    """One row of the ``residuals`` table."""
    import pyqtgraph as pg

    from linreg_gui.ui.plots import style
    from linreg_gui.ui.plots.data_plot import padded_range
    from linreg_gui.ui.plots.residual_plot import ResidualPlot

    fitted, residuals, excluded, outliers = residual_data(n)
    plots = []
    for _ in range(2):
        plot = ResidualPlot()
        plot.resize(*SIZE)
        plot.show()
        plots.append(plot)
    app, mixed = plots
    rings = swap_rings(mixed)
    widget = pg.PlotWidget(background="w")
    widget.resize(*SIZE)
    widget.show()
    item = widget.getPlotItem()
    item.showGrid(x=True, y=True, alpha=0.13)
    view = item.getViewBox()
    view.disableAutoRange()
    item.addItem(
        pg.InfiniteLine(pos=0.0, angle=0, pen=style.pen(style.IDENTITY, 1.5)),
        ignoreBounds=True,
    )
    d, a = style.point_style(n)
    used_dots = pg.ScatterPlotItem(
        pen=None, brush=pg.mkBrush(style.color(style.DATA, a)), size=d
    )
    left_out = scatter_rings(style.EXCLUDED, d + 2, 1.6)
    outlier_rings = scatter_rings(style.OUTLIER, d + 7, 2.0)
    for z, dots in enumerate((used_dots, left_out, outlier_rings)):
        dots.setZValue(z + 1)
        item.addItem(dots)
    stage.settle()

    def build_baseline() -> None:
        used_dots.setData(fitted[~excluded], residuals[~excluded])
        left_out.setData(fitted[excluded], residuals[excluded])
        outlier_rings.setData(fitted[outliers], residuals[outliers])
        reach = np.abs(residuals).max() * 1.12
        view.setRange(xRange=padded_range(fitted), yRange=(-reach, reach), padding=0)

    def builder(plot: object) -> Callable[[], None]:
        return lambda: plot.set_residuals(  # type: ignore[attr-defined]
            fitted, residuals, excluded=excluded, outliers=outliers
        )

    sides = [
        ("app", app, app.plot_widget(), builder(app)),
        ("rings", mixed, mixed.plot_widget(), builder(mixed)),
    ]
    if with_baseline:
        sides.append(("base", widget, widget, build_baseline))
    t = build_draw_pan(stage, sides, repeats)

    def picture(plot: object) -> Picture:
        return {
            "points": list(plot.scatter.getData()),  # type: ignore[attr-defined]
            "excluded": list(plot.excluded_scatter.getData()),  # type: ignore[attr-defined]
            "outliers": list(plot.outlier_rings.getData()),  # type: ignore[attr-defined]
        }

    delta = max_delta(picture(app), {"outliers": list(rings.getData())})  # type: ignore[attr-defined]
    if with_baseline:
        delta = max(
            delta,
            max_delta(
                picture(app),
                {
                    "points": list(used_dots.getData()),
                    "excluded": list(left_out.getData()),
                    "outliers": list(outlier_rings.getData()),
                },
            ),
        )
    close(stage, app, mixed, widget)
    at_target = n == 10**6
    return [
        f"N = 10^{round(np.log10(n))}",
        *build_cells(t, ("base", "rings", "app")),
        fmt_delta(delta),
        "< 1 s" if at_target else "",
        verdict(median(t["app"]["set"]) < POINTS_TARGET if at_target else None),
    ]


def bench_residuals(stage: Stage, quick: bool) -> None:
    repeats = 3 if quick else 5
    rows = [
        residuals_case(stage, n, repeats, with_baseline=not (quick and n > 10**5))
        for n in (10**3, 10**5, 10**6)
    ]
    print_table(
        "Residuals: set_residuals (points, left out, outlier rings), draw, pan",
        [
            "points",
            "build (base)",
            "build (rings)",
            "set_residuals",
            "draw (base)",
            "draw (rings)",
            "draw",
            "pan (base)",
            "pan (rings)",
            "pan",
            "max |Δ|",
            "target",
            "verdict",
        ],
        rows,
        [
            "base: three pyqtgraph ScatterPlotItem (one brush or pen each), created once",
            "  and given new data with setData; app: ResidualPlot as shipped",
            "rings: ResidualPlot with its outlier rings a ScatterPlotItem (one pen)",
            "ten rows left out (hollow), about 5% of the points ringed as 2σ outliers",
            "draw = first draw after the change (processEvents)",
            *(["(--quick: no baseline at 10^6)"] if quick else []),
        ],
    )


# ---------------------------------------------------------------------- loss


def bench_loss(stage: Stage, quick: bool) -> None:
    from linreg_gui.ui.plots import style
    from linreg_gui.ui.plots.loss_plot import LossPlot
    from linreg_gui.ui.plots.series import GrowingArray

    batch = 1000
    calls = 50  # timed calls at each point of the run
    chunk = 100_000  # how the window feeds a backlog of losses (run_view)
    total = 10**6
    stops = (10**5, total)
    it = np.arange(total)
    rng = np.random.default_rng(SEED)
    loss = 1.0 / (1.0 + it * 1e-3) + 0.05 * np.abs(rng.normal(size=total))
    test = loss * 1.1
    held: dict[str, Picture] = {}

    class Doubling:
        """The baseline's store: NumPy buffers that double when full (STYLE.md §4),
        handed to two PlotDataItems in the app's plot widget, with the same
        options as LossPlot's curves (one min/max pair per pixel column, no
        dynamic-range scan).  What differs is the series (PeakSeries) and the
        auto-range (FollowingViewBox)."""

        def __init__(self) -> None:
            self.widget = style.make_plot_widget()
            item = self.widget.getPlotItem()
            self.curves = [
                item.plot(
                    pen=style.pen(colour, style.LOSS_WIDTH),
                    antialias=True,
                    autoDownsampleFactor=1.0,
                    dynamicRangeLimit=None,
                )
                for colour in (style.TRAIN_LOSS, style.TEST_LOSS)
            ]
            item.setDownsampling(auto=True, mode="peak")
            item.setClipToView(True)
            self.n = 0
            self.bufs = [np.empty(1024, np.int64), np.empty(1024), np.empty(1024)]

        def append(self, s: slice) -> None:
            m = s.stop - s.start
            size = self.bufs[0].size
            if self.n + m > size:
                while self.n + m > size:
                    size *= 2
                self.bufs = [np.resize(b, size) for b in self.bufs]
            for buf, src in zip(self.bufs, (it, loss, test), strict=True):
                buf[self.n : self.n + m] = src[s]
            self.n += m
            xs, ys, ts = (b[: self.n] for b in self.bufs)
            self.curves[0].setData(xs, ys)
            self.curves[1].setData(xs, ts)

        def picture(self) -> Picture:
            xs, ys, ts = (b[: self.n] for b in self.bufs)
            return {"train": [xs, ys], "test": [xs, ts]}

    class PlainSeries:
        """PeakSeries' interface over plain doubling buffers: ``display`` hands
        every point to the curve and pyqtgraph's downsampling does the rest."""

        def __init__(self) -> None:
            self._x = GrowingArray(np.int64)
            self._y = GrowingArray(np.float64)

        def __len__(self) -> int:
            return len(self._y)

        @property
        def x(self) -> np.ndarray:
            return self._x.values

        @property
        def y(self) -> np.ndarray:
            return self._y.values

        def clear(self, expected: int = 0) -> None:
            for a in (self._x, self._y):
                a.truncate(0)
                a.reserve(expected)

        def append(self, x: np.ndarray, y: np.ndarray) -> None:
            self._x.extend(x)
            self._y.extend(y)

        def display(self, *_: float) -> tuple[np.ndarray, np.ndarray]:
            return self.x, self.y

    class App:
        series: type | None = None  # None: the app's PeakSeries

        def __init__(self) -> None:
            self.widget = LossPlot()
            if self.series is not None:
                self.widget._train = self.series()
                self.widget._test = self.series()
            self.widget.reset(total, with_test=True)

        def append(self, s: slice) -> None:
            self.widget.append(it[s], loss[s], test[s])

        def picture(self) -> Picture:
            (tx, ty), (vx, vy) = self.widget.data()
            return {"train": [tx, ty], "test": [vx, vy]}

    class Swapped(App):
        """LossPlot (its auto-range) with pyqtgraph's downsampling for PeakSeries."""

        series = PlainSeries

    def run(side: type) -> dict[int, tuple[float, float]]:
        """Per stop: median append and append+paint of the ``calls`` batches
        that end there; the backlog before them arrives in chunks."""
        plot = side()
        plot.widget.resize(*SIZE)
        plot.widget.show()
        stage.settle()
        out = {}
        done = 0
        for stop in stops:
            start = stop - calls * batch
            while done < start:
                step = min(chunk, start - done)
                plot.append(slice(done, done + step))
                stage.app.processEvents()
                done += step
            appends, frames = [], []
            for _ in range(calls):
                t0 = time.perf_counter()
                plot.append(slice(done, done + batch))
                t1 = time.perf_counter()
                stage.app.processEvents()
                appends.append(t1 - t0)
                frames.append(time.perf_counter() - t0)
                done += batch
            out[stop] = (median(appends), median(frames))
        held[side.__name__] = plot.picture()
        close(stage, plot.widget)
        return out

    rounds = 1 if quick else 3
    sides = [Doubling, Swapped, App]
    runs: dict[str, list[dict[int, tuple[float, float]]]] = {
        side.__name__: [] for side in sides
    }
    for i in range(rounds):
        for side in sides if i % 2 == 0 else sides[::-1]:
            runs[side.__name__].append(run(side))
    delta = max(
        max_delta(held["App"], held["Doubling"]),
        max_delta(held["App"], held["Swapped"]),
    )

    def at(name: str, stop: int, j: int) -> float:
        return median([r[stop][j] for r in runs[name]])

    rows = []
    for stop in stops:
        last = stop == total
        app_frame = at("App", stop, 1)
        rows.append(
            [
                f"at {stop:,} points",
                fmt_seconds(at("Doubling", stop, 1)),
                fmt_seconds(at("Swapped", stop, 1)),
                fmt_seconds(app_frame),
                fmt_ratio(app_frame / at("Swapped", stop, 1)),
                fmt_seconds(at("Doubling", stop, 0)),
                fmt_seconds(at("App", stop, 0)),
                fmt_delta(delta) if last else "",
                "append ≤ 5 ms" if last else "",
                verdict(at("App", stop, 0) <= APPEND_TARGET) if last else "info",
            ]
        )
    print_table(
        f"LossPlot.append, {batch:,} points per call (train + test), per call",
        [
            "when",
            "frame (pyqtgraph)",
            "frame (pg series)",
            "frame (LossPlot)",
            "ratio",
            "append (pyqtgraph)",
            "append",
            "max |Δ|",
            "target",
            "verdict",
        ],
        rows,
        [
            f"median of {calls} calls ending at that point (the losses before them",
            f"  arrive {chunk:,} at a time, as the window feeds a backlog)",
            "frame = append + repaint: pyqtgraph does its work when it paints",
            "pyqtgraph: doubling NumPy buffers, PlotDataItem.setData with every point",
            "  so far, pyqtgraph's auto-range, peak downsampling and clip-to-view, in",
            "  the app's plot widget and with LossPlot's curve options",
            "pg series: LossPlot with its auto-range but pyqtgraph's downsampling in",
            "  place of PeakSeries; ratio = LossPlot ÷ pg series",
            "append: the call alone (LossPlot's includes choosing what to draw)",
            f"60 calls/s at LossPlot's frame cost use {60 * app_frame:.0%} of a second"
            f" at {total:,} points",
            "max |Δ|: the losses each side holds at the end",
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
    benches = {
        "frame": bench_frame,
        "items": bench_items,
        "points": bench_points,
        "residuals": bench_residuals,
        "loss": bench_loss,
    }
    for part in parts:
        benches[part](stage, quick)
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only", choices=PARTS)
    args = parser.parse_args()
    sys.exit(main(quick=args.quick, only=args.only))
