"""Lesson files: the bundled ones read and tell the truth about their data, and
a teacher's mistake is reported with the file and the line."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from linreg_gui.model.lessons import (
    LessonError,
    bundled_lessons,
    compute_values,
    format_value,
    parse_lesson,
    parse_number,
    read_lesson,
)

LESSONS, PROBLEMS = bundled_lessons()
BY_KEY = {lesson.key: lesson for lesson in LESSONS}


def values_of(key: str) -> dict[str, float]:
    return compute_values(BY_KEY[key])


def test_at_least_eight_lessons_read_without_a_problem() -> None:
    assert PROBLEMS == []
    assert len(LESSONS) >= 8
    assert len({lesson.key for lesson in LESSONS}) == len(LESSONS)
    for lesson in LESSONS:
        assert lesson.predict and lesson.run and lesson.explain
        # Two paragraphs of explanation, as the lessons promise.
        assert lesson.explain.count("\n\n") >= 1, lesson.key


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda lesson: lesson.key)
def test_every_number_a_lesson_quotes_can_be_worked_out(lesson: object) -> None:
    values = compute_values(lesson)  # type: ignore[arg-type]
    assert set(values) == {v.name for v in lesson.values}  # type: ignore[attr-defined]
    for section in ("intro", "predict", "run", "explain"):
        raw = getattr(lesson, section)
        # Every {NAME} filled in (an unknown one would show as "…").
        assert lesson.text(section, values).count("…") == raw.count("…")  # type: ignore[attr-defined]


def test_the_numeric_answers_are_the_apps_own_numbers() -> None:
    mse = values_of("01-the-line-and-mse")
    assert mse["mse"] == pytest.approx(0.806585, rel=1e-5)
    step = values_of("02-one-gradient-step")
    # One step from 0 at η = 0.1: b = 2·η·ȳ.
    assert step["b1"] == pytest.approx(0.2 * step["ybar"], rel=1e-12)
    rate = values_of("03-the-learning-rate")
    assert (rate["at_01"], rate["steps"], rate["at_03"]) == (367, 3726, 118)
    assert 0.5 > rate["limit"] > 0.3 and rate["blowup"] > 0


def test_the_right_choice_is_right_on_the_data() -> None:
    filip = values_of("04-normal-equation-lstsq-polyfit")
    assert (
        filip["normal"] < 1
        and BY_KEY["04-normal-equation-lstsq-polyfit"].answer == "none"
    )
    r2 = values_of("05-r-squared")
    assert all(abs(r2[f"r2_{k}"] - 0.67) < 0.01 for k in (1, 2, 3, 4))
    split = values_of("06-train-test-overfitting")
    assert split["train10"] < split["train2"] and split["test10"] > split["test2"]
    scaling = values_of("07-feature-scaling")
    assert scaling["raw"] > 100_000 and scaling["scaled"] < 100
    penalty = values_of("08-ridge-and-lasso")
    assert penalty["lasso15"] == 0 and 0.5 < penalty["cov"] < 1.5 < 1.5 + penalty["cov"]
    assert 0 < penalty["ridge100"] < penalty["ridge10"] < penalty["ols"]
    outlier = values_of("09-residuals-outliers-influence")
    assert 0.3 < outlier["w_out"] < 0.4 and outlier["r2_out"] > 0.9999


def test_a_prediction_is_checked_within_the_tolerance() -> None:
    lesson = BY_KEY["03-the-learning-rate"]  # 20 % of 3,726
    values = {"steps": 3726.0}
    assert lesson.check("3,500", values).right
    assert lesson.check("2900", values).right is False
    assert lesson.check("3726", values).answer == "3,726"
    step = BY_KEY["02-one-gradient-step"]  # ± 0.01
    assert step.check("1.36", {"b1": 1.364}).right
    assert step.check("1,37", {"b1": 1.364}).right  # a decimal comma
    assert not step.check("1.4", {"b1": 1.364}).right
    choice = BY_KEY["05-r-squared"]
    assert choice.check("about the same, 0.67", {}).right
    assert not choice.check("close to 1", {}).right


def test_numbers_are_read_and_shown_as_people_write_them() -> None:
    assert parse_number("1,234") == 1234
    assert parse_number("0,5") == 0.5
    assert parse_number("3.7e2") == 370
    assert parse_number("lots") is None
    assert format_value(203223.0) == "203,223"
    assert format_value(0.80658456) == "0.8066"
    assert format_value(math.inf) == "∞"
    assert format_value(0.4843, ".2f") == "0.48"


GOOD = """---
title: A lesson
example: textbook_line
method: gd
learning_rate: 0.1
answer: {steps}
tolerance: 10%
value.steps: iterations
---
Intro.

## Predict
How many steps?

## Run
Press Run.

## Explain
It took {steps} steps.

Second paragraph.
"""


def test_a_teachers_file_reads_from_disk(tmp_path: Path) -> None:
    path = tmp_path / "my-lesson.md"
    path.write_text(GOOD, encoding="utf-8")
    lesson = read_lesson(path)
    assert lesson.key == "my-lesson" and lesson.answer_value == "steps"
    assert lesson.settings.learning_rate == 0.1 and lesson.relative
    assert compute_values(lesson) == {"steps": 367.0}
    assert lesson.text("explain", {"steps": 367.0}).startswith("It took 367 steps.")


@pytest.mark.parametrize(
    ("change", "line", "words"),
    [
        (("---\ntitle", "title"), 1, "starts with a line '---'"),
        (("example: textbook_line", "example: textbook"), 3, "no example 'textbook'"),
        (("method: gd", "method: gd\ncolour: red"), 5, "unknown key 'colour'"),
        (
            ("learning_rate: 0.1", "learning_rate: fast"),
            5,
            "learning_rate must be a number",
        ),
        (("value.steps: iterations", "value.steps: speed"), 8, "computes one of"),
        (("value.steps: iterations", "value.steps: test_mse"), 8, "needs a test split"),
        (("answer: {steps}", "answer: {step}"), 6, "no value.step line"),
        (("It took {steps}", "It took {steeps}"), 19, "{steeps}: no value.steeps"),
        (("It took {steps}", "It took {steps:.q}"), 19, "not a number format"),
        (("## Run", "## Do"), 15, "unknown section 'Do'"),
        (
            ("## Explain\nIt took {steps} steps.\n\nSecond paragraph.\n", ""),
            None,
            "no '## Explain'",
        ),
        (("tolerance: 10%", 'choices: ["a", "b"]'), 6, "is not one of the choices"),
    ],
)
def test_a_mistake_names_the_file_and_line(
    change: tuple[str, str], line: int | None, words: str
) -> None:
    text = GOOD.replace(*change, 1)
    with pytest.raises(LessonError) as caught:
        parse_lesson(text, "broken.md")
    message = str(caught.value)
    where = f"broken.md, line {line}:" if line is not None else "broken.md:"
    assert message.startswith(where), message
    assert words in message, message


def test_the_readmes_example_lesson_works_as_printed() -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### How a teacher writes a lesson", 1)[1]
    source = section.split("```markdown\n", 1)[1].split("```", 1)[0]
    lesson = parse_lesson(source, "example.md")
    values = compute_values(lesson)
    assert values == {"steps": 118.0, "slow": 367.0}
    assert lesson.check("130", values).right and not lesson.check("367", values).right
