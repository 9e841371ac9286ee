"""Property tests of the loader: any file gives a Dataset or a LoadError, never a crash.

Students open every kind of file by mistake, so the loader's one promise about bad
input is that it says what is wrong (`LoadError`) instead of raising whatever the
parser happened to raise.  Hypothesis tries arbitrary bytes, CSV-like text built from
the pieces that trouble parsers, and well-formed tables whose numbers must come back
exactly.  The multi-threaded path is forced on small files here too: it must agree
with the single-stream path on everything, errors included.
"""

from __future__ import annotations

import math
import tempfile
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from linreg_gui.model.dataset import Dataset
from linreg_gui.model.errors import LoadError
from linreg_gui.model.io import ReadOptions, load_table

# The conftest's autouse settings fixture is function-scoped but has nothing to do
# with these examples, so Hypothesis need not warn about sharing it.
PROPERTY = settings(
    max_examples=150,
    deadline=None,
    database=None,  # leave no example database in the working tree
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="linreg-properties-") as name:
        yield Path(name)


def threads_forced(part_bytes: int = 32) -> ReadOptions:
    """Parse even a tiny file on three threads, in parts of about `part_bytes`."""
    return ReadOptions(parallel_min_bytes=1, chunk_bytes=part_bytes, workers=3)


def outcome(path: Path, options: ReadOptions | None = None) -> Dataset | LoadError:
    """Load `path`; anything but a Dataset or a LoadError fails the test."""
    result: Dataset | LoadError
    try:
        result = load_table(path, options=options)
    except LoadError as error:
        result = error
    event("LoadError" if isinstance(result, LoadError) else "Dataset")
    if isinstance(result, LoadError):
        assert str(result).startswith(f"{path.name}: ") or str(result).startswith(
            f"{path.name}, line "
        )
    else:
        check_invariants(result)
    return result


def check_invariants(dataset: Dataset) -> None:
    assert len(set(dataset.columns)) == len(dataset.columns)
    assert dataset.numeric_columns, "a loaded dataset has a numeric column"
    assert set(dataset.non_numeric) | set(dataset.numeric_columns) == set(
        dataset.columns
    )
    for name in dataset.numeric_columns:
        values = dataset.values(name)
        assert values.dtype == np.float64
        assert len(values) == dataset.n_rows
        assert not np.isinf(values).any()
    for reason in dataset.non_numeric.values():
        assert "not a number" in reason or "no numbers" in reason


def assert_same_outcome(left: Dataset | LoadError, right: Dataset | LoadError) -> None:
    if isinstance(left, LoadError) or isinstance(right, LoadError):
        assert type(left) is type(right), (left, right)
        assert str(left) == str(right)
        return
    pd.testing.assert_frame_equal(left.frame, right.frame)
    assert dict(left.non_numeric) == dict(right.non_numeric)
    assert left.warnings == right.warnings


# ------------------------------------------------------------ (a) arbitrary bytes


TABLE_START = b"x;y\n1,5;2\n"


@PROPERTY
@given(
    content=st.one_of(
        st.binary(max_size=600), st.binary(max_size=300).map(TABLE_START.__add__)
    ),
    suffix=st.sampled_from([".csv", ".txt", ".dat", "", ".xlsx", ".ods"]),
)
def test_arbitrary_bytes_give_a_dataset_or_a_load_error(
    folder: Path, content: bytes, suffix: str
) -> None:
    path = folder / f"bytes{suffix}"
    path.write_bytes(content)
    outcome(path)


# ---------------------------------------------------------- (b) CSV-like text

NUMBER = st.one_of(
    st.integers(-(10**22), 10**22).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.sampled_from(["1e400", "-0", ".5", "5.", "+3", "1E-3", "0x10", "1_000"]),
)
WORD = st.text(alphabet="abcxyzéß €AZ_-.", min_size=1, max_size=6)
SPECIAL = st.sampled_from(
    ["", " ", "NA", "n/a", "nan", "inf", "-Infinity", "True", '"', '""', "\t"]
)
QUOTED = st.text(alphabet='ab,;\t\n\r "1', max_size=6).map(
    lambda text: '"' + text.replace('"', '""') + '"'
)
DECIMAL_COMMA = st.builds(
    lambda a, b: f"{a},{b}", st.integers(0, 999), st.integers(0, 99)
)
CELL = st.one_of(NUMBER, NUMBER, WORD, SPECIAL, QUOTED, DECIMAL_COMMA)
DELIMITER = st.sampled_from([",", ";", "\t", " ", "  ", "|"])
NEWLINE = st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\n \n"])


