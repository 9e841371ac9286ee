"""A spin box for whole numbers that reads what people type and says what it changed.

A plain ``QSpinBox`` drops any key it cannot use: ``1e6`` typed into a box of
iterations becomes 16, and ``100`` into a box that stops at 90 becomes 10, with
no word.  This box reads ``1e6``, ``1,000,000`` and ``10 000``; a number outside
the range is brought to the nearest end, and ``out_of_range`` says so, so the
window can tell the student instead of changing their number in silence.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox, QWidget

from linreg_gui.model.text import number, translate
from linreg_gui.ui.log_spin_box import number_text

#: What a number may look like while it is being typed (signs, digits,
#: separators, an exponent, a decimal part).
_PARTIAL = re.compile(r"[+-]?[\d,_ ]*(\.\d*)?([eE][+-]?\d*)?")


class WholeNumberBox(QSpinBox):
    """A ``QSpinBox`` that accepts ``1e6`` and ``1,000`` and reports clamping.

    Signals
    -------
    out_of_range(str)
        A typed number was outside the range and was brought to its end; the
        text says what happened, for the user.
    """

    out_of_range = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        """Anything that is or may become a number; only whole numbers in range
        are final."""
        special = self.specialValueText()
        if special and text.strip() == special:
            return QValidator.State.Acceptable, text, pos
        body = self._body(text)
        value = _parse(body)
        if value is not None and value.is_integer():
            if self.minimum() <= value <= self.maximum():
                return QValidator.State.Acceptable, text, pos
            return QValidator.State.Intermediate, text, pos
        if value is not None or _PARTIAL.fullmatch(body):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def valueFromText(self, text: str) -> int:
        special = self.specialValueText()
        if special and text.strip() == special:
            return self.minimum()
        value = _parse(self._body(text))
        if value is None:
            return self.value()
        return int(min(max(round(value), self.minimum()), self.maximum()))

    def fixup(self, text: str) -> str:
        """Called with text that is not final: bring it into range, and say so."""
        value = _parse(self._body(text))
        if value is None:
            return text
        clamped = int(min(max(round(value), self.minimum()), self.maximum()))
        if clamped != value:
            shown = number(value, ",.0f") if abs(value) < 1e15 else number(value, "g")
            if value > self.maximum():
                why = translate("LogSpinBox", "the largest allowed is {limit}").format(
                    limit=number(self.maximum(), ",d")
                )
            elif value < self.minimum():
                why = translate("LogSpinBox", "the smallest allowed is {limit}").format(
                    limit=number(self.minimum(), ",d")
                )
            else:
                why = translate("LogSpinBox", "it must be a whole number")
            self.out_of_range.emit(
                translate(
                    "LogSpinBox", "{value} is not possible here ({why}): using {used}."
                ).format(value=shown, why=why, used=number(clamped, ",d"))
            )
        return self.textFromValue(clamped)

    def _body(self, text: str) -> str:
        """The number's text, without the box's group separators: a German
        ``1.000`` is a thousand, as the box itself shows it."""
        body = number_text(self, text)
        group = self.locale().groupSeparator()
        if group and group not in ",_ ":
            body = body.replace(group, "")
        return body


def _parse(text: str) -> float | None:
    """``1e6``, ``1,000,000``, ``10 000`` and ``1_000`` as numbers; else None."""
    cleaned = text.replace(",", "").replace(" ", "").replace("_", "")
    cleaned = cleaned.replace("\N{NARROW NO-BREAK SPACE}", "").replace("\xa0", "")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if math.isfinite(value) else None
