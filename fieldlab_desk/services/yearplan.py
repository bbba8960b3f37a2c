"""The SGIA year plan and the dashboard's figures: money per project and year summed in SQL,
then the year-plan rules of :mod:`fieldlab_desk.domain.yearplan`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import ColumnElement, extract, func
from sqlmodel import Session, col, select

from fieldlab_desk.domain.enums import (
    DecisionKind,
    FundingSource,
    MeasurementKind,
    Phase,
    RequestKind,
    RequestStatus,
    ValueSemantics,
)
from fieldlab_desk.domain.figures import Figure
from fieldlab_desk.domain.models import (
    DEFAULT_NORM_CENTS,
    BudgetLine,
    Commitment,
    Decision,
    DecisionGrant,
    Expense,
    Indicator,
    Measurement,
    Meeting,
    PhaseChange,
    Project,
    YearPlan,
)
from fieldlab_desk.domain.progress import (
    IndicatorSpec,
    MeasuredValue,
    ProgressStatus,
    indicator_progress,
)
from fieldlab_desk.domain.yearplan import (
    PlanWarning,
    ProjectYearFigures,
    YearPlanResult,
    compute_year_plan,
    granted_after_carry,
)
from fieldlab_desk.services.clock import today_of

SGIA_LINE = col(BudgetLine.funding_source) == FundingSource.SGIA


def norm_cents(year: int, *, session: Session) -> int:
    """The year's norm: as set in its year plan, else the default € 250.000."""
    norm = session.exec(select(YearPlan.norm_cents).where(YearPlan.year == year)).first()
    return DEFAULT_NORM_CENTS if norm is None else int(norm)


def _norms(*, session: Session) -> dict[int, int]:
    return {int(y): int(n) for y, n in session.exec(select(YearPlan.year, YearPlan.norm_cents))}


def year_figures(
    year: int, *, session: Session, as_of: dt.date | None = None
) -> list[ProjectYearFigures]:
    """Planned, committed and spent SGIA money per project in ``year``; with ``as_of`` as it
    stood at the end of that day (see :func:`_figures_by_year`)."""
    return _figures_by_year(session, year, as_of=as_of).get(year, [])


def project_years(project_id: int, *, session: Session) -> list[ProjectYearFigures]:
    """One project's SGIA figures for every year it has money in, by year."""
    by_year = _figures_by_year(session, None, project_id)
    return [figures for year in sorted(by_year) for figures in by_year[year]]


