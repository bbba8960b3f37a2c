"""Whom and where a project reaches: the target groups and municipalities, and each project's
links to them (the project editor's and the reports' tables, declared when first used)."""

from sqlmodel import Field

from fieldlab_desk.domain.models.types import Table


class TargetGroup(Table, table=True):
    __tablename__ = "target_group"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True, max_length=40)
    name_nl: str = Field(max_length=200)
    name_en: str = Field(max_length=200)
    sort_order: int = 0
    retired: bool = False
    """*Vervallen*: kept on the records that use it, no longer offered for new ones."""


class Municipality(Table, table=True):
    __tablename__ = "municipality"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, max_length=120)
    province: str = Field(default="", max_length=60)
    retired: bool = False
    """*Vervallen*: kept on the records that use it, no longer offered for new ones."""


class ProjectTargetGroup(Table, table=True):
    __tablename__ = "project_target_group"

    project_id: int = Field(foreign_key="project.id", ondelete="CASCADE", primary_key=True)
    target_group_id: int = Field(
        foreign_key="target_group.id", ondelete="CASCADE", primary_key=True
    )


class ProjectMunicipality(Table, table=True):
    __tablename__ = "project_municipality"

    project_id: int = Field(foreign_key="project.id", ondelete="CASCADE", primary_key=True)
    municipality_id: int = Field(
        foreign_key="municipality.id", ondelete="CASCADE", primary_key=True
    )
