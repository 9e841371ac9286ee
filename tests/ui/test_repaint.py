"""The window repaints once per batch of plot changes, and a stream still shows."""

from __future__ import annotations

import time

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from linreg_gui.ui import main_window, repaint
from linreg_gui.ui.main_window import MainWindow
from linreg_gui.ui.plots.grid import GridPlotWidget
from linreg_gui.ui.repaint import put_off_update


class _Window(QWidget):
    """Two plots side by side; counts the repaints of the whole window."""

    def __init__(self, batched: bool) -> None:
        super().__init__()
        self.batched = batched
        self.repaints = 0
        self.repaints_in_scene = 0
        layout = QHBoxLayout(self)
        self.plots = [
            GridPlotWidget(background="w", grid_color="#000") for _ in range(2)
        ]
        self.curves = []
        for plot in self.plots:
            layout.addWidget(plot)
            # Fixed ranges, as the app's plots have: pyqtgraph's auto-range
            # moves the view in its paint, which asks for one more repaint.
            plot.getPlotItem().getViewBox().disableAutoRange()
            plot.getPlotItem().getViewBox().setRange(xRange=(0, 5), yRange=(0, 30))
            self.curves.append(plot.plot(np.arange(5.0), np.arange(5.0)))

    def event(self, event: QEvent) -> bool:
        if self.batched and put_off_update(self, event):
            return True
        if event.type() == QEvent.Type.UpdateRequest:
            self.repaints += 1
            # A repaint inside a scene's change handling adds to that block.
            self.repaints_in_scene += bool(repaint._handling)
        return super().event(event)

    def change_both(self, k: float) -> None:
        for curve in self.curves:
            curve.setData(np.arange(5.0), k * np.arange(5.0))


def _settle(qtbot: QtBot, window: _Window) -> None:
    qtbot.waitExposed(window)
    qtbot.wait(100)
    window.repaints = 0


@pytest.mark.parametrize("batched", [False, True])
def test_two_plots_changed_together_repaint_the_window_once(
    qtbot: QtBot, batched: bool
) -> None:
    window = _Window(batched)
    qtbot.addWidget(window)
    window.resize(600, 300)
    window.show()
    _settle(qtbot, window)
    for k in range(2, 6):
        window.repaints = 0
        window.change_both(float(k))
        qtbot.wait(50)
        if batched:
            assert window.repaints == 1
        else:
            # What the batching is for: Qt repaints the window once per scene.
            assert window.repaints >= 2


def test_a_stream_of_changes_still_repaints_the_window(qtbot: QtBot) -> None:
    """A plot that changes in every turn of the event loop (a run drawing each
    frame) is not put off for ever: the window repaints at least every
    ``LONGEST_DELAY_S``, between two turns of the loop."""
    window = _Window(batched=True)
    qtbot.addWidget(window)
    window.resize(600, 300)
    window.show()
    _settle(qtbot, window)
    ticks = [0]

    class Stream(QObject):
        """Changes the plots in each queued call and queues the next one, as
        a run's snapshots arrive from its worker."""

        next_frame = Signal()

        def tick(self) -> None:
            ticks[0] += 1
            window.change_both(float(ticks[0] % 7 + 1))
            if ticks[0] < 1000:
                self.next_frame.emit()

    stream = Stream()
    stream.next_frame.connect(stream.tick, Qt.ConnectionType.QueuedConnection)
    started = time.monotonic()
    stream.next_frame.emit()
    qtbot.waitUntil(lambda: ticks[0] >= 1000, timeout=30_000)
    seconds = time.monotonic() - started
    assert window.repaints >= 2
    # Generous: at least one repaint per 3 longest delays of the stream.
    assert window.repaints >= seconds / (3 * repaint.LONGEST_DELAY_S) - 1
    # An overdue repaint comes from a timer between two turns of the loop,
    # never inside a scene's change handling.
    assert window.repaints_in_scene == 0


@pytest.mark.parametrize("put_off", ["next turn timer", "queued call"])
def test_work_for_the_next_turn_lets_a_timer_due_meanwhile_run_first(
    qtbot: QtBot, put_off: str
) -> None:
    """A legend rebuild or a build step put off with ``next_turn_timer`` runs
    after a timer that fell due during the batch (the heartbeat, input's
    turn); a queued call (a 0 ms ``singleShot``) runs before it, in one block
    with the batch."""
    order: list[str] = []
    holder = QObject()
    due = QTimer(holder)
    due.setSingleShot(True)
    due.setInterval(5)
    due.timeout.connect(lambda: order.append("due timer"))
    later = repaint.next_turn_timer(holder, lambda: order.append("put-off work"))

    def batch() -> None:
        due.start()
        time.sleep(0.02)  # the batch outlasts the timer's interval
        if put_off == "next turn timer":
            later.start()
        else:
            QTimer.singleShot(0, lambda: order.append("put-off work"))

    QTimer.singleShot(0, batch)
    qtbot.waitUntil(lambda: len(order) == 2, timeout=2_000)
    expected = ["due timer", "put-off work"]
    assert order == (expected if put_off == "next turn timer" else expected[::-1])


