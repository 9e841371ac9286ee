"""Three things a student would notice if they were slow, timed against a baseline.

These were once wall-clock assertions in the tests; a test must not time the
machine, so the numbers live here (same process, interleaved rounds, medians):

* ``close``: closing the window while a run streams at full speed, against
  closing it with no run.                                        [target ≤ 1 s]
* ``table``: showing 10⁶ rows in the data table, reading its first and last
  screenful and repainting, against a ``QTableView`` over a bare NumPy-backed
  model.                                                           [target ≤ 2 s]
* ``generate``: *File ▸ Generate Data* at its limit of 10⁶ rows, against the
  same random numbers drawn in plain NumPy.                        [target ≤ 1 s]

    python benchmarks/responsiveness_bench.py [--quick] [--only close|table|generate]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PARTS = ("close", "table", "generate")
TARGETS = {"close": 1.0, "table": 2.0, "generate": 1.0}
N_ROWS = 1_000_000


def interleaved(
    baseline: Callable[[], float], app: Callable[[], float], rounds: int
) -> tuple[float, float, list[float]]:
    """Medians of both sides and the ratio within each pair, order flipped each round."""
    base: list[float] = []
    ours: list[float] = []
    for i in range(rounds):
        if i % 2:
            ours.append(app())
            base.append(baseline())
        else:
            base.append(baseline())
            ours.append(app())
    ratios = [o / b for o, b in zip(ours, base, strict=True) if b > 0]
    return statistics.median(base), statistics.median(ours), ratios


def report(name: str, what: str, base: float, ours: float, ratios: list[float]) -> None:
    target = TARGETS[name]
    verdict = "meets" if ours <= target else "MISSES"
    low, high = (min(ratios), max(ratios)) if ratios else (float("nan"),) * 2
    print(f"\n{name}: {what}")
    print("case | baseline | app | ratio | pair range | target | verdict")
    print(
        f"{name} | {base:.3f} s | {ours:.3f} s | {ours / base:.2f}× | "
        f"{low:.2f}–{high:.2f} | ≤ {target:g} s | {verdict}"
    )


def _pump(until: Callable[[], bool], timeout: float = 60.0) -> None:
    from PySide6.QtCore import QCoreApplication

    end = time.monotonic() + timeout
    while not until():
        if time.monotonic() > end:
            raise TimeoutError("benchmark step timed out")
        QCoreApplication.processEvents()
        time.sleep(0.001)


def bench_close(rounds: int) -> None:
    from dataclasses import replace

    from linreg_gui.settings import Settings
    from linreg_gui.ui.main_window import MainWindow

    folder = Path(tempfile.mkdtemp(prefix="linreg-gui-bench-"))

    def close_window(running: bool) -> float:
        window = MainWindow(Settings(folder / "settings.ini"))
        window.show()
        window.load_default_example()
        _pump(lambda: window.analysis is not None)
        choices = window.solver_panel.choices()
        settings = replace(
            choices.settings, learning_rate=0.001, max_iter=10_000_000, tol=0.0
        )
        window.apply_solver_choices(
            replace(choices, settings=settings, steps_per_second=None)
        )
        _pump(
            lambda: (
                window.analysis is not None
                and window.analysis.settings.max_iter == 10_000_000
            )
        )
        if running:
            window.run_action.trigger()
            _pump(lambda: window.controller.last_snapshot is not None)
        began = time.perf_counter()
        window.close()
        elapsed = time.perf_counter() - began
        assert window.controller.busy_threads == 0
        window.deleteLater()
        return elapsed

    base, ours, ratios = interleaved(
        lambda: close_window(False), lambda: close_window(True), rounds
    )
    report("close", "close the window mid-run vs idle", base, ours, ratios)


def bench_table(rounds: int) -> None:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QTableView

    from linreg_gui.model.dataset import Dataset
    from linreg_gui.ui.data_table import DataTableView

    rng = np.random.default_rng(0)
    columns = {name: rng.normal(size=N_ROWS) for name in ("a", "b", "c", "d")}
    big = Dataset.from_arrays("big", columns)
    matrix = np.column_stack(list(columns.values()))

    class Bare(QAbstractTableModel):
        """What one would write first: a model that formats on request."""

        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return N_ROWS

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 4

        def data(self, index: Any, role: int = 0) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{matrix[index.row(), index.column()]:.6g}"
            return None

    def scroll(view: QTableView) -> None:
        model = view.model()
        texts = [model.data(model.index(r, c)) for r in range(40) for c in range(4)]
        view.scrollToBottom()
        last = view.rowAt(view.viewport().height() - 1)
        texts += [model.data(model.index(r, 0)) for r in range(last - 40, last + 1)]
        view.viewport().repaint()
        assert last == N_ROWS - 1
        assert all(texts)

    def ours() -> float:
        view = DataTableView()
        view.resize(600, 400)
        view.show()
        model = view.table_model()
        began = time.perf_counter()
        model.set_dataset(big)
        model.set_roles(("a", "b"), "c")
        model.set_row_mask(np.ones(N_ROWS, dtype=bool))
        scroll(view)
        elapsed = time.perf_counter() - began
        view.deleteLater()
        return elapsed

    def baseline() -> float:
        view = QTableView()
        view.resize(600, 400)
        view.show()
        began = time.perf_counter()
        view.setModel(Bare())
        scroll(view)
        elapsed = time.perf_counter() - began
        view.deleteLater()
        return elapsed

    base, app, ratios = interleaved(baseline, ours, rounds)
    report("table", f"open and scroll {N_ROWS:,} rows", base, app, ratios)


def bench_generate(rounds: int) -> None:
    from linreg_gui.model.examples import generate_linear

    def ours() -> float:
        began = time.perf_counter()
        dataset = generate_linear(N_ROWS, 3.0, 4.0, 1.0, seed=0)
        elapsed = time.perf_counter() - began
        assert dataset.n_rows == N_ROWS
        return elapsed

    def baseline() -> float:
        began = time.perf_counter()
        rng = np.random.default_rng(0)
        x = rng.uniform(0.0, 10.0, N_ROWS)
        y = 4.0 + 3.0 * x + rng.standard_normal(N_ROWS)
        elapsed = time.perf_counter() - began
        assert y.size == N_ROWS
        return elapsed

    base, app, ratios = interleaved(baseline, ours, rounds)
    report("generate", f"generate {N_ROWS:,} rows", base, app, ratios)


def main(quick: bool = False, only: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    rounds = 3 if quick else 5
    benches = {"close": bench_close, "table": bench_table, "generate": bench_generate}
    for name in PARTS if only is None else (only,):
        benches[name](rounds)
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="3 rounds, not 5")
    parser.add_argument("--only", choices=PARTS, help="one part")
    args = parser.parse_args()
    sys.exit(main(quick=args.quick, only=args.only))
