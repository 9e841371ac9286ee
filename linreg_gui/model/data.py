"""Load a table of numbers from a text file or a spreadsheet into a `Dataset`.

Students bring files from everywhere: a CSV saved by a German Excel (semicolons and
decimal commas), a lab logger's space-separated ``.dat`` file, a teacher's ``.xlsx``.
This module turns any of them into one immutable `Dataset` whose numeric columns are
float64 with NaN for a missing value, or raises `LoadError` with a message that names
the file and, where it applies, the physical line and the column, so that the student
can find the cell and fix it.  It never drops rows: choosing the rows a fit uses
happens later, where the choice can be shown.

Text is parsed by pandas' C engine.  pandas reads from a small file-like object that
counts the bytes (progress) and raises `LoadCancelled` between read blocks.  Recent
pandas parses a plain path on several threads, which a file-like object switches
off, so large files are split at line breaks here and the regions parsed on a thread
pool (the C parser releases the GIL); that keeps loading about as fast as
``pandas.read_csv(path)`` while it stays cancellable.

Line numbers in messages are physical, 1-based lines of the file, counting the
header and blank lines (a byte-order mark changes nothing).  pandas counts rows
instead, so whenever a message needs a line the file is scanned again with the `csv`
module; that is fast enough because it stops at the row the message is about.
"""

from __future__ import annotations

import atexit
import codecs
import csv
import importlib
import io
import math
import os
import re
import stat
import threading
import time
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, BinaryIO, Final

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    import pandas as pd
else:

    class _LazyModule:
        """pandas takes ~0.4 s to import and the window needs none of it to
        appear, so it is imported on first use (by then in a loader thread)."""

        def __init__(self, name: str) -> None:
            self._name = name

        def __getattr__(self, attribute: str) -> Any:
            return getattr(importlib.import_module(self._name), attribute)

    pd = _LazyModule("pandas")

from linreg_gui.model.errors import LoadCancelled, LoadError

__all__ = ["SUPPORTED_SUFFIXES", "Dataset", "ReadOptions", "load_table"]

FloatArray = npt.NDArray[np.float64]
ObjectArray = npt.NDArray[np.object_]
ProgressCallback = Callable[[float], None]
CancelCallback = Callable[[], bool]

#: File name endings the open dialog offers.  Any other file is tried as text.
SUPPORTED_SUFFIXES: Final = (".csv", ".tsv", ".txt", ".dat", ".xlsx", ".xls", ".ods")

_SPREADSHEET_SUFFIXES: Final = frozenset({".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"})
_SPREADSHEET_MAGIC: Final = (
    b"PK\x03\x04",  # zip container: .xlsx, .ods
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",  # OLE2 container: .xls
)
_OTHER_MAGIC: Final = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"\x7fELF", "a program"),
)

# The first block read to guess the format; more is read while it holds no data row.
_SAMPLE_BYTES: Final = 64 * 1024
_MAX_SAMPLE_BYTES: Final = 8 * 1024 * 1024
_SNIFF_RECORDS: Final = 200
#: More threads than this stop paying: pandas' parser shares the GIL between parts.
_MAX_WORKERS: Final = 6
_POLL_SECONDS: Final = 0.05

# The strings pandas reads as a missing value by default (its ``na_values``).
_MISSING_TEXT: Final = frozenset(
    {
        "",
        "#N/A",
        "#N/A N/A",
        "#NA",
        "-1.#IND",
        "-1.#QNAN",
        "-NaN",
        "-nan",
        "1.#IND",
        "1.#QNAN",
        "<NA>",
        "N/A",
        "NA",
        "NULL",
        "NaN",
        "None",
        "n/a",
        "nan",
        "null",
    }
)
_SPECIAL_NUMBER = r"|[+-]?(?:inf|infinity|nan)"
_NUMBER_TEXT: Final = {
    ".": re.compile(
        r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?" + _SPECIAL_NUMBER,
        re.IGNORECASE | re.ASCII,
    ),
    ",": re.compile(
        r"[+-]?(?:[0-9]+,?[0-9]*|,[0-9]+)(?:[eE][+-]?[0-9]+)?" + _SPECIAL_NUMBER,
        re.IGNORECASE | re.ASCII,
    ),
}
_COMMA_DECIMAL: Final = re.compile(
    r"[+-]?(?:[0-9]+,[0-9]*|,[0-9]+)(?:[eE][+-]?[0-9]+)?"
)
_POINT_DECIMAL: Final = re.compile(
    r"[+-]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?"
)
# pandas' C parser ends a line at \n, \r\n or a lone \r; nothing else.
_LINE_BREAK: Final = re.compile(r"\r\n|\r|\n")
_PANDAS_RAGGED: Final = re.compile(r"Expected (\d+) fields in line (\d+), saw (\d+)")
_WHITESPACE: Final = re.compile(r"[ \t]+")
_CONTROL_CHARACTER: Final = re.compile(r"[\x00-\x08\x0e-\x19\x1b-\x1f\x7f]")
_DELIMITERS: Final = ("\t", ";", ",", "|")


