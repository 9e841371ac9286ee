"""The Diagnostics tab: the four plots R's ``plot(lm)`` draws, and a histogram.

Residuals against fitted values, a normal Q-Q plot of the standardized
residuals, residuals against leverage with Cook's distance contours at 0.5
and 1, and a histogram of the residuals with the normal curve of the same
spread.  Above them, the two numbers the normal equations make zero (the mean
residual and ``Xᵀr``) and a *predict at x* box.  What is drawn comes from
:class:`~linreg_gui.model.diagnostics.DiagnosticFrame`; points are dots of
:class:`~linreg_gui.ui.plots.points.DotCloudItem` (fast at any sample size),
the selected rows ringed in every plot.
"""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import NDArray
from PySide6 import QtCore
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

# pyqtgraph binds to whichever Qt is already imported: PySide6 must come first.
# isort: split
import pyqtgraph as pg

from linreg_gui.model.diagnostics import COOK_LEVELS, DiagnosticFrame, cook_contour
from linreg_gui.model.text import QT_TRANSLATE_NOOP, number, read_number, translate
from linreg_gui.ui.plots import style
from linreg_gui.ui.plots.data_plot import padded_range
from linreg_gui.ui.plots.points import DotCloudItem, nearest_point, on_point_click

FloatArray = NDArray[np.float64]

#: Plot keys, in reading order (left to right, top to bottom).
PLOTS = ("fitted", "qq", "leverage", "histogram")
_TITLES = {
    "fitted": (
        QT_TRANSLATE_NOOP("DiagnosticsPlot", "Residuals vs fitted"),
        QT_TRANSLATE_NOOP("DiagnosticsPlot", "Fitted value ŷ"),
        QT_TRANSLATE_NOOP("DiagnosticsPlot", "Residual y − ŷ"),
    ),
    "qq": (
        QT_TRANSLATE_NOOP("DiagnosticsPlot", "Normal Q-Q"),
        QT_TRANSLATE_NOOP("DiagnosticsPlot", "Normal quantile"),
        QT_TRANSLATE_NOOP("DiagnosticsPlot", "Std. residual"),
    ),
    "leverage": (
        QT_TRANSLATE_NOOP("DiagnosticsPlot", "Leverage · Cook's D"),
        QT_TRANSLATE_NOOP("DiagnosticsPlot", "Leverage h"),
        QT_TRANSLATE_NOOP("DiagnosticsPlot", "Std. residual"),
    ),
    "histogram": (
        QT_TRANSLATE_NOOP("DiagnosticsPlot", "Residuals"),
        QT_TRANSLATE_NOOP("DiagnosticsPlot", "Residual y − ŷ"),
        QT_TRANSLATE_NOOP("DiagnosticsPlot", "Rows"),
    ),
}
#: Most rows ringed as selected (a selection of 10⁶ table rows rings a sample).
MAX_RINGED = 2_000


