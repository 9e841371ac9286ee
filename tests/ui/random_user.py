"""A random user: seeded sequences of real user actions on the main window.

Scripted tests check what their authors thought of.  A user who presses F5
while a file loads, types "abc" into a cell mid-run and drops a file while the
solver changes finds the rest.  Every action here takes the path a user takes:
a ``QAction`` from ``window.actions``, a key press, a mouse click on a plot's
viewport, text typed into a spin box or a table cell, a dragged and dropped
file, File ▸ Open with the file dialog answered.

The sequence is a *plan* made from the seed alone (:func:`plan`), so a seed
always means the same actions; what an action touches (which point, which
column) is chosen when it runs, from fractions in the plan, so a plan also
replays on another data set.  After every action the invariants are checked
(:meth:`RandomUser.check`), and a :class:`Watchdog` thread watches a heartbeat
ticking in the GUI thread: an event loop blocked for longer than the limit is
a failure, with a traceback of every thread taken while it is blocked.

Shared by ``tests/ui/test_random_actions.py`` (short, in the suite) and
``benchmarks/random_actions.py`` (long, with timings and shrinking).
"""

from __future__ import annotations

import faulthandler
import json
import os
import random
import shutil
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

import numpy as np
from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QMimeData,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
    QtMsgType,
    QUrl,
    qInstallMessageHandler,
)
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QListView,
    QSlider,
    QWidget,
)

from linreg_gui.app import when_first_painted
from linreg_gui.model.examples import EXAMPLES
from linreg_gui.model.fitting import CLOSED_FORM_METHODS, ITERATIVE_METHODS
from linreg_gui.model.snapshot import RunState
from linreg_gui.settings import Settings
from linreg_gui.ui.main_window import MainWindow
from linreg_gui.ui.menus import HISTORY_CHOICES

#: How long a background task (a load, an analysis) may take before the
#: invariants that wait for it give up.
TASK_TIMEOUT_S = 30.0
#: Heartbeat period of the GUI thread.
HEARTBEAT_MS = 20
#: A gap between heartbeats longer than this is counted as a lag (a user feels
#: 0.1 s; the stall limit is what fails a run).
SLOW_BEAT_S = 0.1
#: Set this environment variable to print where the GUI thread was during each
#: long gap (its stack sampled every 5 ms by the watchdog).
PROFILE_STALLS = "LINREG_PROFILE_STALLS"
PROFILE_FROM_S = 0.15
#: Set this one to print each such gap with the CPU time the GUI thread and the
#: other threads used in it (cheap: nothing is sampled).
LOG_GAPS = "LINREG_LOG_GAPS"
#: Events that took the GUI thread a while, as (ended at, text), appended by a
#: timing QApplication (``benchmarks/random_actions.py``): a logged gap lists
#: the ones inside it.
EVENT_LOG: list[tuple[float, str]] = []


def run_events(ms: int) -> None:
    """Run the event loop for ``ms`` milliseconds, as the app's own loop does.

    Not ``QTest.qWait``: PySide 6.11 holds the GIL for the whole of it, so a
    worker ran only between the GUI thread's timer callbacks (importing pandas
    in a thread took 120 s beside a loop of ``qWait(50)``, 0.4 s beside
    ``app.exec()``), and every load, analysis and comparison of a soak crept.
    ``QEventLoop.exec`` lets them run.
    """
    loop = QEventLoop()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(ms)
    loop.exec()
    timer.stop()  # the loop may end early (the application quitting)


def _threads_cpu() -> dict[int, tuple[str, float]]:
    """Each thread of this process: its system name and CPU seconds so far
    (Linux; empty elsewhere).  Worker threads are named after their task."""
    found: dict[int, tuple[str, float]] = {}
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    try:
        tasks = os.listdir("/proc/self/task")
    except OSError:
        return found
    for tid in tasks:
        try:
            with open(f"/proc/self/task/{tid}/stat") as stat:
                text = stat.read()
        except OSError:
            continue
        name = text[text.index("(") + 1 : text.rindex(")")]
        fields = text[text.rindex(")") + 2 :].split()
        found[int(tid)] = (name, (int(fields[11]) + int(fields[12])) / tick)
    return found


def _waits() -> tuple[float, float]:
    """Seconds the calling thread has waited, runnable, for a core (its
    schedstat), and the host's steal over all cores so far (Linux; 0 elsewhere)."""
    queued = stolen = 0.0
    try:
        with open("/proc/thread-self/schedstat") as schedstat:
            queued = int(schedstat.read().split()[1]) / 1e9
        with open("/proc/stat") as stat:
            stolen = int(stat.readline().split()[8]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        pass
    return queued, stolen


def _busiest(
    before: dict[int, tuple[str, float]], after: dict[int, tuple[str, float]]
) -> str:
    """The other threads that used the most CPU between two readings."""
    used = sorted(
        (
            (seconds - before.get(tid, (name, 0.0))[1], name)
            for tid, (name, seconds) in after.items()
            if tid != threading.get_native_id()
        ),
        reverse=True,
    )
    shown = [f"{name} {spent * 1000:.0f}" for spent, name in used[:3] if spent > 0]
    return f" ({', '.join(shown)})" if shown else ""


#: Commands triggered through their ``QAction`` (``window.actions[name]``).
TRIGGERED = (
    "run",
    "step",
    "stop",
    "reset",
    "compare",
    "copy_results",
    "copy_plot",
    "reference",
    "log_loss",
    "export_code",
    "save_plot",
    "generate",
)

#: How often each kind of action comes up (relative weights).  Run control is
#: common because runs are where threads, timers and snapshots meet.
WEIGHTS: dict[str, float] = {
    "run": 3.0,
    "step": 2.0,
    "stop": 1.5,
    "reset": 1.0,
    "compare": 0.3,
    "copy_results": 0.5,
    "copy_plot": 0.2,
    "reference": 0.6,
    "log_loss": 0.6,
    "export_code": 0.4,
    "save_plot": 0.4,
    "generate": 0.3,
    "example": 1.0,
    "history": 0.5,
    "method": 1.5,
    "learning_rate": 1.5,
    "speed": 1.0,
    "degree": 0.7,
    "test_fraction": 0.7,
    "standardize": 0.6,
    "intercept": 0.3,
    "max_iterations": 0.5,
    "y_column": 0.4,
    "x_column": 0.8,
    "click_point": 1.5,
    "plot_tab": 0.4,
    "edit_cell": 1.0,
    "drop_file": 0.6,
    "open_bad": 0.8,
    "open_cancel": 0.2,
    "key": 2.0,
    "resize": 0.5,
    "wait": 2.5,
}

#: Files that must be refused (each for another reason), by name, with their bytes.
BAD_FILES: dict[str, bytes] = {
    "ragged.csv": b"x,y\n1,2\n3,4\n5,6,7\n8,9\n",
    "junk.csv": bytes(range(256)) * 8,
    "empty.csv": b"",
    "header_only.csv": b"x,y\n",
    "open_quote.csv": b'x,y\n"1,2\n3,4\n',
    "picture.csv": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64),
}

