"""pandas, imported on first use.

pandas takes ~0.4 s to import and neither the window nor the command line needs it
to start, so the model modules that use it reach it through `pandas` below, which
imports it when an attribute is first read (by then usually in a loader thread).
Modules write ``if TYPE_CHECKING: import pandas as pd`` for the type checker and
``from linreg_gui.model.lazy import pandas as pd`` otherwise.
"""

from __future__ import annotations

import importlib
from typing import Any


class LazyModule:
    """A stand-in that imports the module `name` when an attribute is read."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: Any = None

    def __getattr__(self, attribute: str) -> Any:
        # The module once imported, kept: import_module per attribute read
        # cost 8 µs, 0.08 s for a file of 10⁴ columns.
        module = self._module
        if module is None:
            module = self._module = importlib.import_module(self._name)
        return getattr(module, attribute)


pandas: Any = LazyModule("pandas")
