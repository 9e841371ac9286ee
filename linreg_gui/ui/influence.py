"""Influence, live: drag a point and watch least squares follow; undo it all.

:class:`EditHistory` is the window's undo stack.  Every change a student makes
to the data (a cell typed, a point dragged or added, rows left out or put back)
is a command that calls the controller, so the table, the session and every
view see it, and Ctrl+Z / Ctrl+Shift+Z walk back and forth through them.
Nothing loaded is ever lost: loading new data starts a new history.

:class:`PointDragger` moves a point on the Fit plot.  While the mouse moves,
the least-squares line, R² and the coefficient table come from
:class:`~linreg_gui.model.influence.LeastSquares` on sums updated by two
rank-one steps (O(p²) a move, no pass over the rows); a faint copy of the line
before the drag stays until release, and the point is labelled with its
leverage, studentized residual and Cook's distance.  On release the move
becomes two cell edits (one command).  In My Line mode a click on empty space
adds a point there; a point's context menu deletes it, which leaves its row
out of the fit rather than removing it, so that every other row keeps its
number (edits, rows left out and saved sessions refer to rows by number) and
the point stays on the plot, hollow, to be put back.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

# pyqtgraph binds to whichever Qt is already imported: PySide6 must come first.
# isort: split
import pyqtgraph as pg

from linreg_gui.model.analysis import Analysis
from linreg_gui.model.design import Design
from linreg_gui.model.influence import LeastSquares, Sums, polynomial_terms
from linreg_gui.model.plot_data import ScatterPoints
from linreg_gui.model.text import number, translate
from linreg_gui.ui.plots import style

if TYPE_CHECKING:
    from linreg_gui.controller import SessionController
    from linreg_gui.ui.diagnostics_view import DiagnosticsView
    from linreg_gui.ui.main_window import MainWindow
    from linreg_gui.ui.my_line import MyLineOverlay
    from linreg_gui.ui.plots.data_plot import DataPlot

FloatArray = np.ndarray

#: Pixels from My Line's line or handles within which a click is not a new point.
NEAR_LINE_PX = 10.0


# -- undo and redo -----------------------------------------------------------------


class _Call(QtGui.QUndoCommand):
    """A command made of two calls: one does it, the other undoes it."""

    def __init__(
        self,
        text: str,
        do: Callable[[], object],
        undo: Callable[[], object],
    ) -> None:
        super().__init__(text)
        self._do, self._undo = do, undo

    def redo(self) -> None:
        self._do()

    def undo(self) -> None:
        self._undo()


class EditHistory(QtCore.QObject):
    """The undo stack of the data: each method pushes a command that calls the
    controller (and so does the change at once)."""

    def __init__(self, controller: SessionController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.stack = QtGui.QUndoStack(self)
        controller.dataset_changed.connect(lambda _data: self.stack.clear())

    def _value(self, row: int, column: str) -> float:
        data = self.controller.dataset
        assert data is not None
        return float(data.values(column)[row])

    def edit_value(self, row: int, column: str, value: float) -> None:
        """A cell typed in the table."""
        if self.controller.dataset is None:
            return
        old = self._value(row, column)
        edit = self.controller.edit_value
        self.stack.push(
            _Call(
                translate("Influence", "Edit row {row}, {column}").format(
                    row=number(row + 1, ","), column=column
                ),
                lambda: edit(row, column, value),
                lambda: edit(row, column, old),
            )
        )

    def move_point(
        self, row: int, columns: tuple[str, str], x: float, y: float
    ) -> None:
        """A point dragged to (x, y): two cell edits, undone as one."""
        if self.controller.dataset is None:
            return
        old = [self._value(row, column) for column in columns]
        edit = self.controller.edit_value

        def put(values: list[float]) -> None:
            for column, value in zip(columns, values, strict=True):
                edit(row, column, value)

        self.stack.push(
            _Call(
                translate("Influence", "Move point of row {row}").format(
                    row=number(row + 1, ",")
                ),
                lambda: put([x, y]),
                lambda: put(old),
            )
        )

    def set_excluded(self, rows: frozenset[int], text: str = "") -> None:
        """Rows left out of the fit (or put back): the whole set, before and after."""
        before, after = self.controller.excluded, frozenset(rows)
        if before == after:
            return
        set_excluded = self.controller.set_excluded
        self.stack.push(
            _Call(
                text or translate("Influence", "Change the rows left out"),
                lambda: set_excluded(after),
                lambda: set_excluded(before),
            )
        )

    def leave_out(self, rows: Iterable[int], leave_out: bool = True) -> None:
        rows = set(rows)
        excluded = set(self.controller.excluded)
        changed = excluded | rows if leave_out else excluded - rows
        n_rows = len(rows)
        text = (
            translate("Influence", "Leave out %n row(s)", None, n_rows)
            if leave_out
            else translate("Influence", "Put back %n row(s)", None, n_rows)
        )
        # %n for the plural form; the count then written with the window's separators
        text = text.replace(str(n_rows), number(n_rows, ","), 1)
        self.set_excluded(frozenset(changed), text)

    def add_point(self, values: dict[str, float]) -> None:
        """A new row at the end of the data; undo takes it away again."""
        data = self.controller.dataset
        if data is None:
            return
        n_rows = data.n_rows
        c = self.controller
        self.stack.push(
            _Call(
                translate("Influence", "Add point (row {row})").format(
                    row=number(n_rows + 1, ",")
                ),
                lambda: c.add_row(values),
                lambda: c.drop_rows_from(n_rows),
            )
        )

    def undo(self) -> None:
        self.stack.undo()

    def redo(self) -> None:
        self.stack.redo()


# -- dragging a point --------------------------------------------------------------


def drag_reason(analysis: Analysis | None) -> str:
    """Why points cannot be dragged ('' when they can): one x column."""
    if analysis is None:
        return translate("Influence", "Load data first.")
    if len(analysis.problem.spec.x) != 1 or analysis.views.points is None:
        return translate("Influence", "Dragging points needs exactly one x column.")
    return ""


class PointDragger(QtCore.QObject):
    """Drag a point on the data plot; least squares follows at every move.

    Signals
    -------
    moved(int, float, float)
        A drag ended: the data-set row and its new (x, y).
    live_result(object)
        A :class:`FitResult` of least squares with the point where it is now
        (the results panel shows it), or None when the drag ends.
    """

    moved = QtCore.Signal(int, float, float)
    live_result = QtCore.Signal(object)

    def __init__(self, plot: DataPlot) -> None:
        super().__init__(plot)
        self.plot = plot
        self.analysis: Analysis | None = None
        self.design: Design | None = None
        self.points: ScatterPoints | None = None
        self.sums: Sums | None = None
        self._base: Sums | None = None
        self._row: int | None = None
        self._weight = 1.0
        self.last_fit: LeastSquares | None = None
        self.last_influence: str = ""
        item = plot.plot_item()
        self._view = item.getViewBox()
        # Least squares in its own colour: the ghost faint, the live line solid.
        self.ghost = pg.PlotCurveItem(
            pen=style.pen(style.REFERENCE, style.FIT_WIDTH), antialias=True
        )
        self.ghost.setOpacity(0.2)
        self.live = pg.PlotCurveItem(
            pen=style.pen(style.REFERENCE, style.REFERENCE_WIDTH), antialias=True
        )
        self.marker = pg.ScatterPlotItem(
            size=14,
            pen=pg.mkPen(style.FOREGROUND, width=2.0),
            brush=pg.mkBrush(style.YELLOW),
        )
        # In the view's bottom-right corner, never clipped by the plot's edge.
        self.label = pg.TextItem("", color=style.FOREGROUND, anchor=(1.0, 1.0))
        self.label.fill = pg.mkBrush(*style.LABEL_FILL)
        self.label.border = pg.mkPen(style.LABEL_BORDER)
        self.label.setParentItem(self._view)
        self.label.setZValue(100)
        self.label.hide()
        for z, part in enumerate((self.ghost, self.live, self.marker)):
            part.setZValue(60 + z)
            part.hide()
            item.addItem(part, ignoreBounds=True)
        plot.point_drag_started.connect(self._start)
        plot.point_dragged.connect(self._move)
        plot.point_drag_finished.connect(self._finish)

    # -- data ------------------------------------------------------------------

    def set_analysis(self, analysis: Analysis | None) -> None:
        """A new analysis: points can be dragged once :meth:`set_sums` brings
        its training rows' sums (worked out off the GUI thread)."""
        self._cancel()
        self.analysis = analysis
        self.sums = None
        reason = drag_reason(analysis)
        self.plot.set_point_drag_enabled(not reason)
        if reason or analysis is None:
            self.design = self.points = None
            return
        self.design = analysis.problem.train
        self.points = analysis.views.points

    def set_sums(self, design: Design, sums: Sums) -> None:
        """The sums of ``design``'s rows (ignored unless it is the one shown)."""
        if design is self.design:
            self.sums = sums

    def _terms(self, x: float) -> FloatArray:
        assert self.design is not None
        return polynomial_terms(x, self.design.spec.degree)[0]

    # -- the drag ----------------------------------------------------------------

    def _start(self, index: int) -> None:
        points, design, sums = self.points, self.design, self.sums
        if points is None or design is None or not 0 <= index < points.rows.size:
            return
        row = int(points.rows[index])
        self._row = row
        x0, y0 = float(points.x[index]), float(points.y[index])
        self._base = None
        if sums is not None:
            fit = LeastSquares(sums, design.intercept)
            self._draw_line(self.ghost, fit)
            self.ghost.show()
            position = int(np.searchsorted(design.rows, row))
            in_fit = position < design.rows.size and design.rows[position] == row
            if in_fit:
                w = design.weights
                self._weight = 1.0 if w is None else float(w[position])
                try:
                    self._base = sums.without(self._terms(x0), y0, self._weight)
                except ValueError:
                    self._base = None
        self._move(index, x0, y0, live=False)

    def _move(self, index: int, x: float, y: float, *, live: bool = True) -> None:
        if self._row is None or self.design is None:
            return
        self.marker.setData([x], [y])
        self.marker.show()
        text = translate("Influence", "Row {row}").format(
            row=number(self._row + 1, ",")
        )
        if self._base is not None:
            fit = LeastSquares(
                self._base.with_row(self._terms(x), y, self._weight),
                self.design.intercept,
            )
            self.last_fit = fit
            self._draw_line(self.live, fit)
            self.live.show()
            influence = fit.influence(self._terms(x), y, self._weight)
            self.last_influence = influence.text()
            text += f"   R² = {number(fit.r2, '.4f')}\n{influence.text()}"
            if live:
                self.live_result.emit(fit.result(self.design.coefficient_names))
        else:
            text += translate("Influence", ": not in the fit, the line stays")
        self.label.setText(text)
        self._place_label(x, y)
        self.label.show()

    def _place_label(self, x: float, y: float) -> None:
        rect = self._view.boundingRect()
        self.label.setPos(QtCore.QPointF(rect.right() - 8, rect.bottom() - 8))

    def _finish(self, index: int, x: float, y: float) -> None:
        row = self._row
        self._cancel()
        if row is None or not (math.isfinite(x) and math.isfinite(y)):
            return
        self.moved.emit(row, float(x), float(y))

    def _cancel(self) -> None:
        self._row = None
        self._base = None
        for part in (self.ghost, self.live, self.marker, self.label):
            part.hide()

    def _draw_line(self, curve: pg.PlotCurveItem, fit: LeastSquares) -> None:
        """The fit across the view (and beyond, so a pan shows no end)."""
        assert self.design is not None
        (x0, x1), _ = self._view.viewRange()
        span = x1 - x0
        count = 2 if self.design.spec.degree == 1 else 200
        xs = np.linspace(x0 - span, x1 + span, count)
        terms = polynomial_terms(xs, self.design.spec.degree)
        curve.setData(xs, fit.predict(terms))

    @property
    def dragging(self) -> bool:
        return self._row is not None


