"""The one way to reach the app's resources: icons and translations, in a checkout or frozen."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon


def resources_folder() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def translations_folder() -> Path:
    return resources_folder() / "translations"


@cache
def icon(name: str) -> QIcon:
    """``icon("projects")`` loads ``resources/icons/projects.svg``."""
    return QIcon(str(resources_folder() / "icons" / f"{name}.svg"))
