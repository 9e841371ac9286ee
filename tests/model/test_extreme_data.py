"""Degenerate and extreme data: honest statistics, or a message that names the problem.

Each test here failed before its fix: constant y printed ``F-statistic: Inf`` with
``p < 2e-16``; a perfect fit claimed t ≈ 1e16; x and y of 1e160 lost the slope to a
false "rank 0"; y of 1e-160 gave SE(slope) 1.4e-6 for 0.0218; x of 1e300 raised
``OverflowError``, ``ZeroDivisionError`` or LAPACK's ``DLASCL`` complaints; lasso
out of sweeps reported ``converged: null``.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

from linreg_gui.cli import main
from linreg_gui.model.compare import compare_methods
from linreg_gui.model.design import DesignSpec, Scaling, build_design
from linreg_gui.model.errors import FitError
from linreg_gui.model.fitting import FitResult, FitSettings, fit, prepare
from linreg_gui.model.report import comparison_text
from linreg_gui.model.solvers import OLS, Lasso, NormalEquation, NumpyLstsq, Polyfit
from linreg_gui.model.stats import weighted_sum_of_squares

PERFECT = "essentially perfect fit: inference is not meaningful"


def write_csv(path: Path, x: np.ndarray, y: np.ndarray) -> Path:
    rows = "\n".join(f"{float(a)!r},{float(b)!r}" for a, b in zip(x, y, strict=True))
    path.write_text("x,y\n" + rows + "\n")
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def ols(x: np.ndarray, y: np.ndarray, **spec: object) -> FitResult:
    return fit(
        prepare({"x": x, "y": y}, DesignSpec(("x",), "y", **spec)), FitSettings()
    )  # type: ignore[arg-type]


# -- constant y and perfect fits ---------------------------------------------------


def test_constant_y_claims_no_significance(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    x, y = np.arange(1.0, 5.0), np.full(4, 5.0)
    result = ols(x, y)
    inference = result.inference
    assert inference is not None
    assert math.isnan(inference.f_statistic) and math.isnan(inference.f_p_value)  # type: ignore[arg-type]
    assert all(
        math.isnan(c.t_value) and math.isnan(c.p_value) for c in inference.coefficients
    )  # type: ignore[arg-type]
    assert math.isnan(result.train.r2)
    assert any("y is constant" in w and "undefined" in w for w in result.warnings)
    path = write_csv(tmp_path / "constant.csv", x, y)
    status, text, _ = run(capsys, "fit", str(path))
    assert status == 0
    assert "F-statistic: NA" in text and "p-value: NA" in text
    assert "Inf" not in text and "2e-16" not in text and "*" not in text.split("---")[0]
    status, out, _ = run(capsys, "fit", str(path), "--json")
    data = json.loads(out)
    assert data["f_statistic"] is None and data["f_p_value"] is None
    assert all(
        c["p_value"] is None and c["t_value"] is None for c in data["coefficients"]
    )
    assert any("y is constant" in w for w in data["warnings"])


def test_perfect_fit_warns_as_r_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    x = np.arange(1.0, 6.0)
    result = ols(x, 1 + 2 * x)
    assert any(PERFECT in w.lower() for w in result.warnings)
    inference = result.inference
    assert inference is not None and math.isnan(inference.f_statistic)  # type: ignore[arg-type]
    assert all(math.isnan(c.t_value) for c in inference.coefficients)  # type: ignore[arg-type]
    assert result.train.r2 == 1.0
    path = write_csv(tmp_path / "perfect.csv", x, 1 + 2 * x)
    status, text, _ = run(capsys, "fit", str(path))
    assert status == 0 and PERFECT in text.lower()
    table = text.split("---")[0]
    assert "< 2e-16" not in text and "***" not in table  # no t ≈ 1e16, F ≈ 1e32


def test_a_tight_but_real_fit_is_not_called_perfect() -> None:
    x = np.arange(1.0, 21.0)
    noise = np.random.default_rng(0).normal(size=20) * 1e-11
    result = ols(x, (1 + 2 * x) * (1 + noise))
    assert not any(PERFECT in w.lower() for w in result.warnings)
    assert result.inference is not None
    assert result.inference.coefficients[1].p_value < 1e-100  # type: ignore[operator]


# -- magnitudes ------------------------------------------------------------------

BASE_X = np.arange(1.0, 21.0)
BASE_Y = 2 + 0.5 * BASE_X + np.random.default_rng(0).normal(size=20)


@pytest.mark.parametrize(
    ("x_factor", "y_factor"),
    [
        (1e160, 1e160),
        (1e-170, 1.0),
        (1.0, 1e-160),
        (1e300, 1e300),
        (1e-300, 1e-300),
        (1e300, 1.0),
    ],
)
def test_any_finite_magnitude_fits_like_the_unscaled_data(
    x_factor: float, y_factor: float
) -> None:
    base = ols(BASE_X, BASE_Y)
    scaled = ols(BASE_X * x_factor, BASE_Y * y_factor)
    assert scaled.rank == 1
    squares_fit = abs(math.log10(base.train.mse) + 2 * math.log10(y_factor)) < 300
    assert scaled.warnings == () if squares_fit else len(scaled.warnings) == 1
    if not squares_fit:  # the MSE of y ~ 1e160 is ~1e320: say so, point to RMSE
        assert "MSE" in scaled.warnings[0] and "read the RMSE" in scaled.warnings[0]
    slope_unit = y_factor / x_factor
    for a, b, unit in zip(
        base.coefficients, scaled.coefficients, (y_factor, slope_unit), strict=True
    ):
        assert b.estimate == pytest.approx(a.estimate * unit, rel=1e-12)
        assert b.std_error == pytest.approx(a.std_error * unit, rel=1e-12)  # type: ignore[operator]
        assert b.t_value == pytest.approx(a.t_value, rel=1e-12)
        assert b.p_value == pytest.approx(a.p_value, rel=1e-9)
    assert scaled.train.r2 == pytest.approx(base.train.r2, rel=1e-14)
    assert scaled.train.rmse == pytest.approx(base.train.rmse * y_factor, rel=1e-12)
    assert scaled.train.mae == pytest.approx(base.train.mae * y_factor, rel=1e-12)
    assert scaled.inference is not None and base.inference is not None
    assert scaled.inference.f_statistic == pytest.approx(
        base.inference.f_statistic, rel=1e-12
    )


def test_cli_fits_y_of_1e_minus_160_with_the_right_standard_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The issue's case: SE(slope) came out 1.4e-6 against an exact 0.0218."""
    x = BASE_X * 1e-160
    path = write_csv(tmp_path / "tiny.csv", x, BASE_Y * 1e-160)
    status, out, _ = run(capsys, "fit", str(path), "--json")
    assert status == 0
    slope = json.loads(out)["coefficients"][1]
    base = ols(BASE_X, BASE_Y).coefficients[1]
    assert slope["std_error"] == pytest.approx(base.std_error, rel=1e-12)
    assert slope["estimate"] == pytest.approx(base.estimate, rel=1e-12)


