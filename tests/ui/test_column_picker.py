"""The column picker: which columns can be chosen, and signals on user changes only."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QListView
from pytestqt.qtbot import QtBot

from linreg_gui.model.dataset import Dataset
from linreg_gui.ui.column_picker import NAME_ROLE, ColumnPicker

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


def x_list(picker: ColumnPicker) -> QListView:
    widget = picker.findChild(QListView)
    assert widget is not None and widget.parent() is picker
    return widget


def x_item(picker: ColumnPicker, name: str) -> QModelIndex:
    model = x_list(picker).model()
    for i in range(model.rowCount()):
        index = model.index(i, 0)
        if index.data(NAME_ROLE) == name:
            return index
    raise AssertionError(name)


def enabled(index: QModelIndex) -> bool:
    return bool(index.flags() & Qt.ItemFlag.ItemIsEnabled)


def ticked(index: QModelIndex) -> bool:
    state = index.data(Qt.ItemDataRole.CheckStateRole)
    return state is not None and Qt.CheckState(state) == Qt.CheckState.Checked


def tooltip(index: QModelIndex) -> str:
    return str(index.data(Qt.ItemDataRole.ToolTipRole))


def toggle(picker: ColumnPicker, name: str) -> None:
    """Space on the row, as a user ticks a box from the keyboard."""
    view = x_list(picker)
    view.setFocus()
    view.setCurrentIndex(x_item(picker, name))
    QTest.keyClick(view, Qt.Key.Key_Space)


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
    assert reason in tooltip(item)
    assert "(text)" in item.data()
    model = combo(picker).model()
    y_item = model.index(1, 0)
    assert y_item.data(NAME_ROLE) == "code"
    assert not enabled(y_item)
    assert reason in tooltip(y_item)
    assert enabled(model.index(0, 0))


def test_y_column_is_disabled_in_the_x_list(picker: ColumnPicker) -> None:
    item = x_item(picker, "weight")
    assert not enabled(item)
    assert "response" in tooltip(item)
    assert enabled(x_item(picker, "height"))
    assert enabled(x_item(picker, "age"))


def test_ticking_an_x_emits(qtbot: QtBot, picker: ColumnPicker) -> None:
    picker.show()
    qtbot.waitExposed(picker)
    with qtbot.waitSignal(picker.selection_changed) as blocker:
        toggle(picker, "age")
    assert blocker.args == [("height", "age"), "weight"]
    assert ticked(x_item(picker, "age"))
    with qtbot.waitSignal(picker.selection_changed) as blocker:
        toggle(picker, "height")
    assert blocker.args == [("age",), "weight"]
    view = x_list(picker)
    with qtbot.assertNotEmitted(picker.selection_changed):
        for name in ("weight", "code"):  # the response, and a text column
            spot = view.visualRect(x_item(picker, name)).topLeft() + QPoint(8, 8)
            QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert picker.selection() == (("age",), "weight")
    # The same click on a usable row's box unticks it.
    spot = view.visualRect(x_item(picker, "age")).topLeft() + QPoint(8, 8)
    with qtbot.waitSignal(picker.selection_changed) as blocker:
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert blocker.args == [(), "weight"]


def test_choosing_an_x_as_y_moves_it(qtbot: QtBot, picker: ColumnPicker) -> None:
    with qtbot.waitSignal(picker.selection_changed) as blocker:
        combo(picker).setCurrentIndex(0)  # height
    assert blocker.args == [(), "height"]
    height = x_item(picker, "height")
    assert not enabled(height)
    assert not ticked(height)
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
