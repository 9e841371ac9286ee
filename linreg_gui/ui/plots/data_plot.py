"""The data scatter with the model drawn over it: the plot students watch learn.

Every graphics item is created once and afterwards only receives new arrays, so
a gradient-descent frame costs one ``setData`` on a two-point line plus a repaint
of the region it swept.  The dots, the trail and the grid under that region are
cached images of the visible area, so the repaint is a few blits and a few cheap
strokes however many points there are (see :mod:`~linreg_gui.ui.plots.raster`,
:mod:`~linreg_gui.ui.plots.points`, :mod:`~linreg_gui.ui.plots.lines` and
:mod:`~linreg_gui.ui.plots.grid`, whose docstrings give the measurements that
keep them).  The dashed least-squares line and ``ŷ = y`` are pyqtgraph's own
``PlotDataItem``: stroking them afresh costs a frame no more than blitting a
cached image of them did (``benchmarks/plot_frame.py``, part ``items``).

The view range is set when the data change and never while the model moves: a
diverging run sends the line off the screen, but the axes stay put, which is
exactly what students should see.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtWidgets import QVBoxLayout, QWidget

# pyqtgraph binds to whichever Qt is already imported: PySide6 must come first.
# isort: split
import pyqtgraph as pg

from linreg_gui.model.text import number, translate
from linreg_gui.ui.plots import style
from linreg_gui.ui.plots.lines import PolylineItem, TrailItem
from linreg_gui.ui.plots.points import (
    DotCloudItem,
    DotSample,
    nearest_point,
    on_point_click,
)
from linreg_gui.ui.repaint import next_turn_timer

#: Most earlier lines kept by :meth:`DataPlot.add_trail`; older ones are dropped.
TRAIL_MAX = 40
#: Fraction of the data span added around the data when the view is set.
MARGIN = 0.06
VIEW_LIMIT = style.VIEW_LIMIT

_CORNERS = {
    "top-left": ((0.0, 0.0), (0.0, 0.0)),
    "top-right": ((1.0, 0.0), (1.0, 0.0)),
    "bottom-left": ((0.0, 1.0), (0.0, 1.0)),
    "bottom-right": ((1.0, 1.0), (1.0, 1.0)),
}
_Z_POINTS, _Z_TRAIL, _Z_REFERENCE, _Z_FIT = 0.0, 10.0, 20.0, 30.0


def padded_range(*arrays: NDArray[np.float64]) -> tuple[float, float]:
    """The finite range of ``arrays``, widened so that no point sits on an axis.

    Never beyond ±``VIEW_LIMIT``: a view whose width overflows float64 (data at
    ±1e308) makes pyqtgraph's tick arithmetic produce NaN inside Qt's painting,
    which ends the process.  Points further out are simply off screen.
    """
    bounds = [b for b in map(_finite_bounds, arrays) if b is not None]
    if not bounds:
        return 0.0, 1.0
    lo = max(min(b[0] for b in bounds), -VIEW_LIMIT)
    hi = min(max(b[1] for b in bounds), VIEW_LIMIT)
    span = hi - lo
    if span <= 0.0 or not np.isfinite(span):
        span = min(max(abs(lo), 1.0), VIEW_LIMIT)
        return safe_range(lo - 0.5 * span, hi + 0.5 * span)
    return safe_range(lo - MARGIN * span, hi + MARGIN * span)


def _finite_bounds(a: NDArray[np.float64]) -> tuple[float, float] | None:
    """The least and greatest finite values of ``a`` (None: there are none),
    without copying it: most columns are all finite, and a copy of the finite
    values cost 5 ms at 10⁶ rows, each time a data set or a frame was framed."""
    if not a.size:
        return None
    lo, hi = float(a.min()), float(a.max())
    if math.isfinite(lo) and math.isfinite(hi):
        return lo, hi
    finite = np.isfinite(a)
    lo = float(np.min(a, where=finite, initial=np.inf))
    if lo == np.inf:
        return None
    return lo, float(np.max(a, where=finite, initial=-np.inf))


def safe_range(lo: float, hi: float) -> tuple[float, float]:
    """``(lo, hi)`` kept within ±``VIEW_LIMIT`` and at least a little wide."""
    lo = min(max(lo, -VIEW_LIMIT), VIEW_LIMIT)
    hi = min(max(hi, -VIEW_LIMIT), VIEW_LIMIT)
    if not hi > lo:
        lo, hi = lo - 0.5, lo + 0.5
    return lo, hi


def sample_name(name: str, shown: int, total: int | None) -> str:
    """A legend name that says when the dots are a sample of the rows."""
    if total is None or total <= shown:
        return name
    return translate("DataPlot", "{name} (random {shown} of {total})").format(
        name=name, shown=number(shown, ","), total=number(total, ",")
    )


def _as_float(a: ArrayLike) -> NDArray[np.float64]:
    return np.asarray(a, dtype=float).ravel()


def _split(
    x: NDArray[np.float64], y: NDArray[np.float64], excluded: ArrayLike | None
) -> tuple[
    NDArray[np.float64], NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]
]:
    """Points used by the fit, and points left out of it."""
    if x.shape != y.shape:
        raise ValueError(f"x and y differ in length ({x.size} != {y.size})")
    if excluded is None:
        return x, y, x[:0], y[:0]
    mask = np.asarray(excluded, dtype=bool).ravel()
    if mask.shape != x.shape:
        raise ValueError(f"excluded mask has {mask.size} entries for {x.size} points")
    return x[~mask], y[~mask], x[mask], y[mask]


def _holds_data(curve: pg.PlotDataItem) -> bool:
    x = curve.getOriginalDataset()[0]
    return x is not None and len(x) > 0


def navigation_tip() -> str:
    """How to move about a plot (the end of every plot's tooltip)."""
    return translate("DataPlot", "Drag to pan, scroll to zoom, right-click for more.")


def _scatter_tip() -> str:
    return (
        translate(
            "DataPlot",
            "Click a point to leave it out of the fit (it turns hollow); click it "
            "again to put it back.",
        )
        + "\n"
        + navigation_tip()
    )


class PointHook(QtWidgets.QGraphicsObject):
    """Catches a drag, a right click or a click that starts on a data point
    (and a left click on empty space); anything else goes on to the view.

    It paints nothing and covers the view, above the dots and the model's line
    but below My Line's handles and line (which keep their own drags).
    """

    def __init__(self, plot: DataPlot) -> None:
        super().__init__(plot.plot_item().getViewBox())
        self._plot = plot
        self._index: int | None = None
        self.enabled = False
        self.setZValue(35)
        plot.plot_item().getViewBox().sigResized.connect(self.prepareGeometryChange)

    def boundingRect(self) -> QtCore.QRectF:
        parent = self.parentItem()
        return parent.boundingRect() if parent is not None else QtCore.QRectF()

    def paint(self, *args: object) -> None:
        pass

    def _point(self, scene_pos: QtCore.QPointF) -> int | None:
        spot = self._plot.plot_item().getViewBox().mapSceneToView(scene_pos)
        return self._plot.point_at(spot.x(), spot.y())

    def mouseDragEvent(self, ev: object) -> None:
        e: Any = ev
        if not self.enabled or e.button() != QtCore.Qt.MouseButton.LeftButton:
            e.ignore()
            return
        if e.isStart():
            self._index = self._point(e.buttonDownScenePos())
            if self._index is not None:
                self._plot.point_drag_started.emit(self._index)
        if self._index is None:
            e.ignore()
            return
        e.accept()
        spot = self._plot.plot_item().getViewBox().mapSceneToView(e.scenePos())
        if e.isFinish():
            index, self._index = self._index, None
            self._plot.point_drag_finished.emit(index, spot.x(), spot.y())
        else:
            self._plot.point_dragged.emit(self._index, spot.x(), spot.y())

    def mouseClickEvent(self, ev: object) -> None:
        e: Any = ev
        if not self.enabled:
            e.ignore()
            return
        index = self._point(e.scenePos())
        if e.button() == QtCore.Qt.MouseButton.RightButton and index is not None:
            e.accept()
            screen = e.screenPos()
            self._plot.point_menu_requested.emit(
                index, QtCore.QPoint(int(screen.x()), int(screen.y()))
            )
            return
        if e.button() == QtCore.Qt.MouseButton.LeftButton and index is None:
            spot = self._plot.plot_item().getViewBox().mapSceneToView(e.scenePos())
            self._plot.empty_clicked.emit(spot.x(), spot.y(), e.scenePos())
        e.ignore()


class DataPlot(QWidget):
    """Scatter of the data with the current model, the least-squares line and a trail.

    Two modes: *scatter* (one x column: y against x, the model as a line or curve)
    and *predicted* (several x columns: predicted against actual, with ``ŷ = y``).
    """

    #: A click on (or within a few pixels of) a point, in scatter mode: the
    #: point's index in the arrays given to `set_points`.
    point_clicked = QtCore.Signal(int)
    #: A drag that began on a point (index as above): started, each move and
    #: the release, with the position in data units.  Only while
    #: :meth:`set_point_drag_enabled` is on.
    point_drag_started = QtCore.Signal(int)
    point_dragged = QtCore.Signal(int, float, float)
    point_drag_finished = QtCore.Signal(int, float, float)
    #: A right click on a point: its index and the screen position for a menu.
    point_menu_requested = QtCore.Signal(int, QtCore.QPoint)
    #: A left click on no point: data units and the scene position.
    empty_clicked = QtCore.Signal(float, float, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        """Long on purpose: every item of the plot, created once, in drawing order."""
        super().__init__(parent)
        self._widget = style.make_plot_widget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._widget)

        item = self._widget.getPlotItem()
        self._item = item
        self._view = item.getViewBox()
        self._view.disableAutoRange()
        style.set_axis_labels(item, "x", "y")

        d, a = style.point_style(0)
        self._points = DotCloudItem(color=style.DATA, diameter=d, opacity=a)
        self._excluded = DotCloudItem(
            color=style.EXCLUDED, diameter=d + 2, opacity=0.95, ring_width=1.6
        )
        for dots in (self._points, self._excluded):
            dots.setZValue(_Z_POINTS)
            item.addItem(dots)  # counted by "View all"; the lines below are not

        dashed = style.pen(style.REFERENCE, style.REFERENCE_WIDTH, dashed=True)
        self._reference = self._curve(dashed)
        self._fit = PolylineItem(style.pen(style.FIT, style.FIT_WIDTH))
        self._fit.setZValue(_Z_FIT)
        # ignoreBounds: a line running off to infinity must not drag "View all" along.
        item.addItem(self._fit, ignoreBounds=True)
        identity = style.pen(style.IDENTITY, style.REFERENCE_WIDTH, dashed=True)
        self._identity = self._curve(identity)
        self._identity.hide()
        # All earlier lines are one cached item, updated in place when one is added.
        newest, oldest = style.TRAIL_ALPHA
        self._trail = TrailItem(
            style.pen(style.FIT, style.TRAIL_WIDTH),
            capacity=TRAIL_MAX,
            newest=newest,
            oldest=oldest,
        )
        self._trail.setZValue(_Z_TRAIL)
        item.addItem(self._trail, ignoreBounds=True)
        # The tutorial's figure: the line every k iterations, labelled on hover;
        # one item for all of them (27 PlotDataItems took 200 ms to make).
        self._history = PolylineItem(style.pen(style.SKY_BLUE, 1.5))
        self._history.cached = True  # still while a run moves the fit line
        self._history.setZValue(_Z_TRAIL)
        item.addItem(self._history, ignoreBounds=True)
        self._history_labels: list[str] = []
        self._history_name = translate("DataPlot", "History (hover a line)")
        self._reference_wanted = True
        self._predicted = False
        self._actual = np.empty(0)
        self._predicted_mask: NDArray[np.bool_] | None = None
        self._names = {
            "fit": translate("DataPlot", "Model"),
            "reference": translate("DataPlot", "Least squares"),
        }
        #: Legend entries of a view that has the line (My Line); None: the model's.
        self._overlay: list[tuple[object, str]] | None = None

        self._equation = style.text_label()
        self._equation.setParentItem(self._view)
        self._equation.setZValue(100)
        self._equation.hide()
        self._corner = "top-left"
        self._view.sigResized.connect(self._place_equation)

        self._legend = style.add_legend_strip(item)
        self._legend_state: tuple[str, ...] = ()
        self._legend_due = False
        self._legend_timer = next_turn_timer(self, self.refresh_legend_now)
        self._data_name = translate("DataPlot", "Data")
        self._refresh_legend()
        self._view.setRange(xRange=(0.0, 1.0), yRange=(0.0, 1.0), padding=0.0)

        self._xy: tuple[NDArray[np.float64], NDArray[np.float64]] | None = None
        on_point_click(self._widget, self.point_at, self.point_clicked.emit)
        self._hook = PointHook(self)
        self._widget.scene().sigMouseMoved.connect(self._name_history_line)

    def _curve(self, pen: QtGui.QPen) -> pg.PlotDataItem:
        """A line that stays put, as pyqtgraph draws it (clipped near the view,
        so a huge value draws as a line leaving the plot)."""
        curve = pg.PlotDataItem(pen=pen, antialias=True)
        curve.setZValue(_Z_REFERENCE)
        self._item.addItem(curve, ignoreBounds=True)  # never stretches "View all"
        return curve

    # --- scatter mode ----------------------------------------------------------
    def set_points(
        self,
        x: ArrayLike,
        y: ArrayLike,
        *,
        x_label: str,
        y_label: str,
        excluded: ArrayLike | None = None,
        total: int | None = None,
    ) -> None:
        """Show the data and frame them; ``excluded`` marks points left out of the fit.

        ``total``: how many points the data have when these are a sample of
        them (the legend says so).

        Lines (model, reference, trail) are left as they are: the caller clears
        or replaces them when they no longer belong to the data.
        """
        xf, yf = _as_float(x), _as_float(y)
        xi, yi, xe, ye = _split(xf, yf, excluded)
        self._xy = (xf, yf)
        self._data_name = sample_name(translate("DataPlot", "Data"), xf.size, total)
        self._widget.setToolTip(_scatter_tip())
        self._predicted = False
        self._show_points(xi, yi, xe, ye)
        style.set_axis_labels(self._item, x_label, y_label)
        self._identity.hide()
        self._show_lines()
        self._view.setRange(
            xRange=padded_range(xf), yRange=padded_range(yf), padding=0.0
        )
        self._refresh_legend()

    def set_point_drag_enabled(self, on: bool) -> None:
        """Let points be dragged, right-clicked, and empty space clicked."""
        self._hook.enabled = bool(on)

    def point_at(self, x: float, y: float, *, pixels: float = 6.0) -> int | None:
        """The index of the point nearest (x, y) in data units, if it lies within
        ``pixels`` screen pixels of the dot's edge; None in predicted mode."""
        if self._predicted or self._xy is None:
            return None
        reach = self._excluded.style()[1] / 2 + pixels
        return nearest_point(self._view, *self._xy, x, y, reach)

    def _show_points(
        self,
        xi: NDArray[np.float64],
        yi: NDArray[np.float64],
        xe: NDArray[np.float64],
        ye: NDArray[np.float64],
    ) -> None:
        d, a = style.point_style(xi.size + xe.size)
        self._points.setStyle(diameter=d, opacity=a)
        self._excluded.setStyle(diameter=d + 2)
        self._points.setData(xi, yi)
        self._excluded.setData(xe, ye)

    def set_fit(self, xs: ArrayLike, ys: ArrayLike) -> None:
        """Move the model: a line (2 points) or a curve (dense grid); the view stays."""
        self._fit.setData(_as_float(xs), _as_float(ys))
        self._refresh_legend()

    def clear_fit(self) -> None:
        """Remove the model line (before a run starts, or when the data change)."""
        self._fit.clear()
        self._refresh_legend()

    def set_reference(self, xs: ArrayLike, ys: ArrayLike) -> None:
        """The closed-form least-squares answer, dashed: where the model should end."""
        self._reference.setData(_as_float(xs), _as_float(ys))
        self._refresh_legend()

    def clear_reference(self) -> None:
        """Remove the least-squares line (e.g. while no answer exists)."""
        self._reference.setData(np.empty(0), np.empty(0))
        self._refresh_legend()

    def set_reference_visible(self, visible: bool) -> None:
        """Show or hide the least-squares line (keeping its data)."""
        self._reference_wanted = bool(visible)
        self._show_lines()
        self._refresh_legend()

    def set_overlay(self, entries: list[tuple[object, str]] | None) -> None:
        """Hand the line over to another view (My Line) or take it back (None).

        While ``entries`` is a list, the model line, its trail and the dashed
        least-squares line are hidden (they keep their data, and new data do
        not show them) and the legend lists ``entries`` after the points.
        """
        self._overlay = None if entries is None else list(entries)
        self._show_lines()
        self._refresh_legend()

    def _show_lines(self) -> None:
        own = self._overlay is None and not self._predicted
        self._fit.setVisible(own)
        self._trail.setVisible(own)
        self._reference.setVisible(own and self._reference_wanted)

    def set_series_names(
        self, *, fit: str | None = None, reference: str | None = None
    ) -> None:
        """Rename the legend entries of the model and the least-squares line."""
        if fit is not None:
            self._names["fit"] = fit
        if reference is not None:
            self._names["reference"] = reference
        self._legend_state = ()
        self._refresh_legend()

    # --- trail -----------------------------------------------------------------
    def add_trail(self, xs: ArrayLike, ys: ArrayLike) -> None:
        """Keep a faint copy of an earlier line; older copies fade, the oldest go.

        At most :data:`TRAIL_MAX` lines are kept, newest on top; opacity falls
        geometrically with age (see :class:`~linreg_gui.ui.plots.lines.TrailItem`).
        """
        self._trail.add(_as_float(xs), _as_float(ys))

    def clear_trail(self) -> None:
        """Forget all earlier lines (the history lines too)."""
        self._trail.clear()
        self.set_history([])

    def set_history(
        self,
        lines: Sequence[tuple[ArrayLike, ArrayLike, str]],
        name: str | None = None,
    ) -> None:
        """The lines at iterations 0, k, 2k, … (oldest first), each named by
        ``label`` ("iteration 3,000 · loss 0.812") when the mouse is on it;
        from pale to dark with the iterations, as the tutorial draws them."""
        self._history_name = (
            translate("DataPlot", "History (hover a line)") if name is None else name
        )
        lines = [line for line in lines if np.size(line[0])]
        count = len(lines)
        self._history.set_lines(
            [
                (_as_float(xs), _as_float(ys), 0.25 + 0.75 * (index + 1) / count)
                for index, (xs, ys, _label) in enumerate(lines)
            ]
        )
        self._history_labels = [label for _xs, _ys, label in lines]
        self._refresh_legend()

    def history_labels(self) -> list[str]:
        return list(self._history_labels)

    def history_lines(self) -> list[tuple[NDArray[np.float64], NDArray[np.float64]]]:
        """The history lines' points (x, y), oldest first."""
        return [(xs, ys) for xs, ys, _opacity in self._history.lines()]

    def _name_history_line(self, scene_pos: QtCore.QPointF) -> None:
        """A tooltip naming the history line under the mouse (within 6 px)."""
        if not self._history_labels:
            return
        spot = self._view.mapSceneToView(scene_pos)
        pixel = self._view.viewPixelSize()[1]
        best, text = 6.0, ""
        for (xs, ys), label in zip(
            self.history_lines(), self._history_labels, strict=False
        ):
            if len(xs) < 2:
                continue
            order = np.argsort(xs)
            y = float(np.interp(spot.x(), xs[order], ys[order]))
            distance = abs(y - spot.y()) / pixel if pixel > 0 else math.inf
            if distance < best:
                best, text = distance, label
        self._widget.setToolTip(text or _scatter_tip())
        if text:
            view = self._widget.mapFromScene(scene_pos)
            QtWidgets.QToolTip.showText(
                self._widget.mapToGlobal(view), text, self._widget
            )

    # --- predicted-vs-actual mode -----------------------------------------------
    def set_predicted_mode(
        self,
        actual: ArrayLike,
        predicted: ArrayLike,
        *,
        y_label: str,
        excluded: ArrayLike | None = None,
        total: int | None = None,
    ) -> None:
        """Several x columns: plot predicted against actual, with the line ``ŷ = y``.

        Points on the dashed identity line are predicted exactly.  The view frames
        the actual values on both axes, so the cloud tightens onto the diagonal as
        the model learns.
        """
        act = _as_float(actual)
        pred = _as_float(predicted)
        if act.shape != pred.shape:
            raise ValueError(
                f"actual and predicted differ in length ({act.size} != {pred.size})"
            )
        self._predicted = True
        self._data_name = sample_name(translate("DataPlot", "Data"), act.size, total)
        self._widget.setToolTip(navigation_tip())
        self._actual = act
        self._predicted_mask = (
            None if excluded is None else np.asarray(excluded, dtype=bool).ravel()
        )
        self._show_points(*_split(act, pred, self._predicted_mask))
        style.set_axis_labels(
            self._item,
            translate("DataPlot", "Actual {name}").format(name=y_label),
            translate("DataPlot", "Predicted {name}").format(name=y_label),
        )
        for line in (self._fit, self._reference, self._trail):
            line.hide()
        lo, hi = padded_range(act)
        self._identity.setData(np.array([lo, hi]), np.array([lo, hi]))
        self._identity.show()
        self._view.setRange(xRange=(lo, hi), yRange=(lo, hi), padding=0.0)
        self._refresh_legend()

    def update_predicted(self, predicted: ArrayLike) -> None:
        """New predictions during a run (predicted mode); the view stays put."""
        pred = _as_float(predicted)
        if not self._predicted or pred.shape != self._actual.shape:
            raise ValueError(
                f"{pred.size} predictions for {self._actual.size} actual values: "
                "call set_predicted_mode() with the actual values first"
            )
        self._show_points(*_split(self._actual, pred, self._predicted_mask))

    # --- equation label --------------------------------------------------------
    def set_equation(self, text: str, corner: str | None = None) -> None:
        """Show ``text`` (e.g. ``"ŷ = 2.770·x + 4.215"``) in a corner of the plot.

        ``corner`` is ``"top-left"`` (default), ``"top-right"``, ``"bottom-left"``
        or ``"bottom-right"``; the caller picks the one the data leave empty.
        An empty ``text`` hides the label.
        """
        if corner is not None:
            if corner not in _CORNERS:
                raise ValueError(f"unknown corner {corner!r}")
            self._corner = corner
        self._equation.setText(text)
        self._equation.setVisible(bool(text))
        self._place_equation()

    def equation(self) -> str:
        """The text of the corner label ('' when hidden)."""
        return str(self._equation.textItem.toPlainText())

    def _place_equation(self) -> None:
        """Put the label in its corner, wrapped to the plot's width if need be
        (a degree-6 equation is wider than a plot at 1024 × 768)."""
        anchor, where = _CORNERS[self._corner]
        rect = self._view.boundingRect()
        inset = 8.0
        self._equation.setTextWidth(-1)
        room = max(rect.width() - 2 * inset - 8.0, 60.0)
        if self._equation.textItem.boundingRect().width() > room:
            self._equation.setTextWidth(room)
        x = rect.left() + inset + where[0] * (rect.width() - 2 * inset)
        y = rect.top() + inset + where[1] * (rect.height() - 2 * inset)
        self._equation.setAnchor(anchor)
        self._equation.setPos(QtCore.QPointF(x, y))

    # --- legend and access -----------------------------------------------------
    def _refresh_legend(self) -> None:
        """Rebuild the legend once the current burst of changes is over.

        A new analysis clears the line, sets the points and draws the line
        again: three rebuilds of pyqtgraph labels, 50 ms at 10⁶ rows, where one
        suffices.  So the rebuild waits for the event loop's next turn.
        """
        if not self._legend_due:
            self._legend_due = True
            self._legend_timer.start()

    def refresh_legend_now(self) -> None:
        """Rebuild the legend when the set of visible series changes (rarely).

        Called on every frame by :meth:`set_fit`, so it decides from a few flags
        before building anything.
        """
        self._legend_due = False
        has_excluded = bool(self._excluded.getData()[0].size)
        wanted: list[tuple[str, object]] = []
        if self._points.getData()[0].size or not has_excluded:
            wanted.append((self._data_name, self._points))
        if has_excluded:
            wanted.append((translate("DataPlot", "Left out of fit"), self._excluded))
        if self._predicted:
            wanted.append(
                (translate("DataPlot", "Perfect prediction (ŷ = y)"), self._identity)
            )
        elif self._overlay is not None:
            wanted.extend((name, item) for item, name in self._overlay)
        else:
            if not self._fit.is_empty():
                wanted.append((self._names["fit"], self._fit))
            if self._history_labels:
                wanted.append((self._history_name, self._history))
            if _holds_data(self._reference) and self._reference_wanted:
                wanted.append((self._names["reference"], self._reference))
        state = tuple(name for name, _ in wanted)
        if state == self._legend_state:
            return
        self._legend_state = state
        entries = [
            (DotSample(item) if isinstance(item, DotCloudItem) else item, name)
            for name, item in wanted
        ]
        style.fill_legend(self._legend, entries)

    def plot_item(self) -> pg.PlotItem:
        """The PlotItem (for export and the window's context-menu actions)."""
        return self._item

    def plot_widget(self) -> pg.PlotWidget:
        """The PlotWidget inside this widget."""
        return self._widget

    @property
    def scatter(self) -> DotCloudItem:
        """Points used by the fit."""
        return self._points

    @property
    def excluded_scatter(self) -> DotCloudItem:
        """Points left out of the fit (hollow, grey)."""
        return self._excluded

    @property
    def fit_curve(self) -> PolylineItem:
        """The current model."""
        return self._fit

    @property
    def reference_curve(self) -> pg.PlotDataItem:
        """The least-squares line (dashed)."""
        return self._reference

    @property
    def identity_curve(self) -> pg.PlotDataItem:
        """``ŷ = y`` in predicted mode."""
        return self._identity

    @property
    def trail_item(self) -> TrailItem:
        """All kept earlier lines, in one item."""
        return self._trail

    def trail_lines(self) -> list[tuple[np.ndarray, np.ndarray, float]]:
        """The kept earlier lines (xs, ys, opacity), newest first."""
        return self._trail.lines()[::-1]
