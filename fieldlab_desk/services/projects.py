"""Projects for the app: the filtered table, one project's details, validation and edits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import and_, extract, func, or_
from sqlalchemy import select as select_columns
from sqlmodel import Session, col, select

from fieldlab_desk.domain import models
from fieldlab_desk.domain.enums import ChangeAction, FundingSource, Phase, RagStatus
from fieldlab_desk.domain.errors import ValidationError
from fieldlab_desk.domain.models import (
    BudgetLine,
    ChangeRecord,
    Fieldlab,
    Organisation,
    Project,
    ProjectOrganisation,
    ProjectTheme,
    Theme,
)
from fieldlab_desk.domain.validation import line_problems
from fieldlab_desk.services.edits import (
    Edit,
    EditConflict,
    UpdateRow,
    delete_row,
    insert_row,
    set_fields,
)
from fieldlab_desk.services.rows import frozen_copy

EDITABLE_FIELDS = (
    "code", "title", "summary", "need", "goal", "fieldlab_id", "primary_theme_id",
    "lead_organisation_id", "leader_person_id", "start_date", "end_date", "rag",
    "rag_note", "scaling_plan", "result_text",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class ProjectFilter:
    text: str = ""
    year: int | None = None
    phase: Phase | None = None
    theme_id: int | None = None
    fieldlab_id: int | None = None
    organisation_id: int | None = None


class ProjectRow(NamedTuple):
    """One line of the projects table (a named tuple: the national file's 5.000 are made in
    5 ms, where frozen dataclasses took 15)."""

    id: int
    code: str
    title: str
    fieldlab: str
    lead: str
    phase: Phase
    opgave: str
    opgave_en: str
    start_date: dt.date | None
    end_date: dt.date | None
    sgia_cents: int


def project_rows(filters: ProjectFilter, *, session: Session) -> list[ProjectRow]:
    """The projects matching ``filters``, sorted by code: one query, filtered in SQL."""
    sgia = (
        select(BudgetLine.project_id, func.sum(BudgetLine.planned_cents).label("total"))
        .where(col(BudgetLine.funding_source) == FundingSource.SGIA)
        .group_by(col(BudgetLine.project_id))
    )
    if filters.year is not None:
        sgia = sgia.where(col(BudgetLine.year) == filters.year)
    money = sgia.subquery()
    statement = (
        select_columns(
            col(Project.id), col(Project.code), col(Project.title), col(Fieldlab.name), col(Organisation.short_name),
            col(Organisation.name), col(Project.phase), col(Theme.name_nl), col(Theme.name_en), col(Project.start_date),
            col(Project.end_date), func.coalesce(money.c.total, 0),
        )
        .outerjoin(Fieldlab, col(Fieldlab.id) == col(Project.fieldlab_id))
        .outerjoin(Organisation, col(Organisation.id) == col(Project.lead_organisation_id))
        .outerjoin(Theme, col(Theme.id) == col(Project.primary_theme_id))
        .outerjoin(money, money.c.project_id == col(Project.id))
        .where(*_conditions(filters))
        .order_by(col(Project.code))
    )  # fmt: skip
    rows = session.connection().execute(statement).all()  # one fetchall: much faster than iterating
    return [
        ProjectRow(pid or 0, code, title, lab or "", short or name or "", phase, theme or "",
                   theme_en or "", start, end, int(total))
        for pid, code, title, lab, short, name, phase, theme, theme_en, start, end, total in rows
    ]  # fmt: skip


def _conditions(filters: ProjectFilter) -> list[Any]:
    conditions: list[Any] = []
    if filters.text.strip():
        pattern = f"%{filters.text.strip()}%"
        conditions.append(
            or_(
                col(Project.code).ilike(pattern),
                col(Project.title).ilike(pattern),
                col(Project.summary).ilike(pattern),
            )
        )
    if filters.phase is not None:
        conditions.append(col(Project.phase) == filters.phase)
    if filters.fieldlab_id is not None:
        conditions.append(col(Project.fieldlab_id) == filters.fieldlab_id)
    if filters.theme_id is not None:
        further = select(ProjectTheme.project_id).where(
            col(ProjectTheme.theme_id) == filters.theme_id
        )
        conditions.append(
            or_(col(Project.primary_theme_id) == filters.theme_id, col(Project.id).in_(further))
        )
    if filters.organisation_id is not None:
        member = select(ProjectOrganisation.project_id).where(
            col(ProjectOrganisation.organisation_id) == filters.organisation_id
        )
        conditions.append(
            or_(
                col(Project.lead_organisation_id) == filters.organisation_id,
                col(Project.id).in_(member),
            )
        )
    if filters.year is not None:
        # Non-correlated IN sub-selects: computed once, not once per project.
        first, last = dt.date(filters.year, 1, 1), dt.date(filters.year, 12, 31)
        budgeted = select(BudgetLine.project_id).where(col(BudgetLine.year) == filters.year)
        running = and_(
            col(Project.start_date).is_not(None),
            col(Project.start_date) <= last,
            or_(col(Project.end_date).is_(None), col(Project.end_date) >= first),
        )
        conditions.append(or_(col(Project.id).in_(budgeted), running))
    return conditions


def project_years(*, session: Session) -> list[int]:
    """Years in which a project runs or has budget, for the year filter.

    The database reduces the projects to their distinct (first year, last year) spans: a
    handful of rows rather than every project's dates (national file: 27 → 6 ms)."""
    years = set(session.exec(select(BudgetLine.year).distinct()))
    start = col(Project.start_date)
    spans = select_columns(
        extract("year", start), extract("year", func.coalesce(col(Project.end_date), start))
    )
    for first, last in session.execute(spans.where(start.is_not(None)).distinct()):
        years.update(range(int(first), int(last) + 1))
    return sorted(years)


