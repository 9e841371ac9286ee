"""Any iterate recomputed exactly; the bounded history; the arithmetic of a step."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from linreg_gui.model.design import Design, DesignSpec, build_design
from linreg_gui.model.errors import FitError
from linreg_gui.model.gd import GradientDescent, GradientDescentRun, Method
from linreg_gui.model.steps import History
from linreg_gui.model.timeline import Timeline


def line(n: int = 150, seed: int = 5) -> Design:
    rng = np.random.default_rng(seed)
    x1 = rng.uniform(0, 4, n)
    x2 = rng.normal(size=n) + 0.5 * x1
    y = 2 + 1.5 * x1 - 0.7 * x2 + rng.normal(size=n)
    columns = {"x1": x1, "x2": x2, "y": y}
    return build_design(columns, DesignSpec(("x1", "x2"), "y"))[0]


def recorded(
    timeline: Timeline, blocks: list[int], change: tuple[int, float] | None = None
) -> dict[int, tuple[np.ndarray, float]]:
    """Every iterate the run hands out, by iteration, advancing in ``blocks``
    (cycled until the run ends; the timeline may end a block early)."""
    seen: dict[int, tuple[np.ndarray, float]] = {}
    run = timeline.run
    for size in itertools.cycle(blocks):
        if change is not None and run.iteration >= change[0]:
            run.learning_rate = change[1]
            change = None
        block = timeline.advance(size)
        for s in range(len(block)):
            step = block.step(s)
            seen[step.iteration] = (np.array([step.intercept, *step.coef]), step.loss)
        if run.finished:
            break
    return seen


def make_run(method: Method, **settings: object) -> GradientDescentRun:
    rates = {"gd": 0.05, "sgd": 0.02, "momentum": 0.01, "adam": 0.05}
    estimator = GradientDescent(
        method=method,
        learning_rate=rates[method],
        max_iter=5000,
        tol=0,
        random_state=7,
        **settings,  # type: ignore[arg-type]
    )
    return estimator.steps(line())


CASES = [
    ("gd", {}),
    ("gd", {"standardize": True}),
    ("momentum", {}),
    ("adam", {"standardize": True}),
    ("sgd", {"batch_size": 16}),
    ("momentum", {"batch_size": 10}),
]


@pytest.mark.parametrize(("method", "settings"), CASES)
@pytest.mark.parametrize("change", [None, (1234, 0.5)])
def test_every_iterate_is_the_runs(
    method: Method, settings: dict[str, object], change: tuple[int, float] | None
) -> None:
    run = make_run(method, **settings)
    if change is not None:  # a new rate mid-run: a fraction of the old one
        change = (change[0], change[1] * run.learning_rate)
    timeline = Timeline(run, capacity=8)  # tiny: thinned many times
    sizes = [1, 1, 7, 300, 1, 64, 1000, 5, 2000, 4000]
    seen = recorded(timeline, sizes, change)
    assert run.iteration == 5000 and len(seen) == 5001
    assert timeline.checkpoint_count <= 8
    rng = np.random.default_rng(0)
    picks = [0, 1, 2, 1233, 1234, 1235, 4999, 5000, *rng.integers(0, 5001, 40)]
    for i in sorted(picks, reverse=True):  # backwards: no cursor to lean on
        user, loss = timeline.iterate(int(i))
        expected, expected_loss = seen[int(i)]
        np.testing.assert_allclose(user, expected, rtol=1e-12, atol=1e-300)
        assert loss == pytest.approx(expected_loss, rel=1e-12)
    if method != "gd" and not settings:  # replayed in the run's own arithmetic,
        # and the raw basis maps θ to user units exactly: digit for digit
        for i in (17, 2345, 4321):
            assert np.array_equal(timeline.iterate(i)[0], seen[i][0])


def test_record_after_plain_advance_and_a_stop_inside_a_block() -> None:
    run = GradientDescent(
        method="momentum", learning_rate=0.01, max_iter=100_000, tol=1e-6
    ).steps(line())
    timeline = Timeline(run)
    seen: dict[int, np.ndarray] = {}
    while not run.finished:
        block = run.advance(333)
        timeline.record()
        for s in range(len(block)):
            seen[int(block.iterations[s])] = np.array(
                [block.intercepts[s], *block.coefs[s]]
            )
    assert run.iteration % 333 != 0  # stopped inside a block
    for i in (run.iteration, run.iteration - 1, run.iteration // 2, 3):
        np.testing.assert_array_equal(timeline.iterate(i)[0], seen[i])
    with pytest.raises(IndexError):
        timeline.iterate(run.iteration + 1)


def test_scrubbing_ten_million_batch_steps_replays_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Batch descent jumps to any iterate in closed form: no step is replayed
    (the time it takes is in benchmarks/landscape_bench.py, not here)."""
    run = GradientDescent(learning_rate=0.05, max_iter=10**7, tol=0).steps(line())
    timeline = Timeline(run)
    while not run.finished:
        timeline.advance(10**6)

    def no_replay(*args: object, **kwargs: object) -> None:
        raise AssertionError("batch descent replayed steps")

    monkeypatch.setattr(run, "replay", no_replay)
    monkeypatch.setattr(run, "advance", no_replay)
    for i in np.random.default_rng(1).integers(0, 10**7, 200):
        coef, loss = timeline.iterate(int(i))
        assert np.all(np.isfinite(coef)) and np.isfinite(loss)
    assert timeline.checkpoint_count <= 12


