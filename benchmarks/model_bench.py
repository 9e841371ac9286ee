"""Model-layer benchmarks: gradient descent, OLS and CSV loading vs their baselines.

Three parts, each comparing a baseline with the app's code in the same process,
interleaved (baseline, app, app, baseline, ...), with medians and their ratio:

* ``gd``: batch gradient-descent steps per second, ``GradientDescent(method="gd")``
  against the tutorials' NumPy loop, N = 10^3 ... 10^6 rows, d = 1 and 10 features;
* ``ols``: ``OLS().fit`` against ``np.linalg.lstsq`` on ``[1, X]``, 10^6 x 10;
* ``csv``: ``load_table`` against a bare ``pandas.read_csv`` of a numeric CSV.

    python benchmarks/model_bench.py [--quick] [--only gd|ols|csv]

``benchmarks/README.md`` says what each number means and what the targets are.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from numpy.typing import NDArray

FloatArray = NDArray[np.float64]

PARTS = ("gd", "ols", "csv")
GD_ROWS = (10**3, 10**4, 10**5, 10**6)
GD_FEATURES = (1, 10)
#: The app must do at least this many steps per textbook step at N = 10^6.
GD_TARGET = 1000.0
#: ``OLS().fit`` time over ``np.linalg.lstsq`` time, at most.
OLS_TARGET = 1.0
#: ``load_table`` time over ``pandas.read_csv`` time, at most.
CSV_TARGET = 1.3
#: The app's gradient-descent run is advanced this many steps a call (blocks, as
#: the GUI worker and ``fit()`` take them); timed slices are multiples of it so
#: every slice does the same work.
APP_CHUNK = 256
SEED = 20240611


@dataclass(frozen=True)
class Settings:
    """How hard to measure: repeats per comparison and seconds per measurement."""

    quick: bool
    repeats: int
    budget: float
    min_textbook_steps: int

    def sizes(self, sizes: Sequence[int]) -> Sequence[int]:
        """All sizes, or in quick mode only the largest (where the target is)."""
        return sizes[-1:] if self.quick else sizes

    @classmethod
    def for_mode(cls, quick: bool) -> Settings:
        if quick:
            return cls(quick=True, repeats=3, budget=0.1, min_textbook_steps=2)
        return cls(quick=False, repeats=5, budget=0.6, min_textbook_steps=3)


# ---------------------------------------------------------------------- measuring


@dataclass(frozen=True)
class Comparison:
    """Repeated measurements of a baseline and the app, taken in pairs."""

    baseline: list[float]
    app: list[float]

    @property
    def baseline_median(self) -> float:
        return statistics.median(self.baseline)

    @property
    def app_median(self) -> float:
        return statistics.median(self.app)

    @property
    def ratio(self) -> float:
        """App median over baseline median."""
        return self.app_median / self.baseline_median

    def pair_spread(self) -> tuple[float, float]:
        """Smallest and largest app/baseline ratio of one interleaved pair."""
        pairs = [a / b for a, b in zip(self.app, self.baseline, strict=True)]
        return min(pairs), max(pairs)


def interleave(
    baseline: Callable[[], float],
    app: Callable[[], float],
    repeats: int,
    *,
    warm_up: bool = False,
) -> Comparison:
    """Run both measurements ``repeats`` times, alternating which goes first.

    The order flips every round (A B, B A, A B, ...) so that neither side always
    runs right after the other's cache or memory traffic.  ``warm_up`` runs one
    pair first and discards it (first-touch page faults, lazy imports).
    """
    if warm_up:
        baseline()
        app()
    base: list[float] = []
    mine: list[float] = []
    for i in range(repeats):
        if i % 2 == 0:
            base.append(baseline())
            mine.append(app())
        else:
            mine.append(app())
            base.append(baseline())
    return Comparison(base, mine)


def timed(action: Callable[[], object]) -> float:
    """Seconds one call of ``action`` takes."""
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


class Kept:
    """Timed calls that keep their last result, for checking after the timing.

    The previous result is dropped before the next call starts, so each side holds
    at most one result (a DataFrame of 10^6 rows is not small).
    """

    def __init__(self) -> None:
        self.results: dict[str, Any] = {}

    def timer(self, key: str, action: Callable[[], object]) -> Callable[[], float]:
        """A measurement: seconds of one ``action()``, keeping what it returns."""

        def measure() -> float:
            self.results[key] = None
            start = time.perf_counter()
            result = action()
            elapsed = time.perf_counter() - start
            self.results[key] = result
            return elapsed

        return measure


# ---------------------------------------------------------------------- printing


def fmt_rate(value: float) -> str:
    """Steps per second, readable from 1 to 10^7."""
    if value >= 100:
        return f"{value:,.0f}/s"
    return f"{value:.3g}/s"


def fmt_seconds(value: float) -> str:
    if value < 1e-3:
        return f"{value * 1e6:.0f} µs"
    if value < 1:
        return f"{value * 1e3:.1f} ms"
    return f"{value:.2f} s"


def fmt_ratio(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}×"
    return f"{value:.2f}×"


def verdict(meets: bool | None) -> str:
    if meets is None:
        return "info"
    return "meets" if meets else "MISSES"


def print_table(
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    notes: Sequence[str] = (),
) -> None:
    """A plain-text table: first column left-aligned, the others right-aligned."""
    widths = [
        max(len(headers[i]), *(len(row[i]) for row in rows))
        for i in range(len(headers))
    ]

    def line(cells: Sequence[str]) -> str:
        parts = [
            cell.ljust(width) if i == 0 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(cells, widths, strict=True))
        ]
        return " | ".join(parts)

    print()
    print(title)
    print("=" * len(title))
    print(line(headers))
    print("-+-".join("-" * width for width in widths))
    for row in rows:
        print(line(row))
    for note in notes:
        print(f"  {note}")
    sys.stdout.flush()


# ---------------------------------------------------------------------- data


def regression_data(
    rng: np.random.Generator, n: int, d: int, *, standardized: bool
) -> tuple[FloatArray, FloatArray]:
    """``X`` of shape (n, d) and ``y = b + X @ w + noise``.

    Standardised features (mean 0, sd 1) suit gradient descent without scaling;
    otherwise the columns get assorted offsets and scales, as real data has.
    """
    X = rng.standard_normal((n, d))
    if not standardized:
        X = X * np.logspace(-1, 2, d) + np.linspace(-50.0, 50.0, d)
    w = rng.standard_normal(d)
    y = 1.5 + X @ w + 0.5 * rng.standard_normal(n)
    return X, y


def columns_of(
    X: FloatArray, y: FloatArray
) -> tuple[dict[str, FloatArray], tuple[str, ...]]:
    """The ``{name: column}`` mapping ``build_design`` takes, and the x names."""
    names = tuple(f"x{j}" for j in range(X.shape[1]))
    columns = {name: X[:, j] for j, name in enumerate(names)}
    columns["y"] = y
    return columns, names


# ---------------------------------------------------------------------- 1. gradient descent


def textbook_gd(
    X: FloatArray, y: FloatArray, lr: float, steps: int
) -> tuple[FloatArray, float]:
    """The tutorials' batch gradient descent, as they write it, from w = 0, b = 0."""
    N = X.shape[0]
    w = np.zeros(X.shape[1])
    b = 0.0
    for _ in range(steps):
        y_hat = X @ w + b
        dw = -2 / N * X.T @ (y - y_hat)
        db = -2 / N * np.sum(y - y_hat)
        w -= lr * dw
        b -= lr * db
    return w, float(b)


