"""Items drawn as one image of the visible plot area, re-rendered only when needed.

A frame of gradient descent moves one line; Qt then repaints every item under the
region the line swept.  Items that did not change (the data dots, the trail of
earlier lines) keep a rendering of the visible area,
keyed by the view transform, and repaint by blitting it: about 0.3 ms for a
900 × 600 plot, whatever they contain.

pyqtgraph's ``ImageItem`` blits such an image about as fast: showing the dots'
raster, a mid-run frame costs 2.51 ms of CPU against 2.38 ms with this class
(1.03-1.27× over six runs; ``benchmarks/plot_frame.py --quick``, ``items``).
But it only blits.  Rendering again when the view pans or zooms, at the
exporter's resolution (a 1600 px PNG would otherwise show screen pixels
enlarged), and answering "View all" with the data's bounds rather than the
image's would all still be code here, and the trail fades its image in place,
which an ``ImageItem`` cannot (it converts a new array on every ``setImage``).
So this base class stays, for the dots and the trail.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6 import QtCore, QtGui, QtWidgets

# pyqtgraph binds to whichever Qt is already imported: PySide6 must come first.
# isort: split
import pyqtgraph as pg

#: Never allocate more than this many pixels per side (very large exports),
MAX_SIDE = 16_384
#: nor more than this many in all (a 1920 × 1080 plot exported at 4×: 33 M).
MAX_PIXELS = 48_000_000


@dataclass(frozen=True)
class Frame:
    """Where the visible plot area lands on the paint device.

    ``tr`` maps item (data) coordinates to logical device pixels; the image
    covers device pixels ``x0 .. x0 + width`` and ``y0 .. y0 + height``
    (physical pixels: logical × ``dpr``); ``scale`` is an exporter's resolution
    factor, by which pixel sizes (dot diameters, line widths) grow.
    """

    tr: QtGui.QTransform
    x0: int
    y0: int
    width: int
    height: int
    dpr: float
    scale: float
    exporting: bool

    @property
    def key(self) -> tuple[float | int, ...]:
        """Equal for two frames whose renderings are interchangeable."""
        t = self.tr
        return (
            t.m11(),
            t.m12(),
            t.m21(),
            t.m22(),
            t.dx(),
            t.dy(),
            self.x0,
            self.y0,
            self.width,
            self.height,
            self.dpr,
            self.scale,
        )

    @property
    def origin(self) -> QtCore.QPointF:
        """Top-left corner of the image in logical device pixels."""
        return QtCore.QPointF(self.x0 / self.dpr, self.y0 / self.dpr)


def frame_for(item: pg.GraphicsObject, painter: QtGui.QPainter) -> Frame | None:
    """The :class:`Frame` of ``item``'s view on ``painter``'s device, if visible."""
    device = painter.device()
    dpr = float(device.devicePixelRatioF()) if device is not None else 1.0
    opts = item._exportOpts  # pyqtgraph sets this while exporting
    return _frame(item, painter.transform(), dpr, opts)


def export_frame(
    item: pg.GraphicsObject,
    viewport: QtGui.QTransform,
    dpr: float,
    opts: dict[str, object],
) -> Frame | None:
    """The :class:`Frame` ``item`` will paint in when its scene is exported
    with ``opts`` through ``viewport`` (scene to logical device pixels) onto a
    device of pixel ratio ``dpr``: what :func:`frame_for` will find then."""
    return _frame(item, item.deviceTransform(viewport), dpr, opts)


def _frame(
    item: pg.GraphicsObject,
    tr: QtGui.QTransform,
    dpr: float,
    opts: dict[str, object] | bool,
) -> Frame | None:
    view = item.getViewBox()
    if view is None:
        return None
    exporting = isinstance(opts, dict)
    scale = 1.0
    if isinstance(opts, dict):
        scale = float(opts.get("resolutionScale", 1.0))  # type: ignore[arg-type]
        # e.g. images embedded in an SVG
        dpr = float(opts.get("pixelRatio", dpr))  # type: ignore[arg-type]
    target = tr.mapRect(view.viewRect())
    if not (math.isfinite(target.width()) and math.isfinite(target.height())):
        return None
    x0 = math.floor(target.left() * dpr)
    y0 = math.floor(target.top() * dpr)
    width = min(math.ceil(target.right() * dpr) - x0, MAX_SIDE)
    height = min(math.ceil(target.bottom() * dpr) - y0, MAX_SIDE)
    if width > 0:
        height = min(height, MAX_PIXELS // width)
    if width <= 0 or height <= 0:
        return None
    return Frame(tr, x0, y0, width, height, dpr, scale, exporting)


class CachedImageItem(pg.GraphicsObject):
    """Base class: an item painted from one cached image of the visible area.

    Subclasses implement :meth:`render` and call :meth:`invalidate` whenever what
    they show changes.  Kept rather than pyqtgraph's ``ImageItem``, which blits
    as fast but would leave re-rendering, export resolution and data bounds to
    us anyway (module docstring).
    """

    def __init__(self) -> None:
        super().__init__()
        self._cache_key: tuple[float | int, ...] | None = None
        self._cache_image: QtGui.QImage | None = None
        #: Set by pyqtgraph's exporters while rendering to a file.
        self._exportOpts: dict[str, object] | bool = False
        #: Counts changes of what the item shows (an image drawn elsewhere
        #: for an older one is not used).
        self.version = 0
        #: The last image shown and its frame: what an item that renders aside
        #: shows, moved to the new view, until its new image comes.
        self._shown: tuple[QtGui.QImage, Frame] | None = None
        self._asked: tuple[tuple[float | int, ...], int] | None = None
        self._render_here = False

    def invalidate(self) -> None:
        """Forget the cached image and schedule a repaint."""
        self.version += 1
        self._cache_key = None
        self._cache_image = None
        self.update()

    def renderer(self) -> Callable[[Frame], QtGui.QImage] | None:
        """What renders the item as it is now, on any thread; None if only
        :meth:`render` can (in the GUI thread).  Exports of large plots draw
        these images in a worker (:func:`..export.plan_rasters`)."""
        return None

    def preset(
        self, key: tuple[float | int, ...], version: int, image: QtGui.QImage
    ) -> None:
        """Use ``image``, drawn elsewhere for the frame ``key`` of the item's
        ``version``, at the next paint in that frame (set after
        :meth:`setExportMode`, which forgets the cache).  Ignored if the item
        has changed since."""
        if version == self.version:
            self._cache_key = key
            self._cache_image = image

    def is_empty(self) -> bool:
        """True when there is nothing to draw (painting is skipped)."""
        return False

    def draws_aside(self) -> bool:
        """Render in the worker of :mod:`.aside` (needs :meth:`renderer`)."""
        return False

    def take_image(
        self, frame: Frame, version: int, image: QtGui.QImage | None
    ) -> None:
        """An image drawn aside has come (GUI thread): show it if the item has
        not changed since; None means the worker failed (render it here)."""
        if image is None:
            self._render_here = True
            self.update()
        elif version == self.version:
            self.preset(frame.key, version, image)
            self._shown = (image, frame)
            self.update()

    def render(self, frame: Frame) -> QtGui.QImage:
        """Draw everything for ``frame`` into a new image (premultiplied ARGB)."""
        raise NotImplementedError

    def setExportMode(
        self, export: bool, opts: dict[str, object] | None = None
    ) -> bool:
        """Exports render afresh at their resolution (so does the next paint)."""
        changed = bool(super().setExportMode(export, opts))
        self._cache_key = None
        return changed

    def paint(
        self,
        painter: QtGui.QPainter,
        option: QtWidgets.QStyleOptionGraphicsItem | None = None,
        widget: QtWidgets.QWidget | None = None,
    ) -> None:
        """Blit the cached image, re-rendering it only if the view has changed."""
        if self.is_empty():
            return
        frame = frame_for(self, painter)
        if frame is None:
            return
        if frame.key != self._cache_key or self._cache_image is None:
            if not (frame.exporting or self._render_here) and self.draws_aside():
                self._ask_aside(frame)
                self._paint_last_shown(painter, frame)
                return
            self._render_here = False
            self._cache_image = self.render(frame)
            self._cache_key = frame.key
        image = self._cache_image
        painter.save()
        painter.resetTransform()
        if image.width() == frame.width and image.height() == frame.height:
            painter.drawImage(frame.origin, image)
        else:  # a stand-in, stretched over the frame (an SVG export's)
            size = QtCore.QSizeF(frame.width / frame.dpr, frame.height / frame.dpr)
            painter.drawImage(QtCore.QRectF(frame.origin, size), image)
        painter.restore()
        if not frame.exporting:
            self._shown = (self._cache_image, frame)

    def _ask_aside(self, frame: Frame) -> None:
        wanted = (frame.key, self.version)
        draw = self.renderer()
        if wanted == self._asked or draw is None:
            return
        from linreg_gui.ui.plots.aside import RENDERER

        self._asked = wanted
        RENDERER.ask(self, frame, draw)

    def _paint_last_shown(self, painter: QtGui.QPainter, frame: Frame) -> None:
        """The last image, moved and scaled from its frame to this one."""
        if self._shown is None:
            return
        image, old = self._shown
        inverse, invertible = old.tr.inverted()
        if not invertible:
            return
        painter.save()
        painter.setTransform(inverse * frame.tr)  # old device px → data → new
        painter.drawImage(old.origin, image)
        painter.restore()


def blank_image(frame: Frame) -> QtGui.QImage:
    """A transparent image the size of ``frame``, at its pixel ratio."""
    image = QtGui.QImage(
        frame.width, frame.height, QtGui.QImage.Format.Format_ARGB32_Premultiplied
    )
    image.fill(QtCore.Qt.GlobalColor.transparent)
    image.setDevicePixelRatio(frame.dpr)
    return image
