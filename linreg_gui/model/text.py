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


def decimal_comma() -> bool:
    """Whether the window writes numbers with a decimal comma (``0,5``)."""
    return number(0.5, ".1f") == "0,5"


def read_number(text: str) -> float | None:
    """A number as a student types it (``1,234``, ``3.7e2``, ``0,5``), or None.

    In a language written with a decimal comma (the window's numbers show
    ``0,5``) the comma is the decimal separator and a point groups thousands
    (``0,807``, ``1.234,5``); a lone point is still read as a decimal point
    unless it is followed by exactly three digits.
    """
    cleaned = text.strip().replace(" ", "").replace("\u202f", "").replace("\xa0", "")
    if decimal_comma():
        point, comma = ",", "."  # the decimal separator, the group separator
    else:
        point, comma = ".", ","
    whole, grouped, decimals = cleaned.partition(comma)
    not_thousands = len(decimals) != 3 or (
        point == "," and (whole.lstrip("+-") in ("", "0") or not decimals.isdigit())
    )
    if grouped and comma not in decimals and point not in cleaned and not_thousands:
        cleaned = f"{whole}{point}{decimals}"  # a decimal separator, not thousands
    cleaned = cleaned.replace(comma, "").replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


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
