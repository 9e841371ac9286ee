"""Saving what the window shows: the plot as an image, the fit as Python code.

Each asks where to save (unless told) and returns the writing for the window
to hand to a background task (a 1600 px PNG takes ~170 ms to encode; a data
file at 10⁶ rows, seconds), or a message when there is nothing to write.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QWidget

from linreg_gui.model.analysis import Analysis
from linreg_gui.model.fitting import FitResult
from linreg_gui.model.text import translate

if TYPE_CHECKING:
    from linreg_gui.model.dataset import Dataset
    from linreg_gui.ui.plots.export import PlotRasters

Message = tuple[str, str]


def ask_plot_path(parent: QWidget, folder: str) -> Message | str:
    """Ask where to save a plot as PNG or SVG: the path, or a message at once
    (cancelled: empty text; or a name that cannot be used)."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("Exports", "Save plot"),
        str(Path(folder) / "plot.png"),
        translate("Exports", "PNG image (*.png);;SVG (*.svg)"),
    )
    if not path:
        return "", ""
    from linreg_gui.ui.plots.export import is_svg

    try:
        is_svg(path)
    except ValueError as error:
        return "error", translate("Exports", "Could not save the plot: {error}").format(
            error=error
        )
    return str(path)


def plot_saver(item: Any, path: str, rasters: PlotRasters) -> Callable[[], str]:
    """Draw the plot now, with its dot clouds' images drawn beforehand; returns
    the writing to do off the GUI thread (it returns the message to show)."""
    from linreg_gui.ui.plots.export import plot_writer

    write = plot_writer(item, path, rasters)

    def write_and_say() -> str:
        write()
        return translate("Exports", "Saved the plot to {path}.").format(path=path)

    return write_and_say


def export_code(
    parent: QWidget,
    analysis: Analysis,
    dataset: Dataset,
    result: FitResult | None,
    folder: str,
    path: str | None = None,
) -> ExportJob | None:
    """Ask where to save a script that redoes this fit in NumPy (and its rows).

    Returns what to write, or None if the user cancelled; ``path`` skips the
    file dialog.  The writing itself is :meth:`ExportJob.write`, which may run
    off the GUI thread: at 10⁶ rows the data file alone takes seconds.
    """
    from linreg_gui.model.codegen import suggested_names

    if path is None:
        script_name, _ = suggested_names(dataset.name)
        path, _ = QFileDialog.getSaveFileName(
            parent,
            translate("Exports", "Export Python code"),
            str(Path(folder) / script_name),
            translate("Exports", "Python (*.py)"),
        )
        if not path:
            return None
    script_path = Path(path)
    return ExportJob(
        analysis,
        dataset,
        result,
        script_path,
        script_path.with_name(script_path.stem + "_data.csv"),
    )


@dataclass(frozen=True, eq=False)
class ExportJob:
    """A script and its data file to write: immutable, safe to hand to a thread."""

    analysis: Analysis
    dataset: Dataset
    result: FitResult | None
    script_path: Path
    data_path: Path

    def write(self) -> str:
        """Write both files; the message to show.  ``OSError`` if one cannot be."""
        from linreg_gui.model.codegen import data_csv, python_script

        problem = self.analysis.problem
        names = {*problem.spec.x, problem.spec.y}
        if problem.spec.weights:
            names.add(problem.spec.weights)
        values = {name: self.dataset.values(name) for name in names}
        self.data_path.write_text(data_csv(problem, values), encoding="utf-8")
        self.script_path.write_text(
            python_script(
                problem,
                self.analysis.settings,
                self.result,
                self.script_path.name,
                self.data_path.name,
                self.dataset.name,
            ),
            encoding="utf-8",
        )
        script = self.script_path.name
        return translate(
            "Exports",
            "Saved {script} and {data}. Run it with 'python {script}' to refit "
            "with NumPy and ask scikit-learn.",
        ).format(script=script, data=self.data_path.name)
