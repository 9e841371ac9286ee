"""Loading tables: formats, the numeric rules, and an exact message for every bad file.

Most files are written into ``tmp_path`` by the test itself, so that each test shows
the bytes it is about; the spreadsheets live in ``tests/data/loading`` (see the
README there).  Line numbers in messages are physical lines of the file, so several
tests put blank lines, a byte-order mark or a quoted line break before the line
they expect to be named.
"""

from __future__ import annotations

import codecs
import math
import os
import shutil
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from linreg_gui.model.dataset import Dataset
from linreg_gui.model.errors import LoadCancelled, LoadError
from linreg_gui.model.io import (
    SUPPORTED_SUFFIXES,
    ReadOptions,
    files,
    load_table,
    wait_for_abandoned_reads,
)

FIXTURES = Path(__file__).parents[1] / "data" / "loading"


def write(
    folder: Path, name: str, content: str | bytes, encoding: str = "utf-8"
) -> Path:
    """Write `content` byte for byte (no newline translation) and return the path."""
    path = folder / name
    path.write_bytes(
        content if isinstance(content, bytes) else content.encode(encoding)
    )
    return path


def load_text(
    folder: Path, content: str | bytes, name: str = "table.csv", **kwargs: object
) -> Dataset:
    return load_table(write(folder, name, content), **kwargs)  # type: ignore[arg-type]


def load_error(
    folder: Path,
    content: str | bytes,
    name: str = "table.csv",
    options: ReadOptions | None = None,
) -> LoadError:
    with pytest.raises(LoadError) as caught:
        load_text(folder, content, name, options=options)
    return caught.value


def column(dataset: Dataset, name: str) -> list[float]:
    return dataset.values(name).tolist()


@pytest.fixture
def parallel() -> ReadOptions:
    """Send even tiny files down the multi-threaded path, in parts of ~64 bytes."""
    return ReadOptions(parallel_min_bytes=1, chunk_bytes=64, workers=3)


@pytest.fixture
def small_parts() -> ReadOptions:
    """Make the single-thread path hand pandas two rows at a time."""
    return ReadOptions(rows_per_part=2)


# --------------------------------------------------------------------- Dataset


@pytest.fixture
def dataset() -> Dataset:
    return Dataset.from_arrays(
        "demo",
        {"x": [1, 2, 3], "y": np.array([2.0, np.nan, 6.0]), "name": ["a", "b", "c"]},
        description="three rows",
    )


def test_from_arrays_makes_numbers_float64_and_keeps_text(dataset: Dataset) -> None:
    assert dataset.columns == ("x", "y", "name")
    assert dataset.numeric_columns == ("x", "y")
    assert dataset.n_rows == 3
    assert dataset.frame["x"].dtype == np.float64
    assert dataset.non_numeric == {"name": "row 1 holds 'a', which is not a number"}
    assert dataset.description == "three rows"
    assert dataset.source is None


def test_values_is_a_read_only_float64_array(dataset: Dataset) -> None:
    values = dataset.values("y")
    assert values.dtype == np.float64
    np.testing.assert_array_equal(values, [2.0, np.nan, 6.0])
    with pytest.raises(ValueError, match="read-only"):
        values[0] = 5.0


def test_numeric_arrays_are_the_values_of_every_numeric_column(
    dataset: Dataset,
) -> None:
    """In file order, read-only, the very arrays values() gives (read once)."""
    arrays = dataset.numeric_arrays()
    assert list(arrays) == list(dataset.numeric_columns)
    for name, array in arrays.items():
        assert array is dataset.values(name)
        assert not array.flags.writeable
    np.testing.assert_array_equal(arrays["y"], [2.0, np.nan, 6.0])
    edited = dataset.with_value(0, "y", 9.0)  # a new dataset reads anew
    assert edited.numeric_arrays()["y"][0] == 9.0
    assert dataset.numeric_arrays()["y"][0] == 2.0


