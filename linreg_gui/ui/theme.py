"""Look and feel: Fusion with a calm light palette, and fonts that always render.

Presentation Mode swaps in :func:`high_contrast_palette`.

On a minimal Linux desktop without fontconfig fonts every label draws as an empty
box.  The package ships DejaVu Sans (free licence, in ``assets/fonts``); it is
registered at start-up and used when the system offers no font of its own.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

BUNDLED_FAMILY = "DejaVu Sans"


def register_bundled_fonts() -> list[str]:
    """Add the shipped fonts to Qt's database; returns the families added."""
    families: list[str] = []
    folder = resources.files("linreg_gui") / "assets" / "fonts"
    for entry in folder.iterdir():
        if entry.name.endswith(".ttf"):
            font_id = QFontDatabase.addApplicationFontFromData(entry.read_bytes())
            if font_id >= 0:
                families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def app_icon() -> QIcon:
    """The application icon in every shipped size, for title bars and task bars.

    Read through importlib.resources like the fonts, so a source checkout, a
    wheel and the frozen bundle find the same files.
    """
    icon = QIcon()
    folder = resources.files("linreg_gui") / "assets" / "icons"
    for entry in folder.iterdir():
        if entry.name.startswith("linreg-gui-") and entry.name.endswith(".png"):
            pixmap = QPixmap()
            if pixmap.loadFromData(entry.read_bytes(), "PNG"):
                icon.addPixmap(pixmap)
    return icon


def apply_theme(app: QApplication) -> None:
    """Fusion style, a light palette with good contrast, and a readable font."""
    system_families = set(QFontDatabase.families())
    added = register_bundled_fonts()
    if not (system_families - set(added)):
        font = QFont(BUNDLED_FAMILY)
        font.setPointSizeF(max(app.font().pointSizeF(), 9.5))
        app.setFont(font)
    app.setStyle("Fusion")
    palette = QPalette()
    window = QColor("#f5f6f8")
    text = QColor("#1f2328")
    palette.setColor(QPalette.ColorRole.Window, window)
    palette.setColor(QPalette.ColorRole.WindowText, text)
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f0f3f7"))
    palette.setColor(QPalette.ColorRole.Text, text)
    palette.setColor(QPalette.ColorRole.Button, QColor("#eceef2"))
    palette.setColor(QPalette.ColorRole.ButtonText, text)
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#2f6fb3"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#ffffe8"))
    palette.setColor(QPalette.ColorRole.ToolTipText, text)
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#6e7781"))
    disabled = QColor("#9aa0a6")
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    app.setPalette(palette)


def high_contrast_palette() -> QPalette:
    """Black on white with a dark blue selection: reads on a washed-out projector.

    Presentation Mode uses it; every text colour is 15:1 or more on its
    background (disabled text 4.6:1), and focus and selection are strong blue.
    """
    palette = QPalette()
    white, black = QColor("#ffffff"), QColor("#000000")
    for role, colour in (
        (QPalette.ColorRole.Window, white),
        (QPalette.ColorRole.WindowText, black),
        (QPalette.ColorRole.Base, white),
        (QPalette.ColorRole.AlternateBase, QColor("#eeeeee")),
        (QPalette.ColorRole.Text, black),
        (QPalette.ColorRole.Button, QColor("#e6e6e6")),
        (QPalette.ColorRole.ButtonText, black),
        (QPalette.ColorRole.Highlight, QColor("#003c8f")),
        (QPalette.ColorRole.HighlightedText, white),
        (QPalette.ColorRole.ToolTipBase, white),
        (QPalette.ColorRole.ToolTipText, black),
        (QPalette.ColorRole.PlaceholderText, QColor("#595959")),
        (QPalette.ColorRole.Mid, QColor("#595959")),
        (QPalette.ColorRole.Dark, QColor("#303030")),
        (QPalette.ColorRole.Light, white),
    ):
        palette.setColor(role, colour)
    disabled = QColor("#6b6b6b")
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette
