"""One place for the look of every plot: colours, pens, fonts and the legend strip.

Colours come from the Okabe-Ito palette, chosen to stay distinguishable for the
common forms of colour blindness and in greyscale print-outs.  Plots always have a
white background, whatever the application theme, so that a screenshot pasted
into a worksheet looks the same for every student.
"""

from __future__ import annotations

import math

from PySide6 import QtCore, QtGui, QtWidgets

# pyqtgraph binds to whichever Qt is already imported: PySide6 must come first.
# isort: split
import pyqtgraph as pg

from linreg_gui.ui.plots.grid import GridPlotWidget

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
AXIS_FONT_PT = 10
LABEL_FONT_PT = 11
LEGEND_HEIGHT = 30
#: Extra height of each further legend row when the legend wraps.
LEGEND_ROW_STEP = 20

#: Trail opacity of the newest and the oldest kept line (geometric in between, so
#: a dropped line has all but faded already).
TRAIL_ALPHA = (0.5, 0.03)

#: The furthest a plot's view or bounds reach: a width of 2e300 stays finite,
#: with room for pyqtgraph's arithmetic on it.  A view ±1e308 wide made its tick
#: arithmetic produce NaN inside Qt's painting, which ended the process.
VIEW_LIMIT = 1e300


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
) -> QtGui.QPen:
    """A cosmetic pen (width in screen pixels) with round ends.

    Dashed pens use a custom pattern that stays visible on short segments.
    """
    p = QtGui.QPen(color(name, alpha))
    p.setWidthF(width)
    p.setCosmetic(True)
    p.setCapStyle(QtCore.Qt.PenCapStyle.RoundCap)
    p.setJoinStyle(QtCore.Qt.PenJoinStyle.RoundJoin)
    if dashed:
        p.setCapStyle(QtCore.Qt.PenCapStyle.FlatCap)
        p.setDashPattern([5.0, 3.0])
    return p


def point_style(n_points: int) -> tuple[float, float]:
    """Dot diameter (px) and single-dot opacity for a scatter of ``n_points``.

    Small samples get large, strong dots so that each observation can be counted;
    large ones get smaller, fainter dots so that dense regions remain readable
    instead of merging into one solid blob.
    """
    if n_points <= 200:
        return 8.0, 0.8
    if n_points <= 2_000:
        return 7.0, 0.7
    if n_points <= 20_000:
        return 5.0, 0.5
    if n_points <= 200_000:
        return 3.5, 0.35
    return 2.5, 0.25


def make_plot_widget(
    parent: QtWidgets.QWidget | None = None,
    view_box: pg.ViewBox | None = None,
    axis_items: dict[str, pg.AxisItem] | None = None,
) -> GridPlotWidget:
    """A PlotWidget with the shared look: white background, dark axes, light grid."""
    widget = GridPlotWidget(
        parent,
        background=BACKGROUND,
        grid_color=FOREGROUND,
        view_box=view_box,
        axis_items=axis_items,
    )
    widget.setAntialiasing(True)
    item = widget.getPlotItem()
    font = QtGui.QFont()
    font.setPointSize(AXIS_FONT_PT)
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(FOREGROUND, width=1))
        axis.setTextPen(pg.mkPen(FOREGROUND))
        axis.setTickFont(font)
        # Plain numbers on the ticks: "y (x0.001)" puzzles students more than
        # "0.0008" does, and the values in the table match what the axis shows.
        axis.enableAutoSIPrefix(False)
        # Axes repaint only when their ticks change; keep their rendering.
        axis.setCacheMode(QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache)
    item.setMenuEnabled(True)
    return widget


def set_axis_labels(item: pg.PlotItem, x_label: str, y_label: str) -> None:
    """Label both axes in the shared font and colour."""
    style = {"color": FOREGROUND, "font-size": f"{LABEL_FONT_PT}pt"}
    item.setLabel("bottom", x_label, **style)
    item.setLabel("left", y_label, **style)


def add_legend_strip(item: pg.PlotItem) -> pg.LegendItem:
    """A one-row legend in the strip above the plot area, where it never hides data.

    pyqtgraph's default legend floats inside the view and covers points in
    whichever corner it sits; the (otherwise unused) title row does not.
    """
    legend = pg.LegendItem(
        offset=None,
        colCount=6,
        labelTextColor=FOREGROUND,
        labelTextSize=f"{AXIS_FONT_PT}pt",
        horSpacing=4,
        verSpacing=-6,
    )
    legend.layout.setContentsMargins(4, 0, 4, 0)
    legend.setParentItem(item)
    legend.anchor(itemPos=(0.5, 0.0), parentPos=(0.5, 0.0), offset=(0, 2))
    # Tall enough for one row of entries, so that none overlaps the plot area
    # (a moving line would then repaint the legend every frame).
    item.layout.setRowFixedHeight(0, LEGEND_HEIGHT)
    item.geometryChanged.connect(lambda: fit_legend_strip(legend))
    return legend


def fit_legend_strip(legend: pg.LegendItem) -> None:
    """Wrap the legend onto two rows when one row is wider than its plot.

    A clipped legend ("ata ... Least squ") reads as broken; two rows take a
    little height from the plot only while the plot is that narrow.
    """
    item = legend.parentItem()
    entries = len(legend.items)
    if item is None or entries == 0:
        return
    one_row = sum(
        sample.boundingRect().width() + label.item.boundingRect().width() + 6
        for sample, label in legend.items
    )
    fits = one_row <= item.width() - 8 or entries < 2
    columns = entries if fits else math.ceil(entries / 2)
    if columns != legend.columnCount:
        legend.setColumnCount(columns)
    rows = math.ceil(entries / columns)
    height = LEGEND_HEIGHT + (rows - 1) * LEGEND_ROW_STEP
    if item.layout.rowMinimumHeight(0) != height:
        item.layout.setRowFixedHeight(0, height)


def fill_legend(legend: pg.LegendItem, entries: list[tuple[object, str]]) -> None:
    """Replace the legend's entries; ``entries`` are (item or sample, name) pairs.

    Legend entries are cheap to rebuild, unlike plot items, and callers do it only
    when the set of visible series changes.
    """
    legend.clear()
    legend.columnCount = max(len(entries), 1)  # one row; wrapped below if need be
    gap = "\u00a0" * 6  # space before the next entry (the layout has no such option)
    for i, (sample, name) in enumerate(entries):
        legend.addItem(sample, name + (gap if i < len(entries) - 1 else ""))
    fit_legend_strip(legend)


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
    font.setPointSize(LABEL_FONT_PT)
    label.setFont(font)
    return label
