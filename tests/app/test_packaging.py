"""Packaging: the app works offline, and the bundle recipe and desktop files hold up.

The offline test runs the real ``--self-test`` in a fresh interpreter whose
``socket`` module refuses (and records) every socket, so "nothing opens a
connection" is checked, not assumed.  The same run lists the modules it loaded:
none of them may be one that ``build.spec`` leaves out of the bundle.  When a
bundle has been built (``python3 dev.py build``), its own self-test runs too,
inside an empty network namespace where that is allowed.
"""

from __future__ import annotations

import ast
import configparser
import fnmatch
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build.spec"
BUNDLE = ROOT / "dist" / "linreg-gui"
BINARY = BUNDLE / "linreg-gui"
DESKTOP = ROOT / "resources" / "linux" / "linreg-gui.desktop"
ICONS = ROOT / "linreg_gui" / "assets" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

#: Installed first in the child interpreter by ``sitecustomize``: every socket
#: the app tries to create is written to a file and refused.
NO_NETWORK = """
import atexit, os, socket, _socket, sys

_LOG = os.environ["LINREG_TEST_SOCKET_LOG"]

def _refuse(what, *args):
    with open(_LOG, "a", encoding="utf-8") as log:
        log.write(f"{what}{args!r}\\n")
    raise OSError(f"network disabled by the offline test: {what}")

class _NoSocket(socket.socket):
    def __init__(self, *args, **kwargs):
        _refuse("socket.socket", *args)

def _no_call(name):
    return lambda *args, **kwargs: _refuse(name, *args)

socket.socket = _socket.socket = _NoSocket
socket.SocketType = _NoSocket
for _name in ("create_connection", "create_server", "socketpair", "fromfd",
              "getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr"):
    setattr(socket, _name, _no_call("socket." + _name))

@atexit.register
def _list_modules():
    with open(os.environ["LINREG_TEST_MODULE_LOG"], "w", encoding="utf-8") as out:
        out.write("\\n".join(sorted(sys.modules)))
"""


def spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def spec_constant(name: str) -> object:
    """A top-level literal assignment in build.spec, e.g. ``NAME`` or ``EXCLUDES``."""
    for node in spec_tree().body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"build.spec assigns no literal {name}")


def spec_calls(function: str) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(spec_tree())
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == function
    ]


def is_excluded(module: str, excludes: list[str]) -> bool:
    return any(module == ex or module.startswith(ex + ".") for ex in excludes)


def child_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        LINREG_GUI_CONFIG_DIR=str(tmp_path / "config"),
        LINREG_GUI_DATA_DIR=str(tmp_path / "data"),
    )
    return env


# ---------------------------------------------------------------- offline