def validate_project(
    values: Mapping[str, Any], project_id: int | None, *, session: Session
) -> list[ValidationError]:
    """Every rule the values break, each naming its field, so the editor can show it there."""
    problems: list[ValidationError] = []
    code = str(values.get("code", "")).strip()
    if not code:
        problems.append(ValidationError("validation.code_empty", field="code"))
    else:
        clash = session.exec(
            select(Project.id).where(
                col(Project.code) == code, col(Project.id) != (project_id or -1)
            )
        ).first()
        if clash is not None:
            problems.append(ValidationError("validation.code_taken", field="code", taken=code))
    if not str(values.get("title", "")).strip():
        problems.append(ValidationError("validation.title_empty", field="title"))
    for field in ("code", "title"):
        problems += line_problems(field, str(values.get(field, "")))
    start, end = values.get("start_date"), values.get("end_date")
    if start is not None and end is not None and end < start:
        problems.append(ValidationError("validation.end_before_start", field="end_date"))
    return problems


def next_project_code(year: int, *, session: Session, prefix: str = "SGIA") -> str:
    """The first free code ``SGIA-2026-01``, ``-02``, … for a new project."""
    taken = set(
        session.exec(select(Project.code).where(col(Project.code).startswith(f"{prefix}-{year}-")))
    )
    number = 1
    while f"{prefix}-{year}-{number:02d}" in taken:
        number += 1
    return f"{prefix}-{year}-{number:02d}"


def create_project_edit(label: str, values: Mapping[str, Any]) -> Edit:
    """A new project, in phase *idee* unless ``values`` say otherwise."""
    row = {"phase": Phase.IDEE, "summary": "", "need": "", "goal": "", "scaling_plan": "",
           "result_text": "", **values}  # fmt: skip
    return insert_row(label, "project", row)


def new_project(label: str, title: str, year: int, *, session: Session) -> Edit:
    """A new project with the next free code of ``year``; when the portfolio has one
    organisation, that one is its penvoerder (there is no other it could be)."""
    code = next_project_code(year, session=session)
    values: dict[str, Any] = {"code": code, "title": title}
    organisations = session.exec(select(Organisation.id).limit(2)).all()
    if len(organisations) == 1:
        values["lead_organisation_id"] = organisations[0]
    return create_project_edit(label, values)


def change_phase(
    label: str, project_id: int, new_phase: Phase, note: str, *, who: str, on: dt.date,
    session: Session,
) -> Edit:  # fmt: skip
    """Move a project to ``new_phase`` and record it in the phase history."""
    project = session.get(Project, project_id)
    if project is None:
        raise EditConflict("edit.not_found")
    update = UpdateRow(
        "project", (project_id,), (("phase", project.phase),), (("phase", new_phase),)
    )
    history = insert_row(
        label, "phase_change",
        {"project_id": project_id, "changed_on": on, "from_phase": project.phase,
         "to_phase": new_phase, "changed_by": who, "note": note},
    )  # fmt: skip
    return Edit(label, (update, *history.operations))


_UNSEEN = object()


def set_field(
    label: str, project_id: int, field: str, value: Any, *, expected: Any = _UNSEEN,
    session: Session,
) -> Edit:  # fmt: skip
    """Change one of the project's own fields (only those in :data:`EDITABLE_FIELDS`).

    ``expected`` is what the user saw before typing. When someone else has stored another
    value since, :class:`FieldConflict` says so with both values, instead of overwriting theirs.
    """
    if field not in EDITABLE_FIELDS:
        raise ValueError(f"not editable: {field}")
    if field in ("code", "title"):
        if not str(value).strip():
            raise ValidationError(f"validation.{field}_empty", field=field)
        for problem in line_problems(field, str(value)):
            raise problem
    if expected is not _UNSEEN:
        stored = session.get(Project, project_id)
        if stored is None:
            raise EditConflict("edit.not_found")
        theirs = getattr(stored, field)
        if theirs != expected and theirs != value:
            raise FieldConflict(field, mine=value, theirs=theirs)
    return set_fields(label, "project", (project_id,), {field: value}, session=session)


class FieldConflict(EditConflict):
    """Someone else stored ``theirs`` in ``field`` while the user typed ``mine``."""

    def __init__(self, field: str, *, mine: Any, theirs: Any) -> None:
        self.field, self.mine, self.theirs = field, mine, theirs
        super().__init__("edit.field_conflict")


