"""Shared test set-up.

Qt tests run offscreen; the app's settings are redirected to a temporary folder so
no test reads or writes the user's real profile; and every Qt test fails if it
leaves a thread running.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Point the app's settings and log folder at a fresh temporary directory."""
    folder = tmp_path_factory.mktemp("profile")
    old = {
        k: os.environ.get(k) for k in ("LINREG_GUI_CONFIG_DIR", "LINREG_GUI_DATA_DIR")
    }
    os.environ["LINREG_GUI_CONFIG_DIR"] = str(folder / "config")
    os.environ["LINREG_GUI_DATA_DIR"] = str(folder / "data")
    yield
    for key, value in old.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture(autouse=True)
def no_dangling_threads(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail a Qt test that leaves a QThread running or a QTimer ticking (napari's
    ``_dangling_qthreads`` and ``_dangling_qtimers``).  Tests without Qt skip it."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent, QThread, QTimer

    yield
    # Deliver deleteLater and zero-time timers first.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    gc.collect()
    objects = gc.get_objects()
    running = [t for t in objects if isinstance(t, QThread) and _is_running(t)]
    assert not running, f"{len(running)} QThread(s) still running after the test"
    ticking = [
        t
        for t in objects
        if isinstance(t, QTimer)
        and _is_active(t)
        # The GUI thread's garbage collector and heartbeat tick for the
        # application's life.
        and t.objectName() not in ("GuiThreadGarbageCollector", "GuiThreadHeartbeat")
    ]
    assert not ticking, (
        f"{len(ticking)} QTimer(s) still active after the test: "
        + ", ".join(
            f"{t.objectName() or 'unnamed'} every {t.interval()} ms, parent {t.parent()}"
            for t in ticking
        )
    )


def _is_active(timer: object) -> bool:
    try:
        return bool(timer.isActive())  # type: ignore[attr-defined]
    except RuntimeError:  # the C++ object is already deleted
        return False


def _is_running(thread: object) -> bool:
    try:
        return bool(thread.isRunning())  # type: ignore[attr-defined]
    except RuntimeError:  # the C++ object is already deleted
        return False


@pytest.fixture(autouse=True)
def _empty_clipboard() -> Iterator[None]:
    """Leave the clipboard empty after each test.

    Qt's offscreen platform crashes at interpreter exit (SIGSEGV, after every test
    passed) when the clipboard still holds data.  The app itself must keep what a
    user copied, so the fix lives here, not in the app.
    """
    yield
    import sys

    if "PySide6.QtGui" not in sys.modules:
        return
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()
