"""Run → Compare Solvers: the same rows fitted every way, digits of agreement shown.

On well-behaved data every closed-form method agrees to 12+ digits.  On NIST
Filip (File ▸ Examples) the normal equations and plain ``np.linalg.lstsq`` agree
with the QR solver to no digits at all: the lesson "why ``lstsq`` beats ``inv``,
and why even ``lstsq`` needs care" made visible.  The current gradient-descent
run has its own column, with why it differs (where it stopped, its tolerance,
scaling), and scikit-learn's ``LinearRegression`` the last: "check that
scikit-learn agrees".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from linreg_gui.model.compare import Comparison, compare_methods
from linreg_gui.model.fitting import Problem
from linreg_gui.model.report import comparison_text
from linreg_gui.model.text import QT_TRANSLATE_NOOP, number, translate

#: Column headers that fit; the full titles are the tooltips.
SHORT_NAMES = {
    "ols": QT_TRANSLATE_NOOP("CompareDialog", "QR (the app)"),
    "gd": QT_TRANSLATE_NOOP("CompareDialog", "Gradient descent"),
    "normal": "inv(XᵀX)",
    "lstsq": "np.linalg.lstsq",
    "polyfit": "np.polyfit",
    "sklearn": "scikit-learn",
}


def short_name(method: str) -> str:
    return translate("CompareDialog", SHORT_NAMES.get(method, method))


def _digits_colour(digits: float) -> QColor:
    if digits >= 10:
        return QColor("#1b7a3a")
    if digits >= 5:
        return QColor("#8a5a00")
    return QColor("#b3261e")


class CompareDialog(QDialog):
    """A small table: one column per method, a row per coefficient, then digits."""

    def __init__(
        self,
        problem: Problem,
        parent: QWidget | None = None,
        comparison: Comparison | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CompareDialog", "Compare Solvers"))
        # The window computes it off the GUI thread (five solvers, and SciPy and
        # scikit-learn to import); computing it here is for a quick look.
        self.comparison: Comparison = (
            comparison if comparison is not None else compare_methods(problem)
        )
        self.problem = problem
        layout = QVBoxLayout(self)
        cond = number(self.comparison.condition_number, ".3g")
        intro = QLabel(
            translate(
                "CompareDialog",
                "The same least-squares problem, solved by each method. <b>Digits</b> "
                "counts the significant digits each shares with the QR solver "
                "(15 = identical; NIST's certified values side with QR).<br>"
                "Condition number of the design [1, X]: <b>{cond}</b>. The normal "
                "equation inv(XᵀX) squares it: above about 1e8 it starts losing "
                "every digit float64 holds.",
            ).format(cond=cond)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self._table())
        notes = [
            f"<b>{translate('Methods', o.title)}</b>: {text}"
            for o in self.comparison.outcomes
            for text in ((o.error,) if o.error else o.warnings)
        ]
        if notes:
            label = QLabel("<br>".join(notes))
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(
            translate("CompareDialog", "&Copy as Text"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        copy.clicked.connect(self.copy_text)
        buttons.rejected.connect(self.reject)
        layout.addStretch(1)  # any spare height below the notes, not between rows
        layout.addWidget(buttons)
        # Wrapped labels are shorter at the final width than at the hint's.
        width = 860
        height = (
            layout.heightForWidth(width)
            if layout.hasHeightForWidth()
            else self.sizeHint().height()
        )
        self.resize(width, max(height, 200))

    def _table(self) -> QTableWidget:
        shown = [o for o in self.comparison.outcomes if o.params is not None]
        names = self.comparison.names
        table = QTableWidget(len(names) + 1, len(shown))
        table.setAccessibleName(translate("CompareDialog", "Solvers compared"))
        table.setAccessibleDescription(
            translate(
                "CompareDialog",
                "Each method's coefficients and the digits it shares with the "
                "accurate answer",
            )
        )
        for column, outcome in enumerate(shown):
            header = QTableWidgetItem(short_name(outcome.method))
            header.setToolTip(translate("Methods", outcome.title))
            table.setHorizontalHeaderItem(column, header)
        # Digits first: it is the point of the table.
        table.setVerticalHeaderLabels([translate("CompareDialog", "Digits"), *names])
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for column, outcome in enumerate(shown):
            assert outcome.params is not None
            digits = outcome.digits or 0.0
            item = QTableWidgetItem(number(digits, ".1f"))
            item.setTextAlignment(right)
            item.setForeground(_digits_colour(digits))
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            table.setItem(0, column, item)
            for row, value in enumerate(outcome.params, start=1):
                item = QTableWidgetItem(number(float(value), ".12g"))
                item.setTextAlignment(right)
                item.setToolTip(repr(float(value)))
                table.setItem(row, column, item)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        height = table.horizontalHeader().height() + 4
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setMinimumHeight(min(height, 520))
        table.setMaximumHeight(height + 2)
        self.table = table
        return table

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(
            comparison_text("data", self.problem, self.comparison)
        )
