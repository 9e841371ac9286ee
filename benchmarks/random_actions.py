"""Random user actions, many seeds: does the window stay sound and responsive?

The engine of ``tests/ui/test_random_actions.py`` (``tests/ui/random_user.py``),
run longer: each seed opens a fresh window and takes its planned actions (run,
step, stop, settings typed in, points clicked, cells edited, files dropped and
refused, keys, resizes, short waits), checking the invariants after each.
Reported: actions per second, the longest gap between two beats of a 20 ms
heartbeat in the GUI thread and the action before it, and every failure with
its seed and the command that replays it.

    python benchmarks/random_actions.py [--seeds 50] [--actions 200]
    python benchmarks/random_actions.py --long      # 20 seeds × 400, big files too
    python benchmarks/random_actions.py --first-seed 9 --seeds 1 --actions 60
    python benchmarks/random_actions.py --replay '[["example", "filip"], ...]'
    python benchmarks/random_actions.py --first-seed 9 --seeds 1 --shrink

``--isolate`` runs each seed in its own process, so that one that kills the
process (a segmentation fault) is reported like any failure; ``--shrink`` (which
isolates) cuts each failing list down to a short one that still fails the same
way: delta debugging, dropping halves, then quarters, … while it still fails.
Failures that depend on timing may need ``--tries 3``.

A found failure makes the module exit 1: what it measures is whether the window
survives, so a failure is the result, and ``run.py`` shows it as FAILED.
"""

from __future__ import annotations

import argparse
import faulthandler
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import warnings
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, ClassVar

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEEDS, ACTIONS = 10, 100  # full mode of run.py: about two minutes
QUICK_SEEDS, QUICK_ACTIONS = 3, 40  # quick mode: about 15 s
LONG_SEEDS, LONG_ACTIONS = 20, 400  # --long: about 10 minutes
STALL_TARGET_S = 0.25
CHILD_TIMEOUT_S = 600.0
_HEADER = ("case", "value", "target", "verdict")


@dataclass(frozen=True)
class Options:
    """How every run is checked (passed on to child processes as they are)."""

    stall_limit: float = STALL_TARGET_S
    allow_stalls: tuple[str, ...] = ()
    strict_warnings: bool = True

    def arguments(self) -> list[str]:
        args = ["--stall-limit", str(self.stall_limit)]
        for step in self.allow_stalls:
            args += ["--allow-stall-after", step]
        if not self.strict_warnings:
            args.append("--warnings-as-printed")
        return args


@dataclass
class RunResult:
    """One list of steps taken: how far it got, how fast, and how it ended."""

    label: str
    steps: list[list[Any]] = field(default_factory=list)  # as JSON
    seconds: float = 0.0  # the actions alone, without opening and closing
    longest: float = 0.0
    longest_after: str = ""
    slow_beats: int = 0
    failure: str = ""
    signature: str = ""
    longest_cpu: float = 0.0  # the GUI thread's own CPU time in the longest gap
    slow_seconds: float = 0.0  # every gap over 0.1 s together …
    slow_cpu_seconds: float = 0.0  # … and the GUI thread's own CPU time in them
    most_cpu: float = 0.0  # the most CPU the GUI thread spent in one gap …
    most_cpu_after: str = ""  # … and the action before it

    @property
    def actions(self) -> int:
        return len(self.steps)


def run_steps(
    label: str, seed: int | None, steps: list[Any], options: Options
) -> RunResult:
    """Take ``steps`` (as JSON) in a fresh window in this process; never raises
    for a failed invariant."""
    from tests.ui.random_user import RandomActionFailure, RandomUser, Step

    user = RandomUser(
        Path(tempfile.mkdtemp(prefix="random-actions-")),
        seed=seed,
        stall_limit=options.stall_limit,
        known_stall=lambda stall: stall.action in options.allow_stalls,
    )
    failure = ""

    def announce(index: int, step: object) -> None:
        print(f"STEP {index}", flush=True)  # read by a parent process

    try:
        with user:
            user.run(
                [Step.from_json(s) for s in steps],
                announce if os.environ.get("_RANDOM_ACTIONS_CHILD") else None,
            )
    except RandomActionFailure as error:
        failure = str(error)
    return RunResult(
        label,
        [s.to_json() for s in user.outcome.steps],
        user.outcome.seconds,
        user.outcome.longest_stall,  # while the user acted, not while closing
        user.outcome.longest_after,
        user.outcome.slow_beats,
        failure,
        signature(failure),
        user.outcome.longest_cpu,
        user.outcome.slow_seconds,
        user.outcome.slow_cpu_seconds,
        user.outcome.most_cpu,
        user.outcome.most_cpu_after,
    )


