"""The Landscape tab: one landscape, or raw and standardised side by side, and
for ridge and lasso the coefficients along the penalty α.

Side by side, the same run is drawn on both: long thin valleys in the data's
units against round bowls in standardised terms, each with its own stable rate
and condition number, both ending at the same line.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

# pyqtgraph binds to whichever Qt is already imported: PySide6 must come first.
# isort: split
import pyqtgraph as pg

from linreg_gui.model.landscape import CoefficientPath
from linreg_gui.model.text import translate
from linreg_gui.ui.plots import style
from linreg_gui.ui.plots.landscape_plot import LandscapePlot

FloatArray = NDArray[np.float64]

#: The smallest width a plot tab asks for (as a pyqtgraph plot does).
MIN_TAB_WIDTH = 68

#: Colours of the coefficients along α (the intercept is never penalised).
_PATH_COLOURS = (
    style.BLUE,
    style.VERMILLION,
    style.BLUISH_GREEN,
    style.REDDISH_PURPLE,
    style.ORANGE,
    style.SKY_BLUE,
    style.BLACK,
)


class CoefficientPathPlot(QWidget):
    """Each coefficient against α (log scale), the chosen α marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._widget = style.make_plot_widget(self)
        item = self._widget.getPlotItem()
        self._item = item
        item.setLogMode(x=True, y=False)
        item.hideButtons()
        self._legend = style.add_legend_strip(item)
        self._alpha = pg.InfiniteLine(
            angle=90, pen=style.pen(style.FOREGROUND, 1.5, dashed=True)
        )
        item.addItem(self._alpha, ignoreBounds=True)
        self._curves: list[pg.PlotDataItem] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._widget)
        self.setMinimumHeight(150)

    def set_path(self, path: CoefficientPath | None, alpha: float) -> None:
        for curve in self._curves:
            self._item.removeItem(curve)
        self._curves = []
        if path is None:
            style.fill_legend(self._legend, [])
            return
        entries: list[tuple[object, str]] = []
        first = 1 if path.names and path.names[0] == "(Intercept)" else 0
        for index, name in enumerate(path.names[first:], start=first):
            colour = _PATH_COLOURS[(index - first) % len(_PATH_COLOURS)]
            curve = pg.PlotDataItem(
                path.alphas, path.coefs[:, index], pen=style.pen(colour, 2.0)
            )
            self._item.addItem(curve)
            self._curves.append(curve)
            if len(entries) < 6:
                entries.append((curve, name))
        style.fill_legend(self._legend, entries)
        x_label = (
            translate("LandscapePanel", "α (ridge, log scale)")
            if path.kind == "ridge"
            else translate("LandscapePanel", "α (lasso, log scale)")
        )
        y_label = (
            translate("LandscapePanel", "coefficient (standardised terms)")
            if path.standardize
            else translate("LandscapePanel", "coefficient (the data's units)")
        )
        style.set_axis_labels(self._item, x_label, y_label)
        self.set_alpha(alpha)

    def set_alpha(self, alpha: float) -> None:
        """Mark the penalty chosen in the solver panel."""
        self._alpha.setValue(float(np.log10(alpha)) if alpha > 0 else 0.0)


class LandscapePanel(QWidget):
    """The landscape, its standardised twin when asked, the path along α."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main = LandscapePlot()
        self.twin = LandscapePlot()
        self.twin.standardized_box.setEnabled(False)
        self.twin.hide()
        self.side_by_side = QCheckBox(
            translate("LandscapePanel", "Side by side: raw and standardised")
        )
        self.side_by_side.setToolTip(
            translate(
                "LandscapePanel",
                "The same run on the landscape in the data's units and in "
                "standardised terms: elongated against round contours, the stable "
                "rate and the condition number of each",
            )
        )
        self.main.add_to_bar(self.side_by_side)
        self.alpha_path = CoefficientPathPlot()
        self.alpha_path.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.main, 1)
        row.addWidget(self.twin, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row, 3)
        layout.addWidget(self.alpha_path, 1)
        self.side_by_side.toggled.connect(self._on_side_by_side)
        self.main.standardized_box.toggled.connect(self._match_twin)

    @property
    def plots(self) -> tuple[LandscapePlot, ...]:
        """The landscapes shown (the twin only side by side)."""
        return (self.main, self.twin) if self.side_by_side.isChecked() else (self.main,)

    @property
    def all_plots(self) -> tuple[LandscapePlot, LandscapePlot]:
        return self.main, self.twin

    def _on_side_by_side(self, on: bool) -> None:
        self.twin.setVisible(on)
        self._match_twin()

    def _match_twin(self) -> None:
        """The twin shows the other coordinates than the main plot."""
        self.twin.standardized_box.setChecked(not self.main.standardized)

    def plot_item(self) -> pg.PlotItem:
        """The main landscape's PlotItem (for Save Plot and Copy Plot)."""
        return self.main.plot_item()

    def minimumSizeHint(self) -> QSize:
        """As small as the other plot tabs: its row of controls must not
        widen the plots' side of the window (they clip when very narrow)."""
        return QSize(MIN_TAB_WIDTH, MIN_TAB_WIDTH)
