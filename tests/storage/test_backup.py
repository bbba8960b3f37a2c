"""Backups through SQLite's backup API: complete, consistent, timestamped, never half-written."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from fieldlab_desk.domain.errors import WriteFailed
from fieldlab_desk.storage import Database, backup_file, backup_path_for


def counts(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(path)
    try:
        tables = [
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        return {t: connection.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        connection.close()


def test_backup_name_is_timestamped_next_to_the_file(tmp_path: Path) -> None:
    moment = dt.datetime(2026, 11, 28, 10, 15, 0)
    path = tmp_path / "portfolio.fieldlab"
    assert backup_path_for(path, now=moment).name == "portfolio.backup-20261128-101500.fieldlab"
    (tmp_path / "portfolio.backup-20261128-101500.fieldlab").touch()
    assert backup_path_for(path, now=moment).name == "portfolio.backup-20261128-101500-2.fieldlab"


def test_backup_of_an_open_file_includes_uncheckpointed_writes(demo_db: Database) -> None:
    assert demo_db.path is not None
    with demo_db.transaction() as session:
        session.execute(
            text("UPDATE project SET title = 'Nieuw in de WAL' WHERE code = 'SGIA-2023-01'")
        )
    target = backup_file(demo_db.path)
    assert target.parent == demo_db.path.parent
    connection = sqlite3.connect(target)
    title = connection.execute("SELECT title FROM project WHERE code = 'SGIA-2023-01'").fetchone()[
        0
    ]
    mode = connection.execute("PRAGMA journal_mode").fetchone()[0]
    connection.close()
    assert title == "Nieuw in de WAL"
    assert mode == "delete"  # a single self-contained file, fit to mail
    assert counts(target) == counts(demo_db.path)
    assert not list(target.parent.glob("*.partial"))


def test_backup_into_another_folder(demo_path: Path, tmp_path: Path) -> None:
    target = backup_file(demo_path, folder=tmp_path / "reserve")
    assert target.parent == tmp_path / "reserve"
    assert counts(target)["project"] == 20


def test_backup_to_an_unwritable_place_fails_cleanly(demo_path: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(WriteFailed) as caught:
        backup_file(demo_path, folder=blocker)
    assert caught.value.code == "file.write_failed"
    assert blocker.read_text() == "x"