@dataclass(frozen=True)
class ReadOptions:
    """Thresholds and sizes of the text reader's three ways to parse a file.

    A plain file (only a header before the data, UTF-8 or Latin-1) of at least
    `whole_min_bytes` goes to pandas whole, by path, which parses on several cores
    but cannot report progress, so the bar moves by an estimate.  Otherwise a file
    of at least `parallel_min_bytes` is split at line breaks and the regions parsed
    on a pool of `workers` threads; anything smaller is parsed on the calling
    thread, `rows_per_part` rows at a time.

    Parameters
    ----------
    workers : int, optional
        Threads for a parallel read and for joining its parts.  None (default):
        the CPUs this process may use, at most 6.
    whole_min_bytes : int, default 1 MiB
        Data bytes from which a plain file goes to pandas whole.
    parallel_min_bytes : int, default 16 MiB
        Data bytes from which a file that is not read whole is parsed on threads.
        Below it, threads cost more than they save.
    chunk_bytes : int, default 64 MiB
        Largest region one thread parses in a parallel read (smaller files are
        split into two regions a thread).
    rows_per_part : int, default 50,000
        Rows handed to pandas at a time, so that memory stays bounded and pandas
        never mixes types within a part (no DtypeWarning).
    assumed_bytes_per_second : float, default 200e6
        How fast pandas parses a file of numbers (two cores); only moves the
        progress bar while a whole file is read in one call.

    Raises
    ------
    ValueError
        If a count or size is not positive (the byte thresholds may be 0).
    """

    workers: int | None = None
    whole_min_bytes: int = 1024 * 1024
    parallel_min_bytes: int = 16 * 1024 * 1024
    chunk_bytes: int = 64 * 1024 * 1024
    rows_per_part: int = 50_000
    assumed_bytes_per_second: float = 200e6

    def __post_init__(self) -> None:
        if self.workers is not None and self.workers < 1:
            raise ValueError(f"workers must be at least 1, got {self.workers}")
        if self.whole_min_bytes < 0 or self.parallel_min_bytes < 0:
            raise ValueError("the byte thresholds must not be negative")
        if self.chunk_bytes < 1 or self.rows_per_part < 1:
            raise ValueError("chunk_bytes and rows_per_part must be at least 1")
        if not self.assumed_bytes_per_second > 0:
            raise ValueError("assumed_bytes_per_second must be positive")

    def worker_count(self) -> int:
        """`workers`, or when it is None the CPUs this process may use (at most 6)."""
        if self.workers is not None:
            return self.workers
        affinity = getattr(os, "sched_getaffinity", None)
        available = len(affinity(0)) if affinity is not None else os.cpu_count() or 1
        return max(1, min(_MAX_WORKERS, available))


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
        for name in names:
            if name in self.non_numeric:
                continue
            column = self.frame[name]
            if column.dtype != np.float64:
                raise ValueError(
                    f"column {name!r} is {column.dtype}, not float64; list it in "
                    "non_numeric or build the dataset with Dataset.from_arrays"
                )

    @property
    def columns(self) -> tuple[str, ...]:
        """All column names, in file order."""
        return tuple(str(name) for name in self.frame.columns)

    @property
    def numeric_columns(self) -> tuple[str, ...]:
        """The columns that can be used as x or y, in file order."""
        return tuple(name for name in self.columns if name not in self.non_numeric)

    @property
    def n_rows(self) -> int:
        """Number of rows, counting rows with missing values."""
        return len(self.frame)

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
        self._require_numeric(column)
        array = np.asarray(self.frame[column].to_numpy(), dtype=np.float64)
        view: FloatArray = array.view()
        view.flags.writeable = False
        return view

    def with_value(self, row: int, column: str, value: float) -> Dataset:
        """Return a copy with one numeric cell changed (the GUI's table edits).

        Only the edited column is copied; the others are shared with this dataset,
        which stays unchanged.

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
            raise IndexError(f"row {row} does not exist; there are {self.n_rows} rows")
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise ValueError(f"{value!r} is not a number") from None
        if math.isinf(number):
            raise ValueError(
                "a cell must hold a finite number, or be empty (NaN) when the value "
                "is missing"
            )
        edited = self.frame[column].to_numpy(dtype=np.float64, copy=True)
        edited[row] = number
        frame = self.frame.copy(deep=False)
        frame[column] = edited
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
                "it holds no values"
                if bad is None
                else _not_a_number_reason(f"row {bad + 1}", objects[bad])
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
                f"there is no column {column!r}; the columns are "
                + ", ".join(repr(name) for name in self.columns)
            )
        if column in self.non_numeric:
            raise ValueError(
                f"column {column!r} does not hold numbers: {self.non_numeric[column]}"
            )


def load_table(
    path: str | Path,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelCallback | None = None,
    options: ReadOptions | None = None,
) -> Dataset:
    """Read a table from a text file or the first sheet of a spreadsheet.

    The format is guessed from the content, not trusted from the name: delimiter
    (comma, semicolon, tab, vertical bar or runs of spaces), decimal comma, UTF-8 or
    Latin-1 (UTF-16 with a byte-order mark too), and whether the first row is a
    header (it is not when every cell in it is a number; the columns are then called
    ``x1``, ``x2``, ...).  Every guess the user might want to check is listed in
    `Dataset.warnings`.

    Parameters
    ----------
    path : str or Path
        The file.  ``.xlsx``, ``.xls`` and ``.ods`` are read as spreadsheets; any
        other name is tried as text.
    progress : callable, optional
        Called with the fraction of the file read so far, 0 to 1, at least every
        few megabytes and with 1.0 at the end, always from the calling thread.
    cancel : callable, optional
        Polled while reading, from the calling thread; when it returns True the
        load stops within about one read block.
    options : ReadOptions, optional
        How to split the work of parsing text (threads, sizes); `ReadOptions()`
        when omitted.  It changes how fast a file loads, never the result.

    Returns
    -------
    Dataset
        Numeric columns as float64 with NaN for missing values; no row is dropped.

    Raises
    ------
    LoadError
        If the file cannot be read, is not a table, has no numeric column, has a
        row with more values than the header has names, or holds an infinite value
        in a numeric column.  The message names the file and, where it applies, the
        physical line (spreadsheets: row) and the column.
    LoadCancelled
        If `cancel` returned True.
    """
    file = Path(path)
    size, head = _open_and_sample(file)
    reporter = _Reporter(size, progress, cancel)
    reporter.check()
    reporter.report(0)
    spreadsheet_name = file.suffix.lower() in _SPREADSHEET_SUFFIXES
    looks_like_container = head.startswith(_SPREADSHEET_MAGIC)
    if spreadsheet_name and (looks_like_container or not _looks_like_text(head)):
        dataset = _load_spreadsheet(file, reporter, ())
    elif looks_like_container:
        dataset = _load_disguised_spreadsheet(file, reporter)
    else:
        warnings: tuple[str, ...] = ()
        if spreadsheet_name:
            warnings = (
                f"{file.name} holds text, not a spreadsheet; it was read as a "
                "delimited text table",
            )
        read_options = options if options is not None else ReadOptions()
        dataset = _load_text(file, size, head, reporter, warnings, read_options)
    reporter.finish()
    return dataset


# --------------------------------------------------------------------------- files


def _open_and_sample(path: Path) -> tuple[int, bytes]:
    """Check that `path` is a readable file; return its size and first block."""
    try:
        info = path.stat()
    except FileNotFoundError:
        folder = path.parent if str(path.parent) not in ("", ".") else Path.cwd()
        raise LoadError(f"there is no such file in {folder}", path) from None
    except OSError as error:
        raise LoadError(f"the file cannot be opened ({error.strerror})", path) from None
    if stat.S_ISDIR(info.st_mode):
        raise LoadError("this is a folder, not a file", path)
    if not stat.S_ISREG(info.st_mode):
        raise LoadError("this is not a regular file", path)
    try:
        with _open_binary(path) as handle:
            head = handle.read(_SAMPLE_BYTES)
    except PermissionError:
        raise LoadError("you do not have permission to read this file", path) from None
    except OSError as error:
        raise LoadError(f"the file cannot be read ({error.strerror})", path) from None
    if info.st_size == 0 or not head:
        raise LoadError("the file is empty", path)
    return max(info.st_size, len(head)), head


def _open_binary(path: Path) -> BinaryIO:
    """Open a file for reading bytes (one place, so tests can make it fail)."""
    return open(path, "rb")  # the callers close it


def _looks_like_text(head: bytes) -> bool:
    """Whether a spreadsheet-named file is really text (a CSV saved as .xls)."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    return b"\x00" not in head and _control_share(head.decode("latin-1")) < 0.01


def _control_share(text: str) -> float:
    """Share of characters that no text file holds (C0 controls except spacing)."""
    if not text:
        return 0.0
    return len(_CONTROL_CHARACTER.findall(text)) / len(text)


class _Reporter:
    """Turn bytes read into progress calls; raise `LoadCancelled` when asked."""

    def __init__(
        self,
        total: int,
        progress: ProgressCallback | None,
        cancel: CancelCallback | None,
    ) -> None:
        self._total = max(total, 1)
        self._progress = progress
        self._cancel = cancel
        self._shown = 0.0
        self.base = 0
        self.done = 0

    def cancelled(self) -> bool:
        return self._cancel is not None and bool(self._cancel())

    def check(self) -> None:
        if self.cancelled():
            raise LoadCancelled("loading was cancelled")

    def report(self, done: int) -> None:
        """Record `done` bytes past `base`; report progress, poll cancel."""
        self.done = done
        self.check()
        if self._progress is not None:
            # Never backwards: a restart (as Latin-1) keeps the bar where it was.
            fraction = min(1.0, (self.base + done) / self._total)
            self._shown = max(self._shown, fraction)
            self._progress(self._shown)

    def add(self, count: int) -> None:
        self.report(self.done + count)

    def estimate(self, fraction: float) -> None:
        """Show an estimated share of the whole file (never backwards)."""
        if self._progress is not None:
            self._shown = max(self._shown, min(1.0, fraction))
            self._progress(self._shown)

    def finish(self) -> None:
        if self._progress is not None:
            self._progress(1.0)


