"""Open or create a FieldLab database and hand out sessions.

``open_database`` takes a path to a ``.fieldlab`` SQLite file or a PostgreSQL URL. A SQLite
file is inspected read-only first (bad files are refused untouched), backed up before any
migration, migrated on a connection with foreign keys off (so recreated parent tables keep
their children), and then opened in WAL mode with foreign keys on and a busy timeout.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, create_engine, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import (
    ArgumentError,
    NoSuchModuleError,
    OperationalError,
    ProgrammingError,
    SQLAlchemyError,
)
from sqlalchemy.orm import sessionmaker
from sqlmodel import Session

from fieldlab_desk.domain.errors import BadFile, WriteFailed
from fieldlab_desk.domain.locations import masked, server_url
from fieldlab_desk.storage import migrate
from fieldlab_desk.storage.backup import backup_file, prune_backups
from fieldlab_desk.storage.pragmas import install_sqlite_pragmas, sqlite_engine
from fieldlab_desk.storage.sqlite_file import APPLICATION_ID, inspect_file

head_revision = migrate.head_revision
Migrations = migrate.Migrations
default_migrations = migrate.default_migrations


@dataclass
class Database:
    """An open FieldLab database: its engine, a session factory and how it was opened."""

    engine: Engine
    location: str
    path: Path | None = None
    read_only: bool = False
    backup: Path | None = None
    created: bool = False
    temporary: Path | None = None
    """The folder of the migrated temporary copy read in place of an older file, if any."""
    session_factory: sessionmaker[Session] = field(init=False)

    def __post_init__(self) -> None:
        self.session_factory = sessionmaker(self.engine, class_=Session, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    def session(self) -> Session:
        return self.session_factory()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed as one transaction, or rolled back on error."""
        with self.session_factory() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()
        if self.temporary is not None:  # a migrated copy read in place of an older file
            shutil.rmtree(self.temporary, ignore_errors=True)


def open_database(
    location: str | os.PathLike[str],
    *,
    read_only: bool = False,
    migrations: Migrations | None = None,
    seed: bool = True,
    through_copy: bool = False,
) -> Database:
    """Open (creating a new file if ``location`` does not exist) a FieldLab database.

    ``seed=False`` leaves a new database without reference data (for a copy that brings its
    own). ``through_copy=True`` with ``read_only=True`` reads a file of an older schema through
    a migrated temporary copy (removed on close) instead of refusing it: the file itself is
    not touched, as a preview or dry run promises."""
    text = os.fspath(location)
    schema = migrations or default_migrations()
    if "://" in text:
        return _open_url(text, schema, seed=seed)
    path = Path(text).expanduser()
    if not path.exists():
        return create_database(path, migrations=schema, seed=seed)
    return _open_existing_file(path, schema, read_only=read_only, through_copy=through_copy)


