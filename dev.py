#!/usr/bin/env python3
"""One entry point for working on linreg-gui from a source checkout.

    python3 dev.py run [FILE]     open the app (an example is loaded when no FILE)
    python3 dev.py test [ARGS]    run the whole test suite (ARGS go to pytest)
    python3 dev.py bench          run the benchmarks and print ratios
    python3 dev.py lint           ruff, mypy and the import-layer contracts
    python3 dev.py translations   collect the window's texts into the .ts files
                                  and compile them (see scripts/translations.py)
    python3 dev.py build          build the desktop bundle (dist/linreg-gui/) and
                                  its archive for copying to other machines

Each command creates or updates ``.venv`` next to this file first, so a fresh clone
needs nothing but Python 3.10+.  A script rather than a Makefile because it runs the
same on Windows and macOS and needs no ``make`` (absent from minimal Debian images);
rather than uv because uv is not on a fresh machine either.  It re-installs only when
``pyproject.toml`` changes.
"""

from __future__ import annotations

import hashlib
import os
import platform
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = Path(os.environ.get("LINREG_VENV", ROOT / ".venv"))
EXTRAS = {
    "run": "",
    "test": "test",
    "bench": "test",
    "lint": "dev",
    "build": "build",
    "translations": "",
}


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def fail(message: str) -> None:
    print(f"dev.py: {message}", file=sys.stderr)
    sys.exit(1)