@st.composite
def csv_like(draw: st.DrawFn) -> bytes:
    delimiter = draw(DELIMITER)
    rows = draw(
        st.lists(st.lists(CELL, min_size=1, max_size=5), min_size=1, max_size=8)
    )
    lines = [
        draw(st.one_of(st.just(delimiter), DELIMITER)).join(row)
        if draw(st.booleans())
        else delimiter.join(row)
        for row in rows
    ]
    text = ""
    for line in lines:
        text += line + draw(NEWLINE)
    if draw(st.booleans()):
        text = text.rstrip("\r\n")
    prefix = draw(st.sampled_from(["", "\ufeff", "\n", "a,b\n"]))
    encoding = draw(st.sampled_from(["utf-8", "latin-1", "utf-16"]))
    try:
        return (prefix + text).encode(encoding)
    except UnicodeEncodeError:
        return (prefix + text).encode("utf-8")


@PROPERTY
@given(content=csv_like())
def test_csv_like_text_gives_the_same_outcome_on_one_or_many_threads(
    folder: Path, content: bytes
) -> None:
    path = folder / "text.csv"
    path.write_bytes(content)
    serial = outcome(path)
    threaded = outcome(path, threads_forced())
    assert_same_outcome(serial, threaded)


# --------------------------------------------------- (c) numbers come back exactly

FINITE = st.floats(allow_nan=False, allow_infinity=False)


@st.composite
def numeric_table(draw: st.DrawFn) -> tuple[bytes, list[str], list[list[float]]]:
    n_columns = draw(st.integers(1, 6))
    n_rows = draw(st.integers(1, 25))
    number = st.one_of(FINITE, st.integers(-(10**15), 10**15).map(float))
    row = st.lists(number, min_size=n_columns, max_size=n_columns)
    values = draw(st.lists(row, min_size=n_rows, max_size=n_rows))
    delimiter = draw(st.sampled_from([",", ";", "\t", " ", "|"]))
    header = draw(st.booleans())
    names = [f"c{index}" for index in range(n_columns)]
    if header:
        word = st.text(alphabet="abcdefghij_", min_size=1, max_size=4)
        names = [
            "v" + name
            for name in draw(st.lists(word, min_size=n_columns, max_size=n_columns))
        ]
        if len(set(names)) < n_columns:
            names = [f"{name}{index}" for index, name in enumerate(names)]
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    as_int = draw(st.booleans())

    def show(value: float) -> str:
        if as_int and value.is_integer() and abs(value) < 2**53:
            return str(int(value))
        return repr(value)

    cells = [[show(value) for value in row] for row in values]
    lines = [delimiter.join(names)] if header else []
    lines += [delimiter.join(row) for row in cells]
    text = newline.join(lines) + draw(st.sampled_from(["", newline]))
    expected = names if header else [f"x{index}" for index in range(1, n_columns + 1)]
    # What the text says, exactly: -0.0 written as "0" is 0.0.
    written = [[float(cell) for cell in row] for row in cells]
    return text.encode("utf-8"), expected, written


@PROPERTY
@given(table=numeric_table(), threaded=st.booleans())
def test_numbers_come_back_exactly(
    folder: Path,
    table: tuple[bytes, list[str], list[list[float]]],
    threaded: bool,
) -> None:
    content, names, values = table
    path = folder / "numbers.csv"
    path.write_bytes(content)
    if threaded:
        dataset = load_table(path, options=threads_forced(part_bytes=256))
    else:
        dataset = load_table(path)
    assert list(dataset.columns) == names
    assert dataset.numeric_columns == dataset.columns
    assert dataset.warnings == ()
    for index, name in enumerate(names):
        loaded = dataset.values(name).tolist()
        written = [row[index] for row in values]
        assert [repr(value) for value in loaded] == [repr(value) for value in written]
        assert not any(math.isnan(value) for value in loaded)
