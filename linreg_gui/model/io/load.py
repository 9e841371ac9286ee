"""The entry point: `load_table` tells spreadsheets from text and runs the steps.

Text goes through the sniffer (format), the reader (pandas), column assembly and,
for messages, the line lookup; spreadsheets through calamine and the same column
checks.  Each step is a module of this package; this one only wires them together.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Final

from linreg_gui.model.dataset import Dataset
from linreg_gui.model.errors import LoadError
from linreg_gui.model.io.columns import build_dataset, merge_parts
from linreg_gui.model.io.files import first_nul_byte, open_and_sample
from linreg_gui.model.io.lines import locate_rows
from linreg_gui.model.io.options import ReadOptions
from linreg_gui.model.io.progress import CancelCallback, ProgressCallback, Reporter
from linreg_gui.model.io.reader import read_parts, restore_text
from linreg_gui.model.io.sniff import looks_like_text, sniff
from linreg_gui.model.io.spreadsheet import (
    SPREADSHEET_MAGIC,
    SPREADSHEET_SUFFIXES,
    load_disguised_spreadsheet,
    load_spreadsheet,
)
from linreg_gui.model.io.strd import is_strd, load_strd
from linreg_gui.model.text import number, translate

__all__ = ["SUPPORTED_SUFFIXES", "load_table"]

#: File name endings the open dialog offers.  Any other file is tried as text.
SUPPORTED_SUFFIXES: Final = (".csv", ".tsv", ".txt", ".dat", ".xlsx", ".xls", ".ods")


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
        The file.  ``.xlsx``, ``.xls`` and ``.ods`` are read as spreadsheets, a
        NIST StRD ``.dat`` file by its own layout; any other is tried as text.
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

    Long on purpose: the loading steps in the order they run, each a line or two.
    """
    file = Path(path)
    before = _identity(file)
    size, head = open_and_sample(file)
    reporter = Reporter(size, progress, cancel)
    reporter.check()
    reporter.report(0)
    spreadsheet_name = file.suffix.lower() in SPREADSHEET_SUFFIXES
    looks_like_container = head.startswith(SPREADSHEET_MAGIC)
    if spreadsheet_name and (looks_like_container or not looks_like_text(head)):
        dataset = load_spreadsheet(file, reporter, ())
    elif looks_like_container:
        dataset = load_disguised_spreadsheet(file, reporter)
    elif is_strd(head):
        dataset = load_strd(file)
    else:
        warnings: tuple[str, ...] = ()
        if spreadsheet_name:
            warnings = (
                translate(
                    "Loading",
                    "{file} holds text, not a spreadsheet; it was read as a "
                    "delimited text table",
                ).format(file=file.name),
            )
        read_options = options if options is not None else ReadOptions()
        dataset = _load_text(file, size, head, reporter, warnings, read_options)
    _check_unchanged(file, before)
    reporter.finish()
    return dataset


def _identity(path: Path) -> tuple[int, int, int, int] | None:
    """What tells that a file changed: device, inode, size, modification time."""
    try:
        info = path.stat()
    except OSError:
        return None  # open_and_sample says why it cannot be read
    return info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns


def _check_unchanged(path: Path, before: tuple[int, int, int, int] | None) -> None:
    """Refuse what was read if the file changed while it was read (truncated,
    rewritten, replaced, deleted): those rows are of no one file."""
    after = _identity(path)
    if after == before:
        return
    if after is None:
        message = translate(
            "Loading",
            "the file was deleted or moved while it was being read; load it again "
            "once it is complete",
        )
    elif before is not None and after[:2] != before[:2]:
        message = translate(
            "Loading",
            "the file was replaced by another file while it was being read; load it "
            "again once it is complete",
        )
    elif before is not None and after[2] != before[2]:
        message = translate(
            "Loading",
            "the file changed size ({before} → {after} bytes) while it was being "
            "read; load it again once it is complete",
        ).format(before=number(before[2], ","), after=number(after[2], ","))
    else:
        message = translate(
            "Loading",
            "the file was rewritten while it was being read; load it again once it "
            "is complete",
        )
    raise LoadError(message, path)


def _load_text(
    path: Path,
    size: int,
    head: bytes,
    reporter: Reporter,
    warnings: tuple[str, ...],
    options: ReadOptions,
    *,
    latin1: bool = False,
) -> Dataset:
    """Sniff the format, parse with pandas, check, and build the dataset."""
    fmt = sniff(path, size, head, latin1=latin1)
    fmt = replace(fmt, warnings=warnings + fmt.warnings)
    if not fmt.encoding.startswith("utf-16") and size > len(head):
        nul = first_nul_byte(path, len(head), reporter.cancelled)
        reporter.check()
        if nul is not None:
            raise LoadError(
                translate(
                    "Loading",
                    "this is not a text file from byte {offset} on (it holds NUL "
                    "bytes there); is it a table cut short or joined to other data?",
                ).format(offset=number(nul, ",")),
                path,
            )
    try:
        parts = read_parts(path, fmt, size, head, reporter, options)
    except UnicodeDecodeError:
        if latin1:  # pragma: no cover - Latin-1 decodes every byte
            raise LoadError(
                translate("Loading", "the file's text cannot be decoded"), path
            ) from None
        # Valid UTF-8 in the sample, but not further on: start again as Latin-1.
        return _load_text(path, size, head, reporter, warnings, options, latin1=True)
    except (ValueError, OverflowError) as error:
        raise LoadError(
            translate(
                "Loading", "the file cannot be read as a table ({reason})"
            ).format(reason=error),
            path,
        ) from None
    workers = options.worker_count() if len(parts) > 1 else 1
    columns = merge_parts(parts, fmt.width, workers, reporter.check)
    n_rows = sum(part.n_rows for part in parts)
    columns = restore_text(path, fmt, size, columns, n_rows, reporter)

    def locate(rows: Iterable[int]) -> dict[int, tuple[int, list[str]]]:
        return locate_rows(path, fmt, set(rows), reporter)

    return build_dataset(
        path=path,
        names=fmt.names,
        unnamed=fmt.unnamed,
        columns=columns,
        n_rows=n_rows,
        locate=locate,
        where="line",
        warnings=fmt.warnings,
    )
