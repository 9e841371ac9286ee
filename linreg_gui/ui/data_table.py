"""The data table: a lazy view of a :class:`Dataset` that stays fast at 10⁶ rows.

The model keeps one array per column, taken when a data set arrives, and formats
only the cells Qt asks for, so opening and scrolling cost the same for ten rows
and a million.  Edits are parsed here and reported as ``value_edited``; the table
never changes the data set itself, because the window owns it (``Dataset`` is
immutable and ``with_value`` makes the edited copy).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QTableView,
    QWidget,
)

from linreg_gui.model.text import QT_TRANSLATE_NOOP, number, translate
from linreg_gui.ui.row_numbers import RowNumbers

if TYPE_CHECKING:
    from linreg_gui.model.dataset import Dataset

Index = QModelIndex | QPersistentModelIndex

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)

_READ_ONLY = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
_EDITABLE = _READ_ONLY | Qt.ItemFlag.ItemIsEditable

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

#: Role key → (header suffix, tooltip wording, tint as RGB).  The tints are
#: translucent so they read on light and dark palettes alike.
ROLE_STYLE: dict[str, tuple[str, str, tuple[int, int, int]]] = {
    "x": ("[x]", QT_TRANSLATE_NOOP("DataTable", "predictor (x)"), (66, 133, 244)),
    "y": ("[y]", QT_TRANSLATE_NOOP("DataTable", "response (y)"), (234, 134, 0)),
    "w": ("[w]", QT_TRANSLATE_NOOP("DataTable", "case weights"), (52, 168, 83)),
}
_TINT_ALPHA = 38

#: Words that mean "missing" when typed into a cell (besides an empty cell).
_MISSING_WORDS = frozenset({"na", "nan", "n/a"})

#: Rows read when choosing column widths: enough to be representative, few
#: enough that a million-row data set opens at once.
_WIDTH_SAMPLE_HEAD = 100
_WIDTH_SAMPLE_TAIL = 20
#: Columns sized beyond the right edge of the view (the rest wait their turn).
_FIT_AHEAD = 20
#: A column is never sized wider than this (pixels)...
_MAX_COLUMN_WIDTH = 360
#: ... so no cell text longer than this needs measuring.
_MEASURED_CHARS = 120
#: Text cells show at most this many characters (a 100 MB cell stays usable).
MAX_CELL_CHARS = 1000


def compact_number(value: float) -> str:
    """A cell's text: at most 7 significant digits, ``NA`` for missing, with the
    window's decimal separator."""
    if math.isnan(value):
        return "NA"
    return number(value, ".7g")


def full_number(value: float) -> str:
    """Every digit of ``value``: ``float(full_number(v)) == v`` for finite ``v``.

    Whole numbers drop the ``.0`` so that editing 12 shows ``12``, not ``12.0``.
    """
    if math.isnan(value):
        return ""
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


def edit_number(value: float) -> str:
    """:func:`full_number` with the window's decimal separator, for the editor
    (:func:`parse_number` reads a decimal comma back)."""
    if math.isnan(value) or (value.is_integer() and abs(value) < 1e15):
        return full_number(value)
    return number(value, "")


def parse_number(text: str) -> float:
    """The number a user typed; NaN for an empty cell or NA.

    A single comma is read as a decimal comma (``3,14`` → 3.14), as many
    European keyboards type it.  Raises ``ValueError`` with a short reason for
    anything else that is not a finite number.
    """
    cleaned = text.strip()
    if not cleaned or cleaned.lower() in _MISSING_WORDS:
        return math.nan
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        raise ValueError(translate("DataTable", "is not a number")) from None
    if math.isinf(value):
        raise ValueError(
            translate("DataTable", "is infinite; only finite numbers can be fitted")
        )
    return value