# --------------------------------------------------------------------------- text


@dataclass(frozen=True)
class _TextFormat:
    """What the sample told about a text file: everything pandas needs, and more.

    ``data_offset`` is the byte where the data rows start (after the header), and
    ``data_line`` the physical line there; pandas reads from that byte on, so the
    header never reaches it and every data row counts from a known line.
    """

    encoding: str  # codec of the data bytes: utf-8, latin-1, utf-16-le, utf-16-be
    delimiter: str | None  # None: runs of spaces and tabs
    skip_space: bool  # spaces before a quoted field (pandas' skipinitialspace)
    decimal: str
    names: tuple[str, ...]
    unnamed: frozenset[int]  # positions whose name the file did not give
    has_header: bool
    data_line: int
    data_offset: int
    warnings: tuple[str, ...]

    @property
    def width(self) -> int:
        return len(self.names)

    def is_blank(self, line: str) -> bool:
        return _is_blank(line, self.delimiter)


def _is_blank(line: str, delimiter: str | None) -> bool:
    """Whether pandas skips `line`: nothing but spaces and tabs that do not delimit."""
    body = line.rstrip("\r\n")
    if delimiter == "\t":
        return body.strip(" ") == ""
    return body.strip(" \t") == ""


def _load_text(
    path: Path,
    size: int,
    head: bytes,
    reporter: _Reporter,
    warnings: tuple[str, ...],
    options: ReadOptions,
    *,
    latin1: bool = False,
) -> Dataset:
    """Sniff the format, parse with pandas, check, and build the dataset."""
    fmt = _sniff(path, size, head, latin1=latin1)
    fmt = replace(fmt, warnings=warnings + fmt.warnings)
    try:
        parts = None
        if size - fmt.data_offset >= options.whole_min_bytes and fmt.encoding in (
            "utf-8",
            "latin-1",
        ):
            parts = _read_whole(path, fmt, size, head, reporter, options)
        if (
            parts is None
            and size - fmt.data_offset >= options.parallel_min_bytes
            and fmt.encoding in ("utf-8", "latin-1")
            and options.worker_count() > 1
        ):
            parts = _read_parallel(path, fmt, size, reporter, options)
        if parts is None:
            reporter.done = 0
            parts = _read_serial(path, fmt, size, reporter, options)
    except UnicodeDecodeError:
        if latin1:  # pragma: no cover - Latin-1 decodes every byte
            raise LoadError("the file's text cannot be decoded", path) from None
        # Valid UTF-8 in the sample, but not further on: start again as Latin-1.
        return _load_text(path, size, head, reporter, warnings, options, latin1=True)
    except (ValueError, OverflowError) as error:
        raise LoadError(f"the file cannot be read as a table ({error})", path) from None
    workers = options.worker_count() if len(parts) > 1 else 1
    columns = _merge_parts(parts, fmt.width, workers)
    n_rows = sum(part.n_rows for part in parts)
    columns = _restore_text(path, fmt, size, columns, n_rows, reporter)

    def locate(rows: Iterable[int]) -> dict[int, tuple[int, list[str]]]:
        return _locate_rows(path, fmt, set(rows), reporter)

    return _build_dataset(
        path=path,
        names=fmt.names,
        unnamed=fmt.unnamed,
        columns=columns,
        n_rows=n_rows,
        locate=locate,
        where="line",
        warnings=fmt.warnings,
    )


# ........................................................................ sniffing


def _sniff(path: Path, size: int, head: bytes, *, latin1: bool) -> _TextFormat:
    """Guess the text format from the first block, reading more while needed."""
    sample = head
    while True:
        complete = len(sample) >= size
        final = complete or len(sample) >= _MAX_SAMPLE_BYTES
        fmt = _analyse_sample(
            path, sample, complete=complete, final=final, latin1=latin1
        )
        if fmt is not None:
            return fmt
        try:
            with _open_binary(path) as handle:
                sample = handle.read(min(2 * len(sample), _MAX_SAMPLE_BYTES))
        except OSError as error:
            raise LoadError(
                f"the file cannot be read ({error.strerror})", path
            ) from None


def _decode_sample(
    path: Path, sample: bytes, *, complete: bool, latin1: bool
) -> tuple[str, str, int, list[str]]:
    """Decode the sample; return (text, codec, BOM length, warnings)."""
    for signature, name in _OTHER_MAGIC:
        if sample.startswith(signature):
            raise LoadError(f"this is {name}, not a table of numbers", path)
    if sample.startswith(codecs.BOM_UTF16_LE) or sample.startswith(codecs.BOM_UTF16_BE):
        codec = "utf-16-le" if sample.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"
        decoder = codecs.getincrementaldecoder(codec)("replace")
        text = decoder.decode(sample[2:], final=complete)
        bom = 2
    else:
        if b"\x00" in sample:
            raise LoadError(
                "this is not a text file (it holds NUL bytes); is it really a table?",
                path,
            )
        bom = len(codecs.BOM_UTF8) if sample.startswith(codecs.BOM_UTF8) else 0
        codec = "latin-1" if latin1 else "utf-8"
        text = ""
        if not latin1:
            try:
                decoder = codecs.getincrementaldecoder("utf-8")("strict")
                text = decoder.decode(sample[bom:], final=complete)
            except UnicodeDecodeError:
                codec = "latin-1"
        if codec == "latin-1":
            text = sample[bom:].decode("latin-1")
    if _control_share(text) >= 0.01:
        raise LoadError(
            "this is not a text file (it holds control characters); "
            "is it really a table?",
            path,
        )
    notes = []
    if codec == "latin-1":
        notes.append(
            "the file is not valid UTF-8 text, so it was read as Latin-1 "
            "(ISO 8859-1); check that accented letters look right"
        )
    return text, codec, bom, notes


def _split_lines(text: str) -> list[str]:
    """Split where pandas ends a line, keeping each line's line break."""
    lines: list[str] = []
    start = 0
    for match in _LINE_BREAK.finditer(text):
        lines.append(text[start : match.end()])
        start = match.end()
    if start < len(text):
        lines.append(text[start:])
    return lines


