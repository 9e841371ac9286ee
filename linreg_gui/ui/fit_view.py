"""Draws an analysis and a set of coefficients on the data and residual plots.

One x: the scatter (test rows and rows left out hollow), the current line or
curve, the least-squares reference and the history lines.  Several x: predicted
against actual for a fixed sample of rows.  What to draw comes from
:mod:`linreg_gui.model.plot_data` and :mod:`linreg_gui.model.fitting`; this
class only hands it to the plots.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from linreg_gui.model.analysis import Analysis
from linreg_gui.model.design import Design
from linreg_gui.model.fitting import fitted_curve, predict
from linreg_gui.model.plot_data import (
    IndexArray,
    equation_text,
    outlier_flags,
)
from linreg_gui.model.predictor import Predictor
from linreg_gui.model.snapshot import Checkpoint
from linreg_gui.model.text import QT_TRANSLATE_NOOP, number, translate
from linreg_gui.ui.plot_area import PlotArea
from linreg_gui.ui.solver_texts import method_title

FloatArray = np.ndarray

CLOSED_FORM_NOTE = QT_TRANSLATE_NOOP(
    "FitView",
    "{method} reaches its answer in one step, so there is no loss curve to "
    "watch.\nChoose a gradient-descent method to see the loss fall step by step.",
)


class FitView:
    """The Fit and Residuals tabs for the current analysis."""

    def __init__(self, plots: PlotArea) -> None:
        self.plots = plots
        self.analysis: Analysis | None = None
        #: Data-set row of each point in the scatter (clicks leave rows out).
        self.point_rows: IndexArray | None = None
        self._sample: IndexArray | None = None  # rows drawn in predicted mode
        self._x_range: tuple[float, float] | None = None
        #: Where runs begin (the controller's start point), None: all 0.
        self.start: FloatArray | None = None
        #: The design's rows whose residuals are drawn (a sample at large N, so
        #: a redraw costs the same at 10⁷ rows as at 2·10⁵).
        self.residual_design: Design | None = None

    def show_analysis(self, analysis: Analysis) -> None:
        """Points, the reference line and an empty loss plot for a new analysis."""
        self.analysis = analysis
        problem, data_plot = analysis.problem, self.plots.data
        design, spec = problem.design, problem.spec
        data_plot.clear_fit()
        data_plot.clear_trail()
        one_x = len(spec.x) == 1
        views = analysis.views
        self._sample = views.sample
        # The line's x extent, found off the GUI thread: fitted_curve would scan
        # every row for it on each frame (15 ms at 10⁷ rows).
        self._x_range = views.x_range
        self.residual_design = views.residual_design or design
        points = views.points
        self.point_rows = points.rows if points is not None else None
        if points is not None:
            data_plot.set_points(
                points.x,
                points.y,
                x_label=spec.x[0],
                y_label=spec.y,
                excluded=points.hollow,
                total=points.total,
            )
        reference = analysis.reference
        if reference is not None:
            if one_x:
                data_plot.set_reference(
                    *fitted_curve(
                        design,
                        reference.intercept,
                        reference.coef,
                        self._x_range,
                        predictor=reference.predictor,
                    )
                )
            else:
                fitted = predict(
                    design,
                    reference.intercept,
                    reference.coef,
                    predictor=reference.predictor,
                )
                data_plot.set_predicted_mode(
                    self._sampled(design.y),
                    self._sampled(fitted),
                    y_label=spec.y,
                    total=design.n_samples,
                )
        loss = self.plots.loss
        loss.reset()
        loss.set_reference_loss(
            reference.train.mse
            if reference is not None and analysis.is_iterative
            else None
        )
        loss.set_note(
            ""
            if analysis.is_iterative
            else translate("FitView", CLOSED_FORM_NOTE).format(
                method=method_title(analysis.settings.method)
            )
        )

    def draw(
        self,
        intercept: float,
        coef: FloatArray,
        *,
        final: bool,
        predictor: Predictor | None = None,
    ) -> None:
        """Draw coefficients: the line or curve, or predicted vs actual; a final
        answer also redraws the residuals (with the 2σ outliers ringed).

        A closed-form result passes its ``predictor``: a polynomial far from
        x = 0 is then drawn from the basis it was fitted in, not from raw powers
        (Longley's years at degree 8 would be off by 1e10).
        """
        if self.analysis is None:
            return
        design = self.analysis.problem.design
        data_plot = self.plots.data
        if len(design.spec.x) == 1:
            data_plot.set_fit(
                *fitted_curve(
                    design, intercept, coef, self._x_range, predictor=predictor
                )
            )
        elif predictor is not None:
            fitted = predictor.predict(design)
            data_plot.update_predicted(
                fitted if self._sample is None else fitted[self._sample]
            )
        else:
            X = design.X if self._sample is None else design.X[self._sample]
            data_plot.update_predicted(intercept + X @ np.nan_to_num(coef))
        data_plot.set_equation(equation_text(design, intercept, coef))
        if final:
            drawn = self.residual_design or design
            fitted = predict(drawn, intercept, coef, predictor=predictor)
            residuals = drawn.y - fitted
            self.plots.residuals.set_residuals(
                fitted,
                residuals,
                outliers=outlier_flags(residuals),
                total=design.n_samples,
            )

    def draw_start(self) -> None:
        """Gradient descent's starting line: :attr:`start` (user's units,
        intercept first), or every coefficient 0 (w = 0, b = 0)."""
        if self.analysis is None:
            return
        design = self.analysis.problem.design
        start = self.start
        if start is None or start.size != design.n_params:
            self.draw(0.0, np.zeros(design.n_terms), final=False)
        elif design.intercept:
            self.draw(float(start[0]), start[1:], final=False)
        else:
            self.draw(0.0, start, final=False)

    def add_trail(self, checkpoints: Sequence[Checkpoint]) -> bool:
        """Draw the lines logged at these iterations; True if any was drawn."""
        if self.analysis is None or len(self.analysis.problem.spec.x) != 1:
            return False
        design = self.analysis.problem.design
        drawn = [p for p in checkpoints if p.iteration]
        for point in drawn:
            self.plots.data.add_trail(
                *fitted_curve(design, point.intercept, point.coef, self._x_range)
            )
        return bool(drawn)

    def show_history(
        self, lines: Sequence[tuple[int, float, FloatArray]], every: int = 0
    ) -> None:
        """The tutorial's figure: the line at each (iteration, loss, coefficients
        with the intercept first if any), labelled on hover."""
        if self.analysis is None or len(self.analysis.problem.spec.x) != 1:
            return
        design = self.analysis.problem.design
        drawn = []
        for iteration, loss, params in lines:
            intercept = float(params[0]) if design.intercept else 0.0
            coef = params[1:] if design.intercept else params
            xs, ys = fitted_curve(design, intercept, coef, self._x_range)
            label = translate("FitView", "iteration {n} · loss {loss}").format(
                n=number(iteration, ",d"), loss=number(loss, ".6g")
            )
            drawn.append((xs, ys, label))
        name = (
            translate("FitView", "Every {k} (hover a line)").format(
                k=number(every, ",d")
            )
            if every
            else translate("FitView", "History (hover a line)")
        )
        self.plots.data.set_history(drawn, name)

    def clear_trail(self) -> None:
        self.plots.data.clear_trail()

    def _sampled(self, values: FloatArray) -> FloatArray:
        return values if self._sample is None else values[self._sample]