def _is_missing_text(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    return type(value).__name__ in ("NAType", "NaTType")


class DatasetTableModel(QAbstractTableModel):
    """The cells of a :class:`Dataset`, read on demand.

    Signals
    -------
    value_edited(row, column, value)
        The user typed a valid number (NaN for "missing") into 0-based ``row`` of
        ``column``.  The data set is unchanged until the owner applies it.
    edit_rejected(message)
        What the user typed is not a finite number; ``message`` says where and why.
    """

    value_edited = Signal(int, str, float)
    edit_rejected = Signal(str)
    #: The rows left out of the fit changed: a view repaints its row numbers.
    #: (Not headerDataChanged: QHeaderView walks every section it names, and
    #: over 10⁷ rows that held the window for 68 ms on each new fit.)
    rows_restyled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dataset: Dataset | None = None
        self._columns: list[str] = []
        self._numeric: list[NDArray[np.float64] | None] = []
        self._text: list[NDArray[np.object_] | None] = []
        self._n_rows = 0
        self._role_of: list[str | None] = []
        self._roles: dict[str, str] = {}
        self._used: NDArray[np.bool_] | None = None
        self._reasons: Sequence[str] | NDArray[Any] | None = None
        palette = QGuiApplication.palette()
        self._grey = palette.color(QPalette.ColorRole.PlaceholderText)
        self._tints = {
            key: QColor(*rgb, _TINT_ALPHA) for key, (_, _, rgb) in ROLE_STYLE.items()
        }
        self._italic = QFont()
        self._italic.setItalic(True)
        self._bold = QFont()
        self._bold.setBold(True)

    # -- feeding the model -------------------------------------------------------

    @property
    def dataset(self) -> Dataset | None:
        return self._dataset

    def set_dataset(self, dataset: Dataset | None) -> None:
        """Show a new data set: a full reset that also clears the row mask."""
        self.beginResetModel()
        self._load(dataset)
        self._used = None
        self._reasons = None
        self._sync_roles()
        self.endResetModel()

    def update_dataset(self, dataset: Dataset) -> None:
        """Show an edited copy of the current data set without a reset.

        With the same columns and row count, views keep their scroll position and
        selection and only repaint; otherwise this falls back to ``set_dataset``.
        """
        old = self._dataset
        if (
            old is None
            or list(dataset.columns) != self._columns
            or dataset.n_rows != self._n_rows
            or set(dataset.numeric_columns) != set(old.numeric_columns)
        ):
            self.set_dataset(dataset)
            return
        self._load(dataset)
        if self._n_rows and self._columns:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._n_rows - 1, len(self._columns) - 1)
            )

    def _load(self, dataset: Dataset | None) -> None:
        self._dataset = dataset
        self._columns = list(dataset.columns) if dataset is not None else []
        self._n_rows = dataset.n_rows if dataset is not None else 0
        self._numeric = []
        self._text = []
        if dataset is None:
            return
        numeric = dataset.numeric_arrays()
        for name in self._columns:
            if name in numeric:
                self._numeric.append(numeric[name])
                self._text.append(None)
            else:
                self._numeric.append(None)
                self._text.append(dataset.frame[name].to_numpy(dtype=object))

    def set_roles(
        self, x: tuple[str, ...], y: str | None, weights: str | None = None
    ) -> None:
        """Mark the columns the model uses; the header names their role."""
        roles = {name: "x" for name in x}
        if weights:
            roles[weights] = "w"
        if y:
            roles[y] = "y"
        before = self._role_of
        self._roles = roles
        self._sync_roles()
        # Only the columns whose role changed: the view measures each header
        # it is told of (10⁴ columns took 65 ms on every change of the choice).
        if len(before) == len(self._role_of):
            spans = [
                (column, column)
                for column, (old, new) in enumerate(
                    zip(before, self._role_of, strict=True)
                )
                if old != new
            ]
        else:
            spans = [(0, len(self._columns) - 1)] if self._columns else []
        for first, last in spans:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, first, last)
            if self._n_rows:
                self.dataChanged.emit(
                    self.index(0, first),
                    self.index(self._n_rows - 1, last),
                    [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole],
                )

    def _sync_roles(self) -> None:
        self._role_of = [self._roles.get(name) for name in self._columns]

    def set_row_mask(
        self,
        used: NDArray[np.bool_] | None,
        reasons: Sequence[str] | NDArray[Any] | None = None,
    ) -> None:
        """Grey the rows the fit leaves out (``used[i]`` False).

        ``reasons`` optionally gives, per row, why it is left out; it shows in
        the row's tooltip.  Without it the tooltip names the missing value, if
        any, of the columns in use.  ``None`` uses every row.
        """
        if used is not None:
            used = np.asarray(used, dtype=bool)
            if used.shape != (self._n_rows,):
                raise ValueError(
                    f"The row mask has shape {used.shape}; the table has "
                    f"{self._n_rows} rows."
                )
        if reasons is not None and len(reasons) != self._n_rows:
            raise ValueError(
                f"{len(reasons)} reasons were given for {self._n_rows} rows."
            )
        self._used = used
        self._reasons = reasons
        if self._n_rows:
            self.rows_restyled.emit()
            if self._columns:
                self.dataChanged.emit(
                    self.index(0, 0),
                    self.index(self._n_rows - 1, len(self._columns) - 1),
                    [Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole],
                )

    def set_row_reasons(self, reasons: Sequence[str] | NDArray[Any] | None) -> None:
        """Change only the per-row reasons of the current mask."""
        self.set_row_mask(self._used, reasons)

    def is_row_used(self, row: int) -> bool:
        return self._used is None or bool(self._used[row])

    def row_reason(self, row: int) -> str:
        """Why 1-based row ``row + 1`` is left out of the fit ("" when it is used)."""
        if self.is_row_used(row):
            return ""
        if self._reasons is not None and self._reasons[row]:
            return str(self._reasons[row])
        missing = [
            name
            for name, role, values in zip(
                self._columns, self._role_of, self._numeric, strict=True
            )
            if role is not None and values is not None and math.isnan(values[row])
        ]
        if len(missing) == 1:
            return translate(
                "DataTable", "Left out of the fit: '{name}' is missing."
            ).format(name=missing[0])
        if missing:
            names = ", ".join(f"'{name}'" for name in missing)
            return translate(
                "DataTable", "Left out of the fit: {names} are missing."
            ).format(names=names)
        return translate("DataTable", "Left out of the fit.")

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._n_rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def display_texts(self, column: int, rows: Sequence[int]) -> list[str]:
        """The text of these cells of ``column``, as :meth:`data` shows it,
        without a model index per cell (sizing a column reads a hundred)."""
        return [self._display_text(column, row) for row in rows]

    def _display_text(self, column: int, row: int) -> str:
        values = self._numeric[column]
        if values is not None:
            return compact_number(float(values[row]))
        text = self._text[column][row]  # type: ignore[index]
        if _is_missing_text(text):
            return ""
        text = str(text)
        return text if len(text) <= MAX_CELL_CHARS else text[:MAX_CELL_CHARS] + "…"

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        row = index.row()
        column = index.column()
        values = self._numeric[column]
        if role == _DISPLAY:
            return self._display_text(column, row)
        if role == _ALIGN:
            return _RIGHT if values is not None else _LEFT
        if role == _FOREGROUND:
            if values is None or not self.is_row_used(row) or math.isnan(values[row]):
                return self._grey
            return None
        if role == _BACKGROUND:
            key = self._role_of[column]
            return self._tints[key] if key is not None else None
        if role == _FONT:
            return self._italic if values is None else None
        if role == _EDIT:
            if values is not None:
                return edit_number(float(values[row]))
            return None
        if role == _TOOLTIP:
            return self._cell_tooltip(row, column)
        return None

    def _cell_tooltip(self, row: int, column: int) -> str:
        name = self._columns[column]
        values = self._numeric[column]
        lines = []
        if values is None:
            assert self._dataset is not None
            reason = self._dataset.non_numeric.get(name) or translate(
                "DataTable", "it holds text"
            )
            lines.append(
                translate(
                    "DataTable",
                    "'{name}' is not numeric ({reason}), so it cannot be fitted.",
                ).format(name=name, reason=reason)
            )
        else:
            value = float(values[row])
            if math.isnan(value):
                lines.append(
                    translate(
                        "DataTable", "Missing value in '{name}', row {row}."
                    ).format(name=name, row=row + 1)
                )
            else:
                lines.append(f"{name} = {edit_number(value)}")
        reason = self.row_reason(row)
        if reason:
            lines.append(reason)
        return "\n".join(lines)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == _DISPLAY:
                return str(section + 1)
            if role == _FOREGROUND and not self.is_row_used(section):
                return self._grey
            if role == _TOOLTIP:
                return self.row_reason(section) or None
            return None
        if not 0 <= section < len(self._columns):
            return None
        name = self._columns[section]
        key = self._role_of[section]
        numeric = self._numeric[section] is not None
        if role == _DISPLAY:
            return f"{name}  {ROLE_STYLE[key][0]}" if key else name
        if role == _TOOLTIP:
            if not numeric:
                assert self._dataset is not None
                reason = self._dataset.non_numeric.get(name) or translate(
                    "DataTable", "it holds text"
                )
                return translate(
                    "DataTable", "'{name}' is not numeric: {reason}."
                ).format(name=name, reason=reason)
            if key:
                role_text = translate("DataTable", ROLE_STYLE[key][1])
                return translate(
                    "DataTable", "'{name}': numeric, used as the {role}."
                ).format(name=name, role=role_text)
            return translate(
                "DataTable", "'{name}': numeric, not used in the model."
            ).format(name=name)
        if role == _FONT:
            if not numeric:
                return self._italic
            return self._bold if key else None
        if role == _FOREGROUND and not numeric:
            return self._grey
        if role == _BACKGROUND and key:
            return self._tints[key]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        # Called for every painted cell: no enum arithmetic here.
        return _EDITABLE if self._numeric[index.column()] is not None else _READ_ONLY

    def setData(self, index: Index, value: Any, role: int = _EDIT) -> bool:
        """Check what the user typed; report a valid number as ``value_edited``."""
        if role != _EDIT or not index.isValid():
            return False
        row = index.row()
        column = index.column()
        values = self._numeric[column]
        name = self._columns[column]
        if values is None:
            self.edit_rejected.emit(
                translate(
                    "DataTable",
                    "Column '{name}' is not numeric, so its cells cannot be edited "
                    "here.",
                ).format(name=name)
            )
            return False
        text = value if isinstance(value, str) else str(value)
        try:
            number = parse_number(text)
        except ValueError as err:
            self.edit_rejected.emit(
                translate(
                    "DataTable",
                    "Row {row}, column '{name}': '{text}' {reason}. Type a "
                    "number such as 3.14 (or 3,14), or leave the cell empty for a "
                    "missing value.",
                ).format(row=row + 1, name=name, text=text.strip(), reason=err)
            )
            return False
        old = float(values[row])
        if number == old or (math.isnan(number) and math.isnan(old)):
            return True
        self.value_edited.emit(row, name, number)
        return True

    # -- copying -----------------------------------------------------------------

    def to_tsv(
        self,
        rows: Sequence[int] | NDArray[np.integer[Any]],
        columns: Sequence[int],
        *,
        header: bool = True,
    ) -> str:
        """Cells as tab-separated text, numbers with every digit, missing as empty."""
        lines = []
        if header:
            lines.append("\t".join(self._columns[c] for c in columns))
        cells = []
        for c in columns:
            values = self._numeric[c]
            if values is not None:
                cells.append([full_number(v) for v in values[rows].tolist()])
            else:
                texts = self._text[c][rows]  # type: ignore[index]
                cells.append([_clean_text(t) for t in texts])
        lines.extend("\t".join(row) for row in zip(*cells, strict=True))
        return "\n".join(lines) + "\n"


