"""Saving what the window shows: the plot as an image, the fit as Python code.

Each asks where to save (unless told).  A plot is written at once and the
message for the window's message bar returned as ``(level, text)`` (``text``
empty when the user cancelled); code export returns an :class:`ExportJob` that
the window hands to a background task.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QWidget

from linreg_gui.model.analysis import Analysis
from linreg_gui.model.fitting import FitResult

if TYPE_CHECKING:
    from linreg_gui.model.dataset import Dataset

Message = tuple[str, str]


def save_plot(parent: QWidget, item: Any, folder: str) -> Message:
    """Save a plot as PNG or SVG, where the user chooses."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        "Save plot",
        str(Path(folder) / "plot.png"),
        "PNG image (*.png);;SVG (*.svg)",
    )
    if not path:
        return "", ""
    from linreg_gui.ui.plots.export import save_plot as write_plot

    try:
        write_plot(item, path)
    except (OSError, ValueError) as error:
        return "error", f"Could not save the plot: {error}"
    return "info", f"Saved the plot to {path}."


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
            "Export Python code",
            str(Path(folder) / script_name),
            "Python (*.py)",
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
        return (
            f"Saved {script} and {self.data_path.name}. Run it with "
            f"'python {script}' to refit with NumPy and ask scikit-learn."
        )
