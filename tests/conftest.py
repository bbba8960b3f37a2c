"""Shared fixtures: real FieldLab files on disk, built once and copied per test."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldlab_desk.demo import build_drenthe_demo
from fieldlab_desk.storage import Database, open_database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before pytest-qt makes the QApplication

pytest_plugins = ["tests.postgres_server", "tests.roles"]


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Drenthe demo, built once per test run; tests get copies, never this file."""
    path = tmp_path_factory.mktemp("master") / "drenthe.fieldlab"
    build_drenthe_demo(path).close()
    return path


@pytest.fixture
def demo_path(demo_master: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "drenthe.fieldlab"
    shutil.copyfile(demo_master, copy)
    return copy


@pytest.fixture
def demo_db(demo_path: Path) -> Iterator[Database]:
    database = open_database(demo_path)
    yield database
    database.close()


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "new.fieldlab")
    yield database
    database.close()


@pytest.fixture(scope="session")
def national_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The national-scale demo (5.000 projects), built once per test run."""
    from fieldlab_desk.demo import build_national_demo

    path = tmp_path_factory.mktemp("national") / "national.fieldlab"
    build_national_demo(path).close()
    return path


@pytest.fixture(autouse=True)
def excel_limits_on_exports(request: pytest.FixtureRequest) -> Iterator[None]:
    """After each test, every workbook FieldLab Desk wrote into the test's folder must meet
    Excel's specifications and limits (sheet names, cell text, pick lists, names)."""
    yield
    folder = request.node.funcargs.get("tmp_path")
    if not isinstance(folder, Path) or not folder.is_dir():
        return
    from tests.excel_limits import assert_excel_limits, exported_by_us

    for path in sorted(folder.rglob("*.xlsx")):
        if exported_by_us(path):
            assert_excel_limits(path)
            request.node.user_properties.append(("excel_limits_checked", path.name))