def _analyse_sample(
    path: Path, sample: bytes, *, complete: bool, final: bool, latin1: bool
) -> _TextFormat | None:
    """Work out the format from a sample, or return None if it needs more bytes.

    `complete` says the sample is the whole file; `final` that no more will be read.
    """
    text, codec, bom, notes = _decode_sample(
        path, sample, complete=complete, latin1=latin1
    )
    lines = _split_lines(text)
    if not complete and lines:
        lines.pop()  # the last line may go on beyond the sample
    filled = [line for line in lines if line.strip()]
    if not filled:
        if complete:
            raise LoadError("the file holds only blank lines, no data", path)
        if final:
            raise LoadError(
                "the first line is megabytes long; this does not look like a table",
                path,
            )
        return None
    delimiter = _sniff_delimiter(filled[:_SNIFF_RECORDS])
    # pandas' skipinitialspace costs a tenth of the parse time, and only matters
    # for a quoted field after a space (`1, "a, b"`); blank cells are handled later.
    skip_space = delimiter is None or (
        re.search(rf'(?:^|{re.escape(delimiter)})[ \t]+"', text, re.MULTILINE)
        is not None
    )

    # The header (or the first data row) is the first line with more than filler.
    first = 0
    while first < len(lines) and _is_filler(lines[first], delimiter):
        first += 1
    if first == len(lines):
        if not final:
            return None
        raise LoadError("the file holds only delimiters and blank lines, no data", path)
    try:
        feeder = _LineFeeder(lines[first:], first + 1, delimiter, lambda _: False)
        first_line, first_fields = next(_records(feeder, delimiter, skip_space))
        after_first = feeder.next_line
        rest_feeder = _LineFeeder(
            lines[after_first - 1 :],
            after_first,
            delimiter,
            lambda line: _is_blank(line, delimiter),
        )
        rest = list(_take(_records(rest_feeder, delimiter, skip_space), _SNIFF_RECORDS))
    except csv.Error as error:
        raise LoadError(f"the file cannot be read as a table ({error})", path) from None

    comma_example = _detect_decimal_comma(
        delimiter, [(first_line, first_fields), *rest]
    )
    decimal = "." if comma_example is None else ","
    has_header = not _all_numbers(first_fields, decimal)
    if has_header and not rest:
        if not final:
            return None  # the first data row is beyond the sample
        raise LoadError(
            "the file has a header row but no data rows", path, line=first_line
        )
    if comma_example is not None:
        notes.append(
            f"decimal commas found (for example {comma_example[1]!r} on line "
            f"{comma_example[0]}); they were read as decimal points"
        )
    if has_header:
        names, unnamed, name_notes = _header_names(first_fields)
        notes += name_notes
        data_line = after_first
        first_data_line, first_data = rest[0]
        if delimiter is None and len(first_data) < len(names):
            raise LoadError(
                f"the header has {len(names)} names but this row only "
                f"{len(first_data)} values; in a file separated by spaces, column "
                "names must not contain spaces",
                path,
                line=first_data_line,
            )
    else:
        names = [f"x{index}" for index in range(1, len(first_fields) + 1)]
        # Empty fields at the end of the first row may be trailing delimiters.
        used = [index for index, value in enumerate(first_fields) if value.strip()]
        unnamed = frozenset(range(used[-1] + 1 if used else 0, len(names)))
        data_line = first_line
        first_data_line, first_data = first_line, first_fields
    # Empty fields past the names are delimiters at the ends of the lines.
    if len(first_data) > len(names):
        if any(value.strip() for value in first_data[len(names) :]):
            raise _ragged_error(
                path, first_data_line, len(first_data), len(names), has_header
            )
        unnamed = unnamed | frozenset(range(len(names), len(first_data)))
        names = names + _fresh_names(names, len(first_data) - len(names))

    preamble = "".join(lines[: data_line - 1])
    return _TextFormat(
        encoding=codec,
        delimiter=delimiter,
        skip_space=skip_space,
        decimal=decimal,
        names=tuple(names),
        unnamed=unnamed,
        has_header=has_header,
        data_line=data_line,
        data_offset=bom + len(preamble.encode(codec)),
        warnings=tuple(notes),
    )


def _take(
    records: Iterator[tuple[int, list[str]]], count: int
) -> Iterator[tuple[int, list[str]]]:
    for index, record in enumerate(records):
        if index >= count:
            return
        yield record


def _is_filler(line: str, delimiter: str | None) -> bool:
    """Whether a line before the header holds nothing but spaces and delimiters."""
    body = line.rstrip("\r\n").replace(" ", "").replace("\t", "")
    if delimiter is not None:
        body = body.replace(delimiter, "")
    return body == ""


def _sniff_delimiter(lines: Sequence[str]) -> str | None:
    """Pick the delimiter that splits the lines into the same number of fields.

    Candidates are ranked: splitting the first line like the others (a header
    matches its data), then consistency, then tab, semicolon, comma, bar and last
    runs of whitespace (None).  The order lets a semicolon win over the commas of
    decimal numbers, and a comma over the spaces after it.  When none splits the
    lines, the file has one column, and the delimiter is one that never occurs.
    """
    candidates: list[tuple[str | None, list[int]]] = [
        (None, [len(_WHITESPACE.split(line.strip(" \t\r\n"))) for line in lines])
    ]
    candidates += [(c, _field_counts(lines, c)) for c in reversed(_DELIMITERS)]
    best: tuple[bool, bool, int] | None = None
    choice: str | None = None
    found = False
    for rank, (candidate, counts) in enumerate(candidates):
        score = _consistency(counts)
        if score is None:
            continue
        key = (score[0], score[1], rank)
        if best is None or key > best:
            best, choice, found = key, candidate, True
    if found:
        return choice
    return min(
        _DELIMITERS, key=lambda candidate: sum(c.count(candidate) for c in lines)
    )


def _field_counts(lines: Sequence[str], delimiter: str) -> list[int]:
    if not any(delimiter in line for line in lines):
        return []
    reader = csv.reader(
        (line.rstrip("\r\n") for line in lines),
        delimiter=delimiter,
        quotechar='"',
        skipinitialspace=True,
        strict=False,
    )
    try:
        return [len(fields) for fields in reader]
    except csv.Error:
        return []


def _consistency(counts: Sequence[int]) -> tuple[bool, bool] | None:
    """Score field counts: None if the lines are not split into several fields."""
    if not counts:
        return None
    values, frequencies = np.unique(np.asarray(counts), return_counts=True)
    mode = int(values[np.argmax(frequencies)])
    share = float(frequencies.max()) / len(counts)
    if mode < 2 or share < 0.5:
        return None
    return counts[0] == mode, share >= 0.9


def _detect_decimal_comma(
    delimiter: str | None, rows: Sequence[tuple[int, Sequence[str]]]
) -> tuple[int, str] | None:
    """Return (line, example) if the sample's numbers use decimal commas.

    Only when the delimiter is not a comma, and no number in the sample uses a
    decimal point: mixing both is a mistake better shown as a non-numeric cell.
    """
    if delimiter == ",":
        return None
    example: tuple[int, str] | None = None
    for line, fields in rows:
        for value in fields:
            stripped = value.strip()
            if _POINT_DECIMAL.fullmatch(stripped):
                return None
            if example is None and _COMMA_DECIMAL.fullmatch(stripped):
                example = (line, stripped)
    return example


def _all_numbers(fields: Sequence[str], decimal: str) -> bool:
    """Whether a first row is data: every filled cell a number, at least one."""
    pattern = _NUMBER_TEXT[decimal]
    filled = [value.strip() for value in fields if value.strip() not in _MISSING_TEXT]
    return bool(filled) and all(pattern.fullmatch(value) for value in filled)


def _header_names(fields: Sequence[str]) -> tuple[list[str], frozenset[int], list[str]]:
    """Clean header names: strip, name empty ones, rename duplicates."""
    names: list[str] = []
    unnamed: set[int] = set()
    notes: list[str] = []
    for index, value in enumerate(fields):
        name = value.strip()
        if not name:
            unnamed.add(index)
            name = f"column {index + 1}"
        names.append(name)
    renamed = _deduplicate(names)
    if renamed:
        notes.append(
            "duplicate column names were renamed: "
            + ", ".join(f"{old!r} to {new!r}" for old, new in renamed)
        )
    return names, frozenset(unnamed), notes


