"""What the steering-group pack shows for one year, in one read: the year plan (the same
figures as the Jaarplanning page), each project's penvoerder, co-financing and SGIA lines per
funding source, the decisions of the year, the indicators, and what changed since the last
meeting whose figures were frozen."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, replace
from decimal import Decimal

from sqlmodel import Session, col, select

from fieldlab_desk.domain.budget import ProjectBudget
from fieldlab_desk.domain.enums import DecisionKind, FundingSource, RagStatus
from fieldlab_desk.domain.indicators import Summand, Total, totals
from fieldlab_desk.domain.models import (
    BudgetLine,
    Decision,
    DecisionGrant,
    Meeting,
    Organisation,
    Project,
)
from fieldlab_desk.domain.snapshot import SnapshotChange
from fieldlab_desk.domain.yearplan import YearPlanResult
from fieldlab_desk.services.effect import (
    IndicatorFilter,
    PortfolioIndicator,
    PortfolioIndicators,
    portfolio_indicators,
)
from fieldlab_desk.services.projects import ProjectFilter, project_rows
from fieldlab_desk.services.steering import changes_since_last_meeting
from fieldlab_desk.services.yearplan import year_plan


@dataclass(frozen=True, slots=True)
class PackDecision:
    held_on: dt.date
    code: str
    title: str
    kind: DecisionKind
    granted_cents: int
    """What this decision grants for the pack's year."""
    conditions: str


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
    decisions: list[PackDecision]
    indicators: PortfolioIndicators
    since: dt.date | None
    changes: list[SnapshotChange]


def pack(
    year: int, filters: ProjectFilter | None = None, *, session: Session,
    today: dt.date | None = None,
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
    for pid, lead, short, status in session.exec(
        select(Project.id, Organisation.name, Organisation.short_name, Project.rag)
        .outerjoin(Organisation, col(Organisation.id) == col(Project.lead_organisation_id))
        .where(col(Project.id).in_(ids))
    ):
        leads[pid or 0] = short or lead or ""
        rag[pid or 0] = RagStatus(status) if status else None
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
        decisions.append(PackDecision(meeting.held_on, code, title, decision.kind, int(granted or 0),
                                      decision.conditions))  # fmt: skip
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
    return Pack(year, plan, leads, rag, {k: dict(v) for k, v in per_source.items()}, cofinancing, decisions,
                indicators, since.held_on if since else None, changes)  # fmt: skip


def _totals_of(rows: tuple[PortfolioIndicator, ...]) -> list[Total]:
    summands = [
        Summand(r.indicator.library_id, r.indicator.unit, r.indicator.unit_subject,
                r.indicator.semantics, r.indicator.progress.actual if r.indicator.progress else None)
        for r in rows
    ]  # fmt: skip
    return totals(summands)
