"""A file caught by a crash mid-checkpoint opens with all its data, in the app and the CLI.

SQLite copies the write-ahead log into the main file page by page. If the machine stops after
page 1 (the header) was copied but before the rest, the header promises more pages than the
file holds; the log beside it still has them. SQLite recovers that completely; FieldLab Desk
must not call the file damaged.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlmodel import col, select

from fieldlab_desk.domain.errors import BadFile
from fieldlab_desk.domain.models import Organisation
from fieldlab_desk.services.portfolio import open_portfolio
from fieldlab_desk.storage.sqlite_file import inspect_file
from tests.test_cli import run

ADDED = 1500  # rows written after the last checkpoint: enough to grow the file


def mid_checkpoint_copy(demo: Path, target: Path) -> None:
    """``target``: ``demo`` plus ADDED organisations in its log, header already checkpointed."""
    writer = sqlite3.connect(demo)
    writer.isolation_level = None
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")  # the rows stay in the log
    writer.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    writer.execute("BEGIN")
    writer.executemany(
        "INSERT INTO organisation (name, short_name, kind, place, website, note) "
        "VALUES (?, '', 'partner', 'Assen', '', ?)",
        [(f"Herstelpartner {n:04d}", "x" * 300) for n in range(ADDED)],
    )
    writer.execute("COMMIT")
    shutil.copyfile(demo, target)  # while the writer is open: the log is still there
    shutil.copyfile(f"{demo}-wal", f"{target}-wal")
    writer.close()
    log = Path(f"{target}-wal").read_bytes()
    page_size = int.from_bytes(log[8:12], "big")
    newest_header, frame = None, 32
    while frame + 24 + page_size <= len(log):
        if int.from_bytes(log[frame : frame + 4], "big") == 1:
            newest_header = log[frame + 24 : frame + 24 + page_size]
        frame += 24 + page_size
    assert newest_header is not None
    with target.open("r+b") as handle:  # the checkpoint wrote page 1, then the power went
        handle.write(newest_header)
    header = target.read_bytes()[:100]
    promised = int.from_bytes(header[28:32], "big") * page_size
    assert promised > target.stat().st_size  # the state that used to be called "damaged"


@pytest.fixture
def crashed(demo_path: Path, tmp_path: Path) -> Path:
    target = tmp_path / "na de stroomstoring.fieldlab"
    mid_checkpoint_copy(demo_path, target)
    return target


def test_the_pre_open_check_reads_the_log_before_judging(crashed: Path) -> None:
    facts = inspect_file(crashed)
    assert facts.revision is not None


def test_the_app_opens_it_with_every_row(crashed: Path) -> None:
    with open_portfolio(crashed, user="Anouk") as portfolio:
        assert not portfolio.read_only
        with portfolio.session() as session:
            names = session.exec(
                select(Organisation.name).where(col(Organisation.name).startswith("Herstelpartner"))
            ).all()
        assert len(names) == ADDED
    assert sqlite3.connect(crashed).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_check_on_it_exits_0(crashed: Path) -> None:
    checked = run("check", str(crashed))
    assert checked.returncode == 0, checked.stderr
    assert "integriteit: ok" in " ".join(checked.stdout.split())


def test_a_truncated_file_without_a_log_is_still_refused(crashed: Path) -> None:
    Path(f"{crashed}-wal").unlink()
    with pytest.raises(BadFile) as caught:
        inspect_file(crashed)
    assert caught.value.code == "file.corrupt"


def test_every_commit_is_synced_to_disk(demo_path: Path) -> None:
    with open_portfolio(demo_path) as portfolio, portfolio.session() as session:
        synchronous = session.connection().exec_driver_sql("PRAGMA synchronous").scalar()
        journal = session.connection().exec_driver_sql("PRAGMA journal_mode").scalar()
    assert (synchronous, journal) == (2, "wal")  # 2 = FULL
