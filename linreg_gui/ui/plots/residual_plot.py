"""Residuals against fitted values: the lesson on patterns and outliers.

A good linear fit leaves a shapeless band around zero; a curve in the band says
the model misses a bend, a funnel says the noise grows with the signal, and lone
points far from the band are candidate outliers.  Which points count as outliers
is the caller's decision (a boolean mask), so that the rule lives with the maths.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray
from PySide6 import QtCore
from PySide6.QtWidgets import QVBoxLayout, QWidget

# pyqtgraph binds to whichever Qt is already imported: PySide6 must come first.
# isort: split
import pyqtgraph as pg

from linreg_gui.model.text import translate
from linreg_gui.ui.plots import style
from linreg_gui.ui.plots.data_plot import (
    MARGIN,
    VIEW_LIMIT,
    navigation_tip,
    padded_range,
    sample_name,
)
from linreg_gui.ui.plots.points import (
    DotCloudItem,
    DotSample,
    nearest_point,
    on_point_click,
)


def _mask(mask: ArrayLike | None, n: int, what: str) -> NDArray[np.bool_]:
    if mask is None:
        return np.zeros(n, dtype=bool)
    m = np.asarray(mask, dtype=bool).ravel()
    if m.size != n:
        raise ValueError(f"{what} mask has {m.size} entries for {n} points")
    return m


class ResidualPlot(QWidget):
    """Scatter of residual against fitted value, with the zero line."""

    #: A click on a point: its index in the arrays given to `set_residuals`.
    point_clicked = QtCore.Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._widget = style.make_plot_widget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._widget)
        item = self._widget.getPlotItem()
        self._item = item
        self._view = item.getViewBox()
        self._view.disableAutoRange()
        style.set_axis_labels(
            item,
            translate("ResidualPlot", "Fitted value ŷ"),
            translate("ResidualPlot", "Residual y − ŷ"),
        )

        self._zero = pg.InfiniteLine(
            pos=0.0, angle=0, pen=style.pen(style.IDENTITY, 1.5), movable=False
        )
        item.addItem(self._zero, ignoreBounds=True)
        d, a = style.point_style(0)
        self._points = DotCloudItem(color=style.DATA, diameter=d, opacity=a)
        self._excluded = DotCloudItem(
            color=style.EXCLUDED, diameter=d + 2, opacity=0.95, ring_width=1.6
        )
        self._outliers = DotCloudItem(
            color=style.OUTLIER, diameter=d + 7, opacity=0.95, ring_width=2.0
        )
        for z, dots in enumerate((self._points, self._excluded, self._outliers)):
            dots.setZValue(z + 1)
            item.addItem(dots)
        self._outlier_name = translate("ResidualPlot", "Possible outlier")
        self._residual_name = translate("ResidualPlot", "Residual")
        self._legend = style.add_legend_strip(item)
        self._legend_state: tuple[str, ...] = ()
        self._refresh_legend()
        self._view.setRange(xRange=(0.0, 1.0), yRange=(-1.0, 1.0), padding=0.0)
        self._xy = (np.empty(0), np.empty(0))
        on_point_click(self._widget, self.point_at, self.point_clicked.emit)
        self._widget.setToolTip(
            translate(
                "ResidualPlot",
                "Click a point to leave its row out of the fit; put it back from the "
                "Fit tab or the table.",
            )
            + "\n"
            + navigation_tip()
        )

    def point_at(self, x: float, y: float, *, pixels: float = 6.0) -> int | None:
        """The index of the point nearest (x, y), within ``pixels`` of its edge."""
        reach = self._points.style()[1] / 2 + pixels
        return nearest_point(self._view, *self._xy, x, y, reach)

    def set_residuals(
        self,
        fitted: ArrayLike,
        residuals: ArrayLike,
        *,
        excluded: ArrayLike | None = None,
        outliers: ArrayLike | None = None,
        outlier_name: str | None = None,
        total: int | None = None,
    ) -> None:
        """Show residuals; ``outliers`` (computed by the caller) get a red ring.

        The view is framed symmetrically about zero, so that the zero line sits in
        the middle and positive and negative residuals compare at a glance.
        """
        fx = np.asarray(fitted, dtype=float).ravel()
        ry = np.asarray(residuals, dtype=float).ravel()
        if fx.shape != ry.shape:
            raise ValueError(
                f"fitted and residuals differ in length ({fx.size} != {ry.size})"
            )
        out = _mask(excluded, fx.size, "excluded")
        flag = _mask(outliers, fx.size, "outliers")
        if outlier_name is not None:
            self._outlier_name = outlier_name
        self._residual_name = sample_name(
            translate("ResidualPlot", "Residual"), fx.size, total
        )
        d, a = style.point_style(fx.size)
        self._points.setStyle(diameter=d, opacity=a)
        self._excluded.setStyle(diameter=d + 2)
        self._outliers.setStyle(diameter=d + 7)
        self._xy = (fx, ry)
        self._points.setData(fx[~out], ry[~out])
        self._excluded.setData(fx[out], ry[out])
        self._outliers.setData(fx[flag], ry[flag])
        finite = ry[np.isfinite(ry)]
        reach = float(np.abs(finite).max()) if finite.size else 0.0
        reach = reach * (1.0 + 2.0 * MARGIN) if reach > 0 else 1.0
        reach = min(reach, VIEW_LIMIT)  # ±inf would crash the paint (see there)
        self._view.setRange(
            xRange=padded_range(fx), yRange=(-reach, reach), padding=0.0
        )
        self._refresh_legend()

    def clear(self) -> None:
        """Remove all points (e.g. before a model exists)."""
        empty = np.empty(0)
        self._xy = (empty, empty)
        for dots in (self._points, self._excluded, self._outliers):
            dots.setData(empty, empty)
        self._refresh_legend()

    def set_axis_labels(self, x_label: str, y_label: str) -> None:
        """Rename the axes (e.g. with the response's name and units)."""
        style.set_axis_labels(self._item, x_label, y_label)

    def _refresh_legend(self) -> None:
        entries: list[tuple[DotCloudItem, str]] = [(self._points, self._residual_name)]
        if self._excluded.getData()[0].size:
            entries.append(
                (self._excluded, translate("ResidualPlot", "Left out of fit"))
            )
        if self._outliers.getData()[0].size:
            entries.append((self._outliers, self._outlier_name))
        state = tuple(name for _, name in entries)
        if state == self._legend_state:
            return
        self._legend_state = state
        style.fill_legend(
            self._legend, [(DotSample(dots), name) for dots, name in entries]
        )

    def plot_item(self) -> pg.PlotItem:
        """The PlotItem (for export and the window's context-menu actions)."""
        return self._item

    def plot_widget(self) -> pg.PlotWidget:
        """The PlotWidget inside this widget."""
        return self._widget

    @property
    def scatter(self) -> DotCloudItem:
        """Residuals of the points used by the fit."""
        return self._points

    @property
    def excluded_scatter(self) -> DotCloudItem:
        """Residuals of the points left out of the fit."""
        return self._excluded

    @property
    def outlier_rings(self) -> DotCloudItem:
        """Rings around the points the caller flagged."""
        return self._outliers

    @property
    def zero_line(self) -> pg.InfiniteLine:
        """The horizontal line at residual 0."""
        return self._zero
