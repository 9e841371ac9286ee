"""Start-up: time from launching the app until its main window is first painted.

Each launch is a new process; its time runs from just before the process is
started to the first paint of its main window, which the process reports through
``LINREG_GUI_STARTUP_PROBE=quit`` (see ``linreg_gui/app.py``) and then exits.

* ``baseline``: a bare PySide6 + pyqtgraph window (a ``QMainWindow`` holding one
  ``PlotWidget``), from the same Python: the least any app on this stack pays.
* ``source``: ``python -m linreg_gui`` from the project's environment.
* ``bundle``: ``dist/linreg-gui/linreg-gui`` when it has been built.

*Cold* launches follow ``echo 3 > /proc/sys/vm/drop_caches`` (root only; without
it the cold rows say so and are skipped), which makes every file come from disk,
as after a reboot of a lab machine.  *Warm* launches come after them, with the
files in the OS cache.  The full run also lists the app's slowest imports.  Targets: source warm < 1.0 s, source cold
< 1.5 s, bundle cold < 1.5 s.  Baseline and app launches alternate, and the
table shows medians and the ratio app / baseline.

    python benchmarks/startup_bench.py [--quick]

``--quick`` (about 20 s): one cold and two warm launches of each.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "linreg-gui" / "linreg-gui"
DROP_CACHES = Path("/proc/sys/vm/drop_caches")
PROBE_PREFIX = "linreg-gui: first paint at "
TIMEOUT_S = 60.0

#: Targets in seconds, by (what, cache state); missing means "info".
TARGETS = {("source", "warm"): 1.0, ("source", "cold"): 1.5, ("bundle", "cold"): 1.5}

BARE_WINDOW = f"""
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
app = QApplication(sys.argv[:1])
import pyqtgraph as pg
window = QMainWindow()
window.setCentralWidget(pg.PlotWidget())
window.resize(1200, 800)
class Probe(QObject):
    def eventFilter(self, watched, event):
        if (event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                and watched.window() is window):
            app.removeEventFilter(self)
            print("{PROBE_PREFIX}" + format(time.monotonic(), ".6f"), flush=True)
            QTimer.singleShot(0, lambda: os._exit(0))
        return False
probe = Probe()
app.installEventFilter(probe)
window.show()
app.exec()
"""


@dataclass
class Case:
    """One kind of launch and the times measured for it."""

    name: str
    command: list[str]
    times: dict[str, list[float]] = field(default_factory=dict)


def launch(command: Sequence[str], env: dict[str, str]) -> float:
    """Seconds from starting ``command`` to its first-paint report."""
    start = time.monotonic()
    process = subprocess.Popen(
        command,
        env=env,
        cwd=tempfile.gettempdir(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        out, err = process.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired as error:
        process.kill()
        process.communicate()
        message = f"{command[0]} showed no window in {TIMEOUT_S:.0f} s"
        raise RuntimeError(message) from error
    for line in out.splitlines():
        if line.startswith(PROBE_PREFIX):
            return float(line[len(PROBE_PREFIX) :]) - start
    raise RuntimeError(
        f"{' '.join(command)} exited {process.returncode} without painting a "
        f"window:\n{err.strip()[-2000:]}"
    )


def can_drop_caches() -> bool:
    return os.access(DROP_CACHES, os.W_OK)


def drop_caches() -> None:
    """Empty the OS file cache, so the next launch reads everything from disk."""
    os.sync()
    DROP_CACHES.write_text("3\n")


def measure(cases: list[Case], state: str, rounds: int, env: dict[str, str]) -> None:
    """Launch every case ``rounds`` times, interleaved, order flipping each round."""
    before: Callable[[], None] = drop_caches if state == "cold" else lambda: None
    if state == "warm" and not any("cold" in case.times for case in cases):
        for case in cases:
            launch(case.command, env)  # fill the cache; not counted
    for round_ in range(rounds):
        order = cases if round_ % 2 == 0 else cases[::-1]
        for case in order:
            before()
            case.times.setdefault(state, []).append(launch(case.command, env))


def fmt_seconds(value: float) -> str:
    return f"{value * 1e3:.0f} ms" if value < 1 else f"{value:.2f} s"


def print_table(
    title: str, headers: Sequence[str], rows: Sequence[Sequence[str]]
) -> None:
    """A plain-text table: first column left-aligned, the others right-aligned."""
    widths = [max(len(row[i]) for row in (headers, *rows)) for i in range(len(headers))]
    print(f"\n{title}\n{'=' * len(title)}")
    for index, row in enumerate((headers, *rows)):
        print(
            " | ".join(
                cell.ljust(w) if i == 0 else cell.rjust(w)
                for i, (cell, w) in enumerate(zip(row, widths, strict=True))
            )
        )
        if index == 0:
            print("-+-".join("-" * w for w in widths))
    sys.stdout.flush()


def rows_for(
    baseline: Case, apps: list[Case], states: Sequence[str]
) -> list[list[str]]:
    rows = []
    for state in states:
        base = baseline.times.get(state)
        for app in apps:
            got = app.times.get(state)
            if not base or not got:
                continue
            b, a = statistics.median(base), statistics.median(got)
            ratios = [x / y for x, y in zip(got, base, strict=False)]
            target = TARGETS.get((app.name, state))
            verdict = (
                "info" if target is None else ("meets" if a < target else "MISSES")
            )
            rows.append(
                [
                    f"{app.name}, {state}",
                    fmt_seconds(b),
                    fmt_seconds(a),
                    f"{a / b:.2f}×",
                    f"{min(ratios):.2f}–{max(ratios):.2f}×",
                    f"{min(got):.2f}–{max(got):.2f} s",
                    str(len(got)),
                    "—" if target is None else f"< {target:.1f} s",
                    verdict,
                ]
            )
    return rows


def import_costs(env: dict[str, str], top: int = 12) -> list[str]:
    """The app's slowest imports before its window shows (``-X importtime``)."""
    process = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "linreg_gui"],
        env=env,
        cwd=tempfile.gettempdir(),
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    entries = []
    for line in process.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        _, cumulative, name = line.split("|", 2)
        depth = (len(name) - len(name.lstrip()) - 1) // 2
        try:
            entries.append((int(cumulative), depth, name.strip()))
        except ValueError:
            continue
    # Top-level imports and the app's own modules, largest first.
    chosen = [e for e in entries if e[1] <= 1 or e[2].startswith("linreg_gui.")]
    chosen.sort(reverse=True)
    return [f"{us / 1e3:7.0f} ms  {name}" for us, _, name in chosen[:top]]


