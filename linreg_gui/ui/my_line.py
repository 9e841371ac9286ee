"""My Line on the data plot: the student's own line, its residuals and squares.

:class:`MyLineOverlay` adds its items to a :class:`DataPlot` (it needs no
controller): two draggable handles, the line (drag it to shift it), the
residuals as vertical segments, optionally their squares, and when revealed
the least-squares line with its squares.  The SSR comes from
:class:`~linreg_gui.model.my_line.LineScore` (O(1) a move, exact over every
training row); only the drawing is sampled.

Squares are true squares on screen whatever the axis scales: each is drawn in
the view's pixels with its side the residual measured in y-pixels, so its area
is ``r² · k²`` px² with ``k`` the pixels per y unit at the current zoom (the
legend states ``k²``).  They are one item in screen space (:class:`SquaresItem`),
rebuilt when the line or the view changes: at most :data:`MAX_SQUARES` of them and
:data:`MAX_SEGMENTS` residual segments (a fixed random sample beyond, and the
legend says so), so a drag move costs the same at 10⁶ rows as at 10³.

:class:`MyLine` joins the overlay to its panel
(:class:`~linreg_gui.ui.my_line_panel.MyLinePanel`) and runs guess-the-line
rounds; the window turns it on and off and acts on its requests.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray
from PySide6 import QtCore, QtGui, QtWidgets

# pyqtgraph binds to whichever Qt is already imported: PySide6 must come first.
# isort: split
import pyqtgraph as pg

from linreg_gui.model.analysis import Analysis
from linreg_gui.model.design import Design
from linreg_gui.model.my_line import (
    Gap,
    LineScore,
    RoundResult,
    round_data,
    score_round,
    usable,
)
from linreg_gui.model.plot_data import equation_text, sample_rows
from linreg_gui.model.text import number, translate
from linreg_gui.ui.my_line_panel import THIS_DATA, MyLinePanel
from linreg_gui.ui.plots import style
from linreg_gui.ui.plots.data_plot import DataPlot

FloatArray = NDArray[np.float64]

#: Most residual segments drawn (a fixed random sample of the training points).
MAX_SEGMENTS = 5_000
#: Most squares drawn: thousands of overlapping squares read as one blot.
MAX_SQUARES = 2_000
#: Handles keep at least this fraction of the view's width apart.
MIN_HANDLE_GAP = 0.05
#: Pixels from the line within which a drag shifts it.
LINE_GRAB_PX = 8.0

MINE = style.VERMILLION
BEST = style.BLACK
_Z = 40.0  # above the model's line and the dots


def area_text(value: float) -> str:
    """A px² factor in few digits: 1,310 or 0.0452."""
    if not math.isfinite(value):
        return "?"
    return number(value, ",.0f") if value >= 100 else number(value, ".3g")


class SquaresItem(QtWidgets.QGraphicsObject):
    """Squares in the view's pixels, painted with one ``drawRects`` call.

    Overlapping squares add up their tint, as their areas add up in the SSR.
    A filled ``QPainterPath`` of the same squares with the winding rule made a
    drag move (update and repaint, 1280×800) take 22 ms at 10³ rows and 34 ms
    at 10⁶ (2,000 squares): Qt unites the path at every paint.  Plain
    rectangles take 7.7 and 13.5 ms.
    """

    def __init__(
        self, parent: QtWidgets.QGraphicsItem, pen: QtGui.QPen, brush: QtGui.QBrush
    ) -> None:
        super().__init__(parent)
        self._pen, self._brush = pen, brush
        self.rects: list[QtCore.QRectF] = []

    def pen(self) -> QtGui.QPen:
        return self._pen

    def brush(self) -> QtGui.QBrush:
        return self._brush

    def set_alpha(self, alpha: int) -> None:
        colour = QtGui.QColor(self._brush.color())
        colour.setAlpha(alpha)
        self._brush = QtGui.QBrush(colour)
        self.update()

    def set_rects(self, rects: list[QtCore.QRectF]) -> None:
        self.rects = rects
        self.update()

    def boundingRect(self) -> QtCore.QRectF:
        parent = self.parentItem()
        return parent.boundingRect() if parent is not None else QtCore.QRectF()

    def paint(self, painter: QtGui.QPainter, *args: object) -> None:
        if self.rects:
            painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, False)
            painter.setPen(self._pen)
            painter.setBrush(self._brush)
            painter.drawRects(self.rects)


class SquareSample(pg.ItemSample):
    """A legend swatch: a small square in the squares' pen and brush."""

    def __init__(self, item: SquaresItem) -> None:
        super().__init__(item)
        self._squares = item

    def paint(self, painter: QtGui.QPainter, *args: object) -> None:
        painter.setPen(self._squares.pen())
        painter.setBrush(self._squares.brush())
        painter.drawRect(QtCore.QRectF(3, 3, 14, 14))


