"""The app's settings, declared once with defaults; stored in an INI file per user.

Tests pass their own file, so they start from the defaults and never touch the user's settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    description: str


LANGUAGE = Setting("ui/language", "nl", "Language of the interface: nl or en")
LAST_FILE = Setting("files/last", "", "The file opened last; opened again on start")
RECENT_FILES = Setting("files/recent", [], "Recently opened files, newest first (at most 8)")
GEOMETRY = Setting("window/geometry", QByteArray(), "Main window geometry")
WINDOW_STATE = Setting("window/state", QByteArray(), "Main window toolbars and docks")
LAST_PAGE = Setting("window/page", "projects", "The page shown last")
USER_NAME = Setting("user/name", "", "Name written in the change history (default: login name)")
MAX_RECENT = 8


class Settings:
    """Typed access to the declared settings."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._store = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, setting: Setting) -> Any:
        value = self._store.value(setting.key, setting.default)
        if isinstance(setting.default, list):
            if value in (None, ""):
                return []
            return [value] if isinstance(value, str) else list(value)  # type: ignore[call-overload]
        return value if value is not None else setting.default

    def set(self, setting: Setting, value: Any) -> None:
        self._store.setValue(setting.key, value)

    def remember_file(self, path: str) -> None:
        recent = [p for p in self.get(RECENT_FILES) if p != path]
        self.set(RECENT_FILES, [path, *recent][:MAX_RECENT])
        self.set(LAST_FILE, path)

    def forget_file(self, path: str) -> None:
        self.set(RECENT_FILES, [p for p in self.get(RECENT_FILES) if p != path])
        if self.get(LAST_FILE) == path:
            self.set(LAST_FILE, "")

    def sync(self) -> None:
        self._store.sync()
