"""The "Generate data" dialog: a line with noise, to see what a fit recovers.

Students learn most from data whose truth they know: choose the slope and the
intercept, add noise, and compare the fitted coefficients with the ones chosen.
The dialog only asks; :func:`linreg_gui.model.examples.generate_linear` makes
the points (``generate_linear(**dialog.parameters())``).
"""

from __future__ import annotations

from typing import TypedDict

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from linreg_gui.model.examples import MAX_GENERATED_ROWS, MIN_GENERATED_ROWS
from linreg_gui.model.text import QT_TRANSLATE_NOOP, number, translate
from linreg_gui.ui.log_spin_box import WARNING_COLOUR

#: Largest magnitude the number boxes accept; beyond it plots lose their meaning.
_LIMIT = 1e6
_MAX_SEED = 2**31 - 1
_RANDOM_SEED = -1


class GenerateParameters(TypedDict):
    """Keyword arguments of :func:`~linreg_gui.model.examples.generate_linear`."""

    n: int
    slope: float
    intercept: float
    noise: float
    seed: int | None
    x_low: float
    x_high: float
    generator: str


#: The textbook's line y = 4 + 3x + N(0, 1) on [0, 2), with its seed and its
#: generator: the same 100 points as the book (fit: 4.2151, 2.7701).
DEFAULT_PARAMETERS = GenerateParameters(
    n=100,
    slope=3.0,
    intercept=4.0,
    noise=1.0,
    seed=42,
    x_low=0.0,
    x_high=2.0,
    generator="classic",
)
#: The generator box: what it says, and the ``generate_linear`` name.
_GENERATOR_CHOICES = (
    (
        QT_TRANSLATE_NOOP("GenerateDialog", "np.random.seed, as the tutorials"),
        "classic",
    ),
    ("np.random.default_rng", "default_rng"),
)


