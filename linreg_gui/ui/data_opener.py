"""Opening data the way a student expects: examples that run, a start never empty.

Two rules live here.  A file named on the command line that cannot be read
gives way to the default example, with the reason shown once the example is
ready, so the window is never left empty.  And an example should run as it
opens, with the method and settings it was chosen for (whatever the previous
data used), and if its learning rate would explode on it a safe one is chosen
(the student is told, so they can raise it again to watch it explode).  A
user's own files keep whatever settings the user chose.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer

from linreg_gui.controller import SessionController
from linreg_gui.model.analysis import Analysis
from linreg_gui.model.errors import FitError
from linreg_gui.model.examples import DEFAULT_EXAMPLE, get_example
from linreg_gui.model.fitting import ITERATIVE_METHODS
from linreg_gui.model.session_file import is_session_path
from linreg_gui.model.text import number, translate
from linreg_gui.ui.messages import MessageBar
from linreg_gui.ui.solver_panel import SolverPanel
from linreg_gui.ui.solver_texts import method_title


class DataOpener:
    """Opens files and examples through the controller, keeping those rules."""

    def __init__(
        self,
        controller: SessionController,
        message_bar: MessageBar,
        solver_panel: SolverPanel,
    ) -> None:
        self.controller = controller
        self.message_bar = message_bar
        self.solver_panel = solver_panel
        self._startup_fallback = False
        self._fallback_note = ""
        self._example_rate_check = False
        self._example_key: str | None = None
        controller.load_finished.connect(self._on_load_finished)

    def open_file(self, path: str | Path) -> None:
        """Load a data file or a ``.linreg`` session in the background (File ▸
        Open, drop, command line, Open Recent)."""
        self._example_rate_check = False
        self._example_key = None
        if is_session_path(path):
            self.controller.open_session(path)
        else:
            self.controller.open_file(path)

    def open_startup_file(self, path: str | Path) -> None:
        """Open the file named on the command line, or else the default example."""
        self._startup_fallback = True
        self.open_file(path)

    def load_example(self, key: str) -> None:
        self._example_rate_check = True
        self._example_key = key
        self.controller.open_example(key)

    def generate(self, parameters: dict[str, object]) -> None:
        self._example_rate_check = False
        self._example_key = None
        self.controller.generate(parameters)

    def take_example_note(self) -> str:
        """What settings the example just opened brought with it (once)."""
        key, self._example_key = self._example_key, None
        if key is None:
            return ""
        example = get_example(key)
        settings = example.settings
        parts = [method_title(settings.method)]
        if settings.method in ITERATIVE_METHODS:
            parts.append(f"η {number(settings.learning_rate, 'g')}")
            parts.append(
                translate("DataOpener", "1 iteration")
                if settings.max_iter == 1
                else translate("DataOpener", "{count} iterations").format(
                    count=number(settings.max_iter, ",d")
                )
            )
        if settings.standardize:
            parts.append(translate("DataOpener", "standardised features"))
        if example.degree > 1:
            parts.append(
                translate("DataOpener", "degree {degree}").format(degree=example.degree)
            )
        return translate(
            "DataOpener", "{example}: opened with its settings ({settings})."
        ).format(
            example=translate("Examples", example.title), settings=", ".join(parts)
        )

    def take_fallback_note(self) -> str:
        """Why the startup file gave way to the example (once), or ``""``."""
        note, self._fallback_note = self._fallback_note, ""
        return note

    def _on_load_finished(self) -> None:
        if self._startup_fallback:
            self._startup_fallback = False
            # After the controller has taken (or refused) the data set.
            QTimer.singleShot(0, self._fall_back_to_example)

    def _fall_back_to_example(self) -> None:
        if self.controller.dataset is not None or self.controller.loading:
            return
        why = self.message_bar.text() if self.message_bar.level else ""
        self._fallback_note = (
            translate(
                "DataOpener", "{why} Showing the example “{example}” instead."
            ).format(
                why=why,
                example=translate("Examples", get_example(DEFAULT_EXAMPLE).title),
            )
            if why
            else ""
        )
        self.load_example(DEFAULT_EXAMPLE)

    def check_example_rate(self, analysis: Analysis) -> str:
        """After an example loads, swap a learning rate that would explode for a
        safe one; returns what to tell the student (``""``: nothing changed)."""
        if not self._example_rate_check:
            return ""
        choices = self.controller.choices
        try:
            current = analysis.problem.spec == choices.spec()
        except FitError:
            current = False
        if not current or analysis.settings.method != choices.settings.method:
            return ""  # an analysis of settings on their way out; wait for the next
        self._example_rate_check = False
        panel = self.solver_panel
        if not analysis.is_iterative or not panel.is_learning_rate_unstable():
            return ""
        before = panel.choices().settings.learning_rate
        panel.use_safe_learning_rate()
        after = panel.choices().settings.learning_rate
        return translate(
            "DataOpener",
            "Learning rate set to {after} for this example: {before} is above "
            "its stable limit and the run would explode. Raise it again to watch "
            "that happen.",
        ).format(after=number(after, "g"), before=number(before, "g"))
