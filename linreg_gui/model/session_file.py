"""Session files (``.linreg``): a whole lesson state in one JSON file.

A teacher saves the data, the chosen columns, the rows left out, the cells
edited, the method with every setting, the view and, after a run, where the run
ended; a student (or ``linreg fit lesson.linreg``) opens it and sees the same.
The format is plain JSON with a version number, read with ``json`` and checked
field by field: no pickle, no eval, nothing in the file is ever executed.  A
file that is damaged, cut short, edited by hand into nonsense or written by a
newer version is refused with a :class:`~linreg_gui.model.errors.LoadError`
that names the problem, before anything the user has is touched.

The data are embedded column by column (``null`` for a missing value: JSON has
no NaN, and a numeric column holds no infinity), as loaded, with the edits
listed beside them, so a teacher sees what a student changed.  A SHA-256 of the
values detects damage; the SHA-256 of the source file, when known, says which
file they came from.  README "Session files" documents the schema.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import stat
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Final, TypeGuard

import numpy as np

from linreg_gui import __version__
from linreg_gui.model.dataset import Dataset, FloatArray
from linreg_gui.model.design import MAX_DEGREE
from linreg_gui.model.errors import FitError, LoadError
from linreg_gui.model.fitting import FitSettings
from linreg_gui.model.session import Choices, Session
from linreg_gui.model.snapshot import RunState, Snapshot
from linreg_gui.model.steps import StopReason
from linreg_gui.model.text import number, translate

__all__ = [
    "FORMAT",
    "MAX_BYTES",
    "SUFFIX",
    "VERSION",
    "Challenge",
    "Edit",
    "Question",
    "SavedIterate",
    "SessionFile",
    "View",
    "data_sha256",
    "edits_between",
    "file_sha256",
    "is_session_path",
    "load_session",
    "save_session",
    "source_sha256",
]

#: The value of the top-level ``"format"`` key.
FORMAT: Final = "linreg-session"
#: The newest schema this version writes and reads; older ones are read too.
VERSION: Final = 1
#: The file name ending (and the desktop's MIME glob).
SUFFIX: Final = ".linreg"
#: Larger files are refused before they are read: 10⁶ rows of a few columns
#: take about 100 MB, and json holds a file several times over in memory.
MAX_BYTES: Final = 256 * 1024 * 1024
#: The plots a session can bring to the front.
PLOTS: Final = ("fit", "residuals")


def is_session_path(path: str | Path) -> bool:
    """Whether ``path`` names a session file (by its ending, as the desktop does)."""
    return Path(path).suffix.lower() == SUFFIX


@dataclass(frozen=True)
class Edit:
    """One cell the user changed: 0-based ``row``, ``column``, the new ``value``
    (NaN: the cell was emptied)."""

    row: int
    column: str
    value: float


@dataclass(frozen=True)
class View:
    """What the window showed: the plot in front, the least-squares line, a log
    loss axis, and every how many iterations a history line is kept (0: off)."""

    plot: str = "fit"
    reference_line: bool = False
    log_loss: bool = False
    history_every: int = 10


@dataclass(frozen=True)
class SavedIterate:
    """Where a gradient run ended, so that a reopened session shows it unrun."""

    iteration: int
    intercept: float
    coef: tuple[float, ...]
    loss: float
    state: str = RunState.STOPPED.value
    stop_reason: str | None = None
    converged: bool = False
    coef_gap: float | None = None
    loss_gap: float | None = None
    message: str = ""

    @classmethod
    def from_snapshot(cls, snapshot: Snapshot | None) -> SavedIterate | None:
        """The snapshot's iterate, or None when there is none worth keeping (no
        run, a failed run, a blown-up one).  A run still going is kept as stopped
        where it is: the reopened window has no run to resume."""
        if snapshot is None or snapshot.state in (RunState.FAILED, RunState.DIVERGED):
            return None
        numbers = [snapshot.intercept, snapshot.loss, *snapshot.coef.tolist()]
        if not all(math.isfinite(v) for v in numbers):
            return None
        state = snapshot.state if snapshot.final else RunState.STOPPED
        reason = snapshot.stop_reason if snapshot.final else StopReason.USER
        return cls(
            iteration=snapshot.iteration,
            intercept=float(snapshot.intercept),
            coef=tuple(float(c) for c in snapshot.coef),
            loss=float(snapshot.loss),
            state=state.value,
            stop_reason=reason.value if reason is not None else None,
            converged=bool(snapshot.converged),
            coef_gap=_finite_or_none(snapshot.coef_gap),
            loss_gap=_finite_or_none(snapshot.loss_gap),
            message=snapshot.message,
        )

    def snapshot(self, run_id: int, learning_rate: float) -> Snapshot:
        """A final snapshot of run ``run_id`` at this iterate (no losses)."""
        return Snapshot(
            run_id=run_id,
            iteration=self.iteration,
            intercept=self.intercept,
            coef=np.array(self.coef, dtype=np.float64),
            loss=self.loss,
            grad_norm=math.nan,
            test_loss=None,
            iterations=np.empty(0, dtype=np.int64),
            losses=np.empty(0, dtype=np.float64),
            test_losses=None,
            learning_rate=learning_rate,
            state=RunState(self.state),
            message=self.message,
            coef_gap=math.nan if self.coef_gap is None else self.coef_gap,
            loss_gap=math.nan if self.loss_gap is None else self.loss_gap,
            converged=self.converged,
            stop_reason=None
            if self.stop_reason is None
            else StopReason(self.stop_reason),
        )


@dataclass(frozen=True)
class Question:
    """A question to answer before running: a number or one of ``choices``.

    ``answer`` is the right one (text for a choice, a number otherwise, right
    within ``tolerance``); ``explanation`` says why, shown with the answer.
    """

    prompt: str
    answer: str | float
    choices: tuple[str, ...] = ()
    tolerance: float = 0.0
    explanation: str = ""

    def is_right(self, given: str) -> bool:
        """Whether the student's answer ``given`` is the right one."""
        if isinstance(self.answer, str):
            return given.strip().casefold() == self.answer.strip().casefold()
        try:
            number = float(given.replace(",", "."))
        except ValueError:
            return False
        return abs(number - self.answer) <= self.tolerance


