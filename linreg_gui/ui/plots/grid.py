"""A PlotWidget whose grid lives in the view's cached background.

pyqtgraph draws grid lines as part of each axis, across the whole plot area, so
every frame that moves the model repaints both axes' grids under the line
(about 1 ms together, even from Qt's item cache: two translucent full-area
blits).  Here the grid is painted into the QGraphicsView background instead,
which Qt caches as one opaque image and blits for free with the background it
draws anyway.  The background is redrawn only when the view range or size
changes.  The lines sit at the axes' own tick values (major and minor), so they
match the labels exactly, in log scale too.

``scene.render`` (used for exports) does not draw a view's background, so the
exporters call :meth:`GridPlotWidget.draw_grid` themselves.

Measured against pyqtgraph's own grid (``showGrid``, with the axes cached by Qt
as the plots here cache them), in a 900 × 600 data plot mid-run: 3.52 ms of CPU
a frame against 2.60 ms (1.36×; 1.03-1.61×, median 1.3× over six runs of
``benchmarks/plot_frame.py --quick``, ``items``): 0.9 ms, almost half the
2 ms budget.
"""

from __future__ import annotations

import math

from PySide6 import QtCore, QtGui, QtWidgets

# pyqtgraph binds to whichever Qt is already imported: PySide6 must come first.
# isort: split
import pyqtgraph as pg

from linreg_gui.ui.repaint import watch_scene

#: Opacity of major and minor grid lines.
GRID_ALPHA = (0.13, 0.05)


class GridPlotWidget(pg.PlotWidget):
    """A ``pg.PlotWidget`` that draws its grid as part of its cached background.

    Kept over ``showGrid``, which makes a mid-run data-plot frame about 1.3×
    dearer (module docstring).
    """

    def __init__(
        self,
        parent: QtWidgets.QWidget | None = None,
        *,
        background: str,
        grid_color: str,
        view_box: pg.ViewBox | None = None,
        axis_items: dict[str, pg.AxisItem] | None = None,
    ) -> None:
        super().__init__(
            parent=parent, background=background, viewBox=view_box, axisItems=axis_items
        )
        self.scene().setItemIndexMethod(
            QtWidgets.QGraphicsScene.ItemIndexMethod.NoIndex
        )
        watch_scene(self.scene())
        self._grid_color = QtGui.QColor(grid_color)
        self._grid_visible = True
        view = self.getPlotItem().getViewBox()
        view.sigRangeChanged.connect(self._grid_moved)
        view.sigResized.connect(self._grid_moved)

    def set_grid_visible(self, visible: bool) -> None:
        """Show or hide the background grid."""
        self._grid_visible = bool(visible)
        self._grid_moved()

    def grid_visible(self) -> bool:
        """Whether the background grid is shown."""
        return self._grid_visible

    def _grid_moved(self, *args: object) -> None:
        self.resetCachedContent()
        self.viewport().update()

    def drawBackground(self, painter: QtGui.QPainter, rect: QtCore.QRectF) -> None:
        """The background brush, then the grid (cached together by Qt)."""
        super().drawBackground(painter, rect)
        self.draw_grid(painter)

    def grid_lines(self) -> list[tuple[int, bool, float]]:
        """Grid lines as (level, vertical?, scene coordinate); level 0 is major."""
        item = self.getPlotItem()
        view = item.getViewBox()
        area = view.sceneBoundingRect()
        if not self._grid_visible or area.width() <= 0 or area.height() <= 0:
            return []
        (x0, x1), (y0, y1) = view.viewRange()
        if not all(math.isfinite(v) for v in (x0, x1, y0, y1, x1 - x0, y1 - y0)):
            return []  # no grid rather than NaN arithmetic inside a paint
        # View to scene is a scale and a shift on each axis: map two corners
        # once rather than every line (each mapping is a call into Qt).
        first = view.mapViewToScene(QtCore.QPointF(x0, y0))
        last = view.mapViewToScene(QtCore.QPointF(x1, y1))
        lines: list[tuple[int, bool, float]] = []
        for name, lo, hi, size, vertical, start, end in (
            ("bottom", x0, x1, area.width(), True, first.x(), last.x()),
            ("left", y0, y1, area.height(), False, first.y(), last.y()),
        ):
            if hi == lo:
                continue
            scale = (end - start) / (hi - lo)
            axis = item.getAxis(name)
            for level, (_spacing, values) in enumerate(axis.tickValues(lo, hi, size)):
                if level > 1:
                    break
                lines += [(level, vertical, start + (v - lo) * scale) for v in values]
        return lines

    def draw_grid(self, painter: QtGui.QPainter) -> None:
        """Paint the grid lines (in scene coordinates) inside the plot area."""
        lines = self.grid_lines()
        if not lines:
            return
        area = self.getPlotItem().getViewBox().sceneBoundingRect()
        painter.save()
        try:
            painter.setClipRect(area, QtCore.Qt.ClipOperation.IntersectClip)
            painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, False)
            for level, alpha in enumerate(GRID_ALPHA):
                color = QtGui.QColor(self._grid_color)
                color.setAlphaF(alpha)
                pen = QtGui.QPen(color)
                pen.setCosmetic(True)
                pen.setWidth(1)
                painter.setPen(pen)
                for lvl, vertical, at in lines:
                    if lvl != level:
                        continue
                    if vertical:
                        painter.drawLine(
                            QtCore.QPointF(at, area.top()),
                            QtCore.QPointF(at, area.bottom()),
                        )
                    else:
                        painter.drawLine(
                            QtCore.QPointF(area.left(), at),
                            QtCore.QPointF(area.right(), at),
                        )
        finally:
            painter.restore()
