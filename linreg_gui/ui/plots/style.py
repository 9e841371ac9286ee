"""One place for the look of every plot: colours, pens, fonts and the legend strip.

Colours come from the Okabe-Ito palette, chosen to stay distinguishable for the
common forms of colour blindness and in greyscale print-outs, and no series is
told apart by colour alone: the model is a solid line, least squares dashed,
data filled dots, left-out rows hollow rings, test losses dash-dotted.  Plots
always have a white background, whatever the application theme, so that a
screenshot pasted into a worksheet looks the same for every student.

Every size here (fonts, pens, dots) is multiplied by the zoom
(:func:`set_zoom`, View ▸ Zoom In and Presentation Mode): items made later are
made at the zoom, and the items of every plot already on screen are rescaled.
"""

from __future__ import annotations

import math
import weakref

import shiboken6
from PySide6 import QtCore, QtGui, QtWidgets

# pyqtgraph binds to whichever Qt is already imported: PySide6 must come first.
# isort: split
import pyqtgraph as pg

from linreg_gui.ui.plots.axes import ReadableAxis
from linreg_gui.ui.plots.grid import GridPlotWidget
from linreg_gui.ui.plots.view_box import LazyMenuViewBox

# --- Okabe-Ito palette -----------------------------------------------------------
BLACK = "#000000"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"

# --- roles -------------------------------------------------------------------------
BACKGROUND = "#FFFFFF"
FOREGROUND = "#1F1F1F"  # axis lines, tick labels, titles: 16:1 contrast on white
LABEL_FILL = (255, 255, 255, 225)  # behind text drawn over data
LABEL_BORDER = "#B8B8B8"

DATA = BLUE
EXCLUDED = "#767676"  # neutral grey, 4.5:1 on white: "not part of the fit"
FIT = VERMILLION
REFERENCE = BLACK
TRAIN_LOSS = BLUE
TEST_LOSS = ORANGE
OUTLIER = VERMILLION
IDENTITY = "#6E6E6E"

FIT_WIDTH = 3.0
REFERENCE_WIDTH = 2.0
TRAIL_WIDTH = 1.0  # 1 px strokes take Qt's fast path: the trail redraws often
#: Loss curves change every frame and can hold one zig-zag per pixel column (an
#: oscillating run); Qt strokes those 5-20x faster at 1 px than at 2 px.
LOSS_WIDTH = 1.0
#: The test curve is dash-dotted: 1 px dashes vanish, so it is a little wider.
TEST_LOSS_WIDTH = 1.5
AXIS_FONT_PT = 10
LABEL_FONT_PT = 11
LEGEND_HEIGHT = 30
#: Extra height of each further legend row when the legend wraps.
LEGEND_ROW_STEP = 20
#: Length of the major tick marks, in pixels at zoom 1 (pyqtgraph's default).
TICK_LENGTH = 5
#: Dash pattern of test series (dash-dot), apart from least squares' dashes.
TEST_DASHES = (6.0, 2.5, 1.5, 2.5)

#: Limits of the zoom factor.
ZOOM_RANGE = (0.75, 3.0)
_zoom = 1.0
#: Plots made by make_plot_widget: rescaled when the zoom changes, their axes
#: settled before their window repaints.
_plots: weakref.WeakSet[GridPlotWidget] = weakref.WeakSet()

#: Trail opacity of the newest and the oldest kept line (geometric in between, so
#: a dropped line has all but faded already).
TRAIL_ALPHA = (0.5, 0.03)

#: The furthest a plot's view or bounds reach: a width of 2e300 stays finite,
#: with room for pyqtgraph's arithmetic on it.  A view ±1e308 wide made its tick
#: arithmetic produce NaN inside Qt's painting, which ended the process.
VIEW_LIMIT = 1e300


def zoom() -> float:
    """The factor every font, pen and dot size is multiplied by."""
    return _zoom


def zoomed(size: float) -> float:
    """``size`` (pixels or points at zoom 1) at the current zoom."""
    return size * _zoom


