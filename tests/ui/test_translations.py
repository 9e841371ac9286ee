"""The window in Spanish and German: translators, numbers, the language choice."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from linreg_gui.model import text
from linreg_gui.ui import i18n

ROOT = Path(__file__).resolve().parents[2]


def test_every_text_is_translated_and_compiled() -> None:
    """scripts/translations.py --check: no untranslated text, .qm files current."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translations.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(
    ("stored", "system", "expected"),
    [
        ("de", "es_ES", "de"),
        ("", "es_ES", "es"),
        ("", "de_AT", "de"),
        ("", "fr_FR", "en"),
        ("xx", "C", "en"),
    ],
)
def test_the_stored_choice_wins_then_the_system(
    stored: str, system: str, expected: str
) -> None:
    assert i18n.choose_language(stored, QLocale(system)) == expected


def test_numbers_take_the_locale_separators() -> None:
    german = i18n.locale_number(QLocale("de"))
    assert german(1234567.891, ",.2f") == "1.234.567,89"
    assert german(0.80665, ".3g") == "0,807"
    assert german(1.5e-12, ".2e") == "1,50e-12"


@pytest.fixture
def language(qapp):  # type: ignore[no-untyped-def]
    installed: list[i18n.Language] = []

    def install(code: str) -> i18n.Language:
        lang = i18n.Language(code)
        lang.install(qapp)
        installed.append(lang)
        return lang

    yield install
    for lang in installed:
        lang.uninstall(qapp)


@pytest.mark.parametrize(("code", "number"), [("de", "0,807"), ("es", "0,807")])
def test_installing_a_language_translates_and_formats(language, code, number) -> None:  # type: ignore[no-untyped-def]
    lang = language(code)
    assert lang.translators, "the .qm file did not load"
    assert text.number(0.80665, ".3g") == number
    text_after = text.number(float("nan"))
    assert text_after == "nan"


def test_the_english_source_comes_back(language, qapp) -> None:  # type: ignore[no-untyped-def]
    lang = language("de")
    lang.uninstall(qapp)
    assert text.number(0.5, ".1f") == "0.5"
    assert text.translate("Nowhere", "%n rows", None, 3) == "3 rows"
