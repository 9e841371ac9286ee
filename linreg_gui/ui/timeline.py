"""One timeline for every view: scrub to any iteration of the run so far.

A slider and an iteration box under the plots.  Moving either (or Step Back,
Shift+F10) pauses a running run and shows that iteration everywhere: the line
on the data plot, the point on the landscape, a marker on the loss curve, the
coefficients and metrics in the results table, the residuals, and the update
that made it with its numbers filled in ("w ← w − η·∂L/∂w = …").  Iterates are
recomputed exactly by the run's timeline (microseconds for batch descent, a
replay of a few hundred steps otherwise), so nothing is stored per step.
"""

from __future__ import annotations

from functools import partial

import numpy as np
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from linreg_gui.controller import SessionController
from linreg_gui.model.snapshot import RunState, Snapshot
from linreg_gui.model.text import number, translate
from linreg_gui.model.timeline import history_iterations
from linreg_gui.ui.fit_view import FitView
from linreg_gui.ui.landscape_view import LandscapeView
from linreg_gui.ui.repaint import after_repaint
from linreg_gui.ui.results_panel import ResultsPanel

#: Slider positions at most (a run of 10⁷ iterations maps several to one).
SLIDER_STEPS = 10_000
#: History lines drawn at most when a run pauses or ends (every m·k beyond).
MAX_HISTORY_LINES = 25


#: Starts the hint shown while a run goes on, in place of a step's arithmetic.
RUNNING_HINT_MARK = "… "


