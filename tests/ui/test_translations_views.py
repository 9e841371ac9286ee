"""The views in German and Spanish, driven as a teacher in Berlin or Madrid would:
My Line from its menu, the Landscape and Diagnostics tabs, the learning-rate
sweep and the lessons, each with its texts translated and a decimal comma in
its numbers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel, QMenu
from pytestqt.qtbot import QtBot

from linreg_gui.settings import Settings
from linreg_gui.ui import i18n
from linreg_gui.ui.main_window import MainWindow
from linreg_gui.ui.plot_area import DIAGNOSTICS_TAB, LANDSCAPE_TAB

pytestmark = pytest.mark.gui
WAIT_MS = 20_000

#: A number with a decimal comma (1,5 or -0,0318), and one with a point.
COMMA_NUMBER = re.compile(r"\d,\d")
POINT_NUMBER = re.compile(r"\d\.\d")

#: What each view says, per language.
TEXTS = {
    "de": {
        "my_line_box": "Ihre Gerade  ŷ = b + w·x",
        "reset": "Neu beginnen",
        "reveal": "Beste Anpassung zeigen",
        "round": "Neue Runde",
        "score": "Gerade bewerten",
        "squares": "Quadrate zeigen",
        "gauge": "Ihre SQR",
        "legend": "Meine Gerade",
        "standardised": "Standardisiert",
        "side_by_side": "Roh und standardisiert",
        "landscape_info": "In den Einheiten der Daten: stabile Lernraten",
        "fitted_title": "Residuen vs. ŷ",
        "fitted_x": "ŷ (angepasst)",
        "qq_title": "Normal-Q-Q-Plot",
        "histogram_y": "Zeilen",
        "predict_label": "&Vorhersage bei x =",
        "prediction": "Bei x = 1,5: ŷ = ",
        "sweep_title": "Lernraten-Durchlauf",
        "sweep_x": "Lernrate η (log. Skala)",
        "sweep_again": "Erneut durchlaufen",
        "sweep_summary": "Wenigste Schritte:",
        "lessons_dock": "Lektionen",
        "lesson_start": "Lektion starten",
        "lesson_open": "Öffnen…",
        "lesson_done": "von",
    },
    "es": {
        "my_line_box": "Tu recta  ŷ = b + w·x",
        "reset": "Volver a empezar",
        "reveal": "Mostrar el mejor ajuste",
        "round": "Nueva ronda",
        "score": "Puntuar mi recta",
        "squares": "Mostrar cuadrados",
        "gauge": "Tu SCR",
        "legend": "Mi recta",
        "standardised": "Estandarizado",
        "side_by_side": "Original y estandarizado",
        "landscape_info": "En las unidades de los datos: tasas de aprendizaje estables",
        "fitted_title": "Residuos vs. ŷ",
        "fitted_x": "ŷ (ajustado)",
        "qq_title": "Q-Q normal",
        "histogram_y": "Filas",
        "predict_label": "&Predecir en x =",
        "prediction": "En x = 1,5: ŷ = ",
        "sweep_title": "Barrido de tasas de aprendizaje",
        "sweep_x": "tasa de aprendizaje η (escala logarítmica)",
        "sweep_again": "Repetir el barrido",
        "sweep_summary": "Menos pasos:",
        "lessons_dock": "Lecciones",
        "lesson_start": "Empezar esta lección",
        "lesson_open": "Abrir…",
        "lesson_done": "de",
    },
}


@pytest.fixture(params=["de", "es"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The language installed before any widget is built, removed after."""
    lang = i18n.Language(request.param)
    lang.install(qapp)
    assert lang.translators, "the .qm file did not load"
    yield request.param
    lang.uninstall(qapp)


