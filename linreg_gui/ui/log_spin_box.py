"""A spin box for quantities that span decades, such as the learning rate.

A learning rate worth trying may be 1e-5 or 0.5; linear steps of 0.01 cannot reach
both.  The arrows and the wheel walk the 1-2-5 ladder (…, 0.01, 0.02, 0.05, 0.1, …)
that the tutorials sweep, and the text is compact (``0.001``, ``2e-05``).  Any
number inside the range can still be typed, also as ``1e-3``.  A box may also
offer 0 below its smallest rung (a tolerance of 0: "never stop early"), shown as
a word rather than a number.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox, QWidget

from linreg_gui.model.text import number, translate

#: Mantissas of the ladder within one decade.
_LADDER = (1.0, 2.0, 5.0)
#: Relative slack when deciding that a value already sits on a ladder rung.
_SLACK = 1e-9
#: Colour of the warning outline (a value the user should reconsider).
WARNING_COLOUR = QColor("#c62828")
#: What a number may look like while it is being typed ("", "1e", "-", "2.").
_PARTIAL = re.compile(r"[+-]?(\d+\.?\d*|\.\d*)?([eE][+-]?\d*)?")


class LogSpinBox(QDoubleSpinBox):
    """A :class:`QDoubleSpinBox` that steps on a log scale (1, 2, 5 × 10^k).

    Parameters
    ----------
    minimum, maximum : float
        The range; both must be positive.
    value : float
        The starting value.
    zero : str, optional
        Also allow 0, one step below ``minimum``, and show it as this text.

    Signals
    -------
    out_of_range(str)
        A typed number was not allowed (not positive, or beyond the range) and
        was replaced; the text says what happened, for the user.
    """

    out_of_range = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        minimum: float = 1e-6,
        maximum: float = 10.0,
        value: float = 0.01,
        zero: str | None = None,
    ) -> None:
        self._smallest = minimum
        self._zero = zero
        super().__init__(parent)
        if not 0 < minimum < maximum:
            raise ValueError("A log scale needs 0 < minimum < maximum.")
        # Qt rounds every value to this many decimals: with the most it allows
        # (DBL_MAX_10_EXP + DBL_DIG), even 1e-300 survives as typed.
        self.setDecimals(323)
        if zero is not None:
            self.setSpecialValueText(zero)  # shown when the value is 0
        self.setRange(0.0 if zero is not None else minimum, maximum)
        self.setValue(value)
        self.setAccelerated(False)
        self._warning = False

    # -- warning outline ---------------------------------------------------------

    def set_warning(self, warning: bool) -> None:
        """Outline the box in red (e.g. a learning rate above the stable limit).

        Painted over the platform's frame rather than set by a style sheet, which
        would replace the native arrows and change the box's size.
        """
        if warning != self._warning:
            self._warning = warning
            self.update()

    def warning(self) -> bool:
        return self._warning

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._warning:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(WARNING_COLOUR, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 3, 3)
        painter.end()

    # -- stepping ----------------------------------------------------------------

    def stepBy(self, steps: int) -> None:
        """Move ``steps`` rungs up (positive) or down the 1-2-5 ladder."""
        value = self.value()
        for _ in range(abs(steps)):
            if value == 0:
                value = self._smallest if steps > 0 else 0.0
            elif steps < 0 and self._zero is not None and value <= self._smallest:
                value = 0.0
            else:
                value = max(_next_rung(value, up=steps > 0), self._smallest)
        self.setValue(min(max(value, self.minimum()), self.maximum()))
        self.selectAll()

    def stepEnabled(self) -> QDoubleSpinBox.StepEnabledFlag:
        """Grey an arrow out at the ends of the range (no wrapping on a log scale)."""
        flags = QDoubleSpinBox.StepEnabledFlag.StepNone
        if self.isReadOnly():
            return flags
        if self.value() < self.maximum():
            flags |= QDoubleSpinBox.StepEnabledFlag.StepUpEnabled
        if self.value() > self.minimum():
            flags |= QDoubleSpinBox.StepEnabledFlag.StepDownEnabled
        return flags

    # -- text ----------------------------------------------------------------------

    def textFromValue(self, value: float) -> str:
        """Six significant digits at most, no trailing zeros: 0.001, 2e-05, 0.475."""
        return format_compact(value)

    def valueFromText(self, text: str) -> float:
        if self._zero is not None and text.strip() == self._zero:
            return 0.0
        parsed = _parse(self._strip(text))
        return self.value() if parsed is None else parsed

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        """Accept any number in range; allow what could still become one."""
        if self._zero is not None and text.strip() == self._zero:
            return QValidator.State.Acceptable, text, pos
        body = self._strip(text)
        parsed = _parse(body)
        if parsed is not None and self.minimum() <= parsed <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        if parsed is not None or _PARTIAL.fullmatch(body):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def fixup(self, text: str) -> str:
        """Called with text that is not final: replace what is not allowed, and
        say so (a learning rate of −1 must not quietly become 1)."""
        value = _parse(self._strip(text))
        if value is None:
            return text
        current = self.value()
        if value < 0 or (value == 0 and self._zero is None):
            replacement = current
            why = (
                translate("LogSpinBox", "it must be above 0")
                if self._zero is None
                else translate("LogSpinBox", "it cannot be negative")
            )
        elif value > self.maximum():
            replacement, why = (
                self.maximum(),
                translate("LogSpinBox", "the largest allowed is {limit}").format(
                    limit=number(self.maximum(), "g")
                ),
            )
        elif 0 < value < self._smallest:
            replacement = self._smallest
            why = translate("LogSpinBox", "the smallest allowed is {limit}").format(
                limit=number(self._smallest, "g")
            )
        else:
            return text
        used = format_compact(replacement)
        self.out_of_range.emit(
            translate(
                "LogSpinBox", "{value} is not possible here ({why}): using {used}."
            ).format(value=number(value, "g"), why=why, used=used)
        )
        return self.textFromValue(replacement)

    def _strip(self, text: str) -> str:
        return number_text(self, text).replace(",", ".")


def number_text(box: QSpinBox | QDoubleSpinBox, text: str) -> str:
    """A spin box's text without its prefix and suffix (``" %"``), trimmed."""
    prefix, suffix = box.prefix(), box.suffix()
    if prefix and text.startswith(prefix):
        text = text[len(prefix) :]
    if suffix and text.endswith(suffix):
        text = text[: -len(suffix)]
    return text.strip()


def format_compact(value: float) -> str:
    """``value`` in at most six significant digits, in plain or exponent notation
    as Python's ``g`` format chooses (0.0001 but 1e-05), with the window's
    decimal separator (typed text is read with either)."""
    return number(value, ".6g")


def _parse(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _next_rung(value: float, *, up: bool) -> float:
    """The nearest 1-2-5 rung strictly above (or below) ``value``."""
    exponent = math.floor(math.log10(value))
    candidates = [
        _tidy(m * 10.0**e)
        for e in (exponent - 1, exponent, exponent + 1)
        for m in _LADDER
    ]
    if up:
        return min(c for c in candidates if c > value * (1 + _SLACK))
    return max(c for c in candidates if c < value * (1 - _SLACK))


def _tidy(value: float) -> float:
    """Round away binary noise, so a rung is 0.002 and not 0.0020000000000000005."""
    return float(f"{value:.12g}")