class _DraggableLine(pg.PlotCurveItem):
    """The student's line: a drag that starts on it shifts it up or down."""

    def __init__(self, shifted: Callable[[float], None], **kwargs: object) -> None:
        super().__init__(**kwargs)
        self._shifted = shifted
        self._start_y: float | None = None

    def mouseDragEvent(self, ev: object) -> None:
        if ev.button() != QtCore.Qt.MouseButton.LeftButton:  # type: ignore[attr-defined]
            return
        if ev.isStart():  # type: ignore[attr-defined]
            if not self._near(ev.buttonDownScenePos()):  # type: ignore[attr-defined]
                return  # leave it to the view: a pan
            self._start_y = self.mapToView(ev.buttonDownPos()).y()  # type: ignore[attr-defined]
        if self._start_y is None:
            return
        ev.accept()  # type: ignore[attr-defined]
        y = self.mapToView(ev.pos()).y()  # type: ignore[attr-defined]
        self._shifted(y - self._start_y)
        self._start_y = y
        if ev.isFinish():  # type: ignore[attr-defined]
            self._start_y = None

    def _near(self, scene_pos: QtCore.QPointF) -> bool:
        """Whether ``scene_pos`` lies within a few pixels of the line."""
        xs, ys = self.getData()
        if xs is None or len(xs) < 2:
            return False
        a = self.mapToScene(QtCore.QPointF(float(xs[0]), float(ys[0])))
        b = self.mapToScene(QtCore.QPointF(float(xs[-1]), float(ys[-1])))
        dx, dy = b.x() - a.x(), b.y() - a.y()
        length = math.hypot(dx, dy)
        if not length > 0:
            return False
        px, py = scene_pos.x() - a.x(), scene_pos.y() - a.y()
        return abs(dx * py - dy * px) / length <= LINE_GRAB_PX


