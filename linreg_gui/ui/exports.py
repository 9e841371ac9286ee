"""Saving what the window shows: the plot as an image, the fit as Python code.

Each function asks where to save (unless told), writes, and returns the message
for the window's message bar as ``(level, text)``; ``text`` is empty when the
user cancelled.
"""

from __future__ import annotations

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
) -> Message:
    """Save a script (and the rows it reads) that redoes this fit in NumPy.

    ``path`` skips the file dialog.
    """
    from linreg_gui.model.codegen import data_csv, python_script, suggested_names

    if path is None:
        script_name, _ = suggested_names(dataset.name)
        path, _ = QFileDialog.getSaveFileName(
            parent,
            "Export Python code",
            str(Path(folder) / script_name),
            "Python (*.py)",
        )
        if not path:
            return "", ""
    script_path = Path(path)
    data_path = script_path.with_name(script_path.stem + "_data.csv")
    problem = analysis.problem
    names = {*problem.spec.x, problem.spec.y}
    if problem.spec.weights:
        names.add(problem.spec.weights)
    values = {name: dataset.values(name) for name in names}
    try:
        data_path.write_text(data_csv(problem, values), encoding="utf-8")
        script_path.write_text(
            python_script(
                problem,
                analysis.settings,
                result,
                script_path.name,
                data_path.name,
                dataset.name,
            ),
            encoding="utf-8",
        )
    except OSError as error:
        return "error", f"Could not save the code: {error}"
    return (
        "info",
        f"Saved {script_path.name} and {data_path.name}. Run it with "
        f"'python {script_path.name}' to refit with NumPy and ask scikit-learn.",
    )