@pytest.mark.parametrize(
    ("name", "message"),
    [("nope", "there is no column 'nope'"), ("name", "does not hold numbers")],
)
def test_values_of_unknown_or_text_column_is_a_value_error(
    dataset: Dataset, name: str, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        dataset.values(name)


def test_with_value_edits_a_copy(dataset: Dataset) -> None:
    edited = dataset.with_value(1, "y", 4.0)
    assert column(edited, "y") == [2.0, 4.0, 6.0]
    assert math.isnan(column(dataset, "y")[1])  # the original is unchanged
    assert edited.name == dataset.name
    assert edited.non_numeric == dataset.non_numeric
    cleared = edited.with_value(0, "x", math.nan)
    assert math.isnan(column(cleared, "x")[0])
    assert column(edited, "x") == [1.0, 2.0, 3.0]


def test_numeric_columns_are_read_in_slices_a_check_can_stop() -> None:
    """A loader reads the table's columns in its own thread, asking its cancel
    check between slices; stopped, the rest is read when asked for."""
    wide = Dataset.from_arrays(
        "wide", {f"c{j}": np.full(3, float(j)) for j in range(12)}
    )
    asked: list[int] = []

    def stop() -> bool:
        asked.append(len(wide._arrays))
        return len(asked) == 3  # the third check says stop

    wide.read_numeric_columns(stop=stop, every=5)
    assert asked == [0, 5, 10] and len(wide._arrays) == 10
    arrays = wide.numeric_arrays()
    assert list(arrays) == [f"c{j}" for j in range(12)]
    assert arrays["c11"][0] == 11.0 and not arrays["c11"].flags.writeable


def test_columns_read_once_are_not_looked_up_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The table asks for every numeric column of each data set it shows; once
    the loader has read them, that is no pass over the frame (a Series a
    column: 0.3 s of the GUI thread for 10⁴ columns)."""
    wide = Dataset.from_arrays(
        "wide", {f"c{j}": np.full(3, float(j)) for j in range(9)}
    )
    wide.read_numeric_columns()
    passes: list[str] = []
    monkeypatch.setattr(
        pd.DataFrame, "items", lambda frame: passes.append("items") or iter(())
    )
    assert list(wide.numeric_arrays()) == [f"c{j}" for j in range(9)]
    assert passes == []


def test_a_wide_file_of_numbers_is_one_block_read_as_it_loads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """250 numeric columns: one block of memory, every column already read (no
    Series made per column), the same values as the column-by-column frame,
    and an edit that changes one cell of one copy."""
    from linreg_gui.model.io import columns as io_columns

    rng = np.random.default_rng(3)
    values = rng.normal(size=(40, 250)).round(6)
    values[5, 7] = np.nan
    path = tmp_path / "wide.csv"
    header = ",".join(f"c{j}" for j in range(250))
    rows = "\n".join(
        ",".join("" if np.isnan(v) else repr(float(v)) for v in row) for row in values
    )
    path.write_text(header + "\n" + rows + "\n")
    wide = load_table(path)
    monkeypatch.setattr(io_columns, "WIDE_FROM", 10**9)
    by_column = load_table(path)
    monkeypatch.undo()
    assert len(wide._arrays) == 250  # read as it loaded
    passes: list[str] = []
    monkeypatch.setattr(
        pd.DataFrame, "items", lambda frame: passes.append("items") or iter(())
    )
    arrays = wide.numeric_arrays()
    assert passes == []
    pd.testing.assert_frame_equal(wide.frame, by_column.frame)
    np.testing.assert_array_equal(np.column_stack(list(arrays.values())), values)
    for name in ("c0", "c7", "c249"):
        assert np.shares_memory(arrays[name], wide.frame[name].to_numpy())
    edited = wide.with_value(5, "c7", 2.5)
    assert edited.values("c7")[5] == 2.5 and np.isnan(wide.values("c7")[5])
    assert edited.values("c8")[5] == wide.values("c8")[5]


def test_with_value_copies_the_edited_column_once() -> None:
    """An edit copies its column, and only once: pandas copied the new array
    again when it was set (a second 80 MB at 10⁷ rows, 30 ms of the GUI
    thread); the other columns are shared."""
    import tracemalloc

    n = 1_000_000
    big = Dataset.from_arrays("big", {"x": np.arange(n, dtype=float), "y": np.ones(n)})
    big.with_value(0, "y", 2.0)  # pandas' first-use set-up, not counted
    tracemalloc.start()
    try:
        edited = big.with_value(5, "y", 3.0)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1.5 * 8 * n
    assert edited.values("y")[5] == 3.0 and big.values("y")[5] == 1.0
    assert np.shares_memory(edited.values("x"), big.values("x"))


def test_with_value_writes_into_a_spare_column_given() -> None:
    """A spare array (memory already written) takes the edited column: no new
    80 MB at 10⁷ rows; the data set edited stays as it was, and a spare of the
    wrong length is not used."""
    import tracemalloc

    n = 1_000_000
    big = Dataset.from_arrays("big", {"x": np.arange(n, dtype=float), "y": np.ones(n)})
    big.with_value(0, "y", 2.0)  # pandas' first-use set-up, not counted
    spare = np.zeros(n)
    tracemalloc.start()
    try:
        edited = big.with_value(5, "y", 3.0, into=spare)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 0.5 * 8 * n
    assert np.shares_memory(edited.values("y"), spare)
    assert edited.values("y")[5] == 3.0 and edited.values("y")[4] == 1.0
    assert big.values("y")[5] == 1.0
    assert float(spare.sum()) == n + 2.0
    short = np.zeros(n - 1)
    again = edited.with_value(6, "y", 4.0, into=short)
    assert not np.shares_memory(again.values("y"), short)
    assert again.values("y")[6] == 4.0 and again.values("y")[5] == 3.0


@pytest.mark.parametrize("value", [math.inf, -math.inf])
def test_with_value_rejects_infinity(dataset: Dataset, value: float) -> None:
    with pytest.raises(ValueError, match="finite"):
        dataset.with_value(0, "x", value)


def test_with_value_rejects_bad_rows_and_columns(dataset: Dataset) -> None:
    with pytest.raises(IndexError):
        dataset.with_value(3, "x", 1.0)
    with pytest.raises(IndexError):
        dataset.with_value(-1, "x", 1.0)
    with pytest.raises(ValueError, match="does not hold numbers"):
        dataset.with_value(0, "name", 1.0)
    with pytest.raises(ValueError, match="no column"):
        dataset.with_value(0, "nope", 1.0)


def test_from_arrays_rejects_bad_shapes_and_infinity() -> None:
    with pytest.raises(ValueError, match="one-dimensional"):
        Dataset.from_arrays("bad", {"x": np.zeros((2, 2))})
    with pytest.raises(ValueError, match="has 2 values"):
        Dataset.from_arrays("bad", {"x": [1, 2, 3], "y": [1, 2]})
    with pytest.raises(ValueError, match="infinite"):
        Dataset.from_arrays("bad", {"x": [1.0, math.inf]})


def test_dataset_is_immutable_and_checks_its_columns(dataset: Dataset) -> None:
    with pytest.raises(AttributeError):
        dataset.name = "other"  # type: ignore[misc]
    with pytest.raises(TypeError):
        dataset.non_numeric["x"] = "no"  # type: ignore[index]
    with pytest.raises(ValueError, match="not float64"):
        Dataset("ints", pd.DataFrame({"x": [1, 2]}))
    with pytest.raises(ValueError, match="unique"):
        Dataset("dup", pd.DataFrame([[1.0, 2.0]], columns=["x", "x"]))


def test_supported_suffixes_cover_text_and_spreadsheets() -> None:
    for suffix in (".csv", ".tsv", ".txt", ".dat", ".xlsx", ".xls", ".ods"):
        assert suffix in SUPPORTED_SUFFIXES


# ------------------------------------------------------------------ delimiters


@pytest.mark.parametrize(
    "content",
    [
        "x,y\n1,2\n3.5,4\n",
        "x;y\n1;2\n3.5;4\n",
        "x\ty\n1\t2\n3.5\t4\n",
        "x|y\n1|2\n3.5|4\n",
        "x y\n1 2\n3.5 4\n",
        "  x    y\n  1    2\n\t3.5 \t 4  \n",
        "x, y\n1, 2\n3.5, 4\n",
    ],
    ids=["comma", "semicolon", "tab", "bar", "space", "aligned", "comma-space"],
)
def test_delimiter_is_sniffed(tmp_path: Path, content: str) -> None:
    dataset = load_text(tmp_path, content)
    assert dataset.columns == ("x", "y")
    assert column(dataset, "x") == [1.0, 3.5]
    assert column(dataset, "y") == [2.0, 4.0]
    assert dataset.warnings == ()


@pytest.mark.parametrize(
    "content",
    ["x;y\n3,14;1\n2,5;-0,5\n", "x\ty\n3,14\t1\n2,5\t-0,5\n", "3,14 1\n2,5 -0,5\n"],
    ids=["semicolon", "tab", "space"],
)
def test_decimal_commas_are_read_and_reported(tmp_path: Path, content: str) -> None:
    dataset = load_text(tmp_path, content)
    first, second = dataset.numeric_columns
    assert column(dataset, first) == [3.14, 2.5]
    assert column(dataset, second) == [1.0, -0.5]
    assert len(dataset.warnings) == 1
    assert "decimal commas" in dataset.warnings[0]
    assert "'3,14'" in dataset.warnings[0]


def test_decimal_commas_do_not_hide_text(tmp_path: Path) -> None:
    dataset = load_text(tmp_path, "x;y;note\n1,5;2;ok\n2,5;4;3,5\n")
    assert column(dataset, "x") == [1.5, 2.5]
    assert dataset.non_numeric == {"note": "line 2 holds 'ok', which is not a number"}


def test_semicolon_file_with_decimal_points_keeps_them(tmp_path: Path) -> None:
    dataset = load_text(tmp_path, "x;y\n1.5;2\n2.5;4\n")
    assert column(dataset, "x") == [1.5, 2.5]
    assert dataset.warnings == ()


def test_quoted_fields_may_hold_delimiters_and_line_breaks(tmp_path: Path) -> None:
    content = 'name,x,y\n"Smith, J.",1,2\n"two\nlines",3,4\n"plain",5,"6"\n'
    dataset = load_text(tmp_path, content)
    assert dataset.frame["name"].tolist() == ["Smith, J.", "two\nlines", "plain"]
    assert column(dataset, "y") == [2.0, 4.0, 6.0]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
def test_line_endings(tmp_path: Path, newline: str) -> None:
    dataset = load_text(tmp_path, newline.join(["x,y", "1,2", "", "3,4", ""]))
    assert column(dataset, "x") == [1.0, 3.0]


def test_single_column(tmp_path: Path) -> None:
    dataset = load_text(tmp_path, "y\n1\n2.5\n")
    assert dataset.columns == ("y",)
    assert column(dataset, "y") == [1.0, 2.5]


def test_trailing_delimiters_add_no_column(tmp_path: Path) -> None:
    dataset = load_text(tmp_path, "x,y,\n1,2,\n3,4,\n")
    assert dataset.columns == ("x", "y")
    assert dataset.warnings == ()
    dataset = load_text(tmp_path, "1;2;\n3;4;\n")
    assert dataset.columns == ("x1", "x2")


# -------------------------------------------------------------------- encodings


def test_utf8_with_bom(tmp_path: Path) -> None:
    dataset = load_text(tmp_path, "\ufeffTempérature,y\n1,2\n")
    assert dataset.columns == ("Température", "y")
    assert dataset.warnings == ()


def test_latin1_is_assumed_when_not_utf8(tmp_path: Path) -> None:
    path = write(tmp_path, "t.csv", "Température;Größe\n1;2\n", encoding="latin-1")
    dataset = load_table(path)
    assert dataset.columns == ("Température", "Größe")
    assert any("Latin-1" in warning for warning in dataset.warnings)


def test_latin1_after_the_first_block_restarts_as_latin1(tmp_path: Path) -> None:
    rows = "".join(f"{i},{i * 2}\n" for i in range(20_000))  # > 64 KiB of ASCII
    content = ("x,y\n" + rows + "3,caf\xe9\n").encode("latin-1")
    dataset = load_table(write(tmp_path, "late.csv", content))
    assert any("Latin-1" in warning for warning in dataset.warnings)
    assert (
        dataset.non_numeric["y"] == f"line {20_002} holds 'café', which is not a number"
    )


def test_utf16_with_bom(tmp_path: Path) -> None:
    """Excel's "Unicode text" export: UTF-16 with a BOM, tab-delimited."""
    content = codecs.BOM_UTF16_LE + "Größe\ty\r\n1,5\t2\r\n2,5\t4\r\n".encode(
        "utf-16-le"
    )
    dataset = load_table(write(tmp_path, "unicode.txt", content))
    assert dataset.columns == ("Größe", "y")
    assert column(dataset, "Größe") == [1.5, 2.5]


# ------------------------------------------------------------- header and names


def test_no_header_when_the_first_row_is_numbers(tmp_path: Path) -> None:
    dataset = load_text(tmp_path, "1,2,3\n4,5,6\n")
    assert dataset.columns == ("x1", "x2", "x3")
    assert dataset.n_rows == 2
    assert column(dataset, "x3") == [3.0, 6.0]


def test_missing_values_in_the_first_row_do_not_make_it_a_header(
    tmp_path: Path,
) -> None:
    dataset = load_text(tmp_path, "1,NA,,3e2\n4,5,6,7\n")
    assert dataset.columns == ("x1", "x2", "x3", "x4")
    assert np.isnan(column(dataset, "x2")[0])
    assert column(dataset, "x4") == [300.0, 7.0]


def test_header_names_are_trimmed_and_blank_ones_named(tmp_path: Path) -> None:
    dataset = load_text(tmp_path, " x , ,y\n1,2,3\n")
    assert dataset.columns == ("x", "column 2", "y")
    assert any("'column 2'" in warning for warning in dataset.warnings)


def test_duplicate_names_are_renamed_with_a_warning(tmp_path: Path) -> None:
    dataset = load_text(tmp_path, "x,x,x.1,x\n1,2,3,4\n")
    assert dataset.columns == ("x", "x.2", "x.1", "x.3")
    assert column(dataset, "x.3") == [4.0]
    (warning,) = dataset.warnings
    assert "duplicate" in warning and "'x' to 'x.2'" in warning


def test_blank_and_filler_lines_before_the_header_are_skipped(tmp_path: Path) -> None:
    dataset = load_text(tmp_path, "\n,,\n  \nx,y\n1,2\n")
    assert dataset.columns == ("x", "y")
    assert dataset.n_rows == 1


def test_space_separated_header_with_spaces_in_a_name(tmp_path: Path) -> None:
    error = load_error(tmp_path, "time (s) y\n1 2\n", "log.dat")
    assert error.line == 2
    assert "must not contain spaces" in str(error)


# --------------------------------------------------------------- numeric rules


def test_integers_become_float64(tmp_path: Path) -> None:
    dataset = load_text(tmp_path, "x,y\n1,2\n3,99999999999999999999\n")
    assert all(dataset.frame[name].dtype == np.float64 for name in ("x", "y"))
    assert column(dataset, "y") == [2.0, 1e20]


def test_empty_cells_are_missing_and_rows_are_kept(tmp_path: Path) -> None:
    dataset = load_text(tmp_path, "x,y\n1,\n,2\nNA,n/a\n4,   \n")
    assert dataset.numeric_columns == ("x", "y")
    assert dataset.n_rows == 4
    np.testing.assert_array_equal(dataset.values("x"), [1.0, np.nan, np.nan, 4.0])
    np.testing.assert_array_equal(dataset.values("y"), [np.nan, 2.0, np.nan, np.nan])


def test_text_column_is_kept_with_the_first_offending_line(tmp_path: Path) -> None:
    content = "\ufeffx,y,city\n\n1,2,Paris\n3,4,Lyon\n"
    dataset = load_text(tmp_path, content)
    assert dataset.numeric_columns == ("x", "y")
    assert dataset.frame["city"].tolist() == ["Paris", "Lyon"]
    assert dataset.non_numeric == {
        "city": "line 3 holds 'Paris', which is not a number"
    }


def test_reason_names_the_physical_line_after_blank_lines(tmp_path: Path) -> None:
    content = "x,y\n1,2\n\n\n3,4\n   \n5,oops\n"
    dataset = load_text(tmp_path, content)
    assert dataset.non_numeric == {"y": "line 7 holds 'oops', which is not a number"}
    assert column(dataset, "x") == [1.0, 3.0, 5.0]


def test_true_false_is_not_a_number(tmp_path: Path) -> None:
    dataset = load_text(tmp_path, "x,flag\n1,True\n2,False\n")
    assert dataset.non_numeric == {"flag": "line 2 holds 'True', which is not a number"}


def test_named_empty_column_is_numeric_with_a_warning(tmp_path: Path) -> None:
    dataset = load_text(tmp_path, "x,y,z\n1,2,\n3,4,\n")
    assert dataset.numeric_columns == ("x", "y", "z")
    assert any(
        "hold no values" in warning and "'z'" in warning for warning in dataset.warnings
    )


def test_text_far_down_a_long_file(tmp_path: Path, small_parts: ReadOptions) -> None:
    rows = [f"{i},{i}" for i in range(9)] + ["9,ten"]
    dataset = load_text(tmp_path, "a,b\n" + "\n".join(rows) + "\n", options=small_parts)
    assert dataset.numeric_columns == ("a",)
    assert dataset.non_numeric["b"] == "line 11 holds 'ten', which is not a number"
    assert dataset.frame["b"].iloc[-1] == "ten"
    assert dataset.n_rows == 10


# ------------------------------------------------------------------ bad files


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(LoadError) as caught:
        load_table(tmp_path / "nowhere.csv")
    assert str(caught.value).startswith("nowhere.csv: there is no such file")


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    with pytest.raises(LoadError, match=r"folder\.csv: this is a folder"):
        load_table(folder)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "secret.csv", "x,y\n1,2\n")

    def refuse(_: Path) -> object:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files, "open_binary", refuse)
    with pytest.raises(LoadError, match=r"secret\.csv: you do not have permission"):
        load_table(path)


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read anything"
)
def test_unreadable_file_by_permissions(tmp_path: Path) -> None:
    path = write(tmp_path, "secret.csv", "x,y\n1,2\n")
    path.chmod(0)
    try:
        with pytest.raises(LoadError, match="permission"):
            load_table(path)
    finally:
        path.chmod(0o600)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"  \n\n\t\r\n", "only blank lines"),
        (codecs.BOM_UTF8, "only blank lines"),
    ],
    ids=["zero-bytes", "whitespace", "bom-only"],
)
def test_empty_file(tmp_path: Path, content: bytes, message: str) -> None:
    error = load_error(tmp_path, content, "empty.csv")
    assert str(error).startswith("empty.csv: ")
    assert message in str(error)


