"""The data table model and view: roles, greyed rows, edits, speed and copying."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication
from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot

from linreg_gui.model.dataset import Dataset
from linreg_gui.ui.data_table import (
    DatasetTableModel,
    DataTableView,
    full_number,
    parse_number,
)

pytestmark = pytest.mark.gui

DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole
FONT = Qt.ItemDataRole.FontRole
H = Qt.Orientation.Horizontal
V = Qt.Orientation.Vertical


@pytest.fixture
def dataset() -> Dataset:
    return Dataset.from_arrays(
        "people",
        {
            "height": [1.5, 2.25, math.nan, 1234567.891],
            "weight": [60.0, 0.1 + 0.2, 80.0, 90.0],
            "label": np.array(["a", "b", "abc", "d"], dtype=object),
        },
    )


@pytest.fixture
def model(qtbot: QtBot, dataset: Dataset) -> DatasetTableModel:
    model = DatasetTableModel()
    model.set_dataset(dataset)
    return model


def cell(
    model: DatasetTableModel, row: int, column: int, role: int = DISPLAY
) -> object:
    return model.data(model.index(row, column), role)


def shown_view(
    qtbot: QtBot,
    model: DatasetTableModel | None = None,
    size: tuple[int, int] = (600, 400),
) -> DataTableView:
    """A table view on screen, at ``size``."""
    view = DataTableView(model)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    return view


def test_shape_and_compact_display(model: DatasetTableModel) -> None:
    assert (model.rowCount(), model.columnCount()) == (4, 3)
    assert cell(model, 0, 0) == "1.5"
    assert cell(model, 3, 0) == "1234568"  # 7 significant digits on screen
    assert cell(model, 1, 1) == "0.3"
    assert cell(model, 2, 0) == "NA"
    assert cell(model, 2, 2) == "abc"


def test_edit_role_and_tooltip_keep_every_digit(model: DatasetTableModel) -> None:
    assert cell(model, 3, 0, EDIT) == "1234567.891"
    assert cell(model, 1, 1, EDIT) == repr(0.1 + 0.2)
    assert cell(model, 2, 0, EDIT) == ""
    assert "1234567.891" in str(cell(model, 3, 0, TOOLTIP))
    assert cell(model, 0, 1, EDIT) == "60"


def test_full_number_round_trips() -> None:
    for value in (0.1 + 0.2, -1e-300, 123456789012345.0, 1e20, 5.0):
        assert float(full_number(value)) == value


def test_headers_show_roles_and_row_numbers(model: DatasetTableModel) -> None:
    assert model.headerData(0, H) == "height"
    with_signal = []
    model.headerDataChanged.connect(lambda *args: with_signal.append(args))
    model.set_roles(("height",), "weight")
    assert with_signal
    assert model.headerData(0, H) == "height  [x]"
    assert model.headerData(1, H) == "weight  [y]"
    assert model.headerData(2, H) == "label"
    assert "predictor" in model.headerData(0, H, TOOLTIP)
    assert "response" in model.headerData(1, H, TOOLTIP)
    assert model.headerData(0, V) == "1"
    assert model.headerData(3, V) == "4"


def test_role_columns_are_tinted(model: DatasetTableModel) -> None:
    model.set_roles(("height",), "weight", weights=None)
    x_tint = cell(model, 0, 0, BACKGROUND)
    y_tint = cell(model, 0, 1, BACKGROUND)
    assert isinstance(x_tint, QColor)
    assert isinstance(y_tint, QColor)
    assert x_tint != y_tint
    assert cell(model, 0, 2, BACKGROUND) is None
    model.set_roles((), None)
    assert cell(model, 0, 0, BACKGROUND) is None


def test_weights_role(dataset: Dataset, qtbot: QtBot) -> None:
    model = DatasetTableModel()
    model.set_dataset(dataset)
    model.set_roles(("height",), None, weights="weight")
    assert model.headerData(1, H) == "weight  [w]"


def test_text_column_is_grey_italic_and_read_only(
    model: DatasetTableModel, dataset: Dataset
) -> None:
    font = cell(model, 0, 2, FONT)
    assert isinstance(font, QFont)
    assert font.italic()
    assert isinstance(cell(model, 0, 2, FOREGROUND), QColor)
    assert cell(model, 0, 0, FOREGROUND) is None
    assert not model.flags(model.index(0, 2)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    reason = dataset.non_numeric["label"]
    assert reason in model.headerData(2, H, TOOLTIP)
    assert reason in str(cell(model, 1, 2, TOOLTIP))


def test_unused_rows_are_grey_with_a_reason(model: DatasetTableModel) -> None:
    model.set_roles(("height",), "weight")
    used = np.array([True, True, False, False])
    changed = []
    model.dataChanged.connect(lambda *args: changed.append(args))
    restyled: list[bool] = []
    model.rows_restyled.connect(lambda: restyled.append(True))
    headers: list[object] = []
    model.headerDataChanged.connect(lambda *args: headers.append(args))
    model.set_row_mask(used)
    assert changed and restyled
    # Not a header change over every row: QHeaderView walks each section it
    # is told of (68 ms for 10⁷ rows); the view repaints its row numbers.
    assert headers == []
    assert cell(model, 0, 1, FOREGROUND) is None
    assert isinstance(cell(model, 3, 1, FOREGROUND), QColor)
    assert isinstance(model.headerData(3, V, FOREGROUND), QColor)
    assert model.headerData(0, V, FOREGROUND) is None
    # Without reasons, the tooltip names the missing value of a column in use.
    assert "'height' is missing" in model.headerData(2, V, TOOLTIP)
    assert "'height' is missing" in str(cell(model, 2, 1, TOOLTIP))
    assert model.headerData(3, V, TOOLTIP) == "Left out of the fit."
    model.set_row_reasons(["", "", "missing height", "test row excluded"])
    assert model.headerData(3, V, TOOLTIP) == "test row excluded"
    model.set_row_mask(None)
    assert cell(model, 3, 1, FOREGROUND) is None


def test_row_mask_must_match_the_rows(model: DatasetTableModel) -> None:
    with pytest.raises(ValueError, match="4 rows"):
        model.set_row_mask(np.ones(3, dtype=bool))


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("3,14", 3.14), (" 2e3 ", 2000.0), ("-7", -7.0), ("", math.nan), ("NA", math.nan)],
)
def test_valid_edit_is_reported_not_applied(
    qtbot: QtBot, model: DatasetTableModel, typed: str, expected: float
) -> None:
    with (
        qtbot.waitSignal(model.value_edited) as blocker,
        qtbot.assertNotEmitted(model.edit_rejected),
    ):
        assert model.setData(model.index(1, 0), typed, EDIT)
    row, column, value = blocker.args
    assert (row, column) == (1, "height")
    assert value == expected or (math.isnan(value) and math.isnan(expected))
    assert model.dataset is not None
    assert model.dataset.values("height")[1] == 2.25  # the owner applies edits


@pytest.mark.parametrize(
    ("typed", "why"), [("abc", "is not a number"), ("inf", "is infinite")]
)
def test_invalid_edit_is_rejected_with_a_message(
    qtbot: QtBot, model: DatasetTableModel, typed: str, why: str
) -> None:
    with (
        qtbot.waitSignal(model.edit_rejected) as blocker,
        qtbot.assertNotEmitted(model.value_edited),
    ):
        assert not model.setData(model.index(0, 1), typed, EDIT)
    message = blocker.args[0]
    assert "Row 1" in message
    assert "'weight'" in message
    assert f"'{typed}'" in message
    assert why in message


def test_unchanged_edit_emits_nothing(qtbot: QtBot, model: DatasetTableModel) -> None:
    with qtbot.assertNotEmitted(model.value_edited):
        assert model.setData(model.index(0, 0), "1.5", EDIT)
        assert model.setData(model.index(2, 0), "", EDIT)


def test_parse_number_rejects_ambiguous_commas() -> None:
    with pytest.raises(ValueError, match="not a number"):
        parse_number("1,000.5")


def test_update_dataset_repaints_without_reset(
    qtbot: QtBot, model: DatasetTableModel, dataset: Dataset
) -> None:
    edited = dataset.with_value(0, "height", 9.75)
    with (
        qtbot.assertNotEmitted(model.modelReset),
        qtbot.waitSignal(model.dataChanged),
    ):
        model.update_dataset(edited)
    assert cell(model, 0, 0) == "9.75"
    assert model.dataset is edited
    other = Dataset.from_arrays("other", {"a": [1.0, 2.0]})
    with qtbot.waitSignal(model.modelReset):
        model.update_dataset(other)
    assert (model.rowCount(), model.columnCount()) == (2, 1)


def test_update_dataset_keeps_the_scroll_position(qtbot: QtBot) -> None:
    n = 5000
    data = Dataset.from_arrays("d", {"a": np.arange(n, dtype=float)})
    view = DataTableView()
    qtbot.addWidget(view)
    view.resize(300, 300)
    view.table_model().set_dataset(data)
    view.show()
    view.scrollTo(view.table_model().index(3000, 0))
    position = view.verticalScrollBar().value()
    assert position > 0
    view.table_model().update_dataset(data.with_value(3000, "a", -1.0))
    assert view.verticalScrollBar().value() == position


def test_million_rows_open_and_scroll(qtbot: QtBot) -> None:
    n = 1_000_000
    rng = np.random.default_rng(0)
    big = Dataset.from_arrays(
        "big", {name: rng.normal(size=n) for name in ("a", "b", "c", "d")}
    )
    view = shown_view(qtbot)
    model = view.table_model()
    model.set_dataset(big)
    model.set_roles(("a", "b"), "c")
    model.set_row_mask(np.ones(n, dtype=bool))
    texts = [model.data(model.index(r, c)) for r in range(40) for c in range(4)]
    view.scrollToBottom()
    last = view.rowAt(view.viewport().height() - 1)
    texts += [model.data(model.index(r, 0)) for r in range(last - 40, last + 1)]
    view.viewport().repaint()
    assert last == n - 1
    assert all(texts)
    assert model.headerData(n - 1, V) == "1000000"
    # How long it takes: benchmarks/responsiveness_bench.py (table).


def _select_rows(view: DataTableView, rows: list[int]) -> None:
    selection = view.selectionModel()
    flags = (
        QItemSelectionModel.SelectionFlag.Select
        | QItemSelectionModel.SelectionFlag.Rows
    )
    for row in rows:
        selection.select(view.table_model().index(row, 0), flags)


def test_copy_selection_as_tsv(qtbot: QtBot, dataset: Dataset) -> None:
    view = DataTableView()
    qtbot.addWidget(view)
    view.table_model().set_dataset(dataset)
    assert view.selected_tsv() == ""
    _select_rows(view, [3, 1, 2])
    expected = (
        "height\tweight\tlabel\n"
        f"2.25\t{0.1 + 0.2!r}\tb\n"
        "\t80\tabc\n"
        "1234567.891\t90\td\n"
    )
    assert view.selected_tsv() == expected
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == expected


def test_a_wide_file_sizes_only_the_columns_in_view(qtbot: QtBot) -> None:
    n_columns = 4000
    wide = Dataset.from_arrays(
        "wide", {f"c{j}": np.arange(5.0) + j for j in range(n_columns)}
    )
    view = shown_view(qtbot)
    view.table_model().set_dataset(wide)
    sized = int(view._fitted.sum())
    assert 0 < sized <= 60  # the columns on screen and a few beyond
    bar = view.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    for _ in range(3):  # sizing columns moves the end: scroll as a user would
        bar.setValue(bar.maximum())
        qtbot.wait(20)
    assert view._fitted[-1]  # sized as it came into view
    assert int(view._fitted.sum()) <= 2 * sized + 60


def test_each_column_is_wide_enough_for_every_cell_it_sized_by(qtbot: QtBot) -> None:
    # Cells are measured by shape (digits as the widest digit): a column of
    # ones and a column of eights, long and short, text and numbers, all fit.
    data = Dataset.from_arrays(
        "shapes",
        {
            "ones": [1.0, 11.0, 1111111.0, -1.111111e-11],
            "eights": [8.0, 88.0, 8888888.0, -8.888888e-88],
            "note": np.array(
                ["a", "a much longer note than the rest", "", "b"], dtype=object
            ),
        },
    )
    view = shown_view(qtbot)
    model = view.table_model()
    model.set_dataset(data)
    metrics = view.fontMetrics()
    for column in range(model.columnCount()):
        texts = model.display_texts(column, range(model.rowCount()))
        assert texts == [model.data(model.index(r, column)) for r in range(4)]
        needed = max(metrics.horizontalAdvance(text) for text in texts)
        assert view.columnWidth(column) >= needed + 24, (column, texts)


def test_a_narrower_data_set_replaces_a_wide_one_scrolled_sideways(
    qtbot: QtBot,
) -> None:
    # The view scrolls back while the model resets, before the new columns
    # are sized: the old data set's sizing must not reach past the new last
    # column (an IndexError in the view's scroll handler killed the window).
    wide = Dataset.from_arrays("wide", {f"c{j}": np.arange(5.0) for j in range(300)})
    view = shown_view(qtbot, size=(200, 300))
    model = view.table_model()
    model.set_dataset(wide)
    bar = view.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    qtbot.wait(20)
    narrower = Dataset.from_arrays(
        "narrower", {f"c{j}": np.arange(5.0) for j in range(100)}
    )
    model.set_dataset(narrower)
    qtbot.wait(20)
    assert view._fitted.size == 100


def test_a_huge_text_cell_is_shown_cut_short(qtbot: QtBot) -> None:
    huge = "x" * 5_000_000
    data = Dataset.from_arrays(
        "huge", {"a": np.arange(3.0), "note": np.array([huge, "b", ""], dtype=object)}
    )
    view = DataTableView()
    qtbot.addWidget(view)
    view.show()
    model = view.table_model()
    model.set_dataset(data)
    text = model.data(model.index(0, 1))
    assert len(text) == 1001 and text.endswith("…")
    assert model.data(model.index(1, 1)) == "b"


def test_a_new_choice_restyles_only_the_columns_whose_role_changed(
    qtbot: QtBot,
) -> None:
    """Each header the model names is measured by the view: telling it of all
    10⁴ columns on each change of x took the window 65 ms."""
    wide = Dataset.from_arrays("wide", {f"c{j}": np.arange(5.0) for j in range(3000)})
    view = DataTableView()
    qtbot.addWidget(view)
    model = view.table_model()
    model.set_dataset(wide)
    model.set_roles(("c0",), "c1")
    headers: list[tuple[int, int]] = []
    cells: list[tuple[int, int]] = []
    model.headerDataChanged.connect(lambda _o, a, b: headers.append((a, b)))
    model.dataChanged.connect(
        lambda top, bottom, _r: cells.append((top.column(), bottom.column()))
    )
    model.set_roles(("c0", "c2999"), "c1")
    assert headers == [(2999, 2999)] and cells == [(2999, 2999)]
    assert "x" in str(model.headerData(2999, Qt.Orientation.Horizontal))
    headers.clear()
    model.set_roles(("c5",), "c0")  # c0 is y now, c1 nothing, c5 an x
    assert sorted(headers) == [(0, 0), (1, 1), (5, 5), (2999, 2999)]
    model.set_roles(("c5",), "c0")
    assert len(headers) == 4  # nothing changed: no signal


def test_the_column_picker_lists_thousands_of_columns(qtbot: QtBot) -> None:
    from linreg_gui.ui.column_picker import ColumnPicker

    calls = 0
    n_columns = 3000
    wide = Dataset.from_arrays(
        "wide", {f"c{j}": np.arange(5.0) for j in range(n_columns)}
    )
    original = type(wide).numeric_columns

    def counting(self: Dataset) -> tuple[str, ...]:
        nonlocal calls
        calls += 1
        return original.func(self)  # type: ignore[attr-defined,no-any-return]

    picker = ColumnPicker()
    qtbot.addWidget(picker)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(type(wide), "numeric_columns", property(counting))
        picker.set_dataset(wide, ("c0",), "c2999")
    assert picker.selection() == (("c0",), "c2999")
    assert calls <= 2  # once, not once per column (quadratic in the width)


class _CountingModel(DatasetTableModel):
    """Counts the view's questions about cell flags."""

    asked = 0

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:  # type: ignore[override]
        _CountingModel.asked += 1
        return super().flags(index)


