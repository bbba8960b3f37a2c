"""*Voortgang*: a project's story per half year, in the four parts the network's half-year
reports use — resultaten (with numbers), bevindingen (negative findings included), vervolg and
kennisdeling. Written in the project editor's Voortgang tab (each part saved as one undoable
edit, in the history), printed under the project in the half-year report."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session, col, select

from fieldlab_desk.domain.errors import ValidationError
from fieldlab_desk.services.clock import today_of
from fieldlab_desk.services.edits import Edit, insert_row, set_fields

PARTS = ("results", "findings", "next_steps", "knowledge")
"""The story's parts, in the order every output shows them."""
PART_LIMIT = 4000  # characters per part: half a page of the report


@dataclass(frozen=True, slots=True)
class Story:
    period: str
    results: str = ""
    findings: str = ""
    next_steps: str = ""
    knowledge: str = ""
    id: int | None = None

    @property
    def empty(self) -> bool:
        return not any(getattr(self, part).strip() for part in PARTS)


def period_of(day: dt.date) -> str:
    """The half year a day lies in: ``2024H1`` or ``2024H2``."""
    return f"{day.year}H{1 if day.month <= 6 else 2}"


def previous_period(period: str) -> str:
    year, half = int(period[:4]), int(period[-1])
    return f"{year}H1" if half == 2 else f"{year - 1}H2"


def story(project_id: int, period: str, *, session: Session) -> Story:
    """The project's story for ``period`` (an empty one when none was written)."""
    from fieldlab_desk.domain.models import ProgressStory

    row = session.exec(
        select(ProgressStory).where(
            col(ProgressStory.project_id) == project_id, col(ProgressStory.period) == period
        )
    ).first()
    if row is None:
        return Story(period)
    return Story(row.period, row.results, row.findings, row.next_steps, row.knowledge, row.id)


def stories_of(period: str, project_ids: list[int], *, session: Session) -> dict[int, Story]:
    """The stories written for ``period`` by these projects (for the report), by project id."""
    from fieldlab_desk.domain.models import ProgressStory

    rows = session.exec(
        select(ProgressStory).where(
            col(ProgressStory.period) == period, col(ProgressStory.project_id).in_(project_ids)
        )
    )
    return {
        r.project_id: Story(r.period, r.results, r.findings, r.next_steps, r.knowledge, r.id)
        for r in rows
    }


def latest_story(project_id: int, *, session: Session) -> Story | None:
    """The newest story that says something (for the plan workbook and the plan on paper)."""
    from fieldlab_desk.domain.models import ProgressStory

    rows = session.exec(
        select(ProgressStory)
        .where(col(ProgressStory.project_id) == project_id)
        .order_by(col(ProgressStory.period).desc())
    )
    for r in rows:
        found = Story(r.period, r.results, r.findings, r.next_steps, r.knowledge, r.id)
        if not found.empty:
            return found
    return None


def story_periods(project_id: int, *, session: Session, today: dt.date | None = None) -> list[str]:
    """The half years a story can be written for: from the project's start to its end (or
    today, whichever is first), newest first; at least the current half year."""
    from fieldlab_desk.domain.models import Project

    today = today or today_of(session=session)
    project = session.get(Project, project_id)
    last = today if project is None or project.end_date is None else min(project.end_date, today)
    first = project.start_date if project is not None and project.start_date else last
    if first > last:
        first = last
    periods, period = [], period_of(last)
    while True:
        periods.append(period)
        if period == period_of(first):
            return periods
        period = previous_period(period)


def set_story(label: str, project_id: int, period: str, part: str, value: str, *,
              session: Session) -> Edit:  # fmt: skip
    """One part of the story of ``period``: an edit that creates the story or changes it."""
    from fieldlab_desk.services.report import parse_period

    if part not in PARTS:
        raise ValueError(f"not a part of a story: {part}")
    parse_period(period)  # a period the report knows, or a plain refusal
    text = value.replace("\r\n", "\n").strip()
    if len(text) > PART_LIMIT:
        raise ValidationError("story.too_long", field=part, length=len(text), limit=PART_LIMIT)
    found = story(project_id, period, session=session)
    if found.id is not None:
        return set_fields(label, "progress_story", (found.id,), {part: text}, session=session)
    if not text:
        return Edit(label)  # nothing to store for an empty part of a story not yet begun
    values = {"project_id": project_id, "period": period, **dict.fromkeys(PARTS, ""), part: text}
    return insert_row(label, "progress_story", values)
