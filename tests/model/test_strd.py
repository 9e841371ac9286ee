"""NIST StRD .dat files load as published: `linreg fit Filip.dat` works."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from linreg_gui.model.errors import LoadError
from linreg_gui.model.io import load_table
from tests.nist import DATA, MODELS, lre, read


@pytest.mark.parametrize("name", sorted(MODELS))
def test_every_strd_file_loads_with_the_response_last(name: str) -> None:
    certified = read(name)
    dataset = load_table(DATA / f"{name}.dat")
    assert dataset.columns[-1] == "y"
    np.testing.assert_array_equal(dataset.values("y"), certified.y)
    for j, column in enumerate(dataset.columns[:-1]):
        np.testing.assert_array_equal(dataset.values(column), certified.X[:, j])
    assert "NIST StRD" in dataset.description


def test_the_command_line_fits_filip_dat_to_the_certified_values() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "linreg_gui", "fit", str(DATA / "Filip.dat"),
         "--degree", "10", "--json"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    estimates = [c["estimate"] for c in json.loads(out)["coefficients"]]
    digits = [
        lre(e, c) for e, c in zip(estimates, read("Filip").estimates, strict=True)
    ]
    assert min(digits) >= 7


def _strd(tmp_path: Path, body: str) -> Path:
    text = (DATA / "Norris.dat").read_text().splitlines()
    path = tmp_path / "broken.dat"
    path.write_text("\n".join(text[:59] + body.splitlines()) + "\n")
    return path


def test_a_broken_strd_file_names_the_line(tmp_path: Path) -> None:
    path = _strd(tmp_path, "Data:  y  x\n0.1 0.2\n338.8 abc\n")
    with pytest.raises(LoadError, match="line 62 holds something that is not a num"):
        load_table(path)
    path = _strd(tmp_path, "Data:  y  x\n0.1 0.2 0.3\n")
    with pytest.raises(LoadError, match="line 61 has 3 values"):
        load_table(path)
    path = _strd(tmp_path, "Data:  y  x\n0.1 0.2\n")
    with pytest.raises(LoadError, match="promises lines 61 to 96"):
        load_table(path)
