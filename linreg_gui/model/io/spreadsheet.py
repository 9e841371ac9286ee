"""Read the first sheet of a spreadsheet (.xlsx, .xls, .ods) with calamine.

The same rules as for text apply: the table may start anywhere on the sheet, its
first row is a header unless every cell in it is a number, and a message names the
sheet row and the column.  A zip or OLE file with a text name is most likely a
renamed spreadsheet, and is read as one.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Final

import numpy as np
import numpy.typing as npt

from linreg_gui.model.dataset import Dataset, ObjectArray
from linreg_gui.model.errors import LoadCancelled, LoadError
from linreg_gui.model.io import files
from linreg_gui.model.io.columns import Column, build_dataset
from linreg_gui.model.io.progress import Reporter
from linreg_gui.model.io.sniff import MISSING_TEXT, NUMBER_TEXT, header_names
from linreg_gui.model.text import translate

if TYPE_CHECKING:
    import pandas as pd
else:
    from linreg_gui.model.lazy import pandas as pd

__all__ = [
    "SPREADSHEET_MAGIC",
    "SPREADSHEET_SUFFIXES",
    "load_disguised_spreadsheet",
    "load_spreadsheet",
]

SPREADSHEET_SUFFIXES: Final = frozenset({".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"})
SPREADSHEET_MAGIC: Final = (
    b"PK\x03\x04",  # zip container: .xlsx, .ods
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",  # OLE2 container: .xls
)


def load_disguised_spreadsheet(path: Path, reporter: Reporter) -> Dataset:
    """Read a zip or OLE file with a text name, most likely a renamed spreadsheet."""
    try:
        raw, sheets = _read_first_sheet(path, reporter)
    except LoadError:
        raise LoadError(
            translate(
                "Loading",
                "this is a zip archive or an Office document, not a text table; if "
                "it is a spreadsheet, give it its real extension (.xlsx, .ods or .xls)",
            ),
            path,
        ) from None
    note = translate(
        "Loading",
        "{file} is a spreadsheet despite its name; its first sheet was read",
    ).format(file=path.name)
    return _sheet_to_dataset(path, raw, sheets, [note])


def load_spreadsheet(
    path: Path, reporter: Reporter, warnings: tuple[str, ...]
) -> Dataset:
    """Read the first sheet with calamine; apply the same rules as for text."""
    raw, sheets = _read_first_sheet(path, reporter)
    return _sheet_to_dataset(path, raw, sheets, list(warnings))


def _read_first_sheet(path: Path, reporter: Reporter) -> tuple[pd.DataFrame, list[str]]:
    """The first sheet's cells as read (no header), and the names of all sheets."""
    try:
        # A file object, not the path: calamine then goes by the content, not the
        # name, which a renamed spreadsheet needs.
        with (
            files.open_binary(path) as handle,
            pd.ExcelFile(handle, engine="calamine") as book,
        ):
            sheets = [str(sheet) for sheet in book.sheet_names]
            reporter.check()
            raw = pd.read_excel(book, sheet_name=0, header=None, dtype=object)
    except LoadCancelled:
        raise
    except Exception as error:  # any reader failure means "damaged"
        reason = str(error).strip().splitlines()[0] if str(error).strip() else ""
        if reason:
            message = translate(
                "Loading",
                "the file cannot be read as a spreadsheet ({reason}); it may be "
                "damaged",
            ).format(reason=reason)
        else:
            message = translate(
                "Loading", "the file cannot be read as a spreadsheet; it may be damaged"
            )
        raise LoadError(message, path) from None
    reporter.check()
    return raw, sheets


def _sheet_to_dataset(
    path: Path, raw: pd.DataFrame, sheets: list[str], notes: list[str]
) -> Dataset:
    """Find the table on the sheet (it may not start at A1) and check it."""
    if len(sheets) > 1:
        notes.append(
            translate(
                "Loading",
                "only the first sheet, {sheet}, was read; the file has {count} sheets",
            ).format(sheet=repr(sheets[0]), count=len(sheets))
        )
    cells: ObjectArray = raw.to_numpy(dtype=object)
    filled = ~_is_missing_cell(cells)
    rows_used = np.flatnonzero(filled.any(axis=1))
    columns_used = np.flatnonzero(filled.any(axis=0))
    if len(rows_used) == 0:
        raise LoadError(translate("Loading", "the first sheet is empty"), path)
    cells = cells[np.ix_(rows_used, columns_used)]
    row_numbers = rows_used + 1
    first = cells[0]
    has_header = not _all_number_cells(first)
    unnamed: frozenset[int] = frozenset()
    if has_header:
        header_fields = [
            "" if _is_missing(value) else _cell_text(value) for value in first
        ]
        names, unnamed, name_notes = header_names(header_fields)
        notes += name_notes
        cells, row_numbers = cells[1:], row_numbers[1:]
    else:
        names = [f"x{index}" for index in range(1, cells.shape[1] + 1)]
    columns = [_spreadsheet_column(cells[:, j]) for j in range(cells.shape[1])]

    def locate(rows: Iterable[int]) -> dict[int, tuple[int, list[str]]]:
        return {
            row: (int(row_numbers[row]), [_cell_text(value) for value in cells[row]])
            for row in rows
        }

    return build_dataset(
        path=path,
        names=names,
        unnamed=unnamed,
        columns=columns,
        n_rows=len(cells),
        locate=locate,
        where="row",
        warnings=notes,
    )


def _is_missing(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, str):
        return value.strip() in MISSING_TEXT
    return bool(value is pd.NaT)


def _is_missing_cell(cells: ObjectArray) -> npt.NDArray[np.bool_]:
    missing = np.frompyfunc(_is_missing, 1, 1)(cells)
    return np.asarray(missing, dtype=bool)


def _cell_number(value: object) -> float | None:
    """The number a cell holds, or None; True/False and dates are not numbers."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float, np.integer, np.floating)):
        return float(value)
    if isinstance(value, str) and NUMBER_TEXT["."].fullmatch(value.strip()):
        return float(value)
    return None


def _all_number_cells(row: ObjectArray) -> bool:
    filled = [value for value in row if not _is_missing(value)]
    return bool(filled) and all(_cell_number(value) is not None for value in filled)


def _cell_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _spreadsheet_column(cells: ObjectArray) -> Column:
    numbers = np.full(len(cells), np.nan)
    first_bad = -1
    for index, value in enumerate(cells):
        if _is_missing(value):
            continue
        number = _cell_number(value)
        if number is None:
            first_bad = index
            break
        numbers[index] = number
    if first_bad >= 0:
        kept = np.array(
            [np.nan if _is_missing(value) else value for value in cells], dtype=object
        )
        return Column(kept, False, first_bad, -1)
    infinite = np.isinf(numbers)
    first_inf = int(np.argmax(infinite)) if infinite.any() else -1
    return Column(numbers, True, -1, first_inf)