@dataclass(frozen=True)
class Challenge:
    """A teacher's task on a session: what to do, questions to answer first,
    whether the data may be edited, and the student's answers so far (one a
    question, None while unanswered)."""

    task: str
    title: str = ""
    questions: tuple[Question, ...] = ()
    locked: bool = False
    answers: tuple[str | None, ...] = ()

    def with_answers(self, answers: Iterable[str | None]) -> Challenge:
        given = tuple(answers)
        if len(given) != len(self.questions):
            raise ValueError("one answer a question")
        return replace(self, answers=given)


@dataclass(frozen=True, eq=False)
class SessionFile:
    """Everything a ``.linreg`` file holds, checked.

    Attributes
    ----------
    dataset : Dataset
        The data as loaded, before any edit.
    edits : tuple of Edit
        Cells changed since, in order.
    excluded : frozenset of int
        Rows (0-based) left out of the fit.
    choices : Choices
        Columns, model terms, method, every setting (the seed among them), speed.
    view : View
    iterate : SavedIterate or None
        Where the last run ended, if the session was saved after one.
    source_name, source_sha256 : str or None
        The data file's name and the SHA-256 of its bytes, when known.
    challenge : Challenge or None
        A challenge pack's task, questions and answers.
    """

    dataset: Dataset
    choices: Choices
    edits: tuple[Edit, ...] = ()
    excluded: frozenset[int] = frozenset()
    view: View = field(default_factory=View)
    iterate: SavedIterate | None = None
    source_name: str | None = None
    source_sha256: str | None = None
    challenge: Challenge | None = None

    @classmethod
    def capture(
        cls,
        session: Session,
        original: Dataset | None = None,
        *,
        view: View | None = None,
        iterate: SavedIterate | None = None,
        source_name: str | None = None,
        source_sha256: str | None = None,
        challenge: Challenge | None = None,
    ) -> SessionFile:
        """The file for ``session``; ``original`` is its data before the edits
        (without it, or if it is not the same table, the edited data are saved
        as they are, with no edits listed).  The source's name defaults to the
        data's file name."""
        dataset = session.dataset
        if dataset is None:
            raise ValueError("there is no data to save")
        edits: tuple[Edit, ...] = ()
        if original is not None and original is not dataset:
            found = edits_between(original, dataset)
            if found is not None:
                dataset, edits = original, found
        source = source_name
        if source is None and dataset.source is not None:
            source = dataset.source.name
        return cls(
            dataset=dataset,
            choices=session.choices,
            edits=edits,
            excluded=session.excluded,
            view=view or View(),
            iterate=iterate,
            source_name=source,
            source_sha256=source_sha256 if source is not None else None,
            challenge=challenge,
        )

    def session(self) -> Session:
        """The session to restore: the data with the edits made, rows left out."""
        return Session(
            _apply_edits(self.dataset, self.edits), self.excluded, self.choices
        )

    def to_json_dict(self) -> dict[str, Any]:
        """The file's JSON object (numbers finite, missing values ``null``)."""
        c, s = self.choices, self.choices.settings
        data = {
            "format": FORMAT,
            "version": VERSION,
            "saved_by": f"linreg-gui {__version__}",
            "data": _data_json(self.dataset, self.source_name, self.source_sha256),
            "edits": [
                {"row": e.row, "column": e.column, "value": _finite_or_none(e.value)}
                for e in self.edits
            ],
            "excluded_rows": sorted(self.excluded),
            "model": {
                "x": list(c.x),
                "y": c.y,
                "degree": c.degree,
                "intercept": c.intercept,
            },
            "settings": {
                "method": s.method,
                "alpha": s.alpha,
                "learning_rate": s.learning_rate,
                "max_iter": s.max_iter,
                "tol": s.tol,
                "stop_on": s.stop_on,
                "batch_size": s.batch_size,
                "momentum": s.momentum,
                "standardize": s.standardize,
                "test_size": s.test_size,
                "random_state": s.random_state,
            },
            "speed": c.steps_per_second,
            "view": {
                "plot": self.view.plot,
                "reference_line": self.view.reference_line,
                "log_loss": self.view.log_loss,
                "history_every": self.view.history_every,
            },
            "final_iterate": None
            if self.iterate is None
            else {
                "iteration": self.iterate.iteration,
                "intercept": self.iterate.intercept,
                "coef": list(self.iterate.coef),
                "loss": self.iterate.loss,
                "state": self.iterate.state,
                "stop_reason": self.iterate.stop_reason,
                "converged": self.iterate.converged,
                "coef_gap": self.iterate.coef_gap,
                "loss_gap": self.iterate.loss_gap,
                "message": self.iterate.message,
            },
        }
        if self.challenge is not None:
            data["challenge"] = _challenge_json(self.challenge)
        return data

    @classmethod
    def from_json_dict(
        cls, data: object, path: str | Path | None = None
    ) -> SessionFile:
        """Check a parsed file and build its value; ``LoadError`` names what is
        wrong (``path`` is only used in the message)."""
        return _Reader(path).session_file(data)


