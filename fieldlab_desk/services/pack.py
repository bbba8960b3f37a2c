"""What the steering-group pack shows for one year, in one read: the year plan (the same
figures as the Jaarplanning page), each project's penvoerder, co-financing and SGIA lines per
funding source, the decisions of the year, the indicators, and what changed since the last
meeting whose figures were frozen."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field, replace
from decimal import Decimal

from sqlalchemy import func
from sqlalchemy import select as select_rows
from sqlmodel import Session, col, select

from fieldlab_desk.domain import models
from fieldlab_desk.domain.budget import ProjectBudget
from fieldlab_desk.domain.enums import (
    DecisionKind,
    Dimension,
    FundingSource,
    Phase,
    RagStatus,
    RequestKind,
    RequestStatus,
)
from fieldlab_desk.domain.indicators import Summand, Total, totals
from fieldlab_desk.domain.models import (
    BudgetLine,
    Commitment,
    Decision,
    DecisionGrant,
    Expense,
    Indicator,
    Measurement,
    Meeting,
    Organisation,
    Person,
    Project,
    Theme,
)
from fieldlab_desk.domain.snapshot import SnapshotChange
from fieldlab_desk.domain.terms import TermKind, Terms
from fieldlab_desk.domain.yearplan import ProjectYearFigures, YearPlanResult, vrijval_cents
from fieldlab_desk.services import catalog
from fieldlab_desk.services.budget import BookingRow, LineRow, bookings, budget_lines
from fieldlab_desk.services.effect import (
    IndicatorFilter,
    PortfolioIndicator,
    PortfolioIndicators,
    current_splits,
    portfolio_indicators,
)
from fieldlab_desk.services.projects import ProjectFilter, project_rows
from fieldlab_desk.services.steering import DecisionEntry, changes_since_last_meeting
from fieldlab_desk.services.yearplan import all_year_plans, latest_decisions, year_plan


@dataclass(frozen=True, slots=True)
class TrailLine:
    """One step of the money trail to the year's *toegekend*: a decision's grant for the year
    (whenever it was taken), or a correction the year plan's rules make (``held_on`` None)."""

    held_on: dt.date | None
    code: str
    title: str
    kind: DecisionKind | RequestKind | None
    """The decision's kind, or a granted change request's (a carry-over)."""
    cents: int
    note: str
    """The decision's conditions, or why the plan counts the project differently."""


@dataclass(frozen=True, slots=True)
class ProjectFacts:
    """What the pack's overview says of a project beside its money."""

    start: dt.date | None
    end: dt.date | None
    leader: str
    opgave: str
    """The primary opgave's name in the pack's language."""
    forecast_cents: int
    """*Prognose* of its SGIA lines in the year: spent + committed + what is still planned."""


@dataclass(frozen=True, slots=True)
class Pack:
    year: int
    plan: YearPlanResult
    leads: dict[int, str]
    rag: dict[int, RagStatus | None]
    per_source: dict[int, dict[FundingSource, int]]
    """Each project's planned cents in the year per funding source."""
    cofinancing: dict[int, Decimal | None]
    """Each project's *cofinancieringsaandeel* over its whole budget (as its budget tab)."""
    decisions: list[DecisionEntry]
    indicators: PortfolioIndicators
    since: dt.date | None
    changes: list[SnapshotChange]
    trail: list[TrailLine] = field(default_factory=list)
    """Every grant for the year, whenever decided, and the plan's corrections: adds up to the
    year's toegekend (*Besluitenspoor*)."""
    facts: dict[int, ProjectFacts] = field(default_factory=dict)
    years: list[YearPlanResult] = field(default_factory=list)
    """Every planned year's plan (*Meerjarenoverzicht*), limited to the pack's projects."""
    lines: dict[int, list[tuple[LineRow, list[BookingRow]]]] = field(default_factory=dict)
    """Each project's budget lines of the year with their bookings (for the per-project sheets,
    when asked for)."""
    rag_notes: dict[int, str] = field(default_factory=dict)
    """Why a project is oranje or rood (only those)."""
    categories: Terms = field(default_factory=lambda: Terms(TermKind.COST_CATEGORY))
    """The portfolio's cost categories, naming the lines' categories."""
    splits: dict[int, dict[Dimension, dict[str, Decimal]]] = field(default_factory=dict)
    """The current value per gemeente / doelgroep of the indicators split so, by id."""

    def vrijval_cents(self, project_id: int) -> int:
        """Granted but not to be spent, by the project's forecast (granted projects only)."""
        figures = next((p for p in self.plan.projects if p.project_id == project_id), None)
        facts = self.facts.get(project_id)
        if figures is None or facts is None:
            return 0
        return vrijval_cents(figures, facts.forecast_cents)

    @property
    def forecast_cents(self) -> int:
        """The year-end forecast: the forecast of every project the plan counts."""
        return sum(self.facts[p.project_id].forecast_cents for p in self.plan.projects
                   if p.project_id in self.facts)  # fmt: skip

    @property
    def total_vrijval_cents(self) -> int:
        return sum(self.vrijval_cents(p.project_id) for p in self.plan.projects)