#: Files that load: a line, three columns, text and gaps, two rows, big numbers.
GOOD_FILES = (
    "line.csv",
    "three.csv",
    "mixed.csv",
    "two_rows.csv",
    "huge.csv",
    "extreme.csv",
    "wide.csv",
)
#: Large files for the long script only (``plan(..., big=True)``): 10⁶ rows,
#: and 10⁴ columns.
BIG_FILES = ("rows_1e6.csv", "columns_1e4.csv")

CELL_TEXTS = ("abc", "", "1e308", "-3.5", "nan", "1,5", "2.71828", "inf", " 7 ")
KEYS = ("F5", "F10", "Escape", "Ctrl+R")
_KEY_CODES = {
    "F5": (Qt.Key.Key_F5, Qt.KeyboardModifier.NoModifier),
    "F10": (Qt.Key.Key_F10, Qt.KeyboardModifier.NoModifier),
    "Escape": (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    "Ctrl+R": (Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier),
}
#: Qt warnings that are no fault of the app.  An edit confirmed (Return) in the
#: instant a new data set arrives: Qt's delegate commits on a queued call, the
#: model reset has already closed the editor, and Qt says so; the edit belonged
#: to the data being replaced, so dropping it is right.
IGNORED_QT_MESSAGES = (
    "commitData called with an editor that does not belong to this view",
)
_OFFSCREEN_NOISE = (
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",  # a tooltip shown offscreen
)


# --------------------------------------------------------------------- the plan


@dataclass(frozen=True)
class Step:
    """One user action: its kind and its arguments (plain JSON values)."""

    kind: str
    args: tuple[Any, ...] = ()

    def __str__(self) -> str:
        return f"{self.kind}({', '.join(_short(a) for a in self.args)})"

    def to_json(self) -> list[Any]:
        return [self.kind, *self.args]

    @classmethod
    def from_json(cls, value: list[Any]) -> Step:
        return cls(str(value[0]), tuple(value[1:]))


def _short(value: Any) -> str:
    return f"{value:.3f}" if isinstance(value, float) else repr(value)


def plan(seed: int, n_actions: int, *, big: bool = False) -> list[Step]:
    """The actions of ``seed``: the same list on every machine and every run;
    ``big`` also drops :data:`BIG_FILES`."""
    rng = random.Random(seed)
    kinds = list(WEIGHTS)
    weights = [WEIGHTS[k] for k in kinds]
    good = GOOD_FILES + BIG_FILES if big else GOOD_FILES
    return [
        _arguments(rng, rng.choices(kinds, weights)[0], good) for _ in range(n_actions)
    ]


def _arguments(
    rng: random.Random, kind: str, good: tuple[str, ...] = GOOD_FILES
) -> Step:
    """A step of ``kind`` with arguments drawn from ``rng``."""
    if kind in TRIGGERED or kind in ("standardize", "intercept", "open_cancel"):
        return Step(kind)
    pick: dict[str, Callable[[], tuple[Any, ...]]] = {
        "example": lambda: (rng.choice(EXAMPLES).key,),
        "history": lambda: (rng.choice(HISTORY_CHOICES),),
        "method": lambda: (
            rng.choice(
                ITERATIVE_METHODS if rng.random() < 0.7 else CLOSED_FORM_METHODS
            ),
        ),
        "learning_rate": lambda: (
            rng.choice(("up", "down"))
            if rng.random() < 0.3
            else rng.choice(("1e-4", "0.001", "0.01", "0.05", "0.1", "0.5", "2", "10")),
        ),
        "speed": lambda: (rng.randrange(6),),
        "degree": lambda: (rng.choice((1, 1, 2, 3, 5, 10)),),
        "test_fraction": lambda: (rng.choice((0, 10, 20, 30, 50, 90)),),
        "max_iterations": lambda: (rng.choice((1, 5, 50, 500, 5000, 200_000)),),
        "y_column": lambda: (rng.random(),),
        "x_column": lambda: (rng.random(),),
        "click_point": lambda: (rng.random(),),
        "plot_tab": lambda: (rng.randrange(2),),
        "edit_cell": lambda: (rng.random(), rng.random(), rng.choice(CELL_TEXTS)),
        "drop_file": lambda: (
            rng.choice(good if rng.random() < 0.75 else tuple(BAD_FILES)),
        ),
        "open_bad": lambda: (rng.choice(tuple(BAD_FILES)),),
        "key": lambda: (rng.choice(KEYS),),
        "resize": lambda: (rng.randint(960, 1700), rng.randint(600, 1100)),
        "wait": lambda: (rng.randint(0, 200),),
    }
    return Step(kind, pick[kind]())


def write_files(folder: Path) -> None:
    """The files the plan drops and opens, always the same bytes."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20240611)
    line = [(x / 4, 1.5 + 2 * x / 4 + rng.gauss(0, 0.4)) for x in range(40)]
    (folder / "line.csv").write_text(
        "x,y\n" + "".join(f"{a!r},{b!r}\n" for a, b in line)
    )
    three = []
    for _ in range(60):
        a, b = rng.gauss(0, 1), rng.gauss(0, 2)
        three.append((a, b, 1 + 2 * a - b + rng.gauss(0, 0.1)))
    (folder / "three.csv").write_text(
        "a,b,y\n" + "".join(f"{a!r},{b!r},{y!r}\n" for a, b, y in three)
    )
    mixed = ["name,height,weight,note"]
    for i in range(25):
        height = "" if i % 7 == 3 else f"{150 + i * 1.7:.1f}"
        mixed.append(f"p{i},{height},{50 + i * 0.9 + (i % 4):.1f},{'ab'[i % 2]}")
    (folder / "mixed.csv").write_text("\n".join(mixed) + "\n")
    (folder / "two_rows.csv").write_text("x,y\n1,2\n2,4\n")
    (folder / "huge.csv").write_text(
        "x,y\n" + "".join(f"{i * 1e6},{i * 3e6 + (i % 5) * 1e5}\n" for i in range(30))
    )
    (folder / "extreme.csv").write_text(
        "x,y,tiny\n"
        + "".join(
            f"{(i + 1) * 1e300!r},{i * 0.5 + rng.gauss(0, 0.1)!r},{(i + 1) * 1e-300!r}\n"
            for i in range(12)
        )
    )
    names = [f"c{j}" for j in range(300)]
    (folder / "wide.csv").write_text(
        ",".join(names)
        + "\n"
        + "".join(
            ",".join(f"{rng.gauss(0, 1):.4f}" for _ in names) + "\n" for _ in range(30)
        )
    )
    for name, data in BAD_FILES.items():
        (folder / name).write_bytes(data)


def _link_big_file(path: Path) -> None:
    """A large file, written once per machine into the temporary folder and
    linked (or copied) from there: the long script drops them in every seed."""
    cache = cache_big_file(path.name)
    try:
        os.link(cache, path)
    except OSError:
        shutil.copyfile(cache, path)


def cache_big_file(name: str) -> Path:
    """Where the large file ``name`` is kept, written there if it is not yet."""
    cache = Path(tempfile.gettempdir()) / "linreg-random-user-files" / name
    if not cache.exists():
        cache.parent.mkdir(parents=True, exist_ok=True)
        numbers = np.random.default_rng(7)
        partial = cache.with_suffix(".part")
        if name == "rows_1e6.csv":
            x = numbers.uniform(0, 10, 1_000_000)
            y = 3 * x - 2 + numbers.normal(0, 1, x.size)
            np.savetxt(
                partial,
                np.column_stack([x, y]),
                fmt="%.6g",
                delimiter=",",
                header="x,y",
                comments="",
            )
        else:
            block = numbers.normal(0, 1, (20, 10_000))
            header = ",".join(f"v{j}" for j in range(10_000))
            np.savetxt(
                partial, block, fmt="%.3f", delimiter=",", header=header, comments=""
            )
        partial.replace(cache)
    return cache


# ------------------------------------------------------------------ the watchdog


@dataclass(frozen=True)
class Stall:
    """The GUI thread did not tick for ``seconds`` after ``action``."""

    seconds: float
    action: str
    threads: str  # every thread's traceback, taken while the GUI thread was stuck


class Watchdog:
    """A heartbeat in the GUI thread and a plain thread that checks its age.

    The heartbeat is a ``QTimer`` every :data:`HEARTBEAT_MS`; if it is older
    than ``limit`` seconds, the event loop is blocked: the watchdog records a
    :class:`Stall` with the last action and a ``faulthandler`` dump of every
    thread's stack, taken at that moment so it shows where the GUI thread is
    stuck.  It also keeps the longest gap between two beats.

    A step that does not return for ``hang_limit`` seconds while the heartbeat
    ticks is stuck in a nested event loop (a dialog nobody answers): that is
    printed at once with every thread's stack, since no check runs until the
    step returns.
    """

    def __init__(self, limit: float, hang_limit: float = 60.0) -> None:
        self.limit = limit
        self.hang_limit = hang_limit
        self.action = "(start)"
        self._step_started = time.monotonic()
        self.stalls: list[Stall] = []
        self.longest = 0.0
        self.longest_after = ""
        self.slow_beats = 0  # gaps over SLOW_BEAT_S: how often the window lagged
        # The GUI thread's own CPU time in the longest gap and in all slow ones:
        # near the gap itself, the window was busy with its own work; far less,
        # it waited for the GIL or a core (a worker's fault).
        self.longest_cpu = 0.0
        self.most_cpu = 0.0  # the most CPU the GUI thread spent in one gap
        self.most_cpu_after = ""
        self.slow_seconds = 0.0
        self.slow_cpu_seconds = 0.0
        self._beat = time.monotonic()
        self._beat_cpu = time.thread_time()
        self._beat_process_cpu = time.process_time()
        self._log_gaps = bool(os.environ.get(LOG_GAPS))
        self._threads_cpu = _threads_cpu() if self._log_gaps else {}
        self._waits = _waits() if self._log_gaps else (0.0, 0.0)
        self._stop = threading.Event()
        self._timer = QTimer()
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(self._tick)
        self._thread = threading.Thread(
            target=self._watch, name="gui-watchdog", daemon=True
        )
        self._gui_ident = threading.get_ident()
        self._profile = bool(os.environ.get(PROFILE_STALLS))
        self._samples: list[str] = []

    def start(self) -> None:
        self._beat = time.monotonic()
        self._beat_cpu = time.thread_time()
        self._timer.start()
        self._thread.start()

    def stop(self) -> None:
        self._timer.stop()
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5)

    def begin(self, action: str) -> None:
        """The user starts ``action`` (a later stall is blamed on it)."""
        self.action = action
        self._step_started = time.monotonic()

    def _tick(self) -> None:
        now, now_cpu = time.monotonic(), time.thread_time()
        gap, cpu = now - self._beat, now_cpu - self._beat_cpu
        self._beat, self._beat_cpu = now, now_cpu
        if self._log_gaps:
            process_cpu = time.process_time()
            others = process_cpu - self._beat_process_cpu - cpu
            self._beat_process_cpu = process_cpu
            threads, self._threads_cpu = self._threads_cpu, _threads_cpu()
            waits, self._waits = self._waits, _waits()
            queued, stolen = (b - a for a, b in zip(waits, self._waits, strict=True))
            if gap > PROFILE_FROM_S:
                print(
                    f"gap {gap * 1000:.0f} ms after {self.action}: GUI thread on "
                    f"CPU {cpu * 1000:.0f} ms, waiting for a core "
                    f"{queued * 1000:.0f} ms; host steal {stolen * 1000:.0f} ms "
                    f"(both cores); other threads {others * 1000:.0f} ms"
                    f"{_busiest(threads, self._threads_cpu)} "
                    f"(ended at monotonic {now:.3f})"
                    + "".join(
                        f"\n    {text}"
                        for ended, text in EVENT_LOG
                        if ended > now - gap
                    ),
                    file=sys.stderr,
                    flush=True,
                )
            EVENT_LOG.clear()
        if gap > self.longest:
            self.longest, self.longest_after = gap, self.action
            self.longest_cpu = cpu
        if cpu > self.most_cpu:
            self.most_cpu, self.most_cpu_after = cpu, self.action
        if gap > SLOW_BEAT_S:
            self.slow_beats += 1
            self.slow_seconds += gap
            self.slow_cpu_seconds += cpu
        if self._samples:
            samples, self._samples = self._samples, []
            if gap > PROFILE_FROM_S:
                print(_profile_report(gap, self.action, samples), file=sys.stderr)

    def _watch(self) -> None:
        reported = None
        hung = None
        native = None
        while not self._stop.wait(
            0.005 if self._profile else min(0.05, self.limit / 10)
        ):
            if self._profile and time.monotonic() - self._beat > 0.03:
                self._samples.append(self._sample())
                if time.monotonic() - self._beat > 0.2 and native != self._beat:
                    native = self._beat
                    _native_dump()
            started = self._step_started
            busy = time.monotonic() - started
            if busy > self.hang_limit and started != hung:
                hung = started
                print(
                    f"\nwatchdog: {self.action} has not returned after {busy:.0f} s "
                    f"although the event loop runs\n{dump_threads()}",
                    file=sys.stderr,
                    flush=True,
                )
            beat = self._beat
            age = time.monotonic() - beat
            if age > self.limit and beat != reported:
                reported = beat
                threads = dump_threads()
                self.stalls.append(Stall(age, self.action, threads))
                # Also at once: a GUI thread that never comes back fails no check.
                print(
                    f"\nwatchdog: GUI thread blocked for {age:.1f} s after "
                    f"{self.action}\n{threads}",
                    file=sys.stderr,
                    flush=True,
                )

    def _sample(self) -> str:
        """The GUI thread's Python stack now, innermost frame last."""
        frame = sys._current_frames().get(self._gui_ident)
        lines = []
        while frame is not None:
            code = frame.f_code
            lines.append(
                f"{Path(code.co_filename).name}:{frame.f_lineno} {code.co_name}"
            )
            frame = frame.f_back
        return "\n".join(reversed(lines))


def _native_dump() -> None:
    """Every thread's native and Python stack, by py-spy if it is installed."""
    import shutil
    import subprocess

    spy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    if Path(spy).exists():
        out = subprocess.run(
            [spy, "dump", "--native", "--pid", str(os.getpid())],
            capture_output=True,
            text=True,
        ).stdout
        print("=== native dump\n" + out, file=sys.stderr, flush=True)


def _profile_report(gap: float, action: str, samples: list[str]) -> str:
    """Where the GUI thread was during a long gap: the commonest stacks."""
    from collections import Counter

    out = [f"\n=== gap {gap * 1000:.0f} ms after {action}: {len(samples)} samples"]
    inclusive = Counter(
        frame.split(":")[0] + " " + frame.split(" ")[-1]
        for stack in samples
        for frame in set(stack.splitlines())
    )
    out.append("  " + ", ".join(f"{k} {v}" for k, v in inclusive.most_common(25)))
    for stack, count in Counter(samples).most_common(3):
        out.append(f"--- {count} samples:")
        out += ["    " + line for line in stack.splitlines()[-14:]]
    return "\n".join(out)


def _enabled_row(model: Any, fraction: float) -> QModelIndex | None:
    """The first enabled row at or after ``fraction`` of the list, wrapping round.

    Not a list of every enabled row first: with 10⁴ columns, asking each row
    for its flags cost the GUI thread 200 ms, which the watchdog blamed on the
    window.
    """
    count = model.rowCount()
    start = int(fraction * count)
    for step in range(count):
        index = model.index((start + step) % count, 0)
        if index.flags() & Qt.ItemFlag.ItemIsEnabled:
            return index
    return None


def dump_threads() -> str:
    """Every thread's stack, as ``faulthandler`` prints it."""
    with tempfile.TemporaryFile("w+") as file:
        faulthandler.dump_traceback(file, all_threads=True)
        file.seek(0)
        return file.read()


class DialogAnswerer:
    """Accepts whatever modal dialog opens (Compare, Generate), as a user would."""

    def __init__(self) -> None:
        self.answered: list[str] = []
        self._timer = QTimer()
        self._timer.setInterval(50)
        self._timer.timeout.connect(self._answer)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _answer(self) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            self.answered.append(type(dialog).__name__)
            dialog.accept()


# ---------------------------------------------------------------- the user


class RandomActionFailure(AssertionError):
    """An invariant broke; the message has the seed and the steps to replay it."""

    def __init__(self, text: str, seed: int | None, steps: list[Step]) -> None:
        super().__init__(text)
        self.seed = seed
        self.steps = steps


@dataclass
class Outcome:
    """What one session did: steps, time, and the slowest moment of the GUI."""

    seed: int | None
    steps: list[Step] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0
    longest_stall: float = 0.0
    longest_after: str = ""
    slow_beats: int = 0
    longest_cpu: float = 0.0  # the GUI thread's CPU time within the longest gap
    slow_seconds: float = 0.0  # all gaps over SLOW_BEAT_S together …
    slow_cpu_seconds: float = 0.0  # … and the GUI thread's CPU time within them
    #: The most CPU time the GUI thread spent in one gap, and after what: what
    #: the longest block would be on a machine that gave it a whole core.
    most_cpu: float = 0.0
    most_cpu_after: str = ""


class RandomUser:
    """Drives one fresh main window through a list of steps, checking as it goes.

    Use as a context manager: entering opens the window (default example
    loaded), patches the file dialogs, starts the watchdog and the dialog
    answerer, and chains ``sys.excepthook``; leaving undoes all of it, shuts
    the controller down and closes the window.

    Parameters
    ----------
    folder : Path
        Where the dropped and opened files live and exports are saved.
    seed : int or None
        Printed with a failure (None for a replay of a hand-made list).
    stall_limit : float
        Seconds the GUI thread may be blocked before the test fails.
    qt_messages : callable, optional
        Returns the Qt warnings so far (pytest-qt's ``qtlog``); without it the
        user installs its own Qt message handler.
    known_stall : callable, optional
        Says whether a stall is a known, reported bug: such stalls are kept in
        :attr:`known_stalls` instead of failing the run.
    """

    def __init__(
        self,
        folder: Path,
        *,
        seed: int | None = None,
        stall_limit: float = 2.0,
        qt_messages: Callable[[], list[str]] | None = None,
        known_stall: Callable[[Stall], bool] | None = None,
    ) -> None:
        self.folder = folder
        self.seed = seed
        self.stall_limit = stall_limit
        self._qt_messages = qt_messages
        self._known_stall = known_stall
        self.known_stalls: list[Stall] = []
        self._own_qt_messages: list[str] = []
        self._previous_handler: Any = None
        self.errors: list[str] = []
        self.outcome = Outcome(seed)
        self.watchdog = Watchdog(stall_limit)
        self.answerer = DialogAnswerer()
        self._open_answer = ""
        self._messages: list[tuple[str, str, str, str]] = []
        self._had_data = False
        self._previous_hook: Any = None
        self._previous_thread_hook: Any = None
        self._saved_dialogs: dict[str, Any] = {}
        self.window: MainWindow | None = None

    # -- session ---------------------------------------------------------------

    def __enter__(self) -> RandomUser:
        write_files(self.folder)
        self._patch_dialogs()
        self._previous_hook = sys.excepthook
        sys.excepthook = self._excepthook
        self._previous_thread_hook = threading.excepthook
        threading.excepthook = self._thread_excepthook
        if self._qt_messages is None:
            self._previous_handler = qInstallMessageHandler(self._qt_message)
        window = MainWindow(Settings(self.folder / "settings.ini"), error_reporter=self)
        self.window = window
        window.controller.message.connect(self._on_message)
        window.resize(1280, 800)
        window.show()
        self.answerer.start()

        def first_painted(_: float) -> None:
            # The watchdog starts once the window is on screen: before it, there
            # is nothing to freeze (the start-up's own time is the startup
            # probe's, `LINREG_GUI_STARTUP_PROBE`).  As the program does
            # (linreg_gui.app.main), the example then loads, so that its imports
            # (pandas) never hold up the first paint.
            self.watchdog.start()
            window.load_default_example()

        when_first_painted(window, first_painted, fallback_ms=1000)
        self._wait_ready("the default example")
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        try:
            self.close(quiet=kind is not None)
        finally:
            self.answerer.stop()
            self.watchdog.stop()
            sys.excepthook = self._previous_hook
            threading.excepthook = self._previous_thread_hook
            if self._qt_messages is None:
                qInstallMessageHandler(self._previous_handler)
            self._restore_dialogs()
            QGuiApplication.clipboard().clear()

    def close(self, *, quiet: bool = False) -> None:
        """Shut the controller down (every thread must end) and close the window;
        ``quiet`` reports nothing (a failure is already on its way)."""
        window = self.window
        if window is None:
            return
        window.controller.message.disconnect(self._on_message)
        # Closing waits for background tasks (the window is hidden by then):
        # a gap in the heartbeat now is not a stall the user sees.
        self.watchdog.begin("(closing)")
        self.window = None
        stopped = window.controller.shutdown(timeout_ms=2000)
        busy = window.controller.busy_threads
        window.close()
        window.deleteLater()
        QCoreApplication.processEvents()
        if (not stopped or busy) and not quiet:
            self._fail(f"shutdown left {busy} thread(s) running", at_end=True)

    # -- running ---------------------------------------------------------------

    def run(
        self,
        steps: Iterable[Step],
        before_step: Callable[[int, Step], None] | None = None,
    ) -> Outcome:
        """Take each step and check the invariants after it; ``before_step(i,
        step)`` is told first (a process that dies mid-step has said which)."""
        started = time.perf_counter()
        try:
            for step in steps:
                if before_step is not None:
                    before_step(len(self.outcome.steps), step)
                self.watchdog.begin(str(step))
                self.outcome.steps.append(step)
                note = self.take(step)
                self.outcome.notes.append(note)
                self.check()
        finally:
            self.outcome.seconds += time.perf_counter() - started
            self.outcome.longest_stall = self.watchdog.longest
            self.outcome.longest_after = self.watchdog.longest_after
            self.outcome.slow_beats = self.watchdog.slow_beats
            self.outcome.longest_cpu = self.watchdog.longest_cpu
            self.outcome.slow_seconds = self.watchdog.slow_seconds
            self.outcome.slow_cpu_seconds = self.watchdog.slow_cpu_seconds
            self.outcome.most_cpu = self.watchdog.most_cpu
            self.outcome.most_cpu_after = self.watchdog.most_cpu_after
        return self.outcome

    def take(self, step: Step) -> str:
        """Do what ``step`` says, as a user would; returns what happened."""
        if step.kind in TRIGGERED:
            return self._trigger(step.kind)
        do: Callable[..., str] = getattr(self, f"_do_{step.kind}")
        return do(*step.args)

    # -- invariants ------------------------------------------------------------

    def check(self) -> None:
        """Fail if any invariant is broken after the last step."""
        window = self._window()
        c = window.controller
        if not self._ping():
            self._fail(
                f"the event loop did not answer within {self.stall_limit} s",
                threads=dump_threads(),
            )
        self._check_errors()
        if c.dataset is not None:
            self._had_data = True
        elif self._had_data:
            self._fail("the data set disappeared")
        if window.table_model.dataset is not c.dataset:
            self._fail("the table does not show the session's data set")
        active = c.run_state in (RunState.RUNNING, RunState.PAUSED)
        if window.stop_action.isEnabled() != active:
            self._fail(
                f"Stop is {'en' if window.stop_action.isEnabled() else 'dis'}abled "
                f"while the run state is {c.run_state}"
            )

    def _check_errors(self) -> None:
        while self._known_stall and self.watchdog.stalls:
            if not self._known_stall(self.watchdog.stalls[0]):
                break
            self.known_stalls.append(self.watchdog.stalls.pop(0))
        if self.watchdog.stalls:
            stall = self.watchdog.stalls[0]
            self._fail(
                f"the GUI thread was blocked for {stall.seconds:.1f} s "
                f"(limit {self.stall_limit} s) after {stall.action}",
                threads=stall.threads,
            )
        warnings = self._warnings()
        if self.errors or warnings:
            self._fail("\n\n".join([*self.errors, *warnings]))

    def _warnings(self) -> list[str]:
        messages = self._qt_messages() if self._qt_messages else self._own_qt_messages
        return [f"Qt: {m}" for m in messages]

    def _ping(self) -> bool:
        """Whether the event loop runs a zero-time timer within the stall limit."""
        answered: list[bool] = []
        QTimer.singleShot(0, lambda: answered.append(True))
        return self._wait_until(lambda: bool(answered), self.stall_limit)

    def _fail(self, problem: str, *, threads: str = "", at_end: bool = False) -> None:
        steps = self.outcome.steps
        lines = [f"random user, seed {self.seed}: {problem}"]
        if steps and not at_end:
            lines.append(f"after step {len(steps)}: {steps[-1]}")
        lines.append("steps (what each did):")
        notes = [*self.outcome.notes, "…"][: len(steps)]
        lines += [
            f"  {i:3d}. {step}  [{note}]"
            for i, (step, note) in enumerate(zip(steps, notes, strict=True), 1)
        ]
        lines.append(
            "replay: python benchmarks/random_actions.py --replay "
            f"'{json.dumps([s.to_json() for s in steps])}'"
        )
        if threads:
            lines += ["threads:", threads]
        raise RandomActionFailure("\n".join(lines), self.seed, list(steps))

    # -- hooks -----------------------------------------------------------------

    def _excepthook(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        """An exception reached the event loop: record it, then pass it on."""
        details = "".join(traceback.format_exception(kind, error, trace))
        self.errors.append(f"exception in the event loop:\n{details}")
        if self._previous_hook is not None:
            self._previous_hook(kind, error, trace)

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        """An exception ended a Python thread (a worker's own try/except
        should have turned it into a message): record it, then pass it on."""
        details = "".join(
            traceback.format_exception(
                args.exc_type, args.exc_value, args.exc_traceback
            )
        )
        name = args.thread.name if args.thread is not None else "?"
        self.errors.append(f"exception in thread {name}:\n{details}")
        self._previous_thread_hook(args)

    def report(self, summary: str, details: str) -> None:
        """The window's error reporter: a background task hit a bug."""
        self.errors.append(f"background task crashed: {summary}\n{details}")

    def _qt_message(self, mode: QtMsgType, context: Any, message: str) -> None:
        if mode == QtMsgType.QtDebugMsg or mode == QtMsgType.QtInfoMsg:
            return
        if any(m in message for m in (*IGNORED_QT_MESSAGES, *_OFFSCREEN_NOISE)):
            return
        self._own_qt_messages.append(f"{mode.name}: {message}")

    def _on_message(self, level: str, text: str) -> None:
        """Runs after the window's own slot: what the bar shows at that moment."""
        bar = self._window().message_bar
        self._messages.append((level, text, bar.level, bar.text()))

    def _patch_dialogs(self) -> None:
        folder = self.folder / "saved"
        folder.mkdir(exist_ok=True)

        def save(
            parent: object, caption: str, directory: str, *a: object, **k: object
        ) -> tuple[str, str]:
            return str(folder / Path(directory).name), ""

        def open_(*a: object, **k: object) -> tuple[str, str]:
            return self._open_answer, ""

        for name in ("getSaveFileName", "getOpenFileName"):
            self._saved_dialogs[name] = QFileDialog.__dict__.get(name)
        QFileDialog.getSaveFileName = staticmethod(save)  # type: ignore[method-assign,assignment]
        QFileDialog.getOpenFileName = staticmethod(open_)  # type: ignore[method-assign,assignment]

    def _restore_dialogs(self) -> None:
        for name, original in self._saved_dialogs.items():
            if original is not None:
                setattr(QFileDialog, name, original)
        self._saved_dialogs.clear()

    # -- waiting ---------------------------------------------------------------

    def _window(self) -> MainWindow:
        assert self.window is not None, "the window is closed"
        return self.window

    def _wait_until(self, condition: Callable[[], bool], timeout: float) -> bool:
        """Run the event loop until ``condition`` holds; False after ``timeout``."""
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                return False
            run_events(5)
        return True

    def _wait_ready(self, what: str) -> None:
        c = self._window().controller

        def ready() -> bool:
            return c.analysis is not None and not c.loading

        if not self._wait_until(ready, TASK_TIMEOUT_S):
            self._check_errors()
            self._fail(f"{what} was not ready after {TASK_TIMEOUT_S:.0f} s")

    # -- the actions -----------------------------------------------------------

    def _trigger(self, name: str) -> str:
        window = self._window()
        action = window.actions[name]
        if not action.isEnabled():
            action.trigger()  # does nothing, as a click on a greyed item
            return "disabled"
        if name not in ("save_plot", "export_code"):
            action.trigger()
            return "triggered"
        if name == "export_code" and window.analysis is not window.controller.analysis:
            action.trigger()  # the fit on screen is not the data's: must not write
            return f"fit pending: said {window.message_bar.text()!r}"
        return self._expect_saved(name)

    def _expect_saved(self, name: str) -> str:
        """Save or export writes its files (perhaps in the background) or says why
        not, in the message bar or through the session."""
        bar, saved = self._window().message_bar, self.folder / "saved"
        before = {p.name: p.stat().st_mtime_ns for p in saved.iterdir()}
        shown, seen = bar.text(), len(self._messages)

        def written() -> list[str]:
            after = {p.name: p.stat().st_mtime_ns for p in saved.iterdir()}
            return sorted(n for n, t in after.items() if before.get(n) != t)

        self._window().actions[name].trigger()
        self._wait_until(
            lambda: (
                bool(written()) or len(self._messages) > seen or bar.text() != shown
            ),
            TASK_TIMEOUT_S,
        )
        self._check_errors()  # a crash explains itself better than "nothing"
        files, said = written(), bar.text()
        if not files and said == shown and len(self._messages) == seen:
            self._fail(f"{name} wrote nothing and said nothing")
        return f"wrote {', '.join(files)}" if files else f"said {said!r}"

    def _do_example(self, key: str) -> str:
        title = next(e.title for e in EXAMPLES if e.key == key)
        menu = self._window().menus.examples
        action = next(a for a in menu.actions() if a.text() == title)
        action.trigger()
        return title

    def _do_history(self, every: int) -> str:
        self._window().menus.history_actions[every].trigger()
        return "checked"

    def _panel_widget(self, kind: type[QWidget], name: str) -> QWidget | None:
        """A solver-panel control, if a user can reach it (shown and enabled)."""
        window = self._window()
        widget = window.solver_panel.findChild(kind, name)
        assert widget is not None, f"no {kind.__name__} named {name!r}"
        if not widget.isVisibleTo(window) or not widget.isEnabled():
            return None
        return widget

    def _type_into(self, spin: QAbstractSpinBox, text: str) -> None:
        """Select the box's text, type ``text`` and press Return."""
        spin.setFocus()
        spin.selectAll()
        QTest.keyClicks(spin, text)
        QTest.keyClick(spin, Qt.Key.Key_Return)

    def _do_method(self, key: str) -> str:
        combo = self._panel_widget(QComboBox, "method")
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(key))
        return f"method {combo.currentData()}"

    def _do_learning_rate(self, value: str) -> str:
        spin = self._panel_widget(QAbstractSpinBox, "learningRate")
        if spin is None:
            return "hidden"
        if value in ("up", "down"):
            QTest.keyClick(spin, Qt.Key.Key_Up if value == "up" else Qt.Key.Key_Down)
        else:
            self._type_into(spin, value)
        return f"η = {spin.text()}"

    def _spin(self, name: str, text: str) -> str:
        spin = self._panel_widget(QAbstractSpinBox, name)
        if spin is None:
            return "hidden or disabled"
        self._type_into(spin, text)
        return f"shows {spin.text()!r}"

    def _do_degree(self, degree: int) -> str:
        return self._spin("degree", str(degree))

    def _do_test_fraction(self, percent: int) -> str:
        return self._spin("testFraction", str(percent))

    def _do_max_iterations(self, count: int) -> str:
        return self._spin("maxIterations", str(count))

    def _do_speed(self, index: int) -> str:
        slider = self._panel_widget(QSlider, "speed")
        if slider is None:
            return "hidden"
        QTest.keyClick(slider, Qt.Key.Key_Home)
        for _ in range(index):
            QTest.keyClick(slider, Qt.Key.Key_Right)
        return f"position {slider.value()}"

    def _click_box(self, name: str) -> str:
        box = self._panel_widget(QCheckBox, name)
        if box is None:
            return "hidden or disabled"
        assert isinstance(box, QCheckBox)
        QTest.mouseClick(box, Qt.MouseButton.LeftButton)
        return "ticked" if box.isChecked() else "unticked"

    def _do_standardize(self) -> str:
        return self._click_box("standardize")

    def _do_intercept(self) -> str:
        return self._click_box("intercept")

    def _do_y_column(self, fraction: float) -> str:
        combo = self._window().column_picker.findChild(QComboBox)
        assert combo is not None
        found = _enabled_row(combo.model(), fraction)
        if found is None:
            return "no numeric column"
        index = found.row()
        combo.setCurrentIndex(index)
        return f"y = {combo.itemText(index)}"

    def _do_x_column(self, fraction: float) -> str:
        """A click on an x column's box (scrolled to, as a user would)."""
        view = self._window().column_picker.findChild(QListView)
        assert view is not None
        index = _enabled_row(view.model(), fraction)
        if index is None:
            return "no column to tick"
        state = index.data(Qt.ItemDataRole.CheckStateRole)
        ticked = state is not None and Qt.CheckState(state) == Qt.CheckState.Checked
        name = str(index.data())
        view.scrollTo(index)
        if not view.isVisible() or not view.viewport().rect().contains(
            view.visualRect(index).center()
        ):
            return "off screen"
        spot = view.visualRect(index).topLeft() + QPoint(8, 8)
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
        return f"{'unticked' if ticked else 'ticked'} {name}"

    def _do_plot_tab(self, index: int) -> str:
        bar = self._window().plot_tabs.tabBar()
        QTest.mouseClick(
            bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center()
        )
        return bar.tabText(bar.currentIndex())

    def _do_click_point(self, fraction: float) -> str:
        """A left click where a point is drawn on the plot shown."""
        window = self._window()
        window.ensure_plots()
        residuals = window.plot_tabs.currentIndex() == 1
        plot: Any = window.residual_plot if residuals else window.data_plot
        # NumPy, not a Python list of every point: the harness's own work
        # counts against the GUI thread's watchdog.
        xs, ys = (
            np.concatenate(
                [
                    np.asarray(item.getData()[i], dtype=float)
                    for item in (plot.scatter, plot.excluded_scatter)
                ]
            )
            for i in (0, 1)
        )
        shown = np.flatnonzero(np.isfinite(xs) & np.isfinite(ys))
        if not shown.size:
            return "no points"
        chosen = shown[int(fraction * shown.size)]
        x, y = float(xs[chosen]), float(ys[chosen])
        widget = plot.plot_widget()
        scene = plot.plot_item().getViewBox().mapViewToScene(_point(x, y))
        spot = widget.mapFromScene(scene)
        if not widget.viewport().rect().contains(spot):
            return "off screen"
        excluded = window.controller.excluded
        QTest.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=spot)
        changed = window.controller.excluded ^ excluded
        where = "residual" if residuals else "point"
        return f"{where} ({x:.4g}, {y:.4g}): rows {sorted(changed)} toggled"

    def _do_edit_cell(
        self, row_fraction: float, column_fraction: float, text: str
    ) -> str:
        """Select a cell, press F2, type ``text`` and press Return."""
        window = self._window()
        view, model = window.table_view, window.table_model
        rows, columns = model.rowCount(), model.columnCount()
        if not rows or not columns:
            return "empty table"
        index = model.index(int(row_fraction * rows), int(column_fraction * columns))
        view.setCurrentIndex(index)
        view.scrollTo(index)
        QTest.keyClick(view, Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        if editor is None or editor is view or not view.isAncestorOf(editor):
            editors = [
                w
                for w in view.viewport().findChildren(QWidget)
                if w.isVisible() and w.parent() is view.viewport()
            ]
            if not editors:
                return f"cell ({index.row()}, {index.column()}) not editable"
            editor = editors[0]
        QTest.keySequence(editor, "Ctrl+A")
        if text:
            QTest.keyClicks(editor, text)
        else:
            QTest.keyClick(editor, Qt.Key.Key_Delete)
        QTest.keyClick(editor, Qt.Key.Key_Return)
        return f"cell ({index.row()}, {index.column()}) ← {text!r}"

    def _do_drop_file(self, name: str) -> str:
        path = self.folder / name
        if name in BIG_FILES and not path.exists():
            _link_big_file(path)
        window = self._window()
        before = window.controller.dataset
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(path))])
        modifiers = Qt.KeyboardModifier.NoModifier
        enter = QDragEnterEvent(
            QPoint(60, 60),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            modifiers,
        )
        QCoreApplication.sendEvent(window, enter)
        if not enter.isAccepted():
            self._fail(f"the window refused to take {name} when dragged over it")
        drop = QDropEvent(
            QPoint(60, 60).toPointF(),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            modifiers,
        )
        QCoreApplication.sendEvent(window, drop)
        if name in BAD_FILES:
            return self._expect_refused(path, before)
        return "loading"

    def _do_open_bad(self, name: str) -> str:
        window = self._window()
        before = window.controller.dataset
        self._open_answer = str(self.folder / name)
        window.actions["open"].trigger()
        return self._expect_refused(self.folder / name, before)

    def _do_open_cancel(self) -> str:
        window = self._window()
        before = window.controller.dataset
        self._open_answer = ""
        window.actions["open"].trigger()
        if window.controller.dataset is not before:
            self._fail("cancelling File ▸ Open changed the data set")
        return "cancelled"

    def _expect_refused(self, path: Path, before: object) -> str:
        """A bad file is refused: the data stay, and the bar says what is wrong."""
        c = self._window().controller
        seen = len(self._messages)
        if not self._wait_until(lambda: not c.loading, TASK_TIMEOUT_S):
            self._fail(f"{path.name} was still loading after {TASK_TIMEOUT_S:.0f} s")
        if c.dataset is not before:
            self._fail(
                f"{path.name} could not be read, yet the data set changed "
                "(never lose data)"
            )
        # A run may end (and say so) meanwhile: look for the file's own message.
        said = self._messages[seen:]
        errors = [m for m in said if m[0] == "error" and path.name in m[1]]
        if not errors:
            self._fail(f"no error message names {path.name}; messages: {said}")
        _, text, bar_level, bar_text = errors[-1]
        if bar_level != "error" or bar_text != text:
            self._fail(
                f"the message bar did not show {text!r} (it showed {bar_text!r})"
            )
        if before is not None and "unchanged" not in text:
            self._fail(f"the message does not say the data are kept: {text!r}")
        return f"refused: {text}"

    def _do_key(self, name: str) -> str:
        key, modifiers = _KEY_CODES[name]
        QTest.keyClick(self._window(), key, modifiers)
        return f"state {self._window().controller.run_state}"

    def _do_resize(self, width: int, height: int) -> str:
        window = self._window()
        window.resize(width, height)
        return f"{window.width()}×{window.height()}"

    def _do_wait(self, ms: int) -> str:
        run_events(ms)
        return f"state {self._window().controller.run_state}"


def _point(x: float, y: float) -> Any:
    import pyqtgraph as pg

    return pg.Point(x, y)