def _figures_by_year(
    session: Session, year: int | None, project_id: int | None = None,
    as_of: dt.date | None = None,
) -> dict[int, list[ProjectYearFigures]]:  # fmt: skip
    """SGIA figures per (year, project): three grouped sums, for one year or all of them
    (of one project or all).

    With ``as_of`` the figures are those of the end of that day: grants of meetings held by
    then, commitments and expenses dated by then, decisions taken by then and each project's
    phase then (from its phase history). *Begroot* is the plan as it stands: budget lines keep
    no dated history."""
    sgia = SGIA_LINE if year is None else SGIA_LINE & (col(BudgetLine.year) == year)
    if project_id is not None:
        sgia = sgia & (col(BudgetLine.project_id) == project_id)
    planned = _sums(
        select(BudgetLine.year, BudgetLine.project_id, func.sum(BudgetLine.planned_cents))
        .where(sgia)
        .group_by(col(BudgetLine.year), col(BudgetLine.project_id)),
        session,
    )
    committed = _sums(_booked(Commitment, sgia, as_of), session)
    spent = _sums(_booked(Expense, sgia, as_of), session)
    grants = select(
        DecisionGrant.year, DecisionGrant.project_id, func.sum(DecisionGrant.amount_cents)
    )
    if as_of is not None:
        grants = grants.join(Meeting, col(Meeting.id) == col(DecisionGrant.meeting_id)).where(
            col(Meeting.held_on) <= as_of
        )
    if year is not None:
        grants = grants.where(col(DecisionGrant.year) == year)
    if project_id is not None:
        grants = grants.where(col(DecisionGrant.project_id) == project_id)
    granted = _sums(
        grants.group_by(col(DecisionGrant.year), col(DecisionGrant.project_id)), session
    )
    moved = _carried(session, None if year is None else (year - 1, year), project_id, as_of)
    carried_out = {key: cents for key, cents in moved.items() if year is None or key[0] == year}
    carried_in = {(y + 1, pid): cents for (y, pid), cents in moved.items()
                  if year is None or y == year - 1}  # fmt: skip
    keys = set(planned) | set(committed) | set(spent) | set(granted) | set(carried_in)
    ids = {pid for _, pid in keys}
    if not ids:
        return {}
    granting = select(DecisionGrant.project_id).where(col(DecisionGrant.project_id).in_(ids))
    if as_of is not None:
        granting = granting.join(Meeting, col(Meeting.id) == col(DecisionGrant.meeting_id)).where(
            col(Meeting.held_on) <= as_of
        )
    ever_granted = set(session.exec(granting.distinct()))
    latest = latest_decisions(session=session, as_of=as_of)
    projects = {
        pid: (code, title, Phase(phase))
        for pid, code, title, phase in session.exec(
            select(Project.id, Project.code, Project.title, Project.phase).where(
                col(Project.id).in_(ids)
            )
        )
    }
    if as_of is not None:
        then = phases_on(as_of, session=session)
        projects = {
            pid: (c, t, then.get(pid or 0, phase)) for pid, (c, t, phase) in projects.items()
        }
    by_year: dict[int, list[ProjectYearFigures]] = {}
    for key in sorted(keys):
        code, title, phase = projects[key[1]]
        moved_in, moved_out = carried_in.get(key, 0), carried_out.get(key, 0)
        grant = None
        if key[1] in ever_granted:
            grant = granted_after_carry(granted.get(key, 0), moved_in, moved_out)
        by_year.setdefault(key[0], []).append(
            ProjectYearFigures(key[1], code, title, phase, planned.get(key, 0), committed.get(key, 0),
                               spent.get(key, 0), grant, latest.get(key[1]), key[0], moved_in,
                               moved_out)
        )  # fmt: skip
    return by_year


def _carried(
    session: Session, years: tuple[int, ...] | None, project_id: int | None,
    as_of: dt.date | None,
) -> dict[tuple[int, int], int]:  # fmt: skip
    """Granted carry-overs out of each (year, project) of ``years`` (None: every year),
    granted by the end of ``as_of``: one query for what leaves a year and what arrives."""
    from fieldlab_desk.domain.models import ChangeRequest

    statement = (
        select(ChangeRequest.year, ChangeRequest.project_id, func.sum(ChangeRequest.amount_cents))
        .join(Meeting, col(Meeting.id) == col(ChangeRequest.meeting_id))
        .where(col(ChangeRequest.kind) == RequestKind.OVERHEVELING,
               col(ChangeRequest.status) == RequestStatus.TOEGEKEND)
    )  # fmt: skip
    if as_of is not None:
        statement = statement.where(col(Meeting.held_on) <= as_of)
    if years is not None:
        statement = statement.where(col(ChangeRequest.year).in_(years))
    if project_id is not None:
        statement = statement.where(col(ChangeRequest.project_id) == project_id)
    return _sums(
        statement.group_by(col(ChangeRequest.year), col(ChangeRequest.project_id)), session
    )


def latest_decisions(*, session: Session, as_of: dt.date | None = None) -> dict[int, DecisionKind]:
    """The kind of each project's newest decision (by meeting date, then record); with
    ``as_of`` the newest taken by the end of that day."""
    statement = (
        select(Decision.project_id, Decision.kind)
        .join(Meeting, col(Meeting.id) == col(Decision.meeting_id))
        .order_by(col(Meeting.held_on), col(Decision.id))
    )
    if as_of is not None:
        statement = statement.where(col(Meeting.held_on) <= as_of)
    return {project_id: DecisionKind(kind) for project_id, kind in session.exec(statement)}


def phases_on(day: dt.date, *, session: Session) -> dict[int, Phase]:
    """Each project's phase at the end of ``day``, from its phase history: the phase its last
    change on or before that day led to; before its first change, the phase that change left
    (a project created later: no entry). Projects without a history are left out (their phase
    is the one they have)."""
    found: dict[int, Phase] = {}
    before: dict[int, Phase | None] = {}
    rows = session.exec(
        select(col(PhaseChange.project_id), col(PhaseChange.changed_on),
               col(PhaseChange.from_phase), col(PhaseChange.to_phase)).order_by(col(PhaseChange.changed_on), col(PhaseChange.id))
    )  # fmt: skip
    for project_id, changed_on, from_phase, to_phase in rows:
        if changed_on <= day:
            found[project_id] = Phase(to_phase)
        elif project_id not in found and project_id not in before:
            before[project_id] = Phase(from_phase) if from_phase is not None else None
    for project_id, phase in before.items():
        if project_id not in found and phase is not None:
            found[project_id] = phase
    return found


