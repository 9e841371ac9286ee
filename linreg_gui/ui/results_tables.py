"""The two tables of the results panel: coefficients and goodness of fit.

Table models over plain values, so that a running fit rewrites its numbers in
place (one ``dataChanged`` each) many times a second, and a compact view that
sizes its columns to their contents.  Every number is explained in a tooltip.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QSizePolicy,
    QTableView,
    QWidget,
)

from linreg_gui.model.report import significance_stars
from linreg_gui.model.text import QT_TRANSLATE_NOOP, number, translate

if TYPE_CHECKING:
    from linreg_gui.model.stats import Coefficient

Index = QModelIndex | QPersistentModelIndex
Number = float | int | None

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

INTERCEPT = "(Intercept)"

SIGNIF_CODES = QT_TRANSLATE_NOOP(
    "ResultsTables",
    "Signif. codes:  *** p < 0.001   ** p < 0.01   * p < 0.05   . p < 0.1",
)

P_TIP = QT_TRANSLATE_NOOP(
    "ResultsTables",
    "p-value: if this coefficient were really 0, the chance of an estimate at "
    "least this far from 0.  Small p (say below 0.05) is evidence that the term "
    "helps predict y.  It is not the chance that the coefficient is 0, and it "
    "says nothing about how large the effect is.",
)
CI_TIP = QT_TRANSLATE_NOOP(
    "ResultsTables",
    "95% confidence interval: a range of plausible values for the coefficient.  "
    "Built this way from many samples, 95% of such intervals would contain the "
    "true value.  An interval that excludes 0 goes with p < 0.05.",
)
R2_TIP = QT_TRANSLATE_NOOP(
    "ResultsTables",
    "R²: share of the variance of y the model explains: 1 = perfect, 0 = no "
    "better than predicting the mean, negative = worse than the mean.",
)
R2_UNCENTRED_TIP = QT_TRANSLATE_NOOP(
    "ResultsTables",
    "R² without an intercept is uncentred (1 − SSres/Σy², as R reports it): it "
    "compares the model with predicting 0, not the mean, so it is not comparable "
    "with the R² of a model that has an intercept.",
)
ADJ_R2_TIP = QT_TRANSLATE_NOOP(
    "ResultsTables",
    "Adjusted R²: R² with a penalty for each coefficient.  Adding any term never "
    "lowers R², but adjusted R² rises only if the term improves the fit more than "
    "chance would, so use it to compare models with different numbers of terms.",
)

#: (header, key, tooltip) of the coefficient table; key None is the term name.
COEFFICIENT_COLUMNS: tuple[tuple[str, str | None, str], ...] = (
    (
        QT_TRANSLATE_NOOP("ResultsTables", "Term"),
        None,
        QT_TRANSLATE_NOOP(
            "ResultsTables", "The model's terms; (Intercept) is the constant b0."
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ResultsTables", "Estimate"),
        "estimate",
        QT_TRANSLATE_NOOP(
            "ResultsTables",
            "The fitted coefficient: how much the prediction changes when this x "
            "grows by 1 and the other x stay fixed.  For (Intercept): the prediction "
            "when every x is 0.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ResultsTables", "Std. Error"),
        "std_error",
        QT_TRANSLATE_NOOP(
            "ResultsTables",
            "Standard error: how much the estimate would vary from sample to "
            "sample.  Least squares computes it from the residuals; other methods "
            "leave it blank.",
        ),
    ),
    (
        "t",
        "t_value",
        QT_TRANSLATE_NOOP(
            "ResultsTables",
            "t value = estimate ÷ standard error: how many standard errors the "
            "estimate lies from 0.",
        ),
    ),
    ("p", "p_value", P_TIP),
    ("", "stars", SIGNIF_CODES),
    (QT_TRANSLATE_NOOP("ResultsTables", "95% CI low"), "ci_low", CI_TIP),
    (QT_TRANSLATE_NOOP("ResultsTables", "95% CI high"), "ci_high", CI_TIP),
)
_COEF_KEYS = tuple(
    key for _, key, _ in COEFFICIENT_COLUMNS if key not in (None, "stars")
)

#: (label, key, tooltip) of the metric rows.
METRIC_ROWS: tuple[tuple[str, str, str], ...] = (
    ("R²", "r2", R2_TIP),
    (QT_TRANSLATE_NOOP("ResultsTables", "Adjusted R²"), "adj_r2", ADJ_R2_TIP),
    (
        "MSE",
        "mse",
        QT_TRANSLATE_NOOP(
            "ResultsTables",
            "Mean squared error: the average of (y − ŷ)², in the units of y squared.  "
            "It is the loss gradient descent minimises.",
        ),
    ),
    (
        "RMSE",
        "rmse",
        QT_TRANSLATE_NOOP(
            "ResultsTables",
            "Root mean squared error: √MSE, a typical size of a prediction error in "
            "the units of y.",
        ),
    ),
    (
        "MAE",
        "mae",
        QT_TRANSLATE_NOOP(
            "ResultsTables",
            "Mean absolute error: the average |y − ŷ|.  Large errors count less than "
            "in RMSE, so it is less swayed by outliers.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ResultsTables", "Rows"),
        "n_samples",
        QT_TRANSLATE_NOOP(
            "ResultsTables", "How many rows these numbers are computed on."
        ),
    ),
)


def export_number(value: Number) -> str:
    """A number with every digit, for pasting: blank for None, NA for NaN."""
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    if math.isnan(value):
        return "NA"
    if math.isinf(value):
        return "Inf" if value > 0 else "-Inf"
    return repr(float(value))


def _show(value: Number, digits: int) -> str:
    """A cell's text: blank for None, ``NA`` for NaN, ``digits`` significant."""
    if value is None:
        return ""
    if isinstance(value, int):
        return number(value, ",d")
    return _shown_float(float(value), f".{digits}g")


