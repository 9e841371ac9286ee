"""scikit-learn in a process of its own (Compare Solvers in the window)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time

import numpy as np
import pytest

from linreg_gui.model import sklearn_child
from linreg_gui.model.compare import compare_methods
from linreg_gui.model.design import DesignSpec
from linreg_gui.model.errors import FitError, LoadCancelled
from linreg_gui.model.fitting import prepare
from linreg_gui.model.sklearn_child import (
    SklearnMissing,
    child_main,
    fit_here,
    fit_in_child,
    in_child,
)

pytest.importorskip("sklearn")


def rows(n: int = 200) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(4)
    matrix = rng.normal(size=(n, 3)) * [1.0, 1e3, 1e-3]
    y = matrix @ [2.0, -1e-3, 5e2] + 7.0 + rng.normal(size=n)
    return matrix, y, rng.uniform(0.5, 2.0, n)


def child_input(
    matrix: np.ndarray, y: np.ndarray, weights: np.ndarray | None, intercept: bool
) -> io.BytesIO:
    header = {
        "rows": len(y),
        "columns": matrix.shape[1],
        "intercept": intercept,
        "weights": weights is not None,
    }
    parts = [json.dumps(header).encode() + b"\n", matrix.tobytes(), y.tobytes()]
    if weights is not None:
        parts.append(weights.tobytes())
    return io.BytesIO(b"".join(parts))


@pytest.mark.parametrize(("weighted", "intercept"), [(False, True), (True, False)])
def test_the_child_gives_the_same_bits_as_a_fit_here(
    weighted: bool, intercept: bool
) -> None:
    """The real child process (``python -m linreg_gui sklearn-child``): the same
    coefficients, to the last bit, as scikit-learn in this process."""
    matrix, y, weights = rows()
    w = weights if weighted else None
    there = fit_in_child(matrix, y, w, intercept)()
    here = fit_here(matrix, y, w, intercept)()
    assert len(there) == 3 + intercept
    np.testing.assert_array_equal(there, here)


def test_compare_in_the_window_uses_the_child_and_agrees() -> None:
    matrix, y, _ = rows()
    columns = {"x": matrix[:, 0], "y": y}
    problem = prepare(columns, DesignSpec(("x",), "y", degree=2))
    started: list[int] = []

    def counting(*args: object) -> object:
        started.append(1)
        return fit_in_child(*args)  # type: ignore[arg-type]

    comparison = compare_methods(problem, counting)  # type: ignore[arg-type]
    outcomes = {o.method: o for o in comparison.outcomes}
    assert started == [1]
    assert outcomes["sklearn"].digits is not None and outcomes["sklearn"].digits > 12
    here = {o.method: o for o in compare_methods(problem).outcomes}["sklearn"]
    np.testing.assert_array_equal(outcomes["sklearn"].params, here.params)


def test_a_cancelled_wait_ends_the_child() -> None:
    sklearn_child.end_idle_child()  # a fresh child, still importing
    matrix, y, _ = rows()
    asked: list[float] = []

    def cancelled() -> bool:
        asked.append(time.monotonic())
        return len(asked) > 2

    answer = fit_in_child(matrix, y, None, True, cancelled)
    child = answer._child  # type: ignore[attr-defined]
    with pytest.raises(LoadCancelled):
        answer()
    assert child.poll() is not None  # ended, not left behind


def test_a_cancel_while_the_rows_are_sent_ends_the_child_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sklearn_child.end_idle_child()
    monkeypatch.setattr(sklearn_child, "CHUNK_BYTES", 1024)
    started: list[subprocess.Popen[bytes]] = []
    real = subprocess.Popen

    def remember(*args: object, **kwargs: object) -> subprocess.Popen[bytes]:
        started.append(real(*args, **kwargs))  # type: ignore[call-overload]
        return started[-1]

    monkeypatch.setattr(subprocess, "Popen", remember)
    matrix, y, _ = rows(2000)
    with pytest.raises(LoadCancelled):
        in_child(lambda: True)(matrix, y, None, True)
    assert started and started[0].poll() is not None


def test_a_child_that_says_nothing_is_a_fit_error_that_names_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        sklearn_child, "child_command", lambda: [sys.executable, "-c", "exit(3)"]
    )
    matrix, y, _ = rows()
    with pytest.raises(FitError, match="scikit-learn's process gave no answer"):
        fit_in_child(matrix, y, None, True)()


def test_a_program_that_cannot_start_is_a_fit_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sklearn_child, "child_command", lambda: ["/nonexistent/x"])
    matrix, y, _ = rows()
    with pytest.raises(FitError, match="no answer"):
        fit_in_child(matrix, y, None, True)()


def test_the_child_reads_fits_and_answers_in_one_line() -> None:
    matrix, y, weights = rows()
    out = io.StringIO()
    assert child_main(child_input(matrix, y, weights, True), out) == 0
    answer = json.loads(out.getvalue())
    np.testing.assert_array_equal(
        answer["params"], fit_here(matrix, y, weights, True)()
    )


def test_the_child_says_when_scikit_learn_is_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "sklearn.linear_model", None)
    matrix, y, _ = rows()
    out = io.StringIO()
    assert child_main(child_input(matrix, y, None, True), out) == 0
    assert "missing" in json.loads(out.getvalue())
    with pytest.raises(SklearnMissing):
        fit_here(matrix, y, None, True)()


def test_the_child_refuses_rows_cut_short() -> None:
    matrix, y, _ = rows()
    data = child_input(matrix, y, None, True).getvalue()
    out = io.StringIO()
    assert child_main(io.BytesIO(data[:-8]), out) == 2
    assert "bad input" in json.loads(out.getvalue())["error"]


def test_the_childs_error_reaches_the_comparison_as_that_methods_error() -> None:
    matrix, y, _ = rows()
    out = io.StringIO()
    bad = child_input(matrix, y * np.nan, None, True)
    assert child_main(bad, out) == 0
    assert json.loads(out.getvalue())["error"].startswith("ValueError")


def test_a_child_that_answered_answers_the_next_request_too() -> None:
    """The second comparison asks the same child (scikit-learn already loaded);
    a kept child that has since ended is replaced, and the answer is the same."""
    matrix, y, _ = rows()
    first = fit_in_child(matrix, y, None, True)
    child = first._child  # type: ignore[attr-defined]
    expected = first()
    second = fit_in_child(matrix, y, None, True)
    assert second._child is child  # type: ignore[attr-defined]
    np.testing.assert_array_equal(second(), expected)
    child.kill()
    child.wait()
    third = fit_in_child(matrix, y, None, True)
    assert third._child is not child  # type: ignore[attr-defined]
    np.testing.assert_array_equal(third(), expected)
    sklearn_child.end_idle_child()
    assert third._child.poll() is not None  # type: ignore[attr-defined]


def test_an_idle_child_ends_by_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sklearn_child, "IDLE_S", 0.05)
    read, write = os.pipe()
    try:
        with os.fdopen(read, "rb") as source:
            assert child_main(source, io.StringIO()) == 0  # nothing came
    finally:
        os.close(write)