def _sums(statement: object, session: Session) -> dict[tuple[int, int], int]:
    rows = session.connection().execute(statement).all()  # type: ignore[call-overload]
    return {(int(y), int(pid)): int(total) for y, pid, total in rows}


def _booked(
    booking: type[Commitment] | type[Expense], sgia: ColumnElement[bool],
    as_of: dt.date | None = None,
) -> object:  # fmt: skip
    """Commitments or expenses on SGIA lines, summed per year and project (dated by ``as_of``)."""
    where = sgia
    if as_of is not None:
        day = col(Commitment.committed_on) if booking is Commitment else col(Expense.spent_on)
        where = where & (day <= as_of)
    return (
        select(BudgetLine.year, BudgetLine.project_id, func.sum(col(booking.amount_cents)))
        .select_from(booking)
        .join(BudgetLine, col(BudgetLine.id) == col(booking.budget_line_id))
        .where(where)
        .group_by(col(BudgetLine.year), col(BudgetLine.project_id))
    )


def year_plan(
    year: int, *, session: Session, what_if: bool = False, as_of: dt.date | None = None
) -> YearPlanResult:
    """The year plan; with ``as_of`` as it stood at the end of that day (a report's period)."""
    figures = year_figures(year, session=session, as_of=as_of)
    return compute_year_plan(year, norm_cents(year, session=session), figures, what_if=what_if)


def all_year_plans(*, session: Session) -> list[YearPlanResult]:
    """The plan of every planned year (for the warnings across years), from one set of sums."""
    by_year = _figures_by_year(session, None)
    norms = _norms(session=session)
    return [
        compute_year_plan(y, norms.get(y, DEFAULT_NORM_CENTS), by_year.get(y, []))
        for y in sorted(set(by_year) | set(norms))
    ]


def plan_years(*, session: Session) -> list[int]:
    """Every year that has a budget line or a year plan, ascending."""
    lines = set(session.exec(select(BudgetLine.year).distinct()))
    plans = set(session.exec(select(YearPlan.year)))
    return sorted(lines | plans)


def sgia_per_year(project_ids: list[int], *, session: Session) -> dict[int, dict[int, int]]:
    """Planned SGIA money of each project per year, to show a multi-year project's shares."""
    statement = (
        select(BudgetLine.project_id, BudgetLine.year, func.sum(BudgetLine.planned_cents))
        .where(SGIA_LINE, col(BudgetLine.project_id).in_(project_ids))
        .group_by(col(BudgetLine.project_id), col(BudgetLine.year))
    )
    shares: dict[int, dict[int, int]] = {}
    for project_id, year, total in session.exec(statement):
        shares.setdefault(project_id, {})[year] = int(total)
    return shares


@dataclass(frozen=True, slots=True)
class YearPlanView:
    """What the Jaarplanning page shows for a year: the plan, its figures and warnings (worked
    out on the worker) and each project's other years."""

    plan: YearPlanResult
    other_years: dict[int, dict[int, int]]
    summary: tuple[tuple[Figure, int | Decimal | None], ...] = ()
    warnings: tuple[PlanWarning, ...] = ()


def year_plan_view(year: int, *, session: Session, what_if: bool = False) -> YearPlanView:
    plan = year_plan(year, session=session, what_if=what_if)
    ids = [p.project_id for p in plan.projects + plan.pipeline]
    return YearPlanView(plan, sgia_per_year(ids, session=session), plan.summary(), plan.warnings())


# --- the dashboard ----------------------------------------------------------------------------


def projects_by_phase(*, session: Session) -> dict[Phase, int]:
    rows = session.exec(select(Project.phase, func.count()).group_by(col(Project.phase)))
    counts = {Phase(phase): int(n) for phase, n in rows}
    return {phase: counts.get(phase, 0) for phase in Phase}