def ensure_venv(extra: str) -> Path:
    """Create the virtual environment and install the project when out of date."""
    if sys.version_info < (3, 10):  # noqa: UP036 - dev.py may run on an older python3
        fail(f"Python 3.10 or newer is needed; this is {sys.version.split()[0]}.")
    python = venv_python()
    if not python.exists():
        try:
            import ensurepip  # noqa: F401  (Debian ships venv without it)
        except ImportError:
            version = f"{sys.version_info.major}.{sys.version_info.minor}"
            fail(
                "Python's venv module is incomplete on this machine. Install it with:\n"
                f"    sudo apt-get install -y python3-venv python{version}-venv"
            )
        print(f"Creating {VENV} ...", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    pyproject = (ROOT / "pyproject.toml").read_bytes()

    def installed(name: str) -> bool:
        stamp = VENV / f".installed-{name or 'app'}"
        wanted = hashlib.sha256(pyproject + name.encode()).hexdigest()
        return stamp.exists() and stamp.read_text().strip() == wanted

    # Any install with extras includes the app itself: `run` after `test` is instant.
    others = [p.name.removeprefix(".installed-") for p in VENV.glob(".installed-*")]
    if not installed(extra) and not (
        not extra and any(installed(name) for name in others if name != "app")
    ):
        target = f".[{extra}]" if extra else "."
        print(f"Installing linreg-gui{target[1:]} into {VENV} ...", flush=True)
        quiet = [] if os.environ.get("DEV_VERBOSE") else ["-q"]
        subprocess.run(
            [str(python), "-m", "pip", "install", *quiet, "--upgrade", "pip"],
            check=True,
        )
        # setuptools warns about editable installs on every build; it is noise here.
        calm = {**os.environ, "PYTHONWARNINGS": "ignore"}
        subprocess.run(
            [str(python), "-m", "pip", "install", *quiet, "-e", target],
            check=True,
            cwd=ROOT,
            env=calm,
        )
        stamp = VENV / f".installed-{extra or 'app'}"
        stamp.write_text(hashlib.sha256(pyproject + extra.encode()).hexdigest())
    return python


def check_system_libraries(window: bool) -> None:
    """Install the system libraries Qt needs when that asks for no password (as
    root, or with password-less sudo), saying what it installs; else name the
    apt-get line instead of letting Qt abort without them."""
    sys.path.insert(0, str(ROOT))
    from linreg_gui.system_check import check, install_command, missing_packages

    missing = missing_packages(want_window=window)
    command = install_command(missing)
    if command is not None:
        print(
            "Qt needs system libraries that are not installed; installing them: "
            + " ".join(command),
            flush=True,
        )
        update = [*command[: command.index("apt-get")], "apt-get", "update", "-q"]
        subprocess.run(update, check=False)
        subprocess.run(command, check=False)
    message = check(want_window=window)
    if message:
        fail(message)


def run(cmd: list[str], env: dict[str, str] | None = None) -> int:
    return subprocess.run(cmd, cwd=ROOT, env=env, check=False).returncode


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in EXTRAS:
        print(__doc__)
        return 2
    command, args = argv[0], argv[1:]
    python = ensure_venv(EXTRAS[command])
    env = dict(os.environ)
    if command == "run":
        headless = env.get("QT_QPA_PLATFORM") in ("offscreen", "minimal")
        if sys.platform.startswith("linux") and not headless:
            if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
                fail(
                    "no display found (DISPLAY is not set). Run this on a desktop, "
                    "or under a virtual screen:\n    xvfb-run -a python3 dev.py run"
                )
        check_system_libraries(window=not headless)
        return run([str(python), "-m", "linreg_gui", *args], env)
    if command in ("test", "bench"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        check_system_libraries(window=False)
        if command == "test":
            return run([str(python), "-m", "pytest", *args], env)
        return run([str(python), str(ROOT / "benchmarks" / "run.py"), *args], env)
    if command == "translations":
        return run([str(python), str(ROOT / "scripts" / "translations.py"), *args])
    if command == "lint":
        status = run([str(python), "-m", "ruff", "check", "."])
        status |= run([str(python), "-m", "ruff", "format", "--check", "."])
        status |= run([str(python), "-m", "mypy"])
        # The layers (app → ui → controller → workers → model): pyproject.toml.
        linter = python.with_name("lint-imports" + (".exe" if os.name == "nt" else ""))
        status |= run([str(linter), "--no-cache"])
        return status
    # build
    if sys.platform.startswith("linux") and not shutil.which("objdump"):
        fail(
            "PyInstaller needs objdump to build on Linux. Install it with:\n"
            "    sudo apt-get install -y binutils"
        )
    status = run([str(python), "-m", "PyInstaller", "--noconfirm", "build.spec", *args])
    if status == 0:
        archive = make_archive()
        if archive is not None:
            size = archive.stat().st_size / 1e6
            print(f"dev.py: built dist/linreg-gui/ and {archive.name} ({size:.0f} MB)")
    return status


def make_archive() -> Path | None:
    """Pack dist/linreg-gui into the one file a teacher copies to lab machines.

    ``.tar.xz`` on Linux (every file manager and ``tar xf`` open it, and it keeps
    the execute bits and symlinks), ``.zip`` on Windows.  None on macOS, where
    the app is dist/linreg-gui.app and ``ditto`` packs it without breaking its
    signature.  xz at preset 2 rather than gzip: the bundle with scikit-learn is
    114 MB as .tar.gz and 87 MB like this, in about the same time (the system's
    ``xz`` uses every core; Python's own lzma is the fallback).
    """
    if sys.platform == "darwin":
        return None
    version = re.search(
        r'^__version__ = "([^"]+)"',
        (ROOT / "linreg_gui" / "__init__.py").read_text(encoding="utf-8"),
        re.MULTILINE,
    )
    system = "windows" if os.name == "nt" else sys.platform.rstrip("0123456789")
    name = f"linreg-gui-{version.group(1) if version else 'dev'}-{system}"
    base = ROOT / "dist" / f"{name}-{platform.machine().lower()}"
    if os.name == "nt":
        print(f"Packing {base.name}.zip ...", flush=True)
        return Path(shutil.make_archive(str(base), "zip", ROOT / "dist", "linreg-gui"))
    archive = base.with_name(base.name + ".tar.xz")
    print(f"Packing {archive.name} ...", flush=True)
    for old in (ROOT / "dist").glob("linreg-gui-*.tar.*"):
        old.unlink()
    xz = shutil.which("xz")
    if xz:
        with archive.open("wb") as out:
            tar = subprocess.Popen(
                ["tar", "-C", str(ROOT / "dist"), "-cf", "-", "linreg-gui"],
                stdout=subprocess.PIPE,
            )
            packed = subprocess.run([xz, "-2", "-T0"], stdin=tar.stdout, stdout=out)
            assert tar.stdout is not None
            tar.stdout.close()
            if tar.wait() == 0 and packed.returncode == 0:
                return archive
        print("dev.py: xz failed; packing with Python's lzma instead", flush=True)
    import tarfile

    with tarfile.open(archive, "w:xz", preset=2) as tar_file:
        tar_file.add(ROOT / "dist" / "linreg-gui", arcname="linreg-gui")
    return archive


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