@pytest.fixture
def window(language: str, qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """A window built in ``language`` at 1280×800, the default example fitted."""
    win = MainWindow(Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.load_default_example()
    wait_ready(qtbot, win)
    yield win
    win.close()


def wait_ready(qtbot: QtBot, win: MainWindow) -> None:
    def ready() -> bool:
        c = win.controller
        return c.analysis is not None and win.analysis is c.analysis and not c.loading

    qtbot.waitUntil(ready, timeout=WAIT_MS)


def menu_action(win: MainWindow, action: QAction) -> QAction:
    """``action`` as it sits in one of the menu bar's menus (as a user finds it)."""

    def walk(menu: QMenu) -> Iterator[QAction]:
        for item in menu.actions():
            sub = item.menu()
            if isinstance(sub, QMenu):
                yield from walk(sub)
            yield item

    for top in win.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu) and action in walk(menu):
            return action
    raise AssertionError(f"{action.text()!r} is in no menu")


def click_tab(win: MainWindow, index: int) -> None:
    bar = win.plot_area.tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert win.plot_area.tabs.currentIndex() == index


def plain(text: object) -> str:
    """A pyqtgraph label without its HTML."""
    return re.sub(r"<[^>]+>", "", str(text))


def test_my_line_speaks_the_language(
    qtbot: QtBot, window: MainWindow, language: str
) -> None:
    words = TEXTS[language]
    action = menu_action(window, window.actions["my_line"])
    assert action.isEnabled()
    action.trigger()
    qtbot.waitUntil(window.my_line_dock.isVisible, timeout=WAIT_MS)
    panel = window.my_line_panel
    boxes = {box.title() for box in panel.findChildren(QGroupBox)}
    assert words["my_line_box"] in boxes
    assert panel.reset_button.text() == words["reset"]
    assert panel.reveal_button.text() == words["reveal"]
    assert panel.round_button.text() == words["round"]
    assert panel.score_button.text() == words["score"]
    assert panel.squares_box.text() == words["squares"]
    gauge = panel.gauge_text.text()
    assert gauge.startswith(words["gauge"]), gauge
    assert COMMA_NUMBER.search(gauge) and not POINT_NUMBER.search(gauge), gauge
    # The slope box writes and reads a decimal comma.
    panel.slope_box.setValue(2.5)
    assert panel.slope_box.text() == "2,5"
    panel.slope_box.lineEdit().setText("1,25")
    panel.slope_box.interpretText()
    assert panel.slope_box.value() == pytest.approx(1.25)
    window.data_plot.refresh_legend_now()
    legend = window.data_plot._legend_state  # the names in the plot's legend
    assert words["legend"] in legend, legend


def test_the_landscape_tab_speaks_the_language(
    qtbot: QtBot, window: MainWindow, language: str
) -> None:
    words = TEXTS[language]
    click_tab(window, LANDSCAPE_TAB)
    qtbot.waitUntil(
        lambda: window.landscape_view.landscape is not None, timeout=WAIT_MS
    )
    panel = window.plot_area.landscape
    plot = panel.main
    assert plot.standardized_box.text() == words["standardised"]
    assert panel.side_by_side.text() == words["side_by_side"]
    info = plot.info.text()
    assert info.startswith(words["landscape_info"]), info
    assert COMMA_NUMBER.search(info) and not POINT_NUMBER.search(info), info
    # Tick labels take the comma too.
    axis = plot.plot_item().getAxis("bottom")
    assert axis.tickStrings([0.5, 1.0], 1.0, 0.5) == ["0,5", "1,0"]


def test_the_diagnostics_tab_speaks_the_language(
    qtbot: QtBot, window: MainWindow, language: str
) -> None:
    words = TEXTS[language]
    click_tab(window, DIAGNOSTICS_TAB)
    plot = window.plot_area.diagnostics
    qtbot.waitUntil(lambda: plot.frame is not None, timeout=WAIT_MS)
    fitted = plot.widgets["fitted"].getPlotItem()
    assert plain(fitted.titleLabel.text) == words["fitted_title"]
    assert plain(fitted.getAxis("bottom").labelText) == words["fitted_x"]
    qq = plot.widgets["qq"].getPlotItem()
    assert plain(qq.titleLabel.text) == words["qq_title"]
    histogram = plot.widgets["histogram"].getPlotItem()
    assert plain(histogram.getAxis("left").labelText) == words["histogram_y"]
    labels = [label.text() for label in plot.findChildren(QLabel)]
    assert words["predict_label"] in labels
    # A teacher types 1,5 and reads the prediction with decimal commas.
    diagnostics = window.influence.diagnostics
    assert diagnostics is not None
    qtbot.waitUntil(lambda: diagnostics.source is not None, timeout=WAIT_MS)
    plot.predict_box.setText("1,5")
    QTest.keyClick(plot.predict_box, Qt.Key.Key_Return)
    text = plot.predict_label.text()
    assert text.startswith(words["prediction"]), text
    assert not POINT_NUMBER.search(text), text


def test_the_sweep_speaks_the_language(
    qtbot: QtBot, window: MainWindow, language: str
) -> None:
    words = TEXTS[language]
    action = menu_action(window, window.actions["sweep"])
    with qtbot.waitSignal(window.controller.sweep_ready, timeout=WAIT_MS):
        action.trigger()
    dialog = window.sweep_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.sweep_result is not None, timeout=WAIT_MS)
    assert dialog.windowTitle() == words["sweep_title"]
    item = dialog.plot_widget.getPlotItem()
    assert plain(item.getAxis("bottom").labelText) == words["sweep_x"]
    assert dialog.again_button.text() == words["sweep_again"]
    summary = dialog.status.text()
    assert summary.startswith(words["sweep_summary"]), summary
    assert COMMA_NUMBER.search(summary) and not POINT_NUMBER.search(summary), summary
    dialog.close()


def test_the_lessons_speak_the_language(
    qtbot: QtBot, window: MainWindow, language: str
) -> None:
    words = TEXTS[language]
    menu_action(window, window.actions["lessons"]).trigger()
    lessons = window.lessons
    qtbot.waitUntil(lessons.dock.isVisible, timeout=WAIT_MS)
    assert lessons.dock.windowTitle() == words["lessons_dock"]
    panel = lessons.panel
    assert panel.start_button.text() == words["lesson_start"]
    assert panel.open_button.text() == words["lesson_open"]
    total = len(panel.lessons)
    assert panel.progress.text().startswith(f"0 {words['lesson_done']} {total} ")
