"""No bare "Aborted": before Qt loads, the app (and a command that draws) checks for a screen
and the platform plugin's libraries, and says in one line which Debian packages to install,
with exit code 1."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from fieldlab_desk import platform_check
from fieldlab_desk.domain.texts import text


def loader_without(*absent: str):  # type: ignore[no-untyped-def]
    """Load libraries as the system does, except the ``absent`` ones (as on a bare machine)."""
    import ctypes

    def load(soname: str) -> object:
        if soname in absent:
            raise OSError(f"{soname}: cannot open shared object file")
        return ctypes.CDLL(soname)

    return load


def test_a_missing_xcb_library_is_named_by_its_debian_package() -> None:
    found = platform_check.problem(
        {"DISPLAY": ":0"}, loader_without("libxcb-cursor.so.0", "libxcb-shape.so.0")
    )
    assert found is not None
    key, values = found
    assert key == "platform.libraries"
    assert values["packages"] == "libxcb-cursor0 libxcb-shape0"
    line = text(key, "en", **values)
    assert "sudo apt-get install -y libxcb-cursor0 libxcb-shape0" in line and "\n" not in line


def test_offscreen_needs_only_the_core_libraries() -> None:
    environ = {"QT_QPA_PLATFORM": "offscreen"}
    assert platform_check.problem(environ, loader_without("libxcb-cursor.so.0")) is None
    found = platform_check.problem(environ, loader_without("libEGL.so.1"))
    assert found == ("platform.libraries", {"packages": "libegl1", "platform": "offscreen"})
    # a command that draws a picture never needs a screen, whatever the session says
    assert platform_check.problem({"QT_QPA_PLATFORM": ""}, headless=True) is None


def test_the_platform_qt_will_choose() -> None:
    assert platform_check.platform_name({}) == "xcb"
    assert platform_check.platform_name({"QT_QPA_PLATFORM": ""}) == "xcb"
    assert platform_check.platform_name({"WAYLAND_DISPLAY": "wayland-0"}) == "wayland"
    assert platform_check.platform_name({"QT_QPA_PLATFORM": "offscreen"}) == "offscreen"


def _run(*arguments: str, **environ: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(environ)
    return subprocess.run([sys.executable, "-m", "fieldlab_desk", *arguments], env=env,
                          capture_output=True, text=True, timeout=120)  # fmt: skip


def test_the_app_without_a_screen_says_so_in_one_line(tmp_path: Path) -> None:
    started = _run(str(tmp_path / "x.fieldlab"), QT_QPA_PLATFORM="", FIELDLAB_LANG="en")
    assert started.returncode == 1, started.stderr
    lines = started.stderr.strip().splitlines()
    assert len(lines) == 1 and "no screen" in lines[0] and "xvfb-run" in lines[0]
    assert "Aborted" not in started.stderr and "Traceback" not in started.stderr


def test_a_command_draws_its_picture_without_a_screen(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "keten.png"
    drawn = _run(
        "toc", str(demo_path), "--project", "SGIA-2023-04", "--out", str(out), QT_QPA_PLATFORM=""
    )
    assert drawn.returncode == 0, drawn.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_dev_start_names_every_package_the_app_needs_in_one_line() -> None:
    """As an ordinary user without a screen, ``./dev start`` names the screen's packages with
    Qt's in one sudo line and stops (it cannot start the app without them)."""
    script = Path(__file__).parents[1] / "dev"
    body = script.read_text(encoding="utf-8").split('\ncase "${1:-}" in')[0]
    probe = (body + '\nid() { echo 1000; }\nQT_DEBS="libc6"\n'
             'SCREEN_DEBS="fieldlab-no-such-screen-package"\nsystem_packages\necho reached\n')  # fmt: skip
    done = subprocess.run(["bash", "-c", probe], capture_output=True, text=True, timeout=60,
                          cwd=script.parent)  # fmt: skip
    assert done.returncode == 1 and "reached" not in done.stdout
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "sudo apt-get install -y fieldlab-no-such-screen-package" in lines[0]
    assert "skipped" not in lines[0]
