"""The portfolio for a year: SGIA figures per project summed in SQL, then the year-plan rules."""

from __future__ import annotations

from sqlalchemy import ColumnElement, func
from sqlmodel import Session, col, select

from fieldlab_desk.domain.enums import FundingSource, Phase
from fieldlab_desk.domain.models import (
    DEFAULT_NORM_CENTS,
    BudgetLine,
    Commitment,
    Expense,
    Project,
    YearPlan,
)
from fieldlab_desk.domain.yearplan import ProjectYearFigures, YearPlanResult, compute_year_plan


def norm_cents(year: int, *, session: Session) -> int:
    """The year's norm: as set in its year plan, else the default € 250.000."""
    norm = session.exec(select(YearPlan.norm_cents).where(YearPlan.year == year)).first()
    return DEFAULT_NORM_CENTS if norm is None else int(norm)


def set_norm(year: int, cents: int, *, session: Session) -> None:
    plan = session.exec(select(YearPlan).where(YearPlan.year == year)).first()
    if plan is None:
        session.add(YearPlan(year=year, norm_cents=cents))
    else:
        plan.norm_cents = cents
    session.flush()


def year_figures(year: int, *, session: Session) -> list[ProjectYearFigures]:
    """Planned, committed and spent SGIA money per project in ``year``: three grouped sums."""
    sgia = (col(BudgetLine.year) == year) & (col(BudgetLine.funding_source) == FundingSource.SGIA)
    planned: dict[int, int] = {
        pid: int(total)
        for pid, total in session.exec(
            select(BudgetLine.project_id, func.sum(BudgetLine.planned_cents))
            .where(sgia)
            .group_by(col(BudgetLine.project_id))
        )
    }
    committed = _booked(Commitment, sgia, session)
    spent = _booked(Expense, sgia, session)
    ids = set(planned) | set(committed) | set(spent)
    if not ids:
        return []
    rows = session.exec(
        select(Project.id, Project.code, Project.title, Project.phase).where(
            col(Project.id).in_(ids)
        )
    )
    return [
        ProjectYearFigures(
            project_id=int(pid or 0),
            code=code,
            title=title,
            phase=Phase(phase),
            planned_cents=planned.get(pid or 0, 0),
            committed_cents=committed.get(pid or 0, 0),
            spent_cents=spent.get(pid or 0, 0),
        )
        for pid, code, title, phase in rows
    ]


def _booked(
    booking: type[Commitment] | type[Expense], sgia: ColumnElement[bool], session: Session
) -> dict[int, int]:
    """Commitments or expenses on the year's SGIA lines, summed per project."""
    statement = (
        select(BudgetLine.project_id, func.sum(col(booking.amount_cents)))
        .select_from(booking)
        .join(BudgetLine, col(BudgetLine.id) == col(booking.budget_line_id))
        .where(sgia)
        .group_by(col(BudgetLine.project_id))
    )
    return {pid: int(total) for pid, total in session.exec(statement)}


def year_plan(year: int, *, session: Session, what_if: bool = False) -> YearPlanResult:
    figures = year_figures(year, session=session)
    return compute_year_plan(year, norm_cents(year, session=session), figures, what_if=what_if)


def plan_years(*, session: Session) -> list[int]:
    """Every year that has a budget line or a year plan, ascending."""
    lines = set(session.exec(select(BudgetLine.year).distinct()))
    plans = set(session.exec(select(YearPlan.year)))
    return sorted(lines | plans)


def sgia_per_year(project_ids: list[int], *, session: Session) -> dict[int, dict[int, int]]:
    """Planned SGIA money of each project per year, to show a multi-year project's shares."""
    statement = (
        select(BudgetLine.project_id, BudgetLine.year, func.sum(BudgetLine.planned_cents))
        .where(
            col(BudgetLine.funding_source) == FundingSource.SGIA,
            col(BudgetLine.project_id).in_(project_ids),
        )
        .group_by(col(BudgetLine.project_id), col(BudgetLine.year))
    )
    shares: dict[int, dict[int, int]] = {}
    for project_id, year, total in session.exec(statement):
        shares.setdefault(project_id, {})[year] = int(total)
    return shares
