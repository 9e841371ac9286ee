"""Guess a text table's format from its first block: what pandas needs, and more.

Encoding (UTF-8, else Latin-1; UTF-16 with a byte-order mark), delimiter (comma,
semicolon, tab, vertical bar or runs of spaces), decimal comma, whether the first
row is a header, and where the data rows start, as a byte offset and a physical
line.  Every guess a user might want to check becomes a warning.  Files that are
not text at all (images, archives, programs) are refused here with a message that
says what they are.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import numpy as np

from linreg_gui.model.errors import LoadError
from linreg_gui.model.io import files
from linreg_gui.model.io.records import (
    LineFeeder,
    is_blank,
    records,
    split_lines,
    take,
)
from linreg_gui.model.text import QT_TRANSLATE_NOOP, translate

__all__ = [
    "MISSING_TEXT",
    "NUMBER_TEXT",
    "TextFormat",
    "header_names",
    "looks_like_text",
    "ragged_error",
    "sniff",
]

_OTHER_MAGIC: Final = (
    (b"\x89PNG\r\n\x1a\n", QT_TRANSLATE_NOOP("Loading", "a PNG image")),
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("Loading", "a JPEG image")),
    (b"GIF87a", QT_TRANSLATE_NOOP("Loading", "a GIF image")),
    (b"GIF89a", QT_TRANSLATE_NOOP("Loading", "a GIF image")),
    (b"%PDF-", QT_TRANSLATE_NOOP("Loading", "a PDF document")),
    (b"\x1f\x8b", QT_TRANSLATE_NOOP("Loading", "a gzip-compressed file")),
    (b"\x7fELF", QT_TRANSLATE_NOOP("Loading", "a program")),
)
# More is read while the sample holds no data row, up to this many bytes.
_MAX_SAMPLE_BYTES: Final = 8 * 1024 * 1024
_SNIFF_RECORDS: Final = 200

# The strings pandas reads as a missing value by default (its ``na_values``).
MISSING_TEXT: Final = frozenset(
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
NUMBER_TEXT: Final = {
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
_WHITESPACE: Final = re.compile(r"[ \t]+")
_CONTROL_CHARACTER: Final = re.compile(r"[\x00-\x08\x0e-\x19\x1b-\x1f\x7f]")
_DELIMITERS: Final = ("\t", ";", ",", "|")


@dataclass(frozen=True)
class TextFormat:
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
        """Number of columns: the names, counting those the file left unnamed."""
        return len(self.names)

    def is_blank(self, line: str) -> bool:
        """Whether pandas skips `line` (see `records.is_blank`)."""
        return is_blank(line, self.delimiter)


def looks_like_text(head: bytes) -> bool:
    """Whether a spreadsheet-named file is really text (a CSV saved as .xls)."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    return b"\x00" not in head and _control_share(head.decode("latin-1")) < 0.01


def _control_share(text: str) -> float:
    """Share of characters that no text file holds (C0 controls except spacing)."""
    if not text:
        return 0.0
    return len(_CONTROL_CHARACTER.findall(text)) / len(text)


def sniff(path: Path, size: int, head: bytes, *, latin1: bool) -> TextFormat:
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
            with files.open_binary(path) as handle:
                sample = handle.read(min(2 * len(sample), _MAX_SAMPLE_BYTES))
        except OSError as error:
            raise LoadError(
                translate("Loading", "the file cannot be read ({reason})").format(
                    reason=error.strerror
                ),
                path,
            ) from None


def _decode_sample(
    path: Path, sample: bytes, *, complete: bool, latin1: bool
) -> tuple[str, str, int, list[str]]:
    """Decode the sample; return (text, codec, BOM length, warnings)."""
    for signature, name in _OTHER_MAGIC:
        if sample.startswith(signature):
            raise LoadError(
                translate("Loading", "this is {what}, not a table of numbers").format(
                    what=translate("Loading", name)
                ),
                path,
            )
    if sample.startswith(codecs.BOM_UTF16_LE) or sample.startswith(codecs.BOM_UTF16_BE):
        codec = "utf-16-le" if sample.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"
        decoder = codecs.getincrementaldecoder(codec)("replace")
        text = decoder.decode(sample[2:], final=complete)
        bom = 2
    else:
        if b"\x00" in sample:
            raise LoadError(
                translate(
                    "Loading",
                    "this is not a text file (it holds NUL bytes); is it really a "
                    "table?",
                ),
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
            translate(
                "Loading",
                "this is not a text file (it holds control characters); "
                "is it really a table?",
            ),
            path,
        )
    notes = []
    if codec == "latin-1":
        notes.append(
            translate(
                "Loading",
                "the file is not valid UTF-8 text, so it was read as Latin-1 "
                "(ISO 8859-1); check that accented letters look right",
            )
        )
    return text, codec, bom, notes


