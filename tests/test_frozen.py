"""The standalone app (PyInstaller, ``build.spec``): it builds, starts and makes its demo.

Runs in the test command when PyInstaller is installed in the environment
(``.venv/bin/pip install pyinstaller``); it takes a minute or two, so it is marked slow.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from scripts import build_frozen


@pytest.mark.slow
@pytest.mark.skipif(
    importlib.util.find_spec("PyInstaller") is None,
    reason="PyInstaller is not installed (.venv/bin/pip install pyinstaller to check the frozen app)",
)
def test_the_frozen_app_starts_and_makes_its_demo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert build_frozen.main(tmp_path / "dist", tmp_path / "work") == 0, capsys.readouterr().err
    assert (tmp_path / "dist" / "fieldlab-desk" / "fieldlab-desk").is_file()
