"""Guided lessons: plain Markdown files a teacher can write, read and checked here.

A lesson is predict → run → explain on one bundled example.  Its file has a
small front matter (``key: value`` lines between two ``---`` lines) that says
which example to open, with which method and settings, what to ask and what
the answer is, and a body in Markdown with an introduction and three sections,
``## Predict``, ``## Run`` and ``## Explain``.  Numbers the app computes (steps
to converge, R², a test error) are not typed into the file: a ``value.NAME:``
line says how to compute one, :func:`compute_values` works it out on the data
when the lesson opens, and ``{NAME}`` in the text shows it, so the lesson is
always true for the data it runs on.  The format is in the README ("How a
teacher writes a lesson"); every mistake is reported with the file and line.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from importlib.resources import files
from pathlib import Path
from typing import Any, NoReturn

import numpy as np

from linreg_gui.model.dataset import Dataset
from linreg_gui.model.design import DesignSpec
from linreg_gui.model.errors import DivergenceError, FitError, LinregError
from linreg_gui.model.examples import EXAMPLES, get_example, load_example
from linreg_gui.model.fitting import (
    FitResult,
    FitSettings,
    Problem,
    fit,
    prepare_dataset,
    stable_learning_rate,
)
from linreg_gui.model.stats import digits_of_agreement
from linreg_gui.model.text import language
from linreg_gui.model.text import number as _number
from linreg_gui.model.text import read_number as parse_number

#: Lesson files end so; other files in the folder are ignored.
SUFFIX = ".md"
#: Plot tabs a lesson can put in front (the window's tab order).
PLOTS = ("fit", "residuals", "landscape")
#: The body's sections, in order.
SECTIONS = ("predict", "run", "explain")
#: Settings a lesson (or one of its values) may set, with their types.
SETTING_TYPES: dict[str, type] = {
    "method": str,
    "learning_rate": float,
    "max_iter": int,
    "tol": float,
    "stop_on": str,
    "alpha": float,
    "momentum": float,
    "batch_size": int,
    "standardize": bool,
    "test_size": float,
    "random_state": int,
}
#: What a ``value.NAME:`` line can compute, and what it means.
QUANTITIES: dict[str, str] = {
    "iterations": "steps a gradient run takes (∞ if it diverges)",
    "diverges_at": "the step at which a gradient run blows up (NaN if it does not)",
    "intercept": "the fitted intercept b",
    "slope": "the first coefficient (the slope w of a line)",
    "r2": "R² on the training rows",
    "mse": "mean squared error on the training rows",
    "ssr": "sum of squared residuals on the training rows",
    "test_mse": "mean squared error on the test rows (needs test_size)",
    "test_r2": "R² on the test rows (needs test_size)",
    "stable_rate": "the largest stable learning rate of the method",
    "digits": "significant digits the method shares with least squares (QR)",
    "condition_number": "condition number of the design [1, X]",
    "mean_y": "the mean of y over the training rows",
    "cov_xy": "the covariance of x and y (divided by N)",
}
#: Keys a ``value.NAME:`` line may set besides the settings.
VALUE_KEYS = ("example", "degree", "exclude")
#: Front-matter keys besides the settings and ``value.NAME``.
KEYS = (
    "title",
    "example",
    "degree",
    "speed",
    "plot",
    "choices",
    "answer",
    "tolerance",
)

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?::([^{}]*))?\}")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


class LessonError(LinregError):
    """A lesson file with a mistake; the message names the file and the line."""

    def __init__(self, source: str, line: int | None, message: str) -> None:
        self.source = source
        self.line = line
        where = f"{source}, line {line}" if line is not None else source
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class ValueSpec:
    """How to compute one number of a lesson (a ``value.NAME:`` line)."""

    name: str
    quantity: str
    example: str
    degree: int
    settings: FitSettings
    #: Rows left out, 0-based (the file counts from 1, as the window does).
    exclude: tuple[int, ...] = ()
    line: int = 0


@dataclass(frozen=True)
class Verdict:
    """How a prediction compares with the answer."""

    right: bool
    answer: str


@dataclass(frozen=True)
class Lesson:
    """One lesson, checked.  Text fields are Markdown with ``{NAME}`` in them.

    Attributes
    ----------
    key : str
        The file's name without ``.md``; progress is kept under it.
    source : str
        The file's name, for messages.
    example : str
        The bundled example the lesson opens.
    settings : FitSettings
        The example's settings with the lesson's changes.
    speed : float or None
        Steps a second while a run animates (None: as fast as it goes).
    plot : str or None
        The plot tab to put in front.
    choices : tuple of str
        A multiple-choice question's choices (empty: the answer is a number).
    answer : str or float
        The right choice, a number, or ``"{NAME}"``: a computed value.
    tolerance : float
        How far a numeric prediction may be off and still count as right.
    relative : bool
        ``tolerance`` is a fraction of the answer (the file said ``20%``).
    """

    key: str
    source: str
    title: str
    example: str
    degree: int
    settings: FitSettings
    speed: float | None
    plot: str | None
    intro: str
    predict: str
    run: str
    explain: str
    choices: tuple[str, ...] = ()
    answer: str | float = ""
    tolerance: float = 0.0
    relative: bool = False
    values: tuple[ValueSpec, ...] = field(default=())

    @property
    def answer_value(self) -> str | None:
        """The name of the computed value that is the answer, if it is one."""
        if isinstance(self.answer, str) and not self.choices:
            match = _PLACEHOLDER.fullmatch(self.answer.strip())
            return match.group(1) if match else None
        return None

    def text(self, section: str, values: Mapping[str, float] | None) -> str:
        """A section (``intro``, ``predict``, ``run``, ``explain``) with its
        numbers filled in (``…`` while they are being worked out)."""
        return fill(getattr(self, section), values)

    def correct_number(self, values: Mapping[str, float]) -> float:
        """The numeric answer (computed or as written)."""
        name = self.answer_value
        return float(values[name]) if name is not None else float(self.answer)

    def check(self, given: str, values: Mapping[str, float]) -> Verdict:
        """Whether ``given`` (the student's text or choice) is right."""
        if self.choices:
            return Verdict(given.strip() == self.answer, str(self.answer))
        correct = self.correct_number(values)
        shown = format_value(correct)
        guess = parse_number(given)
        if guess is None or not math.isfinite(correct):
            return Verdict(guess is not None and guess == correct, shown)
        allowed = self.tolerance * abs(correct) if self.relative else self.tolerance
        return Verdict(abs(guess - correct) <= allowed * (1 + 1e-12), shown)


def format_value(value: float, spec: str = "") -> str:
    """A computed number as a lesson shows it: whole numbers with thousands
    separators, others to 4 significant digits, unless ``spec`` says how."""
    if math.isnan(value):
        return "—"
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
    if spec:
        return _number(value, spec)
    if value == round(value) and abs(value) < 1e15:
        return _number(round(value), ",")
    return _number(value, ".4g")


def fill(text: str, values: Mapping[str, float] | None) -> str:
    """``text`` with each ``{NAME}`` or ``{NAME:spec}`` replaced by its value."""

    def one(match: re.Match[str]) -> str:
        if values is None or match.group(1) not in values:
            return "…"
        return format_value(float(values[match.group(1)]), match.group(2) or "")

    return _PLACEHOLDER.sub(one, text)


# -- reading -------------------------------------------------------------------


def parse_lesson(text: str, source: str) -> Lesson:
    """Read one lesson file's text (``source`` names it in messages).

    Raises
    ------
    LessonError
        The first mistake found, with the file and line.

    Long on purpose: one check per key, each with its own message.
    """
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        raise LessonError(
            source, 1, "a lesson starts with a line '---', then its front matter"
        )
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise LessonError(
            source, len(lines), "the front matter has no closing '---' line"
        ) from None
    front = _front_matter(lines[1:end], source)
    errors = _Checker(source, front)

    title = errors.text("title")
    example_key = errors.text("example")
    if example_key not in {e.key for e in EXAMPLES}:
        known = ", ".join(e.key for e in EXAMPLES)
        errors.fail(
            "example", f"there is no example '{example_key}'; use one of {known}"
        )
    example = get_example(example_key)
    degree = errors.degree("degree", example.degree)
    settings = errors.settings(example.settings, front)
    speed = errors.speed()
    plot = None
    if "plot" in front:
        plot = errors.text("plot")
        if plot not in PLOTS:
            errors.fail("plot", f"plot is one of {', '.join(PLOTS)}, not '{plot}'")

    values = tuple(
        errors.value(key[len("value.") :], example_key, degree, settings)
        for key in front
        if key.startswith("value.")
    )
    names = {v.name for v in values}
    choices, answer, tolerance, relative = errors.question(names)
    body = _sections(lines, end + 1, source)
    for name, (_, start, section) in body.items():
        _check_placeholders(section, names, source, start, name)
    return Lesson(
        key=Path(source).stem,
        source=source,
        title=title,
        example=example_key,
        degree=degree,
        settings=settings,
        speed=speed,
        plot=plot,
        intro=body["intro"][2],
        predict=body["predict"][2],
        run=body["run"][2],
        explain=body["explain"][2],
        choices=choices,
        answer=answer,
        tolerance=tolerance,
        relative=relative,
        values=values,
    )


def read_lesson(path: str | Path) -> Lesson:
    """A lesson file from disk (a teacher trying one out)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise LessonError(path.name, None, f"cannot be read: {error}") from None
    return parse_lesson(text, path.name)


def bundled_lessons() -> tuple[list[Lesson], list[str]]:
    """The lessons shipped in ``linreg_gui/assets/lessons``, in file-name order,
    and the messages of any that could not be read (the rest still work)."""
    folder = files("linreg_gui") / "assets" / "lessons"
    translated = folder / language()
    lessons: list[Lesson] = []
    problems: list[str] = []
    entries = sorted(
        (e for e in folder.iterdir() if e.name.endswith(SUFFIX)), key=lambda e: e.name
    )
    for entry in entries:
        # The window's language when the lesson is translated (same file name,
        # so the same key and the same progress), else the English file.
        source, name = entry, entry.name
        if language() != "en" and (translated / entry.name).is_file():
            source, name = translated / entry.name, f"{language()}/{entry.name}"
        try:
            lessons.append(parse_lesson(source.read_text(encoding="utf-8"), name))
        except LessonError as error:
            problems.append(str(error))
    return lessons, problems


@dataclass
class _Entry:
    value: Any
    line: int


def _front_matter(lines: list[str], source: str) -> dict[str, _Entry]:
    front: dict[str, _Entry] = {}
    for number, raw in enumerate(lines, start=2):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, colon, rest = line.partition(":")
        key = key.strip()
        if not colon or not key:
            raise LessonError(source, number, f"expected 'key: value', got '{line}'")
        if key in front:
            raise LessonError(
                source,
                number,
                f"'{key}' is given twice (first on line {front[key].line})",
            )
        known = key in KEYS or key in SETTING_TYPES or key.startswith("value.")
        if not known:
            allowed = ", ".join([*KEYS, *SETTING_TYPES, "value.NAME"])
            raise LessonError(
                source, number, f"unknown key '{key}'; the keys are {allowed}"
            )
        front[key] = _Entry(_scalar(rest.strip(), source, number), number)
    return front


def _scalar(text: str, source: str, line: int) -> Any:
    """A JSON value (number, true/false, "text", [list]) or else plain text
    (``{NAME}`` included)."""
    if text.startswith(("[", '"')):
        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            raise LessonError(
                source, line, f"cannot read '{text}': {error.msg}"
            ) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


class _Checker:
    """Type checks on the front matter, each error naming its line."""

    def __init__(self, source: str, front: dict[str, _Entry]) -> None:
        self.source = source
        self.front = front

    def fail(self, key: str, message: str) -> NoReturn:
        entry = self.front.get(key)
        raise LessonError(self.source, entry.line if entry else 1, message)

    def text(self, key: str) -> str:
        if key not in self.front:
            raise LessonError(self.source, 1, f"the front matter needs '{key}:'")
        value = self.front[key].value
        if not isinstance(value, str) or not value.strip():
            self.fail(key, f"'{key}' must be text, not {value!r}")
        return str(value).strip()

    def degree(self, key: str, default: int) -> int:
        if key not in self.front:
            return default
        value = self.front[key].value
        if not _is_int(value) or not 1 <= value <= 10:
            self.fail(key, f"'{key}' is a whole number from 1 to 10, not {value!r}")
        return int(value)

    def speed(self) -> float | None:
        if "speed" not in self.front:
            return 20.0
        value = self.front["speed"].value
        if value == "max":
            return None
        if not _is_number(value) or not value > 0:
            self.fail("speed", f"speed is steps a second (> 0) or max, not {value!r}")
        return float(value)

    def settings(self, base: FitSettings, front: Mapping[str, _Entry]) -> FitSettings:
        changes = {
            key: self._setting(key, front[key].value, front[key].line)
            for key in SETTING_TYPES
            if key in front
        }
        line = min((front[k].line for k in changes), default=1)
        return _settings(base, changes, self.source, line)

    def _setting(self, key: str, value: Any, line: int) -> Any:
        return _typed(key, value, self.source, line)

    def value(
        self, name: str, example: str, degree: int, settings: FitSettings
    ) -> ValueSpec:
        entry = self.front[f"value.{name}"]
        line = entry.line
        if not _NAME.match(name):
            raise LessonError(
                self.source, line, f"'{name}' is not a value name (letters, digits, _)"
            )
        words = str(entry.value).split()
        if not words or words[0] not in QUANTITIES:
            raise LessonError(
                self.source,
                line,
                f"value.{name} computes one of {', '.join(QUANTITIES)}, "
                f"not '{entry.value}'",
            )
        quantity = words[0]
        changes: dict[str, Any] = {}
        exclude: tuple[int, ...] = ()
        for word in words[1:]:
            key, equals, raw = word.partition("=")
            if not equals:
                raise LessonError(
                    self.source,
                    line,
                    f"expected key=value after the quantity, got '{word}'",
                )
            parsed = _scalar(raw, self.source, line)
            if key == "example":
                if parsed not in {e.key for e in EXAMPLES}:
                    raise LessonError(self.source, line, f"there is no example '{raw}'")
                example = str(parsed)
            elif key == "degree":
                if not _is_int(parsed) or not 1 <= parsed <= 10:
                    raise LessonError(self.source, line, "degree is 1 to 10")
                degree = int(parsed)
            elif key == "exclude":
                exclude = _rows(parsed, self.source, line)
            elif key in SETTING_TYPES:
                changes[key] = _typed(key, parsed, self.source, line)
            else:
                allowed = ", ".join([*VALUE_KEYS, *SETTING_TYPES])
                raise LessonError(
                    self.source, line, f"unknown key '{key}'; a value may set {allowed}"
                )
        own = _settings(settings, changes, self.source, line)
        if quantity.startswith("test_") and own.test_size <= 0:
            raise LessonError(
                self.source, line, f"{quantity} needs a test split: add test_size=0.2"
            )
        if quantity in ("iterations", "diverges_at") and own.method in (
            "ols",
            "normal",
            "lstsq",
            "polyfit",
            "ridge",
            "lasso",
        ):
            raise LessonError(
                self.source,
                line,
                f"{quantity} needs a gradient method (method=gd), not '{own.method}'",
            )
        return ValueSpec(name, quantity, example, degree, own, exclude, line)

    def question(
        self, names: set[str]
    ) -> tuple[tuple[str, ...], str | float, float, bool]:
        if "answer" not in self.front:
            raise LessonError(self.source, 1, "the front matter needs 'answer:'")
        answer = self.front["answer"].value
        if "choices" in self.front:
            choices = self.front["choices"].value
            if (
                not isinstance(choices, list)
                or len(choices) < 2
                or not all(isinstance(c, str) and c.strip() for c in choices)
                or len(set(choices)) != len(choices)
            ):
                self.fail(
                    "choices",
                    'choices is a list of two or more different texts: ["a", "b"]',
                )
            if answer not in choices:
                self.fail("answer", f"the answer {answer!r} is not one of the choices")
            return tuple(choices), str(answer), 0.0, False
        if isinstance(answer, str):
            match = _PLACEHOLDER.fullmatch(answer.strip())
            if match is None:
                self.fail(
                    "answer",
                    "without choices the answer is a number or {NAME} of a value, "
                    f"not {answer!r}",
                )
            elif match.group(1) not in names:
                self.fail(
                    "answer",
                    f"no value.{match.group(1)} line defines {{{match.group(1)}}}",
                )
        elif not _is_number(answer):
            self.fail("answer", f"the answer must be a number, not {answer!r}")
        tolerance, relative = 0.0, False
        if "tolerance" in self.front:
            raw = self.front["tolerance"].value
            if isinstance(raw, str) and raw.strip().endswith("%"):
                number = parse_number(raw.strip()[:-1])
                relative = True
                tolerance = -1.0 if number is None else number / 100
            else:
                tolerance = float(raw) if _is_number(raw) else -1.0
            if not tolerance >= 0:
                self.fail(
                    "tolerance",
                    f"tolerance is a number ≥ 0 or a percentage, not {raw!r}",
                )
        return (
            (),
            answer if isinstance(answer, str) else float(answer),
            tolerance,
            relative,
        )


def _typed(key: str, value: Any, source: str, line: int) -> Any:
    kind = SETTING_TYPES[key]
    if kind is bool and isinstance(value, bool):
        return value
    if kind is int and _is_int(value):
        return int(value)
    if kind is float and _is_number(value):
        return float(value)
    if kind is str and isinstance(value, str):
        return value
    names = {
        bool: "true or false",
        int: "a whole number",
        float: "a number",
        str: "text",
    }
    raise LessonError(source, line, f"{key} must be {names[kind]}, not {value!r}")


def _settings(
    base: FitSettings, changes: Mapping[str, Any], source: str, line: int
) -> FitSettings:
    settings = replace(base, **changes)
    try:
        settings.validate()
        if settings.learning_rate <= 0 or not math.isfinite(settings.learning_rate):
            raise FitError("The learning rate must be a positive number.")
        if settings.max_iter < 1:
            raise FitError("max_iter must be at least 1.")
        if settings.alpha < 0:
            raise FitError("alpha must be 0 or more.")
    except FitError as error:
        raise LessonError(source, line, str(error)) from None
    return settings


def _rows(value: Any, source: str, line: int) -> tuple[int, ...]:
    rows = value if isinstance(value, list) else [value]
    if not rows or not all(_is_int(r) and r >= 1 for r in rows):
        raise LessonError(
            source, line, "exclude is a row number from 1, or a list of them: [3, 7]"
        )
    return tuple(int(r) - 1 for r in rows)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and math.isfinite(value)
    )


def _sections(
    lines: list[str], first: int, source: str
) -> dict[str, tuple[str, int, str]]:
    """``{name: (heading, first line number, text)}`` for intro and the three."""
    found: dict[str, tuple[str, int, list[str]]] = {"intro": ("", first + 1, [])}
    current = "intro"
    for index in range(first, len(lines)):
        line = lines[index]
        if line.startswith("## "):
            name = line[3:].strip().lower()
            if name not in SECTIONS:
                raise LessonError(
                    source,
                    index + 1,
                    f"unknown section '{line[3:].strip()}'; the sections are "
                    "## Predict, ## Run and ## Explain",
                )
            if name in found:
                raise LessonError(source, index + 1, f"a second '## {name.title()}'")
            current = name
            found[name] = (line, index + 2, [])
        else:
            found[current][2].append(line)
    for name in SECTIONS:
        if name not in found:
            raise LessonError(
                source, None, f"the lesson has no '## {name.title()}' section"
            )
        if not "\n".join(found[name][2]).strip():
            raise LessonError(
                source, found[name][1] - 1, f"'## {name.title()}' is empty"
            )
    out: dict[str, tuple[str, int, str]] = {}
    for name, (heading, start, body) in found.items():
        joined = "\n".join(body)
        skipped = joined[: len(joined) - len(joined.lstrip())].count("\n")
        out[name] = (heading, start + skipped, joined.strip())
    return out


def _check_placeholders(
    text: str, names: set[str], source: str, start: int, section: str
) -> None:
    """Every ``{NAME}`` is a defined value with a format Python understands."""
    # Line numbers count from the section's first line (the text was stripped).
    del section
    for match in _PLACEHOLDER.finditer(text):
        line = start + text.count("\n", 0, match.start())
        name, spec = match.group(1), match.group(2) or ""
        if name not in names:
            raise LessonError(
                source, line, f"{{{name}}}: no value.{name} line defines it"
            )
        if spec:
            try:
                format(1.5, spec)
            except ValueError:
                raise LessonError(
                    source, line, f"{{{name}:{spec}}}: '{spec}' is not a number format"
                ) from None


# -- computing -----------------------------------------------------------------


Loader = Callable[[str], Dataset]


def compute_values(
    lesson: Lesson,
    load: Loader = load_example,
    cancelled: Callable[[], bool] = lambda: False,
) -> dict[str, float]:
    """Every ``value.NAME`` of ``lesson``, worked out on its data.

    Takes from milliseconds to about a second (the first data set read, a
    gradient run of 10⁵ steps): call it off the GUI thread.

    Raises
    ------
    LessonError
        A value that cannot be computed on the data (the line that asks for it).
    """
    datasets: dict[str, Dataset] = {}
    fits: dict[tuple[Any, ...], FitResult | DivergenceError] = {}
    out: dict[str, float] = {}
    for spec in lesson.values:
        if cancelled():
            break
        if spec.example not in datasets:
            datasets[spec.example] = load(spec.example)
        try:
            out[spec.name] = _compute(spec, datasets[spec.example], fits)
        except FitError as error:
            raise LessonError(
                lesson.source, spec.line, f"value.{spec.name}: {error}"
            ) from None
    return out


def _problem(spec: ValueSpec, dataset: Dataset) -> Problem:
    example = get_example(spec.example)
    design = DesignSpec(example.x, example.y, spec.degree, True)
    return prepare_dataset(
        dataset,
        design,
        test_size=spec.settings.test_size,
        random_state=spec.settings.random_state,
        exclude=spec.exclude,
    )


def _compute(
    spec: ValueSpec,
    dataset: Dataset,
    fits: dict[tuple[Any, ...], FitResult | DivergenceError],
) -> float:
    """Long on purpose: one short branch per quantity."""
    problem = _problem(spec, dataset)
    q = spec.quantity
    train = problem.train
    if q == "stable_rate":
        rate = stable_learning_rate(problem, spec.settings)
        return math.nan if rate is None else rate
    if q == "mean_y":
        return float(np.mean(train.y))
    if q == "cov_xy":
        x = train.x_values
        return float(np.mean((x - x.mean()) * (train.y - train.y.mean())))

    def fitted(settings: FitSettings) -> FitResult | DivergenceError:
        key = (spec.example, spec.degree, spec.exclude, settings)
        if key not in fits:
            try:
                fits[key] = fit(problem, settings)
            except DivergenceError as error:
                fits[key] = error
        return fits[key]

    result = fitted(spec.settings)
    if q == "diverges_at":
        return (
            float(result.iteration) if isinstance(result, DivergenceError) else math.nan
        )
    if isinstance(result, DivergenceError):
        if q == "iterations":
            return math.inf
        raise result
    if q == "iterations":
        return float(result.iterations or 0)
    if q == "intercept":
        return result.intercept
    if q == "slope":
        return float(result.coef[0])
    if q == "r2":
        return result.train.r2
    if q == "mse":
        return result.train.mse
    if q == "ssr":
        return result.train.mse * result.train.n_samples
    if q in ("test_mse", "test_r2"):
        assert result.test is not None  # checked when the file was read
        return result.test.mse if q == "test_mse" else result.test.r2
    reference = fitted(replace(spec.settings, method="ols"))
    assert isinstance(reference, FitResult)
    if q == "condition_number":
        return (
            math.nan
            if reference.user_condition_number is None
            else (reference.user_condition_number)
        )
    return min(
        (
            digits_of_agreement(float(e), float(r))
            for e, r in zip(result.params, reference.params, strict=True)
            if math.isfinite(r)
        ),
        default=math.nan,
    )


def lesson_titles(lessons: Iterable[Lesson]) -> list[str]:
    """``1. Title`` for each lesson, as the panel lists them."""
    return [f"{i}. {lesson.title}" for i, lesson in enumerate(lessons, start=1)]
