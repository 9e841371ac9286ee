"""What the user has chosen, as one frozen value with one set of defaults.

The window edits it, the session controller acts on it, and a test can reason
about it without Qt: which data (and which rows of it are left out), which
columns, which model terms, which method with which settings, and how fast to
animate.  :func:`classify_change` is the one rule that
says what a change needs: a fresh analysis (new data, columns, method, any
setting a run cannot take mid-way) or only a live update of the running run
(the learning rate, the speed), which is the lesson "turn η up while it runs
and watch it explode".
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from linreg_gui.model.design import DesignSpec
from linreg_gui.model.errors import FitError
from linreg_gui.model.fitting import FitSettings
from linreg_gui.model.text import translate

if TYPE_CHECKING:
    from linreg_gui.model.dataset import Dataset, FloatArray

#: What a new user sees: the textbook's batch gradient descent, η = 0.1, slow
#: enough to watch.  It stops once within the tolerance of the least-squares
#: answer ("converged" means exactly that); the textbook's gradient and loss
#: rules are one click away in the solver panel.
DEFAULT_SETTINGS = FitSettings(
    method="gd", learning_rate=0.1, max_iter=1000, tol=1e-6, stop_on="gap"
)
#: Animation speed in steps per second (``None``: as fast as the machine goes).
DEFAULT_SPEED: float | None = 20.0


@dataclass(frozen=True)
class Choices:
    """The user's choices: columns, model terms, solver settings and speed.

    Attributes
    ----------
    x : tuple of str
        The feature columns (one for a line or a polynomial).
    y : str or None
        The target column.
    degree : int
        Polynomial degree (used when there is exactly one x).
    intercept : bool
        Fit ``b`` (otherwise the line goes through the origin).
    settings : FitSettings
        The method and its hyperparameters.
    steps_per_second : float or None
        Animation speed; ``None`` runs as fast as the machine goes.
    """

    x: tuple[str, ...] = ()
    y: str | None = None
    degree: int = 1
    intercept: bool = True
    settings: FitSettings = field(default_factory=lambda: DEFAULT_SETTINGS)
    steps_per_second: float | None = DEFAULT_SPEED

    def spec(self) -> DesignSpec:
        """The model these choices define (the degree applies to one x only)."""
        if self.y is None:
            raise FitError(translate("Session", "Choose a y column."))
        degree = self.degree if len(self.x) == 1 else 1
        return DesignSpec(self.x, self.y, degree, self.intercept)

    def with_columns(
        self,
        numeric: Sequence[str],
        x: Sequence[str] | None = None,
        y: str | None = None,
        degree: int | None = None,
    ) -> Choices:
        """These choices on a new data set whose numeric columns are ``numeric``.

        Columns asked for win; otherwise the current ones are kept where they
        still exist; otherwise the tutorials' convention: y is the last numeric
        column and x the first other one.
        """
        if x is None:
            x = tuple(c for c in self.x if c in numeric)
        if y is None:
            y = self.y if self.y in numeric else None
        if y is None and numeric:
            y = numeric[-1]
        chosen = tuple(c for c in x if c != y)
        if not chosen:
            candidates = [c for c in numeric if c != y]
            chosen = (candidates[0],) if candidates else ()
        new = replace(self, x=chosen, y=y)
        return new if degree is None else replace(new, degree=degree)


DEFAULT_CHOICES = Choices()


class Change(enum.Enum):
    """What a change of choices needs."""

    NONE = "none"
    LIVE = "live"  # only η and/or the speed: the running run takes them on
    RESTART = "restart"  # anything else: analyse again, start a new run


def classify_change(old: Choices, new: Choices) -> Change:
    """Whether ``new`` differs from ``old``, and whether a run can take it live."""
    if new == old:
        return Change.NONE
    live_only = replace(
        new,
        settings=replace(new.settings, learning_rate=old.settings.learning_rate),
        steps_per_second=old.steps_per_second,
    )
    return Change.LIVE if live_only == old else Change.RESTART


@dataclass(frozen=True, eq=False)
class Session:
    """The data, the rows left out of the fit, and the choices: one value.

    Every change makes a new value, so a background task can hold the session it
    was started for while the user moves on.
    """

    dataset: Dataset | None = None
    #: Row numbers (0-based) the user left out of the fit.
    excluded: frozenset[int] = frozenset()
    choices: Choices = DEFAULT_CHOICES

    def with_dataset(
        self,
        dataset: Dataset,
        x: Sequence[str] | None = None,
        y: str | None = None,
        degree: int | None = None,
        settings: FitSettings | None = None,
    ) -> Session:
        """New data: no rows left out, the columns resolved against it, and
        ``settings`` (an example's) in place of the current ones if given."""
        choices = self.choices.with_columns(dataset.numeric_columns, x, y, degree)
        if settings is not None:
            choices = replace(choices, settings=settings, intercept=True)
        return Session(dataset, frozenset(), choices)

    def with_value(
        self, row: int, column: str, value: float, *, into: FloatArray | None = None
    ) -> Session:
        """One cell edited (``ValueError`` if it cannot hold ``value``); ``into``
        as for :meth:`Dataset.with_value`."""
        if self.dataset is None:
            raise ValueError(translate("Session", "There is no data to edit."))
        edited = self.dataset.with_value(row, column, value, into=into)
        return replace(self, dataset=edited)

    def with_row(self, values: Mapping[str, float]) -> Session:
        """A row added at the end of the data (``ValueError`` as for a cell)."""
        if self.dataset is None:
            raise ValueError(translate("Session", "There is no data to add to."))
        return replace(self, dataset=self.dataset.with_row(values))

    def truncated(self, n_rows: int) -> Session:
        """Only the first ``n_rows`` rows (rows left out beyond them forgotten)."""
        if self.dataset is None:
            raise ValueError(translate("Session", "There is no data."))
        return replace(
            self,
            dataset=self.dataset.truncated(n_rows),
            excluded=frozenset(r for r in self.excluded if r < n_rows),
        )

    def with_excluded(self, rows: Iterable[int]) -> Session:
        return replace(self, excluded=frozenset(rows))

    def with_choices(self, choices: Choices) -> tuple[Session, Change]:
        """The new session and what the change needs (see :func:`classify_change`)."""
        return replace(self, choices=choices), classify_change(self.choices, choices)
