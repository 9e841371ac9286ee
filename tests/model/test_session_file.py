"""Session files: what is saved comes back exactly, and a bad file is refused
with a message that names the problem, before anything is touched."""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from linreg_gui.model import session_file as sf
from linreg_gui.model.dataset import Dataset
from linreg_gui.model.errors import FitError, LoadError
from linreg_gui.model.fitting import FitSettings
from linreg_gui.model.session import Choices, Session
from linreg_gui.model.session_file import (
    Edit,
    SavedIterate,
    SessionFile,
    View,
    load_session,
    save_session,
)
from linreg_gui.model.snapshot import RunState
from linreg_gui.model.steps import StopReason


def dataset() -> Dataset:
    return Dataset.from_arrays(
        "lab.csv",
        {
            "x": [0.1, 2.0, math.nan, 4.0, -0.0, 1e-300],
            "note": np.array(["a", None, "c", "d", "é", "f"], dtype=object),
            "y": [2.0, 4.1, 6.0, 8.2, 1.5e300, -3.0],
        },
        description="A small table",
        source=Path("/somewhere/lab.csv"),
    )


def full_session_file() -> SessionFile:
    original = dataset()
    settings = FitSettings(
        method="momentum",
        alpha=0.5,
        learning_rate=0.03,
        max_iter=777,
        tol=0.0,
        stop_on="loss",
        batch_size=2,
        momentum=0.8,
        standardize=True,
        test_size=0.25,
        random_state=42,
    )
    choices = Choices(("x",), "y", 2, False, settings, None)
    session = (
        Session(original, frozenset(), choices)
        .with_value(1, "y", 5.5)
        .with_value(3, "x", math.nan)
        .with_excluded([0, 5])
    )
    iterate = SavedIterate(
        iteration=321,
        intercept=0.0,
        coef=(1.25, -0.5),
        loss=0.125,
        state=RunState.MAX_ITER.value,
        stop_reason=StopReason.MAX_ITER.value,
        converged=False,
        coef_gap=0.01,
        loss_gap=None,
        message="",
    )
    return SessionFile.capture(
        session,
        original,
        view=View("residuals", True, True, 50),
        iterate=iterate,
        source_sha256="ab" * 32,
    )


def saved(tmp_path: Path, data: dict[str, Any] | None = None) -> Path:
    path = tmp_path / "lesson.linreg"
    if data is None:
        save_session(path, full_session_file())
    else:
        path.write_text(json.dumps(data), encoding="utf-8")
    return path