class GenerateDataDialog(QDialog):
    """Ask for the points, the true line, the noise and the seed."""

    def __init__(
        self,
        parent: QWidget | None = None,
        parameters: GenerateParameters | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("GenerateDialog", "Generate data"))
        self._build()
        self.set_parameters(parameters or DEFAULT_PARAMETERS)

    # -- public API --------------------------------------------------------------

    def parameters(self) -> GenerateParameters:
        """The values shown, as ``generate_linear`` keyword arguments."""
        seed = self._seed.value()
        return GenerateParameters(
            n=self._n.value(),
            slope=self._slope.value(),
            intercept=self._intercept.value(),
            noise=self._noise.value(),
            seed=None if seed == _RANDOM_SEED else seed,
            x_low=self._x_low.value(),
            x_high=self._x_high.value(),
            generator=str(self._generator.currentData()),
        )

    def set_parameters(self, parameters: GenerateParameters) -> None:
        """Show ``parameters`` (clamped to the boxes' ranges)."""
        self._n.setValue(parameters["n"])
        self._slope.setValue(parameters["slope"])
        self._intercept.setValue(parameters["intercept"])
        self._noise.setValue(parameters["noise"])
        seed = parameters["seed"]
        self._seed.setValue(_RANDOM_SEED if seed is None else seed)
        self._x_low.setValue(parameters["x_low"])
        self._x_high.setValue(parameters["x_high"])
        index = self._generator.findData(parameters.get("generator", "classic"))
        self._generator.setCurrentIndex(max(0, index))
        self._update()

    # -- building ----------------------------------------------------------------

    def _build(self) -> None:
        """The form, field by field (long on purpose: in the order it is shown)."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self._n = QSpinBox()
        self._n.setRange(MIN_GENERATED_ROWS, MAX_GENERATED_ROWS)
        self._n.setGroupSeparatorShown(True)
        self._n.setSingleStep(10)
        self._n.setToolTip(
            translate(
                "GenerateDialog",
                "How many points, {low} to {high}. More points pin the line down "
                "better.",
            ).format(
                low=number(MIN_GENERATED_ROWS, ","),
                high=number(MAX_GENERATED_ROWS, ","),
            )
        )
        form.addRow(translate("GenerateDialog", "&Points:"), self._n)

        self._slope = _number(
            translate(
                "GenerateDialog",
                "The true slope w: how much y rises when x rises by 1.",
            ),
            minimum=-_LIMIT,
        )
        form.addRow(translate("GenerateDialog", "&Slope w:"), self._slope)

        self._intercept = _number(
            translate(
                "GenerateDialog", "The true intercept b: the line's height at x = 0."
            ),
            minimum=-_LIMIT,
        )
        form.addRow(translate("GenerateDialog", "&Intercept b:"), self._intercept)

        self._noise = _number(
            translate(
                "GenerateDialog",
                "Standard deviation of the Gaussian noise added to each y.\n"
                "0 puts every point on the line; larger values scatter them.",
            ),
            minimum=0.0,
        )
        form.addRow(translate("GenerateDialog", "&Noise SD:"), self._noise)

        self._x_low = _number(
            translate("GenerateDialog", "Smallest x (x is drawn uniformly)."),
            minimum=-_LIMIT,
        )
        self._x_high = _number(
            translate("GenerateDialog", "Largest x (x is drawn uniformly)."),
            minimum=-_LIMIT,
        )
        self._x_low.setAccessibleName(translate("GenerateDialog", "Smallest x"))
        self._x_high.setAccessibleName(translate("GenerateDialog", "Largest x"))
        span = QWidget()
        row = QHBoxLayout(span)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._x_low, 1)
        row.addWidget(QLabel(translate("GenerateDialog", "to")))
        row.addWidget(self._x_high, 1)
        x_label = QLabel(translate("GenerateDialog", "&x from:"))
        x_label.setBuddy(self._x_low)
        form.addRow(x_label, span)

        self._seed = QSpinBox()
        self._seed.setRange(_RANDOM_SEED, _MAX_SEED)
        self._seed.setSpecialValueText(translate("GenerateDialog", "random"))
        self._seed.setToolTip(
            translate(
                "GenerateDialog",
                "The same seed gives the same points every time, so a class can share "
                "them.\nStep below 0 for 'random': new points on every generation.",
            )
        )
        form.addRow(translate("GenerateDialog", "S&eed:"), self._seed)

        self._generator = QComboBox()
        for text, key in _GENERATOR_CHOICES:
            self._generator.addItem(translate("GenerateDialog", text), key)
        self._generator.setToolTip(
            translate(
                "GenerateDialog",
                "np.random.seed draws the numbers the tutorials print (seed 42 gives "
                "their {b} and {w});\nnp.random.default_rng is NumPy's newer "
                "generator: other points from the same law.",
            ).format(b=number(4.2151, "g"), w=number(2.7701, "g"))
        )
        form.addRow(translate("GenerateDialog", "&Random numbers:"), self._generator)

        self._preview = QLabel()
        self._preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._preview.setToolTip(
            translate("GenerateDialog", "The recipe the points follow.")
        )
        self._problem = QLabel()
        self._problem.setWordWrap(True)
        palette = self._problem.palette()
        palette.setColor(QPalette.ColorRole.WindowText, WARNING_COLOUR)
        self._problem.setPalette(palette)

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("GenerateDialog", "Generate"))
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(4)
        layout.addWidget(self._preview)
        layout.addWidget(self._problem)
        layout.addWidget(self._buttons)

        for name, widget in (
            ("points", self._n),
            ("slope", self._slope),
            ("intercept", self._intercept),
            ("noise", self._noise),
            ("xLow", self._x_low),
            ("xHigh", self._x_high),
            ("seed", self._seed),
            ("generator", self._generator),
        ):
            widget.setObjectName(name)  # stable names for tests
            if (
                isinstance(widget, (QSpinBox, QDoubleSpinBox))
                and widget is not self._seed
            ):
                widget.valueChanged.connect(self._update)

    def _update(self) -> None:
        """Show the recipe; refuse an empty x range inline rather than on OK."""
        p = self.parameters()
        sign = "−" if p["intercept"] < 0 else "+"
        self._preview.setText(
            translate(
                "GenerateDialog",
                "y = {slope}·x {sign} {intercept} + N(0, {noise}²),   {n} points",
            ).format(
                slope=number(p["slope"], "g"),
                sign=sign,
                intercept=number(abs(p["intercept"]), "g"),
                noise=number(p["noise"], "g"),
                n=number(p["n"], ","),
            )
        )
        problem = ""
        if not p["x_low"] < p["x_high"]:
            problem = translate(
                "GenerateDialog", "The smallest x must be below the largest x."
            )
        self._problem.setText(problem)
        self._problem.setVisible(bool(problem))
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)


class _NumberBox(QDoubleSpinBox):
    """A number box that shows 3 rather than 3.0000 (trailing zeros dropped)."""

    def textFromValue(self, value: float) -> str:
        text = super().textFromValue(value)
        point = self.locale().decimalPoint()
        if point in text:
            text = text.rstrip("0").rstrip(point)
        return text


def _number(tip: str, *, minimum: float) -> QDoubleSpinBox:
    spin = _NumberBox()
    spin.setRange(minimum, _LIMIT)
    spin.setDecimals(4)
    spin.setSingleStep(0.5)
    spin.setToolTip(tip)
    return spin
