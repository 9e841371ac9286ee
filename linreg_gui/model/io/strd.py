"""NIST StRD ``.dat`` files: the certified data sets, read as they are published.

A StRD file is some sixty lines of description and certified values, then a line
``Data:  y  x`` with the column names, then the numbers, as the header's
``Data (lines 61 to 96)`` says.  The response comes first in the file; here it
goes last, so the command line's convention (x the first column, y the last)
picks the model NIST certifies.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np

from linreg_gui.model.dataset import Dataset
from linreg_gui.model.errors import LoadError
from linreg_gui.model.text import translate

#: How every StRD file begins.
STRD_MAGIC = b"NIST/ITL StRD"
_DATA_LINES = re.compile(r"Data\s+\(lines\s+(\d+)\s+to\s+(\d+)\)")
_NAME = re.compile(r"Dataset Name:\s*(.+?)\s*$", re.MULTILINE)


def is_strd(head: bytes) -> bool:
    """Whether a file's first block is a StRD header."""
    return head.lstrip().startswith(STRD_MAGIC)


def load_strd(path: Path) -> Dataset:
    """The data block of a StRD file, predictors first and the response last."""
    text = path.read_text(encoding="latin-1")
    lines = text.splitlines()
    span = _DATA_LINES.search(text)
    if span is None:
        raise LoadError(
            translate("Loading", "a NIST StRD header without 'Data (lines … to …)'"),
            path,
        )
    first, last = int(span.group(1)), int(span.group(2))
    header = lines[first - 2] if 2 <= first <= len(lines) + 1 else ""
    if not header.strip().startswith("Data:"):
        raise LoadError(
            translate(
                "Loading", "line {line} should name the columns ('Data:  y  x')"
            ).format(line=first - 1),
            path,
        )
    names = header.split(":", 1)[1].split()
    rows: list[list[float]] = []
    for number in range(first, min(last, len(lines)) + 1):
        fields = lines[number - 1].split()
        if len(fields) != len(names):
            raise LoadError(
                translate(
                    "Loading",
                    "line {line} has {values} values; the header names {names} columns",
                ).format(line=number, values=len(fields), names=len(names)),
                path,
            )
        try:
            rows.append([float(field) for field in fields])
        except ValueError:
            raise LoadError(
                translate(
                    "Loading",
                    "line {line} holds something that is not a number: {text}",
                ).format(line=number, text=repr(lines[number - 1].strip())),
                path,
            ) from None
    if len(rows) != last - first + 1:
        raise LoadError(
            translate(
                "Loading",
                "the header promises lines {first} to {last}, the file ends at "
                "line {end}",
            ).format(first=first, last=last, end=len(lines)),
            path,
        )
    values = np.array(rows, dtype=float)
    order = [*range(1, len(names)), 0]  # the response last
    match = _NAME.search(text)
    title = match.group(1) if match else path.name
    return Dataset.from_arrays(
        path.name,
        {names[j]: values[:, j] for j in order},
        description=f"NIST StRD {title}: certified values in the file's header",
        source=path,
    )
