"""Who takes part: the people of the organisations, and each fieldlab's partner organisations
(the records pages' and the project editor's tables, declared when first used)."""

from sqlmodel import Field

from fieldlab_desk.domain.models.fields import optional_key
from fieldlab_desk.domain.models.types import Table


class Person(Table, table=True):
    __tablename__ = "person"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200, index=True)
    email: str = Field(default="", max_length=200)
    organisation_id: int | None = optional_key("organisation.id")
    role: str = Field(default="", max_length=120)


class FieldlabPartner(Table, table=True):
    __tablename__ = "fieldlab_partner"

    fieldlab_id: int = Field(foreign_key="fieldlab.id", ondelete="CASCADE", primary_key=True)
    organisation_id: int = Field(
        foreign_key="organisation.id", ondelete="CASCADE", primary_key=True
    )
    role: str = Field(default="", max_length=120)