class MyLineOverlay(QtCore.QObject):
    """The student's line and what it shows, drawn on a :class:`DataPlot`.

    Signals
    -------
    line_changed(float, float)
        The line moved (intercept, slope), by a drag or by :meth:`set_line`.
    """

    line_changed = QtCore.Signal(float, float)

    def __init__(self, plot: DataPlot) -> None:
        super().__init__(plot)
        self.plot = plot
        item = plot.plot_item()
        self._view = item.getViewBox()
        self.score: LineScore | None = None
        self._design: Design | None = None
        self.line: tuple[float, float] = (0.0, 0.0)
        self.active = False
        self.squares_shown = False
        self.best_shown = False
        self._placing = False
        self._x = np.empty(0)
        self._y = np.empty(0)
        self._square_index = np.empty(0, dtype=np.intp)
        self._total = 0
        self._app_equation = ""

        self.residuals = pg.PlotCurveItem(
            pen=style.pen(MINE, 1.0), connect="pairs", antialias=False
        )
        self.line_item = _DraggableLine(
            self._shift, pen=style.pen(MINE, style.FIT_WIDTH), antialias=True
        )
        self.best_item = pg.PlotCurveItem(
            pen=style.pen(BEST, style.REFERENCE_WIDTH, dashed=True), antialias=True
        )
        self.handles = [self._handle() for _ in range(2)]
        for z, part in enumerate(
            (self.residuals, self.best_item, self.line_item, *self.handles)
        ):
            part.setZValue(_Z + z)
            item.addItem(part, ignoreBounds=True)
        # Squares live in the view's pixels: true squares at any axis scales.
        self.squares = self._square_item(MINE, 50)
        self.best_squares = self._square_item(BEST, 0, dashed=True)
        self._view.sigRangeChanged.connect(self._on_view_changed)
        self._view.sigResized.connect(self._on_view_changed)
        self._show(False)

    def _handle(self) -> pg.TargetItem:
        handle = pg.TargetItem(
            size=18,
            symbol="o",
            # Yellow in a dark ring: seen on white and on the vermillion squares.
            pen=pg.mkPen(style.FOREGROUND, width=2.0),
            brush=pg.mkBrush(style.YELLOW),
            hoverPen=pg.mkPen(style.FOREGROUND, width=3.0),
            hoverBrush=pg.mkBrush(style.ORANGE),
        )
        handle.setToolTip(
            translate("MyLine", "Drag to move your line through this point")
        )
        handle.sigPositionChanged.connect(self._on_handle_moved)
        return handle

    def _square_item(
        self, colour: str, alpha: int, *, dashed: bool = False
    ) -> SquaresItem:
        fill = QtGui.QColor(colour)
        fill.setAlpha(alpha)
        pen = style.pen(colour, 1.0, dashed=dashed)
        pen.setCosmetic(True)
        # A child of the view, which clips it to the plot area.
        item = SquaresItem(self._view, pen, QtGui.QBrush(fill))
        item.setZValue(-50)  # under the dots and lines (the view's child group)
        return item

    # -- data --------------------------------------------------------------

    def set_analysis(self, analysis: Analysis | None) -> str:
        """Take the training rows of ``analysis``; returns why My Line cannot
        work on it ('' when it can).  The line stays where it is."""
        self.score, self._design = None, None
        reason = translate("MyLine", "Load data first.") if analysis is None else ""
        if analysis is not None:
            reason = usable(analysis.problem.train)
        if reason or analysis is None:
            self._x = self._y = np.empty(0)
            self._total = 0
            return reason
        self._design = analysis.problem.train
        self.score = LineScore(self._design)
        points = analysis.views.points
        if points is None:  # several x: not reached, usable() said no
            return translate("MyLine", "My Line needs exactly one x column.")
        used = np.flatnonzero(~points.hollow)
        self._total = analysis.problem.train.n_samples
        keep = sample_rows(used.size, MAX_SEGMENTS)
        if keep is not None:
            used = used[keep]
        self._x, self._y = points.x[used], points.y[used]
        squares = sample_rows(used.size, MAX_SQUARES)
        self._square_index = (
            np.arange(used.size, dtype=np.intp) if squares is None else squares
        )
        # Overlaps add up their tint: fainter squares when there are many, or
        # a few hundred would read as one solid block.
        count = max(self._square_index.size, 1)
        alpha = int(max(8.0, min(50.0, 50.0 * math.sqrt(50.0 / count))))
        self.squares.set_alpha(alpha)
        return ""

    # -- showing -----------------------------------------------------------

    def set_active(self, on: bool) -> None:
        """Show My Line on the plot (the model's line hidden) or give it back."""
        if on == self.active:
            return
        self.active = on
        if on:
            self._app_equation = self.plot.equation()
            self._place_handles(force=True)
        self._show(on)
        if on:
            self.redraw()
        else:
            self.plot.set_overlay(None)
            self.plot.set_equation(self._app_equation)

    def refresh_after_analysis(self) -> None:
        """The window has drawn a new analysis (its own line and equation):
        take the plot back and keep the app's equation for later."""
        if not self.active:
            return
        if self.plot.equation() != self._my_equation():
            self._app_equation = self.plot.equation()
        self._place_handles(force=True)
        self.redraw()

    def _show(self, on: bool) -> None:
        for part in (self.residuals, self.line_item, *self.handles):
            part.setVisible(on)
        self.squares.setVisible(on and self.squares_shown)
        self.best_item.setVisible(on and self.best_shown)
        self.best_squares.setVisible(on and self.best_shown and self.squares_shown)

    def set_squares_visible(self, on: bool) -> None:
        self.squares_shown = bool(on)
        self._show(self.active)
        self.redraw()

    def set_best_visible(self, on: bool) -> None:
        self.best_shown = bool(on)
        self._show(self.active)
        self.redraw()

    # -- the line ----------------------------------------------------------

    def set_line(self, intercept: float, slope: float) -> None:
        """Put the line at ``ŷ = intercept + slope·x`` (handles follow)."""
        if not (math.isfinite(intercept) and math.isfinite(slope)):
            return
        self.line = (float(intercept), float(slope))
        self._place_handles(force=False)
        self.redraw()
        self.line_changed.emit(*self.line)

    def _shift(self, dy: float) -> None:
        b, w = self.line
        self.set_line(b + dy, w)

    def _on_handle_moved(self, moved: pg.TargetItem) -> None:
        if self._placing:
            return
        other = self.handles[1] if moved is self.handles[0] else self.handles[0]
        (x0, x1), _ = self._view.viewRange()
        gap = MIN_HANDLE_GAP * (x1 - x0)
        p, q = moved.pos(), other.pos()
        x = p.x()
        if abs(x - q.x()) < gap:  # too close to tell a slope: keep them apart
            x = q.x() + (gap if x >= q.x() else -gap)
            self._placing = True
            moved.setPos(x, p.y())
            self._placing = False
        slope = (p.y() - q.y()) / (x - q.x())
        intercept = q.y() - slope * q.x()
        if math.isfinite(slope) and math.isfinite(intercept):
            self.line = (intercept, slope)
            self.redraw()
            self.line_changed.emit(*self.line)

    def _place_handles(self, *, force: bool) -> None:
        """Handles on the line: kept at their x unless off screen (or ``force``),
        then at a quarter and three quarters of the view's width."""
        (x0, x1), _ = self._view.viewRange()
        xs = [h.pos().x() for h in self.handles]
        inside = all(x0 <= x <= x1 for x in xs) and abs(xs[0] - xs[1]) > 0
        if force or not inside:
            xs = [x0 + 0.25 * (x1 - x0), x0 + 0.75 * (x1 - x0)]
        b, w = self.line
        self._placing = True
        for handle, x in zip(self.handles, xs, strict=True):
            handle.setPos(x, b + w * x)
        self._placing = False

    def handle_positions(self) -> list[tuple[float, float]]:
        return [(h.pos().x(), h.pos().y()) for h in self.handles]

    # -- drawing -----------------------------------------------------------

    def redraw(self) -> None:
        """Line, residuals, squares, best line, equation and legend, for the
        current line and view: O(drawn points), never O(rows)."""
        if not self.active:
            return
        (x0, x1), _ = self._view.viewRange()
        span = x1 - x0
        ends = np.array([x0 - span, x1 + span])
        b, w = self.line
        self.line_item.setData(ends, b + w * ends)
        fitted = b + w * self._x
        xs = np.repeat(self._x, 2)
        ys = np.empty(xs.size)
        ys[0::2], ys[1::2] = self._y, fitted
        self.residuals.setData(xs, ys)
        best = self.score.best_line if self.score is not None else None
        if best is not None and self.best_shown:
            self.best_item.setData(ends, best[0] + best[1] * ends)
        if self.squares_shown:
            self.squares.set_rects(self._square_rects(b, w))
            if best is not None and self.best_shown:
                self.best_squares.set_rects(self._square_rects(*best))
        self.plot.set_equation(self._my_equation())
        self.plot.set_overlay(self._legend())

    def _my_equation(self) -> str:
        if self._design is None:
            return ""
        b, w = self.line
        return equation_text(self._design, b, np.array([w]))

    def _square_rects(self, b: float, w: float) -> list[QtCore.QRectF]:
        """The squares of the residuals of ``ŷ = b + w·x`` in the view's pixels:
        each spans its residual segment and as far sideways (towards the middle
        of the view), so its side is the residual in y-pixels."""
        x = self._x[self._square_index]
        y = self._y[self._square_index]
        rect = self._view.boundingRect()
        (x0, x1), (y0, y1) = self._view.viewRange()
        width, height = rect.width(), rect.height()
        if not (width > 0 and height > 0 and x1 > x0 and y1 > y0) or not x.size:
            return []
        with np.errstate(over="ignore", invalid="ignore"):
            px = (x - x0) / (x1 - x0) * width
            top = (y1 - y) / (y1 - y0) * height
            bottom = (y1 - (b + w * x)) / (y1 - y0) * height
            side = np.minimum(np.abs(bottom - top), 4.0 * max(width, height))
            toward = np.where(px < width / 2, 1.0, -1.0)
            left = np.minimum(px, px + toward * side)
            upper = np.minimum(top, bottom)
        ok = np.isfinite(left) & np.isfinite(upper) & (side > 0.5)
        # Off screen on every side: nothing to paint.
        ok &= (left < width) & (left + side > 0) & (upper < height) & (upper + side > 0)
        QRectF = QtCore.QRectF
        return [
            QRectF(a, c, d, d)
            for a, c, d in zip(
                left[ok].tolist(), upper[ok].tolist(), side[ok].tolist(), strict=True
            )
        ]

    def square_factor(self) -> float:
        """k²: a residual r draws a square of r²·k² px² (k pixels per y unit)."""
        k = self.pixels_per_y()
        return k * k

    def pixels_per_y(self) -> float:
        """Screen pixels per y unit at the current zoom (the squares' scale)."""
        _, (y0, y1) = self._view.viewRange()
        height = self._view.boundingRect().height()
        return height / (y1 - y0) if y1 > y0 else math.nan

    def _legend(self) -> list[tuple[object, str]]:
        """Short entries: the strip above a narrow plot holds two rows.  The
        residual segments need none (they hang from the line) unless sampled."""
        drawn = self._x.size
        mine = translate("MyLine", "My line")
        if drawn < self._total:
            mine = translate(
                "MyLine", "My line (residuals of {count} random points)"
            ).format(count=number(drawn, ","))
        entries: list[tuple[object, str]] = [(self.line_item, mine)]
        if self.squares_shown:
            squares = min(self._square_index.size, drawn)
            factor = area_text(self.square_factor())
            name = (
                translate("MyLine", "Squares ({count} random): r² × {factor} px²")
                if squares < self._total
                else translate("MyLine", "Squares: r² × {factor} px²")
            ).format(count=number(squares, ","), factor=factor)
            entries.append((SquareSample(self.squares), name))
        if self.best_shown:
            entries.append((self.best_item, translate("MyLine", "Least squares")))
        return entries

    def _on_view_changed(self, *_: object) -> None:
        if self.active:
            self._place_handles(force=False)
            self.redraw()