@pytest.mark.parametrize("content", ["x,y\n", "x,y\n\n\n", "\n\nx;y"])
def test_header_without_data_rows(tmp_path: Path, content: str) -> None:
    error = load_error(tmp_path, content)
    assert "header row but no data rows" in str(error)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"x,y\n1,\x002\n", "NUL bytes"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"%PDF-1.4\n", "PDF document"),
        (bytes(range(1, 32)) * 20, "control characters"),
    ],
    ids=["nul", "png", "pdf", "controls"],
)
def test_binary_content(tmp_path: Path, content: bytes, message: str) -> None:
    error = load_error(tmp_path, content, "picture.csv")
    assert str(error).startswith("picture.csv: ")
    assert message in str(error)


def test_zip_renamed_to_csv(tmp_path: Path) -> None:
    path = tmp_path / "archive.csv"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("inside.txt", "x,y\n1,2\n")
    with pytest.raises(LoadError, match=r"archive\.csv: this is a zip archive"):
        load_table(path)


def test_spreadsheet_renamed_to_csv_is_read_as_one(tmp_path: Path) -> None:
    path = tmp_path / "renamed.csv"
    shutil.copy(FIXTURES / "measurements.xlsx", path)
    dataset = load_table(path)
    assert dataset.numeric_columns == ("x", "y")
    assert any(
        "is a spreadsheet despite its name" in warning for warning in dataset.warnings
    )


