"""Compile Designer forms and translations; run by ``./dev`` set-up and by ``build.spec``.

``forms/X.ui`` → ``fieldlab_desk/ui/forms/ui_X.py`` (pyside6-uic: typed, works frozen) and
``resources/translations/*.ts`` → ``*.qm`` (pyside6-lrelease). Only stale outputs are rebuilt.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
FORMS_OUT = ROOT / "fieldlab_desk" / "ui" / "forms"
TRANSLATIONS = ROOT / "resources" / "translations"


def tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else name


def stale(source: Path, target: Path) -> bool:
    return not target.exists() or target.stat().st_mtime < source.stat().st_mtime


def build_forms() -> int:
    FORMS_OUT.mkdir(parents=True, exist_ok=True)
    init = FORMS_OUT / "__init__.py"
    if not init.exists():
        init.write_text(
            '"""Python classes generated from forms/*.ui by scripts/build_resources.py."""\n'
        )
    built = 0
    for form in sorted(FORMS.glob("*.ui")):
        target = FORMS_OUT / f"ui_{form.stem}.py"
        if stale(form, target):
            subprocess.run(
                [tool("pyside6-uic"), "--from-imports", str(form), "-o", str(target)], check=True
            )
            built += 1
    return built


def build_translations() -> int:
    built = 0
    for source in sorted(TRANSLATIONS.glob("*.ts")):
        target = source.with_suffix(".qm")
        if stale(source, target):
            subprocess.run(
                [tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)], check=True
            )
            built += 1
    return built


def main() -> None:
    forms, translations = build_forms(), build_translations()
    if forms or translations:
        print(f"built {forms} form(s) and {translations} translation(s)")


if __name__ == "__main__":
    main()
