"""The window's menu bar and toolbar, laid out from the action table."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMenu,
    QStyle,
    QToolBar,
    QToolButton,
)

from linreg_gui.model.examples import EXAMPLES
from linreg_gui.model.text import number, translate
from linreg_gui.ui.actions import themed_icon

#: History-line intervals offered in View ▸ History.
HISTORY_CHOICES = (0, 1, 5, 10, 50, 100, 500, 1000)
RUN_ACTIONS = ("run", "step", "step_back", "stop", "reset")


class Menus:
    """The menus that change as the app runs (recent files, history lines)."""

    def __init__(
        self,
        window: QMainWindow,
        actions: dict[str, QAction],
        docks: Sequence[QDockWidget],
        load_example: Callable[[str], None],
        set_history_every: Callable[[int | None], None],
        set_language: Callable[[str], None],
        language: str,
    ) -> None:
        bar = window.menuBar()
        file_menu = bar.addMenu(translate("Menus", "&File"))
        file_menu.addAction(actions["open"])
        file_menu.addAction(actions["open_session"])
        self.recent = file_menu.addMenu(translate("Menus", "Open &Recent"))
        self.examples = _examples_menu(file_menu, load_example)
        file_menu.addAction(actions["generate"])
        file_menu.addSeparator()
        file_menu.addAction(actions["save_session"])
        file_menu.addSeparator()
        for name in (
            "save_plot",
            "copy_plot",
            "copy_plot_data",
            "copy_results",
            "export_code",
            "export_history",
            "lab_record",
        ):
            file_menu.addAction(actions[name])
        file_menu.addSeparator()
        file_menu.addAction(actions["quit"])

        edit_menu = bar.addMenu(translate("Menus", "&Edit"))
        edit_menu.addAction(actions["undo"])
        edit_menu.addAction(actions["redo"])

        run_menu = bar.addMenu(translate("Menus", "&Run"))
        for name in RUN_ACTIONS:
            run_menu.addAction(actions[name])
        run_menu.addSeparator()
        run_menu.addAction(actions["compare"])
        run_menu.addAction(actions["sweep"])

        view = bar.addMenu(translate("Menus", "&View"))
        view.addAction(actions["reference"])
        view.addAction(actions["my_line"])
        view.addAction(actions["bands"])
        view.addAction(actions["log_loss"])
        self.history = view.addMenu(translate("Menus", "&History Lines"))
        self.history_actions: dict[int, QAction] = {}
        for every in HISTORY_CHOICES:
            action = self.history.addAction(_every_text(every))
            action.setCheckable(True)
            action.triggered.connect(
                lambda _checked=False, k=every: set_history_every(k)
            )
            self.history_actions[every] = action
        #: Any other k, typed in (the tutorial's 1000, or 2500…).
        self.history_custom = self.history.addAction(
            translate("Menus", "Every k Iterations…")
        )
        self.history_custom.setCheckable(True)
        self.history_custom.triggered.connect(
            lambda _checked=False: set_history_every(None)
        )
        view.addSeparator()
        for dock in docks:
            view.addAction(dock.toggleViewAction())
        view.addAction(actions["focus_plots"])
        view.addSeparator()
        view.addAction(actions["presentation"])
        for name in ("zoom_in", "zoom_out", "zoom_reset"):
            view.addAction(actions[name])
        view.addSeparator()
        self.language = _language_menu(view, set_language, language)

        help_menu = bar.addMenu(translate("Menus", "&Help"))
        for name in ("lessons", "guide", "shortcuts", "log_folder", "about"):
            help_menu.addAction(actions[name])

    def check_history(self, every: int) -> None:
        for value, action in self.history_actions.items():
            action.setChecked(value == every)
        custom = every not in self.history_actions
        self.history_custom.setChecked(custom)
        self.history_custom.setText(
            translate("Menus", "Every {k} Iterations (Change…)").format(
                k=number(every, ",d")
            )
            if custom
            else translate("Menus", "Every k Iterations…")
        )

    def set_recent_files(
        self,
        files: Sequence[str],
        open_file: Callable[[str], None],
        clear: Callable[[], None],
    ) -> None:
        """List ``files`` (full paths) under File ▸ Open Recent."""
        from pathlib import Path

        self.recent.clear()
        for path in files:
            action = self.recent.addAction(Path(path).name)
            action.setStatusTip(path)
            action.setToolTip(path)
            action.triggered.connect(lambda _checked=False, p=path: open_file(p))
        if files:
            self.recent.addSeparator()
            self.recent.addAction(translate("Menus", "Clear List"), clear)
        self.recent.setEnabled(bool(files))


def _every_text(every: int) -> str:
    """A History Lines item: off, or every ``every`` iterations."""
    if every == 0:
        return translate("Menus", "Off")
    if every == 1:
        return translate("Menus", "Every 1 iteration")
    return translate("Menus", "Every {k} iterations").format(k=number(every, ",d"))


def _language_menu(
    parent: QMenu, set_language: Callable[[str], None], stored: str
) -> QMenu:
    """View ▸ Language: the system's, or one that ships (applies at next start)."""
    from PySide6.QtGui import QActionGroup

    from linreg_gui.ui.i18n import LANGUAGES

    menu = parent.addMenu(translate("Menus", "&Language"))
    group = QActionGroup(menu)
    system = translate("Menus", "System Language")
    for code, name in (("", system), *LANGUAGES.items()):
        action = menu.addAction(name)
        action.setCheckable(True)
        action.setChecked(code == stored)
        action.setData(code)
        group.addAction(action)
        action.triggered.connect(lambda _checked=False, c=code: set_language(c))
    return menu