def _shown_float(value: float, spec: str) -> str:
    """``NA``, ``Inf`` and ``-Inf`` as R prints them, else ``value`` in ``spec``
    with the window's decimal separator."""
    if math.isnan(value):
        return "NA"
    if math.isinf(value):
        return "Inf" if value > 0 else "-Inf"
    return number(value, spec)


def _shown_p(value: float) -> str:
    """A p-value as R prints it: below 2e-16 it is only said to be."""
    if math.isnan(value):
        return "NA"
    if value < 2e-16:
        return "< " + number(2e-16, "g")
    return number(value, ".3g")


def translated_signif_codes() -> str:
    """The significance legend in the window's language."""
    return translate("ResultsTables", SIGNIF_CODES)


class CoefficientTableModel(QAbstractTableModel):
    """One row per coefficient: estimate, standard error, t, p, stars, CI."""

    _DIGITS: ClassVar[dict[str, int]] = {
        "estimate": 7,
        "std_error": 4,
        "t_value": 4,
        "ci_low": 5,
        "ci_high": 5,
    }

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names: list[str] = []
        # One dict per row: key → value (None: the method does not define it).
        self._rows: list[dict[str, float | None]] = []
        self._grey = QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self._names)

    def value(self, row: int, key: str) -> float | None:
        return self._rows[row][key]

    def set_coefficients(self, coefficients: Sequence[Coefficient]) -> None:
        """Show a fitted table (a reset only if the terms changed)."""
        names = [c.name for c in coefficients]
        rows = [{key: getattr(c, key) for key in _COEF_KEYS} for c in coefficients]
        self._replace(names, rows)

    def set_estimates(self, names: Sequence[str], estimates: Sequence[float]) -> None:
        """Show estimates only (a run in progress); inference cells go blank."""
        rows: list[dict[str, float | None]] = [
            {key: (float(v) if key == "estimate" else None) for key in _COEF_KEYS}
            for v in estimates
        ]
        self._replace(list(names), rows)

    def clear(self) -> None:
        self._replace([], [])

    def _replace(self, names: list[str], rows: list[dict[str, float | None]]) -> None:
        if names != self._names:
            self.beginResetModel()
            self._names = names
            self._rows = rows
            self.endResetModel()
            return
        self._rows = rows
        if rows:
            self.dataChanged.emit(
                self.index(0, 1), self.index(len(rows) - 1, self.columnCount() - 1)
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._names)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COEFFICIENT_COLUMNS)

    def cell_text(self, row: int, column: int) -> str:
        key = COEFFICIENT_COLUMNS[column][1]
        if key is None:
            return self._names[row]
        values = self._rows[row]
        if key == "stars":
            return significance_stars(values["p_value"])
        value = values[key]
        if key == "p_value":
            return "" if value is None else _shown_p(value)
        return _show(value, self._DIGITS[key])

    def export_cell(self, row: int, column: int) -> str:
        key = COEFFICIENT_COLUMNS[column][1]
        if key is None or key == "stars":
            return self.cell_text(row, column)
        return export_number(self._rows[row][key])

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == _DISPLAY:
            return self.cell_text(row, column)
        if role == _ALIGN:
            return _LEFT if column in (0, 5) else _RIGHT
        key = COEFFICIENT_COLUMNS[column][1]
        value = self._rows[row].get(key) if key not in (None, "stars") else None
        if role == _FOREGROUND and value is not None and math.isnan(value):
            return self._grey
        if role == _TOOLTIP:
            if key == "estimate" and value is not None and math.isnan(value):
                return translate(
                    "ResultsTables",
                    "NA: this term is aliased (a combination of the other terms), "
                    "so the data cannot tell its coefficient apart from theirs.",
                )
            if key == "stars":
                return translated_signif_codes()
            if value is not None and math.isfinite(value):
                shown = number(value, "") if isinstance(value, float) else str(value)
                return f"{self._names[row]}: {shown}"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        header, _, tip = COEFFICIENT_COLUMNS[section]
        if role == _DISPLAY:
            return translate("ResultsTables", header) if header else ""
        if role == _TOOLTIP:
            return translate("ResultsTables", tip)
        return None


