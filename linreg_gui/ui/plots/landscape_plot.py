"""The loss landscape: where gradient descent walks, and why each step goes there.

Filled contours of the training MSE over two coefficients (bands between
log-spaced levels, so both the floor and the walls show), the least-squares
optimum, the run's path as it streams, the current point with the negative
gradient as an arrow, and the start.  A click chooses where the next run
starts; hovering reads the loss under the cursor.  With more than two
coefficients the view is a slice through the current point (the others held
there), and follows the run.  The numbers all come from
:class:`~linreg_gui.model.landscape.Landscape`: O(d²) a grid point, whatever N.
"""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

# pyqtgraph binds to whichever Qt is already imported: PySide6 must come first.
# isort: split
import pyqtgraph as pg

from linreg_gui.model.landscape import Landscape, Window, contour_levels
from linreg_gui.model.text import number, translate
from linreg_gui.ui.plots import style

FloatArray = NDArray[np.float64]

#: Grid points along each axis (a grid costs O(n² d²): ~3 ms at d = 2).
GRID = 160
#: Contour bands.
LEVELS = 14
#: Points of a path kept at most (older ones thinned by two beyond it).
MAX_PATH_POINTS = 20_000
#: A path of more points is drawn as a line without a dot at each step.
MAX_PATH_DOTS = 1_500
#: The arrow of −∇L at the start: this fraction of the view (it shrinks with
#: the gradient's length as the run goes down).
ARROW_FRACTION = 0.14


def _tip() -> str:
    return translate(
        "LandscapePlot",
        "The training loss over two coefficients: darker is lower. Click to start "
        "the next run there; the arrow is the way the next step goes (−∇L).",
    )


