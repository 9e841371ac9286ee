"""Plot widgets, tested by the data their items hold (not by pixels)."""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QTransform
from PySide6.QtTest import QTest

# pyqtgraph binds to whichever Qt is already imported: PySide6 must come first.
# isort: split
import pyqtgraph as pg

from linreg_gui.ui.plots import points as points_module
from linreg_gui.ui.plots import style
from linreg_gui.ui.plots.data_plot import TRAIL_MAX, DataPlot
from linreg_gui.ui.plots.export import (
    MAX_EXPORT_RATIO,
    MIN_EXPORT_WIDTH,
    copy_plot_to_clipboard,
    plan_rasters,
    render_image,
    render_svg,
    save_plot,
)
from linreg_gui.ui.plots.lines import CLIP_PX, TrailItem, device_path
from linreg_gui.ui.plots.loss_plot import LossAxis, LossPlot, nice_ceil
from linreg_gui.ui.plots.points import (
    DotCloudItem,
    colourise,
    dot_kernel,
    rasterise,
)
from linreg_gui.ui.plots.residual_plot import ResidualPlot
from linreg_gui.ui.plots.series import PeakSeries

pytestmark = pytest.mark.gui


def _paint(widget: DataPlot | LossPlot | ResidualPlot) -> None:
    """Deliver pending updates and paint now, as the event loop would."""
    QGuiApplication.processEvents()
    widget.plot_widget().viewport().repaint()


def _view_range(widget: DataPlot | LossPlot | ResidualPlot) -> list[list[float]]:
    return [list(r) for r in widget.plot_item().getViewBox().viewRange()]


@pytest.fixture
def data_plot(qtbot: object) -> DataPlot:
    plot = DataPlot()
    qtbot.addWidget(plot)  # type: ignore[attr-defined]
    plot.resize(640, 420)
    plot.show()
    return plot


@pytest.fixture
def line_data() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(42)
    x = 2 * rng.random(100)
    return x, 4 + 3 * x + rng.normal(size=100)


# --- DataPlot ------------------------------------------------------------------------
def test_set_points_splits_used_and_excluded(data_plot: DataPlot, line_data) -> None:
    x, y = line_data
    excluded = np.zeros(x.size, dtype=bool)
    excluded[[3, 17]] = True
    data_plot.set_points(x, y, x_label="x", y_label="y", excluded=excluded)
    sx, sy = data_plot.scatter.getData()
    ex, ey = data_plot.excluded_scatter.getData()
    np.testing.assert_array_equal(sx, x[~excluded])
    np.testing.assert_array_equal(sy, y[~excluded])
    np.testing.assert_array_equal(ex, x[excluded])
    np.testing.assert_array_equal(ey, y[excluded])
    item = data_plot.plot_item()
    assert item.getAxis("bottom").labelText == "x"
    assert item.getAxis("left").labelText == "y"


def test_set_points_frames_all_data_with_a_margin(data_plot: DataPlot, line_data):
    x, y = line_data
    data_plot.set_points(x, y, x_label="x", y_label="y")
    (x0, x1), (y0, y1) = _view_range(data_plot)
    assert x0 < x.min() < x.max() < x1
    assert y0 < y.min() < y.max() < y1
    assert x.min() - x0 < 0.2 * np.ptp(x)  # a margin, not a wasteland


def test_set_fit_moves_only_the_line(data_plot: DataPlot, line_data) -> None:
    x, y = line_data
    data_plot.set_points(x, y, x_label="x", y_label="y")
    before = _view_range(data_plot)
    xs = np.array([0.0, 2.0])
    for slope in (0.0, 1.5, 3.0):
        data_plot.set_fit(xs, 4 + slope * xs)
        QGuiApplication.processEvents()
    fx, fy = data_plot.fit_curve.getData()
    np.testing.assert_array_equal(fx, xs)
    np.testing.assert_array_equal(fy, 4 + 3.0 * xs)
    assert _view_range(data_plot) == before


def test_diverging_line_leaves_the_view_alone(data_plot: DataPlot, line_data) -> None:
    x, y = line_data
    data_plot.set_points(x, y, x_label="x", y_label="y")
    before = _view_range(data_plot)
    xs = np.linspace(0, 2, 50)
    for ys in (1e300 * xs**5, np.full(50, np.inf), np.full(50, np.nan), -1e307 * xs):
        data_plot.set_fit(xs, ys)
        data_plot.add_trail(xs, ys)
        _paint(data_plot)
    assert _view_range(data_plot) == before
    # "View all" frames the data, not a line heading for infinity.
    data_plot.plot_item().getViewBox().autoRange()
    (x0, x1), (y0, y1) = _view_range(data_plot)
    assert all(math.isfinite(v) for v in (x0, x1, y0, y1))
    assert y1 - y0 < 10 * np.ptp(y)


@pytest.mark.qt_log_ignore("does not support")  # a menu on the offscreen platform
@pytest.mark.parametrize("plot_kind", ["data", "loss"])
def test_a_right_click_opens_the_view_menu_built_only_then(
    qtbot: object, plot_kind: str, line_data
) -> None:
    """pyqtgraph's view menu (View All, the axis panels) costs 20-25 ms to
    build: the plot makes it on the first right click, and it works."""
    plot: DataPlot | LossPlot = DataPlot() if plot_kind == "data" else LossPlot()
    qtbot.addWidget(plot)  # type: ignore[attr-defined]
    plot.resize(640, 420)
    plot.show()
    qtbot.waitExposed(plot)  # type: ignore[attr-defined]
    view = plot.plot_item().getViewBox()
    if isinstance(plot, DataPlot):
        plot.set_points(*line_data, x_label="x", y_label="y")
    else:
        plot.append(np.arange(1, 50), np.geomspace(10, 1, 49))
    assert view.menu is None
    viewport = plot.plot_widget().viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.RightButton, pos=viewport.rect().center())
    menu = view.menu
    assert menu is not None
    qtbot.waitUntil(menu.isVisible)  # type: ignore[attr-defined]
    texts = [action.text() for action in menu.actions()]
    assert "View All" in texts
    view.setRange(xRange=(100, 101), yRange=(100, 101), padding=0)
    next(a for a in menu.actions() if a.text() == "View All").trigger()
    menu.close()
    (x0, x1), _ = view.viewRange()
    assert x0 < 50 and x1 > 1  # back on the data
    assert view.getContextMenus(None) == menu.actions()
    view.setMenuEnabled(False)
    assert view.menu is None and view.getContextMenus(None) == []