class DiagnosticsPlot(QWidget):
    """Four linked plots and the normal-equation numbers.

    Signals
    -------
    row_clicked(int)
        A point was clicked in any of the plots: its data-set row.
    predict_requested(float)
        A number was entered in the *predict at x* box.
    """

    row_clicked = QtCore.Signal(int)
    predict_requested = QtCore.Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.setSpacing(2)
        self.normal_label = QLabel("")
        self.normal_label.setWordWrap(True)
        self.normal_label.setToolTip(
            translate(
                "DiagnosticsPlot",
                "At the least-squares answer the normal equations XᵀX θ = Xᵀy hold: "
                "the residuals r = y − ŷ satisfy Xᵀr = 0, so with an intercept their "
                "mean is 0.  During a gradient-descent run both shrink towards 0.",
            )
        )
        layout.addWidget(self.normal_label)
        top = QHBoxLayout()
        predict_label = QLabel(translate("DiagnosticsPlot", "&Predict at x ="))
        top.addWidget(predict_label)
        self.predict_box = QLineEdit()
        predict_label.setBuddy(self.predict_box)
        self.predict_box.setAccessibleName(translate("DiagnosticsPlot", "Predict at x"))
        self.predict_box.setPlaceholderText(translate("DiagnosticsPlot", "a number"))
        self.predict_box.setMaximumWidth(110)
        self.predict_box.setToolTip(
            translate(
                "DiagnosticsPlot",
                "ŷ at this x with the 95 % interval for the mean and for a new "
                "observation (least squares, one x column)",
            )
        )
        self.predict_box.returnPressed.connect(self._on_predict)
        top.addWidget(self.predict_box)
        self.predict_label = QLabel("")
        self.predict_label.setWordWrap(True)
        self.predict_label.hide()
        top.addWidget(self.predict_label, 1)
        layout.addLayout(top)
        grid = QGridLayout()
        grid.setSpacing(2)
        layout.addLayout(grid, 1)

        self.widgets: dict[str, pg.PlotWidget] = {}
        self._title_sizes: dict[str, float] = {}
        self.dots: dict[str, DotCloudItem] = {}
        self.rings: dict[str, DotCloudItem] = {}
        self._xy: dict[str, tuple[FloatArray, FloatArray]] = {}
        for i, key in enumerate(PLOTS):
            widget = style.make_plot_widget(self)
            widget.setMinimumSize(160, 120)
            item = widget.getPlotItem()
            title, x_label, y_label = _TITLES[key]
            item.setTitle(
                translate("DiagnosticsPlot", title),
                color=style.FOREGROUND,
                size=f"{style.zoomed(style.LABEL_FONT_PT):.1f}pt",
            )
            style.set_axis_labels(
                item,
                translate("DiagnosticsPlot", x_label),
                translate("DiagnosticsPlot", y_label),
            )
            item.getViewBox().disableAutoRange()
            self.widgets[key] = widget
            grid.addWidget(widget, i // 2, i % 2)
            if key == "histogram":
                continue
            d, a = style.point_style(0)
            dots = DotCloudItem(color=style.DATA, diameter=d, opacity=a)
            ring = DotCloudItem(
                color=style.ORANGE, diameter=d + 8, opacity=1.0, ring_width=2.5
            )
            ring.setZValue(5)
            item.addItem(dots)
            item.addItem(ring, ignoreBounds=True)
            self.dots[key], self.rings[key] = dots, ring
            self._xy[key] = (np.empty(0), np.empty(0))
            on_point_click(
                widget,
                lambda x, y, k=key: self._point_at(k, x, y),
                lambda index, k=key: self._clicked(k, index),
            )
            widget.setToolTip(
                translate(
                    "DiagnosticsPlot", "Click a point to select its row in every view"
                )
            )

        zero = style.pen(style.IDENTITY, 1.5)
        for key in ("fitted", "leverage"):
            line = pg.InfiniteLine(pos=0.0, angle=0, pen=zero, movable=False)
            self.widgets[key].getPlotItem().addItem(line, ignoreBounds=True)
        self.qq_line = pg.PlotCurveItem(pen=style.pen(style.IDENTITY, 1.5, dashed=True))
        self.widgets["qq"].getPlotItem().addItem(self.qq_line, ignoreBounds=True)
        self.cook_curves: list[pg.PlotCurveItem] = []
        for _level in COOK_LEVELS:
            for _sign in (1, -1):
                curve = pg.PlotCurveItem(
                    pen=style.pen(style.VERMILLION, 1.5, dashed=True), antialias=True
                )
                self.widgets["leverage"].getPlotItem().addItem(curve, ignoreBounds=True)
                self.cook_curves.append(curve)
        hist = self.widgets["histogram"].getPlotItem()
        self.bars = pg.PlotCurveItem(
            x=np.array([0.0, 1.0]),
            y=np.array([0.0]),
            stepMode="center",
            fillLevel=0.0,
            brush=pg.mkBrush(style.color(style.DATA, 0.35)),
            pen=style.pen(style.DATA, 1.0),
        )
        hist.addItem(self.bars)
        self.normal_curve = pg.PlotCurveItem(pen=style.pen(style.FOREGROUND, 1.5))
        hist.addItem(self.normal_curve, ignoreBounds=True)
        self.frame: DiagnosticFrame | None = None
        self._selected = np.empty(0, dtype=np.intp)

    # -- drawing -----------------------------------------------------------------

    def set_frame(self, frame: DiagnosticFrame, *, reframe: bool) -> None:
        """Draw ``frame``; ``reframe`` sets the axes to its data (otherwise they
        stay put, so a run's residuals are seen shrinking)."""
        self.frame = frame
        data = {
            "fitted": (frame.fitted, frame.residual),
            "qq": (frame.qq_theoretical, frame.qq_sample),
            "leverage": (frame.leverage, frame.standardized),
        }
        d, a = style.point_style(frame.residual.size)
        for key, (x, y) in data.items():
            self._xy[key] = (x, y)
            self.dots[key].setStyle(diameter=d, opacity=a)
            self.dots[key].setData(x, y)
        self.bars.setData(frame.hist_edges, frame.hist_counts)
        self._draw_normal(frame)
        self.normal_label.setText(
            frame.normal_text()
            + (
                "   ·   "
                + translate("DiagnosticsPlot", "{drawn} of {total} rows drawn").format(
                    drawn=number(frame.residual.size, ","),
                    total=number(frame.total, ","),
                )
                if frame.total > frame.residual.size
                else ""
            )
        )
        if reframe or self._left_the_view(frame):
            self._reframe(frame)
        self._draw_cook(frame)
        self._draw_rings()

    def _draw_normal(self, frame: DiagnosticFrame) -> None:
        """The normal density of the residuals' spread, scaled to the bars."""
        edges, counts = frame.hist_edges, frame.hist_counts
        finite = frame.residual[np.isfinite(frame.residual)]
        if edges.size < 2 or finite.size < 2:
            self.normal_curve.setData([], [])
            return
        sd = float(np.std(finite))
        if not sd > 0:
            self.normal_curve.setData([], [])
            return
        xs = np.linspace(edges[0], edges[-1], 120)
        width = float(edges[1] - edges[0])
        mean = float(finite.mean())
        density = np.exp(-0.5 * ((xs - mean) / sd) ** 2) / (sd * math.sqrt(2 * math.pi))
        self.normal_curve.setData(xs, density * counts.sum() * width)

    def _left_the_view(self, frame: DiagnosticFrame) -> bool:
        """Whether any point or bar is outside its plot's view.

        The axes stay put during a run so the residuals are seen shrinking;
        but from the start of a run (every fitted value 0, every residual y)
        the points move out of the first frame, and a plot of nothing
        teaches nothing: then the axes follow the data.
        """
        panels = [
            *self._xy.items(),
            ("histogram", (frame.hist_edges, frame.hist_counts)),
        ]
        for key, (x, y) in panels:
            if x.size == 0:
                continue
            (x0, x1), (y0, y1) = (
                self.widgets[key].getPlotItem().getViewBox().viewRange()
            )
            with np.errstate(invalid="ignore"):
                if np.nanmin(x) < x0 or np.nanmax(x) > x1:
                    return True
                if np.nanmin(y) < y0 or np.nanmax(y) > y1:
                    return True
        return False

    def _reframe(self, frame: DiagnosticFrame) -> None:
        for key, (x, y) in self._xy.items():
            if key == "qq":
                lo, hi = padded_range(x, y)
                self.widgets[key].getPlotItem().getViewBox().setRange(
                    xRange=padded_range(x), yRange=(lo, hi), padding=0.0
                )
                continue
            x_range = padded_range(x)
            if key == "leverage":
                x_range = (0.0, max(x_range[1], 0.0) or 1.0)
            self.widgets[key].getPlotItem().getViewBox().setRange(
                xRange=x_range, yRange=padded_range(y), padding=0.0
            )
        edges, counts = frame.hist_edges, frame.hist_counts
        if edges.size > 1:
            top = float(counts.max()) if counts.size else 1.0
            self.widgets["histogram"].getPlotItem().getViewBox().setRange(
                xRange=padded_range(edges), yRange=(0.0, 1.1 * top or 1.0), padding=0.0
            )
        (lo, hi), _ = self.widgets["qq"].getPlotItem().getViewBox().viewRange()
        self.qq_line.setData([lo, hi], [lo, hi])

    def _draw_cook(self, frame: DiagnosticFrame) -> None:
        view = self.widgets["leverage"].getPlotItem().getViewBox()
        (x0, x1), _ = view.viewRange()
        h = np.linspace(max(x0, 1e-4), max(x1, 2e-4), 200)
        h = h[(h > 0) & (h < 1)]
        for i, level in enumerate(COOK_LEVELS):
            hh, r = cook_contour(level, frame.k, h)
            upper, lower = self.cook_curves[2 * i], self.cook_curves[2 * i + 1]
            upper.setData(hh, r)
            lower.setData(hh, -r)

    # -- selection -----------------------------------------------------------------

    def set_selected_rows(self, rows: NDArray[np.intp]) -> None:
        """Ring the points of these data-set rows in every plot."""
        self._selected = np.asarray(rows, dtype=np.intp)
        self._draw_rings()

    def selected_points(self) -> NDArray[np.intp]:
        """Indices (in the frame) of the ringed points."""
        if self.frame is None or not self._selected.size:
            return np.empty(0, dtype=np.intp)
        hit = np.flatnonzero(np.isin(self.frame.rows, self._selected))
        return hit[:MAX_RINGED]

    def _draw_rings(self) -> None:
        frame = self.frame
        hit = self.selected_points()
        for key, (x, y) in self._xy.items():
            if frame is None or not hit.size:
                self.rings[key].setData(np.empty(0), np.empty(0))
                continue
            if key == "qq":
                rank = np.empty_like(frame.qq_order)
                rank[frame.qq_order] = np.arange(frame.qq_order.size)
                at = rank[hit]
                self.rings[key].setData(x[at], y[at])
            else:
                self.rings[key].setData(x[hit], y[hit])

    def _point_at(self, key: str, x: float, y: float) -> int | None:
        xs, ys = self._xy[key]
        view = self.widgets[key].getPlotItem().getViewBox()
        return nearest_point(view, xs, ys, x, y, self.dots[key].style()[1] / 2 + 6)

    def _clicked(self, key: str, index: int) -> None:
        frame = self.frame
        if frame is None:
            return
        point = int(frame.qq_order[index]) if key == "qq" else index
        self.row_clicked.emit(int(frame.rows[point]))

    # -- predict at x --------------------------------------------------------------

    def _on_predict(self) -> None:
        text = self.predict_box.text().strip()
        value = read_number(text)
        if value is None:
            self.show_prediction(
                translate("DiagnosticsPlot", "“{text}” is not a number.").format(
                    text=text
                )
            )
            return
        self.predict_requested.emit(value)

    def show_prediction(self, text: str) -> None:
        self.predict_label.setText(text)
        self.predict_label.setVisible(bool(text))

    def plot_item(self) -> pg.PlotItem:
        """The plot Save and Copy act on: residuals vs fitted."""
        return self.widgets["fitted"].getPlotItem()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QtCore.QTimer.singleShot(0, self._fit_titles)

    def _fit_titles(self) -> None:
        """Each title in one line: a smaller size where the plot is narrow
        ("Residuals vs fitted" was cut to "Residuals vs fitte" at 1280×800)."""
        for key, widget in self.widgets.items():
            text = translate("DiagnosticsPlot", _TITLES[key][0])
            size = style.zoomed(style.LABEL_FONT_PT)
            font = QFont(self.font())
            font.setPointSizeF(size)
            view_width = widget.getPlotItem().getViewBox().width()
            # The title is centred over the view box, beside the y axis.
            room = int(view_width if view_width > 0 else widget.width() - 60) - 4
            need = QFontMetrics(font).horizontalAdvance(text)
            if need > room > 0:
                size = max(7.0, size * room / need)
            if self._title_sizes.get(key) != round(size, 1):
                self._title_sizes[key] = round(size, 1)
                widget.getPlotItem().setTitle(
                    text, color=style.FOREGROUND, size=f"{size:.1f}pt"
                )

    def minimumSizeHint(self) -> QtCore.QSize:
        """As small as the other plot tabs: four plots must not widen the
        plots' side of the window."""
        return QtCore.QSize(68, 68)
