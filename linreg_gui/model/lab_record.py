"""A lab record's tables: residuals per row, the coefficient table, a contents list.

File ▸ Export Lab Record writes a folder (or a zip) a student hands in and a
teacher can check: these are its text files, worked out without Qt so that the
command line and the tests see the same numbers as the window.
"""

from __future__ import annotations

import csv
import io
import math
import os
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from linreg_gui.model.fitting import FitResult, Problem, predict

FloatArray = NDArray[np.float64]

RESIDUALS_FILE = "residuals.csv"
COEFFICIENTS_FILE = "coefficients.csv"
CONTENTS_FILE = "README.txt"


def _number(value: float | None) -> str:
    """Every digit of a finite number (``repr``); empty when undefined."""
    if value is None or not math.isfinite(value):
        return ""
    return repr(float(value))


def residuals_csv(
    problem: Problem, result: FitResult, columns: Mapping[str, FloatArray]
) -> str:
    """One line per row in the fit: ``row`` (from 1, as the window counts),
    the x columns, y, the fitted value, the residual y − ŷ and ``set``
    (``train`` or ``test``), in row order.  ``columns`` holds the data's
    values by name (for the x columns as the user knows them)."""
    spec = problem.spec
    parts = [(problem.train, "train")]
    if problem.test is not None:
        parts.append((problem.test, "test"))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["row", *spec.x, spec.y, "fitted", "residual", "set"])
    lines: list[tuple[int, list[str]]] = []
    for design, label in parts:
        fitted = predict(
            design, result.intercept, result.coef, predictor=result.predictor
        )
        for i, row in enumerate(design.rows.tolist()):
            xs = [_number(float(columns[name][row])) for name in spec.x]
            y = float(design.y[i])
            lines.append(
                (
                    row,
                    [
                        str(row + 1),
                        *xs,
                        _number(y),
                        _number(float(fitted[i])),
                        _number(y - float(fitted[i])),
                        label,
                    ],
                )
            )
    for _, cells in sorted(lines, key=lambda item: item[0]):
        writer.writerow(cells)
    return out.getvalue()


def coefficients_csv(result: FitResult) -> str:
    """The coefficient table: estimate, and where the method defines them the
    standard error, t, p and the 95 % interval (empty otherwise)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        ["name", "estimate", "std_error", "t_value", "p_value", "ci_low", "ci_high"]
    )
    for c in result.coefficients:
        writer.writerow(
            [
                c.name,
                _number(c.estimate),
                _number(c.std_error),
                _number(c.t_value),
                _number(c.p_value),
                _number(c.ci_low),
                _number(c.ci_high),
            ]
        )
    return out.getvalue()


def contents_text(title: str, files: Sequence[tuple[str, str]]) -> str:
    """README.txt: what the record is of, and one line per file."""
    width = max((len(name) for name, _ in files), default=0)
    lines = [title, "", "Files:"]
    lines += [f"  {name.ljust(width)}  {what}" for name, what in files]
    return "\n".join(lines) + "\n"


def zip_folder(folder: Path, target: Path) -> None:
    """Pack ``folder``'s files into ``target`` (under the target's stem), via a
    temporary file renamed into place, so a failed write leaves no half zip."""
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(folder.iterdir()):
                archive.write(path, f"{target.stem}/{path.name}")
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