def textbook_gd_1d(
    x: FloatArray, y: FloatArray, lr: float, steps: int
) -> tuple[FloatArray, float]:
    """The scalar form tutorials use for one feature: ``y_hat = w*x + b``."""
    N = x.shape[0]
    w = 0.0
    b = 0.0
    for _ in range(steps):
        y_hat = w * x + b
        dw = -2 / N * np.sum(x * (y - y_hat))
        db = -2 / N * np.sum(y - y_hat)
        w -= lr * dw
        b -= lr * db
    return np.array([w]), float(b)


def calibrated_rate(action: Callable[[int], object]) -> float:
    """Steps per second of ``action(steps)``, from a probe of at least 50 ms."""
    probe = 1
    while True:
        start = time.perf_counter()
        action(probe)
        elapsed = time.perf_counter() - start
        if elapsed > 0.05 or probe >= 4096:
            return probe / elapsed
        probe *= 4


def consume(run: Any, count: int) -> Any:
    """Take ``count`` step records with ``run.advance`` the way a caller does (at
    most ``APP_CHUNK`` a call), returning the last one."""
    last = None
    while count > 0 and not run.finished:
        block = run.advance(min(count, APP_CHUNK))
        count -= len(block)
        if len(block):
            last = block.last
    return last


def gd_case(n: int, d: int, settings: Settings, rng: np.random.Generator) -> list[str]:
    """One row of the gradient-descent table (N rows, d features)."""
    from linreg_gui.model.design import DesignSpec, build_design
    from linreg_gui.model.gd import GradientDescent

    X, y = regression_data(rng, n, d, standardized=True)
    columns, names = columns_of(X, y)
    design, _ = build_design(columns, DesignSpec(names, "y"))
    x_flat = np.ascontiguousarray(X[:, 0])

    # The one-off O(N d²) setup (Gram matrix, reference optimum), timed on its own.
    # The first run is kept: tol=0 and a huge max_iter make it step forever.
    setup_times: list[float] = []
    run = None
    for _ in range(1 if settings.quick else settings.repeats):
        start = time.perf_counter()
        candidate = GradientDescent(
            method="gd", learning_rate=1e-3, max_iter=10**12, tol=0
        ).steps(design)
        setup_times.append(time.perf_counter() - start)
        if run is None:
            run = candidate
    assert run is not None
    assert run.max_stable_learning_rate is not None
    lr = 0.5 * run.max_stable_learning_rate
    run.learning_rate = lr

    def textbook(steps: int) -> tuple[FloatArray, float]:
        if d == 1:
            return textbook_gd_1d(x_flat, y, lr, steps)
        return textbook_gd(X, y, lr, steps)

    textbook_steps = max(
        settings.min_textbook_steps,
        round(calibrated_rate(textbook) * settings.budget),
    )

    # Every textbook measurement starts from zero, so its result is the state
    # after k steps: the app's record at iteration k must equal it.
    record = consume(run, textbook_steps + 1)  # record 0 is the starting point
    assert record.iteration == textbook_steps
    app_theta = np.concatenate([[record.intercept], record.coef])
    calibration = 8 * APP_CHUNK
    elapsed = timed(lambda: consume(run, calibration))
    app_steps = APP_CHUNK * max(
        4, round(calibration / elapsed * settings.budget / APP_CHUNK)
    )

    kept = Kept()
    textbook_time = kept.timer("textbook", lambda: textbook(textbook_steps))
    app_time = kept.timer("app", lambda: consume(run, app_steps))
    result = interleave(
        lambda: textbook_steps / textbook_time(),
        lambda: app_steps / app_time(),
        settings.repeats,
    )
    w_ref, b_ref = kept.results["textbook"]
    difference = float(np.max(np.abs(app_theta - np.concatenate([[b_ref], w_ref]))))
    setup = statistics.median(setup_times)
    ratio = result.ratio
    low, high = result.pair_spread()
    # What a user waits for a 1,000-step run, setup included, relative to textbook.
    run_ratio = (1000 / result.baseline_median) / (setup + 1000 / result.app_median)
    at_target = n == 10**6
    return [
        f"N=10^{round(np.log10(n))} d={d}",
        fmt_rate(result.baseline_median),
        fmt_rate(result.app_median),
        fmt_ratio(ratio),
        f"{fmt_ratio(low)}–{fmt_ratio(high)}",
        fmt_seconds(setup),
        fmt_ratio(run_ratio),
        f"≥ {GD_TARGET:,.0f}×" if at_target else "—",
        verdict(ratio >= GD_TARGET if at_target else None),
        f"{textbook_steps}/{app_steps}",
        f"{difference:.0e}",
    ]


