"""The half-year report (halfjaarrapportage): per project its *Resultaten* (indicators with
figures and status as they stood at the end of the period) and *Inspanningen* (activities and
milestones), phase, budget position and the decisions of the period — for one project or for
every project that ran in the period. Figures are as of the period's last day."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from sqlalchemy import func
from sqlmodel import Session, col, select

from fieldlab_desk.domain.enums import (
    DecisionKind,
    FundingSource,
    Phase,
    RagStatus,
    ToCLevel,
)
from fieldlab_desk.domain.errors import InvalidInput, ValidationError
from fieldlab_desk.domain.models import (
    BudgetLine,
    ChangeRecord,
    Commitment,
    Decision,
    DecisionGrant,
    Expense,
    Meeting,
    Milestone,
    Organisation,
    Person,
    Project,
)
from fieldlab_desk.domain.terms import TermKind
from fieldlab_desk.domain.yearplan import YearPlanResult
from fieldlab_desk.services import catalog
from fieldlab_desk.services.effect import IndicatorRow, project_indicators
from fieldlab_desk.services.periods import Closure, closures
from fieldlab_desk.services.scaling import ScalingView, scaling_view
from fieldlab_desk.services.steering import DecisionEntry
from fieldlab_desk.services.stories import Story, stories_of
from fieldlab_desk.services.toc import chain
from fieldlab_desk.services.yearplan import phases_on, year_plan

PERIOD = re.compile(r"^\s*(\d{4})\s*[Hh]\s*([12])\s*$")
LEFT_OUT = (Phase.IDEE, Phase.VOORSTEL)  # nothing to report on yet


@dataclass(frozen=True, slots=True)
class Period:
    year: int
    half: int

    @property
    def start(self) -> dt.date:
        return dt.date(self.year, 1 if self.half == 1 else 7, 1)

    @property
    def end(self) -> dt.date:
        return dt.date(self.year, 6, 30) if self.half == 1 else dt.date(self.year, 12, 31)

    @property
    def code(self) -> str:
        return f"{self.year}H{self.half}"


def parse_period(text: str) -> Period:
    """``2024H1`` (January–June) or ``2024H2`` (July–December)."""
    match = PERIOD.match(text)
    if match is None or not 2000 <= int(match.group(1)) <= 2100:
        raise InvalidInput("report.period", text=text.strip())
    return Period(int(match.group(1)), int(match.group(2)))


@dataclass(frozen=True, slots=True)
class MilestoneLine:
    title: str
    due: dt.date | None
    done: dt.date | None


@dataclass(frozen=True, slots=True)
class DecisionLine:
    held_on: dt.date
    kind: DecisionKind
    granted_cents: int
    conditions: str


@dataclass(frozen=True, slots=True)
class ActivityLine:
    text: str
    cost_cents: int


@dataclass(frozen=True, slots=True)
class ProjectReport:
    project_id: int
    code: str
    title: str
    phase: Phase
    lead: str
    leader: str
    start: dt.date | None
    end: dt.date | None
    indicators: tuple[IndicatorRow, ...]
    activities: tuple[ActivityLine, ...]
    milestones: tuple[MilestoneLine, ...]
    planned_sgia_cents: int
    granted_cents: int
    committed_cents: int
    spent_cents: int
    decisions: tuple[DecisionLine, ...]
    result_text: str
    rag: RagStatus | None = None
    """The RAG status the project had on the period's last day (from the change history)."""
    rag_note: str = ""
    """Its explanation then, for oranje and rood."""
    story: Story | None = None
    """The project's *Voortgang* for the period, when one was written."""
    groups: dict[str, tuple[str, str]] = field(default_factory=dict)
    """What the project is grouped under, per grouping: ``opgave`` (its primary opgave) and
    ``programmalijn`` (its first programme line), each as (Dutch, English) name."""


