"""Split text into records the way pandas' C parser does, counting physical lines.

pandas reports rows, but a student looks for a line in an editor.  The `csv` module,
fed line by line through `LineFeeder`, splits fields like pandas (same quoting, same
blank lines skipped) and knows on which physical line each record starts.  The
sniffer uses it on the sample; the line lookup uses it on the file.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Final

__all__ = ["LineFeeder", "is_blank", "records", "split_lines", "take"]

# pandas' C parser ends a line at \n, \r\n or a lone \r; nothing else.
_LINE_BREAK: Final = re.compile(r"\r\n|\r|\n")


def split_lines(text: str) -> list[str]:
    """Split where pandas ends a line, keeping each line's line break."""
    lines: list[str] = []
    start = 0
    for match in _LINE_BREAK.finditer(text):
        lines.append(text[start : match.end()])
        start = match.end()
    if start < len(text):
        lines.append(text[start:])
    return lines


def is_blank(line: str, delimiter: str | None) -> bool:
    """Whether pandas skips `line`: nothing but spaces and tabs that do not delimit."""
    body = line.rstrip("\r\n")
    if delimiter == "\t":
        return body.strip(" ") == ""
    return body.strip(" \t") == ""


class LineFeeder:
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

    def __iter__(self) -> LineFeeder:
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


def records(
    feeder: LineFeeder, delimiter: str | None, skip_space: bool
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


def take(
    records: Iterator[tuple[int, list[str]]], count: int
) -> Iterator[tuple[int, list[str]]]:
    """The first `count` records of `records`."""
    for index, record in enumerate(records):
        if index >= count:
            return
        yield record