def warm_up() -> None:
    """Fit a tiny problem once, so no timing pays for first-use imports."""
    from linreg_gui.model.design import DesignSpec, build_design
    from linreg_gui.model.gd import GradientDescent
    from linreg_gui.model.solvers import OLS

    X, y = regression_data(np.random.default_rng(0), 50, 2, standardized=True)
    columns, names = columns_of(X, y)
    design, _ = build_design(columns, DesignSpec(names, "y"))
    OLS().fit(design)
    consume(GradientDescent(method="gd", max_iter=600, tol=0).steps(design), 601)


def bench_gd(settings: Settings) -> None:
    warm_up()
    rng = np.random.default_rng(SEED)
    rows = [gd_case(n, d, settings, rng) for d in GD_FEATURES for n in GD_ROWS]
    print_table(
        "1. Batch gradient descent: steps per second, app vs the textbook loop",
        [
            "case",
            "textbook",
            "app",
            "ratio",
            "pair range",
            "app setup",
            "1k-step run",
            "target",
            "verdict",
            "steps timed",
            "max |Δθ|",
        ],
        rows,
        [
            "ratio = app steps/s ÷ textbook steps/s (higher is better); medians of "
            f"{settings.repeats} interleaved pairs.",
            "app setup = one-off O(N d²) pass when a run starts (Gram matrix, exact "
            "optimum); not in the steps/s.",
            "1k-step run = speed-up for a whole 1,000-step run, setup included.",
            "steps timed = textbook/app steps per measurement; max |Δθ| = app vs "
            "textbook coefficients after the same number of steps.",
        ],
    )


