"""Portfolio-wide counts for the dashboard."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import Session, col, select

from fieldlab_desk.domain.enums import Phase
from fieldlab_desk.domain.models import Project


def projects_by_phase(*, session: Session) -> dict[Phase, int]:
    rows = session.exec(select(Project.phase, func.count()).group_by(col(Project.phase)))
    counts = {Phase(phase): int(n) for phase, n in rows}
    return {phase: counts.get(phase, 0) for phase in Phase}
