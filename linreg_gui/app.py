"""Start the desktop app: ``linreg-gui [FILE]`` or ``python -m linreg_gui [FILE]``.

``main()`` guards a windowed build's missing console, checks that the system has
the libraries Qt needs (naming the ``apt-get`` line instead of letting Qt abort),
creates the application, installs an exception hook that logs and shows a dialog
instead of dying, and opens :class:`MainWindow`, loading FILE or an example once
the window is up.
Qt is imported inside ``main`` so that ``import linreg_gui.app`` stays cheap.

``LINREG_GUI_STARTUP_PROBE`` (used by ``benchmarks/startup_bench.py``) makes the
app print ``linreg-gui: first paint at T`` when the main window is first drawn, T
being ``time.monotonic()``; with the value ``quit`` it then exits at once.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from linreg_gui.ui.main_window import MainWindow

LOG = logging.getLogger("linreg_gui")
STARTUP_PROBE = "LINREG_GUI_STARTUP_PROBE"

__all__ = ["MainWindow", "main"]


def __getattr__(name: str) -> Any:
    """``linreg_gui.app.MainWindow`` without importing Qt at module import."""
    if name == "MainWindow":
        from linreg_gui.ui.main_window import MainWindow

        return MainWindow
    raise AttributeError(name)


def guard_stdio() -> None:
    """A windowed (frozen) build has no console: give print() somewhere to go."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


