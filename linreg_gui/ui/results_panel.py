"""The results panel: coefficients, goodness of fit, convergence and warnings.

It shows numbers the model computed and explains them in tooltips; it computes
nothing.  During a gradient-descent run ``show_progress`` is called many times a
second, so it rewrites values in two small table models in place (one
``dataChanged`` each) instead of rebuilding widgets.
"""

from __future__ import annotations

import html
import math
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from linreg_gui.model.report import format_number, format_p, significance_stars

if TYPE_CHECKING:
    from linreg_gui.model.fitting import FitResult
    from linreg_gui.model.stats import Coefficient, Metrics

Index = QModelIndex | QPersistentModelIndex
Number = float | int | None

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

INTERCEPT = "(Intercept)"

SIGNIF_CODES = "Signif. codes:  *** p < 0.001   ** p < 0.01   * p < 0.05   . p < 0.1"

P_TIP = (
    "p-value: if this coefficient were really 0, the chance of an estimate at "
    "least this far from 0.  Small p (say below 0.05) is evidence that the term "
    "helps predict y.  It is not the chance that the coefficient is 0, and it "
    "says nothing about how large the effect is."
)
CI_TIP = (
    "95% confidence interval: a range of plausible values for the coefficient.  "
    "Built this way from many samples, 95% of such intervals would contain the "
    "true value.  An interval that excludes 0 goes with p < 0.05."
)
R2_TIP = (
    "R²: share of the variance of y the model explains: 1 = perfect, 0 = no "
    "better than predicting the mean, negative = worse than the mean."
)
R2_UNCENTRED_TIP = (
    "R² without an intercept is uncentred (1 − SSres/Σy², as R reports it): it "
    "compares the model with predicting 0, not the mean, so it is not comparable "
    "with the R² of a model that has an intercept."
)
ADJ_R2_TIP = (
    "Adjusted R²: R² with a penalty for each coefficient.  Adding any term never "
    "lowers R², but adjusted R² rises only if the term improves the fit more than "
    "chance would, so use it to compare models with different numbers of terms."
)

#: (header, key, tooltip) of the coefficient table; key None is the term name.
COEFFICIENT_COLUMNS: tuple[tuple[str, str | None, str], ...] = (
    ("Term", None, "The model's terms; (Intercept) is the constant b0."),
    (
        "Estimate",
        "estimate",
        "The fitted coefficient: how much the prediction changes when this x "
        "grows by 1 and the other x stay fixed.  For (Intercept): the prediction "
        "when every x is 0.",
    ),
    (
        "Std. Error",
        "std_error",
        "Standard error: how much the estimate would vary from sample to sample.  "
        "Least squares computes it from the residuals; other methods leave it blank.",
    ),
    (
        "t",
        "t_value",
        "t value = estimate ÷ standard error: how many standard errors the "
        "estimate lies from 0.",
    ),
    ("p", "p_value", P_TIP),
    ("", "stars", SIGNIF_CODES),
    ("95% CI low", "ci_low", CI_TIP),
    ("95% CI high", "ci_high", CI_TIP),
)
_COEF_KEYS = tuple(
    key for _, key, _ in COEFFICIENT_COLUMNS if key not in (None, "stars")
)