@pytest.mark.parametrize("seed", range(6))
def test_padded_range_frames_the_finite_values_only(seed: int) -> None:
    """The view's range: the finite values' least and greatest, widened by the
    margin; NaN and ±inf are left out, and nothing finite gives (0, 1)."""
    from linreg_gui.ui.plots.data_plot import MARGIN, padded_range

    rng = np.random.default_rng(seed)
    arrays = [rng.normal(size=rng.integers(0, 50)) * 10.0 ** rng.integers(-3, 4)]
    arrays.append(rng.normal(size=30))
    for a in arrays:
        holes = rng.random(a.size) < 0.2 * (seed % 3)
        a[holes] = rng.choice([np.nan, np.inf, -np.inf], int(holes.sum()))
    finite = np.concatenate([a[np.isfinite(a)] for a in arrays])
    lo, hi = padded_range(*arrays)
    span = finite.max() - finite.min()
    assert lo == pytest.approx(finite.min() - MARGIN * span)
    assert hi == pytest.approx(finite.max() + MARGIN * span)
    assert padded_range(np.array([np.nan, np.inf, -np.inf])) == (0.0, 1.0)
    assert padded_range(np.empty(0)) == (0.0, 1.0)


def test_moving_the_line_does_not_redraw_the_scatter(
    data_plot: DataPlot, line_data, monkeypatch: pytest.MonkeyPatch
) -> None:
    x, y = line_data
    data_plot.set_points(x, y, x_label="x", y_label="y")
    data_plot.set_fit(np.array([0.0, 2.0]), np.array([4.0, 10.0]))
    for _ in range(2):  # axes settle their width after the first paint of new ticks
        _paint(data_plot)
    renders = []
    original = DotCloudItem.render

    def counting(self: DotCloudItem, frame: object) -> object:
        renders.append(self)
        return original(self, frame)

    monkeypatch.setattr(DotCloudItem, "render", counting)
    xs = np.array([0.0, 2.0])
    for k in range(5):
        data_plot.set_fit(xs, k + xs)
        _paint(data_plot)
    assert renders == []
    data_plot.set_points(x, y + 1, x_label="x", y_label="y")
    _paint(data_plot)
    assert renders  # new data do re-render


def test_reference_line_is_set_and_can_be_hidden(data_plot: DataPlot) -> None:
    xs = np.array([0.0, 2.0])
    data_plot.set_reference(xs, 4.215 + 2.770 * xs)
    rx, ry = data_plot.reference_curve.getData()
    np.testing.assert_array_equal(rx, xs)
    np.testing.assert_array_equal(ry, 4.215 + 2.770 * xs)
    assert data_plot.reference_curve.opts["pen"].style() != Qt.PenStyle.SolidLine
    data_plot.set_reference_visible(False)
    assert not data_plot.reference_curve.isVisible()
    data_plot.set_reference_visible(True)
    assert data_plot.reference_curve.isVisible()


def test_trail_keeps_the_newest_lines_and_fades_older_ones(
    data_plot: DataPlot, monkeypatch: pytest.MonkeyPatch
) -> None:
    xs = np.array([0.0, 1.0])
    n_items = len(data_plot.plot_item().items)
    for k in range(TRAIL_MAX + 15):
        data_plot.add_trail(xs, xs * k)
    trail = data_plot.trail_lines()
    assert len(trail) == TRAIL_MAX
    newest = TRAIL_MAX + 14
    assert [y[1] for _, y, _ in trail[:3]] == [newest, newest - 1, newest - 2]
    assert trail[-1][1][1] == newest - TRAIL_MAX + 1  # the oldest kept
    opacities = [opacity for _, _, opacity in trail]
    assert opacities == sorted(opacities, reverse=True)
    assert opacities[-1] < opacities[0]
    assert len(data_plot.plot_item().items) == n_items  # no items added
    _paint(data_plot)
    # Adding to a drawn trail updates its image in place (no full redraw) ...
    full = []
    original = TrailItem.render

    def counting(self: TrailItem, frame: object) -> object:
        full.append(frame)
        return original(self, frame)

    monkeypatch.setattr(TrailItem, "render", counting)
    for k in range(5):
        data_plot.add_trail(xs, -xs * k)
        _paint(data_plot)
    assert full == []
    assert data_plot.trail_lines()[0][1][1] == -4.0
    # ... and a change of view redraws it from the kept lines.
    data_plot.plot_item().getViewBox().setRange(xRange=(0, 2), padding=0)
    _paint(data_plot)
    assert len(full) == 1
    data_plot.clear_trail()
    assert data_plot.trail_lines() == []
    data_plot.add_trail(xs, xs)
    assert len(data_plot.trail_lines()) == 1


