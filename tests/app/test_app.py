"""Start-up and the safety net: no traceback is the user interface."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest

import linreg_gui.app as app_module
from linreg_gui.app import guard_stdio, setup_logging
from linreg_gui.ui.crash_report import ErrorReporter


def test_main_window_is_exposed_lazily() -> None:
    from linreg_gui.ui.main_window import MainWindow

    assert app_module.MainWindow is MainWindow
    with pytest.raises(AttributeError):
        _ = app_module.NoSuchThing  # type: ignore[attr-defined]


def test_windowed_build_without_console_can_still_print(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    guard_stdio()
    try:
        print("nobody sees this, nothing breaks")
        print("nor this", file=sys.stderr)
    finally:
        sys.stdout.close()
        sys.stderr.close()


def test_missing_system_libraries_are_named_not_fatal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import linreg_gui.system_check as check

    monkeypatch.setattr(
        check, "missing_packages", lambda want_window: ["libegl1", "libxkbcommon0"]
    )
    assert app_module.main([]) == 1
    err = capsys.readouterr().err
    assert "apt-get install -y libegl1 libxkbcommon0" in err
    assert "Traceback" not in err


def test_missing_libraries_are_installed_only_without_a_password() -> None:
    """dev.py installs what Qt lacks as root or with password-less sudo (and
    says so); otherwise it prints the line, as before."""
    from linreg_gui.system_check import install_command

    line = ["apt-get", "install", "-y", "--no-install-recommends", "libegl1"]
    assert install_command(["libegl1"], root=True, have_apt=True) == line
    assert install_command(
        ["libegl1"], root=False, have_apt=True, sudo_without_password=lambda: True
    ) == ["sudo", "-n", *line]
    assert (
        install_command(
            ["libegl1"], root=False, have_apt=True, sudo_without_password=lambda: False
        )
        is None
    )
    assert install_command(["libegl1"], root=True, have_apt=False) is None
    assert install_command([], root=True, have_apt=True) is None


def test_install_hint_names_packages_in_order() -> None:
    from linreg_gui.system_check import install_hint

    assert install_hint(["a", "b"]).endswith("apt-get install -y a b")


@pytest.mark.gui
@pytest.mark.qt_no_exception_capture
def test_unexpected_error_is_logged_and_shown_and_the_app_keeps_running(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    from linreg_gui.ui import messages

    shown: list[tuple[str, str]] = []

    def fake_exec(self: messages.CrashDialog) -> int:
        shown.append((self.windowTitle(), self.details.toPlainText()))
        return 0

    monkeypatch.setattr(messages.CrashDialog, "exec", fake_exec)
    log_path = setup_logging()
    reporter = ErrorReporter(log_path)
    monkeypatch.setattr(sys, "excepthook", reporter)

    def broken_slot() -> None:
        raise ZeroDivisionError("a bug in a slot")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown[0][0] == "Something went wrong"
    assert "ZeroDivisionError: a bug in a slot" in shown[0][1]
    for handler in logging.getLogger("linreg_gui").handlers:
        handler.flush()
    assert "a bug in a slot" in log_path.read_text()
    # The event loop still runs.
    ran: list[bool] = []
    QTimer.singleShot(0, lambda: ran.append(True))
    qtbot.waitUntil(lambda: bool(ran), timeout=5000)


def test_the_window_leaves_a_core_to_itself() -> None:
    """Before NumPy loads, OpenBLAS is told to use one thread fewer than the
    cores (at least one); a setting of the user's own is kept."""
    import os
    import subprocess

    probe = (
        "import linreg_gui.app as a; a.leave_a_core_to_the_window(); "
        "import numpy, threadpoolctl; "
        "print(max(p['num_threads'] for p in threadpoolctl.threadpool_info() "
        "if p['internal_api'] == 'openblas'))"
    )
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    threads = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True
    )
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 2
    assert int(threads.stdout) == max(1, cores - 1), threads.stderr
    own = subprocess.run(
        [sys.executable, "-c", probe],
        env={**env, "OPENBLAS_NUM_THREADS": "2"},
        capture_output=True,
        text=True,
    )
    assert int(own.stdout) == 2, own.stderr


def test_exit_ends_the_process_at_once_only_while_a_kept_thread_runs() -> None:
    """Destroying a running QThread as Python exits aborts with a crash
    message; a process that still has one ends at once (os._exit), after the
    window saved its settings."""
    import textwrap

    from tests.fresh_python import run_python

    script = textwrap.dedent(
        """
        import sys, threading
        from PySide6.QtCore import QCoreApplication, QThread
        from linreg_gui.app import exit_leaving_threads
        from linreg_gui.workers.lifetime import keep_until_finished

        app = QCoreApplication([])
        assert exit_leaving_threads(3) == 3  # nothing running: an ordinary return
        release = threading.Event()

        class Busy(QThread):
            def run(self):
                release.wait(30)

        thread = Busy()
        thread.start()
        keep_until_finished(thread)
        del thread
        print("exiting", flush=True)
        sys.exit(exit_leaving_threads(5))
        """
    )
    done = run_python(script)
    assert done.returncode == 5, done.stderr
    assert "exiting" in done.stdout
    assert "Aborted" not in done.stderr and "Destroyed" not in done.stderr


def test_first_paint_calls_once_and_leaves_no_timer(qtbot: object) -> None:
    """The example loads once the window is first painted; the fallback timer
    for a window that never paints stops then (a ticking timer outlived a
    quick test on CI), and a paint after it calls nothing more."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget

    from linreg_gui.app import when_first_painted

    window = QWidget()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    calls: list[float] = []
    when_first_painted(window, calls.append, fallback_ms=60_000)
    window.show()
    qtbot.waitUntil(lambda: len(calls) == 1)  # type: ignore[attr-defined]
    window.repaint()
    qtbot.wait(20)  # type: ignore[attr-defined]
    assert len(calls) == 1
    timers = window.findChildren(QTimer)
    assert timers and not any(t.isActive() for t in timers)


def test_first_paint_fallback_fires_without_a_paint(qtbot: object) -> None:
    from PySide6.QtWidgets import QWidget

    from linreg_gui.app import when_first_painted

    window = QWidget()  # never shown: no paint comes
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    calls: list[float] = []
    when_first_painted(window, calls.append, fallback_ms=30)
    qtbot.waitUntil(lambda: len(calls) == 1)  # type: ignore[attr-defined]