# -- writing -------------------------------------------------------------------


def save_session(path: str | Path, session_file: SessionFile) -> None:
    """Write ``session_file`` to ``path`` atomically: a temporary file in the same
    folder, flushed, then renamed over the target, so a crash or a full disk
    never leaves half a session where a good one was.  ``OSError`` if it fails."""
    target = Path(path)
    text = _dumps(session_file.to_json_dict())
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(temporary, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _dumps(data: dict[str, Any]) -> str:
    """Indented JSON with each list of values on one line (a value a line would
    make a 10⁶-row file ten times longer to scroll through)."""
    token = uuid.uuid4().hex
    compact: list[str] = []

    def inline(values: list[Any]) -> str:
        compact.append(json.dumps(values, separators=(",", ":"), allow_nan=False))
        return f"{token}{len(compact) - 1}"

    for column in data["data"]["columns"]:
        column["values"] = inline(column["values"])
    data["excluded_rows"] = inline(data["excluded_rows"])
    data["model"]["x"] = inline(data["model"]["x"])
    text = json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False)
    for index, values in enumerate(compact):
        text = text.replace(f'"{token}{index}"', values, 1)
    return text + "\n"


def _data_json(
    dataset: Dataset, source_name: str | None, source_sha256: str | None
) -> dict[str, Any]:
    columns: list[dict[str, Any]] = []
    for name in dataset.columns:
        if name in dataset.non_numeric:
            texts = [_text_or_none(v) for v in dataset.frame[name].tolist()]
            reason = dataset.non_numeric[name]
            columns.append(
                {"name": name, "type": "text", "values": texts, "reason": reason}
            )
            continue
        array = dataset.values(name)
        numbers: list[float | None] = array.tolist()
        for row in np.flatnonzero(np.isnan(array)).tolist():
            numbers[row] = None
        columns.append({"name": name, "type": "number", "values": numbers})
    return {
        "name": dataset.name,
        "description": dataset.description,
        "source": None
        if source_name is None
        else {"file": source_name, "sha256": source_sha256},
        "rows": dataset.n_rows,
        "sha256": data_sha256(dataset),
        "columns": columns,
    }


def _challenge_json(challenge: Challenge) -> dict[str, Any]:
    questions: list[dict[str, Any]] = []
    for q in challenge.questions:
        question: dict[str, Any] = {"prompt": q.prompt}
        if q.choices:
            question["choices"] = list(q.choices)
        question["answer"] = q.answer
        if not isinstance(q.answer, str):
            question["tolerance"] = q.tolerance
        question["explanation"] = q.explanation
        questions.append(question)
    return {
        "title": challenge.title,
        "task": challenge.task,
        "locked": challenge.locked,
        "questions": questions,
        "answers": list(challenge.answers)
        if challenge.answers
        else [None] * len(questions),
    }