def as_json(tmp_path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(saved(tmp_path).read_text(encoding="utf-8"))
    return data


def same_values(a: Dataset, b: Dataset) -> None:
    assert a.columns == b.columns and dict(a.non_numeric) == dict(b.non_numeric)
    for name in a.numeric_columns:
        assert a.values(name).tobytes() == b.values(name).tobytes(), name
    for name in a.non_numeric:
        assert a.frame[name].tolist() == b.frame[name].tolist()


# ---------------------------------------------------------------- round trip


def test_everything_saved_comes_back_exactly(tmp_path: Path) -> None:
    written = full_session_file()
    emptied, first = written.edits  # in column order, then row order
    assert first == Edit(1, "y", 5.5)
    assert (emptied.row, emptied.column) == (3, "x") and math.isnan(emptied.value)
    read = load_session(saved(tmp_path))
    assert read.choices == written.choices
    assert read.excluded == frozenset({0, 5})
    assert read.view == View("residuals", True, True, 50)
    assert read.iterate == written.iterate
    assert read.source_name == "lab.csv" and read.source_sha256 == "ab" * 32
    assert read.dataset.name == "lab.csv"
    assert read.dataset.description == "A small table"
    same_values(read.dataset, dataset())  # the data as loaded, bit for bit
    restored = read.session().dataset
    assert restored is not None
    assert restored.values("y")[1] == 5.5 and math.isnan(restored.values("x")[3])
    # Written again, the file is the same file.
    again = tmp_path / "again.linreg"
    save_session(again, read)
    assert again.read_text(encoding="utf-8") == saved(tmp_path).read_text(
        encoding="utf-8"
    )


def test_missing_values_are_null_and_come_back_as_nan(tmp_path: Path) -> None:
    data = as_json(tmp_path)
    columns = {c["name"]: c for c in data["data"]["columns"]}
    assert columns["x"]["values"][2] is None
    assert columns["note"]["values"][1] is None
    assert "NaN" not in saved(tmp_path).read_text(encoding="utf-8")
    read = load_session(saved(tmp_path))
    assert math.isnan(read.dataset.values("x")[2])
    assert math.copysign(1.0, read.dataset.values("x")[4]) == -1.0  # -0.0 kept


def test_reindenting_the_file_keeps_it_valid(tmp_path: Path) -> None:
    """The data's SHA-256 is of the values, not of how the JSON is spelled."""
    path = saved(tmp_path, json.loads(saved(tmp_path).read_text(encoding="utf-8")))
    assert load_session(path).choices == full_session_file().choices


def test_an_edit_that_empties_a_cell_is_null(tmp_path: Path) -> None:
    edits = as_json(tmp_path)["edits"]
    assert edits == [
        {"row": 3, "column": "x", "value": None},
        {"row": 1, "column": "y", "value": 5.5},
    ]


def test_data_that_are_not_the_loaded_table_are_saved_as_they_are() -> None:
    other = Dataset.from_arrays("other", {"a": [1.0, 2.0], "b": [3.0, 4.0]})
    session = Session().with_dataset(other)
    file = SessionFile.capture(session, dataset())
    assert file.dataset is other and file.edits == ()


def test_the_iterate_of_a_run_still_going_is_kept_as_stopped() -> None:
    iterate = full_session_file().iterate
    assert iterate is not None
    snapshot = replace(iterate.snapshot(1, 0.1), state=RunState.PAUSED)
    kept = SavedIterate.from_snapshot(snapshot)
    assert kept is not None and kept.state == "stopped" and kept.stop_reason == "user"
    assert kept.coef == (1.25, -0.5) and kept.iteration == 321
    diverged = replace(snapshot, state=RunState.DIVERGED)
    assert SavedIterate.from_snapshot(diverged) is None
    assert SavedIterate.from_snapshot(None) is None


def test_writing_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = saved(tmp_path)
    before = path.read_bytes()

    def fail(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(sf.os, "replace", fail)
    with pytest.raises(OSError, match="No space"):
        save_session(path, full_session_file())
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lesson.linreg"]


def test_a_session_file_is_told_by_its_name() -> None:
    assert sf.is_session_path("a/b/Lesson.LINREG")
    assert not sf.is_session_path("data.csv")


# ---------------------------------------------------------------- refusals

Change = Callable[[dict[str, Any]], None]


def _set(path: str, value: object) -> Change:
    def change(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = data
        for key in parents:
            target = target[int(key)] if key.isdigit() else target[key]
        target[int(last) if last.isdigit() else last] = value

    return change


def _delete(path: str) -> Change:
    def change(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = data
        for key in parents:
            target = target[int(key)] if key.isdigit() else target[key]
        del target[last]

    return change


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_set("format", "something-else"), "not a linreg session file"),
        (_delete("format"), "not a linreg session file"),
        (_set("version", 2), "saved by a newer linreg-gui .*version 2"),
        (_set("version", "1"), '"version" must be a whole number'),
        (_delete("settings"), 'the file has no "settings"'),
        (_delete("settings.tol"), 'settings has no "tol"'),
        (_set("settings.learning_rate", "fast"), '"settings.learning_rate" must be'),
        (_set("settings.learning_rate", -1), "must be a positive number, not -1"),
        (_set("settings.standardize", 1), '"settings.standardize" must be true or'),
        (_set("settings.max_iter", 1.5), '"settings.max_iter" must be a whole'),
        (_set("settings.method", "magic"), "Unknown method 'magic'"),
        (_set("settings.random_state", -4), "random seed must be a whole number"),
        (_set("model.x", ["nope"]), "names 'nope', which is not a number column"),
        (_set("model.y", "note"), "names 'note', which is not a number column"),
        (_set("model.degree", 11), "from 1 to 10, not 11"),
        (_set("excluded_rows", [6]), "row number from 0 to 5, not 6"),
        (_set("edits.0.row", 99), '"edits\\[0\\].row" must be a whole number from'),
        (_set("edits.1.value", "5"), '"edits\\[1\\].value" must be a number or null'),
        (_set("view.plot", "3d"), '"view.plot" must be "fit" or "residuals"'),
        (_set("speed", 0), '"speed" must be a positive number'),
        (_set("data.columns.0.values.0", 0.2), "do not match their SHA-256"),
        (_set("data.columns.0.values.1", "2.0"), 'row 2 holds "2.0", not a number'),
        (_set("data.columns.0.values.1", True), "row 2 holds true, not a number"),
        (_set("data.columns.2.values.0", 10**400), "row 1 holds .*not a finite"),
        (_set("data.rows", 7), "has 6 values, but data.rows says 7"),
        (_set("data.columns.1.type", "date"), '"number" or "text", not "date"'),
        (_set("data.sha256", "0" * 64), "do not match their SHA-256"),
        (_set("final_iterate.coef", [1.0]), "has 1 values; the model has 2 terms"),
        (_set("final_iterate.state", "running"), '"final_iterate.state" must be'),
        (_set("final_iterate.coef.0", None), 'coef\\[0\\]" must be a finite number'),
    ],
)
def test_a_damaged_field_is_refused_naming_it(
    tmp_path: Path, change: Change, message: str
) -> None:
    data = as_json(tmp_path)
    change(data)
    with pytest.raises(LoadError, match=message) as raised:
        load_session(saved(tmp_path, data))
    assert str(raised.value).startswith("lesson.linreg: ")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "the file is empty"),
        ("x,y\n1,2\n", "not a linreg session file \\(it is not JSON\\)"),
        ('{"format": "linreg-session", "version": 1', "not valid JSON"),
        ("[1, 2]", "not a linreg session file"),
        ('{"format": "linreg-session", "version": NaN}', "holds NaN"),
        ('{"format": "linreg-session", "format": "x"}', "appears twice"),
        ("{" * 100_000 + "}" * 100_000, "damaged"),
    ],
)
def test_what_is_not_a_session_is_refused(
    tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "lesson.linreg"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LoadError, match=message):
        load_session(path)


