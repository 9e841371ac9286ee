"""Make the README's screenshot: the main window in the middle of a run.

    .venv/bin/python scripts/screenshot.py [--size 1280x800] [--out PATH]
        [--example KEY] [--iteration N]

Opens the window with an example, runs batch gradient descent slowly and grabs
the window once the run passes iteration N, so the picture shows the line on its
way, the fading history lines and the falling loss.  Runs offscreen unless
QT_QPA_PLATFORM says otherwise (``xvfb-run -a`` for a real X window).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "resources" / "screenshots" / "main-window.png"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1280x800", help="window size, WxH")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--example", default="textbook_line")
    parser.add_argument("--iteration", type=int, default=60)
    parser.add_argument("--speed", type=float, default=100.0, help="steps per second")
    parser.add_argument(
        "--tab", type=int, default=0, help="plot tab: 0 fit, 1 residuals, 2 landscape"
    )
    parser.add_argument("--method", default=None, help="e.g. gd, momentum, adam")
    parser.add_argument(
        "--side-by-side", action="store_true", help="raw and standardised landscapes"
    )
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from linreg_gui.settings import Settings
    from linreg_gui.ui.main_window import MainWindow
    from linreg_gui.ui.theme import apply_theme

    app = QApplication([sys.argv[0]])
    apply_theme(app)
    waker = QTimer()
    waker.start(20)

    def wait(until: object, timeout: float = 60.0) -> None:
        end = time.monotonic() + timeout
        flags = (
            QEventLoop.ProcessEventsFlag.AllEvents
            | QEventLoop.ProcessEventsFlag.WaitForMoreEvents
        )
        while not until():  # type: ignore[operator]
            if time.monotonic() > end:
                raise TimeoutError("the window did not get there in time")
            QCoreApplication.processEvents(flags)

    with tempfile.TemporaryDirectory() as folder:
        window = MainWindow(Settings(Path(folder) / "settings.ini"))
        window.resize(width, height)
        window.show()
        controller = window.controller
        window.load_example(args.example)
        wait(lambda: controller.analysis is not None and not controller.loading)
        choices = window.solver_panel.choices()
        if args.method:
            settings = replace(choices.settings, method=args.method)
            choices = replace(choices, settings=settings)
        window.apply_solver_choices(replace(choices, steps_per_second=args.speed))
        window.plot_area.tabs.setCurrentIndex(args.tab)
        if args.side_by_side:
            window.plot_area.landscape.side_by_side.setChecked(True)
        wait(
            lambda: (
                controller.analysis is not None
                and window.analysis is controller.analysis
            )
        )
        controller.run_pause()
        wait(
            lambda: (
                controller.last_snapshot is not None
                and (
                    controller.last_snapshot.iteration >= args.iteration
                    or controller.last_snapshot.final
                )
            )
        )
        if not controller.last_snapshot.final:  # type: ignore[union-attr]
            controller.run_pause()  # pause, so the picture is what was just drawn
            wait(
                lambda: (
                    controller.last_snapshot is not None
                    and controller.last_snapshot.state.value != "running"
                )
            )
        deadline = time.monotonic() + 0.3
        wait(lambda: time.monotonic() > deadline)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(args.out)):
            print(f"could not write {args.out}", file=sys.stderr)
            return 1
        window.close()
    print(f"saved {args.out} ({width}×{height})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
