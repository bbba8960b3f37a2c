"""Starting the real program: first run, a given file, --exit-when-ready, --lang, bad input."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.storage.test_open import make_bad_file


def start(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FIELDLAB_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "fieldlab_desk", *args, "--exit-when-ready"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip


def test_first_start_creates_and_opens_the_demo(tmp_path: Path) -> None:
    result = start(tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert (tmp_path / "demo-drenthe.fieldlab").is_file()
    assert "demo-drenthe.fieldlab" in (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert not (tmp_path / "demo-drenthe.fieldlab.lock").exists()  # released on exit


def test_opens_the_file_given_and_remembers_it(tmp_path: Path, demo_path: Path) -> None:
    result = start(tmp_path, str(demo_path), "--lang", "en")
    assert result.returncode == 0, result.stderr
    settings = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert str(demo_path.resolve()) in settings
    assert not (tmp_path / "demo-drenthe.fieldlab").exists()
    again = start(tmp_path)  # no file given: the last one
    assert again.returncode == 0
    assert not (tmp_path / "demo-drenthe.fieldlab").exists()


def test_a_bad_file_exits_1_and_stays_untouched(tmp_path: Path, demo_master: Path) -> None:
    bad = make_bad_file("png", tmp_path, demo_master)
    before = bad.read_bytes()
    result = start(tmp_path / "home", str(bad))
    assert result.returncode == 1
    assert bad.read_bytes() == before


def test_unknown_options_exit_2(tmp_path: Path) -> None:
    result = start(tmp_path, "--lang", "fr")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_matplotlib_is_not_imported_at_start_up(tmp_path: Path, demo_path: Path) -> None:
    code = (
        "import sys\n"
        "from fieldlab_desk.ui.app import run_app\n"
        f"code = run_app([{str(demo_path)!r}, '--exit-when-ready'])\n"
        "print('matplotlib' in sys.modules, 'alembic' in sys.modules, code)\n"
    )
    env = {**os.environ, "FIELDLAB_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.stdout.split() == ["False", "False", "0"], result.stderr