def setup_logging() -> Path:
    """Log to a rotating file in the user's data folder; return its path."""
    from linreg_gui.settings import data_dir

    folder = data_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "linreg-gui.log"
        handler: logging.Handler = RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=2, encoding="utf-8"
        )
    except OSError:
        path = Path(os.devnull)
        handler = logging.NullHandler()
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    )
    root = logging.getLogger("linreg_gui")
    if not any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def when_first_painted(
    window: Any, action: Callable[[float], object], fallback_ms: int | None = None
) -> None:
    """Call ``action(t)`` once, just after ``window`` is first painted at time t.

    A paint is when the user first sees the window, not ``show()``, which returns
    before the window is even mapped.  ``t`` is ``time.monotonic()``, which is
    system-wide on Linux, so a benchmark can compare it with when it started the
    process.  With ``fallback_ms``, the action also runs if no paint comes by then.
    """
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
    from PySide6.QtWidgets import QWidget

    app = QCoreApplication.instance()
    assert app is not None
    done = False

    def fire(painted_at: float) -> None:
        nonlocal done
        if not done:
            done = True
            app.removeEventFilter(probe)
            fallback.stop()  # no timer outlives its use
            QTimer.singleShot(0, lambda: action(painted_at))

    class Probe(QObject):
        """Watches every widget until the first one inside ``window`` paints."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and watched.window() is window
            ):
                fire(time.monotonic())
            return False

    probe = Probe(window)
    fallback = QTimer(probe)
    fallback.setSingleShot(True)
    fallback.timeout.connect(lambda: fire(time.monotonic()))
    app.installEventFilter(probe)
    if fallback_ms is not None:
        fallback.start(fallback_ms)


def report_first_paint(painted_at: float, quit_after: bool) -> None:
    """The start-up probe: print when the window was first painted; maybe exit."""
    print(f"linreg-gui: first paint at {painted_at:.6f}", flush=True)
    if quit_after:
        # At once: background loading may still be running, and a benchmark
        # wants neither to wait for it nor to save settings.
        os._exit(0)


def build_parser() -> argparse.ArgumentParser:
    from linreg_gui import __version__

    parser = argparse.ArgumentParser(
        prog="linreg-gui", description="Watch linear regression learn."
    )
    parser.add_argument(
        "file",
        nargs="?",
        help="CSV, TSV, .xlsx or .ods file, or a .linreg session, to open",
    )
    parser.add_argument(
        "--version", action="version", version=f"linreg-gui {__version__}"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the window offscreen, fit an example by gradient descent through "
        "the real worker, compare with least squares, exit 0 on success",
    )
    return parser


def leave_a_core_to_the_window() -> None:
    """Linear algebra in the workers uses one thread fewer than there are cores.

    OpenBLAS starts a thread per core, and its threads spin while they wait
    for work: beside a factorisation of 10⁶ rows they took the core the window
    paints on (random user actions, one seed at 40 actions, 3 tries: the
    longest stall 313–438 ms with two threads, 247–280 ms with one, on two
    cores).  It must run before NumPy is imported; a user's own setting wins.
    """
    if "numpy" in sys.modules:
        return
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    os.environ.setdefault("OPENBLAS_NUM_THREADS", str(max(1, cores - 1)))


def main(argv: Sequence[str] | None = None) -> int:
    """Open the main window; returns the exit status.

    Long on purpose: one start-up sequence in the order it must run (stdio, logging,
    system check, Qt, theme, window, data); split up, the order would hide.
    """
    guard_stdio()
    leave_a_core_to_the_window()
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # Offscreen, nobody can close a dialog: a failure must end the run.
        os.environ.setdefault("LINREG_GUI_NO_DIALOGS", "1")
    if getattr(sys, "frozen", False) and sys.platform.startswith("linux"):
        # The bundle ships Qt's X11 plugin, not Wayland's: say so instead of
        # letting Qt try Wayland first and warn (it runs through XWayland).
        os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    from linreg_gui.system_check import check, needs_window

    problem = check(want_window=needs_window())
    if problem:
        print(f"linreg-gui: {problem}", file=sys.stderr)
        return 1
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    from PySide6.QtWidgets import QApplication

    from linreg_gui import settings

    app = QApplication.instance() or QApplication(
        [sys.argv[0] if sys.argv else "linreg-gui"]
    )
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationDisplayName("Linear Regression")
    # Lets Wayland docks and GNOME match windows to resources/linux's .desktop file.
    app.setDesktopFileName("linreg-gui")
    from linreg_gui.ui.i18n import install_language

    # Before the first widget: every text is translated as it is built.
    user_settings = settings.Settings()
    install_language(app, str(user_settings.value("view/language")))
    from linreg_gui.ui.theme import app_icon, apply_theme

    apply_theme(app)
    if app.platformName() == "offscreen":
        # Qt's offscreen platform crashes at exit if the clipboard holds data
        # (seen with PySide6 6.11); real desktops keep what the user copied.
        app.aboutToQuit.connect(lambda: app.clipboard().clear())
    app.setWindowIcon(app_icon())
    log_path = setup_logging()
    from linreg_gui.ui.crash_report import ErrorReporter

    reporter = ErrorReporter(log_path)
    sys.excepthook = reporter
    if args.self_test:
        from linreg_gui.self_test import run_self_test

        return run_self_test(reporter)
    from linreg_gui.ui.main_window import MainWindow

    # The plots (pyqtgraph: half a second to import) are built right after the
    # first paint, so the window is on screen without waiting for them.
    window = MainWindow(user_settings, error_reporter=reporter, defer_plots=True)
    probe = os.environ.get(STARTUP_PROBE)
    if probe:
        quit_after = probe == "quit"
        when_first_painted(window, lambda t: report_first_paint(t, quit_after))
    # The data loads once the window is up: the loader's imports (pandas, SciPy)
    # and parsing run on a thread and would otherwise hold up the first paint.
    file = args.file

    def after_first_paint(_: float) -> None:
        window.ensure_plots()
        if file:
            window.open_startup_file(file)
        else:
            window.load_default_example()

    when_first_painted(window, after_first_paint, fallback_ms=1000)
    window.show()
    status = int(app.exec())
    return exit_leaving_threads(status)


def exit_leaving_threads(status: int) -> int:
    """``status``, or end the process at once if a background thread closing
    did not wait out (a computation that cannot stop mid-block) still runs:
    destroying it as Python exits would abort with a crash message.  The
    settings were saved when the window closed."""
    from linreg_gui.workers.lifetime import still_running

    if still_running():
        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
    return status
