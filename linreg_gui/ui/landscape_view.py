"""Keeps the landscape tab in step with the analysis, the run and the timeline.

The landscape of an analysis is worked out once, in the background, the first
time its tab is shown; the run's path streams in with its snapshots; a click on
the landscape becomes the controller's start point; the timeline moves the
current point.  Side by side, both landscapes (raw and standardised) get the
same.  Ridge and lasso show their constraint region (circle, diamond) meeting
the contours at their solution, and each coefficient along α below.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject

from linreg_gui.controller import SessionController
from linreg_gui.model.analysis import Analysis
from linreg_gui.model.landscape import (
    CoefficientPath,
    Landscape,
    coefficient_path,
    penalty_region,
)
from linreg_gui.model.snapshot import Snapshot
from linreg_gui.model.text import translate
from linreg_gui.ui.plot_area import LANDSCAPE_TAB, PlotArea
from linreg_gui.ui.plots.landscape_plot import LandscapePlot

PENALTIES = ("ridge", "lasso")


class LandscapeView(QObject):
    """Feeds the :class:`~linreg_gui.ui.plots.landscape_panel.LandscapePanel`."""

    def __init__(self, controller: SessionController, plots: PlotArea) -> None:
        super().__init__(controller)
        self.controller = controller
        self.plots = plots
        self.landscape: Landscape | None = None
        self._for: Analysis | None = None  # the analysis the landscape is of
        self._asked: Analysis | None = None
        self._path_for: tuple[object, ...] | None = None  # what α path is shown
        controller.analysis_ready.connect(self._on_analysis)
        controller.landscape_ready.connect(self._on_landscape)
        controller.snapshot.connect(self._on_snapshot)
        controller.start_point_changed.connect(self._on_start_point)
        controller.run_state_changed.connect(self._on_run_state)
        plots.tabs.currentChanged.connect(lambda _index: self._ask_if_shown())
        plots.plots_created.connect(self._on_plots_created)

    def _on_plots_created(self) -> None:
        panel = self.plots.landscape
        main, twin = panel.all_plots
        for plot in (main, twin):
            plot.start_chosen.connect(self.controller.set_start_point)
            plot.standardized_box.toggled.connect(lambda _on: self._show_penalty())
        for box in (main.x_box, main.y_box):
            box.currentIndexChanged.connect(lambda _i: self._follow_axes())
        panel.side_by_side.toggled.connect(lambda _on: self._fill_twin())

    @property
    def shown(self) -> bool:
        return self.plots.tabs.currentIndex() == LANDSCAPE_TAB

    def _each(self) -> tuple[LandscapePlot, ...]:
        return self.plots.landscape.all_plots

    def _on_analysis(self, analysis: Analysis) -> None:
        if analysis is not self._for:
            self.landscape = None
            self._for = None
        self._ask_if_shown()
        if self._for is analysis and self.landscape is not None:
            for plot in self._each():
                plot.clear_path()
                plot.set_at(None)
            self._show_penalty()

    def _ask_if_shown(self) -> None:
        analysis = self.controller.analysis
        if not self.shown or analysis is None:
            return
        if analysis is self._for or analysis is self._asked:
            return
        self._asked = analysis
        for plot in self._each():
            plot.set_landscape(
                None, translate("LandscapeView", "Working out the landscape…")
            )
        self.plots.landscape.alpha_path.hide()
        self.controller.request_landscape()

    def _on_landscape(self, result: object, analysis: Analysis) -> None:
        if analysis is not self.controller.analysis:
            return  # the data or the model changed meanwhile
        self._asked = None
        self._for = analysis
        self._path_for = None
        if isinstance(result, Landscape):
            self.landscape = result
            last = self.controller.last_snapshot
            for plot in self._each():
                plot.set_landscape(result)
                plot.set_start(self.controller.start_point)
                if last is not None:
                    plot.set_at(_params(analysis, last))
            self._show_penalty()
        else:
            self.landscape = None
            for plot in self._each():
                plot.set_landscape(
                    None,
                    translate(
                        "LandscapeView", "No landscape for this model: {reason}"
                    ).format(reason=result),
                    analysis.problem.train.coefficient_names,
                )

    def _on_snapshot(self, snapshot: Snapshot) -> None:
        analysis = self._for
        if self.landscape is None or analysis is not self.controller.analysis:
            return
        starts = snapshot.path_iterations
        for plot in self._each():
            if snapshot.path is not None:
                if starts is not None and starts.size and starts[0] == 0:
                    plot.clear_path()  # a run's first snapshot
                plot.add_path(snapshot.path)
            plot.set_at(_params(analysis, snapshot))

    def _on_start_point(self, start: object) -> None:
        if self.landscape is not None:
            for plot in self._each():
                plot.set_start(start)  # type: ignore[arg-type]

    def _on_run_state(self, state: object) -> None:
        if state is None and self.landscape is not None:  # Reset
            for plot in self._each():
                plot.clear_path()
                plot.set_at(None)

    def show_iterate(self, params: np.ndarray) -> None:
        """The timeline's point (user's units, intercept first)."""
        if self.landscape is not None:
            for plot in self._each():
                plot.set_at(params)

    def _follow_axes(self) -> None:
        main, twin = self._each()
        twin.set_axes(*main.axes)
        self._show_penalty()

    def _fill_twin(self) -> None:
        """The twin was hidden while the run went on: it has the same path."""
        main, twin = self._each()
        twin.set_axes(*main.axes)

    def _show_penalty(self) -> None:
        """Ridge's circle or lasso's diamond through their solution, and each
        coefficient along α (worked out in the background: a lasso path takes
        seconds)."""
        panel = self.plots.landscape
        analysis, landscape = self._for, self.landscape
        if landscape is None or analysis is None:
            return
        settings = analysis.settings
        penalised = settings.method in PENALTIES
        for plot in self._each():
            i, j = plot.axes
            region = None
            if penalised and i != j:
                try:
                    region = penalty_region(
                        landscape,
                        settings.method,  # type: ignore[arg-type]
                        settings.alpha,
                        i,
                        j,
                        standardize=settings.standardize,
                        standardized=plot.standardized,
                    ).boundary
                except (ValueError, ArithmeticError):
                    region = None
            plot.set_penalty_region(region)
        if not penalised:
            panel.alpha_path.hide()
            self._path_for = None
            return
        wanted = (landscape, settings.method, settings.standardize)
        if wanted == self._path_for:
            panel.alpha_path.set_alpha(settings.alpha)
            return
        self._path_for = wanted
        panel.alpha_path.show()
        panel.alpha_path.set_path(None, settings.alpha)
        kind, standardize, alpha = settings.method, settings.standardize, settings.alpha

        def work() -> CoefficientPath:
            return coefficient_path(
                landscape,
                kind,  # type: ignore[arg-type]
                standardize=standardize,
            )

        def done(path: object) -> None:
            if self._path_for == wanted and isinstance(path, CoefficientPath):
                panel.alpha_path.set_path(path, alpha)

        self.controller.in_background(work, done)


def _params(analysis: Analysis, snapshot: Snapshot) -> np.ndarray:
    """A snapshot's coefficients as one vector (intercept first if any)."""
    if analysis.problem.train.intercept:
        return np.concatenate([[snapshot.intercept], snapshot.coef])
    return np.asarray(snapshot.coef, dtype=float)
