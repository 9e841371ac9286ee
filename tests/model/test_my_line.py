"""My Line's sums against brute force: exact rationals on NIST data with large
offsets, direct sums on random data, the rounds' generators."""

from __future__ import annotations

import math
import time
from fractions import Fraction

import numpy as np
import pytest

from linreg_gui.model.design import Design, DesignSpec, build_design
from linreg_gui.model.errors import FitError
from linreg_gui.model.fitting import FitSettings, fit, prepare
from linreg_gui.model.my_line import (
    DIFFICULTIES,
    LineScore,
    percent_text,
    round_data,
    score_round,
    usable,
)
from tests.nist import read


def line_design(
    x: np.ndarray, y: np.ndarray, weights: np.ndarray | None = None, **spec: object
) -> Design:
    columns = {"x": np.asarray(x, float), "y": np.asarray(y, float)}
    if weights is not None:
        columns["w"] = np.asarray(weights, float)
        spec["weights"] = "w"
    return build_design(columns, DesignSpec(("x",), "y", **spec))[0]  # type: ignore[arg-type]


def exact_ssr(design: Design, b: float, w: float) -> Fraction:
    """Σw(y - b - w·x)² in exact rational arithmetic."""
    weights = np.ones(design.n_samples) if design.weights is None else design.weights
    fb, fw = Fraction(b), Fraction(w)
    return sum(
        (
            Fraction(float(c))
            * (Fraction(float(yi)) - fb - fw * Fraction(float(xi))) ** 2
            for xi, yi, c in zip(design.x_values, design.y, weights, strict=True)
        ),
        Fraction(0),
    )


def nist_line(name: str, offset: float = 0.0) -> Design:
    """A NIST data set's first x and y as a straight line, shifted by ``offset``
    (exact in binary: the shifted values are the ones tested)."""
    certified = read(name)
    return line_design(certified.X[:, 0] + offset, certified.y + offset)


def test_ssr_matches_direct_sums_on_random_weighted_data() -> None:
    rng = np.random.default_rng(3)
    x = rng.uniform(-3, 8, 60)
    y = 2.5 - 1.5 * x + rng.normal(size=60)
    weights = rng.uniform(0.2, 3.0, 60)
    for wts in (None, weights):
        design = line_design(x, y, wts)
        score = LineScore(design)
        c = np.ones_like(x) if wts is None else wts
        for b, w in [(0.0, 0.0), (2.5, -1.5), (-7.0, 3.0), score.best_line]:
            direct = float(c @ (y - b - w * x) ** 2)
            assert score.ssr(b, w) == pytest.approx(direct, rel=1e-12)
        # The best line is least squares: the project's OLS agrees.
        reference = fit(
            prepare(
                {"x": x, "y": y} | ({} if wts is None else {"w": wts}), design.spec
            ),
            FitSettings(method="ols"),
        )
        assert score.best_line == pytest.approx(
            (reference.intercept, reference.coef[0]), rel=1e-12
        )
        assert score.best_ssr == pytest.approx(
            reference.train.mse * score.total_weight, rel=1e-12
        )


@pytest.mark.parametrize(
    ("name", "offset"),
    [("Norris", 0.0), ("Norris", 1e6), ("Pontius", 0.0), ("NoInt1", 1e8)],
)
def test_ssr_is_exact_with_large_offsets(name: str, offset: float) -> None:
    """Norris (a near-perfect line), Pontius (x of 10⁶), and offsets of 10⁶ and
    10⁸ added to x and y: the SSR of lines near and far from the best, and the
    gap, within 1e-10 of exact rational sums."""
    design = nist_line(name, offset)
    score = LineScore(design)
    b0, w0 = score.best_line
    lines = [
        (b0, w0),
        (b0 + 1e-3 * abs(b0) + 1e-6, w0),
        (b0, w0 * (1 + 1e-7)),
        (b0 * 1.01, w0 * 0.99),
        score.default_line(),
    ]
    best_exact = exact_ssr(design, b0, w0)
    assert score.best_ssr == pytest.approx(float(best_exact), rel=1e-10)
    for b, w in lines:
        exact = exact_ssr(design, b, w)
        assert score.ssr(b, w) == pytest.approx(float(exact), rel=1e-10), (b, w)
        gap = score.gap(b, w)
        assert gap.excess == pytest.approx(
            float(exact - best_exact), rel=1e-6, abs=1e-12 * float(best_exact)
        )
    assert score.gap(b0, w0).percent == 0.0