def create_database(
    path: Path, *, seed: bool = True, migrations: Migrations | None = None
) -> Database:
    """Create a new FieldLab file at ``path`` (which must not exist) with reference data."""
    check_name(path)
    if path.exists():
        raise BadFile("file.exists", path=str(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(path)
        connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
        connection.execute("PRAGMA journal_mode=WAL")
        connection.close()
        (migrations or default_migrations()).upgrade_sqlite(path)
    except (OSError, sqlite3.Error, SQLAlchemyError) as error:
        path.unlink(missing_ok=True)
        raise WriteFailed("file.write_failed", path=str(path), reason=str(error)) from error
    database = Database(_sqlite_engine(path, read_only=False), str(path), path, created=True)
    if seed:
        try:
            migrate.seed_reference_data(database.session_factory)
        except ProgrammingError as error:  # a login that may not add reference data
            if not refused_privilege(error):
                raise
    return database


NAME_ROOM = len(".backup-20261207-050340") + len("-journal")
"""What may be added to a file's name beside it: a dated backup, and SQLite's journal of that."""
NAME_MAX = 255  # bytes in a file name, on the file systems this app runs on


def check_name(path: Path) -> None:
    """Refuse a file name so long that a file beside it (SQLite's ``-wal``/``-journal``, the
    lock, a dated backup) would not fit the file system's limit: said as that, not as a
    damaged file."""
    if len(path.name.encode("utf-8")) + NAME_ROOM > NAME_MAX:
        raise BadFile("file.name_too_long", path=str(path), most=NAME_MAX - NAME_ROOM)


def _open_existing_file(
    path: Path, schema: Migrations, *, read_only: bool, through_copy: bool = False
) -> Database:
    check_name(path)
    facts = inspect_file(path)
    if not schema.is_known(facts.revision):
        raise BadFile("file.newer", path=str(path), revision=facts.revision)
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    read_only = read_only or not writable
    backup = None
    if facts.revision != schema.head():
        if read_only and through_copy:
            return _migrated_copy(path, schema)
        if read_only:
            raise BadFile("file.read_only_needs_upgrade", path=str(path))
        backup = _migrate_with_backup(path, schema, facts.revision)
    database = Database(_sqlite_engine(path, read_only=read_only), str(path), path, read_only)
    database.backup = backup
    if backup is not None:
        migrate.seed_reference_data(database.session_factory)
    return database


def _migrated_copy(path: Path, schema: Migrations) -> Database:
    """A file of an older schema, read through a migrated copy in a temporary folder."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="fieldlab-"))
    try:
        copy = backup_file(path, folder / path.name)
        schema.upgrade_sqlite(copy)
        seeding = Database(_sqlite_engine(copy, read_only=False), str(copy), copy)
        migrate.seed_reference_data(seeding.session_factory)  # as a migrated file gets
        seeding.close()
        database = Database(_sqlite_engine(copy, read_only=True), str(path), copy, True)
    except Exception as error:
        shutil.rmtree(folder, ignore_errors=True)
        if isinstance(error, BadFile | WriteFailed):
            raise
        raise BadFile("migration.failed", path=str(path), reason=str(error), backup="—") from error
    database.temporary = folder
    return database


def _migrate_with_backup(path: Path, schema: Migrations, old_revision: str | None) -> Path:
    """Back up, then migrate in one transaction; a failed migration leaves the file as it was."""
    backup = backup_file(path)
    prune_backups(path)  # a file that keeps failing to migrate does not fill the disk
    try:
        schema.upgrade_sqlite(path)
    except Exception as error:
        if _revision_or_none(path) != old_revision:  # the rollback did not hold: restore
            _restore(backup, path)
        raise BadFile(
            "migration.failed", path=str(path), reason=str(error), backup=str(backup)
        ) from error
    return backup


def _revision_or_none(path: Path) -> str | None:
    try:
        return inspect_file(path).revision
    except BadFile:
        return None


def _restore(backup: Path, path: Path) -> None:
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    shutil.copyfile(backup, path)


def _sqlite_engine(path: Path, *, read_only: bool) -> Engine:
    engine = sqlite_engine(path, read_only=read_only)
    install_sqlite_pragmas(engine, foreign_keys=True, wal=not read_only)
    return engine


def refused_privilege(error: SQLAlchemyError) -> bool:
    """Whether the server refused ``error``'s statement to this login (SQLSTATE 42501)."""
    return getattr(getattr(error, "orig", None), "sqlstate", None) == "42501"


def _open_url(url: str, schema: Migrations, *, seed: bool = True) -> Database:
    try:
        parsed = make_url(server_url(url))
        engine = create_engine(parsed, pool_pre_ping=True)
    except (ArgumentError, NoSuchModuleError, ImportError) as error:
        raise BadFile("database.url", url=masked(url), reason=masked(str(error))) from error
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            revision = migrate.current_revision(connection) if "alembic_version" in tables else None
    except OperationalError as error:
        raise BadFile(
            "database.url", url=parsed.render_as_string(), reason=masked(str(error.orig))
        ) from error
    except ProgrammingError as error:  # a login with no role in this database
        if not refused_privilege(error):
            raise
        engine.dispose()
        raise BadFile("access.none", login=parsed.username or "") from error
    if tables and revision is None:
        raise BadFile("file.foreign", path=parsed.render_as_string())
    if not schema.is_known(revision):
        raise BadFile("file.newer", path=parsed.render_as_string(), revision=revision)
    try:
        schema.upgrade_engine(engine)
    except ProgrammingError as error:  # only the tables' owner migrates them
        if not refused_privilege(error):
            raise
        engine.dispose()
        raise BadFile("access.migrate", login=parsed.username or "", revision=revision) from error
    # Shown and remembered without the password (that belongs in ~/.pgpass or PGPASSWORD).
    location = parsed.set(password=None).render_as_string(hide_password=False)
    database = Database(engine, location, created=not tables)
    if seed:
        try:
            migrate.seed_reference_data(database.session_factory)
        except ProgrammingError as error:  # a login that may not add reference data
            if not refused_privilege(error):
                raise
    return database
