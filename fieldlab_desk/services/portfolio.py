"""An open portfolio: the one way into the data for the desktop app and the CLI.

:func:`open_portfolio` opens a ``.fieldlab`` file (taking its lock, or falling back to
read-only when someone else holds it) or a PostgreSQL address. The :class:`Portfolio` it
returns owns the engine and its sessions, the lock, the user's display name and the file's
facts. Callers never see a session: they ask for a named read (``portfolio.read(year_plan,
2024)``, which returns plain frozen rows) and apply named edits (``portfolio.apply(edit)``,
which returns the inverse edit for undo).
"""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlmodel import Session

from fieldlab_desk.domain.access import EVERYTHING
from fieldlab_desk.domain.enums import OrganisationKind
from fieldlab_desk.domain.errors import BadFile, FieldLabError, WriteFailed
from fieldlab_desk.services import file_info
from fieldlab_desk.services.access import check_edit, read_permissions, record_own_name
from fieldlab_desk.services.clock import REFERENCE_DAY, day_of
from fieldlab_desk.services.edits import Edit, apply_edit
from fieldlab_desk.storage import Database, backup_file, create_database, open_database
from fieldlab_desk.storage.database import check_name
from fieldlab_desk.storage.lock import FileLock, FileLocked, LockOwner
from fieldlab_desk.storage.migrate import default_migrations

if TYPE_CHECKING:
    from fieldlab_desk.services.regions import Region

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class PortfolioFacts:
    """What the window title, the banners and ``check`` say about an open portfolio."""

    location: str
    path: Path | None
    revision: str | None
    is_demo: bool
    owner_organisation: str
    title: str
    reference_day: dt.date | None = None
    """The day a file that shows a past moment (the demo) is judged on (``services.clock``)."""

    @property
    def is_file(self) -> bool:
        return self.path is not None


