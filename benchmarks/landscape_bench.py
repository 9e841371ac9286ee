"""Parameter-space benchmarks: the loss landscape, the learning-rate sweep, scrubbing.

Three parts, each timing the app's code against a baseline in the same process,
interleaved, with medians and their ratio:

* ``grid``: a 200×200 grid of the training loss over (intercept, slope) by
  ``Landscape.grid`` (O(grid · d²) from statistics made once) against brute
  force (one pass over the rows per grid point), at N = 10³ and 10⁶ rows.  At
  10⁶ the brute-force grid would take minutes: one of its 200 rows is timed and
  multiplied by 200 (marked ``×200``).  Target: the app's grid well under 50 ms.
* ``sweep``: ``sweep_learning_rates`` (30 rates, batch GD) against one plain
  ``GradientDescent.fit`` at the sweep's optimal rate.
* ``scrub``: ``Timeline.iterate`` at random iterations of a finished 10⁷-step
  batch-GD run and of a momentum and an SGD run, against one ``advance`` step.

    python benchmarks/landscape_bench.py [--quick] [--only grid|sweep|scrub]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable

import numpy as np
from model_bench import fmt_ratio, fmt_seconds, interleave, print_table, verdict

from linreg_gui.model.design import Design, DesignSpec, build_design

PARTS = ("grid", "sweep", "scrub")
ROWS = (10**3, 10**6)
GRID = 200
#: The app's 200×200 grid must take less than this (seconds).
GRID_TARGET = 0.050
SEED = 20240611


def line_design(n: int, seed: int = SEED) -> Design:
    """y = 10 + 3.5x + noise, x in [0, 100]: the tutorial's line, n rows."""
    rng = np.random.default_rng(seed)
    x = rng.uniform(0, 100, n)
    y = 10 + 3.5 * x + rng.normal(0, 10, n)
    return build_design({"x": x, "y": y}, DesignSpec(("x",), "y"))[0]


