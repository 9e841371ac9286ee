"""The window in Spanish and German, driven as a teacher in Madrid or Berlin would.

Each test installs the language before the window is built (as the app does at
start) and removes it afterwards, so the other tests keep the English source.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGroupBox,
    QLabel,
    QMenu,
    QWidget,
)
from pytestqt.qtbot import QtBot

from linreg_gui.model import text
from linreg_gui.settings import Settings
from linreg_gui.ui import i18n
from linreg_gui.ui.main_window import MainWindow
from linreg_gui.ui.solver_panel import SolverPanel

pytestmark = pytest.mark.gui

WAIT_MS = 20_000
LANGUAGES = ("es", "de")

#: Texts that are the same word in the language as in English (checked by hand).
SAME_WORD: dict[str, set[str]] = {
    "es": set(),
    "de": {"Animation", "Momentum μ"},
}

MenuTexts = dict[str, list[str]]
#: The Run and Help menus' keys in :func:`menu_texts` (their place in the bar).
RUN, HELP = "2", "4"


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], i18n.Language]]:
    """Install a language (before building widgets); removed after the test."""
    installed: list[i18n.Language] = []

    def install(code: str) -> i18n.Language:
        lang = i18n.Language(code)
        lang.install(qapp)
        installed.append(lang)
        assert lang.translators, f"linreg_gui_{code}.qm did not load"
        return lang

    yield install
    for lang in installed:
        lang.uninstall(qapp)


@pytest.fixture
def build_window(qtbot: QtBot, tmp_path: Path) -> Iterator[Callable[[str], MainWindow]]:
    """A main window at 1280×800 with its own settings file, shown."""
    windows: list[MainWindow] = []

    def build(name: str = "settings.ini") -> MainWindow:
        win = MainWindow(Settings(tmp_path / name))
        qtbot.addWidget(win)
        win.resize(1280, 800)
        win.show()
        windows.append(win)
        return win

    yield build
    for win in windows:
        win.close()


def menus(window: MainWindow) -> dict[str, QMenu]:
    """The menu bar's menus, keyed by their place in the bar ("0" is File)."""
    found = {}
    for index, action in enumerate(window.menuBar().actions()):
        menu = action.menu()
        assert isinstance(menu, QMenu)
        found[str(index)] = menu
    return found


def menu_texts(window: MainWindow) -> tuple[list[str], MenuTexts]:
    """The menu bar's titles, and each menu's item texts (separators left out)."""
    titles = [a.text() for a in window.menuBar().actions()]
    items = {
        key: [a.text() for a in menu.actions() if not a.isSeparator()]
        for key, menu in menus(window).items()
    }
    return titles, items


def english_menus(build: Callable[[str], MainWindow]) -> tuple[list[str], MenuTexts]:
    win = build("english.ini")
    try:
        return menu_texts(win)
    finally:
        win.close()


def solver_texts(panel: QWidget) -> list[str]:
    """Every group title, form label and check box text of the solver panel."""
    texts = [box.title() for box in panel.findChildren(QGroupBox)]
    texts += [
        label.text()
        for label in panel.findChildren(QLabel)
        if label.buddy() is not None
    ]
    texts += [box.text() for box in panel.findChildren(QCheckBox)]
    return texts