class Portfolio:
    """An open portfolio. Close it when done (it releases the lock)."""

    def __init__(
        self,
        database: Database,
        *,
        user: str = "",
        lock: FileLock | None = None,
        locked_by: LockOwner | None = None,
    ) -> None:
        self._database = database
        self._lock = lock
        self.locked_by = locked_by
        """Who holds the lock when this portfolio was opened read-only because of it."""
        self.user = user.strip() or login_name()
        self.permissions = EVERYTHING
        """What the login may change (``domain.access``): everything on a file."""
        if not database.is_sqlite:
            self.permissions = self.read(read_permissions)
            if not self.permissions.everything and not self.permissions.roles:
                database.close()  # nothing of it is ours to read
                raise BadFile("access.none", login=self.permissions.login)
            if not database.read_only:
                self.record_name()
        self.facts = self.read(_facts, database)
        self.newest_change = 0
        """The change marker (:func:`file_info.change_marker`) as the last :meth:`apply` left
        it, read in that edit's own transaction."""

    def record_name(self) -> None:
        """On a server, keep the name this login gives (``login_name``); a lezer keeps none."""
        if self._database.is_sqlite or self.read_only:
            return
        try:
            with self._database.transaction() as session:
                record_own_name(self.user, session=session)
        except SQLAlchemyError:  # a name not kept is no reason not to open
            pass

    @property
    def read_only(self) -> bool:
        return self._database.read_only

    @property
    def location(self) -> str:
        return self._database.location

    @property
    def path(self) -> Path | None:
        return self._database.path

    @property
    def backup_made(self) -> Path | None:
        """The backup taken before this open migrated the file, if it did."""
        return self._database.backup

    def read(self, query: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a named read (a service function taking ``session=``) in a fresh session."""
        try:
            with self._database.session() as session:
                return query(*args, session=session, **kwargs)
        except SQLAlchemyError as error:
            raise environment_error(error) or error from error

    def apply(self, edit: Edit) -> Edit:
        """Apply and save ``edit`` in one transaction; return the edit that undoes it.

        Raises a :class:`FieldLabError` (nothing saved) when the portfolio is read-only, the
        file is busy, full or not writable, or the rows changed since the edit was made.
        """
        if self.read_only:
            raise WriteFailed("edit.read_only")
        try:
            with self._database.transaction() as session:
                check_edit(self.permissions, edit, session=session)
                inverse = apply_edit(edit, session=session, who=self.user)
                if not self.permissions.everything and "project" in edit.tables:
                    self.permissions = read_permissions(session=session)  # a project made is theirs
                self.newest_change = file_info.change_marker(session=session)
                return inverse
        except SQLAlchemyError as error:
            raise environment_error(error) or refused(error) from error

    def manage(self, action: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        """Run a write that is no undoable edit (a beheerder's ``services.access``) in one
        transaction; a refusal is a :class:`FieldLabError`, nothing changed."""
        if self.read_only:
            raise WriteFailed("edit.read_only")
        try:
            with self._database.transaction() as session:
                action(*args, session=session, **kwargs)
        except SQLAlchemyError as error:
            raise environment_error(error) or refused(error) from error

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session for services and tests; the app uses :meth:`read` and :meth:`apply`."""
        with self._database.session() as session:
            yield session

    def backup(self, target: Path | None = None, *, folder: Path | None = None) -> Path:
        """A consistent copy of the file, made while it stays open (SQLite only)."""
        if self.path is None:
            raise BadFile("backup.server", location=self.location)
        if target is not None and target.resolve() == self.path.resolve():
            raise BadFile("file.exists", path=str(target))
        if target is not None:
            try:
                target.unlink(missing_ok=True)
            except OSError as error:
                raise WriteFailed(
                    "file.write_failed", path=str(target), reason=str(error)
                ) from error
        return backup_file(self.path, target, folder=folder)

    def summary(self, *, full_check: bool = True) -> file_info.FileSummary:
        return file_info.summarise(self._database, full_check=full_check)

    def close(self) -> None:
        self._database.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Portfolio:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _facts(database: Database, *, session: Session) -> PortfolioFacts:
    info = file_info.info_values(session=session)
    return PortfolioFacts(
        location=database.location,
        path=database.path,
        revision=file_info.schema_revision(session=session),
        is_demo=info.get(file_info.INFO_DEMO) == "1",
        owner_organisation=info.get(file_info.INFO_OWNER, ""),
        title=info.get(file_info.INFO_TITLE, ""),
        reference_day=day_of(info.get(REFERENCE_DAY)),  # from the file info read above
    )


def open_portfolio(
    location: str | Path,
    *,
    user: str = "",
    read_only: bool = False,
    lock: bool = True,
    through_copy: bool = False,
) -> Portfolio:
    """Open an existing ``.fieldlab`` file or a PostgreSQL address (``postgresql+psycopg://…``).

    A file is locked while open; when another program holds the lock it opens read-only and
    ``locked_by`` names the holder. ``read_only=True`` opens without writing anything (and
    without a lock); ``lock=False`` is for commands that only read. ``through_copy=True`` (with
    ``read_only``) reads a file of an older schema through a migrated temporary copy.
    """
    text = str(location)
    if "://" in text:
        return Portfolio(open_database(text), user=user)
    with os_errors_as_bad_file(text):
        path = Path(text).expanduser().resolve()
        check_name(path)
        found = path.is_file()
    if not found:
        raise BadFile("file.not_found", path=str(path))
    if read_only or not lock:
        database = open_database(path, read_only=read_only, through_copy=through_copy)
        return Portfolio(database, user=user)
    file_lock, owner = _take_lock(path)
    try:
        database = open_database(path, read_only=owner is not None)
    except BaseException:
        file_lock.release()
        raise
    if database.read_only and owner is None:
        file_lock.release()  # no write permission: nothing to guard
    held = file_lock if file_lock.held else None
    return Portfolio(database, user=user, lock=held, locked_by=owner)


def _take_lock(path: Path) -> tuple[FileLock, LockOwner | None]:
    file_lock = FileLock(path)
    try:
        file_lock.acquire()
    except FileLocked as locked:
        return file_lock, locked.owner
    except OSError:  # a folder we may not write in: the file opens read-only anyway
        return file_lock, None
    return file_lock, None


def create_portfolio(
    path: Path,
    organisation: str,
    kind: OrganisationKind | None,
    title: str,
    *,
    user: str = "",
    region: str | Region = "drenthe",
) -> Portfolio:
    """A new, empty portfolio file at ``path`` (which must not exist), opened and locked,
    holding the national reference data and ``region``'s set (``resources/regions/``)."""
    from fieldlab_desk.services.regions import Region, apply_region, region_named

    chosen = region if isinstance(region, Region) else region_named(region)
    check_name(path)
    with os_errors_as_bad_file(str(path)):
        taken = path.exists()
    if taken:
        raise BadFile("file.exists", path=str(path))
    database = create_database(path)
    try:
        with database.transaction() as session:
            apply_region(chosen, session=session)
            file_info.start_portfolio(organisation, kind, title, session=session)
    finally:
        database.close()
    return open_portfolio(path, user=user)


def lock_released(path: Path) -> bool:
    """Whether nobody holds the lock on ``path`` any more (the other program closed it)."""
    return FileLock(path).owner() is None


def take_over_lock(path: Path) -> None:
    """Remove someone else's lock on ``path`` (the user chose to, knowing the risk)."""
    file_lock = FileLock(path)
    file_lock.take_over()
    file_lock.release()


def backup_location(path: Path, *, folder: Path | None = None) -> Path:
    """A consistent copy of a file that may be open elsewhere; the file is never migrated."""
    from fieldlab_desk.storage.sqlite_file import inspect_file

    with os_errors_as_bad_file(str(path)):
        found = path.is_file()
    if not found:
        raise BadFile("file.not_found", path=str(path))
    facts = inspect_file(path)
    if not default_migrations().is_known(facts.revision):  # we cannot vouch for its contents
        raise BadFile("file.newer", path=str(path), revision=facts.revision)
    return backup_file(path, folder=folder)


def needs_upgrade(location: str | Path) -> bool:
    """Whether a file is of an older schema that opening for writing would migrate."""
    from fieldlab_desk.storage.sqlite_file import inspect_file

    text = str(location)
    if "://" in text:
        return False
    with os_errors_as_bad_file(text):
        path = Path(text).expanduser()
        found = path.is_file()
    if not found:
        raise BadFile("file.not_found", path=str(path))
    revision = inspect_file(path).revision
    return default_migrations().is_known(revision) and revision != default_migrations().head()


def file_revision(location: str | Path) -> str | None:
    """The schema a file is of, read without changing it."""
    from fieldlab_desk.storage.sqlite_file import inspect_file

    return inspect_file(Path(str(location)).expanduser()).revision


def remove_with_companions(path: Path) -> None:
    """A database file and the log files SQLite may have left beside it."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


@contextmanager
def os_errors_as_bad_file(location: str) -> Iterator[None]:
    """A name the system refuses (too long, a folder that is a file) as a plain message."""
    try:
        yield
    except OSError as error:
        raise BadFile(
            "file.os_error", path=location, reason=error.strerror or str(error)
        ) from error


def environment_error(error: BaseException) -> FieldLabError | None:
    """The user-facing error for a database failure caused by the environment, if it is one."""
    if isinstance(error, FieldLabError):
        return error
    if isinstance(error, OperationalError):
        text = str(error.orig).lower()
        if "locked" in text or "busy" in text:
            return WriteFailed("database.busy")
        if "full" in text:
            return WriteFailed("database.disk_full")
        if "readonly" in text or "read-only" in text or "permission" in text:
            return WriteFailed("database.read_only")
    return None


def refused(error: SQLAlchemyError) -> FieldLabError | SQLAlchemyError:
    """A value the database will not store (too long, out of range, a broken constraint) as a
    plain message with the database's reason, never the SQL and its parameters."""
    from sqlalchemy.exc import DataError, IntegrityError, ProgrammingError

    if isinstance(error, ProgrammingError) and getattr(error.orig, "sqlstate", "") == "42501":
        reason = str(getattr(error, "orig", error)).strip().splitlines()[0][:300]
        return WriteFailed("access.refused.database", reason=reason)
    if isinstance(error, DataError | IntegrityError):
        reason = str(getattr(error, "orig", error)).strip().splitlines()[0][:300]
        return WriteFailed("database.refused", reason=reason)
    return error


def login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (containers, some services)
        return "onbekend"


__all__ = [
    "Portfolio",
    "PortfolioFacts",
    "create_portfolio",
    "environment_error",
    "open_portfolio",
    "take_over_lock",
]
