"""Convergence sweep: how many gradient runs are labelled honestly, before and after.

Not a timing benchmark: it runs gd, momentum, adam and mini-batch SGD on the
seed tutorial's 320 rows and the bundled examples, raw and standardised, under
each stopping rule, and checks every run's "converged" label against the gap
rule (every coefficient and the loss within the tolerance of least squares),
worked out independently from ordinary least squares.  "Before" is the label
the app gave until the gap rule, "converged" whenever the stopping rule fired;
"after" is today's.

    python benchmarks/convergence_sweep.py [--quick]

The engine is ``tests/model/convergence_sweep.py``; the test suite runs a short
sweep with it (``tests/model/test_convergence_sweep.py``).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FULL_ITERATIONS = 100_000
QUICK_ITERATIONS = 20_000
QUICK_DATA_SETS = ("tutorial_320", "textbook_line", "quadratic")


def _table(rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for n, row in enumerate(rows):
        lines.append(" | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))
        if n == 0:
            lines.append("-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def _label(value: bool) -> str:
    return "converged" if value else "not conv."


def main(quick: bool = False) -> int:
    from tests.model.convergence_sweep import (
        DATA_SETS,
        OLD_RULES,
        TOLERANCE,
        digits,
        sweep,
    )

    iterations = QUICK_ITERATIONS if quick else FULL_ITERATIONS
    data_sets = QUICK_DATA_SETS if quick else DATA_SETS
    started = time.perf_counter()
    outcomes = sweep(iterations, data_sets=data_sets)
    elapsed = time.perf_counter() - started

    print(
        f"convergence sweep: max {iterations:,} iterations, tol {TOLERANCE:g}, "
        f"{len(outcomes)} runs in {elapsed:.0f} s"
    )
    rows = [
        [
            "data",
            "scale",
            "method",
            "rule",
            "iterations",
            "why it stopped",
            "digits",
            "coef gap",
            "loss gap",
            "gap rule",
            "before",
            "after",
        ]
    ]
    for o in outcomes:
        c = o.case
        before = _label(o.old_label) if c.stop_on in OLD_RULES else "-"
        if c.stop_on in OLD_RULES and not o.old_honest:
            before += " WRONG"
        after = _label(o.label) + ("" if o.honest else " WRONG")
        rows.append(
            [
                c.data,
                "std" if c.standardize else "raw",
                c.method,
                c.stop_on,
                f"{o.iterations:,}",
                str(o.stop_reason),
                digits(o.coef_gap),
                f"{o.coef_gap:.1e}",
                f"{o.loss_gap:.1e}",
                _label(o.truth),
                before,
                after,
            ]
        )
    print(_table(rows))
    print()

    textbook = [o for o in outcomes if o.case.stop_on in OLD_RULES]
    gap_runs = [o for o in outcomes if o.case.stop_on == "gap"]
    old_default = [o for o in outcomes if o.case.stop_on == "gradient"]
    summary = [
        ["labels honest", "before", "after", "target", "verdict"],
        [
            f"textbook rules (gradient, loss): {len(textbook)} runs",
            str(sum(o.old_honest for o in textbook)),
            str(sum(o.honest for o in textbook)),
            str(len(textbook)),
            "meets" if all(o.honest for o in textbook) else "MISSES",
        ],
        [
            f"old default rule (gradient): {len(old_default)} runs",
            str(sum(o.old_honest for o in old_default)),
            str(sum(o.honest for o in old_default)),
            str(len(old_default)),
            "meets" if all(o.honest for o in old_default) else "MISSES",
        ],
        [
            f"new default rule (gap): {len(gap_runs)} runs",
            "-",
            str(sum(o.honest for o in gap_runs)),
            str(len(gap_runs)),
            "meets" if all(o.honest for o in gap_runs) else "MISSES",
        ],
    ]
    print(_table(summary))
    converged = sum(o.label for o in gap_runs)
    by_method = ", ".join(
        f"{m} {sum(o.label for o in gap_runs if o.case.method == m)}"
        f"/{sum(1 for o in gap_runs if o.case.method == m)}"
        for m in ("gd", "momentum", "adam", "sgd")
    )
    print(
        f"\nUnder the gap rule {converged} of {len(gap_runs)} runs converged "
        f"({by_method}); the others ran to the iteration limit and say how far "
        "they are."
    )
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer, shorter runs")
    sys.exit(main(quick=parser.parse_args().quick))
