"""Save a plot as PNG or SVG, or copy it as an image, for worksheets and reports.

Images are rendered at a device-pixel ratio (like a high-DPI screen) rather than
through pyqtgraph's ImageExporter, which scales the scene: with a ratio, text,
line widths and dots all grow together, so a 1600 px export looks like the plot
on screen, only sharper.  SVG bypasses pyqtgraph's SVGExporter too: version 0.14
rewrites every path Qt emits and fails on the closing "Z" that current Qt
writes (pyqtgraph issue #3495).  Plots go straight into Qt's SVG 1.1 generator,
which (unlike its SVG 1.2 Tiny default) keeps the plot area's clipping.

A plot of 10⁶ dots spends most of an export rasterising them at the export's
size (about 70 ms of 95).  So an export comes in two steps: the GUI thread
plans the images (:func:`plan_rasters`, what each dot cloud will paint and
where), a worker draws them (:meth:`PlotRasters.draw`), and the GUI thread
then renders the plot with those images in place (about 25 ms).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen, QTransform
from PySide6.QtSvg import QSvgGenerator

# pyqtgraph binds to whichever Qt is already imported: PySide6 must come first.
# isort: split
import pyqtgraph as pg
from pyqtgraph.exporters.Exporter import Exporter

from linreg_gui.model.text import translate
from linreg_gui.ui.plots import style
from linreg_gui.ui.plots.grid import GridPlotWidget
from linreg_gui.ui.plots.raster import CachedImageItem, Frame, export_frame

#: Exported images are at least this wide: sharp when printed or projected.
MIN_EXPORT_WIDTH = 1600
#: ... unless that would scale the plot up more than this: a plot squeezed
#: to 20 px would otherwise be drawn at 80×, its dots 560 px across (a dot
#: kernel of 3×10⁵ cells, 1.2 s of NumPy holding the interpreter).
MAX_EXPORT_RATIO = 4.0
#: Raster parts of an SVG (the dots) are embedded at this pixel ratio, sharp
#: when zoomed in.
SVG_PIXEL_RATIO = 3.0


@dataclass
class _Raster:
    """One item's image for an export: where, for which state, and how."""

    item: CachedImageItem
    frame: Frame
    version: int
    draw: Callable[[Frame], QImage]
    image: QImage | None = None
    #: For an SVG: the image as the SVG embeds it (base64 PNG), and a tiny
    #: image drawn in its place, whose text is then replaced by this one.
    encoded: bytes | None = None
    stand_in: QImage | None = None


@dataclass
class PlotRasters:
    """The images of a plot's dot clouds for one export, drawn on any thread.

    Made by :func:`plan_rasters` in the GUI thread; :meth:`draw` may run in a
    worker (it reads only the arrays and numbers the plan took); the export
    then uses the images, unless the plot has changed in between (it then
    draws afresh, as without a plan).
    """

    rasters: list[_Raster] = field(default_factory=list)
    item: pg.PlotItem | None = None
    svg: bool = False
    min_width: int = MIN_EXPORT_WIDTH

    def is_current(self) -> bool:
        """The plot is as planned: the same clouds, in the same frames, showing
        the same data (GUI thread).  Otherwise an export would draw them again."""
        if self.item is None:
            return True
        now = plan_rasters(self.item, svg=self.svg, min_width=self.min_width)
        return [(r.item, r.frame.key, r.version) for r in now.rasters] == [
            (r.item, r.frame.key, r.version) for r in self.rasters
        ]

    def draw(self) -> PlotRasters:
        """Draw every image (any thread); returns itself, drawn.

        For an SVG, also encode each as the SVG generator would (a PNG, 130 ms
        for the 3× image of 10⁶ dots), and make the stand-in it draws instead.
        """
        for number, raster in enumerate(self.rasters):
            raster.image = raster.draw(raster.frame)
            if self.svg:
                raster.encoded = _svg_image_text(raster.image)
                raster.stand_in = _stand_in(number)
        return self

    def put_in_place(self) -> None:
        """Hand the drawn images to their items (GUI thread, in export mode)."""
        for raster in self.rasters:
            shown = raster.stand_in if self.svg else raster.image
            if shown is not None:
                raster.item.preset(raster.frame.key, raster.version, shown)

    def fill_in(self, svg: bytes) -> bytes | None:
        """The SVG with each stand-in's text replaced by its image's; None if
        a stand-in is not there exactly once (the plot was not drawn as
        planned)."""
        for raster in self.rasters:
            if raster.stand_in is None or raster.encoded is None:
                return None
            token = _svg_image_text(raster.stand_in)
            if svg.count(token) != 1:
                return None
            svg = svg.replace(token, raster.encoded)
        return svg


