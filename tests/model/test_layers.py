"""The layers import in one direction only: the model knows nothing of Qt."""

from __future__ import annotations

import subprocess
import sys

import pytest


def loaded_modules_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print('\\n'.join(sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    return set(out.split())


@pytest.mark.parametrize(
    "module",
    [
        "linreg_gui",
        "linreg_gui.model.fitting",
        "linreg_gui.model.dataset",
        "linreg_gui.model.io",
        "linreg_gui.model.compare",
        "linreg_gui.model.examples",
        "linreg_gui.model.report",
        "linreg_gui.model.session",
        "linreg_gui.model.plot_data",
        "linreg_gui.cli",
    ],
)
def test_model_layer_imports_no_qt(module: str) -> None:
    loaded = loaded_modules_after(f"import {module}")
    qt = sorted(
        m
        for m in loaded
        if m.split(".")[0] in {"PySide6", "shiboken6", "pyqtgraph", "PyQt5", "PyQt6"}
    )
    assert not qt, f"{module} pulled in {qt[:5]}"


def test_workers_use_qtcore_only() -> None:
    loaded = loaded_modules_after(
        "import pkgutil, importlib, linreg_gui.workers as w; "
        "[importlib.import_module('linreg_gui.workers.' + m.name) "
        "for m in pkgutil.iter_modules(w.__path__)]"
    )
    forbidden = sorted(
        m
        for m in loaded
        if m in {"PySide6.QtWidgets", "PySide6.QtGui"} or m.startswith("pyqtgraph")
    )
    assert not forbidden, forbidden


def test_cli_import_is_light() -> None:
    """The command line starts without SciPy or pandas until it needs them."""
    loaded = loaded_modules_after("import linreg_gui.cli")
    assert "scipy" not in loaded and "pandas" not in loaded