#: (label, key, tooltip) of the metric rows.
METRIC_ROWS: tuple[tuple[str, str, str], ...] = (
    ("R²", "r2", R2_TIP),
    ("Adjusted R²", "adj_r2", ADJ_R2_TIP),
    (
        "MSE",
        "mse",
        "Mean squared error: the average of (y − ŷ)², in the units of y squared.  "
        "It is the loss gradient descent minimises.",
    ),
    (
        "RMSE",
        "rmse",
        "Root mean squared error: √MSE, a typical size of a prediction error in "
        "the units of y.",
    ),
    (
        "MAE",
        "mae",
        "Mean absolute error: the average |y − ŷ|.  Large errors count less than "
        "in RMSE, so it is less swayed by outliers.",
    ),
    ("Rows", "n_samples", "How many rows these numbers are computed on."),
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
        return str(value)
    return format_number(float(value), digits)


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
            return "" if value is None else format_p(value)
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
                return (
                    "NA: this term is aliased (a combination of the other terms), "
                    "so the data cannot tell its coefficient apart from theirs."
                )
            if key == "stars":
                return SIGNIF_CODES
            if value is not None and math.isfinite(value):
                return f"{self._names[row]}: {export_number(value)}"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == _DISPLAY:
            return COEFFICIENT_COLUMNS[section][0]
        if role == _TOOLTIP:
            return COEFFICIENT_COLUMNS[section][2]
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

    def label(self, row: int) -> str:
        label = METRIC_ROWS[row][0]
        return f"{label} (uncentred)" if self._uncentred and row == 0 else label

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._headers else len(METRIC_ROWS)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        # Column 0 holds the metric's name, one more column per data split.
        return 0 if parent.isValid() or not self._headers else len(self._headers) + 1

    def cell_text(self, row: int, column: int) -> str:
        if column == 0:
            return self.label(row)
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
        tip = METRIC_ROWS[row][2]
        if row == 0 and self._uncentred:
            tip = f"{tip}\n\n{R2_UNCENTRED_TIP}"
        return tip

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return None
        header = "Metric" if section == 0 else self._headers[section - 1]
        if role == _DISPLAY:
            return header
        if role == _TOOLTIP:
            if header == "Test":
                return "Rows held out of the fit: how well the model predicts new data."
            if header == "Train":
                return "Rows the model was fitted on."
            if header == "Value":
                return "Computed on all rows used in the fit."
        return None


class _CompactTable(QTableView):
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


class ResultsPanel(QWidget):
    """What a fit found, with tooltips that explain each number."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._has_result = False
        self._last_fit = 0.0

        self._title = QLabel()
        title_font = QFont(self._title.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
        self._title.setFont(title_font)
        self._title.setWordWrap(True)
        self._copy = QPushButton("Copy")
        self._copy.setToolTip(
            "Copy the coefficients and metrics with every digit: tab-separated "
            "for spreadsheets, and as a table for documents."
        )
        self._copy.setEnabled(False)
        self._copy.clicked.connect(self.copy_to_clipboard)
        top = QHBoxLayout()
        top.addWidget(self._title, 1)
        top.addWidget(self._copy, 0, Qt.AlignmentFlag.AlignTop)

        self._status = QLabel()
        self._status.setWordWrap(True)
        self._status.hide()

        self.coefficients = CoefficientTableModel(self)
        self._coef_view = _CompactTable()
        self._coef_view.setModel(self.coefficients)
        self._coef_view.verticalHeader().hide()
        self._coef_caption = QLabel()
        self._coef_caption.setWordWrap(True)
        mute(self._coef_caption)

        self.metrics = MetricsTableModel(self)
        self._metrics_view = _CompactTable()
        self._metrics_view.setModel(self.metrics)
        self._metrics_view.verticalHeader().hide()

        self._notes = QLabel()
        self._notes.setWordWrap(True)
        self._notes.setTextFormat(Qt.TextFormat.PlainText)
        self._notes.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self._notes_box = QFrame()
        self._notes_box.setObjectName("notes")
        self._notes_box.setStyleSheet(
            "QFrame#notes { background: rgba(240, 180, 40, 40); "
            "border-left: 3px solid rgba(220, 150, 0, 180); border-radius: 3px; }"
        )
        notes_layout = QVBoxLayout(self._notes_box)
        notes_layout.setContentsMargins(8, 6, 8, 6)
        notes_layout.addWidget(self._notes)
        self._notes_box.hide()

        self._placeholder = QLabel(
            "No fit yet. The coefficients, R² and errors appear here as soon as "
            "the line starts to move."
        )
        self._placeholder.setWordWrap(True)
        mute(self._placeholder)

        # Everything a result shows, hidden as one block while there is none.
        self._body = QWidget()
        body = QVBoxLayout(self._body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(6)
        body.addWidget(self._status)
        # Coefficients and goodness of fit side by side: the panel sits under
        # the plots, where width is plentiful and height is not.
        coef_column = QVBoxLayout()
        coef_column.setSpacing(6)
        coef_column.addWidget(_heading("Coefficients"))
        coef_column.addWidget(self._coef_view, 0, Qt.AlignmentFlag.AlignLeft)
        coef_column.addWidget(self._coef_caption)
        coef_column.addStretch(1)
        metrics_column = QVBoxLayout()
        metrics_column.setSpacing(6)
        metrics_column.addWidget(_heading("Goodness of fit"))
        metrics_column.addWidget(self._metrics_view, 0, Qt.AlignmentFlag.AlignLeft)
        metrics_column.addStretch(1)
        self._tables = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._tables.setSpacing(18)
        self._tables.addLayout(coef_column, 0)
        self._tables.addLayout(metrics_column, 0)
        self._tables.addStretch(1)
        body.addLayout(self._tables)
        body.addWidget(self._notes_box)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self._placeholder)
        layout.addWidget(self._body)
        layout.addStretch(1)
        self.show_result(None)

    # -- public API ------------------------------------------------------------

    def show_result(self, result: FitResult | None, *, title: str = "") -> None:
        """Show a finished fit, or clear the panel with ``None``."""
        self._title.setText(title)
        self._title.setVisible(bool(title))
        if result is None:
            self._has_result = False
            self.coefficients.clear()
            self.metrics.clear()
            self._status.hide()
            self._notes_box.hide()
            self._body.hide()
            self._placeholder.show()
            self._copy.setEnabled(False)
            self._fit_tables(grow_only=False)
            return
        self._show_body()
        self._show_inference(result.inference is not None)
        self.coefficients.set_coefficients(result.coefficients)
        names = [c.name for c in result.coefficients]
        uncentred = INTERCEPT not in names
        self.metrics.set_columns(
            _metric_columns(result.train, result.test), uncentred=uncentred
        )
        self._status.setText(_status_text(result))
        self._status.setVisible(bool(self._status.text()))
        if result.inference is not None:
            self._coef_caption.setText(SIGNIF_CODES)
        else:
            self._coef_caption.setText(
                "Standard errors, t, p and confidence intervals come from "
                "least-squares theory; this method does not provide them."
            )
        self._coef_caption.show()
        if result.warnings:
            self._notes.setText("\n".join(f"•  {w}" for w in result.warnings))
            self._notes_box.show()
        else:
            self._notes_box.hide()
        self._copy.setEnabled(True)
        self._fit_tables(grow_only=False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Side by side when both tables fit across, stacked when they do not."""
        super().resizeEvent(event)
        self._arrange_tables()

    def _arrange_tables(self) -> None:
        needed = (
            self._coef_view.sizeHint().width()
            + self._metrics_view.sizeHint().width()
            + self._tables.spacing()
            + 8
        )
        direction = (
            QBoxLayout.Direction.LeftToRight
            if self.width() >= needed
            else QBoxLayout.Direction.TopToBottom
        )
        if self._tables.direction() != direction:
            self._tables.setDirection(direction)

    def _show_inference(self, visible: bool) -> None:
        """Show the SE, t, p and CI columns only when the method provides them."""
        for column, (_, key, _) in enumerate(COEFFICIENT_COLUMNS):
            if key not in (None, "estimate"):
                self._coef_view.setColumnHidden(column, not visible)

    def set_title(self, title: str) -> None:
        """The heading above the tables (e.g. the method and the run's state)."""
        self._title.setText(title)
        self._title.setVisible(bool(title))

    def show_progress(
        self,
        names: tuple[str, ...],
        intercept: float,
        coef: NDArray[np.float64],
        *,
        has_intercept: bool,
        iteration: int,
        train: Metrics,
        test: Metrics | None,
        paused: bool = False,
    ) -> None:
        """Show the coefficients and metrics of a run in progress (no rebuild).

        ``names`` are the terms of ``coef``; the intercept row is added when
        ``has_intercept``.  MAE is not known mid-run and shows blank.
        """
        values = [float(v) for v in coef]
        terms = list(names)
        if has_intercept:
            values.insert(0, float(intercept))
            if len(terms) < len(values):
                terms.insert(0, INTERCEPT)
        reset = terms != list(self.coefficients.names)
        if reset:
            self._show_inference(False)
        self.coefficients.set_estimates(terms, values)
        columns = _metric_columns(train, test)
        for _, values in columns:
            values["mae"] = None  # needs the residuals: filled in when the run stops
        reset = reset or [h for h, _ in columns] != list(self.metrics.headers)
        self.metrics.set_columns(columns, uncentred=not has_intercept)
        self._status.setText(
            f"Gradient descent paused at iteration {iteration:,}."
            if paused
            else f"Gradient descent running: iteration {iteration:,}"
        )
        if self._status.isHidden():
            self._status.show()
        if self._coef_caption.text() != _RUNNING_CAPTION:
            self._coef_caption.setText(_RUNNING_CAPTION)
            self._notes_box.hide()
        self._show_body()
        self._copy.setEnabled(True)
        # Measuring every cell's text is the costly part of an update; numbers
        # seldom outgrow their column, so once a second is enough mid-run.
        now = time.monotonic()
        if reset or now - self._last_fit > 1.0:
            self._last_fit = now
            self._fit_tables(grow_only=not reset)

    def as_tsv(self) -> str:
        """Coefficients, a blank line, then metrics, as tab-separated text."""
        return (
            "\n".join(
                "\t".join(cells) if cells else "" for cells in self._export_rows()
            )
            + "\n"
        )

    def as_html(self) -> str:
        """The same tables as HTML, for word processors."""
        parts = []
        for table in self._export_tables():
            header, *body = table
            rows = ["<tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in header)]
            rows += [
                "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row)
                for row in body
            ]
            parts.append(
                "<table border='1' cellspacing='0' cellpadding='3'>"
                + "</tr>".join(rows)
                + "</tr></table>"
            )
        return "<html><body>" + "<br>".join(parts) + "</body></html>"

    def copy_to_clipboard(self) -> None:
        """Put the tables on the clipboard as plain TSV and as an HTML table."""
        mime = QMimeData()
        mime.setText(self.as_tsv())
        mime.setHtml(self.as_html())
        QGuiApplication.clipboard().setMimeData(mime)

    # -- internals -------------------------------------------------------------

    def _export_tables(self) -> list[list[list[str]]]:
        coef = self.coefficients
        header = [h or "Signif." for h, _, _ in COEFFICIENT_COLUMNS]
        tables = [
            [header]
            + [
                [coef.export_cell(r, c) for c in range(coef.columnCount())]
                for r in range(coef.rowCount())
            ]
        ]
        metrics = self.metrics
        if metrics.columnCount():
            tables.append(
                [["Metric", *metrics.headers]]
                + [
                    [metrics.export_cell(r, c) for c in range(metrics.columnCount())]
                    for r in range(metrics.rowCount())
                ]
            )
        return tables

    def _export_rows(self) -> list[list[str]]:
        rows: list[list[str]] = []
        for i, table in enumerate(self._export_tables()):
            if i:
                rows.append([])
            rows.extend(table)
        return rows

    def _show_body(self) -> None:
        if not self._has_result:
            self._has_result = True
            self._placeholder.hide()
            self._body.show()

    def _fit_tables(self, *, grow_only: bool) -> None:
        self._coef_view.fit_columns(grow_only=grow_only)
        self._metrics_view.fit_columns(grow_only=grow_only)
        self._arrange_tables()


_RUNNING_CAPTION = (
    "Estimates so far.  Standard errors and p-values need a finished least-squares "
    "fit; MAE is worked out when the run stops."
)


def mute(label: QLabel) -> None:
    """Draw a caption in a quieter colour: halfway between text and background."""
    palette = label.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    grey = QColor(
        (text.red() + back.red()) // 2,
        (text.green() + back.green()) // 2,
        (text.blue() + back.blue()) // 2,
    )
    palette.setColor(QPalette.ColorRole.WindowText, grey)
    label.setPalette(palette)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


def _metrics_dict(metrics: Metrics) -> dict[str, Number]:
    return {key: getattr(metrics, key) for _, key, _ in METRIC_ROWS}


def _metric_columns(
    train: Metrics, test: Metrics | None
) -> list[tuple[str, dict[str, Number]]]:
    if test is None:
        return [("Value", _metrics_dict(train))]
    return [("Train", _metrics_dict(train)), ("Test", _metrics_dict(test))]


def _status_text(result: FitResult) -> str:
    """The iteration and convergence line, plus rows dropped."""
    parts = []
    if result.iterations is not None:
        if result.converged:
            parts.append(f"Converged after {result.iterations:,} iterations.")
        elif result.converged is False:
            parts.append(
                f"Stopped after {result.iterations:,} iterations without converging."
            )
        else:
            parts.append(f"{result.iterations:,} iterations.")
    if result.n_dropped:
        rows = "row" if result.n_dropped == 1 else "rows"
        parts.append(f"{result.n_dropped:,} {rows} with a missing value left out.")
    return "  ".join(parts)
