"""A scatter item that stays fast from ten points to a million.

pyqtgraph's ``ScatterPlotItem`` keeps Python-level bookkeeping for every point:
building one takes about 0.4 s for 10^5 points and 4 s for 10^6, and painting
10^6 symbols takes about half a second.  The plots here draw each item in one
style only, so :class:`DotCloudItem` keeps just two coordinate arrays and paints
by rasterising them with NumPy: every dot's centre is binned into a device pixel
and a small antialiased dot (or ring) kernel is stamped around it.  The result is
cached as one image per view transform, so a frame in which only the regression
line moves costs a single image blit, however many points there are.

Overlapping dots are composited so that opacity grows with the *logarithm* of the
number of dots on a pixel: a lone point is as visible as in an ordinary scatter,
and dense regions stay distinguishable instead of saturating into one blob (the
honest reading of "a density image when points outnumber pixels", without a
mode switch or a zoom-dependent bin size).  This is drawing, not statistics: the
numbers shown are the caller's numbers, each point at its own pixel.

Why not pyqtgraph's ``ScatterPlotItem`` (``benchmarks/plot_frame.py --quick``,
900 × 600 plot mid-run, interleaved medians):

* ``items``: with one brush, a frame that moves only the line takes 48.9 ms at
  10⁵ points against 3.5 ms with this item (14×; 14-22× over four runs), and
  2.7 against 2.0 ms at 10³ (1.3-2.2×).
* With Qt's item cache the frame is as cheap (3.1 against 3.2 ms at 10⁵), but
  ``points``: building the item takes 472 ms at 10⁵ points against 2.6 ms for
  ``set_points`` (its per-point Python bookkeeping grows linearly: some 5 s at
  10⁶, where ``set_points`` takes 22 ms against a 1 s target), and a pan redraws
  in 48 ms against 19 ms.
* ``residuals``: even the outlier rings alone (about 5 % of the rows) as a
  ``ScatterPlotItem`` make ``set_residuals`` take 543 ms at 10⁶ against 30 ms.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import math
import sys
import threading
from collections.abc import Callable
from typing import Any

import numpy as np
from numpy.typing import NDArray
from PySide6 import QtCore, QtGui

# pyqtgraph binds to whichever Qt is already imported: PySide6 must come first.
# isort: split
import pyqtgraph as pg

from linreg_gui.ui.plots.aside import ASIDE_FROM
from linreg_gui.ui.plots.raster import CachedImageItem, Frame
from linreg_gui.ui.plots.style import VIEW_LIMIT

#: Stamp dots one by one below this many (points × kernel cells); above it, bin
#: the centres first and spread the counts with one shifted add per kernel cell.
_STAMP_BUDGET = 1_500_000
#: Kernels with at least this many cells are spread by FFT (see _spread_by_fft).
_FFT_FROM_CELLS = 64
#: A cloud of this many dots loads SciPy's FFT in the background (see
#: :func:`_load_scipy_fft_aside`).
_SCIPY_FFT_FROM = 20_000


@functools.lru_cache(maxsize=64)
def dot_kernel(diameter: float, ring_width: float | None = None) -> NDArray[np.float32]:
    """Pixel coverage of a dot (or a ring) of ``diameter`` device pixels.

    Returns an odd, square array whose centre cell holds the dot's centre.
    Coverage is estimated on a 5 × 5 sub-pixel grid, which antialiases the edge.
    """
    radius = max(diameter, 1.0) / 2.0
    half = math.ceil(radius + 0.5)
    sub = 5
    offsets = (np.arange(sub) + 0.5) / sub - 0.5
    cells = np.arange(-half, half + 1, dtype=float)
    coords = (cells[:, None] + offsets[None, :]).ravel()
    dist = np.hypot(coords[:, None], coords[None, :])
    inside = dist <= radius
    if ring_width is not None:
        inside &= dist >= radius - ring_width
    k = 2 * half + 1
    coverage = inside.reshape(k, sub, k, sub).mean(axis=(1, 3))
    out = coverage.astype(np.float32)
    out.flags.writeable = False
    return out


def rasterise(
    px: NDArray[np.float64],
    py: NDArray[np.float64],
    width: int,
    height: int,
    kernel: NDArray[np.float32],
) -> NDArray[np.float32]:
    """Summed kernel coverage per pixel of a ``height × width`` image.

    ``px``/``py`` are dot centres in image pixels (non-finite ones are skipped).
    Each centre is snapped to the pixel that contains it.
    """
    h = kernel.shape[0] // 2
    with np.errstate(invalid="ignore"):
        keep = (px >= -h) & (px < width + h) & (py >= -h) & (py < height + h)
    ix = np.floor(px[keep]).astype(np.intp) + h
    iy = np.floor(py[keep]).astype(np.intp) + h
    rows, cols = np.nonzero(kernel)
    weights = kernel[rows, cols]
    n = ix.size
    if n == 0:
        return np.zeros((height, width), np.float32)
    if n * weights.size <= _STAMP_BUDGET:
        # Few points: add every dot's kernel cells straight into a padded image.
        wide = width + 4 * h
        base = iy * wide + ix
        offsets = rows * wide + cols
        index = (base[:, None] + offsets[None, :]).ravel()
        total = np.bincount(
            index, np.tile(weights, n), minlength=(height + 4 * h) * wide
        )
        grid = total.reshape(height + 4 * h, wide)
        crop = grid[2 * h : 2 * h + height, 2 * h : 2 * h + width]
        return np.ascontiguousarray(crop, dtype=np.float32)
    # Many points: count centres per pixel, then spread each count over the
    # kernel's cells: by shifted, weighted adds (one pass over the image per
    # cell), or, for a kernel of many cells, by one FFT convolution.
    wide = width + 2 * h
    counts = np.bincount(iy * wide + ix, minlength=(height + 2 * h) * wide)
    if rows.size >= _FFT_FROM_CELLS:
        return _spread_by_fft(counts.reshape(height + 2 * h, wide), kernel, h)
    counts = counts.astype(np.float32).reshape(height + 2 * h, wide)
    acc = np.zeros((height, width), np.float32)
    tmp = np.empty_like(acc)
    for r, c, w in zip(rows.tolist(), cols.tolist(), weights.tolist(), strict=True):
        r0, c0 = 2 * h - r, 2 * h - c
        np.multiply(counts[r0 : r0 + height, c0 : c0 + width], w, out=tmp)
        acc += tmp
    return acc


def _spread_by_fft(
    counts: NDArray[np.int64], kernel: NDArray[np.float32], h: int
) -> NDArray[np.float32]:
    """``counts`` convolved with ``kernel``, cropped as the shifted adds crop.

    An export draws 10⁶ dots at twice the screen's size: a kernel of ~100
    cells made the shifted adds 100 passes over a 1600 × 1700 image, 0.6 s in
    the GUI thread; the FFT takes a fixed few tens of ms.  Rounding leaves
    ±1e-12 where no dot lands: anything under a hundredth of the smallest
    cell's coverage is none.
    """
    height, width = counts.shape[0] - 2 * h, counts.shape[1] - 2 * h
    shape = (
        _fast_length(counts.shape[0] + 2 * h),
        _fast_length(counts.shape[1] + 2 * h),
    )
    fft = _fft_module()
    grid = counts.astype(np.float32)
    spectrum = fft.rfft2(grid, shape) * _kernel_spectrum(
        fft.__name__, kernel.tobytes(), kernel.shape, shape
    )
    full = fft.irfft2(spectrum, shape)
    acc = full[2 * h : 2 * h + height, 2 * h : 2 * h + width]
    smallest = float(kernel[kernel > 0].min())
    acc[acc < smallest / 100] = 0.0
    return np.ascontiguousarray(acc, dtype=np.float32)


def _fft_module() -> Any:
    """SciPy's FFT if the process has it (2-4 times NumPy's here: 31 ms against
    117 ms for 1728 × 1620), NumPy's otherwise: importing SciPy's would take the
    GUI thread 0.05-0.1 s."""
    if _scipy_fft_ready.is_set():
        return sys.modules["scipy.fft"]
    if _scipy_fft_thread is None and "scipy.fft" in sys.modules:
        # Imported elsewhere: the import statement returns the finished module.
        return importlib.import_module("scipy.fft")
    return np.fft  # not installed, or our import is still under way


_scipy_fft_thread: threading.Thread | None = None
_scipy_fft_ready = threading.Event()


def _load_scipy_fft_aside() -> None:
    """Import SciPy's FFT in a thread of its own, once, when a large cloud is
    first shown: an export of 10⁶ dots spends most of its time in the FFT, in
    the GUI thread, and SciPy's is 2-4 times NumPy's.  The import (0.05 s once
    SciPy's other parts are in, as the analysis brings them) stays off the GUI
    thread; until it is done, exports use NumPy's."""
    global _scipy_fft_thread
    if _scipy_fft_thread is not None or "scipy.fft" in sys.modules:
        return
    if importlib.util.find_spec("scipy") is None:
        return
    _scipy_fft_thread = threading.Thread(
        target=_import_scipy_fft, name="import scipy.fft"
    )
    _scipy_fft_thread.start()


def _import_scipy_fft() -> None:
    try:
        importlib.import_module("scipy.fft")
    except Exception:  # NumPy's FFT serves, as before
        return
    _scipy_fft_ready.set()


@functools.lru_cache(maxsize=8)
def _kernel_spectrum(
    module: str, kernel: bytes, kernel_shape: tuple[int, ...], shape: tuple[int, int]
) -> NDArray[np.complex64]:
    """A kernel's transform at an image's padded size: the same for every
    export of one plot at one size (a third of the FFT work)."""
    fft = sys.modules[module]
    cells = np.frombuffer(kernel, dtype=np.float32).reshape(kernel_shape)
    spectrum: NDArray[np.complex64] = fft.rfft2(cells, shape)
    return spectrum


def _fast_length(n: int) -> int:
    """The least length ≥ ``n`` with no prime factor above 5 (a fast FFT)."""
    while True:
        m = n
        for p in (2, 3, 5):
            while m % p == 0:
                m //= p
        if m == 1:
            return n
        n += 1


def colourise(
    coverage: NDArray[np.float32], rgb: tuple[int, int, int], opacity: float
) -> NDArray[np.uint32]:
    """Premultiplied ARGB pixels: opacity ``1 - (1 + coverage)^-c``.

    ``c`` is chosen so that one fully covered pixel has ``opacity``; ten
    overlapping dots are clearly darker, a thousand darker still.
    """
    c = -math.log2(1.0 - min(max(opacity, 0.01), 0.99))
    out = np.zeros(coverage.size, np.uint32)
    flat = coverage.ravel()
    # Most pixels of a sparse scatter stay empty (and ``> 0`` then nonzero is
    # several times faster than nonzero on floats).
    hit = np.flatnonzero(flat > 0)
    alpha = np.power(flat[hit] + np.float32(1.0), np.float32(-c))
    levels = (np.float32(255.0) - alpha * np.float32(255.0) + np.float32(0.5)).astype(
        np.uint8
    )
    out[hit] = _argb_table(rgb)[levels]
    return out.reshape(coverage.shape)


@functools.lru_cache(maxsize=16)
def _argb_table(rgb: tuple[int, int, int]) -> NDArray[np.uint32]:
    """Premultiplied ARGB of ``rgb`` at each of the 256 alpha levels."""
    a = np.arange(256, dtype=np.uint32)
    r, g, b = ((a * v + 127) // 255 for v in rgb)
    table = (a << 24) | (r << 16) | (g << 8) | b
    table.flags.writeable = False
    return table


class DotCloudItem(CachedImageItem):
    """Many dots of one colour and size, drawn from a cached NumPy raster.

    Kept over pyqtgraph's ``ScatterPlotItem``, which makes a mid-run frame 14×
    dearer at 10⁵ points and takes 180× longer to build (the module docstring
    has the numbers).

    Parameters
    ----------
    color : str
        Dot colour (any name QColor accepts).
    diameter : float
        Dot diameter in screen pixels.
    opacity : float
        Opacity of a single dot, 0–1.
    ring_width : float or None
        Draw hollow rings of this line width (pixels) instead of filled dots.
    """

    def __init__(
        self,
        *,
        color: str,
        diameter: float = 7.0,
        opacity: float = 0.7,
        ring_width: float | None = None,
    ) -> None:
        super().__init__()
        self._x = np.empty(0)
        self._y = np.empty(0)
        self._finite = (np.empty(0), np.empty(0))
        self._rect = QtCore.QRectF()
        self._bounding: QtCore.QRectF | None = None
        self._color = QtGui.QColor(color)
        self._diameter = float(diameter)
        self._opacity = float(opacity)
        self._ring = ring_width
        #: Read by pyqtgraph's legend code before it looks at the sample.
        self.opts: dict[str, object] = {"antialias": True, "pen": None}

    # --- data ------------------------------------------------------------------
    def setData(self, x: NDArray[np.floating], y: NDArray[np.floating]) -> None:
        """Replace the points (copied, so the caller may reuse its arrays)."""
        x = np.array(x, dtype=float, copy=True).ravel()
        y = np.array(y, dtype=float, copy=True).ravel()
        if x.shape != y.shape:
            raise ValueError(f"x and y differ in length ({x.size} != {y.size})")
        self._x, self._y = x, y
        ok = np.isfinite(x) & np.isfinite(y)
        fx, fy = (x, y) if ok.all() else (x[ok], y[ok])
        self._finite = (fx, fy)
        if fx.size >= _SCIPY_FFT_FROM:
            _load_scipy_fft_aside()
        if fx.size:
            # Within ±VIEW_LIMIT, so "view all" never asks for an infinite view.
            x0, y0 = (max(float(v.min()), -VIEW_LIMIT) for v in (fx, fy))
            x1, y1 = (min(float(v.max()), VIEW_LIMIT) for v in (fx, fy))
            self._rect = QtCore.QRectF(x0, y0, max(x1 - x0, 0.0), max(y1 - y0, 0.0))
        else:
            self._rect = QtCore.QRectF()
        self.prepareGeometryChange()
        self._bounding = None
        self.invalidate()
        self.informViewBoundsChanged()

    def getData(self) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        """The points as given (including any non-finite ones, which are not drawn)."""
        return self._x, self._y

    def setStyle(
        self,
        *,
        color: str | None = None,
        diameter: float | None = None,
        opacity: float | None = None,
    ) -> None:
        """Change the look without touching the data."""
        if color is not None:
            self._color = QtGui.QColor(color)
        if diameter is not None:
            self.prepareGeometryChange()
            self._bounding = None
            self._diameter = float(diameter)
        if opacity is not None:
            self._opacity = float(opacity)
        self.invalidate()

    def style(self) -> tuple[QtGui.QColor, float, float, float | None]:
        """Colour, diameter, opacity and ring width (for the legend sample)."""
        return QtGui.QColor(self._color), self._diameter, self._opacity, self._ring

    def is_empty(self) -> bool:
        """No finite points: nothing to paint."""
        return self._finite[0].size == 0

    def draws_aside(self) -> bool:
        """A big cloud is rasterised in a worker (:mod:`.aside`)."""
        return self._finite[0].size >= ASIDE_FROM

    # --- pyqtgraph geometry protocol ----------------------------------------------
    def dataBounds(
        self,
        ax: int,
        frac: float = 1.0,
        orthoRange: tuple[float, float] | None = None,
    ) -> tuple[float, float] | None:
        """Range of the finite points on axis ``ax`` (for the view's auto-range)."""
        fx, fy = self._finite
        d, other = (fx, fy) if ax == 0 else (fy, fx)
        if orthoRange is not None:
            d = d[(other >= orthoRange[0]) & (other <= orthoRange[1])]
        if d.size == 0:
            return None
        if frac >= 1.0:
            return float(d.min()), float(d.max())
        lo, hi = np.percentile(d, [50 * (1 - frac), 50 * (1 + frac)])
        return float(lo), float(hi)

    def pixelPadding(self) -> float:
        """Dots reach this many pixels beyond their centres."""
        return self._diameter / 2.0 + 1.0

    def boundingRect(self) -> QtCore.QRectF:
        """The data rectangle grown by a dot radius (converted to data units)."""
        if self._bounding is None:
            rect = QtCore.QRectF(self._rect)
            px, py = self.pixelVectors()
            pad = self.pixelPadding()
            dx = 0.0 if px is None else px.length() * pad
            dy = 0.0 if py is None else py.length() * pad
            if math.isfinite(dx) and math.isfinite(dy):
                rect.adjust(-dx, -dy, dx, dy)
            self._bounding = rect
        return self._bounding

    def viewTransformChanged(self) -> None:
        """Zooming changes how far a dot reaches in data units."""
        self.prepareGeometryChange()
        self._bounding = None
        super().viewTransformChanged()

    # --- painting ----------------------------------------------------------------
    def render(self, frame: Frame) -> QtGui.QImage:
        """Rasterise the dots for ``frame`` with NumPy (see the module docstring)."""
        return self.renderer()(frame)

    def renderer(self) -> Callable[[Frame], QtGui.QImage]:
        """The dots as they are now, rasterised on any thread (the arrays are
        replaced by :meth:`setData`, never changed in place)."""
        rgb = (self._color.red(), self._color.green(), self._color.blue())
        return functools.partial(
            render_dots,
            self._finite,
            rgb=rgb,
            diameter=self._diameter,
            opacity=self._opacity,
            ring_width=self._ring,
        )


def render_dots(
    points: tuple[NDArray[np.float64], NDArray[np.float64]],
    frame: Frame,
    *,
    rgb: tuple[int, int, int],
    diameter: float,
    opacity: float,
    ring_width: float | None,
) -> QtGui.QImage:
    """Finite ``points`` (x, y in data units) as dots in ``frame``'s image."""
    fx, fy = points
    tr, dpr = frame.tr, frame.dpr
    with np.errstate(over="ignore", invalid="ignore"):
        px = (tr.m11() * fx + tr.m21() * fy + tr.dx()) * dpr - frame.x0
        py = (tr.m12() * fx + tr.m22() * fy + tr.dy()) * dpr - frame.y0
    size = dpr * frame.scale
    ring = None if ring_width is None else ring_width * size
    kernel = dot_kernel(round(diameter * size * 4) / 4, ring)
    coverage = rasterise(px, py, frame.width, frame.height, kernel)
    pixels = colourise(coverage, rgb, opacity)
    image = QtGui.QImage(
        pixels,
        frame.width,
        frame.height,
        frame.width * 4,
        QtGui.QImage.Format.Format_ARGB32_Premultiplied,
    ).copy()  # own the pixels: the array goes out of scope
    image.setDevicePixelRatio(dpr)
    return image


class DotSample(pg.ItemSample):
    """Legend swatch for a :class:`DotCloudItem` (pyqtgraph's reads ``item.opts``)."""

    def paint(self, painter: QtGui.QPainter, *args: object) -> None:
        """One dot (or ring) in the item's colour, at legend size."""
        item = self.item
        if not item.isVisible():
            super().paint(painter, *args)
            return
        color, diameter, opacity, ring = item.style()
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        d = min(max(diameter, 7.0), 12.0)
        rect = QtCore.QRectF(10 - d / 2, 11 - d / 2, d, d)
        color.setAlphaF(max(opacity, 0.6))
        if ring is None:
            painter.setPen(QtCore.Qt.PenStyle.NoPen)
            painter.setBrush(color)
        else:
            pen = QtGui.QPen(color)
            pen.setWidthF(max(ring, 1.5))
            painter.setPen(pen)
            painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect)


# --- clicking on points -------------------------------------------------------------


def nearest_point(
    view: pg.ViewBox,
    xs: NDArray[np.float64],
    ys: NDArray[np.float64],
    x: float,
    y: float,
    reach: float,
) -> int | None:
    """Index of the point nearest (x, y), if within ``reach`` screen pixels.

    Distances are measured in pixels, not data units, so that a click works
    the same whatever the axes' scales.  One vectorised pass: ~10 ms at 10⁶.
    """
    if xs.size == 0:
        return None
    width, height = view.viewPixelSize()
    if not (width > 0 and height > 0):
        return None
    with np.errstate(invalid="ignore", over="ignore"):
        distance = np.hypot((xs - x) / width, (ys - y) / height)
    if not np.isfinite(distance).any():
        return None
    nearest = int(np.nanargmin(distance))
    return nearest if distance[nearest] <= reach else None


def on_point_click(
    widget: pg.PlotWidget,
    find: Callable[[float, float], int | None],
    clicked: Callable[[int], None],
) -> None:
    """Call ``clicked(index)`` when a left click in the plot area lands on a
    point; ``find`` maps the click (data units) to a point's index or None."""
    view = widget.getPlotItem().getViewBox()

    def on_click(event: object) -> None:
        if event.button() != QtCore.Qt.MouseButton.LeftButton or event.double():  # type: ignore[attr-defined]
            return
        scene_pos = event.scenePos()  # type: ignore[attr-defined]
        if not view.sceneBoundingRect().contains(scene_pos):
            return
        spot = view.mapSceneToView(scene_pos)
        index = find(spot.x(), spot.y())
        if index is not None:
            event.accept()  # type: ignore[attr-defined]
            clicked(index)

    widget.scene().sigMouseClicked.connect(on_click)