def test_sums_of_squares_neither_overflow_nor_underflow() -> None:
    values = np.array([3.0, 4.0])
    for scale in (1e200, 1e-200, 1e-160):
        assert weighted_sum_of_squares(values * scale, None) == pytest.approx(
            25 * scale * scale, rel=1e-15
        )
    assert weighted_sum_of_squares(values * 1e300, None) == math.inf  # truly beyond


def test_scaling_is_exact_and_round_trips() -> None:
    columns = {"x": BASE_X * 1e300, "y": BASE_Y * 1e-160}
    design, _ = build_design(columns, DesignSpec(("x",), "y", 3))
    scaling = Scaling.of(design)
    scaled = scaling.apply(design)
    assert 0.5 <= np.max(np.abs(scaled.X[:, 0])) < 1
    assert np.isfinite(scaled.X).all() and not np.isfinite(design.X).all()
    assert np.array_equal(np.ldexp(scaled.y, scaling.y), design.y)
    assert np.array_equal(np.ldexp(scaled.X[:, 0], scaling.x[0]), design.X[:, 0])
    line, _ = build_design(
        {"x": BASE_X * 1e100, "y": BASE_Y * 1e-100}, DesignSpec(("x",), "y")
    )
    scaling = Scaling.of(line)
    params = np.array([2.5e-100, 0.5e-200])
    scaled_params = scaling.coefficients_from_user(params)
    assert np.all((np.abs(scaled_params) > 1e-3) & (np.abs(scaled_params) < 1e3))
    assert np.array_equal(scaling.coefficients_to_user(scaled_params), params)


# -- the four-row files of the robustness issue ------------------------------------