@dataclass(frozen=True, slots=True)
class HalfYearReport:
    period: Period
    projects: tuple[ProjectReport, ...]
    whole_portfolio: bool
    made_on: dt.date
    decisions: tuple[DecisionEntry, ...] = ()
    """Every decision taken in the period, whatever the project's phase (portfolio report)."""
    money: tuple[YearPlanResult, ...] = ()
    """The year plan of each year the period touches, as of the period's last day."""
    group_by: str = "project"
    """``project`` (one after another, by code), ``opgave`` or ``programmalijn``: the projects
    under a heading per result area, as the network's own reports group them."""
    sender: str = ""
    """Who sends it: the portfolio's owner organisation (the file's own record)."""
    addressee: str = ""
    """To whom, as the user gave it (e.g. "Stuurgroep Drentse Innovatieagenda")."""
    scaling: ScalingView | None = None
    """How far the innovations spread by the period's end (portfolio report)."""
    closings: tuple[Closure, ...] = ()
    """The period's closings and reopenings, oldest first (*vastgesteld op … door …*)."""

    @property
    def closed(self) -> Closure | None:
        """The closing that holds now, if the period is closed."""
        return self.closings[-1] if self.closings and self.closings[-1].closed else None

    @property
    def without_story(self) -> tuple[ProjectReport, ...]:
        """The projects that wrote no Voortgang for the period: whom the secretary chases."""
        return tuple(p for p in self.projects if p.story is None or p.story.empty)

    @property
    def as_of(self) -> dt.date:
        """The day the report's facts are of: the period's last day."""
        return self.period.end


def half_year_report(
    period: Period, project_code: str | None = None, *, session: Session,
    today: dt.date | None = None, addressee: str = "", group_by: str = "project",
) -> HalfYearReport:  # fmt: skip
    """The report for one project (by code) or for every project that ran in the period;
    ``group_by`` orders the projects by ``opgave`` or ``programmalijn`` (then by code)."""
    if group_by not in GROUPINGS:
        raise InvalidInput("report.group_by", text=group_by)
    report = _half_year_report(period, project_code, session=session, today=today)
    from fieldlab_desk.services.file_info import INFO_OWNER, info_values

    sender = info_values(session=session).get(INFO_OWNER, "")
    projects = report.projects
    if group_by != "project":
        names = _group_names([p.project_id for p in projects], session)
        projects = tuple(sorted(
            (replace(p, groups=names.get(p.project_id, {})) for p in projects),
            key=lambda p: (p.groups.get(group_by, ("~", "~"))[0], p.code),
        ))  # fmt: skip
    return replace(report, projects=projects, sender=sender, addressee=addressee.strip(),
                   group_by=group_by,
                   closings=tuple(closures(session=session, period=period.code)))  # fmt: skip


GROUPINGS = ("project", "opgave", "programmalijn")


def _group_names(ids: list[int], session: Session) -> dict[int, dict[str, tuple[str, str]]]:
    """Each project's primary opgave and first programme line, in both languages."""
    from fieldlab_desk.domain.enums import ThemeKind
    from fieldlab_desk.domain.models import ProjectTheme, Theme

    found: dict[int, dict[str, tuple[str, str]]] = {pid: {} for pid in ids}
    for pid, dutch, english in session.exec(
        select(col(Project.id), col(Theme.name_nl), col(Theme.name_en))
        .join(Theme, col(Theme.id) == col(Project.primary_theme_id))
        .where(col(Project.id).in_(ids))
    ):  # fmt: skip
        found[pid or 0]["opgave"] = (dutch, english)
    for pid, dutch, english in session.exec(
        select(col(ProjectTheme.project_id), col(Theme.name_nl), col(Theme.name_en))
        .join(Theme, col(Theme.id) == col(ProjectTheme.theme_id))
        .where(col(ProjectTheme.project_id).in_(ids), col(Theme.kind) == ThemeKind.PROGRAMMALIJN)
        .order_by(col(Theme.code))
    ):  # fmt: skip
        found[pid].setdefault("programmalijn", (dutch, english))
    return found


