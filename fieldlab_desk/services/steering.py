"""The steering group's work: meetings, decisions (granting moves a project to goedgekeurd),
and snapshots of the figures presented at a meeting."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func
from sqlalchemy import select as select_columns
from sqlmodel import Session, col, select

from fieldlab_desk.domain.enums import (
    DecisionKind,
    FundingSource,
    MeetingKind,
    Phase,
    RequestKind,
    RequestStatus,
)
from fieldlab_desk.domain.errors import ValidationError
from fieldlab_desk.domain.models import (
    BudgetLine,
    Decision,
    Indicator,
    Meeting,
    MeetingSnapshot,
    Project,
    ToCElement,
    YearPlan,
)
from fieldlab_desk.domain.snapshot import SnapshotChange, diff_snapshots
from fieldlab_desk.services.budget import frozen_rate_edits
from fieldlab_desk.services.edits import (
    Edit,
    EditConflict,
    InsertRows,
    UpdateRow,
    _values,
    delete_row,
    insert_row,
)
from fieldlab_desk.services.yearplan import norm_cents, plan_years

GRANTING = (DecisionKind.TOEGEKEND, DecisionKind.VOORWAARDELIJK)


@dataclass(frozen=True, slots=True)
class DecisionEntry:
    """A decision in a list of them: the half-year report's decisions of the period, the
    steering-group pack's of the year."""

    held_on: dt.date
    code: str
    title: str
    kind: DecisionKind | RequestKind
    """The decision's kind, or (a decision on a change request) the request's."""
    granted_cents: int
    """What this decision grants (in the pack: for its year); 0 for a change request."""
    conditions: str
    status: RequestStatus | None = None
    """A change request's decision: toegekend or afgewezen."""
    said: tuple[str, str] = ("", "")
    """A change request: what it asked or (granted) changed, in Dutch and English."""


@dataclass(frozen=True, slots=True)
class MeetingRow:
    id: int
    held_on: dt.date
    kind: MeetingKind
    title: str
    snapshot_at: dt.datetime | None
    """When the figures presented at this meeting were frozen, if they were."""


def meetings(*, session: Session) -> list[MeetingRow]:
    """Every meeting, newest first, with when its figures were frozen."""
    frozen = (
        select(MeetingSnapshot.meeting_id, func.max(col(MeetingSnapshot.taken_at)).label("at"))
        .group_by(col(MeetingSnapshot.meeting_id))
        .subquery()
    )
    statement = (
        select(Meeting, frozen.c.at)
        .outerjoin(frozen, frozen.c.meeting_id == col(Meeting.id))
        .order_by(col(Meeting.held_on).desc(), col(Meeting.id).desc())
    )
    return [
        MeetingRow(m.id or 0, m.held_on, m.kind, m.title, _aware(at))
        for m, at in session.exec(statement)
    ]


def _aware(moment: dt.datetime | None) -> dt.datetime | None:
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=dt.UTC)  # stored in UTC; SQLite drops the zone


@dataclass(frozen=True, slots=True)
class DecisionRow:
    code: str
    title: str
    kind: DecisionKind
    amount_granted_cents: int | None
    conditions: str
    note: str


def meeting_decisions(meeting_id: int, *, session: Session) -> list[DecisionRow]:
    statement = (
        select(Decision, Project.code, Project.title)
        .join(Project, col(Project.id) == col(Decision.project_id))
        .where(col(Decision.meeting_id) == meeting_id)
        .order_by(col(Project.code))
    )
    return [
        DecisionRow(code, title, d.kind, d.amount_granted_cents, d.conditions, d.note)
        for d, code, title in session.exec(statement)
    ]


@dataclass(frozen=True, slots=True)
class SteeringView:
    """The Stuurgroep page: the meetings and what changed since the last frozen figures."""

    meetings: list[MeetingRow]
    since: MeetingRow | None
    changes: list[SnapshotChange]


def steering_view(*, session: Session) -> SteeringView:
    rows = meetings(session=session)
    since, changes = changes_since_last_meeting(session=session)
    since_row = next((m for m in rows if since is not None and m.id == since.id), None)
    return SteeringView(rows, since_row, changes)


@dataclass(frozen=True, slots=True)
class DecisionCandidate:
    """A project the steering group can decide on, with its SGIA ask (all years, and per year)."""

    id: int
    code: str
    title: str
    phase: Phase
    asked_cents: int
    asked_per_year: dict[int, int]