@pytest.mark.slow
def test_self_test_passes_with_the_network_disabled(tmp_path: Path) -> None:
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(NO_NETWORK, encoding="utf-8")
    sockets, modules = tmp_path / "sockets.log", tmp_path / "modules.log"
    env = child_env(tmp_path)
    env.update(
        PYTHONPATH=os.pathsep.join(
            p for p in (str(hooks), str(ROOT), env.get("PYTHONPATH", "")) if p
        ),
        LINREG_TEST_SOCKET_LOG=str(sockets),
        LINREG_TEST_MODULE_LOG=str(modules),
    )
    run = subprocess.run(
        [sys.executable, "-m", "linreg_gui", "--self-test"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=110,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "self-test passed" in run.stdout
    assert modules.exists(), "the sitecustomize hook did not run"
    attempts = sockets.read_text(encoding="utf-8") if sockets.exists() else ""
    assert not attempts, f"the app tried to use the network:\n{attempts}"

    loaded = modules.read_text(encoding="utf-8").split()
    network = [
        m
        for m in loaded
        # ssl is imported (never used) by asyncio, which scikit-learn's joblib
        # imports; the socket hook above is what shows nothing connects.
        if is_excluded(m, ["http", "urllib.request", "PySide6.QtNetwork"])
    ]
    assert not network, network
    # What the bundle leaves out must not be needed, or the bundle breaks.  Modules
    # the interpreter itself loads at start-up (site hooks) do not count.
    excludes = spec_constant("EXCLUDES")
    assert isinstance(excludes, list)
    at_start = subprocess.run(
        [sys.executable, "-c", "import sys; print('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    needed = [m for m in set(loaded) - set(at_start) if is_excluded(m, excludes)]
    assert not needed, f"build.spec excludes modules the app loads: {needed[:10]}"


# ---------------------------------------------------------------- recipe


def test_spec_builds_a_windowed_onedir_bundle_named_linreg_gui() -> None:
    assert spec_constant("NAME") == "linreg-gui"
    (exe,) = spec_calls("EXE")
    options = {k.arg: k.value for k in exe.keywords}
    assert isinstance(options["console"], ast.Constant)
    assert options["console"].value is False
    assert isinstance(options["exclude_binaries"], ast.Constant)
    assert options["exclude_binaries"].value is True  # files beside it: onedir
    assert ast.unparse(options["name"]) == "NAME"
    (collect,) = spec_calls("COLLECT")
    assert {k.arg: ast.unparse(k.value) for k in collect.keywords}["name"] == "NAME"
    assert len(spec_calls("BUNDLE")) == 1  # the macOS .app
    for kind in (".ico", ".icns"):
        assert (ROOT / "resources" / "icons" / f"linreg-gui{kind}").is_file()


def test_spec_parses_as_python() -> None:
    compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")


# ---------------------------------------------------------------- desktop files


def test_desktop_file_is_valid() -> None:
    validator = shutil.which("desktop-file-validate")
    if validator:
        check = subprocess.run(
            [validator, str(DESKTOP)], capture_output=True, text=True, check=False
        )
        assert check.returncode == 0 and not check.stdout.strip(), check.stdout
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"] == "linreg-gui %f"  # the file manager passes one file
    assert section["Icon"] == "linreg-gui"
    assert "text/csv" in section["MimeType"].split(";")
    assert section["Terminal"] == "false"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_icons_come_in_every_size() -> None:
    for size in PNG_SIZES:
        data = (ICONS / f"linreg-gui-{size}.png").read_bytes()
        assert png_size(data) == (size, size)
    ico = (ROOT / "resources" / "icons" / "linreg-gui.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 6
    icns = (ROOT / "resources" / "icons" / "linreg-gui.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)


def test_install_script_is_executable_posix_shell() -> None:
    script = ROOT / "resources" / "linux" / "install-desktop-entry.sh"
    assert os.access(script, os.X_OK)
    shell = shutil.which("sh")
    if shell:
        subprocess.run([shell, "-n", str(script)], check=True)


def test_every_asset_is_package_data() -> None:
    """pyproject's package-data patterns cover every file under assets/."""
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["linreg_gui"]
    package = ROOT / "linreg_gui"
    assets = [
        path.relative_to(package).as_posix()
        for path in (package / "assets").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    ]
    assert assets
    covered = {
        path.relative_to(package).as_posix()
        for pattern in patterns
        for path in package.glob(pattern)
    }
    missing = sorted(set(assets) - covered)
    assert not missing, f"not package data (so not in a wheel): {missing}"
    assert all(fnmatch.fnmatch(a, "assets/*") for a in assets)


# ---------------------------------------------------------------- built bundle

needs_bundle = pytest.mark.skipif(
    not BINARY.exists(), reason="no bundle: run `python3 dev.py build` first"
)


@needs_bundle
def test_bundle_holds_the_assets_and_leaves_out_the_extras() -> None:
    internal = BUNDLE / "_internal"
    package = ROOT / "linreg_gui"
    for path in (package / "assets").rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            assert (internal / path.relative_to(ROOT)).is_file(), path
    for unwanted in ("pyarrow", "tkinter", "matplotlib", "pytest"):
        assert not (internal / unwanted).exists(), unwanted
    # Compare Solvers' scikit-learn column, without the parts it never imports.
    assert (internal / "sklearn" / "linear_model").is_dir()
    assert not (internal / "sklearn" / "datasets").exists()
    qt = internal / "PySide6"
    # Qt's own translations for the languages the window ships, and no others.
    shipped = {p.name for p in (qt / "Qt" / "translations").iterdir()}
    assert shipped == {"qtbase_es.qm", "qtbase_de.qm"}
    assert not list(qt.glob("QtNetwork*")), "QtNetwork is bundled"
    platforms = {p.name for p in (qt / "Qt" / "plugins" / "platforms").iterdir()}
    assert {"libqxcb.so", "libqoffscreen.so"} <= platforms
    assert (BUNDLE / "install-desktop-entry.sh").is_file()


@needs_bundle
@pytest.mark.slow
def test_built_bundle_passes_its_self_test(tmp_path: Path) -> None:
    command = [str(BINARY), "--self-test"]
    unshare = shutil.which("unshare")
    if (
        unshare
        and subprocess.run(
            [unshare, "-n", "true"], capture_output=True, check=False
        ).returncode
        == 0
    ):
        command = [unshare, "-n", *command]  # no network interface at all
    run = subprocess.run(
        command,
        env=child_env(tmp_path),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=110,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "self-test passed" in run.stdout


@needs_bundle
@pytest.mark.slow
@pytest.mark.parametrize("lang", ["de_DE.UTF-8", "es_ES.UTF-8"])
def test_built_bundle_speaks_the_system_language(tmp_path: Path, lang: str) -> None:
    env = child_env(tmp_path)
    env.update(LANG=lang, LC_ALL=lang, LANGUAGE="")
    run = subprocess.run(
        [str(BINARY), "--self-test"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=110,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert f"window language {lang[:2]}" in run.stdout


MIME = ROOT / "resources" / "linux" / "linreg-gui-mime.xml"


def test_session_files_have_a_mime_type_the_desktop_entry_opens() -> None:
    import xml.etree.ElementTree as ET

    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    kind = ET.parse(MIME).getroot().find("m:mime-type", ns)
    assert kind is not None and kind.get("type") == "application/x-linreg-session"
    globs = [g.get("pattern") for g in kind.findall("m:glob", ns)]
    assert globs == ["*.linreg"]
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    types = entry["Desktop Entry"]["MimeType"].split(";")
    assert "application/x-linreg-session" in types
    # The bundle carries it where the install script looks for it.
    assert any("-mime.xml" in ast.unparse(node) for node in ast.walk(spec_tree())), (
        "build.spec does not bundle the MIME file"
    )


@pytest.mark.skipif(shutil.which("sh") is None, reason="no POSIX shell")
def test_the_install_script_registers_the_session_type(tmp_path: Path) -> None:
    """Installed from a bundle's layout into a private prefix, and removed."""
    bundle = tmp_path / "linreg-gui"
    share = bundle / "_internal" / "desktop"
    icons = bundle / "_internal" / "linreg_gui" / "assets" / "icons"
    share.mkdir(parents=True)
    icons.mkdir(parents=True)
    program = bundle / "linreg-gui"
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    shutil.copy(DESKTOP, share)
    shutil.copy(MIME, share)
    shutil.copy(ROOT / "resources" / "icons" / "linreg-gui.svg", share)
    for size in PNG_SIZES:
        shutil.copy(ICONS / f"linreg-gui-{size}.png", icons)
    script = bundle / "install-desktop-entry.sh"
    shutil.copy(ROOT / "resources" / "linux" / script.name, script)
    prefix = tmp_path / "share"
    env = {**os.environ, "XDG_DATA_HOME": str(prefix)}
    subprocess.run(["sh", str(script)], env=env, check=True, capture_output=True)
    assert (prefix / "mime" / "packages" / "linreg-gui.xml").read_bytes() == (
        MIME.read_bytes()
    )
    installed = (prefix / "applications" / "linreg-gui.desktop").read_text()
    assert f'Exec="{program}" %f' in installed
    assert "application/x-linreg-session" in installed
    if shutil.which("update-mime-database"):
        globs = (prefix / "mime" / "globs2").read_text()
        assert "application/x-linreg-session:*.linreg" in globs
    subprocess.run(
        ["sh", str(script), "--uninstall"], env=env, check=True, capture_output=True
    )
    assert not (prefix / "mime" / "packages" / "linreg-gui.xml").exists()
    assert not (prefix / "applications" / "linreg-gui.desktop").exists()
