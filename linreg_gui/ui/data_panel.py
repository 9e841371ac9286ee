"""The left dock: the column pickers above the data table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QSplitter, QWidget

from linreg_gui.model.plot_data import RowStatus
from linreg_gui.model.text import translate
from linreg_gui.ui.column_picker import ColumnPicker
from linreg_gui.ui.data_table import DatasetTableModel, DataTableView

if TYPE_CHECKING:
    from linreg_gui.model.dataset import Dataset

#: The pickers take at most this share of the dock's height.
PICKER_SHARE = 0.45


class DataPanel(QSplitter):
    """Which columns are x and y, and every row with why it is (not) in the fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.column_picker = ColumnPicker()
        self.table_view = DataTableView()
        self.table_view.setAccessibleName(translate("DataPanel", "Data table"))
        self.table_view.setAccessibleDescription(
            translate(
                "DataPanel",
                "The rows of the data: edit a cell to change a value; Ctrl+E leaves "
                "the selected rows out of the fit",
            )
        )
        self.table_model: DatasetTableModel = self.table_view.table_model()
        self.addWidget(self.column_picker)
        self.addWidget(self.table_view)
        self.setStretchFactor(1, 1)
        self.setChildrenCollapsible(False)
        self._shows: tuple[object, tuple[str, ...], str | None] | None = None

    def show_dataset(self, dataset: Dataset) -> None:
        """A new data set in the table (the view sizes its columns on the reset)."""
        self.table_model.set_dataset(dataset)

    def show_columns(
        self, dataset: Dataset | None, x: tuple[str, ...], y: str | None
    ) -> None:
        """Tick the chosen columns and mark them in the table's header.

        Nothing is redone when neither the data set nor the columns changed;
        a new data set also resizes the pickers and scrolls the table to them.
        """
        shows = (dataset, x, y)
        if shows == self._shows:
            return
        new_data = self._shows is None or self._shows[0] is not dataset
        self._shows = shows
        self.column_picker.set_dataset(dataset, x, y or "")
        if new_data:
            self._fit_picker_pane()
            self._scroll_to_columns(dataset, x, y)
        self.table_model.set_roles(x, y)

    def show_row_status(self, status: RowStatus) -> None:
        """Grey out the rows the fit does not use, with the reason as a tip."""
        self.table_model.set_row_mask(status.used, status.reasons)

    def first_layout(self, height: int = 800) -> None:
        picker = min(self.column_picker.sizeHint().height(), 200)
        self.setSizes([picker, height - picker])

    def _fit_picker_pane(self) -> None:
        """Give the column pickers the height they need for the new columns
        (at most 45 % of the dock): the table gets the rest, with no gap."""
        total = sum(self.sizes())
        if total <= 0:
            return
        want = min(self.column_picker.sizeHint().height(), int(total * PICKER_SHARE))
        self.setSizes([want, total - want])

    def _scroll_to_columns(
        self, dataset: Dataset | None, x: tuple[str, ...], y: str | None
    ) -> None:
        """Scroll the table so that the chosen columns are in view (an example
        may use columns far to the right, as Anscombe III does)."""
        if dataset is None:
            return
        columns = list(dataset.columns)
        chosen = [columns.index(c) for c in (*x[:1], y) if c in columns]
        model, view = self.table_model, self.table_view

        def scroll() -> None:  # once the headers have their role marks and widths
            for column in sorted(chosen, reverse=True):  # the leftmost wins ties
                if column < model.columnCount():
                    view.scrollTo(
                        model.index(0, column),
                        QAbstractItemView.ScrollHint.EnsureVisible,
                    )

        QTimer.singleShot(0, scroll)