def decision_candidates(*, session: Session) -> list[DecisionCandidate]:
    """Every project, proposals first, with its SGIA ask summed in SQL."""
    asked = (
        select(BudgetLine.project_id, func.sum(BudgetLine.planned_cents).label("total"))
        .where(col(BudgetLine.funding_source) == FundingSource.SGIA)
        .group_by(col(BudgetLine.project_id))
        .subquery()
    )
    statement = (
        select_columns(col(Project.id), col(Project.code), col(Project.title), col(Project.phase), func.coalesce(asked.c.total, 0))
        .outerjoin(asked, asked.c.project_id == col(Project.id))
        .order_by(col(Project.phase) != Phase.VOORSTEL, col(Project.code))
    )  # fmt: skip
    per_year: dict[int, dict[int, int]] = {}
    years = (
        select(BudgetLine.project_id, BudgetLine.year, func.sum(BudgetLine.planned_cents))
        .where(col(BudgetLine.funding_source) == FundingSource.SGIA)
        .group_by(col(BudgetLine.project_id), col(BudgetLine.year))
    )
    for pid, year, cents in session.connection().execute(years).all():
        per_year.setdefault(int(pid), {})[int(year)] = int(cents)
    return [
        DecisionCandidate(int(pid or 0), code, title, Phase(phase), int(total), per_year.get(int(pid or 0), {}))
        for pid, code, title, phase, total in session.connection().execute(statement).all()
    ]  # fmt: skip


def add_meeting(label: str, held_on: dt.date, kind: MeetingKind, title: str) -> Edit:
    return insert_row(
        label, "meeting", {"held_on": held_on, "kind": kind, "title": title.strip(), "note": ""}
    )


def record_decision(
    label: str,
    meeting_id: int,
    project_id: int,
    kind: DecisionKind,
    grants: Mapping[int, int],
    conditions: str,
    note: str,
    *,
    who: str,
    session: Session,
) -> Edit:
    """Record a decision.

    Granting (*toegekend*, *voorwaardelijk*) records the amount per year in ``grants`` (year →
    cents), moves a proposal to *goedgekeurd* and freezes its hourly rates. Rejecting
    (*afgewezen*) stops a proposal, so it leaves the pipeline; *aangehouden* leaves it there.
    """
    meeting = session.get(Meeting, meeting_id)
    project = session.get(Project, project_id)
    if meeting is None or project is None:
        raise EditConflict("edit.not_found")
    for problem in decision_problems(
        meeting_id, project_id, kind, grants, conditions, session=session
    ):
        raise problem
    granting = kind in GRANTING
    total = sum(grants.values()) if granting else None
    values = {"meeting_id": meeting_id, "project_id": project_id, "kind": kind,
              "amount_granted_cents": total, "conditions": conditions.strip() if kind is
              DecisionKind.VOORWAARDELIJK else "", "note": note.strip()}  # fmt: skip
    grant_rows = tuple(
        ("decision_grant", _values({"meeting_id": meeting_id, "project_id": project_id,
                                    "year": year, "amount_cents": cents}))
        for year, cents in sorted(grants.items()) if granting and cents > 0
    )  # fmt: skip
    operations: list[Any] = [InsertRows(("decision", _values(values)), grant_rows)]
    if granting or kind is DecisionKind.AFGEWEZEN:
        new_phase = Phase.GOEDGEKEURD if granting else Phase.GESTOPT
        if project.phase in (Phase.IDEE, Phase.VOORSTEL):
            operations.append(
                UpdateRow(
                    "project", (project_id,), (("phase", project.phase),), (("phase", new_phase),)
                )
            )
            history = {"project_id": project_id, "changed_on": meeting.held_on, "from_phase": project.phase,
                       "to_phase": new_phase, "changed_by": who, "note": label}  # fmt: skip
            operations.append(InsertRows(("phase_change", _values(history))))
    if granting:
        operations += frozen_rate_edits(project_id, session=session)
    return Edit(label, tuple(operations))


def decision_problems(
    meeting_id: int,
    project_id: int,
    kind: DecisionKind,
    grants: Mapping[int, int],
    conditions: str,
    *,
    session: Session,
) -> list[ValidationError]:
    """What keeps a decision from being complete, each naming the field it is about."""
    problems = []
    if kind in GRANTING and sum(grants.values()) <= 0:
        problems.append(ValidationError("decision.amount_needed", field="amount"))
    if any(cents < 0 for cents in grants.values()):
        problems.append(ValidationError("decision.amount_negative", field="amount"))
    if kind is DecisionKind.VOORWAARDELIJK and not conditions.strip():
        problems.append(ValidationError("decision.conditions_needed", field="conditions"))
    taken = session.exec(
        select(Decision.id).where(
            col(Decision.meeting_id) == meeting_id, col(Decision.project_id) == project_id
        )
    ).first()
    if taken is not None:
        problems.append(ValidationError("decision.exists", field="project"))
    return problems


