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
        Menu text with its ``&`` mnemonic.
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
        "&Open…",
        "choose_file",
        QKeySequence.StandardKey.Open,
        "Open a CSV, TSV, Excel or OpenDocument file",
        ("document-open", SP.SP_DialogOpenButton),
    ),
    ActionSpec(
        "open_session",
        "Open &Session…",
        "open_session",
        "Ctrl+Shift+O",
        "Open a .linreg session: its data, settings, view and last run",
    ),
    ActionSpec(
        "save_session",
        "Save Session…",
        "save_session",
        QKeySequence.StandardKey.Save,
        "Save the data, edits, settings, view and last run as a .linreg file",
        ("document-save", SP.SP_DialogSaveButton),
    ),
    ActionSpec(
        "generate",
        "&Generate Data…",
        "generate_data",
        "Ctrl+G",
        "Make a noisy straight line to fit",
    ),
    ActionSpec("quit", "&Quit", "close", QKeySequence.StandardKey.Quit),
    ActionSpec(
        "run",
        "&Run",
        "run_pause",
        "F5",
        "Run gradient descent, or pause it",
        ("media-playback-start", SP.SP_MediaPlay),
    ),
    ActionSpec(
        "step",
        "S&tep",
        "step",
        "F10",
        "Take one gradient-descent step",
        ("media-skip-forward", SP.SP_MediaSkipForward),
    ),
    ActionSpec(
        "export_history",
        "Export Training &Log (CSV)…",
        "export_history",
        None,
        "Save iteration, loss, test loss and every coefficient at every k "
        "iterations of the run (View ▸ History Lines sets k) and its last",
    ),
    ActionSpec(
        "lab_record",
        "Export Lab Re&cord…",
        "export_lab_record",
        None,
        "Save the session, training log, residuals, coefficients, every plot "
        "(PNG and SVG), the results and a Python script in one folder or zip",
    ),
    ActionSpec(
        "step_back",
        "Step &Back",
        "step_back",
        "Shift+F10",
        "Go back one iteration: every view shows it (the run pauses)",
        ("media-skip-backward", SP.SP_MediaSkipBackward),
    ),
    ActionSpec(
        "stop",
        "St&op",
        "stop",
        "Esc",
        "Stop the run where it is",
        ("media-playback-stop", SP.SP_MediaStop),
    ),
    ActionSpec(
        "reset",
        "R&eset",
        "reset_run",
        "Ctrl+R",
        "Back to the starting line (w = 0, b = 0)",
        ("view-refresh", SP.SP_BrowserReload),
    ),
    ActionSpec(
        "compare",
        "&Compare Solvers…",
        "compare_solvers",
        "Ctrl+K",
        "Least squares by QR, inv(XᵀX), lstsq and polyfit side by side",
        ("view-list-details", SP.SP_FileDialogDetailedView),
    ),
    ActionSpec(
        "sweep",
        "S&weep Learning Rates…",
        "sweep_learning_rates",
        "Ctrl+Shift+L",
        "Run the method at 30 learning rates and plot the steps each needs",
    ),
    ActionSpec(
        "export_code",
        "&Export Python Code…",
        "export_code",
        "Ctrl+Shift+E",
        "Save a script that refits these rows with NumPy and asks scikit-learn",
    ),
    ActionSpec(
        "copy_results",
        "Copy &Results",
        "copy_results",
        "Ctrl+Shift+C",
        "Copy the coefficient table and metrics (paste into a spreadsheet)",
    ),
    ActionSpec(
        "save_plot",
        "&Save Plot…",
        "save_plot",
        "Ctrl+Shift+S",
        "Save the shown plot as PNG or SVG",
    ),
    ActionSpec(
        "copy_plot",
        "Copy &Plot",
        "copy_plot",
        "Ctrl+Shift+P",
        "Copy the shown plot as an image",
    ),
    ActionSpec(
        "copy_plot_data",
        "Copy Plot &Data",
        "copy_plot_data",
        "Ctrl+Shift+D",
        "Copy the shown plot's series as tab-separated numbers (series, x, y)",
    ),
    ActionSpec(
        "reference",
        "Show &Least-Squares Line",
        "show_reference",
        "Ctrl+L",
        "Show the closed-form answer as a dashed line",
        checkable=True,
    ),
    ActionSpec(
        "my_line",
        "&My Line",
        "set_my_line",
        "Ctrl+M",
        "Set a line by hand, see its squared residuals, guess the best line",
        checkable=True,
    ),
    ActionSpec(
        "bands",
        "Confidence and &Prediction Bands",
        "show_bands",
        None,
        "Shade the 95 % band for the mean and for new observations around the "
        "least-squares line",
        checkable=True,
    ),
    ActionSpec(
        "undo",
        "&Undo",
        "undo",
        "Ctrl+Z",
        "Undo the last change to the data: a point moved or added, a cell "
        "edited, rows left out",
    ),
    ActionSpec(
        "redo",
        "&Redo",
        "redo",
        "Ctrl+Shift+Z",
        "Redo the change undone last",
    ),
    ActionSpec(
        "log_loss",
        "&Logarithmic Loss Axis",
        "set_log_loss",
        None,
        "Log scale for the loss",
        checkable=True,
    ),
    ActionSpec(
        "focus_plots",
        "&Focus on Plots",
        "set_focus_plots",
        "Ctrl+Shift+F",
        "Hide the side panels to give the plots the room; again to bring them back",
        checkable=True,
    ),
    ActionSpec(
        "presentation",
        "Presentation &Mode",
        "set_presentation",
        "F11",
        "Full screen, large type, thick lines, high contrast and the iteration, "
        "loss and equation in a banner: for a projector",
        checkable=True,
    ),
    ActionSpec(
        "zoom_in",
        "Zoom &In",
        "zoom_in",
        "Ctrl+=",
        "Larger text, lines and dots in every pane, plots included",
    ),
    ActionSpec(
        "zoom_out",
        "Zoom &Out",
        "zoom_out",
        "Ctrl+-",
        "Smaller text, lines and dots in every pane",
    ),
    ActionSpec(
        "zoom_reset",
        "&Actual Size",
        "zoom_reset",
        "Ctrl+0",
        "Back to 100 % (150 % in presentation mode)",
    ),
    ActionSpec(
        "lessons",
        "L&essons",
        "show_lessons",
        None,
        "Guided lessons: predict, run, then see why (progress is kept)",
    ),
    ActionSpec(
        "guide",
        "&Quick Guide",
        "show_guide",
        QKeySequence.StandardKey.HelpContents,
    ),
    ActionSpec(
        "shortcuts",
        "&Keyboard Shortcuts",
        "show_shortcuts",
        "Ctrl+/",
        "Every command that has a key, and what it does",
    ),
    ActionSpec("log_folder", "Open &Log Folder", "open_log_folder"),
    ActionSpec("about", "&About linreg-gui", "show_about"),
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
        action = QAction(spec.text, window)
        if spec.icon is not None:
            action.setIcon(themed_icon(window, *spec.icon))
        if spec.shortcut is not None:
            action.setShortcut(spec.shortcut)
        if spec.tip:
            action.setStatusTip(spec.tip)
            shortcut = action.shortcut().toString()
            action.setToolTip(f"{spec.tip} ({shortcut})" if shortcut else spec.tip)
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
    run.setText("&Pause" if running else "&Run" if not active else "&Resume")
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
