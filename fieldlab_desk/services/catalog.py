"""Lookups for pick lists, the many-to-many links of a project, and who takes part where."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Table
from sqlalchemy import select as select_columns
from sqlmodel import Session, col, select

from fieldlab_desk.domain import models
from fieldlab_desk.domain.enums import (
    FieldlabScope,
    OrganisationKind,
    ParticipationRole,
    ResultMandate,
    ThemeKind,
)
from fieldlab_desk.domain.errors import ValidationError
from fieldlab_desk.domain.models import (
    Fieldlab,
    Organisation,
    Project,
    ProjectOrganisation,
    Theme,
)
from fieldlab_desk.domain.terms import Term, TermKind, Terms
from fieldlab_desk.domain.validation import line_problems
from fieldlab_desk.services.edits import (
    Edit,
    InsertRows,
    Operation,
    _values,
    delete_row,
    insert_row,
    set_fields,
    table,
)


@dataclass(frozen=True, slots=True)
class Choice:
    id: int
    name_nl: str
    name_en: str = ""
    group: str = ""
    retired: bool = False
    """*Vervallen* reference data: shown where it is used, not offered for new choices."""

    def name(self, language: str) -> str:
        name = self.name_en if language == "en" and self.name_en else self.name_nl
        if self.retired:
            return f"{name} ({'retired' if language == 'en' else 'vervallen'})"
        return name


def offered(choices: list[Choice], *keep: int | None) -> list[Choice]:
    """The choices a user may pick: those not retired, and the retired ones in ``keep`` (what
    the record has already)."""
    return [c for c in choices if not c.retired or c.id in keep]


def themes(*, session: Session, kinds: tuple[ThemeKind, ...] = tuple(ThemeKind)) -> list[Choice]:
    statement = select(Theme).where(col(Theme.kind).in_(kinds)).order_by(col(Theme.sort_order))
    return [Choice(t.id or 0, t.name_nl, t.name_en, t.kind.value, t.retired)
            for t in session.exec(statement)]  # fmt: skip


def organisations(*, session: Session) -> list[Choice]:
    statement = select(Organisation).order_by(col(Organisation.name))
    return [Choice(o.id or 0, o.name, group=o.kind) for o in session.exec(statement)]


def terms(kind: TermKind, *, session: Session) -> Terms:
    """The portfolio's organisation kinds or cost categories, retired ones too, in its order."""
    term = models.ReferenceTerm
    statement = (
        select(term)
        .where(col(term.kind) == kind.value)
        .order_by(col(term.sort_order), col(term.id))
    )
    return Terms(
        kind, (Term(t.code, t.name_nl, t.name_en, t.retired) for t in session.exec(statement))
    )


def people(*, session: Session) -> list[Choice]:
    person = models.Person  # the records pages' and the editor's table: declared when first used
    return [
        Choice(p.id or 0, p.name) for p in session.exec(select(person).order_by(col(person.name)))
    ]


def fieldlabs(*, session: Session) -> list[Choice]:
    return [
        Choice(f.id or 0, f.name)
        for f in session.exec(select(Fieldlab).order_by(col(Fieldlab.name)))
    ]


def target_groups(*, session: Session) -> list[Choice]:
    groups = models.TargetGroup  # the editor's list: declared when it first opens
    statement = select(groups).order_by(col(groups.sort_order))
    return [
        Choice(g.id or 0, g.name_nl, g.name_en, retired=g.retired) for g in session.exec(statement)
    ]


def municipalities(*, session: Session) -> list[Choice]:
    places = models.Municipality  # the editor's list: declared when it first opens
    statement = select(places).order_by(col(places.name))
    return [Choice(m.id or 0, m.name, retired=m.retired) for m in session.exec(statement)]


class LinkKind(StrEnum):
    """A project's many-to-many links that the Algemeen tab edits."""

    THEMES = "project_theme"
    TARGET_GROUPS = "project_target_group"
    MUNICIPALITIES = "project_municipality"
    ORGANISATIONS = "project_organisation"


