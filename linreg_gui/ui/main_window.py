"""The main window: data on the left, plots in the centre, settings on the right.

It assembles the widgets, turns user intent into calls on the
:class:`~linreg_gui.workers.controller.SessionController`, and draws what the
controller reports.  No maths happens here: curves, predictions and residuals
come from :mod:`linreg_gui.model.fitting`.
"""

from __future__ import annotations

import math
import time
from collections import deque
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QSize, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from linreg_gui import __version__
from linreg_gui.model.analysis import Analysis
from linreg_gui.model.dataset import Dataset
from linreg_gui.model.errors import FitError
from linreg_gui.model.examples import DEFAULT_EXAMPLE, EXAMPLES, get_example
from linreg_gui.model.fitting import (
    METHOD_TITLES,
    FitResult,
    fitted_curve,
    predict,
)
from linreg_gui.model.io import SUPPORTED_SUFFIXES
from linreg_gui.model.snapshot import RunState, Snapshot
from linreg_gui.settings import Settings, data_dir
from linreg_gui.ui.column_picker import ColumnPicker
from linreg_gui.ui.data_table import DatasetTableModel, DataTableView
from linreg_gui.ui.generate_dialog import GenerateDataDialog
from linreg_gui.ui.messages import MessageBar
from linreg_gui.ui.results_panel import ResultsPanel
from linreg_gui.ui.solver_panel import DEFAULT_CHOICES, SolverChoices, SolverPanel
from linreg_gui.workers.controller import SessionController

if TYPE_CHECKING:
    from linreg_gui.app import ErrorReporter
    from linreg_gui.ui.plots.data_plot import DataPlot
    from linreg_gui.ui.plots.loss_plot import LossPlot
    from linreg_gui.ui.plots.residual_plot import ResidualPlot

#: Points drawn in the predicted-vs-actual view at most (chosen once per data set).
MAX_PREDICTED_POINTS = 20_000
#: History-line intervals offered in View ▸ History.
HISTORY_CHOICES = (0, 1, 5, 10, 50, 100, 500)
#: A full-speed run logs thousands of iterations per frame; show the newest.
LOG_LINES_PER_FLUSH = 100
#: Longer models are summarised in the plot's label (the table has them all).
MAX_EQUATION_TERMS = 3
#: Seconds between updates of the text views (results table, status, log).
TEXT_UPDATE_INTERVAL = 0.1
LossChunk = tuple[np.ndarray, np.ndarray, np.ndarray | None]
#: Losses handed to the loss plot per event-loop turn (about 3 ms of work).
LOSS_CHUNK = 100_000
#: Seconds between history lines added to the plot at full speed.
TRAIL_INTERVAL = 0.1
FIRST_LAUNCH_SPEED = 20.0
#: How extra width is shared between the data plot and the loss plot.
_DATA_STRETCH = 3
_LOSS_STRETCH = 2

_STATE_TEXT = {
    None: "Ready",
    RunState.RUNNING: "Running",
    RunState.PAUSED: "Paused",
    RunState.CONVERGED: "Converged",
    RunState.MAX_ITER: "Stopped at max iterations",
    RunState.STOPPED: "Stopped",
    RunState.DIVERGED: "Diverged",
    RunState.FAILED: "Failed",
}


