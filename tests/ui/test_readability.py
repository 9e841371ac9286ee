"""Readable at every size: tick labels that never touch, equations that wrap,
legends that keep every entry, no pyqtgraph "A" button."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from linreg_gui.settings import Settings
from linreg_gui.ui.main_window import MainWindow
from linreg_gui.ui.plots.axes import ReadableAxis, compact_numbers, labels_fit

pytestmark = pytest.mark.gui

SIZES = [(1024, 768), (1280, 800), (1920, 1080)]


def test_numbers_are_written_short() -> None:
    assert compact_numbers([0, 2e5, 4e5, 6e5], 2e5) == ["0", "200k", "400k", "600k"]
    assert compact_numbers([1.2e6, 1.4e6], 2e5) == ["1.2M", "1.4M"]
    assert compact_numbers([0, 2.5, 5], 2.5) == ["0", "2.5", "5.0"]
    assert compact_numbers([2e-5, 4e-5], 2e-5) == ["2e-5", "4e-5"]
    assert compact_numbers([-1, 0, 1], 1) == ["-1", "0", "1"]
    assert compact_numbers([0.25, 0.5], 0.25) == ["0.25", "0.50"]


def test_ticks_past_the_float_range_are_blank_not_an_error(qtbot) -> None:  # type: ignore[no-untyped-def]
    # A log axis asked for 10**400 (its range not yet in log units), or a
    # spacing below the smallest normal float: labels, never an OverflowError.
    axis = ReadableAxis("left")
    axis.setLogMode(False, True)
    assert axis.logTickStrings([1.0, 400.0, -400.0], 1.0, 1.0) == ["10", "", ""]
    assert compact_numbers([0.0], 1e-320) == ["0"]  # a view squeezed to one value


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = MainWindow(Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(win)
    win.show()
    win.load_default_example()
    qtbot.waitUntil(
        lambda: (
            win.controller.analysis is not None
            and win.analysis is win.controller.analysis
        ),
        timeout=20_000,
    )
    yield win
    win.close()


def _plot_items(win: MainWindow) -> list[object]:
    items = [
        win.data_plot.plot_item(),
        win.residual_plot.plot_item(),
        win.loss_plot.plot_item(),
        win.plot_area.landscape.plot_item(),
    ]
    items += [w.getPlotItem() for w in win.plot_area.diagnostics.widgets.values()]
    return items


@pytest.mark.parametrize("size", SIZES)
def test_tick_labels_never_touch(
    qtbot, window: MainWindow, size: tuple[int, int]
) -> None:  # type: ignore[no-untyped-def]
    window.resize(*size)
    # A long run on the loss plot (the axis read "0 200000400000600000"), and
    # data in the hundreds of thousands on the Fit plot.
    iterations = np.arange(0, 620_001, 100)
    window.loss_plot.reset(iterations.size)
    window.loss_plot.append(iterations, 50.0 / (1 + iterations))
    x = np.linspace(123_456.0, 987_654.0, 50)
    window.data_plot.set_points(x, 3e5 * x, x_label="x", y_label="y")
    for zoom in (1.0, 2.0):
        window.presentation.set_zoom(zoom)
        QApplication.processEvents()
        for item in _plot_items(window):
            for side in ("left", "bottom"):
                axis = item.getAxis(side)  # type: ignore[attr-defined]
                if axis.isVisible() and axis.width() > 0:
                    assert labels_fit(axis), (size, zoom, side, item)
    window.presentation.set_zoom(1.0)


def test_no_auto_range_button_on_any_plot(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    for item in _plot_items(window):
        assert not item.autoBtn.isVisible()  # type: ignore[attr-defined]


def test_a_long_equation_wraps_inside_its_plot(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.resize(1024, 768)
    QApplication.processEvents()
    terms = " + ".join(f"{k}.123456·x^{k}" for k in range(1, 9))
    window.data_plot.set_equation(f"ŷ = 4.2 + {terms}")
    QApplication.processEvents()
    label = window.data_plot._equation
    view = window.data_plot.plot_item().getViewBox()
    assert label.textItem.boundingRect().width() <= view.boundingRect().width()


def test_legends_keep_every_entry_through_resizes(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.data_plot.set_history([([0, 1], [0, 1], "iteration 0")])
    legend = window.data_plot._legend
    for width in (1920, 1024, 1600, 960, 1920):
        window.resize(width, 800)
        QApplication.processEvents()
        boxes = [
            sample.mapRectToScene(sample.boundingRect())
            for sample, _label in legend.items
        ]
        assert len(boxes) == 4
        for i, a in enumerate(boxes):
            for b in boxes[i + 1 :]:
                assert not a.intersects(b), width