def test_renamed_spreadsheet_keeps_its_own_errors(tmp_path: Path) -> None:
    path = tmp_path / "renamed.csv"
    shutil.copy(FIXTURES / "infinite.xlsx", path)
    with pytest.raises(LoadError, match="'Infinity' is not a finite number"):
        load_table(path)


def test_no_numeric_column(tmp_path: Path) -> None:
    error = load_error(tmp_path, "name,city\nAnn,Paris\nBob,Rome\n", "people.csv")
    assert str(error) == (
        "people.csv: no column holds numbers "
        "(column 'name': line 2 holds 'Ann', which is not a number)"
    )


RAGGED_CASES = {
    "plain": ("x,y\n1,2\n3,4,5\n6,7\n", 3),
    "blank-lines": ("x,y\n\n1,2\n\n\n3,4,5\n", 6),
    "bom": ("\ufeff\nx,y\n1,2\n3,4,5\n", 4),
    "crlf": ("x,y\r\n1,2\r\n\r\n3,4,5\r\n", 4),
    "cr": ("x,y\r1,2\r\r3,4,5\r", 4),
    "quoted-break": ('x,y\n"a\nb",2\n3,4,5\n', 4),
    "first-row": ("x,y\n1,2,3\n4,5\n", 2),
    "space": ("x y\n1 2\n\n3 4 5\n", 4),
    "late": ("x,y\n" + "1,2\n" * 50 + "3,4,5\n", 52),
}