class MetricsTableModel(QAbstractTableModel):
    """Goodness of fit: one row per metric, one column per data split."""

    _DIGITS = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._values: list[dict[str, Number]] = []
        self._uncentred = False

    @property
    def headers(self) -> tuple[str, ...]:
        return tuple(self._headers)

    def value(self, key: str, column: int = 0) -> Number:
        return self._values[column].get(key)

    def set_columns(
        self, columns: Sequence[tuple[str, dict[str, Number]]], *, uncentred: bool
    ) -> None:
        """Show ``(header, {key: value})`` columns; missing keys show blank."""
        headers = [header for header, _ in columns]
        values = [dict(v) for _, v in columns]
        if headers != self._headers or uncentred != self._uncentred:
            self.beginResetModel()
            self._headers, self._values, self._uncentred = headers, values, uncentred
            self.endResetModel()
            return
        self._values = values
        if headers:
            self.dataChanged.emit(
                self.index(0, 1), self.index(len(METRIC_ROWS) - 1, len(headers))
            )

    def clear(self) -> None:
        self.set_columns([], uncentred=False)

    def label(self, row: int, *, translated: bool = False) -> str:
        """The metric's name: in the window's language when ``translated``,
        else the English one that copied tables keep."""
        label = METRIC_ROWS[row][0]
        if not translated:
            return f"{label} (uncentred)" if self._uncentred and row == 0 else label
        label = translate("ResultsTables", label)
        if self._uncentred and row == 0:
            return translate("ResultsTables", "{metric} (uncentred)").format(
                metric=label
            )
        return label

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._headers else len(METRIC_ROWS)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        # Column 0 holds the metric's name, one more column per data split.
        return 0 if parent.isValid() or not self._headers else len(self._headers) + 1

    def cell_text(self, row: int, column: int) -> str:
        if column == 0:
            return self.label(row, translated=True)
        return _show(self._values[column - 1].get(METRIC_ROWS[row][1]), self._DIGITS)

    def export_cell(self, row: int, column: int) -> str:
        if column == 0:
            return self.label(row)
        return export_number(self._values[column - 1].get(METRIC_ROWS[row][1]))

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role == _DISPLAY:
            return self.cell_text(index.row(), index.column())
        if role == _ALIGN:
            return _LEFT if index.column() == 0 else _RIGHT
        if role == _TOOLTIP:
            return self._row_tip(index.row())
        return None

    def _row_tip(self, row: int) -> str:
        tip = translate("ResultsTables", METRIC_ROWS[row][2])
        if row == 0 and self._uncentred:
            tip = f"{tip}\n\n{translate('ResultsTables', R2_UNCENTRED_TIP)}"
        return tip

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return None
        header = "Metric" if section == 0 else self._headers[section - 1]
        if role == _DISPLAY:
            return translate("ResultsTables", _HEADERS.get(header, header))
        if role == _TOOLTIP:
            if header == "Test":
                return translate(
                    "ResultsTables",
                    "Rows held out of the fit: how well the model predicts new data.",
                )
            if header == "Train":
                return translate("ResultsTables", "Rows the model was fitted on.")
            if header == "Value":
                return translate(
                    "ResultsTables", "Computed on all rows used in the fit."
                )
        return None


#: The metric table's column headers (kept in English in copied tables).
_HEADERS = {
    "Metric": QT_TRANSLATE_NOOP("ResultsTables", "Metric"),
    "Value": QT_TRANSLATE_NOOP("ResultsTables", "Value"),
    "Train": QT_TRANSLATE_NOOP("ResultsTables", "Train"),
    "Test": QT_TRANSLATE_NOOP("ResultsTables", "Test"),
}


class CompactTable(QTableView):
    """A read-only table as tall as its few rows, so the panel never scrolls twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        columns = self.horizontalHeader()
        columns.setHighlightSections(False)
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setStretchLastSection(False)

    def fit_columns(self, *, grow_only: bool = False) -> None:
        """Size columns to header and cells; ``grow_only`` avoids jitter in a run."""
        model = self.model()
        if model is None:
            return
        cells = self.fontMetrics()
        header_font = QFont(self.horizontalHeader().font())
        header_font.setBold(True)
        header = QFontMetrics(header_font)
        for column in range(model.columnCount()):
            text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = header.horizontalAdvance(text) + 16
            for row in range(model.rowCount()):
                cell = str(model.data(model.index(row, column)) or "")
                width = max(width, cells.horizontalAdvance(cell) + 16)
            width = max(width, 28)
            if grow_only:
                width = max(width, self.columnWidth(column))
            self.setColumnWidth(column, width)
        self.updateGeometry()
