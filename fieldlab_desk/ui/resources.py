"""The one way to reach the app's resources: icons and translations, in a checkout or frozen."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

from fieldlab_desk.paths import resources_folder


def translations_folder() -> Path:
    return resources_folder() / "translations"


@cache
def icon(name: str) -> QIcon:
    """``icon("projects")`` loads ``resources/icons/projects.svg``."""
    return QIcon(str(resources_folder() / "icons" / f"{name}.svg"))
