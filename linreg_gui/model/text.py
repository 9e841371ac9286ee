"""User-visible text in the user's language, without Qt in the model.

Every sentence the window shows goes through :func:`translate`, written with a
literal context and source text so that ``pyside6-lupdate`` finds it::

    translate("Solvers", "The loss grew from {start} to {end}.").format(
        start=number(start), end=number(end)
    )

The model and the command line use the English source as it is; the window
installs Qt's translator (``linreg_gui.ui.i18n``) through :func:`install`, so the
same call returns Spanish or German there.  Numbers go through :func:`number`
for the same reason: a decimal comma in the window, a point in files and on the
command line, which must stay machine-readable.

Placeholders are ``{name}`` (``str.format``, filled after translating, so a
translator may move them) and ``%n`` for the count of a plural
(``translate(ctx, "%n rows", "", count)``), which Qt's translator chooses the
plural form for.
"""

from __future__ import annotations

import math
from collections.abc import Callable

Translator = Callable[[str, str, "str | None", int], str]
NumberFormatter = Callable[[float, str], str]


def _source_text(context: str, text: str, disambiguation: str | None, n: int) -> str:
    del context, disambiguation
    return text.replace("%n", str(n)) if n >= 0 else text


def _plain_number(value: float, spec: str) -> str:
    return format(value, spec)


_translator: Translator = _source_text
_number_formatter: NumberFormatter = _plain_number
_language = "en"


def translate(
    context: str, text: str, disambiguation: str | None = None, n: int = -1
) -> str:
    """``text`` in the window's language (the English source elsewhere)."""
    return _translator(context, text, disambiguation, n)


def number(value: float, spec: str = ".4g") -> str:
    """``format(value, spec)`` with the window's decimal separator.

    ``spec`` is a Python format spec (``".4g"``, ``".3f"``, ``",.0f"``); only the
    separators change with the language, never the digits.
    """
    if isinstance(value, float) and not math.isfinite(value):
        return format(value, spec)
    return _number_formatter(value, spec)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark a text in a table built at import time; :func:`translate` it when shown.

    ``pyside6-lupdate`` knows this name, so the model can mark texts without Qt.
    """
    del context
    return text


def language() -> str:
    """The window's language code (``"en"`` in the model and on the command line).

    For texts kept as whole files per language, such as the lessons.
    """
    return _language


def install(
    translator: Translator, number_formatter: NumberFormatter, code: str = "en"
) -> None:
    """Route every later :func:`translate` and :func:`number` through these."""
    global _translator, _number_formatter, _language
    _translator = translator
    _number_formatter = number_formatter
    _language = code


def uninstall() -> None:
    """Back to the English source and plain numbers (tests, the command line)."""
    install(_source_text, _plain_number)
