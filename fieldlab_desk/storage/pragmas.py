"""Connection set-up for SQLite: pragmas, and transactions that really are atomic."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

BUSY_TIMEOUT_MS = 5000


def install_sqlite_pragmas(engine: Engine, *, foreign_keys: bool, wal: bool) -> None:
    """Pragmas on every new connection, and real BEGINs so transactions are atomic.

    Python's sqlite3 module opens transactions lazily and never for DDL; taking over with
    ``isolation_level = None`` and an explicit BEGIN makes every SQLAlchemy transaction (and
    every migration) all-or-nothing.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        if wal:
            cursor.execute("PRAGMA journal_mode=WAL")
            # FULL: a commit is on disk before the app says "saved", even if the power goes
            # right after (NORMAL may lose the last commits then). Bulk work batches instead.
            cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")


def sqlite_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine on the file at ``path``, whatever characters its name holds.

    The connection is made by ``sqlite3.connect`` on the path itself (or a read-only file URI
    that quotes it): a URL built by formatting would read ``?``, ``#`` and ``%41`` in a file
    name as URL syntax and open another file.
    """
    from fieldlab_desk.storage.sqlite_file import connect_for_reading

    def connect() -> sqlite3.Connection:
        if read_only:
            return connect_for_reading(path)
        return sqlite3.connect(path, check_same_thread=False, timeout=5)

    return create_engine("sqlite://", creator=connect, poolclass=QueuePool)