def set_zoom(factor: float) -> float:
    """Scale every plot's fonts, pens and dots by ``factor`` (clamped); returns it.

    Plots on screen are rescaled by the ratio to the old zoom, so sizes their
    own code chose (a dot that grows with fewer points) keep their proportions.
    """
    global _zoom
    factor = min(max(float(factor), ZOOM_RANGE[0]), ZOOM_RANGE[1])
    old, _zoom = _zoom, factor
    if factor != old:
        for widget in list(_plots):
            try:
                rescale_plot(widget, factor / old)
            except RuntimeError:  # its C++ side is gone
                _plots.discard(widget)
    return factor


def settle_axes(window: QtWidgets.QWidget) -> None:
    """Before a window's repaint: let the vertical axes of its plots on screen
    measure their new labels and their plots take the widths they need, so
    that each plot is painted once (:meth:`ReadableAxis.measure_labels`)."""
    for widget in list(_plots):
        if not shiboken6.isValid(widget):  # its window closed, its wrapper lives on
            _plots.discard(widget)
            continue
        if widget.window() is not window or not widget.isVisible():
            continue
        # What a paint does first: the views take their new ranges (auto-range,
        # log mode), so the axes are measured at the range they will show.
        widget.scene().prepareForPaint()
        item = widget.getPlotItem()
        resized = False
        for name in ("left", "right"):
            axis = item.getAxis(name)
            if isinstance(axis, ReadableAxis):
                resized |= axis.measure_labels()
        if resized:
            item.layout.activate()


def color(name: str, alpha: float = 1.0) -> QtGui.QColor:
    """A QColor from a palette entry, optionally translucent."""
    c = QtGui.QColor(name)
    c.setAlphaF(max(0.0, min(1.0, alpha)))
    return c


def pen(
    name: str,
    width: float,
    *,
    alpha: float = 1.0,
    dashed: bool = False,
    dash_dot: bool = False,
) -> QtGui.QPen:
    """A cosmetic pen (width in screen pixels at zoom 1) with round ends.

    Dashed pens use a custom pattern that stays visible on short segments;
    ``dash_dot`` is the test series' pattern, told apart from least squares'
    dashes without its colour.
    """
    p = QtGui.QPen(color(name, alpha))
    p.setWidthF(zoomed(width))
    p.setCosmetic(True)
    p.setCapStyle(QtCore.Qt.PenCapStyle.RoundCap)
    p.setJoinStyle(QtCore.Qt.PenJoinStyle.RoundJoin)
    if dashed or dash_dot:
        p.setCapStyle(QtCore.Qt.PenCapStyle.FlatCap)
        p.setDashPattern(list(TEST_DASHES) if dash_dot else [5.0, 3.0])
    return p


def point_style(n_points: int) -> tuple[float, float]:
    """Dot diameter (px) and single-dot opacity for a scatter of ``n_points``.

    Small samples get large, strong dots so that each observation can be counted;
    large ones get smaller, fainter dots so that dense regions remain readable
    instead of merging into one solid blob.
    """
    if n_points <= 200:
        return zoomed(8.0), 0.8
    if n_points <= 2_000:
        return zoomed(7.0), 0.7
    if n_points <= 20_000:
        return zoomed(5.0), 0.5
    if n_points <= 200_000:
        return zoomed(3.5), 0.35
    return zoomed(2.5), 0.25


def tick_font() -> QtGui.QFont:
    """The axes' and legends' font at the current zoom."""
    font = QtGui.QFont()
    font.setPointSizeF(zoomed(AXIS_FONT_PT))
    return font


