"""Parse the data rows of a text file with pandas' C engine, in one of three ways.

* **Whole** (`ReadOptions.whole_min_bytes` and up, plain layout): one
  ``pandas.read_csv(path)`` call, which parses on several cores.  It cannot report
  progress or stop midway, so it runs in an inner thread while the loading thread
  moves the bar by an estimate and polls Cancel; a cancelled read is abandoned.
* **Parallel** (`ReadOptions.parallel_min_bytes` and up, when not read whole): the
  file is split at line breaks and the regions parsed on a thread pool created for
  this call (the C parser releases the GIL).
* **Serial** (anything else, and whatever the others cannot take): block by block
  on the calling thread, through a small file-like object that counts bytes for
  progress and raises `LoadCancelled` between blocks.

Whichever way, the result is a list of `Part`s for `merge_parts`.
"""

from __future__ import annotations

import atexit
import codecs
import csv
import math
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Final

import numpy as np

from linreg_gui.model.dataset import ObjectArray
from linreg_gui.model.errors import LoadError
from linreg_gui.model.io import columns as io_columns
from linreg_gui.model.io import files
from linreg_gui.model.io.columns import Column, Part, convert_part
from linreg_gui.model.io.lines import parser_error
from linreg_gui.model.io.options import ReadOptions
from linreg_gui.model.io.progress import Reporter
from linreg_gui.model.io.records import LineFeeder, records
from linreg_gui.model.io.sniff import TextFormat
from linreg_gui.model.text import translate

if TYPE_CHECKING:
    import pandas as pd
else:
    from linreg_gui.model.lazy import pandas as pd

__all__ = ["read_parts", "restore_text", "wait_for_abandoned_reads"]

#: How often the loading thread looks at the parallel workers' progress.
_POLL_SECONDS: Final = 0.05
#: How often the loader looks at Cancel and moves the bar during a whole-file read.
_WHOLE_POLL_SECONDS: Final = 0.005
_ABANDONED: list[threading.Thread] = []
_ABANDONED_LOCK = threading.Lock()


def read_parts(
    path: Path,
    fmt: TextFormat,
    size: int,
    head: bytes,
    reporter: Reporter,
    options: ReadOptions,
) -> list[Part]:
    """Parse the data rows whole, in parallel or serially, as suits the file.

    Raises `LoadError` for a bad file, `LoadCancelled`, and lets pandas'
    `UnicodeDecodeError` through (UTF-8 was wrong past the sample: the caller
    starts again as Latin-1), as well as its other `ValueError`s for the caller
    to word.
    """
    data_bytes = size - fmt.data_offset
    byte_stream = fmt.encoding in ("utf-8", "latin-1")  # pandas reads the bytes
    wide = _read_wide_numbers(path, fmt, size, head, reporter)
    if wide is not None:
        return wide
    if (
        byte_stream
        and data_bytes >= options.parallel_min_bytes
        and options.worker_count() > 1
    ):
        parts = _read_parallel(path, fmt, size, reporter, options)
        if parts is not None:
            return parts
    if byte_stream and data_bytes >= options.whole_min_bytes:
        skip = _plain_preamble(fmt, head)
        if skip is not None:
            return _read_whole(path, fmt, size, skip, reporter, options)
    reporter.done = 0
    return _read_serial(path, fmt, size, reporter, options)


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


def _read_csv_options(fmt: TextFormat) -> dict[str, Any]:
    """pandas' reading options for the sniffed format (data rows only, no header)."""
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
    fmt: TextFormat,
    start: int,
    end: int,
    on_read: Callable[[int], None],
    rows_per_part: int,
) -> list[Part]:
    """Parse the bytes [start, end) with one pandas reader, `rows_per_part` at a time.

    One reader per region, not one per part: it keeps its buffers from part to
    part, which is most of what makes threads pay.
    """
    parts: list[Part] = []
    with files.open_binary(path) as raw:
        raw.seek(start)
        stream = _Stream(raw, end - start, fmt.encoding, on_read)
        with pd.read_csv(
            stream,  # type: ignore[call-overload]
            chunksize=rows_per_part,
            **_read_csv_options(fmt),
        ) as reader:
            for frame in reader:
                parts.append(convert_part(frame, fmt.decimal))
    return parts


# ..................................................................... whole file


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


