"""Find the system libraries Qt needs on Linux before Qt itself aborts without them.

Qt's xcb and offscreen platform plugins load a handful of shared libraries from the
operating system.  When one is missing, Qt prints a cryptic message and aborts the
process.  This module looks the libraries up first (standard library only, no Qt) so
that the launcher and the test command can name the exact ``apt-get install`` line.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence

#: Debian/Ubuntu package -> shared library it provides.  Measured on Debian 12
#: minbase: what the offscreen platform needs (tests, the self-test) ...
OFFSCREEN_LIBRARIES: Mapping[str, str] = {
    "libgl1": "libGL.so.1",
    "libegl1": "libEGL.so.1",
    "libfontconfig1": "libfontconfig.so.1",
    "libfreetype6": "libfreetype.so.6",
    "libglib2.0-0": "libglib-2.0.so.0",
    "libxkbcommon0": "libxkbcommon.so.0",
    "libdbus-1-3": "libdbus-1.so.3",
    "libx11-6": "libX11.so.6",
}

#: ... and what a real X11 window needs on top of that.
WINDOW_LIBRARIES: Mapping[str, str] = {
    "libxcb-cursor0": "libxcb-cursor.so.0",
    "libxcb-icccm4": "libxcb-icccm.so.4",
    "libxcb-keysyms1": "libxcb-keysyms.so.1",
    "libxcb-render-util0": "libxcb-render-util.so.0",
    "libxcb-shape0": "libxcb-shape.so.0",
    "libxkbcommon-x11-0": "libxkbcommon-x11.so.0",
}

_LIBRARY_DIRS = (
    "/lib",
    "/lib64",
    "/usr/lib",
    "/usr/lib64",
    "/usr/local/lib",
    "/lib/x86_64-linux-gnu",
    "/usr/lib/x86_64-linux-gnu",
    "/lib/aarch64-linux-gnu",
    "/usr/lib/aarch64-linux-gnu",
)


def _known_sonames() -> set[str]:
    """Shared-library names the dynamic linker can find on this machine."""
    names: set[str] = set()
    try:
        out = subprocess.run(
            ["ldconfig", "-p"],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        ).stdout
        for line in out.splitlines()[1:]:
            name = line.strip().split(" ", 1)[0]
            if name:
                names.add(name)
    except (OSError, subprocess.SubprocessError):
        pass
    extra_dirs = os.environ.get("LD_LIBRARY_PATH", "").split(os.pathsep)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        extra_dirs.append(bundle)
    for folder in (*_LIBRARY_DIRS, *extra_dirs):
        if folder and os.path.isdir(folder):
            try:
                names.update(os.listdir(folder))
            except OSError:
                continue
    return names


def missing_packages(want_window: bool) -> list[str]:
    """Debian packages whose libraries Qt will fail to load, in install order.

    Empty on anything other than Linux: Qt's Windows and macOS builds carry what
    they need.
    """
    if not sys.platform.startswith("linux"):
        return []
    wanted: dict[str, str] = dict(OFFSCREEN_LIBRARIES)
    if want_window:
        wanted.update(WINDOW_LIBRARIES)
    known = _known_sonames()
    return [pkg for pkg, soname in wanted.items() if soname not in known]


def install_hint(packages: Iterable[str]) -> str:
    """The one command a user should run, e.g. ``sudo apt-get install -y libegl1``."""
    prefix = "" if _is_root() else "sudo "
    return f"{prefix}apt-get install -y {' '.join(packages)}"


def install_command(
    packages: Sequence[str],
    *,
    root: bool | None = None,
    sudo_without_password: Callable[[], bool] | None = None,
    have_apt: bool | None = None,
) -> list[str] | None:
    """The command that installs ``packages`` without asking for anything, or
    None when it would need a password (or there is no apt-get): as root
    ``apt-get install``, with password-less sudo ``sudo -n apt-get install``."""
    if not packages:
        return None
    if have_apt is None:
        have_apt = shutil.which("apt-get") is not None
    if not have_apt:
        return None
    line = ["apt-get", "install", "-y", "--no-install-recommends", *packages]
    if _is_root() if root is None else root:
        return line
    check = sudo_without_password or _sudo_without_password
    return ["sudo", "-n", *line] if check() else None


def _sudo_without_password() -> bool:
    if shutil.which("sudo") is None:
        return False
    try:
        done = subprocess.run(
            ["sudo", "-n", "true"], capture_output=True, timeout=10, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def _is_root() -> bool:
    geteuid = getattr(os, "geteuid", None)
    return bool(geteuid and geteuid() == 0)


def needs_window(environ: Mapping[str, str] | None = None) -> bool:
    """Whether Qt will open a real window (xcb) rather than draw offscreen."""
    env = os.environ if environ is None else environ
    platform = env.get("QT_QPA_PLATFORM", "")
    return platform not in ("offscreen", "minimal")


def check(want_window: bool) -> str | None:
    """A message naming the missing packages and the install line, or ``None``."""
    missing = missing_packages(want_window)
    if not missing:
        return None
    return (
        "Qt needs system libraries that are not installed: "
        + ", ".join(missing)
        + ".\nInstall them with:\n    "
        + install_hint(missing)
    )
