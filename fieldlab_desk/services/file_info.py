"""What a FieldLab file says about itself (owner, title, demo flag) and what ``check`` reports:
schema version, soundness, and how many of each record."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func
from sqlmodel import Session, col, select

from fieldlab_desk.domain import models
from fieldlab_desk.domain.enums import OrganisationKind
from fieldlab_desk.domain.models import ChangeRecord, FileInfo, Organisation
from fieldlab_desk.storage import Database
from fieldlab_desk.storage.migrate import current_revision, database_revision, table_counts
from fieldlab_desk.storage.sqlite_file import integrity_problems

COUNTED_TABLES = [
    "organisation",
    "person",
    "theme",
    "fieldlab",
    "project",
    "milestone",
    "meeting",
    "decision",
    "budget_line",
    "commitment",
    "expense",
    "toc_element",
    "toc_link",
    "indicator",
    "measurement",
    "change_request",
    "adoption",
    "change_record",
]


@dataclass(frozen=True)
class FileSummary:
    location: str
    revision: str | None
    size_bytes: int | None
    problems: list[str]
    counts: dict[str, int]
    info: dict[str, str] = field(default_factory=dict)

    @property
    def sound(self) -> bool:
        return not self.problems


def summarise(database: Database, *, full_check: bool = True) -> FileSummary:
    path: Path | None = database.path
    problems = integrity_problems(path) if (path is not None and full_check) else []
    assert set(COUNTED_TABLES) <= set(models.metadata.tables)
    with database.session() as session:
        info = {row.key: row.value for row in session.scalars(select(FileInfo))}
    return FileSummary(
        location=database.location,
        revision=database_revision(database.engine),
        size_bytes=path.stat().st_size if path is not None else None,
        problems=problems,
        counts=table_counts(database.engine, COUNTED_TABLES),
        info=info,
    )


INFO_OWNER = "owner_organisation"
INFO_DEMO = "demo"
INFO_TITLE = "title"


def set_file_info(key: str, value: str, *, session: Session) -> None:
    row = session.get(FileInfo, key)
    if row is None:
        session.add(FileInfo(key=key, value=value))
    else:
        row.value = value
    session.flush()


def info_values(*, session: Session) -> dict[str, str]:
    return {row.key: row.value for row in session.exec(select(FileInfo))}


def schema_revision(*, session: Session) -> str | None:
    return current_revision(session.connection())


def change_marker(*, session: Session) -> int:
    """A number that grows with every saved edit, by anyone (the newest change record)."""
    newest = session.exec(select(func.max(ChangeRecord.id))).one()
    return int(newest or 0)


def is_demo(*, session: Session) -> bool:
    row = session.get(FileInfo, INFO_DEMO)
    return row is not None and row.value == "1"


def start_portfolio(
    organisation: str, kind: OrganisationKind | None, title: str, *, session: Session
) -> None:
    """Record who a new, empty portfolio belongs to (adding the organisation when new)."""
    name = organisation.strip()
    if (
        name
        and session.exec(select(Organisation).where(col(Organisation.name) == name)).first() is None
    ):
        session.add(Organisation(name=name, kind=kind or OrganisationKind.BIBLIOTHEEK))
    set_file_info(INFO_OWNER, name, session=session)
    set_file_info(INFO_TITLE, title.strip() or name, session=session)
    set_file_info(INFO_DEMO, "0", session=session)


def app_schema() -> str:
    """The schema revision this version of the program writes."""
    from fieldlab_desk.storage import head_revision

    return head_revision()
