"""The loaded table every part of the app shares: `Dataset`.

Numeric columns are float64 with NaN for a missing value; every other column keeps
its text for display, with the reason it cannot be used as x or y.  Loading files
into a `Dataset` is `linreg_gui.model.io`'s job; this module only defines the value
and the checks that keep it consistent.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from linreg_gui.model.text import translate

if TYPE_CHECKING:
    import pandas as pd
else:
    from linreg_gui.model.lazy import pandas as pd

__all__ = ["Dataset", "FloatArray", "ObjectArray", "not_a_number_reason"]

FloatArray = npt.NDArray[np.float64]
ObjectArray = npt.NDArray[np.object_]


@dataclass(frozen=True, eq=False)
class Dataset:
    """A loaded table: every column of the file, the numeric ones as float64.

    Immutable, so that the GUI, a worker thread and a fitted model can share one
    without copying; `with_value` returns an edited copy.  Equality is identity:
    comparing two frames cell by cell is rarely what a caller means.

    Parameters
    ----------
    name : str
        Display name: the file name, or an example's title.
    frame : pandas.DataFrame
        Every column as read, in file order.  Numeric columns are float64 with NaN
        for a missing value; the others hold their text (object dtype) for display.
    source : Path, optional
        The file the data came from, if any.
    non_numeric : Mapping of str to str
        Each column that cannot be used as x or y, with the reason, naming the first
        cell that is not a number ("line 7 holds 'abc', which is not a number").
    warnings : tuple of str
        Things the loader guessed or repaired, for the user to check.
    description : str
        Free text shown with the data (an example's story).

    Numeric columns must hold finite numbers or NaN.  `load_table`, `from_arrays`
    and `with_value` check that; the constructor only checks types, so that making
    a dataset never scans a million rows twice.

    Raises
    ------
    ValueError
        If a column name is not a unique string, or a column outside `non_numeric`
        is not float64.
    """

    name: str
    frame: pd.DataFrame
    source: Path | None = None
    non_numeric: Mapping[str, str] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    description: str = ""

    def __post_init__(self) -> None:
        # A read-only copy: the caller's dict must not change a "frozen" dataset.
        object.__setattr__(
            self, "non_numeric", MappingProxyType(dict(self.non_numeric))
        )
        object.__setattr__(self, "warnings", tuple(self.warnings))
        names = list(self.frame.columns)
        if not all(isinstance(name, str) for name in names):
            raise ValueError("column names must be strings")
        if len(set(names)) != len(names):
            raise ValueError(f"column names must be unique, got {names}")
        unknown = set(self.non_numeric) - set(names)
        if unknown:
            raise ValueError(f"non_numeric names unknown columns: {sorted(unknown)}")
        # One look at the dtypes: a lookup per column took 0.7 s for 10⁴.
        for name, dtype in zip(names, self.frame.dtypes, strict=True):
            if name in self.non_numeric:
                continue
            if dtype != np.float64:
                raise ValueError(
                    f"column {name!r} is {dtype}, not float64; list it in "
                    "non_numeric or build the dataset with Dataset.from_arrays"
                )

    # A dataset never changes (edits make a new one), so what is read from its
    # frame is kept: with 10⁴ columns each of these took milliseconds, and the
    # table, the column pickers and the analysis ask again and again.

    @functools.cached_property
    def columns(self) -> tuple[str, ...]:
        """All column names, in file order."""
        return tuple(str(name) for name in self.frame.columns)

    @functools.cached_property
    def numeric_columns(self) -> tuple[str, ...]:
        """The columns that can be used as x or y, in file order."""
        return tuple(name for name in self.columns if name not in self.non_numeric)

    @functools.cached_property
    def _arrays(self) -> dict[str, FloatArray]:
        """Read-only views of the numeric columns read so far (by values())."""
        return {}

    @property
    def n_rows(self) -> int:
        """Number of rows, counting rows with missing values."""
        return len(self.frame)

    def numeric_arrays(self) -> dict[str, FloatArray]:
        """Every numeric column as :meth:`values` gives it, by name, in file
        order: one pass over the frame (a lookup per column took the table
        0.27 s for 10⁴ columns; this takes 0.19 s, and later calls nothing)."""
        self.read_numeric_columns()
        return {name: self._arrays[name] for name in self.numeric_columns}

    def read_numeric_columns(
        self, stop: Callable[[], bool] | None = None, every: int = 500
    ) -> None:
        """Read, and keep, the numeric columns not read yet, in one pass over
        the frame.  ``stop`` (a worker's check) is asked before each ``every``
        columns; True ends the reading there (what is left is read when asked
        for)."""
        wanted = {name for name in self.numeric_columns if name not in self._arrays}
        read = 0
        # Not a step of the frame's items once all are read: each makes a
        # Series (30 µs), and the table asks again for every data set it shows
        # (0.3 s of the GUI thread for 10⁴ columns already read).
        for name, series in self.frame.items() if wanted else ():
            if name not in wanted:
                continue
            if stop is not None and read % every == 0 and stop():
                return
            self._arrays[str(name)] = _read_only(series.to_numpy())
            read += 1

    def keep_read_columns(self, arrays: Mapping[str, FloatArray]) -> None:
        """Keep numeric columns a loader already holds, as if read: each must be
        the very memory the frame holds for that column (the loader built the
        frame on them), so nothing is read again."""
        for name, array in arrays.items():
            self._require_numeric(name)
            self._arrays[name] = _read_only(array)

    def values(self, column: str) -> FloatArray:
        """Return a numeric column as a read-only float64 array.

        Read-only so that no caller can change the data behind the others' backs;
        NaN marks a missing value.

        Parameters
        ----------
        column : str
            Name of a numeric column.

        Returns
        -------
        ndarray of shape (n_rows,)
            The values, without a copy.

        Raises
        ------
        ValueError
            If there is no such column, or it does not hold numbers.
        """
        found = self._arrays.get(column)
        if found is not None:
            return found
        self._require_numeric(column)
        view = _read_only(self.frame[column].to_numpy())
        self._arrays[column] = view
        return view

    def with_value(
        self, row: int, column: str, value: float, *, into: FloatArray | None = None
    ) -> Dataset:
        """Return a copy with one numeric cell changed (the GUI's table edits).

        Only the edited column is copied; the others are shared with this dataset,
        which stays unchanged.  ``into``, a float64 array of ``n_rows`` nobody
        else holds, takes the copy (memory already written: a fresh one costs
        page faults, 30 ms at 10⁷ rows).

        Parameters
        ----------
        row : int
            0-based row position.
        column : str
            Name of a numeric column.
        value : float
            The new value; NaN marks the cell as missing.

        Returns
        -------
        Dataset
            The edited copy.

        Raises
        ------
        ValueError
            If the column is unknown or not numeric, or the value is infinite or
            not a number at all.
        IndexError
            If the row does not exist.
        """
        self._require_numeric(column)
        if not 0 <= row < self.n_rows:
            raise IndexError(
                translate(
                    "Dataset", "row {row} does not exist; there are {count} rows"
                ).format(row=row, count=self.n_rows)
            )
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise ValueError(
                translate("Dataset", "{value} is not a number").format(
                    value=repr(value)
                )
            ) from None
        if math.isinf(number):
            raise ValueError(
                translate(
                    "Dataset",
                    "a cell must hold a finite number, or be empty (NaN) when the "
                    "value is missing",
                )
            )
        if into is not None and into.shape == (self.n_rows,):
            edited = into
            edited[:] = self.frame[column].to_numpy(dtype=np.float64, copy=False)
        else:
            edited = self.frame[column].to_numpy(dtype=np.float64, copy=True)
        edited[row] = number
        frame = self.frame.copy(deep=False)
        # A Series that shares ``edited``: pandas would copy a bare array
        # again (30 ms of the GUI thread at 10⁷ rows).
        frame[column] = pd.Series(edited, index=frame.index, copy=False)
        return replace(self, frame=frame)

    def with_row(self, values: Mapping[str, float]) -> Dataset:
        """Return a copy with one row added at the end (a point the student
        placed); existing rows keep their numbers.

        Numeric columns not in ``values`` are missing (NaN); text columns are
        empty.  ``ValueError`` for an unknown or text column, or an infinite
        value.
        """
        for column, value in values.items():
            self._require_numeric(column)
            if math.isinf(float(value)):
                raise ValueError(
                    translate("Dataset", "a cell must hold a finite number")
                )
        data: dict[str, Any] = {}
        for name in self.columns:
            if name in self.non_numeric:
                old = self.frame[name].to_numpy(dtype=object)
                data[name] = pd.Series(np.append(old, ""), dtype=object, copy=False)
            else:
                old_values = self.frame[name].to_numpy(dtype=np.float64)
                new = float(values.get(name, math.nan))
                data[name] = pd.Series(
                    np.append(old_values, new), dtype=np.float64, copy=False
                )
        return replace(self, frame=pd.DataFrame(data, copy=False))

    def truncated(self, n_rows: int) -> Dataset:
        """Return a copy with only the first ``n_rows`` rows (undoing
        `with_row`); the rows kept keep their numbers."""
        if not 0 <= n_rows <= self.n_rows:
            raise IndexError(f"cannot keep {n_rows} of {self.n_rows} rows")
        frame = self.frame.iloc[:n_rows].reset_index(drop=True)
        return replace(self, frame=frame)

    @classmethod
    def from_arrays(
        cls,
        name: str,
        columns: Mapping[str, npt.ArrayLike],
        *,
        description: str = "",
        source: Path | None = None,
    ) -> Dataset:
        """Build a dataset from named one-dimensional arrays (examples, tests).

        Arrays of integers or floats become float64 columns; any other array is
        kept for display and listed in `non_numeric`, as a file column would be.

        Parameters
        ----------
        name : str
            Display name.
        columns : Mapping of str to array_like
            Column name to values, all of the same length.
        description : str, optional
            Free text shown with the data.
        source : Path, optional
            The file the arrays came from, if any.

        Returns
        -------
        Dataset

        Raises
        ------
        ValueError
            If an array is not one-dimensional, the lengths differ, or a numeric
            array holds an infinite value.

        Long on purpose: one check per way an array can be unusable, each with its
        message.
        """
        data: dict[str, pd.Series[Any]] = {}
        non_numeric: dict[str, str] = {}
        length: int | None = None
        for column, values in columns.items():
            array = np.asarray(values)
            if array.ndim != 1:
                raise ValueError(
                    f"column {column!r} must be one-dimensional, got shape "
                    f"{array.shape}"
                )
            if length is not None and len(array) != length:
                raise ValueError(
                    f"column {column!r} has {len(array)} values, the others {length}"
                )
            length = len(array)
            if array.dtype.kind in "iuf":
                floats = array.astype(np.float64)
                if np.isinf(floats).any():
                    raise ValueError(f"column {column!r} holds an infinite value")
                data[column] = pd.Series(floats, dtype=np.float64, copy=False)
                continue
            objects = array.astype(object)
            data[column] = pd.Series(objects, dtype=object, copy=False)
            bad = _first_non_number(objects)
            non_numeric[column] = (
                translate("Dataset", "it holds no values")
                if bad is None
                else not_a_number_reason(
                    translate("Dataset", "row {row}").format(row=bad + 1), objects[bad]
                )
            )
        frame = pd.DataFrame(data, copy=False)
        return cls(
            name=name,
            frame=frame,
            source=source,
            non_numeric=non_numeric,
            description=description,
        )

    def _require_numeric(self, column: str) -> None:
        if column not in self.frame.columns:
            raise ValueError(
                translate(
                    "Dataset", "there is no column {column}; the columns are {names}"
                ).format(
                    column=repr(column),
                    names=", ".join(repr(name) for name in self.columns),
                )
            )
        if column in self.non_numeric:
            raise ValueError(
                translate(
                    "Dataset", "column {column} does not hold numbers: {reason}"
                ).format(column=repr(column), reason=self.non_numeric[column])
            )


def _first_non_number(values: ObjectArray) -> int | None:
    """Index of the first filled value that is not a number (arrays given in code)."""
    for index, value in enumerate(values):
        if value is None or (isinstance(value, float) and math.isnan(value)):
            continue
        return index
    return None


def not_a_number_reason(place: str, value: object) -> str:
    """The tooltip of a non-numeric column: where, and what is there."""
    shown = str(value)
    if len(shown) > 40:
        shown = shown[:37] + "..."
    return translate("Dataset", "{place} holds {value}, which is not a number").format(
        place=place, value=repr(shown)
    )


def _read_only(column: npt.ArrayLike) -> FloatArray:
    """A float64 view of ``column`` that no caller can write through."""
    view: FloatArray = np.asarray(column, dtype=np.float64).view()
    view.flags.writeable = False
    return view
