"""A project's course: the phases it went through and its milestones (the project editor's
tables, declared when it first opens)."""

import datetime as dt

from sqlmodel import Field

from fieldlab_desk.domain.enums import Phase
from fieldlab_desk.domain.models.fields import enum_field, parent_key, text_field
from fieldlab_desk.domain.models.types import Table


class PhaseChange(Table, table=True):
    __tablename__ = "phase_change"

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = parent_key("project.id")
    changed_on: dt.date
    from_phase: Phase | None = enum_field(Phase, None)
    to_phase: Phase = enum_field(Phase)
    changed_by: str = Field(default="", max_length=120)
    note: str = text_field()


class Milestone(Table, table=True):
    __tablename__ = "milestone"

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = parent_key("project.id")
    title: str = Field(max_length=300)
    due_date: dt.date | None = None
    done_date: dt.date | None = None
    note: str = text_field()
    sort_order: int = 0
