"""The My Line panel: the gauge, the slope and intercept, and guess-the-line.

Sliders that suit any data: the slope slider sets the line's angle in the
data's standard units (``w = (sd_y/sd_x)·tan θ``, θ within ±89°), so it is fine
near 0 and still reaches slopes a hundred times the data's own, and it turns
the line about the middle of the data (x̄) so it stays on the points.  The
intercept slider shifts the line up and down by up to five standard
deviations of y.  The spin boxes take any number, typed as ``1e6`` or
``-0.003``, and step by a hundredth of the data's units.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from linreg_gui.model.my_line import (
    DIFFICULTIES,
    Gap,
    RoundResult,
    Scales,
    percent_text,
)
from linreg_gui.model.text import decimal_comma, number, translate

#: The difficulty key of a round on the data already loaded.
THIS_DATA = "this"
#: Slider ticks per degree of the slope's angle, and the largest angle.
_TICKS_PER_DEGREE = 20
_MAX_DEGREES = 89.0
#: Intercept slider: ticks each side, and how many SDs of y they span.
_SHIFT_TICKS = 1000
_SHIFT_SDS = 5.0
_PARTIAL = re.compile(r"[+-]?(\d[\d,]*\.?\d*|\.\d*)?([eE][+-]?\d*)?")
#: The score's font size: readable from the back of a classroom.
SCORE_POINT_SIZE = 40


def _nice_step(value: float) -> float:
    """The 1-2-5 number at or below ``value`` (a spin box's step)."""
    if not (value > 0 and math.isfinite(value)):
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    for mantissa in (5.0, 2.0, 1.0):
        if mantissa * power <= value:
            return mantissa * power
    return power


def number_text(value: float) -> str:
    """A sum of squares or coefficient with six significant digits."""
    if not math.isfinite(value):
        return "∞" if value > 0 else "−∞" if value < 0 else "—"
    return number(value, ".6g")


def _plain_number(text: str) -> str:
    """A typed number as Python reads it: a decimal comma where the window
    writes one (then a point is read as one too), else commas as thousands."""
    if decimal_comma():
        return text.replace(",", ".").strip()
    return text.replace(",", "").strip()


class NumberBox(QDoubleSpinBox):
    """A spin box for a number of any size: ``2.77``, ``-1.5e-07``, ``3e+06``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(300)  # the text decides the digits, not the box
        self.setRange(-1e300, 1e300)
        self.setKeyboardTracking(False)  # typing "2.5" is one change, not three
        self.setAccelerated(True)

    def textFromValue(self, value: float) -> str:
        return number(value, ".6g")

    def valueFromText(self, text: str) -> float:
        try:
            return float(_plain_number(text))
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        stripped = _plain_number(text)
        try:
            value = float(stripped)
        except ValueError:
            state = (
                QValidator.State.Intermediate
                if _PARTIAL.fullmatch(stripped)
                else QValidator.State.Invalid
            )
            return state, text, pos
        ok = math.isfinite(value) and abs(value) <= 1e300
        state = QValidator.State.Acceptable if ok else QValidator.State.Intermediate
        return state, text, pos


class SsrGauge(QWidget):
    """The student's SSR as a bar, the least-squares SSR as a mark on it.

    The bar's full width is the SSR of a flat line at the mean of y (what a
    line that ignores x leaves), so it shrinks as the line improves and the
    mark shows how far it can go (1 - R² of the way).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(22)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._ssr = math.nan
        self._best: float | None = None
        self._full = math.nan
        self.setToolTip(
            translate(
                "MyLinePanel",
                "Sum of squared residuals of your line (bar) and of the least-squares "
                "line (black mark). The full bar is a flat line at the mean of y.",
            )
        )

    def set_values(self, ssr: float, best: float | None, full: float) -> None:
        self._ssr, self._best, self._full = ssr, best, full
        self.update()

    def fractions(self) -> tuple[float, float | None]:
        """Where the bar ends and the mark sits, as fractions of the width."""
        full = self._full
        scale = max(full, self._ssr) if math.isfinite(self._ssr) else full
        if not (scale > 0 and math.isfinite(scale)):
            return (0.0 if self._ssr == 0 else 1.0), (0.0 if self._best else None)
        bar = min(self._ssr / scale, 1.0) if math.isfinite(self._ssr) else 1.0
        mark = None if self._best is None else min(self._best / scale, 1.0)
        return bar, mark

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 3, -1, -3)
        painter.setPen(QPen(QColor("#B8B8B8"), 1))
        painter.setBrush(QColor("#F2F2F2"))
        painter.drawRect(rect)
        bar, mark = self.fractions()
        fill = QRectF(rect)
        fill.setWidth(rect.width() * bar)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#D55E00"))
        painter.drawRect(fill)
        if mark is not None:
            x = rect.left() + rect.width() * mark
            painter.setPen(QPen(QColor("#000000"), 3))
            top, bottom = int(rect.top()) - 3, int(rect.bottom()) + 3
            painter.drawLine(int(x), top, int(x), bottom)
        painter.end()