def monthly_spending(year: int, project_ids: list[int], *, session: Session) -> list[int]:
    """Cumulative SGIA expenses of ``year`` at the end of each month (12 figures, in cents)."""
    month = extract("month", col(Expense.spent_on))
    statement = (
        select(month, func.sum(col(Expense.amount_cents)))
        .join(BudgetLine, col(BudgetLine.id) == col(Expense.budget_line_id))
        .where(col(BudgetLine.year) == year, SGIA_LINE, col(BudgetLine.project_id).in_(project_ids))
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
    project_id: int
    element_id: int | None
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
    chosen = col(Measurement.indicator_id).in_(
        select(Indicator.id).where(col(Indicator.project_id).in_(project_ids))
    )
    after_baseline = (col(Measurement.kind) != MeasurementKind.NULMETING) & chosen
    latest_day = (
        select(Measurement.indicator_id, func.max(col(Measurement.measured_on)).label("day"))
        .where(after_baseline)
        .group_by(col(Measurement.indicator_id))
        .subquery()
    )
    latest = dict(
        session.connection()
        .execute(
            select(col(Measurement.indicator_id), col(Measurement.value))
            .join(
                latest_day,
                (latest_day.c.indicator_id == col(Measurement.indicator_id))
                & (latest_day.c.day == col(Measurement.measured_on)),
            )
            .where(after_baseline)
        )
        .all()
    )
    sums = dict(
        session.connection()
        .execute(
            select(col(Measurement.indicator_id), func.sum(col(Measurement.value)))
            .where(after_baseline)
            .group_by(col(Measurement.indicator_id))
        )
        .all()
    )
    statement = (
        select(Indicator, Project.code)
        .join(Project, col(Project.id) == col(Indicator.project_id))
        .where(col(Indicator.project_id).in_(project_ids))
    )
    return [
        _status(indicator, code, sums, latest, today) for indicator, code in session.exec(statement)
    ]


def _status(
    indicator: Indicator,
    code: str,
    sums: dict[int, Decimal],
    latest: dict[int, Decimal],
    today: dt.date,
) -> IndicatorStatus:
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
    return IndicatorStatus(indicator.project_id, indicator.toc_element_id, code, indicator.name,
                           result.actual, indicator.target_value, result.progress, result.expected,
                           result.status)  # fmt: skip


@dataclass(frozen=True, slots=True)
class DashboardFigures:
    """Everything the dashboard shows for one year and what-if choice."""

    year: int
    what_if: bool
    plan: YearPlanResult
    all_years: list[YearPlanResult]
    counts: dict[Phase, int]
    spending: list[int]
    statuses: list[IndicatorStatus]
    warnings: dict[int, tuple[PlanWarning, ...]]
    """Each year's warnings (of all_years), worked out here, off the UI thread."""
    plan_warnings: tuple[PlanWarning, ...]
    """The chosen plan's warnings (with the pipeline in a what-if)."""
    summary: tuple[tuple[Figure, int | Decimal | None], ...]
    """The chosen plan's figures in order."""
    in_core: int = 0
    """*Innovaties structureel in de kern*: innovations some library or gemeente runs
    structurally, with funding (``services.scaling``)."""
    spread: int = 0
    """Innovations that any other library or gemeente took over."""


def dashboard_figures(
    year: int, what_if: bool, *, session: Session, today: dt.date | None = None
) -> DashboardFigures:
    all_years = all_year_plans(session=session)
    plan = next((p for p in all_years if p.year == year), None)
    plan = year_plan(year, session=session) if plan is None else plan
    if what_if:
        plan = compute_year_plan(year, plan.norm_cents, plan.projects + plan.pipeline, what_if=True)
    ids = [p.project_id for p in plan.counted]
    from fieldlab_desk.services.scaling import scaling_view

    scaled = scaling_view(session=session)
    return DashboardFigures(
        year=year,
        what_if=what_if,
        plan=plan,
        all_years=all_years,
        counts=projects_by_phase(session=session),
        spending=monthly_spending(year, ids, session=session),
        statuses=indicator_statuses(ids, today or today_of(session=session), session=session),
        warnings={p.year: p.warnings() for p in all_years},
        plan_warnings=plan.warnings(),
        summary=plan.summary(),
        in_core=scaled.in_core,
        spread=len(scaled.innovations),
    )
