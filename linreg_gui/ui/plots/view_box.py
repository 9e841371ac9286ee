"""A pyqtgraph view box whose right-click menu is built on the first right click.

pyqtgraph builds each view's menu (View All, the axis panels: about a hundred
widgets) when the view is made: 20-25 ms of the GUI thread per plot, at start-up
for the window's plots and on the click that opens a dialog with a plot. Most
students never right-click a plot, so the menu waits until one does.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from pyqtgraph.graphicsItems.ViewBox.ViewBoxMenu import ViewBoxMenu


class LazyMenuViewBox(pg.ViewBox):
    """A ``pg.ViewBox`` with its context menu made when first asked for."""

    def __init__(self, *args: Any, enableMenu: bool = True, **kwargs: Any) -> None:
        super().__init__(*args, enableMenu=False, **kwargs)
        self.state["enableMenu"] = enableMenu

    def _applyMenuEnabled(self) -> None:
        # pyqtgraph builds the menu here as soon as it is enabled; only a
        # disabled menu's teardown is kept.
        if not self.menuEnabled():
            super()._applyMenuEnabled()

    def getMenu(self, ev: object) -> ViewBoxMenu | None:
        if self.menu is None and self.menuEnabled():
            self.menu = ViewBoxMenu(self)
            self.updateViewLists()
        return self.menu

    def getContextMenus(self, event: object) -> list[object]:
        menu = self.getMenu(event) if self.menuEnabled() else None
        return list(menu.actions()) if menu is not None else []
