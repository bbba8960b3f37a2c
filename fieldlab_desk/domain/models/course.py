"""A project's course: the phases it went through, its milestones and its story per half year
(the project editor's tables, declared when it first opens)."""

import datetime as dt

from sqlalchemy import UniqueConstraint
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
    db_user: str | None = Field(default=None, max_length=120)
    """On a server, the database login that wrote the row, set by the database itself (a
    trigger; what a client sends is overwritten); on a file, none."""


class Milestone(Table, table=True):
    __tablename__ = "milestone"

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = parent_key("project.id")
    title: str = Field(max_length=300)
    due_date: dt.date | None = None
    done_date: dt.date | None = None
    note: str = text_field()
    sort_order: int = 0


class ProgressStory(Table, table=True):
    """*Voortgang*: what a project says of one half year, in the network's four parts; the
    half-year report prints it under the project."""

    __tablename__ = "progress_story"
    __table_args__ = (UniqueConstraint("project_id", "period"),)

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = parent_key("project.id")
    period: str = Field(max_length=6)
    """``2024H1`` (January–June) or ``2024H2`` (July–December)."""
    results: str = text_field()
    """*Resultaten*: what was achieved, with numbers."""
    findings: str = text_field()
    """*Bevindingen*: what went well and less well, negative findings included."""
    next_steps: str = text_field()
    """*Vervolg*: the next steps."""
    knowledge: str = text_field()
    """*Kennisdeling*: what was shared, with whom."""
