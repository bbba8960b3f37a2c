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


FIRST_PAINT_SPY = """
import builtins, gc, json, sys
plain = builtins.__import__
from fieldlab_desk.launcher import load_qt, main
load_qt()  # as main() does first
import fieldlab_desk.ui.app as app
from PySide6.QtWidgets import QApplication

seen = {}
choose = app.choose_file

def spy(*args):
    window = QApplication.activeWindow() or QApplication.topLevelWidgets()[0]
    seen["visible"] = window.isVisible()
    seen["page"] = window.findChild(object, "pages").currentWidget().objectName()
    seen["status"] = window.findChild(object, "statusFile").text()
    seen["loaded"] = sorted(
        name for name in ("sqlalchemy", "sqlmodel", "fieldlab_desk.services.portfolio",
                          "fieldlab_desk.storage", "fieldlab_desk.domain.models",
                          "fieldlab_desk.ui.views.projects_page", "fieldlab_desk.domain.texts")
        if name in sys.modules)
    seen["collector_on"] = gc.isenabled()
    import PySide6.QtCore
    seen["qt_namespace"] = "Qt" in PySide6.QtCore.__dict__  # made on first use, 35 ms
    seen["plain_import"] = builtins.__import__ is plain
    return choose(*args)

app.choose_file = spy
code = main(sys.argv[1:])
seen["code"], seen["collector_on_after"] = code, gc.isenabled()
print(json.dumps(seen))
"""


def test_the_window_paints_before_the_data_layers_load(tmp_path: Path, demo_path: Path) -> None:
    """Paint first: at the first paint the window shows its opening page, and the database
    libraries, the tables and the pages are not loaded yet; the collector waits."""
    import json

    env = {**os.environ, "FIELDLAB_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT_SPY, str(demo_path), "--exit-when-ready"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout)
    assert seen["visible"] and seen["page"] == "openingPage"
    assert seen["status"] == ""  # not "Geen bestand geopend": one is on its way
    assert seen["loaded"] == []
    assert not seen["collector_on"] and seen["collector_on_after"]
    assert seen["plain_import"]  # Qt's import hook, which slows every import, is gone
    assert not seen["qt_namespace"]  # its hundred enums are made after the paint
    assert seen["code"] == 0


def test_exit_when_ready_waits_for_the_first_page_and_reports_the_times(
    tmp_path: Path, demo_path: Path
) -> None:
    """With the launch time given, the app reports when it painted and when the first page had
    its data, in that order: what benchmarks/startup.py reads."""
    import time

    env = {
        **os.environ, "FIELDLAB_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
        "FIELDLAB_LAUNCHED_AT": repr(time.time()),
    }  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-m", "fieldlab_desk", str(demo_path), "--exit-when-ready"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    line = result.stderr.strip().removeprefix("fieldlab-desk: start-up ")
    marks = {name: float(value) for name, value in (m.split("=") for m in line.split())}
    steps = ["imports", "qt", "window", "first_paint", "file_open", "first_page"]
    assert list(marks) == [*steps, "longest_pause"]
    assert 0 < marks["first_paint"] < marks["file_open"] <= marks["first_page"] < 120
    # the longest the window went without handling its events meanwhile (a duration)
    assert 0 < marks["longest_pause"] <= marks["first_page"] - marks["first_paint"] + 0.02
    log = (tmp_path / "fieldlab-desk.log").read_text(encoding="utf-8")
    assert "start-up: imports=" in log  # the log keeps them for anyone who asks why it is slow
