"""Make the README's screenshots: the main window in the middle of a run.

    .venv/bin/python scripts/screenshot.py [--size 1280x800] [--out PATH]
        [--example KEY] [--iteration N] [--max-iter N] [--speed S]
        [--scale F] [--zoom F] [--presentation] [--focus] [--degree D]

Opens the window with an example, runs gradient descent and grabs the window
once the run passes iteration N, so the picture shows the line on its way, the
fading history lines and the falling loss.  ``--speed 0`` runs at full speed
(a long run's loss axis); ``--scale 2`` is a high-DPI screen at 200 %
(``--size`` is then in logical pixels: 1920x1080 at scale 2 is a 4K screen);
``--presentation`` and ``--focus`` turn on those View modes.  Runs on an
offscreen screen of the window's size unless QT_QPA_PLATFORM says otherwise
(``xvfb-run -a`` for a real X window).

The screenshots in docs/screenshots/ are made with::

    scripts/screenshot.py --size 1024x768 --out docs/screenshots/1024x768.png
    scripts/screenshot.py --size 1280x800 --max-iter 1000000 --speed 0 \
        --iteration 600000 --out docs/screenshots/1280x800-long-run.png
    scripts/screenshot.py --size 1920x1080 --example quadratic --degree 6 \
        --out docs/screenshots/1920x1080.png
    scripts/screenshot.py --size 1920x1080 --scale 2 --out docs/screenshots/4k-200.png
    scripts/screenshot.py --size 1920x1080 --presentation \
        --out docs/screenshots/presentation.png
    scripts/screenshot.py --size 1024x768 --focus --out docs/screenshots/focus.png
    scripts/screenshot.py --size 1280x800 --presentation \
        --out docs/screenshots/presentation-1280x800.png
    scripts/screenshot.py --size 1280x800 --tab 3 \
        --out docs/screenshots/diagnostics-1280x800.png
    scripts/screenshot.py --size 1280x800 --language de \
        --out docs/screenshots/de-1280x800.png
    scripts/screenshot.py --size 1280x800 --language es --tab 2 \
        --out docs/screenshots/es-landscape-1280x800.png
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

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
    parser.add_argument("--max-iter", type=int, default=None, help="iteration budget")
    parser.add_argument("--degree", type=int, default=None, help="polynomial degree")
    parser.add_argument("--scale", type=float, default=1.0, help="QT_SCALE_FACTOR")
    parser.add_argument("--zoom", type=float, default=None, help="View zoom factor")
    parser.add_argument("--presentation", action="store_true")
    parser.add_argument("--focus", action="store_true", help="Focus on Plots")
    parser.add_argument(
        "--language", default="en", help="the window's language code: en, es, de"
    )
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))

    folder = Path(tempfile.mkdtemp())
    atexit.register(shutil.rmtree, folder, True)
    if "QT_QPA_PLATFORM" not in os.environ:
        # An offscreen screen of the window's size in device pixels, so that
        # full screen is that size and a scale factor acts as a HiDPI screen.
        screen = {
            "name": "screenshot",
            "x": 0,
            "y": 0,
            "width": round(width * args.scale),
            "height": round(height * args.scale),
            "logicalDpi": 96,
            "dpr": 1,
        }
        config = folder / "screen.json"
        config.write_text(json.dumps({"screens": [screen]}))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from linreg_gui.settings import Settings
    from linreg_gui.ui.i18n import Language
    from linreg_gui.ui.main_window import MainWindow
    from linreg_gui.ui.theme import apply_theme

    app = QApplication([sys.argv[0]])
    apply_theme(app)
    Language(args.language).install(app)  # before the first widget, as the app
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

    with tempfile.TemporaryDirectory() as profile:
        window = MainWindow(Settings(Path(profile) / "settings.ini"))
        window.resize(width, height)
        window.show()
        if args.zoom is not None:
            window.presentation.set_zoom(args.zoom)
        if args.presentation:
            window.actions["presentation"].trigger()
        if args.focus:
            window.actions["focus_plots"].trigger()
        controller = window.controller
        window.load_example(args.example)
        wait(lambda: controller.analysis is not None and not controller.loading)
        choices = window.solver_panel.choices()
        settings = choices.settings
        if args.method:
            settings = replace(settings, method=args.method)
        if args.max_iter:
            settings = replace(settings, max_iter=args.max_iter, tol=0.0)
        choices = replace(choices, settings=settings)
        if args.degree:
            choices = replace(choices, degree=args.degree)
        speed = args.speed if args.speed > 0 else None
        window.apply_solver_choices(replace(choices, steps_per_second=speed))
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
        image = few_colours(window.grab().toImage())
        if not image.save(str(args.out), "PNG", 0):  # 0: smallest file
            print(f"could not write {args.out}", file=sys.stderr)
            return 1
        window.close()
    size = f"{image.width()}×{image.height()}"
    print(f"saved {args.out} ({size}, {args.out.stat().st_size // 1024} kB)")
    return 0


def few_colours(image: QImage) -> QImage:
    """The image in 256 colours: a screenshot is flat colour and text, so it
    looks the same at a third of the size (a 4K window: 743 kB as true colour,
    about 270 kB so).  Qt's own palette chooser shifted flat fills (pale blue
    table cells turned pink); the commonest colours keep them."""
    import numpy as np
    from PySide6.QtGui import QImage

    argb = image.convertToFormat(QImage.Format.Format_ARGB32)
    pixels = np.frombuffer(
        argb.constBits(), dtype=np.uint32, count=argb.width() * argb.height()
    )
    # Colours grouped by their top 4 bits a channel, so a thin orange line
    # is a group of its own however few its pixels, not lost among the greys
    # of anti-aliased text; each group is drawn in its commonest colour.
    values, counts = np.unique(pixels, return_counts=True)
    groups = (values >> 4) & 0x0F0F0F
    order = np.lexsort((-counts, groups))
    first = np.ones(order.size, dtype=bool)
    first[1:] = groups[order][1:] != groups[order][:-1]
    leaders = order[first]
    group_counts = np.bincount(np.searchsorted(groups[leaders], groups), counts)
    best = leaders[np.argsort(group_counts)[::-1][:256]]
    table = [int(v) for v in values[best]]
    return argb.convertToFormat(QImage.Format.Format_Indexed8, table)


if __name__ == "__main__":
    sys.exit(main())