# --- reads -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ProjectDetails:
    """Everything the Algemeen tab shows of a project."""

    id: int
    code: str
    title: str
    summary: str
    need: str
    goal: str
    fieldlab_id: int | None
    primary_theme_id: int | None
    lead_organisation_id: int | None
    leader_person_id: int | None
    start_date: dt.date | None
    end_date: dt.date | None
    phase: Phase
    rag: RagStatus | None
    rag_note: str
    scaling_plan: str
    result_text: str


def project_details(project_id: int, *, session: Session) -> ProjectDetails | None:
    """The project, or None when it no longer exists (deleted, or undone)."""
    project = session.get(Project, project_id)
    return None if project is None else frozen_copy(ProjectDetails, project)


@dataclass(frozen=True, slots=True)
class PhaseChangeRow:
    changed_on: dt.date
    from_phase: Phase
    to_phase: Phase
    changed_by: str
    note: str


def phase_history(project_id: int, *, session: Session) -> list[PhaseChangeRow]:
    change = models.PhaseChange  # the editor's table: declared when it first opens
    statement = select(change).where(col(change.project_id) == project_id)
    rows = session.exec(statement.order_by(col(change.changed_on), col(change.id)))
    return [frozen_copy(PhaseChangeRow, row) for row in rows]


@dataclass(frozen=True, slots=True)
class ChangeRow:
    """One changed field in the project's history."""

    at: dt.datetime
    who: str
    entity: str
    field: str
    action: ChangeAction
    old_value: str | None
    new_value: str | None
    db_user: str | None = None
    """On a server, the login the database recorded (the name beside it is the client's)."""

    def written_by(self) -> str:
        """The name the user gave, with the server's login beside it where that differs."""
        if self.db_user and self.db_user != self.who:
            return f"{self.who} ({self.db_user})" if self.who else self.db_user
        return self.who


def change_history(project_id: int, *, session: Session, limit: int = 2000) -> list[ChangeRow]:
    """The project's change records, newest first, with the closing and reopening of half
    years (they hold every project's figures of that period)."""
    statement = (
        select(ChangeRecord)
        .where(
            or_(  # both through the index on project_id (a closing is no project's record)
                col(ChangeRecord.project_id) == project_id,
                and_(
                    col(ChangeRecord.project_id).is_(None),
                    col(ChangeRecord.entity) == "period_closure",
                ),
            )
        )
        .order_by(col(ChangeRecord.at).desc(), col(ChangeRecord.batch), col(ChangeRecord.seq))
        .limit(limit)
    )
    return [frozen_copy(ChangeRow, row) for row in session.exec(statement)]


@dataclass(frozen=True, slots=True)
class ProjectHistory:
    phases: list[PhaseChangeRow]
    changes: list[ChangeRow]


def project_history(project_id: int, *, session: Session) -> ProjectHistory:
    return ProjectHistory(
        phase_history(project_id, session=session), change_history(project_id, session=session)
    )


# --- milestones --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MilestoneRow:
    id: int
    title: str
    due_date: dt.date | None
    done_date: dt.date | None
    note: str


def milestones(project_id: int, *, session: Session) -> list[MilestoneRow]:
    milestone = models.Milestone  # the editor's table: declared when it first opens
    statement = select(milestone).where(col(milestone.project_id) == project_id)
    rows = session.exec(statement.order_by(col(milestone.sort_order), col(milestone.id)))
    return [frozen_copy(MilestoneRow, row) for row in rows]


@dataclass(frozen=True, slots=True)
class MilestoneInput:
    title: str
    due_date: dt.date | None
    done_date: dt.date | None
    note: str

    def values(self) -> dict[str, Any]:
        return {"title": self.title.strip(), "due_date": self.due_date,
                "done_date": self.done_date, "note": self.note.strip()}  # fmt: skip


def add_milestone(label: str, project_id: int, data: MilestoneInput, *, session: Session) -> Edit:
    order = session.exec(
        select(func.count()).where(col(models.Milestone.project_id) == project_id)
    ).one()
    values = {**data.values(), "project_id": project_id, "sort_order": int(order)}
    return insert_row(label, "milestone", values)


def change_milestone(
    label: str, milestone_id: int, data: MilestoneInput, *, session: Session
) -> Edit:
    return set_fields(label, "milestone", (milestone_id,), data.values(), session=session)


def delete_milestone(label: str, milestone_id: int, *, session: Session) -> Edit:
    return delete_row(label, "milestone", (milestone_id,), session=session)


# What the projects table shows or filters on: an edit touching none of these leaves it as is.
LIST_SOURCES = frozenset(
    {"project", "fieldlab", "organisation", "theme", "budget_line", "project_theme",
     "project_organisation", "toc_element", "toc_link", "indicator"}
)  # fmt: skip


def touches_project_list(kinds: frozenset[str]) -> bool:
    """Whether an edit of these record kinds (empty: unknown, so yes) changes the list."""
    return not kinds or bool(kinds & LIST_SOURCES)
