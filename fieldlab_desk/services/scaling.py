"""The scaling register (*verspreiding*): which libraries and gemeenten run each project's
innovation, in what form and paid by whom; named reads for the project's tab, the portfolio
view, the dashboard and the CLI, and the edits that record an adoption (rules in
:mod:`fieldlab_desk.domain.scaling`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select as select_rows
from sqlmodel import Session, col, select

from fieldlab_desk.domain.enums import AdoptionForm, AdoptionFunding, Phase
from fieldlab_desk.domain.errors import ValidationError
from fieldlab_desk.domain.models import Organisation, Project
from fieldlab_desk.domain.scaling import Reach, reach
from fieldlab_desk.services import catalog
from fieldlab_desk.services.catalog import Choice
from fieldlab_desk.services.edits import Edit, EditConflict, delete_row, insert_row, set_fields


@dataclass(frozen=True, slots=True)
class AdoptionRow:
    id: int
    project_id: int
    code: str
    title: str
    organisation_id: int | None
    organisation: str
    municipality_id: int | None
    municipality: str
    adopted_on: dt.date
    form: AdoptionForm
    funding: AdoptionFunding
    note: str


@dataclass(frozen=True, slots=True)
class AdoptionInput:
    """What the user entered for an adoption."""

    organisation_id: int | None
    municipality_id: int | None
    adopted_on: dt.date
    form: AdoptionForm
    funding: AdoptionFunding
    note: str = ""


def adoptions(*, session: Session, project_id: int | None = None) -> list[AdoptionRow]:
    """The adoptions (of one project, or all), by project code, then since when."""
    adoption, places = _models()
    statement = (
        select_rows(adoption, col(Project.code), col(Project.title), col(Organisation.name),
                    col(places.name))
        .join(Project, col(Project.id) == col(adoption.project_id))
        .outerjoin(Organisation, col(Organisation.id) == col(adoption.organisation_id))
        .outerjoin(places, col(places.id) == col(adoption.municipality_id))
        .order_by(col(Project.code), col(adoption.adopted_on), col(adoption.id))
    )  # fmt: skip
    if project_id is not None:
        statement = statement.where(col(adoption.project_id) == project_id)
    return [
        AdoptionRow(a.id or 0, a.project_id, code, title, a.organisation_id, organisation or "",
                    a.municipality_id, place or "", a.adopted_on, a.form, a.funding, a.note)
        for a, code, title, organisation, place in session.execute(statement).all()
    ]  # fmt: skip


def _models() -> tuple[Any, Any]:
    from fieldlab_desk.domain import models

    return models.Adoption, models.Municipality


@dataclass(frozen=True, slots=True)
class ScalingTab:
    """A project's Verspreiding tab: its adoptions, their reach, and what a new one offers."""

    rows: list[AdoptionRow]
    reach: Reach
    organisations: list[Choice]
    gemeenten: list[Choice]
    today: dt.date


def scaling_tab(project_id: int, *, session: Session) -> ScalingTab:
    from fieldlab_desk.services.clock import today_of

    rows = adoptions(session=session, project_id=project_id)
    return ScalingTab(rows, _reach(rows), catalog.organisations(session=session),
                      catalog.municipalities(session=session), today_of(session=session))  # fmt: skip


def _reach(rows: list[AdoptionRow]) -> Reach:
    return reach((r.organisation_id, r.municipality_id, r.form, r.funding) for r in rows)


@dataclass(frozen=True, slots=True)
class Innovation:
    """One project's innovation and how far it spread."""

    project_id: int
    code: str
    title: str
    phase: Phase
    reach: Reach


@dataclass(frozen=True, slots=True)
class ScalingView:
    """The portfolio's Verspreiding page: per innovation its reach, and per gemeente the form
    in which each innovation runs there (a stopped one said so)."""

    innovations: list[Innovation]
    by_gemeente: dict[str, dict[str, AdoptionForm]]
    gemeenten: list[str]

    @property
    def in_core(self) -> int:
        """*Innovaties structureel in de kern*: those run structurally, with funding."""
        return sum(i.reach.in_core for i in self.innovations)


def scaling_view(*, session: Session, as_of: dt.date | None = None) -> ScalingView:
    """The portfolio's spread; with ``as_of`` only the adoptions made by the end of that day
    (a report's period), each in the form the register holds now."""
    rows = adoptions(session=session)
    if as_of is not None:
        rows = [r for r in rows if r.adopted_on <= as_of]
    per_project: dict[int, list[AdoptionRow]] = {}
    for row in rows:
        per_project.setdefault(row.project_id, []).append(row)
    if not per_project:  # nothing spread (the national file): no more to read
        return ScalingView([], {}, [])
    phases = dict(session.exec(
        select(Project.id, Project.phase).where(col(Project.id).in_(list(per_project)))
    ).all())  # fmt: skip
    innovations = [Innovation(pid, found[0].code, found[0].title, Phase(phases[pid]), _reach(found))
                   for pid, found in per_project.items()]  # fmt: skip
    innovations.sort(key=lambda i: (-i.reach.libraries - i.reach.gemeenten, i.code))
    by_gemeente: dict[str, dict[str, AdoptionForm]] = {}
    rank = {AdoptionForm.STRUCTUREEL: 2, AdoptionForm.PILOT: 1, AdoptionForm.GESTOPT: 0}
    for row in rows:
        if not row.municipality:
            continue
        forms = by_gemeente.setdefault(row.municipality, {})
        known = forms.get(row.code)
        if known is None or rank[row.form] > rank[known]:  # the furthest it got there
            forms[row.code] = row.form
    gemeenten = [c.name_nl for c in catalog.municipalities(session=session)
                 if not c.retired or c.name_nl in by_gemeente]  # fmt: skip
    return ScalingView(innovations, by_gemeente, gemeenten)


def in_core_count(*, session: Session) -> int:
    """How many innovations are structurally in the core (the dashboard's figure)."""
    return scaling_view(session=session).in_core


def adoption_problems(data: AdoptionInput) -> list[ValidationError]:
    found = []
    if data.organisation_id is None and data.municipality_id is None:
        found.append(ValidationError("adoption.who_needed", field="organisation"))
    return found


def add_adoption(label: str, project_id: int, data: AdoptionInput, *, session: Session) -> Edit:
    for problem in adoption_problems(data):
        raise problem
    if session.get(Project, project_id) is None:
        raise EditConflict("edit.not_found")
    return insert_row(label, "adoption", {"project_id": project_id, **_values(data)})


def change_adoption(label: str, adoption_id: int, data: AdoptionInput, *, session: Session) -> Edit:
    for problem in adoption_problems(data):
        raise problem
    return set_fields(label, "adoption", (adoption_id,), _values(data), session=session)


def delete_adoption(label: str, adoption_id: int, *, session: Session) -> Edit:
    return delete_row(label, "adoption", (adoption_id,), session=session)


def _values(data: AdoptionInput) -> dict[str, Any]:
    return {"organisation_id": data.organisation_id, "municipality_id": data.municipality_id,
            "adopted_on": data.adopted_on, "form": data.form, "funding": data.funding,
            "note": data.note.strip()}  # fmt: skip
