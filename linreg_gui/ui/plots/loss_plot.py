"""The loss curve, growing live while gradient descent runs.

Losses arrive in batches (everything since the previous snapshot, up to 60 times
a second, possibly thousands of points each, a million in all).  Each series is
a :class:`~linreg_gui.ui.plots.series.PeakSeries`: NumPy buffers that double when
full plus min/max summaries updated from the new points only, so an append costs
O(batch) and the curve receives about two points per pixel column, whatever the
length of the run; every spike of an oscillating run stays visible.  pyqtgraph's
own peak downsampling and clip-to-view stay switched on (they are the PlotItem's
settings and in its context menu) but have little left to do.

Auto-range uses bounds updated incrementally from each batch instead of
pyqtgraph's scan over every item's data, and rounds them outwards (the iteration
axis to the next 1-1.5-2-3-4-5-6-8 step, the loss axis down to zero, or to a
quarter decade in log scale), so the axes stay still for most frames instead of
crawling, and their ticks are not re-laid out 60 times a second.  Panning or
zooming turns auto-range off as usual; "View all" in the context menu turns
it back on.

Measured at 10⁶ points, a frame that appends 1,000 losses and repaints: 3.56 ms
here, 8.20 ms with pyqtgraph's downsampling in place of PeakSeries, 15.5 ms with
pyqtgraph's auto-range as well (STYLE.md's idiom: doubling buffers, peak
downsampling, clip-to-view); ``benchmarks/plot_frame.py --quick``, ``loss``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np
from numpy.typing import ArrayLike, NDArray
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

# pyqtgraph binds to whichever Qt is already imported: PySide6 must come first.
# isort: split
import pyqtgraph as pg

from linreg_gui.model.text import number, translate
from linreg_gui.ui.plots import style
from linreg_gui.ui.plots.axes import ReadableAxis
from linreg_gui.ui.plots.series import PeakSeries
from linreg_gui.ui.plots.view_box import LazyMenuViewBox
from linreg_gui.ui.repaint import next_turn_timer

Bounds = list[list[float] | None]
Series = tuple[NDArray[np.generic], NDArray[np.float64]]


_NICE_STEPS = (1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)

#: Points reserved up front at most (16.8 M: 270 MB of address space, committed
#: only as the curve grows); longer runs grow by doubling past this.
MAX_RESERVED_POINTS = 1 << 24


def nice_ceil(value: float) -> float:
    """The smallest of 1, 1.5, 2, 3, 4, 5, 6, 8 × 10^k that is ≥ ``value`` (> 0)."""
    if not value > 0 or not math.isfinite(value):
        return value
    scale = 10.0 ** math.floor(math.log10(value))
    for step in _NICE_STEPS:
        if step * scale >= value * (1 - 1e-12):
            return step * scale
    return 10.0 * scale  # pragma: no cover (rounding)


class _Range:
    """Running finite minimum and maximum, and the same over positive values only."""

    def __init__(self) -> None:
        self.lo = self.hi = math.nan
        self.pos_lo = self.pos_hi = math.nan

    def update(self, values: NDArray[np.float64]) -> None:
        if values.size == 0:
            return
        lo, hi = float(np.fmin.reduce(values)), float(np.fmax.reduce(values))
        if math.isfinite(lo) and math.isfinite(hi):
            # The usual case, without copies: all finite (NaN is skipped).
            self.lo = float(np.fmin(self.lo, lo))
            self.hi = float(np.fmax(self.hi, hi))
            if lo > 0:
                self.pos_lo = float(np.fmin(self.pos_lo, lo))
                self.pos_hi = float(np.fmax(self.pos_hi, hi))
                return
        finite = values[np.isfinite(values)]
        if finite.size == 0:
            return
        self.lo = float(np.fmin(self.lo, finite.min()))
        self.hi = float(np.fmax(self.hi, finite.max()))
        positive = finite[finite > 0]
        if positive.size:
            self.pos_lo = float(np.fmin(self.pos_lo, positive.min()))
            self.pos_hi = float(np.fmax(self.pos_hi, positive.max()))


class FollowingViewBox(LazyMenuViewBox):
    """A ViewBox whose auto-range asks a callback for the bounds of its contents.

    pyqtgraph's own auto-range scans every item's data and follows it exactly,
    so the axes re-lay their ticks every frame: with pyqtgraph's downsampling, a
    loss-plot frame at 10⁶ points costs 8.20 ms under this view box and 15.5 ms
    under pyqtgraph's (module docstring).
    """

    def __init__(self) -> None:
        super().__init__()
        self.bounds_source: Callable[[], Bounds] | None = None

    def childrenBounds(  # type: ignore[override]
        self,
        frac: Sequence[float] | None = None,
        orthoRange: Sequence[object] = (None, None),
        items: list[object] | None = None,
    ) -> Bounds:
        """Tracked bounds for a plain auto-range; pyqtgraph's own scan otherwise."""
        plain = (
            self.bounds_source is not None
            and items is None
            and all(r is None for r in orthoRange)
            and (frac is None or all(f == 1.0 for f in frac))
        )
        if plain:
            assert self.bounds_source is not None
            return self.bounds_source()
        return list(super().childrenBounds(frac, orthoRange, items))


