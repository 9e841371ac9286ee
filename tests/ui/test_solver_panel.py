"""The solver panel and its log-scale spin box: what the user sees for each
method, and which signal each edit sends (only for edits, never for set_*)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QSlider,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from linreg_gui.model.fitting import ITERATIVE_METHODS, METHODS, FitSettings
from linreg_gui.model.session import DEFAULT_CHOICES, Choices
from linreg_gui.ui.log_spin_box import LogSpinBox, format_compact
from linreg_gui.ui.solver_panel import EXPLANATIONS, SPEEDS, SolverPanel

pytestmark = pytest.mark.gui


class Recorder:
    """Collects every signal the panel sends, in order."""

    def __init__(self, panel: SolverPanel) -> None:
        self.choices: list[Choices] = []
        self.rates: list[float] = []
        self.speeds: list[float | None] = []
        panel.choices_changed.connect(self.choices.append)
        panel.learning_rate_changed.connect(self.rates.append)
        panel.speed_changed.connect(self.speeds.append)

    @property
    def total(self) -> int:
        return len(self.choices) + len(self.rates) + len(self.speeds)


@pytest.fixture
def panel(qtbot: QtBot) -> SolverPanel:
    widget = SolverPanel()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def control(panel: SolverPanel, kind: type[QWidget], name: str) -> QWidget:
    widget = panel.findChild(kind, name)
    assert widget is not None, name
    return widget


def choose(panel: SolverPanel, method: str) -> None:
    """Pick a method in the combo box as a user would."""
    combo = control(panel, QComboBox, "method")
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(method))


def shown(panel: SolverPanel, name: str) -> bool:
    widget = panel.findChild(QWidget, name)
    assert widget is not None, name
    return widget.isVisibleTo(panel)


# -- LogSpinBox ----------------------------------------------------------------------


@pytest.fixture
def box(qtbot: QtBot) -> LogSpinBox:
    spin = LogSpinBox(minimum=1e-6, maximum=10.0, value=0.01)
    qtbot.addWidget(spin)
    spin.show()
    return spin


def test_log_spin_steps_along_the_1_2_5_ladder(box: LogSpinBox) -> None:
    seen = []
    for _ in range(4):
        box.stepBy(1)
        seen.append(box.value())
    assert seen == [0.02, 0.05, 0.1, 0.2]
    box.stepBy(-5)
    assert box.value() == 0.005


def test_log_spin_arrow_keys_and_page_keys(qtbot: QtBot, box: LogSpinBox) -> None:
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.value() == 0.02
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.value() == 0.005
    qtbot.keyClick(box, Qt.Key.Key_PageUp)  # ten rungs: three decades and a bit
    assert box.value() == 10.0  # clamped at the maximum


def test_log_spin_steps_from_a_value_between_rungs(box: LogSpinBox) -> None:
    box.setValue(0.0475)
    box.stepBy(1)
    assert box.value() == 0.05
    box.setValue(0.0475)
    box.stepBy(-1)
    assert box.value() == 0.02


def test_log_spin_clamps_at_the_ends(box: LogSpinBox) -> None:
    box.setValue(1e-6)
    box.stepBy(-3)
    assert box.value() == 1e-6
    assert not box.stepEnabled() & QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
    box.setValue(7.0)
    box.stepBy(2)
    assert box.value() == 10.0
    assert not box.stepEnabled() & QAbstractSpinBox.StepEnabledFlag.StepUpEnabled


@pytest.mark.parametrize(
    ("value", "text"),
    [(0.001, "0.001"), (2e-5, "2e-05"), (0.475, "0.475"), (10.0, "10"), (0.3, "0.3")],
)
def test_log_spin_shows_values_compactly(
    box: LogSpinBox, value: float, text: str
) -> None:
    box.setValue(value)
    assert box.text() == text
    assert format_compact(value) == text


@pytest.mark.parametrize(
    ("typed", "value"),
    [("1e-3", 0.001), ("0.05", 0.05), ("2E-5", 2e-5), ("0,5", 0.5), (" 3 ", 3.0)],
)
def test_log_spin_accepts_typed_values(
    qtbot: QtBot, box: LogSpinBox, typed: str, value: float
) -> None:
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), typed)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.value() == pytest.approx(value, rel=1e-15)


def test_log_spin_validation_states(box: LogSpinBox) -> None:
    state = QValidator.State
    assert box.validate("1e-3", 0)[0] == state.Acceptable
    assert box.validate("1e", 0)[0] == state.Intermediate
    assert box.validate("", 0)[0] == state.Intermediate
    assert box.validate("0.0000001", 0)[0] == state.Intermediate  # below range
    assert box.validate("100", 0)[0] == state.Intermediate  # above range
    assert box.validate("abc", 0)[0] == state.Invalid
    assert box.valueFromText("1e-3") == 0.001


def test_log_spin_rejects_a_bad_range(qtbot: QtBot) -> None:
    with pytest.raises(ValueError, match="minimum"):
        LogSpinBox(minimum=0.0, maximum=1.0)


def test_log_spin_warning_outline(box: LogSpinBox) -> None:
    assert not box.warning()
    box.set_warning(True)
    assert box.warning()
    box.grab()  # paints the outline without error


# -- SolverPanel: defaults, layout, tooltips -------------------------------------------


def test_defaults_are_the_textbook_run(panel: SolverPanel) -> None:
    choices = panel.choices()
    assert choices == DEFAULT_CHOICES
    assert choices.settings.method == "gd"
    assert choices.settings.learning_rate == 0.1
    assert choices.steps_per_second == 20.0
    assert panel.method() == "gd"


def test_fits_a_300_pixel_column(panel: SolverPanel) -> None:
    assert panel.minimumSizeHint().width() <= 300
    for method in METHODS:
        choose(panel, method)
        assert panel.sizeHint().width() <= 300, method


CONTROLS = (
    "method",
    "alpha",
    "learningRate",
    "maxIterations",
    "tolerance",
    "stopOn",
    "batchSize",
    "momentum",
    "degree",
    "intercept",
    "standardize",
    "testFraction",
    "seed",
    "speed",
)


@pytest.mark.parametrize("method", METHODS)
def test_every_control_has_a_teaching_tooltip(panel: SolverPanel, method: str) -> None:
    choose(panel, method)
    for name in CONTROLS:
        assert len(control(panel, QWidget, name).toolTip()) > 30, name


def test_method_combo_groups_closed_form_and_iterative(panel: SolverPanel) -> None:
    combo = control(panel, QComboBox, "method")
    assert isinstance(combo, QComboBox)
    keys = [combo.itemData(i) for i in range(combo.count())]
    headers = [i for i, key in enumerate(keys) if key is None]
    assert [combo.itemText(i) for i in headers] == ["CLOSED FORM", "ITERATIVE"]
    assert [k for k in keys if k is not None] == list(METHODS)
    first_iterative = keys.index(ITERATIVE_METHODS[0])
    assert headers[1] == first_iterative - 1
    model = combo.model()
    for i in headers:
        assert not model.flags(model.index(i, 0)) & Qt.ItemFlag.ItemIsSelectable


def _labels(panel: SolverPanel) -> list[QLabel]:
    return [w for w in panel.findChildren(QLabel) if w.isVisibleTo(panel)]


@pytest.mark.parametrize("method", METHODS)
def test_each_method_explains_itself(panel: SolverPanel, method: str) -> None:
    choose(panel, method)
    texts = [label.text().replace("\u2060", "") for label in _labels(panel)]
    assert EXPLANATIONS[method] in texts


def test_batch_gd_explanation_gives_the_update_rule(panel: SolverPanel) -> None:
    text = EXPLANATIONS["gd"]
    assert "w ← w − η·∂L/∂w" in text
    assert "−2/N·Σx(y − ŷ)" in text


# -- which controls apply ------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "visible"),
    [
        ("ols", set()),
        ("normal", set()),
        ("lstsq", set()),
        ("polyfit", set()),
        ("ridge", {"alpha"}),
        ("lasso", {"alpha"}),
        ("gd", {"learningRate", "maxIterations", "tolerance", "stopOn", "speed"}),
        (
            "sgd",
            {
                "learningRate",
                "maxIterations",
                "tolerance",
                "stopOn",
                "batchSize",
                "speed",
            },
        ),
        (
            "momentum",
            {
                "learningRate",
                "maxIterations",
                "tolerance",
                "stopOn",
                "batchSize",
                "momentum",
                "speed",
            },
        ),
        (
            "adam",
            {
                "learningRate",
                "maxIterations",
                "tolerance",
                "stopOn",
                "batchSize",
                "speed",
            },
        ),
    ],
)
def test_only_the_settings_a_method_uses_are_shown(
    panel: SolverPanel, method: str, visible: set[str]
) -> None:
    choose(panel, method)
    optional = {
        "alpha",
        "learningRate",
        "maxIterations",
        "tolerance",
        "stopOn",
        "batchSize",
        "momentum",
        "speed",
    }
    assert {name for name in optional if shown(panel, name)} == visible
    for always in (
        "method",
        "degree",
        "intercept",
        "standardize",
        "testFraction",
        "seed",
    ):
        assert shown(panel, always), always


@pytest.mark.parametrize("method", METHODS)
def test_standardise_is_enabled_only_where_it_changes_the_fit(
    panel: SolverPanel, method: str
) -> None:
    choose(panel, method)
    standardize = control(panel, QCheckBox, "standardize")
    expected = method in (*ITERATIVE_METHODS, "ridge", "lasso")
    assert standardize.isEnabled() == expected


def test_polyfit_forces_the_intercept_and_then_restores_the_choice(
    panel: SolverPanel,
) -> None:
    intercept = control(panel, QCheckBox, "intercept")
    assert isinstance(intercept, QCheckBox)
    intercept.setChecked(False)
    assert panel.choices().intercept is False
    choose(panel, "polyfit")
    assert intercept.isChecked()
    assert not intercept.isEnabled()
    assert panel.choices().intercept is True
    choose(panel, "ols")
    assert intercept.isEnabled()
    assert not intercept.isChecked()
    assert panel.choices().intercept is False


def test_batch_size_per_method(panel: SolverPanel) -> None:
    batch = control(panel, QSpinBox, "batchSize")
    assert isinstance(batch, QSpinBox)
    assert panel.choices().settings.batch_size is None  # gd: full data
    choose(panel, "sgd")
    assert batch.value() == 32
    assert batch.minimum() == 1
    assert panel.choices().settings.batch_size == 32
    batch.setValue(16)
    choose(panel, "momentum")
    assert batch.text() == "all rows"
    assert panel.choices().settings.batch_size is None
    batch.setValue(8)
    assert panel.choices().settings.batch_size == 8
    choose(panel, "sgd")
    assert panel.choices().settings.batch_size == 16
    choose(panel, "adam")
    assert panel.choices().settings.batch_size == 8
    choose(panel, "gd")
    assert panel.choices().settings.batch_size is None


# -- signals -----------------------------------------------------------------------


def test_method_change_sends_one_choices_changed(panel: SolverPanel) -> None:
    record = Recorder(panel)
    choose(panel, "sgd")  # also resets the batch box internally
    assert len(record.choices) == 1
    assert record.total == 1
    assert record.choices[0].settings.method == "sgd"
    assert record.choices[0].settings.batch_size == 32


def test_learning_rate_edit_sends_only_learning_rate_changed(
    qtbot: QtBot, panel: SolverPanel
) -> None:
    record = Recorder(panel)
    lr = control(panel, LogSpinBox, "learningRate")
    qtbot.keyClick(lr, Qt.Key.Key_Up)
    assert record.rates == [0.2]
    lr.lineEdit().selectAll()
    qtbot.keyClicks(lr.lineEdit(), "1e-3")
    assert record.rates == [0.2]  # nothing while typing
    qtbot.keyClick(lr, Qt.Key.Key_Return)
    assert record.rates == [0.2, 0.001]
    assert record.choices == []
    assert record.speeds == []
    assert panel.choices().settings.learning_rate == 0.001


def test_speed_edit_sends_only_speed_changed(panel: SolverPanel) -> None:
    record = Recorder(panel)
    slider = control(panel, QSlider, "speed")
    assert isinstance(slider, QSlider)
    slider.setValue(0)
    slider.setValue(slider.maximum())
    slider.setValue(2)
    assert record.speeds == [1.0, None, 20.0]
    assert record.total == 3
    assert panel.choices().steps_per_second == 20.0


@pytest.mark.parametrize(
    ("name", "kind", "value", "check"),
    [
        ("maxIterations", QSpinBox, 250, lambda c: c.settings.max_iter == 250),
        ("tolerance", LogSpinBox, 1e-9, lambda c: c.settings.tol == 1e-9),
        ("stopOn", QComboBox, 2, lambda c: c.settings.stop_on == "loss"),
        ("momentum", QDoubleSpinBox, 0.5, lambda c: c.settings.momentum == 0.5),
        ("alpha", LogSpinBox, 0.3, lambda c: c.settings.alpha == 0.3),
        ("degree", QSpinBox, 3, lambda c: c.degree == 3),
        ("intercept", QCheckBox, False, lambda c: c.intercept is False),
        ("standardize", QCheckBox, True, lambda c: c.settings.standardize is True),
        ("testFraction", QSpinBox, 25, lambda c: c.settings.test_size == 0.25),
        ("seed", QSpinBox, 7, lambda c: c.settings.random_state == 7),
    ],
)
def test_restart_settings_send_choices_changed(
    panel: SolverPanel, name: str, kind: type[QWidget], value: object, check: object
) -> None:
    record = Recorder(panel)
    widget = control(panel, kind, name)
    if isinstance(widget, QComboBox):
        widget.setCurrentIndex(int(value))  # type: ignore[call-overload]
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    else:
        widget.setValue(value)  # type: ignore[attr-defined]
    assert len(record.choices) == 1, name
    assert record.total == 1
    assert check(record.choices[0])  # type: ignore[operator]
    assert record.choices[0] == panel.choices()


def test_batch_edit_sends_choices_changed(panel: SolverPanel) -> None:
    choose(panel, "sgd")
    record = Recorder(panel)
    control(panel, QSpinBox, "batchSize").setValue(64)  # type: ignore[attr-defined]
    assert [c.settings.batch_size for c in record.choices] == [64]


# -- set_choices -------------------------------------------------------------------


ROUND_TRIPS = [
    DEFAULT_CHOICES,
    Choices(
        settings=FitSettings(
            method="sgd",
            learning_rate=0.05,
            max_iter=5000,
            tol=1e-8,
            stop_on="loss",
            batch_size=16,
            test_size=0.2,
            random_state=7,
            standardize=True,
        ),
        degree=3,
        intercept=False,
        steps_per_second=5.0,
    ),
    Choices(
        settings=FitSettings(method="momentum", learning_rate=2e-5, momentum=0.5),
        degree=1,
        intercept=True,
        steps_per_second=None,
    ),
    Choices(
        settings=FitSettings(
            method="adam", learning_rate=0.3, batch_size=64, test_size=0.35
        ),
        degree=2,
        intercept=True,
        steps_per_second=1000.0,
    ),
    Choices(
        settings=FitSettings(method="ridge", alpha=0.3, standardize=True),
        degree=10,
        intercept=True,
        steps_per_second=1.0,
    ),
    Choices(
        settings=FitSettings(method="lasso", alpha=1e-4, random_state=123456),
        degree=1,
        intercept=False,
        steps_per_second=20.0,
    ),
    Choices(settings=FitSettings(method="ols"), degree=4, steps_per_second=100.0),
]


@pytest.mark.parametrize("choices", ROUND_TRIPS, ids=lambda c: c.settings.method)
def test_set_choices_round_trips_without_signals(
    qtbot: QtBot, panel: SolverPanel, choices: Choices
) -> None:
    record = Recorder(panel)
    panel.set_choices(choices)
    assert panel.choices() == choices
    assert record.total == 0
    panel.set_choices(DEFAULT_CHOICES)
    assert panel.choices() == DEFAULT_CHOICES
    assert record.total == 0


def test_set_choices_snaps_speed_to_the_nearest_offered(panel: SolverPanel) -> None:
    panel.set_choices(
        Choices(settings=FitSettings(method="gd"), steps_per_second=150.0)
    )
    assert panel.choices().steps_per_second == 100.0
    assert None in SPEEDS


def test_set_choices_keeps_the_other_methods_batch_sizes(panel: SolverPanel) -> None:
    panel.set_choices(
        Choices(
            settings=FitSettings(method="sgd", batch_size=10), steps_per_second=100.0
        )
    )
    choose(panel, "adam")
    assert panel.choices().settings.batch_size is None
    choose(panel, "sgd")
    assert panel.choices().settings.batch_size == 10


# -- stable learning rate ------------------------------------------------------------


def _note_texts(panel: SolverPanel) -> str:
    return " | ".join(label.text() for label in _labels(panel))


def test_stable_limit_is_shown_and_flags_a_rate_above_it(panel: SolverPanel) -> None:
    lr = control(panel, LogSpinBox, "learningRate")
    assert isinstance(lr, LogSpinBox)
    panel.set_stable_learning_rate(0.4753)
    assert "stable below 0.475" in _note_texts(panel)
    assert not panel.is_learning_rate_unstable()
    assert not lr.warning()
    lr.setValue(0.5)
    assert panel.is_learning_rate_unstable()
    assert lr.warning()
    assert "above the stable limit" in lr.toolTip().lower()
    assert "explode" in lr.toolTip()
    assert "explode" in _note_texts(panel)
    lr.setValue(0.2)
    assert not lr.warning()
    assert "above the stable limit" not in lr.toolTip().lower()


def test_new_limit_reflags_the_current_rate(panel: SolverPanel) -> None:
    lr = control(panel, LogSpinBox, "learningRate")
    assert isinstance(lr, LogSpinBox)
    record = Recorder(panel)
    panel.set_stable_learning_rate(0.05)  # lr is 0.1
    assert lr.warning()
    panel.set_stable_learning_rate(1.0)
    assert not lr.warning()
    assert record.total == 0


@pytest.mark.parametrize(
    ("limit", "safe"), [(0.0845, 0.07), (0.4753, 0.4), (2.0, 1.0), (1.2e-4, 1e-4)]
)
def test_warning_offers_a_safe_rate(
    panel: SolverPanel, limit: float, safe: float
) -> None:
    lr = control(panel, LogSpinBox, "learningRate")
    assert isinstance(lr, LogSpinBox)
    lr.setValue(5.0)
    panel.set_stable_learning_rate(limit)
    note = next(label for label in _labels(panel) if "explode" in label.text())
    assert f"use {safe:g}" in note.text()
    record = Recorder(panel)
    note.linkActivated.emit("safe")  # the user clicks the link
    assert lr.value() == safe
    assert not panel.is_learning_rate_unstable()
    assert "explode" not in _note_texts(panel)
    assert record.rates[-1] == safe  # the window hears of the new rate


def test_shown_limit_is_rounded_down(panel: SolverPanel) -> None:
    panel.set_stable_learning_rate(0.4759)
    assert "stable below 0.475" in _note_texts(panel)


def test_momentum_and_sgd_are_flagged_too(panel: SolverPanel) -> None:
    lr = control(panel, LogSpinBox, "learningRate")
    assert isinstance(lr, LogSpinBox)
    panel.set_stable_learning_rate(0.05)
    for method in ("sgd", "momentum"):
        choose(panel, method)
        assert lr.warning(), method
    panel.set_stable_learning_rate(0.5)
    assert "stable below 0.5" in _note_texts(panel)  # momentum: an exact bound
    choose(panel, "sgd")
    assert "stable below ≈0.5" in _note_texts(panel)


def test_adam_has_no_fixed_limit(panel: SolverPanel) -> None:
    lr = control(panel, LogSpinBox, "learningRate")
    assert isinstance(lr, LogSpinBox)
    choose(panel, "adam")
    panel.set_stable_learning_rate(None)
    assert "no fixed limit for Adam" in _note_texts(panel)
    lr.setValue(5.0)
    assert not lr.warning()


def test_no_limit_known_hides_the_note(panel: SolverPanel) -> None:
    panel.set_stable_learning_rate(None)
    assert "stable" not in _note_texts(panel)
    panel.set_stable_learning_rate(float("inf"))
    assert "any rate is stable" in _note_texts(panel)
    assert not panel.is_learning_rate_unstable()


# -- degree -------------------------------------------------------------------------


def test_degree_can_be_disabled_with_a_reason(panel: SolverPanel) -> None:
    degree = control(panel, QSpinBox, "degree")
    assert isinstance(degree, QSpinBox)
    degree.setValue(4)
    record = Recorder(panel)
    reason = "A polynomial needs exactly one x column; 2 are chosen."
    panel.set_degree_enabled(False, reason)
    assert not degree.isEnabled()
    assert reason in degree.toolTip()
    assert reason in _note_texts(panel)
    assert panel.choices().degree == 1
    panel.set_degree_enabled(True)
    assert degree.isEnabled()
    assert reason not in _note_texts(panel)
    assert panel.choices().degree == 4
    assert record.total == 0


def test_degree_range_is_one_to_ten(panel: SolverPanel) -> None:
    degree = control(panel, QSpinBox, "degree")
    assert isinstance(degree, QSpinBox)
    assert (degree.minimum(), degree.maximum()) == (1, 10)
    test = control(panel, QSpinBox, "testFraction")
    assert isinstance(test, QSpinBox)
    assert (test.minimum(), test.maximum()) == (0, 90)
    assert test.text() == "none"
    test.setValue(20)
    assert test.text() == "20 %"


def test_any_positive_learning_rate_can_be_typed_and_the_safe_link_keeps_it(
    qtbot: QtBot, panel: SolverPanel
) -> None:
    lr = control(panel, LogSpinBox, "learningRate")
    assert isinstance(lr, LogSpinBox)
    lr.lineEdit().selectAll()
    qtbot.keyClicks(lr.lineEdit(), "3e-9")
    qtbot.keyClick(lr, Qt.Key.Key_Return)
    assert panel.choices().settings.learning_rate == 3e-9
    # Data in large units: the stable limit is far below 1e-6.
    panel.set_stable_learning_rate(3.3e-7)
    panel.use_safe_learning_rate()
    assert panel.choices().settings.learning_rate == 2e-7
    assert not panel.is_learning_rate_unstable()


def test_a_tolerance_of_zero_runs_every_iteration(
    qtbot: QtBot, panel: SolverPanel
) -> None:
    tol = control(panel, LogSpinBox, "tolerance")
    assert isinstance(tol, LogSpinBox)
    tol.lineEdit().selectAll()
    qtbot.keyClicks(tol.lineEdit(), "0")
    qtbot.keyClick(tol, Qt.Key.Key_Return)
    assert panel.choices().settings.tol == 0.0
    assert tol.text() == "0 (off)"
    tol.stepBy(1)  # up from 0: the smallest tolerance
    assert tol.value() == 1e-15
    tol.stepBy(-1)
    assert tol.value() == 0.0
    tol.stepBy(-1)
    assert tol.value() == 0.0
    panel.set_choices(
        replace(panel.choices(), settings=replace(panel.choices().settings, tol=0.0))
    )
    assert panel.choices().settings.tol == 0.0


def _type(qtbot: QtBot, box: QWidget, text: str) -> None:
    box.lineEdit().selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(box.lineEdit(), text)  # type: ignore[attr-defined]
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_typed_numbers_are_read_as_people_write_them(
    qtbot: QtBot, panel: SolverPanel
) -> None:
    iterations = control(panel, QSpinBox, "maxIterations")
    _type(qtbot, iterations, "1e6")
    assert panel.choices().settings.max_iter == 1_000_000
    _type(qtbot, iterations, "25,000")
    assert panel.choices().settings.max_iter == 25_000
    assert panel.input_note() == ""


def test_a_number_out_of_range_is_changed_and_the_panel_says_so(
    qtbot: QtBot, panel: SolverPanel
) -> None:
    test = control(panel, QSpinBox, "testFraction")
    _type(qtbot, test, "100")
    assert panel.choices().settings.test_size == 0.9
    assert (
        "Test set" in panel.input_note()
        and "largest allowed is 90" in panel.input_note()
    )
    lr = control(panel, LogSpinBox, "learningRate")
    _type(qtbot, lr, "-1")
    assert panel.choices().settings.learning_rate == 0.1  # kept, not 1
    assert "Learning rate: -1 is not possible here (it must be above 0)" in (
        panel.input_note()
    )
    iterations = control(panel, QSpinBox, "maxIterations")
    _type(qtbot, iterations, "1e9")
    assert panel.choices().settings.max_iter == 10_000_000
    assert "largest allowed is 10,000,000" in panel.input_note()


def test_sgd_with_a_batch_of_one_says_one(panel: SolverPanel) -> None:
    choose(panel, "sgd")
    batch = control(panel, QSpinBox, "batchSize")
    batch.setValue(1)  # type: ignore[attr-defined]
    assert batch.text() == "1"  # type: ignore[attr-defined]
    assert panel.choices().settings.batch_size == 1
    choose(panel, "momentum")
    batch.setValue(0)  # type: ignore[attr-defined]
    assert batch.text() == "all rows"  # type: ignore[attr-defined]


def test_the_note_goes_with_the_next_change(qtbot: QtBot, panel: SolverPanel) -> None:
    test = control(panel, QSpinBox, "testFraction")
    _type(qtbot, test, "100")
    assert panel.input_note()
    control(panel, QSpinBox, "seed").setValue(3)  # type: ignore[attr-defined]
    assert panel.input_note() == ""