def make_plot_widget(
    parent: QtWidgets.QWidget | None = None,
    view_box: pg.ViewBox | None = None,
    axis_items: dict[str, pg.AxisItem] | None = None,
    *,
    menu: bool = True,
) -> GridPlotWidget:
    """A PlotWidget with the shared look: white background, dark axes, light grid.

    Its axes are :class:`~linreg_gui.ui.plots.axes.ReadableAxis` unless given
    (labels never run together), pyqtgraph's auto-range "A" button is hidden
    (a stray button students click by accident; "View all" stays in the
    context menu), and the plot follows the zoom.

    Its view builds its right-click menu on the first right click
    (:class:`~linreg_gui.ui.plots.view_box.LazyMenuViewBox`); without ``menu``
    there is none.
    """
    if view_box is None:
        view_box = LazyMenuViewBox(enableMenu=menu)
    axes: dict[str, pg.AxisItem] = {
        "left": ReadableAxis("left"),
        "bottom": ReadableAxis("bottom"),
        **(axis_items or {}),
    }
    widget = GridPlotWidget(
        parent,
        background=BACKGROUND,
        grid_color=FOREGROUND,
        view_box=view_box,
        axis_items=axes,
    )
    widget.setAntialiasing(True)
    item = widget.getPlotItem()
    item.hideButtons()
    for name in ("top", "right"):
        # Hidden, but linked to the view: with SI prefixes on, each range
        # change rewrote their labels' HTML (a QTextDocument each time).
        item.getAxis(name).enableAutoSIPrefix(False)
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setTextPen(pg.mkPen(FOREGROUND))
        # Plain numbers on the ticks: "y (x0.001)" puzzles students more than
        # "0.0008" does, and the values in the table match what the axis shows.
        axis.enableAutoSIPrefix(False)
        # Axes repaint only when their ticks change; keep their rendering.
        axis.setCacheMode(QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache)
    _style_axes(item)
    item.setMenuEnabled(menu)
    _plots.add(widget)
    return widget


def _style_axes(item: pg.PlotItem) -> None:
    """Axis pens, tick fonts and tick lengths at the current zoom."""
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(FOREGROUND, width=max(1.0, zoomed(1.0))))
        axis.setTickFont(tick_font())
        axis.setStyle(
            tickLength=round(zoomed(TICK_LENGTH)),
            tickTextOffset=round(zoomed(2)),
        )
        if axis.labelText:
            axis.labelStyle["font-size"] = f"{zoomed(LABEL_FONT_PT):.1f}pt"
            axis._updateLabel()


def rescale_plot(widget: GridPlotWidget, ratio: float) -> None:
    """Rescale a plot already on screen by ``ratio``: axes, legend, every item.

    Sizes are multiplied rather than recomputed, so each keeps its part: a
    dashed least-squares line stays thinner than the model line.
    """
    item = widget.getPlotItem()
    _style_axes(item)
    for child in widget.scene().items():
        _rescale_item(child, ratio)
    for child in item.childItems():
        if isinstance(child, pg.LegendItem):
            child.setLabelTextSize(f"{zoomed(AXIS_FONT_PT):.1f}pt")
            fit_legend_strip(child)
    widget.viewport().update()


def _wider(p: object, ratio: float) -> QtGui.QPen:
    q = QtGui.QPen(pg.mkPen(p))
    q.setWidthF(max(q.widthF(), 1.0) * ratio)
    return q


def _rescale_item(child: object, ratio: float) -> None:
    """One graphics item's pen, symbol, dot or font, times ``ratio``."""
    from linreg_gui.ui.plots.lines import PolylineItem
    from linreg_gui.ui.plots.points import DotCloudItem

    if isinstance(child, pg.PlotDataItem):
        if child.opts.get("pen") is not None:
            child.setPen(_wider(child.opts["pen"], ratio))
        if child.opts.get("symbol") is not None:
            child.setSymbolSize(child.opts["symbolSize"] * ratio)
    elif isinstance(child, pg.ScatterPlotItem):
        if isinstance(child.parentItem(), pg.PlotDataItem):
            return
        sizes = child.data["size"]
        if sizes.size and (sizes >= 0).any():
            child.setSize(sizes * ratio)
        else:
            child.setSize(child.opts["size"] * ratio)
    elif isinstance(child, pg.PlotCurveItem):
        if not isinstance(child.parentItem(), pg.PlotDataItem):
            child.setPen(_wider(child.opts["pen"], ratio))
    elif isinstance(child, pg.InfiniteLine):
        child.setPen(_wider(child.pen, ratio))
    elif isinstance(child, PolylineItem):
        child.set_pen(_wider(child.pen(), ratio))
    elif isinstance(child, DotCloudItem):
        child.setStyle(diameter=child.style()[1] * ratio)
    elif isinstance(child, pg.TextItem):
        font = child.textItem.font()
        font.setPointSizeF(font.pointSizeF() * ratio)
        child.setFont(font)


