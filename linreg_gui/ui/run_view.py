"""Draws a training run as it streams, and tells the worker when a frame is drawn.

Every snapshot is drawn once: its losses go to the loss plot (in chunks, so a
full-speed frame of half a million losses never holds the event loop for long),
its coefficients to the data plot, its logged lines to the training log and its
numbers to the results table and the status line.  Text is for reading, not for
watching, so it refreshes a few times a second whatever the frame rate (the
throttle module holds every such rate).  The snapshot is acknowledged after the
repaint it causes, so the worker's throttle sees the whole cost of a frame.
"""

from __future__ import annotations

from collections import deque
from functools import partial
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from linreg_gui.controller import SessionController
from linreg_gui.model.fitting import FitResult
from linreg_gui.model.plot_data import (
    LogEntry,
    final_state_text,
    log_lines,
    progress_text,
)
from linreg_gui.model.snapshot import RunState, Snapshot
from linreg_gui.ui.fit_view import FitView
from linreg_gui.ui.results_panel import ResultsPanel
from linreg_gui.ui.solver_texts import method_title
from linreg_gui.workers.throttle import TEXT_INTERVAL, TRAIL_INTERVAL, Interval

if TYPE_CHECKING:
    from linreg_gui.ui.plots.loss_plot import LossPlot

LossChunk = tuple[np.ndarray, np.ndarray, np.ndarray | None]
#: Losses handed to the loss plot per event-loop turn (about 3 ms of work).
LOSS_CHUNK = 100_000
#: A full-speed run logs thousands of iterations per frame; show the newest.
LOG_LINES_PER_FLUSH = 100


class RunView(QObject):
    """Consumes the controller's snapshots and draws them."""

    def __init__(
        self,
        controller: SessionController,
        fit_view: FitView,
        results_panel: ResultsPanel,
        training_log: QPlainTextEdit,
        progress_label: QLabel,
    ) -> None:
        super().__init__(controller)
        self.controller = controller
        self.fit_view = fit_view
        self.results_panel = results_panel
        self.training_log = training_log
        self.progress_label = progress_label
        self._loss_queue: deque[LossChunk] = deque()
        self._draining = False
        self._ack_when_drained: int | None = None
        self._pending_log: list[LogEntry] = []
        self._log_skipped = 0
        self._text = Interval(TEXT_INTERVAL)
        self._trail = Interval(TRAIL_INTERVAL)
        controller.snapshot.connect(self.show_snapshot)

    @property
    def loss_plot(self) -> LossPlot:
        return self.fit_view.plots.loss

    # -- a run's life ----------------------------------------------------------

    def drop_pending_losses(self) -> None:
        """A new analysis: losses of the old one never reach the plot."""
        self._clear_loss_queue()

    def start(self, max_iter: int, *, with_test: bool, full_speed: bool) -> None:
        """A new run: the loss axis sized for it, trail and log empty."""
        self._clear_loss_queue()
        loss = self.loss_plot
        loss.reset(max_iter + 1, with_test=with_test)
        loss.set_x_limit(max_iter if full_speed else None)
        self.fit_view.clear_trail()
        self.clear_log()
        analysis = self.fit_view.analysis
        if analysis is not None:
            loss.set_reference_loss(
                analysis.reference.train.mse if analysis.reference else None
            )

    def reset(self) -> None:
        """Back to the starting line: no loss curve, no trail, no log."""
        self._clear_loss_queue()
        self.loss_plot.reset()
        self.fit_view.clear_trail()
        self.clear_log()

    def finish(self, result: FitResult | None, state: str) -> None:
        """The final numbers of a run that ended (``state`` says how)."""
        self.loss_plot.set_x_limit(None)  # fit the axis to the iterations run
        if result is not None:
            title = f"{method_title(result.method)} · {final_state_text(result, state)}"
            self.results_panel.show_result(result, title=title)

    # -- snapshots -------------------------------------------------------------

    def show_snapshot(self, snapshot: Snapshot) -> None:
        analysis = self.fit_view.analysis
        if analysis is None:
            self.controller.acknowledge(snapshot.run_id)
            return
        self._queue_losses(snapshot)
        self.fit_view.draw(snapshot.intercept, snapshot.coef, final=snapshot.final)
        # At full speed many checkpoints pass per frame; draw the newest few, a
        # few times a second (each costs a redraw of the trail).
        if (
            snapshot.checkpoints
            and self._trail.due()
            and not self.fit_view.add_trail(snapshot.checkpoints)
        ):
            self._trail.reset()
        self._keep_log(snapshot)
        # Every millisecond spent here is taken from the worker (one GIL).
        if self._text.due(
            force=snapshot.final or snapshot.state is not RunState.RUNNING
        ):
            self._show_text(snapshot)
        # Acknowledge after the repaint this frame triggers (posted events are
        # delivered before zero-timeout timers), so the worker's throttle sees
        # the whole cost of a frame, drawing included.
        if self._loss_queue:
            self._ack_when_drained = snapshot.run_id
        else:
            QTimer.singleShot(0, partial(self.controller.acknowledge, snapshot.run_id))

    def _show_text(self, snapshot: Snapshot) -> None:
        analysis = self.fit_view.analysis
        assert analysis is not None
        design = analysis.problem.design
        self._flush_log()
        train = analysis.metrics_from_loss(snapshot.loss)
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
            gap=snapshot.gap,
        )
        self.progress_label.setText(
            progress_text(
                snapshot.iteration,
                snapshot.loss,
                train.r2,
                snapshot.learning_rate,
                snapshot.elapsed,
                snapshot.gap,
            )
        )

    # -- the loss curve, in chunks ---------------------------------------------

    def _queue_losses(self, snapshot: Snapshot) -> None:
        """Hand a snapshot's losses to the loss plot, at most LOSS_CHUNK a turn.

        In chunks, timers and input get a turn in between; the snapshot is
        acknowledged once the queue is empty, so it never grows past one
        frame's worth.
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

    # -- the training log ------------------------------------------------------

    def _keep_log(self, snapshot: Snapshot) -> None:
        if not (snapshot.log or snapshot.log_skipped):
            return
        self._log_skipped += snapshot.log_skipped
        self._pending_log.extend(snapshot.log)
        overflow = len(self._pending_log) - LOG_LINES_PER_FLUSH
        if overflow > 0:
            self._log_skipped += overflow
            del self._pending_log[:overflow]

    def clear_log(self) -> None:
        self._pending_log.clear()
        self._log_skipped = 0
        self.training_log.clear()

    def _flush_log(self) -> None:
        """The tutorials' "print the loss every k epochs", in batches."""
        if not self._pending_log:
            return
        lines = log_lines(self._pending_log, self._log_skipped)
        self._pending_log.clear()
        self._log_skipped = 0
        self.training_log.appendPlainText("\n".join(lines))