# ---------------------------------------------------------------------- 2. OLS


def ols_case(
    n: int, d: int, settings: Settings, rng: np.random.Generator
) -> tuple[list[str], list[str]]:
    """One row of the OLS table, and notes (a profile when it misses its target)."""
    from linreg_gui.model.design import DesignSpec, build_design
    from linreg_gui.model.solvers import OLS

    X, y = regression_data(rng, n, d, standardized=False)
    columns, names = columns_of(X, y)
    design, _ = build_design(columns, DesignSpec(names, "y"))

    def baseline() -> FloatArray:
        A = np.column_stack([np.ones(n), X])
        return np.asarray(np.linalg.lstsq(A, y, rcond=None)[0], dtype=np.float64)

    def app() -> OLS:
        return OLS().fit(design)

    kept = Kept()
    result = interleave(
        kept.timer("lstsq", baseline),
        kept.timer("OLS", app),
        settings.repeats,
        warm_up=not settings.quick,
    )
    reference = kept.results["lstsq"]
    params = kept.results["OLS"].params_
    difference = float(
        np.max(np.abs(params - reference) / np.maximum(1.0, np.abs(reference)))
    )
    at_target = n == 10**6
    meets = result.ratio <= OLS_TARGET if at_target else None
    notes: list[str] = []
    if meets is False:
        if settings.quick:
            notes.append(f"{n:,} x {d}: OLS misses; run without --quick for a profile.")
        else:
            notes.extend(profile_lines(f"OLS().fit at {n:,} x {d}", app))
    low, high = result.pair_spread()
    row = [
        f"{n:,} x {d}",
        fmt_seconds(result.baseline_median),
        fmt_seconds(result.app_median),
        fmt_ratio(result.ratio),
        f"{fmt_ratio(low)}–{fmt_ratio(high)}",
        f"≤ {OLS_TARGET:.1f}×" if at_target else "—",
        verdict(meets),
        f"{difference:.0e}",
    ]
    return row, notes


def profile_lines(label: str, action: Callable[[], object], top: int = 8) -> list[str]:
    """Where one call of ``action`` spends its time (own time, largest first)."""
    profile = cProfile.Profile()
    profile.enable()
    action()
    profile.disable()
    stats: dict[Any, Any] = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    total = sum(entry[2] for entry in stats.values()) or 1.0
    entries = sorted(stats.items(), key=lambda item: item[1][2], reverse=True)
    lines = [f"profile of one {label} ({fmt_seconds(total)} in total), own time:"]
    for (path, line, function), (_, calls, own, _, _) in entries[:top]:
        where = f"{Path(path).name}:{line}" if line else "built-in"
        lines.append(
            f"  {fmt_seconds(own):>9} {own / total:6.1%}  {function} ({where}, {calls}×)"
        )
    return lines


def bench_ols(settings: Settings) -> None:
    rng = np.random.default_rng(SEED + 1)
    rows: list[list[str]] = []
    notes = [
        "ratio = OLS().fit time ÷ lstsq time (lower is better; the baseline includes "
        f"forming [1, X]); medians of {settings.repeats} interleaved pairs.",
        "max |Δb| = largest coefficient difference, relative to max(1, |b|).",
    ]
    warm_up()
    profiles: list[str] = []
    for n in settings.sizes((10**5, 10**6)):
        row, extra = ols_case(n, 10, settings, rng)
        rows.append(row)
        profiles.extend(extra)
    notes.extend(profiles)
    print_table(
        "2. Least squares: OLS().fit vs np.linalg.lstsq (10 features + intercept)",
        [
            "case",
            "lstsq",
            "OLS",
            "ratio",
            "pair range",
            "target",
            "verdict",
            "max |Δb|",
        ],
        rows,
        notes,
    )


# ---------------------------------------------------------------------- 3. CSV


def fixed_point_rows(values: FloatArray, decimals: int) -> bytes:
    """CSV lines for a block of numbers, ``-12.3456`` style, built with array
    arithmetic (``DataFrame.to_csv`` needs about a minute for 10^7 cells)."""
    pad = 0  # a byte no cell contains; removed at the end
    scaled = np.rint(np.abs(values) * 10**decimals).astype(np.int32)
    digits = len(str(int(scaled.max()))) if scaled.size else 1
    int_width = max(1, digits - decimals)
    n, c = values.shape
    cells = np.empty((n, c, int_width + decimals + 3), dtype=np.uint8)
    cells[..., 0] = np.where((values < 0) & (scaled > 0), ord("-"), pad)
    cells[..., 1 + int_width] = ord(".")
    cells[..., -1] = ord(",")
    cells[:, -1, -1] = ord("\n")
    rest = scaled
    for position in range(int_width + decimals):  # units of 10^-decimals upwards
        shorter = rest // 10
        digit = (rest - 10 * shorter + ord("0")).astype(np.uint8)
        k = int_width + decimals - 1 - position  # digit index, left to right
        if k < int_width - 1:  # a leading zero is dropped, the units digit is not
            digit[scaled < 10**position] = pad
        cells[..., 1 + k + (k >= int_width)] = digit
        rest = shorter
    flat = cells.reshape(-1)
    return bytes(flat[flat != pad].tobytes())


