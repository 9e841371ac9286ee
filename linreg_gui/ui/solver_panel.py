"""The solver-settings panel: how to fit, and how fast to animate the fit.

The panel only collects the user's intent.  It hides what does not apply to the
chosen method, so a student sees the knobs that matter, and it explains every
knob in a tooltip.  Two kinds of change leave it: ``choices_changed`` for
anything that needs a fresh run, and ``learning_rate_changed`` /
``speed_changed`` for what a running animation can take on from its next step,
which is the point of the lesson ("turn η up while it runs and watch it
explode").  Signals fire for the user's edits only, never for ``set_*`` calls.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from linreg_gui.model.design import MAX_DEGREE
from linreg_gui.model.fitting import (
    CLOSED_FORM_METHODS,
    ITERATIVE_METHODS,
    FitSettings,
)
from linreg_gui.model.session import DEFAULT_CHOICES, Choices
from linreg_gui.model.text import number, translate
from linreg_gui.ui.log_spin_box import WARNING_COLOUR, LogSpinBox, format_compact
from linreg_gui.ui.solver_texts import (
    DEGREE_TIP,
    EXPLANATIONS,
    INTERCEPT_TIP,
    LR_TIP,
    LR_UNSTABLE_TIP,
    STANDARDIZE_TIP,
    explanation,
    method_title,
    tip,
)
from linreg_gui.ui.whole_number_box import WholeNumberBox

#: Animation speeds offered, slowest first; ``None`` is "max".
SPEEDS: tuple[float | None, ...] = (1.0, 5.0, 20.0, 100.0, 1000.0, None)

#: Batch size an SGD run falls back to (as the model does for ``None``).
DEFAULT_BATCH = 32
MAX_BATCH = 1_000_000
MAX_ITERATIONS = 10_000_000
MAX_SEED = 2**31 - 1

_PENALISED = ("ridge", "lasso")
_UNSTABLE_COLOUR = WARNING_COLOUR.name()


class SolverPanel(QWidget):
    """The method, its hyperparameters, the model's shape and the animation speed.

    Signals
    -------
    choices_changed(Choices)
        The user changed something that needs a new run.
    learning_rate_changed(float)
        The user changed η; a running run applies it from its next step.
    speed_changed(float or None)
        The user changed the animation speed (steps per second; None = max).
    """

    choices_changed = Signal(object)
    learning_rate_changed = Signal(float)
    speed_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet = False
        self._stable_lr: float | None = None
        self._degree_enabled = True
        self._intercept_wanted = True
        # SGD always uses mini-batches; momentum and Adam default to all rows.
        # Each keeps its own batch size, so switching methods does not carry a
        # mini-batch into a full-batch method unnoticed.
        self._sgd_batch = DEFAULT_BATCH
        self._other_batch = 0
        self._labels: list[QLabel] = []
        self._shown = DEFAULT_CHOICES  # columns pass through unchanged
        self._build()
        self._connect()
        self.set_choices(DEFAULT_CHOICES)

    # -- public API ------------------------------------------------------------

    def choices(self) -> Choices:
        """The settings as shown; values that do not apply are left at defaults."""
        method = self.method()
        batch: int | None = None
        if method == "sgd" or (
            method in ("momentum", "adam") and self._batch.value() > 0
        ):
            batch = self._batch.value()
        settings = FitSettings(
            method=method,
            alpha=self._alpha.value(),
            learning_rate=self._lr.value(),
            max_iter=self._max_iter.value(),
            tol=self._tol.value(),
            stop_on=str(self._stop_on.currentData()),
            batch_size=batch,
            momentum=self._momentum.value(),
            standardize=self._standardize.isChecked(),
            test_size=self._test.value() / 100.0,
            random_state=self._seed.value(),
        )
        return replace(
            self._shown,
            settings=settings,
            degree=self._degree.value() if self._degree_enabled else 1,
            intercept=True if method == "polyfit" else self._intercept_wanted,
            steps_per_second=SPEEDS[self._speed.value()],
        )

    def set_choices(self, choices: Choices) -> None:
        """Show ``choices`` without emitting any signal.

        Values are clamped to the controls' ranges, the speed snaps to the nearest
        one offered, and an SGD batch size of ``None`` shows as 32 (what the model
        uses for it).
        """
        s = choices.settings
        self._shown = choices
        with self._silently():
            index = self._method.findData(s.method)
            if index >= 0:
                self._method.setCurrentIndex(index)
            self._alpha.setValue(s.alpha)
            self._lr.setValue(s.learning_rate)
            self._max_iter.setValue(s.max_iter)
            self._tol.setValue(s.tol)
            self._stop_on.setCurrentIndex(max(0, self._stop_on.findData(s.stop_on)))
            if s.method == "sgd":
                self._sgd_batch = s.batch_size or DEFAULT_BATCH
            elif s.method in ITERATIVE_METHODS:
                self._other_batch = s.batch_size or 0
            self._momentum.setValue(s.momentum)
            self._standardize.setChecked(s.standardize)
            self._test.setValue(round(s.test_size * 100))
            self._seed.setValue(s.random_state or 0)
            self._degree.setValue(choices.degree)
            self._intercept_wanted = choices.intercept
            self._speed.setValue(_speed_index(choices.steps_per_second))
            self._speed_label.setText(_speed_text(SPEEDS[self._speed.value()]))
            self._apply_method()

    def method(self) -> str:
        """The chosen method's key (``"gd"``, ``"ols"``, …)."""
        return str(self._method.currentData())

    def set_stable_learning_rate(self, value: float | None) -> None:
        """Show the largest stable η for the current data (None: no fixed limit)."""
        self._stable_lr = value
        self._update_learning_rate_flag()

    def is_learning_rate_unstable(self) -> bool:
        """Whether η is above the stable limit shown (the box is flagged red)."""
        limit = self._stable_lr
        return (
            self.method() in ("gd", "sgd", "momentum")
            and limit is not None
            and math.isfinite(limit)
            and self._lr.value() > limit
        )

    def set_degree_enabled(self, enabled: bool, reason: str = "") -> None:
        """Allow or forbid a polynomial; ``reason`` tells the user why not.

        While disabled, :meth:`choices` reports degree 1 and the box keeps the
        user's degree for when it is enabled again.
        """
        self._degree_enabled = enabled
        self._degree.setEnabled(enabled)
        degree_tip = tip(DEGREE_TIP)
        self._degree.setToolTip(degree_tip if enabled else f"{reason}\n\n{degree_tip}")
        self._degree_note.setText(reason)
        self._model_form.setRowVisible(self._degree_note, not enabled and bool(reason))

    # -- building ----------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(8)
        # What the panel did with a number it could not take, until the next edit.
        self._input_note = _note()
        self._input_note.setObjectName("inputNote")
        self._input_note.setStyleSheet(f"color: {_UNSTABLE_COLOUR};")
        self._input_note.hide()
        self._note_fresh = False
        layout.addWidget(self._input_note)
        layout.addWidget(self._build_method_group())
        layout.addWidget(self._build_descent_group())
        layout.addWidget(self._build_model_group())
        layout.addWidget(self._build_validation_group())
        layout.addWidget(self._build_animation_group())
        layout.addStretch(1)
        # One label width for every group, so the fields line up down the column.
        width = max(label.sizeHint().width() for label in self._labels)
        for label in self._labels:
            label.setMinimumWidth(width)
        # Stable names for tests and style sheets.
        for name, widget in (
            ("method", self._method),
            ("alpha", self._alpha),
            ("learningRate", self._lr),
            ("maxIterations", self._max_iter),
            ("tolerance", self._tol),
            ("stopOn", self._stop_on),
            ("batchSize", self._batch),
            ("momentum", self._momentum),
            ("degree", self._degree),
            ("intercept", self._intercept),
            ("standardize", self._standardize),
            ("testFraction", self._test),
            ("seed", self._seed),
            ("speed", self._speed),
        ):
            widget.setObjectName(name)

    def _build_method_group(self) -> QGroupBox:
        box = QGroupBox(translate("SolverPanel", "Method"))
        form = self._method_form = _form(box)

        self._method = QComboBox()
        self._method.setModel(_method_model())
        self._method.setToolTip(
            translate(
                "SolverPanel",
                "How the coefficients are found.\nClosed-form methods solve the "
                "least-squares problem in one step;\niterative methods start from zero "
                "and walk downhill, one step at a time, which you can watch.",
            )
        )
        # Shrinks with a narrow panel (the items elide) rather than clipping it.
        self._method.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._method.setMinimumContentsLength(12)
        self._method.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed
        )
        form.addRow(self._method)

        self._explanation = _note()
        self._explanation.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        form.addRow(self._explanation)

        self._alpha = LogSpinBox(minimum=1e-6, maximum=1e6, value=1.0)
        self._alpha.setKeyboardTracking(False)
        self._alpha.setToolTip(
            translate(
                "SolverPanel",
                "α, the penalty strength. 0 would be plain least squares;\nlarger "
                "values pull the weights toward zero (bias up, variance down).\n"
                "Arrows step 1, 2, 5 × 10ᵏ; type any value, e.g. 0.3 or 1e-3.",
            )
        )
        form.addRow(
            self._label(translate("SolverPanel", "Penalty α"), self._alpha), self._alpha
        )
        return box

    def _build_descent_group(self) -> QGroupBox:
        """The form, field by field (long on purpose: in the order it is shown)."""
        box = self._descent_box = QGroupBox(
            translate("SolverPanel", "Gradient descent")
        )
        form = self._descent_form = _form(box)

        # Any positive rate: data in large units need rates far below 1e-6.
        self._lr = LogSpinBox(minimum=1e-300, maximum=1e3, value=0.1)
        self._lr.setKeyboardTracking(False)
        self._lr.setToolTip(tip(LR_TIP))
        self._lr_note = _note()
        self._lr_note.linkActivated.connect(self.use_safe_learning_rate)
        field = QWidget()
        column = QVBoxLayout(field)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self._lr)
        column.addWidget(self._lr_note)
        form.addRow(
            self._label(translate("SolverPanel", "Learning rate η"), self._lr), field
        )

        self._max_iter = WholeNumberBox()
        self._max_iter.setRange(1, MAX_ITERATIONS)
        self._max_iter.setGroupSeparatorShown(True)
        self._max_iter.setKeyboardTracking(False)
        self._max_iter.setToolTip(
            translate(
                "SolverPanel",
                "The run stops after this many steps even if it has not converged.",
            )
        )
        form.addRow(
            self._label(translate("SolverPanel", "Max iterations"), self._max_iter),
            self._max_iter,
        )

        self._tol = LogSpinBox(
            minimum=1e-15,
            maximum=1.0,
            value=1e-6,
            zero=translate("SolverPanel", "0 (off)"),
        )
        self._tol.setKeyboardTracking(False)
        self._tol.setToolTip(
            translate(
                "SolverPanel",
                "The run has converged when the chosen quantity stays below this\n"
                "value for a few steps in a row. Smaller is more precise and slower.\n"
                "0 never stops early: exactly Max iterations steps are taken.",
            )
        )
        form.addRow(
            self._label(translate("SolverPanel", "Tolerance"), self._tol), self._tol
        )

        self._stop_on = QComboBox()
        self._stop_on.addItem(translate("SolverPanel", "gap to best fit < tol"), "gap")
        self._stop_on.addItem(
            translate("SolverPanel", "gradient ‖∇L‖ < tol"), "gradient"
        )
        self._stop_on.addItem(translate("SolverPanel", "loss change < tol"), "loss")
        self._stop_on.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._stop_on.setMinimumContentsLength(8)
        self._stop_on.setToolTip(
            translate(
                "SolverPanel",
                "gap to best fit: stop once every coefficient and the loss "
                "are within tol (relative) of the\nleast-squares answer, which the app "
                "knows: this is what 'converged' means.\ngradient: the textbook rule, "
                "stop when the slope of the loss is nearly flat.\nloss change: stop "
                "when the loss hardly changes from one step to the next.\nWhatever "
                "stops a run, the results say how far it is from least squares.",
            )
        )
        form.addRow(
            self._label(translate("SolverPanel", "Stop when"), self._stop_on),
            self._stop_on,
        )

        self._batch = WholeNumberBox()
        self._batch.setRange(0, MAX_BATCH)
        self._batch.setGroupSeparatorShown(True)
        self._batch.setSpecialValueText(_all_rows())
        self._batch.setKeyboardTracking(False)
        self._batch.setToolTip(
            translate(
                "SolverPanel",
                "Rows per gradient estimate. Small batches give cheap, noisy steps;\n"
                "'all rows' is full-batch descent. Each pass over the data reshuffles "
                "the rows (with the seed).",
            )
        )
        form.addRow(
            self._label(translate("SolverPanel", "Batch size"), self._batch),
            self._batch,
        )

        self._momentum = QDoubleSpinBox()
        self._momentum.setRange(0.0, 0.999)
        self._momentum.setDecimals(3)
        self._momentum.setSingleStep(0.05)
        self._momentum.setKeyboardTracking(False)
        self._momentum.setToolTip(
            translate(
                "SolverPanel",
                "μ, the share of the last step carried into the next (0 = plain "
                "gradient descent).\n0.9 is usual; close to 1 the line overshoots and "
                "oscillates before settling.",
            )
        )
        form.addRow(
            self._label(translate("SolverPanel", "Momentum μ"), self._momentum),
            self._momentum,
        )
        return box

    def _build_model_group(self) -> QGroupBox:
        box = QGroupBox(translate("SolverPanel", "Model"))
        form = self._model_form = _form(box)

        self._degree = WholeNumberBox()
        self._degree.setRange(1, MAX_DEGREE)
        self._degree.setKeyboardTracking(False)
        self._degree.setToolTip(tip(DEGREE_TIP))
        form.addRow(
            self._label(translate("SolverPanel", "Degree"), self._degree), self._degree
        )
        self._degree_note = _note()
        form.addRow(self._degree_note)
        form.setRowVisible(self._degree_note, False)

        self._intercept = QCheckBox(translate("SolverPanel", "Fit an intercept b"))
        self._intercept.setToolTip(tip(INTERCEPT_TIP))
        form.addRow(self._intercept)

        self._standardize = QCheckBox(translate("SolverPanel", "Standardise features"))
        self._standardize.setToolTip(tip(STANDARDIZE_TIP))
        form.addRow(self._standardize)
        return box

    def _build_validation_group(self) -> QGroupBox:
        box = QGroupBox(translate("SolverPanel", "Validation"))
        form = _form(box)

        self._test = WholeNumberBox()
        self._test.setRange(0, 90)
        self._test.setSingleStep(5)
        self._test.setSuffix(" %")
        self._test.setSpecialValueText(translate("SolverPanel", "none"))
        self._test.setKeyboardTracking(False)
        self._test.setToolTip(
            translate(
                "SolverPanel",
                "Share of the rows held back as a test set. The model never sees them "
                "while fitting,\nso their error shows how well it predicts new data "
                "(overfitting shows as a gap).",
            )
        )
        form.addRow(
            self._label(translate("SolverPanel", "Test set"), self._test), self._test
        )

        self._seed = WholeNumberBox()
        self._seed.setRange(0, MAX_SEED)
        self._seed.setKeyboardTracking(False)
        self._seed.setToolTip(
            translate(
                "SolverPanel",
                "Seeds the random train/test split and the mini-batch order.\nThe same "
                "seed repeats a run exactly; another seed shows how much luck matters.",
            )
        )
        form.addRow(
            self._label(translate("SolverPanel", "Random seed"), self._seed), self._seed
        )
        return box

    def _build_animation_group(self) -> QGroupBox:
        box = self._animation_box = QGroupBox(translate("SolverPanel", "Animation"))
        form = _form(box)
        self._speed = QSlider(Qt.Orientation.Horizontal)
        self._speed.setRange(0, len(SPEEDS) - 1)
        self._speed.setPageStep(1)
        self._speed.setTickPosition(QSlider.TickPosition.TicksBelow)
        self._speed.setTickInterval(1)
        self._speed.setToolTip(
            translate(
                "SolverPanel",
                "Gradient-descent steps shown per second. Slow speeds let you "
                "follow single steps;\n'max' runs as fast as the computer can. "
                "Takes effect at once, also during a run.",
            )
        )
        self._speed_label = QLabel()
        self._speed_label.setMinimumWidth(
            self._speed_label.fontMetrics().horizontalAdvance(_speed_text(1000.0)) + 4
        )
        self._speed_label.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self._speed, 1)
        line.addWidget(self._speed_label)
        form.addRow(self._label(translate("SolverPanel", "Speed"), self._speed), row)
        return box

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        """A form label that focuses its control and shares its tooltip."""
        label = QLabel(text)
        label.setBuddy(buddy)
        label.setToolTip(buddy.toolTip())
        self._labels.append(label)
        return label

    def _connect(self) -> None:
        self._method.currentIndexChanged.connect(self._on_method)
        self._lr.valueChanged.connect(self._on_learning_rate)
        self._speed.valueChanged.connect(self._on_speed)
        self._intercept.toggled.connect(self._on_intercept)
        self._batch.valueChanged.connect(self._on_batch)
        for spin in (
            self._alpha,
            self._max_iter,
            self._tol,
            self._momentum,
            self._degree,
            self._test,
            self._seed,
        ):
            spin.valueChanged.connect(self._on_restart_needed)
        self._stop_on.currentIndexChanged.connect(self._on_restart_needed)
        self._standardize.toggled.connect(self._on_restart_needed)
        for label, box in (
            (translate("SolverPanel", "Learning rate"), self._lr),
            ("α", self._alpha),
            (translate("SolverPanel", "Tolerance"), self._tol),
            (translate("SolverPanel", "Max iterations"), self._max_iter),
            (translate("SolverPanel", "Batch size"), self._batch),
            (translate("SolverPanel", "Degree"), self._degree),
            (translate("SolverPanel", "Test set"), self._test),
            (translate("SolverPanel", "Random seed"), self._seed),
        ):
            box.out_of_range.connect(
                lambda text, label=label: self._show_input_note(f"{label}: {text}")
            )

    def _show_input_note(self, text: str) -> None:
        """Say what happened to a number the panel could not take (never silently).

        It stays until the user's next change after the one it explains.
        """
        self._input_note.setText(text)
        self._input_note.show()
        self._note_fresh = True

    def _age_input_note(self) -> None:
        if self._note_fresh:
            self._note_fresh = False  # the change the note is about
        else:
            self._input_note.hide()

    def input_note(self) -> str:
        """The note about the last number the panel could not take, or ``""``."""
        return self._input_note.text() if self._input_note.isVisibleTo(self) else ""

    # -- reactions ---------------------------------------------------------------

    @contextmanager
    def _silently(self) -> Iterator[None]:
        """Change controls from code without telling listeners (no feedback loop)."""
        was = self._quiet
        self._quiet = True
        try:
            yield
        finally:
            self._quiet = was

    def _on_method(self) -> None:
        with self._silently():
            self._apply_method()
        self._on_restart_needed()

    def _on_learning_rate(self, value: float) -> None:
        self._update_learning_rate_flag()
        if not self._quiet:
            self._age_input_note()
            self.learning_rate_changed.emit(value)

    def _on_speed(self, index: int) -> None:
        self._speed_label.setText(_speed_text(SPEEDS[index]))
        if not self._quiet:
            self.speed_changed.emit(SPEEDS[index])

    def _on_intercept(self, checked: bool) -> None:
        if self._quiet:
            return
        self._intercept_wanted = checked
        self._on_restart_needed()

    def _on_batch(self, value: int) -> None:
        if self._quiet:
            return
        if self.method() == "sgd":
            self._sgd_batch = value
        else:
            self._other_batch = value
        self._on_restart_needed()

    def _on_restart_needed(self) -> None:
        if not self._quiet:
            self._age_input_note()
            self.choices_changed.emit(self.choices())

    def _apply_method(self) -> None:
        """Show the controls the chosen method uses, and explain the method."""
        method = self.method()
        iterative = method in ITERATIVE_METHODS
        self._explanation.setText(_keep_formulas_whole(explanation(method)))
        self._method_form.setRowVisible(self._alpha, method in _PENALISED)
        self._descent_box.setVisible(iterative)
        self._animation_box.setVisible(iterative)

        form = self._descent_form
        form.setRowVisible(self._batch, method in ("sgd", "momentum", "adam"))
        form.setRowVisible(self._momentum, method == "momentum")
        sgd = method == "sgd"
        self._batch.setMinimum(1 if sgd else 0)
        # The special text stands for the minimum: 0 = all rows, but SGD's is 1.
        self._batch.setSpecialValueText("" if sgd else _all_rows())
        self._batch.setValue(self._sgd_batch if sgd else self._other_batch)

        polyfit = method == "polyfit"
        self._intercept.setEnabled(not polyfit)
        self._intercept.setChecked(True if polyfit else self._intercept_wanted)
        self._intercept.setToolTip(
            translate("SolverPanel", "np.polyfit always fits an intercept.")
            if polyfit
            else tip(INTERCEPT_TIP)
        )
        scales = iterative or method in _PENALISED
        self._standardize.setEnabled(scales)
        self._standardize.setToolTip(
            tip(STANDARDIZE_TIP)
            if scales
            else translate(
                "SolverPanel",
                "Least squares gives the same fitted line in any units,\nso "
                "standardising changes nothing for this method.",
            )
        )
        self._update_learning_rate_flag()

    def use_safe_learning_rate(self, _link: str = "") -> None:
        """A round rate safely below the stable limit (the warning's link)."""
        if self._stable_lr is not None and math.isfinite(self._stable_lr):
            self._lr.setValue(_safe_rate(self._stable_lr))

    def _update_learning_rate_flag(self) -> None:
        method = self.method()
        limit = self._stable_lr
        note = self._lr_note
        if method == "adam":
            text = translate("SolverPanel", "no fixed limit for Adam")
        elif limit is None:
            text = ""
        elif not math.isfinite(limit):
            text = translate("SolverPanel", "any rate is stable here")
        elif method == "sgd":
            text = translate("SolverPanel", "stable below ≈{limit}").format(
                limit=_limit_text(limit)
            )
        else:
            text = translate("SolverPanel", "stable below {limit}").format(
                limit=_limit_text(limit)
            )
        unstable = self.is_learning_rate_unstable()
        limit_text = _limit_text(limit or 0.0)
        if unstable:
            text = translate(
                "SolverPanel",
                "⚠ above the stable limit {limit}: this run will explode"
                ' · <a href="safe">use {rate}</a>',
            ).format(limit=limit_text, rate=format_compact(_safe_rate(limit or 0.0)))
        note.setText(text)
        note.setVisible(bool(text))
        note.setToolTip(
            translate(
                "SolverPanel",
                "The largest learning rate for which full-batch descent converges "
                "on this data (1/λmax of XᵀX/N, times 1+μ with momentum).\nFor "
                "mini-batches it is a guide, not a guarantee.",
            )
            if text and method != "adam"
            else ""
        )
        note.setStyleSheet(f"color: {_UNSTABLE_COLOUR};" if unstable else "")
        self._lr.set_warning(unstable)
        self._lr.setToolTip(
            tip(LR_UNSTABLE_TIP).format(limit=limit_text) if unstable else tip(LR_TIP)
        )