@pytest.mark.parametrize(("content", "line"), RAGGED_CASES.values(), ids=RAGGED_CASES)
def test_ragged_row_names_the_physical_line(
    tmp_path: Path, content: str, line: int
) -> None:
    error = load_error(tmp_path, content, "ragged.csv")
    assert error.line == line
    assert str(error).startswith(f"ragged.csv, line {line}: this line has 3 values")
    assert "the header names 2 columns" in str(error)


@pytest.mark.parametrize(("content", "line"), RAGGED_CASES.values(), ids=RAGGED_CASES)
def test_ragged_row_in_parts(
    tmp_path: Path, content: str, line: int, small_parts: ReadOptions
) -> None:
    assert load_error(tmp_path, content, options=small_parts).line == line


@pytest.mark.parametrize(("content", "line"), RAGGED_CASES.values(), ids=RAGGED_CASES)
def test_ragged_row_on_threads(
    tmp_path: Path, content: str, line: int, parallel: ReadOptions
) -> None:
    assert load_error(tmp_path, content, options=parallel).line == line


def test_ragged_row_without_header(tmp_path: Path) -> None:
    error = load_error(tmp_path, "1,2\n3,4\n5,6,7\n")
    assert error.line == 3
    assert "the first row has 2 values" in str(error)


def test_stray_trailing_delimiter_on_one_line_is_ragged(tmp_path: Path) -> None:
    assert load_error(tmp_path, "x,y\n1,2\n3,4,\n").line == 3


def test_unclosed_quote(tmp_path: Path) -> None:
    error = load_error(tmp_path, 'x,y\n1,2\n3,"4\n5,6\n')
    assert "quoted value is never closed" in str(error)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("inf", "'inf'"),
        ("-inf", "'-inf'"),
        ("Infinity", "'Infinity'"),
        ("-Infinity", "'-Infinity'"),
        ("1e400", "'1e400'"),
    ],
)
def test_infinity_names_line_and_column(tmp_path: Path, text: str, shown: str) -> None:
    content = f"\ufeffx,y\n\n1,2\n3,{text}\n"
    error = load_error(tmp_path, content, "inf.csv")
    assert (error.line, error.column) == (4, "y")
    assert str(error).startswith(
        f"inf.csv, line 4, column 'y': {shown} is not a finite"
    )


def test_infinity_on_threads(tmp_path: Path, parallel: ReadOptions) -> None:
    content = "x,y\n" + "1,2\n" * 40 + "\n5,-inf\n"
    error = load_error(tmp_path, content, options=parallel)
    assert (error.line, error.column) == (43, "y")


