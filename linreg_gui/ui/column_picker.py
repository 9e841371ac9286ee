"""Choosing the response and the predictors: one y, one or more x.

Every column is listed, so students see why a column they expected is not
usable: text columns are disabled with the loader's reason in their tooltip,
and the column chosen as y is disabled in the x list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from linreg_gui.model.text import translate
from linreg_gui.ui.results_panel import mute

if TYPE_CHECKING:
    from linreg_gui.model.dataset import Dataset

_NAME = int(Qt.ItemDataRole.UserRole)

#: Rows the x list shows before it scrolls.
_VISIBLE_ROWS = 8


class ColumnPicker(QWidget):
    """A y combo box and a checkable x list for a side panel.

    Signals
    -------
    selection_changed(x, y)
        The user changed the choice: ``x`` a tuple of column names in data set
        order, ``y`` a column name or ``""``.  Not emitted by ``set_dataset``.
    """

    selection_changed = Signal(tuple, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dataset: Dataset | None = None

        self._y_label = QLabel(translate("ColumnPicker", "&Response (y)"))
        self._y_combo = QComboBox()
        self._y_combo.setPlaceholderText(translate("ColumnPicker", "Choose a column"))
        self._y_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._y_combo.setMinimumContentsLength(10)
        self._y_combo.setToolTip(
            translate("ColumnPicker", "The column the model predicts.")
        )
        self._y_label.setBuddy(self._y_combo)
        self._y_model = QStandardItemModel(self._y_combo)
        self._y_combo.setModel(self._y_model)

        self._x_label = QLabel(translate("ColumnPicker", "&Predictors (x)"))
        self._x_list = QListWidget()
        self._x_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self._x_list.setToolTip(
            translate("ColumnPicker", "Tick the columns the model uses to predict y.")
        )
        self._x_list.setUniformItemSizes(True)
        self._x_list.setSpacing(1)
        self._x_list.setSizePolicy(
            QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum
        )
        self._x_label.setBuddy(self._x_list)

        self._hint = QLabel()
        self._hint.setWordWrap(True)
        mute(self._hint)
        self._hint.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)  # as the solver panel opposite
        layout.setSpacing(4)
        layout.addWidget(self._y_label)
        layout.addWidget(self._y_combo)
        layout.addSpacing(8)
        layout.addWidget(self._x_label)
        layout.addWidget(self._x_list)
        layout.addWidget(self._hint)
        layout.addStretch(1)  # spare height goes below, not between the rows

        self._y_combo.currentIndexChanged.connect(self._on_y_changed)
        self._x_list.itemChanged.connect(self._on_x_changed)
        self._update_hint()

    # -- public API ------------------------------------------------------------

    def set_dataset(
        self, dataset: Dataset | None, x: tuple[str, ...] = (), y: str = ""
    ) -> None:
        """List the columns of ``dataset`` and select ``x`` and ``y`` silently.

        Names that are not numeric columns are ignored, and so is an x equal to y.
        """
        self._dataset = dataset
        columns = tuple(dataset.columns) if dataset is not None else ()
        numeric = set(dataset.numeric_columns) if dataset is not None else set()
        if y not in numeric:
            y = ""
        chosen = {name for name in x if name in numeric and name != y}

        self._y_combo.blockSignals(True)
        self._x_list.blockSignals(True)
        try:
            self._y_model.clear()
            self._x_list.clear()
            for name in columns:
                reason = self._reason(name)
                y_item = QStandardItem(_label(name, reason))
                y_item.setData(name, _NAME)
                x_item = QListWidgetItem(_label(name, reason))
                x_item.setData(_NAME, name)
                if reason is None:
                    y_item.setToolTip(
                        translate("ColumnPicker", "Predict '{name}'.").format(name=name)
                    )
                    x_item.setCheckState(
                        Qt.CheckState.Checked
                        if name in chosen
                        else Qt.CheckState.Unchecked
                    )
                else:
                    y_item.setEnabled(False)
                    y_item.setToolTip(reason)
                    x_item.setToolTip(reason)
                self._y_model.appendRow(y_item)
                self._x_list.addItem(x_item)
            self._y_combo.setCurrentIndex(columns.index(y) if y else -1)
            self._sync_x_flags()
        finally:
            self._y_combo.blockSignals(False)
            self._x_list.blockSignals(False)
        self._fit_list_height()
        self._update_hint()

    def selection(self) -> tuple[tuple[str, ...], str]:
        """The ticked x columns (in data set order) and y (``""`` if none)."""
        x = tuple(
            str(item.data(_NAME))
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        )
        return x, self._current_y()

    # -- internals -------------------------------------------------------------

    def _reason(self, name: str) -> str | None:
        """Why ``name`` cannot be chosen at all, or None if it is numeric."""
        assert self._dataset is not None
        detail = self._dataset.non_numeric.get(name)  # a dict: O(1) per column
        if detail is None:
            return None
        return translate("ColumnPicker", "'{name}' is not numeric: {detail}.").format(
            name=name, detail=detail
        )

    def _items(self) -> list[QListWidgetItem]:
        return [self._x_list.item(i) for i in range(self._x_list.count())]

    def _current_y(self) -> str:
        index = self._y_combo.currentIndex()
        if index < 0:
            return ""
        return str(self._y_model.item(index).data(_NAME))

    def _sync_x_flags(self) -> None:
        """Disable the y column in the x list (unticking it) and re-enable others."""
        y = self._current_y()
        for item in self._items():
            name = str(item.data(_NAME))
            if self._reason(name) is not None:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                continue
            if name == y:
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable)
                item.setToolTip(
                    translate(
                        "ColumnPicker",
                        "'{name}' is the response (y); a column cannot also predict "
                        "itself.",
                    ).format(name=name)
                )
            else:
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setToolTip(
                    translate("ColumnPicker", "Use '{name}' to predict y.").format(
                        name=name
                    )
                )

    def _on_y_changed(self, _index: int) -> None:
        self._x_list.blockSignals(True)
        try:
            self._sync_x_flags()
        finally:
            self._x_list.blockSignals(False)
        self._x_list.viewport().update()
        self._emit()

    def _on_x_changed(self, _item: QListWidgetItem) -> None:
        self._emit()

    def _emit(self) -> None:
        self._update_hint()
        x, y = self.selection()
        self.selection_changed.emit(x, y)

    def _update_hint(self) -> None:
        x, y = self.selection()
        if self._dataset is None:
            text = translate("ColumnPicker", "Open a data set to choose its columns.")
        elif len(self._dataset.numeric_columns) < 2:
            text = translate(
                "ColumnPicker",
                "A model needs at least two numeric columns: one y and one x.",
            )
        elif not y:
            text = translate("ColumnPicker", "Choose the column to predict.")
        elif not x:
            text = translate("ColumnPicker", "Tick at least one predictor.")
        else:
            text = ""
        self._hint.setText(text)
        self._hint.setVisible(bool(text))

    def _fit_list_height(self) -> None:
        """As tall as the columns (up to a few rows): the side panel stays compact."""
        rows = max(1, min(self._x_list.count(), _VISIBLE_ROWS))
        row_height = self._x_list.sizeHintForRow(0) if self._x_list.count() else 0
        row_height = max(row_height, self.fontMetrics().height() + 6)
        frame = 2 * self._x_list.frameWidth()
        self._x_list.setMaximumHeight(rows * row_height + frame + 2)
        self._x_list.setMinimumHeight(min(3, rows) * row_height + frame + 2)


def _label(name: str, reason: str | None) -> str:
    """A list entry: the column name, marked when it holds text."""
    return (
        name
        if reason is None
        else translate("ColumnPicker", "{name}  (text)").format(name=name)
    )
