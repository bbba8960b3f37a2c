"""Organisations, themes and the file's own facts."""

from sqlalchemy import UniqueConstraint
from sqlmodel import Field

from fieldlab_desk.domain.enums import ThemeKind
from fieldlab_desk.domain.models.fields import enum_field, optional_key, text_field
from fieldlab_desk.domain.models.types import Table


class Organisation(Table, table=True):
    __tablename__ = "organisation"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, max_length=200)
    short_name: str = Field(default="", max_length=60)
    kind: str = Field(max_length=32, index=True)
    """A code of the portfolio's organisation kinds (``reference_term``; built in:
    :class:`OrganisationKind`)."""
    place: str = Field(default="", max_length=120)
    website: str = Field(default="", max_length=200)
    note: str = text_field()


class Theme(Table, table=True):
    """A maatschappelijke opgave, stelseluitdaging, programme line or Sociale Agenda theme."""

    __tablename__ = "theme"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True, max_length=40)
    kind: ThemeKind = enum_field(ThemeKind, index=True)
    name_nl: str = Field(max_length=200)
    name_en: str = Field(max_length=200)
    parent_id: int | None = optional_key("theme.id")
    sort_order: int = 0
    retired: bool = False
    """*Vervallen*: kept on the records that use it, no longer offered for new ones."""


class ReferenceTerm(Table, table=True):
    """An organisation kind or cost category: a short code records store, names in both
    languages, retired (*vervallen*) when no longer offered. Codes are lower case and stable."""

    __tablename__ = "reference_term"
    __table_args__ = (UniqueConstraint("kind", "code"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=32)
    """``organisation_kind`` or ``cost_category`` (:class:`~fieldlab_desk.domain.terms.TermKind`)."""
    code: str = Field(max_length=32)
    name_nl: str = Field(max_length=200)
    name_en: str = Field(max_length=200)
    sort_order: int = 0
    retired: bool = False


class FileInfo(Table, table=True):
    """Facts about the portfolio as a whole: owner organisation, demo flag, creation time."""

    __tablename__ = "file_info"

    key: str = Field(primary_key=True, max_length=60)
    value: str = text_field()
