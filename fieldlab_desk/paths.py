"""Where the app's resources are: icons, translations, chain templates, the manual.

Kept free of imports beyond the standard library, so the window can find its icons before the
rest of the app is loaded.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_folder() -> Path:
    """Inside the frozen app, inside the installed package (a wheel: ``pip install .``), or
    ``resources/`` in a checkout."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    packaged = Path(__file__).resolve().parent / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"
