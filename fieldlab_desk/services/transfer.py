"""Copying a whole portfolio between a ``.fieldlab`` file and a server database, losing nothing.

``copy_portfolio(source, target)`` reads the source without changing it and writes every row,
ids included, into a new file or an empty server database in one transaction; then it compares
the number of rows of every table on both sides. A team moves its file to PostgreSQL this way
and can always take a file copy back.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import SQLAlchemyError

from fieldlab_desk.domain.errors import BadFile, WriteFailed
from fieldlab_desk.domain.models import metadata
from fieldlab_desk.services.portfolio import environment_error, os_errors_as_bad_file
from fieldlab_desk.storage import Database, open_database
from fieldlab_desk.storage.migrate import table_counts

BATCH = 5_000


@dataclass(frozen=True, slots=True)
class CopyReport:
    source: str
    target: str
    counts: dict[str, int]
    """Rows per table, the same on both sides."""


def copy_portfolio(source: str, target: str) -> CopyReport:
    """Copy every row of ``source`` into ``target``: a new file, or an empty server database."""
    origin = open_database(_existing(source), read_only=True)
    try:
        destination = _new_target(target)
        try:
            _copy_rows(origin, destination)
            names = [t.name for t in metadata.sorted_tables]
            counts = table_counts(origin.engine, names)
            if table_counts(destination.engine, names) != counts:  # pragma: no cover - a bug
                raise WriteFailed("copy.counts_differ", target=destination.location)
            return CopyReport(origin.location, destination.location, counts)
        except BaseException:
            destination.close()
            if destination.path is not None:
                _remove(destination.path)
            raise
        finally:
            destination.close()
    finally:
        origin.close()


def _existing(location: str) -> str:
    if "://" in location:
        return location
    with os_errors_as_bad_file(location):
        found = Path(location).is_file()
    if not found:
        raise BadFile("file.not_found", path=location)
    return location


def _new_target(location: str) -> Database:
    if "://" not in location:
        with os_errors_as_bad_file(location):
            taken = Path(location).exists()
        if taken:
            raise BadFile("file.exists", path=location)
        return open_database(location, seed=False)
    database = open_database(location, seed=False)
    with database.engine.connect() as connection:
        has_rows = any(
            connection.execute(text(f'SELECT 1 FROM "{t.name}" LIMIT 1')).first()
            for t in metadata.sorted_tables
        )
    if has_rows:
        database.close()
        raise BadFile("copy.target_not_empty", target=database.location)
    return database


def _copy_rows(origin: Database, destination: Database) -> None:
    """Every table in dependency order, in one transaction on the target."""
    try:
        with origin.engine.connect() as read, destination.engine.begin() as write:
            server = write.dialect.name == "postgresql"
            if server:
                _hold_triggers(write, "DISABLE")
            for table in metadata.sorted_tables:
                rows = read.execute(table.select()).mappings()
                while batch := [dict(row) for row in rows.fetchmany(BATCH)]:
                    write.execute(table.insert(), batch)
            if server:
                _hold_triggers(write, "ENABLE")
                _continue_numbering(write)
    except SQLAlchemyError as error:
        raise environment_error(error) or WriteFailed(
            "file.write_failed", path=destination.location, reason=str(error)
        ) from error


def _hold_triggers(connection: Connection, verb: str) -> None:
    """A copy brings rows as they are: the server's own triggers (the login that writes a
    history row, a closed period's guard, a project's first projectleider) are for what people
    change afterwards, so they rest while the rows arrive — in the copy's own transaction, by
    the owner of the new tables (the login that migrated them); the constraints stay on."""
    owned = connection.execute(
        text(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
            "AND pg_has_role(current_user, tableowner, 'USAGE')"
        )
    ).scalars()
    names = {table.name for table in metadata.sorted_tables}
    for name in owned:
        if name in names:
            connection.execute(text(f'ALTER TABLE "{name}" {verb} TRIGGER USER'))


def _continue_numbering(connection: Connection) -> None:
    """New rows on the server number on after the copied ids."""
    names = inspect(connection).get_table_names()
    for table in metadata.sorted_tables:
        if table.name in names and "id" in table.c and table.c.id.autoincrement:
            connection.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', 'id'), "
                    f'COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM "{table.name}"'
                )
            )


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