def run_isolated(
    label: str, seed: int | None, steps: list[Any], options: Options
) -> RunResult:
    """Take ``steps`` (as JSON) in a child process: a crash or a hang is a
    failure too."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as file:
        json.dump(steps, file)
    command = [sys.executable, __file__, "--child", file.name, *options.arguments()]
    if seed is not None:
        command += ["--child-seed", str(seed)]
    env = dict(os.environ, _RANDOM_ACTIONS_CHILD="1")
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=CHILD_TIMEOUT_S, env=env
        )
        out, err, code = done.stdout, done.stderr, done.returncode
    except subprocess.TimeoutExpired as timeout:
        out = _text(timeout.stdout)
        err, code = _text(timeout.stderr), None
    finally:
        os.unlink(file.name)
    for line in out.splitlines():
        if line.startswith("RESULT "):
            fields = json.loads(line[len("RESULT ") :])
            result = RunResult(**{**fields, "label": label})
            if code != 0 and not result.failure:
                # Every step passed, but the process died as it closed (e.g.
                # a thread destroyed while it ran): a crash the user sees too.
                how = _how_it_ended(code)
                result.failure = (
                    f"random user, seed {seed}: the process {how} after its "
                    "last step, as it closed\n" + "\n".join(err.splitlines()[-40:])
                )
                result.signature = signature(result.failure)
            return result
    taken = [
        int(line.split()[1]) for line in out.splitlines() if line.startswith("STEP ")
    ]
    reached = steps[: taken[-1] + 1 if taken else 0]
    how = _how_it_ended(code)
    where = f" during step {len(reached)}: {reached[-1]}" if reached else ""
    failure = (
        f"random user, seed {seed}: the process {how}{where}\n"
        f"replay: python benchmarks/random_actions.py --isolate --replay "
        f"'{json.dumps(reached)}'\n" + "\n".join(err.splitlines()[-40:])
    )
    return RunResult(label, reached, failure=failure, signature=signature(failure))


def _how_it_ended(code: int | None) -> str:
    """A child process's end in words: hung (None), a signal, or an exit code."""
    if code is None:
        return f"hung for {CHILD_TIMEOUT_S:.0f} s"
    if code < 0:
        return f"was killed by {signal.Signals(-code).name}"
    return f"exited with {code}"


def _text(data: bytes | str | None) -> str:
    return data.decode(errors="replace") if isinstance(data, bytes) else data or ""


def signature(failure: str) -> str:
    """What kind of failure: its first line, or the exception's last line, with
    numbers blanked (a shrunk list may fail at another step or row)."""
    if not failure:
        return ""
    lines = failure.splitlines()
    problem = lines[0].split(": ", 1)[-1]
    if problem.startswith(("exception in the event loop", "background task")):
        errors = [
            line for line in lines if re.match(r"^\w+(Error|Exception|Warning)\b", line)
        ]
        problem = errors[-1] if errors else problem
    problem = problem.split(" during step ")[0]
    return re.sub(r"\d+(\.\d+)?", "#", problem)


