"""The bundled examples load, match their recipes and sources, and teach what
their descriptions promise; the line generator is fast, seeded and strict."""

from __future__ import annotations

import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import numpy as np
import pytest

from linreg_gui.model.dataset import Dataset
from linreg_gui.model.design import MAX_DEGREE, DesignSpec
from linreg_gui.model.examples import (
    DEFAULT_EXAMPLE,
    EXAMPLES,
    MAX_GENERATED_ROWS,
    Example,
    generate_linear,
    get_example,
    load_example,
)
from linreg_gui.model.fitting import FitResult, FitSettings, fit, prepare

DATA = Path(__file__).parents[1] / "data"
ASSETS = files("linreg_gui") / "assets" / "examples"


def _fit(dataset: Dataset, example: Example) -> FitResult:
    names = (*example.x, example.y)
    columns = {name: dataset.values(name) for name in names}
    spec = DesignSpec(example.x, example.y, example.degree)
    return fit(prepare(columns, spec), FitSettings(method="ols"))


def _nist_data(name: str) -> np.ndarray:
    """The data block of a NIST StRD file (from line 61; first column is y)."""
    lines = (DATA / f"{name}.dat").read_text().splitlines()[60:]
    return np.array(
        [[float(v) for v in line.split()] for line in lines if line.strip()]
    )


# -- the catalogue -------------------------------------------------------------------


def test_keys_and_titles_are_unique() -> None:
    keys = [e.key for e in EXAMPLES]
    titles = [e.title for e in EXAMPLES]
    assert len(set(keys)) == len(keys)
    assert len(set(titles)) == len(titles)


def test_default_example_is_the_textbook_line_and_comes_first() -> None:
    assert DEFAULT_EXAMPLE == "textbook_line"
    assert EXAMPLES[0].key == DEFAULT_EXAMPLE


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.key)
def test_every_example_loads_with_numeric_x_and_y(example: Example) -> None:
    dataset = load_example(example.key)
    assert dataset.name == example.title
    assert dataset.description == example.description
    assert dataset.n_rows >= 11
    assert not dataset.warnings
    for column in (*example.x, example.y):
        assert column in dataset.numeric_columns
        assert not np.isnan(dataset.values(column)).any()
    assert example.y not in example.x
    assert 1 <= example.degree <= MAX_DEGREE
    assert example.degree == 1 or len(example.x) == 1
    result = _fit(dataset, example)
    assert np.isfinite(result.params).all()


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.key)
def test_descriptions_are_one_line_and_sources_are_given(example: Example) -> None:
    for text in (example.title, example.description, example.source, example.licence):
        assert text.strip()
        assert "\n" not in text
    assert len(example.description) <= 140


def test_sources_md_mentions_every_file_and_every_file_is_used() -> None:
    sources = ASSETS.joinpath("SOURCES.md").read_text(encoding="utf-8")
    used = {e.filename for e in EXAMPLES}
    shipped = {item.name for item in ASSETS.iterdir() if item.name.endswith(".csv")}
    assert used == shipped
    for name in shipped:
        assert f"`{name}`" in sources
    assert sources.count("Licence") >= 1


def test_unknown_key_names_the_valid_ones() -> None:
    with pytest.raises(KeyError, match="textbook_line"):
        load_example("no_such_example")
    assert get_example("filip").degree == 10