class LandscapePlot(QWidget):
    """Contours of the loss, the optimum, the path, the current point, the start.

    Signals
    -------
    start_chosen(ndarray)
        The user clicked: every coefficient (user's units, intercept first) of
        the point clicked, the ones not shown held where they are.
    """

    start_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._landscape: Landscape | None = None
        self._names: tuple[str, ...] = ()
        self._axes = (0, 1)
        self._window: Window | None = None
        self._at: FloatArray | None = None  # the current point, user's units
        self._start: FloatArray | None = None
        self._path = np.empty((0, 0))
        self._grid_at: FloatArray | None = None  # slice the grid was made at
        self._path_dirty = False  # the path changed since it was drawn

        self.x_box, self.y_box = QComboBox(), QComboBox()
        self.x_box.setAccessibleName(
            translate("LandscapePlot", "Landscape x-axis coefficient")
        )
        self.y_box.setAccessibleName(
            translate("LandscapePlot", "Landscape y-axis coefficient")
        )
        self.standardized_box = QCheckBox(
            translate("LandscapePlot", "Standardised coordinates")
        )
        self.standardized_box.setToolTip(
            translate(
                "LandscapePlot",
                "Draw the landscape over the coefficients of the standardised terms "
                "(what gradient descent steps in with 'Standardise features'): "
                "round contours instead of long thin valleys.",
            )
        )
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hover = QLabel(" ")
        self.hover.setAccessibleName(
            translate("LandscapePlot", "Loss under the cursor")
        )

        self._widget = style.make_plot_widget(self)
        self._widget.setToolTip(_tip())
        item = self._widget.getPlotItem()
        self._item = item
        self._view = item.getViewBox()
        self._view.setMouseEnabled(x=False, y=False)
        item.hideButtons()
        self._image = pg.ImageItem()
        self._image.setZValue(-10)
        item.addItem(self._image)
        self._path_curve = pg.PlotDataItem(
            pen=style.pen(style.FOREGROUND, 1.0, alpha=0.8),
            symbol="o",
            symbolSize=3,
            symbolPen=None,
            symbolBrush=style.color(style.FOREGROUND, 0.8),
        )
        self._optimum = pg.ScatterPlotItem(
            symbol="star", size=18, brush=style.color(style.YELLOW), pen=pg.mkPen("k")
        )
        self._start_dot = pg.ScatterPlotItem(
            symbol="s", size=10, brush=style.color("#FFFFFF"), pen=pg.mkPen("k")
        )
        self._current = pg.ScatterPlotItem(
            symbol="o", size=12, brush=style.color(style.VERMILLION), pen=pg.mkPen("k")
        )
        self._arrow_line = pg.PlotDataItem(pen=style.pen(style.VERMILLION, 2.5))
        self._arrow_head = pg.ArrowItem(
            headLen=14, tipAngle=35, brush=style.color(style.VERMILLION), pen=None
        )
        for part in (
            self._path_curve,
            self._arrow_line,
            self._arrow_head,
            self._optimum,
            self._start_dot,
            self._current,
        ):
            item.addItem(part)
        self._region = pg.PlotDataItem(
            pen=style.pen(style.BLUISH_GREEN, 2.0), connect="finite"
        )
        item.addItem(self._region)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        self._axis_labels = (QLabel("x:"), QLabel("y:"))
        bar.addWidget(self._axis_labels[0])
        bar.addWidget(self.x_box)
        bar.addWidget(self._axis_labels[1])
        bar.addWidget(self.y_box)
        bar.addWidget(self.standardized_box)
        bar.addStretch(1)
        self._bar = bar
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self._widget, 1)
        layout.addWidget(self.hover)
        layout.addWidget(self.info)

        self.x_box.currentIndexChanged.connect(self._on_axes_chosen)
        self.y_box.currentIndexChanged.connect(self._on_axes_chosen)
        self.standardized_box.toggled.connect(lambda _on: self._redraw(frame=True))
        self._widget.scene().sigMouseMoved.connect(self._on_hover)
        self._widget.scene().sigMouseClicked.connect(self._on_click)
        self.set_landscape(None)

    # -- what to show ------------------------------------------------------------

    def set_landscape(
        self,
        landscape: Landscape | None,
        message: str = "",
        names: tuple[str, ...] = (),
    ) -> None:
        """A new landscape (None: nothing to show, ``message`` says why)."""
        self._landscape = landscape
        self._names = names if landscape is None else landscape.names
        self._path = np.empty((0, len(self._names)))
        self._at = self._start = None
        self._region.clear()
        k = len(self._names)
        self._axes = (0, 1) if k >= 2 else (0, 0)
        for box, index in zip((self.x_box, self.y_box), self._axes, strict=True):
            # Quietly: the landscape is drawn once, below, not again for each
            # box's new choice (a grid of the loss is 5-15 ms).
            box.blockSignals(True)
            box.clear()
            box.addItems(list(self._names))
            if k >= 2:
                box.setCurrentIndex(index)
            box.blockSignals(False)
        several = k > 2
        for widget in (*self._axis_labels, self.x_box, self.y_box):
            widget.setVisible(several)
        if landscape is None or k < 2:
            self._image.clear()
            for part in (self._optimum, self._start_dot, self._current):
                part.clear()
            self._path_curve.clear()
            self._arrow_line.clear()
            self._arrow_head.hide()
            self.info.setText(
                message
                or translate(
                    "LandscapePlot",
                    "The landscape needs a model with at least two coefficients.",
                )
            )
            return
        self._redraw(frame=True)

    def set_start(self, start: FloatArray | None) -> None:
        """Where runs begin (user's units, intercept first); None: all 0."""
        self._start = None if start is None else np.asarray(start, dtype=float)
        self._redraw(frame=False)

    def set_at(self, params: FloatArray | None) -> None:
        """The current point (user's units, intercept first), with its arrow."""
        self._at = None if params is None else np.asarray(params, dtype=float)
        self._redraw(frame=False)

    def clear_path(self) -> None:
        self._path = np.empty((0, len(self._names)))
        self._path_curve.clear()
        self._path_dirty = False

    def add_path(self, params: FloatArray) -> None:
        """Append iterates (shape (m, k), user's units) to the path drawn."""
        if self._landscape is None or params.size == 0:
            return
        path = np.concatenate([self._path, np.asarray(params, dtype=float)])
        if len(path) > MAX_PATH_POINTS:
            path = np.concatenate([path[: len(path) // 2 : 2], path[len(path) // 2 :]])
        self._path = path
        self._path_dirty = True
        self._redraw(frame=False)

    def set_penalty_region(self, boundary: FloatArray | None) -> None:
        """The ridge circle or lasso diamond (a polyline in the plotted pair)."""
        if boundary is None or boundary.size == 0:
            self._region.clear()
        else:
            self._region.setData(boundary[:, 0], boundary[:, 1])

    @property
    def axes(self) -> tuple[int, int]:
        return self._axes

    def set_axes(self, i: int, j: int) -> None:
        """Show coefficients ``i`` (x) and ``j`` (y), as the user would pick."""
        if max(i, j) < self.x_box.count():
            self.x_box.setCurrentIndex(i)
            self.y_box.setCurrentIndex(j)

    def add_to_bar(self, widget: QWidget) -> None:
        """Put a control in the row above the plot (before its stretch)."""
        self._bar.insertWidget(self._bar.count() - 1, widget)

    @property
    def standardized(self) -> bool:
        return self.standardized_box.isChecked()

    def plot_item(self) -> pg.PlotItem:
        """The PlotItem (for export and the window's context-menu actions)."""
        return self._item

    def plot_widget(self) -> pg.PlotWidget:
        return self._widget

    # -- drawing -------------------------------------------------------------------

    def _coords(self, user: FloatArray) -> FloatArray:
        assert self._landscape is not None
        return self._landscape.to_coordinates(user, self.standardized)

    def _base(self) -> FloatArray:
        """The point whose other coefficients a slice holds: the current point,
        else the start, else the optimum (user's units)."""
        assert self._landscape is not None
        for point in (self._at, self._start):
            if point is not None:
                return point
        return self._landscape.optimum()

    def _start_point(self) -> FloatArray:
        assert self._landscape is not None
        if self._start is not None:
            return self._start
        return np.zeros(len(self._names))

    def _redraw(self, *, frame: bool) -> None:
        landscape = self._landscape
        if landscape is None or len(self._names) < 2:
            return
        i, j = self._axes
        std = self.standardized
        base = self._coords(self._base())
        start = self._coords(self._start_point())
        path = self._coords(self._path) if len(self._path) else None
        window = self._window
        inside = window is not None and all(
            window.contains(float(p[i]), float(p[j]))
            for p in ([start] if path is None else [start, path[-1]])
        )
        several = len(self._names) > 2
        if frame or not inside or window is None:
            window = landscape.window(
                i, j, start=start, path=path, at=base, standardized=std
            )
            self._window = window
            self._grid_at = None
        if frame or self._grid_at is None or (several and self._at is not None):
            self._draw_grid(window, base)
        optimum = (
            landscape.slice_minimum(i, j, base, standardized=std)
            if several
            else landscape.optimum(std)
        )
        self._optimum.setData([float(optimum[i])], [float(optimum[j])])
        self._start_dot.setData([float(start[i])], [float(start[j])])
        if self._path_dirty or frame:
            self._draw_path(path)
        self._draw_current(window)
        self._describe()

    def _draw_path(self, path: FloatArray | None) -> None:
        """The path as a line, with a dot at each step while there are few
        (pyqtgraph rebuilds every dot on each change: 50 ms for 20,000)."""
        self._path_dirty = False
        if path is None:
            self._path_curve.clear()
            return
        i, j = self._axes
        self._path_curve.setSymbol("o" if len(path) <= MAX_PATH_DOTS else None)
        self._path_curve.setData(path[:, i], path[:, j])

    def _draw_grid(self, window: Window, base: FloatArray) -> None:
        assert self._landscape is not None
        i, j = self._axes
        xs, ys = window.axes(GRID, GRID)
        with np.errstate(over="ignore", invalid="ignore"):
            z = self._landscape.grid(
                i, j, xs, ys, at=base, standardized=self.standardized
            )
        levels = contour_levels(self._landscape, z, LEVELS)
        bands = np.searchsorted(levels, np.nan_to_num(z, nan=np.inf))
        lut = pg.colormap.get("viridis").getLookupTable(nPts=len(levels) + 1)
        self._image.setImage(bands.T.astype(np.int32), lut=lut, autoLevels=False)
        self._image.setLevels((0, len(levels)))
        self._image.setRect(
            window.x_min,
            window.y_min,
            window.x_max - window.x_min,
            window.y_max - window.y_min,
        )
        self._view.setRange(
            xRange=(window.x_min, window.x_max),
            yRange=(window.y_min, window.y_max),
            padding=0.0,
        )
        x_name, y_name = self._names[i], self._names[j]
        if self.standardized:
            standardised = translate("LandscapePlot", "{name} (standardised)")
            x_name = standardised.format(name=x_name)
            y_name = standardised.format(name=y_name)
        style.set_axis_labels(self._item, x_name, y_name)
        self._grid_at = base

    def _draw_current(self, window: Window) -> None:
        landscape = self._landscape
        if landscape is None or self._at is None:
            self._current.clear()
            self._arrow_line.clear()
            self._arrow_head.hide()
            return
        i, j = self._axes
        here = self._coords(self._at)
        self._current.setData([float(here[i])], [float(here[j])])
        with np.errstate(over="ignore", invalid="ignore"):
            gradient = landscape.gradient(here, self.standardized)
        gx, gy = -float(gradient[i]), -float(gradient[j])
        width = window.x_max - window.x_min
        height = window.y_max - window.y_min
        # Direction on screen: the gradient in units of the view's width/height.
        sx, sy = gx / width, gy / height
        norm = math.hypot(sx, sy)
        if not (math.isfinite(norm) and norm > 0):
            self._arrow_line.clear()
            self._arrow_head.hide()
            return
        # As long as the view allows at the start, shrinking as the gradient
        # does: at the optimum there is no way down, so no arrow.
        with np.errstate(over="ignore", invalid="ignore"):
            at_start = landscape.gradient(
                self._coords(self._start_point()), self.standardized
            )
        ref = math.hypot(float(at_start[i]) / width, float(at_start[j]) / height)
        shrink = min(1.0, norm / ref) if math.isfinite(ref) and ref > 0 else 1.0
        if shrink < 0.02:
            self._arrow_line.clear()
            self._arrow_head.hide()
            return
        scale = ARROW_FRACTION * shrink / norm
        tip = (float(here[i]) + gx * scale, float(here[j]) + gy * scale)
        self._arrow_line.setData([float(here[i]), tip[0]], [float(here[j]), tip[1]])
        angle = math.degrees(math.atan2(-sy, sx))  # pyqtgraph: 0° points left
        self._arrow_head.setStyle(angle=180.0 + angle)
        self._arrow_head.setPos(QPointF(*tip))
        self._arrow_head.show()

    def _describe(self) -> None:
        assert self._landscape is not None
        curvature = self._landscape.curvature(self.standardized)
        text = (
            translate(
                "LandscapePlot",
                "In standardised terms: stable learning rates η < 1/λmax = {stable}; "
                "fastest η = 1/(λmin+λmax) = {fastest}; condition number κ = "
                "{kappa}; at the fastest rate {steps} shrink the error 10⁶×",
            )
            if self.standardized
            else translate(
                "LandscapePlot",
                "In the data's units: stable learning rates η < 1/λmax = {stable}; "
                "fastest η = 1/(λmin+λmax) = {fastest}; condition number κ = "
                "{kappa}; at the fastest rate {steps} shrink the error 10⁶×",
            )
        )
        if curvature.condition_number > 50:
            text += translate(
                "LandscapePlot", " (long thin valleys: tick Standardise features)"
            )
        text += translate(
            "LandscapePlot", ". Square: start · star: least squares · arrow: −∇L."
        )
        self.info.setText(
            text.format(
                stable=number(curvature.stable_rate, ".4g"),
                fastest=number(curvature.optimal_rate, ".4g"),
                kappa=number(curvature.condition_number, ".3g"),
                steps=_steps(curvature.steps_to_shrink()),
            )
        )

    # -- the mouse -------------------------------------------------------------------

    def _on_axes_chosen(self) -> None:
        i, j = self.x_box.currentIndex(), self.y_box.currentIndex()
        if i < 0 or j < 0:
            return
        if i == j:  # one coefficient against itself shows nothing: swap in another
            j = (i + 1) % len(self._names)
            self.y_box.blockSignals(True)
            self.y_box.setCurrentIndex(j)
            self.y_box.blockSignals(False)
        self._axes = (i, j)
        self._redraw(frame=True)

    def _point(self, scene_pos: QPointF) -> FloatArray | None:
        """The coefficients under a scene position (user's units), or None."""
        if self._landscape is None or len(self._names) < 2:
            return None
        if not self._view.sceneBoundingRect().contains(scene_pos):
            return None
        spot = self._view.mapSceneToView(scene_pos)
        coords = self._coords(self._base()).copy()
        i, j = self._axes
        coords[i], coords[j] = spot.x(), spot.y()
        return self._landscape.to_user(coords, self.standardized)

    def _on_hover(self, scene_pos: QPointF) -> None:
        user = self._point(scene_pos)
        if user is None or self._landscape is None:
            self.hover.setText(" ")
            return
        with np.errstate(over="ignore", invalid="ignore"):
            loss = float(self._landscape.loss(self._coords(user), self.standardized))
        i, j = self._axes
        coords = self._coords(user)
        self.hover.setText(
            translate(
                "LandscapePlot",
                "{x_name} = {x}, {y_name} = {y}: loss {loss} "
                "(click to start the next run here)",
            ).format(
                x_name=self._names[i],
                x=number(float(coords[i]), ".4g"),
                y_name=self._names[j],
                y=number(float(coords[j]), ".4g"),
                loss=number(loss, ".5g"),
            )
        )

    def _on_click(self, event: object) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.double():  # type: ignore[attr-defined]
            return
        user = self._point(event.scenePos())  # type: ignore[attr-defined]
        if user is not None and np.all(np.isfinite(user)):
            event.accept()  # type: ignore[attr-defined]
            self.start_chosen.emit(user)


def _steps(count: float) -> str:
    if not math.isfinite(count):
        return translate("LandscapePlot", "no number of steps can")
    steps = min(round(count), 2**31 - 1)
    if steps == 1:
        return translate("LandscapePlot", "1 step")
    # %n for the plural form; the count then written with the window's separators
    return translate("LandscapePlot", "%n steps", None, steps).replace(
        str(steps), number(steps, ","), 1
    )
