"""Opening files: new, existing, read-only, and every kind of bad file, which stays untouched."""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from fieldlab_desk.domain.errors import BadFile
from fieldlab_desk.domain.models import Project, Theme
from fieldlab_desk.storage import APPLICATION_ID, head_revision, open_database

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_has_schema_pragmas_and_reference_data(tmp_path: Path) -> None:
    path = tmp_path / "nieuw.fieldlab"
    database = open_database(path)
    try:
        assert database.created
        with database.engine.connect() as connection:
            pragma = connection.exec_driver_sql
            assert pragma("PRAGMA journal_mode").scalar() == "wal"
            assert pragma("PRAGMA foreign_keys").scalar() == 1
            assert pragma("PRAGMA busy_timeout").scalar() == 5000
            assert pragma("PRAGMA application_id").scalar() == APPLICATION_ID
            revision = connection.execute(text("SELECT version_num FROM alembic_version"))
            assert revision.scalar() == head_revision()
        with database.session() as session:
            codes = set(session.scalars(select(Theme.code)))
        assert {"GS", "PI", "LLO"} <= codes
        assert len([c for c in codes if c.startswith("SU-")]) == 8
        assert not [c for c in codes if c.startswith("DSA-")]  # a region's: added with the region
    finally:
        database.close()


def test_reopening_keeps_data_and_makes_no_backup(demo_path: Path) -> None:
    database = open_database(demo_path)
    try:
        assert not database.created
        assert database.backup is None
        with database.session() as session:
            assert len(session.scalars(select(Project)).all()) == 20
    finally:
        database.close()
    assert list(demo_path.parent.glob("*.backup-*")) == []


def test_foreign_keys_are_enforced(empty_db: object) -> None:
    from fieldlab_desk.storage import Database

    assert isinstance(empty_db, Database)
    with pytest.raises(Exception, match="FOREIGN KEY"), empty_db.transaction() as session:
        session.execute(
            text(
                "INSERT INTO milestone (project_id, title, note, sort_order) VALUES (999, 'x', '', 0)"
            )
        )


def test_read_only_open_refuses_writes(demo_path: Path) -> None:
    before = digest(demo_path)
    database = open_database(demo_path, read_only=True)
    try:
        assert database.read_only
        with pytest.raises(Exception, match="readonly"), database.transaction() as session:
            session.execute(text("UPDATE project SET title = 'x'"))
    finally:
        database.close()
    assert digest(demo_path) == before


def make_bad_file(kind: str, folder: Path, demo_master: Path) -> Path:
    path = folder / f"{kind}.fieldlab"
    if kind == "png":
        path.write_bytes(PNG)
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "text":
        path.write_text("project;budget\nSGIA-2024-01;1000\n", encoding="utf-8")
    elif kind == "foreign":
        connection = sqlite3.connect(path)
        connection.execute("CREATE TABLE songs (title TEXT)")
        connection.execute("INSERT INTO songs VALUES ('Drenthe')")
        connection.commit()
        connection.close()
    elif kind == "truncated":
        data = demo_master.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif kind == "cut_mid_page":
        data = demo_master.read_bytes()
        path.write_bytes(data[: len(data) // 2 + 100])
    elif kind == "random":
        path.write_bytes(random.Random(8).randbytes(8192))
    elif kind == "header_only":  # a SQLite header and then rubbish: damaged inside
        data = bytearray(demo_master.read_bytes())
        data[4096:] = random.Random(9).randbytes(len(data) - 4096)
        path.write_bytes(bytes(data))
    elif kind == "newer":
        path.write_bytes(demo_master.read_bytes())
        connection = sqlite3.connect(path)
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()
        connection.close()
    return path


BAD_FILES = {
    "png": "file.not_sqlite",
    "empty": "file.empty",
    "text": "file.not_sqlite",
    "foreign": "file.foreign",
    "truncated": "file.corrupt",
    "cut_mid_page": "file.corrupt",
    "newer": "file.newer",
    "random": "file.not_sqlite",
    "header_only": "file.corrupt",
}


@pytest.mark.parametrize(("kind", "code"), BAD_FILES.items())
@pytest.mark.parametrize("read_only", [False, True])
def test_bad_files_are_refused_untouched(
    kind: str, code: str, read_only: bool, tmp_path: Path, demo_master: Path
) -> None:
    path = make_bad_file(kind, tmp_path, demo_master)
    before = digest(path)
    with pytest.raises(BadFile) as caught:
        open_database(path, read_only=read_only)
    assert caught.value.code == code
    assert str(path) in caught.value.message("nl")
    assert "niet gewijzigd" in caught.value.message("nl") or code == "file.corrupt"
    assert digest(path) == before
    assert list(tmp_path.glob("*.backup-*")) == []


def test_newer_file_names_its_revision(tmp_path: Path, demo_master: Path) -> None:
    path = make_bad_file("newer", tmp_path, demo_master)
    with pytest.raises(BadFile) as caught:
        open_database(path)
    assert "9999" in caught.value.message("en")
    assert "newer version" in caught.value.message("en")


def test_missing_folder_is_created_for_a_new_file(tmp_path: Path) -> None:
    database = open_database(tmp_path / "a" / "b" / "portfolio.fieldlab")
    database.close()
    assert (tmp_path / "a" / "b" / "portfolio.fieldlab").is_file()


def test_own_lock_left_by_a_killed_app_is_taken_over_quietly(demo_path: Path) -> None:
    import getpass
    import json
    import socket

    from fieldlab_desk.services.portfolio import open_portfolio
    from fieldlab_desk.storage.lock import lock_path

    left = {"user": getpass.getuser(), "host": socket.gethostname(), "pid": 2**22 + 4321,
            "since": "2026-11-28T16:00:00+00:00"}  # fmt: skip
    lock_path(demo_path).write_text(json.dumps(left), encoding="utf-8")
    with open_portfolio(demo_path) as portfolio:
        assert not portfolio.read_only and portfolio.locked_by is None
        assert json.loads(lock_path(demo_path).read_text(encoding="utf-8"))["pid"] == os.getpid()
    assert not lock_path(demo_path).exists()


def test_an_empty_lock_left_by_a_start_killed_before_writing_it_is_stale(
    demo_path: Path,
) -> None:
    """A kill between creating the lock and writing it leaves an empty file: after a moment it
    counts as this user's leftover, taken over quietly — not as held by "?"; a lock being
    written this very moment still counts as held."""
    import time

    from fieldlab_desk.services.portfolio import open_portfolio
    from fieldlab_desk.storage.lock import FileLock, lock_path

    lock = lock_path(demo_path)
    lock.write_text("", encoding="utf-8")
    fresh = FileLock(demo_path).owner()
    assert fresh is not None and not fresh.is_stale  # it may be on its way to being written
    old = time.time() - 60
    os.utime(lock, (old, old))
    with open_portfolio(demo_path) as portfolio:
        assert not portfolio.read_only and portfolio.locked_by is None
    assert not lock.exists()
