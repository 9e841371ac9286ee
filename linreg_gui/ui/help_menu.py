"""Help ▸ Quick Guide, Open Log Folder and About."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from linreg_gui import __version__
from linreg_gui.model.text import translate
from linreg_gui.settings import data_dir


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        translate("HelpMenu", "About linreg-gui"),
        f"<h3>linreg-gui {__version__}</h3><p>"
        + translate(
            "HelpMenu",
            "Watch linear regression learn: least squares, gradient descent, "
            "ridge and lasso, with every number checked against certified values.",
        )
        + "</p><p>"
        + translate(
            "HelpMenu", "Free software under the BSD 3-Clause licence. Works offline."
        )
        + "</p>",
    )


def show_guide(parent: QWidget) -> None:
    from linreg_gui.ui.guide import guide_html

    box = QMessageBox(parent)
    box.setWindowTitle(translate("HelpMenu", "Quick guide"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(guide_html())
    box.exec()


def open_log_folder() -> None:
    """Show the folder with the app's log in the desktop's file manager."""
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
