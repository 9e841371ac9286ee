"""Big enough for the back row: the zoom, Focus on Plots and Presentation Mode.

* The zoom (View ▸ Zoom In / Out / Actual Size, Ctrl+= / Ctrl+- / Ctrl+0)
  multiplies the application font and, through
  :func:`linreg_gui.ui.plots.style.set_zoom`, every plot's fonts, tick marks,
  pens and dots, so all panes grow together.
* Focus on Plots (Ctrl+Shift+F) hides the side panels and brings back the ones
  that were shown.
* Presentation Mode (F11) is full screen, a zoom of its own (1.5 to start), a
  high-contrast light palette (dark themes wash out on projectors) and a banner
  over the plots with the iteration, the loss and the equation in large type.
  Leaving it puts back the window, the zoom and the palette.

All three are kept per user in :class:`~linreg_gui.settings.Settings`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QByteArray, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSizePolicy,
)

from linreg_gui.model.text import translate
from linreg_gui.settings import Settings
from linreg_gui.ui import theme

#: The zoom steps Ctrl+= and Ctrl+- walk through.
ZOOM_STEPS = (0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0)
#: The banner's numbers refresh this often while it shows (ms).
BANNER_REFRESH_MS = 250
#: Screens narrower than this (logical pixels) present with the panels hidden.
NARROW_SCREEN = 1600

#: (iteration, loss, equation) as the banner shows them.
BannerText = tuple[str, str, str]


def step_zoom(current: float, direction: int) -> float:
    """The next zoom step above (``direction`` 1) or below (-1) ``current``."""
    if direction > 0:
        return next((z for z in ZOOM_STEPS if z > current + 1e-9), ZOOM_STEPS[-1])
    return next((z for z in reversed(ZOOM_STEPS) if z < current - 1e-9), ZOOM_STEPS[0])


def set_application_zoom(app: QApplication, base: QFont, factor: float) -> None:
    """The application font at ``factor`` times ``base``, and the plots with it."""
    from linreg_gui.ui.plots import style

    font = QFont(base)
    size = base.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    else:  # a font set in pixels
        font.setPixelSize(max(1, round(base.pixelSize() * factor)))
    app.setFont(font)
    style.set_zoom(factor)


def scale_set_fonts(app: QApplication, ratio: float) -> None:
    """Widgets whose font was set explicitly (a title 1.1 × the text, a note
    0.9 ×) do not follow the application font: scale theirs by ``ratio``."""
    if ratio == 1.0:
        return
    for widget in app.allWidgets():
        if widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            font = QFont(widget.font())
            if font.pointSizeF() > 0:
                font.setPointSizeF(font.pointSizeF() * ratio)
                widget.setFont(font)


class Banner(QFrame):
    """The iteration, the loss and the equation in large type, over the plots."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("PresentationBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#PresentationBanner { background: #ffffff; border: 2px solid #000000; }"
            " QLabel { color: #000000; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.setSpacing(24)
        self.iteration = QLabel()
        self.loss = QLabel()
        self.equation = QLabel()
        # One line, the three shrunk together to fit (a long equation wrapped
        # to three lines took a third of the plots' height at 1280×800).
        self.equation.setSizePolicy(
            QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred
        )
        for label, name in (
            (self.iteration, translate("Presentation", "Iteration")),
            (self.loss, translate("Presentation", "Loss")),
            (self.equation, translate("Presentation", "Equation")),
        ):
            label.setAccessibleName(name)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label, 1 if label is self.equation else 0)
        self.set_scale(1.5)
        self.hide()

    def set_scale(self, zoom: float) -> None:
        """1.6 times the text size of the window, at any zoom."""
        font = QFont(QApplication.font())
        font.setPointSizeF(max(QApplication.font().pointSizeF(), 9.0) * 1.6)
        font.setBold(True)
        self._font = font
        for label in (self.iteration, self.loss, self.equation):
            label.setFont(font)
        self._fit_equation()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_equation()

    def _fit_equation(self) -> None:
        """One font for the three, smaller until their line fits the banner
        (down to the window's text size; then the equation wraps)."""
        labels = [w for w in (self.iteration, self.loss, self.equation) if w.text()]
        margins = self.contentsMargins()
        inner = self.layout().contentsMargins()
        room = (
            self.width()
            - margins.left()
            - margins.right()
            - inner.left()
            - inner.right()
            - self.layout().spacing() * max(len(labels) - 1, 0)
            - 8  # the labels' own margins
        )
        font = QFont(self._font)
        smallest = QApplication.font().pointSizeF()

        def needed(f: QFont) -> int:
            metrics = QFontMetrics(f)
            return sum(metrics.horizontalAdvance(w.text()) for w in labels)

        while room > 0 and font.pointSizeF() > smallest and needed(font) > room:
            font.setPointSizeF(max(smallest, font.pointSizeF() * 0.92))
        for label in (self.iteration, self.loss, self.equation):
            if label.font() != font:
                label.setFont(font)
        # Still too long at the window's text size (a narrow screen, many
        # terms): the equation wraps rather than lose its end.
        wrap = room > 0 and needed(font) > room
        if self.equation.wordWrap() != wrap:
            self.equation.setWordWrap(wrap)

    def show_text(self, text: BannerText) -> None:
        iteration, loss, equation = text
        for label, value in (
            (self.iteration, iteration),
            (self.loss, loss),
            (self.equation, equation),
        ):
            if label.text() != value:
                label.setText(value)
            label.setVisible(bool(value))
        self._fit_equation()


