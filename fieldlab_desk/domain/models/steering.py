"""Steering-group meetings and decisions, and the year plans they decide on."""

import datetime as dt

from sqlalchemy import CheckConstraint
from sqlmodel import Field

from fieldlab_desk.domain.enums import DecisionKind, MeetingKind, YearPlanStatus
from fieldlab_desk.domain.models.fields import cents_field, enum_field, parent_key, text_field
from fieldlab_desk.domain.models.types import Table

DEFAULT_NORM_CENTS = 25_000_000  # € 250.000,00, the SGIA's yearly norm


class Meeting(Table, table=True):
    __tablename__ = "meeting"

    id: int | None = Field(default=None, primary_key=True)
    held_on: dt.date = Field(index=True)
    kind: MeetingKind = enum_field(MeetingKind, MeetingKind.REGULIER)
    title: str = Field(default="", max_length=200)
    note: str = text_field()


class MeetingSnapshot(Table, table=True):
    """The figures presented at a meeting, frozen as JSON."""

    __tablename__ = "meeting_snapshot"

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = parent_key("meeting.id")
    taken_at: dt.datetime
    payload: str = text_field()


class Decision(Table, table=True):
    __tablename__ = "decision"
    __table_args__ = (CheckConstraint("amount_granted_cents >= 0", name="amount_not_negative"),)

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = parent_key("meeting.id")
    project_id: int = parent_key("project.id")
    kind: DecisionKind = enum_field(DecisionKind)
    amount_granted_cents: int | None = cents_field(None)
    conditions: str = text_field()
    note: str = text_field()
    db_user: str | None = Field(default=None, max_length=120)
    """On a server, the database login that wrote the row, set by the database itself (a
    trigger; what a client sends is overwritten); on a file, none."""


class DecisionGrant(Table, table=True):
    """What a granting decision gives a project in one year (the year plan's *toegekend*)."""

    __tablename__ = "decision_grant"
    __table_args__ = (CheckConstraint("amount_cents >= 0", name="grant_not_negative"),)

    meeting_id: int = Field(foreign_key="meeting.id", ondelete="CASCADE", primary_key=True)
    project_id: int = Field(foreign_key="project.id", ondelete="CASCADE", primary_key=True)
    year: int = Field(primary_key=True)
    amount_cents: int = cents_field()


class YearPlan(Table, table=True):
    __tablename__ = "year_plan"

    id: int | None = Field(default=None, primary_key=True)
    year: int = Field(unique=True)
    norm_cents: int = cents_field(DEFAULT_NORM_CENTS)
    status: YearPlanStatus = enum_field(YearPlanStatus, YearPlanStatus.CONCEPT)
    note: str = text_field()
