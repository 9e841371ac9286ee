"""Run linreg-gui's benchmarks and print their tables.

    python benchmarks/run.py [--quick] [--only NAME[.PART]] [--list]

``python3 dev.py bench`` runs this with the project's virtual environment and
``QT_QPA_PLATFORM=offscreen``.  ``--quick`` keeps the whole suite under a minute;
``--only model`` runs one module, ``--only model.gd`` one part of it; ``--list``
shows what there is.  Missing a target is not an error: the tables say so, and
this script exits 0 unless a benchmark could not run.

What makes a benchmark module
-----------------------------
* It is a file in ``benchmarks/`` named ``*_bench.py`` (another ``*.py`` there is
  picked up too if its top level defines ``main`` with a ``quick`` parameter;
  names starting with ``_`` are skipped).  Found by reading the source, not by
  importing it, so listing is cheap and needs no Qt.
* It defines ``main(quick: bool = False) -> int``: print one table per benchmark
  and return 0, or non-zero if it could not measure.  The whole quick suite
  must stay under a minute: ``model_bench`` takes about 25 s with ``quick=True``
  on a busy two-core machine, so keep a new module's quick mode near 15 s.
* It may also accept ``only: str | None`` to run one part, named in a top-level
  ``PARTS = ("...", ...)`` tuple (``--only model.gd``).
* Every comparison measures the baseline and the app in the same run,
  interleaved, and prints medians and their ratio: the machines we run on are
  shared and noisy, so numbers from separate runs do not compare.
* Table rows read ``case | baseline | app | ratio | ... | target | verdict``, with
  ``meets``, ``MISSES`` or ``info`` (no target) as the verdict.
* Generated data goes to a temporary folder or ``benchmarks/results/``
  (git-ignored), never into the repository.

Each module runs in a fresh interpreter, so one module's memory, threads or Qt
state cannot slow down or crash the next.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import importlib.metadata
import os
import platform
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


@dataclass(frozen=True)
class Module:
    """A benchmark module found in ``benchmarks/``."""

    name: str
    path: Path
    summary: str
    parts: tuple[str, ...]
    takes_only: bool

    @property
    def short(self) -> str:
        """The name without ``_bench`` (``model`` for ``model_bench``)."""
        return self.name.removesuffix("_bench")


def discover(folder: Path = HERE) -> list[Module]:
    """Benchmark modules in ``folder``, by name, read from their source."""
    found: list[Module] = []
    for path in sorted(folder.glob("*.py")):
        if path.name.startswith("_") or path.resolve() == Path(__file__).resolve():
            continue
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        except (OSError, SyntaxError, UnicodeDecodeError) as error:
            print(f"run.py: skipping {path.name}: {error}", file=sys.stderr)
            continue
        main = next(
            (
                node
                for node in tree.body
                if isinstance(node, ast.FunctionDef) and node.name == "main"
            ),
            None,
        )
        if main is None:
            continue
        arguments = {
            argument.arg for argument in (*main.args.args, *main.args.kwonlyargs)
        }
        if "quick" not in arguments:
            continue
        docstring = ast.get_docstring(tree) or ""
        found.append(
            Module(
                name=path.stem,
                path=path,
                summary=docstring.strip().split("\n")[0],
                parts=_literal_parts(tree),
                takes_only="only" in arguments,
            )
        )
    return found


def _literal_parts(tree: ast.Module) -> tuple[str, ...]:
    """The module's ``PARTS`` tuple, if it spells one out as a literal."""
    for node in tree.body:
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        if any(isinstance(t, ast.Name) and t.id == "PARTS" for t in targets):
            try:
                parts = ast.literal_eval(value)
            except ValueError:
                return ()
            return tuple(str(part) for part in parts)
    return ()


def select(modules: list[Module], only: str | None) -> list[tuple[Module, str | None]]:
    """The modules (and part) that ``--only`` names; all of them without it."""
    if only is None:
        return [(module, None) for module in modules]
    name, _, part = only.partition(".")
    matches = [m for m in modules if name in (m.name, m.short)]
    if not matches:
        known = ", ".join(m.short for m in modules) or "none found"
        raise SystemExit(f"run.py: no benchmark module {name!r} (known: {known}).")
    module = matches[0]
    if not part:
        return [(module, None)]
    if not module.takes_only:
        raise SystemExit(f"run.py: {module.name}.main() does not take parts.")
    if module.parts and part not in module.parts:
        raise SystemExit(
            f"run.py: {module.name} has no part {part!r} "
            f"(parts: {', '.join(module.parts)})."
        )
    return [(module, part)]


# ---------------------------------------------------------------------- machine