class LossAxis(ReadableAxis):
    """Loss axis whose log scale is labelled by decades first.

    pyqtgraph puts all of 1…9·10^k in one tick level once fewer than three
    decades are in view, and its top level is always labelled, so a log loss
    axis over two decades shows twenty crowded labels.  Here decades are the
    top level, 2 and 5 the next, the rest the last; pyqtgraph labels the lower
    levels only while they fit.
    """

    def logTickValues(
        self,
        minVal: float,
        maxVal: float,
        size: float,
        stdTicks: list[tuple[float, list[float]]],
    ) -> list[tuple[float | None, list[float]]]:
        """Decades; then 2 and 5 times a decade; then the other multiples."""
        if not (math.isfinite(minVal) and math.isfinite(maxVal)) or maxVal <= minVal:
            return []
        first, last = math.floor(minVal), math.ceil(maxVal)
        if last - first > 300:  # absurd ranges (a diverging run): decades only
            step = max(1, (last - first) // 10)
            return [(float(step), [float(v) for v in range(first, last + 1, step)])]
        levels: list[list[float]] = [[], [], []]
        for decade in range(first, last + 1):
            for multiple in range(1, 10):
                value = decade + math.log10(multiple)
                if minVal <= value <= maxVal:
                    level = 0 if multiple == 1 else 1 if multiple in (2, 5) else 2
                    levels[level].append(value)
        return [(1.0, levels[0]), (None, levels[1]), (None, levels[2])]


class ReferenceLine(pg.InfiniteLine):
    """A horizontal line at a loss value that follows the plot into log scale."""

    def __init__(self, line_pen: QtGui.QPen) -> None:
        super().__init__(angle=0, pen=line_pen, movable=False)
        self.loss: float | None = None  # (``value()`` is InfiniteLine's position)
        self.log_mode = False

    def set_loss(self, loss: float | None) -> None:
        """Place the line at ``loss`` (None hides it)."""
        self.loss = loss
        self._place()

    def setLogMode(self, x: bool, y: bool) -> None:
        """Called by PlotItem when the axes switch between linear and log."""
        self.log_mode = bool(y)
        self._place()

    def _place(self) -> None:
        v = self.loss
        if v is None or not math.isfinite(v) or (self.log_mode and v <= 0):
            self.hide()
            return
        self.setPos(math.log10(v) if self.log_mode else v)
        self.show()


#: Runs this short draw each logged loss as a dot too: a single step, or a run
#: that blew up at once, would otherwise leave a lone invisible point.
DOTS_UP_TO = 60


def _show_dots(curve: pg.PlotDataItem, on: bool) -> None:
    if (curve.opts["symbol"] is not None) == on:
        return
    if on:
        colour = curve.opts["pen"].color()
        # Train round dots, test triangles: told apart in greyscale too.
        curve.setSymbol(
            "o" if curve.opts["pen"].style() == QtCore.Qt.PenStyle.SolidLine else "t"
        )
        curve.setSymbolSize(style.zoomed(5))
        curve.setSymbolPen(None)
        curve.setSymbolBrush(colour)
    else:
        curve.setSymbol(None)


class LossPlot(QWidget):
    """Training (and test) loss against iteration, with the least-squares minimum."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = FollowingViewBox()
        self._widget = style.make_plot_widget(
            self, view_box=self._view, axis_items={"left": LossAxis("left")}
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._widget)
        item = self._widget.getPlotItem()
        self._item = item
        self.set_axis_labels(
            translate("LossPlot", "Iteration"), translate("LossPlot", "Loss")
        )

        self._train = PeakSeries()
        self._test = PeakSeries()
        self._x_limit: float | None = None
        self._x_range = _Range()
        self._y_range = _Range()
        self._train_curve = self._curve(
            style.pen(style.TRAIN_LOSS, style.LOSS_WIDTH), 2.0
        )
        # Dash-dot: told from the training curve without its colour.
        self._test_curve = self._curve(
            style.pen(style.TEST_LOSS, style.TEST_LOSS_WIDTH, dash_dot=True), 1.0
        )
        # PlotItem owns these settings (they are in its context menu too) and
        # imposes them on every curve it holds.
        item.setDownsampling(auto=True, mode="peak")
        item.setClipToView(True)

        ref_pen = style.pen(style.REFERENCE, style.REFERENCE_WIDTH, dashed=True)
        self._reference = ReferenceLine(ref_pen)
        self._reference.setZValue(3.0)
        # Dashed wide strokes are slow and the curves repaint what lies under them
        # every frame: keep a rendering of the line (redone when the view changes).
        self._reference.setCacheMode(
            QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache
        )
        item.addItem(self._reference, ignoreBounds=True)
        self._reference.set_loss(None)
        self._reference_pen = ref_pen

        # The timeline's iteration, when the user looks back at one.
        self._marker = pg.InfiniteLine(
            angle=90, pen=style.pen(style.VERMILLION, 1.5, dashed=True)
        )
        self._marker.setZValue(4.0)
        item.addItem(self._marker, ignoreBounds=True)
        self._marker.hide()

        self._legend = style.add_legend_strip(item)
        self._legend_state: tuple[str, ...] = ()
        self._legend_due = False
        self._legend_timer = next_turn_timer(self, self.refresh_legend_now)
        self.refresh_legend_now()
        self._view.bounds_source = self._bounds
        self._view.enableAutoRange()
        self._view.sigRangeChanged.connect(self._redisplay)

        # Said over the empty plot when there is no curve to draw (closed form).
        self._note = QLabel(self._widget)
        self._note.setWordWrap(True)
        self._note.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self._note.setAttribute(
            QtCore.Qt.WidgetAttribute.WA_TransparentForMouseEvents, True
        )
        self._note.setStyleSheet(
            "QLabel { background: rgba(255, 255, 255, 225); color: #555;"
            " border: 1px solid #ccc; border-radius: 4px; padding: 8px; }"
        )
        self._note.hide()

    def _curve(self, line_pen: QtGui.QPen, z: float) -> pg.PlotDataItem:
        curve = pg.PlotDataItem(
            pen=line_pen,
            antialias=True,
            autoDownsampleFactor=1.0,  # one min/max pair per pixel column
            # The view spans the finite losses unless the user zoomed in on
            # purpose; pyqtgraph's off-screen clipping would scan every point.
            dynamicRangeLimit=None,
        )
        curve.setZValue(z)
        self._item.addItem(curve)
        return curve

    def set_marker(self, iteration: int | None) -> None:
        """Mark the iteration the timeline shows (None: the live end)."""
        if iteration is None:
            self._marker.hide()
        else:
            self._marker.setValue(float(iteration))
            self._marker.show()

    # --- data ------------------------------------------------------------------
    def reset(self, expected: int = 0, *, with_test: bool = False) -> None:
        """Start a new run: no points, no reference, auto-range on.

        ``expected`` is how many points the run may bring (max iterations + 1),
        ``with_test`` whether a test curve comes too: room is made at once so
        appending never stalls on a buffer copy.
        """
        expected = min(max(expected, 0), MAX_RESERVED_POINTS)
        self._train.clear(expected)
        self._test.clear(expected if with_test else 0)
        self._x_range = _Range()
        self._y_range = _Range()
        empty = np.empty(0)
        self._train_curve.setData(empty, empty)
        self._test_curve.setData(empty, empty)
        self._reference.set_loss(None)
        self._marker.hide()
        self._refresh_legend()
        # Nothing to follow yet: start from a plain unit view, not the last run's.
        self._view.setRange(xRange=(0.0, 1.0), yRange=(0.0, 1.0), padding=0.0)
        self._view.enableAutoRange()

    def set_note(self, text: str) -> None:
        """Show ``text`` over the plot (empty: none), e.g. why there is no curve."""
        self._note.setText(text)
        self._note.setVisible(bool(text))
        self._legend.setVisible(not text)  # "Train" over an empty plot misleads
        self._place_note()

    def note(self) -> str:
        return self._note.text() if self._note.isVisibleTo(self) else ""

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_note()

    def _place_note(self) -> None:
        if not self._note.text():
            return
        area = self._widget.rect()
        width = max(120, min(area.width() - 40, 340))
        self._note.setFixedWidth(width)
        height = self._note.heightForWidth(width)
        self._note.setGeometry(
            area.center().x() - width // 2,
            area.center().y() - height // 2,
            width,
            height,
        )

    def append(
        self,
        iterations: ArrayLike,
        losses: ArrayLike,
        test_losses: ArrayLike | None = None,
        *,
        redraw: bool = True,
    ) -> None:
        """Add a batch of logged losses (all points since the previous call).

        Non-finite losses are kept (and drawn as gaps); the auto-range ignores them.
        ``test_losses``, if given, belongs to the same ``iterations``.  With
        ``redraw=False`` the points are stored but not yet shown (a caller feeding
        one frame in several batches redraws once, with the last).
        """
        it = np.asarray(iterations).ravel()
        if it.dtype.kind not in "iuf":
            it = it.astype(np.float64)
        loss = np.asarray(losses, dtype=np.float64).ravel()
        if it.shape != loss.shape:
            raise ValueError(
                f"{it.size} iterations but {loss.size} losses in one batch"
            )
        if it.size == 0:
            return
        self._train.append(it, loss)
        if it.dtype.kind in "iu":
            # Iterations are integers: their range is the ends (no float copy).
            self._x_range.update(np.array([it.min(), it.max()], dtype=np.float64))
        else:
            self._x_range.update(it.astype(np.float64, copy=False))
        self._y_range.update(loss)
        if test_losses is not None:
            test = np.asarray(test_losses, dtype=np.float64).ravel()
            if test.shape != it.shape:
                raise ValueError(
                    f"{it.size} iterations but {test.size} test losses in one batch"
                )
            self._test.append(it, test)
            self._y_range.update(test)
            self._refresh_legend()
        if redraw:
            self._redisplay()

    def set_x_limit(self, last: float | None) -> None:
        """Show iterations up to ``last`` from the start (None: follow the data).

        A run at full speed moves hundreds of thousands of iterations a frame;
        with the axis fixed at its planned length, the ticks and the grid are
        drawn once instead of every frame.
        """
        self._x_limit = last
        self._redisplay()

    def set_log_y(self, on: bool) -> None:
        """Log scale for the loss axis (zero and negative losses are not drawn)."""
        self._item.setLogMode(y=bool(on))
        self._redisplay()

    def log_y(self) -> bool:
        """Whether the loss axis is logarithmic."""
        return bool(self._item.ctrl.logYCheck.isChecked())

    def set_reference_loss(self, value: float | None) -> None:
        """Dashed line at the least-squares minimum: the best any model can do."""
        ok = value is not None and math.isfinite(value)
        self._reference.set_loss(float(value) if ok else None)  # type: ignore[arg-type]
        self._refresh_legend()
        if any(self._view.autoRangeEnabled()):
            self._view.updateAutoRange()

    def reference_loss(self) -> float | None:
        """The value of the least-squares line, or None."""
        return self._reference.loss

    def set_axis_labels(self, x_label: str, y_label: str) -> None:
        """Rename the axes (e.g. "Epoch", "Mean squared error")."""
        style.set_axis_labels(self._item, x_label, y_label)

    def data(self) -> tuple[Series, Series]:
        """Copies of all points so far: (iterations, losses) for training and test."""
        return (
            (self._train.x.copy(), self._train.y.copy()),
            (self._test.x.copy(), self._test.y.copy()),
        )

    # --- internals -------------------------------------------------------------
    def _bounds(self) -> Bounds:
        """Data bounds in view coordinates, from the running ranges (O(1)).

        Rounded outwards so that the view changes only now and then (see the
        module docstring).
        """
        xr = self._x_range
        x: list[float] | None = None
        if math.isfinite(xr.lo):
            end = nice_ceil(xr.hi) if self._x_limit is None else self._x_limit
            x = [xr.lo, max(end, xr.hi)]
        yr = self._y_range
        ref = self._reference.loss
        y: list[float] | None = None
        if self._reference.log_mode:
            lo, hi = yr.pos_lo, yr.pos_hi
            if ref is not None and ref > 0:
                lo, hi = float(np.fmin(lo, ref)), float(np.fmax(hi, ref))
            if math.isfinite(lo):
                quarters = (4 * math.log10(lo), 4 * math.log10(hi))
                y = [math.floor(quarters[0]) / 4, math.ceil(quarters[1]) / 4]
        else:
            lo, hi = yr.lo, yr.hi
            if ref is not None:
                lo, hi = float(np.fmin(lo, ref)), float(np.fmax(hi, ref))
            if math.isfinite(lo):
                y = [min(lo, 0.0), hi]
        return [x, y]

    def _redisplay(self) -> None:
        """Hand each curve the points worth drawing for the current view."""
        (x_lo, x_hi), _ = self._view.viewRange()
        pixels = max(self._view.width(), 100.0)
        log = self.log_y()
        for series, curve in (
            (self._train, self._train_curve),
            (self._test, self._test_curve),
        ):
            drawable = False
            if len(series):
                xs, ys = series.display(x_lo, x_hi, pixels)
                values = np.asarray(ys, dtype=np.float64)
                shown = np.isfinite(values) & (values > 0 if log else True)
                drawable = bool(shown.any())
            if drawable:
                curve.setData(xs, ys)  # NaN and (log) 0 are gaps in the line
            elif curve.getOriginalDataset()[0] is not None or curve.scatter.data.size:
                # Nothing a point can stand for (a loss of 0 on a log axis, an
                # overflowed run): pyqtgraph kept the old dots, at NaN, and
                # warned in every paint ("All-NaN slice").
                curve.clear()
            _show_dots(curve, drawable and len(series) <= DOTS_UP_TO)

    def _refresh_legend(self) -> None:
        """Rebuild the legend once the current burst of changes is over: a new
        analysis resets the plot (dropping Test and Minimum) and sets the
        minimum again, two rebuilds where none is needed."""
        if not self._legend_due:
            self._legend_due = True
            self._legend_timer.start()

    def refresh_legend_now(self) -> None:
        """Rebuild the legend if its entries changed."""
        self._legend_due = False
        # Short names: the axis already says "Loss", and the plot is often narrow.
        entries: list[tuple[object, str]] = [
            (self._train_curve, translate("LossPlot", "Train"))
        ]
        if len(self._test):
            entries.append((self._test_curve, translate("LossPlot", "Test")))
        loss = self._reference.loss
        if loss is not None:
            name = translate("LossPlot", "Minimum {loss}").format(
                loss=number(loss, ".4g")
            )
            sample = style.LineSample(self._reference, self._reference_pen)
            entries.append((sample, name))
        state = tuple(name for _, name in entries)
        if state == self._legend_state:
            return
        self._legend_state = state
        style.fill_legend(self._legend, entries)

    def plot_item(self) -> pg.PlotItem:
        """The PlotItem (for export and the window's context-menu actions)."""
        return self._item

    def plot_widget(self) -> pg.PlotWidget:
        """The PlotWidget inside this widget."""
        return self._widget

    @property
    def train_curve(self) -> pg.PlotDataItem:
        """The training-loss curve."""
        return self._train_curve

    @property
    def test_curve(self) -> pg.PlotDataItem:
        """The test-loss curve."""
        return self._test_curve

    @property
    def reference_line(self) -> ReferenceLine:
        """The dashed least-squares minimum."""
        return self._reference