def set_axis_labels(item: pg.PlotItem, x_label: str, y_label: str) -> None:
    """Label both axes in the shared font and colour (an axis already so
    labelled is left alone: pyqtgraph re-lays out the plot on every call)."""
    style = {"color": FOREGROUND, "font-size": f"{zoomed(LABEL_FONT_PT):.1f}pt"}
    for name, text in (("bottom", x_label), ("left", y_label)):
        axis = item.getAxis(name)
        if (
            axis.labelText == text
            and axis.labelStyle == style
            and axis.label.isVisible()
        ):
            continue
        item.setLabel(name, text, **style)


def add_legend_strip(item: pg.PlotItem) -> pg.LegendItem:
    """A one-row legend in the strip above the plot area, where it never hides data.

    pyqtgraph's default legend floats inside the view and covers points in
    whichever corner it sits; the (otherwise unused) title row does not.
    """
    legend = pg.LegendItem(
        offset=None,
        colCount=6,
        labelTextColor=FOREGROUND,
        labelTextSize=f"{zoomed(AXIS_FONT_PT):.1f}pt",
        horSpacing=4,
        verSpacing=-6,
    )
    legend.layout.setContentsMargins(4, 0, 4, 0)
    legend.setParentItem(item)
    legend.anchor(itemPos=(0.5, 0.0), parentPos=(0.5, 0.0), offset=(0, 2))
    # Tall enough for one row of entries, so that none overlaps the plot area
    # (a moving line would then repaint the legend every frame).
    item.layout.setRowFixedHeight(0, zoomed(LEGEND_HEIGHT))
    item.geometryChanged.connect(lambda: fit_legend_strip(legend))
    return legend


def fit_legend_strip(legend: pg.LegendItem) -> None:
    """Wrap the legend onto as many rows as it needs to fit its plot's width.

    A clipped legend ("ata ... Least squ") reads as broken; more rows take a
    little height from the plot only while the plot is that narrow.
    """
    item = legend.parentItem()
    entries = len(legend.items)
    if item is None or entries == 0:
        return
    columns = entries
    while columns > 1 and _row_width(legend, columns) > item.width() - 8:
        columns -= 1
    if columns != legend.columnCount or not _laid_out(legend, columns):
        _lay_out(legend, columns)
    rows = math.ceil(entries / columns)
    height = zoomed(LEGEND_HEIGHT + (rows - 1) * LEGEND_ROW_STEP)
    if item.layout.rowMinimumHeight(0) != height:
        item.layout.setRowFixedHeight(0, height)


def _row_width(legend: pg.LegendItem, columns: int) -> float:
    """The widest row when the entries are laid out ``columns`` to a row."""
    widths = [
        sample.boundingRect().width() + label.item.boundingRect().width() + 6
        for sample, label in legend.items
    ]
    return max(sum(widths[i : i + columns]) for i in range(0, len(widths), columns))


def _laid_out(legend: pg.LegendItem, columns: int) -> bool:
    """Whether every entry sits in its own cell of a ``columns``-wide grid."""
    layout = legend.layout
    for index, (sample, label) in enumerate(legend.items):
        row, col = divmod(index, columns)
        if layout.itemAt(row, 2 * col) is not sample:
            return False
        if layout.itemAt(row, 2 * col + 1) is not label:
            return False
    return True


def _lay_out(legend: pg.LegendItem, columns: int) -> None:
    """Put entry i at row i // columns, column i % columns.

    pyqtgraph's ``setColumnCount`` re-adds the entries after the grid they
    left, which still counts its old columns: entries then landed on top of
    each other and a resize mid-run lost samples from sight.
    """
    legend.columnCount = columns
    layout = legend.layout
    for i in range(layout.count() - 1, -1, -1):
        layout.removeAt(i)
    for index, (sample, label) in enumerate(legend.items):
        row, col = divmod(index, columns)
        layout.addItem(
            sample, row, 2 * col, alignment=QtCore.Qt.AlignmentFlag.AlignVCenter
        )
        layout.addItem(label, row, 2 * col + 1)
    legend.rowCount = math.ceil(len(legend.items) / columns)
    legend.updateSize()