class TimelineBar(QWidget):
    """The slider, the iteration box and the arithmetic of the step shown.

    Signals
    -------
    moved(int)
        The user chose an iteration (slider, box or keys).
    """

    moved = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.last = 0
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setAccessibleName(
            translate("Timeline", "Timeline: iteration shown")
        )
        self.slider.setToolTip(
            translate(
                "Timeline",
                "Drag to any iteration of the run so far: every view shows it "
                "(Shift+F10 steps back, F10 forward)",
            )
        )
        self.box = QSpinBox()
        self.box.setAccessibleName(translate("Timeline", "Iteration shown"))
        self.box.setKeyboardTracking(False)
        self.box.setMinimumWidth(110)
        self.where = QLabel(translate("Timeline", "No run yet"))
        self.where.setMinimumWidth(70)
        self.arithmetic = QLabel()
        self.arithmetic.setWordWrap(True)
        self.arithmetic.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.arithmetic.setAccessibleName(
            translate("Timeline", "The update that made this iteration")
        )
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.arithmetic.setFont(mono)
        self.arithmetic.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(translate("Timeline", "Iteration"))
        label.setBuddy(self.box)
        row.addWidget(label)
        row.addWidget(self.slider, 1)
        row.addWidget(self.box)
        row.addWidget(self.where)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.arithmetic)
        self.slider.valueChanged.connect(self._on_slider)
        self.box.valueChanged.connect(self._on_box)
        self.set_last(0, follow=True)

    @property
    def position(self) -> int:
        return self.box.value()

    @property
    def live(self) -> bool:
        """Whether the bar shows the newest iteration (and follows the run)."""
        return self.position >= self.last

    def set_last(self, last: int, *, follow: bool) -> None:
        """The run reached iteration ``last``; ``follow`` moves the bar there."""
        self.last = max(0, int(last))
        scale = max(1, -(-self.last // SLIDER_STEPS))
        for widget in (self.slider, self.box):
            widget.blockSignals(True)
        self.slider.setRange(0, -(-self.last // scale))
        self.slider.setPageStep(max(1, self.slider.maximum() // 20))
        self.box.setRange(0, self.last)
        if follow:
            self.box.setValue(self.last)
            self.slider.setValue(self.slider.maximum())
        for widget in (self.slider, self.box):
            widget.blockSignals(False)
        self._scale = scale
        self.setEnabled(self.last > 0)
        self._say()

    def show_position(self, i: int) -> None:
        """Move to ``i`` without emitting (the window moved there itself)."""
        for widget in (self.slider, self.box):
            widget.blockSignals(True)
        self.box.setValue(i)
        self.slider.setValue(min(self.slider.maximum(), i // self._scale))
        for widget in (self.slider, self.box):
            widget.blockSignals(False)
        self._say()

    def _say(self) -> None:
        self.where.setText(
            translate("Timeline", "no run yet")
            if self.last == 0 and self.position == 0
            else translate("Timeline", "live")
            if self.live
            else translate("Timeline", "of {last}").format(last=number(self.last, ",d"))
        )

    def _on_slider(self, value: int) -> None:
        i = self.last if value >= self.slider.maximum() else value * self._scale
        self.box.blockSignals(True)
        self.box.setValue(i)
        self.box.blockSignals(False)
        self._say()
        self.moved.emit(i)

    def _on_box(self, i: int) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(min(self.slider.maximum(), i // self._scale))
        self.slider.blockSignals(False)
        self._say()
        self.moved.emit(i)


class TimelineView(QObject):
    """Moves every view to the iteration the bar shows."""

    def __init__(
        self,
        controller: SessionController,
        bar: TimelineBar,
        fit_view: FitView,
        landscape: LandscapeView,
        results_panel: ResultsPanel,
    ) -> None:
        super().__init__(controller)
        self.controller = controller
        self.bar = bar
        self.fit_view = fit_view
        self.landscape = landscape
        self.results_panel = results_panel
        self._single_step = False
        controller.snapshot.connect(self._on_snapshot)
        controller.run_state_changed.connect(self._on_run_state)
        controller.analysis_ready.connect(lambda _analysis: self._clear())
        bar.moved.connect(self.show_iteration)

    def _clear(self) -> None:
        self.bar.set_last(0, follow=True)
        self.bar.arithmetic.hide()
        self.fit_view.plots.loss.set_marker(None)

    def _on_run_state(self, state: RunState | None) -> None:
        if state is None:
            self._clear()

    def _on_snapshot(self, snapshot: Snapshot) -> None:
        follow = self.bar.live or self.bar.last == 0
        self.bar.set_last(snapshot.iteration, follow=follow)
        if snapshot.final or snapshot.state is RunState.PAUSED:
            # Replaying the run to each history line takes 15-30 ms: after the
            # repaint of this frame, not on top of it.
            after_repaint(self.bar, partial(self._show_history_of, snapshot))
        elif snapshot.state is RunState.RUNNING:
            self.fit_view.plots.data.set_history([])
        if follow:
            self.fit_view.plots.loss.set_marker(None)
            if snapshot.state is RunState.PAUSED and snapshot.iteration > 0:
                self._show_arithmetic(snapshot.iteration)
            elif snapshot.state is RunState.RUNNING:
                self._blank_arithmetic()

    def _blank_arithmetic(self) -> None:
        """No arithmetic while the run goes, but its lines keep their room:
        hiding the label moved every plot up on Run and down again on each
        Pause or Step (and redrew each at its new size)."""
        label = self.bar.arithmetic
        if label.isVisible() and not label.text().startswith(RUNNING_HINT_MARK):
            hint = translate(
                "Timeline", "Pause (F5) or Step (F10) to see the arithmetic of a step."
            )
            label.setText(RUNNING_HINT_MARK + hint + "\n" * label.text().count("\n"))

    def _show_history_of(self, snapshot: Snapshot) -> None:
        """The history lines up to ``snapshot``, if it is still the run's last."""
        if self.controller.last_snapshot is snapshot:
            self._show_history(snapshot.iteration)

    def _show_history(self, last: int) -> None:
        """The lines every k iterations (View ▸ History Lines) up to ``last``,
        recomputed exactly, so none is dropped at any speed; beyond
        :data:`MAX_HISTORY_LINES` every m-th of them, and the legend says so."""
        every = self.controller.history_every
        if every <= 0 or last <= 0:
            self.fit_view.plots.data.set_history([])
            return
        count = last // every + 1
        stride = every * max(1, -(-count // MAX_HISTORY_LINES))
        lines = []
        for i in history_iterations(last, stride):
            found = self.controller.iterate(i)
            if found is not None:
                params, loss = found
                lines.append((i, loss, params))
        self.fit_view.show_history(lines, stride)

    def step_back(self) -> None:
        """Shift+F10: one iteration back (a running run pauses first)."""
        if self.bar.last == 0:
            return
        self.show_iteration(max(0, self.bar.position - 1))

    def step_forward(self) -> bool:
        """F10 while looking back: one iteration forward; False at the live end
        (the run itself takes the step)."""
        if self.bar.live:
            return False
        self.show_iteration(self.bar.position + 1)
        return True

    def show_iteration(self, i: int) -> None:
        """Every view at iteration ``i`` of the run on screen."""
        controller = self.controller
        analysis = self.fit_view.analysis
        if analysis is None:
            return
        controller.pause()
        found = controller.iterate(i)
        if found is None:
            return
        params, loss = found
        self.bar.show_position(i)
        design = analysis.problem.design
        intercept = float(params[0]) if design.intercept else 0.0
        coef = params[1:] if design.intercept else params
        self.fit_view.draw(intercept, np.asarray(coef), final=True)
        self.landscape.show_iterate(params)
        live = i >= self.bar.last
        self.fit_view.plots.loss.set_marker(None if live else i)
        train = analysis.metrics_from_loss(loss)
        self.results_panel.show_progress(
            design.term_names,
            intercept,
            np.asarray(coef),
            has_intercept=design.intercept,
            iteration=i,
            train=train,
            test=None,
            paused=True,
        )
        self._show_arithmetic(i)

    def _show_arithmetic(self, i: int) -> None:
        step = self.controller.arithmetic(i) if i > 0 else None
        label = self.bar.arithmetic
        if step is None:
            label.setText(
                translate(
                    "Timeline", "Iteration 0: the starting point (no step made it)."
                )
            )
        else:
            label.setText(step.text)
        label.show()