ROWS_Y = np.array([1.0, 2.0, 3.5, 4.0])


@pytest.mark.parametrize("factor", [1e300, 1e-300])
def test_four_rows_near_the_float64_limits(factor: float) -> None:
    x = np.arange(1.0, 5.0) * factor
    result = ols(x, ROWS_Y)
    assert result.coefficients[1].estimate == pytest.approx(1.05 / factor, rel=1e-12)
    assert not any("linear combination" in w for w in result.warnings)
    assert result.train.r2 == pytest.approx(0.96923076923077, rel=1e-12)
    through_origin = ols(x, ROWS_Y, intercept=False)
    assert through_origin.coefficients[0].estimate == pytest.approx(
        (1 + 4 + 10.5 + 16) / 30 / factor, rel=1e-12
    )
    design, _ = build_design({"x": x, "y": ROWS_Y}, DesignSpec(("x",), "y"))
    basis = design.standardized_basis()  # --scale said "every value is the same"
    assert np.std(basis.matrix[:, 0]) == pytest.approx(1.0)
    assert np.isfinite(basis.to_user).all()
    for settings in (
        FitSettings(method="lasso", alpha=0.01),
        FitSettings(method="lasso", alpha=0.01, standardize=True),
        FitSettings(method="ridge", alpha=0.01, standardize=True),
    ):
        penalised = fit(
            prepare({"x": x, "y": ROWS_Y}, DesignSpec(("x",), "y")), settings
        )
        assert np.isfinite(penalised.params).all()  # lasso gave NaN
        assert np.isfinite(penalised.train.r2)


def test_degree_two_with_x_of_1e300_is_fitted() -> None:
    """``_polynomial_map`` raised OverflowError here."""
    x = np.arange(1.0, 5.0) * 1e300
    result = ols(x, ROWS_Y, degree=2)
    reference = ols(np.arange(1.0, 5.0), ROWS_Y, degree=2)
    assert result.train.r2 == pytest.approx(reference.train.r2, rel=1e-12)
    assert result.coefficients[1].estimate == pytest.approx(
        reference.coefficients[1].estimate / 1e300, rel=1e-10
    )
    assert any("x^2" in w and "below float64" in w for w in result.warnings)


def test_degree_two_with_x_of_1e_minus_300_names_the_coefficient() -> None:
    """``_polynomial_map`` raised ZeroDivisionError here; the x² coefficient is
    about 1e600 and cannot be written in float64."""
    x = np.arange(1.0, 5.0) * 1e-300
    with pytest.raises(FitError, match=r"'x\^2' is about 1e(599|600), beyond float64"):
        ols(x, ROWS_Y, degree=2)


@pytest.mark.parametrize("estimator", [NormalEquation, NumpyLstsq, Polyfit])
@pytest.mark.parametrize(
    ("factor", "degree"), [(1e300, 1), (1e-300, 1), (1e300, 2), (1e-300, 2)]
)
def test_textbook_recipes_say_what_overflows(
    estimator: type, factor: float, degree: int, capfd: pytest.CaptureFixture[str]
) -> None:
    design, _ = build_design(
        {"x": np.arange(1.0, 5.0) * factor, "y": ROWS_Y},
        DesignSpec(("x",), "y", degree),
    )
    message = ""
    try:
        estimator().fit(design)  # lstsq answers a line with a rank warning
    except FitError as error:
        message = str(error)
    assert message == "" or "float64" in message
    assert estimator is NumpyLstsq or message
    out, err = capfd.readouterr()
    assert "DLASCL" not in out + err  # LAPACK was never handed inf or nan


@pytest.mark.parametrize("factor", ["1e300", "1e-300"])
@pytest.mark.parametrize(
    "options", [(), ("--degree", "2"), ("--degree", "3"), ("--no-intercept",)]
)
@pytest.mark.parametrize("command", ["fit", "compare"])
def test_cli_never_fails_internally_near_the_limits(
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
    factor: str,
    options: tuple[str, ...],
    command: str,
) -> None:
    path = tmp_path / "limits.csv"
    path.write_text(
        f"x,y\n1{factor[1:]},1\n2{factor[1:]},2\n3{factor[1:]},3.5\n4{factor[1:]},4\n"
    )
    status = main([command, str(path), *options])
    out, err = capfd.readouterr()
    assert status in (0, 2), err
    assert "internal error" not in err and "Traceback" not in err
    assert "DLASCL" not in out + err
    if status == 2:
        assert err.count("\n") == 1 and "float64" in err


