"""Lookups for pick lists, the many-to-many links of a project, and who takes part where."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table
from sqlalchemy import select as select_columns
from sqlmodel import Session, col, select

from fieldlab_desk.domain.enums import ParticipationRole, ThemeKind
from fieldlab_desk.domain.errors import ValidationError
from fieldlab_desk.domain.models import (
    Fieldlab,
    FieldlabPartner,
    Municipality,
    Organisation,
    Person,
    Project,
    ProjectOrganisation,
    TargetGroup,
    Theme,
)
from fieldlab_desk.services.edits import Edit, InsertRows, Operation, _values, delete_row, table


@dataclass(frozen=True, slots=True)
class Choice:
    id: int
    name_nl: str
    name_en: str = ""
    group: str = ""

    def name(self, language: str) -> str:
        return self.name_en if language == "en" and self.name_en else self.name_nl


def themes(*, session: Session, kinds: tuple[ThemeKind, ...] = tuple(ThemeKind)) -> list[Choice]:
    statement = select(Theme).where(col(Theme.kind).in_(kinds)).order_by(col(Theme.sort_order))
    return [Choice(t.id or 0, t.name_nl, t.name_en, t.kind.value) for t in session.exec(statement)]


def organisations(*, session: Session) -> list[Choice]:
    statement = select(Organisation).order_by(col(Organisation.name))
    return [Choice(o.id or 0, o.name, group=o.kind.value) for o in session.exec(statement)]


def people(*, session: Session) -> list[Choice]:
    return [
        Choice(p.id or 0, p.name) for p in session.exec(select(Person).order_by(col(Person.name)))
    ]


def fieldlabs(*, session: Session) -> list[Choice]:
    return [
        Choice(f.id or 0, f.name)
        for f in session.exec(select(Fieldlab).order_by(col(Fieldlab.name)))
    ]


def target_groups(*, session: Session) -> list[Choice]:
    statement = select(TargetGroup).order_by(col(TargetGroup.sort_order))
    return [Choice(g.id or 0, g.name_nl, g.name_en) for g in session.exec(statement)]


def municipalities(*, session: Session) -> list[Choice]:
    statement = select(Municipality).order_by(col(Municipality.name))
    return [Choice(m.id or 0, m.name) for m in session.exec(statement)]


LINK_TABLES: dict[str, tuple[str, str]] = {
    # link table → (column holding the linked id, extra column with a value or "")
    "project_theme": ("theme_id", ""),
    "project_target_group": ("target_group_id", ""),
    "project_municipality": ("municipality_id", ""),
    "project_organisation": ("organisation_id", "role"),
}


def linked(link_table: str, project_id: int, *, session: Session) -> dict[int, Any]:
    """The ids linked to a project (with the role for organisations, else None)."""
    column, extra = LINK_TABLES[link_table]
    t: Table = table(link_table)
    rows = session.execute(t.select().where(t.c.project_id == project_id)).mappings()
    return {row[column]: (row[extra] if extra else None) for row in rows}


def links_edit(
    label: str, link_table: str, project_id: int, wanted: dict[int, Any], *, session: Session
) -> Edit:
    """The inserts and deletes that make a project's links equal ``wanted`` (id → role)."""
    column, extra = LINK_TABLES[link_table]
    current = linked(link_table, project_id, session=session)
    operations: list[Operation] = []
    for linked_id in sorted(set(current) - set(wanted)):
        operations += delete_row(
            label, link_table, (project_id, linked_id), session=session
        ).operations
    for linked_id in sorted(set(wanted)):
        if linked_id in current and current[linked_id] == wanted[linked_id]:
            continue
        if linked_id in current:
            operations += delete_row(
                label, link_table, (project_id, linked_id), session=session
            ).operations
        values: dict[str, Any] = {"project_id": project_id, column: linked_id}
        if extra:
            values[extra] = wanted[linked_id] or ParticipationRole.PARTNER
        operations.append(InsertRows((link_table, _values(values))))
    return Edit(label, tuple(operations))


@dataclass(frozen=True, slots=True)
class Participation:
    project_id: int
    code: str
    title: str
    role: str


def projects_of_organisation(organisation_id: int, *, session: Session) -> list[Participation]:
    """Projects an organisation leads or takes part in, with its role."""
    found: dict[int, Participation] = {}
    for p in session.exec(
        select(Project).where(col(Project.lead_organisation_id) == organisation_id)
    ):
        found[p.id or 0] = Participation(
            p.id or 0, p.code, p.title, ParticipationRole.PENVOERDER.value
        )
    statement = (
        select(Project, ProjectOrganisation.role)
        .join(ProjectOrganisation, col(ProjectOrganisation.project_id) == col(Project.id))
        .where(col(ProjectOrganisation.organisation_id) == organisation_id)
    )
    for p, role in session.exec(statement):
        found.setdefault(
            p.id or 0, Participation(p.id or 0, p.code, p.title, ParticipationRole(role).value)
        )
    return sorted(found.values(), key=lambda x: x.code)


def projects_of_fieldlab(fieldlab_id: int, *, session: Session) -> list[Participation]:
    statement = (
        select(Project).where(col(Project.fieldlab_id) == fieldlab_id).order_by(col(Project.code))
    )
    return [
        Participation(p.id or 0, p.code, p.title, p.phase.value) for p in session.exec(statement)
    ]


def projects_of_person(person_id: int, *, session: Session) -> list[Participation]:
    statement = (
        select(Project)
        .where(col(Project.leader_person_id) == person_id)
        .order_by(col(Project.code))
    )
    return [
        Participation(p.id or 0, p.code, p.title, p.phase.value) for p in session.exec(statement)
    ]


def fieldlab_partners(fieldlab_id: int, *, session: Session) -> list[str]:
    statement = (
        select(Organisation.name)
        .join(FieldlabPartner, col(FieldlabPartner.organisation_id) == col(Organisation.id))
        .where(col(FieldlabPartner.fieldlab_id) == fieldlab_id)
        .order_by(col(Organisation.name))
    )
    return list(session.exec(statement))


def validate_name(
    table_name: str, name: str, record_id: int | None, *, session: Session
) -> list[ValidationError]:
    """A record's name must be filled in and, for fieldlabs and organisations, unique."""
    if not name.strip():
        return [ValidationError("validation.name_empty", field="name")]
    t = table(table_name)
    if not t.c.name.unique:
        return []
    clash = session.execute(
        select_columns(t.c.id).where(t.c.name == name.strip(), t.c.id != (record_id or -1))
    ).first()
    return (
        [ValidationError("validation.name_taken", field="name", name=name.strip())] if clash else []
    )