def _text_or_none(value: object) -> str | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return str(value)


def _finite_or_none(value: float) -> float | None:
    return float(value) if math.isfinite(value) else None


# -- hashes --------------------------------------------------------------------


def data_sha256(dataset: Dataset) -> str:
    """SHA-256 of a table's names and values, independent of how JSON spells them.

    For each column in order: the UTF-8 JSON of ``[name, type]``, then for a
    number column its values as little-endian IEEE-754 doubles (a missing value
    as the quiet NaN ``0x7FF8000000000000``), for a text column the UTF-8 JSON of
    its list of values.  Re-indenting a file keeps it; changing a value does not.
    """
    digest = hashlib.sha256()
    for name in dataset.columns:
        if name in dataset.non_numeric:
            texts = [_text_or_none(v) for v in dataset.frame[name].tolist()]
            digest.update(json.dumps([name, "text"]).encode("utf-8"))
            digest.update(json.dumps(texts).encode("utf-8"))
            continue
        array = dataset.values(name)
        canonical = np.where(np.isnan(array), np.nan, array).astype("<f8")
        digest.update(json.dumps([name, "number"]).encode("utf-8"))
        digest.update(canonical.tobytes())
    return digest.hexdigest()


def source_sha256(path: str | Path, read_at: float) -> str | None:
    """SHA-256 of the data file the session's data came from, if it is still
    there unchanged since ``read_at`` (a time.time()); otherwise None: a hash
    of other bytes would vouch for data the session does not hold."""
    try:
        if os.stat(path).st_mtime > read_at:
            return None
        return file_sha256(path)
    except OSError:
        return None


