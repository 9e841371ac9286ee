"""Run ▸ Sweep Learning Rates: the steps each η needs, and where descent blows up.

The picture the tutorials describe in words: too small a rate crawls (many
steps, or the iteration cap), the count falls as η grows, is least near the
fastest rate, and past the stable limit every run diverges.  Each point is a
run of the chosen method on the student's own rows (worked out off the GUI
thread by :func:`~linreg_gui.model.lr_sweep.sweep_learning_rates`); a click on a
point puts its η in the solver panel, so the next Run shows that run.

Both axes are logarithmic: the rates span 1 % to 3× the stable limit, and the
counts several decades.  Outcomes differ by marker shape, not colour alone:
filled dots reached the tolerance, hollow dots stopped at the cap, crosses
diverged (drawn along the top, since they never got anywhere).
"""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import NDArray
from PySide6 import QtCore, QtGui
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

# pyqtgraph binds to whichever Qt is already imported: PySide6 must come first.
# isort: split
import pyqtgraph as pg

from linreg_gui.model.fitting import METHOD_TITLES
from linreg_gui.model.lr_sweep import SweepResult
from linreg_gui.model.text import number, translate
from linreg_gui.ui.plots import style
from linreg_gui.ui.plots.loss_plot import LossAxis
from linreg_gui.ui.plots.points import nearest_point, on_point_click
from linreg_gui.ui.repaint import next_turn_timer

#: Diverged runs sit this far above the cap line (decades: 0.3 is 2×).
DIVERGED_LIFT = 0.3
#: The plot's least size (px).
PLOT_MINIMUM = (480, 300)
#: Marker diameters (px): big enough to aim a click at.
DOT_SIZE = 10
CROSS_SIZE = 12
RING_SIZE = 20
#: How close (px beyond the marker's edge) a click or hover must come.
REACH = 6.0
#: Where along the plot's height each vertical line's label sits (0 bottom,
#: 1 top): apart, since the stable limit and the fastest rate can nearly
#: coincide (1/λmax and 1/(λmin+λmax) when λmin ≪ λmax).
LABEL_HEIGHTS = {"stable": 0.93, "fastest": 0.8, "current": 0.67}


def note_text() -> str:
    """The note under the plot: which λ the limits are written in."""
    return translate(
        "SweepDialog",
        "λ: eigenvalues of XᵀX/N. The loss's Hessian is 2XᵀX/N, so these are the "
        "textbook 2/λmax and 2/(λmin+λmax) of the Hessian.",
    )


def nice_rate(rate: float) -> float:
    """``rate`` to three significant digits, rounded toward zero, so a point
    just below the stable limit stays below it in the solver panel."""
    if not (math.isfinite(rate) and rate > 0):
        return rate
    scale = 10.0 ** (2 - math.floor(math.log10(rate)))
    return math.floor(rate * scale * (1 + 1e-12)) / scale


def outcome_text(result: SweepResult, index: int) -> str:
    """What the run at ``result.rates[index]`` did, in words."""
    steps = int(result.iterations[index])
    count = number(steps, ",")
    if result.converged[index]:
        if steps == 1:
            return translate("SweepDialog", "converged in 1 step")
        return translate("SweepDialog", "converged in %n steps", None, steps).replace(
            str(steps), count, 1
        )
    if result.diverged[index]:
        return translate("SweepDialog", "diverged at step {step}").format(step=count)
    return translate(
        "SweepDialog", "not within the tolerance after the cap of %n steps", None, steps
    ).replace(str(steps), count, 1)


