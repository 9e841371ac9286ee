"""Axes whose tick labels never run together, at any plot size.

pyqtgraph always labels its top tick level and writes large numbers in full,
so a loss plot 150 px wide after a long run read "0 200000400000600000".  Here
numbers are written short ("200k", "1.2M", "2e-05") and the major spacing is
widened to the next 1-2-5 step until the widest label, with a gap, fits between
two ticks.  :func:`labels_fit` is the same measurement, for tests.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

from PySide6 import QtGui

# pyqtgraph binds to whichever Qt is already imported: PySide6 must come first.
# isort: split
import pyqtgraph as pg

from linreg_gui.model.text import number

#: Space kept between two neighbouring tick labels, in pixels (times the zoom).
LABEL_GAP = 10.0
#: Engineering suffixes for 10³ⁿ: short labels a student reads at a glance.
_SUFFIXES = {3: "k", 6: "M", 9: "G", 12: "T"}
_NICE = (1.0, 2.0, 2.5, 5.0, 10.0)
#: 10.0**k overflows a float beyond this.
_MAX_EXPONENT = 308


def compact_numbers(values: Sequence[float], spacing: float) -> list[str]:
    """Tick labels for ``values`` a ``spacing`` apart, as short as they can be.

    Values below 10⁴ in size are plain decimals with as many places as the
    spacing needs; 10⁴ to 10¹⁵ take k, M, G or T (one suffix for the whole axis,
    so the labels compare at a glance); very small or very large ones are
    written as 2e-05.
    """
    finite = [abs(v) for v in values if math.isfinite(v)]
    biggest = max(finite, default=0.0)
    if not spacing > 0 or not math.isfinite(spacing):
        return [f"{v:g}" for v in values]
    if biggest >= 1e15 or (0 < biggest < 1e-3) or spacing < 1e-6 * biggest:
        digits = max(1, min(6, math.ceil(math.log10(biggest / spacing)) + 1))
        return [_short_exp(v, digits) for v in values]
    if biggest >= 1e4:
        power = 3 * math.floor(math.log10(biggest) / 3)
        power = min(power, 12)
        scale = 10.0**power
        places = _places(spacing / scale)
        suffix = _SUFFIXES[power]
        return [_plain(v / scale, places) + (suffix if v != 0 else "") for v in values]
    places = _places(spacing)
    return [_plain(v, places) for v in values]


def _places(spacing: float) -> int:
    """Decimal places that write multiples of ``spacing`` exactly (2.5 → 1)."""
    places = max(0, math.ceil(-math.log10(spacing) - 1e-9))
    if places > _MAX_EXPONENT - 4:  # 10**places would overflow (a subnormal spacing)
        return places
    for extra in range(4):
        scaled = spacing * 10.0 ** (places + extra)
        if abs(scaled - round(scaled)) < 1e-6 * max(1.0, scaled):
            return places + extra
    return places


def _plain(v: float, places: int) -> str:
    text = f"{v:.{places}f}"
    return "0" if text.strip("-0.") == "" else text


def _short_exp(v: float, digits: int) -> str:
    """2e-05 rather than 2.000000e-05; 0 as 0."""
    if v == 0:
        return "0"
    text = f"{v:.{digits - 1}e}"
    mantissa, exponent = text.split("e")
    if "." in mantissa:
        mantissa = mantissa.rstrip("0").rstrip(".")
    return f"{mantissa}e{int(exponent)}"


def localized(labels: list[str]) -> list[str]:
    """Tick labels with the window's decimal separator (a comma in es, de)."""
    point = number(0.5, ".1f")[1:2]
    if point == ".":
        return labels
    return [label.replace(".", point) for label in labels]


def next_nice(spacing: float) -> float:
    """The next larger of 1, 2, 2.5, 5 × 10^k."""
    scale = 10.0 ** math.floor(math.log10(spacing))
    for step in _NICE:
        if step * scale > spacing * (1 + 1e-9):
            return step * scale
    return 10.0 * scale  # pragma: no cover (rounding)


#: Tick answers each axis remembers (ranges seen lately).
TICK_CACHE_SIZE = 8