def file_sha256(path: str | Path) -> str:
    """SHA-256 of a file's bytes, read a megabyte at a time."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# -- edits ---------------------------------------------------------------------


def edits_between(original: Dataset, edited: Dataset) -> tuple[Edit, ...] | None:
    """The cells where ``edited`` differs from ``original`` (NaN equals NaN), or
    None when they are not the same table (other columns, other rows)."""
    if (
        original.columns != edited.columns
        or original.n_rows != edited.n_rows
        or set(original.non_numeric) != set(edited.non_numeric)
    ):
        return None
    edits: list[Edit] = []
    for name in original.numeric_columns:
        before, after = original.values(name), edited.values(name)
        same = (before == after) | (np.isnan(before) & np.isnan(after))
        for row in np.flatnonzero(~same).tolist():
            edits.append(Edit(int(row), name, float(after[row])))
    for name in original.non_numeric:
        if not original.frame[name].equals(edited.frame[name]):
            return None
    return tuple(edits)


def _apply_edits(dataset: Dataset, edits: Iterable[Edit]) -> Dataset:
    """``dataset`` with the edits made, each edited column copied once."""
    by_column: dict[str, list[Edit]] = defaultdict(list)
    for edit in edits:
        by_column[edit.column].append(edit)
    if not by_column:
        return dataset
    frame = dataset.frame.copy(deep=False)
    for name, changes in by_column.items():
        column = dataset.values(name).copy()
        for edit in changes:
            column[edit.row] = edit.value
        frame[name] = column
    return replace(dataset, frame=frame)


# -- reading -------------------------------------------------------------------


def load_session(path: str | Path) -> SessionFile:
    """Read and check a session file.

    Raises
    ------
    LoadError
        The file cannot be read, is larger than ``MAX_BYTES``, is not JSON, is
        not a session, was written by a newer version, misses a field or has one
        of the wrong type, holds a value out of range, or its data do not match
        their SHA-256.  The message names the file and the field.
    """
    file = Path(path)
    try:
        info = file.stat()
    except FileNotFoundError:
        raise LoadError(
            translate("SessionFile", "there is no such file"), file
        ) from None
    except OSError as error:
        raise LoadError(
            translate("SessionFile", "the file cannot be opened ({reason})").format(
                reason=error.strerror
            ),
            file,
        ) from None
    if not stat.S_ISREG(info.st_mode):
        raise LoadError(translate("SessionFile", "this is not a regular file"), file)
    if info.st_size > MAX_BYTES:
        raise LoadError(
            translate(
                "SessionFile",
                "the file is {size} MB; a session file may be at most {most} MB",
            ).format(
                size=number(info.st_size / 2**20, ",.0f"), most=MAX_BYTES // 2**20
            ),
            file,
        )
    try:
        with open(file, "rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError as error:
        raise LoadError(
            translate("SessionFile", "the file cannot be read ({reason})").format(
                reason=error.strerror
            ),
            file,
        ) from None
    if len(raw) > MAX_BYTES:
        raise LoadError(
            translate(
                "SessionFile",
                "the file is larger than {most} MB, the most a session file may be",
            ).format(most=MAX_BYTES // 2**20),
            file,
        )
    return SessionFile.from_json_dict(_parse(raw, file), file)


def _parse(raw: bytes, path: Path) -> object:
    if not raw.strip():
        raise LoadError(translate("SessionFile", "the file is empty"), path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise LoadError(
            translate(
                "SessionFile",
                "this is not a linreg session file (it is not UTF-8 text)",
            ),
            path,
        ) from None
    if not text.lstrip().startswith("{"):
        raise LoadError(
            translate(
                "SessionFile", "this is not a linreg session file (it is not JSON)"
            ),
            path,
        )
    try:
        return json.loads(
            text, parse_constant=_refuse_constant, object_pairs_hook=_unique_keys
        )
    except json.JSONDecodeError as error:
        raise LoadError(
            translate(
                "SessionFile",
                "the file is damaged: it is not valid JSON ({reason} at line {line}, "
                "column {column})",
            ).format(reason=error.msg, line=error.lineno, column=error.colno),
            path,
        ) from None
    except ValueError as error:
        raise LoadError(f"the file is damaged: {error}", path) from None
    except RecursionError:
        raise LoadError(
            translate("SessionFile", "the file is damaged: it is nested too deeply"),
            path,
        ) from None


def _refuse_constant(name: str) -> float:
    raise ValueError(f"it holds {name}, which JSON does not allow")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f'the key "{key}" appears twice in one object')
        result[key] = value
    return result


class _Reader:
    """Checks a parsed file field by field; every refusal names the field."""

    def __init__(self, path: str | Path | None) -> None:
        self.path = Path(path) if path is not None else None

    def fail(self, message: str) -> LoadError:
        return LoadError(message, self.path)

    def session_file(self, data: object) -> SessionFile:
        """Long on purpose: the file's sections in the order they are written."""
        if not isinstance(data, dict):
            raise self.fail(
                translate(
                    "SessionFile",
                    "this is not a linreg session file (not a JSON object)",
                )
            )
        if data.get("format") != FORMAT:
            raise self.fail(
                translate(
                    "SessionFile",
                    'this is not a linreg session file (its "format" is not '
                    '"{format}")',
                ).format(format=FORMAT)
            )
        version = data.get("version")
        if not _is_int(version) or version < 1:
            raise self.fail('the file is damaged: "version" must be a whole number')
        if version > VERSION:
            raise self.fail(
                translate(
                    "SessionFile",
                    "this session was saved by a newer linreg-gui (session format "
                    "version {version}; this one reads version {supported}). Update "
                    "linreg-gui to open it",
                ).format(version=version, supported=VERSION)
            )
        dataset, source_name, source_sha256 = self.dataset(
            self.section(data, "data", "the file")
        )
        edits = self.edits(self.field(data, "edits", list, "the file"), dataset)
        excluded = self.excluded(
            self.field(data, "excluded_rows", list, "the file"), dataset.n_rows
        )
        choices = self.choices(data, dataset)
        view = self.view(self.section(data, "view", "the file"))
        iterate_data = self.field(data, "final_iterate", (dict, type(None)), "the file")
        iterate = None if iterate_data is None else self.iterate(iterate_data)
        if iterate is not None:
            terms = choices.degree if len(choices.x) == 1 else len(choices.x)
            if len(iterate.coef) != terms:
                raise self.fail(
                    f'the file is damaged: "final_iterate.coef" has '
                    f"{len(iterate.coef)} values; the model has {terms} terms"
                )
        challenge = None
        if data.get("challenge") is not None:
            challenge = self.challenge(self.section(data, "challenge", "the file"))
        return SessionFile(
            dataset=dataset,
            choices=choices,
            edits=edits,
            excluded=excluded,
            view=view,
            iterate=iterate,
            source_name=source_name,
            source_sha256=source_sha256,
            challenge=challenge,
        )

    # -- generic fields ------------------------------------------------------

    def field(
        self,
        data: Mapping[str, Any],
        key: str,
        kind: type | tuple[type, ...],
        where: str,
    ) -> Any:
        if key not in data:
            raise self.fail(f'the file is damaged: {where} has no "{key}"')
        value = data[key]
        kinds = kind if isinstance(kind, tuple) else (kind,)
        if isinstance(value, bool) and bool not in kinds:
            value_ok = False
        elif float in kinds and _is_int(value):
            value_ok = True
        else:
            value_ok = isinstance(value, kinds)
        if not value_ok:
            raise self.fail(
                f'the file is damaged: "{_dotted(where, key)}" must be '
                f"{_kind_text(kinds)}, not {_shown(value)}"
            )
        return value

    def section(self, data: Mapping[str, Any], key: str, where: str) -> dict[str, Any]:
        value: dict[str, Any] = self.field(data, key, dict, where)
        return value

    def number(
        self,
        data: Mapping[str, Any],
        key: str,
        where: str,
        check: Callable[[float], bool] = math.isfinite,
        rule: str = "a finite number",
    ) -> float:
        value = _float_or_inf(self.field(data, key, float, where))
        if not math.isfinite(value) or not check(value):
            raise self.fail(
                f'the file is damaged: "{_dotted(where, key)}" must be {rule}, '
                f"not {_shown(data[key])}"
            )
        return value

    def whole(
        self, data: Mapping[str, Any], key: str, where: str, lo: int, hi: int | None
    ) -> int:
        value: int = self.field(data, key, int, where)
        if value < lo or (hi is not None and value > hi):
            bound = f"from {lo} to {hi}" if hi is not None else f"at least {lo}"
            raise self.fail(
                f'the file is damaged: "{_dotted(where, key)}" must be a whole '
                f"number {bound}, not {value}"
            )
        return value

    # -- sections ------------------------------------------------------------

    def dataset(self, data: dict[str, Any]) -> tuple[Dataset, str | None, str | None]:
        name: str = self.field(data, "name", str, "data")
        description: str = self.field(data, "description", str, "data")
        n_rows = self.whole(data, "rows", "data", 1, None)
        stored_hash: str = self.field(data, "sha256", str, "data")
        source = self.field(data, "source", (dict, type(None)), "data")
        source_name = source_sha = None
        if source is not None:
            source_name = self.field(source, "file", str, "data.source")
            source_sha = self.field(source, "sha256", (str, type(None)), "data.source")
        columns = self.field(data, "columns", list, "data")
        arrays: dict[str, np.ndarray[Any, Any]] = {}
        reasons: dict[str, str] = {}
        for index, column in enumerate(columns):
            where = f"data.columns[{index}]"
            if not isinstance(column, dict):
                raise self.fail(f'the file is damaged: "{where}" must be an object')
            column_name: str = self.field(column, "name", str, where)
            if column_name in arrays:
                raise self.fail(
                    f"the file is damaged: the column '{column_name}' appears twice"
                )
            kind = self.field(column, "type", str, where)
            values: list[Any] = self.field(column, "values", list, where)
            if len(values) != n_rows:
                raise self.fail(
                    f"the file is damaged: column '{column_name}' has {len(values):,} "
                    f"values, but data.rows says {n_rows:,}"
                )
            if kind == "number":
                arrays[column_name] = self.numbers(column_name, values)
            elif kind == "text":
                arrays[column_name] = self.texts(column_name, values)
                reasons[column_name] = self.field(column, "reason", str, where)
            else:
                raise self.fail(
                    f'the file is damaged: "{where}.type" must be "number" or '
                    f'"text", not {_shown(kind)}'
                )
        dataset = Dataset.from_arrays(name, arrays, description=description)
        dataset = replace(dataset, non_numeric=reasons)
        if len(dataset.numeric_columns) < 2:
            raise self.fail(
                "the file is damaged: its data have fewer than two number columns, "
                "and a regression needs two (an x and a y)"
            )
        if data_sha256(dataset) != stored_hash:
            raise self.fail(
                "the file is damaged: its data do not match their SHA-256 "
                "(a value was changed or lost after the session was saved)"
            )
        return dataset, source_name, source_sha

    def numbers(self, name: str, values: list[Any]) -> FloatArray:
        for row, value in enumerate(values):
            if value is None or type(value) is float:
                continue
            if type(value) is not int:
                raise self.fail(
                    f"the file is damaged: column '{name}', row {row + 1} holds "
                    f"{_shown(value)}, not a number"
                )
        try:
            array = np.array(values, dtype=np.float64)
        except OverflowError:
            array = np.array([_float_or_inf(v) for v in values], dtype=np.float64)
        bad = np.flatnonzero(np.isinf(array))
        if len(bad):
            row = int(bad[0])
            raise self.fail(
                f"the file is damaged: column '{name}', row {row + 1} holds "
                f"{_shown(values[row])}, which is not a finite number"
            )
        return array

    def texts(self, name: str, values: list[Any]) -> np.ndarray[Any, Any]:
        for row, value in enumerate(values):
            if value is not None and not isinstance(value, str):
                raise self.fail(
                    f"the file is damaged: text column '{name}', row {row + 1} holds "
                    f"{_shown(value)}; text values are strings or null"
                )
        return np.array(values, dtype=object)

    def edits(self, items: list[Any], dataset: Dataset) -> tuple[Edit, ...]:
        edits: list[Edit] = []
        for index, item in enumerate(items):
            where = f"edits[{index}]"
            if not isinstance(item, dict):
                raise self.fail(f'the file is damaged: "{where}" must be an object')
            row = self.whole(item, "row", where, 0, dataset.n_rows - 1)
            column: str = self.field(item, "column", str, where)
            self.numeric_column(column, dataset, f"{where}.column")
            value = self.field(item, "value", (float, type(None)), where)
            number = math.nan if value is None else _float_or_inf(value)
            if math.isinf(number):
                raise self.fail(
                    f'the file is damaged: "{where}.value" must be a finite number '
                    f"or null, not {_shown(value)}"
                )
            edits.append(Edit(row, column, number))
        return tuple(edits)

    def excluded(self, rows: list[Any], n_rows: int) -> frozenset[int]:
        for index, row in enumerate(rows):
            if not _is_int(row) or not 0 <= row < n_rows:
                raise self.fail(
                    f'the file is damaged: "excluded_rows[{index}]" must be a row '
                    f"number from 0 to {n_rows - 1}, not {_shown(row)}"
                )
        return frozenset(int(r) for r in rows)

    def choices(self, data: Mapping[str, Any], dataset: Dataset) -> Choices:
        model = self.section(data, "model", "the file")
        x: list[Any] = self.field(model, "x", list, "model")
        for index, name in enumerate(x):
            if not isinstance(name, str):
                raise self.fail(
                    f'the file is damaged: "model.x[{index}]" must be a column name'
                )
            self.numeric_column(name, dataset, f"model.x[{index}]")
        y = self.field(model, "y", (str, type(None)), "model")
        if y is not None:
            self.numeric_column(y, dataset, "model.y")
        degree = self.whole(model, "degree", "model", 1, MAX_DEGREE)
        intercept: bool = self.field(model, "intercept", bool, "model")
        speed = self.field(data, "speed", (float, type(None)), "the file")
        if speed is not None and not (math.isfinite(speed) and speed > 0):
            raise self.fail(
                '"speed" must be a positive number of steps a second, or null for '
                f"as fast as the machine goes, not {_shown(speed)}"
            )
        settings = self.settings(self.section(data, "settings", "the file"))
        return Choices(
            x=tuple(x),
            y=y,
            degree=degree,
            intercept=intercept,
            settings=settings,
            steps_per_second=None if speed is None else float(speed),
        )

    def settings(self, data: dict[str, Any]) -> FitSettings:
        w = "settings"
        batch = self.field(data, "batch_size", (int, type(None)), w)
        if batch is not None and batch < 1:
            raise self.fail(
                f'the file is damaged: "settings.batch_size" must be at least 1 or '
                f"null, not {batch}"
            )
        settings = FitSettings(
            method=self.field(data, "method", str, w),
            alpha=self.number(data, "alpha", w),
            learning_rate=self.number(
                data, "learning_rate", w, lambda v: v > 0, "a positive number"
            ),
            max_iter=self.whole(data, "max_iter", w, 1, None),
            tol=self.number(data, "tol", w, lambda v: v >= 0, "a number of 0 or more"),
            stop_on=self.field(data, "stop_on", str, w),
            batch_size=batch,
            momentum=self.number(data, "momentum", w),
            standardize=self.field(data, "standardize", bool, w),
            test_size=self.number(data, "test_size", w),
            random_state=self.field(data, "random_state", (int, type(None)), w),
        )
        try:
            settings.validate()
        except FitError as error:
            raise self.fail(f"the file is damaged: {error}") from None
        return settings

    def view(self, data: dict[str, Any]) -> View:
        plot = self.field(data, "plot", str, "view")
        if plot not in PLOTS:
            raise self.fail(
                f'the file is damaged: "view.plot" must be "fit" or "residuals", '
                f"not {_shown(plot)}"
            )
        return View(
            plot=plot,
            reference_line=self.field(data, "reference_line", bool, "view"),
            log_loss=self.field(data, "log_loss", bool, "view"),
            history_every=self.whole(data, "history_every", "view", 0, None),
        )

    def iterate(self, data: dict[str, Any]) -> SavedIterate:
        w = "final_iterate"
        coef: list[Any] = self.field(data, "coef", list, w)
        for index, value in enumerate(coef):
            number = (
                _float_or_inf(value) if _is_int(value) or type(value) is float else None
            )
            if number is None or not math.isfinite(number):
                raise self.fail(
                    f'the file is damaged: "{w}.coef[{index}]" must be a finite '
                    f"number, not {_shown(value)}"
                )
        state = self.field(data, "state", str, w)
        final = [
            s.value
            for s in RunState
            if s.is_final and s not in (RunState.FAILED, RunState.DIVERGED)
        ]
        if state not in final:
            raise self.fail(
                f'the file is damaged: "{w}.state" must be one of '
                f"{', '.join(final)}, not {_shown(state)}"
            )
        reason = self.field(data, "stop_reason", (str, type(None)), w)
        if reason is not None and reason not in {r.value for r in StopReason}:
            raise self.fail(
                f'the file is damaged: "{w}.stop_reason" is not a known reason: '
                f"{_shown(reason)}"
            )
        gaps = {}
        for key in ("coef_gap", "loss_gap"):
            gap = self.field(data, key, (float, type(None)), w)
            gaps[key] = None if gap is None else self.number(data, key, w)
        return SavedIterate(
            iteration=self.whole(data, "iteration", w, 0, None),
            intercept=self.number(data, "intercept", w),
            coef=tuple(float(v) for v in coef),
            loss=self.number(data, "loss", w),
            state=state,
            stop_reason=reason,
            converged=self.field(data, "converged", bool, w),
            coef_gap=gaps["coef_gap"],
            loss_gap=gaps["loss_gap"],
            message=self.field(data, "message", str, w),
        )

    def challenge(self, data: dict[str, Any]) -> Challenge:
        """A challenge pack's section (optional keys: title, questions, locked,
        answers; a question's choices, tolerance, explanation)."""
        w = "challenge"
        task: str = self.field(data, "task", str, w)
        title: str = self.field(data, "title", str, w) if "title" in data else ""
        locked = self.field(data, "locked", bool, w) if "locked" in data else False
        items = self.field(data, "questions", list, w) if "questions" in data else []
        questions = tuple(
            self.question(item, index) for index, item in enumerate(items)
        )
        answers: list[Any] = (
            self.field(data, "answers", list, w) if "answers" in data else []
        )
        if answers and len(answers) != len(questions):
            raise self.fail(
                f'the file is damaged: "challenge.answers" has {len(answers)} '
                f"entries for {len(questions)} questions"
            )
        for index, answer in enumerate(answers):
            if answer is not None and not isinstance(answer, str):
                raise self.fail(
                    f'the file is damaged: "challenge.answers[{index}]" must be '
                    f"text or null, not {_shown(answer)}"
                )
        return Challenge(
            task=task,
            title=title,
            questions=questions,
            locked=locked,
            answers=tuple(answers) if answers else (None,) * len(questions),
        )

    def question(self, item: object, index: int) -> Question:
        w = f"challenge.questions[{index}]"
        if not isinstance(item, dict):
            raise self.fail(f'the file is damaged: "{w}" must be an object')
        prompt: str = self.field(item, "prompt", str, w)
        choices: list[Any] = (
            self.field(item, "choices", list, w) if "choices" in item else []
        )
        if not all(isinstance(c, str) for c in choices):
            raise self.fail(f'the file is damaged: "{w}.choices" must be text')
        answer = self.field(item, "answer", (str, float), w)
        if choices and answer not in choices:
            raise self.fail(
                f'the file is damaged: "{w}.answer" must be one of its choices, '
                f"not {_shown(answer)}"
            )
        if not isinstance(answer, str):
            answer = self.number(item, "answer", w)
        tolerance = (
            self.number(item, "tolerance", w, lambda v: v >= 0, "0 or more")
            if "tolerance" in item
            else 0.0
        )
        explanation = (
            self.field(item, "explanation", str, w) if "explanation" in item else ""
        )
        return Question(prompt, answer, tuple(choices), tolerance, explanation)

    def numeric_column(self, name: str, dataset: Dataset, where: str) -> None:
        if name not in dataset.numeric_columns:
            raise self.fail(
                f"the file is damaged: \"{where}\" names '{name}', which is not a "
                "number column of its data"
            )


def _is_int(value: object) -> TypeGuard[int]:
    return type(value) is int


def _float_or_inf(value: Any) -> float:
    try:
        return float(value)
    except OverflowError:
        return math.inf


def _dotted(where: str, key: str) -> str:
    return key if where == "the file" else f"{where}.{key}"


def _kind_text(kinds: tuple[type, ...]) -> str:
    names = {
        str: "text",
        int: "a whole number",
        float: "a number",
        bool: "true or false",
        list: "a list",
        dict: "an object",
        type(None): "null",
    }
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def _shown(value: object) -> str:
    text = (
        json.dumps(value)
        if not isinstance(value, (dict, list))
        else ("an object" if isinstance(value, dict) else "a list")
    )
    return text if len(text) <= 40 else text[:37] + "..."
