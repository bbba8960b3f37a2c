"""A project's budget lines with what is committed and spent on them, and their edits."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from fieldlab_desk.domain.budget import (
    Coverage,
    LineFigures,
    ProjectBudget,
    coverage,
    planned_amount,
    project_budget,
)
from fieldlab_desk.domain.enums import FundingSource
from fieldlab_desk.domain.errors import ValidationError
from fieldlab_desk.domain.models import BudgetLine, Commitment, Expense, Organisation
from fieldlab_desk.domain.terms import TermKind, Terms
from fieldlab_desk.domain.yearplan import ProjectYearFigures
from fieldlab_desk.services import catalog
from fieldlab_desk.services.edits import Edit, EditConflict, delete_row, insert_row, set_fields


@dataclass(frozen=True, slots=True)
class LineRow:
    """One budget line as the Begroting tab shows it, with what is booked on it."""

    id: int
    year: int
    category: str
    description: str
    funding_source: FundingSource
    cofinancier_id: int | None
    cofinancier: str
    in_kind: bool
    amount_cents: int | None
    hours: Decimal | None
    hourly_rate_cents: int | None
    rate_frozen: bool
    figures: LineFigures


def booked_per_line(
    model: type[Commitment] | type[Expense], project_id: int, *, session: Session
) -> dict[int, int]:
    statement = (
        select(model.budget_line_id, func.sum(col(model.amount_cents)))
        .join(BudgetLine, col(BudgetLine.id) == col(model.budget_line_id))
        .where(col(BudgetLine.project_id) == project_id)
        .group_by(col(model.budget_line_id))
    )
    return {line_id: int(total) for line_id, total in session.exec(statement)}


def budget_lines(project_id: int, *, session: Session) -> list[LineRow]:
    """The project's lines by year and order, with committed and spent summed in SQL."""
    committed = booked_per_line(Commitment, project_id, session=session)
    spent = booked_per_line(Expense, project_id, session=session)
    statement = (
        select(BudgetLine, Organisation.name)
        .outerjoin(Organisation, col(Organisation.id) == col(BudgetLine.cofinancier_id))
        .where(col(BudgetLine.project_id) == project_id)
        .order_by(col(BudgetLine.year), col(BudgetLine.sort_order), col(BudgetLine.id))
    )
    rows = []
    for line, cofinancier in session.exec(statement):
        key = line.id or 0
        figures = LineFigures(key, line.year, line.category, line.funding_source, line.in_kind,
                              line.planned_cents, committed.get(key, 0), spent.get(key, 0))  # fmt: skip
        rows.append(
            LineRow(key, line.year, line.category, line.description, line.funding_source,
                    line.cofinancier_id, cofinancier or "", line.in_kind, line.amount_cents,
                    line.hours, line.hourly_rate_cents, line.rate_frozen, figures)
        )  # fmt: skip
    return rows


@dataclass(frozen=True, slots=True)
class ProjectBudgetView:
    """The Begroting tab: the lines, the totals, what the steering group granted and the
    project's SGIA figures per year (with any overschrijding)."""

    lines: list[LineRow]
    budget: ProjectBudget
    granted_cents: int | None
    years: list[ProjectYearFigures]
    categories: Terms
    """The portfolio's cost categories: how a line's category is named, what a new one offers."""

    @property
    def coverage(self) -> Coverage:
        return coverage(self.budget.sgia_cents, self.granted_cents, self.years)


def project_budget_view(project_id: int, *, session: Session) -> ProjectBudgetView:
    from fieldlab_desk.services.yearplan import project_years

    lines = budget_lines(project_id, session=session)
    categories = catalog.terms(TermKind.COST_CATEGORY, session=session)
    return ProjectBudgetView(
        lines,
        project_budget((line.figures for line in lines), (t.code for t in categories.terms)),
        granted_cents(project_id, session=session),
        project_years(project_id, session=session),
        categories,
    )


@dataclass(frozen=True, slots=True)
class LineInput:
    """What the user typed for a budget line, already parsed (money in cents, hours exact)."""

    year: int
    category: str
    description: str
    funding_source: FundingSource
    cofinancier_id: int | None
    in_kind: bool
    amount_cents: int | None
    hours: Decimal | None
    hourly_rate_cents: int | None