def _clean_text(value: object) -> str:
    if _is_missing_text(value):
        return ""
    return str(value).replace("\t", " ").replace("\n", " ")


class DataTableView(QTableView):
    """A table view tuned for big data sets.

    Rows have one fixed height (so Qt never measures them), column widths come
    from a sample of rows, and Ctrl+C copies the selection as TSV.  Its context
    menu leaves selected rows out of the fit (the outliers lesson) or puts them
    back: the view only asks, through ``exclusion_requested(rows, leave_out)``
    and ``include_all_requested()``.
    """

    exclusion_requested = Signal(object, bool)  # sorted row numbers, leave out?
    include_all_requested = Signal()

    def __init__(
        self, model: DatasetTableModel | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._model = model if model is not None else DatasetTableModel(self)
        self.setModel(self._model)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setWordWrap(False)
        # Tab leaves the table for the next control (arrow keys move between
        # cells): otherwise a keyboard user is caught in 10⁶ cells.
        self.setTabKeyNavigation(False)
        self.setCornerButtonEnabled(True)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = RowNumbers(self)
        self.setVerticalHeader(rows)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        rows.setDefaultAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        columns = self.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setHighlightSections(False)
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self._fitted = np.zeros(0, dtype=bool)
        self._bold_metrics = _bold_metrics(columns.font())
        self._model.modelReset.connect(self.fit_columns)
        self._model.headerDataChanged.connect(self._header_changed)
        self._model.rows_restyled.connect(self.verticalHeader().viewport().update)
        self.leave_out_action = QAction(
            translate("DataTable", "Leave Selected Rows Out of the Fit"), self
        )
        self.leave_out_action.setShortcut(QKeySequence("Ctrl+E"))
        self.leave_out_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.leave_out_action.setToolTip(
            translate(
                "DataTable",
                "Fit without these rows, e.g. an outlier: watch the line move",
            )
        )
        self.leave_out_action.triggered.connect(lambda: self._request(True))
        self.put_back_action = QAction(
            translate("DataTable", "Put Selected Rows Back"), self
        )
        self.put_back_action.triggered.connect(lambda: self._request(False))
        self.put_all_back_action = QAction(
            translate("DataTable", "Put All Rows Back"), self
        )
        self.put_all_back_action.triggered.connect(self.include_all_requested)
        self.addAction(self.leave_out_action)

    def selected_rows(self) -> list[int]:
        """Row numbers (0-based) with a selected cell, in order."""
        selection = self.selectionModel()
        if selection is None:
            return []
        return sorted({index.row() for index in selection.selectedIndexes()})

    def _request(self, leave_out: bool) -> None:
        rows = self.selected_rows()
        if rows:
            self.exclusion_requested.emit(rows, leave_out)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        has_rows = bool(self.selected_rows())
        for action in (self.leave_out_action, self.put_back_action):
            action.setEnabled(has_rows)
            menu.addAction(action)
        menu.addAction(self.put_all_back_action)
        menu.addSeparator()
        copy = menu.addAction(translate("DataTable", "Copy"))
        copy.setEnabled(has_rows)
        copy.triggered.connect(self.copy_selection)
        menu.exec(event.globalPos())

    def table_model(self) -> DatasetTableModel:
        return self._model

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_visible()  # a wider view shows columns not yet sized

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        if dx:
            self._fit_visible()  # columns scrolled into view (headers moved too)

    def fit_columns(self) -> None:
        """Size the columns in view to their header and a sample of their cells.

        Columns further right are sized as they scroll into view, so a file of
        10⁵ columns costs no more at load than one of ten.
        """
        self._fitted = np.zeros(self._model.columnCount(), dtype=bool)
        self._bold_metrics = _bold_metrics(self.horizontalHeader().font())
        self._fit_visible()

    def _fit_visible(self) -> None:
        """Size the not yet sized columns that are on screen (and a few beyond)."""
        fitted = self._fitted
        if not fitted.size or fitted.size != self._model.columnCount():
            # No columns, or a new data set whose columns are not sized yet
            # (the view resizes while the model resets; fit_columns follows).
            return
        header = self.horizontalHeader()
        first = max(0, header.logicalIndexAt(0))
        last = header.logicalIndexAt(self.viewport().width() - 1)
        if last < 0:  # no column reaches the right edge (or none is laid out yet)
            width = max(self.viewport().width(), 800)
            last = first + width // header.minimumSectionSize()
        stop = min(fitted.size, last + 1 + _FIT_AHEAD)
        todo = np.flatnonzero(~fitted[first:stop]) + first
        if not todo.size:
            return
        model = self._model
        n = model.rowCount()
        sample = list(range(min(n, _WIDTH_SAMPLE_HEAD)))
        sample += range(max(len(sample), n - _WIDTH_SAMPLE_TAIL), n)
        cell_metrics = self.fontMetrics()
        as_widest_digit = _widest_digit_table(cell_metrics)
        for column in todo.tolist():
            fitted[column] = True
            # A cell wider than the column's cap needs no measuring, and cells
            # that differ only in their digits need measuring once: 120 numbers
            # are a handful of shapes (the widest digit stands for each digit).
            shapes = {
                text[:_MEASURED_CHARS].translate(as_widest_digit)
                for text in model.display_texts(column, sample)
            }
            widest = max(map(cell_metrics.horizontalAdvance, shapes), default=0)
            width = max(widest + 24, self._header_width(column), 64)
            self.setColumnWidth(column, min(width, _MAX_COLUMN_WIDTH))

    def _header_width(self, column: int) -> int:
        """Room for a header's text in bold (role columns are bold) plus margins."""
        text = str(self._model.headerData(column, Qt.Orientation.Horizontal))
        return self._bold_metrics.horizontalAdvance(text[:_MEASURED_CHARS]) + 28

    def _header_changed(
        self, orientation: Qt.Orientation, first: int, last: int
    ) -> None:
        if orientation != Qt.Orientation.Horizontal:
            return
        for column in range(first, last + 1):
            needed = self._header_width(column)
            if self.columnWidth(column) < needed:
                self.setColumnWidth(column, needed)

    def selected_tsv(self) -> str:
        """The selected cells (all rows and columns they span) as TSV with a header."""
        selection = self.selectionModel().selection()
        if selection.isEmpty():
            return ""
        rows: list[NDArray[np.int64]] = []
        column_set: set[int] = set()
        for i in range(selection.count()):
            block = selection.at(i)
            rows.append(np.arange(block.top(), block.bottom() + 1))
            column_set.update(range(block.left(), block.right() + 1))
        columns = [c for c in sorted(column_set) if not self.isColumnHidden(c)]
        return self._model.to_tsv(np.unique(np.concatenate(rows)), columns)

    def copy_selection(self) -> None:
        """Put the selection on the clipboard as tab-separated text."""
        text = self.selected_tsv()
        if not text:
            return
        mime = QMimeData()
        mime.setText(text)
        QGuiApplication.clipboard().setMimeData(mime)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            event.accept()
            return
        super().keyPressEvent(event)


def _widest_digit_table(metrics: QFontMetrics) -> dict[int, str]:
    """A ``str.translate`` table turning every digit into the font's widest,
    so that a text so changed is at least as wide as the original."""
    widest = max("0123456789", key=metrics.horizontalAdvance)
    return str.maketrans("0123456789", widest * 10)


def _bold_metrics(font: QFont) -> QFontMetrics:
    """Metrics of the header font in bold (role columns' headers are bold)."""
    bold = QFont(font)
    bold.setBold(True)
    return QFontMetrics(bold)