def _half_year_report(
    period: Period, project_code: str | None, *, session: Session, today: dt.date | None
) -> HalfYearReport:
    statement = select(Project).order_by(col(Project.code))
    if project_code:
        statement = statement.where(func.upper(col(Project.code)) == project_code.strip().upper())
        found = list(session.exec(statement))
        if not found:
            raise ValidationError("toc.no_project", field="project", project=project_code)
    else:
        statement = statement.where(
            (col(Project.start_date).is_(None)) | (col(Project.start_date) <= period.end),
            (col(Project.end_date).is_(None)) | (col(Project.end_date) >= period.start),
        )
        found = list(session.exec(statement))
    then = phases_on(period.end, session=session)
    phases = {p.id or 0: then.get(p.id or 0, p.phase) for p in found}
    if not project_code:  # the projects that had something to report on then
        found = [p for p in found if phases[p.id or 0] not in LEFT_OUT]
    written = stories_of(period.code, [p.id or 0 for p in found], session=session)
    reports = tuple(
        replace(_project(p, phases[p.id or 0], period, session), story=written.get(p.id or 0))
        for p in found
    )
    if project_code:
        return HalfYearReport(period, reports, False, today or dt.date.today())
    money = (year_plan(period.year, session=session, as_of=period.end),)  # a half year: one year
    spread = scaling_view(session=session, as_of=period.end)
    return HalfYearReport(period, reports, True, today or dt.date.today(),
                          _portfolio_decisions(period, session), money, scaling=spread)  # fmt: skip


def _portfolio_decisions(period: Period, session: Session) -> tuple[DecisionEntry, ...]:
    """Every decision of the period, by date and project, with what it granted then."""
    granted: dict[tuple[int, int], int] = {}
    for meeting_id, project_id, cents in session.exec(
        select(DecisionGrant.meeting_id, DecisionGrant.project_id,
               func.sum(col(DecisionGrant.amount_cents)))
        .join(Meeting, col(Meeting.id) == col(DecisionGrant.meeting_id))
        .where(col(Meeting.held_on) >= period.start, col(Meeting.held_on) <= period.end)
        .group_by(col(DecisionGrant.meeting_id), col(DecisionGrant.project_id))
    ):  # fmt: skip
        granted[(meeting_id, project_id)] = int(cents)
    rows = session.exec(
        select(Decision, col(Meeting.held_on), col(Project.code), col(Project.title))
        .join(Meeting, col(Meeting.id) == col(Decision.meeting_id))
        .join(Project, col(Project.id) == col(Decision.project_id))
        .where(col(Meeting.held_on) >= period.start, col(Meeting.held_on) <= period.end)
        .order_by(col(Meeting.held_on), col(Project.code), col(Decision.id))
    )  # fmt: skip
    found = [
        DecisionEntry(held_on, code, title, d.kind,
                          granted.get((d.meeting_id, d.project_id), 0), d.conditions)
        for d, held_on, code, title in rows
    ]  # fmt: skip
    from fieldlab_desk.services.requests import requests

    categories = catalog.terms(TermKind.COST_CATEGORY, session=session)
    for r in requests(session=session):  # decided at a meeting of the period
        if r.meeting_id is None or r.decided_on is None:
            continue
        if period.start <= r.decided_on <= period.end:
            found.append(DecisionEntry(r.decided_on, r.code, r.title, r.kind, 0,
                                           r.decision_note, r.status,
                                           (r.what("nl", categories), r.what("en", categories))))  # fmt: skip
    found.sort(key=lambda d: (d.held_on, d.code))
    return tuple(found)


FINISHED = (Phase.AFGEROND, Phase.GESTOPT)  # a result to state


def _project(project: Project, phase: Phase, period: Period, session: Session) -> ProjectReport:
    """One project as it stood on the period's last day: its phase then, its result only when
    it had finished or stopped by then."""
    pid = project.id or 0
    lead = (
        session.get(Organisation, project.lead_organisation_id)
        if project.lead_organisation_id
        else None
    )
    leader = session.get(Person, project.leader_person_id) if project.leader_person_id else None
    view = chain(pid, session=session)
    activities = tuple(
        ActivityLine(e.text, e.cost_cents) for e in (view.at(ToCLevel.ACTIVITEIT) if view else [])
    )
    then = fields_on(session, pid, period.end, rag=project.rag, rag_note=project.rag_note,
                     result_text=project.result_text)  # fmt: skip
    rag = RagStatus(then["rag"]) if then["rag"] else None
    return ProjectReport(
        pid, project.code, project.title, phase, lead.name if lead else "",
        leader.name if leader else "", project.start_date, project.end_date,
        tuple(project_indicators(pid, session=session, today=period.end)), activities,
        _milestones(pid, period, session), *_money(pid, period, session),
        _decisions(pid, period, session), (then["result_text"] or "") if phase in FINISHED else "",
        rag, (then["rag_note"] or "") if rag in (RagStatus.ORANJE, RagStatus.ROOD) else "",
    )  # fmt: skip


