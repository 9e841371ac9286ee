"""Numbers as people type them: currency and per cent signs, thousands
separators and markers of a missing value are read, with a warning that says
how; anything else that is not a number keeps the column as text."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from linreg_gui.model.io import load_table


def load(tmp_path: Path, text: str, name: str = "data.csv"):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_table(path)


@pytest.mark.parametrize(
    ("text", "expected", "said"),
    [
        (
            'x,price\n1,$1.50\n2,$2.75\n3,"$1,234.00"\n4,-\n',
            [1.5, 2.75, 1234.0, np.nan],
            [
                "'$1.50' without its currency sign",
                "'-' as a missing value",
                "'$1,234.00' without its thousands",
            ],
        ),
        (
            "x,rate\n1,10%\n2,12.5%\n3,\n4,15 %\n",
            [10.0, 12.5, np.nan, 15.0],
            ["'10%' as a number in per cent"],
        ),
        (
            'x,pop\n1,"1,234,567"\n2,"2,000"\n3,999\n4,?\n',
            [1234567.0, 2000.0, 999.0, np.nan],
            ["'?' as a missing value"],
        ),
        (
            "x;y\n1;1.234,5\n2;2,25\n3;€ 3.000,75\n4;n/a\n",
            [1234.5, 2.25, 3000.75, np.nan],
            ["'1.234,5' without its thousands"],
        ),
        (
            "x,y\n1,1 234\n2,5 678.5\n3,NULL\n4,12\n",
            [1234.0, 5678.5, np.nan, 12.0],
            ["'1 234' without its thousands"],
        ),
    ],
)
def test_typed_numbers_are_read_and_the_warning_says_how(
    tmp_path: Path, text: str, expected: list[float], said: list[str]
) -> None:
    data = load(tmp_path, text)
    name = data.frame.columns[1]
    assert name not in data.non_numeric
    np.testing.assert_array_equal(data.frame[name].to_numpy(), expected)
    warning = next(w for w in data.warnings if f"column {name!r}" in w)
    for part in said:
        assert part in warning


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        ("abc", "'abc'"),
        ("2024-01-02", "'2024-01-02'"),
        ("$1.50abc", "'$1.50abc'"),
        ("1,23,4", "'1,23,4'"),  # not groups of three
        ("12%%", "'12%%'"),
    ],
)
def test_anything_else_keeps_the_column_as_text_naming_the_cell(
    tmp_path: Path, cell: str, reason: str
) -> None:
    data = load(tmp_path, f'x,y\n1,"{cell}"\n2,$3\n3,4%\n4,5\n')
    assert reason in data.non_numeric["y"]
    assert not any("read as typed" in w for w in data.warnings)


def test_a_large_file_read_in_parts_is_read_as_typed_in_every_part(
    tmp_path: Path,
) -> None:
    """Over a megabyte the reader hands pandas blocks of rows: a column typed
    with currency signs in some blocks and plain numbers in others is one column
    of numbers."""
    rows = ["x,price"]
    for i in range(120_000):
        rows.append(f"{i},{i * 0.5}" if i < 60_000 else f'{i},"${i:,}.25"')
    path = tmp_path / "big.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert path.stat().st_size > 1_000_000
    data = load_table(path)
    price = data.frame["price"].to_numpy()
    assert price[10] == 5.0 and price[100_000] == 100_000.25
    assert any("column 'price' was read as typed" in w for w in data.warnings)