def test_examples_module_loads_no_qt() -> None:
    code = (
        "import sys, linreg_gui.model.examples; "
        "print(any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"


# -- the tutorials' recipes ----------------------------------------------------------


def test_textbook_line_reproduces_the_books_numbers() -> None:
    dataset = load_example("textbook_line")
    rng = np.random.RandomState(42)  # the legacy generator np.random.seed uses
    X = 2 * rng.rand(100, 1)
    y = 4 + 3 * X + rng.randn(100, 1)
    np.testing.assert_array_equal(dataset.values("x"), X[:, 0])
    np.testing.assert_array_equal(dataset.values("y"), y[:, 0])
    result = _fit(dataset, get_example("textbook_line"))
    assert round(result.intercept, 4) == 4.2151
    assert round(float(result.coef[0]), 4) == 2.7701


def test_noisy_line_reproduces_its_recipe_exactly() -> None:
    dataset = load_example("noisy_line")
    rng = np.random.RandomState(43)
    x = np.linspace(0, 100, 400)
    y = 3.5 * x + 10 + rng.normal(0, 25, 400)
    np.testing.assert_array_equal(dataset.values("x"), x)
    np.testing.assert_array_equal(dataset.values("y"), y)
    result = _fit(dataset, get_example("noisy_line"))
    assert result.coef[0] == pytest.approx(3.5, abs=0.2)


def test_quadratic_reproduces_its_recipe_and_needs_degree_two() -> None:
    example = get_example("quadratic")
    dataset = load_example(example.key)
    rng = np.random.RandomState(42)
    X = 6 * rng.rand(100, 1) - 3
    y = 0.5 * X**2 + X + 2 + rng.randn(100, 1)
    np.testing.assert_array_equal(dataset.values("x"), X[:, 0])
    np.testing.assert_array_equal(dataset.values("y"), y[:, 0])
    assert example.degree == 2
    result = _fit(dataset, example)
    np.testing.assert_allclose(result.params, [2, 1, 0.5], atol=0.3)


# -- real data -----------------------------------------------------------------------


def test_diabetes_has_all_ten_raw_features_and_the_target() -> None:
    dataset = load_example("diabetes_bmi")
    assert dataset.columns == (
        "age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6", "progression"
    )  # fmt: skip
    assert dataset.n_rows == 442
    assert set(np.unique(dataset.values("sex"))) == {1.0, 2.0}  # raw, not scaled
    assert dataset.values("bmi").min() == pytest.approx(18.0)
    assert dataset.values("bmi").max() == pytest.approx(42.2)
    assert dataset.values("progression").mean() == pytest.approx(152.133, abs=1e-3)
    assert dataset.values("age")[0] == 59
    assert dataset.values("progression")[0] == 151


def test_anscombe_sets_share_their_summary_statistics() -> None:
    dataset = load_example("anscombe_1")
    fits = []
    for k in range(1, 5):
        example = get_example(f"anscombe_{k}")
        x, y = dataset.values(f"x{k}"), dataset.values(f"y{k}")
        assert x.mean() == pytest.approx(9.0)
        assert x.var(ddof=1) == pytest.approx(11.0)
        assert y.mean() == pytest.approx(7.50, abs=0.005)
        assert y.var(ddof=1) == pytest.approx(4.125, abs=0.005)
        assert np.corrcoef(x, y)[0, 1] == pytest.approx(0.816, abs=0.001)
        fits.append(_fit(dataset, example))
    for result in fits:
        assert result.intercept == pytest.approx(3.00, abs=0.005)
        assert result.coef[0] == pytest.approx(0.500, abs=0.001)
        assert result.train.r2 == pytest.approx(0.67, abs=0.005)


@pytest.mark.parametrize(
    ("key", "name", "y_column"),
    [
        ("longley", "Longley", "Employed"),
        ("norris", "Norris", "y"),
        ("filip", "Filip", "y"),
    ],
)
def test_nist_examples_hold_the_nist_values_exactly(
    key: str, name: str, y_column: str
) -> None:
    example = get_example(key)
    dataset = load_example(key)
    data = _nist_data(name)
    assert dataset.n_rows == data.shape[0]
    np.testing.assert_array_equal(dataset.values(y_column), data[:, 0])
    x_columns = [c for c in dataset.columns if c != y_column]
    for j, column in enumerate(x_columns, start=1):
        np.testing.assert_array_equal(dataset.values(column), data[:, j])
    assert example.x == tuple(x_columns)


def test_longley_fit_matches_the_certified_coefficients() -> None:
    result = _fit(load_example("longley"), get_example("longley"))
    certified = [
        -3482258.63459582,
        15.0618722713733,
        -0.358191792925910e-01,
        -2.02022980381683,
        -1.03322686717359,
        -0.511041056535807e-01,
        1829.15146461355,
    ]
    np.testing.assert_allclose(result.params, certified, rtol=1e-7)


# -- the generator -------------------------------------------------------------------


def test_generate_linear_shape_columns_and_range() -> None:
    dataset = generate_linear(500, slope=-2.0, intercept=1.0, noise=0.5, seed=1)
    assert dataset.columns == ("x", "y")
    assert dataset.n_rows == 500
    x = dataset.values("x")
    assert x.min() >= 0.0
    assert x.max() < 2.0
    assert "seed 1" in dataset.description


def test_generate_linear_is_reproducible_by_seed() -> None:
    a = generate_linear(100, 3.0, 4.0, 1.0, seed=7)
    b = generate_linear(100, 3.0, 4.0, 1.0, seed=7)
    c = generate_linear(100, 3.0, 4.0, 1.0, seed=8)
    np.testing.assert_array_equal(a.values("y"), b.values("y"))
    assert not np.array_equal(a.values("y"), c.values("y"))
    d = generate_linear(100, 3.0, 4.0, 1.0, seed=None)
    e = generate_linear(100, 3.0, 4.0, 1.0, seed=None)
    assert not np.array_equal(d.values("x"), e.values("x"))


def test_generate_linear_without_noise_lies_on_the_line() -> None:
    dataset = generate_linear(
        50, slope=2.5, intercept=-1.0, noise=0.0, seed=3, x_low=-5, x_high=5
    )
    x = dataset.values("x")
    assert x.min() >= -5
    assert x.max() < 5
    np.testing.assert_allclose(dataset.values("y"), -1.0 + 2.5 * x, rtol=0, atol=1e-12)


def test_generate_linear_recovers_the_line() -> None:
    dataset = generate_linear(10_000, slope=3.0, intercept=4.0, noise=1.0, seed=0)
    example = Example(
        key="g", title="g", description="g", filename="", x=("x",), y="y",
        source="", licence="",
    )  # fmt: skip
    result = _fit(dataset, example)
    np.testing.assert_allclose(result.params, [4.0, 3.0], atol=0.06)


def test_generate_a_million_rows() -> None:
    # How long it takes: benchmarks/responsiveness_bench.py (generate).
    dataset = generate_linear(MAX_GENERATED_ROWS, 3.0, 4.0, 1.0, seed=0)
    assert dataset.n_rows == 1_000_000


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"n": 1}, "between 2 and 1,000,000"),
        ({"n": 1_000_001}, "between 2 and 1,000,000"),
        ({"n": 2.5}, "whole number"),
        ({"n": True}, "whole number"),
        ({"noise": -1.0}, "noise standard deviation must be 0 or more"),
        ({"slope": float("nan")}, "slope must be a finite number"),
        ({"intercept": float("inf")}, "intercept must be a finite number"),
        ({"x_low": 2.0, "x_high": 2.0}, "x range must run from low to high"),
        ({"x_low": 3.0, "x_high": 1.0}, "x range must run from low to high"),
        ({"seed": -1}, "seed must be a whole number"),
        ({"seed": 1.5}, "seed must be a whole number"),
    ],
)
def test_generate_linear_rejects_bad_arguments(
    kwargs: dict[str, object], message: str
) -> None:
    arguments: dict[str, object] = {
        "n": 10,
        "slope": 1.0,
        "intercept": 0.0,
        "noise": 1.0,
        "seed": 0,
    }
    arguments.update(kwargs)
    with pytest.raises(ValueError, match=message):
        generate_linear(**arguments)  # type: ignore[arg-type]


def test_classic_generator_reproduces_the_tutorial_bit_for_bit() -> None:
    dataset = generate_linear(100, 3.0, 4.0, 1.0, 42, 0.0, 2.0, "classic")
    np.random.seed(42)  # noqa: NPY002  (the tutorial's own code, as it is written)
    x = 2 * np.random.rand(100, 1)  # noqa: NPY002
    y = 4 + 3 * x + np.random.randn(100, 1)  # noqa: NPY002
    np.testing.assert_array_equal(dataset.values("x"), x[:, 0])
    np.testing.assert_array_equal(dataset.values("y"), y[:, 0])
    assert "np.random.seed(42)" in dataset.description
    with pytest.raises(ValueError, match="generator must be one of"):
        generate_linear(10, 1.0, 0.0, 1.0, 0, generator="mersenne")
