"""scikit-learn's ``LinearRegression`` on our rows, here or in a process of its own.

Compare Solvers shows that scikit-learn agrees with our least squares.  Importing
scikit-learn runs 1.5-2 s of Python (it loads SciPy's statistics, which build a
hundred distributions and their docstrings).  In a thread of the window that
Python holds the interpreter lock, module body after module body, and the
window waited for it: up to 0.45 s at a time, the most frequent long pause the
random-action soak found.  So the window asks a child process (the same program,
``CHILD_COMMAND``): it has its own interpreter, and the window's never waits.

Both ways have the same shape: :func:`fit_here` and :func:`fit_in_child` start a
fit and return a function that waits for its coefficients, so the child can
import scikit-learn while our own solvers run.  The command line and the tests
fit here: no window waits there, and a process per comparison would cost them
a second and a half.

The child reads a header line (JSON: rows, columns, intercept, weights) and the
raw float64 bytes of the matrix, y and the weights from its standard input, and
writes one line of JSON: ``{"params": [...]}``, ``{"missing": "..."}`` when
scikit-learn is not installed, or ``{"error": "..."}``.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

import numpy as np
from numpy.typing import NDArray

from linreg_gui.model.errors import FitError, LoadCancelled
from linreg_gui.model.text import translate

FloatArray = NDArray[np.float64]

#: The hidden first argument that makes the program a scikit-learn child.
CHILD_COMMAND = "sklearn-child"
#: Bytes written to the child at a time (between looks at the cancel check).
CHUNK_BYTES = 1 << 24
#: How often the waiting worker looks at its cancel check (seconds).
POLL_S = 0.05
#: The child's niceness: like the window's worker threads, it runs after the window.
CHILD_NICENESS = 10

#: Starts a fit of (matrix, y, weights, intercept); the function it returns
#: waits for the coefficients (intercept first, when there is one).
SklearnFit = Callable[
    [FloatArray, FloatArray, "FloatArray | None", bool], Callable[[], FloatArray]
]


class SklearnMissing(Exception):
    """scikit-learn is not installed where the fit was to run."""


def fit_here(
    matrix: FloatArray, y: FloatArray, weights: FloatArray | None, intercept: bool
) -> Callable[[], FloatArray]:
    """Fit in this process (when the returned function is called)."""
    return lambda: _fit(matrix, y, weights, intercept)


def _fit(
    matrix: FloatArray, y: FloatArray, weights: FloatArray | None, intercept: bool
) -> FloatArray:
    try:
        from sklearn.linear_model import LinearRegression
    except ImportError as error:
        raise SklearnMissing(str(error)) from None
    model = LinearRegression(fit_intercept=intercept)
    with np.errstate(all="ignore"):
        model.fit(matrix, y, sample_weight=weights)
    coef = np.asarray(model.coef_, dtype=np.float64)
    if intercept:
        return np.concatenate([[float(model.intercept_)], coef])
    return coef


def in_child(cancelled: Callable[[], bool] | None = None) -> SklearnFit:
    """:func:`fit_in_child` with a worker's cancel check."""

    def start(
        matrix: FloatArray, y: FloatArray, weights: FloatArray | None, intercept: bool
    ) -> Callable[[], FloatArray]:
        return fit_in_child(matrix, y, weights, intercept, cancelled)

    return start


def fit_in_child(
    matrix: FloatArray,
    y: FloatArray,
    weights: FloatArray | None,
    intercept: bool,
    cancelled: Callable[[], bool] | None = None,
) -> Callable[[], FloatArray]:
    """Start a child process, hand it the rows, and return a function that
    waits for its answer.  ``cancelled()`` (a worker's check) stops the child;
    the wait then raises :class:`LoadCancelled`."""
    matrix = np.ascontiguousarray(matrix, dtype=np.float64)
    header = {
        "rows": int(matrix.shape[0]),
        "columns": int(matrix.shape[1]),
        "intercept": bool(intercept),
        "weights": weights is not None,
    }
    try:
        child = subprocess.Popen(
            child_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=_child_environment(),
        )
    except OSError as error:
        failure = _failed(str(error))
        return lambda: _raise(failure)
    assert child.stdin is not None
    try:
        child.stdin.write(json.dumps(header).encode() + b"\n")
        arrays = [matrix, np.ascontiguousarray(y, dtype=np.float64)]
        if weights is not None:
            arrays.append(np.ascontiguousarray(weights, dtype=np.float64))
        for array in arrays:
            _send(child.stdin, array, cancelled)
        child.stdin.flush()  # the waiting closes it
    except LoadCancelled:
        _end(child)
        raise
    except OSError:  # the child ended early; its answer (or silence) says why
        pass
    return _ChildAnswer(child, cancelled)


