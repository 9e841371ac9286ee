"""Every menu and toolbar command of the window, as one table.

Each row names the command, its text, shortcut, tip and icon, and the window
method it calls.  :func:`create_actions` makes the ``QAction`` objects and
connects them so that ``triggered(bool)`` reaches a slot only when the action is
checkable: a plain command's slot is called with no arguments, so a method with
an optional first parameter (``export_code(path=None)``) cannot be handed a
``False`` by a menu click.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

from linreg_gui.model.snapshot import RunState
from linreg_gui.model.text import QT_TRANSLATE_NOOP, translate

SP = QStyle.StandardPixmap
Shortcut = QKeySequence.StandardKey | str | None


@dataclass(frozen=True)
class ActionSpec:
    """One command: what it shows and which window method it calls.

    Attributes
    ----------
    name : str
        The key in the table (``window.actions[name]``).
    text : str
        Menu text with its ``&`` mnemonic (marked for translation, translated
        where the ``QAction`` is made).
    slot : str
        The window method's name.
    shortcut : QKeySequence.StandardKey or str or None
    tip : str
        Status-bar tip; the tooltip adds the shortcut.
    icon : (theme name, fallback standard pixmap) or None
    checkable : bool
        A toggle: its slot receives the new state.
    """

    name: str
    text: str
    slot: str
    shortcut: Shortcut = None
    tip: str = ""
    icon: tuple[str, QStyle.StandardPixmap] | None = None
    checkable: bool = False


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "open",
        QT_TRANSLATE_NOOP("Actions", "&Open…"),
        "choose_file",
        QKeySequence.StandardKey.Open,
        QT_TRANSLATE_NOOP("Actions", "Open a CSV, TSV, Excel or OpenDocument file"),
        ("document-open", SP.SP_DialogOpenButton),
    ),
    ActionSpec(
        "open_session",
        QT_TRANSLATE_NOOP("Actions", "Open &Session…"),
        "open_session",
        "Ctrl+Shift+O",
        QT_TRANSLATE_NOOP(
            "Actions", "Open a .linreg session: its data, settings, view and last run"
        ),
    ),
    ActionSpec(
        "save_session",
        QT_TRANSLATE_NOOP("Actions", "Save Session…"),
        "save_session",
        QKeySequence.StandardKey.Save,
        QT_TRANSLATE_NOOP(
            "Actions",
            "Save the data, edits, settings, view and last run as a .linreg file",
        ),
        ("document-save", SP.SP_DialogSaveButton),
    ),
    ActionSpec(
        "generate",
        QT_TRANSLATE_NOOP("Actions", "&Generate Data…"),
        "generate_data",
        "Ctrl+G",
        QT_TRANSLATE_NOOP("Actions", "Make a noisy straight line to fit"),
    ),
    ActionSpec(
        "quit",
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        "close",
        QKeySequence.StandardKey.Quit,
    ),
    ActionSpec(
        "run",
        QT_TRANSLATE_NOOP("Actions", "&Run"),
        "run_pause",
        "F5",
        QT_TRANSLATE_NOOP("Actions", "Run gradient descent, or pause it"),
        ("media-playback-start", SP.SP_MediaPlay),
    ),
    ActionSpec(
        "step",
        QT_TRANSLATE_NOOP("Actions", "S&tep"),
        "step",
        "F10",
        QT_TRANSLATE_NOOP("Actions", "Take one gradient-descent step"),
        ("media-skip-forward", SP.SP_MediaSkipForward),
    ),
    ActionSpec(
        "export_history",
        QT_TRANSLATE_NOOP("Actions", "Export Training &Log (CSV)…"),
        "export_history",
        None,
        QT_TRANSLATE_NOOP(
            "Actions",
            "Save iteration, loss, test loss and every coefficient at every k "
            "iterations of the run (View ▸ History Lines sets k) and its last",
        ),
    ),
    ActionSpec(
        "lab_record",
        QT_TRANSLATE_NOOP("Actions", "Export Lab Re&cord…"),
        "export_lab_record",
        None,
        QT_TRANSLATE_NOOP(
            "Actions",
            "Save the session, training log, residuals, coefficients, every plot "
            "(PNG and SVG), the results and a Python script in one folder or zip",
        ),
    ),
    ActionSpec(
        "step_back",
        QT_TRANSLATE_NOOP("Actions", "Step &Back"),
        "step_back",
        "Shift+F10",
        QT_TRANSLATE_NOOP(
            "Actions", "Go back one iteration: every view shows it (the run pauses)"
        ),
        ("media-skip-backward", SP.SP_MediaSkipBackward),
    ),
    ActionSpec(
        "stop",
        QT_TRANSLATE_NOOP("Actions", "St&op"),
        "stop",
        "Esc",
        QT_TRANSLATE_NOOP("Actions", "Stop the run where it is"),
        ("media-playback-stop", SP.SP_MediaStop),
    ),
    ActionSpec(
        "reset",
        QT_TRANSLATE_NOOP("Actions", "R&eset"),
        "reset_run",
        "Ctrl+R",
        QT_TRANSLATE_NOOP("Actions", "Back to the starting line (w = 0, b = 0)"),
        ("view-refresh", SP.SP_BrowserReload),
    ),
    ActionSpec(
        "compare",
        QT_TRANSLATE_NOOP("Actions", "&Compare Solvers…"),
        "compare_solvers",
        "Ctrl+K",
        QT_TRANSLATE_NOOP(
            "Actions", "Least squares by QR, inv(XᵀX), lstsq and polyfit side by side"
        ),
        ("view-list-details", SP.SP_FileDialogDetailedView),
    ),
    ActionSpec(
        "sweep",
        QT_TRANSLATE_NOOP("Actions", "S&weep Learning Rates…"),
        "sweep_learning_rates",
        "Ctrl+Shift+L",
        QT_TRANSLATE_NOOP(
            "Actions",
            "Run the method at 30 learning rates and plot the steps each needs",
        ),
    ),
    ActionSpec(
        "export_code",
        QT_TRANSLATE_NOOP("Actions", "&Export Python Code…"),
        "export_code",
        "Ctrl+Shift+E",
        QT_TRANSLATE_NOOP(
            "Actions",
            "Save a script that refits these rows with NumPy and asks scikit-learn",
        ),
    ),
    ActionSpec(
        "copy_results",
        QT_TRANSLATE_NOOP("Actions", "Copy &Results"),
        "copy_results",
        "Ctrl+Shift+C",
        QT_TRANSLATE_NOOP(
            "Actions",
            "Copy the coefficient table and metrics (paste into a spreadsheet)",
        ),
    ),
    ActionSpec(
        "save_plot",
        QT_TRANSLATE_NOOP("Actions", "&Save Plot…"),
        "save_plot",
        "Ctrl+Shift+S",
        QT_TRANSLATE_NOOP("Actions", "Save the shown plot as PNG or SVG"),
    ),
    ActionSpec(
        "copy_plot",
        QT_TRANSLATE_NOOP("Actions", "Copy &Plot"),
        "copy_plot",
        "Ctrl+Shift+P",
        QT_TRANSLATE_NOOP("Actions", "Copy the shown plot as an image"),
    ),
    ActionSpec(
        "copy_plot_data",
        QT_TRANSLATE_NOOP("Actions", "Copy Plot &Data"),
        "copy_plot_data",
        "Ctrl+Shift+D",
        QT_TRANSLATE_NOOP(
            "Actions",
            "Copy the shown plot's series as tab-separated numbers (series, x, y)",
        ),
    ),
    ActionSpec(
        "reference",
        QT_TRANSLATE_NOOP("Actions", "Show &Least-Squares Line"),
        "show_reference",
        "Ctrl+L",
        QT_TRANSLATE_NOOP("Actions", "Show the closed-form answer as a dashed line"),
        checkable=True,
    ),
    ActionSpec(
        "my_line",
        QT_TRANSLATE_NOOP("Actions", "&My Line"),
        "set_my_line",
        "Ctrl+M",
        QT_TRANSLATE_NOOP(
            "Actions",
            "Set a line by hand, see its squared residuals, guess the best line",
        ),
        checkable=True,
    ),
    ActionSpec(
        "bands",
        QT_TRANSLATE_NOOP("Actions", "Confidence and &Prediction Bands"),
        "show_bands",
        None,
        QT_TRANSLATE_NOOP(
            "Actions",
            "Shade the 95 % band for the mean and for new observations around the "
            "least-squares line",
        ),
        checkable=True,
    ),
    ActionSpec(
        "undo",
        QT_TRANSLATE_NOOP("Actions", "&Undo"),
        "undo",
        "Ctrl+Z",
        QT_TRANSLATE_NOOP(
            "Actions",
            "Undo the last change to the data: a point moved or added, a cell "
            "edited, rows left out",
        ),
    ),
    ActionSpec(
        "redo",
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        "redo",
        "Ctrl+Shift+Z",
        QT_TRANSLATE_NOOP("Actions", "Redo the change undone last"),
    ),
    ActionSpec(
        "log_loss",
        QT_TRANSLATE_NOOP("Actions", "&Logarithmic Loss Axis"),
        "set_log_loss",
        None,
        QT_TRANSLATE_NOOP("Actions", "Log scale for the loss"),
        checkable=True,
    ),
    ActionSpec(
        "focus_plots",
        QT_TRANSLATE_NOOP("Actions", "&Focus on Plots"),
        "set_focus_plots",
        "Ctrl+Shift+F",
        QT_TRANSLATE_NOOP(
            "Actions",
            "Hide the side panels to give the plots the room; again to bring them back",
        ),
        checkable=True,
    ),
    ActionSpec(
        "presentation",
        QT_TRANSLATE_NOOP("Actions", "Presentation &Mode"),
        "set_presentation",
        "F11",
        QT_TRANSLATE_NOOP(
            "Actions",
            "Full screen, large type, thick lines, high contrast and the iteration, "
            "loss and equation in a banner: for a projector",
        ),
        checkable=True,
    ),
    ActionSpec(
        "zoom_in",
        QT_TRANSLATE_NOOP("Actions", "Zoom &In"),
        "zoom_in",
        "Ctrl+=",
        QT_TRANSLATE_NOOP(
            "Actions", "Larger text, lines and dots in every pane, plots included"
        ),
    ),
    ActionSpec(
        "zoom_out",
        QT_TRANSLATE_NOOP("Actions", "Zoom &Out"),
        "zoom_out",
        "Ctrl+-",
        QT_TRANSLATE_NOOP("Actions", "Smaller text, lines and dots in every pane"),
    ),
    ActionSpec(
        "zoom_reset",
        QT_TRANSLATE_NOOP("Actions", "&Actual Size"),
        "zoom_reset",
        "Ctrl+0",
        QT_TRANSLATE_NOOP("Actions", "Back to 100 % (150 % in presentation mode)"),
    ),
    ActionSpec(
        "lessons",
        QT_TRANSLATE_NOOP("Actions", "L&essons"),
        "show_lessons",
        None,
        QT_TRANSLATE_NOOP(
            "Actions", "Guided lessons: predict, run, then see why (progress is kept)"
        ),
    ),
    ActionSpec(
        "guide",
        QT_TRANSLATE_NOOP("Actions", "&Quick Guide"),
        "show_guide",
        QKeySequence.StandardKey.HelpContents,
    ),
    ActionSpec(
        "shortcuts",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"),
        "show_shortcuts",
        "Ctrl+/",
        QT_TRANSLATE_NOOP("Actions", "Every command that has a key, and what it does"),
    ),
    ActionSpec(
        "log_folder",
        QT_TRANSLATE_NOOP("Actions", "Open &Log Folder"),
        "open_log_folder",
    ),
    ActionSpec(
        "about", QT_TRANSLATE_NOOP("Actions", "&About linreg-gui"), "show_about"
    ),
)


def themed_icon(widget: QWidget, theme: str, fallback: QStyle.StandardPixmap) -> QIcon:
    """The desktop theme's icon, or Qt's own where the theme has none."""
    icon = QIcon.fromTheme(theme)
    return icon if not icon.isNull() else widget.style().standardIcon(fallback)


def create_actions(
    window: QWidget, specs: tuple[ActionSpec, ...] = ACTIONS
) -> dict[str, QAction]:
    """A ``QAction`` per row, parented to and connected to ``window``."""
    actions: dict[str, QAction] = {}
    for spec in specs:
        action = QAction(translate("Actions", spec.text), window)
        if spec.icon is not None:
            action.setIcon(themed_icon(window, *spec.icon))
        if spec.shortcut is not None:
            action.setShortcut(spec.shortcut)
        if spec.tip:
            tip = translate("Actions", spec.tip)
            action.setStatusTip(tip)
            shortcut = action.shortcut().toString(
                QKeySequence.SequenceFormat.NativeText
            )
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
        action.setCheckable(spec.checkable)
        connect_action(action, getattr(window, spec.slot), checkable=spec.checkable)
        actions[spec.name] = action
    return actions


def connect_action(
    action: QAction, slot: Callable[..., Any], *, checkable: bool = False
) -> None:
    """Call ``slot()`` on a click (``slot(checked)`` for a toggle)."""
    if checkable:
        action.triggered.connect(slot)
    else:
        action.triggered.connect(lambda _checked=False: slot())


def update_run_actions(
    widget: QWidget,
    actions: dict[str, QAction],
    state: RunState | None,
    *,
    has_analysis: bool,
    iterative: bool,
) -> None:
    """Enable what applies now; Run reads Pause while running, Resume when paused."""
    running = state is RunState.RUNNING
    active = state in (RunState.RUNNING, RunState.PAUSED)
    run = actions["run"]
    run.setEnabled(iterative)
    run.setText(
        translate("Actions", "&Pause")
        if running
        else translate("Actions", "&Run")
        if not active
        else translate("Actions", "&Resume")
    )
    run.setIcon(
        themed_icon(widget, "media-playback-pause", SP.SP_MediaPause)
        if running
        else themed_icon(widget, "media-playback-start", SP.SP_MediaPlay)
    )
    actions["step"].setEnabled(iterative)
    actions["step_back"].setEnabled(iterative and state is not None)
    actions["export_history"].setEnabled(iterative and state is not None)
    actions["stop"].setEnabled(active)
    actions["reset"].setEnabled(iterative and state is not None)
    actions["compare"].setEnabled(has_analysis)
    actions["sweep"].setEnabled(iterative)
    actions["export_code"].setEnabled(has_analysis)
    actions["lab_record"].setEnabled(has_analysis)
