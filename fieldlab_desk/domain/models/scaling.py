"""Scaling (*opschaling en verspreiding*): which libraries and gemeenten took over a project's
innovation, in what form and paid by whom."""

import datetime as dt

from sqlmodel import Field

from fieldlab_desk.domain.enums import AdoptionForm, AdoptionFunding
from fieldlab_desk.domain.models.fields import enum_field, optional_key, parent_key, text_field
from fieldlab_desk.domain.models.types import Table


class Adoption(Table, table=True):
    """One library (organisation) or gemeente that runs a project's innovation, or ran it.

    The services ask for at least one of the two; a library deleted later leaves the gemeente
    (or an adoption named as removed), as the history keeps it."""

    __tablename__ = "adoption"

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = parent_key("project.id")
    organisation_id: int | None = optional_key("organisation.id")
    municipality_id: int | None = optional_key("municipality.id")
    adopted_on: dt.date
    form: AdoptionForm = enum_field(AdoptionForm, AdoptionForm.PILOT)
    funding: AdoptionFunding = enum_field(AdoptionFunding, AdoptionFunding.GEEN)
    note: str = text_field()
