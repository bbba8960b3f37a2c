"""Fieldlabs, projects and what hangs directly on a project."""

import datetime as dt

from sqlalchemy import UniqueConstraint
from sqlmodel import Field

from fieldlab_desk.domain.enums import (
    ChangeAction,
    FieldlabScope,
    ParticipationRole,
    Phase,
    RagStatus,
    ResultMandate,
)
from fieldlab_desk.domain.models.fields import enum_field, optional_key, text_field
from fieldlab_desk.domain.models.types import Table


class Fieldlab(Table, table=True):
    __tablename__ = "fieldlab"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, max_length=200)
    scope: FieldlabScope = enum_field(FieldlabScope)
    lead_organisation_id: int | None = optional_key("organisation.id")
    goal: str = text_field()
    mandate: ResultMandate = enum_field(ResultMandate, ResultMandate.EFFECTIVITEIT)
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    description: str = text_field()


class Project(Table, table=True):
    __tablename__ = "project"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True, max_length=40)
    title: str = Field(max_length=300)
    summary: str = text_field()
    need: str = text_field()
    goal: str = text_field()
    fieldlab_id: int | None = optional_key("fieldlab.id")
    primary_theme_id: int | None = optional_key("theme.id")
    lead_organisation_id: int | None = optional_key("organisation.id")
    leader_person_id: int | None = optional_key("person.id")
    start_date: dt.date | None = Field(default=None, index=True)
    end_date: dt.date | None = Field(default=None, index=True)
    phase: Phase = enum_field(Phase, Phase.IDEE, index=True)
    rag: RagStatus | None = enum_field(RagStatus, None)
    rag_note: str = text_field()
    """Why the RAG status is oranje or rood (the steering group's pack shows it)."""
    scaling_plan: str = text_field()
    result_text: str = text_field()


class ProjectTheme(Table, table=True):
    """A further theme of a project, beside its primary one."""

    __tablename__ = "project_theme"

    project_id: int = Field(foreign_key="project.id", ondelete="CASCADE", primary_key=True)
    theme_id: int = Field(foreign_key="theme.id", ondelete="CASCADE", primary_key=True)


class ProjectOrganisation(Table, table=True):
    __tablename__ = "project_organisation"

    project_id: int = Field(foreign_key="project.id", ondelete="CASCADE", primary_key=True)
    organisation_id: int = Field(
        foreign_key="organisation.id", ondelete="CASCADE", primary_key=True
    )
    role: ParticipationRole = enum_field(ParticipationRole, ParticipationRole.PARTNER)


class ChangeRecord(Table, table=True):
    """One changed field: who, when, what, old → new. Feeds the history, audit and undo."""

    __tablename__ = "change_record"
    __table_args__ = (UniqueConstraint("batch", "seq"),)

    id: int | None = Field(default=None, primary_key=True)
    batch: str = Field(max_length=36, index=True)
    seq: int = 0
    at: dt.datetime = Field(index=True)
    who: str = Field(default="", max_length=120)
    project_id: int | None = Field(default=None, index=True)
    entity: str = Field(max_length=60)
    entity_id: int | None = None
    field: str = Field(default="", max_length=60)
    action: ChangeAction = enum_field(ChangeAction)
    old_value: str | None = None
    new_value: str | None = None
    db_user: str | None = Field(default=None, max_length=120)
    """On a server, the database login that wrote the row, set by the database itself (a
    trigger; what a client sends is overwritten); on a file, none."""