def test_predicted_mode_shows_identity_line(data_plot: DataPlot) -> None:
    rng = np.random.default_rng(1)
    actual = rng.normal(10, 3, size=200)
    predicted = actual + rng.normal(size=200)
    data_plot.set_fit(np.array([0.0, 1.0]), np.array([0.0, 1.0]))
    data_plot.set_predicted_mode(actual, predicted, y_label="price")
    np.testing.assert_array_equal(data_plot.scatter.getData()[0], actual)
    np.testing.assert_array_equal(data_plot.scatter.getData()[1], predicted)
    ix, iy = data_plot.identity_curve.getData()
    np.testing.assert_array_equal(ix, iy)  # y = x
    assert ix[0] < actual.min() and ix[-1] > actual.max()
    assert data_plot.identity_curve.isVisible()
    assert not data_plot.fit_curve.isVisible()
    assert data_plot.plot_item().getAxis("left").labelText == "Predicted price"
    before = _view_range(data_plot)
    data_plot.update_predicted(actual * 0.5)
    np.testing.assert_array_equal(data_plot.scatter.getData()[1], actual * 0.5)
    assert _view_range(data_plot) == before
    data_plot.set_points(actual, predicted, x_label="x", y_label="y")
    assert not data_plot.identity_curve.isVisible()
    assert data_plot.fit_curve.isVisible()


def test_equation_label(data_plot: DataPlot) -> None:
    data_plot.set_equation("ŷ = 2.770·x + 4.215")
    assert data_plot.equation() == "ŷ = 2.770·x + 4.215"
    data_plot.set_equation("R² = 0.9", corner="bottom-right")
    assert data_plot.equation() == "R² = 0.9"
    with pytest.raises(ValueError, match="corner"):
        data_plot.set_equation("x", corner="middle")
    data_plot.set_equation("")


def test_non_finite_points_do_not_raise(data_plot: DataPlot) -> None:
    x = np.array([0.0, 1.0, np.nan, 3.0, np.inf])
    y = np.array([1.0, np.nan, 2.0, 3.0, 4.0])
    data_plot.set_points(x, y, x_label="x", y_label="y")
    _paint(data_plot)
    (x0, x1), _ = _view_range(data_plot)
    assert x0 < 0.0 and x1 > 3.0
    data_plot.set_points(np.full(3, np.nan), np.full(3, np.nan), x_label="", y_label="")
    _paint(data_plot)


def test_axes_keep_their_drawing_while_range_and_label_stay(
    data_plot: DataPlot,
) -> None:
    """A view's resize and range signals set both axes' ranges again, and a
    plot relabels its axes on each new analysis: when nothing changed, the
    axes keep their drawing (each redraw measured every label anew)."""
    data_plot.set_points(
        np.array([0.0, 10.0]), np.array([0.0, 1.0]), x_label="x", y_label="y"
    )
    _paint(data_plot)
    item = data_plot.plot_item()
    left, bottom = item.getAxis("left"), item.getAxis("bottom")
    assert left.picture is not None and bottom.picture is not None
    left.setRange(*left.range)
    style.set_axis_labels(item, "x", "y")
    assert left.picture is not None and bottom.picture is not None
    left.setRange(left.range[0], left.range[1] + 1.0)  # a real change redraws
    assert left.picture is None and bottom.picture is not None
    style.set_axis_labels(item, "hours", "y")
    assert bottom.labelText == "hours" and bottom.picture is None
    # The hidden axes no longer rewrite their labels' HTML on each change.
    assert not item.getAxis("top").autoSIPrefix
    assert not item.getAxis("right").autoSIPrefix


def test_grid_follows_the_axis_ticks(data_plot: DataPlot) -> None:
    data_plot.set_points(
        np.array([0.0, 10.0]), np.array([0.0, 1.0]), x_label="x", y_label="y"
    )
    _paint(data_plot)
    widget = data_plot.plot_widget()
    view = data_plot.plot_item().getViewBox()
    majors = [
        at for level, vertical, at in widget.grid_lines() if vertical and not level
    ]
    ticks = [view.mapSceneToView(QPointF(at, 0)).x() for at in majors]
    assert ticks == pytest.approx([0.0, 2.0, 4.0, 6.0, 8.0, 10.0], abs=1e-9)
    widget.set_grid_visible(False)
    assert widget.grid_lines() == []


def test_line_paths_stay_finite_for_diverging_values() -> None:
    tr = QTransform(100.0, 0.0, 0.0, -100.0, 50.0, 400.0)
    xs = np.array([0.0, 1.0, 2.0, 3.0])
    ys = np.array([1.0, 1e300, np.inf, 2.0])
    path = device_path(tr, xs, ys, QRectF(0, 0, 800, 600))
    points = [path.elementAt(i) for i in range(path.elementCount())]
    assert all(math.isfinite(p.x) and math.isfinite(p.y) for p in points)
    assert min(p.y for p in points) >= -CLIP_PX
    # the point at inf breaks the line: two pieces, two move-to elements
    assert sum(p.isMoveTo() for p in points) == 2


# --- the dot rasteriser ----------------------------------------------------------------
@pytest.mark.parametrize("fft", ["numpy.fft", "scipy.fft"])
def test_the_fft_spread_agrees_with_the_shifted_adds(
    monkeypatch: pytest.MonkeyPatch, fft: str
) -> None:
    """A big kernel (an export's dots) is spread by FFT: the same coverage as
    one shifted add per cell, to float32 rounding, and exactly none where no
    dot reaches; by SciPy's FFT if the process has it, NumPy's if not."""
    import importlib
    import sys

    module = importlib.import_module(fft)
    monkeypatch.setitem(sys.modules, "scipy.fft", module)  # what _fft_module finds
    assert points_module._fft_module() is module
    rng = np.random.default_rng(5)
    px = np.concatenate([rng.uniform(-8, 120, 3000), [np.nan]])
    py = np.concatenate([rng.uniform(-8, 40, 3000), [1.0]])
    kernel = dot_kernel(12.0)
    monkeypatch.setattr(points_module, "_STAMP_BUDGET", 0)
    monkeypatch.setattr(points_module, "_FFT_FROM_CELLS", 10**9)
    added = rasterise(px, py, 113, 90, kernel)
    monkeypatch.setattr(points_module, "_FFT_FROM_CELLS", 1)
    spread = rasterise(px, py, 113, 90, kernel)
    assert spread.shape == added.shape == (90, 113)
    np.testing.assert_allclose(spread, added, rtol=1e-5, atol=1e-4)
    assert np.array_equal(spread == 0, added == 0)  # the rows no dot reaches
    assert (added[60:] == 0).all()