def pack(
    year: int, filters: ProjectFilter | None = None, *, session: Session,
    today: dt.date | None = None, with_lines: bool = False,
) -> Pack:  # fmt: skip
    """The pack of ``year``; with ``filters`` (the projects list's, when exported from it) only
    the projects the list shows — the year's norm and warnings stay the whole year's."""
    plan = year_plan(year, session=session)
    if filters is not None:
        shown = {row.id for row in project_rows(filters, session=session)}
        plan = replace(plan, projects=tuple(p for p in plan.projects if p.project_id in shown),
                       pipeline=tuple(p for p in plan.pipeline if p.project_id in shown))  # fmt: skip
    ids = [p.project_id for p in (*plan.projects, *plan.pipeline)]
    leads: dict[int, str] = {}
    rag: dict[int, RagStatus | None] = {}
    rag_notes: dict[int, str] = {}
    for pid, lead, short, status in session.exec(
        select(Project.id, Organisation.name, Organisation.short_name, Project.rag)
        .outerjoin(Organisation, col(Organisation.id) == col(Project.lead_organisation_id))
        .where(col(Project.id).in_(ids))
    ):
        leads[pid or 0] = short or lead or ""
        rag[pid or 0] = RagStatus(status) if status else None
    for pid, note in session.exec(
        select(Project.id, Project.rag_note).where(
            col(Project.id).in_(ids), col(Project.rag).in_([RagStatus.ORANJE, RagStatus.ROOD])
        )
    ):
        if note.strip():
            rag_notes[pid or 0] = note.strip()
    per_source: dict[int, dict[FundingSource, int]] = defaultdict(lambda: defaultdict(int))
    for pid, source, cents in session.exec(
        select(BudgetLine.project_id, BudgetLine.funding_source, BudgetLine.planned_cents).where(
            col(BudgetLine.year) == year, col(BudgetLine.project_id).in_(ids)
        )
    ):
        per_source[pid][FundingSource(source)] += cents
    whole: dict[int, dict[bool, int]] = defaultdict(lambda: defaultdict(int))
    for pid, source, cents in session.exec(
        select(BudgetLine.project_id, BudgetLine.funding_source, BudgetLine.planned_cents).where(
            col(BudgetLine.project_id).in_(ids)
        )
    ):
        whole[pid][FundingSource(source) is FundingSource.SGIA] += cents
    cofinancing = {
        pid: ProjectBudget.share_of_others(whole[pid][True], whole[pid][False]) for pid in ids
    }
    decisions = []
    for decision, meeting, code, title in session.exec(
        select(Decision, Meeting, Project.code, Project.title)
        .join(Meeting, col(Meeting.id) == col(Decision.meeting_id))
        .join(Project, col(Project.id) == col(Decision.project_id))
        .where(
            col(Meeting.held_on) >= dt.date(year, 1, 1),
            col(Meeting.held_on) <= dt.date(year, 12, 31),
        )
        .order_by(col(Meeting.held_on), col(Project.code))
    ):
        granted = session.exec(
            select(DecisionGrant.amount_cents).where(
                col(DecisionGrant.meeting_id) == meeting.id,
                col(DecisionGrant.project_id) == decision.project_id,
                col(DecisionGrant.year) == year,
            )
        ).first()
        decisions.append(DecisionEntry(meeting.held_on, code, title, decision.kind, int(granted or 0),
                                      decision.conditions))  # fmt: skip
    from fieldlab_desk.services.requests import requests

    terms = catalog.terms(TermKind.COST_CATEGORY, session=session)
    for r in requests(session=session):  # decisions on change requests, like the others
        if r.meeting_id is not None and r.decided_on is not None and r.decided_on.year == year:
            decisions.append(DecisionEntry(r.decided_on, r.code, r.title, r.kind, 0, r.decision_note,
                                          r.status, (r.what("nl", terms), r.what("en", terms))))  # fmt: skip
    decisions.sort(key=lambda d: (d.held_on, d.code))
    indicators = portfolio_indicators(IndicatorFilter(year=year), session=session, today=today,
                                      with_measurements=False)  # fmt: skip
    if filters is not None:
        kept = tuple(r for r in indicators.rows if r.project_id in set(ids))
        indicators = PortfolioIndicators(kept, indicators.totals if len(kept) == len(indicators.rows)
                                         else tuple(_totals_of(kept)))  # fmt: skip
    since, changes = changes_since_last_meeting(session=session)
    shown_codes = {p.code for p in (*plan.projects, *plan.pipeline)}
    if filters is not None:
        decisions = [d for d in decisions if d.code in shown_codes]
    indicators = _reported(indicators, plan, year, session)
    years = all_year_plans(session=session)
    if filters is not None:  # the list's projects only, as on the other sheets
        shown_ids = set(ids)
        years = [replace(y, projects=tuple(p for p in y.projects if p.project_id in shown_ids),
                         pipeline=tuple(p for p in y.pipeline if p.project_id in shown_ids))
                 for y in years]  # fmt: skip
    return Pack(year, plan, leads, rag, {k: dict(v) for k, v in per_source.items()}, cofinancing, decisions,
                indicators, since.held_on if since else None, changes, _trail(year, plan, session),
                _facts(ids, year, session), years,
                _lines(plan, year, session) if with_lines else {}, rag_notes=rag_notes,
                categories=catalog.terms(TermKind.COST_CATEGORY, session=session),
                splits=current_splits((r.indicator for r in indicators.rows), session=session,
                                      until=today))  # fmt: skip


