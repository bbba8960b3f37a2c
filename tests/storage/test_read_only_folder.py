"""A portfolio in a folder nobody may write in (a read-only share or mount) opens read-only.

The folder is a real read-only file system (a small tmpfs remounted read-only), so even root
gets "Read-only file system", as a user on a locked-down share would.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from fieldlab_desk.domain.errors import BadFile
from fieldlab_desk.services.portfolio import open_portfolio
from tests.storage.test_crash_recovery import mid_checkpoint_copy
from tests.test_cli import run


def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True, check=False).returncode == 0


@dataclass
class Mount:
    path: Path

    def make_read_only(self) -> None:
        assert _mount("-o", "remount,ro", str(self.path))


@pytest.fixture
def mount(tmp_path: Path) -> Iterator[Mount]:
    folder = tmp_path / "gedeelde map"
    folder.mkdir()
    if not _mount("-t", "tmpfs", "-o", "size=16m", "tmpfs", str(folder)):
        pytest.skip("this machine does not let the tests mount a file system")
    yield Mount(folder)
    subprocess.run(["umount", "--lazy", str(folder)], check=False)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_file_in_a_read_only_folder_opens_read_only(mount: Mount, demo_master: Path) -> None:
    path = mount.path / "drenthe.fieldlab"
    shutil.copyfile(demo_master, path)
    mount.make_read_only()
    before = digest(path)
    with open_portfolio(path, user="Anouk") as portfolio:  # the app's own path, with its lock
        assert portfolio.read_only and portfolio.locked_by is None
        assert portfolio.facts.is_demo
    checked = run("check", str(path))
    assert checked.returncode == 0, checked.stderr
    assert run("yearplan", str(path), "--year", "2024").returncode == 0
    assert digest(path) == before and sorted(p.name for p in mount.path.iterdir()) == [path.name]


def test_a_crashed_file_in_a_read_only_folder_says_what_it_needs(
    mount: Mount, demo_path: Path
) -> None:
    path = mount.path / "na de stroomstoring.fieldlab"
    mid_checkpoint_copy(demo_path, path)
    mount.make_read_only()
    with pytest.raises(BadFile) as caught:
        open_portfolio(path)
    assert caught.value.code == "file.needs_recovery"
    assert "map waarin u mag schrijven" in caught.value.message("nl")
    refused = run("check", str(path))
    assert (
        refused.returncode == 2
        and "hersteld" in refused.stderr
        and "Traceback" not in refused.stderr
    )


def test_demo_in_a_read_only_folder_is_one_clear_line(mount: Mount) -> None:
    mount.make_read_only()
    refused = run("demo", str(mount.path / "nieuw.fieldlab"))
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1 and "Kan niet schrijven" in refused.stderr
