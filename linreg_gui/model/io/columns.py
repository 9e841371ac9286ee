"""Assemble the columns pandas read into a `Dataset`, or the error that names a cell.

pandas hands over a table in parts (one per block of rows, or one for a whole
file).  Each column of a part becomes a `Piece`: float64 if every cell is a number,
else the values as read with the first cell that is not a number.  The parts are
joined column by column (`merge_parts`), and `build_dataset` turns the columns into
a dataset: numeric columns as they are, the others with the reason they cannot be
used, and an error for an infinite value, each naming the physical line.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from linreg_gui.model.dataset import (
    Dataset,
    FloatArray,
    ObjectArray,
    not_a_number_reason,
)
from linreg_gui.model.errors import LoadError
from linreg_gui.model.text import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    import pandas as pd
else:
    from linreg_gui.model.lazy import pandas as pd

__all__ = ["Column", "Locate", "Part", "build_dataset", "convert_part", "merge_parts"]

#: Physical line (or sheet row) and fields of each requested 0-based data row.
Locate = Callable[[Iterable[int]], Mapping[int, tuple[int, list[str]]]]


@dataclass(frozen=True)
class Piece:
    """One column of one part: floats if all numbers, else the values as read."""

    values: FloatArray | ObjectArray
    numeric: bool
    first_bad: int = -1  # first cell that is not a number
    first_inf: int = -1  # first infinite number
    raw_text: bool = False  # values are the file's text (or missing), as pandas read it
    #: How text became numbers (:func:`read_as_typed`): (what, an example cell).
    notes: tuple[tuple[str, str], ...] = ()

    def shows_text(self) -> bool:
        """Whether the values show what the file says, for a text column."""
        if self.raw_text:
            return True
        return self.numeric and bool(np.isnan(self.values.astype(np.float64)).all())


@dataclass(frozen=True)
class Part:
    n_rows: int
    pieces: list[Piece]


#: Column loops call their check (and give way to the window) this often.
CHECK_EVERY = 250


def convert_part(
    frame: pd.DataFrame, decimal: str, check: Callable[[], None] | None = None
) -> Part:
    """Classify each column of a part that pandas read (``check``: as in
    :func:`merge_parts`)."""
    kinds = {
        dtype.kind if isinstance(dtype, np.dtype) else "O" for dtype in frame.dtypes
    }
    if kinds <= {"i", "u", "f"} and frame.shape[1] > 0:
        # The usual table of numbers: one array and one pass for all columns (this
        # runs on every part, partly holding the GIL the other threads want).
        block = frame.to_numpy(dtype=np.float64)
        infinite = np.isinf(block)
        has_inf = infinite.any(axis=0)
        pieces = []
        for j in range(frame.shape[1]):
            if check is not None and j % CHECK_EVERY == CHECK_EVERY - 1:
                check()
            first_inf = int(np.argmax(infinite[:, j])) if has_inf[j] else -1
            pieces.append(Piece(block[:, j], numeric=True, first_inf=first_inf))
        return Part(len(frame), pieces)
    converted = []
    for j in range(frame.shape[1]):
        if check is not None and j % CHECK_EVERY == CHECK_EVERY - 1:
            check()
        converted.append(_to_piece(frame.iloc[:, j], decimal))
    return Part(len(frame), converted)


def _to_piece(series: pd.Series[Any], decimal: str) -> Piece:
    """Classify a column read by pandas: numbers (as float64) or text."""
    dtype = series.dtype
    if isinstance(dtype, np.dtype) and dtype.kind in "iuf":
        return _numeric_piece(series.to_numpy(dtype=np.float64))
    objects: ObjectArray = series.to_numpy(dtype=object, copy=True)
    if isinstance(dtype, np.dtype) and dtype.kind == "b":
        empty = len(objects) == 0
        return Piece(objects, numeric=False, first_bad=-1 if empty else 0)
    text = series
    # A cell too long to be a number is not parsed as one: pandas would hold
    # the interpreter for 0.4 s over a 100 MB cell (the window with it).
    long = np.fromiter(
        (isinstance(v, str) and len(v) > _LONGEST_NUMBER for v in objects),
        dtype=bool,
        count=len(objects),
    )
    if long.any():
        text = series.astype(object).where(~long, "-")
    if decimal == ",":
        text = text.astype(object).map(
            lambda value: value.replace(",", ".") if isinstance(value, str) else value
        )
    numbers = pd.to_numeric(text, errors="coerce").to_numpy(dtype=np.float64)
    if long.any():
        numbers = np.where(long, np.nan, numbers)
    # A cell of spaces is empty; True/False (which to_numeric takes for 1/0) is not
    # a number.
    kinds = np.fromiter(
        (_cell_kind(value) for value in objects), dtype=np.int8, count=len(objects)
    )
    filled = (kinds == _TEXT) | (kinds == _OTHER)
    bad = (np.isnan(numbers) & filled) | (kinds == _TRUTH)
    if not bad.any():
        return _numeric_piece(numbers)
    if not ((kinds == _TRUTH) | (kinds == _OTHER)).any():
        typed = read_as_typed(objects, numbers, bad, decimal)
        if typed is not None:
            values, notes = typed
            return replace(_numeric_piece(values), notes=notes)
    raw_text = not ((kinds == _TRUTH) | (kinds == _OTHER)).any()
    objects[kinds == _EMPTY] = np.nan  # a cell of spaces is as empty as ""
    return Piece(
        objects, numeric=False, first_bad=int(np.argmax(bad)), raw_text=raw_text
    )


_EMPTY, _TEXT, _TRUTH, _OTHER = 0, 1, 2, 3

#: Longest cell pandas is asked to read as a number (1e308 with every digit
#: written out is 309 characters).
_LONGEST_NUMBER = 400
#: Longest cell tried as a typed number ("$1,234,567,890.25" is 17 characters).
_LONGEST_TYPED = 64
#: Cells whose length is looked at before any other work (prose shows early).
_LENGTH_CHECKS = 1000
#: Cells people type for "no value" (compared in lower case).
MISSING_MARKERS = frozenset(
    {"-", "--", "?", "na", "n/a", "nan", "null", "none", "#n/a"}
)
_CURRENCY = "$€£¥"
_GROUP = " \u00a0\u202f"  # spaces that group digits: plain, no-break, thin
# 1,234,567.5 (or 1.234.567,5 with a decimal comma, or 1 234 567): groups of three.
_THOUSANDS = {
    ".": rf"^[+-]?\d{{1,3}}(?:[,{_GROUP}]\d{{3}})+(?:\.\d+)?$",
    ",": rf"^[+-]?\d{{1,3}}(?:[.{_GROUP}]\d{{3}})+(?:,\d+)?$",
}


def read_as_typed(
    objects: ObjectArray, numbers: FloatArray, bad: np.ndarray, decimal: str
) -> tuple[FloatArray, tuple[tuple[str, str], ...]] | None:
    """Numbers as people type them in a spreadsheet, or None.

    ``bad`` marks the cells pandas could not read as numbers.  They are read if
    every one of them is a number with a currency sign (``$1.50``), a per cent
    sign (``85%``, read as 85: the column is in per cent), thousands separators
    (``1,234,567``; ``1.234,5`` with a decimal comma; ``1 234``), or a marker of
    a missing value (``-``, ``?``, ``NA``, ``n/a``, ``null``).  Returns the
    column's numbers and what was done, each with an example cell, for the
    loader's warning; None when any cell is still not a number (the column is
    text, and the message names that cell).
    """
    cells_in = objects[bad]
    if any(len(str(cell)) > _LONGEST_TYPED for cell in cells_in[:_LENGTH_CHECKS]):
        return None  # prose, not a number: no regex over a 100 MB cell
    text = pd.Series(cells_in, dtype=object).map(str).str.strip()
    if bool((text.str.len() > _LONGEST_TYPED).any()):
        return None
    notes: list[tuple[str, str]] = []

    def note(what: str, mask: pd.Series[bool], cells: pd.Series[str]) -> None:
        if bool(mask.any()):
            notes.append((what, str(cells[mask].iloc[0])))

    missing = text.str.lower().isin(MISSING_MARKERS)
    note("missing", missing, text)
    cells = text[~missing]
    currency = cells.str.contains(f"[{_CURRENCY}]", regex=True)
    note("currency", currency, cells)
    cleaned = cells.str.replace(f"[{_CURRENCY}]", "", regex=True).str.strip()
    percent = cleaned.str.match(r"^[^%]*\d\s*%$")
    note("percent", percent, cells)
    cleaned = cleaned.where(~percent, cleaned.str[:-1].str.strip())
    grouped = cleaned.str.match(_THOUSANDS.get(decimal, _THOUSANDS["."]))
    note("thousands", grouped, cells)
    separators = f"[.{_GROUP}]" if decimal == "," else f"[,{_GROUP}]"
    cleaned = cleaned.where(~grouped, cleaned.str.replace(separators, "", regex=True))
    if decimal == ",":
        cleaned = cleaned.str.replace(",", ".", regex=False)
    values = pd.to_numeric(cleaned, errors="coerce").to_numpy(dtype=np.float64)
    if not notes or np.isnan(values).any():
        return None
    read = np.full(len(text), np.nan)
    read[~missing.to_numpy()] = values
    result = numbers.copy()
    result[bad] = read
    return result, tuple(notes)


def _cell_kind(value: object) -> int:
    """Sort a cell pandas left unconverted: empty, text, True/False, or other."""
    if isinstance(value, bool):
        return _TRUTH
    if isinstance(value, str):
        return _TEXT if value.strip() else _EMPTY
    if value is None or value is pd.NA or value is pd.NaT:
        return _EMPTY
    return _EMPTY if isinstance(value, float) and math.isnan(value) else _OTHER


def _numeric_piece(values: FloatArray) -> Piece:
    infinite = np.isinf(values)
    first_inf = int(np.argmax(infinite)) if infinite.any() else -1
    return Piece(values, numeric=True, first_inf=first_inf)


@dataclass(frozen=True)
class Column:
    values: FloatArray | ObjectArray
    numeric: bool
    first_bad: int
    first_inf: int
    needs_text: bool = False  # a text column some of whose parts pandas converted
    notes: tuple[tuple[str, str], ...] = ()  # how typed text became numbers

    def is_empty(self) -> bool:
        values = self.values
        if self.numeric:  # NumPy's test: pandas' cost 13 µs a column
            if len(values) and not math.isnan(values[0]):
                return False  # without a pass over a million rows
            return bool(np.isnan(values).all())
        if len(values) and not pd.isna(values[0]):
            return False  # the usual answer, without a pass over a million rows
        return bool(pd.isna(values).all())


def merge_parts(
    parts: Sequence[Part],
    width: int,
    workers: int,
    check: Callable[[], None] | None = None,
) -> list[Column]:
    """Join the parts column by column; a column is numeric if every part is.

    Numeric columns are copied into place on `workers` threads: NumPy copies
    without the GIL, and a million rows of eleven columns take a noticeable time.
    ``check`` (the loader's cancel check, where its thread gives way to the
    window) is called every :data:`CHECK_EVERY` columns: 10⁴ columns are 0.1 s
    of Python.
    """
    columns: list[Column] = []
    copies: list[tuple[FloatArray, list[FloatArray]]] = []
    for j in range(width):
        if check is not None and j % CHECK_EVERY == CHECK_EVERY - 1:
            check()
        pieces = [part.pieces[j] for part in parts]
        numeric = all(piece.numeric for piece in pieces)
        first_bad = first_inf = -1
        offset = 0
        for part, piece in zip(parts, pieces, strict=True):
            if first_bad < 0 and piece.first_bad >= 0 and not piece.numeric:
                first_bad = offset + piece.first_bad
            if first_inf < 0 and piece.first_inf >= 0:
                first_inf = offset + piece.first_inf
            offset += part.n_rows
        values: FloatArray | ObjectArray
        if len(pieces) == 1:
            values = pieces[0].values
        elif numeric:
            values = np.empty(sum(part.n_rows for part in parts), dtype=np.float64)
            copies.append(
                (values, [np.asarray(piece.values, np.float64) for piece in pieces])
            )
        else:
            values = np.concatenate([piece.values.astype(object) for piece in pieces])
        if not numeric and values.dtype != object:
            values = values.astype(object)
        needs_text = not numeric and not all(piece.shows_text() for piece in pieces)
        notes: dict[str, str] = {}
        for piece in pieces:
            for what, example in piece.notes:
                notes.setdefault(what, example)
        columns.append(
            Column(
                values,
                numeric,
                first_bad,
                first_inf if numeric else -1,
                needs_text,
                tuple(notes.items()) if numeric else (),
            )
        )
    if workers > 1 and len(copies) > 1:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            list(pool.map(_copy_pieces, copies))
    else:
        for job in copies:
            _copy_pieces(job)
    return columns


def _copy_pieces(job: tuple[FloatArray, list[FloatArray]]) -> None:
    target, pieces = job
    position = 0
    for piece in pieces:
        target[position : position + len(piece)] = piece
        position += len(piece)


#: A wide file: at least this many columns.  Numbers alone, it is parsed by
#: NumPy (`reader`) and kept as one block (`build_dataset`).
WIDE_FROM = 200


def build_dataset(
    *,
    path: Path,
    names: Sequence[str],
    unnamed: frozenset[int],
    columns: Sequence[Column],
    n_rows: int,
    locate: Locate,
    where: str,
    warnings: Sequence[str],
) -> Dataset:
    """Check the columns read from a file and make the dataset (or the error).

    `where` is what a message calls a place in the file ("line", or "row" on a
    sheet); `locate` finds the places of the rows the messages are about.
    """
    if n_rows == 0:
        raise LoadError(
            translate("Loading", "the file has a header row but no data rows"), path
        )
    kept, notes = _keep_columns(names, unnamed, columns, warnings)
    notes += [typed_note(name, column.notes) for name, column in kept if column.notes]
    wanted = {column.first_bad for _, column in kept if not column.numeric}
    infinite = [
        (column.first_inf, name) for name, column in kept if column.first_inf >= 0
    ]
    if infinite:
        wanted.add(min(infinite)[0])
    wanted.discard(-1)
    places = locate(wanted)
    reasons: dict[str, str] = {}
    for name, column in kept:
        if column.numeric:
            continue
        if column.first_bad < 0:
            reasons[name] = translate("Loading", "it holds no numbers")
            continue
        label, _ = _place(places, where, column.first_bad)
        reasons[name] = not_a_number_reason(label, column.values[column.first_bad])
    if not any(column.numeric for _, column in kept):
        first = next(iter(reasons.items()), None)
        if first is not None:
            message = translate(
                "Loading", "no column holds numbers (column {column}: {reason})"
            ).format(column=repr(first[0]), reason=first[1])
        else:
            message = translate("Loading", "no column holds numbers")
        raise LoadError(message, path)
    if infinite:
        raise _infinite_error(path, names, min(infinite), places, where)
    if len(kept) >= WIDE_FROM and not reasons:
        return _one_block_dataset(path, kept, n_rows, notes)
    # Numbers as bare arrays: a Series per column cost pandas 0.8 s of Python
    # for 10⁴ columns, against 0.13 s.  Text stays a Series of dtype object
    # (a bare array of strings would become pandas' string dtype).
    frame = pd.DataFrame(
        {
            name: (
                np.asarray(column.values, dtype=np.float64)
                if column.numeric
                else pd.Series(column.values, dtype=object, copy=False)
            )
            for name, column in kept
        },
        copy=False,
    )
    return Dataset(
        name=path.name,
        frame=frame,
        source=path.absolute(),
        non_numeric=reasons,
        warnings=tuple(notes),
    )


def _keep_columns(
    names: Sequence[str],
    unnamed: frozenset[int],
    columns: Sequence[Column],
    warnings: Sequence[str],
) -> tuple[list[tuple[str, Column]], list[str]]:
    """Drop empty columns the file did not name (trailing delimiters); note the
    named-here and the empty ones."""
    notes = list(warnings)
    kept = [
        (name, column)
        for index, (name, column) in enumerate(zip(names, columns, strict=True))
        if not (index in unnamed and column.is_empty())
    ]
    named_here = [
        name
        for index, (name, column) in enumerate(zip(names, columns, strict=True))
        if index in unnamed and not column.is_empty()
    ]
    if named_here:
        notes.append(
            translate(
                "Loading", "columns without a name in the file were called {names}"
            ).format(names=", ".join(repr(name) for name in named_here))
        )
    empty = [name for name, column in kept if column.is_empty()]
    if empty:
        notes.append(
            translate("Loading", "these columns hold no values: {names}").format(
                names=", ".join(repr(name) for name in empty)
            )
        )
    return kept, notes


_NOTE_TEXT = {
    "missing": QT_TRANSLATE_NOOP("Loading", "{cell} as a missing value"),
    "currency": QT_TRANSLATE_NOOP("Loading", "{cell} without its currency sign"),
    "percent": QT_TRANSLATE_NOOP("Loading", "{cell} as a number in per cent"),
    "thousands": QT_TRANSLATE_NOOP(
        "Loading", "{cell} without its thousands separators"
    ),
}


def typed_note(name: str, notes: Sequence[tuple[str, str]]) -> str:
    """The warning for a column read as typed: what was done, with an example."""
    done = ", ".join(
        translate("Loading", _NOTE_TEXT[what]).format(cell=repr(cell))
        for what, cell in notes
    )
    return translate(
        "Loading",
        "column {column} was read as typed: {done}; check the numbers in the table",
    ).format(column=repr(name), done=done)


def _place(
    places: Mapping[int, tuple[int, list[str]]], where: str, row: int
) -> tuple[str, int | None]:
    """How a message names a row: its line (sheet row) if found, else its data row."""
    if row in places:
        line = places[row][0]
        if where == "line":
            return translate("Loading", "line {line}").format(line=line), line
        return translate("Loading", "row {row}").format(row=line), line
    return translate("Loading", "data row {row}").format(row=row + 1), None


def _infinite_error(
    path: Path,
    names: Sequence[str],
    first: tuple[int, str],
    places: Mapping[int, tuple[int, list[str]]],
    where: str,
) -> LoadError:
    """The error for the first infinite value: the cell as written, line, column."""
    row, name = first
    _, line = _place(places, where, row)
    index = list(names).index(name)
    text = "inf"
    if row in places and index < len(places[row][1]):
        text = places[row][1][index].strip()
    return LoadError(
        translate(
            "Loading",
            "{cell} is not a finite number; regression needs finite values "
            "(leave the cell empty if the value is missing)",
        ).format(cell=repr(text)),
        path,
        line=line,
        column=name,
    )


def _one_block_dataset(
    path: Path, kept: Sequence[tuple[str, Column]], n_rows: int, notes: list[str]
) -> Dataset:
    """A wide file of numbers only, as one block of memory (a row per column).

    pandas builds a frame from a dict one column at a time: 0.53 s of Python for
    10⁴ columns, holding the interpreter lock from the window, and the table
    then read every column back as a Series (0.23 s more).  From one block the
    frame takes a millisecond, and the columns the table reads are the block's
    rows, handed to the dataset as read.
    """
    block = np.empty((len(kept), n_rows), dtype=np.float64)
    for row, (_, column) in enumerate(kept):
        block[row] = column.values
    names = [name for name, _ in kept]
    frame = pd.DataFrame(block.T, columns=names, copy=False)
    dataset = Dataset(
        name=path.name, frame=frame, source=path.absolute(), warnings=tuple(notes)
    )
    dataset.keep_read_columns(dict(zip(names, block, strict=True)))
    return dataset