def _trail(year: int, plan: YearPlanResult, session: Session) -> list[TrailLine]:
    """The grants for ``year`` of the plan's projects, whenever decided, then per project the
    difference the year plan's rules make: the lines add up to the year's toegekend."""
    counted = {p.project_id: p for p in plan.projects}
    every = {p.project_id: p for p in (*plan.projects, *plan.pipeline)}
    lines: list[TrailLine] = []
    granted: dict[int, int] = defaultdict(int)
    for cents, held_on, code, title, kind, conditions, pid in session.execute(
        select_rows(col(DecisionGrant.amount_cents), col(Meeting.held_on), col(Project.code),
               col(Project.title), col(Decision.kind), col(Decision.conditions), col(Project.id))
        .join(Meeting, col(Meeting.id) == col(DecisionGrant.meeting_id))
        .join(Project, col(Project.id) == col(DecisionGrant.project_id))
        .outerjoin(Decision, (col(Decision.meeting_id) == col(DecisionGrant.meeting_id))
                   & (col(Decision.project_id) == col(DecisionGrant.project_id)))
        .where(col(DecisionGrant.year) == year, col(DecisionGrant.project_id).in_(list(every)))
        .order_by(col(Meeting.held_on), col(Project.code))
    ):  # fmt: skip
        lines.append(TrailLine(held_on, code, title, DecisionKind(kind) if kind else None,
                               int(cents), conditions or ""))  # fmt: skip
        granted[pid or 0] += int(cents)
    request = models.ChangeRequest
    for cents, from_year, held_on, code, title, pid in session.execute(
        select_rows(col(request.amount_cents), col(request.year), col(Meeting.held_on),
                    col(Project.code), col(Project.title), col(Project.id))
        .join(Meeting, col(Meeting.id) == col(request.meeting_id))
        .join(Project, col(Project.id) == col(request.project_id))
        .where(col(request.kind) == RequestKind.OVERHEVELING,
               col(request.status) == RequestStatus.TOEGEKEND,
               col(request.year).in_([year - 1, year]), col(request.project_id).in_(list(every)))
        .order_by(col(Meeting.held_on), col(Project.code))
    ):  # fmt: skip
        out = from_year == year
        moved = -int(cents) if out else int(cents)
        lines.append(TrailLine(held_on, code, title, RequestKind.OVERHEVELING, moved,
                               "pack.trail_carried_out" if out else "pack.trail_carried_in"))  # fmt: skip
        granted[pid or 0] += moved
    lines.sort(key=lambda line: (line.held_on or dt.date.max, line.code))
    for pid, figures in sorted(every.items(), key=lambda item: item[1].code):
        counts = counted[pid].awarded_cents if pid in counted else 0
        difference = counts - granted.get(pid, 0)
        if difference:
            lines.append(TrailLine(None, figures.code, figures.title, None, difference,
                                   _why(figures, pid in counted)))  # fmt: skip
    return lines