def best_of(action: Callable[[], object], repeats: int) -> float:
    """The median of ``repeats`` timings of ``action``."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


# ---------------------------------------------------------------------- grid


def brute_force_rows(
    design: Design, xs: np.ndarray, ys: np.ndarray, rows: int
) -> np.ndarray:
    """The first ``rows`` grid rows by summing over the data for every point."""
    x, y = design.X[:, 0], design.y
    z = np.empty((rows, len(xs)))
    for r in range(rows):
        for c, b in enumerate(xs):
            residual = y - b - ys[r] * x
            z[r, c] = residual @ residual / len(y)
    return z


def bench_grid(quick: bool) -> None:
    from linreg_gui.model.landscape import Landscape

    repeats = 3 if quick else 5
    table = []
    Landscape(line_design(100))  # first use: imports, BLAS warm-up
    for n in ROWS:
        design = line_design(n)
        start = time.perf_counter()
        landscape = Landscape(design)
        setup = time.perf_counter() - start
        xs, ys = landscape.window(0, 1).axes(GRID, GRID)
        sample = GRID if n <= 10**3 else (1 if quick else 2)

        def baseline(
            sample: int = sample,
            design: Design = design,
            xs: np.ndarray = xs,
            ys: np.ndarray = ys,
        ) -> float:
            start = time.perf_counter()
            brute_force_rows(design, xs, ys, sample)
            return (time.perf_counter() - start) * GRID / sample

        def app(
            landscape: Landscape = landscape,
            xs: np.ndarray = xs,
            ys: np.ndarray = ys,
        ) -> float:
            start = time.perf_counter()
            landscape.grid(0, 1, xs, ys)
            return time.perf_counter() - start

        comparison = interleave(baseline, app, repeats, warm_up=True)
        z = landscape.grid(0, 1, xs, ys)
        check = brute_force_rows(design, xs, ys[:1], 1)
        error = float(np.max(np.abs(z[0] - check[0]) / check[0]))
        extrapolated = "" if sample == GRID else f" (×{GRID // sample})"
        table.append(
            [
                f"N = {n:,}",
                fmt_seconds(comparison.baseline_median) + extrapolated,
                fmt_seconds(comparison.app_median),
                fmt_ratio(comparison.baseline_median / comparison.app_median),
                fmt_seconds(setup),
                f"{error:.1e}",
                fmt_seconds(GRID_TARGET),
                verdict(comparison.app_median < GRID_TARGET),
            ]
        )
    print_table(
        f"Loss over a {GRID}×{GRID} grid of (intercept, slope)",
        [
            "case",
            "brute force",
            "app grid",
            "speed-up",
            "statistics (once)",
            "max rel Δ",
            "target",
            "verdict",
        ],
        table,
        [
            "brute force: one pass over the rows per grid point; at 10⁶ rows a few "
            "grid rows timed and scaled up (×).",
            "statistics: Landscape(design), the O(N d²) pass made once per data set.",
        ],
    )


# ---------------------------------------------------------------------- sweep


def bench_sweep(quick: bool) -> None:
    from linreg_gui.model.gd import GradientDescent
    from linreg_gui.model.lr_sweep import sweep_learning_rates

    repeats = 1 if quick else 3
    table = []
    methods = (("gd", False), ("gd", True), ("sgd", True))
    for n in ROWS:
        design = line_design(n)
        for method, standardize in methods:
            estimator = GradientDescent(
                method=method,  # type: ignore[arg-type]
                standardize=standardize,
                max_iter=10**6,
            )
            result = sweep_learning_rates(design, estimator, count=2)
            rate = result.optimal_rate or 0.01

            def baseline(
                design: Design = design,
                estimator: GradientDescent = estimator,
                rate: float = rate,
            ) -> float:
                single = GradientDescent(**estimator.get_params())
                single.learning_rate = rate
                single.max_iter = 3000 if estimator.method == "sgd" else 100_000
                start = time.perf_counter()
                single.fit(design)
                return time.perf_counter() - start

            def app(
                design: Design = design, estimator: GradientDescent = estimator
            ) -> float:
                start = time.perf_counter()
                sweep_learning_rates(design, estimator)
                return time.perf_counter() - start

            comparison = interleave(baseline, app, repeats)
            result = sweep_learning_rates(design, estimator)
            table.append(
                [
                    f"{method}{' scaled' if standardize else ''}, N = {n:,}",
                    fmt_seconds(comparison.baseline_median),
                    fmt_seconds(comparison.app_median),
                    fmt_ratio(comparison.ratio),
                    f"{int(result.converged.sum())}/{int(result.diverged.sum())}"
                    f"/{int(result.capped.sum())}",
                    verdict(None),
                ]
            )
    print_table(
        "Learning-rate sweep, 30 rates (1% to 3x the stable limit)",
        ["case", "one fit", "sweep", "ratio", "conv/div/capped", "verdict"],
        table,
        [
            "one fit: GradientDescent.fit at the optimal rate (the same caps: "
            "100,000 steps, SGD 3,000).",
        ],
    )


# ---------------------------------------------------------------------- scrub


def bench_scrub(quick: bool) -> None:
    from linreg_gui.model.gd import GradientDescent
    from linreg_gui.model.timeline import Timeline

    design = line_design(10**3)
    steps = 10**6 if quick else 10**7
    cases = [
        ("gd", {"learning_rate": 1e-4}, steps),
        ("momentum", {"learning_rate": 1e-5}, 10**5),
        ("sgd", {"learning_rate": 1e-5, "batch_size": 32}, 10**5),
    ]
    table = []
    for method, settings, count in cases:
        run = GradientDescent(
            method=method,  # type: ignore[arg-type]
            max_iter=count,
            tol=0,
            **settings,  # type: ignore[arg-type]
        ).steps(design)
        timeline = Timeline(run)
        start = time.perf_counter()
        while not run.finished:
            timeline.advance(4096)
        recorded = time.perf_counter() - start
        picks = np.random.default_rng(0).integers(0, count, 20 if quick else 50)
        times = []
        for i in picks:
            start = time.perf_counter()
            timeline.iterate(int(i))
            times.append(time.perf_counter() - start)
        table.append(
            [
                f"{method}, {count:,} steps",
                fmt_seconds(recorded),
                str(timeline.checkpoint_count),
                f"{timeline.spacing:,}",
                fmt_seconds(statistics.median(times)),
                fmt_seconds(max(times)),
                verdict(None),
            ]
        )
    print_table(
        "Scrubbing a finished run: Timeline.iterate at random iterations (N = 1,000)",
        [
            "run",
            "run + record",
            "checkpoints",
            "spacing",
            "median scrub",
            "worst",
            "verdict",
        ],
        table,
        ["batch GD: closed form from a checkpoint; others: replay ≤ spacing steps."],
    )


def main(quick: bool = False, only: str | None = None) -> int:
    parts = {"grid": bench_grid, "sweep": bench_sweep, "scrub": bench_scrub}
    for name in PARTS:
        if only not in (None, name) or name not in parts:
            continue
        parts[name](quick)
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only", choices=PARTS)
    arguments = parser.parse_args()
    sys.exit(main(arguments.quick, arguments.only))