def _svg_image_text(image: QImage) -> bytes:
    """An image as Qt's SVG generator embeds it: PNG, in base64."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.toBase64().data())


def _stand_in(number: int) -> QImage:
    """A 3 × 1 image unlike any a plot draws (its text is found and replaced)."""
    image = QImage(3, 1, QImage.Format.Format_ARGB32)
    for x, rgb in enumerate((0x5EA7C1, 0xC15EA7, (number * 7919) & 0xFFFFFF)):
        image.setPixel(x, 0, 0xFF000000 | rgb)
    return image


def plan_rasters(
    item: pg.PlotItem, *, svg: bool = False, min_width: int = MIN_EXPORT_WIDTH
) -> PlotRasters:
    """What the plot's dot clouds will paint in an export of ``item`` (PNG or
    clipboard at least ``min_width`` wide, or SVG): cheap, in the GUI thread."""
    exporter = Exporter(item)
    # As a render does first: views bring their transforms up to date (a
    # range set since the last paint would otherwise map to a wrong frame).
    exporter.getScene().prepareForPaint()
    source = exporter.getSourceRect()
    plan = PlotRasters(item=item, svg=svg, min_width=min_width)
    if source.width() <= 0 or source.height() <= 0:
        return plan
    ratio = SVG_PIXEL_RATIO if svg else _pixel_ratio(source, min_width)
    viewport = QTransform.fromTranslate(-source.left(), -source.top())
    items = [
        child
        for child in exporter.getScene().items()
        if isinstance(child, CachedImageItem)
        and item.isAncestorOf(child)
        and child.isVisible()
        and not child.is_empty()
    ]
    opts = _export_opts(None, svg=svg)
    for child in items:
        draw = child.renderer()
        frame = export_frame(child, viewport, ratio, opts)
        if draw is not None and frame is not None:
            plan.rasters.append(_Raster(child, frame, child.version, draw))
    return plan


def _pixel_ratio(source: QRectF, min_width: int) -> float:
    return min(max(min_width / source.width(), 1.0), MAX_EXPORT_RATIO)


def _export_opts(painter: QPainter | None, *, svg: bool = False) -> dict[str, object]:
    """What pyqtgraph items are told while they are being exported."""
    opts: dict[str, object] = {
        "antialias": True,
        "background": QColor(style.BACKGROUND),
        "painter": painter,
        "resolutionScale": 1.0,  # sizes scale through the pixel ratio instead
    }
    if svg:
        opts["pixelRatio"] = SVG_PIXEL_RATIO
    return opts


def _draw_scene(exporter: Exporter, painter: QPainter, target: QRectF) -> None:
    """The plot's scene, on top of its grid (which lives in the view background)."""
    source = exporter.getSourceRect()
    views = exporter.getScene().views()
    if views and isinstance(views[0], GridPlotWidget):
        painter.save()
        painter.translate(target.left() - source.left(), target.top() - source.top())
        views[0].draw_grid(painter)
        painter.restore()
    exporter.getScene().render(painter, target, source)