def point_menu(
    parent: QtWidgets.QWidget,
    row: int,
    left_out: bool,
    delete: Callable[[], None],
    put_back: Callable[[], None],
) -> QtWidgets.QMenu:
    """A point's context menu: delete it (leave its row out), or put it back."""
    menu = QtWidgets.QMenu(parent)
    if left_out:
        action = menu.addAction(
            translate("Influence", "Put Row {row} Back in the Fit").format(
                row=number(row + 1, ",")
            )
        )
        action.triggered.connect(put_back)
    else:
        action = menu.addAction(
            translate("Influence", "Delete Point (Leave Row {row} Out)").format(
                row=number(row + 1, ",")
            )
        )
        action.setToolTip(
            translate(
                "Influence",
                "The row stays in the table and the point on the plot, hollow; "
                "Ctrl+Z or this menu puts it back",
            )
        )
        action.triggered.connect(delete)
    return menu


class InfluenceView(QtCore.QObject):
    """Joins the undo stack, the point drag, the diagnostics and the window.

    The window routes every data change through :attr:`history`; the rest is
    connected here once the plots exist.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        c = window.controller
        self.history = EditHistory(c)
        self.dragger: PointDragger | None = None
        self.diagnostics: DiagnosticsView | None = None
        self.menu: QtWidgets.QMenu | None = None
        stack = self.history.stack
        undo, redo = window.actions["undo"], window.actions["redo"]
        undo.setEnabled(False)
        redo.setEnabled(False)
        stack.canUndoChanged.connect(undo.setEnabled)
        stack.canRedoChanged.connect(redo.setEnabled)
        stack.undoTextChanged.connect(
            lambda text: undo.setText(
                translate("Influence", "&Undo {action}").format(action=text)
                if text
                else translate("Influence", "&Undo")
            )
        )
        stack.redoTextChanged.connect(
            lambda text: redo.setText(
                translate("Influence", "&Redo {action}").format(action=text)
                if text
                else translate("Influence", "&Redo")
            )
        )
        c.analysis_ready.connect(self._on_analysis)
        c.analysis_failed.connect(lambda _text: self._on_analysis(None))
        window.plot_area.plots_created.connect(self._build)

    def _build(self) -> None:
        from linreg_gui.ui.diagnostics_view import DiagnosticsView

        window = self.window
        plot = window.plot_area.data
        dragger = self.dragger = PointDragger(plot)
        view = self.diagnostics = DiagnosticsView(window, window.plot_area.diagnostics)
        view.source_ready.connect(lambda s: dragger.set_sums(s.design, s.sums))
        view.set_bands_visible(window.actions["bands"].isChecked())
        dragger.moved.connect(self._on_moved)
        dragger.live_result.connect(self._on_live_result)
        plot.point_menu_requested.connect(self._on_menu)
        plot.empty_clicked.connect(self._on_empty_click)
        plot.point_drag_started.connect(self._select_point)
        plot.point_clicked.connect(self._select_point)
        self._on_analysis(window.controller.analysis)
        if window.controller.analysis is not None:
            view.set_analysis(window.controller.analysis)

    def _on_analysis(self, analysis: Analysis | None) -> None:
        if self.dragger is not None:
            self.dragger.set_analysis(analysis)

    def _row_of(self, index: int) -> int | None:
        rows = self.window.fit_view.point_rows
        if rows is None or not 0 <= index < len(rows):
            return None
        return int(rows[index])

    def _select_point(self, index: int) -> None:
        row = self._row_of(index)
        if row is not None and self.diagnostics is not None:
            self.diagnostics.select_rows([row], scroll=True)

    def _columns(self) -> tuple[str, str] | None:
        analysis = self.window.analysis
        if analysis is None or len(analysis.problem.spec.x) != 1:
            return None
        spec = analysis.problem.spec
        return spec.x[0], spec.y

    def _on_moved(self, row: int, x: float, y: float) -> None:
        columns, data = self._columns(), self.window.controller.dataset
        if columns is None or data is None:
            return
        before = (data.values(columns[0])[row], data.values(columns[1])[row])
        if before == (x, y):
            return
        self.history.move_point(row, columns, x, y)
        self.window.statusBar().showMessage(
            translate(
                "Influence", "Row {row} moved to ({x}, {y}); Ctrl+Z moves it back."
            ).format(row=number(row + 1, ","), x=number(x, ".4g"), y=number(y, ".4g")),
            8000,
        )

    def _on_live_result(self, result: object) -> None:
        dragger = self.dragger
        if dragger is None or dragger._row is None:
            return
        title = translate("Influence", "Least squares · dragging row {row}").format(
            row=number(dragger._row + 1, ",")
        )
        self.window.results_panel.show_result(result, title=title)  # type: ignore[arg-type]

    def _on_menu(self, index: int, where: QtCore.QPoint) -> None:
        row = self._row_of(index)
        if row is None:
            return
        left_out = row in self.window.controller.excluded
        self.menu = point_menu(
            self.window,
            row,
            left_out,
            lambda: self.history.leave_out([row], True),
            lambda: self.history.leave_out([row], False),
        )
        self.menu.popup(where)

    def _on_empty_click(self, x: float, y: float, scene_pos: object) -> None:
        """My Line mode: a click on empty space adds a point there."""
        my_line = self.window.my_line
        columns = self._columns()
        if my_line is None or not my_line.active or columns is None:
            return
        if my_line.overlay is not None and _near_my_line(my_line.overlay, x, y):
            return
        if not (math.isfinite(x) and math.isfinite(y)):
            return
        self.history.add_point({columns[0]: float(x), columns[1]: float(y)})
        self.window.statusBar().showMessage(
            translate(
                "Influence", "Point added at ({x}, {y}); Ctrl+Z takes it away."
            ).format(x=number(x, ".4g"), y=number(y, ".4g")),
            8000,
        )

    def set_bands_visible(self, on: bool) -> None:
        if self.diagnostics is not None:
            self.diagnostics.set_bands_visible(on)


def _near_my_line(overlay: MyLineOverlay, x: float, y: float) -> bool:
    """Whether (x, y) lies within a few pixels of My Line or its handles."""
    view = overlay.plot.plot_item().getViewBox()
    width, height = view.viewPixelSize()
    if not (width > 0 and height > 0):
        return False
    for hx, hy in overlay.handle_positions():
        if math.hypot((x - hx) / width, (y - hy) / height) <= 14:
            return True
    b, w = overlay.line
    slope = w * width / height
    gap = abs(y - (b + w * x)) / height / math.sqrt(1 + slope * slope)
    return gap <= NEAR_LINE_PX