class MyLinePanel(QWidget):
    """What the student sets and reads beside the plot in My Line mode.

    Signals
    -------
    line_edited(float, float)
        The student set the line here (intercept, slope).
    reset_requested()
        "Start again": back to a flat line at the mean of y.
    new_round_requested(str)
        A guess-the-line round: a key of ``DIFFICULTIES`` or :data:`THIS_DATA`.
    score_requested()
        "Score my line".
    """

    line_edited = Signal(float, float)
    reset_requested = Signal()
    new_round_requested = Signal(str)
    score_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """Long on purpose: the panel's widgets, top to bottom."""
        super().__init__(parent)
        self._scales: Scales | None = None
        self._line = (0.0, 0.0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)

        self.intro = QLabel(
            translate(
                "MyLinePanel",
                "Drag the round handles or the line itself. Try to make the sum of "
                "squared residuals as small as you can.",
            )
        )
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        gauge_box = QGroupBox(translate("MyLinePanel", "Sum of squared residuals"))
        gauge_layout = QVBoxLayout(gauge_box)
        self.gauge = SsrGauge()
        self.gauge_text = QLabel("—")
        self.gauge_text.setWordWrap(True)
        self.gauge_text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        bold = QFont(self.gauge_text.font())
        bold.setBold(True)
        self.gauge_text.setFont(bold)
        gauge_layout.addWidget(self.gauge)
        gauge_layout.addWidget(self.gauge_text)
        layout.addWidget(gauge_box)

        line_box = QGroupBox(translate("MyLinePanel", "Your line  ŷ = b + w·x"))
        form = QFormLayout(line_box)
        self.slope_box = NumberBox()
        self.slope_box.setToolTip(
            translate(
                "MyLinePanel", "The slope w: type any number, e.g. {a} or -3e4"
            ).format(a=number(2.5, "g"))
        )
        self.slope_slider = QSlider(Qt.Orientation.Horizontal)
        limit = int(_MAX_DEGREES * _TICKS_PER_DEGREE)
        self.slope_slider.setRange(-limit, limit)
        self.slope_slider.setToolTip(
            translate(
                "MyLinePanel",
                "Tilts the line about the middle of the data: fine steps near flat, "
                "and steep slopes at the ends",
            )
        )
        self.intercept_box = NumberBox()
        self.intercept_box.setToolTip(
            translate("MyLinePanel", "The intercept b (ŷ at x = 0)")
        )
        self.intercept_slider = QSlider(Qt.Orientation.Horizontal)
        self.intercept_slider.setRange(-_SHIFT_TICKS, _SHIFT_TICKS)
        self.intercept_slider.setToolTip(
            translate("MyLinePanel", "Shifts the line up or down; the slope stays")
        )
        form.addRow(translate("MyLinePanel", "Slope w"), self.slope_box)
        form.addRow("", self.slope_slider)
        form.addRow(translate("MyLinePanel", "Intercept b"), self.intercept_box)
        form.addRow("", self.intercept_slider)
        self.reset_button = QPushButton(translate("MyLinePanel", "Start Again"))
        self.reset_button.setToolTip(
            translate("MyLinePanel", "A flat line at the mean of y")
        )
        form.addRow("", self.reset_button)
        layout.addWidget(line_box)

        self.squares_box = QCheckBox(translate("MyLinePanel", "Show squares"))
        self.squares_box.setToolTip(
            translate(
                "MyLinePanel",
                "Each residual as a square on screen: its side is the residual in "
                "y-pixels, so its area is r² times a fixed factor (in the legend). "
                "Least squares makes their total area smallest.",
            )
        )
        layout.addWidget(self.squares_box)
        self.squares_note = QLabel("")
        self.squares_note.setWordWrap(True)
        self.squares_note.setIndent(20)
        self.squares_note.hide()
        layout.addWidget(self.squares_note)
        self.reveal_button = QPushButton(translate("MyLinePanel", "Reveal Best Fit"))
        self.reveal_button.setCheckable(True)
        self.reveal_button.setToolTip(
            translate(
                "MyLinePanel",
                "Show the least-squares line (dashed) and, with squares on, its "
                "squares",
            )
        )
        self.descent_button = QPushButton(
            translate("MyLinePanel", "Start Gradient Descent from My Line")
        )
        self.descent_button.setToolTip(
            translate(
                "MyLinePanel",
                "Run gradient descent starting from your slope and intercept "
                "(batch gradient descent if a closed-form method is chosen)",
            )
        )
        layout.addWidget(self.reveal_button)
        layout.addWidget(self.descent_button)

        game = QGroupBox(translate("MyLinePanel", "Guess the line"))
        game_layout = QVBoxLayout(game)
        self.difficulty = QComboBox()
        self.difficulty.addItem(translate("MyLinePanel", "This data"), THIS_DATA)
        for key, english in DIFFICULTIES.items():
            text = translate("MyLine", english)  # marked in the model
            self.difficulty.addItem(text.split(":")[0], key)
            self.difficulty.setItemData(
                self.difficulty.count() - 1, text, Qt.ItemDataRole.ToolTipRole
            )
        self.difficulty.setToolTip(
            translate(
                "MyLinePanel",
                "A round on the data shown, or on new points (replacing the data)",
            )
        )
        buttons = QHBoxLayout()
        self.round_button = QPushButton(translate("MyLinePanel", "New Round"))
        self.round_button.setToolTip(
            translate(
                "MyLinePanel",
                "Hide the answer and the sum of squares; place your line, then "
                "score it",
            )
        )
        self.score_button = QPushButton(translate("MyLinePanel", "Score My Line"))
        self.score_button.setEnabled(False)
        buttons.addWidget(self.round_button)
        buttons.addWidget(self.score_button)
        self.score_label = QLabel("")
        score_font = QFont(self.score_label.font())
        score_font.setPointSize(SCORE_POINT_SIZE)
        score_font.setBold(True)
        self.score_label.setFont(score_font)
        self.score_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grade_label = QLabel("")
        self.grade_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grade_font = QFont(self.grade_label.font())
        grade_font.setPointSize(max(grade_font.pointSize() + 6, 14))
        grade_font.setBold(True)
        self.grade_label.setFont(grade_font)
        self.history_label = QLabel(
            translate(
                "MyLinePanel",
                "Score: how far your sum of squares is above the least possible "
                "(0 % is perfect).",
            )
        )
        self.history_label.setWordWrap(True)
        game_layout.addWidget(self.difficulty)
        game_layout.addLayout(buttons)
        game_layout.addWidget(self.score_label)
        game_layout.addWidget(self.grade_label)
        self.score_label.hide()
        self.grade_label.hide()
        game_layout.addWidget(self.history_label)
        layout.addWidget(game)
        layout.addStretch(1)

        self.slope_box.valueChanged.connect(self._on_slope_typed)
        self.intercept_box.valueChanged.connect(self._on_intercept_typed)
        self.slope_slider.valueChanged.connect(self._on_slope_slid)
        self.intercept_slider.valueChanged.connect(self._on_shift_slid)
        self.reset_button.clicked.connect(self.reset_requested)
        self.round_button.clicked.connect(
            lambda: self.new_round_requested.emit(str(self.difficulty.currentData()))
        )
        self.score_button.clicked.connect(self.score_requested)

    # -- the line ------------------------------------------------------------

    def set_scales(self, scales: Scales | None) -> None:
        """The data's units: the sliders' ranges and the boxes' steps."""
        self._scales = scales
        if scales is not None:
            self.slope_box.setSingleStep(_nice_step(scales.slope_unit / 50))
            self.intercept_box.setSingleStep(_nice_step(scales.y_sd / 50))
        self.show_line(*self._line)

    def show_line(self, intercept: float, slope: float) -> None:
        """Show the line's numbers without sending them back."""
        self._line = (intercept, slope)
        widgets = (
            self.slope_box,
            self.intercept_box,
            self.slope_slider,
            self.intercept_slider,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.slope_box.setValue(slope)
        self.intercept_box.setValue(intercept)
        s = self._scales
        if s is not None:
            angle = math.degrees(math.atan(slope / s.slope_unit))
            self.slope_slider.setValue(round(angle * _TICKS_PER_DEGREE))
            height = intercept + slope * s.x_mean - s.y_mean
            ticks = height / (_SHIFT_SDS * s.y_sd) * _SHIFT_TICKS
            if math.isfinite(ticks):
                ticks = min(max(ticks, -_SHIFT_TICKS), _SHIFT_TICKS)
                self.intercept_slider.setValue(round(ticks))
        for widget in widgets:
            widget.blockSignals(False)

    def _emit(self, intercept: float, slope: float) -> None:
        if math.isfinite(intercept) and math.isfinite(slope):
            self._line = (intercept, slope)
            self.line_edited.emit(intercept, slope)

    def _on_slope_typed(self, slope: float) -> None:
        self._emit(self._line[0], slope)

    def _on_intercept_typed(self, intercept: float) -> None:
        self._emit(intercept, self._line[1])

    def _on_slope_slid(self, ticks: int) -> None:
        s = self._scales
        if s is None:
            return
        b, w = self._line
        pivot = b + w * s.x_mean  # ŷ at x̄ stays: the line turns about x̄
        slope = s.slope_unit * math.tan(math.radians(ticks / _TICKS_PER_DEGREE))
        self._emit(pivot - slope * s.x_mean, slope)

    def _on_shift_slid(self, ticks: int) -> None:
        s = self._scales
        if s is None:
            return
        w = self._line[1]
        height = s.y_mean + ticks / _SHIFT_TICKS * _SHIFT_SDS * s.y_sd
        self._emit(height - w * s.x_mean, w)

    # -- the gauge -------------------------------------------------------------

    def show_gap(self, gap: Gap | None, full: float, *, hidden: bool) -> None:
        """The gauge: ``full`` is the flat line's SSR; ``hidden`` in a round."""
        if gap is None:
            self.gauge.set_values(math.nan, None, math.nan)
            self.gauge_text.setText("—")
            return
        if hidden:
            self.gauge.set_values(math.nan, None, math.nan)
            self.gauge_text.setText(
                translate("MyLinePanel", "Hidden until you score your line")
            )
            return
        self.gauge.set_values(gap.ssr, gap.best, full)
        self.gauge_text.setText(
            translate(
                "MyLinePanel",
                "Your SSR {ssr} · best {best}\n{gap} above the least possible",
            ).format(
                ssr=number_text(gap.ssr), best=number_text(gap.best), gap=gap.text()
            )
        )

    def show_square_scale(self, pixels_per_y: float, shown: bool) -> None:
        """Say how squares are drawn at the current zoom (under the checkbox)."""
        self.squares_note.setVisible(shown and math.isfinite(pixels_per_y))
        if shown and math.isfinite(pixels_per_y):
            area = pixels_per_y * pixels_per_y
            area_text = number(area, ",.0f") if area >= 100 else number(area, ".3g")
            self.squares_note.setText(
                translate(
                    "MyLinePanel",
                    "Each side is the residual measured on screen (1 y unit = "
                    "{pixels} px at this zoom), so each area is "
                    "r² × {area} px², whatever the x scale.",
                ).format(pixels=number(pixels_per_y, ".3g"), area=area_text)
            )

    # -- rounds ------------------------------------------------------------------

    def show_round(self, playing: bool) -> None:
        """A round under way (the answer hidden) or not."""
        self.score_button.setEnabled(playing)
        self.reveal_button.setEnabled(not playing)
        self.descent_button.setEnabled(not playing)
        if playing:
            self.score_label.setText("?")
            self.grade_label.setText(
                translate("MyLinePanel", "Place your line, then Score My Line")
            )
            self.score_label.show()
            self.grade_label.show()

    def show_score(self, result: RoundResult, history: list[float]) -> None:
        """A round's score, large, and the scores so far."""
        self.score_label.setText(result.gap.text())
        self.grade_label.setText(result.grade)
        rounds = ", ".join(percent_text(p) for p in history[-8:])
        self.history_label.setText(
            translate(
                "MyLinePanel", "Round {round}. Scores so far: {scores}. Best: {best}."
            ).format(round=len(history), scores=rounds, best=percent_text(min(history)))
        )