@contextmanager
def _widened_pens(exporter: Exporter, ratio: float) -> Iterator[None]:
    """Widen pyqtgraph's cosmetic pens by ``ratio`` while an image is drawn.

    Cosmetic pens are drawn in device pixels, so at a pixel ratio of 2 a 1 px
    curve would come out half as thick as on screen.  (The plot's own line and
    dot items scale themselves.)
    """
    undo: list[tuple[object, str, object]] = []
    try:
        for item in exporter.getScene().items():
            if isinstance(item, pg.PlotDataItem):
                old = item.opts["pen"]
                if old is None:
                    continue
                undo.append((item, "data", old))
                item.setPen(_wider(pg.mkPen(old), ratio))
            elif isinstance(item, pg.InfiniteLine):
                undo.append((item, "line", item.pen))
                item.setPen(_wider(item.pen, ratio))
            elif isinstance(getattr(item, "opts", None), dict) and isinstance(
                item.opts.get("pen"), QPen
            ):
                undo.append((item, "opts", item.opts["pen"]))  # legend samples
                item.opts["pen"] = _wider(item.opts["pen"], ratio)
        yield
    finally:
        for item, kind, old in reversed(undo):
            if kind == "opts":
                item.opts["pen"] = old  # type: ignore[attr-defined]
            else:
                item.setPen(old)  # type: ignore[attr-defined]


def _wider(pen: QPen, ratio: float) -> QPen:
    wide = QPen(pen)
    if wide.isCosmetic():
        wide.setWidthF(max(wide.widthF(), 1.0) * ratio)
    return wide


def render_image(
    item: pg.PlotItem,
    min_width: int = MIN_EXPORT_WIDTH,
    rasters: PlotRasters | None = None,
) -> QImage:
    """The plot drawn into an image at least ``min_width`` pixels wide (with
    ``rasters``' images, drawn for it, where they still fit)."""
    exporter = Exporter(item)
    source = exporter.getSourceRect()
    if source.width() <= 0 or source.height() <= 0:
        raise RuntimeError(
            translate("PlotExport", "the plot has no size to draw (is it laid out?)")
        )
    ratio = _pixel_ratio(source, min_width)
    width = math.ceil(source.width() * ratio)
    height = math.ceil(source.height() * ratio)
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor(style.BACKGROUND))
    target = QRectF(0.0, 0.0, source.width(), source.height())
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        exporter.setExportMode(True, _export_opts(painter))
        if rasters is not None:
            rasters.put_in_place()
        with _widened_pens(exporter, ratio):
            _draw_scene(exporter, painter, target)
    finally:
        exporter.setExportMode(False)
        painter.end()
    image.setDevicePixelRatio(1.0)  # a file or the clipboard: plain pixels
    return image


def render_svg(item: pg.PlotItem, rasters: PlotRasters | None = None) -> bytes:
    """The plot as an SVG document (vector lines and text, clipped to the axes;
    ``rasters`` as for :func:`render_image`)."""
    exporter = Exporter(item)
    source = exporter.getSourceRect()
    target = QRectF(0.0, 0.0, source.width(), source.height())
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator(QSvgGenerator.SvgVersion.Svg11)
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(round(target.width()), round(target.height())))
    generator.setViewBox(target)
    generator.setTitle("linreg-gui plot")
    painter = QPainter(generator)
    try:
        exporter.setExportMode(True, _export_opts(painter, svg=True))
        if rasters is not None:
            rasters.put_in_place()
        painter.fillRect(target, QColor(style.BACKGROUND))
        _draw_scene(exporter, painter, target)
    finally:
        exporter.setExportMode(False)
        painter.end()
    buffer.close()
    svg = bytes(data.data())
    if rasters is None or not rasters.rasters:
        return svg
    filled = rasters.fill_in(svg)
    return render_svg(item) if filled is None else filled


