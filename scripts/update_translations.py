"""Refresh ``resources/translations/fieldlab_en.ts`` from the sources (pyside6-lupdate).

Run after changing user-visible strings, then translate the new entries (Qt Linguist, or
by editing the .ts); ``tests/ui/test_translations.py`` fails while any entry is unfinished.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "fieldlab_en.ts"


def sources() -> list[str]:
    python = sorted(
        p for p in (ROOT / "fieldlab_desk" / "ui").rglob("*.py") if "forms" not in p.parts
    )
    forms = sorted((ROOT / "forms").glob("*.ui"))
    return [str(p.relative_to(ROOT)) for p in [*python, *forms]]


def lupdate(target: Path, *extra: str) -> None:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [
            str(tool),
            *extra,
            "-source-language",
            "nl_NL",
            "-target-language",
            "en_GB",
            *sources(),
            "-ts",
            str(target),
        ],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )


if __name__ == "__main__":
    lupdate(TS, "-no-obsolete", "-locations", "none")
    print(TS)
