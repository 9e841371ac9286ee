"""Plot-ready data, checked without a screen."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from linreg_gui.model import plot_data
from linreg_gui.model.design import DesignSpec
from linreg_gui.model.fitting import FitSettings, fit, prepare
from linreg_gui.model.steps import Gap


def problem(
    n: int = 10,
    *,
    x: list[float] | None = None,
    test_size: float = 0.0,
    exclude: tuple[int, ...] = (),
    degree: int = 1,
):  # type: ignore[no-untyped-def]
    xs = np.arange(n, dtype=float) if x is None else np.array(x)
    ys = 2 * xs + 1 + np.sin(xs)
    return prepare(
        {"x": xs, "y": ys},
        DesignSpec(("x",), "y", degree, True),
        test_size=test_size,
        exclude=exclude,
    )


def test_rows_used_and_the_reasons_for_the_others() -> None:
    x = [0, 1, np.nan, 3, 4, 5, 6, 7, 8, 9]
    p = problem(x=x, exclude=(4,), test_size=0.25)
    status = plot_data.row_status(10, p, {4})
    assert status.reasons[2] == plot_data.REASON_MISSING
    assert status.reasons[4] == plot_data.REASON_LEFT_OUT
    test_rows = set(p.test.rows.tolist())  # type: ignore[union-attr]
    assert len(test_rows) == 2  # ceil(0.25 · 8)
    for row in range(10):
        assert status.used[row] == (row in p.train.rows)
        if row in test_rows:
            assert status.reasons[row] == plot_data.REASON_TEST
        elif row not in (2, 4):
            assert status.reasons[row] == ""


def test_left_out_rows_show_hollow_and_map_back_to_their_rows() -> None:
    xs = np.arange(6, dtype=float)
    columns = {"x": xs, "y": 3 * xs}
    p = prepare(columns, DesignSpec(("x",), "y", 1, True), exclude={1, 4})
    points = plot_data.scatter_points(p, {1, 4, 99}, columns.__getitem__, 6)
    assert points.rows.tolist() == [0, 2, 3, 5, 1, 4]
    assert points.hollow.tolist() == [False] * 4 + [True] * 2
    np.testing.assert_array_equal(points.x, xs[points.rows])
    np.testing.assert_array_equal(points.y, 3 * xs[points.rows])


def test_a_large_scatter_is_a_sample_that_keeps_every_left_out_row(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Above the limit the scatter and the residuals are a fixed sample (10⁷
    dots took 0.35 s a frame); every row left out stays, to be clicked back."""
    monkeypatch.setattr(plot_data, "MAX_DRAWN_POINTS", 50)
    xs = np.arange(1000, dtype=float)
    columns = {"x": xs, "y": 3 * xs}
    p = prepare(columns, DesignSpec(("x",), "y", 1, True), exclude={7, 500})
    points = plot_data.scatter_points(p, {7, 500}, columns.__getitem__, 1000)
    assert points.total == 1000 and points.sampled
    assert points.x.size == 52
    assert points.rows[-2:].tolist() == [7, 500] and points.hollow[-2:].all()
    assert not points.hollow[:-2].any()
    np.testing.assert_array_equal(points.x, xs[points.rows])
    views = plot_data.plot_data(p, {7, 500}, columns.__getitem__, 1000)
    assert views.residual_sample is not None and views.residual_sample.size == 50
    assert views.residual_sample.max() < p.design.n_samples
    drawn = views.residual_design
    assert drawn is not None and drawn.n_samples == 50
    np.testing.assert_array_equal(drawn.y, p.design.y[views.residual_sample])
    # The line's extent, found here rather than on the GUI thread: rows left
    # out (7, 500) are not in the fit's design, so they do not stretch it.
    assert views.x_range == (0.0, 999.0)
    whole = problem(20)
    small = plot_data.plot_data(whole, (), {}.__getitem__, 20)
    assert small.residual_sample is None and small.points is not None
    assert small.residual_design is whole.design
    assert small.x_range == (0.0, 19.0)
    assert not small.points.sampled


def test_a_left_out_row_with_a_missing_value_is_not_drawn() -> None:
    xs = np.array([0.0, 1.0, np.nan, 3.0])
    columns = {"x": xs, "y": np.ones(4)}
    p = prepare(columns, DesignSpec(("x",), "y", 1, True), exclude={0, 2})
    points = plot_data.scatter_points(p, {0, 2}, columns.__getitem__, 4)
    assert points.rows.tolist() == [1, 3, 0]


def test_test_rows_are_hollow() -> None:
    p = problem(20, test_size=0.2)
    mask = plot_data.held_out_mask(p)
    assert mask.sum() == 4
    assert set(p.design.rows[mask].tolist()) == set(p.test.rows.tolist())  # type: ignore[union-attr]


def test_sampling_is_fixed_and_only_above_the_limit() -> None:
    assert plot_data.sample_rows(100, limit=100) is None
    first = plot_data.sample_rows(1000, limit=50)
    again = plot_data.sample_rows(1000, limit=50)
    assert first is not None and again is not None
    assert len(first) == 50 and len(set(first.tolist())) == 50
    assert np.all(np.diff(first) > 0)
    np.testing.assert_array_equal(first, again)


