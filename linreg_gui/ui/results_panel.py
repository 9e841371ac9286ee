"""The results panel: coefficients, goodness of fit, convergence and warnings.

It shows numbers the model computed and explains them in tooltips; it computes
nothing.  During a gradient-descent run ``show_progress`` is called many times a
second, so it rewrites values in two small table models in place (one
``dataChanged`` each) instead of rebuilding widgets.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import (
    QMimeData,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from linreg_gui.model.plot_data import convergence_text
from linreg_gui.model.steps import Gap, gap_text
from linreg_gui.model.text import number, translate
from linreg_gui.ui.results_tables import (
    COEFFICIENT_COLUMNS,
    INTERCEPT,
    METRIC_ROWS,
    CoefficientTableModel,
    CompactTable,
    MetricsTableModel,
    Number,
    translated_signif_codes,
)
from linreg_gui.workers.throttle import LAYOUT_INTERVAL, Interval

if TYPE_CHECKING:
    from linreg_gui.model.fitting import FitResult
    from linreg_gui.model.stats import Metrics


class ResultsPanel(QWidget):
    """What a fit found, with tooltips that explain each number."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._has_result = False
        self._layout = Interval(LAYOUT_INTERVAL)

        top = self._build_title()
        self._build_tables()
        self._build_notes()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self._placeholder)
        layout.addWidget(self._body)
        layout.addStretch(1)
        self.show_result(None)

    def _build_title(self) -> QHBoxLayout:
        """The title (method and state) with the Copy button beside it."""
        self._title = QLabel()
        title_font = QFont(self._title.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
        self._title.setFont(title_font)
        self._title.setWordWrap(True)
        self._copy = QPushButton(translate("ResultsPanel", "Copy"))
        self._copy.setToolTip(
            translate(
                "ResultsPanel",
                "Copy the coefficients and metrics with every digit: tab-separated "
                "for spreadsheets, and as a table for documents.",
            )
        )
        self._copy.setEnabled(False)
        self._copy.clicked.connect(self.copy_to_clipboard)
        top = QHBoxLayout()
        top.addWidget(self._title, 1)
        top.addWidget(self._copy, 0, Qt.AlignmentFlag.AlignTop)
        return top

    def _build_tables(self) -> None:
        """Coefficients beside goodness of fit: the panel sits under the plots,
        where width is plentiful and height is not."""
        self._status = QLabel()
        self._status.setWordWrap(True)
        self._status.hide()

        self.coefficients = CoefficientTableModel(self)
        self._coef_view = CompactTable()
        self._coef_view.setModel(self.coefficients)
        self._coef_view.setAccessibleName(translate("ResultsPanel", "Coefficients"))
        self._coef_view.setAccessibleDescription(
            translate(
                "ResultsPanel",
                "Each coefficient's estimate, and with least squares its standard "
                "error, t value, p value and 95 % interval",
            )
        )
        self._coef_view.verticalHeader().hide()
        self._coef_caption = QLabel()
        self._coef_caption.setWordWrap(True)
        mute(self._coef_caption)

        self.metrics = MetricsTableModel(self)
        self._metrics_view = CompactTable()
        self._metrics_view.setModel(self.metrics)
        self._metrics_view.setAccessibleName(
            translate("ResultsPanel", "Goodness of fit")
        )
        self._metrics_view.setAccessibleDescription(
            translate(
                "ResultsPanel", "R², adjusted R², MSE, RMSE, MAE and the rows used"
            )
        )
        self._metrics_view.verticalHeader().hide()
        self._placeholder = QLabel(
            translate(
                "ResultsPanel",
                "No fit yet. The coefficients, R² and errors appear here as soon as "
                "the line starts to move.",
            )
        )
        self._placeholder.setWordWrap(True)
        mute(self._placeholder)

    def _build_notes(self) -> None:
        """Warnings and notes in a tinted box, then the body that holds it all."""
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
        coef_column.addWidget(_heading(translate("ResultsPanel", "Coefficients")))
        coef_column.addWidget(self._coef_view, 0, Qt.AlignmentFlag.AlignLeft)
        coef_column.addWidget(self._coef_caption)
        coef_column.addStretch(1)
        metrics_column = QVBoxLayout()
        metrics_column.setSpacing(6)
        metrics_column.addWidget(_heading(translate("ResultsPanel", "Goodness of fit")))
        metrics_column.addWidget(self._metrics_view, 0, Qt.AlignmentFlag.AlignLeft)
        metrics_column.addStretch(1)
        self._tables = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._tables.setSpacing(18)
        self._tables.addLayout(coef_column, 0)
        self._tables.addLayout(metrics_column, 0)
        self._tables.addStretch(1)
        body.addLayout(self._tables)
        body.addWidget(self._notes_box)

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
            self._coef_caption.setText(translated_signif_codes())
        else:
            self._coef_caption.setText(
                translate(
                    "ResultsPanel",
                    "Standard errors, t, p and confidence intervals come from "
                    "least-squares theory; this method does not provide them.",
                )
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
        gap: Gap | None = None,
    ) -> None:
        """Show the coefficients and metrics of a run in progress (no rebuild).

        ``names`` are the terms of ``coef``; the intercept row is added when
        ``has_intercept``.  MAE is not known mid-run and shows blank.  ``gap``
        is the run's distance to least squares, shown live.
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
        shown = number(iteration, ",d")
        status = (
            translate("ResultsPanel", "Gradient descent paused at iteration {n}")
            if paused
            else translate("ResultsPanel", "Gradient descent running: iteration {n}")
        ).format(n=shown)
        if gap is not None and not np.isnan(gap.loss):
            status += f" · {gap_text(gap)}"
        self._status.setText(status + ("." if paused else ""))
        if self._status.isHidden():
            self._status.show()
        caption = _running_caption()
        if self._coef_caption.text() != caption:
            self._coef_caption.setText(caption)
            self._notes_box.hide()
        self._show_body()
        self._copy.setEnabled(True)
        # Measuring every cell's text is the costly part of an update; numbers
        # seldom outgrow their column, so once a second is enough mid-run.
        if self._layout.due(force=reset):
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


def _running_caption() -> str:
    return translate(
        "ResultsPanel",
        "Estimates so far.  Standard errors and p-values need a finished "
        "least-squares fit; MAE is worked out when the run stops.",
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
    """The convergence line (why it stopped, how far from least squares), plus
    rows dropped."""
    parts = []
    if result.iterations is not None:
        parts.append(convergence_text(result))
    if result.n_dropped == 1:
        parts.append(translate("ResultsPanel", "1 row with a missing value left out."))
    elif result.n_dropped:
        parts.append(
            translate(
                "ResultsPanel", "{count} rows with a missing value left out."
            ).format(count=number(result.n_dropped, ",d"))
        )
    return "  ".join(parts)
