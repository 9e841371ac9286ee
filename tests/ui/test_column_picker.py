"""The column picker: which columns can be chosen, and signals on user changes only."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem
from pytestqt.qtbot import QtBot

from linreg_gui.model.dataset import Dataset
from linreg_gui.ui.column_picker import ColumnPicker

pytestmark = pytest.mark.gui


@pytest.fixture
def dataset() -> Dataset:
    return Dataset.from_arrays(
        "people",
        {
            "height": [1.0, 2.0, 3.0],
            "code": np.array(["a1", "b2", "c3"], dtype=object),
            "age": [20.0, 30.0, 40.0],
            "weight": [5.0, 6.0, 8.0],
        },
    )


@pytest.fixture
def picker(qtbot: QtBot, dataset: Dataset) -> ColumnPicker:
    picker = ColumnPicker()
    qtbot.addWidget(picker)
    picker.set_dataset(dataset, ("height",), "weight")
    return picker


def combo(picker: ColumnPicker) -> QComboBox:
    widget = picker.findChild(QComboBox)
    assert widget is not None
    return widget


def x_item(picker: ColumnPicker, name: str) -> QListWidgetItem:
    widget = picker.findChild(QListWidget)
    assert widget is not None
    for i in range(widget.count()):
        item = widget.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == name:
            return item
    raise AssertionError(name)


def enabled(item: QListWidgetItem) -> bool:
    return bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)


def test_programmatic_set_is_silent(qtbot: QtBot, dataset: Dataset) -> None:
    picker = ColumnPicker()
    qtbot.addWidget(picker)
    with qtbot.assertNotEmitted(picker.selection_changed):
        picker.set_dataset(dataset, ("height", "age"), "weight")
        picker.set_dataset(dataset, ("age",), "height")
    assert picker.selection() == (("age",), "height")


def test_selection_follows_dataset_order(
    picker: ColumnPicker, dataset: Dataset
) -> None:
    picker.set_dataset(dataset, ("age", "height"), "weight")
    assert picker.selection() == (("height", "age"), "weight")


def test_text_columns_are_listed_but_disabled(
    picker: ColumnPicker, dataset: Dataset
) -> None:
    reason = dataset.non_numeric["code"]
    item = x_item(picker, "code")
    assert not enabled(item)
    assert reason in item.toolTip()
    model = combo(picker).model()
    assert isinstance(model, QStandardItemModel)
    y_item = model.item(1)
    assert y_item.data(Qt.ItemDataRole.UserRole) == "code"
    assert not y_item.isEnabled()
    assert reason in y_item.toolTip()
    assert model.item(0).isEnabled()


def test_y_column_is_disabled_in_the_x_list(picker: ColumnPicker) -> None:
    item = x_item(picker, "weight")
    assert not enabled(item)
    assert "response" in item.toolTip()
    assert enabled(x_item(picker, "height"))
    assert enabled(x_item(picker, "age"))


def test_ticking_an_x_emits(qtbot: QtBot, picker: ColumnPicker) -> None:
    with qtbot.waitSignal(picker.selection_changed) as blocker:
        x_item(picker, "age").setCheckState(Qt.CheckState.Checked)
    assert blocker.args == [("height", "age"), "weight"]
    with qtbot.waitSignal(picker.selection_changed) as blocker:
        x_item(picker, "height").setCheckState(Qt.CheckState.Unchecked)
    assert blocker.args == [("age",), "weight"]


def test_choosing_an_x_as_y_moves_it(qtbot: QtBot, picker: ColumnPicker) -> None:
    with qtbot.waitSignal(picker.selection_changed) as blocker:
        combo(picker).setCurrentIndex(0)  # height
    assert blocker.args == [(), "height"]
    height = x_item(picker, "height")
    assert not enabled(height)
    assert height.checkState() == Qt.CheckState.Unchecked
    assert enabled(x_item(picker, "weight"))


def test_invalid_names_are_ignored(picker: ColumnPicker, dataset: Dataset) -> None:
    picker.set_dataset(dataset, ("code", "nope", "weight"), "weight")
    assert picker.selection() == ((), "weight")
    picker.set_dataset(dataset, ("height",), "code")
    assert picker.selection() == (("height",), "")


def test_no_dataset(picker: ColumnPicker) -> None:
    picker.set_dataset(None)
    assert picker.selection() == ((), "")
    assert combo(picker).count() == 0
