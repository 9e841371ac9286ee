"""Keeps the landscape tab in step with the analysis, the run and the timeline.

The landscape of an analysis is worked out once, in the background, the first
time its tab is shown; the run's path streams in with its snapshots; a click on
the landscape becomes the controller's start point; the timeline moves the
current point.  Ridge and lasso show their constraint region (circle, diamond)
meeting the contours at their solution.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject

from linreg_gui.controller import SessionController
from linreg_gui.model.analysis import Analysis
from linreg_gui.model.landscape import Landscape, penalty_region
from linreg_gui.model.snapshot import Snapshot
from linreg_gui.ui.plot_area import LANDSCAPE_TAB, PlotArea

PENALTIES = ("ridge", "lasso")


class LandscapeView(QObject):
    """Feeds :class:`~linreg_gui.ui.plots.landscape_plot.LandscapePlot`."""

    def __init__(self, controller: SessionController, plots: PlotArea) -> None:
        super().__init__(controller)
        self.controller = controller
        self.plots = plots
        self.landscape: Landscape | None = None
        self._for: Analysis | None = None  # the analysis the landscape is of
        self._asked: Analysis | None = None
        controller.analysis_ready.connect(self._on_analysis)
        controller.landscape_ready.connect(self._on_landscape)
        controller.snapshot.connect(self._on_snapshot)
        controller.start_point_changed.connect(self._on_start_point)
        controller.run_state_changed.connect(self._on_run_state)
        plots.tabs.currentChanged.connect(lambda _index: self._ask_if_shown())
        plots.plots_created.connect(self._on_plots_created)

    def _on_plots_created(self) -> None:
        plot = self.plots.landscape
        plot.start_chosen.connect(self.controller.set_start_point)
        plot.x_box.currentIndexChanged.connect(lambda _i: self._show_penalty())
        plot.y_box.currentIndexChanged.connect(lambda _i: self._show_penalty())
        plot.standardized_box.toggled.connect(lambda _on: self._show_penalty())

    @property
    def shown(self) -> bool:
        return self.plots.tabs.currentIndex() == LANDSCAPE_TAB

    def _on_analysis(self, analysis: Analysis) -> None:
        if analysis is not self._for:
            self.landscape = None
            self._for = None
        self._ask_if_shown()
        if self._for is analysis and self.landscape is not None:
            self.plots.landscape.clear_path()
            self.plots.landscape.set_at(None)
            self._show_penalty()

    def _ask_if_shown(self) -> None:
        analysis = self.controller.analysis
        if not self.shown or analysis is None:
            return
        if analysis is self._for or analysis is self._asked:
            return
        self._asked = analysis
        self.plots.landscape.set_landscape(None, "Working out the landscape…")
        self.controller.request_landscape()

    def _on_landscape(self, result: object, analysis: Analysis) -> None:
        if analysis is not self.controller.analysis:
            return  # the data or the model changed meanwhile
        self._asked = None
        self._for = analysis
        plot = self.plots.landscape
        if isinstance(result, Landscape):
            self.landscape = result
            plot.set_landscape(result)
            plot.set_start(self.controller.start_point)
            self._show_penalty()
            last = self.controller.last_snapshot
            if last is not None:
                plot.set_at(_params(analysis, last))
        else:
            self.landscape = None
            plot.set_landscape(
                None,
                f"No landscape for this model: {result}",
                analysis.problem.train.coefficient_names,
            )

    def _on_snapshot(self, snapshot: Snapshot) -> None:
        analysis = self._for
        if self.landscape is None or analysis is not self.controller.analysis:
            return
        plot = self.plots.landscape
        if snapshot.path is not None:
            if (
                snapshot.path_iterations is not None
                and snapshot.path_iterations[0] == 0
            ):
                plot.clear_path()
            plot.add_path(snapshot.path)
        plot.set_at(_params(analysis, snapshot))

    def _on_start_point(self, start: object) -> None:
        if self.landscape is not None:
            self.plots.landscape.set_start(start)  # type: ignore[arg-type]

    def _on_run_state(self, state: object) -> None:
        if state is None and self.landscape is not None:  # Reset
            self.plots.landscape.clear_path()
            self.plots.landscape.set_at(None)

    def show_iterate(self, params: np.ndarray) -> None:
        """The timeline's point (user's units, intercept first)."""
        if self.landscape is not None:
            self.plots.landscape.set_at(params)

    def _show_penalty(self) -> None:
        """Ridge's circle or lasso's diamond through their solution."""
        plot = self.plots.landscape
        analysis = self._for
        landscape = self.landscape
        if landscape is None or analysis is None:
            return
        settings = analysis.settings
        i, j = plot.axes
        if settings.method not in PENALTIES or i == j:
            plot.set_penalty_region(None)
            return
        try:
            region = penalty_region(
                landscape,
                settings.method,  # type: ignore[arg-type]
                settings.alpha,
                i,
                j,
                standardize=settings.standardize,
                standardized=plot.standardized,
            )
        except (ValueError, ArithmeticError):
            plot.set_penalty_region(None)
            return
        plot.set_penalty_region(region.boundary)


def _params(analysis: Analysis, snapshot: Snapshot) -> np.ndarray:
    """A snapshot's coefficients as one vector (intercept first if any)."""
    if analysis.problem.train.intercept:
        return np.concatenate([[snapshot.intercept], snapshot.coef])
    return np.asarray(snapshot.coef, dtype=float)
