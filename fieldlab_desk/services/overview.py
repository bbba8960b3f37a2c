"""Portfolio-wide counts for the overview pages: projects per phase, meetings and decisions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func
from sqlalchemy import select as select_columns
from sqlmodel import Session, col, select

from fieldlab_desk.domain.enums import DecisionKind, MeetingKind, Phase
from fieldlab_desk.domain.models import Decision, Meeting, Project


def projects_by_phase(*, session: Session) -> dict[Phase, int]:
    rows = session.exec(select(Project.phase, func.count()).group_by(col(Project.phase)))
    counts = {Phase(phase): int(n) for phase, n in rows}
    return {phase: counts.get(phase, 0) for phase in Phase}


@dataclass(frozen=True, slots=True)
class DecisionLine:
    held_on: dt.date
    meeting_kind: MeetingKind
    code: str
    title: str
    kind: DecisionKind
    amount_cents: int | None
    conditions: str
    note: str


def decisions(*, session: Session) -> list[DecisionLine]:
    """Every steering-group decision, newest meeting first."""
    statement = (
        select_columns(col(Meeting.held_on), col(Meeting.kind), col(Project.code), col(Project.title),
                       col(Decision.kind), col(Decision.amount_granted_cents), col(Decision.conditions), col(Decision.note))
        .join(Meeting, col(Meeting.id) == col(Decision.meeting_id))
        .join(Project, col(Project.id) == col(Decision.project_id))
        .order_by(col(Meeting.held_on).desc(), col(Project.code))
    )  # fmt: skip
    return [DecisionLine(*row) for row in session.execute(statement)]
