"""The centre of the window: the Fit, Residuals and Landscape tabs, the loss curve.

The plots are built on first use.  pyqtgraph takes half a second to import, so
the window shows placeholders at start and :meth:`PlotArea.ensure_plots` puts
the real plots in their place right after the first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QWidget

from linreg_gui.model.text import translate

if TYPE_CHECKING:
    from linreg_gui.ui.plots.data_plot import DataPlot
    from linreg_gui.ui.plots.diagnostics_plot import DiagnosticsPlot
    from linreg_gui.ui.plots.landscape_panel import LandscapePanel
    from linreg_gui.ui.plots.loss_plot import LossPlot
    from linreg_gui.ui.plots.residual_plot import ResidualPlot

#: Tab index of the landscape.
LANDSCAPE_TAB = 2
#: Tab index of the diagnostics.
DIAGNOSTICS_TAB = 3

#: How extra width is shared between the data plot and the loss plot.
DATA_STRETCH = 3
LOSS_STRETCH = 2


class PlotArea(QSplitter):
    """Tabs with the data and residual plots on the left, the loss plot right.

    Signals
    -------
    plots_created()
        The real plots replaced the placeholders (connect to their signals then).
    """

    plots_created = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._plots: tuple[DataPlot, ResidualPlot, LossPlot, LandscapePanel] | None = (
            None
        )
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(_placeholder(), translate("PlotArea", "Fit"))
        self.tabs.addTab(_placeholder(), translate("PlotArea", "Residuals"))
        self.tabs.addTab(_placeholder(), translate("PlotArea", "Landscape"))
        self.tabs.addTab(_placeholder(), translate("PlotArea", "Diagnostics"))
        self.tabs.setTabToolTip(
            DIAGNOSTICS_TAB,
            translate(
                "PlotArea",
                "Residuals vs fitted, normal Q-Q, residuals vs leverage with Cook's "
                "distance, and a histogram of the residuals",
            ),
        )
        self._diagnostics: DiagnosticsPlot | None = None
        self.tabs.setTabToolTip(
            0,
            translate(
                "PlotArea", "The data, the current line and the least-squares answer"
            ),
        )
        self.tabs.setTabToolTip(
            1,
            translate(
                "PlotArea",
                "Residuals y − ŷ against fitted values: look for curves and outliers",
            ),
        )
        self.tabs.setTabToolTip(
            LANDSCAPE_TAB,
            translate(
                "PlotArea",
                "The loss over two coefficients, with the path gradient descent takes",
            ),
        )
        self.addWidget(self.tabs)
        self.addWidget(_placeholder())
        self.setStretchFactor(0, DATA_STRETCH)
        self.setStretchFactor(1, LOSS_STRETCH)
        self.setChildrenCollapsible(False)

    def ensure_plots(self) -> None:
        """Create the pyqtgraph plots in place of their placeholders (once)."""
        if self._plots is not None:
            return
        from linreg_gui.ui.plots.data_plot import DataPlot
        from linreg_gui.ui.plots.landscape_panel import LandscapePanel
        from linreg_gui.ui.plots.loss_plot import LossPlot
        from linreg_gui.ui.plots.residual_plot import ResidualPlot

        data, residuals, loss = DataPlot(), ResidualPlot(), LossPlot()
        landscape = LandscapePanel()
        self._plots = (data, residuals, loss, landscape)
        current = self.tabs.currentIndex()
        for index, widget in ((0, data), (1, residuals), (LANDSCAPE_TAB, landscape)):
            old = self.tabs.widget(index)
            text, tip = self.tabs.tabText(index), self.tabs.tabToolTip(index)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, widget, text)
            self.tabs.setTabToolTip(index, tip)
            old.deleteLater()
        from linreg_gui.ui.plots.diagnostics_plot import DiagnosticsPlot

        self._diagnostics = DiagnosticsPlot()
        old = self.tabs.widget(DIAGNOSTICS_TAB)
        tip = self.tabs.tabToolTip(DIAGNOSTICS_TAB)
        text = self.tabs.tabText(DIAGNOSTICS_TAB)
        self.tabs.removeTab(DIAGNOSTICS_TAB)
        self.tabs.insertTab(DIAGNOSTICS_TAB, self._diagnostics, text)
        self.tabs.setTabToolTip(DIAGNOSTICS_TAB, tip)
        old.deleteLater()
        self.tabs.setCurrentIndex(current)
        sizes = self.sizes()
        self.replaceWidget(1, loss).deleteLater()
        # The stretch lives in the widget's size policy: give it to the new one,
        # or a larger window would widen only the data plot.
        self.setStretchFactor(1, LOSS_STRETCH)
        self.setSizes(sizes)
        self.plots_created.emit()

    @property
    def data(self) -> DataPlot:
        self.ensure_plots()
        assert self._plots is not None
        return self._plots[0]

    @property
    def residuals(self) -> ResidualPlot:
        self.ensure_plots()
        assert self._plots is not None
        return self._plots[1]

    @property
    def loss(self) -> LossPlot:
        self.ensure_plots()
        assert self._plots is not None
        return self._plots[2]

    @property
    def landscape(self) -> LandscapePanel:
        self.ensure_plots()
        assert self._plots is not None
        return self._plots[3]

    @property
    def diagnostics(self) -> DiagnosticsPlot:
        self.ensure_plots()
        assert self._diagnostics is not None
        return self._diagnostics

    def current_plot_item(self) -> Any:
        """The plot Save and Copy act on: the loss plot when it has the focus or
        the mouse, otherwise the tab shown."""
        if self.loss.hasFocus() or self.loss.underMouse():
            return self.loss.plot_item()
        return self.tabs.currentWidget().plot_item()  # type: ignore[attr-defined]

    def current_series_tsv(self) -> str:
        """The numbers of the plot Save and Copy act on, as TSV (every point:
        the loss plot's whole run, not the points drawn)."""
        from linreg_gui.ui.plots.export import axis_names, plot_series, series_tsv

        item = self.current_plot_item()
        series = plot_series(item)
        if item is self.loss.plot_item():
            (train_x, train_y), (test_x, test_y) = self.loss.data()
            full = {"Train": (train_x, train_y), "Test": (test_x, test_y)}
            series = [
                (name, *full[name]) if name in full else (name, x, y)
                for name, x, y in series
            ]
        return series_tsv(series, *axis_names(item))


def _placeholder() -> QWidget:
    """Stands where a plot will be until pyqtgraph is loaded (a blink at start)."""
    label = QLabel(translate("PlotArea", "Preparing the plot…"))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("background: white; color: #6e7781;")
    return label