_LINK_COLUMNS: dict[LinkKind, tuple[str, str]] = {
    # link → (column holding the linked id, extra column with a value or "")
    LinkKind.THEMES: ("theme_id", ""),
    LinkKind.TARGET_GROUPS: ("target_group_id", ""),
    LinkKind.MUNICIPALITIES: ("municipality_id", ""),
    LinkKind.ORGANISATIONS: ("organisation_id", "role"),
}


def linked(kind: LinkKind, project_id: int, *, session: Session) -> dict[int, Any]:
    """The ids linked to a project (with the role for organisations, else None)."""
    column, extra = _LINK_COLUMNS[kind]
    t: Table = table(kind.value)
    rows = session.execute(t.select().where(t.c.project_id == project_id)).mappings()
    return {row[column]: (row[extra] if extra else None) for row in rows}


def set_links(
    label: str, kind: LinkKind, project_id: int, wanted: dict[int, Any], *, session: Session
) -> Edit:
    """The inserts and deletes that make a project's links equal ``wanted`` (id → role)."""
    column, extra = _LINK_COLUMNS[kind]
    link_table = kind.value
    current = linked(kind, project_id, session=session)
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
class ProjectChoices:
    """The pick lists of the Algemeen tab and what this project has chosen in its lists."""

    fieldlabs: list[Choice]
    opgaven: list[Choice]
    organisations: list[Choice]
    people: list[Choice]
    themes: list[Choice]
    target_groups: list[Choice]
    municipalities: list[Choice]
    links: dict[LinkKind, dict[int, Any]]


def project_choices(project_id: int, *, session: Session) -> ProjectChoices:
    """The pick lists: reference data not retired, and the retired items this project has."""
    links = {kind: linked(kind, project_id, session=session) for kind in LinkKind}
    project = session.get(Project, project_id)
    primary = project.primary_theme_id if project is not None else None
    return ProjectChoices(
        fieldlabs=fieldlabs(session=session),
        opgaven=offered(
            themes(session=session, kinds=(ThemeKind.OPGAVE, ThemeKind.STELSELUITDAGING)), primary
        ),
        organisations=organisations(session=session),
        people=people(session=session),
        themes=offered(themes(session=session), *links[LinkKind.THEMES]),
        target_groups=offered(target_groups(session=session), *links[LinkKind.TARGET_GROUPS]),
        municipalities=offered(municipalities(session=session), *links[LinkKind.MUNICIPALITIES]),
        links=links,
    )


@dataclass(frozen=True, slots=True)
class FilterChoices:
    """What the projects table can be filtered on."""

    years: list[int]
    themes: list[Choice]
    fieldlabs: list[Choice]
    organisations: list[Choice]


def filter_choices(*, session: Session) -> FilterChoices:
    from fieldlab_desk.services.projects import project_years

    kinds = (ThemeKind.OPGAVE, ThemeKind.STELSELUITDAGING, ThemeKind.PROGRAMMALIJN,
             ThemeKind.SOCIALE_AGENDA)  # fmt: skip
    return FilterChoices(
        years=project_years(session=session),
        themes=themes(session=session, kinds=kinds),
        fieldlabs=fieldlabs(session=session),
        organisations=organisations(session=session),
    )