class ReadableAxis(pg.AxisItem):
    """An AxisItem with short labels and as few ticks as it takes to keep them apart.

    Used by every plot (see :func:`~linreg_gui.ui.plots.style.make_plot_widget`).
    """

    def tickStrings(
        self, values: list[float], scale: float, spacing: float
    ) -> list[str]:
        """Short labels (:func:`compact_numbers`)."""
        if self.logMode:
            return list(self.logTickStrings(values, scale, spacing))
        return localized(compact_numbers([v * scale for v in values], spacing * scale))

    def logTickStrings(
        self, values: list[float], scale: float, spacing: float
    ) -> list[str]:
        """In log mode, each 10ᵏ's value written short: 0.01, 1, 1k, 1e-5."""
        return localized(
            [
                compact_numbers([10.0**v], 10.0**v)[0] if abs(v) < _MAX_EXPONENT else ""
                for v in values
            ]
        )

    def setRange(self, mn: float, mx: float) -> None:
        """pyqtgraph's, but an unchanged range keeps the drawing: the view's
        every resize and range signal sets both axes' ranges again, and each
        time pyqtgraph threw its picture away and measured every label anew."""
        unchanged = [mn, mx] == list(getattr(self, "range", ()))
        if unchanged and not self.grid and not self.autoSIPrefix:
            return
        super().setRange(mn, mx)

    def tickValues(
        self, minVal: float, maxVal: float, size: float
    ) -> list[tuple[float, list[float]]]:
        """pyqtgraph's tick values, remembered for the last few ranges: the axis
        and the background grid ask for the same ones in every paint, and each
        answer measures label widths (:meth:`tickSpacing`)."""
        key = (
            minVal,
            maxVal,
            size,
            self.scale,
            self.logMode,
            None if self._tickSpacing is None else repr(self._tickSpacing),
            self.tick_font().key(),
        )
        cache: dict[tuple[object, ...], list[tuple[float, list[float]]]]
        cache = self.__dict__.setdefault("_tick_cache", {})
        found = cache.get(key)
        if found is None:
            found = super().tickValues(minVal, maxVal, size)
            if len(cache) >= TICK_CACHE_SIZE:
                cache.pop(next(iter(cache)))
            cache[key] = found
        return found

    def tickSpacing(
        self, minVal: float, maxVal: float, size: float
    ) -> list[tuple[float, float]]:
        """pyqtgraph's spacing, widened until neighbouring labels do not touch."""
        levels: list[tuple[float, float]] = list(
            super().tickSpacing(minVal, maxVal, size)
        )
        span = abs(maxVal - minVal)
        if not levels or size <= 0 or not span > 0 or not math.isfinite(span):
            return levels
        pixels_per_unit = size / span
        spacing = float(levels[0][0])
        for _ in range(40):  # a handful at most; bounded against odd floats
            if spacing * pixels_per_unit >= self.label_extent(minVal, maxVal, spacing):
                break
            spacing = next_nice(spacing)
        if spacing == levels[0][0]:
            return levels
        return [(spacing, 0.0), (spacing / _minor_steps(spacing), 0.0)]

    def label_extent(self, lo: float, hi: float, spacing: float) -> float:
        """Pixels a label needs along the axis (with the gap), at ``spacing``."""
        metrics = QtGui.QFontMetricsF(self.tick_font())
        gap = LABEL_GAP * self.tick_font().pointSizeF() / 10.0
        if self.orientation in ("left", "right"):
            return metrics.height() + gap / 2
        first = math.ceil(lo / spacing) * spacing
        count = int(min((hi - first) / spacing + 1, 50))
        values = [first + i * spacing for i in range(max(count, 1))]
        strings = self.tickStrings(values, 1.0, spacing)
        widest = max((metrics.horizontalAdvance(s) for s in strings), default=0.0)
        return widest + gap

    def measure_labels(self) -> bool:
        """Draw the axis now, as its next paint would; True if its labels then
        needed another width.

        pyqtgraph learns how wide a vertical axis's labels are only while it
        paints them, and then resizes the axis: the plot is laid out again and
        painted a second time (7-13 ms after each new data set).  Measured
        before the paint (:func:`~linreg_gui.ui.plots.style.settle_axes`), the
        layout settles first and the paint keeps the drawing made here (unless
        the width changed).
        """
        if self.picture is not None or not self.isVisible():
            return False
        width = self.textWidth
        picture = QtGui.QPicture()
        painter = QtGui.QPainter(picture)
        try:
            if self.style["tickFont"]:
                painter.setFont(self.style["tickFont"])
            specs = self.generateDrawSpecs(painter)
            if specs is not None:
                self.drawPicture(painter, *specs)
        except Exception:
            # Called from the window's event handler, where an exception kills
            # the process (PySide 6.11).  Measuring early only saves a repaint:
            # the paint draws the axis as it always did.
            return False
        finally:
            painter.end()
        self.picture = picture
        return self.textWidth != width

    def tick_font(self) -> QtGui.QFont:
        font = self.style.get("tickFont")
        return QtGui.QFont(font) if font is not None else QtGui.QFont()


def _minor_steps(spacing: float) -> float:
    """Minor ticks per major one: 2 → 2 × 1, otherwise fifths (1, 2.5, 5)."""
    mantissa = spacing / 10.0 ** math.floor(math.log10(spacing))
    return 2.0 if abs(mantissa - 2.0) < 1e-6 else 5.0


def labels_fit(axis: pg.AxisItem) -> bool:
    """Whether the labels the axis draws now leave a gap between neighbours.

    Reads pyqtgraph's own draw specifications, so it checks what is painted.
    """
    image = QtGui.QImage(8, 8, QtGui.QImage.Format.Format_ARGB32)
    painter = QtGui.QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    if specs is None:
        return True
    texts = specs[2]
    horizontal = axis.orientation in ("top", "bottom")
    spans = sorted(
        (r.left(), r.right()) if horizontal else (r.top(), r.bottom())
        for r, _flags, _text in texts
    )
    return all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