@pytest.mark.parametrize("method", ["gd", "sgd", "momentum", "adam"])
def test_step_shows_the_arithmetic(method: Method) -> None:
    run = make_run(method)
    timeline = Timeline(run)
    for _ in range(21):
        timeline.advance(1)
    seen = {i: (timeline.iterate(i)[0], timeline.iterate(i)[1]) for i in range(0, 21)}
    arithmetic = timeline.arithmetic(7)
    assert arithmetic.names == ("b", "w1", "w2")
    theta_7 = seen[7][0]
    np.testing.assert_allclose(arithmetic.after, theta_7, rtol=1e-13)
    np.testing.assert_allclose(arithmetic.before, seen[6][0], rtol=1e-13)
    if method in ("gd", "sgd"):
        np.testing.assert_allclose(
            arithmetic.after,
            arithmetic.before - arithmetic.learning_rate * arithmetic.gradient,
            rtol=1e-15,
        )
    if method == "gd":
        A = np.column_stack([np.ones(150), line().X])
        textbook = -2 / 150 * A.T @ (line().y - A @ seen[6][0])
        np.testing.assert_allclose(arithmetic.gradient, textbook, rtol=1e-10)
    lines = arithmetic.lines()
    assert len(lines) == 4 and "η = 0.0" in lines[0]
    assert "w1 ← w1 " in lines[2]
    assert "× (−" in arithmetic.text or "× " in arithmetic.text


def test_arithmetic_reads_like_the_tutorial() -> None:
    x = np.array([0.0, 1.0, 2.0, 3.0])
    design = build_design({"x": x, "y": 1 + 2 * x}, DesignSpec(("x",), "y"))[0]
    run = GradientDescent(learning_rate=0.01, max_iter=10, tol=0).steps(design)
    timeline = Timeline(run)
    timeline.advance(1)
    timeline.advance(1)
    text = timeline.arithmetic(1).text
    # ∂L/∂w = −2/N Σ x(y − ŷ) = −2/4 · (0 + 3 + 10 + 21) = −17 at w = b = 0
    assert "∂L/∂b = −8, ∂L/∂w = −17; η = 0.01" in text
    assert "w ← w − η·∂L/∂w = 0 − 0.01 × (−17) = 0.17" in text
    assert "b ← b − η·∂L/∂b = 0 − 0.01 × (−8) = 0.08" in text


def test_history_is_bounded_and_keeps_first_last_and_its_stride() -> None:
    design = line()
    fitted = GradientDescent(learning_rate=0.05, max_iter=300_000, tol=0).fit(design)
    iterations = fitted.loss_curve_iterations_
    assert len(fitted.loss_curve_) == len(iterations) <= 10_001
    assert iterations[0] == 0 and iterations[-1] == 300_000
    stride = int(iterations[1])
    assert np.all(np.diff(iterations[:-1]) == stride) and stride & (stride - 1) == 0
    history = History(every=100, capacity=50)
    run = GradientDescent(learning_rate=0.05, max_iter=12_345, tol=0).steps(design)
    losses = {}
    while not run.finished:
        block = run.advance(1000)
        history.add(block)
        losses.update(zip(block.iterations.tolist(), block.losses, strict=True))
    kept = history.iterations
    assert kept[0] == 0 and kept[-1] == 12_345 and len(kept) <= 51
    assert all(i % 100 == 0 for i in kept[:-1])
    np.testing.assert_array_equal(history.losses, [losses[int(i)] for i in kept])


def test_a_run_can_start_anywhere_and_its_timeline_replays_from_there() -> None:
    """Click on the landscape (or "start from my line"): the run begins at
    those coefficients in the user's units, iterate 0 is that point, and the
    replayed iterates are the run's own."""
    from linreg_gui.model.design import DesignSpec
    from linreg_gui.model.fitting import FitSettings, prepare, start_run

    rng = np.random.default_rng(3)
    x = rng.uniform(0, 10, 50)
    problem = prepare(
        {"x": x, "y": 2 * x + 1 + rng.normal(0, 0.5, 50)}, DesignSpec(("x",), "y")
    )
    for method, standardize in (("gd", False), ("momentum", True), ("sgd", False)):
        settings = FitSettings(
            method=method, learning_rate=0.005, max_iter=300, standardize=standardize
        )
        start = np.array([-4.0, 3.5])
        run = start_run(problem, settings, start=start)
        timeline = Timeline(run)
        first = timeline.advance(1)
        assert first.step(0).intercept == pytest.approx(-4.0, rel=1e-12)
        np.testing.assert_allclose(first.step(0).coef, [3.5], rtol=1e-12)
        direct = start_run(problem, settings, start=start)
        seen = [direct.advance(1)]
        while not direct.finished:
            seen.append(direct.advance(50))
        while not run.finished:
            timeline.advance(50)
        last = seen[-1].last
        user, _ = timeline.iterate(last.iteration)
        np.testing.assert_allclose(user, [last.intercept, *last.coef], rtol=1e-12)
        start_user, _ = timeline.iterate(0)
        np.testing.assert_allclose(start_user, start, rtol=1e-12)
    with pytest.raises(FitError, match="2 finite coefficients"):
        start_run(problem, FitSettings(method="gd"), start=np.array([1.0]))
