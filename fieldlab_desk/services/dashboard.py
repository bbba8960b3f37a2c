"""Figures for the dashboard, summed in SQL: spending per month and indicators off track."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import extract, func
from sqlmodel import Session, col, select

from fieldlab_desk.domain.enums import FundingSource, MeasurementKind, ValueSemantics
from fieldlab_desk.domain.models import BudgetLine, Expense, Indicator, Measurement, Project
from fieldlab_desk.domain.progress import (
    IndicatorSpec,
    MeasuredValue,
    ProgressStatus,
    indicator_progress,
)


def monthly_spending(year: int, project_ids: list[int], *, session: Session) -> list[int]:
    """Cumulative SGIA expenses of ``year`` at the end of each month (12 figures, in cents)."""
    month = extract("month", col(Expense.spent_on))
    statement = (
        select(month, func.sum(col(Expense.amount_cents)))
        .join(BudgetLine, col(BudgetLine.id) == col(Expense.budget_line_id))
        .where(
            col(BudgetLine.year) == year,
            col(BudgetLine.funding_source) == FundingSource.SGIA,
            col(BudgetLine.project_id).in_(project_ids),
        )
        .group_by(month)
    )
    per_month = {int(m): int(total) for m, total in session.exec(statement)}
    running, cumulative = 0, []
    for number in range(1, 13):
        running += per_month.get(number, 0)
        cumulative.append(running)
    return cumulative


@dataclass(frozen=True, slots=True)
class IndicatorStatus:
    code: str
    name: str
    actual: Decimal | None
    target: Decimal | None
    progress: Decimal | None
    expected: Decimal | None
    status: ProgressStatus


def indicator_statuses(
    project_ids: list[int], today: dt.date, *, session: Session
) -> list[IndicatorStatus]:
    """Progress of the indicators of these projects, from one latest value or sum each."""
    after_baseline = col(Measurement.kind) != MeasurementKind.NULMETING
    latest_day = (
        select(Measurement.indicator_id, func.max(col(Measurement.measured_on)).label("day"))
        .where(after_baseline)
        .group_by(col(Measurement.indicator_id))
        .subquery()
    )
    latest: dict[int, Decimal] = dict(
        session.exec(
            select(col(Measurement.indicator_id), col(Measurement.value))
            .join(
                latest_day,
                (latest_day.c.indicator_id == col(Measurement.indicator_id))
                & (latest_day.c.day == col(Measurement.measured_on)),
            )
            .where(after_baseline)
        ).all()
    )
    sums: dict[int, Decimal] = dict(
        session.exec(
            select(col(Measurement.indicator_id), func.sum(col(Measurement.value)))
            .where(after_baseline)
            .group_by(col(Measurement.indicator_id))
        ).all()
    )
    statement = (
        select(Indicator, Project.code)
        .join(Project, col(Project.id) == col(Indicator.project_id))
        .where(col(Indicator.project_id).in_(project_ids))
    )
    statuses = []
    for indicator, code in session.exec(statement):
        per_period = indicator.semantics is ValueSemantics.PER_PERIODE
        key = indicator.id or 0
        value = sums.get(key) if per_period else latest.get(key)
        values = (
            []
            if value is None
            else [MeasuredValue(today, MeasurementKind.TUSSENMETING, Decimal(value))]
        )
        spec = IndicatorSpec(indicator.direction, indicator.comparator, indicator.semantics, indicator.baseline_value,
                             indicator.baseline_date, indicator.target_value, indicator.target_date)  # fmt: skip
        result = indicator_progress(spec, values, today)
        statuses.append(
            IndicatorStatus(
                code,
                indicator.name,
                result.actual,
                indicator.target_value,
                result.progress,
                result.expected,
                result.status,
            )
        )
    return statuses