def _deduplicate(names: list[str]) -> list[tuple[str, str]]:
    """Rename repeated names in place to ``name.1``, ``name.2`` (as pandas does)."""
    taken = set(names)
    seen: set[str] = set()
    renamed: list[tuple[str, str]] = []
    for index, name in enumerate(names):
        if name not in seen:
            seen.add(name)
            continue
        suffix = 1
        while f"{name}.{suffix}" in taken:
            suffix += 1
        new = f"{name}.{suffix}"
        taken.add(new)
        seen.add(new)
        names[index] = new
        renamed.append((name, new))
    return renamed


def _fresh_names(names: Sequence[str], count: int) -> list[str]:
    taken = set(names)
    fresh: list[str] = []
    index = len(names)
    while len(fresh) < count:
        index += 1
        candidate = f"column {index}"
        if candidate not in taken:
            fresh.append(candidate)
            taken.add(candidate)
    return fresh


def _ragged_error(
    path: Path, line: int, seen: int, expected: int, has_header: bool
) -> LoadError:
    """The error for a row with more values than the table has columns."""
    against = (
        f"the header names {expected} columns"
        if has_header
        else f"the first row has {expected} values"
    )
    return LoadError(
        f"this line has {seen} values, but {against}; is there a stray delimiter, "
        "or a quote missing?",
        path,
        line=line,
    )


# ........................................................................ records


class _LineFeeder:
    """Feed lines to `csv.reader` while counting physical lines.

    Skips the lines pandas skips (blank ones) and remembers where each record
    starts, which is how a row index becomes a physical line number.
    """

    def __init__(
        self,
        lines: Iterable[str],
        first_line: int,
        delimiter: str | None,
        blank: Callable[[str], bool],
    ) -> None:
        self._lines = iter(lines)
        self.next_line = first_line
        self._start: int | None = None
        self._whitespace = delimiter is None
        self._blank = blank

    def __iter__(self) -> _LineFeeder:
        return self

    def __next__(self) -> str:
        for line in self._lines:
            number = self.next_line
            self.next_line += 1
            if self._blank(line):
                continue
            if self._start is None:
                self._start = number
            if self._whitespace:
                # csv has no "runs of whitespace"; make it single-space separated.
                return line.rstrip("\r\n").strip(" \t").replace("\t", " ")
            return line
        raise StopIteration

    def take_start(self) -> int:
        start = self._start if self._start is not None else self.next_line
        self._start = None
        return start


def _records(
    feeder: _LineFeeder, delimiter: str | None, skip_space: bool
) -> Iterator[tuple[int, list[str]]]:
    """Yield (first physical line, fields) of each record, as pandas splits them."""
    reader = csv.reader(
        feeder,
        delimiter=delimiter if delimiter is not None else " ",
        quotechar='"',
        skipinitialspace=skip_space or delimiter is None,
        strict=False,
    )
    for fields in reader:
        if not fields or (fields == [""] and delimiter is None):
            feeder.take_start()
            continue
        yield feeder.take_start(), fields


def _scan_data(
    path: Path, fmt: _TextFormat, reporter: _Reporter
) -> Iterator[tuple[int, int, list[str]]]:
    """Yield (row index, physical line, fields) for the data rows of the file."""
    with _open_binary(path) as raw:
        raw.seek(fmt.data_offset)
        text = io.TextIOWrapper(
            raw, encoding=fmt.encoding, errors="replace", newline=""
        )
        feeder = _LineFeeder(text, fmt.data_line, fmt.delimiter, fmt.is_blank)
        records = _records(feeder, fmt.delimiter, fmt.skip_space)
        for row, (line, fields) in enumerate(records):
            if row % 65536 == 0:
                reporter.check()
            yield row, line, fields


def _locate_rows(
    path: Path, fmt: _TextFormat, rows: set[int], reporter: _Reporter
) -> dict[int, tuple[int, list[str]]]:
    """Physical line and fields of each requested row (missing if not found)."""
    found: dict[int, tuple[int, list[str]]] = {}
    if not rows:
        return found
    last = max(rows)
    try:
        for row, line, fields in _scan_data(path, fmt, reporter):
            if row in rows:
                found[row] = (line, fields)
            if row >= last:
                break
    except (csv.Error, OSError):
        pass  # the messages fall back to data row numbers
    return found


def _find_long_row(
    path: Path, fmt: _TextFormat, reporter: _Reporter
) -> tuple[int, int] | None:
    """(line, field count) of the first row with more fields than names."""
    try:
        for _, line, fields in _scan_data(path, fmt, reporter):
            if len(fields) > fmt.width:
                return line, len(fields)
    except (csv.Error, OSError):
        return None
    return None


# ........................................................................ parsing


class _Stopped(Exception):
    """A parallel read was told to stop because another part failed or cancel."""


class _NeedsSerial(Exception):
    """A part cannot be parsed on its own; parse the whole file in one go."""


class _Stream:
    """The file-like object pandas reads from.

    Counts bytes for progress, lets the owner stop the read by raising from
    `read`, stops at a byte limit (one part of a parallel read), and re-encodes
    non-UTF-8 text as UTF-8, so that pandas always takes its fast byte path.
    """

    def __init__(
        self,
        raw: BinaryIO,
        limit: int,
        encoding: str,
        on_read: Callable[[int], None],
    ) -> None:
        self._raw = raw
        self._left = limit
        self._on_read = on_read
        self._decoder = (
            None
            if encoding == "utf-8"
            else codecs.getincrementaldecoder(encoding)("replace")
        )

    def read(self, size: int = -1) -> bytes:
        while True:
            wanted = self._left if size is None or size < 0 else min(size, self._left)
            data = self._raw.read(wanted) if wanted > 0 else b""
            self._left -= len(data)
            self._on_read(len(data))
            if self._decoder is None:
                return data
            text = self._decoder.decode(data, final=not data)
            if text or not data:
                return text.encode("utf-8")

    def __iter__(self) -> Iterator[bytes]:
        # pandas checks for __iter__ to accept a file-like object; it never iterates.
        return iter(())


def _read_csv_options(fmt: _TextFormat) -> dict[str, Any]:
    return {
        "sep": fmt.delimiter if fmt.delimiter is not None else r"\s+",
        "header": None,
        "names": list(fmt.names),
        "index_col": False,
        "decimal": fmt.decimal,
        "skipinitialspace": fmt.delimiter is not None and fmt.skip_space,
        "skip_blank_lines": True,
        "quotechar": '"',
        "encoding": "utf-8",
        "engine": "c",
        # Whole-part type inference: no DtypeWarning, and parts are small.
        "low_memory": False,
    }


def _parse_region(
    path: Path,
    fmt: _TextFormat,
    start: int,
    end: int,
    on_read: Callable[[int], None],
    rows_per_part: int,
) -> list[_Part]:
    """Parse the bytes [start, end) with one pandas reader, `rows_per_part` at a time.

    One reader per region, not one per part: it keeps its buffers from part to
    part, which is most of what makes threads pay.
    """
    parts: list[_Part] = []
    with _open_binary(path) as raw:
        raw.seek(start)
        stream = _Stream(raw, end - start, fmt.encoding, on_read)
        with pd.read_csv(
            stream,  # type: ignore[call-overload]
            chunksize=rows_per_part,
            **_read_csv_options(fmt),
        ) as reader:
            for frame in reader:
                parts.append(_convert_part(frame, fmt.decimal))
    return parts


