"""Where the window was: geometry, docks and splitter positions, kept per user.

Only the layout is stored here; what the user chose to show (the reference
line, the log axis, history lines) is saved by the window as it changes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMainWindow, QSplitter

from linreg_gui.settings import Settings

#: Size of a window opened for the first time.
FIRST_SIZE = (1280, 800)


def restore_layout(
    window: QMainWindow,
    settings: Settings,
    splitters: Sequence[QSplitter],
    first_layout: Callable[[], None],
) -> None:
    """Put the window back as it was, or lay it out for a first start.

    ``splitters`` must be the same sequence :func:`save_layout` was given;
    ``first_layout`` sizes the docks and splitters when nothing was saved.
    """
    geometry = settings.bytes_value("window/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    else:
        window.resize(*FIRST_SIZE)
    state = settings.bytes_value("window/state")
    if state is not None:
        window.restoreState(state)
    sizes = settings.value("window/splitters")
    if not (isinstance(sizes, (list, tuple)) and len(sizes) == len(splitters)):
        first_layout()
        return
    for splitter, text in zip(splitters, sizes, strict=True):
        try:
            splitter.setSizes([int(v) for v in str(text).split(",")])
        except ValueError:
            continue


def save_layout(
    window: QMainWindow,
    settings: Settings,
    splitters: Sequence[QSplitter],
    *,
    geometry: QByteArray | None = None,
    state: QByteArray | None = None,
) -> None:
    """Store geometry, dock state and splitter sizes (read back by restore).

    ``geometry`` and ``state`` stand in for the window's own while Presentation
    Mode (full screen) or Focus on Plots (docks hidden) is on: the layout kept
    is the one those modes return to.
    """
    settings.set_value(
        "window/geometry", window.saveGeometry() if geometry is None else geometry
    )
    settings.set_value("window/state", window.saveState() if state is None else state)
    settings.set_value(
        "window/splitters",
        [",".join(str(v) for v in splitter.sizes()) for splitter in splitters],
    )
