"""The one place that reads and writes the user's settings.

Settings live in an INI file in the user's configuration folder (redirected by the
``LINREG_GUI_CONFIG_DIR`` environment variable, which the tests set), with a
version number so later releases can migrate old files.  Logs go to the data
folder (``LINREG_GUI_DATA_DIR``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

ORGANIZATION = "linreg-gui"
APPLICATION = "linreg-gui"
SETTINGS_VERSION = 1
MAX_RECENT_FILES = 10

#: Every key with its default.  Reading an unknown key is a bug.
DEFAULTS: dict[str, Any] = {
    "window/geometry": None,
    "window/state": None,
    "window/splitters": None,
    "recent_files": [],
    "plots/log_loss": False,
    "plots/show_reference": True,
    "plots/history_every": 10,
    "data/last_folder": "",
    "lessons/done": [],
    "view/zoom": 1.0,
    "view/presentation_zoom": 1.5,
    "view/presentation": False,
    "view/focus_plots": False,
    #: "" follows the system; else a code of linreg_gui.ui.i18n.LANGUAGES.
    "view/language": "",
}


def config_dir() -> Path:
    override = os.environ.get("LINREG_GUI_CONFIG_DIR")
    if override:
        return Path(override)
    location = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppConfigLocation
    )
    return Path(location or Path.home() / ".config" / APPLICATION)


def data_dir() -> Path:
    """Where the log file goes."""
    override = os.environ.get("LINREG_GUI_DATA_DIR")
    if override:
        return Path(override)
    location = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppDataLocation
    )
    return Path(location or Path.home() / ".local" / "share" / APPLICATION)


class Settings:
    """Typed access to the settings file; values not yet stored read as defaults."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / "settings.ini"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._store = QSettings(str(self.path), QSettings.Format.IniFormat)
        self._migrate()

    def _migrate(self) -> None:
        version = int(self._store.value("settings_version", 0) or 0)
        if version > SETTINGS_VERSION:
            return  # written by a newer release: read what we understand
        if version < SETTINGS_VERSION:
            self._store.setValue("settings_version", SETTINGS_VERSION)

    def value(self, key: str) -> Any:
        if key not in DEFAULTS:
            raise KeyError(f"unknown setting {key!r}")
        default = DEFAULTS[key]
        raw = self._store.value(key, default)
        if raw is None:
            return default
        if isinstance(default, bool):
            return raw if isinstance(raw, bool) else str(raw).lower() == "true"
        if isinstance(default, int):
            try:
                return int(raw)
            except (TypeError, ValueError):
                return default
        if isinstance(default, float):
            try:
                value = float(raw)
            except (TypeError, ValueError):
                return default
            return value if value == value else default  # NaN: the default
        if isinstance(default, list):
            if isinstance(raw, str):
                return [raw] if raw else []
            return [str(v) for v in raw] if isinstance(raw, (list, tuple)) else default
        return raw

    def set_value(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise KeyError(f"unknown setting {key!r}")
        self._store.setValue(key, value)

    def bytes_value(self, key: str) -> QByteArray | None:
        raw = self.value(key)
        return raw if isinstance(raw, QByteArray) and not raw.isEmpty() else None

    def recent_files(self) -> list[str]:
        return list(self.value("recent_files"))

    def add_recent_file(self, path: str) -> list[str]:
        path = str(Path(path).resolve()) if Path(path).exists() else str(path)
        files = [path, *(p for p in self.recent_files() if p != path)]
        files = files[:MAX_RECENT_FILES]
        self.set_value("recent_files", files)
        return files

    def sync(self) -> None:
        self._store.sync()
