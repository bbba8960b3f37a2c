"""Steering-group meetings and decisions, year plans, budget lines and what is booked on them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, Index
from sqlmodel import Field

from fieldlab_desk.domain.enums import (
    CostCategory,
    DecisionKind,
    FundingSource,
    MeetingKind,
    YearPlanStatus,
)
from fieldlab_desk.domain.models.fields import (
    cents_field,
    decimal_field,
    enum_field,
    optional_key,
    parent_key,
    text_field,
)
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


class BudgetLine(Table, table=True):
    """Planned cost for one project, year, category and funding source.

    ``planned_cents`` is always filled: the amount typed, or hours × hourly rate, so that SQL
    can sum it. ``rate_frozen`` is set when the project is granted.
    """

    __tablename__ = "budget_line"
    __table_args__ = (
        CheckConstraint("planned_cents >= 0", name="planned_not_negative"),
        # Covers the projects table's SGIA sums (by source, per project, optionally per year):
        # read from the index alone, already in project order (national file: 39 → 27 ms).
        Index("ix_budget_line_sums", "funding_source", "project_id", "year", "planned_cents"),
    )

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = parent_key("project.id")
    year: int = Field(index=True)
    category: CostCategory = enum_field(CostCategory)
    description: str = Field(default="", max_length=300)
    funding_source: FundingSource = enum_field(FundingSource)
    cofinancier_id: int | None = optional_key("organisation.id")
    amount_cents: int | None = cents_field(None)
    hours: Decimal | None = decimal_field(2)
    hourly_rate_cents: int | None = cents_field(None)
    rate_frozen: bool = False
    in_kind: bool = False
    planned_cents: int = cents_field(0)
    sort_order: int = 0
    activity_id: int | None = optional_key("toc_element.id")
    """The Theory-of-Change activity this money pays for, if attached."""


class Commitment(Table, table=True):
    """Money promised against a budget line (an order, a contract) but not yet paid."""

    __tablename__ = "commitment"

    id: int | None = Field(default=None, primary_key=True)
    budget_line_id: int = parent_key("budget_line.id")
    committed_on: dt.date
    amount_cents: int = cents_field()
    note: str = text_field()


class Expense(Table, table=True):
    """Money spent against a budget line (realisatie)."""

    __tablename__ = "expense"

    id: int | None = Field(default=None, primary_key=True)
    budget_line_id: int = parent_key("budget_line.id")
    spent_on: dt.date = Field(index=True)
    amount_cents: int = cents_field()
    note: str = text_field()