def _examples_menu(parent: QMenu, load_example: Callable[[str], None]) -> QMenu:
    menu = parent.addMenu(translate("Menus", "&Examples"))
    for example in EXAMPLES:
        # Marked for translation in the model's "Examples" context.
        action = menu.addAction(translate("Examples", example.title))
        description = translate("Examples", example.description)
        action.setStatusTip(description)
        action.setToolTip(description)
        action.triggered.connect(
            lambda _checked=False, key=example.key: load_example(key)
        )
    menu.setToolTipsVisible(True)
    return menu


def build_toolbar(
    window: QMainWindow, actions: dict[str, QAction], examples: QMenu
) -> QToolBar:
    """Open, Examples, Run / Step / Stop / Reset and Compare, with their text."""
    toolbar = QToolBar(translate("Menus", "Main"))
    toolbar.setObjectName("MainToolBar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setIconSize(QSize(20, 20))
    toolbar.setMovable(False)
    toolbar.addAction(actions["open"])
    button = QToolButton()
    button.setText(translate("Menus", "Examples"))
    button.setIcon(themed_icon(window, "folder", QStyle.StandardPixmap.SP_DirIcon))
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setMenu(examples)
    button.setToolTip(translate("Menus", "Open a bundled example data set"))
    toolbar.addWidget(button)
    toolbar.addSeparator()
    for name in RUN_ACTIONS:
        toolbar.addAction(actions[name])
    toolbar.addSeparator()
    toolbar.addAction(actions["compare"])
    window.addToolBar(toolbar)
    # Run / Pause / Resume in one width: a button that changes size makes the
    # whole window lay out and repaint again, mid-run.
    run_button = toolbar.widgetForAction(actions["run"])
    if run_button is not None:
        metrics = run_button.fontMetrics()
        labels = [
            translate("Actions", t).replace("&", "")
            for t in ("&Run", "&Pause", "&Resume")
        ]
        widest = max(metrics.horizontalAdvance(t) for t in labels)
        run_button.setMinimumWidth(
            run_button.sizeHint().width()
            - metrics.horizontalAdvance(labels[0])
            + widest
        )
    return toolbar