def main(quick: bool = False) -> int:
    warm_rounds, cold_rounds = (2, 1) if quick else (7, 5)
    env = dict(os.environ)
    profile = Path(tempfile.mkdtemp(prefix="linreg-startup-"))
    env.update(
        LINREG_GUI_STARTUP_PROBE="quit",
        LINREG_GUI_CONFIG_DIR=str(profile / "config"),
        LINREG_GUI_DATA_DIR=str(profile / "data"),
        LINREG_GUI_NO_DIALOGS="1",
        PYQTGRAPH_QT_LIB="PySide6",
    )
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    baseline = Case("bare window", [sys.executable, "-c", BARE_WINDOW])
    apps = [Case("source", [sys.executable, "-m", "linreg_gui"])]
    if BUNDLE.exists():
        apps.append(Case("bundle", [str(BUNDLE)]))
    cases = [baseline, *apps]
    states = ["warm"]
    if can_drop_caches():
        states.append("cold")
    print(
        f"platform {env['QT_QPA_PLATFORM']}; {warm_rounds} warm and "
        f"{cold_rounds if 'cold' in states else 0} cold launches of each; "
        f"bundle: {BUNDLE if BUNDLE.exists() else 'not built (python3 dev.py build)'}"
    )
    try:
        # Cold first: it leaves every file in the cache, ready for the warm runs.
        if "cold" in states:
            measure(cases, "cold", cold_rounds, env)
        measure(cases, "warm", warm_rounds, env)
    except (RuntimeError, OSError) as error:
        print(f"startup_bench: {error}", file=sys.stderr)
        return 1
    headers = [
        "case",
        "bare window",
        "linreg-gui",
        "ratio",
        "pair range",
        "app range",
        "runs",
        "target",
        "verdict",
    ]
    print_table(
        "Start-up to first paint: linreg-gui vs a bare PySide6 + pyqtgraph window",
        headers,
        rows_for(baseline, apps, states),
    )
    if "cold" not in states:
        print(
            "  cold: skipped (emptying the file cache needs root: "
            f"{DROP_CACHES} is not writable)"
        )
    print("  The bare window runs from source; the bundle is compared with it too.")
    if not quick:
        print("\n  The app's slowest imports before its window shows (-X importtime):")
        for line in import_costs(env):
            print(f"  {line}")
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer launches")
    sys.exit(main(quick=parser.parse_args().quick))