def _lines(plan: YearPlanResult, year: int,
           session: Session) -> dict[int, list[tuple[LineRow, list[BookingRow]]]]:  # fmt: skip
    """Each counted project's lines of the year, every funding source, with their bookings."""
    found: dict[int, list[tuple[LineRow, list[BookingRow]]]] = {}
    for p in plan.projects:
        found[p.project_id] = [(line, bookings(line.id, session=session))
                               for line in budget_lines(p.project_id, session=session)
                               if line.year == year]  # fmt: skip
    return found


def _why(figures: ProjectYearFigures, counted: bool) -> str:
    """Why the plan counts a project's toegekend other than its grants (a stable code; the
    workbook says it in words)."""
    if not counted:
        return "pack.trail_pipeline"
    if figures.phase is Phase.GESTOPT:
        return "pack.trail_stopped"
    if figures.granted_cents is None:
        return "pack.trail_no_grant"
    return "pack.trail_phase"


def _facts(ids: list[int], year: int, session: Session) -> dict[int, ProjectFacts]:
    """Looptijd, projectleider, primary opgave and the year's SGIA forecast of each project."""
    lines: dict[int, tuple[int, int]] = {}
    for line_id, pid, planned in session.exec(
        select(col(BudgetLine.id), col(BudgetLine.project_id), col(BudgetLine.planned_cents))
        .where(col(BudgetLine.year) == year, col(BudgetLine.project_id).in_(ids),
               col(BudgetLine.funding_source) == FundingSource.SGIA)
    ):  # fmt: skip
        lines[line_id or 0] = (pid, planned)
    used: dict[int, int] = defaultdict(int)
    for model in (Commitment, Expense):
        for line_id, cents in session.exec(
            select(col(model.budget_line_id), func.sum(col(model.amount_cents)))
            .where(col(model.budget_line_id).in_(list(lines)))
            .group_by(col(model.budget_line_id))
        ):  # fmt: skip
            used[line_id] += int(cents)
    forecast: dict[int, int] = defaultdict(int)
    for line_id, (pid, planned) in lines.items():
        forecast[pid] += used[line_id] + max(planned - used[line_id], 0)
    facts = {}
    for pid, start, end, leader, name_nl in session.execute(
        select_rows(col(Project.id), col(Project.start_date), col(Project.end_date), col(Person.name),
               col(Theme.name_nl))
        .outerjoin(Person, col(Person.id) == col(Project.leader_person_id))
        .outerjoin(Theme, col(Theme.id) == col(Project.primary_theme_id))
        .where(col(Project.id).in_(ids))
    ):  # fmt: skip
        facts[pid or 0] = ProjectFacts(
            start, end, leader or "", name_nl or "", forecast.get(pid or 0, 0)
        )
    return facts


def _reported(indicators: PortfolioIndicators, plan: YearPlanResult, year: int,
              session: Session) -> PortfolioIndicators:  # fmt: skip
    """Rejected and stopped projects' indicators only when they measured something in the year."""
    rejected = {pid for pid, kind in latest_decisions(session=session).items()
                if kind is DecisionKind.AFGEWEZEN}  # fmt: skip
    stopped = set(session.exec(select(col(Project.id)).where(col(Project.phase) == Phase.GESTOPT)))
    gone = rejected | {pid for pid in stopped if pid is not None}
    if not gone:
        return indicators
    measured = set(session.exec(
        select(col(Indicator.project_id)).join(Measurement, col(Measurement.indicator_id) == col(Indicator.id))
        .where(col(Indicator.project_id).in_(gone), col(Measurement.measured_on) >= dt.date(year, 1, 1),
               col(Measurement.measured_on) <= dt.date(year, 12, 31)).distinct()
    ))  # fmt: skip
    kept = tuple(r for r in indicators.rows if r.project_id not in gone or r.project_id in measured)
    if len(kept) == len(indicators.rows):
        return indicators
    return PortfolioIndicators(kept, tuple(_totals_of(kept)))


def _totals_of(rows: tuple[PortfolioIndicator, ...]) -> list[Total]:
    summands = [
        Summand(r.indicator.library_id, r.indicator.unit, r.indicator.unit_subject,
                r.indicator.semantics, r.indicator.progress.actual if r.indicator.progress else None)
        for r in rows
    ]  # fmt: skip
    return totals(summands)