def test_rasteriser_paths_agree(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(3)
    px = rng.uniform(-6, 106, 400)
    py = rng.uniform(-6, 66, 400)
    px[0] = np.nan
    kernel = dot_kernel(7.0)
    stamped = rasterise(px, py, 100, 60, kernel)
    monkeypatch.setattr(points_module, "_STAMP_BUDGET", 0)
    binned = rasterise(px, py, 100, 60, kernel)
    np.testing.assert_allclose(stamped, binned, rtol=1e-5, atol=1e-5)
    # a lone dot's coverage sums to about its area
    one = rasterise(np.array([50.5]), np.array([30.5]), 100, 60, kernel)
    assert one.sum() == pytest.approx(math.pi * 3.5**2, rel=0.05)
    # one fully covered pixel gets the single-dot opacity; empty pixels stay empty
    pixels = colourise(one, (0, 114, 178), 0.7)
    assert abs(int(pixels[30, 50] >> 24) - 0.7 * 255) <= 1
    assert pixels[0, 0] == 0
    # overlapping dots are darker, but never opaque beyond 100 %
    many = colourise(one * 1000, (0, 114, 178), 0.7)
    assert 0.7 * 255 + 1 < many[30, 50] >> 24 <= 255


# --- LossPlot --------------------------------------------------------------------------
@pytest.fixture
def loss_plot(qtbot: object) -> LossPlot:
    plot = LossPlot()
    qtbot.addWidget(plot)  # type: ignore[attr-defined]
    plot.resize(640, 420)
    plot.show()
    return plot


def test_peak_series_doubles_and_keeps_order() -> None:
    s = PeakSeries(capacity=4)
    for k in range(10):
        s.append(np.arange(3 * k, 3 * k + 3), np.arange(3 * k, 3 * k + 3) * 0.5)
    assert s.capacity == 32
    np.testing.assert_array_equal(s.x, np.arange(30))
    assert s.x.dtype.kind == "i"
    s.append(np.array([30.5]), np.array([1.0]))  # floats switch the x buffer
    assert s.x.dtype == np.float64 and s.x[-1] == 30.5 and s.x[29] == 29


def test_peak_series_draws_few_points_and_keeps_every_spike() -> None:
    rng = np.random.default_rng(5)
    y = np.abs(rng.normal(size=100_000))
    y[[7, 50_001, 99_998]] = [50.0, 80.0, 60.0]  # spikes
    y[1234] = np.nan
    s = PeakSeries()
    for chunk in np.array_split(np.arange(y.size), 97):  # uneven batches
        s.append(chunk, y[chunk])
    xs, ys = s.display(0, 99_999, 800)
    assert xs.size <= 2 * 800 + 8
    assert np.nanmax(ys) == 80.0 and {50.0, 60.0} <= set(ys.tolist())
    assert np.all(np.diff(xs) >= 0)
    # zoomed in, the raw points come back
    xs, ys = s.display(50_000, 50_100, 800)
    np.testing.assert_array_equal(ys, y[49_999:50_102])
    # summaries built batch by batch equal summaries built at once
    whole = PeakSeries()
    whole.append(np.arange(y.size), y)
    np.testing.assert_array_equal(
        whole.display(0, 99_999, 300)[1], s.display(0, 99_999, 300)[1]
    )


@pytest.mark.parametrize("seed", range(6))
def test_peak_series_summaries_hold_however_the_points_arrive(seed: int) -> None:
    """One step at a time (a slow run), in odd batches, across Reset: each
    summary level holds exactly the blocks of the level below.  A level made
    when its children already filled a block missed that block, so the loss
    plot drew a wrong peak, or raised "could not broadcast (113,) into (114,)"
    in a paint (a soak found it, after a slow run and Step)."""
    from linreg_gui.ui.plots.series import FAN

    rng = np.random.default_rng(seed)
    series = PeakSeries()
    parts: list[np.ndarray] = []
    n = 0
    for _ in range(200):
        if rng.random() < 0.03:  # Reset, room made for the next run
            series.clear(int(rng.integers(0, 5000)))
            parts, n = [], 0
        m = int(rng.choice([1, 1, 1, 2, 3, 5, 16, 17, 64, 333]))
        y = rng.random(m)
        series.append(np.arange(n, n + m), y)
        parts.append(y)
        n += m
    lo = hi = np.concatenate(parts)
    k = 0
    while lo.size > FAN:
        pad = (-lo.size) % FAN
        lo = np.concatenate([lo, np.full(pad, np.inf)]).reshape(-1, FAN).min(1)
        hi = np.concatenate([hi, np.full(pad, -np.inf)]).reshape(-1, FAN).max(1)
        kept_lo, kept_hi = series._levels[k]
        np.testing.assert_array_equal(kept_lo.values, lo)
        np.testing.assert_array_equal(kept_hi.values, hi)
        k += 1
    for pixels in (16, 40, 300):
        xs, ys = series.display(0, n, pixels)
        assert xs.size == ys.size and np.nanmax(ys) == max(p.max() for p in parts)


def test_nice_ceil() -> None:
    assert [nice_ceil(v) for v in (0.7, 1.0, 1.2, 2.5, 7.0, 101.0)] == [
        0.8,
        1.0,
        1.5,
        3.0,
        8.0,
        150.0,
    ]


def test_loss_append_accumulates_every_point_in_order(loss_plot: LossPlot) -> None:
    rng = np.random.default_rng(0)
    sizes = rng.integers(1, 400, size=60)
    start, xs, ys, ts = 0, [], [], []
    for n in sizes:
        it = np.arange(start, start + n)
        loss = 10.0 / (1.0 + it)
        xs.append(it)
        ys.append(loss)
        ts.append(loss * 1.1)
        loss_plot.append(it, loss, loss * 1.1)
        start += n
    (tx, ty), (vx, vy) = loss_plot.data()
    np.testing.assert_array_equal(tx, np.concatenate(xs))
    np.testing.assert_array_equal(ty, np.concatenate(ys))
    np.testing.assert_array_equal(vx, np.concatenate(xs))
    np.testing.assert_array_equal(vy, np.concatenate(ts))
    cx, cy = loss_plot.train_curve.getOriginalDataset()
    assert cy.size <= 2 * 640 + 8  # drawn: about two points per pixel column
    loss_plot.reset()
    (tx, ty), (vx, vy) = loss_plot.data()
    assert tx.size == ty.size == vx.size == 0


def test_loss_view_follows_the_data(loss_plot: LossPlot) -> None:
    loss_plot.append(np.arange(100), np.linspace(50.0, 1.0, 100))
    _paint(loss_plot)
    (x0, x1), (y0, y1) = _view_range(loss_plot)
    assert x0 <= 0 and x1 >= 99 and y0 <= 1.0 and y1 >= 50.0
    loss_plot.append(np.arange(100, 1000), np.full(900, 0.5))
    _paint(loss_plot)
    (x0, x1), (y0, y1) = _view_range(loss_plot)
    assert x1 >= 999 and y0 <= 0.5


def test_a_zero_loss_on_a_log_axis_draws_no_dot_and_warns_not(
    loss_plot: LossPlot,
) -> None:
    """Two rows fit exactly: the loss is 0, which a log axis cannot place.
    pyqtgraph kept a dot at NaN and warned "All-NaN slice" in every paint (an
    error here, as warnings are in the tests)."""
    loss_plot.reset()
    loss_plot.set_log_y(True)
    loss_plot.append(np.array([0]), np.array([0.0]))
    _paint(loss_plot)
    curve = loss_plot.train_curve
    assert curve.scatter.data.size == 0
    loss_plot.set_log_y(False)  # on a linear axis, the 0 is a point again
    _paint(loss_plot)
    assert curve.scatter.data.size == 1
    loss_plot.append(np.array([1]), np.array([2.0]))
    loss_plot.set_log_y(True)
    _paint(loss_plot)
    assert curve.getOriginalDataset()[1].tolist() == [0.0, 2.0]  # 0: a gap


def test_x_limit_holds_the_axis_during_a_run(loss_plot: LossPlot) -> None:
    loss_plot.set_x_limit(10_000)
    loss_plot.append(np.arange(100), np.linspace(50.0, 1.0, 100))
    _paint(loss_plot)
    _paint(loss_plot)  # the axis settles its width on the first paint
    first = _view_range(loss_plot)[0]
    loss_plot.append(np.arange(100, 5000), np.full(4900, 1.0))
    _paint(loss_plot)
    assert _view_range(loss_plot)[0] == first  # axis unchanged: no new ticks
    assert first[1] >= 10_000
    loss_plot.set_x_limit(None)  # run over: fit the iterations that ran
    _paint(loss_plot)
    x0, x1 = _view_range(loss_plot)[0]
    assert 4999 <= x1 < 10_000


def test_log_mode_toggles(loss_plot: LossPlot) -> None:
    loss_plot.append(np.arange(50), np.logspace(3, -2, 50))
    loss_plot.set_reference_loss(0.01)
    loss_plot.set_log_y(True)
    assert loss_plot.log_y()
    assert loss_plot.train_curve.opts["logMode"][1]
    assert loss_plot.reference_line.value() == pytest.approx(-2.0)
    _paint(loss_plot)
    (_, _), (y0, y1) = _view_range(loss_plot)
    assert y0 <= -2.0 and 3.0 <= y1 < 10.0  # decades, not raw losses
    loss_plot.set_log_y(False)
    assert not loss_plot.log_y()
    assert loss_plot.reference_line.value() == pytest.approx(0.01)


def test_log_axis_labels_decades_first() -> None:
    axis = LossAxis("left")
    levels = axis.logTickValues(-0.31, 2.0, 400.0, [])
    assert levels[0] == (1.0, [0.0, 1.0, 2.0])
    np.testing.assert_allclose(
        levels[1][1], np.log10([0.5, 2.0, 5.0, 20.0, 50.0]), rtol=0, atol=1e-12
    )
    assert len(levels[2][1]) == 4 + 6 + 6  # 0.6-0.9, then 3, 4, 6, 7, 8, 9 twice


def test_reference_loss_line(loss_plot: LossPlot) -> None:
    loss_plot.set_reference_loss(0.8123)
    assert loss_plot.reference_loss() == 0.8123
    assert loss_plot.reference_line.value() == pytest.approx(0.8123)
    assert loss_plot.reference_line.isVisible()
    assert loss_plot.reference_line.pen.style() != 1  # dashed
    loss_plot.set_reference_loss(None)
    assert loss_plot.reference_loss() is None
    assert not loss_plot.reference_line.isVisible()


def test_non_finite_losses_do_not_break_the_plot(loss_plot: LossPlot) -> None:
    loss_plot.append(np.arange(4), np.array([5.0, np.nan, np.inf, 1e300]))
    loss_plot.append(np.arange(4, 8), np.array([-np.inf, 0.0, 2.0, np.nan]))
    _paint(loss_plot)
    loss_plot.set_log_y(True)
    _paint(loss_plot)
    ranges = _view_range(loss_plot)
    assert all(math.isfinite(v) for r in ranges for v in r)
    (_, ty), _ = loss_plot.data()
    assert ty.size == 8 and np.isnan(ty[1]) and ty[6] == 2.0


# --- ResidualPlot ----------------------------------------------------------------------
def test_residuals_with_excluded_and_outliers(qtbot: object) -> None:
    plot = ResidualPlot()
    qtbot.addWidget(plot)  # type: ignore[attr-defined]
    fitted = np.linspace(0, 10, 20)
    residuals = np.sin(fitted)
    residuals[5] = 4.0
    excluded = np.zeros(20, dtype=bool)
    excluded[0] = True
    outliers = np.abs(residuals) > 2
    plot.set_residuals(fitted, residuals, excluded=excluded, outliers=outliers)
    np.testing.assert_array_equal(plot.scatter.getData()[0], fitted[1:])
    np.testing.assert_array_equal(plot.excluded_scatter.getData()[1], residuals[:1])
    np.testing.assert_array_equal(plot.outlier_rings.getData()[1], [4.0])
    assert plot.zero_line.value() == 0.0
    _, (y0, y1) = _view_range(plot)
    assert y0 == pytest.approx(-y1) and y1 > 4.0
    plot.clear()
    assert plot.scatter.getData()[0].size == 0
    with pytest.raises(ValueError, match="outliers"):
        plot.set_residuals(fitted, residuals, outliers=outliers[:3])


# --- export ----------------------------------------------------------------------------
def test_save_png_and_svg(data_plot: DataPlot, line_data, tmp_path: Path) -> None:
    x, y = line_data
    data_plot.set_points(x, y, x_label="x", y_label="y")
    data_plot.set_fit(np.array([0.0, 2.0]), np.array([4.0, 10.0]))
    png = tmp_path / "plot.png"
    save_plot(data_plot.plot_item(), png)
    image = QImage(str(png))
    assert not image.isNull() and image.width() >= MIN_EXPORT_WIDTH
    svg = tmp_path / "plot.SVG"
    save_plot(data_plot.plot_item(), svg)
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert "clipPath" in svg.read_text()  # lines stay inside the axes
    assert "<image" in svg.read_text()  # the points
    with pytest.raises(ValueError, match=r"\.jpg"):
        save_plot(data_plot.plot_item(), tmp_path / "plot.jpg")
    with pytest.raises(ValueError, match="no suffix"):
        save_plot(data_plot.plot_item(), tmp_path / "plot")


def test_dots_drawn_off_the_gui_thread_are_the_export_s_dots(
    data_plot: DataPlot, line_data, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An export's dot clouds are drawn by a worker from a plan; the export
    then renders none on the GUI thread, and looks as one made at once."""
    import threading

    x, y = line_data
    excluded = np.zeros(x.size, dtype=bool)
    excluded[[3, 17]] = True
    data_plot.set_points(x, y, excluded=excluded, x_label="x", y_label="y")
    data_plot.set_fit(np.array([0.0, 2.0]), np.array([4.0, 10.0]))
    _paint(data_plot)
    item = data_plot.plot_item()
    at_once = render_image(item)
    svg_at_once = render_svg(item)

    rendered: list[str] = []
    real = DotCloudItem.render
    monkeypatch.setattr(
        DotCloudItem,
        "render",
        lambda self, frame: rendered.append("GUI") or real(self, frame),
    )
    for svg in (False, True):
        plan = plan_rasters(item, svg=svg)
        assert len(plan.rasters) == 2  # the dots used, and those left out
        worker = threading.Thread(target=plan.draw)
        worker.start()
        worker.join()
        if svg:
            assert render_svg(item, plan) == svg_at_once
        else:
            assert render_image(item, rasters=plan) == at_once
        assert rendered == []

    plan = plan_rasters(item).draw()
    data_plot.set_points(x, -y, excluded=excluded, x_label="x", y_label="y")
    _paint(data_plot)
    rendered.clear()
    changed = render_image(item, rasters=plan)
    assert rendered == ["GUI", "GUI"]  # the plan's images were not used ...
    assert changed == render_image(item)  # ... the new dots were drawn
    assert changed != at_once


def test_copy_puts_an_image_on_the_clipboard(loss_plot: LossPlot) -> None:
    loss_plot.append(np.arange(10), np.linspace(5, 1, 10))
    QGuiApplication.clipboard().clear()
    copy_plot_to_clipboard(loss_plot.plot_item())
    image = QGuiApplication.clipboard().image()
    assert not image.isNull() and image.width() >= MIN_EXPORT_WIDTH


def test_plot_items_are_pyqtgraph(data_plot: DataPlot) -> None:
    assert isinstance(data_plot.plot_item(), pg.PlotItem)


def test_legend_wraps_instead_of_being_clipped(loss_plot: LossPlot) -> None:
    loss_plot.reset(10, with_test=True)
    loss_plot.append(np.arange(3), [3.0, 2.0, 1.0], [3.5, 2.5, 1.5])
    loss_plot.set_reference_loss(0.5)
    loss_plot.refresh_legend_now()
    legend = loss_plot._legend
    entries = len(legend.items)
    assert entries == 3
    loss_plot.resize(900, 400)
    _paint(loss_plot)
    assert legend.columnCount == entries  # one row when it fits
    loss_plot.resize(230, 400)
    _paint(loss_plot)
    assert legend.columnCount < entries  # wrapped
    item = loss_plot.plot_item()
    assert legend.mapRectToItem(item, legend.boundingRect()).right() <= item.width()
    loss_plot.resize(900, 400)
    _paint(loss_plot)
    assert legend.columnCount == entries


def test_a_new_minimum_relabels_the_legend_and_keeps_its_entries(
    loss_plot: LossPlot,
) -> None:
    """Each edit moves the least-squares minimum: the legend's text follows,
    its entries and swatches are the same objects (no rebuild), and the strip
    still fits."""
    loss_plot.reset(10, with_test=True)
    loss_plot.append(np.arange(3), [3.0, 2.0, 1.0], [3.5, 2.5, 1.5])
    loss_plot.set_reference_loss(0.5)
    loss_plot.refresh_legend_now()
    legend = loss_plot._legend
    before = list(legend.items)
    assert "0.5" in before[-1][1].text
    loss_plot.set_reference_loss(0.123456)
    loss_plot.refresh_legend_now()
    assert [id(s) for s, _ in legend.items] == [id(s) for s, _ in before]
    assert [id(label) for _, label in legend.items] == [id(lb) for _, lb in before]
    assert "0.1235" in legend.items[-1][1].text
    loss_plot.resize(320, 400)
    _paint(loss_plot)
    item = loss_plot.plot_item()
    assert legend.mapRectToItem(item, legend.boundingRect()).right() <= item.width()
    loss_plot.set_reference_loss(None)  # one series fewer: rebuilt
    loss_plot.refresh_legend_now()
    assert len(legend.items) == 2


def test_a_series_coming_and_going_reuses_the_legend_s_labels(
    loss_plot: LossPlot,
) -> None:
    """Run and Reset add and drop the Test and Minimum entries: the legend is
    rebuilt from the labels it had (pyqtgraph makes a new one in 1.3 ms), the
    dropped ones are hidden, and what shows is the entries asked for, in a row."""
    loss_plot.resize(900, 400)
    loss_plot.reset(10, with_test=True)
    loss_plot.append(np.arange(3), [3.0, 2.0, 1.0], [3.5, 2.5, 1.5])
    loss_plot.set_reference_loss(0.5)
    loss_plot.refresh_legend_now()
    legend = loss_plot._legend
    labels = {id(label) for _, label in legend.items}
    assert len(labels) == 3
    made = []
    original = pg.LabelItem.__init__

    def counting(self: pg.LabelItem, *args: object, **kwargs: object) -> None:
        made.append(self)
        original(self, *args, **kwargs)

    pg.LabelItem.__init__ = counting
    try:
        for _ in range(3):
            loss_plot.reset()  # Train only
            loss_plot.refresh_legend_now()
            assert [label.text for _, label in legend.items] == ["Train"]
            loss_plot.reset(10, with_test=True)
            loss_plot.append(np.arange(3), [3.0, 2.0, 1.0], [3.5, 2.5, 1.5])
            loss_plot.set_reference_loss(0.25)
            loss_plot.refresh_legend_now()
            _paint(loss_plot)
    finally:
        pg.LabelItem.__init__ = original
    assert made == []
    assert {id(label) for _, label in legend.items} == labels
    texts = [label.text.replace("\u00a0", "") for _, label in legend.items]
    assert texts == ["Train", "Test", "Minimum 0.25"]
    visible = [
        child
        for child in legend.childItems()
        if isinstance(child, pg.LabelItem) and child.isVisible()
    ]
    assert len(visible) == 3
    layout = legend.layout
    assert [layout.itemAt(0, c) for c in range(6)] == [
        item for pair in legend.items for item in pair
    ]


def test_a_new_analysis_leaves_an_unchanged_loss_legend_alone(
    loss_plot: LossPlot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new analysis resets the loss plot (dropping the minimum) and sets the
    minimum again: the legend waits for the end of the burst, and with the
    same entries, is not rebuilt at all."""
    from PySide6.QtCore import QCoreApplication

    from linreg_gui.ui.plots import style

    loss_plot.set_reference_loss(0.5)
    QCoreApplication.processEvents()
    fills = []
    original = style.fill_legend
    monkeypatch.setattr(
        style, "fill_legend", lambda *a: fills.append(a) or original(*a)
    )
    loss_plot.reset()
    loss_plot.set_reference_loss(0.5)
    QCoreApplication.processEvents()
    assert fills == []
    loss_plot.reset()
    loss_plot.set_reference_loss(0.25)
    QCoreApplication.processEvents()
    assert len(fills) == 1  # the same series, relabelled once
    assert "0.25" in loss_plot._legend.items[-1][1].text


def test_short_runs_draw_each_loss_as_a_dot(loss_plot: LossPlot) -> None:
    curve = loss_plot.train_curve
    loss_plot.append([0], [40_000.0])  # a run that blew up at its first step
    assert curve.opts["symbol"] == "o"
    loss_plot.append(np.arange(1, 200), np.linspace(30.0, 1.0, 199))
    assert curve.opts["symbol"] is None  # a curve now, dots would clutter it
    loss_plot.reset()
    loss_plot.append([0, 1], [2.0, 1.0])
    assert curve.opts["symbol"] == "o"


def _click_at(plot: DataPlot, x: float, y: float, dx: int = 0) -> None:
    """Left-click the plot where data point (x, y) is drawn, ``dx`` pixels off."""
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    widget = plot.plot_widget()
    scene = plot.plot_item().getViewBox().mapViewToScene(pg.Point(x, y))
    spot = widget.mapFromScene(scene)
    QTest.mouseClick(
        widget.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(spot.x() + dx, spot.y()),
    )


def test_clicking_a_point_names_it(qtbot, data_plot: DataPlot, line_data) -> None:  # type: ignore[no-untyped-def]
    x, y = line_data
    excluded = np.zeros(x.size, dtype=bool)
    excluded[7] = True
    data_plot.set_points(x, y, x_label="x", y_label="y", excluded=excluded)
    _paint(data_plot)
    for index in (3, 7):  # a used point, a hollow one
        assert data_plot.point_at(x[index], y[index]) == index
        with qtbot.waitSignal(data_plot.point_clicked) as clicked:
            _click_at(data_plot, x[index], y[index], dx=2)
        assert clicked.args == [index]
    # Far from every point: nothing.
    with qtbot.assertNotEmitted(data_plot.point_clicked):
        _click_at(data_plot, x.max() + 10 * np.ptp(x), y.max() + 10 * np.ptp(y))
    # Several x columns: points are (actual, predicted), not rows to click.
    data_plot.set_predicted_mode(y, y + 0.1, y_label="y")
    assert data_plot.point_at(y[3], y[3] + 0.1) is None


def test_clicking_a_residual_names_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    plot = ResidualPlot()
    qtbot.addWidget(plot)
    plot.resize(640, 420)
    plot.show()
    fitted = np.linspace(0.0, 10.0, 30)
    residuals = np.sin(fitted)
    plot.set_residuals(fitted, residuals)
    _paint(plot)
    with qtbot.waitSignal(plot.point_clicked) as clicked:
        _click_at(plot, fitted[12], residuals[12], dx=-2)  # type: ignore[arg-type]
    assert clicked.args == [12]


def test_values_near_the_float64_limit_keep_every_view_finite(qtbot: object) -> None:
    """A view ±1e308 wide made pyqtgraph's ticks NaN inside a paint: SIGSEGV."""
    data = DataPlot()
    residuals = ResidualPlot()
    for widget in (data, residuals):
        qtbot.addWidget(widget)  # type: ignore[attr-defined]
        widget.resize(500, 400)
        widget.show()
    y = np.array([1.0, -9e307, 9e307, 2.0])
    data.set_points(np.arange(4.0), y, x_label="x", y_label="y")
    residuals.set_residuals(np.arange(4.0), np.array([0.0, 1e308, -1e308, 1.0]))
    for widget in (data, residuals):
        (x0, x1), (y0, y1) = widget.plot_item().getViewBox().viewRange()
        assert all(math.isfinite(v) for v in (x0, x1, y0, y1, x1 - x0, y1 - y0))
        assert not widget.grab().isNull()  # paints, grid and ticks included


def test_a_large_cloud_loads_scipy_s_fft_in_the_background() -> None:
    """An export of 10⁶ dots spends most of its time in the FFT, in the GUI
    thread: a large cloud has SciPy's (2-4 times NumPy's) imported aside, in a
    thread of its own, so the GUI thread never waits for the import and later
    exports use it.  A fresh interpreter, where nothing imported it before."""
    from tests.fresh_python import run_python

    script = """
import importlib.abc, sys, threading, time
import numpy as np
from PySide6.QtWidgets import QApplication
app = QApplication([])
from linreg_gui.ui.plots import points
assert "scipy.fft" not in sys.modules
gui = threading.current_thread()
importers = []

class Watch(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "scipy.fft":
            importers.append(threading.current_thread() is gui)
        return None

sys.meta_path.insert(0, Watch())
cloud = points.DotCloudItem(color="#000000", diameter=6.0, opacity=1.0)
cloud.setData(np.arange(100.0), np.arange(100.0))
assert points._fft_module() is np.fft and "scipy.fft" not in sys.modules
cloud.setData(np.arange(30_000.0), np.arange(30_000.0))
end = time.monotonic() + 20
while not points._scipy_fft_ready.is_set() and time.monotonic() < end:
    time.sleep(0.01)
assert points._fft_module().__name__ == "scipy.fft", points._fft_module()
assert importers == [False], importers
print("ok")
"""
    done = run_python(script)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().endswith("ok")


def test_a_squeezed_plot_is_not_blown_up_to_the_export_width(
    data_plot: DataPlot, line_data
) -> None:
    """A plot squeezed to a sliver is exported at most 4× its size, not at
    1600 px with 80× dots (seconds of rasterising, and a blur of dots)."""
    x, y = line_data
    data_plot.set_points(x, y, x_label="x", y_label="y")
    data_plot.resize(90, 420)
    _paint(data_plot)
    item = data_plot.plot_item()
    width = item.sceneBoundingRect().width()
    assert width < MIN_EXPORT_WIDTH / MAX_EXPORT_RATIO
    image = render_image(item)
    assert image.width() <= math.ceil(width * MAX_EXPORT_RATIO)
    for raster in plan_rasters(item).rasters:
        assert raster.frame.dpr <= MAX_EXPORT_RATIO


def test_a_plan_made_before_the_view_caught_up_still_fits(
    data_plot: DataPlot, line_data, monkeypatch: pytest.MonkeyPatch
) -> None:
    """New data move the view's range before the next paint brings the
    transforms up to date; a plan made then must see the frames the export
    will paint in (a stale one drew the dots for a frame of the wrong size)."""
    x, y = line_data
    data_plot.set_points(x, y, x_label="x", y_label="y")
    _paint(data_plot)
    data_plot.set_points(100 * x + 5000, -30 * y, x_label="x", y_label="y")
    item = data_plot.plot_item()
    plan = plan_rasters(item).draw()  # no paint in between
    rendered: list[object] = []
    real = DotCloudItem.render
    monkeypatch.setattr(
        DotCloudItem,
        "render",
        lambda self, frame: rendered.append(frame) or real(self, frame),
    )
    render_image(item, rasters=plan)
    assert rendered == []