def names_by_field(
    language: str, project_id: int | None = None, *, session: Session
) -> dict[str, dict[Any, str]]:
    """Names of the records that a change record's id fields point at, for the history: the
    project's chain elements (an activity a budget line pays for, a link's ends), indicators
    and meetings by their words, never by their ids."""
    orgs = {c.id: c.name_nl for c in organisations(session=session)}
    all_themes = {c.id: c.name(language) for c in themes(session=session)}
    element, indicator, meeting = models.ToCElement, models.Indicator, models.Meeting
    elements: dict[int, str] = {}
    indicators: dict[int, str] = {}
    if project_id is not None:
        elements = {e_id or 0: text for e_id, text in session.exec(
            select(element.id, element.text).where(col(element.project_id) == project_id))}  # fmt: skip
        indicators = {i_id or 0: name for i_id, name in session.exec(
            select(indicator.id, indicator.name).where(col(indicator.project_id) == project_id))}  # fmt: skip
    meetings = {m_id or 0: title for m_id, title in session.exec(select(meeting.id, meeting.title))}
    categories = {t.code: t.name(language)
                  for t in terms(TermKind.COST_CATEGORY, session=session).terms}  # fmt: skip
    library = {e.id or 0: (e.name_en if language == "en" else e.name_nl)
               for e in session.exec(select(models.IndicatorEntry))}  # fmt: skip
    return {
        "activity_id": elements,
        "toc_element_id": elements,
        "from_element_id": elements,
        "to_element_id": elements,
        "indicator_id": indicators,
        "meeting_id": meetings,
        "library_id": library,
        "fieldlab_id": {c.id: c.name_nl for c in fieldlabs(session=session)},
        "primary_theme_id": all_themes,
        "theme_id": all_themes,
        "lead_organisation_id": orgs,
        "organisation_id": orgs,
        "leader_person_id": {c.id: c.name_nl for c in people(session=session)},
        "target_group_id": {c.id: c.name(language) for c in target_groups(session=session)},
        "municipality_id": {c.id: c.name_nl for c in municipalities(session=session)},
        "category": categories,
        "from_category": categories,
        "to_category": categories,
    }


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


def fieldlab_partner_choices(fieldlab_id: int, *, session: Session) -> list[Choice]:
    """The partners of a fieldlab as (id, name), by name."""
    partner = models.FieldlabPartner  # the records pages' table: declared when first used
    statement = (
        select(Organisation.id, Organisation.name)
        .join(partner, col(partner.organisation_id) == col(Organisation.id))
        .where(col(partner.fieldlab_id) == fieldlab_id)
        .order_by(col(Organisation.name))
    )
    return [Choice(int(oid or 0), name) for oid, name in session.exec(statement)]


def set_fieldlab_partners(
    label: str, fieldlab_id: int, wanted: set[int], *, session: Session
) -> Edit:
    """Add and remove partners until the fieldlab has exactly ``wanted`` (organisation ids)."""
    current = {c.id for c in fieldlab_partner_choices(fieldlab_id, session=session)}
    operations: list[Operation] = []
    for gone in sorted(current - wanted):
        operations += delete_row(
            label, "fieldlab_partner", (fieldlab_id, gone), session=session
        ).operations
    for added in sorted(wanted - current):
        values = {"fieldlab_id": fieldlab_id, "organisation_id": added, "role": ""}
        operations.append(InsertRows(("fieldlab_partner", _values(values))))
    return Edit(label, tuple(operations))


def fieldlab_partners(fieldlab_id: int, *, session: Session) -> list[str]:
    partner = models.FieldlabPartner
    statement = (
        select(Organisation.name)
        .join(partner, col(partner.organisation_id) == col(Organisation.id))
        .where(col(partner.fieldlab_id) == fieldlab_id)
        .order_by(col(Organisation.name))
    )
    return list(session.exec(statement))


class RecordKind(StrEnum):
    """The shared records that have a page of their own: list on the left, form on the right."""

    FIELDLAB = "fieldlab"
    ORGANISATION = "organisation"
    PERSON = "person"


# The fields a user may change on each kind of record.
EDITABLE: dict[RecordKind, tuple[str, ...]] = {
    RecordKind.FIELDLAB: ("name", "scope", "lead_organisation_id", "mandate", "start_date",
                          "end_date", "goal", "description"),
    RecordKind.ORGANISATION: ("name", "short_name", "kind", "place", "website", "note"),
    RecordKind.PERSON: ("name", "email", "role", "organisation_id"),
}  # fmt: skip

_NEW_VALUES: dict[RecordKind, dict[str, Any]] = {
    RecordKind.FIELDLAB: {"scope": FieldlabScope.REGIONAAL, "mandate": ResultMandate.EFFECTIVITEIT,
                          "goal": "", "description": ""},
    RecordKind.ORGANISATION: {"short_name": "", "kind": OrganisationKind.PARTNER, "place": "",
                              "website": "", "note": ""},
    RecordKind.PERSON: {"email": "", "role": ""},
}  # fmt: skip