def fill_legend(legend: pg.LegendItem, entries: list[tuple[object, str]]) -> None:
    """Replace the legend's entries; ``entries`` are (item or sample, name) pairs.

    The plots ask for this on every new analysis and run, so it does as little
    as it can: the same series under the same names change nothing; the same
    series under new names (the loss plot's "Minimum 0.807" after each edit)
    only have their labels' text set; and other series reuse the labels they
    leave (a new pyqtgraph label is 1.3 ms of HTML layout, and a legend of
    three was rebuilt on each Run and Pause: 4-5 ms, much more beside a busy
    worker).
    """
    gap = "\u00a0" * 6  # space before the next entry (the layout has no such option)
    labels = [
        name + (gap if i < len(entries) - 1 else "")
        for i, (_, name) in enumerate(entries)
    ]
    series = [id(getattr(sample, "item", sample)) for sample, _ in entries]
    shown = getattr(legend, "_linreg_series", None)
    if shown == series and len(legend.items) == len(entries):
        changed = False
        for (_, label), text in zip(legend.items, labels, strict=True):
            if label.text != text:
                label.setText(text)
                changed = True
        if changed:
            fit_legend_strip(legend)
            legend.updateSize()
        return
    legend._linreg_series = series  # type: ignore[attr-defined]
    samples = [
        sample if isinstance(sample, legend.sampleType) else legend.sampleType(sample)
        for sample, _ in entries
    ]
    spare = _take_apart(legend, keep=samples)
    legend.columnCount = max(len(entries), 1)  # one row; wrapped below if need be
    for sample, text in zip(samples, labels, strict=True):
        same = spare.get(text)
        if same:
            label = same.pop()
        else:
            others = [label for texts in spare.values() for label in texts]
            if others:
                label = others[0]
                spare[label.text].remove(label)
                label.setText(text)
            else:
                label = pg.LabelItem(
                    text,
                    color=legend.opts["labelTextColor"],
                    justify="left",
                    size=legend.opts["labelTextSize"],
                )
        label.setVisible(True)
        sample.sigClicked.connect(legend.sigSampleClicked)
        legend.items.append((sample, label))
    left = [label for texts in spare.values() for label in texts]
    for label in left:
        label.setVisible(False)
    legend._linreg_spare = left  # type: ignore[attr-defined]
    _lay_out(legend, legend.columnCount)
    fit_legend_strip(legend)


def _take_apart(
    legend: pg.LegendItem, keep: list[object]
) -> dict[str, list[pg.LabelItem]]:
    """Empty the legend; its labels (and the spare ones) by their text."""
    spare: dict[str, list[pg.LabelItem]] = {}
    for label in getattr(legend, "_linreg_spare", []):
        spare.setdefault(label.text, []).append(label)
    layout = legend.layout
    for sample, label in legend.items:
        layout.removeItem(sample)
        layout.removeItem(label)
        if not any(sample is kept for kept in keep):
            sample.close()
            scene = sample.scene()
            if scene is not None:
                scene.removeItem(sample)
        spare.setdefault(label.text, []).append(label)
    legend.items = []
    return spare


class LineSample(pg.ItemSample):
    """Legend swatch drawn with a given pen, for items pyqtgraph cannot sample."""

    def __init__(self, item: pg.GraphicsObject, line_pen: QtGui.QPen) -> None:
        super().__init__(item)
        self._pen = QtGui.QPen(line_pen)

    def paint(self, painter: QtGui.QPainter, *args: object) -> None:
        """A short stroke in the item's pen (grey while the item is hidden)."""
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        current = getattr(self.item, "pen", None)  # widened while exporting
        p = QtGui.QPen(current if isinstance(current, QtGui.QPen) else self._pen)
        if not self.item.isVisible():
            p.setColor(QtGui.QColor(EXCLUDED))
        painter.setPen(p)
        painter.drawLine(QtCore.QPointF(0, 11), QtCore.QPointF(20, 11))


def text_label(anchor: tuple[float, float] = (0.0, 0.0)) -> pg.TextItem:
    """Dark text on a nearly opaque white box: readable over data and on any theme."""
    label = pg.TextItem(
        "",
        color=FOREGROUND,
        anchor=anchor,
        fill=pg.mkBrush(*LABEL_FILL),
        border=pg.mkPen(LABEL_BORDER),
    )
    font = QtGui.QFont()
    font.setPointSizeF(zoomed(LABEL_FONT_PT))
    label.setFont(font)
    return label