def line_values(data: LineInput, existing: BudgetLine | LineRow | None = None) -> dict[str, Any]:
    """Check a line and give the column values to store; raises the first ValidationError."""
    if data.funding_source is FundingSource.COFINANCIERING and data.cofinancier_id is None:
        raise ValidationError("budget.cofinancier_missing", field="cofinancier")
    if (
        existing is not None
        and existing.rate_frozen
        and data.hourly_rate_cents != existing.hourly_rate_cents
    ):
        raise ValidationError("budget.rate_frozen", field="rate")
    planned = planned_amount(data.amount_cents, data.hours, data.hourly_rate_cents)
    cofinancier = (
        data.cofinancier_id if data.funding_source is FundingSource.COFINANCIERING else None
    )
    return {
        "year": data.year, "category": data.category, "description": data.description.strip(),
        "funding_source": data.funding_source, "cofinancier_id": cofinancier, "in_kind": data.in_kind,
        "amount_cents": data.amount_cents, "hours": data.hours, "hourly_rate_cents": data.hourly_rate_cents,
        "planned_cents": planned,
    }  # fmt: skip


def _check_category(data: LineInput, existing: str | None, session: Session) -> None:
    """A line's category must be one of the portfolio's, offered (a retired one only where the
    line has it already)."""
    categories = catalog.terms(TermKind.COST_CATEGORY, session=session)
    if data.category not in {t.code for t in categories.offered(existing)}:
        raise ValidationError(
            "reference.unknown", "category", value=data.category, kind="kostensoort"
        )


def add_line(label: str, project_id: int, data: LineInput, *, session: Session) -> Edit:
    _check_category(data, None, session)
    order = session.exec(select(func.count()).where(col(BudgetLine.project_id) == project_id)).one()
    values = {
        **line_values(data),
        "project_id": project_id,
        "rate_frozen": False,
        "sort_order": int(order),
    }
    return insert_row(label, "budget_line", values)


def change_line(label: str, line_id: int, data: LineInput, *, session: Session) -> Edit:
    existing = session.get(BudgetLine, line_id)
    if existing is None:
        raise EditConflict("edit.not_found")
    _check_category(data, existing.category, session)
    return set_fields(
        label, "budget_line", (line_id,), line_values(data, existing), session=session
    )


def delete_line(label: str, line_id: int, *, session: Session) -> Edit:
    return delete_row(label, "budget_line", (line_id,), session=session)


class BookingKind(StrEnum):
    COMMITMENT = "commitment"
    EXPENSE = "expense"


def add_booking(
    label: str, kind: BookingKind, line_id: int, on: dt.date, cents: int, note: str
) -> Edit:
    """Book a commitment or an expense against a line."""
    day = "committed_on" if kind is BookingKind.COMMITMENT else "spent_on"
    return insert_row(
        label,
        kind.value,
        {"budget_line_id": line_id, day: on, "amount_cents": cents, "note": note.strip()},
    )


def delete_booking(label: str, kind: BookingKind, booking_id: int, *, session: Session) -> Edit:
    return delete_row(label, kind.value, (booking_id,), session=session)


@dataclass(frozen=True, slots=True)
class BookingRow:
    kind: BookingKind
    id: int
    day: dt.date
    cents: int
    note: str


def bookings(line_id: int, *, session: Session) -> list[BookingRow]:
    """Every commitment and expense on a line, by date."""
    rows: list[BookingRow] = []
    for c in session.exec(select(Commitment).where(col(Commitment.budget_line_id) == line_id)):
        rows.append(
            BookingRow(BookingKind.COMMITMENT, c.id or 0, c.committed_on, c.amount_cents, c.note)
        )
    for e in session.exec(select(Expense).where(col(Expense.budget_line_id) == line_id)):
        rows.append(BookingRow(BookingKind.EXPENSE, e.id or 0, e.spent_on, e.amount_cents, e.note))
    return sorted(rows, key=lambda r: (r.day, r.kind.value, r.id))


def frozen_rate_edits(project_id: int, *, session: Session) -> list[Any]:
    """The updates that freeze the hourly rate of the project's hour lines (on granting)."""
    from fieldlab_desk.services.edits import UpdateRow

    statement = select(BudgetLine).where(
        col(BudgetLine.project_id) == project_id,
        col(BudgetLine.hours).is_not(None),
        col(BudgetLine.rate_frozen).is_(False),
    )
    return [
        UpdateRow("budget_line", (line.id,), (("rate_frozen", False),), (("rate_frozen", True),))
        for line in session.exec(statement)
    ]


def granted_cents(project_id: int, *, session: Session) -> int | None:
    """What the steering group granted the project in total; None when nothing was granted."""
    from fieldlab_desk.domain.enums import DecisionKind
    from fieldlab_desk.domain.models import Decision

    statement = select(func.sum(col(Decision.amount_granted_cents))).where(
        col(Decision.project_id) == project_id,
        col(Decision.kind).in_((DecisionKind.TOEGEKEND, DecisionKind.VOORWAARDELIJK)),
    )
    total = session.exec(statement).one()
    return int(total) if total is not None else None
