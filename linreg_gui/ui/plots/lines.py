"""Lines over the data: the moving model and the trail of its earlier positions.

Qt's raster engine strokes antialiased lines wider than one pixel slowly: about
1 ms for one 3 px line across a 900 px plot, against 0.07 ms for a 1 px line.
Every frame of gradient descent repaints whatever lies under the moving line, so:

* the trail (:class:`TrailItem`, forty lines that fade with age) is rendered
  into an image of the visible area, blitted afterwards and faded in place when
  a line is added;
* the moving line (:class:`PolylineItem`) is drawn straight away, as five 1 px
  strokes offset by up to a pixel, which covers the same band as one 3 px
  stroke for about half the cost.  Exports (PNG, SVG) and high-DPI screens use
  the real pen, so files get true vector lines.

Both against pyqtgraph's ``PlotDataItem`` with the same pens, in a 900 × 600
plot mid-run (``benchmarks/plot_frame.py --quick``, ``items``, interleaved
medians of CPU time per frame):

* moving line: 2.93 ms a frame with ``PlotDataItem`` against 2.37 ms with
  :class:`PolylineItem` (1.24×; 1.24-1.44× over six runs); a 400-point
  polynomial curve 4.08 against 2.85 ms (1.43×; 1.36-1.81×);
* trail: forty ``PlotDataItem`` (opacity in each pen) 5.13 against 3.23 ms
  (1.59×; 1.45-1.96× over four runs), with Qt's item cache 11.9 ms (4.2×); a
  frame that also adds a line 24.1 against 4.2 ms (5.7×; 5.4-6.7×).

The dashed least-squares line is not here: pyqtgraph's ``PlotDataItem`` draws it
more cheaply than a cached image of it did (frames 0.58-0.91×).

Lines are mapped to device pixels by NumPy and clipped a million pixels beyond
the view (as pyqtgraph's ``dynamicRangeLimit`` does), so a diverging run that
sends a line towards 1e300 draws as a steep line leaving the plot, never as an
overflow.  Non-finite points break the line.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import ArrayLike, NDArray
from PySide6 import QtCore, QtGui, QtWidgets

# pyqtgraph binds to whichever Qt is already imported: PySide6 must come first.
# isort: split
import pyqtgraph as pg

from linreg_gui.ui.plots.raster import CachedImageItem, Frame, blank_image, frame_for

#: How far beyond the view (in device pixels) line ends are clipped.
CLIP_PX = 1e6

Line = tuple[NDArray[np.float64], NDArray[np.float64], float]


def device_path(
    tr: QtGui.QTransform,
    xs: NDArray[np.float64],
    ys: NDArray[np.float64],
    bounds: QtCore.QRectF,
    dpr: float = 1.0,
    origin: tuple[float, float] = (0.0, 0.0),
) -> QtGui.QPainterPath:
    """The polyline through (xs, ys) in device pixels, clipped around ``bounds``."""
    with np.errstate(over="ignore", invalid="ignore"):
        px = (tr.m11() * xs + tr.m21() * ys + tr.dx()) * dpr - origin[0]
        py = (tr.m12() * xs + tr.m22() * ys + tr.dy()) * dpr - origin[1]
    left, right = bounds.left() * dpr - origin[0], bounds.right() * dpr - origin[0]
    top, bottom = bounds.top() * dpr - origin[1], bounds.bottom() * dpr - origin[1]
    px = np.clip(px, left - CLIP_PX, right + CLIP_PX)
    py = np.clip(py, top - CLIP_PX, bottom + CLIP_PX)
    broken = ~(np.isfinite(xs) & np.isfinite(ys))
    if broken.any():
        px[broken] = np.nan
    return pg.arrayToQPath(px, py, connect="finite")


Box = tuple[float, float, float, float]


def box_of(xs: NDArray[np.float64], ys: NDArray[np.float64]) -> Box | None:
    """(min x, max x, min y, max y) of the finite points of one line, or None."""
    ok = np.isfinite(xs) & np.isfinite(ys)
    if not ok.any():
        return None
    fx, fy = xs[ok], ys[ok]
    return float(fx.min()), float(fx.max()), float(fy.min()), float(fy.max())


def union_of(boxes: Sequence[Box | None]) -> QtCore.QRectF | None:
    """The rectangle covering ``boxes`` (None if all are None)."""
    present = [b for b in boxes if b is not None]
    if not present:
        return None
    lo_x = min(b[0] for b in present)
    hi_x = max(b[1] for b in present)
    lo_y = min(b[2] for b in present)
    hi_y = max(b[3] for b in present)
    return QtCore.QRectF(QtCore.QPointF(lo_x, lo_y), QtCore.QPointF(hi_x, hi_y))


def extent_of(lines: Sequence[Line]) -> QtCore.QRectF | None:
    """Bounding rectangle of the finite points of ``lines`` (None if there are none).

    Segments run between points, so this covers every drawn segment; points at
    ±inf or NaN break the line and are left out.
    """
    return union_of([box_of(xs, ys) for xs, ys, _ in lines])


class PolylineItem(CachedImageItem):
    """Polylines in one colour and width, each with its own opacity.

    Drawn directly, as offset 1 px strokes, for the moving model: pyqtgraph's
    ``PlotDataItem`` with the same 3 px pen makes a mid-run frame 1.24-1.44×
    dearer (1.36-1.81× for a 400-point curve; module docstring).

    Parameters
    ----------
    pen : QPen
        Colour, width (screen pixels) and dash pattern.
    """

    #: Keep a rendering of the visible area and blit it (the trail); otherwise
    #: stroke on every paint, fast (the moving line).
    cached = False

    def __init__(self, pen: QtGui.QPen) -> None:
        super().__init__()
        self._pen = QtGui.QPen(pen)
        self._lines: list[Line] = []
        self._extent: QtCore.QRectF | None = None
        #: pyqtgraph's legend draws its sample from these.
        self.opts: dict[str, object] = {"pen": self._pen, "antialias": True}

    # --- data ------------------------------------------------------------------
    def setData(self, xs: ArrayLike, ys: ArrayLike) -> None:
        """Show one line (replacing any others)."""
        self.set_lines([(xs, ys, 1.0)])

    def set_lines(self, lines: Sequence[tuple[ArrayLike, ArrayLike, float]]) -> None:
        """Show these lines, drawn in order (later on top), with their opacities."""
        kept: list[Line] = []
        for xs, ys, opacity in lines:
            x = np.array(xs, dtype=float, copy=True).ravel()
            y = np.array(ys, dtype=float, copy=True).ravel()
            if x.shape != y.shape:
                raise ValueError(f"xs and ys differ in length ({x.size} != {y.size})")
            if x.size:
                kept.append((x, y, float(opacity)))
        self.prepareGeometryChange()
        self._lines = kept
        self._extent = extent_of(self._lines)
        self.invalidate()

    def clear(self) -> None:
        """Show nothing."""
        self.set_lines([])

    def getData(self) -> tuple[NDArray[np.float64] | None, NDArray[np.float64] | None]:
        """The (last) line's points, or (None, None), as pyqtgraph items answer."""
        if not self._lines:
            return None, None
        x, y, _ = self._lines[-1]
        return x, y

    def lines(self) -> list[Line]:
        """All lines with their opacities, in drawing order."""
        return list(self._lines)

    def pen(self) -> QtGui.QPen:
        """The pen lines are drawn with."""
        return QtGui.QPen(self._pen)

    def set_pen(self, pen: QtGui.QPen) -> None:
        """Draw with ``pen`` from now on (the zoom widens it)."""
        self.prepareGeometryChange()
        self._pen = QtGui.QPen(pen)
        self.opts["pen"] = self._pen
        self.invalidate()

    def is_empty(self) -> bool:
        """No lines: nothing to paint."""
        return not self._lines

    # --- geometry ----------------------------------------------------------------
    def boundingRect(self) -> QtCore.QRectF:
        """Where the lines are, within the visible area, plus the pen's reach.

        Kept tight on purpose: when the model moves, Qt repaints only this
        rectangle (old and new), so a shallow line costs a thin strip.
        """
        view = self.getViewBox()
        if view is None or self._extent is None:
            return QtCore.QRectF()
        rect = self._extent.intersected(view.viewRect())
        if rect.isNull() and not self._extent.isNull():
            rect = QtCore.QRectF(rect.topLeft(), rect.topLeft())
        px, py = self.pixelVectors()
        reach = self._pen.widthF() / 2.0 + 2.0
        dx = 0.0 if px is None else px.length() * reach
        dy = 0.0 if py is None else py.length() * reach
        return rect.adjusted(-dx, -dy, dx, dy)

    def viewRangeChanged(self) -> None:
        """The bounding rectangle follows the view."""
        self.prepareGeometryChange()

    def dataBounds(
        self,
        ax: int,
        frac: float = 1.0,
        orthoRange: tuple[float, float] | None = None,
    ) -> None:
        """Lines never stretch the view (a diverging line would take it along)."""
        return None

    # --- painting ----------------------------------------------------------------
    def _draw(
        self,
        painter: QtGui.QPainter,
        frame: Frame,
        *,
        to_image: bool,
        fast: bool,
        back: bool = False,
    ) -> None:
        """Stroke every line; ``back`` maps the device paths back to item space."""
        view = self.getViewBox()
        if view is None:
            return
        bounds = frame.tr.mapRect(view.viewRect())
        # Paths are in logical pixels (images carry the device-pixel ratio), but
        # Qt draws cosmetic pens in device pixels: widen them by the ratio, so
        # that lines keep their width on high-DPI screens and in exports.
        corner = frame.origin
        origin = (corner.x(), corner.y()) if to_image else (0.0, 0.0)
        pen = QtGui.QPen(self._pen)
        pen.setCosmetic(True)
        pen.setWidthF(self._pen.widthF() * frame.scale * frame.dpr)
        offsets = [(0.0, 0.0)]
        width = pen.widthF()
        # The offset strokes tile the band only where one logical pixel is one
        # device pixel; on high-DPI screens the real pen is used.
        solid = pen.style() == QtCore.Qt.PenStyle.SolidLine
        if fast and width > 1.5 and solid and frame.dpr == 1.0:
            r = (width - 1.0) / 2.0
            offsets += [(r, 0.0), (-r, 0.0), (0.0, r), (0.0, -r)]
            pen.setWidthF(1.0)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
        color = self._pen.color()
        inverse, invertible = frame.tr.inverted()
        back = back and invertible
        for xs, ys, opacity in self._lines:
            path = device_path(frame.tr, xs, ys, bounds, 1.0, origin)
            if back:
                path = inverse.map(path)
            c = QtGui.QColor(color)
            c.setAlphaF(color.alphaF() * opacity)
            pen.setColor(c)
            painter.setPen(pen)
            for dx, dy in offsets:
                painter.drawPath(path.translated(dx, dy) if dx or dy else path)

    def render(self, frame: Frame) -> QtGui.QImage:
        """All lines, with the real pen, into an image of the visible area."""
        image = blank_image(frame)
        painter = QtGui.QPainter(image)
        try:
            self._draw(painter, frame, to_image=True, fast=False)
        finally:
            painter.end()
        return image

    def paint(
        self,
        painter: QtGui.QPainter,
        option: QtWidgets.QStyleOptionGraphicsItem | None = None,
        widget: QtWidgets.QWidget | None = None,
    ) -> None:
        """Cached lines blit their image; the moving line is stroked directly."""
        if self.is_empty():
            return
        frame = frame_for(self, painter)
        if frame is None:
            return
        if self.cached and not frame.exporting:
            super().paint(painter, option, widget)
            return
        painter.save()
        try:
            if frame.exporting:
                # Vector output: draw in item coordinates, so that the exporter's
                # clipping (the plot area) applies as it does to other items.
                self._draw(painter, frame, to_image=False, fast=False, back=True)
            else:
                painter.resetTransform()
                self._draw(painter, frame, to_image=False, fast=True)
        finally:
            painter.restore()