def _method_model() -> QStandardItemModel:
    """Methods under two unselectable headings: closed form, then iterative."""
    model = QStandardItemModel()
    for heading, methods in (
        (translate("SolverPanel", "Closed form"), CLOSED_FORM_METHODS),
        (translate("SolverPanel", "Iterative"), ITERATIVE_METHODS),
    ):
        header = QStandardItem(heading.upper())
        header.setFlags(Qt.ItemFlag.NoItemFlags)
        font = QFont()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.85)
        header.setFont(font)
        model.appendRow(header)
        for key in methods:
            item = QStandardItem(method_title(key))
            item.setData(key, Qt.ItemDataRole.UserRole)
            item.setToolTip(explanation(key))
            model.appendRow(item)
    return model


def _all_rows() -> str:
    return translate("SolverPanel", "all rows")


def _form(box: QGroupBox) -> QFormLayout:
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    form.setContentsMargins(8, 6, 8, 8)
    form.setVerticalSpacing(6)
    return form


def _note() -> QLabel:
    """A small, wrapped, secondary line under a control."""
    label = QLabel()
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    palette = label.palette()
    palette.setColor(
        QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
    )
    label.setPalette(palette)
    # Wrap to the column's width instead of widening the column to fit the text.
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


def _keep_formulas_whole(text: str) -> str:
    """Forbid line breaks after "/" (a word joiner), so "−2/N" never splits."""
    return text.replace("/", "/\u2060")