def shrink(steps: list[Any], wanted: str, options: Options, tries: int) -> list[Any]:
    """A shorter list that fails with the signature ``wanted`` (ddmin; each
    candidate runs in its own process, at most ``tries`` times)."""

    def fails(candidate: list[Any]) -> bool:
        return any(
            run_isolated("shrink", None, candidate, options).signature == wanted
            for _ in range(tries)
        )

    chunks = 2
    while len(steps) >= 2:
        size = max(1, len(steps) // chunks)
        removed, start = False, 0
        while start < len(steps):
            candidate = steps[:start] + steps[start + size :]
            if candidate and fails(candidate):
                steps, removed = candidate, True
                print(f"  still fails with {len(steps)} steps", flush=True)
            else:
                start += size
        if not removed:
            if size == 1:
                break
            chunks = min(len(steps), chunks * 2)
    return steps


def _report_line(result: RunResult) -> str:
    status = "FAILED" if result.failure else "ok"
    rate = result.actions / result.seconds if result.seconds > 0 else float("nan")
    return (
        f"| {result.actions:5d} | {result.seconds:6.1f} s | {rate:6.1f} | "
        f"{result.longest * 1000:7.0f} ms (CPU {result.longest_cpu * 1000:.0f}) "
        f"after {result.longest_after or '—'} | "
        f"{result.slow_beats:4d} | "
        f"{status}"
    )


def _cpu_ticks() -> list[int] | None:
    """The machine's CPU time so far (/proc/stat, Linux): user, nice, system,
    idle, iowait, irq, softirq, steal; None elsewhere."""
    try:
        with open("/proc/stat", encoding="ascii") as stat:
            return [int(v) for v in stat.readline().split()[1:9]]
    except (OSError, ValueError):
        return None


def _stolen_share(before: list[int] | None, after: list[int] | None) -> str:
    """How much of the CPU time the host took for other machines (steal)."""
    if before is None or after is None:
        return "not known on this system"
    spent = [b - a for a, b in zip(before, after, strict=True)]
    total = sum(spent)
    if total <= 0:
        return "—"
    return f"{100 * spent[7] / total:.0f} % of all CPU time"


def _summary(
    results: list[RunResult], options: Options, stolen: str = "not measured"
) -> None:
    total_actions = sum(r.actions for r in results)
    total_seconds = sum(r.seconds for r in results)
    slowest = max(results, key=lambda r: r.longest)
    busiest = max(results, key=lambda r: r.most_cpu)
    failed = [r for r in results if r.failure]
    rows = [
        (
            "actions per second",
            f"{total_actions / max(total_seconds, 1e-9):.1f} "
            f"({total_actions} actions in {total_seconds:.1f} s)",
            "—",
            "info",
        ),
        (
            "longest GUI-thread stall",
            f"{slowest.longest * 1000:.0f} ms ({slowest.label}, after "
            f"{slowest.longest_after})",
            f"< {options.stall_limit:g} s",
            "meets" if slowest.longest < options.stall_limit else "MISSES",
        ),
        (
            "heartbeat gaps over 0.1 s",
            f"{sum(r.slow_beats for r in results)} "
            f"({sum(r.slow_beats for r in results) / max(total_seconds, 1e-9):.2f} "
            "per second of actions)",
            "—",
            "info",
        ),
        (
            "GUI thread's CPU in those gaps",
            f"{sum(r.slow_cpu_seconds for r in results):.1f} s of "
            f"{sum(r.slow_seconds for r in results):.1f} s (the rest it waited "
            "for the GIL or a core, or the host took the core)",
            "—",
            "info",
        ),
        (
            "most GUI-thread CPU in one gap",
            f"{busiest.most_cpu * 1000:.0f} ms ({busiest.label}, after "
            f"{busiest.most_cpu_after}): the longest stall on a machine that "
            "took nothing from the window",
            f"< {options.stall_limit:g} s",
            "meets" if busiest.most_cpu < options.stall_limit else "MISSES",
        ),
        (
            "CPU time the host gave other machines",
            stolen,
            "—",
            "info",
        ),
        (
            "runs that failed",
            f"{len(failed)} of {len(results)}"
            + (f" ({', '.join(r.label for r in failed)})" if failed else ""),
            "0",
            "MISSES" if failed else "meets",
        ),
    ]
    widths = [max(len(row[i]) for row in [_HEADER, *rows]) for i in range(4)]
    print()
    for row in [_HEADER, *rows]:
        print(" | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))


def _prepare(options: Options) -> None:
    """As the test suite runs: a crash prints every thread's stack, a Python
    warning (a NumPy overflow) is an error where it happens, and the app's
    settings and logs go to a temporary folder."""
    faulthandler.enable()
    from linreg_gui.app import leave_a_core_to_the_window

    leave_a_core_to_the_window()  # as the app does, before NumPy
    if options.strict_warnings:
        warnings.simplefilter("error")
        warnings.filterwarnings(
            "ignore", category=DeprecationWarning, module="pyqtgraph"
        )
    os.environ.setdefault("LINREG_GUI_CONFIG_DIR", tempfile.mkdtemp())
    os.environ.setdefault("LINREG_GUI_DATA_DIR", tempfile.mkdtemp())
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        if os.environ.get("LINREG_PROFILE_STALLS") or os.environ.get("LINREG_LOG_GAPS"):
            _timing_application()
        else:
            QApplication(["random_actions"])


def _timing_application() -> None:
    """A QApplication that prints every event that took the GUI thread over
    40 ms to handle (what it was, who got it, and the GUI thread's own CPU time
    in it): with the watchdog's stack samples (``LINREG_PROFILE_STALLS=1``) or
    its gap log (``LINREG_LOG_GAPS=1``), where a long gap went."""
    import time

    from PySide6.QtWidgets import QApplication

    class TimingApplication(QApplication):
        depth = 0
        nested: ClassVar[list[str]] = []  # events inside the current top one

        def notify(self, receiver: Any, event: Any) -> bool:
            # Nothing here may raise: PySide 6.11 crashes (SIGSEGV in
            # storePythonOverrideErrorOrPrint) when an override of notify does,
            # and a receiver deleted while it handled its event raises.
            self.depth += 1
            started, started_cpu = time.perf_counter(), time.thread_time()
            try:
                kind = event.type().name
            except Exception:
                kind = "?"
            try:
                return super().notify(receiver, event)
            finally:
                self.depth -= 1
                took = time.perf_counter() - started
                cpu = time.thread_time() - started_cpu
                name = _describe(receiver) if took > 0.003 else ""
                if took > 0.01 and self.depth > 0:
                    self.nested.append(
                        f"{'  ' * self.depth}{kind} to {name} {took * 1000:.0f} ms "
                        f"(CPU {cpu * 1000:.0f})"
                    )
                if self.depth == 0:
                    if took > 0.003:
                        from tests.ui.random_user import EVENT_LOG

                        EVENT_LOG.append(
                            (
                                time.monotonic(),
                                f"{kind} to {name or type(receiver).__name__}: "
                                f"{took * 1000:.0f} ms (CPU {cpu * 1000:.0f})",
                            )
                        )
                    if took > 0.04 and os.environ.get("LINREG_PROFILE_STALLS"):
                        print(
                            f"event {kind} to {name}: {took * 1000:.0f} ms "
                            f"(CPU {cpu * 1000:.0f})"
                            + "".join("\n    " + n for n in self.nested[-12:]),
                            file=sys.stderr,
                            flush=True,
                        )
                    self.nested.clear()

    global _application
    _application = TimingApplication(["random_actions"])


_application: Any = None


def _describe(receiver: Any) -> str:
    """A receiver and the first named thing above it (a plot's viewport), or
    its type alone if it was deleted while it handled the event."""
    try:
        return _describe_parents(receiver)
    except Exception:
        return type(receiver).__name__


def _describe_parents(receiver: Any) -> str:
    parts = [type(receiver).__name__]
    parent = receiver
    for _ in range(8):
        parent = parent.parent() if hasattr(parent, "parent") else None
        if parent is None:
            break
        named = parent.objectName() if hasattr(parent, "objectName") else ""
        module = type(parent).__module__
        if named or module.startswith(("linreg_gui", "pyqtgraph")):
            parts.append(f"{type(parent).__name__} {named}".strip())
        if module.startswith("linreg_gui") and "plots" not in module:
            break
    return " in ".join(parts)


def main(
    quick: bool = False,
    *,
    seeds: int | None = None,
    actions: int | None = None,
    first_seed: int = 0,
    replay: list[Any] | None = None,
    isolate: bool = False,
    shrink_failures: bool = False,
    tries: int = 1,
    exclude: Sequence[str] = (),
    options: Options | None = None,
    big: bool = False,
) -> int:
    options = options or Options()
    isolate = isolate or shrink_failures
    if not isolate:
        _prepare(options)
    from tests.ui.random_user import BIG_FILES, cache_big_file, plan

    if big:  # made once, before any watchdog runs: writing them takes seconds
        for name in BIG_FILES:
            cache_big_file(name)

    n_seeds = seeds if seeds is not None else QUICK_SEEDS if quick else SEEDS
    n_actions = actions if actions is not None else QUICK_ACTIONS if quick else ACTIONS
    runs: list[tuple[str, int | None, list[Any]]]
    if replay is not None:
        runs = [("replay", None, replay)]
    else:
        runs = [
            (
                f"seed {s}",
                s,
                [
                    p.to_json()
                    for p in plan(s, n_actions, big=big)
                    if not any(x in str(p) for x in exclude)
                ],
            )
            for s in range(first_seed, first_seed + n_seeds)
        ]
    print(
        "      seed | steps |   time |  act/s | longest gap between GUI-thread "
        "heartbeats (every 20 ms) | >0.1 s | result"
    )
    results: list[RunResult] = []
    ticks_before = _cpu_ticks()
    for label, seed, steps in runs:
        # The label first: if this process dies, the log says which seed did it.
        print(f"{label:>10} ", end="", flush=True)
        run = run_isolated if isolate else run_steps
        result = run(label, seed, steps, options)
        results.append(result)
        print(_report_line(result), flush=True)
        if result.failure:  # at once: a later crash must not lose it
            print(f"\n===== {label} failed =====\n{result.failure}\n", flush=True)

    # A virtual machine's host may take its CPUs for other machines (steal):
    # every gap then lasts longer than the window's own work.
    _summary(results, options, _stolen_share(ticks_before, _cpu_ticks()))
    for result in (r for r in results if r.failure):
        print(f"{result.label}: {result.failure.splitlines()[0]}")
        if shrink_failures:
            print(f"shrinking {result.actions} steps ({result.signature})…", flush=True)
            short = shrink(result.steps, result.signature, options, tries)
            listed = json.dumps(short)
            print(f"shortest found ({len(short)} steps): {listed}")
            print(
                f"replay: python benchmarks/random_actions.py --isolate --replay '{listed}'"
            )
    sys.stdout.flush()
    return 1 if any(r.failure for r in results) else 0


def _child(path: str, seed: int | None, options: Options) -> int:
    """In a child process: take the steps in ``path``, print the result as JSON."""
    _prepare(options)
    steps = json.loads(Path(path).read_text(encoding="utf-8"))
    result = run_steps("child", seed, steps, options)
    print("RESULT " + json.dumps(asdict(result)), flush=True)
    return 0


def _cli(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add = parser.add_argument
    add("--quick", action="store_true", help="3 seeds × 40 actions")
    add(
        "--big",
        action="store_true",
        help="also drop a 10⁶-row file and a 10⁴-column file",
    )
    add(
        "--long",
        action="store_true",
        help="the long soak: 20 seeds × 400 actions with --big, each isolated",
    )
    add("--seeds", type=int, help=f"seeds to run (default {SEEDS})")
    add("--actions", type=int, help=f"per seed (default {ACTIONS})")
    add("--first-seed", type=int, default=0)
    add("--replay", help="a step list as JSON (as a failure prints it), or @file")
    add("--isolate", action="store_true", help="each run in its own process")
    add("--shrink", action="store_true", help="cut each failing list down")
    add("--tries", type=int, default=1, help="runs per shrink candidate (timing)")
    add("--stall-limit", type=float, default=STALL_TARGET_S)
    add(
        "--allow-stall-after",
        action="append",
        default=[],
        metavar="STEP",
        help="a known stall, e.g. 'compare()': recorded, not a failure",
    )
    add(
        "--exclude",
        action="append",
        default=[],
        metavar="TEXT",
        help="leave out planned steps that contain TEXT, e.g. 1e308 (a known bug)",
    )
    add(
        "--warnings-as-printed",
        action="store_true",
        help="let Python warnings print, as in the app, instead of raising",
    )
    add("--child", help=argparse.SUPPRESS)
    add("--child-seed", type=int, help=argparse.SUPPRESS)
    arguments = parser.parse_args(argv)
    options = Options(
        arguments.stall_limit,
        tuple(arguments.allow_stall_after),
        not arguments.warnings_as_printed,
    )
    if arguments.child:
        return _child(arguments.child, arguments.child_seed, options)
    replay = None
    if arguments.replay:
        text = arguments.replay
        if text.startswith("@"):
            text = Path(text[1:]).read_text(encoding="utf-8")
        replay = json.loads(text)
    if arguments.long:
        arguments.big = arguments.isolate = True
        arguments.seeds = arguments.seeds or LONG_SEEDS
        arguments.actions = arguments.actions or LONG_ACTIONS
    return main(
        arguments.quick,
        seeds=arguments.seeds,
        actions=arguments.actions,
        first_seed=arguments.first_seed,
        replay=replay,
        isolate=arguments.isolate,
        shrink_failures=arguments.shrink,
        tries=arguments.tries,
        exclude=arguments.exclude,
        options=options,
        big=arguments.big,
    )


if __name__ == "__main__":
    sys.exit(_cli())
