"""The "Generate data" dialog asks for exactly what ``generate_linear`` takes."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QDoubleSpinBox, QSpinBox
from pytestqt.qtbot import QtBot

from linreg_gui.model.examples import MAX_GENERATED_ROWS, generate_linear
from linreg_gui.ui.generate_dialog import (
    DEFAULT_PARAMETERS,
    GenerateDataDialog,
    GenerateParameters,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot: QtBot) -> GenerateDataDialog:
    widget = GenerateDataDialog()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def ok_button(dialog: GenerateDataDialog) -> object:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return box.button(QDialogButtonBox.StandardButton.Ok)


def test_defaults_are_the_textbook_line(dialog: GenerateDataDialog) -> None:
    assert dialog.parameters() == DEFAULT_PARAMETERS
    assert DEFAULT_PARAMETERS["slope"] == 3.0
    assert DEFAULT_PARAMETERS["intercept"] == 4.0


def test_parameters_feed_generate_linear(dialog: GenerateDataDialog) -> None:
    dataset = generate_linear(**dialog.parameters())
    assert dataset.n_rows == 100
    again = generate_linear(**dialog.parameters())
    np.testing.assert_array_equal(dataset.values("y"), again.values("y"))


def test_set_parameters_round_trips(qtbot: QtBot) -> None:
    chosen = GenerateParameters(
        n=250_000,
        slope=-1.25,
        intercept=10.5,
        noise=0.0,
        seed=None,
        x_low=-3.0,
        x_high=7.5,
        generator="default_rng",
    )
    dialog = GenerateDataDialog(parameters=chosen)
    qtbot.addWidget(dialog)
    assert dialog.parameters() == chosen
    dialog.set_parameters(DEFAULT_PARAMETERS)
    assert dialog.parameters() == DEFAULT_PARAMETERS


def test_number_of_points_runs_from_2_to_a_million(dialog: GenerateDataDialog) -> None:
    points = dialog.findChild(QSpinBox, "points")
    assert points is not None
    assert (points.minimum(), points.maximum()) == (2, MAX_GENERATED_ROWS)
    points.setValue(5_000_000)
    assert dialog.parameters()["n"] == 1_000_000


def test_seed_below_zero_means_random(qtbot: QtBot, dialog: GenerateDataDialog) -> None:
    seed = dialog.findChild(QSpinBox, "seed")
    assert seed is not None
    seed.setValue(0)
    assert dialog.parameters()["seed"] == 0
    seed.setFocus()
    qtbot.keyClick(seed, Qt.Key.Key_Down)
    assert seed.text() == "random"
    assert dialog.parameters()["seed"] is None


def test_an_empty_x_range_disables_generate(dialog: GenerateDataDialog) -> None:
    ok = ok_button(dialog)
    assert ok.isEnabled()  # type: ignore[attr-defined]
    parameters = dict(DEFAULT_PARAMETERS)
    parameters["x_high"] = -1.0
    dialog.set_parameters(GenerateParameters(**parameters))  # type: ignore[typeddict-item]
    assert not ok.isEnabled()  # type: ignore[attr-defined]
    parameters["x_high"] = 1.0
    dialog.set_parameters(GenerateParameters(**parameters))  # type: ignore[typeddict-item]
    assert ok.isEnabled()  # type: ignore[attr-defined]


def test_noise_cannot_be_negative(dialog: GenerateDataDialog) -> None:
    noise = dialog.findChild(QDoubleSpinBox, "noise")
    assert noise is not None
    assert noise.minimum() == 0.0
    noise.setValue(-5.0)
    assert dialog.parameters()["noise"] == 0.0


def test_numbers_show_without_trailing_zeros(dialog: GenerateDataDialog) -> None:
    texts = sorted(s.text() for s in dialog.findChildren(QDoubleSpinBox))
    assert texts == ["0", "1", "2", "3", "4"]


def test_preview_states_the_recipe(dialog: GenerateDataDialog) -> None:
    from PySide6.QtWidgets import QLabel

    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("y = 3·x + 4 + N(0, 1²)" in text for text in texts)


def test_generate_accepts_and_cancel_rejects(qtbot: QtBot) -> None:
    for button, result in (
        (QDialogButtonBox.StandardButton.Ok, QDialog.DialogCode.Accepted),
        (QDialogButtonBox.StandardButton.Cancel, QDialog.DialogCode.Rejected),
    ):
        dialog = GenerateDataDialog()
        qtbot.addWidget(dialog)
        dialog.show()
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None
        qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)
        assert dialog.result() == result


def test_the_default_recipe_gives_the_tutorials_numbers(
    dialog: GenerateDataDialog,
) -> None:
    dataset = generate_linear(**dialog.parameters())
    slope, intercept = np.polyfit(dataset.values("x"), dataset.values("y"), 1)
    assert round(intercept, 4) == 4.2151
    assert round(slope, 4) == 2.7701
    np.random.seed(42)  # noqa: NPY002  (the tutorial's own code, as it is written)
    x = 2 * np.random.rand(100, 1)  # noqa: NPY002
    y = 4 + 3 * x + np.random.randn(100, 1)  # noqa: NPY002
    np.testing.assert_array_equal(dataset.values("x"), x[:, 0])
    np.testing.assert_array_equal(dataset.values("y"), y[:, 0])


def test_the_newer_generator_can_be_chosen(dialog: GenerateDataDialog) -> None:
    from PySide6.QtWidgets import QComboBox

    box = dialog.findChild(QComboBox, "generator")
    assert box is not None
    box.setCurrentIndex(box.findData("default_rng"))
    assert dialog.parameters()["generator"] == "default_rng"
    dataset = generate_linear(**dialog.parameters())
    slope, _ = np.polyfit(dataset.values("x"), dataset.values("y"), 1)
    assert round(slope, 4) != 2.7701
