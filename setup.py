"""The build step of ``pip install .`` and of a wheel (everything else is in pyproject.toml).

Building the package compiles the Designer forms into ``fieldlab_desk/ui/forms/ui_*.py`` and
the translations into ``fieldlab_desk/resources/translations/*.qm``, and copies the icons,
chain templates, region sets, manual and .desktop file into ``fieldlab_desk/resources/``: an installed app
needs no checkout. An editable install builds them in the checkout instead, as ``./dev`` does.
"""

from __future__ import annotations

import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from scripts import build_resources  # noqa: E402  (the checkout is on the path only now)


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            build_resources.main()
        else:
            build_resources.build_package(Path(self.build_lib) / "fieldlab_desk")


setup(cmdclass={"build_py": BuildWithResources})