def fields_on(
    session: Session, project_id: int, day: dt.date, **now: object
) -> dict[str, str | None]:
    """Fields of a project as they were at the end of ``day``: for each field changed since, the
    old value of its first later change in the history; else its value ``now`` (as the history
    writes values: an enum by its value). The history's times are UTC; a day ends at midnight
    UTC."""
    after = dt.datetime.combine(day + dt.timedelta(days=1), dt.time.min, tzinfo=dt.UTC)
    found: dict[str, str | None] = {
        name: (str(value.value) if isinstance(value, RagStatus) else None if value is None
               else str(value))
        for name, value in now.items()
    }  # fmt: skip
    rows = session.exec(
        select(ChangeRecord.field, ChangeRecord.old_value)
        .where(col(ChangeRecord.entity) == "project", col(ChangeRecord.entity_id) == project_id,
               col(ChangeRecord.field).in_(list(now)), col(ChangeRecord.at) >= after)
        .order_by(col(ChangeRecord.at), col(ChangeRecord.batch), col(ChangeRecord.seq))
    )  # fmt: skip
    seen: set[str] = set()
    for name, old in rows:
        if name not in seen:
            seen.add(name)
            found[name] = old
    return found


def _milestones(project_id: int, period: Period, session: Session) -> tuple[MilestoneLine, ...]:
    """Milestones due or reached in the period, and those overdue at its end."""
    rows = session.exec(
        select(Milestone)
        .where(col(Milestone.project_id) == project_id)
        .order_by(col(Milestone.due_date), col(Milestone.id))
    )
    chosen = []
    for m in rows:
        in_period = any(d is not None and period.start <= d <= period.end
                        for d in (m.due_date, m.done_date))  # fmt: skip
        overdue = m.due_date is not None and m.due_date < period.start and (
            m.done_date is None or m.done_date > period.end)  # fmt: skip
        if in_period or overdue:
            done = m.done_date if m.done_date is not None and m.done_date <= period.end else None
            chosen.append(MilestoneLine(m.title, m.due_date, done))
    return tuple(chosen)


def _money(project_id: int, period: Period, session: Session) -> tuple[int, int, int, int]:
    """SGIA planned, granted by the period's end, committed and spent on SGIA lines until then."""
    sgia = (col(BudgetLine.project_id) == project_id) & (
        col(BudgetLine.funding_source) == FundingSource.SGIA
    )
    planned = session.exec(
        select(func.coalesce(func.sum(col(BudgetLine.planned_cents)), 0)).where(sgia)
    ).one()
    granted = session.exec(
        select(func.coalesce(func.sum(col(DecisionGrant.amount_cents)), 0))
        .join(Meeting, col(Meeting.id) == col(DecisionGrant.meeting_id))
        .where(col(DecisionGrant.project_id) == project_id, col(Meeting.held_on) <= period.end)
    ).one()

    def booked(model: type[Commitment] | type[Expense], day: object) -> int:
        return int(session.exec(
            select(func.coalesce(func.sum(col(model.amount_cents)), 0))
            .join(BudgetLine, col(BudgetLine.id) == col(model.budget_line_id))
            .where(sgia, day <= period.end)  # type: ignore[operator]
        ).one())  # fmt: skip

    return (int(planned), int(granted), booked(Commitment, col(Commitment.committed_on)),
            booked(Expense, col(Expense.spent_on)))  # fmt: skip


def _decisions(project_id: int, period: Period, session: Session) -> tuple[DecisionLine, ...]:
    rows = session.exec(
        select(Decision, Meeting)
        .join(Meeting, col(Meeting.id) == col(Decision.meeting_id))
        .where(col(Decision.project_id) == project_id, col(Meeting.held_on) >= period.start,
               col(Meeting.held_on) <= period.end)
        .order_by(col(Meeting.held_on))
    )  # fmt: skip
    lines = []
    for decision, meeting in rows:
        granted = session.exec(
            select(func.coalesce(func.sum(col(DecisionGrant.amount_cents)), 0)).where(
                col(DecisionGrant.project_id) == project_id,
                col(DecisionGrant.meeting_id) == meeting.id,
            )
        ).one()
        lines.append(
            DecisionLine(meeting.held_on, decision.kind, int(granted), decision.conditions)
        )
    return tuple(lines)