class SweepDialog(QDialog):
    """The sweep's plot, its progress while it runs, and a note on what a click did.

    Signals
    -------
    rate_chosen(float)
        The user clicked a point: use this η (rounded by :func:`nice_rate`).
    cancel_requested()
        Cancel was pressed, or the dialog closed while a sweep runs.
    again_requested()
        *Sweep Again* was pressed (the settings may have changed).
    """

    rate_chosen = Signal(float)
    cancel_requested = Signal()
    again_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SweepDialog", "Learning-rate sweep"))
        self.setModal(False)
        self.sweep_result: SweepResult | None = None
        self.current_rate: float | None = None
        self.running = False
        #: Drawn positions (log10 η, log10 height) of every point, in result order.
        self._xy: tuple[NDArray[np.float64], NDArray[np.float64]] | None = None

        layout = self._layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.heading)
        # The plot is built in the next turn of the event loop (see
        # _ensure_plot): its 40-60 ms would otherwise block the window at the
        # menu click, on top of the dialog's own set-up. Its room is kept.
        self._plot_built = False
        self._plot_room = QWidget()
        self._plot_room.setMinimumSize(*PLOT_MINIMUM)
        layout.addWidget(self._plot_room, 1)
        self.note = QLabel(note_text())
        self.note.setWordWrap(True)
        font = self.note.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.note.setFont(font)
        self.note.setStyleSheet(f"color: {style.EXCLUDED};")
        layout.addWidget(self.note)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        layout.addWidget(self.status)

        row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setFormat(translate("SweepDialog", "%v of %m learning rates"))
        self.cancel_button = QPushButton(translate("SweepDialog", "Cancel"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.again_button = buttons.addButton(
            translate("SweepDialog", "Sweep Again"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.again_button.setToolTip(
            translate("SweepDialog", "Sweep once more with the solver's settings now")
        )
        self.again_button.clicked.connect(self.again_requested)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout.addLayout(row)
        self._show_running(False)
        self.resize(self._first_size())
        self._plot_timer = next_turn_timer(self, self._build_plot_step)
        self._plot_timer.start()

    def _first_size(self) -> QtCore.QSize:
        """860 × 620, or less on a small screen (1024 × 768 leaves room for the
        title bar and the taskbar)."""
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 860, 620
        if screen is not None:
            width = min(width, screen.width() - 40)
            height = min(height, screen.height() - 80)
        return QtCore.QSize(max(width, 560), max(height, 420))

    # -- the plot ----------------------------------------------------------------

    def _ensure_plot(self) -> None:
        """Build the plot in the room kept for it, once; anything that draws
        on it calls this first."""
        while not self._plot_built:
            self._build_plot_step()

    def _build_plot_step(self) -> None:
        """One part of the plot: the widget, then (in the next turn) its items,
        15-30 ms each; the plot takes its room once whole."""
        if self._plot_built:
            return
        if not hasattr(self, "plot_widget"):
            self._make_plot_widget()
            self._plot_timer.start()
            return
        self._plot_timer.stop()
        self._add_plot_items()
        self._plot_built = True
        room = self._plot_room
        self._layout.replaceWidget(room, self.plot_widget)
        room.deleteLater()
        self._place_current_line()

    def _make_plot_widget(self) -> None:
        self.plot_widget = style.make_plot_widget(
            axis_items={"bottom": SweepAxis("bottom"), "left": SweepAxis("left")},
            # A steady picture: a slip of the mouse while aiming at a point must
            # not pan it away, nor a right click open pyqtgraph's menu.
            menu=False,
        )
        self.plot_widget.setMinimumSize(*PLOT_MINIMUM)
        item = self.plot_widget.getPlotItem()
        item.setLogMode(x=True, y=True)
        style.set_axis_labels(
            item,
            translate("SweepDialog", "learning rate η (log scale)"),
            translate("SweepDialog", "steps to the tolerance (log scale)"),
        )
        view = item.getViewBox()
        view.setMouseEnabled(x=False, y=False)
        item.hideButtons()

    def _add_plot_items(self) -> None:
        item = self.plot_widget.getPlotItem()
        self.converged_points = pg.ScatterPlotItem(
            symbol="o",
            size=DOT_SIZE,
            pen=pg.mkPen(style.BLUE, width=1),
            brush=pg.mkBrush(style.BLUE),
        )
        self.capped_points = pg.ScatterPlotItem(
            symbol="o",
            size=DOT_SIZE,
            pen=pg.mkPen(style.ORANGE, width=2),
            brush=QtGui.QBrush(Qt.BrushStyle.NoBrush),
        )
        self.diverged_points = pg.ScatterPlotItem(
            symbol="x",
            size=CROSS_SIZE,
            pen=pg.mkPen(style.VERMILLION, width=1),
            brush=pg.mkBrush(style.VERMILLION),
        )
        self.fastest_ring = pg.ScatterPlotItem(
            symbol="o",
            size=RING_SIZE,
            pen=pg.mkPen(style.BLUISH_GREEN, width=2),
            brush=QtGui.QBrush(Qt.BrushStyle.NoBrush),
        )
        self.cap_line = pg.InfiniteLine(
            angle=0,
            pen=style.pen(style.IDENTITY, 1.5, dashed=True),
            label="",
            # At the right end, below the line: the capped runs sit on the line
            # at the left, and the diverged ones above it.
            labelOpts=_label_opts(style.IDENTITY, 0.985, (1.0, 0.0)),
        )
        self.stable_line = _vertical_line(
            style.pen(style.VERMILLION, 1.5, dashed=True),
            LABEL_HEIGHTS["stable"],
        )
        fastest_pen = style.pen(style.BLUISH_GREEN, 1.5)
        fastest_pen.setStyle(Qt.PenStyle.DotLine)
        self.fastest_line = _vertical_line(fastest_pen, LABEL_HEIGHTS["fastest"])
        self.current_line = _vertical_line(
            style.pen(style.REDDISH_PURPLE, 2.0), LABEL_HEIGHTS["current"]
        )
        for line in (self.cap_line, self.stable_line, self.fastest_line):
            line.setZValue(-5)
        for scatter in reversed(self._scatters()):
            item.addItem(scatter)  # (empty until a result: never hidden, or the
            # legend would draw its "hidden" icon)
        for line in (
            self.cap_line,
            self.stable_line,
            self.fastest_line,
            self.current_line,
        ):
            item.addItem(line)
            line.hide()
        # Where the η in the solver panel is far outside the rates swept (the
        # raw Longley data: 1e-11 against 0.1), an arrow at the edge says so
        # rather than squeezing every run into a sliver of the plot.
        self.off_scale_label = style.text_label()
        self.off_scale_label.border = pg.mkPen(style.REDDISH_PURPLE)
        item.addItem(self.off_scale_label, ignoreBounds=True)
        self.off_scale_label.hide()
        self.hover_label = style.text_label(anchor=(0.0, 1.0))
        self.hover_label.setZValue(20)
        item.addItem(self.hover_label, ignoreBounds=True)
        self.hover_label.hide()
        self.legend = style.add_legend_strip(item)
        on_point_click(self.plot_widget, self.point_at, self._on_point_clicked)
        self.plot_widget.scene().sigMouseMoved.connect(self._on_mouse_moved)

    def point_at(self, x: float, y: float) -> int | None:
        """The index of the run drawn nearest (x, y) (view units: log10), if
        the cursor is on its marker."""
        if self._xy is None:
            return None
        view = self.plot_widget.getPlotItem().getViewBox()
        return nearest_point(view, *self._xy, x, y, CROSS_SIZE / 2 + REACH)

    def point_position(self, index: int) -> tuple[float, float]:
        """Where run ``index`` is drawn, in view units (log10 η, log10 steps)."""
        assert self._xy is not None
        return float(self._xy[0][index]), float(self._xy[1][index])

    # -- what the window tells it ------------------------------------------------

    def start(self, method: str, current_rate: float | None) -> None:
        """A sweep of ``method`` has begun: clear the plot, show its progress."""
        self.sweep_result = None
        self._xy = None
        if self._plot_built:  # (a plot still to be built starts empty)
            for scatter in self._scatters():
                scatter.setData([], [])
            self.legend.clear()
            for line in (self.cap_line, self.stable_line, self.fastest_line):
                line.hide()
            self.hover_label.hide()
        title = translate("Fitting", METHOD_TITLES.get(method, method))
        self.heading.setText(
            translate(
                "SweepDialog",
                "<b>{method}</b> from the same start at 30 learning rates, each run "
                "until it is within the tolerance of least squares. Running off the "
                "window's thread: the window stays usable.",
            ).format(method=title)
        )
        self.status.setText("")
        self.progress.setRange(0, 30)
        self.progress.setValue(0)
        self._show_running(True)
        self.set_current_rate(current_rate)

    def present(self) -> None:
        """Show it in front: it may be open behind the window from a sweep
        before."""
        self.show()
        if QGuiApplication.platformName() != "offscreen":  # (which has no stacking)
            self.raise_()
        self.activateWindow()

    def set_progress(self, fraction: float) -> None:
        self.progress.setValue(round(fraction * self.progress.maximum()))

    def show_ended(self, why: str) -> None:
        """The sweep gave no result: cancelled (``why`` empty) or failed."""
        self._show_running(False)
        self.status.setText(
            why
            or translate(
                "SweepDialog", "Sweep cancelled. Press Sweep Again to run it once more."
            )
        )

    def show_result(self, result: SweepResult) -> None:
        """Draw every run: its η against the steps it took, by outcome."""
        self._ensure_plot()
        self._show_running(False)
        self.sweep_result = result
        x = np.log10(result.rates)
        cap = math.log10(max(result.iteration_cap, 1))
        steps = np.log10(np.maximum(result.iterations, 1).astype(float))
        y = np.where(result.capped, cap, steps)
        y = np.where(result.diverged, cap + DIVERGED_LIFT, y)
        self._xy = (x, y)
        groups = (
            (self.converged_points, result.converged),
            (self.capped_points, result.capped),
            (self.diverged_points, result.diverged),
        )
        for scatter, mask in groups:
            scatter.setData(x[mask], y[mask])
        fastest = result.fastest_rate
        if fastest is not None:
            i = int(np.flatnonzero(result.rates == fastest)[0])
            self.fastest_ring.setData([x[i]], [y[i]])
        names = (
            translate("SweepDialog", "reached the tolerance"),
            translate("SweepDialog", "stopped at the cap"),
            translate("SweepDialog", "diverged"),
            translate("SweepDialog", "fewest steps"),
        )
        present = (*(m.any() for _, m in groups), fastest is not None)
        style.fill_legend(
            self.legend,
            [
                (scatter, name)
                for scatter, name, shown in zip(
                    self._scatters(), names, present, strict=True
                )
                if shown
            ],
        )
        self.cap_line.show()
        self.cap_line.setPos(cap)
        cap_steps = result.iteration_cap
        self.cap_line.label.setFormat(
            translate("SweepDialog", "cap: %n steps", None, cap_steps).replace(
                str(cap_steps), number(cap_steps, ","), 1
            )
        )
        self._place_vertical(self.stable_line, result.stable_rate, _stable_text(result))
        self._place_vertical(
            self.fastest_line,
            result.optimal_rate,
            translate("SweepDialog", "fastest 1/(λmin+λmax)")
            if result.method == "gd"
            else translate("SweepDialog", "plain descent's fastest 1/(λmin+λmax)"),
        )
        self._set_range()
        self.heading.setText(self._heading(result))
        self.status.setText(self._summary(result))

    def set_current_rate(self, rate: float | None) -> None:
        """Mark the η in the solver panel (the one Run would use)."""
        self.current_rate = rate
        if not self._plot_built:
            return  # (marked once the plot is built)
        self._place_current_line()
        if self.sweep_result is not None:
            self._set_range()

    def _place_current_line(self) -> None:
        rate = self.current_rate
        text = (
            translate("SweepDialog", "your η = {rate}").format(rate=_compact(rate))
            if rate
            else ""
        )
        self._place_vertical(self.current_line, rate, text)

    def show_stale(self) -> None:
        """The data or the model changed while the sweep ran: its answer is moot."""
        self._show_running(False)
        self.status.setText(
            translate(
                "SweepDialog",
                "The data or the model changed during the sweep, so its result is "
                "not shown. Press Sweep Again.",
            )
        )

    # -- clicks and hovering -------------------------------------------------------

    def _on_point_clicked(self, index: int) -> None:
        if self.sweep_result is None:
            return
        rate = nice_rate(float(self.sweep_result.rates[index]))
        self.rate_chosen.emit(rate)
        self.status.setText(
            translate(
                "SweepDialog",
                "η = {rate} is now set in the solver panel ({outcome} here). "
                "Press Run (F5) to watch that run.",
            ).format(
                rate=_compact(rate), outcome=outcome_text(self.sweep_result, index)
            )
        )

    def _on_mouse_moved(self, scene_pos: QtCore.QPointF) -> None:
        view = self.plot_widget.getPlotItem().getViewBox()
        index = None
        if view.sceneBoundingRect().contains(scene_pos):
            spot = view.mapSceneToView(scene_pos)
            index = self.point_at(spot.x(), spot.y())
        self.show_hover(index)

    def show_hover(self, index: int | None) -> None:
        """Name the run under the cursor (η, steps, outcome); None hides it."""
        if index is None or self.sweep_result is None or self._xy is None:
            self.hover_label.hide()
            return
        rate = float(self.sweep_result.rates[index])
        self.hover_label.setText(
            translate(
                "SweepDialog", "η = {rate}: {outcome}\nclick to use this η"
            ).format(
                rate=rate_text(rate), outcome=outcome_text(self.sweep_result, index)
            )
        )
        x, y = self.point_position(index)
        view = self.plot_widget.getPlotItem().getViewBox()
        (x0, x1), (y0, y1) = view.viewRange()
        across, up = (x - x0) / (x1 - x0), (y - y0) / (y1 - y0)
        # Steps fall as η grows, so a run's neighbours lie up-left and
        # down-right: the label goes in a free quadrant, with room in view.
        if across > 0.5:
            anchor = (1.0, 1.0) if up < 0.35 else (1.0, 0.0)
        else:
            anchor = (0.0, 0.0) if up > 0.7 else (0.0, 1.0)
        width, height = view.viewPixelSize()
        gap = DOT_SIZE / 2 + 3
        self.hover_label.setAnchor(anchor)
        self.hover_label.setPos(
            x + (gap if anchor[0] == 0.0 else -gap) * width,
            y + (gap if anchor[1] == 1.0 else -gap) * height,
        )
        self.hover_label.show()

    def hover_text(self) -> str:
        if not self._plot_built or not self.hover_label.isVisible():
            return ""
        text: str = self.hover_label.toPlainText()
        return text

    # -- closing -------------------------------------------------------------------

    def reject(self) -> None:
        """Close (or Esc): a sweep still running is cancelled, not left to run."""
        if self.running:
            self.cancel_requested.emit()
        super().reject()

    # -- helpers -------------------------------------------------------------------

    def _scatters(self) -> tuple[pg.ScatterPlotItem, ...]:
        return (
            self.converged_points,
            self.capped_points,
            self.diverged_points,
            self.fastest_ring,
        )

    def _show_running(self, running: bool) -> None:
        self.running = running
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.again_button.setVisible(not running)

    def _place_vertical(
        self, line: pg.InfiniteLine, rate: float | None, text: str
    ) -> None:
        shown = rate is not None and math.isfinite(rate) and rate > 0
        line.setVisible(shown)
        if shown:
            assert rate is not None
            line.setPos(math.log10(rate))
            line.label.setFormat(text)  # (a hidden label ignores its text)

    def _set_range(self) -> None:
        """Every run, the limits and the marked η in view, with room for labels."""
        result = self.sweep_result
        assert result is not None
        assert self._xy is not None
        x, y = self._xy
        xs = [float(x.min()), float(x.max())]
        for rate in (result.stable_rate, result.optimal_rate):
            if rate is not None and math.isfinite(rate) and rate > 0:
                xs.append(math.log10(rate))
        current = self.current_rate
        off_scale = 0
        if current is not None and math.isfinite(current) and current > 0:
            at = math.log10(current)
            # Within a decade of the runs: in view; further: an arrow at the edge.
            off_scale = -1 if at < min(xs) - 1 else 1 if at > max(xs) + 1 else 0
            if not off_scale:
                xs.append(at)
        left, right = min(xs), max(xs)
        pad = 0.04 * max(right - left, 0.5)
        left, right = left - pad, right + pad
        cap = math.log10(max(result.iteration_cap, 1))
        bottom = max(min(float(y.min()), cap) - 0.25, -0.1)
        top = cap + DIVERGED_LIFT + 0.3
        view = self.plot_widget.getPlotItem().getViewBox()
        view.setRange(xRange=(left, right), yRange=(bottom, top), padding=0)
        self._orient_labels(left, right)
        label = self.off_scale_label
        label.setVisible(bool(off_scale))
        if off_scale and current is not None:
            text = translate("SweepDialog", "your η = {rate}").format(
                rate=_compact(current)
            )
            label.setText(f"{text} →" if off_scale > 0 else f"← {text}")
            label.setAnchor((1.0, 0.5) if off_scale > 0 else (0.0, 0.5))
            # Halfway up: between the cap line and the diverged runs' row.
            height = bottom + 0.5 * (top - bottom)
            label.setPos(right if off_scale > 0 else left, height)

    def _orient_labels(self, left: float, right: float) -> None:
        """Each vertical line's label on the side with more room: left of the
        line in the right part of the plot, right of it in the left part."""
        for line in (self.stable_line, self.fastest_line, self.current_line):
            where = (line.value() - left) / (right - left) if right > left else 0.5
            # A few pixels clear of the line, so it does not cross the text.
            anchor = (1.04, 0.5) if where > 0.4 else (-0.04, 0.5)
            line.label.anchors = [anchor, anchor]
            line.label.updatePosition()

    @staticmethod
    def _heading(result: SweepResult) -> str:
        title = translate("Fitting", METHOD_TITLES.get(result.method, result.method))
        low, high = rate_text(result.rates[0]), rate_text(result.rates[-1])
        return translate(
            "SweepDialog",
            "<b>{method}</b> at {count} learning rates from {low} to {high}: "
            "the steps each run needs to get within {tol} of least squares "
            "(stopping at your maximum of {cap} iterations). <b>Click a point</b> "
            "to use its η.",
        ).format(
            method=title,
            count=len(result.rates),
            low=low,
            high=high,
            tol=number(result.tol, "g"),
            cap=number(result.iteration_cap, ","),
        )

    @staticmethod
    def _summary(result: SweepResult) -> str:
        parts = []
        fastest = result.fastest_rate
        if fastest is not None:
            steps = int(result.iterations[result.rates == fastest][0])
            parts.append(
                translate("SweepDialog", "Fewest steps: {count} at η = {rate}.").format(
                    count=number(steps, ","), rate=rate_text(fastest)
                )
            )
        else:
            parts.append(
                translate(
                    "SweepDialog",
                    "No rate reached the tolerance within the cap: raise Max "
                    "iterations, or tick Standardise features.",
                )
            )
        diverged = int(result.diverged.sum())
        if diverged:
            lowest = rate_text(float(result.rates[result.diverged].min()))
            parts.append(
                translate(
                    "SweepDialog",
                    "%n of {total} diverged, from η = {rate} up.",
                    None,
                    diverged,
                ).format(total=len(result.rates), rate=lowest)
            )
        if result.stable_rate is None and result.method == "adam":
            parts.append(
                translate(
                    "SweepDialog",
                    "Adam has no fixed stable limit: its steps are about η each.",
                )
            )
        elif result.method == "sgd":
            parts.append(
                translate(
                    "SweepDialog", "With mini-batches the stable limit is a guide."
                )
            )
        return " ".join(parts)


class SweepAxis(LossAxis):
    """A log axis labelled in plain numbers (0.02, 1,000), not ``2·10⁻²``:
    the same numbers the solver panel and the hover show."""

    def logTickValues(
        self,
        minVal: float,
        maxVal: float,
        size: float,
        stdTicks: list[tuple[float, list[float]]],
    ) -> list[tuple[float | None, list[float]]]:
        """Decades, then 2 and 5; 3, 4, 6… only within a single decade (their
        labels crowd the axis otherwise)."""
        levels = super().logTickValues(minVal, maxVal, size, stdTicks)
        return levels if maxVal - minVal < 1.0 else levels[:2]

    def logTickStrings(
        self, values: list[float], scale: float, spacing: float
    ) -> list[str]:
        return [_plain(10.0 ** float(v) * scale) for v in values]


def _plain(value: float) -> str:
    if value >= 1000:
        return number(value, ",.0f")
    return number(value, ".3g")


def rate_text(rate: float) -> str:
    """η in three significant digits, as the summary and the hover show it."""
    return number(rate, ".3g")


def _compact(rate: float) -> str:
    """η as the solver panel writes it (``format_compact``), with the window's
    decimal separator."""
    return number(rate, ".6g")


def _stable_text(result: SweepResult) -> str:
    if result.method == "momentum":
        return translate("SweepDialog", "stable limit (1+μ)/λmax")
    return translate("SweepDialog", "stable limit 1/λmax")


def _label_opts(
    colour: str, position: float, anchor: tuple[float, float]
) -> dict[str, object]:
    return {
        "position": position,
        "color": style.FOREGROUND,
        "fill": pg.mkBrush(*style.LABEL_FILL),
        "border": pg.mkPen(colour),
        "anchors": [anchor, anchor],
    }


def _vertical_line(line_pen: QtGui.QPen, height: float) -> pg.InfiniteLine:
    """A vertical line with a label at ``height`` (0-1), just left of it."""
    return pg.InfiniteLine(
        angle=90,
        pen=line_pen,
        label="",
        labelOpts=_label_opts(line_pen.color().name(), height, (1.04, 0.5)),
    )