def write_numeric_csv(path: Path, n_rows: int, rng: np.random.Generator) -> None:
    """A header and ``n_rows`` rows of 10 x columns and a y, four decimals each."""
    d = 10
    names = [*(f"x{j}" for j in range(d)), "y"]
    w = rng.standard_normal(d)
    block = 100_000
    with path.open("wb") as file:
        file.write((",".join(names) + "\n").encode())
        for start in range(0, n_rows, block):
            rows = min(block, n_rows - start)
            X = rng.standard_normal((rows, d)) * np.logspace(-1, 2, d) + np.linspace(
                -50, 50, d
            )
            y = 1.5 + X @ w + rng.standard_normal(rows)
            file.write(fixed_point_rows(np.column_stack([X, y]), decimals=4))


def csv_case(path: Path, n: int, settings: Settings) -> list[str]:
    """One row of the CSV table."""
    from linreg_gui.model.io import load_table

    kept = Kept()
    result = interleave(
        kept.timer("pandas", lambda: pd.read_csv(path)),
        kept.timer("app", lambda: load_table(path)),
        settings.repeats,
        warm_up=not settings.quick,
    )
    # Both must have read the whole table, to the same numbers.
    frame, dataset = kept.results["pandas"], kept.results["app"]
    assert frame.shape == (n, 11), frame.shape
    assert dataset.n_rows == n
    assert len(dataset.numeric_columns) == 11
    difference = max(
        float(np.max(np.abs(dataset.values(name) - frame[name].to_numpy())))
        for name in frame.columns
    )
    low, high = result.pair_spread()
    size = path.stat().st_size / 1e6
    return [
        f"{n:,} x 11 ({size:.0f} MB)",
        fmt_seconds(result.baseline_median),
        fmt_seconds(result.app_median),
        fmt_ratio(result.ratio),
        f"{fmt_ratio(low)}–{fmt_ratio(high)}",
        f"≤ {CSV_TARGET:.1f}×",
        verdict(result.ratio <= CSV_TARGET),
        f"{difference:.0e}",
    ]


def bench_csv(settings: Settings) -> None:
    rng = np.random.default_rng(SEED + 2)
    rows: list[list[str]] = []
    with tempfile.TemporaryDirectory(prefix="linreg-bench-") as folder:
        for n in settings.sizes((10**5, 10**6)):
            path = Path(folder) / f"numeric_{n}x11.csv"
            write_numeric_csv(path, n, rng)
            rows.append(csv_case(path, n, settings))
            path.unlink()
    print_table(
        "3. CSV load: load_table vs pandas.read_csv (numeric, 11 columns)",
        [
            "case",
            "read_csv",
            "load_table",
            "ratio",
            "pair range",
            "target",
            "verdict",
            "max |Δ|",
        ],
        rows,
        [
            "ratio = load_table time ÷ read_csv time (lower is better); medians of "
            f"{settings.repeats} interleaved pairs; the file is in the OS cache.",
            "max |Δ| = largest difference between the two readers' values.",
        ],
    )


# ---------------------------------------------------------------------- entry point

BENCHMARKS: dict[str, Callable[[Settings], None]] = {
    "gd": bench_gd,
    "ols": bench_ols,
    "csv": bench_csv,
}


def main(quick: bool = False, only: str | None = None) -> int:
    """Run the model benchmarks (``only``: one of ``PARTS``) and print their tables."""
    if only is not None and only not in BENCHMARKS:
        print(f"model_bench: unknown part {only!r}; choose from {', '.join(PARTS)}")
        return 2
    settings = Settings.for_mode(quick)
    for name, bench in BENCHMARKS.items():
        if only is None or only == name:
            start = time.perf_counter()
            bench(settings)
            print(f"  ({name}: {time.perf_counter() - start:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer, shorter repeats")
    parser.add_argument("--only", choices=PARTS, help="run one part")
    arguments = parser.parse_args()
    sys.exit(main(arguments.quick, arguments.only))