def test_infinity_in_a_text_column_is_just_text(tmp_path: Path) -> None:
    dataset = load_text(tmp_path, "x,note\n1,inf\n2,big\n")
    assert dataset.non_numeric == {"note": "line 3 holds 'big', which is not a number"}
    assert dataset.frame["note"].tolist() == ["inf", "big"]


@pytest.mark.parametrize("name", ["table.dat", "table", "table.data", "table.CSV"])
def test_other_names_are_read_as_text(tmp_path: Path, name: str) -> None:
    dataset = load_text(tmp_path, "x y\n1 2\n", name)
    assert dataset.columns == ("x", "y")
    assert dataset.name == name


# ---------------------------------------------------------------- spreadsheets


def test_xlsx_first_sheet_with_header_and_reasons() -> None:
    dataset = load_table(FIXTURES / "measurements.xlsx")
    # The header is on row 2 and starts in column B; row 5 is blank.
    assert dataset.columns == ("x", "y", "label", "z")
    assert dataset.numeric_columns == ("x", "y")
    assert column(dataset, "x") == [1.0, 2.0, 3.0, 4.0]
    np.testing.assert_array_equal(dataset.values("y"), [2.5, 4.5, 6.5, np.nan])
    assert dataset.non_numeric == {
        "label": "row 3 holds 'a', which is not a number",
        "z": "row 6 holds 'oops', which is not a number",
    }
    assert dataset.warnings == (
        "only the first sheet, 'Measurements', was read; the file has 2 sheets",
    )
    assert dataset.name == "measurements.xlsx"
    assert dataset.source == (FIXTURES / "measurements.xlsx").absolute()


def test_ods_with_header() -> None:
    dataset = load_table(FIXTURES / "measurements.ods")
    assert dataset.columns == ("x", "y", "name")
    np.testing.assert_array_equal(dataset.values("y"), [2.0, 4.0, np.nan])
    assert dataset.non_numeric == {"name": "row 2 holds 'a', which is not a number"}


def test_ods_without_header() -> None:
    dataset = load_table(FIXTURES / "headerless.ods")
    assert dataset.columns == ("x1", "x2")
    assert column(dataset, "x2") == [2.0, 4.25, 6.0]


def test_spreadsheet_infinity() -> None:
    with pytest.raises(LoadError) as caught:
        load_table(FIXTURES / "infinite.xlsx")
    assert (caught.value.line, caught.value.column) == (2, "y")
    assert "'Infinity' is not a finite number" in str(caught.value)