def test_an_update_request_outside_a_scene_is_the_window_s(qtbot: QtBot) -> None:
    window = _Window(batched=True)
    qtbot.addWidget(window)
    event = QEvent(QEvent.Type.UpdateRequest)
    assert put_off_update(window, event) is False
    assert put_off_update(window, QEvent(QEvent.Type.LayoutRequest)) is False


def test_a_step_in_the_main_window_repaints_its_plots(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Step (F10) moves the line and the loss: both plots show each step, and
    the window put off the repaints its plots asked for on the way."""
    put_off = [0]

    def counting(target: QWidget, event: QEvent) -> bool:
        done = put_off_update(target, event)
        put_off[0] += done
        return done

    monkeypatch.setattr(main_window, "put_off_update", counting)
    window.load_default_example()
    qtbot.waitUntil(lambda: window.analysis is not None, timeout=10_000)
    qtbot.wait(300)
    painted: dict[str, int] = {"data": 0, "loss": 0}
    views = {
        "data": window.plot_area.data.plot_widget().viewport(),
        "loss": window.plot_area.loss.plot_widget().viewport(),
    }

    class Counter(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                for name, view in views.items():
                    if watched is view:
                        painted[name] += 1
            return False

    counter = Counter()
    for view in views.values():
        view.installEventFilter(counter)
    step = window.actions["step"]
    assert step.shortcut().toString() == "F10"
    put_off[0] = 0
    for _ in range(3):
        before = dict(painted)
        step.trigger()
        qtbot.waitUntil(
            lambda before=before: all(painted[k] > before[k] for k in painted),
            timeout=5_000,
        )
    assert put_off[0] >= 1
    for view in views.values():
        view.removeEventFilter(counter)


def test_load_progress_repaints_with_the_batch_not_at_once(
    window: MainWindow, qtbot: QtBot
) -> None:
    """``QProgressBar.setValue`` repaints the bar at once, and Qt paints every
    dirty part of the window with it: a load's progress repainted the plots
    once per step.  The bar now shows its value when the batch is over."""
    status = window.status
    status.show_loading(True)
    qtbot.waitExposed(window)
    qtbot.wait(100)
    paints = [0]

    class Counter(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            paints[0] += event.type() == QEvent.Type.Paint
            return False

    counter = Counter()
    status.load_progress.installEventFilter(counter)
    for step in range(1, 6):
        before = paints[0]
        status.set_load_fraction(step / 10)
        assert paints[0] == before  # not painted inside setValue
        qtbot.waitUntil(lambda before=before: paints[0] > before, timeout=2_000)
    assert status.load_progress.value() == 500
    status.load_progress.removeEventFilter(counter)
    status.show_loading(False)


class _HeldWindow(QWidget):
    """A widget whose repaints a :class:`HeldRepaint` can hold."""

    def __init__(self) -> None:
        super().__init__()
        self.held = repaint.HeldRepaint(self, longest_s=0.3)
        self.paints = 0

    def event(self, event: QEvent) -> bool:
        held = getattr(self, "held", None)  # Qt sends events from __init__ on
        if held is not None and held.takes(event):
            return True
        return super().event(event)

    def paintEvent(self, event: object) -> None:
        self.paints += 1


def test_a_held_repaint_waits_for_release_or_its_deadline(qtbot: QtBot) -> None:
    widget = _HeldWindow()
    qtbot.addWidget(widget)
    widget.resize(200, 100)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.wait(50)
    # Released: the change shows at once.
    widget.held.hold()
    before = widget.paints
    widget.update()
    qtbot.wait(30)
    assert widget.paints == before  # held
    widget.held.release()
    qtbot.waitUntil(lambda: widget.paints > before, timeout=2_000)
    assert not widget.held.holding
    # Never released (the result did not come): the deadline repaints.
    widget.held.hold()
    widget.held.hold()  # a second start does not extend the hold
    before = widget.paints
    widget.update()
    qtbot.wait(50)
    assert widget.paints == before
    qtbot.waitUntil(lambda: widget.paints > before, timeout=3_000)
    assert not widget.held.holding


def test_work_after_repaint_runs_in_the_turn_after_the_window_repaints(
    window: MainWindow, qtbot: QtBot
) -> None:
    """A finished run's history lines wait for the repaint they ask for, then
    run in a turn of their own; for a hidden widget, at once."""
    window.load_default_example()
    qtbot.waitUntil(lambda: window.analysis is not None, timeout=10_000)
    qtbot.wait(200)
    order: list[str] = []

    class Repaints(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if watched is window and event.type() == QEvent.Type.UpdateRequest:
                order.append("repaint")
            return False

    spy = Repaints()
    window.installEventFilter(spy)
    bar = window.timeline_bar
    assert bar.isVisible()
    repaint.after_repaint(bar, lambda: order.append("work"))
    assert order == []  # not at once: the repaint it asked for comes first
    qtbot.waitUntil(lambda: "work" in order, timeout=5_000)
    assert order[0] == "repaint"
    window.removeEventFilter(spy)
    bar.hide()
    done: list[bool] = []
    repaint.after_repaint(bar, lambda: done.append(True))
    assert done == [True]


def test_a_new_example_and_its_analysis_repaint_the_window_once(
    window: MainWindow, qtbot: QtBot
) -> None:
    """An example chosen from the menu is shown with its fit in one repaint:
    nothing in the window is painted between the new data set and its
    analysis (the table and plots were, 30-50 ms thrown away), and the data
    plot is painted after it."""
    from PySide6.QtWidgets import QApplication

    window.load_default_example()
    qtbot.waitUntil(lambda: window.analysis is not None, timeout=10_000)
    qtbot.wait(300)
    # However slow the machine, the hold lasts until the analysis comes.
    window._held_repaint._deadline.setInterval(10_000)
    viewport = window.plot_area.data.plot_widget().viewport()
    paints = {"window": 0, "data plot": 0}
    seen: dict[str, int] = {}

    class Counter(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and watched.window() is window
            ):
                paints["window"] += 1
                paints["data plot"] += watched is viewport
            return False

    counter = Counter()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(counter)
    try:
        c = window.controller
        c.dataset_changed.connect(lambda _d: seen.setdefault("data", paints["window"]))
        c.analysis_ready.connect(
            lambda _a: seen.setdefault("analysis", paints["window"])
        )
        example = next(
            a
            for a in window.menus.examples.actions()
            if a.text() == "Anscombe's quartet I"
        )
        before = paints["data plot"]
        example.trigger()
        qtbot.waitUntil(lambda: "analysis" in seen, timeout=10_000)
        assert seen["analysis"] == seen["data"]  # nothing painted in between
        qtbot.waitUntil(lambda: paints["data plot"] > before, timeout=2_000)
        assert not window._held_repaint.holding
    finally:
        app.removeEventFilter(counter)


def test_a_large_data_set_s_analysis_does_not_hold_the_repaint(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its analysis takes longer than the hold: holding would only delay what
    the user typed or clicked.  (The limit is lowered below the example's
    rows instead of building a large data set.)"""
    monkeypatch.setattr(main_window, "HOLD_REPAINT_UP_TO_ROWS", 5)
    window.load_default_example()
    qtbot.waitUntil(lambda: window.analysis is not None, timeout=10_000)
    held: list[bool] = []
    window.controller.analysis_started.connect(
        lambda: held.append(window._held_repaint.holding)
    )
    box = window.solver_panel.findChild(QCheckBox, "standardize")
    assert box is not None
    QTest.mouseClick(box, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(held), timeout=5_000)
    assert held == [False]


def test_a_new_example_s_axis_takes_its_width_before_the_plot_is_painted(
    window: MainWindow, qtbot: QtBot
) -> None:
    """pyqtgraph measures a vertical axis's labels while it paints them, then
    resizes the axis and paints the plot again.  Here the width is settled
    before the paint: the first paint of the new example already has it."""
    examples = {a.text(): a for a in window.menus.examples.actions()}
    plot = window.plot_area.data.plot_widget()
    axis = plot.getPlotItem().getAxis("left")
    examples["Anscombe's quartet I"].trigger()
    qtbot.waitUntil(lambda: window.analysis is not None, timeout=10_000)
    qtbot.wait(300)
    narrow = axis.width()
    widths_painted: list[float] = []
    arrived: list[bool] = []

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and arrived:
                widths_painted.append(axis.width())
            return False

    first_paint = FirstPaint()
    plot.viewport().installEventFilter(first_paint)
    window.controller.dataset_changed.connect(lambda _d: arrived.append(True))
    try:
        examples["Filip: degree-10 polynomial"].trigger()
        qtbot.waitUntil(lambda: bool(widths_painted), timeout=10_000)
        qtbot.wait(300)
    finally:
        plot.viewport().removeEventFilter(first_paint)
    assert axis.width() > narrow + 10  # "0.85" needs more room than "6"
    assert widths_painted[0] == axis.width()
