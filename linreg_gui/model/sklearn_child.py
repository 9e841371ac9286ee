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
import scikit-learn while our own solvers run.  A child that answered is kept
for the next comparison (answered in milliseconds) until it has been idle ten
minutes.  The command line and the model's tests fit here: no window waits
there.

The child reads a header line (JSON: rows, columns, intercept, weights) and the
raw float64 bytes of the matrix, y and the weights from its standard input, and
writes one line of JSON: ``{"params": [...]}``, ``{"missing": "..."}`` when
scikit-learn is not installed, or ``{"error": "..."}``.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import json
import os
import select
import subprocess
import sys
import threading
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

    return functools.partial(fit_in_child, cancelled=cancelled)


def fit_in_child(
    matrix: FloatArray,
    y: FloatArray,
    weights: FloatArray | None,
    intercept: bool,
    cancelled: Callable[[], bool] | None = None,
) -> Callable[[], FloatArray]:
    """Hand the rows to a child process and return a function that waits for
    its answer.  ``cancelled()`` (a worker's check) ends the child; the wait
    then raises :class:`LoadCancelled`.

    A child that answered waits for the next comparison (scikit-learn already
    imported: the next answer comes in milliseconds, not 2 s); one is kept,
    and it ends after :data:`IDLE_S` seconds without a request, or with us.
    """
    matrix = np.ascontiguousarray(matrix, dtype=np.float64)
    header = {
        "rows": int(matrix.shape[0]),
        "columns": int(matrix.shape[1]),
        "intercept": bool(intercept),
        "weights": weights is not None,
    }
    arrays = [matrix, np.ascontiguousarray(y, dtype=np.float64)]
    if weights is not None:
        arrays.append(np.ascontiguousarray(weights, dtype=np.float64))
    child = _take_idle_child()
    fresh = child is None
    while True:
        if child is None:
            try:
                child = _start_child()
            except OSError as error:
                failure = _failed(str(error))
                return lambda: _raise(failure)
        assert child.stdin is not None
        try:
            child.stdin.write(json.dumps(header).encode() + b"\n")
            for array in arrays:
                _send(child.stdin, array, cancelled)
            child.stdin.flush()
        except LoadCancelled:
            _end(child)
            raise
        except OSError:  # it ended: a kept one that timed out gets a successor
            if not fresh:
                _end(child)
                child, fresh = None, True
                continue
        return _ChildAnswer(child, cancelled)


#: A child that has not been asked for this long ends (seconds).
IDLE_S = 600.0

_idle_lock = threading.Lock()
_idle_child: subprocess.Popen[bytes] | None = None


def _start_child() -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        child_command(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=_child_environment(),
    )


def _take_idle_child() -> subprocess.Popen[bytes] | None:
    global _idle_child
    with _idle_lock:
        child, _idle_child = _idle_child, None
    if child is not None and child.poll() is not None:
        _end(child)
        return None
    return child


def _keep_child(child: subprocess.Popen[bytes]) -> None:
    """Keep a child that answered for the next request; end it if one is kept."""
    global _idle_child
    with _idle_lock:
        if _idle_child is None:
            _idle_child, child = child, None  # type: ignore[assignment]
    if child is not None:
        _end(child)


def end_idle_child() -> None:
    """End the kept child (the window closing; at exit in any case)."""
    child = _take_idle_child()
    if child is not None:
        _end(child)


atexit.register(end_idle_child)


class _ChildAnswer:
    """Waits for the child's answer; :meth:`abandon` ends a child no one will ask."""

    def __init__(
        self, child: subprocess.Popen[bytes], cancelled: Callable[[], bool] | None
    ) -> None:
        self._child = child
        self._cancelled = cancelled

    def __call__(self) -> FloatArray:
        answer = _answer(self._child, self._cancelled)
        if "ended" not in answer:  # alive: the next comparison asks it
            _keep_child(self._child)
        return _decode(answer, self._child)

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
) -> dict[str, Any]:
    """The child's one line of answer (empty if it ended without one)."""
    assert child.stdout is not None
    while True:
        try:
            ready, _, _ = select.select([child.stdout], [], [], POLL_S)
        except (OSError, ValueError):  # no select on this pipe: just wait
            ready = [child.stdout]
        if ready:
            line = child.stdout.readline()
            break
        if cancelled is not None and cancelled():
            _end(child)
            raise LoadCancelled
    try:
        answer = json.loads(line.decode("utf-8", "replace")) if line else {}
    except ValueError:
        answer = {}
    if not isinstance(answer, dict) or not answer:
        _end(child)
        return {"ended": child.returncode}
    return answer


def _decode(answer: dict[str, Any], child: subprocess.Popen[bytes]) -> FloatArray:
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
            status=answer.get("ended", child.returncode)
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
    """The child: for each request, read the rows, fit, write one line of JSON.

    Ends when its input ends, after :data:`IDLE_S` seconds without a request,
    or (status 2) on input cut short.  ``nicer``: first lower its priority.
    """
    source = stdin if stdin is not None else sys.stdin.buffer
    sink = stdout if stdout is not None else sys.stdout
    if nicer:
        with contextlib.suppress(AttributeError, OSError):  # not here, not allowed
            os.nice(CHILD_NICENESS)
    while _request_comes(source):
        line = source.readline()
        if not line:
            return 0
        try:
            header = json.loads(line)
            rows, columns = int(header["rows"]), int(header["columns"])
            matrix = _receive(source, (rows, columns))
            y = _receive(source, (rows,))
            weights = _receive(source, (rows,)) if header.get("weights") else None
        except (ValueError, KeyError, TypeError, EOFError) as error:
            _reply(sink, {"error": f"bad input: {error}"})
            return 2
        _reply(sink, _fit_answer(matrix, y, weights, bool(header.get("intercept"))))
    return 0


def _request_comes(source: IO[bytes]) -> bool:
    """Wait for input, at most IDLE_S seconds (a stream with no file: at once)."""
    try:
        fileno = source.fileno()
    except (AttributeError, OSError, ValueError):
        return True
    try:
        ready, _, _ = select.select([fileno], [], [], IDLE_S)
    except (OSError, ValueError):
        return True
    return bool(ready)


def _fit_answer(
    matrix: FloatArray, y: FloatArray, weights: FloatArray | None, intercept: bool
) -> dict[str, Any]:
    started = time.perf_counter()
    try:
        params = _fit(matrix, y, weights, intercept)
    except SklearnMissing as error:
        return {"missing": str(error)}
    except Exception as error:  # the parent shows it as that method's error
        return {"error": f"{type(error).__name__}: {error}"}
    values: list[Any] = [float(v) if np.isfinite(v) else None for v in params]
    return {"params": values, "seconds": time.perf_counter() - started}


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