@pytest.mark.parametrize("name", ["measurements.xlsx", "measurements.ods"])
def test_corrupt_spreadsheet(tmp_path: Path, name: str) -> None:
    original = (FIXTURES / name).read_bytes()
    path = write(tmp_path, "broken" + Path(name).suffix, original[: len(original) // 2])
    with pytest.raises(LoadError) as caught:
        load_table(path)
    assert str(caught.value).startswith(f"broken{Path(name).suffix}: ")
    assert "cannot be read as a spreadsheet" in str(caught.value)


def test_garbage_named_xlsx(tmp_path: Path) -> None:
    path = write(tmp_path, "noise.xlsx", bytes(range(256)) * 8)
    with pytest.raises(LoadError, match=r"noise\.xlsx: the file cannot be read as a"):
        load_table(path)


def test_text_named_xls_is_read_as_text(tmp_path: Path) -> None:
    dataset = load_text(tmp_path, "x\ty\n1\t2\n", "export.xls")
    assert dataset.columns == ("x", "y")
    assert "holds text, not a spreadsheet" in dataset.warnings[0]


# ----------------------------------------------------- threads, parts, progress


def mixed_table(rows: int) -> str:
    lines = ["id,x,y,label"]
    for i in range(rows):
        label = "" if i % 7 else f"p{i}"
        y = "" if i % 11 == 3 else f"{i * 0.25!r}"
        lines.append(f"{i},{i / 3!r},{y},{label}")
    return "\n".join(lines) + "\n"


def assert_same(left: Dataset, right: Dataset) -> None:
    pd.testing.assert_frame_equal(left.frame, right.frame)
    assert dict(left.non_numeric) == dict(right.non_numeric)
    assert left.warnings == right.warnings


def test_threads_and_parts_give_the_same_table(tmp_path: Path) -> None:
    path = write(tmp_path, "mixed.csv", mixed_table(500))
    reference = load_table(path)
    assert reference.numeric_columns == ("id", "x", "y")
    assert reference.non_numeric["label"] == "line 2 holds 'p0', which is not a number"
    parts = ReadOptions(rows_per_part=7)
    assert_same(load_table(path, options=parts), reference)
    threads = ReadOptions(parallel_min_bytes=1, chunk_bytes=200, workers=4)
    assert_same(load_table(path, options=threads), reference)


def test_threads_with_text_appearing_late(
    tmp_path: Path, parallel: ReadOptions
) -> None:
    content = "x,y\n" + "".join(f"{i},{i}\n" for i in range(40)) + "\n40,forty\n"
    dataset = load_text(tmp_path, content, options=parallel)
    assert dataset.non_numeric["y"] == "line 43 holds 'forty', which is not a number"
    # The whole column shows the file's text, also where a part held only numbers.
    assert dataset.frame["y"].iloc[:3].tolist() == ["0", "1", "2"]


def test_threads_with_quoted_line_breaks_fall_back(
    tmp_path: Path, parallel: ReadOptions
) -> None:
    content = "x,note\n" + "".join(f'{i},"a\n\nb, {i}"\n' for i in range(30))
    dataset = load_text(tmp_path, content, options=parallel)
    assert dataset.n_rows == 30
    assert dataset.frame["note"].iloc[29] == "a\n\nb, 29"


def test_threads_read_latin1(tmp_path: Path, parallel: ReadOptions) -> None:
    content = ("Température;y\n" + "1,5;2\n" * 30).encode("latin-1")
    dataset = load_table(write(tmp_path, "fr.csv", content), options=parallel)
    assert dataset.columns == ("Température", "y")
    assert column(dataset, "Température") == [1.5] * 30


def test_no_warnings_with_mixed_types(tmp_path: Path, small_parts: ReadOptions) -> None:
    """pandas warns about mixed types when it infers them chunk by chunk; not here."""
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        load_text(tmp_path, mixed_table(50), options=small_parts)
    assert caught == []


def big_file(folder: Path, megabytes: float) -> Path:
    row = "0.123456789,1.23456789,-2.3456789,3.456789e-05\n"
    count = int(megabytes * 2**20 / len(row))
    return write(folder, "big.csv", "a,b,c,d\n" + row * count)


def test_progress_rises_to_one_in_small_steps(tmp_path: Path) -> None:
    """Read block by block, the bar moves at least every megabyte and a half."""
    blocks = ReadOptions(whole_min_bytes=1 << 60)
    path = big_file(tmp_path, 3)
    seen: list[float] = []
    load_table(path, progress=seen.append, options=blocks)
    assert seen[-1] == 1.0
    assert seen == sorted(seen)
    assert all(0.0 <= value <= 1.0 for value in seen)
    steps = np.diff([0.0, *seen]) * path.stat().st_size
    assert steps.max() < 1.5 * 2**20


def test_progress_moves_while_pandas_reads_the_whole_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A whole-file read cannot report; the bar moves by an estimate meanwhile,
    never claims the end before the read is done, and then jumps to 1."""
    real_read_csv = pd.read_csv
    reading = threading.Event()

    def slow_read_csv(*args: object, **kwargs: object) -> object:
        reading.set()
        time.sleep(0.3)
        return real_read_csv(*args, **kwargs)

    monkeypatch.setattr(pd, "read_csv", slow_read_csv)
    # The estimate expects the read to take one second.
    path = big_file(tmp_path, 3)
    estimate = ReadOptions(assumed_bytes_per_second=path.stat().st_size)
    seen: list[float] = []
    load_table(path, progress=seen.append, options=estimate)
    assert reading.is_set()
    assert seen == sorted(seen)
    assert seen[-1] == 1.0
    before_end = [value for value in seen if value < 1.0]
    assert max(before_end) <= 0.99
    assert len({round(value, 3) for value in before_end}) >= 10  # it moved
    assert max(before_end) >= 0.2  # at least 0.3 s of the expected 1 s


def test_progress_on_threads(tmp_path: Path) -> None:
    threads = ReadOptions(parallel_min_bytes=1, chunk_bytes=256 * 1024, workers=2)
    seen: list[float] = []
    dataset = load_table(big_file(tmp_path, 3), progress=seen.append, options=threads)
    assert dataset.n_rows > 60_000
    assert seen[-1] == 1.0
    assert seen == sorted(seen)


def test_progress_and_cancel_for_spreadsheets() -> None:
    seen: list[float] = []
    load_table(FIXTURES / "headerless.ods", progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0
    with pytest.raises(LoadCancelled):
        load_table(FIXTURES / "headerless.ods", cancel=lambda: True)


def test_cancel_stops_within_a_read_block(tmp_path: Path) -> None:
    path = big_file(tmp_path, 4)
    seen: list[float] = []

    def cancel() -> bool:
        return len(seen) >= 3

    with pytest.raises(LoadCancelled):
        load_table(path, progress=seen.append, cancel=cancel)
    assert len(seen) == 3  # no block was reported after the one that cancelled
    assert seen[-1] < 0.5


def test_cancel_on_threads_stops_the_workers(tmp_path: Path) -> None:
    threads = ReadOptions(parallel_min_bytes=1, chunk_bytes=128 * 1024, workers=2)
    path = big_file(tmp_path, 4)
    before = threading.active_count()
    calls: list[int] = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(LoadCancelled):
        load_table(path, cancel=cancel, options=threads)
    # A whole-file read cancelled mid-way finishes alone, briefly.
    assert wait_for_abandoned_reads(timeout=30)
    assert threading.active_count() == before


def test_model_layer_imports_no_qt() -> None:
    code = (
        "import sys, linreg_gui.model.dataset, linreg_gui.model.io; "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))]; "
        "sys.exit(1 if bad else 0)"
    )
    subprocess.run(
        [sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[2]
    )


@pytest.fixture(autouse=True)
def _no_leftover_threads() -> Iterator[None]:
    """Every load joins the threads it starts, even when it fails."""
    before = threading.active_count()
    yield
    assert wait_for_abandoned_reads(timeout=30)  # cancelled reads end alone
    assert threading.active_count() == before


def _two_ways(path: Path) -> tuple[Dataset, Dataset]:
    """Load once through pandas' whole-file path and once block by block."""
    whole = load_table(path)
    blocks = load_table(path, options=ReadOptions(whole_min_bytes=1 << 60))
    return whole, blocks


def test_whole_file_reading_gives_the_same_table(tmp_path: Path) -> None:
    rng = np.random.default_rng(3)
    values = rng.normal(size=(120_000, 3))
    rows = [",".join(repr(float(v)) for v in row) for row in values]
    rows[-5] = "1.5,,2.5"  # a missing value
    rows[-3] = "word,2.0,3.0"  # a word far down a numeric column
    path = tmp_path / "large.csv"
    path.write_text("a,b,c\n" + "\n".join(rows) + "\n")
    assert path.stat().st_size > ReadOptions().whole_min_bytes
    whole, blocks = _two_ways(path)
    assert whole.columns == blocks.columns
    assert whole.numeric_columns == blocks.numeric_columns == ("b", "c")
    assert whole.non_numeric == blocks.non_numeric
    for name in ("b", "c"):
        np.testing.assert_array_equal(whole.values(name), blocks.values(name))
    assert whole.frame["a"].tolist() == blocks.frame["a"].tolist()


def test_whole_file_reading_names_the_ragged_line(tmp_path: Path) -> None:
    lines = [f"{i},{i * 2}" for i in range(150_000)]
    lines[123_456] = "1,2,3"
    path = tmp_path / "ragged.csv"
    path.write_text("x,y\n" + "\n".join(lines) + "\n")
    with pytest.raises(LoadError, match="line 123458"):
        load_table(path)


def test_nul_bytes_after_the_first_block_are_refused_with_where(tmp_path: Path) -> None:
    rows = "\n".join(f"{i},{2 * i + 1}" for i in range(20_000))
    text = ("x,y\n" + rows + "\n").encode()
    path = tmp_path / "cut.csv"
    path.write_bytes(text + b"\x00" * 2_000_000)
    with pytest.raises(LoadError, match=f"from byte {len(text):,} on"):
        load_table(path)


def test_column_loops_of_a_wide_file_call_the_check() -> None:
    """Classifying and joining 10⁴ columns is a tenth of a second of Python;
    the loader's check (where its thread gives way to the window, and where a
    cancel is noticed) is called every CHECK_EVERY columns."""
    from linreg_gui.model.io.columns import CHECK_EVERY, convert_part, merge_parts

    width = 2 * CHECK_EVERY + 10
    frame = pd.DataFrame({f"c{j}": np.arange(4.0) + j for j in range(width)})
    checks: list[int] = []
    part = convert_part(frame, ".", lambda: checks.append(1))
    assert len(checks) == 2
    merged = merge_parts([part], width, 1, lambda: checks.append(1))
    assert (
        len(checks) == 4 and len(merged) == width and merged[-1].values[0] == width - 1
    )

    def cancel() -> None:
        raise LoadCancelled("loading was cancelled")

    with pytest.raises(LoadCancelled):
        merge_parts([part], width, 1, cancel)


def _wide_csv(path: Path, values: np.ndarray, cell: str | None = None) -> Path:
    header = ",".join(f"c{j}" for j in range(values.shape[1]))
    rows = [",".join(repr(float(v)) for v in row) for row in values]
    if cell is not None:
        first = rows[3].split(",")
        first[5] = cell
        rows[3] = ",".join(first)
    path.write_text(header + "\n" + "\n".join(rows) + "\n")
    return path


def test_a_wide_file_of_plain_numbers_is_parsed_by_numpy_to_the_same_bits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pandas built its frame one column at a time (0.33 s of Python for 10⁴
    columns, no checkpoint); NumPy parses plain numbers into one block, in
    slices with the check between them, to the same bits."""
    from linreg_gui.model.io import columns as io_columns
    from linreg_gui.model.io import reader

    rng = np.random.default_rng(5)
    values = rng.normal(size=(60, 240)) * 10.0 ** rng.integers(-30, 30, (60, 240))
    path = _wide_csv(tmp_path / "wide.csv", values)
    monkeypatch.setattr(io_columns, "WIDE_FROM", 10**9)
    by_pandas = load_table(path)
    monkeypatch.undo()
    monkeypatch.setattr(reader, "WIDE_SLICE_BYTES", 1000)  # several slices

    def no_pandas(*args: object, **kwargs: object) -> None:
        raise AssertionError("pandas parsed a wide file of plain numbers")

    monkeypatch.setattr(pd, "read_csv", no_pandas)
    checks: list[int] = []
    fractions: list[float] = []
    by_numpy = load_table(
        path, progress=fractions.append, cancel=lambda: bool(checks.append(1))
    )
    assert len(set(fractions)) > 5 and fractions == sorted(fractions)  # it moves
    np.testing.assert_array_equal(by_numpy.frame.to_numpy(), values)
    pd.testing.assert_frame_equal(by_numpy.frame, by_pandas.frame, check_exact=True)
    assert len(checks) > 30  # a look between slices, and at every 250 columns
    with pytest.raises(LoadCancelled):
        load_table(path, cancel=lambda: len(checks) > 40 or bool(checks.append(1)))


@pytest.mark.parametrize("cell", ["", "NA", "nan", '"7"', " 7", "1,5e3"])
def test_a_wide_file_with_anything_but_plain_numbers_is_read_by_pandas(
    tmp_path: Path, cell: str
) -> None:
    """An empty cell, a word, a quote, a space or an extra delimiter: pandas reads
    the file, with its results and messages, as before."""
    from linreg_gui.model.io import columns as io_columns

    values = np.arange(40 * 220, dtype=float).reshape(40, 220)
    path = _wide_csv(tmp_path / "odd.csv", values, cell)
    try:
        result: object = load_table(path)
    except LoadError as error:
        result = str(error)
    reader_from = io_columns.WIDE_FROM
    try:
        io_columns.WIDE_FROM = 10**9
        try:
            expected: object = load_table(path)
        except LoadError as error:
            expected = str(error)
    finally:
        io_columns.WIDE_FROM = reader_from
    if isinstance(expected, str):
        assert result == expected
    else:
        assert isinstance(result, Dataset) and isinstance(expected, Dataset)
        pd.testing.assert_frame_equal(result.frame, expected.frame, check_exact=True)
        assert result.non_numeric == expected.non_numeric