def test_compare_survives_a_reference_without_finite_coefficients() -> None:
    """``min() arg is an empty sequence`` when no OLS coefficient was finite."""
    x = np.arange(1.0, 5.0) * 1e160
    problem = prepare(
        {"x": x, "y": ROWS_Y * 1e160}, DesignSpec(("x",), "y", intercept=False)
    )
    comparison = compare_methods(problem)
    by_method = {o.method: o for o in comparison.outcomes}
    assert by_method["ols"].params is not None
    assert np.isfinite(by_method["ols"].params).all()
    assert "NA" not in comparison_text("x", problem, comparison).split("digits")[0]


FILIP = Path(__file__).parents[2] / "linreg_gui" / "assets" / "examples" / "filip.csv"


def test_lasso_out_of_sweeps_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    """Raw powers of Filip's x are too collinear for 10,000 sweeps."""
    status, out, _ = run(
        capsys, "fit", str(FILIP), "--degree", "10", "--method", "lasso",
        "--alpha", "1e-6", "--json",
    )  # fmt: skip
    assert status == 0
    data = json.loads(out)
    assert data["converged"] is False and data["iterations"] == 10_000
    (note,) = [w for w in data["warnings"] if "did not converge" in w]
    assert "limit of 10000 sweeps" in note and "tolerance is 1e-08" in note
    status, text, _ = run(
        capsys, "fit", str(FILIP), "--degree", "10", "--method", "lasso",
        "--alpha", "1e-6",
    )  # fmt: skip
    assert "10,000 sweeps, not converged" in text
    columns = {"x": np.linspace(-9, -3, 40)}
    columns["y"] = np.cos(columns["x"])
    design, _ = build_design(columns, DesignSpec(("x",), "y", 6))
    lasso = Lasso(alpha=1e-9, max_iter=5).fit(design)
    assert lasso.converged_ is False and lasso.n_iter_ == 5
    assert "limit of 5 sweeps" in lasso.warnings_[0]


def test_converged_lasso_says_true() -> None:
    rng = np.random.default_rng(2)
    x = rng.normal(size=30)
    problem = prepare(
        {"x": x, "y": 2 * x + rng.normal(size=30)}, DesignSpec(("x",), "y")
    )
    assert fit(problem, FitSettings(method="lasso", alpha=0.1)).converged is True


def test_ols_estimator_alone_handles_extremes() -> None:
    """``OLS().fit`` (what compare and the reference line use) scales by itself."""
    design, _ = build_design(
        {"x": BASE_X * 1e-170, "y": BASE_Y}, DesignSpec(("x",), "y")
    )
    estimator = OLS().fit(design)
    assert estimator.rank_ == 1 and estimator.aliased_ == ()
    assert estimator.coef_[0] == pytest.approx(
        ols(BASE_X, BASE_Y).coef[0] * 1e170, rel=1e-12
    )


def test_the_least_squares_solver_refuses_non_finite_input(
    capfd: pytest.CaptureFixture[str],
) -> None:
    from linreg_gui.model import lstsq
    from linreg_gui.model.design import Basis

    B = np.column_stack([np.arange(4.0), [1.0, np.inf, 2.0, 3.0]])
    with pytest.raises(FitError, match="not a finite number"):
        lstsq.solve(Basis(B, np.eye(3), "raw"), ROWS_Y, intercept=True)
    out, err = capfd.readouterr()
    assert "DLASCL" not in out + err


def test_gradient_descent_near_the_float64_limit_says_why_or_scales() -> None:
    from linreg_gui.model.design import DesignSpec
    from linreg_gui.model.errors import FitError
    from linreg_gui.model.fitting import (
        FitSettings,
        fit,
        prepare,
        stable_learning_rate,
    )

    columns = {
        "x": np.array([1e308, 1.5e308, 1.7e308, 0.0]),
        "y": np.array([1.0, 2.0, 3.5, 4.0]),
    }
    problem = prepare(columns, DesignSpec(("x",), "y", 1, True))
    raw = FitSettings(method="gd", learning_rate=0.1, max_iter=2000)
    assert stable_learning_rate(problem, raw) is None  # not a crash
    with pytest.raises(FitError, match="Standardise features"):
        fit(problem, raw)
    scaled = fit(problem, FitSettings(method="gd", learning_rate=0.1, max_iter=5000,
                                      standardize=True))  # fmt: skip
    reference = fit(problem, FitSettings(method="ols"))
    assert scaled.converged
    assert abs(scaled.intercept - reference.intercept) < 1e-5 * abs(reference.intercept)