class MainWindow(QMainWindow):
    """The application window.  Constructible without entering the event loop.

    Parameters
    ----------
    settings : Settings, optional
        Where window geometry, recent files and view options persist.
    controller : SessionController, optional
        Injected by tests; a new one by default.
    defer_plots : bool
        Leave placeholders where the plots go until :meth:`ensure_plots` (or the
        first use of a plot): the app shows its window before pyqtgraph loads.
    """

    def __init__(
        self,
        settings: Settings | None = None,
        controller: SessionController | None = None,
        error_reporter: ErrorReporter | None = None,
        *,
        defer_plots: bool = False,
    ) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.controller = controller or SessionController(self)
        self.error_reporter = error_reporter
        self.analysis: Analysis | None = None
        self._sample: np.ndarray | None = None  # rows drawn in predicted mode
        self._last_status = 0.0
        self._last_trail = 0.0
        self._loss_queue: deque[LossChunk] = deque()
        self._draining = False
        self._ack_when_drained: int | None = None
        self._last_result: FitResult | None = None
        # A file named on the command line that cannot be read gives way to the
        # default example (with the reason shown once the example is ready).
        self._startup_fallback = False
        self._startup_fallback_note = ""
        self._picker_fitted_for: Dataset | None = None
        self._example_rate_check = False
        # Data-set row of each point in the scatter (clicks leave rows out).
        self._point_rows: np.ndarray | None = None
        self._pending_log: list[tuple[int, float, float | None]] = []
        self._log_skipped = 0
        self.setWindowTitle("Linear Regression")
        self.setAcceptDrops(True)
        self.setMinimumSize(QSize(960, 600))
        self._build_widgets()
        self._build_actions()
        self._build_menus_and_toolbar()
        self._build_status_bar()
        self._connect()
        self._restore_settings()
        self._update_actions()
        if not defer_plots:
            self.ensure_plots()

    # -- construction --------------------------------------------------------

    # -- plots (created on first use) ------------------------------------------

    def ensure_plots(self) -> None:
        """Create the pyqtgraph plots in place of their placeholders (once)."""
        if self._plots is not None:
            return
        from linreg_gui.ui.plots.data_plot import DataPlot
        from linreg_gui.ui.plots.loss_plot import LossPlot
        from linreg_gui.ui.plots.residual_plot import ResidualPlot

        data, residuals, loss = DataPlot(), ResidualPlot(), LossPlot()
        self._plots = (data, residuals, loss)
        current = self.plot_tabs.currentIndex()
        for index, widget in ((0, data), (1, residuals)):
            old = self.plot_tabs.widget(index)
            text, tip = self.plot_tabs.tabText(index), self.plot_tabs.tabToolTip(index)
            self.plot_tabs.removeTab(index)
            self.plot_tabs.insertTab(index, widget, text)
            self.plot_tabs.setTabToolTip(index, tip)
            old.deleteLater()
        self.plot_tabs.setCurrentIndex(current)
        sizes = self.plot_splitter.sizes()
        self.plot_splitter.replaceWidget(1, loss).deleteLater()
        # The stretch lives in the widget's size policy: give it to the new one,
        # or a larger window would widen only the data plot.
        self.plot_splitter.setStretchFactor(1, _LOSS_STRETCH)
        self.plot_splitter.setSizes(sizes)
        data.set_reference_visible(self.reference_action.isChecked())
        data.point_clicked.connect(self._on_point_clicked)
        residuals.point_clicked.connect(self._on_residual_clicked)
        loss.set_log_y(self.log_loss_action.isChecked())

    @property
    def data_plot(self) -> DataPlot:
        self.ensure_plots()
        assert self._plots is not None
        return self._plots[0]

    @property
    def residual_plot(self) -> ResidualPlot:
        self.ensure_plots()
        assert self._plots is not None
        return self._plots[1]

    @property
    def loss_plot(self) -> LossPlot:
        self.ensure_plots()
        assert self._plots is not None
        return self._plots[2]

    def _build_widgets(self) -> None:
        # Left: columns and the data table.
        self.column_picker = ColumnPicker()
        self.table_view = DataTableView()
        self.table_model: DatasetTableModel = self.table_view.table_model()
        data_panel = QSplitter(Qt.Orientation.Vertical)
        data_panel.addWidget(self.column_picker)
        data_panel.addWidget(self.table_view)
        data_panel.setStretchFactor(1, 1)
        data_panel.setChildrenCollapsible(False)
        self.data_splitter = data_panel
        self.data_dock = self._dock(
            "Data", "DataDock", data_panel, Qt.DockWidgetArea.LeftDockWidgetArea
        )

        # Right: solver settings.
        self.solver_panel = SolverPanel()
        self.solver_panel.set_choices(
            replace(DEFAULT_CHOICES, steps_per_second=FIRST_LAUNCH_SPEED)
        )
        scroll = QScrollArea()
        scroll.setWidget(self.solver_panel)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.settings_dock = self._dock(
            "Solver", "SolverDock", scroll, Qt.DockWidgetArea.RightDockWidgetArea
        )

        # Centre: message bar, plots, results and the training log.  The plots
        # are placeholders until ensure_plots(): pyqtgraph takes half a second to
        # import, and the window can be on screen before that.
        self.message_bar = MessageBar()
        self._plots: tuple[DataPlot, ResidualPlot, LossPlot] | None = None
        self.plot_tabs = QTabWidget()
        self.plot_tabs.setDocumentMode(True)
        self.plot_tabs.addTab(_placeholder(), "Fit")
        self.plot_tabs.addTab(_placeholder(), "Residuals")
        self.plot_tabs.setTabToolTip(
            0, "The data, the current line and the least-squares answer"
        )
        self.plot_tabs.setTabToolTip(
            1, "Residuals y − ŷ against fitted values: look for curves and outliers"
        )
        self.plot_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.plot_splitter.addWidget(self.plot_tabs)
        self.plot_splitter.addWidget(_placeholder())
        self.plot_splitter.setStretchFactor(0, _DATA_STRETCH)
        self.plot_splitter.setStretchFactor(1, _LOSS_STRETCH)
        self.plot_splitter.setChildrenCollapsible(False)

        self.results_panel = ResultsPanel()
        self.training_log = QPlainTextEdit()
        self.training_log.setReadOnly(True)
        self.training_log.setMaximumBlockCount(5000)
        self.training_log.setPlaceholderText(
            "Every k iterations (View ▸ History) a run logs its loss here, "
            "as the tutorials print it."
        )
        self.bottom_tabs = QTabWidget()
        self.bottom_tabs.setDocumentMode(True)
        # In a scroll area, the panel's changing size hint (tables growing as
        # numbers change) stays inside it instead of resizing the plots above,
        # which would throw away their cached renderings on every frame.
        results_scroll = QScrollArea()
        results_scroll.setWidget(self.results_panel)
        results_scroll.setWidgetResizable(True)
        results_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.bottom_tabs.addTab(results_scroll, "Results")
        self.bottom_tabs.addTab(self.training_log, "Training log")

        self.centre_splitter = QSplitter(Qt.Orientation.Vertical)
        self.centre_splitter.addWidget(self.plot_splitter)
        self.centre_splitter.addWidget(self.bottom_tabs)
        self.centre_splitter.setStretchFactor(0, 3)
        self.centre_splitter.setStretchFactor(1, 2)
        self.centre_splitter.setChildrenCollapsible(False)

        centre = QWidget()
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.setSpacing(4)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.centre_splitter, 1)
        self.setCentralWidget(centre)

        self.drop_overlay = QLabel(centre)
        self.drop_overlay.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_overlay.setStyleSheet(
            "background: rgba(47, 111, 179, 40); border: 3px dashed #2f6fb3;"
            "border-radius: 12px; color: #1d4f86; font-size: 20pt; font-weight: bold;"
        )
        self.drop_overlay.hide()

    def _dock(
        self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea
    ) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(area, dock)
        return dock

    def _icon(self, theme: str, fallback: QStyle.StandardPixmap) -> QIcon:
        icon = QIcon.fromTheme(theme)
        return icon if not icon.isNull() else self.style().standardIcon(fallback)

    def _action(
        self,
        text: str,
        slot: Any,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
        icon: QIcon | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if icon is not None:
            action.setIcon(icon)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(
                f"{tip} ({action.shortcut().toString()})" if shortcut else tip
            )
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.open_action = self._action(
            "&Open…",
            self.choose_file,
            QKeySequence.StandardKey.Open,
            "Open a CSV, TSV, Excel or OpenDocument file",
            self._icon("document-open", sp.SP_DialogOpenButton),
        )
        self.generate_action = self._action(
            "&Generate Data…",
            self.generate_data,
            "Ctrl+G",
            "Make a noisy straight line to fit",
        )
        self.quit_action = self._action(
            "&Quit", self.close, QKeySequence.StandardKey.Quit
        )
        self.run_action = self._action(
            "&Run",
            self.controller.run_pause,
            "F5",
            "Run gradient descent, or pause it",
            self._icon("media-playback-start", sp.SP_MediaPlay),
        )
        self.step_action = self._action(
            "S&tep",
            self.controller.step,
            "F10",
            "Take one gradient-descent step",
            self._icon("media-skip-forward", sp.SP_MediaSkipForward),
        )
        self.stop_action = self._action(
            "St&op",
            self.controller.stop,
            "Esc",
            "Stop the run where it is",
            self._icon("media-playback-stop", sp.SP_MediaStop),
        )
        self.reset_action = self._action(
            "R&eset",
            self.reset_run,
            "Ctrl+R",
            "Back to the starting line (w = 0, b = 0)",
            self._icon("view-refresh", sp.SP_BrowserReload),
        )
        self.compare_action = self._action(
            "&Compare Solvers…",
            self.compare_solvers,
            "Ctrl+K",
            "Least squares by QR, inv(XᵀX), lstsq and polyfit side by side",
            self._icon("view-list-details", sp.SP_FileDialogDetailedView),
        )
        self.export_code_action = self._action(
            "&Export Python Code…",
            self.export_code,
            "Ctrl+Shift+E",
            "Save a script that refits these rows with NumPy and asks scikit-learn",
        )
        self.copy_results_action = self._action(
            "Copy &Results",
            self.results_panel.copy_to_clipboard,
            "Ctrl+Shift+C",
            "Copy the coefficient table and metrics (paste into a spreadsheet)",
        )
        self.save_plot_action = self._action(
            "&Save Plot…", self.save_plot, "Ctrl+S", "Save the shown plot as PNG or SVG"
        )
        self.copy_plot_action = self._action(
            "Copy &Plot",
            self.copy_plot,
            "Ctrl+Shift+P",
            "Copy the shown plot as an image",
        )
        self.reference_action = self._action(
            "Show &Least-Squares Line",
            self._toggle_reference,
            "Ctrl+L",
            "Show the closed-form answer as a dashed line",
        )
        self.reference_action.setCheckable(True)
        self.log_loss_action = self._action(
            "&Logarithmic Loss Axis",
            self._toggle_log_loss,
            None,
            "Log scale for the loss",
        )
        self.log_loss_action.setCheckable(True)
        self.about_action = self._action("&About linreg-gui", self.show_about)
        self.help_action = self._action(
            "&Quick Guide", self.show_guide, QKeySequence.StandardKey.HelpContents
        )
        self.log_file_action = self._action("Open &Log Folder", self.open_log_folder)

    def _build_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.examples_menu = file_menu.addMenu("&Examples")
        for example in EXAMPLES:
            action = self.examples_menu.addAction(example.title)
            action.setStatusTip(example.description)
            action.setToolTip(example.description)
            action.triggered.connect(
                lambda _=False, key=example.key: self.load_example(key)
            )
        self.examples_menu.setToolTipsVisible(True)
        file_menu.addAction(self.generate_action)
        file_menu.addSeparator()
        file_menu.addAction(self.save_plot_action)
        file_menu.addAction(self.copy_plot_action)
        file_menu.addAction(self.copy_results_action)
        file_menu.addAction(self.export_code_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        run_menu = bar.addMenu("&Run")
        for action in (
            self.run_action,
            self.step_action,
            self.stop_action,
            self.reset_action,
        ):
            run_menu.addAction(action)
        run_menu.addSeparator()
        run_menu.addAction(self.compare_action)

        view = bar.addMenu("&View")
        view.addAction(self.reference_action)
        view.addAction(self.log_loss_action)
        self.history_menu = view.addMenu("&History Lines")
        self.history_actions: dict[int, QAction] = {}
        for every in HISTORY_CHOICES:
            text = (
                "Off"
                if every == 0
                else f"Every {every} iteration{'s' if every > 1 else ''}"
            )
            action = self.history_menu.addAction(text)
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, k=every: self.set_history_every(k))
            self.history_actions[every] = action
        view.addSeparator()
        for dock in (self.data_dock, self.settings_dock):
            view.addAction(dock.toggleViewAction())

        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.help_action)
        help_menu.addAction(self.log_file_action)
        help_menu.addAction(self.about_action)

        toolbar = QToolBar("Main")
        toolbar.setObjectName("MainToolBar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setMovable(False)
        toolbar.addAction(self.open_action)
        examples_button = QToolButton()
        examples_button.setText("Examples")
        examples_button.setIcon(self._icon("folder", QStyle.StandardPixmap.SP_DirIcon))
        examples_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        examples_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        examples_button.setMenu(self.examples_menu)
        examples_button.setToolTip("Open a bundled example data set")
        toolbar.addWidget(examples_button)
        toolbar.addSeparator()
        for action in (
            self.run_action,
            self.step_action,
            self.stop_action,
            self.reset_action,
        ):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.compare_action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        # Run / Pause / Resume in one width: a button that changes size makes
        # the whole window lay out and repaint again, mid-run.
        run_button = toolbar.widgetForAction(self.run_action)
        if run_button is not None:
            metrics = run_button.fontMetrics()
            widest = max(
                metrics.horizontalAdvance(t) for t in ("Run", "Pause", "Resume")
            )
            run_button.setMinimumWidth(
                run_button.sizeHint().width()
                - metrics.horizontalAdvance("Run")
                + widest
            )

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.state_label = QLabel("Ready")
        metrics = self.state_label.fontMetrics()
        self.state_label.setFixedWidth(
            max(metrics.horizontalAdvance(t) for t in _STATE_TEXT.values()) + 16
        )
        self.progress_label = QLabel("")
        # Text changes ten times a second while a run streams: a label whose
        # size hint follows the text would make the status bar (and the window)
        # lay out again each time.
        self.progress_label.setSizePolicy(
            QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred
        )
        self.rows_label = QLabel("")
        self.load_progress = QProgressBar()
        self.load_progress.setRange(0, 1000)
        self.load_progress.setMaximumWidth(180)
        self.load_progress.setTextVisible(True)
        self.load_progress.setFormat("Loading… %p%")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop loading; the current data stays")
        self.cancel_button.clicked.connect(self.controller.cancel_load)
        for widget in (self.load_progress, self.cancel_button):
            widget.hide()
        status.addWidget(self.state_label)
        status.addWidget(self.progress_label, 1)
        status.addPermanentWidget(self.load_progress)
        status.addPermanentWidget(self.cancel_button)
        status.addPermanentWidget(self.rows_label)

    def _connect(self) -> None:
        c = self.controller
        c.dataset_changed.connect(self._on_dataset_changed)
        c.dataset_edited.connect(self._on_dataset_edited)
        c.choices_changed.connect(self._on_choices_changed)
        c.analysis_started.connect(lambda: self.state_label.setText("Preparing…"))
        c.analysis_ready.connect(self._on_analysis_ready)
        c.analysis_failed.connect(self._on_analysis_failed)
        c.snapshot.connect(self._on_snapshot)
        c.run_state_changed.connect(self._on_run_state)
        c.run_finished.connect(self._on_run_finished)
        c.load_started.connect(self._on_load_started)
        c.load_progress.connect(lambda f: self.load_progress.setValue(int(f * 1000)))
        c.load_finished.connect(self._on_load_finished)
        c.file_opened.connect(self._remember_file)
        c.message.connect(self.show_message)
        c.crashed.connect(self._report_crash)
        self.column_picker.selection_changed.connect(c.set_columns)
        self.table_model.value_edited.connect(c.edit_value)
        self.table_view.exclusion_requested.connect(self._exclude_rows)
        self.table_view.include_all_requested.connect(
            lambda: c.set_excluded(frozenset())
        )
        self.table_model.edit_rejected.connect(
            lambda text: self.show_message("error", text)
        )
        self.solver_panel.choices_changed.connect(self._on_solver_choices)
        self.solver_panel.learning_rate_changed.connect(c.set_learning_rate)
        self.solver_panel.speed_changed.connect(c.set_speed)
        self._push_solver_choices(self.solver_panel.choices())

    # -- settings ------------------------------------------------------------

    def _restore_settings(self) -> None:
        s = self.settings
        geometry = s.bytes_value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = s.bytes_value("window/state")
        if state is not None:
            self.restoreState(state)
        sizes = s.value("window/splitters")
        if isinstance(sizes, (list, tuple)) and len(sizes) == 4:
            for splitter, text in zip(self._splitters(), sizes, strict=True):
                try:
                    splitter.setSizes([int(v) for v in str(text).split(",")])
                except ValueError:
                    continue
        else:
            self.resizeDocks(
                [self.data_dock, self.settings_dock],
                [300, 310],
                Qt.Orientation.Horizontal,
            )
            self.centre_splitter.setSizes([560, 300])
            self.plot_splitter.setSizes([600, 400])
            picker = min(self.column_picker.sizeHint().height(), 200)
            self.data_splitter.setSizes([picker, 800 - picker])
        self.reference_action.setChecked(bool(s.value("plots/show_reference")))
        self.log_loss_action.setChecked(bool(s.value("plots/log_loss")))
        self.set_history_every(int(s.value("plots/history_every")), save=False)
        self._update_recent_menu()

    def _show_chosen_columns(
        self, dataset: Dataset | None, x: tuple[str, ...], y: str | None
    ) -> None:
        """Scroll the table so that the chosen columns are in view (an example
        may use columns far to the right, as Anscombe III does)."""
        if dataset is None:
            return
        columns = list(dataset.columns)
        chosen = [columns.index(c) for c in (*x[:1], y) if c in columns]
        model, view = self.table_model, self.table_view

        def scroll() -> None:  # once the headers have their role marks and widths
            for column in sorted(chosen, reverse=True):  # the leftmost wins ties
                if column < model.columnCount():
                    view.scrollTo(
                        model.index(0, column),
                        QAbstractItemView.ScrollHint.EnsureVisible,
                    )

        QTimer.singleShot(0, scroll)

    def _fit_picker_pane(self) -> None:
        """Give the column pickers the height they need for the new columns
        (at most 45 % of the dock): the table gets the rest, with no gap."""
        total = sum(self.data_splitter.sizes())
        if total <= 0:
            return
        want = min(self.column_picker.sizeHint().height(), int(total * 0.45))
        self.data_splitter.setSizes([want, total - want])

    def _splitters(self) -> list[QSplitter]:
        return [
            self.centre_splitter,
            self.plot_splitter,
            self.data_splitter,
            self.data_splitter,
        ]

    def _save_settings(self) -> None:
        s = self.settings
        s.set_value("window/geometry", self.saveGeometry())
        s.set_value("window/state", self.saveState())
        s.set_value(
            "window/splitters",
            [",".join(str(v) for v in sp.sizes()) for sp in self._splitters()],
        )
        s.set_value("plots/show_reference", self.reference_action.isChecked())
        s.set_value("plots/log_loss", self.log_loss_action.isChecked())
        s.set_value("plots/history_every", self.controller.history_every)
        s.sync()

    def _update_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        for path in files:
            action = self.recent_menu.addAction(Path(path).name)
            action.setStatusTip(path)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_file(p))
        if files:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction("Clear List", self._clear_recent)
        self.recent_menu.setEnabled(bool(files))

    def _clear_recent(self) -> None:
        self.settings.set_value("recent_files", [])
        self._update_recent_menu()

    def _remember_file(self, path: str) -> None:
        self.settings.add_recent_file(path)
        self.settings.set_value("data/last_folder", str(Path(path).parent))
        self._update_recent_menu()

    # -- user intent ---------------------------------------------------------

    def open_file(self, path: str | Path) -> None:
        """Load a data file in the background (File ▸ Open, drop, command line)."""
        self._example_rate_check = False
        self.controller.open_file(path)

    def open_startup_file(self, path: str | Path) -> None:
        """Open the file named on the command line; if it cannot be read, show
        why and load the default example, so the window is never left empty."""
        self._startup_fallback = True
        self.open_file(path)

    def _fall_back_to_example(self) -> None:
        if self.controller.dataset is not None or self.controller.loading:
            return
        why = self.message_bar.text() if self.message_bar.level else ""
        self._startup_fallback_note = (
            f"{why} Showing the example “{get_example(DEFAULT_EXAMPLE).title}” instead."
            if why
            else ""
        )
        self.load_default_example()

    def load_example(self, key: str) -> None:
        # An example should run as it opens: if the current learning rate would
        # blow up on it, a safe one is chosen once its analysis is in.
        self._example_rate_check = True
        self.controller.open_example(key)

    def load_default_example(self) -> None:
        self.load_example(DEFAULT_EXAMPLE)

    def choose_file(self) -> None:
        patterns = " ".join(f"*{s}" for s in SUPPORTED_SUFFIXES)
        path, _ = QFileDialog.getOpenFileName(
            self,
            "Open data",
            str(self.settings.value("data/last_folder") or Path.home()),
            f"Data files ({patterns});;All files (*)",
        )
        if path:
            self.open_file(path)

    def generate_data(self) -> None:
        dialog = GenerateDataDialog(self)
        if dialog.exec():
            self._example_rate_check = False
            self.controller.generate(dialog.parameters())

    def reset_run(self) -> None:
        self.controller.reset()

    def _check_example_rate(self, analysis: Analysis) -> None:
        """After an example loads, swap a learning rate that would explode for a
        safe one (and say so); the user's own files keep what the user chose."""
        if not self._example_rate_check:
            return
        choices = self.controller.choices
        try:
            current = analysis.problem.spec == choices.spec()
        except FitError:
            current = False
        if not current or analysis.settings.method != choices.settings.method:
            return  # an analysis of settings on their way out; wait for the next
        self._example_rate_check = False
        if (
            not analysis.is_iterative
            or not self.solver_panel.is_learning_rate_unstable()
        ):
            return
        before = self.solver_panel.choices().settings.learning_rate
        self.solver_panel.use_safe_learning_rate()
        after = self.solver_panel.choices().settings.learning_rate
        self.show_message(
            "info",
            f"Learning rate set to {after:g} for this example: {before:g} is above "
            "its stable limit and the run would explode. Raise it again to watch "
            "that happen.",
        )

    def _on_residual_clicked(self, index: int) -> None:
        """A residual is a row in the fit: a click leaves it out."""
        if self.analysis is not None:
            self._toggle_clicked_row(self.analysis.problem.design.rows, index)

    def _on_point_clicked(self, index: int) -> None:
        """A click on a point leaves its row out of the fit, or puts it back."""
        if self._point_rows is not None:
            self._toggle_clicked_row(self._point_rows, index)

    def _toggle_clicked_row(self, rows: np.ndarray, index: int) -> None:
        if not 0 <= index < len(rows):
            return
        row = int(rows[index])
        leave_out = row not in self.controller.excluded
        self._exclude_rows([row], leave_out)
        self.statusBar().showMessage(
            f"Row {row + 1:,} left out of the fit: click its hollow point on the "
            "Fit tab to put it back."
            if leave_out
            else f"Row {row + 1:,} is back in the fit.",
            8000,
        )

    def _exclude_rows(self, rows: list[int], leave_out: bool) -> None:
        excluded = set(self.controller.excluded)
        if leave_out:
            excluded.update(rows)
        else:
            excluded.difference_update(rows)
        self.controller.set_excluded(frozenset(excluded))

    def set_history_every(self, every: int, *, save: bool = True) -> None:
        if every not in self.history_actions:
            every = 10
        self.controller.history_every = every
        for value, action in self.history_actions.items():
            action.setChecked(value == every)
        if save:
            self.settings.set_value("plots/history_every", every)

    def _toggle_reference(self, on: bool) -> None:
        self.data_plot.set_reference_visible(on)
        self.settings.set_value("plots/show_reference", on)

    def _toggle_log_loss(self, on: bool) -> None:
        self.loss_plot.set_log_y(on)
        self.settings.set_value("plots/log_loss", on)

    def _current_plot_item(self) -> Any:
        if self.loss_plot.hasFocus() or self.loss_plot.underMouse():
            return self.loss_plot.plot_item()
        widget = self.plot_tabs.currentWidget()
        return widget.plot_item()  # type: ignore[attr-defined]

    def save_plot(self) -> None:
        item = self._current_plot_item()
        folder = str(self.settings.value("data/last_folder") or Path.home())
        path, _ = QFileDialog.getSaveFileName(
            self,
            "Save plot",
            str(Path(folder) / "plot.png"),
            "PNG image (*.png);;SVG (*.svg)",
        )
        if path:
            from linreg_gui.ui.plots.export import save_plot

            try:
                save_plot(item, path)
            except (OSError, ValueError) as error:
                self.show_message("error", f"Could not save the plot: {error}")
            else:
                self.show_message("info", f"Saved the plot to {path}.")

    def export_code(self, path: str | None = None) -> None:
        """Save a script (and the rows it reads) that redoes this fit in NumPy."""
        from linreg_gui.model.codegen import data_csv, python_script, suggested_names

        analysis, dataset = self.analysis, self.controller.dataset
        if analysis is None or dataset is None:
            self.show_message("info", "Load data and choose columns first.")
            return
        script_name, _ = suggested_names(dataset.name)
        if path is None:
            folder = str(self.settings.value("data/last_folder") or Path.home())
            path, _ = QFileDialog.getSaveFileName(
                self,
                "Export Python code",
                str(Path(folder) / script_name),
                "Python (*.py)",
            )
            if not path:
                return
        script_path = Path(path)
        data_path = script_path.with_name(script_path.stem + "_data.csv")
        problem = analysis.problem
        names = {*problem.spec.x, problem.spec.y}
        if problem.spec.weights:
            names.add(problem.spec.weights)
        values = {name: dataset.values(name) for name in names}
        try:
            data_path.write_text(data_csv(problem, values), encoding="utf-8")
            script_path.write_text(
                python_script(
                    problem,
                    analysis.settings,
                    self._current_result(),
                    script_path.name,
                    data_path.name,
                    dataset.name,
                ),
                encoding="utf-8",
            )
        except OSError as error:
            self.show_message("error", f"Could not save the code: {error}")
            return
        self.show_message(
            "info",
            f"Saved {script_path.name} and {data_path.name}. Run it with "
            f"'python {script_path.name}' to refit with NumPy and ask scikit-learn.",
        )

    def _current_result(self) -> FitResult | None:
        """The answer on screen: a finished run's, or the closed-form one."""
        if self._last_result is not None:
            return self._last_result
        return self.analysis.result if self.analysis is not None else None

    def copy_plot(self) -> None:
        from linreg_gui.ui.plots.export import copy_plot_to_clipboard

        copy_plot_to_clipboard(self._current_plot_item())
        self.statusBar().showMessage("Plot copied to the clipboard", 3000)

    def compare_solvers(self) -> None:
        from linreg_gui.ui.compare_dialog import CompareDialog

        if self.analysis is None:
            self.show_message("info", "Load data and choose columns first.")
            return
        CompareDialog(self.analysis.problem, self).exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            "About linreg-gui",
            f"<h3>linreg-gui {__version__}</h3>"
            "<p>Watch linear regression learn: least squares, gradient descent, "
            "ridge and lasso, with every number checked against certified values.</p>"
            "<p>Free software under the BSD 3-Clause licence. Works offline.</p>",
        )

    def show_guide(self) -> None:
        from linreg_gui.ui.guide import GUIDE_HTML

        box = QMessageBox(self)
        box.setWindowTitle("Quick guide")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(GUIDE_HTML)
        box.exec()

    def open_log_folder(self) -> None:
        folder = data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def show_message(self, level: str, text: str) -> None:
        self.message_bar.show_message(level, text)

    def _report_crash(self, details: str) -> None:
        if self.error_reporter is not None:
            last = (
                details.strip().splitlines()[-1]
                if details.strip()
                else "Unexpected error"
            )
            self.error_reporter.report(last, details)

    # -- what the controller reports -----------------------------------------

    def _on_dataset_changed(self, dataset: Dataset) -> None:
        if self.message_bar.level != "error":
            self.message_bar.clear()
        self.table_model.set_dataset(dataset)
        self.table_view.fit_columns()
        name = dataset.name
        self.setWindowTitle(f"{name} — Linear Regression")
        self.rows_label.setText(f"{dataset.n_rows:,} rows")
        self._clear_log()

    def _on_dataset_edited(self, dataset: Dataset) -> None:
        self.table_model.update_dataset(dataset)

    def _on_choices_changed(self, choices: Any) -> None:
        dataset = self.controller.dataset
        self.column_picker.set_dataset(dataset, choices.x, choices.y or "")
        if dataset is not self._picker_fitted_for:
            self._picker_fitted_for = dataset
            self._fit_picker_pane()
            self._show_chosen_columns(dataset, choices.x, choices.y)
        self.table_model.set_roles(choices.x, choices.y)
        several = len(choices.x) > 1
        self.solver_panel.set_degree_enabled(
            not several,
            "Polynomial degree needs exactly one x column" if several else "",
        )
        panel = self.solver_panel.choices()
        if panel.degree != choices.degree:
            self.solver_panel.set_choices(replace(panel, degree=choices.degree))

    def _on_solver_choices(self, choices: SolverChoices) -> None:
        self._push_solver_choices(choices)

    def apply_solver_choices(self, choices: SolverChoices) -> None:
        """Set the solver panel and act on it, as if the user had made the change."""
        self.solver_panel.set_choices(choices)
        self._push_solver_choices(choices)

    def _push_solver_choices(self, choices: SolverChoices) -> None:
        self.controller.set_speed(choices.steps_per_second)
        self.controller.set_model_choices(
            choices.settings, choices.degree, choices.intercept
        )

    def _on_analysis_failed(self, message: str) -> None:
        self.analysis = None
        self.state_label.setText("Not ready")
        self.show_message("error", message)
        self._update_actions()

    def _on_analysis_ready(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self._last_result = None
        if self.message_bar.level == "error" and not self.controller.loading:
            self.message_bar.clear()
        if self._startup_fallback_note:
            self.show_message("warning", self._startup_fallback_note)
            self._startup_fallback_note = ""
        problem = analysis.problem
        design = problem.design
        spec = problem.spec
        train_rows = problem.train.rows
        n_rows = self.controller.dataset.n_rows if self.controller.dataset else 0
        used = np.zeros(n_rows, dtype=bool)
        used[train_rows] = True
        reasons = np.full(n_rows, "", dtype=object)
        reasons[~used] = "missing value in a selected column"
        reasons[design.rows] = ""
        excluded_rows = np.array(
            sorted(r for r in self.controller.excluded if r < n_rows), dtype=np.intp
        )
        reasons[excluded_rows] = "left out of the fit by you (right-click to put back)"
        if problem.test is not None:
            reasons[problem.test.rows] = "in the test set (not used for fitting)"
        self.table_model.set_row_mask(used)
        self.table_model.set_row_reasons(reasons)
        test_mask = np.zeros(design.n_samples, dtype=bool)
        if problem.test is not None:
            test_mask[np.searchsorted(design.rows, problem.test.rows)] = True
        self.solver_panel.set_stable_learning_rate(analysis.stable_learning_rate)
        self._check_example_rate(analysis)

        self.data_plot.clear_fit()
        self.data_plot.clear_trail()
        if len(spec.x) == 1:
            self._sample = None
            xs, ys, hollow = design.x_values, design.y, test_mask
            point_rows = design.rows
            dataset = self.controller.dataset
            if excluded_rows.size and dataset is not None:
                # Rows left out still show (hollow), so the student sees them.
                out_x = dataset.values(spec.x[0])[excluded_rows]
                out_y = dataset.values(spec.y)[excluded_rows]
                ok = np.isfinite(out_x) & np.isfinite(out_y)
                xs = np.concatenate([xs, out_x[ok]])
                ys = np.concatenate([ys, out_y[ok]])
                hollow = np.concatenate([hollow, np.ones(int(ok.sum()), dtype=bool)])
                point_rows = np.concatenate([point_rows, excluded_rows[ok]])
            self._point_rows = point_rows
            self.data_plot.set_points(
                xs, ys, x_label=spec.x[0], y_label=spec.y, excluded=hollow
            )
        else:
            self._point_rows = None
            count = design.n_samples
            if count > MAX_PREDICTED_POINTS:
                rng = np.random.default_rng(0)
                self._sample = np.sort(
                    rng.choice(count, MAX_PREDICTED_POINTS, replace=False)
                )
            else:
                self._sample = None
        reference = analysis.reference
        if reference is not None:
            if len(spec.x) == 1:
                xs, ys = fitted_curve(design, reference.intercept, reference.coef)
                self.data_plot.set_reference(xs, ys)
            else:
                self.data_plot.set_predicted_mode(
                    self._sampled(design.y),
                    self._sampled(predict(design, reference.intercept, reference.coef)),
                    y_label=spec.y,
                )
        self._clear_loss_queue()
        self.loss_plot.reset()
        self.loss_plot.set_reference_loss(
            reference.train.mse
            if reference is not None and analysis.is_iterative
            else None
        )
        self.loss_plot.set_note(
            ""
            if analysis.is_iterative
            else f"{METHOD_TITLES[analysis.settings.method]} reaches its answer in "
            "one step, so there is no loss curve to watch.\nChoose a "
            "gradient-descent method to see the loss fall step by step."
        )
        if analysis.is_iterative:
            start = np.zeros(problem.design.n_terms)
            self._draw_model(0.0, start, final=False)
            method = METHOD_TITLES[analysis.settings.method]
            self.results_panel.show_result(None, title=f"{method} · press Run (F5)")
            self.progress_label.setText(
                f"{METHOD_TITLES[analysis.settings.method]}: "
                "press Run (F5) or Step (F10)"
            )
        elif analysis.result is not None:
            result = analysis.result
            self._draw_model(result.intercept, result.coef, final=True)
            self.results_panel.show_result(result, title=METHOD_TITLES[result.method])
            self.progress_label.setText(self._result_summary(result))
            for warning in result.warnings:
                self.show_message("warning", warning)
        dropped = problem.n_dropped
        text = f"{design.n_samples:,} rows used"
        if dropped:
            text += f" · {dropped:,} dropped (missing values)"
        if problem.n_excluded:
            text += f" · {problem.n_excluded:,} left out by you"
        if problem.test is not None:
            text += f" · {problem.test.n_samples:,} for testing"
        self.rows_label.setText(text)
        self.state_label.setText("Ready")
        self._update_actions()

    def _sampled(self, values: np.ndarray) -> np.ndarray:
        return values if self._sample is None else values[self._sample]

    def _draw_model(self, intercept: float, coef: np.ndarray, *, final: bool) -> None:
        """Draw the current coefficients: the line or curve, or predicted vs actual."""
        if self.analysis is None:
            return
        design = self.analysis.problem.design
        spec = design.spec
        if len(spec.x) == 1:
            xs, ys = fitted_curve(design, intercept, coef)
            self.data_plot.set_fit(xs, ys)
            self.data_plot.set_equation(self._equation(intercept, coef))
        else:
            predicted = intercept + self._sampled_X(design) @ np.nan_to_num(coef)
            self.data_plot.update_predicted(predicted)
            self.data_plot.set_equation(self._equation(intercept, coef))
        if final:
            fitted = predict(design, intercept, coef)
            residuals = design.y - fitted
            spread = float(np.std(residuals)) if residuals.size > 1 else 0.0
            outliers = np.abs(residuals) > 2 * spread if spread > 0 else None
            self.residual_plot.set_residuals(fitted, residuals, outliers=outliers)

    def _sampled_X(self, design: Any) -> np.ndarray:
        return design.X if self._sample is None else design.X[self._sample]

    def _equation(self, intercept: float, coef: np.ndarray) -> str:
        if self.analysis is None:
            return ""
        design = self.analysis.problem.design
        if design.n_terms > MAX_EQUATION_TERMS:
            if design.spec.degree > 1:
                return f"ŷ = polynomial, degree {design.spec.degree}"
            return (
                f"ŷ = b0 + {design.n_terms} terms"
                if design.intercept
                else (f"ŷ = {design.n_terms} terms")
            )
        terms = []
        for name, value in zip(design.term_names, coef, strict=True):
            if not math.isfinite(value):
                continue
            sign = "−" if value < 0 else "+"
            terms.append(f" {sign} {abs(value):.4g}·{name}")
        text = "ŷ = "
        if design.intercept:
            text += f"{intercept:.4g}"
            text += "".join(terms)
        else:
            body = "".join(terms).strip()
            text += body[2:] if body.startswith("+ ") else body
        return text

    def _on_snapshot(self, snapshot: Snapshot) -> None:
        analysis = self.analysis
        if analysis is None:
            self.controller.acknowledge(snapshot.run_id)
            return
        self._queue_losses(snapshot)
        self._draw_model(snapshot.intercept, snapshot.coef, final=snapshot.final)
        design = analysis.problem.design
        now = time.monotonic()
        if len(design.spec.x) == 1 and now - self._last_trail >= TRAIL_INTERVAL:
            # At full speed many checkpoints pass per frame; draw the newest
            # few, a few times a second (each costs a redraw of the trail).
            drawn = [p for p in snapshot.checkpoints if p.iteration]
            for point in drawn:
                xs, ys = fitted_curve(design, point.intercept, point.coef)
                self.data_plot.add_trail(xs, ys)
            if drawn:
                self._last_trail = now
        if snapshot.log or snapshot.log_skipped:
            self._log_skipped += snapshot.log_skipped
            self._pending_log.extend(snapshot.log)
            overflow = len(self._pending_log) - LOG_LINES_PER_FLUSH
            if overflow > 0:
                self._log_skipped += overflow
                del self._pending_log[:overflow]
        # Text is for reading, not for watching: 10 updates a second are plenty,
        # and every millisecond spent here is taken from the worker (one GIL).
        if (
            snapshot.final
            or snapshot.state is not RunState.RUNNING
            or (now - self._last_status > TEXT_UPDATE_INTERVAL)
        ):
            self._last_status = now
            self._flush_log()
            train = analysis.metrics_from_loss(snapshot.loss)
            r2 = train.r2
            test = (
                analysis.metrics_from_loss(snapshot.test_loss, test=True)
                if snapshot.test_loss is not None
                else None
            )
            self.results_panel.show_progress(
                design.term_names,
                snapshot.intercept,
                snapshot.coef,
                has_intercept=design.intercept,
                iteration=snapshot.iteration,
                train=train,
                test=test,
                paused=snapshot.state is RunState.PAUSED,
            )
            self.progress_label.setText(
                f"iteration {snapshot.iteration:,} · loss {snapshot.loss:.6g} · "
                f"R² {r2:.4f} · η {snapshot.learning_rate:g} · {snapshot.elapsed:.1f} s"
            )
        # Acknowledge after the repaint this frame triggers (posted events are
        # delivered before zero-timeout timers), so the worker's throttle sees
        # the whole cost of a frame, drawing included.
        if self._loss_queue:
            self._ack_when_drained = snapshot.run_id
        else:
            QTimer.singleShot(0, partial(self.controller.acknowledge, snapshot.run_id))

    def _queue_losses(self, snapshot: Snapshot) -> None:
        """Hand a snapshot's losses to the loss plot, at most LOSS_CHUNK a turn.

        A full-speed frame can carry half a million losses; digesting them in
        one go would hold the event loop for tens of milliseconds.  In chunks,
        timers and input get a turn in between; the snapshot is acknowledged
        once the queue is empty, so it never grows past one frame's worth.
        """
        iterations, losses = snapshot.iterations, snapshot.losses
        tests = snapshot.test_losses
        for start in range(0, len(iterations), LOSS_CHUNK):
            part = slice(start, start + LOSS_CHUNK)
            self._loss_queue.append(
                (iterations[part], losses[part], None if tests is None else tests[part])
            )
        if len(self._loss_queue) == 1:
            self.loss_plot.append(*self._loss_queue.popleft())  # the usual case
        elif self._loss_queue and not self._draining:
            self._draining = True
            QTimer.singleShot(0, self._drain_losses)

    def _drain_losses(self) -> None:
        if self._loss_queue:
            chunk = self._loss_queue.popleft()
            # Redraw with the last chunk only: one paint a frame, not one a chunk.
            self.loss_plot.append(*chunk, redraw=not self._loss_queue)
        if self._loss_queue:
            QTimer.singleShot(0, self._drain_losses)
            return
        self._draining = False
        if self._ack_when_drained is not None:
            run_id, self._ack_when_drained = self._ack_when_drained, None
            self.controller.acknowledge(run_id)

    def _clear_loss_queue(self) -> None:
        self._loss_queue.clear()
        self._ack_when_drained = None

    def loss_curve_pending(self) -> bool:
        """Whether losses received are still waiting to reach the loss plot."""
        return bool(self._loss_queue)

    def _clear_log(self) -> None:
        self._pending_log.clear()
        self._log_skipped = 0
        self.training_log.clear()

    def _flush_log(self) -> None:
        """The tutorials' "print the loss every k epochs", in batches."""
        if not self._pending_log:
            return
        lines = []
        if self._log_skipped:
            lines.append(f"… {self._log_skipped:,} lines skipped at this speed")
        for iteration, loss, test_loss in self._pending_log:
            line = f"iteration {iteration:>7}: loss {loss:.6g}"
            if test_loss is not None:
                line += f", test loss {test_loss:.6g}"
            lines.append(line)
        self._pending_log.clear()
        self._log_skipped = 0
        self.training_log.appendPlainText("\n".join(lines))

    def _on_run_state(self, state: RunState | None) -> None:
        self.state_label.setText(_STATE_TEXT.get(state, "Ready"))
        if state is RunState.RUNNING and self.message_bar.level in ("warning", "error"):
            self.message_bar.clear()
        if state is None and self.analysis is not None and self.analysis.is_iterative:
            # Reset: back to the starting line.
            self._clear_loss_queue()
            self.loss_plot.reset()
            self.data_plot.clear_trail()
            self._clear_log()
        if state in (RunState.RUNNING, RunState.PAUSED) and self.analysis is not None:
            method = METHOD_TITLES[self.analysis.settings.method]
            self.results_panel.set_title(f"{method} · {state.value}")
        if state in (RunState.RUNNING, RunState.PAUSED) and (
            self.controller.last_snapshot is None
        ):
            settings = self.controller.choices.settings
            self._clear_loss_queue()
            self.loss_plot.reset(
                settings.max_iter + 1,
                with_test=self.analysis is not None
                and self.analysis.problem.test is not None,
            )
            full_speed = self.controller.choices.steps_per_second is None
            self.loss_plot.set_x_limit(settings.max_iter if full_speed else None)
            self.data_plot.clear_trail()
            self._clear_log()
            analysis = self.analysis
            if analysis is not None:
                self.loss_plot.set_reference_loss(
                    analysis.reference.train.mse if analysis.reference else None
                )
        self._update_actions()

    def _on_run_finished(self, result: FitResult | None, snapshot: Snapshot) -> None:
        self._last_result = result
        self.loss_plot.set_x_limit(None)  # fit the axis to the iterations run
        if result is not None:
            state = _STATE_TEXT[snapshot.state].lower()
            title = f"{METHOD_TITLES[result.method]} · {state}"
            self.results_panel.show_result(result, title=title)
            self.progress_label.setText(self._result_summary(result, snapshot))
        self._update_actions()

    def _result_summary(
        self, result: FitResult, snapshot: Snapshot | None = None
    ) -> str:
        parts = [f"R² {result.train.r2:.4f}", f"MSE {result.train.mse:.6g}"]
        if result.test is not None:
            parts.append(f"test R² {result.test.r2:.4f}")
        if snapshot is not None:
            parts.insert(0, f"{snapshot.iteration:,} iterations")
            parts.append(f"{snapshot.elapsed:.2f} s")
        return " · ".join(parts)

    def _on_load_started(self, label: str) -> None:
        self.load_progress.setValue(0)
        self.load_progress.show()
        self.cancel_button.show()
        self.statusBar().showMessage(f"Loading {label}…")

    def _on_load_finished(self) -> None:
        self.load_progress.hide()
        self.cancel_button.hide()
        self.statusBar().clearMessage()
        if self._startup_fallback:
            self._startup_fallback = False
            # After the controller has taken (or refused) the data set.
            QTimer.singleShot(0, self._fall_back_to_example)

    def _update_actions(self) -> None:
        state = self.controller.run_state
        iterative = self.analysis is not None and self.analysis.is_iterative
        running = state is RunState.RUNNING
        active = state in (RunState.RUNNING, RunState.PAUSED)
        self.run_action.setEnabled(iterative)
        self.run_action.setText(
            "&Pause" if running else "&Run" if not active else "&Resume"
        )
        sp = QStyle.StandardPixmap
        self.run_action.setIcon(
            self._icon("media-playback-pause", sp.SP_MediaPause)
            if running
            else self._icon("media-playback-start", sp.SP_MediaPlay)
        )
        self.step_action.setEnabled(iterative)
        self.stop_action.setEnabled(active)
        self.reset_action.setEnabled(iterative and state is not None)
        self.compare_action.setEnabled(self.analysis is not None)
        self.export_code_action.setEnabled(self.analysis is not None)

    # -- drag and drop -------------------------------------------------------

    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> str | None:
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile():
                return url.toLocalFile()
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        path = self._dropped_file(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.drop_overlay.setText(f"Drop to open\n{Path(path).name}")
        self.drop_overlay.setGeometry(
            self.centralWidget().rect().adjusted(20, 20, -20, -20)
        )
        self.drop_overlay.raise_()
        self.drop_overlay.show()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.drop_overlay.hide()
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.drop_overlay.hide()
        path = self._dropped_file(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_file(path)

    # -- closing -------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_settings()
        self.hide()  # gone at once for the user, even if a task needs a moment
        self.controller.shutdown(timeout_ms=1000)
        super().closeEvent(event)


def _placeholder() -> QWidget:
    """Stands where a plot will be until pyqtgraph is loaded (a blink at start)."""
    label = QLabel("Preparing the plot…")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("background: white; color: #6e7781;")
    return label