def _plain_preamble(fmt: TextFormat, head: bytes) -> int | None:
    """Lines before the data (0 or 1) if pandas may be given the path, else None.

    Only for the plain layout: the lines before the data are the header alone, no
    blank or quoted lines that pandas might count differently from us.
    """
    before = head[: fmt.data_offset]
    lines_before = before.count(b"\n")
    if lines_before != fmt.data_line - 1 or lines_before > 1 or b'"' in before:
        return None
    return lines_before


def _read_whole(
    path: Path,
    fmt: TextFormat,
    size: int,
    skiprows: int,
    reporter: Reporter,
    options: ReadOptions,
) -> list[Part]:
    """Parse a mid-sized file with one ``pandas.read_csv(path)`` call.

    Given a path, pandas reads with its fastest serial parser.  It runs in an
    inner thread so that this one can move the bar and poll Cancel
    (`_run_estimating`).
    """
    read_options = _read_csv_options(fmt)
    read_options["skiprows"] = skiprows
    read_options["encoding"] = "utf-8-sig" if fmt.encoding == "utf-8" else "latin-1"
    # low_memory=False would turn pandas' multi-core parse off; a column whose
    # type changes along the file then comes back mixed, which convert_part
    # and restore_text already handle (DtypeWarning is pandas telling us so).
    del read_options["low_memory"]
    box: dict[str, Any] = {}

    def read() -> None:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", pd.errors.DtypeWarning)
                # One thread: pandas' multi-threaded read memory-maps the file,
                # and a file truncated or rewritten meanwhile then kills the
                # process with SIGBUS.  Large files are parsed on threads by
                # _read_parallel, through ordinary reads.
                with pd.option_context("mode.max_threads", 1):
                    box["frame"] = pd.read_csv(str(path), **read_options)
        except BaseException as error:  # handed to the loader thread below
            box["error"] = error

    reader = threading.Thread(target=read, name="linreg-read-csv", daemon=True)
    expected = max(0.05, (size - fmt.data_offset) / options.assumed_bytes_per_second)
    _run_estimating(reader, reporter, expected)
    error = box.get("error")
    if error is not None:
        if isinstance(error, pd.errors.ParserError):
            raise parser_error(path, fmt, reporter, error)
        raise error
    frame = box["frame"]
    return [convert_part(frame, fmt.decimal, reporter.check)]


#: A wide file of numbers only (`columns.WIDE_FROM`) is parsed by NumPy
#: when it is at most this large (bytes): NumPy holds the GIL as it parses.
WIDE_MAX_BYTES = 64 << 20
#: Bytes NumPy parses between two looks at the cancel check (whole lines).
WIDE_SLICE_BYTES = 1 << 20
_NUMBER_BYTES = b"0123456789+-.eE\n"


def _read_wide_numbers(
    path: Path, fmt: TextFormat, size: int, head: bytes, reporter: Reporter
) -> list[Part] | None:
    """A wide file of plain numbers, parsed by NumPy into one block; None for
    any other file (pandas reads it, as before).

    pandas builds its frame one column at a time: 10⁴ columns cost 0.33 s of
    Python, holding the interpreter lock from the window with no checkpoint.
    NumPy parses the same rows in 0.03 s, a slice of lines at a time with the
    check (where the thread gives way) between slices.  Only digits, signs,
    points, exponents, the delimiter and newlines may occur: what both parsers
    read alike (anything else, an empty cell or a ragged line, goes to pandas,
    and its messages).
    """
    delimiter = fmt.delimiter
    if (
        fmt.width < io_columns.WIDE_FROM
        or fmt.decimal != "."
        or delimiter not in (",", ";", "\t")
        or fmt.encoding not in ("utf-8", "latin-1")
        or size > WIDE_MAX_BYTES
    ):
        return None
    allowed = _NUMBER_BYTES + delimiter.encode()
    sample = head[fmt.data_offset :].replace(b"\r\n", b"\n").rstrip(b"\r")
    if sample.translate(None, allowed):
        return None  # seen in the sample already: no need to read the file
    with files.open_binary(path) as raw:
        raw.seek(fmt.data_offset)
        body = raw.read(size - fmt.data_offset).replace(b"\r\n", b"\n")
    if body.translate(None, allowed):
        return None  # letters, quotes, spaces, a lone CR: pandas' business
    slices = []
    start = 0
    try:
        while start < len(body):
            reporter.report(fmt.data_offset + start)  # the bar moves; a cancel stops
            end = body.find(b"\n", start + WIDE_SLICE_BYTES)
            end = len(body) if end < 0 else end + 1
            text = body[start:end].decode("ascii")
            start = end
            if text.strip():
                rows = np.loadtxt(
                    text.splitlines(),
                    delimiter=delimiter,
                    dtype=np.float64,
                    comments=None,
                    ndmin=2,
                )
                slices.append(rows)
    except ValueError:  # an empty cell, a ragged line, "1e": pandas says what
        return None
    block = np.concatenate(slices) if slices else np.empty((0, fmt.width))
    if block.shape[1] != fmt.width:
        return None
    frame = pd.DataFrame(block, columns=list(fmt.names), copy=False)
    return [convert_part(frame, fmt.decimal, reporter.check)]


