"""The main window: data on the left, plots in the centre, settings on the right.

It assembles the widgets and wires them: user intent goes to the
:class:`~linreg_gui.controller.SessionController`, and what the
controller reports goes to the views.  It holds no maths and no streaming
protocol: what the plots show comes from :mod:`linreg_gui.model.plot_data`,
:class:`~linreg_gui.ui.fit_view.FitView` draws an analysis,
:class:`~linreg_gui.ui.run_view.RunView` draws a run as it streams, the
commands are a table in :mod:`linreg_gui.ui.actions`, and the layout is kept by
:mod:`linreg_gui.ui.window_state`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from linreg_gui.controller import SessionController
from linreg_gui.model.analysis import Analysis
from linreg_gui.model.compare import Comparison
from linreg_gui.model.examples import DEFAULT_EXAMPLE
from linreg_gui.model.fitting import FitResult, Problem
from linreg_gui.model.io import SUPPORTED_SUFFIXES
from linreg_gui.model.lr_sweep import SweepResult
from linreg_gui.model.my_line import usable
from linreg_gui.model.plot_data import result_summary, rows_text
from linreg_gui.model.session import Choices
from linreg_gui.model.snapshot import RunState, Snapshot
from linreg_gui.model.text import QT_TRANSLATE_NOOP, number, translate
from linreg_gui.settings import Settings
from linreg_gui.ui import help_menu
from linreg_gui.ui.actions import create_actions, update_run_actions
from linreg_gui.ui.data_opener import DataOpener
from linreg_gui.ui.data_panel import DataPanel
from linreg_gui.ui.drop_overlay import FileDropOverlay
from linreg_gui.ui.fit_view import FitView
from linreg_gui.ui.generate_dialog import GenerateDataDialog
from linreg_gui.ui.influence import InfluenceView
from linreg_gui.ui.landscape_view import LandscapeView
from linreg_gui.ui.layout import add_dock, scrolling
from linreg_gui.ui.lessons_panel import Lessons
from linreg_gui.ui.menus import Menus, build_toolbar
from linreg_gui.ui.messages import MessageBar
from linreg_gui.ui.my_line_panel import MyLinePanel
from linreg_gui.ui.plot_area import PlotArea
from linreg_gui.ui.plots.style import settle_axes
from linreg_gui.ui.presentation import BannerText, Presentation
from linreg_gui.ui.repaint import HeldRepaint, put_off_update, repainted
from linreg_gui.ui.results_panel import ResultsPanel
from linreg_gui.ui.run_view import RunView
from linreg_gui.ui.runtime import freeze_startup_objects, tune_runtime
from linreg_gui.ui.session_io import SessionIO
from linreg_gui.ui.solver_panel import SolverPanel
from linreg_gui.ui.solver_texts import method_title
from linreg_gui.ui.status_bar import StatusWidgets
from linreg_gui.ui.timeline import TimelineBar, TimelineView
from linreg_gui.ui.window_state import restore_layout, save_layout

if TYPE_CHECKING:
    from linreg_gui.model.dataset import Dataset
    from linreg_gui.ui.crash_report import ErrorReporter
    from linreg_gui.ui.my_line import MyLine
    from linreg_gui.ui.plots.data_plot import DataPlot
    from linreg_gui.ui.plots.export import PlotRasters
    from linreg_gui.ui.plots.loss_plot import LossPlot
    from linreg_gui.ui.plots.residual_plot import ResidualPlot
    from linreg_gui.ui.sweep_dialog import SweepDialog

#: The status bar's word for each run state (translated where shown).
_STATE_TEXT = {
    None: QT_TRANSLATE_NOOP("MainWindow", "Ready"),
    RunState.RUNNING: QT_TRANSLATE_NOOP("MainWindow", "Running"),
    RunState.PAUSED: QT_TRANSLATE_NOOP("MainWindow", "Paused"),
    RunState.CONVERGED: QT_TRANSLATE_NOOP("MainWindow", "Converged"),
    RunState.MAX_ITER: QT_TRANSLATE_NOOP("MainWindow", "Stopped at max iterations"),
    RunState.STOPPED_EARLY: QT_TRANSLATE_NOOP("MainWindow", "Stopped early"),
    RunState.STOPPED: QT_TRANSLATE_NOOP("MainWindow", "Stopped"),
    RunState.DIVERGED: QT_TRANSLATE_NOOP("MainWindow", "Diverged"),
    RunState.FAILED: QT_TRANSLATE_NOOP("MainWindow", "Failed"),
}

#: How a run ended, in the results' title ("Batch gradient descent · converged").
_ENDED_TEXT = {
    RunState.CONVERGED: QT_TRANSLATE_NOOP("MainWindow", "converged"),
    RunState.MAX_ITER: QT_TRANSLATE_NOOP("MainWindow", "stopped at max iterations"),
    RunState.STOPPED_EARLY: QT_TRANSLATE_NOOP("MainWindow", "stopped early"),
    RunState.STOPPED: QT_TRANSLATE_NOOP("MainWindow", "stopped"),
    RunState.DIVERGED: QT_TRANSLATE_NOOP("MainWindow", "diverged"),
    RunState.FAILED: QT_TRANSLATE_NOOP("MainWindow", "failed"),
    RunState.RUNNING: QT_TRANSLATE_NOOP("MainWindow", "running"),
    RunState.PAUSED: QT_TRANSLATE_NOOP("MainWindow", "paused"),
}


def _state_text(state: RunState | None) -> str:
    return translate("MainWindow", _STATE_TEXT.get(state, _STATE_TEXT[None]))


def _ended_text(state: RunState) -> str:
    return translate("MainWindow", _ENDED_TEXT[state])


#: The most of a narrow window's width each side panel takes, and its least.
SIDE_SHARE = 0.22
MIN_SIDE_WIDTH = 210

#: The largest history interval k that can be chosen.
MAX_HISTORY_EVERY = 1_000_000_000

#: Data sets up to this many rows have their analysis within tens of
#: milliseconds (10⁴ rows: 15 ms, 10⁵: 60 ms; 3·10⁵: 160 ms, past the hold), so
#: the window holds its repaint for it.
HOLD_REPAINT_UP_TO_ROWS = 100_000


class MainWindow(QMainWindow):
    """The application window.  Constructible without entering the event loop.

    Parameters
    ----------
    settings : Settings, optional
        Where window geometry, recent files and view options persist.
    controller : SessionController, optional
        Injected by tests; a new one by default.
    error_reporter : ErrorReporter, optional
        Shows unexpected errors of background tasks.
    defer_plots : bool
        Leave placeholders where the plots go until :meth:`ensure_plots` (or the
        first use of a plot): the app shows its window before pyqtgraph loads.
    """

    #: Set in ``_connect``; Qt sends events from ``__init__`` on.
    _held_repaint: HeldRepaint | None = None

    def __init__(
        self,
        settings: Settings | None = None,
        controller: SessionController | None = None,
        error_reporter: ErrorReporter | None = None,
        *,
        defer_plots: bool = False,
    ) -> None:
        super().__init__()
        tune_runtime()  # one GIL for the window and its workers: see there
        self.settings = settings or Settings()
        self.controller = controller or SessionController(self)
        self.error_reporter = error_reporter
        self._last_result: FitResult | None = None
        self._analysis_error_shown = False
        self.sweep_dialog: SweepDialog | None = None
        self.setWindowTitle(translate("MainWindow", "Linear Regression"))
        self.setMinimumSize(QSize(960, 600))
        self._build_widgets()
        self.actions = create_actions(self)
        a = self.actions
        self.open_action, self.run_action = a["open"], a["run"]
        self.step_action, self.stop_action = a["step"], a["stop"]
        self.reset_action, self.compare_action = a["reset"], a["compare"]
        self.export_code_action = a["export_code"]
        self.reference_action, self.log_loss_action = a["reference"], a["log_loss"]
        self.menus = Menus(
            self,
            a,
            (self.data_dock, self.settings_dock),
            self.load_example,
            self.set_history_every,
            self.set_language,
            str(self.settings.value("view/language")),
        )
        self.toolbar = build_toolbar(self, a, self.menus.examples)
        self._build_status_bar()
        self.fit_view = FitView(self.plot_area)
        self.run_view = RunView(
            self.controller,
            self.fit_view,
            self.results_panel,
            self.training_log,
            self.progress_label,
        )
        self.landscape_view = LandscapeView(self.controller, self.plot_area)
        self.timeline_view = TimelineView(
            self.controller,
            self.timeline_bar,
            self.fit_view,
            self.landscape_view,
            self.results_panel,
        )
        self.opener = DataOpener(self.controller, self.message_bar, self.solver_panel)
        self.session_io = SessionIO(self)
        self.lessons = Lessons(self)
        self.influence = InfluenceView(self)
        self._connect()
        self._restore_settings()
        self._update_actions()
        self._build_my_line()
        self._build_presentation()
        if not defer_plots:
            self.ensure_plots()

    # -- construction ----------------------------------------------------------

    def _build_widgets(self) -> None:
        # Left: columns and the data table.
        """Long on purpose: the window's widgets, left to right, as they appear on
        screen."""
        self.data_panel = DataPanel()
        self.column_picker = self.data_panel.column_picker
        self.table_view = self.data_panel.table_view
        self.table_model = self.data_panel.table_model
        self.data_splitter = self.data_panel
        self.data_dock = add_dock(
            self,
            translate("MainWindow", "Data"),
            "DataDock",
            self.data_panel,
            Qt.DockWidgetArea.LeftDockWidgetArea,
        )

        # Right: solver settings.
        self.solver_panel = SolverPanel()
        self.settings_dock = add_dock(
            self,
            translate("MainWindow", "Solver"),
            "SolverDock",
            scrolling(self.solver_panel, frame=False),
            Qt.DockWidgetArea.RightDockWidgetArea,
        )

        # Centre: message bar, plots, results and the training log.
        self.message_bar = MessageBar()
        self.plot_area = PlotArea()
        self.plot_tabs = self.plot_area.tabs
        self.plot_splitter = self.plot_area
        self.results_panel = ResultsPanel()
        self.training_log = QPlainTextEdit()
        self.training_log.setReadOnly(True)
        self.training_log.setMaximumBlockCount(5000)
        self.training_log.setPlaceholderText(
            translate(
                "MainWindow",
                "Every k iterations (View ▸ History) a run logs its loss here, "
                "as the tutorials print it.",
            )
        )
        self.bottom_tabs = QTabWidget()
        self.bottom_tabs.setDocumentMode(True)
        # In a scroll area, the panel's changing size hint (tables growing as
        # numbers change) stays inside it instead of resizing the plots above,
        # which would throw away their cached renderings on every frame.
        self.bottom_tabs.addTab(
            scrolling(self.results_panel, frame=False),
            translate("MainWindow", "Results"),
        )
        self.bottom_tabs.addTab(
            self.training_log, translate("MainWindow", "Training log")
        )

        self.timeline_bar = TimelineBar()
        plots_and_timeline = QWidget()
        stack = QVBoxLayout(plots_and_timeline)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(2)
        stack.addWidget(self.plot_area, 1)
        stack.addWidget(self.timeline_bar)
        self.centre_splitter = QSplitter(Qt.Orientation.Vertical)
        self.centre_splitter.addWidget(plots_and_timeline)
        self.centre_splitter.addWidget(self.bottom_tabs)
        self.centre_splitter.setStretchFactor(0, 3)
        self.centre_splitter.setStretchFactor(1, 2)
        self.centre_splitter.setChildrenCollapsible(False)

        centre = QWidget()
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.setSpacing(4)
        layout.addWidget(self.message_bar)
        self._centre_layout = layout
        layout.addWidget(self.centre_splitter, 1)
        self.setCentralWidget(centre)

        self.drop_overlay = FileDropOverlay(self, centre, self.open_file)

    def _build_status_bar(self) -> None:
        self.status = StatusWidgets(
            self.statusBar(), [_state_text(state) for state in _STATE_TEXT]
        )
        self.state_label = self.status.state
        self.progress_label = self.status.progress
        self.rows_label = self.status.rows
        self.status.cancel_button.clicked.connect(self.controller.cancel_load)

    def _connect(self) -> None:
        c = self.controller
        c.dataset_changed.connect(self._on_dataset_changed)
        c.dataset_edited.connect(self.table_model.update_dataset)
        c.choices_changed.connect(self._on_choices_changed)
        c.analysis_started.connect(
            lambda: self.state_label.setText(translate("MainWindow", "Preparing…"))
        )
        held = self._held_repaint = HeldRepaint(self)
        c.analysis_started.connect(lambda: self._hold_repaint_for_analysis(held))
        c.analysis_ready.connect(self._on_analysis_ready)
        c.analysis_failed.connect(self._on_analysis_failed)
        # Queued by release: the window repaints after every slot has drawn.
        c.analysis_ready.connect(held.release)
        c.analysis_failed.connect(held.release)
        c.run_state_changed.connect(self._on_run_state)
        c.run_finished.connect(self._on_run_finished)
        c.start_point_changed.connect(self._on_start_point_changed)
        c.load_started.connect(self._on_load_started)
        c.load_progress.connect(self.status.set_load_fraction)
        c.load_finished.connect(self._on_load_finished)
        c.file_opened.connect(self._remember_file)
        c.message.connect(self.show_message)
        c.crashed.connect(self._report_crash)
        c.comparison_ready.connect(self._show_comparison)
        c.sweep_ready.connect(self._show_sweep)
        self.column_picker.selection_changed.connect(
            lambda x, y: c.set_choices(replace(c.choices, x=tuple(x), y=y))
        )
        history = self.influence.history  # every data change can be undone
        self.table_model.value_edited.connect(history.edit_value)
        self.table_view.exclusion_requested.connect(history.leave_out)
        self.table_view.include_all_requested.connect(
            lambda: history.set_excluded(
                frozenset(), translate("MainWindow", "Put all rows back")
            )
        )
        self.table_model.edit_rejected.connect(
            lambda text: self.show_message("error", text)
        )
        panel = self.solver_panel
        for signal in (
            panel.choices_changed,
            panel.learning_rate_changed,
            panel.speed_changed,
        ):
            signal.connect(self._on_panel_changed)
        self.plot_area.plots_created.connect(self._on_plots_created)
        self.apply_solver_choices(replace(c.choices, x=(), y=None))

    # -- plots (created on first use) ------------------------------------------

    def ensure_plots(self) -> None:
        """Create the pyqtgraph plots in place of their placeholders (once)."""
        self.plot_area.ensure_plots()

    def _on_plots_created(self) -> None:
        plots = self.plot_area
        plots.data.set_reference_visible(self.reference_action.isChecked())
        plots.data.point_clicked.connect(self._on_point_clicked)
        plots.residuals.point_clicked.connect(self._on_residual_clicked)
        plots.loss.set_log_y(self.log_loss_action.isChecked())
        self.order_tab_chain()

    def order_tab_chain(self) -> None:
        """Tab in reading order: data, plots and results, solver, other panels."""
        from linreg_gui.ui.tab_order import order_tab_chain

        order_tab_chain(self, ["SolverDock", "MyLineDock"])

    @property
    def data_plot(self) -> DataPlot:
        return self.plot_area.data

    @property
    def residual_plot(self) -> ResidualPlot:
        return self.plot_area.residuals

    @property
    def loss_plot(self) -> LossPlot:
        return self.plot_area.loss

    @property
    def analysis(self) -> Analysis | None:
        """The analysis on screen (None while none is ready)."""
        return self.fit_view.analysis

    # -- settings --------------------------------------------------------------

    def _splitters(self) -> list[QSplitter]:
        # The data splitter twice: the layout of settings written by older
        # releases, which stored four entries.
        return [
            self.centre_splitter,
            self.plot_splitter,
            self.data_splitter,
            self.data_splitter,
        ]

    def _restore_settings(self) -> None:
        restore_layout(self, self.settings, self._splitters(), self._first_layout)
        s = self.settings
        self.reference_action.setChecked(bool(s.value("plots/show_reference")))
        self.log_loss_action.setChecked(bool(s.value("plots/log_loss")))
        self.set_history_every(int(s.value("plots/history_every")), save=False)
        self._update_recent_menu()

    def _first_layout(self) -> None:
        self.resizeDocks(
            [self.data_dock, self.settings_dock], [300, 310], Qt.Orientation.Horizontal
        )
        self._make_room_for_plots()
        self.centre_splitter.setSizes([560, 300])
        self.plot_splitter.setSizes([600, 400])
        self.data_panel.first_layout()

    def _save_settings(self) -> None:
        geometry, state = self.presentation.layout_to_save()
        save_layout(
            self, self.settings, self._splitters(), geometry=geometry, state=state
        )
        s = self.settings
        s.set_value("plots/show_reference", self.reference_action.isChecked())
        s.set_value("plots/log_loss", self.log_loss_action.isChecked())
        s.set_value("plots/history_every", self.controller.history_every)
        s.sync()

    def _update_recent_menu(self) -> None:
        self.menus.set_recent_files(
            self.settings.recent_files(), self.open_file, self._clear_recent
        )

    def _clear_recent(self) -> None:
        self.settings.set_value("recent_files", [])
        self._update_recent_menu()

    def _remember_file(self, path: str) -> None:
        self.settings.add_recent_file(path)
        self.settings.set_value("data/last_folder", str(Path(path).parent))
        self._update_recent_menu()

    def _last_folder(self) -> str:
        return str(self.settings.value("data/last_folder") or Path.home())

    # -- commands (the action table's slots) -----------------------------------

    def choose_file(self) -> None:
        patterns = " ".join(f"*{s}" for s in SUPPORTED_SUFFIXES)
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("MainWindow", "Open data"),
            self._last_folder(),
            translate("MainWindow", "Data files ({patterns});;All files (*)").format(
                patterns=patterns
            ),
        )
        if path:
            self.open_file(path)

    def save_session(self) -> None:
        self.session_io.save()

    def open_session(self) -> None:
        self.session_io.choose()

    def generate_data(self) -> None:
        dialog = GenerateDataDialog(self)
        if dialog.exec():
            self.opener.generate(dict(dialog.parameters()))

    def run_pause(self) -> None:
        self.controller.run_pause()

    def step(self) -> None:
        """F10: forward one iteration on the timeline, or a new step at its end."""
        if not self.timeline_view.step_forward():
            self.controller.step()

    def step_back(self) -> None:
        """Shift+F10: back one iteration; every view shows it."""
        self.timeline_view.step_back()

    def stop(self) -> None:
        self.controller.stop()

    def reset_run(self) -> None:
        self.controller.reset()

    def compare_solvers(self) -> None:
        """Run ▸ Compare Solvers: computed in the background, shown when ready."""
        if not self.controller.compare():
            self.show_message(
                "info", translate("MainWindow", "Load data and choose columns first.")
            )
            return
        self.statusBar().showMessage(translate("MainWindow", "Comparing the solvers…"))

    def _show_comparison(self, comparison: Comparison, problem: Problem) -> None:
        from linreg_gui.ui.compare_dialog import CompareDialog

        self.statusBar().clearMessage()
        if self.analysis is None or self.analysis.problem is not problem:
            return  # the data or the model changed meanwhile: not this one
        CompareDialog(problem, self, comparison).exec()

    def sweep_learning_rates(self) -> None:
        """Run ▸ Sweep Learning Rates: steps against η, run off the GUI thread
        into a dialog that stays open beside the window."""
        from linreg_gui.ui.sweep_dialog import SweepDialog

        if self.sweep_dialog is None:
            dialog = self.sweep_dialog = SweepDialog(self)
            c = self.controller
            dialog.cancel_requested.connect(c.cancel_sweep)
            dialog.again_requested.connect(self.actions["sweep"].trigger)
            dialog.rate_chosen.connect(self._use_swept_rate)
            self.actions["sweep"].enabledChanged.connect(dialog.again_button.setEnabled)
            c.sweep_progress.connect(dialog.set_progress)
            c.sweep_ended.connect(dialog.show_ended)
            c.choices_changed.connect(
                lambda choices: dialog.set_current_rate(choices.settings.learning_rate)
            )
        if not self.controller.sweep():
            self.show_message(
                "info",
                translate("MainWindow", "Choose a gradient method to sweep its η."),
            )
            return
        choices = self.controller.choices
        self.sweep_dialog.start(choices.settings.method, choices.settings.learning_rate)
        self.sweep_dialog.present()

    def _show_sweep(self, result: SweepResult, problem: Problem) -> None:
        if self.sweep_dialog is None:
            return
        if self.analysis is None or self.analysis.problem is not problem:
            self.sweep_dialog.show_stale()  # the data or the model changed meanwhile
            return
        self.sweep_dialog.show_result(result)

    def _use_swept_rate(self, rate: float) -> None:
        """A click on the sweep's plot: that η in the solver panel, as if typed."""
        panel = self.solver_panel.choices()
        self.apply_solver_choices(
            replace(panel, settings=replace(panel.settings, learning_rate=rate))
        )

    def export_code(self, path: str | None = None) -> None:
        """Save a script (and the rows it reads) that redoes this fit in NumPy."""
        from linreg_gui.ui.exports import export_code

        analysis, dataset = self.analysis, self.controller.dataset
        if analysis is None or dataset is None:
            self.show_message(
                "info", translate("MainWindow", "Load data and choose columns first.")
            )
            return
        if analysis is not self.controller.analysis:
            # New data or choices, their fit not ready yet: the analysis on screen
            # indexes other rows, and exporting it with these values would crash
            # or, worse, write the wrong rows.
            self.show_message(
                "info",
                translate(
                    "MainWindow",
                    "The fit is being updated; export again once it is shown.",
                ),
            )
            return
        job = export_code(
            self, analysis, dataset, self._current_result(), self._last_folder(), path
        )
        if job is not None:
            self.statusBar().showMessage(
                translate("MainWindow", "Saving {name}…").format(
                    name=job.script_path.name
                ),
                3000,
            )
            self.controller.write_in_background(
                job.write, translate("MainWindow", "the code")
            )

    def export_history(self, path: str | None = None) -> None:
        """File ▸ Export Training Log: the run's log as CSV, as the tutorials
        keep it (and as ``linreg fit --history`` writes it)."""
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            path, _ = QFileDialog.getSaveFileName(
                self,
                translate("MainWindow", "Export training log"),
                str(Path(self._last_folder()) / "training_log.csv"),
                "CSV (*.csv)",
            )
            if not path:
                return
        if not self.controller.export_history(path):
            self.show_message(
                "info",
                translate("MainWindow", "Run gradient descent first: no run to log."),
            )

    def export_lab_record(self, path: str | None = None) -> None:
        """File ▸ Export Lab Record: session, logs, tables, plots and script."""
        from linreg_gui.ui.lab_record import export_lab_record

        export_lab_record(self, self._current_result(), path)

    def show_lessons(self) -> None:
        """Help ▸ Lessons: the guided lessons' dock."""
        self.lessons.show()

    def copy_results(self) -> None:
        self.results_panel.copy_to_clipboard()

    def save_plot(self) -> None:
        """File ▸ Save Plot: PNG or SVG of the shown plot."""
        from linreg_gui.ui.exports import ask_plot_path, plot_saver
        from linreg_gui.ui.plots.export import is_svg

        item = self.plot_area.current_plot_item()
        path = ask_plot_path(self, self._last_folder())
        if isinstance(path, tuple):
            if path[1]:
                self.show_message(*path)
            return

        def write(rasters: PlotRasters) -> None:
            self.controller.write_in_background(
                plot_saver(item, path, rasters), translate("MainWindow", "the plot")
            )

        self._with_rasters(item, write, svg=is_svg(path))

    def copy_plot(self) -> None:
        """File ▸ Copy Plot: the shown plot as an image on the clipboard."""
        from linreg_gui.ui.plots.export import copy_plot_to_clipboard

        item = self.plot_area.current_plot_item()

        def copy(rasters: PlotRasters) -> None:
            copy_plot_to_clipboard(item, rasters)
            self.statusBar().showMessage(
                translate("MainWindow", "Plot copied to the clipboard"), 3000
            )

        self._with_rasters(item, copy)

    def _with_rasters(
        self,
        item: Any,
        then: Callable[[PlotRasters], None],
        *,
        svg: bool = False,
        tries: int = 3,
    ) -> None:
        """Draw the plot's dot clouds for an export off the GUI thread (70 ms at
        10⁶ dots), then hand them to ``then`` here, which draws the rest.  If
        the plot changed meanwhile (a new fit, a resize), they are drawn again,
        as it is now."""
        from linreg_gui.ui.plots.export import plan_rasters

        def drawn(rasters: PlotRasters) -> None:
            if tries > 1 and not rasters.is_current():
                self._with_rasters(item, then, svg=svg, tries=tries - 1)
            else:
                then(rasters)

        plan = plan_rasters(item, svg=svg)
        self.controller.in_background(plan.draw, drawn)  # type: ignore[arg-type]

    def copy_plot_data(self) -> None:
        """File ▸ Copy Plot Data: the shown plot's series as TSV, so the numbers
        behind a picture can be read, pasted and checked."""
        from PySide6.QtWidgets import QApplication

        self.ensure_plots()
        text = self.plot_area.current_series_tsv()
        QApplication.clipboard().setText(text)
        rows = text.count("\n") - 1
        message = (
            translate(
                "MainWindow", "Plot data copied: 1 row of series, x, y (tab-separated)"
            )
            if rows == 1
            else translate(
                "MainWindow",
                "Plot data copied: {rows} rows of series, x, y (tab-separated)",
            ).format(rows=number(rows, ",d"))
        )
        self.statusBar().showMessage(message, 5000)

    # -- zoom, focus and presentation ------------------------------------------------

    def _build_presentation(self) -> None:
        """The zoom, Focus on Plots and Presentation Mode, as the user left them."""
        #: The plots' and results' heights before Presentation Mode.
        self._centre_sizes: list[int] = []
        self.presentation = Presentation(
            self, self.settings, self._side_docks, self._banner_text
        )
        self._centre_layout.insertWidget(1, self.presentation.banner)
        self.presentation.restore()
        self.actions["presentation"].setChecked(self.presentation.presenting)
        self.actions["focus_plots"].setChecked(self.presentation.focused)

    def _side_docks(self) -> list[QDockWidget]:
        return [
            self.data_dock,
            self.settings_dock,
            self.my_line_dock,
            self.lessons.dock,
        ]

    def _banner_text(self) -> BannerText:
        """What the presentation banner shows: where the run is, or the answer."""
        snapshot = self.controller.last_snapshot
        analysis = self.analysis
        equation = self.data_plot.equation()
        if snapshot is not None:
            return (
                translate("MainWindow", "Iteration {n}").format(
                    n=number(snapshot.iteration, ",d")
                ),
                translate("MainWindow", "Loss {loss}").format(
                    loss=number(snapshot.loss, ".6g")
                ),
                equation,
            )
        if analysis is not None and analysis.result is not None:
            result = analysis.result
            return (
                method_title(result.method),
                translate("MainWindow", "MSE {mse}").format(
                    mse=number(result.train.mse, ".6g")
                ),
                equation,
            )
        return (translate("MainWindow", "Iteration {n}").format(n=0), "", equation)

    def set_focus_plots(self, on: bool) -> None:
        """View ▸ Focus on Plots (Ctrl+Shift+F): the side panels out of the way."""
        self.presentation.set_focus(on)
        self.actions["focus_plots"].setChecked(self.presentation.focused)

    def set_presentation(self, on: bool) -> None:
        """View ▸ Presentation Mode (F11): full screen, large, high contrast."""
        was = self.presentation.presenting
        self.presentation.set_presentation(on)
        self.actions["presentation"].setChecked(self.presentation.presenting)
        self.actions["focus_plots"].setChecked(self.presentation.focused)
        if self.presentation.presenting == was:
            return
        # The plots take most of the height on a projector; the results come
        # back to their share afterwards.
        splitter = self.centre_splitter
        if self.presentation.presenting:
            self._centre_sizes = splitter.sizes()
            total = sum(splitter.sizes())
            splitter.setSizes([round(total * 0.8), total - round(total * 0.8)])
        elif self._centre_sizes:
            splitter.setSizes(self._centre_sizes)

    def set_language(self, code: str) -> None:
        """View ▸ Language: stored now, used from the next start.

        Every text is translated as its widget is built, so switching in place
        would leave half the window in the old language.
        """
        from linreg_gui.ui.i18n import LANGUAGES

        self.settings.set_value("view/language", code)
        name = LANGUAGES.get(code, translate("MainWindow", "the system language"))
        self.statusBar().showMessage(
            translate(
                "MainWindow",
                "The window will be in {name} the next time linreg-gui starts.",
            ).format(name=name),
            8000,
        )

    def zoom_in(self) -> None:
        """Ctrl+=: every pane larger, plots included."""
        self.presentation.zoom_in()
        self._say_zoom()

    def zoom_out(self) -> None:
        self.presentation.zoom_out()
        self._say_zoom()

    def zoom_reset(self) -> None:
        self.presentation.zoom_reset()
        self._say_zoom()

    def _say_zoom(self) -> None:
        self.statusBar().showMessage(
            translate("MainWindow", "Zoom {percent}").format(
                percent=number(self.presentation.zoom, ".0%")
            ),
            3000,
        )

    def show_shortcuts(self) -> None:
        """Help ▸ Keyboard Shortcuts: generated from the action table."""
        from linreg_gui.ui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.actions, self).exec()

    # -- My Line -----------------------------------------------------------------

    def _build_my_line(self) -> None:
        """My Line's panel, in a dock tabbed with the solver's and shown while
        the mode is on; the plot items come on first use (they need pyqtgraph)."""
        self.my_line: MyLine | None = None
        self.my_line_panel = MyLinePanel()
        self.my_line_dock = add_dock(
            self,
            translate("MainWindow", "My Line"),
            "MyLineDock",
            scrolling(self.my_line_panel, frame=False),
            Qt.DockWidgetArea.RightDockWidgetArea,
        )
        # Tabbed with the solver's when first shown: a hidden dock tabbed from
        # the start left Qt's tab bar for the pair on screen, over the status bar.
        self.my_line_dock.hide()
        self._my_line_tabbed = False
        c = self.controller
        c.analysis_ready.connect(self._my_line_analysis)  # after the window drew it
        c.analysis_failed.connect(lambda _text: self._my_line_analysis(None))
        c.run_state_changed.connect(self._my_line_run_state)
        self._my_line_analysis(self.analysis)

    def _ensure_my_line(self) -> MyLine:
        if self.my_line is None:
            from linreg_gui.ui.my_line import MyLine

            line = self.my_line = MyLine(lambda: self.data_plot, self.my_line_panel)
            line.descent_requested.connect(self._descend_from_my_line)
            line.round_data_ready.connect(
                lambda data: self.controller.set_dataset(data, x=("x",), y="y")
            )
            line.answer_hidden.connect(self._hide_answer)
            line.set_analysis(self.analysis)
        return self.my_line

    def set_my_line(self, on: bool) -> None:
        """View ▸ My Line (Ctrl+M): the student sets the line on the Fit plot."""
        action = self.actions["my_line"]
        on = on and action.isEnabled()
        action.setChecked(on)
        if on:
            self.ensure_plots()
            self.plot_tabs.setCurrentIndex(0)
            self._ensure_my_line().set_active(True)
            if not self._my_line_tabbed and not self.my_line_dock.isFloating():
                self.tabifyDockWidget(self.settings_dock, self.my_line_dock)
                self._my_line_tabbed = True
            self.my_line_dock.show()
            self.my_line_dock.raise_()
        else:
            if self.my_line is not None:
                self.my_line.set_active(False)
            self.my_line_dock.hide()

    def _my_line_analysis(self, analysis: Analysis | None) -> None:
        reason = (
            translate("MainWindow", "Load data and choose the columns first.")
            if analysis is None
            else usable(analysis.problem.train)
        )
        action = self.actions["my_line"]
        action.setEnabled(not reason)
        tip = reason or translate(
            "MainWindow", "Set a line by hand, see its squared residuals (Ctrl+M)"
        )
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if reason and action.isChecked():
            self.set_my_line(False)
            self.statusBar().showMessage(
                translate("MainWindow", "My Line is off: {reason}").format(
                    reason=reason
                ),
                8000,
            )
        if self.my_line is not None:
            self.my_line.set_analysis(analysis)

    def _my_line_run_state(self, state: RunState | None) -> None:
        """A run shows its own line: My Line steps aside while it runs."""
        if state is RunState.RUNNING and self.actions["my_line"].isChecked():
            self.set_my_line(False)

    def _descend_from_my_line(self, start: object) -> None:
        """Gradient descent from the student's line (batch descent if the method
        chosen is closed-form)."""
        analysis = self.analysis
        if analysis is None:
            return
        self.controller.set_start_point(start)  # type: ignore[arg-type]
        if not analysis.is_iterative:
            panel = self.solver_panel.choices()
            self.apply_solver_choices(
                replace(panel, settings=replace(panel.settings, method="gd"))
            )
        if self.run_action.isEnabled():
            self.run_action.trigger()
        else:  # a new analysis is on its way: the run starts when it is ready
            self.controller.run_pause()

    def _hide_answer(self, hidden: bool) -> None:
        """A guess-the-line round: the results (the answer's numbers) out of sight."""
        self.bottom_tabs.setVisible(not hidden)

    def show_reference(self, on: bool) -> None:
        self.data_plot.set_reference_visible(on)
        self.settings.set_value("plots/show_reference", on)

    def show_bands(self, on: bool) -> None:
        """View ▸ Confidence and Prediction Bands, around least squares."""
        self.influence.set_bands_visible(on)

    def undo(self) -> None:
        """Edit ▸ Undo (Ctrl+Z): the last change to the data."""
        self.influence.history.undo()

    def redo(self) -> None:
        self.influence.history.redo()

    def set_log_loss(self, on: bool) -> None:
        self.loss_plot.set_log_y(on)
        self.settings.set_value("plots/log_loss", on)

    def set_history_every(self, every: int | None, *, save: bool = True) -> None:
        """Draw and log the line every ``every`` iterations (0: off); None asks
        for the number."""
        if every is None:
            from PySide6.QtWidgets import QInputDialog

            chosen, ok = QInputDialog.getInt(
                self,
                translate("MainWindow", "History lines"),
                translate(
                    "MainWindow", "Draw and log the line every k iterations, k ="
                ),
                max(1, self.controller.history_every),
                1,
                MAX_HISTORY_EVERY,
            )
            if not ok:
                self.menus.check_history(self.controller.history_every)
                return
            every = chosen
        every = min(max(0, int(every)), MAX_HISTORY_EVERY)
        self.controller.history_every = every
        self.menus.check_history(every)
        if save:
            self.settings.set_value("plots/history_every", every)

    def show_about(self) -> None:
        help_menu.show_about(self)

    def show_guide(self) -> None:
        help_menu.show_guide(self)

    def open_log_folder(self) -> None:
        help_menu.open_log_folder()

    # -- opening data ----------------------------------------------------------

    def open_file(self, path: str | Path) -> None:
        """Load a data file in the background (File ▸ Open, drop, command line)."""
        self.opener.open_file(path)

    def open_startup_file(self, path: str | Path) -> None:
        """Open the file named on the command line; if it cannot be read, show
        why and load the default example, so the window is never left empty."""
        self.opener.open_startup_file(path)

    def load_example(self, key: str) -> None:
        self.opener.load_example(key)

    def load_default_example(self) -> None:
        self.opener.load_example(DEFAULT_EXAMPLE)

    # -- leaving rows out ------------------------------------------------------

    def _on_residual_clicked(self, index: int) -> None:
        """A residual is a row in the fit: a click leaves it out."""
        drawn = self.fit_view.residual_design
        if self.analysis is not None and drawn is not None:
            self._toggle_clicked_row(drawn.rows, index)

    def _on_point_clicked(self, index: int) -> None:
        """A click on a point leaves its row out of the fit, or puts it back."""
        if self.fit_view.point_rows is not None:
            self._toggle_clicked_row(self.fit_view.point_rows, index)

    def _toggle_clicked_row(self, rows: Sequence[int], index: int) -> None:
        if not 0 <= index < len(rows):
            return
        row = int(rows[index])
        leave_out = row not in self.controller.excluded
        self.influence.history.leave_out([row], leave_out)
        shown = number(row + 1, ",d")
        self.statusBar().showMessage(
            translate(
                "MainWindow",
                "Row {row} left out of the fit: click its hollow point on the "
                "Fit tab to put it back.",
            ).format(row=shown)
            if leave_out
            else translate("MainWindow", "Row {row} is back in the fit.").format(
                row=shown
            ),
            8000,
        )

    # -- choices ---------------------------------------------------------------

    def apply_solver_choices(self, choices: Choices) -> None:
        """Show ``choices`` in the solver panel and use them as given (also values
        the panel's boxes cannot show, such as a tolerance of 0)."""
        self.solver_panel.set_choices(choices)
        self._use_solver_choices(choices)

    def _on_panel_changed(self, *_: object) -> None:
        """Whatever the user changed in the solver panel goes to the session."""
        self._use_solver_choices(self.solver_panel.choices())

    def _use_solver_choices(self, panel: Choices) -> None:
        self.controller.set_choices(
            replace(
                self.controller.choices,
                settings=panel.settings,
                degree=panel.degree,
                intercept=panel.intercept,
                steps_per_second=panel.steps_per_second,
            )
        )

    def _on_choices_changed(self, choices: Choices) -> None:
        self.data_panel.show_columns(self.controller.dataset, choices.x, choices.y)
        several = len(choices.x) > 1
        self.solver_panel.set_degree_enabled(
            not several,
            translate("MainWindow", "Polynomial degree needs exactly one x column")
            if several
            else "",
        )
        panel = self.solver_panel.choices()
        ours = (choices.settings, choices.degree, choices.intercept)
        if (panel.settings, panel.degree, panel.intercept) != ours:
            # Set here, not by the user (an example's settings): show them.
            self.solver_panel.set_choices(
                replace(
                    panel,
                    settings=choices.settings,
                    degree=choices.degree,
                    intercept=choices.intercept,
                )
            )

    # -- what the controller reports -------------------------------------------

    def show_message(self, level: str, text: str) -> None:
        self.message_bar.show_message(level, text)
        self._analysis_error_shown = False

    def _show_analysis_error(self, text: str) -> None:
        """An error a later, successful analysis makes moot (and so clears)."""
        self.show_message("error", text)
        self._analysis_error_shown = True

    def _report_crash(self, details: str) -> None:
        if self.error_reporter is not None:
            lines = details.strip().splitlines()
            self.error_reporter.report(
                lines[-1] if lines else translate("MainWindow", "Unexpected error"),
                details,
            )

    def _on_dataset_changed(self, dataset: Dataset) -> None:
        self.message_bar.clear()  # new data: what went wrong before is moot
        self.data_panel.show_dataset(dataset)
        self.setWindowTitle(
            translate("MainWindow", "{name} — Linear Regression").format(
                name=dataset.name
            )
        )
        self.rows_label.setText(
            translate("MainWindow", "1 row")
            if dataset.n_rows == 1
            else translate("MainWindow", "{count} rows").format(
                count=number(dataset.n_rows, ",d")
            )
        )
        self.run_view.clear_log()
        note = self.opener.take_example_note()
        if note:
            self.statusBar().showMessage(note, 10_000)

    def _hold_repaint_for_analysis(self, held: HeldRepaint) -> None:
        """Repaint the change with its analysis, if that comes within the hold:
        a larger data set's analysis takes longer, and a hold would only delay
        what the user typed or clicked."""
        dataset = self.controller.dataset
        if dataset is None or dataset.n_rows <= HOLD_REPAINT_UP_TO_ROWS:
            held.hold()

    def _on_analysis_failed(self, message: str) -> None:
        self.fit_view.analysis = None
        self.state_label.setText(translate("MainWindow", "Not ready"))
        self._show_analysis_error(message)
        self._update_actions()

    def _on_analysis_ready(self, analysis: Analysis) -> None:
        self._last_result = None
        if self._analysis_error_shown and not self.controller.loading:
            self.message_bar.clear()  # an error about the model, now fixed
            self._analysis_error_shown = False
        note = self.opener.take_fallback_note()
        if note:
            self.show_message("warning", note)
        self.data_panel.show_row_status(analysis.views.rows)
        self.solver_panel.set_stable_learning_rate(analysis.stable_learning_rate)
        note = self.opener.check_example_rate(analysis)
        if note:
            self.show_message("info", note)
        self.run_view.drop_pending_losses()
        self.fit_view.show_analysis(analysis)
        method = method_title(analysis.settings.method)
        if analysis.is_iterative:
            self.fit_view.draw_start()
            self.results_panel.show_result(
                None,
                title=translate("MainWindow", "{method} · press Run (F5)").format(
                    method=method
                ),
            )
            self.progress_label.setText(
                translate(
                    "MainWindow", "{method}: press Run (F5) or Step (F10)"
                ).format(method=method)
            )
        elif analysis.result is not None:
            result = analysis.result
            self.fit_view.draw(
                result.intercept, result.coef, final=True, predictor=result.predictor
            )
            self.results_panel.show_result(result, title=method_title(result.method))
            self.progress_label.setText(result_summary(result))
            for warning in result.warnings:
                self.show_message("warning", warning)
        self.rows_label.setText(rows_text(analysis.problem))
        self.state_label.setText(_state_text(None))
        self._update_actions()
        freeze_startup_objects()  # the window is complete: see runtime

    def _on_run_state(self, state: RunState | None) -> None:
        self.state_label.setText(_state_text(state))
        analysis = self.analysis
        if state is RunState.RUNNING and self.message_bar.level in ("warning", "error"):
            self.message_bar.clear()
        if state is None and analysis is not None and analysis.is_iterative:
            self.run_view.reset()  # Reset: back to the starting line
        if state in (RunState.RUNNING, RunState.PAUSED) and analysis is not None:
            method = method_title(analysis.settings.method)
            self.results_panel.set_title(f"{method} · {_ended_text(state)}")
        if (
            state in (RunState.RUNNING, RunState.PAUSED)
            and self.controller.last_snapshot is None
        ):
            choices = self.controller.choices
            self.run_view.start(
                choices.settings.max_iter,
                with_test=analysis is not None and analysis.problem.test is not None,
                # A run begun by Step shows the steps taken so far, not the
                # whole iteration budget.
                full_speed=choices.steps_per_second is None
                and state is RunState.RUNNING,
            )
        self._update_actions()

    def _on_start_point_changed(self, start: object) -> None:
        self.fit_view.start = start  # type: ignore[assignment]

    def _on_run_finished(self, result: FitResult | None, snapshot: Snapshot) -> None:
        self._last_result = result
        self.run_view.finish(result, _ended_text(snapshot.state))
        if result is not None:
            self.progress_label.setText(
                result_summary(result, snapshot.iteration, snapshot.elapsed)
            )
        self._update_actions()

    def _current_result(self) -> FitResult | None:
        """The answer on screen: a finished run's, or the closed-form one."""
        if self._last_result is not None:
            return self._last_result
        return self.analysis.result if self.analysis is not None else None

    def loss_curve_pending(self) -> bool:
        """Whether losses received are still waiting to reach the loss plot."""
        return self.run_view.loss_curve_pending()

    def _on_load_started(self, label: str) -> None:
        self.status.show_loading(True)
        self.statusBar().showMessage(
            translate("MainWindow", "Loading {name}…").format(name=label)
        )

    def _on_load_finished(self) -> None:
        self.status.show_loading(False)
        self.statusBar().clearMessage()

    def _update_actions(self) -> None:
        update_run_actions(
            self,
            self.actions,
            self.controller.run_state,
            has_analysis=self.analysis is not None,
            iterative=self.analysis is not None and self.analysis.is_iterative,
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if (
            event.size().width() < event.oldSize().width()
            or event.oldSize().width() < 0
        ):
            QTimer.singleShot(0, self._make_room_for_plots)

    def _make_room_for_plots(self) -> None:
        """Narrow the side panels when they would take half a small window.

        At 1024 px the panels' 300 px each left the loss plot 150 px wide; the
        panels scroll and wrap, plots cannot.  A wide window keeps the widths
        the user chose.
        """
        docks = [
            d
            for d in (self.data_dock, self.settings_dock)
            if d.isVisible() and not d.isFloating()
        ]
        width = self.width()
        if not docks or self.centralWidget().width() >= SIDE_SHARE * 2 * width:
            return
        share = max(MIN_SIDE_WIDTH, round(SIDE_SHARE * width))
        sizes = [min(d.width(), max(share, _content_width(d))) for d in docks]
        self.resizeDocks(docks, sizes, Qt.Orientation.Horizontal)

    # -- closing ---------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # A plot's change handling asks for a repaint of the whole window at
        # once; it waits for the end of the batch of events (see repaint).
        # While an analysis is on its way, its result is repainted with the
        # change that started it, in one repaint.
        held = self._held_repaint
        if held is not None and held.takes(event):
            return True
        if put_off_update(self, event):
            return True
        if event.type() != QEvent.Type.UpdateRequest:
            return super().event(event)
        settle_axes(self)  # each plot painted once, not again at a new width
        handled = super().event(event)
        repainted()
        return handled

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Once laid out: the centre's Tab order is its reading order on screen.
        QTimer.singleShot(0, self.order_tab_chain)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_settings()
        self.presentation.shutdown()
        self.hide()  # gone at once for the user, even if a task needs a moment
        self.lessons.shutdown()
        self.controller.shutdown(timeout_ms=1000)
        super().closeEvent(event)


def _content_width(dock: QDockWidget) -> int:
    """The width a dock's panel needs before it scrolls sideways."""
    from PySide6.QtWidgets import QScrollArea

    widget = dock.widget()
    if isinstance(widget, QScrollArea) and widget.widget() is not None:
        bar = widget.verticalScrollBar().sizeHint().width()
        return widget.widget().minimumSizeHint().width() + bar + 4
    return widget.minimumSizeHint().width()