#: How often the loader looks at Cancel and moves the bar during such a read.
_WHOLE_POLL_SECONDS: Final = 0.005
_ABANDONED: list[threading.Thread] = []
_ABANDONED_LOCK = threading.Lock()


def wait_for_abandoned_reads(timeout: float | None = None) -> bool:
    """Wait until reads left behind by a cancelled load have finished.

    A cancelled whole-file read cannot be interrupted inside pandas; it runs to
    its end in the background (a fraction of a second per 100 MB) and its
    result is dropped.  True when none is left.
    """
    end = None if timeout is None else time.monotonic() + timeout
    with _ABANDONED_LOCK:
        readers = list(_ABANDONED)
    for reader in readers:
        remaining = None if end is None else max(0.0, end - time.monotonic())
        reader.join(remaining)
    with _ABANDONED_LOCK:
        _ABANDONED[:] = [r for r in _ABANDONED if r.is_alive()]
        return not _ABANDONED


atexit.register(wait_for_abandoned_reads)


def _read_whole(
    path: Path,
    fmt: _TextFormat,
    size: int,
    head: bytes,
    reporter: _Reporter,
    settings: ReadOptions,
) -> list[_Part] | None:
    """Parse a large file with one ``pandas.read_csv(path)`` call, or return None.

    Given a path (not a file object, not a wrapper), pandas parses on several
    cores: ~30 % less time than splitting the file ourselves.  It cannot report
    progress or stop midway, so it runs in an inner thread while this one
    moves the bar by an estimate and polls Cancel every 5 ms; a cancelled read
    is abandoned (it finishes alone and its result is dropped).  Only for the
    plain layout: the lines before the data are the header alone, no blank or
    quoted lines that pandas might count differently from us.
    """
    before = head[: fmt.data_offset]
    lines_before = before.count(b"\n")
    if lines_before != fmt.data_line - 1 or lines_before > 1 or b'"' in before:
        return None
    options = _read_csv_options(fmt)
    options["skiprows"] = lines_before
    options["encoding"] = "utf-8-sig" if fmt.encoding == "utf-8" else "latin-1"
    # low_memory=False would turn pandas' multi-core parse off; a column whose
    # type changes along the file then comes back mixed, which _convert_part
    # and _restore_text already handle (DtypeWarning is pandas telling us so).
    del options["low_memory"]
    box: dict[str, Any] = {}

    def read() -> None:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", pd.errors.DtypeWarning)
                box["frame"] = pd.read_csv(str(path), **options)
        except BaseException as error:  # handed to the loader thread below
            box["error"] = error

    reader = threading.Thread(target=read, name="linreg-read-csv", daemon=True)
    began = time.monotonic()
    expected = max(0.05, (size - fmt.data_offset) / settings.assumed_bytes_per_second)
    reader.start()
    while reader.is_alive():
        reader.join(_WHOLE_POLL_SECONDS)
        if reader.is_alive() and reporter.cancelled():
            # Cancel at once; pandas finishes alone and its result is dropped.
            with _ABANDONED_LOCK:
                _ABANDONED.append(reader)
            reporter.check()
        elapsed = time.monotonic() - began
        fraction = elapsed / expected
        if fraction > 0.95:  # slower than assumed: creep, never claim done
            fraction = 0.95 + 0.04 * (
                1 - math.exp(-(elapsed - 0.95 * expected) / expected)
            )
        reporter.estimate(min(fraction, 0.99))
    error = box.get("error")
    if error is not None:
        if isinstance(error, pd.errors.ParserError):
            raise _parser_error(path, fmt, reporter, error)
        raise error
    frame = box["frame"]
    return [_convert_part(frame, fmt.decimal)]


def _read_serial(
    path: Path, fmt: _TextFormat, size: int, reporter: _Reporter, settings: ReadOptions
) -> list[_Part]:
    """Parse the data rows on this thread."""
    reporter.base = fmt.data_offset
    try:
        return _parse_region(
            path, fmt, fmt.data_offset, size, reporter.add, settings.rows_per_part
        )
    except pd.errors.ParserError as error:
        raise _parser_error(path, fmt, reporter, error) from None
    except OSError as error:
        raise LoadError(f"the file cannot be read ({error.strerror})", path) from None


def _parser_error(
    path: Path, fmt: _TextFormat, reporter: _Reporter, error: Exception
) -> LoadError:
    """Turn a pandas ParserError into a message with a physical line number."""
    message = str(error).strip()
    match = _PANDAS_RAGGED.search(message)
    if match is not None:
        long_row = _find_long_row(path, fmt, reporter)
        if long_row is not None:
            return _ragged_error(
                path, long_row[0], long_row[1], fmt.width, fmt.has_header
            )
        # pandas counts lines from the first data byte, blank lines included.
        expected, line, seen = (int(group) for group in match.groups())
        return _ragged_error(
            path, fmt.data_line + line - 1, seen, expected, fmt.has_header
        )
    if "EOF inside string" in message:
        return LoadError(
            'a quoted value is never closed (a " without its partner)', path
        )
    message = message.removeprefix("Error tokenizing data. C error: ")
    return LoadError(f"the file cannot be read as a table ({message})", path)


def _restore_text(
    path: Path,
    fmt: _TextFormat,
    size: int,
    columns: list[_Column],
    n_rows: int,
    reporter: _Reporter,
) -> list[_Column]:
    """Re-read as text the text columns that pandas turned partly into numbers.

    pandas infers each part's types alone, so a column with a word far down holds
    numbers above it; shown as text, those would read ``1.0`` where the file says
    ``1``, and differently depending on where the parts were cut.  Reading such
    columns again as strings (rare) shows the file as it is.
    """
    wanted = [index for index, column in enumerate(columns) if column.needs_text]
    if not wanted:
        return columns
    options = _read_csv_options(fmt)
    # Not ``usecols``: pandas then refuses a first row shorter than the header.
    options["dtype"] = {fmt.names[index]: str for index in wanted}
    try:
        with _open_binary(path) as raw:
            raw.seek(fmt.data_offset)
            stream = _Stream(
                raw, size - fmt.data_offset, fmt.encoding, lambda _: reporter.check()
            )
            frame = pd.read_csv(stream, **options)  # type: ignore[call-overload]
    except (ValueError, OverflowError, OSError):
        return columns  # keep the numbers: they are right, only shown differently
    if len(frame) != n_rows:  # pragma: no cover - the same parser, the same rows
        return columns
    restored = list(columns)
    for index in wanted:
        text: ObjectArray = frame[fmt.names[index]].to_numpy(dtype=object, copy=True)
        blank = np.fromiter(
            (isinstance(value, str) and not value.strip() for value in text),
            dtype=bool,
            count=len(text),
        )
        text[blank] = np.nan
        restored[index] = replace(columns[index], values=text, needs_text=False)
    return restored


