"""File ▸ Export Lab Record: everything a student hands in, in one folder or zip.

The record holds the session file (it reopens the whole state), the training
log, the residuals per row, the coefficient table, the results as the
command line prints them and as the results panel copies them, every plot as
PNG and SVG, and the Python script (with its data) that refits the rows.  The
plots are drawn here, on the GUI thread, as they are on screen; encoding and
writing every file happens in one background task, which ends with one message
saying where the record is, or what could not be written.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog

from linreg_gui import __version__
from linreg_gui.model.codegen import suggested_names
from linreg_gui.model.fitting import METHOD_TITLES, FitResult
from linreg_gui.model.lab_record import (
    COEFFICIENTS_FILE,
    CONTENTS_FILE,
    RESIDUALS_FILE,
    coefficients_csv,
    contents_text,
    residuals_csv,
    zip_folder,
)
from linreg_gui.model.report import summary_text
from linreg_gui.model.session_file import SUFFIX
from linreg_gui.model.text import translate

if TYPE_CHECKING:
    from linreg_gui.ui.main_window import MainWindow

#: The plot tabs' names in the record's files (the tabs show them translated).
PLOT_NAMES = ("Fit", "Residuals", "Landscape", "Diagnostics")
Write = Callable[[Path], None]


def export_lab_record(
    window: MainWindow, result: FitResult | None, path: str | None = None
) -> None:
    """Ask where (``path`` skips the dialog: a ``.zip`` name gives a zip, any
    other a folder), draw the plots, and write the record in the background.

    ``result`` is the fit on screen (a finished run's, or the closed-form one).
    """
    c = window.controller
    analysis, dataset = window.analysis, c.dataset
    if analysis is None or dataset is None or analysis is not c.analysis:
        window.show_message(
            "info",
            translate(
                "LabRecord",
                "Load data and wait for the fit to be shown, then export again.",
            ),
        )
        return
    if result is None:
        window.show_message(
            "info",
            translate(
                "LabRecord",
                "Run gradient descent to the end first (or stop it): a lab record "
                "holds a fit.",
            ),
        )
        return
    if path is None:
        stem = _stem(dataset.name)
        folder = window.settings.value("data/last_folder") or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(
            window,
            translate("LabRecord", "Export lab record"),
            str(Path(folder) / f"{stem}-lab-record"),
            translate("LabRecord", "Folder (*);;Zip archive (*.zip)"),
        )
        if not path:
            return
    target = Path(path)
    as_zip = target.suffix.lower() == ".zip"
    staging = Path(tempfile.mkdtemp(prefix="lab-record-")) if as_zip else target

    files: list[tuple[str, str, Write]] = []

    def add(name: str, what: str, write: Write) -> None:
        files.append((name, what, write))

    problem, settings = analysis.problem, analysis.settings
    session_writer = window.session_io.writer()
    add(
        f"session{SUFFIX}",
        "the session: data, edits, settings, view and last run (File ▸ Open Session)",
        session_writer,
    )
    history = c.history_writer()
    if history is not None:
        add(
            "training_log.csv",
            f"iteration, loss, test loss and coefficients every "
            f"{max(1, c.history_every)} iterations and the last",
            lambda p: _discard(history(str(p))),
        )
    values = {name: dataset.values(name) for name in {*problem.spec.x}}
    add(
        RESIDUALS_FILE,
        "each row in the fit: x, y, fitted value, residual, train or test",
        lambda p: _text(p, residuals_csv(problem, result, values)),
    )
    add(
        COEFFICIENTS_FILE,
        "the coefficient table (standard errors, t, p, 95 % interval where defined)",
        lambda p: _text(p, coefficients_csv(result)),
    )
    report = summary_text(dataset.name, problem, settings, result)
    add(
        "results.txt",
        "the fit as `linreg fit` prints it",
        lambda p: _text(p, report + "\n"),
    )
    tsv = window.results_panel.as_tsv()
    add(
        "results.tsv",
        "the Results tables as Copy Results copies them",
        lambda p: _text(p, tsv),
    )
    from linreg_gui.ui.exports import export_code

    script_name, data_name = suggested_names(dataset.name)
    job = export_code(
        window,
        analysis,
        dataset,
        result,
        str(staging),
        path=str(staging / script_name),
    )
    if job is not None:
        add(
            script_name,
            f"refits the rows with NumPy and asks scikit-learn: python {script_name}",
            lambda p: _discard(job.write()),
        )
        files.append((data_name, "the rows the script reads", lambda p: None))
    skipped = _plots(window, add)

    title = (
        f"Lab record: {dataset.name}, {METHOD_TITLES[settings.method]}. "
        f"Saved {datetime.now():%Y-%m-%d %H:%M} by linreg-gui {__version__}."
    )
    listing = [(name, what) for name, what, _ in files]
    contents = contents_text(title, [*listing, (CONTENTS_FILE, "this list")])

    def write() -> str:
        try:
            staging.mkdir(parents=True, exist_ok=True)
            for name, _what, write_one in files:
                write_one(staging / name)
            _text(staging / CONTENTS_FILE, contents)
            if as_zip:
                zip_folder(staging, target)
        finally:
            if as_zip:
                shutil.rmtree(staging, ignore_errors=True)
        note = f" ({'; '.join(skipped)})" if skipped else ""
        n_files = len(files) + 1
        return (
            translate(
                "LabRecord", "Saved the lab record (%n files) to {path}.", None, n_files
            ).format(path=target)
            + note
        )

    window.statusBar().showMessage(
        translate("LabRecord", "Saving the lab record to {name}…").format(
            name=target.name
        ),
        3000,
    )
    c.write_in_background(write, translate("LabRecord", "the lab record"))


def _plots(window: MainWindow, add: Callable[[str, str, Write], None]) -> list[str]:
    """Draw every plot now (GUI thread); their files are written later.
    Returns what could not be drawn."""
    from linreg_gui.ui.plots.export import render_image, render_svg

    window.ensure_plots()
    area = window.plot_area
    # (English name for the files and their list, title as the tab shows it)
    items: list[tuple[str, str, Any]] = []
    tabs = area.tabs
    for index in range(tabs.count()):
        widget = tabs.widget(index)
        if hasattr(widget, "plot_item"):
            shown_title = tabs.tabText(index)
            english = PLOT_NAMES[index] if index < len(PLOT_NAMES) else shown_title
            items.append((english, shown_title, widget))
    items.append(("Loss", translate("LabRecord", "Loss"), area.loss))
    skipped: list[str] = []
    shown = tabs.currentIndex()
    for title, shown_title, widget in items:
        name = _stem(title).lower()
        if widget is area.landscape and window.landscape_view.landscape is None:
            # Worked out the first time its tab is shown: an empty frame would
            # say nothing.
            skipped.append(
                translate(
                    "LabRecord",
                    "the {plot} plot was not drawn: it is worked out when its tab "
                    "is first opened (open it, then export the record again)",
                ).format(plot=shown_title)
            )
            continue
        try:
            if not widget.isVisible() and tabs.indexOf(widget) >= 0:
                # A tab out of sight has no size: show it while it is drawn.
                tabs.setCurrentIndex(tabs.indexOf(widget))
            item = widget.plot_item()
            image = render_image(item)
            svg = render_svg(item)
        except (RuntimeError, ValueError) as error:
            skipped.append(
                translate(
                    "LabRecord", "the {plot} plot could not be drawn: {error}"
                ).format(plot=shown_title, error=error)
            )
            continue
        add(f"{name}.png", f"the {title} plot", lambda p, i=image: _png(p, i))
        add(
            f"{name}.svg",
            f"the {title} plot, as vectors",
            lambda p, s=svg: _bytes(p, s),
        )
    tabs.setCurrentIndex(shown)
    return skipped


def _png(path: Path, image: Any) -> None:
    if not image.save(str(path), "PNG"):
        raise OSError(
            translate("LabRecord", "could not write {name}").format(name=path.name)
        )


def _bytes(path: Path, data: bytes) -> None:
    path.write_bytes(data)


def _text(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


def _discard(_value: object) -> None:
    """Writers that return a count or a message: the record says it once."""


def _stem(name: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9]+", "_", name.rsplit(".", 1)[0]).strip("_")
    return stem or "fit"
