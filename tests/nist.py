"""Reader for the NIST StRD linear least-squares files in ``tests/data``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

DATA = Path(__file__).parent / "data"

#: Dataset -> (polynomial degree or None for multiple regression, intercept).
MODELS = {
    "Norris": (1, True),
    "Pontius": (2, True),
    "NoInt1": (1, False),
    "NoInt2": (1, False),
    "Filip": (10, True),
    "Longley": (None, True),
    "Wampler1": (5, True),
    "Wampler2": (5, True),
    "Wampler3": (5, True),
    "Wampler4": (5, True),
    "Wampler5": (5, True),
}


@dataclass(frozen=True)
class Certified:
    name: str
    estimates: np.ndarray
    std_errors: np.ndarray
    residual_sd: float
    r2: float
    y: np.ndarray
    X: np.ndarray  # predictor columns as printed (one column for polynomials)


def read(name: str) -> Certified:
    lines = (DATA / f"{name}.dat").read_text().replace("\r", "").split("\n")
    params: dict[int, tuple[float, float]] = {}
    residual_sd = r2 = float("nan")
    for line in lines[:60]:
        match = re.match(r"\s*B(\d+)\s+(\S+)\s+(\S+)", line)
        if match:
            params[int(match.group(1))] = (float(match.group(2)), float(match.group(3)))
        match = re.match(r"\s*Standard Deviation\s+(\S+)", line)
        if match:
            residual_sd = float(match.group(1))
        match = re.match(r"\s*R-Squared\s+(\S+)", line)
        if match:
            r2 = float(match.group(1))
    data = np.array([[float(v) for v in ln.split()] for ln in lines[60:] if ln.strip()])
    order = sorted(params)
    return Certified(
        name,
        np.array([params[k][0] for k in order]),
        np.array([params[k][1] for k in order]),
        residual_sd,
        r2,
        data[:, 0],
        data[:, 1:],
    )


def lre(estimate: float, certified: float) -> float:
    """Log relative error: correct significant digits, clipped to 0..15."""
    if certified == 0:
        error = abs(estimate)
    else:
        error = abs(estimate - certified) / abs(certified)
    if error == 0:
        return 15.0
    return float(min(15.0, max(0.0, -np.log10(error))))