def test_infinity_in_the_data_is_refused(tmp_path: Path) -> None:
    text = saved(tmp_path).read_text(encoding="utf-8")
    damaged = text.replace("[0.1,2.0,", "[Infinity,2.0,", 1)
    assert damaged != text
    path = tmp_path / "inf.linreg"
    path.write_text(damaged, encoding="utf-8")
    with pytest.raises(LoadError, match="holds Infinity"):
        load_session(path)


def test_a_file_cut_short_is_refused(tmp_path: Path) -> None:
    path = saved(tmp_path)
    path.write_bytes(path.read_bytes()[:-200])
    with pytest.raises(LoadError, match="not valid JSON"):
        load_session(path)


def test_a_huge_file_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = saved(tmp_path)
    monkeypatch.setattr(sf, "MAX_BYTES", 100)
    opened: list[object] = []
    monkeypatch.setattr(
        "builtins.open", lambda *a, **k: opened.append(a) or pytest.fail("read")
    )
    with pytest.raises(LoadError, match="a session file may be at most"):
        load_session(path)
    assert not opened


def test_a_missing_file_and_a_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="no such file"):
        load_session(tmp_path / "gone.linreg")
    with pytest.raises(LoadError, match="not a regular file"):
        load_session(tmp_path)


def test_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lesson.linreg"
    path.write_bytes(b"\xff\xfe{\x00")
    with pytest.raises(LoadError, match="not UTF-8"):
        load_session(path)


def test_the_file_hash_is_of_its_bytes(tmp_path: Path) -> None:
    path = tmp_path / "data.csv"
    path.write_bytes(b"x,y\n1,2\n")
    assert sf.file_sha256(path) == hashlib.sha256(b"x,y\n1,2\n").hexdigest()


# ---------------------------------------------------------------- challenge packs

PACK = Path(sf.__file__).parent.parent / "assets" / "examples"


def test_the_shipped_challenge_pack_opens_and_its_answers_are_right() -> None:
    from linreg_gui.model.fitting import fit, prepare_dataset

    pack = load_session(PACK / "learning_rate_challenge.linreg")
    challenge = pack.challenge
    assert challenge is not None and challenge.locked
    assert challenge.answers == (None, None, None)
    how_many, slope, explodes = challenge.questions
    session = pack.session()
    assert session.dataset is not None
    problem = prepare_dataset(session.dataset, session.choices.spec())
    result = fit(problem, session.choices.settings)
    assert how_many.is_right("about 400") and 200 < (result.iterations or 0) < 700
    assert slope.is_right(f"{result.coef[0]:.2f}") and slope.is_right("2,77")
    assert not slope.is_right("3") and not slope.is_right("three")
    too_fast = replace(session.choices.settings, learning_rate=0.5)
    with pytest.raises(FitError, match="diverged"):
        fit(problem, too_fast)
    assert explodes.is_right("the loss explodes")


def test_a_challenge_keeps_the_students_answers(tmp_path: Path) -> None:
    pack = load_session(PACK / "learning_rate_challenge.linreg")
    assert pack.challenge is not None
    answered = replace(
        pack, challenge=pack.challenge.with_answers(["about 400", "2.8", None])
    )
    path = tmp_path / "student.linreg"
    save_session(path, answered)
    back = load_session(path).challenge
    assert back is not None and back.answers == ("about 400", "2.8", None)
    assert back.questions == pack.challenge.questions


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_delete("challenge.task"), 'challenge has no "task"'),
        (_set("challenge.locked", "yes"), '"challenge.locked" must be true or false'),
        (_set("challenge.answers", [None]), "has 1 entries for 3 questions"),
        (_set("challenge.questions.0.answer", "maybe"), "must be one of its choices"),
        (_set("challenge.questions.1.answer", [2]), "must be text or a number"),
    ],
)
def test_a_damaged_challenge_is_refused(
    tmp_path: Path, change: Change, message: str
) -> None:
    data = json.loads(
        (PACK / "learning_rate_challenge.linreg").read_text(encoding="utf-8")
    )
    change(data)
    with pytest.raises(LoadError, match=message):
        load_session(saved(tmp_path, data))