def _analyse_sample(
    path: Path, sample: bytes, *, complete: bool, final: bool, latin1: bool
) -> TextFormat | None:
    """Work out the format from a sample, or return None if it needs more bytes.

    `complete` says the sample is the whole file; `final` that no more will be read.

    Long on purpose: the sniffing decisions in the order they depend on each other.
    """
    text, codec, bom, notes = _decode_sample(
        path, sample, complete=complete, latin1=latin1
    )
    lines = split_lines(text)
    if not complete and lines:
        lines.pop()  # the last line may go on beyond the sample
    filled = [line for line in lines if line.strip()]
    if not filled:
        if complete:
            raise LoadError(
                translate("Loading", "the file holds only blank lines, no data"), path
            )
        if final:
            raise LoadError(
                translate(
                    "Loading",
                    "the first line is megabytes long; this does not look like a table",
                ),
                path,
            )
        return None
    delimiter = _sniff_delimiter(filled[:_SNIFF_RECORDS])
    skip_space = _skips_space(text, delimiter)
    found = _first_records(path, lines, delimiter, skip_space, final=final)
    if found is None:
        return None
    first_line, first_fields, after_first, rest = found

    comma_example = _detect_decimal_comma(
        delimiter, [(first_line, first_fields), *rest]
    )
    decimal = "." if comma_example is None else ","
    has_header = not _all_numbers(first_fields, decimal)
    if has_header and not rest:
        if not final:
            return None  # the first data row is beyond the sample
        raise LoadError(
            translate("Loading", "the file has a header row but no data rows"),
            path,
            line=first_line,
        )
    if comma_example is not None:
        notes.append(
            translate(
                "Loading",
                "decimal commas found (for example {cell} on line {line}); they "
                "were read as decimal points",
            ).format(cell=repr(comma_example[1]), line=comma_example[0])
        )
    names, unnamed, data_line, name_notes = _name_columns(
        path, delimiter, (first_line, first_fields), after_first, rest, has_header
    )
    notes += name_notes
    preamble = "".join(lines[: data_line - 1])
    return TextFormat(
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


def _skips_space(text: str, delimiter: str | None) -> bool:
    """Whether pandas must skip spaces before a field (its skipinitialspace).

    It costs a tenth of the parse time, and only matters for a quoted field after
    a space (`1, "a, b"`); blank cells are handled later.
    """
    return delimiter is None or (
        re.search(rf'(?:^|{re.escape(delimiter)})[ \t]+"', text, re.MULTILINE)
        is not None
    )


def _first_records(
    path: Path,
    lines: Sequence[str],
    delimiter: str | None,
    skip_space: bool,
    *,
    final: bool,
) -> tuple[int, list[str], int, list[tuple[int, list[str]]]] | None:
    """The first record (header or data row) with its line, the line after it,
    and the records that follow (up to 200); None if the sample holds no record.
    """
    # The header (or the first data row) is the first line with more than filler.
    first = 0
    while first < len(lines) and _is_filler(lines[first], delimiter):
        first += 1
    if first == len(lines):
        if not final:
            return None
        raise LoadError(
            translate(
                "Loading", "the file holds only delimiters and blank lines, no data"
            ),
            path,
        )
    try:
        feeder = LineFeeder(lines[first:], first + 1, delimiter, lambda _: False)
        first_line, first_fields = next(records(feeder, delimiter, skip_space))
        after_first = feeder.next_line
        rest_feeder = LineFeeder(
            lines[after_first - 1 :],
            after_first,
            delimiter,
            lambda line: is_blank(line, delimiter),
        )
        rest = list(take(records(rest_feeder, delimiter, skip_space), _SNIFF_RECORDS))
    except csv.Error as error:
        raise LoadError(
            translate(
                "Loading", "the file cannot be read as a table ({reason})"
            ).format(reason=error),
            path,
        ) from None
    return first_line, first_fields, after_first, rest


def _name_columns(
    path: Path,
    delimiter: str | None,
    first: tuple[int, list[str]],
    after_first: int,
    rest: Sequence[tuple[int, list[str]]],
    has_header: bool,
) -> tuple[list[str], frozenset[int], int, list[str]]:
    """Column names, the positions the file left unnamed, the first data line,
    and notes about renamed columns.
    """
    first_line, first_fields = first
    notes: list[str] = []
    if has_header:
        names, unnamed, notes = header_names(first_fields)
        data_line = after_first
        first_data_line, first_data = rest[0]
        if delimiter is None and len(first_data) < len(names):
            raise LoadError(
                translate(
                    "Loading",
                    "the header has {names} names but this row only {values} "
                    "values; in a file separated by spaces, column names must not "
                    "contain spaces",
                ).format(names=len(names), values=len(first_data)),
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
            raise ragged_error(
                path, first_data_line, len(first_data), len(names), has_header
            )
        unnamed = unnamed | frozenset(range(len(names), len(first_data)))
        names = names + _fresh_names(names, len(first_data) - len(names))
    return names, unnamed, data_line, notes


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
    pattern = NUMBER_TEXT[decimal]
    filled = [value.strip() for value in fields if value.strip() not in MISSING_TEXT]
    return bool(filled) and all(pattern.fullmatch(value) for value in filled)


def header_names(fields: Sequence[str]) -> tuple[list[str], frozenset[int], list[str]]:
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
            translate("Loading", "duplicate column names were renamed: {names}").format(
                names=", ".join(
                    translate("Loading", "{old} to {new}").format(
                        old=repr(old), new=repr(new)
                    )
                    for old, new in renamed
                )
            )
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


def ragged_error(
    path: Path, line: int, seen: int, expected: int, has_header: bool
) -> LoadError:
    """The error for a row with more values than the table has columns."""
    if has_header:
        message = translate(
            "Loading",
            "this line has {seen} values, but the header names {expected} columns; "
            "is there a stray delimiter, or a quote missing?",
        )
    else:
        message = translate(
            "Loading",
            "this line has {seen} values, but the first row has {expected} values; "
            "is there a stray delimiter, or a quote missing?",
        )
    return LoadError(
        message.format(seen=seen, expected=expected),
        path,
        line=line,
    )
