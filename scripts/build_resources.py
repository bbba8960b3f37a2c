"""Compile Designer forms and translations; run by ``./dev`` set-up, by ``setup.py`` (the build
step of ``pip install .`` and of a wheel) and by ``build.spec``.

``forms/X.ui`` → ``ui_X.py`` (pyside6-uic: typed, works frozen) and
``resources/translations/*.ts`` → ``*.qm`` (pyside6-lrelease). Run as a script it builds in
the checkout (``fieldlab_desk/ui/forms/``, ``resources/translations/``), rebuilding only what
is stale. The package build puts them, and a copy of the other resources, inside the package:
see :func:`build_package`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
FORMS_OUT = ROOT / "fieldlab_desk" / "ui" / "forms"
RESOURCES = ROOT / "resources"
TRANSLATIONS = RESOURCES / "translations"
COPIED = ("icons", "manual", "toc_templates", "regions", "demo", "fieldlab-desk.desktop")
"""What of ``resources/`` the package holds as it is (translations are compiled)."""


def qt_tool(name: str, *arguments: str) -> None:
    """Run one of PySide6's tools through its Python wrapper: found wherever PySide6 is
    installed (a virtual environment, or pip's isolated build environment)."""
    call = f"import sys; from PySide6.scripts.pyside_tool import {name}; sys.exit({name}())"
    subprocess.run([sys.executable, "-c", call, *arguments], check=True)


def stale(source: Path, target: Path) -> bool:
    return not target.exists() or target.stat().st_mtime < source.stat().st_mtime


def build_forms(target_folder: Path = FORMS_OUT, *, every: bool = False) -> int:
    target_folder.mkdir(parents=True, exist_ok=True)
    init = target_folder / "__init__.py"
    if not init.exists():
        init.write_text(
            '"""Python classes generated from forms/*.ui by scripts/build_resources.py."""\n'
        )
    built = 0
    for form in sorted(FORMS.glob("*.ui")):
        target = target_folder / f"ui_{form.stem}.py"
        if every or stale(form, target):
            qt_tool("uic", "--from-imports", str(form), "-o", str(target))
            built += 1
    return built


def build_translations(target_folder: Path = TRANSLATIONS, *, every: bool = False) -> int:
    target_folder.mkdir(parents=True, exist_ok=True)
    built = 0
    for source in sorted(TRANSLATIONS.glob("*.ts")):
        target = target_folder / source.with_suffix(".qm").name
        if every or stale(source, target):
            qt_tool("lrelease", "-silent", str(source), "-qm", str(target))
            built += 1
    return built


def build_package(package: Path) -> None:
    """Into a built package (``build/lib/fieldlab_desk``): the compiled forms, the compiled
    translations and the other resources, so that the installed app needs no checkout."""
    build_forms(package / "ui" / "forms", every=True)  # by this Qt, whatever the checkout has
    resources = package / "resources"
    build_translations(resources / "translations", every=True)
    for name in COPIED:
        source = RESOURCES / name
        if source.is_dir():
            shutil.copytree(source, resources / name, dirs_exist_ok=True)
        else:
            shutil.copy2(source, resources / name)


def main() -> None:
    forms, translations = build_forms(), build_translations()
    if forms or translations:
        print(f"built {forms} form(s) and {translations} translation(s)")


if __name__ == "__main__":
    main()
