"""The session controller: the user's session, its background analysis and its run.

The session itself (data, rows left out, choices) is one frozen value,
:class:`~linreg_gui.model.session.Session`; this object holds the current one,
starts the threads of :mod:`linreg_gui.workers` for what it needs (loading,
analysing, training), and reports what they find.

The window sends user intent here (open a file, pick columns, change a setting,
run, pause, step, stop, reset) and draws what comes back through signals.  All
slow work runs in threads; this object lives in the GUI thread and only moves
references around, so nothing here blocks the event loop.

Rules it keeps:

* a file that fails to load leaves the current data untouched;
* only the newest analysis and the current run are ever shown (older results
  are dropped by request number and run id);
* changing data, columns or the method stops the run and, if one was running,
  starts a fresh one once the new analysis is ready;
* closing waits for every thread (at most about a second);
* the run state (running, paused, or how it ended) is owned here alone: the
  user's commands set it, and a run's final snapshot says how it ended.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Signal

from linreg_gui.model.analysis import Analysis, analyse
from linreg_gui.model.compare import (
    Comparison,
    DescentRun,
    compare_methods,
    with_descent,
)
from linreg_gui.model.dataset import Dataset
from linreg_gui.model.errors import FitError, LinregError, LoadError
from linreg_gui.model.examples import (
    example_title,
    generate_linear,
    get_example,
    load_example,
)
from linreg_gui.model.fitting import (
    FitResult,
    FitSettings,
    Problem,
    start_run,
    summarize,
)
from linreg_gui.model.io import load_table
from linreg_gui.model.landscape import Landscape
from linreg_gui.model.lr_sweep import SweepResult, sweep_learning_rates
from linreg_gui.model.session import Change, Choices, Session
from linreg_gui.model.session_file import SavedIterate, SessionFile, load_session
from linreg_gui.model.sklearn_child import in_child
from linreg_gui.model.snapshot import RunState, Snapshot
from linreg_gui.model.text import number, translate
from linreg_gui.model.timeline import StepArithmetic
from linreg_gui.workers.lifetime import keep_until_finished
from linreg_gui.workers.spare_column import SpareColumn
from linreg_gui.workers.tasks import (
    CancelCheck,
    ProgressCallback,
    Task,
    TaskFailure,
    TaskThread,
    task_name,
)
from linreg_gui.workers.training import TrainingThread

#: How long closing waits for a background task that cannot stop mid-block.
TASK_GRACE_MS = 30_000


@dataclass(frozen=True)
class _LoadRequest:
    """What is being loaded, and the columns to select once it is."""

    label: str
    path: str | None
    x: tuple[str, ...] | None = None
    y: str | None = None
    degree: int | None = None
    settings: FitSettings | None = None


def usable(dataset: Dataset) -> Dataset:
    """``dataset`` if a regression can use it; otherwise a ``LoadError`` that says
    which columns are not numbers, and where (the current data then stays)."""
    numeric = dataset.numeric_columns
    if len(numeric) >= 2:
        return dataset
    if not numeric:
        message = translate(
            "Controller",
            "it has no numeric column, and a regression needs two (an x and a y).",
        )
    else:
        message = translate(
            "Controller",
            "it has only one numeric column, and a regression needs two (an x and "
            "a y).",
        )
    reasons = [f"'{name}': {why}" for name, why in dataset.non_numeric.items()]
    shown = "; ".join(reasons[:3]) + ("; …" if len(reasons) > 3 else "")
    if reasons:
        message += " " + translate("Controller", "Not numbers: {reasons}.").format(
            reasons=shown
        )
    raise LoadError(message, dataset.source)


class SessionController(QObject):
    """Owns the data set, the choices, the background tasks and the run."""

    dataset_changed = Signal(object)  # Dataset (new data: reset views)
    dataset_edited = Signal(object)  # Dataset (one value changed: refresh)
    choices_changed = Signal(object)  # Choices (columns resolved, etc.)
    analysis_started = Signal()
    analysis_ready = Signal(object)  # Analysis
    analysis_failed = Signal(str)  # why the choices define no model
    snapshot = Signal(object)  # Snapshot of the current run
    run_state_changed = Signal(object)  # RunState, or None when there is no run
    run_finished = Signal(object, object)  # FitResult | None, final Snapshot
    load_started = Signal(str)
    load_progress = Signal(float)
    load_finished = Signal()
    file_opened = Signal(str)
    message = Signal(str, str)  # level ("info" | "warning" | "error"), text
    crashed = Signal(str)  # details (traceback) of an unexpected error
    comparison_ready = Signal(object, object)  # Comparison, the Problem it is of
    session_restored = Signal(object)  # SessionFile now in place (its view to show)
    start_point_changed = Signal(object)  # ndarray (user's units) or None (all 0)
    sweep_progress = Signal(float)  # fraction of the learning rates swept
    sweep_ready = Signal(object, object)  # SweepResult, the Problem it is of
    sweep_ended = Signal(str)  # a sweep gave no result: why ("" when cancelled)
    landscape_ready = Signal(object, object)  # Landscape or error text, its Analysis

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = Session()
        self._spare_column = SpareColumn()  # a large data set's next edit
        self.analysis: Analysis | None = None
        self.run_state: RunState | None = None
        self.last_snapshot: Snapshot | None = None
        self._training: TrainingThread | None = None
        self._run_id = 0
        self._loader: TaskThread | None = None
        self._analyser: TaskThread | None = None
        self._sweeper: TaskThread | None = None
        self._analysis_request = 0
        self._analysis_pending = False
        #: Start a run once the analysis being made is ready (Run pressed early,
        #: or settings changed while a run was going).
        self._run_when_ready = False
        #: Where the next run begins (user's units, intercept first); None: 0.
        self.start_point: np.ndarray | None = None
        # The run on screen, running or ended: its iterates can be revisited.
        self._shown_run: TrainingThread | None = None
        self._threads: set[TaskThread | TrainingThread] = set()
        self._shut_down = False  # shutdown() was called: no new threads
        #: Log the loss and keep the line every this many iterations (0: off).
        self.history_every = 10

    # -- the session (one frozen value) ----------------------------------------

    @property
    def dataset(self) -> Dataset | None:
        return self.session.dataset

    @property
    def excluded(self) -> frozenset[int]:
        """Row numbers (0-based) the user left out of the fit."""
        return self.session.excluded

    @property
    def choices(self) -> Choices:
        return self.session.choices

    # -- data ------------------------------------------------------------------

    def open_file(self, path: str | Path) -> None:
        """Load ``path`` in the background; the current data stays until it succeeds."""
        path = str(path)

        def task(progress: ProgressCallback, cancelled: CancelCheck) -> Dataset:
            return usable(load_table(path, progress=progress, cancel=cancelled))

        self._load(task, _LoadRequest(Path(path).name, path))

    def open_example(self, key: str) -> None:
        """Load a bundled example with the columns, degree and settings it is
        meant for (a user's own file keeps the user's settings)."""
        example = get_example(key)

        def task(progress: ProgressCallback, cancelled: CancelCheck) -> Dataset:
            return load_example(key)

        self._load(
            task,
            _LoadRequest(
                example_title(example),
                None,
                example.x,
                example.y,
                example.degree,
                example.settings,
            ),
        )

    def generate(self, parameters: Mapping[str, Any]) -> None:
        """Make a synthetic data set (up to 10⁶ rows) in the background."""
        params = dict(parameters)

        def task(progress: ProgressCallback, cancelled: CancelCheck) -> Dataset:
            try:
                return generate_linear(**params)
            except ValueError as error:
                raise LoadError(str(error)) from None

        label = translate("Controller", "generated data")
        self._load(task, _LoadRequest(label, None, ("x",), "y", 1))

    def _load(self, task: Task, request: _LoadRequest) -> None:
        self.cancel_load()

        def load_and_read(progress: ProgressCallback, cancelled: CancelCheck) -> Any:
            loaded = task(progress, cancelled)
            if isinstance(loaded, Dataset):
                # The table shows every numeric column: read them here, not on
                # the GUI thread (0.2-0.7 s for 10⁴ columns); each check between
                # slices gives the window its turn at the interpreter.
                loaded.read_numeric_columns(stop=cancelled)
            return loaded

        loader = TaskThread(load_and_read, tag=request)
        loader.setObjectName(task_name(task))  # "open_file", not "_load"
        loader.progress.connect(self.load_progress)
        loader.succeeded.connect(self._on_loaded)
        loader.failed.connect(self._on_load_failed)
        loader.cancelled.connect(self._on_load_cancelled)
        self._loader = loader
        self._start(loader)
        self.load_started.emit(request.label)

    def cancel_load(self) -> None:
        if self._loader is not None:
            self._loader.cancel()

    @property
    def loading(self) -> bool:
        return self._loader is not None

    def _on_loaded(self, loaded: Dataset | SessionFile, request: _LoadRequest) -> None:
        if self.sender() is not self._loader:
            return
        self._loader = None
        self.load_finished.emit()
        if request.path is not None:
            self.file_opened.emit(request.path)
        if isinstance(loaded, SessionFile):
            self.restore(loaded)
            return
        dataset = loaded
        self.set_dataset(
            dataset,
            x=request.x,
            y=request.y,
            degree=request.degree,
            settings=request.settings,
        )
        for warning in dataset.warnings:
            self.message.emit("warning", f"{dataset.name}: {warning}")

    def _on_load_failed(self, failure: TaskFailure, request: _LoadRequest) -> None:
        if self.sender() is not self._loader:
            return
        self._loader = None
        self.load_finished.emit()
        what = request.path or request.label
        text = failure.message
        if request.path is not None and Path(what).name not in text:
            text = f"{Path(what).name}: {text}"
        if self.dataset is not None:
            message = translate(
                "Controller", "Could not open {what} Your data is unchanged."
            )
        else:
            message = translate("Controller", "Could not open {what}")
        self.message.emit("error", message.format(what=text))
        if failure.is_bug and failure.details:
            self.crashed.emit(failure.details)

    def _on_load_cancelled(self, tag: object) -> None:
        if self.sender() is not self._loader:
            return
        self._loader = None
        self.load_finished.emit()
        self.message.emit(
            "info",
            translate("Controller", "Loading cancelled; your data is unchanged."),
        )

    def set_dataset(
        self,
        dataset: Dataset,
        *,
        x: tuple[str, ...] | None = None,
        y: str | None = None,
        degree: int | None = None,
        settings: FitSettings | None = None,
    ) -> None:
        """Show a new data set; keep the chosen columns when they still exist."""
        self._discard_run()
        self.session = self.session.with_dataset(dataset, x, y, degree, settings)
        self._spare_column.prepare(dataset.n_rows)
        self.analysis = None
        self.dataset_changed.emit(dataset)
        self.choices_changed.emit(self.choices)
        self._request_analysis()

    # -- session files -----------------------------------------------------------

    def open_session(self, path: str | Path) -> None:
        """Read a ``.linreg`` file in the background and :meth:`restore` it; a
        file that is refused leaves everything as it was, and says why."""
        path = str(path)

        def task(progress: ProgressCallback, cancelled: CancelCheck) -> SessionFile:
            return load_session(path)

        self._load(task, _LoadRequest(Path(path).name, path))

    def restore(self, saved: SessionFile) -> None:
        """Put a saved session in place: its data with the edits, the rows left
        out and the choices.  A run's saved final iterate is shown once the
        analysis is ready, without running again (Run starts afresh)."""
        self._discard_run()
        session = self.session = saved.session()
        self.analysis = None
        assert session.dataset is not None
        self.dataset_changed.emit(session.dataset)
        self.choices_changed.emit(session.choices)
        self.session_restored.emit(saved)
        iterate = saved.iterate
        if iterate is not None:

            def show(analysis: Analysis) -> None:
                self.analysis_ready.disconnect(show)
                if self.session is session and analysis.is_iterative:
                    self._show_iterate(iterate)

            self.analysis_ready.connect(show)
        self._request_analysis()

    def _show_iterate(self, iterate: SavedIterate) -> None:
        """A saved run's end, reported as a run that just ended there; its
        metrics over every row are worked out in the background first."""
        assert self.analysis is not None
        self._run_id += 1
        settings = self.choices.settings
        snapshot = iterate.snapshot(self._run_id, settings.learning_rate)
        summarize = partial(
            final_result,
            self.analysis.problem,
            settings.method,
            self.analysis.stable_learning_rate,
        )

        analysis, run_id = self.analysis, self._run_id
        self.in_background(
            lambda: replace(snapshot, summary=summarize(snapshot)),
            lambda summarized: self._on_iterate_summarized(
                summarized, analysis, run_id
            ),
        )

    def _on_iterate_summarized(
        self, snapshot: Any, analysis: Analysis, run_id: int
    ) -> None:
        if analysis is not self.analysis or run_id != self._run_id:
            return  # the data or the run changed meanwhile
        self.last_snapshot = snapshot
        self._set_state(snapshot.state)
        self.snapshot.emit(snapshot)
        self.run_finished.emit(self._final_result(snapshot), snapshot)

    def edit_value(self, row: int, column: str, value: float) -> None:
        """Change one cell; the fit sees the change."""
        if self.dataset is None:
            return
        n_rows = self.dataset.n_rows
        try:
            self.session = self.session.with_value(
                row, column, value, into=self._spare_column.take(n_rows)
            )
        except ValueError as error:
            self.message.emit("error", str(error))
            return
        finally:
            self._spare_column.prepare(n_rows)  # for the next edit
        self.dataset_edited.emit(self.dataset)
        self._inputs_changed()

    def leave_out(self, rows: Iterable[int], leave_out: bool = True) -> None:
        """Leave these rows out of the fit, or (``leave_out=False``) put them back."""
        excluded = set(self.excluded)
        if leave_out:
            excluded.update(rows)
        else:
            excluded.difference_update(rows)
        self.set_excluded(frozenset(excluded))

    def set_excluded(self, rows: frozenset[int]) -> None:
        """Leave these rows out of the fit (the outliers lesson); the rest refits."""
        if frozenset(rows) == self.excluded:
            return
        self.session = self.session.with_excluded(rows)
        self._inputs_changed()

    def add_row(self, values: Mapping[str, float]) -> int | None:
        """Add a row at the end of the data (a point placed on the plot); its
        row number, or None if refused (the message says why)."""
        if self.dataset is None:
            return None
        try:
            self.session = self.session.with_row(values)
        except ValueError as error:
            self.message.emit("error", str(error))
            return None
        self.dataset_edited.emit(self.dataset)
        self._inputs_changed()
        return self.dataset.n_rows - 1

    def drop_rows_from(self, n_rows: int) -> None:
        """Keep the first ``n_rows`` rows (undoing :meth:`add_row`)."""
        if self.dataset is None or n_rows >= self.dataset.n_rows:
            return
        self.session = self.session.truncated(n_rows)
        self.dataset_edited.emit(self.dataset)
        self._inputs_changed()

    # -- choices ---------------------------------------------------------------

    def set_choices(self, choices: Choices) -> None:
        """The one way in for a changed choice (columns, method, any setting).

        η and the speed reach a running run from its next step; anything else
        stops the run and analyses again (and runs again if one was running).
        """
        self.session, change = self.session.with_choices(choices)
        if change is Change.NONE:
            return
        self.choices_changed.emit(choices)
        if change is Change.RESTART:
            self._inputs_changed()
        elif self._training is not None:
            self._training.set_learning_rate(choices.settings.learning_rate)
            self._training.set_speed(choices.steps_per_second)

    def _inputs_changed(self) -> None:
        was_running = self.run_state is RunState.RUNNING
        self._discard_run()
        if was_running:
            self._run_when_ready = True
        self._request_analysis()

    # -- analysis --------------------------------------------------------------

    def _request_analysis(self) -> None:
        self.analysis = None
        if self.dataset is None:
            return
        if self._analyser is not None:
            # Newest wins: let the running one finish, then analyse again.
            self._analysis_pending = True
            self._analyser.cancel()
            return
        try:
            spec = self.choices.spec()
        except FitError as error:
            self._run_when_ready = False
            self.analysis_failed.emit(str(error))
            return
        dataset, settings = self.dataset, self.choices.settings
        excluded = self.excluded
        self._analysis_request += 1

        def task(progress: ProgressCallback, cancelled: CancelCheck) -> Analysis:
            return analyse(dataset, spec, settings, excluded)

        analyser = TaskThread(task, tag=self._analysis_request)
        analyser.succeeded.connect(self._on_analysed)
        analyser.failed.connect(self._on_analysis_failed)
        analyser.cancelled.connect(self._on_analysis_cancelled)
        self._analyser = analyser
        self.analysis_started.emit()
        self._start(analyser)

    def _analysis_done(self) -> bool:
        """Clear the running analysis; True if its answer is still wanted."""
        self._analyser = None
        if self._analysis_pending:
            self._analysis_pending = False
            self._request_analysis()
            return False
        return True

    def _on_analysed(self, analysis: Analysis, tag: Any) -> None:
        if self.sender() is not self._analyser or not self._analysis_done():
            return
        self.analysis = analysis
        point = self.start_point
        if point is not None and point.size != analysis.problem.train.n_params:
            self.start_point = None  # another model: its terms differ
            self.start_point_changed.emit(None)
        self.analysis_ready.emit(analysis)
        if analysis.reference_error:
            self.message.emit("warning", analysis.reference_error)
        start, self._run_when_ready = self._run_when_ready, False
        if start and analysis.is_iterative:
            self.run_pause()

    def _on_analysis_failed(self, failure: TaskFailure, tag: Any) -> None:
        if self.sender() is not self._analyser or not self._analysis_done():
            return
        self._run_when_ready = False
        self.analysis_failed.emit(failure.message)
        if failure.is_bug and failure.details:
            self.crashed.emit(failure.details)

    def _on_analysis_cancelled(self, tag: Any) -> None:
        if self.sender() is self._analyser:
            self._analysis_done()

    # -- writing files -----------------------------------------------------------

    def write_in_background(self, write: Callable[[], str], what: str) -> None:
        """Run ``write`` (which returns the message to show) off the GUI thread;
        an ``OSError`` becomes "Could not save ``what``: …"."""

        def task(progress: ProgressCallback, cancelled: CancelCheck) -> str:
            try:
                return write()
            except OSError as error:
                raise LinregError(
                    translate("Controller", "Could not save {what}: {reason}").format(
                        what=what, reason=error
                    )
                ) from None

        worker = TaskThread(task, tag=what)
        worker.succeeded.connect(lambda text, _tag: self.message.emit("info", text))
        worker.failed.connect(self._on_write_failed)
        self._start(worker)

    def _on_write_failed(self, failure: TaskFailure, tag: Any) -> None:
        self.message.emit("error", failure.message)
        if failure.is_bug and failure.details:
            self.crashed.emit(failure.details)

    # -- comparing solvers -------------------------------------------------------

    def compare(self) -> bool:
        """Fit the current problem with every closed-form method, off the GUI
        thread; ``comparison_ready`` brings the result.  False: nothing to fit."""
        if self.analysis is None:
            return False
        problem = self.analysis.problem
        run = self._descent_run()

        def task(progress: ProgressCallback, cancelled: CancelCheck) -> Comparison:
            # scikit-learn in a process of its own: importing it here held the
            # interpreter lock from the window for up to 0.45 s at a time.
            comparison = compare_methods(problem, in_child(cancelled))
            if run is None:
                return comparison
            from linreg_gui.model.landscape import Landscape

            try:
                curvature = Landscape(problem.train).curvature(run.settings.standardize)
            except (FitError, np.linalg.LinAlgError):
                curvature = None
            return with_descent(comparison, run, curvature)

        worker = TaskThread(task, tag=problem)
        worker.succeeded.connect(self.comparison_ready)
        worker.failed.connect(self._on_compare_failed)
        self._start(worker)
        return True

    def _descent_run(self) -> DescentRun | None:
        """The current run's result, for Compare Solvers' gradient-descent column."""
        snapshot = self.last_snapshot
        if self.analysis is None or snapshot is None:
            return None
        if snapshot.state is RunState.FAILED:
            return None
        params = np.concatenate([[snapshot.intercept], snapshot.coef])
        if not self.analysis.problem.train.intercept:
            params = np.asarray(snapshot.coef, dtype=np.float64)
        return DescentRun(
            self.analysis.settings,
            params,
            snapshot.iteration,
            snapshot.state,
            snapshot.coef_gap,
            snapshot.converged,
        )

    def _on_compare_failed(self, failure: TaskFailure, tag: Any) -> None:
        self.message.emit(
            "error",
            translate("Controller", "Could not compare the solvers: {reason}").format(
                reason=failure.message
            ),
        )
        if failure.is_bug and failure.details:
            self.crashed.emit(failure.details)

    # -- the learning-rate sweep -------------------------------------------------

    def sweep(self) -> bool:
        """Run the current gradient method at 30 learning rates, off the GUI
        thread, cancelling a sweep still going; ``sweep_progress`` reports the
        fraction done and ``sweep_ready`` the result.  False: no gradient
        method to sweep."""
        if not self.can_run():
            return False
        assert self.analysis is not None
        problem = self.analysis.problem
        estimator = self.choices.settings.gradient_descent()
        self.cancel_sweep()

        def task(progress: ProgressCallback, cancelled: CancelCheck) -> SweepResult:
            return sweep_learning_rates(
                problem.train,
                estimator,
                should_stop=cancelled,
                progress=lambda done, total: progress(done / total),
            )

        worker = TaskThread(task, tag=problem)
        worker.progress.connect(self._on_sweep_progress)
        worker.succeeded.connect(self._on_swept)
        worker.failed.connect(self._on_sweep_failed)
        worker.cancelled.connect(self._on_sweep_cancelled)
        self._sweeper = worker
        self._start(worker)
        return True

    def cancel_sweep(self) -> None:
        """Stop the sweep within a block of steps; ``sweep_ended("")`` follows."""
        if self._sweeper is not None:
            self._sweeper.cancel()

    @property
    def sweeping(self) -> bool:
        return self._sweeper is not None

    def _current_sweep(self) -> bool:
        """Whether the sender is the sweep still wanted (an older one is not)."""
        return self.sender() is self._sweeper

    def _on_sweep_progress(self, fraction: float) -> None:
        if self._current_sweep():
            self.sweep_progress.emit(fraction)

    def _on_swept(self, result: SweepResult, problem: Problem) -> None:
        if self._current_sweep():
            self._sweeper = None
            self.sweep_ready.emit(result, problem)

    def _on_sweep_failed(self, failure: TaskFailure, tag: Any) -> None:
        if self._current_sweep():
            self._sweeper = None
            self.sweep_ended.emit(
                translate("Controller", "The sweep failed: {reason}").format(
                    reason=failure.message
                )
            )
            if failure.is_bug and failure.details:
                self.crashed.emit(failure.details)

    def _on_sweep_cancelled(self, tag: Any) -> None:
        if self._current_sweep():
            self._sweeper = None
            self.sweep_ended.emit("")

    # -- run control -------------------------------------------------------------

    def can_run(self) -> bool:
        return self.analysis is not None and self.analysis.is_iterative

    def run_pause(self) -> None:
        """Run/Pause (F5): start a run, pause it, or resume it."""
        training = self._training
        if training is not None and self.run_state is RunState.RUNNING:
            training.pause()
            self._set_state(RunState.PAUSED)
        elif training is not None and self.run_state is RunState.PAUSED:
            training.resume()
            self._set_state(RunState.RUNNING)
        elif self.can_run():
            self._start_run(paused=False)
        elif self.analysis is None and self.dataset is not None:
            self._run_when_ready = True

    def step(self) -> None:
        """Step (F10): one iteration, pausing a running run first."""
        if self._training is not None and self.run_state in (
            RunState.RUNNING,
            RunState.PAUSED,
        ):
            self._training.step_once()
            self._set_state(RunState.PAUSED)
        elif self.can_run():
            self._start_run(paused=True)
            assert self._training is not None
            self._training.step_once()

    def in_background(
        self, work: Callable[[], object], done: Callable[[object], None]
    ) -> None:
        """Run ``work`` off the GUI thread and hand its result to ``done`` on
        the GUI thread (a view's own computation: a lasso path takes seconds).
        A bug becomes the crash report, never an exception in the event loop."""

        def task(progress: ProgressCallback, cancelled: CancelCheck) -> object:
            return work()

        worker = TaskThread(task, tag=None)
        worker.succeeded.connect(lambda result, _tag: done(result))
        worker.failed.connect(self._on_write_failed)
        self._start(worker)

    def request_landscape(self) -> None:
        """Work out the current analysis's loss landscape off the GUI thread
        (one O(N d²) pass; every grid after it is O(d²) a point):
        ``landscape_ready`` brings it, or the reason it cannot be drawn."""
        analysis = self.analysis
        if analysis is None:
            return
        design = analysis.problem.train

        def work() -> object:
            try:
                return Landscape(design)
            except FitError as error:
                return str(error)

        self.in_background(
            work, lambda result: self.landscape_ready.emit(result, analysis)
        )

    def pause(self) -> None:
        """Pause a running run (scrubbing the timeline does, first)."""
        if self._training is not None and self.run_state is RunState.RUNNING:
            self._training.pause()
            self._set_state(RunState.PAUSED)

    def iterate(self, i: int) -> tuple[np.ndarray, float] | None:
        """Iterate ``i`` of the run on screen, recomputed exactly: coefficients
        in the user's units (intercept first) and the training loss; None
        without such a run or iterate.  Costs microseconds for batch descent,
        a replay of at most a few hundred steps otherwise."""
        run = self._shown_run
        return run.iterate(i) if run is not None else None

    def export_history(self, path: str) -> bool:
        """Write the run on screen's training log (every ``history_every``
        iterations and the last; iteration, loss, test loss, coefficients) to
        ``path`` in the background.  False: no run to log."""
        writer = self.history_writer()
        if writer is None:
            return False
        every = max(1, self.history_every)

        def write() -> str:
            rows = writer(path)
            return translate(
                "Controller",
                "Saved the training log ({rows} rows, every {every}) to {path}.",
            ).format(rows=number(rows, ","), every=number(every, ","), path=path)

        self.write_in_background(write, translate("Controller", "the training log"))
        return True

    def history_writer(self) -> Callable[[str], int] | None:
        """What writes the run on screen's training log to a path, from any
        thread (a lab record writes it beside other files); None: no run."""
        run, analysis = self._shown_run, self.analysis
        if run is None or analysis is None:
            return None
        names = analysis.problem.train.coefficient_names
        every = max(1, self.history_every)
        return lambda path: run.write_history(path, names, every)

    def arithmetic(self, i: int) -> StepArithmetic | None:
        """The update that made iterate ``i`` of the run on screen."""
        run = self._shown_run
        return run.arithmetic(i) if run is not None else None

    def stop(self) -> None:
        """Stop (Esc): end the run where it is; what it reached stays on screen."""
        if self._training is not None:
            self._training.stop()

    def set_start_point(self, start: np.ndarray | None) -> None:
        """Begin the next run at ``start`` (coefficients in the user's units,
        intercept first: a click on the landscape, the student's own line), or
        at 0 with None.  The current run is discarded, as by Reset."""
        if start is not None:
            start = np.array(start, dtype=float).ravel()
            if not np.all(np.isfinite(start)):
                self.message.emit(
                    "error",
                    translate("Controller", "A starting point needs finite numbers."),
                )
                return
        self._discard_run()
        self.start_point = start
        self.start_point_changed.emit(start)
        if self.analysis is not None:
            self.analysis_ready.emit(self.analysis)

    def reset(self) -> None:
        """Reset (Ctrl+R): discard the run and go back to the starting point."""
        self._discard_run()
        if self.analysis is not None:
            self.analysis_ready.emit(self.analysis)

    def acknowledge(self, run_id: int) -> None:
        """The window has drawn the snapshot of ``run_id``; send the next."""
        if self._training is not None and self._training.run_id == run_id:
            self._training.acknowledge()

    def _start_run(self, *, paused: bool) -> None:
        assert self.analysis is not None
        self._discard_run()
        # Built in the training thread: the set-up is a pass over every row.
        run = partial(
            start_run,
            self.analysis.problem,
            self.choices.settings,
            start=self.start_point,
            prepared=self.analysis.prepared,
        )
        self._run_id += 1
        training = TrainingThread(
            run,
            self._run_id,
            self.choices.steps_per_second,
            start_paused=paused,
            history_every=self.history_every,
            summarize=partial(
                final_result,
                self.analysis.problem,
                self.choices.settings.method,
                self.analysis.stable_learning_rate,
            ),
        )
        training.snapshot.connect(self._on_snapshot)
        training.crashed.connect(self.crashed)
        training.setup_failed.connect(self._on_setup_failed)
        self._training = training
        self._shown_run = training
        self.last_snapshot = None
        self._set_state(RunState.PAUSED if paused else RunState.RUNNING)
        self._start(training)

    def _on_setup_failed(self, message: str) -> None:
        if self.sender() is not self._training:
            return  # a run already replaced
        self._training = None
        self._set_state(None)
        self.message.emit("error", message)

    def _on_snapshot(self, snapshot: Snapshot) -> None:
        if snapshot.run_id != self._run_id or self._training is None:
            return  # a stale run
        self.last_snapshot = snapshot
        self.snapshot.emit(snapshot)
        if snapshot.final:
            self._training = None
            self._set_state(snapshot.state)
            self.run_finished.emit(self._final_result(snapshot), snapshot)
            if snapshot.state is RunState.DIVERGED:
                self.message.emit("error", snapshot.message)
            elif snapshot.message:
                self.message.emit("warning", snapshot.message)

    def _final_result(self, snapshot: Snapshot) -> FitResult | None:
        if self.analysis is None or snapshot.state is RunState.FAILED:
            return None
        return snapshot.summary

    def _discard_run(self) -> None:
        """Stop the current run and forget it (its late snapshots are ignored)."""
        self._run_when_ready = False
        if self._training is not None:
            self._training.stop()
            self._training = None
        self._shown_run = None
        self._run_id += 1
        self.last_snapshot = None
        self._set_state(None)

    def _set_state(self, state: RunState | None) -> None:
        if state is not self.run_state:
            self.run_state = state
            self.run_state_changed.emit(state)

    # -- threads -----------------------------------------------------------------

    def _start(self, thread: TaskThread | TrainingThread) -> None:
        if self._shut_down:
            # The window is closing: a view's last request (a queued analysis,
            # a draw) must not start a thread that outlives the window.
            return
        self._threads.add(thread)
        thread.finished.connect(lambda t=thread: self._forget(t))
        thread.start()

    def _forget(self, thread: TaskThread | TrainingThread) -> None:
        self._threads.discard(thread)
        thread.deleteLater()

    def shutdown(self, timeout_ms: int = 1000) -> bool:
        """Stop every thread and wait for it; True if all ended in time.

        A training run stops within one step, so ``timeout_ms`` is plenty.  A
        background task (loading, fitting) checks for cancellation between
        blocks but cannot stop inside one (e.g. while pandas is first imported),
        so it gets up to ``TASK_GRACE_MS`` more: a QThread destroyed while
        running aborts the whole process.
        """
        self._shut_down = True
        self._discard_run()
        self.cancel_load()
        if self._analyser is not None:
            self._analyser.cancel()
        for thread in list(self._threads):
            if isinstance(thread, TrainingThread):
                thread.stop()
            else:
                thread.cancel()
        ok = True
        for thread in list(self._threads):
            limit = timeout_ms if isinstance(thread, TrainingThread) else TASK_GRACE_MS
            if not thread.wait(limit):
                ok = False
                keep_until_finished(thread)
        self._threads.clear()
        return ok

    @property
    def busy_threads(self) -> int:
        return sum(1 for t in self._threads if t.isRunning())


def final_result(
    problem: Problem,
    method: str,
    stable_learning_rate: float | None,
    snapshot: Snapshot,
) -> FitResult | None:
    """A finished run's result: metrics over every row, so it runs in the
    training thread (a pass over 10⁷ rows takes about a second)."""
    if snapshot.state is RunState.FAILED:
        return None
    params = (
        np.concatenate([[snapshot.intercept], snapshot.coef])
        if problem.train.intercept
        else snapshot.coef
    )
    result = summarize(
        problem,
        method,
        params,
        iterations=snapshot.iteration,
        converged=snapshot.converged,
        warnings=(snapshot.message,) if snapshot.message else (),
        max_stable_learning_rate=stable_learning_rate,
    )
    reason = snapshot.stop_reason
    return replace(
        result,
        stop_reason=reason.value if reason is not None else None,
        gap_to_optimum=snapshot.gap,
    )
