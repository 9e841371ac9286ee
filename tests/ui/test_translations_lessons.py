"""The model's messages and the lessons in the window's language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from linreg_gui.model import lessons, text
from linreg_gui.model.errors import LoadError
from linreg_gui.model.io import load_table
from linreg_gui.model.steps import iterations_text
from linreg_gui.ui import i18n


@pytest.fixture
def german(qapp):  # type: ignore[no-untyped-def]
    language = i18n.Language("de")
    language.install(qapp)
    yield language
    language.uninstall(qapp)


def test_a_model_error_is_german(german, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert german.translators, "the .qm file did not load"
    empty = tmp_path / "leer.csv"
    empty.write_bytes(b"")
    with pytest.raises(LoadError) as caught:
        load_table(empty)
    assert str(caught.value) == "leer.csv: die Datei ist leer"
    assert iterations_text(12345) == "12.345 Iterationen"


# -- the lessons, one file per language ------------------------------------------


def _plain(context: str, source: str, disambiguation: str | None, n: int) -> str:
    del context, disambiguation
    return source.replace("%n", str(n))


def _comma(value: float, spec: str) -> str:
    return format(value, spec).translate(str.maketrans({".": ",", ",": "."}))


@pytest.fixture(params=["es", "de"])
def lesson_language(request: pytest.FixtureRequest) -> Iterator[str]:
    text.install(_plain, _comma, request.param)
    yield request.param
    text.uninstall()


def _english(then: str = "en") -> list[lessons.Lesson]:
    """The English lessons (then the language ``then`` again)."""
    text.uninstall()
    english, problems = lessons.bundled_lessons()
    if then != "en":
        text.install(_plain, _comma, then)
    assert not problems
    return english


def _placeholders(lesson: lessons.Lesson) -> list[set[str]]:
    pattern = re.compile(r"\{(\w+)")
    return [
        set(pattern.findall(getattr(lesson, section)))
        for section in ("intro", "predict", "run", "explain")
    ]


def test_every_lesson_is_translated_with_the_same_ids_values_and_answers(
    lesson_language: str,
) -> None:
    english = _english(then=lesson_language)
    translated, problems = lessons.bundled_lessons()
    assert not problems, problems
    assert len(translated) == len(english) == 9
    folder = Path(lessons.__file__).parent.parent / "assets" / "lessons"
    for mine, theirs in zip(translated, english, strict=True):
        assert (folder / lesson_language / f"{mine.key}.md").is_file()
        assert mine.source == f"{lesson_language}/{mine.key}.md"
        assert mine.title != theirs.title  # the file of the language was read
        assert mine.key == theirs.key
        assert mine.example == theirs.example
        assert mine.degree == theirs.degree
        assert mine.settings == theirs.settings
        assert (mine.speed, mine.plot) == (theirs.speed, theirs.plot)
        assert [replace(v, line=0) for v in mine.values] == [
            replace(v, line=0) for v in theirs.values
        ]
        assert (mine.tolerance, mine.relative) == (theirs.tolerance, theirs.relative)
        assert len(mine.choices) == len(theirs.choices)
        if theirs.choices:
            assert mine.choices.index(str(mine.answer)) == theirs.choices.index(
                str(theirs.answer)
            )
        else:
            assert mine.answer == theirs.answer
        assert _placeholders(mine) == _placeholders(theirs)


def test_english_lessons_stay_english() -> None:
    assert text.language() == "en"
    english = _english()
    assert english[0].source == "01-the-line-and-mse.md"
    assert english[0].title == "The line and its mean squared error"


def test_a_typed_decimal_comma_is_accepted(lesson_language: str) -> None:
    translated, _ = lessons.bundled_lessons()
    first = translated[0]  # answer {mse}, within 0.3
    values = {"mse": 0.80666, "ssr": 80.666, "b": 4.2, "w": 2.77}
    assert lessons.parse_number("0,807") == pytest.approx(0.807)
    assert lessons.parse_number("1.234,5") == pytest.approx(1234.5)
    assert lessons.parse_number("0.5") == pytest.approx(0.5)
    verdict = first.check("0,807", values)
    assert verdict.right
    assert verdict.answer == "0,8067"  # shown with the window's decimal comma
    assert not first.check("1,2", values).right
    assert "0,807" in first.text(
        "explain", values
    )  # {mse:.3f}, as the language writes it


def test_english_numbers_are_read_and_shown_as_before() -> None:
    assert lessons.parse_number("0,807") == 807.0  # a thousands separator
    assert lessons.parse_number("0,5") == 0.5
    assert lessons.format_value(1234567.0) == "1,234,567"
    assert lessons.format_value(0.80666) == "0.8067"
