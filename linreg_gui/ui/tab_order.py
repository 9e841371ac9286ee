"""The Tab key's path through the window, in reading order.

Qt's default chain follows the order widgets were made: the solver panel (made
before the plots, which are built after the first paint) came before the plots,
and a dock made later (My Line, Lessons) went to the end.  A keyboard user reads
the window as it looks: the data on the left, the plots and the results in the
middle, the settings on the right, then any panel that was opened.  The toolbar
is left out, as desktop applications do: its commands have shortcuts (Help ▸
Keyboard Shortcuts).
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QMainWindow,
    QToolBar,
    QWidget,
)


def focusable(window: QWidget) -> list[QWidget]:
    """Every widget of ``window`` that Tab can stop at (menus and other
    windows left out).

    From ``findChildren`` rather than by walking ``nextInFocusChain()``: that
    walk makes Python wrappers for Qt's own popup menus, and PySide6 later
    deleted a menu of the menu bar when such a wrapper was collected.
    """
    found = []
    for widget in window.findChildren(QWidget):
        if widget.isWindow() or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        parent = widget.parentWidget()
        inner = False  # part of a compound control (a spin box's line edit)
        while parent is not None and parent is not window and not parent.isWindow():
            inner = inner or isinstance(parent, (QAbstractSpinBox, QComboBox))
            parent = parent.parentWidget()
        if parent is window and not inner:
            found.append(widget)
    return found


def _region(widget: QWidget, window: QMainWindow, first_docks: list[str]) -> int:
    """0 the left docks, 1 the centre, 2 the right docks named first, 3 other
    docks, 4 the toolbar and Qt's own dock tab bars (last: every toolbar
    command has a shortcut)."""
    parent: QWidget | None = widget
    while parent is not None and parent is not window:
        if isinstance(parent, QToolBar):
            return 4
        if isinstance(parent, QDockWidget):
            area = window.dockWidgetArea(parent)
            if area == Qt.DockWidgetArea.LeftDockWidgetArea:
                return 0
            if parent.objectName() in first_docks:
                return 2
            return 3
        if parent is window.centralWidget():
            return 1
        parent = parent.parentWidget()
    return 4


def _reading_position(
    widget: QWidget, window: QWidget, band: int
) -> tuple[int, int, int]:
    """Top to bottom (in bands of ``band`` px), left to right within a band."""
    corner = widget.mapTo(window, QPoint(0, 0))
    return (corner.y() // band, corner.x(), corner.y())


def order_tab_chain(window: QMainWindow, right_docks_first: list[str]) -> list[QWidget]:
    """Reorder Tab's chain: left docks, the centre, ``right_docks_first`` (by
    object name), other docks, then the toolbar, each in reading order.  In a
    dock, row by row (a label's field and the next row's check box); in the
    centre in bands of 100 px, so the plot tabs, the data plot and the loss
    plot beside it come before the timeline and the results.  Returns the new
    chain."""

    def key(widget: QWidget) -> tuple[int, tuple[int, int, int]]:
        region = _region(widget, window, right_docks_first)
        band = 100 if region == 1 else 1
        return region, _reading_position(widget, window, band)

    ranked = sorted(focusable(window), key=key)
    for before, after in itertools.pairwise(ranked):
        QWidget.setTabOrder(before, after)
    return ranked
