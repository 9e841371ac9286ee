"""Errors a user can cause, each carrying a message a person can act on.

The window, the command line and the tests all show ``str(error)``; it names the
file, and where it applies the line and the column, then says what is wrong.
"""

from __future__ import annotations

from pathlib import Path

from linreg_gui.model.text import translate


class LinregError(Exception):
    """Base class of every error the model layer raises on purpose."""


class LoadError(LinregError):
    """A data file could not be read, or holds nothing a regression can use.

    Parameters
    ----------
    message : str
        What is wrong, in words a student understands.
    path : str or Path, optional
        The file.  Only its name is shown; the full path is kept in ``path``.
    line : int, optional
        1-based line number in the file (for spreadsheets: the row number).
    column : str or int, optional
        Column name, or 1-based column number when there is no name.
    """

    def __init__(
        self,
        message: str,
        path: str | Path | None = None,
        line: int | None = None,
        column: str | int | None = None,
    ) -> None:
        self.message = message
        self.path = Path(path) if path is not None else None
        self.line = line
        self.column = column
        super().__init__(self._format())

    def _format(self) -> str:
        where: list[str] = []
        if self.path is not None:
            where.append(self.path.name or str(self.path))
        if self.line is not None:
            where.append(translate("Errors", "line {line}").format(line=self.line))
        if self.column is not None:
            if isinstance(self.column, int):
                where.append(
                    translate("Errors", "column {column}").format(column=self.column)
                )
            else:
                where.append(
                    translate("Errors", "column '{column}'").format(column=self.column)
                )
        if not where:
            return self.message
        return translate("Errors", "{where}: {message}").format(
            where=", ".join(where), message=self.message
        )


class LoadCancelled(LinregError):
    """Loading was cancelled by the user; nothing changed."""


class FitError(LinregError):
    """The data and settings do not define a model that can be fitted.

    Examples: fewer rows than parameters, a constant x column, an unknown column,
    a learning rate that is not a positive number.
    """


class DivergenceError(FitError):
    """Gradient descent blew up; the message names the largest stable learning rate.

    Attributes
    ----------
    iteration : int
        The step at which the run was stopped.
    max_stable_learning_rate : float or None
        The largest learning rate for which batch gradient descent converges on this
        data, when it is known for the method.
    """

    def __init__(
        self,
        message: str,
        iteration: int,
        max_stable_learning_rate: float | None,
    ) -> None:
        self.iteration = iteration
        self.max_stable_learning_rate = max_stable_learning_rate
        super().__init__(message)
