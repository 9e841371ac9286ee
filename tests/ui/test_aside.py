"""Big dot clouds are rasterised in a worker; the plot shows the last image meanwhile."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import numpy as np
import pytest
from PySide6.QtGui import QGuiApplication, QImage

# pyqtgraph binds to whichever Qt is already imported: PySide6 must come first.
# isort: split
from linreg_gui.ui.plots.aside import ASIDE_FROM, RENDERER
from linreg_gui.ui.plots.data_plot import DataPlot
from linreg_gui.ui.plots.points import DotCloudItem
from linreg_gui.ui.plots.raster import Frame

pytestmark = pytest.mark.gui


@pytest.fixture
def plot(qtbot: object) -> Iterator[DataPlot]:
    plot = DataPlot()
    qtbot.addWidget(plot)  # type: ignore[attr-defined]
    plot.resize(640, 420)
    plot.show()
    yield plot
    RENDERER.stop()


@pytest.fixture
def gui_renders(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The threads in which a dot cloud was rendered by its own ``render``."""
    seen: list[str] = []
    real = DotCloudItem.render

    def spy(self: DotCloudItem, frame: Frame) -> QImage:
        seen.append(threading.current_thread().name)
        return real(self, frame)

    monkeypatch.setattr(DotCloudItem, "render", spy)
    return seen


def _cloud(n: int, slope: float = 2.0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(3)
    x = rng.uniform(0, 10, n)
    return x, slope * x + rng.normal(size=n)


def _paint(plot: DataPlot) -> None:
    QGuiApplication.processEvents()
    plot.plot_widget().viewport().repaint()


def _settle(qtbot: object, plot: DataPlot) -> None:
    """Until the worker is idle and what it drew is painted."""

    def settled() -> bool:
        _paint(plot)
        return not RENDERER.busy()

    qtbot.waitUntil(settled, timeout=10_000)  # type: ignore[attr-defined]
    _paint(plot)


def test_a_big_cloud_is_drawn_by_the_worker_as_it_would_be_here(
    qtbot: object, plot: DataPlot, gui_renders: list[str]
) -> None:
    x, y = _cloud(ASIDE_FROM)
    plot.set_points(x, y, x_label="x", y_label="y")
    _paint(plot)
    _settle(qtbot, plot)
    dots = plot._points
    assert gui_renders == []  # nothing rasterised in the GUI thread
    image, frame = dots._shown  # type: ignore[misc]
    assert dots._cache_key == frame.key  # the worker's image is in use
    assert image == DotCloudItem.render(dots, frame)  # and the same as one made here


def test_a_small_cloud_is_drawn_at_once(plot: DataPlot, gui_renders: list[str]) -> None:
    x, y = _cloud(ASIDE_FROM - 1)
    plot.set_points(x, y, x_label="x", y_label="y")
    _paint(plot)
    assert gui_renders == [threading.current_thread().name]
    assert not RENDERER.busy()


def test_a_resize_shows_the_last_image_until_the_new_one_comes(
    qtbot: object, plot: DataPlot, gui_renders: list[str]
) -> None:
    x, y = _cloud(ASIDE_FROM)
    plot.set_points(x, y, x_label="x", y_label="y")
    _settle(qtbot, plot)
    dots = plot._points
    before = dots._shown[1]  # type: ignore[index]
    plot.resize(900, 560)
    _paint(plot)  # the old image, stretched: no rendering here
    _settle(qtbot, plot)
    after = dots._shown[1]  # type: ignore[index]
    assert after.width > before.width and after.height > before.height
    assert dots._cache_key == after.key
    assert gui_renders == []


def test_an_image_for_data_since_replaced_is_not_used(
    qtbot: object, plot: DataPlot
) -> None:
    x, y = _cloud(ASIDE_FROM)
    plot.set_points(x, y, x_label="x", y_label="y")
    _paint(plot)  # the worker draws these ...
    plot.set_points(x, -y, x_label="x", y_label="y")  # ... which are replaced
    _settle(qtbot, plot)
    dots = plot._points
    image, frame = dots._shown  # type: ignore[misc]
    assert dots._cache_key == frame.key
    assert image == DotCloudItem.render(dots, frame)  # the new dots
    assert np.array_equal(dots.getData()[1], -y)


def test_when_the_worker_fails_the_plot_draws_the_dots_itself(
    qtbot: object, plot: DataPlot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: DotCloudItem) -> object:
        def draw(frame: Frame) -> QImage:
            raise MemoryError("no room for the image")

        return draw

    x, y = _cloud(ASIDE_FROM)
    plot.set_points(x, y, x_label="x", y_label="y")
    monkeypatch.setattr(DotCloudItem, "renderer", broken)
    drawn_here: list[Frame] = []
    monkeypatch.setattr(
        DotCloudItem, "render", lambda self, frame: drawn_here.append(frame) or QImage()
    )
    _paint(plot)
    _settle(qtbot, plot)
    assert drawn_here  # by render(), in the GUI thread
    assert plot._points._cache_key == drawn_here[-1].key