def records(kind: RecordKind, *, session: Session) -> list[Choice]:
    return {RecordKind.FIELDLAB: fieldlabs, RecordKind.ORGANISATION: organisations,
            RecordKind.PERSON: people}[kind](session=session)  # fmt: skip


def add_record(label: str, kind: RecordKind, base_name: str, *, session: Session) -> Edit:
    """A new record named ``base_name`` (numbered when that name is taken)."""
    t = table(kind.value)
    names = set(session.execute(select_columns(t.c.name)).scalars())
    number = 1
    while (name := base_name if number == 1 else f"{base_name} {number}") in names:
        number += 1
    return insert_row(label, kind.value, {"name": name, **_NEW_VALUES[kind]})


def set_record_field(
    label: str, kind: RecordKind, record_id: int, field: str, value: Any, *, session: Session
) -> Edit:
    if field not in EDITABLE[kind]:
        raise ValueError(f"not editable: {kind.value}.{field}")
    if field == "name":
        for problem in line_problems("name", str(value)):
            raise problem
    if field == "kind" and not terms(TermKind.ORGANISATION_KIND, session=session).knows(str(value)):
        raise ValidationError("reference.unknown", "kind", value=value, kind="organisatiesoort")
    return set_fields(label, kind.value, (record_id,), {field: value}, session=session)


def delete_record(label: str, kind: RecordKind, record_id: int, *, session: Session) -> Edit:
    """Delete a record; links to it are cleared or removed, and undo brings all of it back."""
    return delete_row(label, kind.value, (record_id,), session=session)


def validate_name(
    kind: RecordKind, name: str, record_id: int | None, *, session: Session
) -> list[ValidationError]:
    """A record's name must be filled in and, for fieldlabs and organisations, unique."""
    if not name.strip():
        return [ValidationError("validation.name_empty", field="name")]
    if problems := line_problems("name", name):
        return problems
    t = table(kind.value)
    if not t.c.name.unique:
        return []
    clash = session.execute(
        select_columns(t.c.id).where(t.c.name == name.strip(), t.c.id != (record_id or -1))
    ).first()
    return (
        [ValidationError("validation.name_taken", field="name", name=name.strip())] if clash else []
    )


@dataclass(frozen=True, slots=True)
class FieldlabDetails:
    id: int
    name: str
    scope: FieldlabScope
    lead_organisation_id: int | None
    goal: str
    mandate: ResultMandate
    start_date: dt.date | None
    end_date: dt.date | None
    description: str
    partners: list[str]
    projects: list[Participation]
    organisations: list[Choice]


def fieldlab_details(fieldlab_id: int, *, session: Session) -> FieldlabDetails | None:
    lab = session.get(Fieldlab, fieldlab_id)
    if lab is None:
        return None
    return FieldlabDetails(
        fieldlab_id, lab.name, lab.scope, lab.lead_organisation_id, lab.goal, lab.mandate,
        lab.start_date, lab.end_date, lab.description,
        fieldlab_partners(fieldlab_id, session=session),
        projects_of_fieldlab(fieldlab_id, session=session), organisations(session=session),
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class OrganisationDetails:
    id: int
    name: str
    short_name: str
    kind: str
    place: str
    website: str
    note: str
    projects: list[Participation]
    kinds: Terms
    """The portfolio's organisation kinds (what the kind field offers and how it is named)."""


def organisation_details(organisation_id: int, *, session: Session) -> OrganisationDetails | None:
    org = session.get(Organisation, organisation_id)
    if org is None:
        return None
    return OrganisationDetails(
        organisation_id, org.name, org.short_name, org.kind, org.place, org.website, org.note,
        projects_of_organisation(organisation_id, session=session),
        terms(TermKind.ORGANISATION_KIND, session=session),
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class PersonDetails:
    id: int
    name: str
    email: str
    role: str
    organisation_id: int | None
    projects: list[Participation]
    organisations: list[Choice]


def person_details(person_id: int, *, session: Session) -> PersonDetails | None:
    person = session.get(models.Person, person_id)
    if person is None:
        return None
    return PersonDetails(
        person_id, person.name, person.email, person.role, person.organisation_id,
        projects_of_person(person_id, session=session), organisations(session=session),
    )  # fmt: skip