def _run_estimating(
    reader: threading.Thread, reporter: Reporter, expected: float
) -> None:
    """Run `reader` to its end, moving the bar as if it took `expected` seconds.

    Cancel is polled every 5 ms; a cancelled read is abandoned (it finishes alone,
    its result is dropped, and `wait_for_abandoned_reads` can join it).
    """
    began = time.monotonic()
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


# ......................................................................... serial


def _read_serial(
    path: Path, fmt: TextFormat, size: int, reporter: Reporter, options: ReadOptions
) -> list[Part]:
    """Parse the data rows on this thread."""
    reporter.base = fmt.data_offset
    try:
        return _parse_region(
            path, fmt, fmt.data_offset, size, reporter.add, options.rows_per_part
        )
    except pd.errors.ParserError as error:
        raise parser_error(path, fmt, reporter, error) from None
    except OSError as error:
        raise LoadError(
            translate("Loading", "the file cannot be read ({reason})").format(
                reason=error.strerror
            ),
            path,
        ) from None


def restore_text(
    path: Path,
    fmt: TextFormat,
    size: int,
    columns: list[Column],
    n_rows: int,
    reporter: Reporter,
) -> list[Column]:
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
        with files.open_binary(path) as raw:
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


# ....................................................................... parallel


def _read_parallel(
    path: Path, fmt: TextFormat, size: int, reporter: Reporter, options: ReadOptions
) -> list[Part] | None:
    """Parse parts of the data on a thread pool; None if one needs the whole file.

    A part that starts or ends inside a quoted line break, or whose first row is
    longer than the header, cannot be parsed alone: pandas then fails or would
    guess an index column, so the caller re-reads the file in one stream, which
    also finds the right line for an error.  Progress and cancel are handled
    here, on the calling thread; the workers only count bytes and watch `stop`.
    """
    reporter.base = fmt.data_offset
    workers = options.worker_count()
    try:
        with files.open_binary(path) as raw:
            bounds = _region_bounds(
                raw, fmt.data_offset, size, workers, options.chunk_bytes
            )
    except OSError as error:
        raise LoadError(
            translate("Loading", "the file cannot be read ({reason})").format(
                reason=error.strerror
            ),
            path,
        ) from None
    counts = [0] * len(bounds)
    stop = threading.Event()

    def work(index: int) -> list[Part]:
        def on_read(count: int) -> None:
            if stop.is_set():
                raise _Stopped
            counts[index] += count

        return _parse_part(path, fmt, bounds[index], index == 0, on_read, options)

    pool = ThreadPoolExecutor(max_workers=workers)
    try:
        futures: list[Future[list[Part]]] = [
            pool.submit(work, i) for i in range(len(bounds))
        ]
        pending: set[Future[list[Part]]] = set(futures)
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
        raise LoadError(
            translate("Loading", "the file cannot be read ({reason})").format(
                reason=error.strerror
            ),
            path,
        ) from None
    finally:
        stop.set()
        pool.shutdown(wait=True, cancel_futures=True)


def _parse_part(
    path: Path,
    fmt: TextFormat,
    bounds: tuple[int, int],
    first: bool,
    on_read: Callable[[int], None],
    options: ReadOptions,
) -> list[Part]:
    """Parse one region of a parallel read (on a pool thread).

    Raises `_NeedsSerial` if a region after the first cannot be parsed on its own.
    """
    start, end = bounds
    if not first:
        with files.open_binary(path) as raw:
            raw.seek(start)
            if not _part_starts_cleanly(raw, end - start, fmt):
                raise _NeedsSerial
    return _parse_region(path, fmt, start, end, on_read, options.rows_per_part)


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


def _part_starts_cleanly(raw: BinaryIO, limit: int, fmt: TextFormat) -> bool:
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
        feeder = LineFeeder([line], 1, fmt.delimiter, fmt.is_blank)
        try:
            record = next(records(feeder, fmt.delimiter, fmt.skip_space), None)
        except csv.Error:
            return False
        return record is None or len(record[1]) <= fmt.width
    return True