class TrailItem(PolylineItem):
    """Earlier lines that fade geometrically with age; at most ``capacity`` kept.

    Opacity of the line ``age`` additions old is ``newest × r^age``, with ``r``
    chosen so that the oldest kept line has ``oldest``.  Adding a line does not
    redraw the others: the cached image is faded by ``r`` and the new line drawn
    on top (well under a millisecond, against about 0.25 ms per line for a full
    redraw).  Qt's fading rounds to nearest, so the faintest pixels (below 3 %
    opacity) would linger: a full redraw every ``capacity`` additions clears
    them, as does any change of the view.

    Kept over forty pyqtgraph ``PlotDataItem``: they make a mid-run frame
    1.45-1.96× dearer, and a frame that adds a line 5.4-6.7× (module docstring).
    """

    cached = True

    def __init__(
        self, pen: QtGui.QPen, *, capacity: int, newest: float, oldest: float
    ) -> None:
        super().__init__(pen)
        self._capacity = max(int(capacity), 1)
        self._newest = float(newest)
        self._ratio = (oldest / newest) ** (1.0 / max(self._capacity - 1, 1))
        self._raw: list[tuple[NDArray[np.float64], NDArray[np.float64]]] = []
        self._boxes: list[Box | None] = []  # one per raw line, computed once
        self._pending = 0  # lines added since the cached image was drawn
        self._updates = 0  # in-place updates since the last full redraw

    @property
    def capacity(self) -> int:
        """Most lines kept."""
        return self._capacity

    def add(self, xs: ArrayLike, ys: ArrayLike) -> None:
        """Add the newest line (the oldest goes once ``capacity`` are kept)."""
        x = np.array(xs, dtype=float, copy=True).ravel()
        y = np.array(ys, dtype=float, copy=True).ravel()
        if x.shape != y.shape:
            raise ValueError(f"xs and ys differ in length ({x.size} != {y.size})")
        self.prepareGeometryChange()
        self._raw.append((x, y))
        self._boxes.append(box_of(x, y))
        del self._raw[: -self._capacity]
        del self._boxes[: -self._capacity]
        self._pending += 1
        self._sync_lines()
        self.update()  # keep the cached image: paint() brings it up to date

    def set_lines(self, lines: Sequence[tuple[ArrayLike, ArrayLike, float]]) -> None:
        """Replace all lines (opacities follow from the order, not from ``lines``)."""
        self._raw = []
        for xs, ys, _ in lines[-self._capacity :]:
            x = np.array(xs, dtype=float, copy=True).ravel()
            y = np.array(ys, dtype=float, copy=True).ravel()
            if x.shape != y.shape:
                raise ValueError(f"xs and ys differ in length ({x.size} != {y.size})")
            self._raw.append((x, y))
        self._boxes = [box_of(x, y) for x, y in self._raw]
        self.prepareGeometryChange()
        self._sync_lines()
        self.invalidate()

    def opacity_at(self, age: int) -> float:
        """Opacity of the line ``age`` additions old (0 = newest)."""
        return self._newest * self._ratio**age

    def _sync_lines(self) -> None:
        n = len(self._raw)
        self._lines = [
            (x, y, self.opacity_at(n - 1 - i))
            for i, (x, y) in enumerate(self._raw)
            if x.size
        ]
        self._extent = union_of(self._boxes)

    def invalidate(self) -> None:
        """Forget the image; the next paint redraws every line."""
        self._pending = 0
        self._updates = 0
        super().invalidate()

    def render(self, frame: Frame) -> QtGui.QImage:
        """Every kept line, drawn afresh."""
        self._updates = 0
        return super().render(frame)

    def paint(
        self,
        painter: QtGui.QPainter,
        option: QtWidgets.QStyleOptionGraphicsItem | None = None,
        widget: QtWidgets.QWidget | None = None,
    ) -> None:
        """Bring the cached image up to date (fade + new lines), then blit it."""
        frame = frame_for(self, painter)
        image = self._cache_image
        if (
            self._pending
            and frame is not None
            and not frame.exporting
            and image is not None
            and frame.key == self._cache_key
            and self._updates + self._pending < self._capacity
        ):
            n = len(self._raw)
            fresh = [
                (x, y, self.opacity_at(n - 1 - i))
                for i, (x, y) in enumerate(self._raw)
                if i >= n - self._pending and x.size
            ]
            drawing = QtGui.QPainter(image)
            saved, self._lines = self._lines, fresh
            try:
                keep = QtGui.QColor(0, 0, 0)
                keep.setAlphaF(self._ratio**self._pending)
                drawing.setCompositionMode(
                    QtGui.QPainter.CompositionMode.CompositionMode_DestinationIn
                )
                everything = QtCore.QRectF(0, 0, frame.width, frame.height)
                drawing.fillRect(everything, keep)  # fade what is there
                drawing.setCompositionMode(
                    QtGui.QPainter.CompositionMode.CompositionMode_SourceOver
                )
                self._draw(drawing, frame, to_image=True, fast=False)
                self._updates += self._pending
            finally:
                self._lines = saved
                drawing.end()
        elif self._pending:
            self._cache_key = None  # too much changed: redraw everything
        self._pending = 0
        super().paint(painter, option, widget)
