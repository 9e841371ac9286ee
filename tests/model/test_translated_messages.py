"""The model's messages go through the window's translator and number formatter,
and the command line, which installs neither, prints the same English as ever."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from linreg_gui.cli import main
from linreg_gui.model import text
from linreg_gui.model.dataset import Dataset
from linreg_gui.model.design import DesignSpec
from linreg_gui.model.errors import DivergenceError, LoadError
from linreg_gui.model.fitting import (
    FitSettings,
    fit,
    method_title,
    prepare_dataset,
)
from linreg_gui.model.io import load_table

EXAMPLE = Path(__file__).resolve().parents[2] / (
    "linreg_gui/assets/examples/textbook_line.csv"
)


def _fake_translate(
    context: str, source: str, disambiguation: str | None, n: int
) -> str:
    del disambiguation, n
    return f"<{context}>{source}"


def _fake_number(value: float, spec: str) -> str:
    return "#" + format(value, spec).replace(".", ",") + "#"


@pytest.fixture
def translator() -> Iterator[None]:
    text.install(_fake_translate, _fake_number, "de")
    yield
    text.uninstall()


def test_a_bad_file_load_is_translated(tmp_path: Path, translator: None) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(LoadError) as caught:
        load_table(empty)
    assert str(caught.value) == "<Errors>empty.csv: <Loading>the file is empty"


def test_a_bad_cell_names_its_line_in_the_language(
    tmp_path: Path, translator: None
) -> None:
    path = tmp_path / "inf.csv"
    path.write_text("x,y\n1,2\n2,inf\n", encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        load_table(path)
    message = str(caught.value)
    assert "<Errors>line 3" in message and "<Errors>column 'y'" in message
    assert "<Loading>'inf' is not a finite number" in message


def test_a_diverging_run_is_translated_with_its_numbers(translator: None) -> None:
    dataset = load_table(EXAMPLE)
    problem = prepare_dataset(dataset, DesignSpec(("x",), "y"))
    with pytest.raises(DivergenceError) as caught:
        fit(problem, FitSettings(method="gd", learning_rate=5.0, max_iter=50))
    message = str(caught.value)
    assert message.startswith("<GradientDescent>Gradient descent diverged at iteration")
    assert "#50,01#" in message  # the loss at the start, through the formatter
    assert "#0,4843#" in message  # the stable limit
    assert "." not in message.split("#")[1]


def test_a_collinear_design_warns_in_the_language(translator: None) -> None:
    x = np.arange(10.0)
    dataset = Dataset.from_arrays(
        "collinear", {"a": x, "b": 2 * x, "y": 3 * x + np.sin(x)}
    )
    problem = prepare_dataset(dataset, DesignSpec(("a", "b"), "y"))
    result = fit(problem, FitSettings(method="ols"))
    assert any(w.startswith("<Solvers>The design has rank") for w in result.warnings)


def test_method_titles_are_shown_translated(translator: None) -> None:
    assert method_title("gd") == "<Fitting>Batch gradient descent"
    assert method_title("unknown") == "<Fitting>unknown"


FIT_OUTPUT = """\
Data:    textbook_line.csv: 100 rows used
Model:   y ~ x
Method:  Batch gradient descent (η = 0.01; 50 iterations, not converged)

Coefficients:
                Estimate
(Intercept)  2.985407779
x              3.0679272

Multiple R-squared: 0.502417,  Adjusted R-squared: 0.497339
MSE: 1.73948   RMSE: 1.31889   MAE: 1.07495

Stopped:   iteration limit, after 50 iterations
Gap:       0.29 from the least-squares answer (loss 1.2 above its minimum)
Converged: no (needs every coefficient and the loss within 1e-06 of least squares, \
relative)

Warnings:
  - Stopped at the iteration limit after 50 iterations, 0.29 from the \
least-squares answer (loss 1.2 above its minimum), outside the tolerance 1e-06. \
The learning rate 0.01 is far below the stable limit 0.484: a larger one \
converges faster.
"""

DIVERGED_OUTPUT = (
    "linreg: Gradient descent diverged at iteration 2: the loss grew from 50.01 at "
    "the start to 7.291e+06. The learning rate 5 is above the largest stable rate "
    "for batch descent on this data, 0.4843 (= 1/λmax of XᵀX/N). Use a learning "
    "rate below 0.4843, or standardise the features.\n"
)


def test_the_command_line_prints_the_same_english(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Without a translator (as on the command line) nothing changed: the same
    bytes as before the texts went through translate()."""
    text.install(_fake_translate, _fake_number, "de")
    text.uninstall()
    args = ["fit", str(EXAMPLE), "--method", "gd", "--iters", "50"]
    assert main([*args, "--lr", "0.01"]) == 0
    assert capsys.readouterr().out == FIT_OUTPUT
    assert main([*args, "--lr", "5"]) == 2
    assert capsys.readouterr().err == DIVERGED_OUTPUT