def _limit_text(limit: float) -> str:
    """The limit rounded *down* to three digits, so a rate typed as shown is safe."""
    if limit <= 0 or not math.isfinite(limit):
        return format_compact(limit)
    scale = 10.0 ** (math.floor(math.log10(limit)) - 2)
    return format_compact(math.floor(limit / scale * (1 + 1e-12)) * scale)


def _safe_rate(limit: float) -> float:
    """90 % of the limit rounded down to one significant digit (0.0845 → 0.07)."""
    if limit <= 0 or not math.isfinite(limit):
        return limit
    target = 0.9 * limit
    exponent = math.floor(math.log10(target))
    digit = math.floor(target / 10.0**exponent * (1 + 1e-12))
    return float(f"{digit}e{exponent}")  # exactly 0.07, not 0.07000000000000001


def _speed_index(speed: float | None) -> int:
    """The offered speed nearest ``speed`` (on a log scale)."""
    if speed is None or not math.isfinite(speed):
        return len(SPEEDS) - 1
    finite = [(i, s) for i, s in enumerate(SPEEDS) if s is not None]
    target = math.log(max(speed, 1e-9))
    return min(finite, key=lambda pair: abs(math.log(pair[1]) - target))[0]


def _speed_text(speed: float | None) -> str:
    if speed is None:
        return translate("SolverPanel", "max")
    return translate("SolverPanel", "{speed} /s").format(speed=number(speed, "g"))


__all__ = ["EXPLANATIONS", "SPEEDS", "SolverPanel"]