def test_row_numbers_of_a_wide_table_paint_without_asking_every_column(
    qtbot: QtBot,
) -> None:
    """Qt's header asks the flags of every column of a selected row at each
    paint (10⁴ columns: 55 ms); the table's own asks none."""
    n_columns = 2000
    wide = Dataset.from_arrays(
        "wide", {f"c{j}": np.arange(30.0) + j for j in range(n_columns)}
    )
    model = _CountingModel()
    view = shown_view(qtbot, model)
    model.set_dataset(wide)
    _select_rows(view, [2])
    QGuiApplication.processEvents()
    _CountingModel.asked = 0
    view.verticalHeader().viewport().repaint()
    assert _CountingModel.asked < 50


def test_row_numbers_look_as_qt_draws_them(qtbot: QtBot, dataset: Dataset) -> None:
    """Selected rows in bold and sunken, rows left out in grey: pixel for pixel
    what Qt's own header draws."""
    view = shown_view(qtbot, size=(400, 300))
    model = view.table_model()
    model.set_dataset(dataset)
    model.set_roles(("height",), "weight")
    model.set_row_mask(np.array([True, True, False, True]))
    _select_rows(view, [1, 3])
    view.setFocus()
    QGuiApplication.processEvents()
    ours = view.verticalHeader()
    ours_image = ours.grab().toImage()

    plain = QHeaderView(Qt.Orientation.Vertical, view)
    plain.setSectionsClickable(True)
    plain.setHighlightSections(True)
    plain.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    plain.setDefaultSectionSize(ours.defaultSectionSize())
    plain.setDefaultAlignment(ours.defaultAlignment())
    view.setVerticalHeader(plain)
    QGuiApplication.processEvents()
    assert plain.grab().toImage() == ours_image