def machine_info() -> list[str]:
    """What the numbers depend on: CPUs, load, library versions, BLAS threads."""
    lines = [f"python {platform.python_version()} on {platform.platform()}"]
    cpu = _cpu_model()
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    counts = f"{os.cpu_count()} logical CPUs" + (
        f", {usable} usable by this process" if usable is not None else ""
    )
    lines.append(f"{cpu}: {counts}" if cpu else counts)
    if hasattr(os, "getloadavg"):
        one, five, fifteen = os.getloadavg()
        lines.append(f"load average {one:.2f} {five:.2f} {fifteen:.2f} (1/5/15 min)")
    versions = []
    for package in ("numpy", "pandas", "scipy", "PySide6-Essentials", "pyqtgraph"):
        try:
            versions.append(f"{package} {importlib.metadata.version(package)}")
        except importlib.metadata.PackageNotFoundError:
            continue
    lines.append(", ".join(versions))
    lines.append(_blas_info())
    threads = [
        f"{key}={os.environ[key]}"
        for key in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
        if key in os.environ
    ]
    if threads:
        lines.append("thread settings: " + " ".join(threads))
    return lines


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as file:
            for line in file:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def _blas_info() -> str:
    """The BLAS NumPy uses and its thread count (threadpoolctl, when installed)."""
    import numpy as np  # loaded first: threadpoolctl only sees loaded libraries

    try:
        from threadpoolctl import threadpool_info
    except ImportError:
        threadpool_info = None
    if threadpool_info is not None:
        pools = [
            f"{pool['internal_api']} {pool.get('version') or '?'} "
            f"({pool['num_threads']} threads)"
            for pool in threadpool_info()
            if pool.get("user_api") == "blas"
        ]
        if pools:
            return "BLAS: " + ", ".join(pools)
    try:
        blas = np.show_config(mode="dicts")["Build Dependencies"]["blas"]
    except (TypeError, KeyError):  # NumPy before 1.25 prints instead
        return "BLAS: unknown"
    return f"BLAS: {blas.get('name', '?')} {blas.get('version', '')} (threads unknown)"


# ---------------------------------------------------------------------- running


def run_child(name: str, quick: bool, part: str | None) -> int:
    """In the child interpreter: import one module and call its ``main``."""
    for path in (str(ROOT), str(HERE)):
        if path not in sys.path:
            sys.path.insert(0, path)
    module = importlib.import_module(name)
    options = {"only": part} if part is not None else {}
    return int(module.main(quick=quick, **options) or 0)


def run_module(module: Module, quick: bool, part: str | None) -> tuple[int, float]:
    """Run one module in a fresh interpreter; its exit status and seconds taken."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", module.name]
    if quick:
        command.append("--quick")
    if part is not None:
        command += ["--part", part]
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("PYTHONUNBUFFERED", "1")
    start = time.perf_counter()
    status = subprocess.run(command, env=env, cwd=ROOT, check=False).returncode
    return status, time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Run the benchmarks and print ratios against their baselines."
    )
    parser.add_argument(
        "--quick", action="store_true", help="fewer, shorter repeats (< 60 s in all)"
    )
    parser.add_argument(
        "--only", metavar="NAME", help="one module (model) or part (model.gd)"
    )
    parser.add_argument("--list", action="store_true", help="list the benchmarks")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--part", help=argparse.SUPPRESS)
    arguments = parser.parse_args(argv)
    if arguments.child:
        return run_child(arguments.child, arguments.quick, arguments.part)

    modules = discover()
    if arguments.list:
        for module in modules:
            parts = f" [parts: {', '.join(module.parts)}]" if module.parts else ""
            print(f"{module.short:12} {module.summary}{parts}")
        return 0
    chosen = select(modules, arguments.only)
    mode = "quick" if arguments.quick else "full"
    print(f"linreg-gui benchmarks ({mode} mode)")
    for line in machine_info():
        print(f"  {line}")
    results: list[tuple[str, int, float]] = []
    for module, part in chosen:
        label = module.name + (f".{part}" if part else "")
        print(f"\n##### {label}: {module.summary}", flush=True)
        status, seconds = run_module(module, arguments.quick, part)
        results.append((label, status, seconds))

    print("\nSummary")
    print("=======")
    width = max(len(label) for label, _, _ in results)
    for label, status, seconds in results:
        outcome = "ran" if status == 0 else f"FAILED (exit {status})"
        print(f"{label.ljust(width)} | {seconds:6.1f} s | {outcome}")
    total = sum(seconds for _, _, seconds in results)
    print(f"{'total'.ljust(width)} | {total:6.1f} s |")
    if hasattr(os, "getloadavg"):
        print(f"load average at the end: {os.getloadavg()[0]:.2f}")
    failed = [label for label, status, _ in results if status != 0]
    if failed:
        print(f"\nrun.py: could not run {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
