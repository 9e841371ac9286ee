"""``linreg-gui --self-test``: prove an installation works, end to end, offscreen.

Opens the real main window, loads the default example through the background
loader, runs batch gradient descent to convergence through the real training
thread at full speed, and checks the answer against closed-form least squares
and the line the plot draws.  Prints one line and returns 0 on success, or
prints the reason and returns 1.  Used by CI on the built bundle.
"""

from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from linreg_gui.ui.crash_report import ErrorReporter

TIMEOUT_S = 60.0


class SelfTestFailure(Exception):
    pass


def _wait(app: object, done: object, what: str, timeout: float = TIMEOUT_S) -> None:
    """Process events until ``done()`` is true; fail after ``timeout`` seconds."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    end = time.monotonic() + timeout
    while not done():  # type: ignore[operator]
        if time.monotonic() > end:
            raise SelfTestFailure(f"timed out after {timeout:.0f} s waiting for {what}")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.002)


def run_self_test(reporter: ErrorReporter) -> int:
    """Long on purpose: one scripted session, step by step, as a user would do it."""
    from PySide6.QtWidgets import QApplication

    from linreg_gui.model.snapshot import RunState
    from linreg_gui.settings import Settings
    from linreg_gui.ui.main_window import MainWindow

    app = QApplication.instance()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="linreg-self-test-") as folder:
        window = MainWindow(
            Settings(Path(folder) / "settings.ini"), error_reporter=reporter
        )
        try:
            window.show()
            controller = window.controller
            window.load_default_example()
            _wait(app, lambda: window.analysis is not None, "the example to load")
            choices = window.solver_panel.choices()
            settings = replace(
                choices.settings,
                method="gd",
                learning_rate=0.1,
                tol=1e-12,
                stop_on="gap",  # converged: within 1e-12 of least squares
                max_iter=100_000,
            )
            window.apply_solver_choices(
                replace(choices, settings=settings, steps_per_second=None)
            )
            _wait(
                app,
                lambda: (
                    controller.analysis is not None
                    and window.analysis is controller.analysis
                ),
                "the solver settings to apply",
            )
            analysis = window.analysis
            assert analysis is not None
            if not analysis.is_iterative or analysis.reference is None:
                raise SelfTestFailure(
                    "the default example did not prepare a gradient-descent run"
                )
            finished: list[object] = []
            controller.run_finished.connect(lambda result, snap: finished.append(snap))
            controller.run_pause()
            _wait(app, lambda: bool(finished), "gradient descent to finish")
            snapshot = finished[0]
            if snapshot.state is not RunState.CONVERGED:  # type: ignore[attr-defined]
                raise SelfTestFailure(
                    f"the run ended {snapshot.state.value}: {snapshot.message}"  # type: ignore[attr-defined]
                )
            reference = analysis.reference
            got = np.concatenate([[snapshot.intercept], snapshot.coef])  # type: ignore[attr-defined]
            want = np.concatenate([[reference.intercept], reference.coef])
            error = float(np.max(np.abs(got - want) / np.abs(want)))
            if error > 1e-9:
                raise SelfTestFailure(
                    f"gradient descent ended at {got}, least squares says {want}"
                )
            xs, ys = window.data_plot.fit_curve.getData()
            drawn = np.polyfit(xs, ys, 1)[::-1]
            if float(np.max(np.abs(drawn - got))) > 1e-9 * max(
                1.0, float(np.max(np.abs(got)))
            ):
                raise SelfTestFailure(f"the plot draws {drawn}, the run reached {got}")
            # The lessons end with "check that scikit-learn agrees": it must be
            # in the bundle, and agree, in the child process the window uses.
            from linreg_gui.model.compare import compare_methods
            from linreg_gui.model.sklearn_child import in_child

            comparison = compare_methods(analysis.problem, in_child())
            outcomes = {o.method: o for o in comparison.outcomes}
            sklearn = outcomes["sklearn"]
            if sklearn.digits is None or sklearn.digits < 10:
                raise SelfTestFailure(
                    f"scikit-learn did not agree with least squares: {sklearn}"
                )
            # The window speaks the system's language when a translation
            # ships: in a bundle too (the .qm files are package data).
            from linreg_gui.model import text

            language = text.language()
            menus = [a.text() for a in window.menuBar().actions()]
            if language != "en" and "&Run" in menus:
                raise SelfTestFailure(
                    f"the window should be in {language!r} but its menus read {menus}"
                )
            if reporter.reported:
                raise SelfTestFailure(
                    "an unexpected error was reported:\n" + reporter.reported[0]
                )
            iterations = snapshot.iteration  # type: ignore[attr-defined]
        except SelfTestFailure as failure:
            print(f"linreg-gui self-test FAILED: {failure}", file=sys.stderr)
            return 1
        finally:
            window.close()
    elapsed = time.perf_counter() - started
    print(
        f"linreg-gui self-test passed: gradient descent converged in {iterations} "
        f"iterations to within {error:.1e} of least squares, scikit-learn agreed "
        f"to {sklearn.digits:.1f} digits; window language {language} "
        f"({elapsed:.2f} s)"
    )
    return 0