def test_gap_percent_and_default_line() -> None:
    x = np.arange(10.0)
    y = 1.0 + 2.0 * x + np.tile([0.5, -0.5], 5)
    score = LineScore(line_design(x, y))
    assert score.best_ssr == pytest.approx(10 * 0.25 * (1 - 0.0), rel=0.05)
    b, w = score.best_line
    gap = score.gap(b + 1.0, w)  # one unit up: every residual² grows by 1
    assert gap.excess == pytest.approx(10.0)
    assert gap.percent == pytest.approx(100 * 10.0 / score.best_ssr)
    assert score.default_line() == pytest.approx((float(np.mean(y)), 0.0))
    assert score.scales.slope_unit == pytest.approx(np.std(y) / np.std(x))


def test_a_perfect_line_has_an_infinite_gap_unless_met() -> None:
    x = np.array([0.0, 1.0, 2.0, 3.0])
    score = LineScore(line_design(x, 3.0 - x))
    assert score.best_ssr == pytest.approx(0.0, abs=1e-24)
    assert score.gap(3.0, -1.0).percent == 0.0
    assert math.isinf(score.gap(3.1, -1.0).percent)
    assert percent_text(math.inf) == "+∞ %"


def test_percent_text() -> None:
    assert percent_text(0.0) == "+0 %"
    assert percent_text(0.01234) == "+0.012 %"
    assert percent_text(23.45) == "+23.4 %"
    assert percent_text(1234.5) == "+1,234 %"


def test_only_a_straight_line_in_one_x() -> None:
    rng = np.random.default_rng(0)
    columns = {
        "a": rng.normal(size=9),
        "b": rng.normal(size=9),
        "y": rng.normal(size=9),
    }
    two = build_design(columns, DesignSpec(("a", "b"), "y"))[0]
    square = build_design(columns, DesignSpec(("a",), "y", degree=2))[0]
    origin = build_design(columns, DesignSpec(("a",), "y", intercept=False))[0]
    for design, word in ((two, "one x"), (square, "degree"), (origin, "intercept")):
        assert word in usable(design)
        with pytest.raises(FitError, match=word):
            LineScore(design)
    assert usable(build_design(columns, DesignSpec(("a",), "y"))[0]) == ""


def test_round_scores_and_grades() -> None:
    x = np.linspace(0, 10, 30)
    y = 4.0 + 0.5 * x + np.sin(7 * x)
    score = LineScore(line_design(x, y))
    result = score_round(score, *score.best_line)
    assert result.percent == 0.0 and result.grade == "Perfect"
    b, w = score.best_line
    assert score_round(score, b, w + 0.5).grade == "Keep trying"


@pytest.mark.parametrize("difficulty", list(DIFFICULTIES))
def test_rounds_are_repeatable_and_show_their_lesson(difficulty: str) -> None:
    data = round_data(difficulty, seed=5)
    again = round_data(difficulty, seed=5)
    x, y = data.values("x"), data.values("y")
    assert data.n_rows == 40 and np.array_equal(y, again.values("y"))
    assert np.isfinite(x).all() and np.isfinite(y).all()
    design = line_design(x, y)
    score = LineScore(design)
    b, w = score.best_line
    r = y - b - w * x
    skew = float(np.mean((x - x.mean()) ** 3) / np.std(x) ** 3)
    if difficulty in ("skewed", "hard"):
        assert skew > 0.5  # bunched at low x, a long tail to the right
    elif difficulty == "easy":
        assert abs(skew) < 0.8
    if difficulty in ("outliers", "hard"):
        assert np.max(np.abs(r)) > 3.5 * np.median(np.abs(r))
    if difficulty == "unequal":
        low, high = np.abs(r[x < np.median(x)]), np.abs(r[x >= np.median(x)])
        assert high.mean() > 1.5 * low.mean()
    with pytest.raises(ValueError, match="easy"):
        round_data("impossible", seed=1)


def test_a_drag_move_is_o1_at_a_million_rows() -> None:
    """After set-up, the SSR of a line costs the same at 10³ and 10⁶ rows."""
    timings = {}
    for n in (1_000, 1_000_000):
        rng = np.random.default_rng(1)
        x = rng.uniform(0, 100, n)
        design = line_design(x, 3 + 0.2 * x + rng.normal(size=n))
        score = LineScore(design)
        start = time.perf_counter()
        for k in range(200):
            score.gap(3.0 + 0.001 * k, 0.2)
        timings[n] = (time.perf_counter() - start) / 200
    assert timings[1_000_000] < 20 * max(timings[1_000], 1e-5)
    assert timings[1_000_000] < 2e-3