class Presentation(QObject):
    """The zoom, Focus on Plots and Presentation Mode of one window.

    Parameters
    ----------
    window : QMainWindow
    settings : Settings
        Keeps ``view/zoom``, ``view/presentation_zoom``, ``view/focus_plots``
        and ``view/presentation``.
    docks : callable returning the side docks
        Hidden by Focus on Plots (those shown at the time come back).
    banner_text : callable returning (iteration, loss, equation)
        What the presentation banner shows, read a few times a second.
    """

    def __init__(
        self,
        window: QMainWindow,
        settings: Settings,
        docks: Callable[[], Sequence[QDockWidget]],
        banner_text: Callable[[], BannerText],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._docks = docks
        self._banner_text = banner_text
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._app = app
        self._base_font = QFont(app.font())
        self._base_palette = QPalette(app.palette())
        self._zoom = 1.0
        self._presenting = False
        self._focused: list[QDockWidget] | None = None
        #: The dock layout before Focus on Plots, kept as the one to save.
        self._state_before_focus: QByteArray | None = None
        self._geometry_before: QByteArray | None = None
        self._was_maximized = False
        #: Presentation Mode turned Focus on Plots on (a narrow screen).
        self._focus_for_presenting = False
        self.banner = Banner()
        self._timer = QTimer(self)
        self._timer.setInterval(BANNER_REFRESH_MS)
        self._timer.timeout.connect(self.refresh_banner)
        #: Called with the zoom whenever it changes (the window's actions).
        self.zoom_changed: list[Callable[[float], None]] = []

    # -- zoom ------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        return self._zoom

    @property
    def presenting(self) -> bool:
        return self._presenting

    def restore(self) -> None:
        """Apply what the user had last time: zoom, focus, presentation
        (focus first: the user's, not one Presentation Mode chose)."""
        if self._settings.value("view/focus_plots"):
            self.set_focus(True)
        if self._settings.value("view/presentation"):
            self.set_presentation(True)
        else:
            self.set_zoom(float(self._settings.value("view/zoom")), save=False)

    def set_zoom(self, factor: float, *, save: bool = True) -> None:
        """Zoom every pane to ``factor`` (kept for normal or presentation mode)."""
        if not math.isfinite(factor):
            factor = 1.0
        factor = min(max(factor, ZOOM_STEPS[0]), ZOOM_STEPS[-1])
        ratio, self._zoom = factor / self._zoom, factor
        set_application_zoom(self._app, self._base_font, factor)
        scale_set_fonts(self._app, ratio)
        self.banner.set_scale(factor)
        if save:
            key = "view/presentation_zoom" if self._presenting else "view/zoom"
            self._settings.set_value(key, factor)
        for callback in self.zoom_changed:
            callback(factor)

    def zoom_in(self) -> None:
        self.set_zoom(step_zoom(self._zoom, 1))

    def zoom_out(self) -> None:
        self.set_zoom(step_zoom(self._zoom, -1))

    def zoom_reset(self) -> None:
        """Ctrl+0: 100 % (150 % in presentation mode)."""
        self.set_zoom(1.5 if self._presenting else 1.0)

    # -- focus on plots --------------------------------------------------------

    @property
    def focused(self) -> bool:
        return self._focused is not None

    def set_focus(self, on: bool, *, save: bool = True) -> None:
        """Hide the side panels (on) or bring back those hidden (off)."""
        if on == self.focused:
            return
        if on:
            self._state_before_focus = self._window.saveState()
            # Not hidden rather than visible: at start-up nothing is visible yet.
            self._focused = [d for d in self._docks() if not d.isHidden()]
            for dock in self._focused:
                dock.hide()
        else:
            for dock in self._focused or []:
                dock.show()
            self._focused = None
            self._state_before_focus = None
        if save:
            self._settings.set_value("view/focus_plots", on)

    def layout_to_save(self) -> tuple[QByteArray | None, QByteArray | None]:
        """Geometry and dock state as they are outside these modes (None: now)."""
        return self._geometry_before, self._state_before_focus

    # -- presentation ------------------------------------------------------------

    def set_presentation(self, on: bool) -> None:
        """Full screen, zoomed, high contrast and the banner; or all put back."""
        if on == self._presenting:
            return
        window = self._window
        if on:
            self._geometry_before = window.saveGeometry()
            self._was_maximized = window.isMaximized()
            self._presenting = True
            self._app.setPalette(theme.high_contrast_palette())
            self.set_zoom(float(self._settings.value("view/presentation_zoom")))
            # On a projector's 1024 or 1280 pixels, 150 % type beside both
            # panels left the Fit plot 100 px tall: the plots take the screen,
            # and Ctrl+Shift+F brings the panels back.
            screen = window.screen()
            narrow = screen is not None and screen.geometry().width() < NARROW_SCREEN
            self._focus_for_presenting = narrow and not self.focused
            if self._focus_for_presenting:
                self.set_focus(True, save=False)
            window.showFullScreen()
            self.banner.show()
            self.refresh_banner()
            self._timer.start()
        else:
            self._presenting = False
            self._timer.stop()
            self.banner.hide()
            if self._focus_for_presenting and self.focused:
                self.set_focus(False, save=False)
            self._focus_for_presenting = False
            self._app.setPalette(self._base_palette)
            self.set_zoom(float(self._settings.value("view/zoom")), save=False)
            if self._was_maximized:
                window.showMaximized()
            else:
                window.showNormal()
                if self._geometry_before is not None:
                    window.restoreGeometry(self._geometry_before)
            self._geometry_before = None
        self._settings.set_value("view/presentation", on)

    def refresh_banner(self) -> None:
        if self.banner.isVisible():
            self.banner.show_text(self._banner_text())

    def shutdown(self) -> None:
        """The window closes: stop the banner and give the application back its
        font, palette and plot zoom (the modes stay saved for next time)."""
        self._timer.stop()
        self._app.setPalette(self._base_palette)
        set_application_zoom(self._app, self._base_font, 1.0)
        scale_set_fonts(self._app, 1.0 / self._zoom)
        self._zoom = 1.0
