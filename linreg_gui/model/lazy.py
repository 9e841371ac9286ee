"""pandas, SciPy and scikit-learn, imported on first use, safely off the GUI thread.

pandas takes ~0.4 s to import and neither the window nor the command line needs it
to start, so the model modules that use it reach it through `pandas` below, which
imports it when an attribute is first read (by then usually in a loader thread).
Modules write ``if TYPE_CHECKING: import pandas as pd`` for the type checker and
``from linreg_gui.model.lazy import pandas as pd`` otherwise.

Every first import of a large package goes through :func:`import_module`, which
pauses automatic garbage collection while it runs: the GUI thread collecting
garbage while a worker imported SciPy's compiled modules (for scikit-learn in
Compare Solvers) crashed the process with SIGSEGV, about one run in ten of the
tests that do both.
"""

from __future__ import annotations

import gc
import importlib
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import Any

_gc_lock = threading.Lock()
_gc_pausers = 0
_gc_was_enabled = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """No automatic garbage collection in any thread until every thread that
    asked has finished (collection is process-wide)."""
    global _gc_pausers, _gc_was_enabled
    with _gc_lock:
        if _gc_pausers == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_pausers += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pausers -= 1
            if _gc_pausers == 0 and _gc_was_enabled:
                gc.enable()


def import_module(name: str) -> ModuleType:
    """``importlib.import_module(name)``, with collection paused the first time."""
    module = sys.modules.get(name)
    if module is not None:
        return module
    with gc_paused():
        return importlib.import_module(name)


class LazyModule:
    """A stand-in that imports the module `name` when an attribute is read."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        return getattr(import_module(self._name), attribute)


pandas: Any = LazyModule("pandas")