def test_outliers_are_beyond_two_standard_deviations() -> None:
    residuals = np.array([0.1, -0.1, 0.1, -0.1, 0.1, -0.1, 0.1, -0.1, 0.1, 5.0])
    flags = plot_data.outlier_flags(residuals)
    assert flags is not None
    assert flags.tolist() == [False] * 9 + [True]
    assert plot_data.outlier_flags(np.zeros(5)) is None
    assert plot_data.outlier_flags(np.array([1.0])) is None


@pytest.mark.parametrize(
    ("degree", "intercept", "coef", "b", "text"),
    [
        (1, True, [2.5], 1.0, "ŷ = 1 + 2.5·x"),
        (1, True, [-2.5], 1.0, "ŷ = 1 − 2.5·x"),
        (2, True, [1.0, -0.5], 0.25, "ŷ = 0.25 + 1·x − 0.5·x^2"),
        (1, False, [2.5], 0.0, "ŷ = 2.5·x"),
        (1, False, [-2.5], 0.0, "ŷ = − 2.5·x"),
        (5, True, [1.0] * 5, 0.0, "ŷ = polynomial, degree 5"),
    ],
)
def test_equation_text(
    degree: int, intercept: bool, coef: list[float], b: float, text: str
) -> None:
    xs = np.linspace(0, 1, 12)
    p = prepare({"x": xs, "y": xs}, DesignSpec(("x",), "y", degree, intercept))
    assert plot_data.equation_text(p.design, b, np.array(coef)) == text


def test_equation_of_many_columns_is_summarised() -> None:
    rng = np.random.default_rng(0)
    cols = {f"x{i}": rng.normal(size=20) for i in range(4)}
    cols["y"] = rng.normal(size=20)
    p = prepare(cols, DesignSpec(tuple(f"x{i}" for i in range(4)), "y", 1, True))
    assert plot_data.equation_text(p.design, 0.0, np.ones(4)) == "ŷ = b0 + 4 terms"


def test_status_texts() -> None:
    p = problem(x=[0, 1, np.nan, 3, 4, 5, 6, 7, 8, 9], exclude=(5,), test_size=0.3)
    assert plot_data.rows_text(p) == (
        "8 rows used · 1 dropped (missing values) · 1 left out by you · 3 for testing"
    )
    assert plot_data.progress_text(1234, 0.5, 0.91234, 0.1, 2.04) == (
        "iteration 1,234 · loss 0.5 · R² 0.9123 · η 0.1 · 2.0 s"
    )
    assert plot_data.log_lines([(10, 1.5, None), (20, 1.25, 2.0)], 3) == [
        "… 3 lines skipped at this speed",
        "iteration      10: loss 1.5",
        "iteration      20: loss 1.25, test loss 2",
    ]


def test_run_texts_say_why_it_stopped_and_how_far_it_is() -> None:
    p = problem(20)
    run = fit(p, FitSettings(method="gd", learning_rate=0.005, max_iter=1, tol=1e-6))
    assert run.stop_reason == "max_iter" and not run.converged
    assert plot_data.result_summary(run, 1).startswith("1 iteration · ")
    assert " from least squares · R² " in plot_data.result_summary(run, 1)
    text = plot_data.convergence_text(run)
    assert text.startswith("Stopped after 1 iteration without converging: ")
    assert text.endswith("Why it stopped: iteration limit.")
    assert plot_data.final_state_text(run, "stopped at max iterations").startswith(
        "stopped at max iterations · "
    )
    done = replace(run, converged=True, stop_reason="gap", gap_to_optimum=Gap(3e-7, 0))
    assert plot_data.convergence_text(done) == (
        "Converged after 1 iteration: 3.0e-07 from the least-squares answer (loss 0 "
        "above its minimum).  Why it stopped: within the tolerance of the "
        "least-squares answer."
    )
    blown = replace(run, iterations=34, stop_reason="diverged")
    assert plot_data.convergence_text(blown) == "Diverged at iteration 34."
    assert plot_data.final_state_text(blown, "diverged") == "diverged at iteration 34"
    assert plot_data.progress_text(1234, 0.5, 0.91234, 0.1, 2.04, Gap(2.1e-4, 0)) == (
        "iteration 1,234 · loss 0.5 · R² 0.9123 · 2.1e-04 from least squares · "
        "η 0.1 · 2.0 s"
    )


def test_outliers_of_residuals_near_the_top_of_float64_do_not_overflow() -> None:
    """A cell typed as 1e308 gives residuals whose squares overflow: the 2σ
    rule still finds the outlier, with no warning (warnings are errors here)."""
    residuals = np.array([1.0, -2.0, 0.5, 1e308, -1.5, 0.25, 1.0, -0.75])
    flags = plot_data.outlier_flags(residuals)
    assert flags is not None and flags.tolist() == [False] * 3 + [True] + [False] * 4
    assert plot_data.outlier_flags(np.array([np.inf, 1.0, 2.0, 3.0])) is not None
    assert plot_data.outlier_flags(np.zeros(5)) is None