class MyLine(QtCore.QObject):
    """My Line mode: the overlay on the data plot, its panel, and the rounds.

    Controller-free: the window calls :meth:`set_analysis` and
    :meth:`set_active`, and acts on the signals.

    Signals
    -------
    descent_requested(object)
        "Start gradient descent from my line": ndarray ``[b, w]`` (user's units).
    round_data_ready(object)
        A round on new points: the :class:`Dataset` to load.
    answer_hidden(bool)
        A round hides the least-squares answer (the window hides its results).
    """

    descent_requested = QtCore.Signal(object)
    round_data_ready = QtCore.Signal(object)
    answer_hidden = QtCore.Signal(bool)

    def __init__(
        self, plot: Callable[[], DataPlot], panel: MyLinePanel, seed: int | None = None
    ) -> None:
        super().__init__(panel)
        self._plot = plot
        self.overlay: MyLineOverlay | None = None
        self.panel = panel
        self.analysis: Analysis | None = None
        self.reason = translate("MyLine", "Load data first.")
        self.active = False
        #: "pending" (its data on the way), "playing", or None.
        self.round: str | None = None
        self.scores: list[float] = []
        self.last_result: RoundResult | None = None
        if seed is None:  # a class gets new rounds each time the app starts
            seed = int(np.random.default_rng().integers(1_000_000))
        self._seed = seed
        self._spec: tuple[object, ...] | None = None
        self._score_label: pg.TextItem | None = None
        panel.line_edited.connect(self.set_line)
        panel.reset_requested.connect(self.reset_line)
        panel.squares_box.toggled.connect(self._on_squares)
        panel.reveal_button.toggled.connect(self._on_reveal)
        panel.descent_button.clicked.connect(self._on_descent)
        panel.new_round_requested.connect(self.new_round)
        panel.score_requested.connect(self.score)

    # -- the window's calls ---------------------------------------------------

    def ensure_overlay(self) -> MyLineOverlay:
        if self.overlay is None:
            self.overlay = MyLineOverlay(self._plot())
            self.overlay.line_changed.connect(self._on_line_changed)
            self.overlay.set_squares_visible(self.panel.squares_box.isChecked())
            self.overlay.set_best_visible(self.panel.reveal_button.isChecked())
            label = pg.TextItem("", color=style.FOREGROUND, anchor=(0.5, 0.0))
            label.setFont(_score_font())
            label.fill = pg.mkBrush(*style.LABEL_FILL)
            label.border = pg.mkPen(style.LABEL_BORDER)
            label.setParentItem(self.overlay.plot.plot_item().getViewBox())
            label.setZValue(200)
            label.hide()
            self._score_label = label
            view = self.overlay.plot.plot_item().getViewBox()
            view.sigResized.connect(self._place_score)
            view.sigResized.connect(self._show_square_scale)
            view.sigRangeChanged.connect(self._show_square_scale)
        return self.overlay

    def set_analysis(self, analysis: Analysis | None) -> str:
        """A new analysis (or none): returns why My Line cannot run on it."""
        self.analysis = analysis
        if analysis is None:
            self.reason = translate("MyLine", "Load data first.")
            return self.reason
        self.reason = usable(analysis.problem.train)
        if self.overlay is None and not self.active:
            return self.reason  # drawn on first use
        return self._take_analysis()

    def _take_analysis(self) -> str:
        overlay = self.ensure_overlay()
        reason = overlay.set_analysis(self.analysis)
        self.reason = reason
        score = overlay.score
        self.panel.set_scales(None if score is None else score.scales)
        if score is None:
            return reason
        assert self.analysis is not None
        spec = self.analysis.problem.spec
        key = (spec.x, spec.y, self.analysis.problem.train.n_samples > 0)
        fresh = key != self._spec
        self._spec = key
        if self.round == "pending":
            self._begin_round()
        elif fresh:
            self.reset_line()
        else:
            overlay.refresh_after_analysis()
            self._show_gap()
        return ""

    def set_active(self, on: bool) -> None:
        """Turn the mode on (the analysis must be usable) or off."""
        if on == self.active:
            return
        self.active = on
        if on:
            overlay = self.ensure_overlay()
            self._spec = None
            self._take_analysis()
            overlay.set_active(True)
            overlay.refresh_after_analysis()
        else:
            if self.round is not None:
                self._end_round()
            if self._score_label is not None:
                self._score_label.hide()
            if self.overlay is not None:
                self.overlay.set_active(False)

    def after_analysis_drawn(self) -> None:
        """The window drew an analysis: put My Line back on top of it."""
        if self.active and self.overlay is not None:
            self.overlay.refresh_after_analysis()

    # -- the line -------------------------------------------------------------

    @property
    def line(self) -> tuple[float, float]:
        return self.overlay.line if self.overlay is not None else (0.0, 0.0)

    def set_line(self, intercept: float, slope: float) -> None:
        self.ensure_overlay().set_line(intercept, slope)

    def reset_line(self) -> None:
        overlay = self.ensure_overlay()
        if overlay.score is not None:
            overlay.set_line(*overlay.score.default_line())

    def _on_line_changed(self, intercept: float, slope: float) -> None:
        self.panel.show_line(intercept, slope)
        self._show_gap()
        if self._score_label is not None and self.round is None:
            self._score_label.hide()

    def gap(self) -> Gap | None:
        overlay = self.overlay
        if overlay is None or overlay.score is None:
            return None
        return overlay.score.gap(*overlay.line)

    def _show_gap(self) -> None:
        overlay = self.overlay
        score = None if overlay is None else overlay.score
        full = math.nan if score is None else score.ssr(*score.default_line())
        self.panel.show_gap(self.gap(), full, hidden=self.round == "playing")
        self._show_square_scale()

    def _show_square_scale(self, *_: object) -> None:
        overlay = self.overlay
        if overlay is not None:
            self.panel.show_square_scale(
                overlay.pixels_per_y(), overlay.squares_shown and self.active
            )

    def _on_squares(self, on: bool) -> None:
        self.ensure_overlay().set_squares_visible(on)
        self._show_square_scale()

    def _on_reveal(self, on: bool) -> None:
        self.ensure_overlay().set_best_visible(on)

    def _on_descent(self) -> None:
        self.descent_requested.emit(np.array(self.line, dtype=float))

    # -- guess the line --------------------------------------------------------

    def new_round(self, difficulty: str) -> None:
        """A round on the data shown, or on new points of ``difficulty``."""
        if difficulty == THIS_DATA:
            if self.overlay is None or self.overlay.score is None:
                return
            self._begin_round()
            return
        self._seed += 1
        self.round = "pending"
        self.answer_hidden.emit(True)
        self.round_data_ready.emit(round_data(difficulty, self._seed))

    def _begin_round(self) -> None:
        self.round = "playing"
        self.last_result = None
        self.panel.reveal_button.setChecked(False)
        self.panel.show_round(True)
        self.answer_hidden.emit(True)
        if self._score_label is not None:
            self._score_label.hide()
        self.reset_line()
        self._show_gap()

    def score(self) -> RoundResult | None:
        """Score the round's line: the gap, large; then reveal the answer."""
        overlay = self.overlay
        if self.round != "playing" or overlay is None or overlay.score is None:
            return None
        result = score_round(overlay.score, *overlay.line)
        self.last_result = result
        self.scores.append(result.percent)
        self._end_round()
        self.panel.show_score(result, self.scores)
        self.panel.reveal_button.setChecked(True)
        if self._score_label is not None:
            self._score_label.setText(f"{result.gap.text()}  {result.grade}")
            self._score_label.show()
            self._place_score()
        return result

    def _end_round(self) -> None:
        self.round = None
        self.panel.show_round(False)
        self.answer_hidden.emit(False)
        self._show_gap()

    def _place_score(self) -> None:
        label, overlay = self._score_label, self.overlay
        if label is None or overlay is None:
            return
        rect = overlay.plot.plot_item().getViewBox().boundingRect()
        # Below the equation's corner label, centred, and as large as fits.
        font = _score_font()
        label.setFont(font)
        wide = label.textItem.boundingRect().width()
        room = rect.width() - 16
        if wide > room > 0:
            font.setPointSizeF(max(12.0, font.pointSizeF() * room / wide))
            label.setFont(font)
        label.setPos(QtCore.QPointF(rect.center().x(), rect.top() + 44))


def _score_font() -> QtGui.QFont:
    font = QtGui.QFont()
    font.setPointSize(32)
    font.setBold(True)
    return font
