"""Find the physical line (and fields) of a row, for messages that name it.

pandas counts data rows; a student looks for a line in an editor, counting the
header and blank lines.  When a message needs a line, the file is scanned again
from the first data byte with the same record splitting as the sniffer's, and the
scan stops at the row the message is about.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Final

from linreg_gui.model.errors import LoadError
from linreg_gui.model.io import files
from linreg_gui.model.io.progress import Reporter
from linreg_gui.model.io.records import LineFeeder, records
from linreg_gui.model.io.sniff import TextFormat, ragged_error
from linreg_gui.model.text import translate

__all__ = ["locate_rows", "parser_error"]

_PANDAS_RAGGED: Final = re.compile(r"Expected (\d+) fields in line (\d+), saw (\d+)")


def _scan_data(
    path: Path, fmt: TextFormat, reporter: Reporter
) -> Iterator[tuple[int, int, list[str]]]:
    """Yield (row index, physical line, fields) for the data rows of the file."""
    with files.open_binary(path) as raw:
        raw.seek(fmt.data_offset)
        text = io.TextIOWrapper(
            raw, encoding=fmt.encoding, errors="replace", newline=""
        )
        feeder = LineFeeder(text, fmt.data_line, fmt.delimiter, fmt.is_blank)
        found = records(feeder, fmt.delimiter, fmt.skip_space)
        for row, (line, fields) in enumerate(found):
            if row % 65536 == 0:
                reporter.check()
            yield row, line, fields


def locate_rows(
    path: Path, fmt: TextFormat, rows: set[int], reporter: Reporter
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
    path: Path, fmt: TextFormat, reporter: Reporter
) -> tuple[int, int] | None:
    """(line, field count) of the first row with more fields than names."""
    try:
        for _, line, fields in _scan_data(path, fmt, reporter):
            if len(fields) > fmt.width:
                return line, len(fields)
    except (csv.Error, OSError):
        return None
    return None


def parser_error(
    path: Path, fmt: TextFormat, reporter: Reporter, error: Exception
) -> LoadError:
    """Turn a pandas ParserError into a message with a physical line number."""
    message = str(error).strip()
    match = _PANDAS_RAGGED.search(message)
    if match is not None:
        long_row = _find_long_row(path, fmt, reporter)
        if long_row is not None:
            return ragged_error(
                path, long_row[0], long_row[1], fmt.width, fmt.has_header
            )
        # pandas counts lines from the first data byte, blank lines included.
        expected, line, seen = (int(group) for group in match.groups())
        return ragged_error(
            path, fmt.data_line + line - 1, seen, expected, fmt.has_header
        )
    if "EOF inside string" in message:
        return LoadError(
            translate(
                "Loading", 'a quoted value is never closed (a " without its partner)'
            ),
            path,
        )
    message = message.removeprefix("Error tokenizing data. C error: ")
    return LoadError(
        translate("Loading", "the file cannot be read as a table ({reason})").format(
            reason=message
        ),
        path,
    )
