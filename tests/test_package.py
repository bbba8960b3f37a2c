"""The package as others install it: a wheel built by the setuptools build step, installed in a
fresh virtual environment, starts the app and makes a demo file without this checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-build-isolation", "--no-deps",
         "--wheel-dir", str(out), str(ROOT)],
        check=True, capture_output=True, timeout=600,
    )  # fmt: skip
    (built,) = out.glob("fieldlab_desk-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the wheel; the libraries it needs are this
    environment's (a .pth file), so the test needs no download."""
    env = tmp_path_factory.mktemp("venv") / "env"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(env)], check=True)
    python = env / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
         str(wheel)],
        check=True, capture_output=True, timeout=600,
    )  # fmt: skip
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    Path(site, "fieldlab_test_libraries.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return env


def test_the_wheel_holds_compiled_forms_translations_and_resources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    forms = {p.stem for p in (ROOT / "forms").glob("*.ui")}
    assert {f"fieldlab_desk/ui/forms/ui_{form}.py" for form in forms} <= names
    assert "fieldlab_desk/resources/translations/fieldlab_en.qm" in names
    for folder in ("icons", "manual", "toc_templates"):
        assert any(n.startswith(f"fieldlab_desk/resources/{folder}/") for n in names), folder
    assert "fieldlab_desk/resources/fieldlab-desk.desktop" in names
    assert any(n.startswith("fieldlab_desk/storage/migrations/versions/0001") for n in names)


def test_the_installed_app_makes_a_demo_and_starts_on_it(installed: Path, tmp_path: Path) -> None:
    env = {**os.environ, "FIELDLAB_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    program = str(installed / "bin" / "fieldlab-desk")
    where = subprocess.run(
        [str(installed / "bin" / "python"), "-c",
         "import fieldlab_desk, fieldlab_desk.paths as p; print(fieldlab_desk.__file__); "
         "print(p.resources_folder())"],
        cwd=tmp_path, env=env, check=True, capture_output=True, text=True,
    ).stdout.split()  # fmt: skip
    assert all(Path(found).is_relative_to(installed) for found in where), where  # not the checkout
    assert (Path(where[1]) / "translations" / "fieldlab_en.qm").is_file()
    demo = tmp_path / "new.fieldlab"
    made = subprocess.run([program, "demo", str(demo)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=300)  # fmt: skip
    assert made.returncode == 0, made.stderr
    for language in ("nl", "en"):
        started = subprocess.run(
            [program, str(demo), "--lang", language, "--exit-when-ready"],
            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert started.returncode == 0, started.stderr
        assert started.stderr == ""
    log = (tmp_path / "home" / "fieldlab-desk.log").read_text(encoding="utf-8")
    assert "Traceback" not in log
