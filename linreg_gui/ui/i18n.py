"""The window's language: Qt's translators, the locale's numbers, the choice.

The language is the user's choice in View ▸ Language, stored in the settings,
or else the system's (``QLocale.system()``) when a translation for it ships.
Three things follow it:

* ``linreg_gui/assets/translations/linreg_gui_<lang>.qm``, compiled from the
  ``.ts`` files in ``linreg_gui/translations/`` (see ``dev.py translations``);
* Qt's own ``qtbase_<lang>.qm`` (the buttons of standard dialogs);
* numbers in the window (:func:`linreg_gui.model.text.number`): a decimal comma
  in Spanish and German.  Files written and text copied for other programs keep
  the point.

It is chosen once, before the first widget is built; a change applies at the
next start, as the menu says.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from linreg_gui.model import text

#: Languages with a translation, by code, in their own words.
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español", "de": "Deutsch"}
SOURCE_LANGUAGE = "en"


def translations_dir() -> Path:
    return Path(str(resources.files("linreg_gui") / "assets" / "translations"))


def choose_language(stored: str, system: QLocale | None = None) -> str:
    """The stored choice if it ships, else the system's, else English."""
    if stored in LANGUAGES:
        return stored
    locale = system or QLocale.system()
    for name in (locale.name(), *locale.uiLanguages()):
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def locale_number(locale: QLocale) -> text.NumberFormatter:
    """Python's formatting with ``locale``'s decimal and group separators."""
    decimal = locale.decimalPoint() or "."
    group = locale.groupSeparator() or ","
    table = str.maketrans({".": decimal, ",": group})

    def formatter(value: float, spec: str) -> str:
        return format(value, spec).translate(table)

    return formatter


class Language:
    """The installed translators (kept alive: Qt does not own them)."""

    def __init__(self, code: str) -> None:
        self.code = code
        self.translators: list[QTranslator] = []

    def install(self, app: QCoreApplication) -> None:
        locale = QLocale(self.code)
        QLocale.setDefault(locale)
        if self.code != SOURCE_LANGUAGE:
            ours = translations_dir() / f"linreg_gui_{self.code}.qm"
            for path in (ours, qt_translation(f"qtbase_{self.code}.qm")):
                translator = QTranslator(app)
                if path.is_file() and translator.load(str(path)):
                    app.installTranslator(translator)
                    self.translators.append(translator)
        text.install(_qt_translate, locale_number(locale), self.code)

    def uninstall(self, app: QCoreApplication) -> None:
        for translator in self.translators:
            app.removeTranslator(translator)
        self.translators.clear()
        QLocale.setDefault(QLocale.system())
        text.uninstall()


def qt_translation(name: str) -> Path:
    """Qt's own catalogue ``name``: where Qt says, else beside PySide6's Qt
    (a bundle's Qt may not know its own folder)."""
    import PySide6

    places = (
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        Path(PySide6.__file__).parent / "Qt" / "translations",
    )
    for folder in places:
        if (folder / name).is_file():
            return folder / name
    return places[0] / name


def _qt_translate(context: str, source: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, source, disambiguation, n)


def install_language(app: QCoreApplication, stored: str) -> Language:
    """Install the chosen language's translators; returns them for removal."""
    language = Language(choose_language(stored))
    language.install(app)
    return language