def current_state(*, session: Session) -> dict[str, Any]:
    """The figures a snapshot freezes: per project and the year norms (JSON-ready)."""
    sgia: dict[int, dict[str, int]] = {}
    statement = (
        select(BudgetLine.project_id, BudgetLine.year, func.sum(BudgetLine.planned_cents))
        .where(col(BudgetLine.funding_source) == FundingSource.SGIA)
        .group_by(col(BudgetLine.project_id), col(BudgetLine.year))
    )
    for project_id, year, total in session.exec(statement):
        sgia.setdefault(project_id, {})[str(year)] = int(total)
    decisions: dict[int, list[dict[str, str]]] = {}
    for decision, meeting in session.exec(
        select(Decision, Meeting)
        .join(Meeting, col(Meeting.id) == col(Decision.meeting_id))
        .order_by(col(Meeting.held_on), col(Decision.id))
    ):
        decisions.setdefault(decision.project_id, []).append(
            {"held_on": meeting.held_on.isoformat(), "kind": decision.kind.value}
        )
    toc: dict[int, list[str]] = {}
    for element in session.exec(
        select(ToCElement).order_by(col(ToCElement.sort_order), col(ToCElement.id))
    ):
        toc.setdefault(element.project_id, []).append(f"{element.level.value}: {element.text}")
    targets: dict[int, dict[str, str]] = {}
    for indicator in session.exec(select(Indicator)):
        target = (
            str(indicator.target_value.normalize()) if indicator.target_value is not None else ""
        )
        targets.setdefault(indicator.project_id, {})[indicator.name] = target
    projects = {
        p.code: {
            "title": p.title,
            "phase": p.phase.value,
            "sgia": sgia.get(p.id or 0, {}),
            "decisions": decisions.get(p.id or 0, []),
            "toc": toc.get(p.id or 0, []),
            "targets": targets.get(p.id or 0, {}),
        }
        for p in session.exec(select(Project))
    }
    norms = {str(y): norm_cents(y, session=session) for y in plan_years(session=session)}
    return {"projects": projects, "norms": norms}


def take_snapshot(label: str, meeting_id: int, *, session: Session) -> Edit:
    """Freeze the current figures with a meeting, replacing what was frozen with it before."""
    payload = json.dumps(current_state(session=session), ensure_ascii=False, sort_keys=True)
    earlier = session.exec(
        select(MeetingSnapshot.id).where(col(MeetingSnapshot.meeting_id) == meeting_id)
    ).all()
    replaced = [
        op for snapshot_id in earlier
        for op in delete_row(label, "meeting_snapshot", (snapshot_id,), session=session).operations
    ]  # fmt: skip
    insert = insert_row(
        label,
        "meeting_snapshot",
        {"meeting_id": meeting_id, "taken_at": dt.datetime.now(dt.UTC), "payload": payload},
    )
    return Edit(label, (*replaced, *insert.operations))


def latest_snapshot(*, session: Session) -> tuple[Meeting, dict[str, Any]] | None:
    statement = (
        select(MeetingSnapshot, Meeting)
        .join(Meeting, col(Meeting.id) == col(MeetingSnapshot.meeting_id))
        .order_by(col(Meeting.held_on).desc(), col(MeetingSnapshot.taken_at).desc())
    )
    row = session.exec(statement).first()
    if row is None:
        return None
    snapshot, meeting = row
    return meeting, json.loads(snapshot.payload)


def changes_since_last_meeting(*, session: Session) -> tuple[Meeting | None, list[SnapshotChange]]:
    latest = latest_snapshot(session=session)
    if latest is None:
        return None, []
    meeting, payload = latest
    return meeting, diff_snapshots(payload, current_state(session=session))


def set_norm(label: str, year: int, cents: int, *, session: Session) -> Edit:
    """Set a year's norm (more than € 0), creating its year plan when there is none yet."""
    if cents <= 0:
        raise ValidationError("norm.positive", field="norm")
    plan = session.exec(select(YearPlan).where(col(YearPlan.year) == year)).first()
    if plan is None:
        return insert_row(label, "year_plan", {"year": year, "norm_cents": cents, "note": ""})
    return Edit(
        label,
        (
            UpdateRow(
                "year_plan",
                (plan.id,),
                (("norm_cents", plan.norm_cents),),
                (("norm_cents", cents),),
            ),
        ),
    )
