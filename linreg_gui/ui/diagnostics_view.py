"""Keeps the Diagnostics tab, the bands and the row selection in step.

For each analysis the training rows' sums and the drawn sample's leverages
(:class:`~linreg_gui.model.diagnostics.DiagnosticsSource`, one O(N p²) pass)
are worked out off the GUI thread.  The tab then shows the residuals of the
coefficients on screen: the closed-form answer, or gradient descent's current
iterate as the run streams (drawn only while the tab is in front, and at most
once per event-loop turn however many snapshots arrive).  The 95 % confidence
and prediction bands around the least-squares line on the Fit plot come from
the same sums.  A row selected in the table, the diagnostics or the scatter is
ringed in all of them.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
from PySide6 import QtCore
from shiboken6 import isValid

# pyqtgraph binds to whichever Qt is already imported: PySide6 must come first.
# isort: split
import pyqtgraph as pg

from linreg_gui.model.analysis import Analysis
from linreg_gui.model.diagnostics import DiagnosticsSource
from linreg_gui.model.influence import polynomial_terms
from linreg_gui.model.snapshot import Snapshot
from linreg_gui.model.text import number, translate
from linreg_gui.ui.plots import style
from linreg_gui.ui.plots.diagnostics_plot import DiagnosticsPlot
from linreg_gui.ui.plots.points import DotCloudItem

if TYPE_CHECKING:
    from linreg_gui.ui.main_window import MainWindow

#: Most points drawn in each diagnostic plot: four plots redraw at every frame
#: of a run, so fewer than the scatter's 200,000 (a fixed random sample).
MAX_DIAGNOSTIC_POINTS = 20_000


class DiagnosticsView(QtCore.QObject):
    """The Diagnostics tab, the bands and the linked selection of one window.

    Signals
    -------
    source_ready(object)
        The :class:`DiagnosticsSource` of the analysis on screen (its sums
        serve the point drag too).
    """

    source_ready = QtCore.Signal(object)

    def __init__(self, window: MainWindow, plot: DiagnosticsPlot) -> None:
        super().__init__(window)
        self.window = window
        self.plot = plot
        self.source: DiagnosticsSource | None = None
        self.analysis: Analysis | None = None
        self._coefficients: tuple[float, np.ndarray] | None = None
        self._reframe = True
        self._dirty = False
        self.bands_on = False
        self.selected = np.empty(0, dtype=np.intp)
        self._syncing = False
        self._data_items: tuple[pg.FillBetweenItem, ...] | None = None
        c = window.controller
        c.analysis_ready.connect(self.set_analysis)
        c.analysis_failed.connect(lambda _text: self.set_analysis(None))
        c.snapshot.connect(self._on_snapshot)
        c.run_finished.connect(self._on_finished)
        plot.row_clicked.connect(lambda row: self.select_rows([row], scroll=True))
        plot.predict_requested.connect(self.predict)
        window.plot_area.tabs.currentChanged.connect(lambda _i: self._schedule())
        selection = window.table_view.selectionModel()
        selection.selectionChanged.connect(self._on_table_selection)

    # -- the analysis and its coefficients -----------------------------------------

    def set_analysis(self, analysis: Analysis | None) -> None:
        self.analysis, self.source = analysis, None
        self._coefficients = None
        self._draw_bands()
        if analysis is None or analysis.problem.train.n_samples == 0:
            return
        result = analysis.result
        design = analysis.problem.train
        if result is not None:
            self._coefficients = (result.intercept, result.coef)
        else:
            start = self.window.controller.start_point
            if start is not None and start.size == design.n_params:
                icpt = float(start[0]) if design.intercept else 0.0
                self._coefficients = (icpt, start[int(design.intercept) :])
            else:
                self._coefficients = (0.0, np.zeros(design.n_terms))
        self._reframe = True

        def work() -> object:
            try:
                return DiagnosticsSource(design, MAX_DIAGNOSTIC_POINTS)
            except ValueError:
                return None

        def done(source: object) -> None:
            if not isValid(self):
                return  # the window closed meanwhile
            if self.analysis is analysis and isinstance(source, DiagnosticsSource):
                self.source = source
                self.source_ready.emit(source)
                self._draw_bands()
                self._schedule()

        self.window.controller.in_background(work, done)

    def _on_snapshot(self, snapshot: Snapshot) -> None:
        self._coefficients = (snapshot.intercept, snapshot.coef)
        self._schedule()

    def _on_finished(self, result: object, snapshot: Snapshot) -> None:
        self._coefficients = (snapshot.intercept, snapshot.coef)
        self._reframe = True
        self._schedule()

    def _schedule(self) -> None:
        """Draw once the event loop is free (the newest coefficients only)."""
        if not self._dirty:
            self._dirty = True
            QtCore.QTimer.singleShot(0, self, self.draw)

    def draw(self) -> None:
        self._dirty = False
        source, coefficients = self.source, self._coefficients
        if source is None or coefficients is None or not self.visible():
            return
        frame = source.at(*coefficients)
        self.plot.set_frame(frame, reframe=self._reframe)
        self._reframe = False

    def visible(self) -> bool:
        return self.window.plot_area.tabs.currentWidget() is self.plot

    # -- bands and prediction ------------------------------------------------------

    def set_bands_visible(self, on: bool) -> None:
        self.bands_on = bool(on)
        self._draw_bands()

    def _ensure_band_items(self) -> tuple[pg.FillBetweenItem, ...]:
        if self._data_items is None:
            item = self.window.data_plot.plot_item()
            curves = [pg.PlotCurveItem() for _ in range(4)]
            for curve in curves:
                item.addItem(curve, ignoreBounds=True)
                curve.hide()
            new = pg.FillBetweenItem(
                curves[0], curves[1], brush=style.color(style.SKY_BLUE, 0.18)
            )
            mean = pg.FillBetweenItem(
                curves[2], curves[3], brush=style.color(style.BLUE, 0.28)
            )
            for z, band in enumerate((new, mean)):
                band.setZValue(5 + z)
                item.addItem(band, ignoreBounds=True)
            self._curves = curves
            self._data_items = (new, mean)
            view = item.getViewBox()
            view.sigRangeChanged.connect(lambda *_: self._draw_bands())
        return self._data_items

    def _draw_bands(self) -> None:
        if self._data_items is None and not self.bands_on:
            return
        items = self._ensure_band_items()
        source = self.source
        usable = (
            self.bands_on
            and source is not None
            and len(source.design.spec.x) == 1
            and source.fit.df_resid > 0
        )
        for band in items:
            band.setVisible(bool(usable))
        if not usable or source is None:
            return
        view = self.window.data_plot.plot_item().getViewBox()
        (x0, x1), _ = view.viewRange()
        xs = np.linspace(x0, x1, 120)
        bands = source.fit.bands(polynomial_terms(xs, source.design.spec.degree), xs)
        for curve, ys in zip(
            self._curves,
            (bands.new_low, bands.new_high, bands.mean_low, bands.mean_high),
            strict=True,
        ):
            curve.setData(xs, ys)

    def band_values(self) -> tuple[np.ndarray, ...]:
        """The drawn bands' curves (new low, new high, mean low, mean high)."""
        if self._data_items is None:
            return ()
        return tuple(np.asarray(c.getData()[1]) for c in self._curves)

    def predict(self, x: float) -> str:
        """ŷ at x with both 95 % intervals, shown under the box."""
        source = self.source
        if source is None or len(source.design.spec.x) != 1:
            text = translate(
                "DiagnosticsView", "Prediction needs least squares on one x column."
            )
        else:
            b = source.fit.bands(polynomial_terms(x, source.design.spec.degree), [x])
            values = {
                "x": number(x, "g"),
                "y": number(float(b.fitted[0]), ".6g"),
                "mean_low": number(float(b.mean_low[0]), ".6g"),
                "mean_high": number(float(b.mean_high[0]), ".6g"),
                "new_low": number(float(b.new_low[0]), ".6g"),
                "new_high": number(float(b.new_high[0]), ".6g"),
            }
            text = translate(
                "DiagnosticsView",
                "At x = {x}: ŷ = {y};  95 % interval for the mean "
                "[{mean_low}, {mean_high}];  for a new observation "
                "[{new_low}, {new_high}]",
            ).format(**values)
            if not math.isfinite(float(b.mean_low[0])):
                text = translate(
                    "DiagnosticsView", "At x = {x}: ŷ = {y} (no residual df)"
                ).format(**values)
        self.plot.show_prediction(text)
        return text

    # -- selection -----------------------------------------------------------------

    def _on_table_selection(self, *_: object) -> None:
        if self._syncing:
            return
        rows = self.window.table_view.selected_rows()
        self._show_selection(np.asarray(rows, dtype=np.intp))

    def select_rows(self, rows: list[int], *, scroll: bool = False) -> None:
        """Select these rows in the table and ring them everywhere."""
        view = self.window.table_view
        model = view.model()
        selection = view.selectionModel()
        self._syncing = True
        try:
            selection.clearSelection()
            flags = (
                QtCore.QItemSelectionModel.SelectionFlag.Select
                | QtCore.QItemSelectionModel.SelectionFlag.Rows
            )
            for row in rows:
                if 0 <= row < model.rowCount():
                    selection.select(model.index(row, 0), flags)
            if scroll and rows and 0 <= rows[0] < model.rowCount():
                view.scrollTo(model.index(rows[0], 0))
        finally:
            self._syncing = False
        self._show_selection(np.asarray(rows, dtype=np.intp))

    def _show_selection(self, rows: np.ndarray) -> None:
        self.selected = rows
        self.plot.set_selected_rows(rows)
        self._ring_scatter(rows)

    def _ring_scatter(self, rows: np.ndarray) -> None:
        points_rows = self.window.fit_view.point_rows
        ring = self._scatter_ring()
        analysis = self.window.analysis
        if points_rows is None or analysis is None or analysis.views.points is None:
            ring.setData(np.empty(0), np.empty(0))
            return
        points = analysis.views.points
        hit = np.flatnonzero(np.isin(points.rows, rows))[:2000]
        ring.setData(points.x[hit], points.y[hit])

    def _scatter_ring(self) -> DotCloudItem:
        ring = getattr(self, "_ring", None)
        if ring is None:
            d, _ = style.point_style(0)
            ring = DotCloudItem(
                color=style.ORANGE, diameter=d + 8, opacity=1.0, ring_width=2.5
            )
            ring.setZValue(25)
            self.window.data_plot.plot_item().addItem(ring, ignoreBounds=True)
            self._ring = ring
        return ring

    def scatter_ring(self) -> DotCloudItem:
        return self._scatter_ring()
