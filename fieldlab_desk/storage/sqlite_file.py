"""Looking at a SQLite file before opening it for writing, so a bad file stays untouched.

Everything here reads through a read-only connection (``mode=ro``): a foreign, empty,
truncated or newer file is refused with a :class:`BadFile` and its bytes never change. A file
with a write-ahead log beside it (left by a crash, or by a program that has it open) is judged
after SQLite has read the log, never by its raw header alone.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from fieldlab_desk.domain.errors import BadFile, FileInUse

SQLITE_MAGIC = b"SQLite format 3\x00"
APPLICATION_ID = 0x464C4442  # "FLDB": marks a SQLite file as a FieldLab database


@dataclass(frozen=True, slots=True)
class FileFacts:
    """What a read-only look at an existing file found."""

    application_id: int
    revision: str | None
    table_count: int


def read_only_uri(path: Path) -> str:
    """A URI that opens ``path`` without writing to it or beside it.

    A WAL-mode file normally needs a ``-shm`` file beside it, even to read. In a folder nobody
    may write in (a read-only share, a CD, a locked-down folder) that cannot be made, so a file
    with no log to replay is opened as immutable: nobody can be changing it there.
    """
    resolved = path.resolve()
    uri = f"{resolved.as_uri()}?mode=ro"
    if not os.access(resolved.parent, os.W_OK) and not companions(resolved):
        uri += "&immutable=1"
    return uri


def connect_for_reading(path: Path, *, timeout: float = 5) -> sqlite3.Connection:
    """A connection that reads ``path`` and never writes it, leaving nothing beside it.

    A read-only connection (``mode=ro``) to a WAL-mode file makes ``-wal`` and ``-shm`` files
    and, being read-only, may not remove them when it closes: a ``check`` would leave two
    files behind. Where the file and its folder may be written and no log waits to be
    replayed, the connection is an ordinary one held to reading by ``query_only``, so SQLite
    removes what it made when the last connection closes. Anywhere else it is ``mode=ro``.
    """
    resolved = path.resolve()
    quiet = (
        os.access(resolved, os.W_OK)
        and os.access(resolved.parent, os.W_OK)
        and not companions(resolved)
    )
    if not quiet:
        return sqlite3.connect(
            read_only_uri(path), uri=True, check_same_thread=False, timeout=timeout
        )
    connection = sqlite3.connect(resolved, check_same_thread=False, timeout=timeout)
    connection.execute("PRAGMA query_only=ON")
    return connection


def companions(path: Path) -> list[Path]:
    """The write-ahead log or rollback journal beside a file that SQLite will replay on open."""
    found = []
    for suffix in ("-wal", "-journal"):
        candidate = Path(f"{path}{suffix}")
        try:
            if candidate.stat().st_size > 0:
                found.append(candidate)
        except OSError:
            continue
    return found


def inspect_file(path: Path) -> FileFacts:
    """Check that ``path`` is a whole SQLite file written by FieldLab Desk; never writes."""
    _check_header(path)
    try:
        connection = connect_for_reading(path)
    except sqlite3.Error as error:
        raise BadFile("file.unreadable", path=str(path), reason=str(error)) from error
    try:
        return _read_facts(connection, path)
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise FileInUse("file.locked", path=str(path)) from error
        if companions(path) and "unable to open" in str(error):
            # The log that completes the file must be replayed, which needs the folder.
            raise BadFile("file.needs_recovery", path=str(path)) from error
        raise BadFile("file.corrupt", path=str(path)) from error
    except sqlite3.DatabaseError as error:
        raise BadFile("file.corrupt", path=str(path)) from error
    finally:
        connection.close()


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
        size = path.stat().st_size
    except FileNotFoundError as error:
        raise BadFile("file.not_found", path=str(path)) from error
    except OSError as error:
        raise BadFile("file.unreadable", path=str(path), reason=error.strerror) from error
    if size == 0:
        raise BadFile("file.empty", path=str(path))
    if not header.startswith(SQLITE_MAGIC) or len(header) < 100:
        raise BadFile("file.not_sqlite", path=str(path))
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    counter_valid = header[24:28] == header[92:96]
    if page_size < 512:
        raise BadFile("file.corrupt", path=str(path))
    if companions(path):
        # A crash (or a live writer) mid-checkpoint leaves a header ahead of the file's size
        # that the log completes: SQLite's own recovery decides, and _read_facts reads it all.
        return
    if size % page_size != 0 or (counter_valid and page_count and page_count * page_size > size):
        raise BadFile("file.corrupt", path=str(path))


def _read_facts(connection: sqlite3.Connection, path: Path) -> FileFacts:
    application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    tables = {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
    }
    if application_id != APPLICATION_ID:
        raise BadFile("file.foreign", path=str(path))
    revision = None
    if "alembic_version" in tables:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
    # Reading the last page of every table proves the file is whole without a full check.
    for table in sorted(tables):
        connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid DESC LIMIT 1').fetchall()
    return FileFacts(application_id, revision, len(tables))


def integrity_problems(path: Path) -> list[str]:
    """SQLite's full integrity check, read-only: an empty list means the file is sound."""
    connection = connect_for_reading(path)
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
        fk_rows = connection.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as error:
        return [str(error)]
    finally:
        connection.close()
    problems = [row[0] for row in rows if row[0] != "ok"]
    problems += [f"foreign key: {row[0]} row {row[1]} → {row[2]}" for row in fk_rows]
    return problems