class _ChildAnswer:
    """Waits for the child's answer; :meth:`abandon` ends a child no one will ask."""

    def __init__(
        self, child: subprocess.Popen[bytes], cancelled: Callable[[], bool] | None
    ) -> None:
        self._child = child
        self._cancelled = cancelled

    def __call__(self) -> FloatArray:
        return _answer(self._child, self._cancelled)

    def abandon(self) -> None:
        _end(self._child)


def abandon(answer: object) -> None:
    """End the fit behind ``answer`` (a child's) if it runs on its own."""
    stop = getattr(answer, "abandon", None)
    if stop is not None:
        stop()


def _end(child: subprocess.Popen[bytes]) -> None:
    """Stop the child and close its pipes."""
    child.kill()
    try:
        child.communicate()
    except (OSError, ValueError):  # a pipe already broken or closed
        child.wait()


def _send(
    pipe: IO[bytes], array: FloatArray, cancelled: Callable[[], bool] | None
) -> None:
    data = array.data.cast("B")
    for start in range(0, len(data), CHUNK_BYTES):
        if cancelled is not None and cancelled():
            raise LoadCancelled
        pipe.write(data[start : start + CHUNK_BYTES])


def _answer(
    child: subprocess.Popen[bytes], cancelled: Callable[[], bool] | None
) -> FloatArray:
    while True:
        try:
            out, _ = child.communicate(timeout=POLL_S)
            break
        except subprocess.TimeoutExpired:
            if cancelled is not None and cancelled():
                _end(child)
                raise LoadCancelled from None
    lines = out.decode("utf-8", "replace").strip().splitlines()
    try:
        answer = json.loads(lines[-1]) if lines else {}
    except ValueError:
        answer = {}
    if "params" in answer:
        return np.array(
            [np.nan if v is None else v for v in answer["params"]], dtype=np.float64
        )
    if "missing" in answer:
        raise SklearnMissing(str(answer["missing"]))
    if "error" in answer:
        raise ValueError(str(answer["error"]))
    raise _failed(
        translate("Compare", "it ended with exit status {status}").format(
            status=child.returncode
        )
    )


def _failed(why: str) -> FitError:
    return FitError(
        translate("Compare", "scikit-learn's process gave no answer ({why}).").format(
            why=why
        )
    )


def _raise(error: Exception) -> FloatArray:
    raise error


def child_command() -> list[str]:
    """This program, started as a scikit-learn child: the bundle runs itself,
    a Python installation runs the package."""
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_COMMAND]
    return [sys.executable, "-m", "linreg_gui", CHILD_COMMAND]


def _child_environment() -> dict[str, str]:
    """Ours, with this package first on the child's path (a source tree that
    was not installed is found too)."""
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (root, env.get("PYTHONPATH", "")) if p
    )
    return env


# ---------------------------------------------------------------- the child


def child_main(
    stdin: IO[bytes] | None = None,
    stdout: IO[str] | None = None,
    *,
    nicer: bool = False,
) -> int:
    """The child: read the rows, fit, write one line of JSON; 0 unless the
    input was cut short.  ``nicer``: first lower the process's priority."""
    source = stdin if stdin is not None else sys.stdin.buffer
    sink = stdout if stdout is not None else sys.stdout
    if nicer:
        with contextlib.suppress(AttributeError, OSError):  # not here, not allowed
            os.nice(CHILD_NICENESS)
    try:
        header = json.loads(source.readline() or b"{}")
        rows, columns = int(header["rows"]), int(header["columns"])
        matrix = _receive(source, (rows, columns))
        y = _receive(source, (rows,))
        weights = _receive(source, (rows,)) if header.get("weights") else None
    except (ValueError, KeyError, EOFError) as error:
        _reply(sink, {"error": f"bad input: {error}"})
        return 2
    started = time.perf_counter()
    try:
        params = _fit(matrix, y, weights, bool(header.get("intercept", True)))
    except SklearnMissing as error:
        _reply(sink, {"missing": str(error)})
        return 0
    except Exception as error:  # the parent shows it as that method's error
        _reply(sink, {"error": f"{type(error).__name__}: {error}"})
        return 0
    values: list[Any] = [float(v) if np.isfinite(v) else None for v in params]
    _reply(sink, {"params": values, "seconds": time.perf_counter() - started})
    return 0


def _receive(source: IO[bytes], shape: tuple[int, ...]) -> FloatArray:
    array = np.empty(shape, dtype=np.float64)
    view = array.data.cast("B")
    got = 0
    while got < len(view):
        read = source.readinto(view[got:])  # type: ignore[attr-defined]
        if not read:
            raise EOFError(f"{got} of {len(view)} bytes")
        got += read
    return array


def _reply(sink: IO[str], answer: dict[str, Any]) -> None:
    sink.write(json.dumps(answer) + "\n")
    sink.flush()