def _finish(problem: object, settings: FitSettings) -> None:
    from linreg_gui.model.fitting import start_run

    run = start_run(problem, settings)  # type: ignore[arg-type]
    while not run.finished:
        run.advance(100)
        if run.divergence is not None:
            raise run.divergence


@pytest.mark.parametrize("value", [1e308, -1e308, 1e-308])
@pytest.mark.parametrize("column", ["x", "y"])
def test_a_typed_extreme_cell_gives_a_message_or_a_fit_never_a_warning(
    value: float, column: str
) -> None:
    """A cell edited to 1e308 (as a student may type) once raised overflow
    warnings from the R² sums, the run's least loss, and a covariance of
    test rows whose standardised terms were 1e-308.  Warnings are errors here."""
    from linreg_gui.model.analysis import analyse
    from linreg_gui.model.examples import load_example

    dataset = load_example("textbook_line")
    x, y = (c for c in dataset.frame.columns if c not in dataset.non_numeric)
    edited = dataset.with_value(3, x if column == "x" else y, value)
    outcomes = set()
    for method in ("ols", "ridge", "lasso", "gd", "momentum"):
        for degree, intercept, test_size, standardize in (
            (1, True, 0.0, False),
            (1, False, 0.2, True),
            (3, True, 0.2, True),
            (3, False, 0.0, False),
        ):
            settings = FitSettings(
                method=method,
                test_size=test_size,
                standardize=standardize,
                max_iter=200,
            )
            spec = DesignSpec(x=(x,), y=y, degree=degree, intercept=intercept)
            try:
                analysis = analyse(edited, spec, settings)
                if method in ("gd", "momentum"):
                    _finish(analysis.problem, settings)
                outcomes.add("fit")
            except FitError as error:
                outcomes.add(f"message: {error}" if str(error) else "no message")
    assert "no message" not in outcomes


def test_two_cells_of_1e308_in_y_give_r_squared_sums_without_a_warning() -> None:
    """Two y cells typed as 1e308 summed to inf in the mean of y (a warning the
    random-action soak turned into an error); the mean is now taken of scaled
    values, and the spread around it is honest: beyond float64, so inf."""
    from linreg_gui.model.analysis import analyse
    from linreg_gui.model.examples import load_example
    from linreg_gui.model.stats import total_sum_of_squares, weighted_mean

    values = np.array([1e308, 1e308, 1e308])
    assert weighted_mean(values, None, 3.0) == 1e308
    assert weighted_mean(values, np.full(3, 0.5), 1.5) == 1e308
    assert total_sum_of_squares(values, None, True) == 0.0
    assert total_sum_of_squares(np.array([1e308, 1e308, 0.0]), None, True) == math.inf
    small = np.array([1.0, 2.0, 4.0])
    assert weighted_mean(small, None, 3.0) == small.sum() / 3  # the same bits

    dataset = load_example("textbook_line")
    x, y = (c for c in dataset.frame.columns if c not in dataset.non_numeric)
    edited = dataset.with_value(3, y, 1e308).with_value(7, y, 1e308)
    for method in ("ols", "gd"):
        analysis = analyse(edited, DesignSpec(x=(x,), y=y), FitSettings(method=method))
        assert analysis.train_spread.ss_tot == math.inf


def test_a_condition_number_beyond_float64_is_infinite_not_a_warning() -> None:
    """Longley with one Armed_Forces cell typed as 1e308: ‖R‖ and ‖R⁻¹‖ are
    both finite, but their product overflowed (a warning, an error in the
    window's soak).  The condition number is then simply infinite."""
    from linreg_gui.model.analysis import analyse
    from linreg_gui.model.examples import load_example

    dataset = load_example("longley")
    names = [c for c in dataset.frame.columns if c not in dataset.non_numeric]
    edited = dataset.with_value(0, "Armed_Forces", 1e308)
    spec = DesignSpec(x=tuple(names[:-1]), y=names[-1])
    analysis = analyse(edited, spec, FitSettings(method="sgd"))
    assert analysis.reference.user_condition_number == math.inf