def is_svg(path: str | Path) -> bool:
    """True for an ``.svg`` name, False for ``.png``.

    Raises
    ------
    ValueError
        For any other suffix (the message names it).
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix in (".png", ".svg"):
        return suffix == ".svg"
    shown = (
        repr(target.suffix) if target.suffix else translate("PlotExport", "no suffix")
    )
    raise ValueError(
        translate(
            "PlotExport", "cannot save a plot as {suffix}: use .png or .svg"
        ).format(suffix=shown)
    )


def plot_writer(
    item: pg.PlotItem, path: str | Path, rasters: PlotRasters | None = None
) -> Callable[[], None]:
    """Draw the plot now and return what writes it to ``path``.

    Drawing needs the GUI thread (about 20 ms, with ``rasters`` drawn
    beforehand); encoding a 1600 px PNG takes about 170 ms, so the returned
    callable may run on any thread: it touches only the finished image.
    ``.png`` (raster, ≥1600 px wide) or ``.svg``.

    Raises
    ------
    ValueError
        For any other suffix (the message names it).  The callable raises
        ``OSError`` if the file cannot be written.
    """
    target = Path(path)
    if not is_svg(target):
        image = render_image(item, rasters=rasters)

        def write_png() -> None:
            if not image.save(str(target), "PNG"):
                raise OSError(
                    translate("PlotExport", "could not write {path}").format(
                        path=target
                    )
                )

        return write_png
    data = render_svg(item, rasters)
    return lambda: _write_bytes(target, data)


def _write_bytes(target: Path, data: bytes) -> None:
    target.write_bytes(data)


def save_plot(item: pg.PlotItem, path: str | Path) -> None:
    """Write the plot to ``path`` here and now (see :func:`plot_writer`)."""
    plot_writer(item, path)()


def copy_plot_to_clipboard(
    item: pg.PlotItem, rasters: PlotRasters | None = None
) -> None:
    """Put the plot on the clipboard as an image, ready to paste into a document."""
    QGuiApplication.clipboard().setImage(render_image(item, rasters=rasters))


# --- the plot's numbers as text ------------------------------------------------------

#: (name, x values, y values) of one series on a plot.
Series = tuple[str, object, object]


def plot_series(item: pg.PlotItem) -> list[Series]:
    """Every series the plot's legend names, with its points (x, y).

    A horizontal line (the least-squares minimum) has no x and one y.  Plots
    without a legend give their data items, named as pyqtgraph names them.
    """
    series: list[Series] = []
    legend = next((c for c in item.childItems() if isinstance(c, pg.LegendItem)), None)
    entries = [] if legend is None else list(legend.items)
    for sample, label in entries:
        name = _plain_name(str(label.text))
        source = sample.item
        if isinstance(source, pg.InfiniteLine):
            value = getattr(source, "loss", None)
            if value is None:
                value = float(source.value())
            series.append((name, [], [value]))
            continue
        get = getattr(source, "getData", None)
        if get is None:
            continue
        x, y = get()
        if x is not None and y is not None:
            series.append((name, x, y))
    if not series:
        for index, data_item in enumerate(item.listDataItems()):
            x, y = data_item.getData()
            if x is not None and y is not None:
                name = data_item.name() or f"Series {index + 1}"
                series.append((name, x, y))
    return series


def _plain_name(text: str) -> str:
    """A legend label without its HTML and trailing spacing."""
    return re.sub(r"<[^>]+>", "", text).replace("\u00a0", " ").strip()


def series_tsv(series: list[Series], x_label: str = "x", y_label: str = "y") -> str:
    """Tab-separated rows ``series, x, y`` with a header, for a spreadsheet."""
    lines = [f"series\t{x_label}\t{y_label}"]
    for name, xs, ys in series:
        x = np.asarray(xs, dtype=float).ravel()
        y = np.asarray(ys, dtype=float).ravel()
        if x.size == 0:
            lines.extend(f"{name}\t\t{v!r}" for v in y.tolist())
            continue
        lines.extend(
            f"{name}\t{a!r}\t{b!r}"
            for a, b in zip(x.tolist(), y.tolist(), strict=False)
        )
    return "\n".join(lines) + "\n"


def axis_names(item: pg.PlotItem) -> tuple[str, str]:
    """The plot's x and y axis labels (x and y when unlabelled)."""
    names = []
    for side, fallback in (("bottom", "x"), ("left", "y")):
        text = _plain_name(str(item.getAxis(side).labelText or ""))
        names.append(text or fallback)
    return names[0], names[1]