def accelerator(label: str) -> str | None:
    """The letter after a single ``&`` (``&&`` is a literal ampersand)."""
    found = re.search(r"(?<!&)&([^&])", label.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("code", LANGUAGES)
def test_menus_speak_the_language(
    code: str,
    language: Callable[[str], i18n.Language],
    build_window: Callable[[str], MainWindow],
) -> None:
    english_titles, english_items = english_menus(build_window)
    language(code)
    window = build_window("settings.ini")
    titles, items = menu_texts(window)
    assert len(titles) == len(english_titles) == 5  # File, Edit, Run, View, Help
    for ours, source in zip(titles, english_titles, strict=True):
        assert ours and ours != source, f"menu title {source!r} is not translated"
    for key, source_items in english_items.items():
        assert len(items[key]) == len(source_items)
        for ours, source in zip(items[key], source_items, strict=True):
            if source in SAME_WORD[code]:
                continue
            assert ours and ours != source, (
                f"{english_titles[int(key)]} ▸ {source!r} is not translated"
            )


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_accelerator_repeats_within_a_menu(
    code: str,
    language: Callable[[str], i18n.Language],
    build_window: Callable[[str], MainWindow],
) -> None:
    language(code)
    window = build_window("settings.ini")
    titles, items = menu_texts(window)
    # Run reads Pause while running and Resume when paused: the same key each.
    run_texts = [text.translate("Actions", source) for source in ("&Pause", "&Resume")]
    lists = {"menu bar": titles, **items}
    lists[RUN] = [*lists[RUN], *run_texts]
    for name, labels in lists.items():
        keys = [k for k in map(accelerator, labels) if k is not None]
        repeated = {k for k in keys if keys.count(k) > 1}
        assert not repeated, f"{code}: {name} repeats &{sorted(repeated)} in {labels}"
    # The menus and the commands of Run and Help have a letter of their own.
    for label in [*titles, *lists[RUN], *items[HELP]]:
        assert accelerator(label), f"{code}: {label!r} has no accelerator"


@pytest.mark.parametrize("code", LANGUAGES)
def test_solver_panel_labels_are_translated(
    code: str, language: Callable[[str], i18n.Language], qtbot: QtBot
) -> None:
    english = SolverPanel()
    qtbot.addWidget(english)
    source = solver_texts(english)
    language(code)
    panel = SolverPanel()
    qtbot.addWidget(panel)
    ours = solver_texts(panel)
    assert len(ours) == len(source) >= 10
    for label, original in zip(ours, source, strict=True):
        if original in SAME_WORD[code]:
            continue
        assert label and label != original, f"{original!r} is not translated"


@pytest.mark.parametrize("code", LANGUAGES)
def test_results_show_a_decimal_comma_after_a_fit(
    code: str,
    language: Callable[[str], i18n.Language],
    build_window: Callable[[str], MainWindow],
    qtbot: QtBot,
) -> None:
    language(code)
    window = build_window("settings.ini")
    window.load_default_example()

    def ready() -> bool:
        c = window.controller
        return (
            c.analysis is not None and window.analysis is c.analysis and not c.loading
        )

    qtbot.waitUntil(ready, timeout=WAIT_MS)
    # The example opens with gradient descent; least squares fits at once.
    panel = window.solver_panel.choices()
    window.apply_solver_choices(
        replace(panel, settings=replace(panel.settings, method="ols"))
    )

    def fitted() -> bool:
        analysis = window.controller.analysis
        return (
            analysis is not None
            and window.analysis is analysis
            and analysis.result is not None
            and window.results_panel.coefficients.rowCount() > 0
        )

    qtbot.waitUntil(fitted, timeout=WAIT_MS)
    model = window.results_panel.coefficients
    estimate = model.data(model.index(0, 1))
    # The textbook line: b0 = 4.215…, shown the way a Spanish or German
    # teacher writes it.
    assert re.fullmatch(r"4,215\d*", estimate), estimate
    metrics = window.results_panel.metrics
    r2 = metrics.data(metrics.index(0, 1))
    assert "," in r2 and "." not in r2, r2
    # What is copied for other programs keeps the point.
    assert "4.215" in window.results_panel.as_tsv()


@pytest.mark.parametrize(("code", "name"), [("es", "Deutsch"), ("de", "Deutsch")])
def test_choosing_a_language_in_the_view_menu_stores_it(
    code: str,
    name: str,
    language: Callable[[str], i18n.Language],
    build_window: Callable[[str], MainWindow],
) -> None:
    language(code)
    window = build_window("settings.ini")
    chosen = [a for a in window.menus.language.actions() if a.text() == name]
    assert len(chosen) == 1
    chosen[0].trigger()
    assert window.settings.value("view/language") == "de"
    assert chosen[0].isChecked()
    message = window.statusBar().currentMessage()
    assert "Deutsch" in message and "next time" not in message
