"""Choosing the response and the predictors: one y, one or more x.

Every column is listed, so students see why a column they expected is not
usable: text columns are disabled with the loader's reason in their tooltip,
and the column chosen as y is disabled in the x list.

Both lists read one small model (:class:`_Columns`) that works out each row's
text, tick, tooltip and flags when the view asks, for the rows on screen.  An
item per column made a file of 10⁴ columns hold the window for 1.4 s, on
every change of the choice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QListView,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from linreg_gui.model.text import translate
from linreg_gui.ui.results_panel import mute

if TYPE_CHECKING:
    from linreg_gui.model.dataset import Dataset

#: The role that holds a row's column name.
NAME_ROLE = int(Qt.ItemDataRole.UserRole)

#: Rows the x list shows before it scrolls.
_VISIBLE_ROWS = 8

_Index = QModelIndex | QPersistentModelIndex


class _Columns(QAbstractListModel):
    """The data set's columns, as the y list (``for_x=False``) or the x list.

    The x list's ticks live in :attr:`chosen`; the y column is disabled there.
    Text columns are disabled in both, with the loader's reason as tooltip.
    """

    #: The user ticked or unticked an x (not emitted by :meth:`show`).
    ticked = Signal()

    def __init__(self, for_x: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._for_x = for_x
        self.names: tuple[str, ...] = ()
        self._reasons: dict[str, str] = {}
        self.y = ""
        self.chosen: set[str] = set()

    def show(
        self,
        names: tuple[str, ...],
        reasons: dict[str, str],
        y: str,
        chosen: set[str],
    ) -> None:
        """List ``names`` (a reset only if they differ) with this choice."""
        if names != self.names or reasons != self._reasons:
            self.beginResetModel()
            self.names, self._reasons = names, dict(reasons)
            self.y, self.chosen = y, set(chosen)
            self.endResetModel()
        elif y != self.y or chosen != self.chosen:
            self.y, self.chosen = y, set(chosen)
            if self.names:
                self.dataChanged.emit(self.index(0), self.index(len(self.names) - 1))

    def set_y(self, y: str) -> None:
        """The response changed: it leaves the x list's ticks."""
        self.y = y
        self.chosen.discard(y)
        if self.names:
            self.dataChanged.emit(self.index(0), self.index(len(self.names) - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.names)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.names):
            return None
        name = self.names[index.row()]
        reason = self._reasons.get(name)
        if role == Qt.ItemDataRole.DisplayRole:
            return _label(name, reason)
        if role == NAME_ROLE:
            return name
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(name, reason)
        if role == Qt.ItemDataRole.CheckStateRole and self._for_x and reason is None:
            ticked = name in self.chosen and name != self.y
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        return None

    def _tooltip(self, name: str, reason: str | None) -> str:
        if reason is not None:
            return translate(
                "ColumnPicker", "'{name}' is not numeric: {detail}."
            ).format(name=name, detail=reason)
        if not self._for_x:
            return translate("ColumnPicker", "Predict '{name}'.").format(name=name)
        if name == self.y:
            return translate(
                "ColumnPicker",
                "'{name}' is the response (y); a column cannot also predict itself.",
            ).format(name=name)
        return translate("ColumnPicker", "Use '{name}' to predict y.").format(name=name)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid() or not 0 <= index.row() < len(self.names):
            return Qt.ItemFlag.NoItemFlags
        name = self.names[index.row()]
        if name in self._reasons:
            return Qt.ItemFlag.NoItemFlags
        if not self._for_x:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if name == self.y:
            return Qt.ItemFlag.ItemIsUserCheckable
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: _Index, value: Any, role: int = 0) -> bool:
        """A tick or untick (the view's check box, or Space on the row)."""
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or not self._for_x
            or not self.flags(index) & Qt.ItemFlag.ItemIsEnabled
        ):
            return False
        name = self.names[index.row()]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.chosen.add(name)
        else:
            self.chosen.discard(name)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.ticked.emit()
        return True

    def ticked_names(self) -> tuple[str, ...]:
        """The ticked x columns, in data set order."""
        return tuple(
            name for name in self.names if name in self.chosen and name != self.y
        )


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
        self._y_model = _Columns(for_x=False, parent=self._y_combo)
        self._y_combo.setModel(self._y_model)

        self._x_label = QLabel(translate("ColumnPicker", "&Predictors (x)"))
        self._x_model = _Columns(for_x=True, parent=self)
        self._x_list = QListView()
        self._x_list.setModel(self._x_model)
        self._x_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self._x_list.setToolTip(
            translate("ColumnPicker", "Tick the columns the model uses to predict y.")
        )
        self._x_list.setUniformItemSizes(True)
        # Laid out a few hundred rows per turn of the event loop: Qt asks the
        # model for its row count once per row (10⁴ columns: 49 ms at once).
        self._x_list.setLayoutMode(QListView.LayoutMode.Batched)
        self._x_list.setBatchSize(500)
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
        self._x_model.ticked.connect(self._emit)
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
        reasons = dict(dataset.non_numeric) if dataset is not None else {}
        if y not in columns or y in reasons:
            y = ""
        known = set(columns)
        chosen = {name for name in x if name in known and name not in reasons}
        chosen.discard(y)

        self._y_combo.blockSignals(True)
        try:
            self._y_model.show(columns, reasons, y, set())
            self._x_model.show(columns, reasons, y, chosen)
            self._y_combo.setCurrentIndex(columns.index(y) if y else -1)
        finally:
            self._y_combo.blockSignals(False)
        self._fit_list_height()
        self._update_hint()

    def selection(self) -> tuple[tuple[str, ...], str]:
        """The ticked x columns (in data set order) and y (``""`` if none)."""
        return self._x_model.ticked_names(), self._current_y()

    # -- internals -------------------------------------------------------------

    def _current_y(self) -> str:
        index = self._y_combo.currentIndex()
        names = self._y_model.names
        return names[index] if 0 <= index < len(names) else ""

    def _on_y_changed(self, _index: int) -> None:
        self._x_model.set_y(self._current_y())
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
        count = self._x_model.rowCount()
        rows = max(1, min(count, _VISIBLE_ROWS))
        row_height = self._x_list.sizeHintForRow(0) if count else 0
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
