"""The user's choices: one frozen value, one set of defaults, one rule for changes."""

from __future__ import annotations

from dataclasses import replace

import pytest

from linreg_gui.model.errors import FitError
from linreg_gui.model.session import (
    DEFAULT_CHOICES,
    DEFAULT_SETTINGS,
    DEFAULT_SPEED,
    Change,
    Choices,
    classify_change,
)


def test_one_set_of_defaults() -> None:
    assert Choices() == DEFAULT_CHOICES
    assert DEFAULT_CHOICES.settings is DEFAULT_SETTINGS
    assert DEFAULT_SETTINGS.method == "gd"
    assert DEFAULT_SETTINGS.learning_rate == 0.1
    assert DEFAULT_CHOICES.steps_per_second == DEFAULT_SPEED == 20.0


def test_learning_rate_and_speed_are_live_the_rest_restarts() -> None:
    old = Choices(x=("a",), y="b")
    faster = replace(old, steps_per_second=None)
    hotter = replace(old, settings=replace(old.settings, learning_rate=0.5))
    assert classify_change(old, old) is Change.NONE
    assert classify_change(old, faster) is Change.LIVE
    assert classify_change(old, hotter) is Change.LIVE
    assert classify_change(old, replace(hotter, steps_per_second=1.0)) is Change.LIVE
    for other in (
        replace(old, x=("c",)),
        replace(old, y="c"),
        replace(old, degree=2),
        replace(old, intercept=False),
        replace(old, settings=replace(old.settings, method="adam")),
        replace(old, settings=replace(old.settings, max_iter=5)),
        replace(hotter, settings=replace(hotter.settings, standardize=True)),
    ):
        assert classify_change(old, other) is Change.RESTART


def test_spec_needs_a_y_and_uses_the_degree_for_one_x_only() -> None:
    with pytest.raises(FitError, match="Choose a y column"):
        Choices(x=("a",)).spec()
    assert Choices(x=("a",), y="y", degree=3).spec().degree == 3
    assert Choices(x=("a", "b"), y="y", degree=3).spec().degree == 1


@pytest.mark.parametrize(
    ("current", "numeric", "asked", "expected"),
    [
        # The tutorials' convention: y the last numeric column, x the first other.
        (Choices(), ("a", "b", "c"), {}, (("a",), "c")),
        # Columns that still exist are kept.
        (Choices(x=("b",), y="a"), ("a", "b", "c"), {}, (("b",), "a")),
        (Choices(x=("z",), y="b"), ("a", "b", "c"), {}, (("a",), "b")),
        # Asked-for columns win; x never equals y.
        (
            Choices(x=("b",), y="a"),
            ("a", "b", "c"),
            {"x": ("c", "a"), "y": "a"},
            (("c",), "a"),
        ),
        (Choices(), ("only",), {}, ((), "only")),
        (Choices(), (), {}, ((), None)),
    ],
)
def test_choices_on_new_data(
    current: Choices,
    numeric: tuple[str, ...],
    asked: dict,
    expected: tuple,  # type: ignore[type-arg]
) -> None:
    new = current.with_columns(numeric, **asked)
    assert (new.x, new.y) == expected
    assert new.settings == current.settings


def test_an_example_brings_its_degree() -> None:
    assert Choices().with_columns(("x", "y"), degree=10).degree == 10
    assert Choices(degree=3).with_columns(("x", "y")).degree == 3


def test_a_session_is_data_rows_left_out_and_choices_in_one_value() -> None:
    import numpy as np

    from linreg_gui.model.dataset import Dataset
    from linreg_gui.model.session import Session

    data = Dataset.from_arrays("d", {"a": np.arange(5.0), "b": np.ones(5)})
    empty = Session()
    assert empty.dataset is None and empty.choices == DEFAULT_CHOICES
    with pytest.raises(ValueError, match="no data"):
        empty.with_value(0, "a", 1.0)
    loaded = empty.with_dataset(data)
    assert (loaded.choices.x, loaded.choices.y) == (("a",), "b")
    out = loaded.with_excluded([1, 3])
    assert out.excluded == {1, 3} and loaded.excluded == frozenset()
    edited = out.with_value(0, "a", 9.0)
    assert edited.dataset.values("a")[0] == 9.0  # type: ignore[union-attr]
    assert out.dataset.values("a")[0] == 0.0  # type: ignore[union-attr]
    again = edited.with_dataset(data)
    assert again.excluded == frozenset()  # new data: no rows left out
    faster, change = again.with_choices(replace(again.choices, steps_per_second=None))
    assert change is Change.LIVE and faster.choices.steps_per_second is None
    same, change = faster.with_choices(faster.choices)
    assert change is Change.NONE