def _region_bounds(
    raw: BinaryIO, start: int, size: int, workers: int, chunk_bytes: int
) -> list[tuple[int, int]]:
    """Split [start, size) into regions that end after a \\n.

    Two regions a worker balance the load when one thread is slowed down; more
    would cost a reader each.  Very large files get regions of `chunk_bytes`.
    """
    bounds: list[tuple[int, int]] = []
    step = max(1, min(chunk_bytes, -(-(size - start) // (2 * workers))))
    position = start
    while position < size:
        end = position + step
        if end >= size - step // 4:
            end = size
        else:
            raw.seek(end)
            while True:
                block = raw.read(64 * 1024)
                if not block:
                    end = size
                    break
                newline = block.find(b"\n")
                if newline >= 0:
                    end += newline + 1
                    break
                end += len(block)
        bounds.append((position, end))
        position = end
    return bounds


def _read_parallel(
    path: Path, fmt: _TextFormat, size: int, reporter: _Reporter, settings: ReadOptions
) -> list[_Part] | None:
    """Parse parts of the data on a thread pool; None if one needs the whole file.

    A part that starts or ends inside a quoted line break, or whose first row is
    longer than the header, cannot be parsed alone: pandas then fails or would
    guess an index column, so the caller re-reads the file in one stream, which
    also finds the right line for an error.  Progress and cancel are handled
    here, on the calling thread; the workers only count bytes and watch `stop`.
    """
    reporter.base = fmt.data_offset
    workers = settings.worker_count()
    try:
        with _open_binary(path) as raw:
            bounds = _region_bounds(
                raw, fmt.data_offset, size, workers, settings.chunk_bytes
            )
    except OSError as error:
        raise LoadError(f"the file cannot be read ({error.strerror})", path) from None
    counts = [0] * len(bounds)
    stop = threading.Event()

    def work(index: int) -> list[_Part]:
        start, end = bounds[index]

        def on_read(count: int) -> None:
            if stop.is_set():
                raise _Stopped
            counts[index] += count

        if index > 0:
            with _open_binary(path) as raw:
                raw.seek(start)
                if not _part_starts_cleanly(raw, end - start, fmt):
                    raise _NeedsSerial
        return _parse_region(path, fmt, start, end, on_read, settings.rows_per_part)

    pool = ThreadPoolExecutor(max_workers=workers)
    try:
        futures: list[Future[list[_Part]]] = [
            pool.submit(work, i) for i in range(len(bounds))
        ]
        pending: set[Future[list[_Part]]] = set(futures)
        while pending:
            done, pending = wait(pending, _POLL_SECONDS, FIRST_EXCEPTION)
            reporter.report(sum(counts))
            for future in done:
                failure = future.exception()
                if isinstance(failure, (_NeedsSerial, pd.errors.ParserError)):
                    return None
                if failure is not None:
                    raise failure
        return [part for future in futures for part in future.result()]
    except OSError as error:
        raise LoadError(f"the file cannot be read ({error.strerror})", path) from None
    finally:
        stop.set()
        pool.shutdown(wait=True, cancel_futures=True)


def _part_starts_cleanly(raw: BinaryIO, limit: int, fmt: _TextFormat) -> bool:
    """Whether a part's first row has no more fields than the header has names.

    pandas would take the extra field of a part's first row for an index column
    (or warn), so such a part goes back to the single-stream read, which reports
    the row as too long.
    """
    while limit > 0:
        line_bytes = raw.readline(min(limit, 1024 * 1024))
        if not line_bytes:
            return True
        limit -= len(line_bytes)
        if not line_bytes.endswith(b"\n") and limit > 0:
            return False  # a line longer than a megabyte: not worth splitting
        line = line_bytes.decode(fmt.encoding)
        if fmt.is_blank(line):
            continue
        if line.count('"') % 2:
            return False  # a quoted line break: only one stream can follow it
        feeder = _LineFeeder([line], 1, fmt.delimiter, fmt.is_blank)
        try:
            record = next(_records(feeder, fmt.delimiter, fmt.skip_space), None)
        except csv.Error:
            return False
        return record is None or len(record[1]) <= fmt.width
    return True


# ........................................................................ columns


@dataclass(frozen=True)
class _Piece:
    """One column of one part: floats if all numbers, else the values as read."""

    values: FloatArray | ObjectArray
    numeric: bool
    first_bad: int = -1  # first cell that is not a number
    first_inf: int = -1  # first infinite number
    raw_text: bool = False  # values are the file's text (or missing), as pandas read it

    def shows_text(self) -> bool:
        """Whether the values show what the file says, for a text column."""
        if self.raw_text:
            return True
        return self.numeric and bool(np.isnan(self.values.astype(np.float64)).all())


@dataclass(frozen=True)
class _Part:
    n_rows: int
    pieces: list[_Piece]


def _convert_part(frame: pd.DataFrame, decimal: str) -> _Part:
    """Classify each column of a part that pandas read."""
    kinds = {
        dtype.kind if isinstance(dtype, np.dtype) else "O" for dtype in frame.dtypes
    }
    if kinds <= {"i", "u", "f"} and frame.shape[1] > 0:
        # The usual table of numbers: one array and one pass for all columns (this
        # runs on every part, partly holding the GIL the other threads want).
        block = frame.to_numpy(dtype=np.float64)
        infinite = np.isinf(block)
        has_inf = infinite.any(axis=0)
        pieces = [
            _Piece(
                block[:, j],
                numeric=True,
                first_inf=int(np.argmax(infinite[:, j])) if has_inf[j] else -1,
            )
            for j in range(frame.shape[1])
        ]
        return _Part(len(frame), pieces)
    return _Part(
        len(frame),
        [_to_piece(frame.iloc[:, j], decimal) for j in range(frame.shape[1])],
    )


def _to_piece(series: pd.Series[Any], decimal: str) -> _Piece:
    """Classify a column read by pandas: numbers (as float64) or text."""
    dtype = series.dtype
    if isinstance(dtype, np.dtype) and dtype.kind in "iuf":
        return _numeric_piece(series.to_numpy(dtype=np.float64))
    objects: ObjectArray = series.to_numpy(dtype=object, copy=True)
    if isinstance(dtype, np.dtype) and dtype.kind == "b":
        empty = len(objects) == 0
        return _Piece(objects, numeric=False, first_bad=-1 if empty else 0)
    text = series
    if decimal == ",":
        text = series.astype(object).map(
            lambda value: value.replace(",", ".") if isinstance(value, str) else value
        )
    numbers = pd.to_numeric(text, errors="coerce").to_numpy(dtype=np.float64)
    # A cell of spaces is empty; True/False (which to_numeric takes for 1/0) is not
    # a number.
    kinds = np.fromiter(
        (_cell_kind(value) for value in objects), dtype=np.int8, count=len(objects)
    )
    filled = (kinds == _TEXT) | (kinds == _OTHER)
    bad = (np.isnan(numbers) & filled) | (kinds == _TRUTH)
    if not bad.any():
        return _numeric_piece(numbers)
    raw_text = not ((kinds == _TRUTH) | (kinds == _OTHER)).any()
    objects[kinds == _EMPTY] = np.nan  # a cell of spaces is as empty as ""
    return _Piece(
        objects, numeric=False, first_bad=int(np.argmax(bad)), raw_text=raw_text
    )


_EMPTY, _TEXT, _TRUTH, _OTHER = 0, 1, 2, 3


def _cell_kind(value: object) -> int:
    """Sort a cell pandas left unconverted: empty, text, True/False, or other."""
    if isinstance(value, bool):
        return _TRUTH
    if isinstance(value, str):
        return _TEXT if value.strip() else _EMPTY
    if value is None or value is pd.NA or value is pd.NaT:
        return _EMPTY
    return _EMPTY if isinstance(value, float) and math.isnan(value) else _OTHER


def _numeric_piece(values: FloatArray) -> _Piece:
    infinite = np.isinf(values)
    first_inf = int(np.argmax(infinite)) if infinite.any() else -1
    return _Piece(values, numeric=True, first_inf=first_inf)


@dataclass(frozen=True)
class _Column:
    values: FloatArray | ObjectArray
    numeric: bool
    first_bad: int
    first_inf: int
    needs_text: bool = False  # a text column some of whose parts pandas converted

    def is_empty(self) -> bool:
        values = self.values
        if len(values) and not pd.isna(values[0]):
            return False  # the usual answer, without a pass over a million rows
        return bool(pd.isna(values).all())


def _merge_parts(parts: Sequence[_Part], width: int, workers: int) -> list[_Column]:
    """Join the parts column by column; a column is numeric if every part is.

    Numeric columns are copied into place on `workers` threads: NumPy copies
    without the GIL, and a million rows of eleven columns take a noticeable time.
    """
    columns: list[_Column] = []
    copies: list[tuple[FloatArray, list[FloatArray]]] = []
    for j in range(width):
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
        columns.append(
            _Column(
                values, numeric, first_bad, first_inf if numeric else -1, needs_text
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


def _first_non_number(values: ObjectArray) -> int | None:
    """Index of the first filled value that is not a number (arrays given in code)."""
    for index, value in enumerate(values):
        if value is None or (isinstance(value, float) and math.isnan(value)):
            continue
        return index
    return None


def _not_a_number_reason(place: str, value: object) -> str:
    """The tooltip of a non-numeric column: where, and what is there."""
    shown = str(value)
    if len(shown) > 40:
        shown = shown[:37] + "..."
    return f"{place} holds {shown!r}, which is not a number"


def _build_dataset(
    *,
    path: Path,
    names: Sequence[str],
    unnamed: frozenset[int],
    columns: Sequence[_Column],
    n_rows: int,
    locate: Callable[[Iterable[int]], Mapping[int, tuple[int, list[str]]]],
    where: str,
    warnings: Sequence[str],
) -> Dataset:
    """Check the columns read from a file and make the dataset (or the error)."""
    notes = list(warnings)
    if n_rows == 0:
        raise LoadError("the file has a header row but no data rows", path)
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
            "columns without a name in the file were called "
            + ", ".join(repr(name) for name in named_here)
        )
    empty = [name for name, column in kept if column.is_empty()]
    if empty:
        notes.append(
            "these columns hold no values: " + ", ".join(repr(name) for name in empty)
        )
    wanted = {column.first_bad for _, column in kept if not column.numeric}
    infinite = [
        (column.first_inf, name) for name, column in kept if column.first_inf >= 0
    ]
    if infinite:
        wanted.add(min(infinite)[0])
    wanted.discard(-1)
    places = locate(wanted)

    def place(row: int) -> tuple[str, int | None]:
        if row in places:
            return f"{where} {places[row][0]}", places[row][0]
        return f"data row {row + 1}", None

    reasons: dict[str, str] = {}
    for name, column in kept:
        if column.numeric:
            continue
        if column.first_bad < 0:
            reasons[name] = "it holds no numbers"
            continue
        label, _ = place(column.first_bad)
        reasons[name] = _not_a_number_reason(label, column.values[column.first_bad])
    if not any(column.numeric for _, column in kept):
        first = next(iter(reasons.items()), None)
        detail = f" (column {first[0]!r}: {first[1]})" if first is not None else ""
        raise LoadError(f"no column holds numbers{detail}", path)
    if infinite:
        row, name = min(infinite)
        label, line = place(row)
        index = list(names).index(name)
        text = "inf"
        if row in places and index < len(places[row][1]):
            text = places[row][1][index].strip()
        raise LoadError(
            f"{text!r} is not a finite number; regression needs finite values "
            "(leave the cell empty if the value is missing)",
            path,
            line=line,
            column=name,
        )
    frame = pd.DataFrame(
        {
            name: pd.Series(
                column.values,
                dtype=np.float64 if column.numeric else object,
                copy=False,
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


# --------------------------------------------------------------------- spreadsheets


def _load_disguised_spreadsheet(path: Path, reporter: _Reporter) -> Dataset:
    """Read a zip or OLE file with a text name, most likely a renamed spreadsheet."""
    try:
        raw, sheets = _read_first_sheet(path, reporter)
    except LoadError:
        raise LoadError(
            "this is a zip archive or an Office document, not a text table; if it "
            "is a spreadsheet, give it its real extension (.xlsx, .ods or .xls)",
            path,
        ) from None
    note = f"{path.name} is a spreadsheet despite its name; its first sheet was read"
    return _sheet_to_dataset(path, raw, sheets, [note])


def _load_spreadsheet(
    path: Path, reporter: _Reporter, warnings: tuple[str, ...]
) -> Dataset:
    """Read the first sheet with calamine; apply the same rules as for text."""
    raw, sheets = _read_first_sheet(path, reporter)
    return _sheet_to_dataset(path, raw, sheets, list(warnings))


def _read_first_sheet(
    path: Path, reporter: _Reporter
) -> tuple[pd.DataFrame, list[str]]:
    """The first sheet's cells as read (no header), and the names of all sheets."""
    try:
        # A file object, not the path: calamine then goes by the content, not the
        # name, which a renamed spreadsheet needs.
        with (
            _open_binary(path) as handle,
            pd.ExcelFile(handle, engine="calamine") as book,
        ):
            sheets = [str(sheet) for sheet in book.sheet_names]
            reporter.check()
            raw = pd.read_excel(book, sheet_name=0, header=None, dtype=object)
    except LoadCancelled:
        raise
    except Exception as error:  # any reader failure means "damaged"
        reason = str(error).strip().splitlines()[0] if str(error).strip() else ""
        detail = f" ({reason})" if reason else ""
        raise LoadError(
            f"the file cannot be read as a spreadsheet{detail}; it may be damaged",
            path,
        ) from None
    reporter.check()
    return raw, sheets


def _sheet_to_dataset(
    path: Path, raw: pd.DataFrame, sheets: list[str], notes: list[str]
) -> Dataset:
    """Find the table on the sheet (it may not start at A1) and check it."""
    if len(sheets) > 1:
        notes.append(
            f"only the first sheet, {sheets[0]!r}, was read; the file has "
            f"{len(sheets)} sheets"
        )
    cells: ObjectArray = raw.to_numpy(dtype=object)
    filled = ~_is_missing_cell(cells)
    rows_used = np.flatnonzero(filled.any(axis=1))
    columns_used = np.flatnonzero(filled.any(axis=0))
    if len(rows_used) == 0:
        raise LoadError("the first sheet is empty", path)
    cells = cells[np.ix_(rows_used, columns_used)]
    row_numbers = rows_used + 1
    first = cells[0]
    has_header = not _all_number_cells(first)
    unnamed: frozenset[int] = frozenset()
    if has_header:
        header_fields = [
            "" if _is_missing(value) else _cell_text(value) for value in first
        ]
        names, unnamed, name_notes = _header_names(header_fields)
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

    return _build_dataset(
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
        return value.strip() in _MISSING_TEXT
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
    if isinstance(value, str) and _NUMBER_TEXT["."].fullmatch(value.strip()):
        return float(value)
    return None


def _all_number_cells(row: ObjectArray) -> bool:
    filled = [value for value in row if not _is_missing(value)]
    return bool(filled) and all(_cell_number(value) is not None for value in filled)


def _cell_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _spreadsheet_column(cells: ObjectArray) -> _Column:
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
        return _Column(kept, False, first_bad, -1)
    infinite = np.isinf(numbers)
    first_inf = int(np.argmax(infinite)) if infinite.any() else -1
    return _Column(numbers, True, -1, first_inf)
