"""Theory of Change (elements and links with assumptions) and effect measurement."""

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, UniqueConstraint
from sqlmodel import Field

from fieldlab_desk.domain.enums import (
    AssumptionStatus,
    Comparator,
    Direction,
    MeasurementKind,
    Method,
    ToCLevel,
    UnitSubject,
    ValueSemantics,
)
from fieldlab_desk.domain.models.fields import (
    decimal_field,
    enum_field,
    optional_key,
    parent_key,
    text_field,
)
from fieldlab_desk.domain.models.types import ExactDecimal, Table


class ToCElement(Table, table=True):
    __tablename__ = "toc_element"

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = parent_key("project.id")
    level: ToCLevel = enum_field(ToCLevel)
    text: str = text_field()
    sort_order: int = 0
    theme_id: int | None = optional_key("theme.id")


class ToCLink(Table, table=True):
    __tablename__ = "toc_link"
    __table_args__ = (
        UniqueConstraint("from_element_id", "to_element_id"),
        CheckConstraint("from_element_id <> to_element_id", name="not_to_itself"),
    )

    id: int | None = Field(default=None, primary_key=True)
    from_element_id: int = parent_key("toc_element.id")
    to_element_id: int = parent_key("toc_element.id")
    rationale: str = text_field()
    assumption: str = text_field()
    assumption_status: AssumptionStatus = enum_field(AssumptionStatus, AssumptionStatus.ONBEVESTIGD)
    evidence: str = text_field()
    """What the status rests on: a measurement, an interview, a report."""
    status_since: dt.date | None = None
    """The day the assumption got its present status (set on creation and on every change)."""


class AssumptionChange(Table, table=True):
    """One change of an assumption's status: assumptions are monitored, with a dated history."""

    __tablename__ = "assumption_change"

    id: int | None = Field(default=None, primary_key=True)
    link_id: int = parent_key("toc_link.id")
    changed_on: dt.date
    changed_by: str = Field(default="", max_length=120)
    db_user: str | None = Field(default=None, max_length=120)
    """On a server, the database login that wrote the row, set by the database itself (a
    trigger; what a client sends is overwritten); on a file, none."""
    old_status: AssumptionStatus | None = enum_field(AssumptionStatus, None)
    new_status: AssumptionStatus = enum_field(AssumptionStatus)
    reason: str = text_field()


class IndicatorEntry(Table, table=True):
    """An entry of the shared indicator library: projects that measure the same thing pick it,
    so the portfolio can add like to like."""

    __tablename__ = "indicator_library"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True, max_length=40)
    name_nl: str = Field(max_length=300)
    name_en: str = Field(max_length=300)
    unit: str = Field(default="", max_length=60)
    unit_subject: UnitSubject = enum_field(UnitSubject, UnitSubject.DEELNEMERS)
    direction: Direction = enum_field(Direction, Direction.HOGER)
    semantics: ValueSemantics = enum_field(ValueSemantics, ValueSemantics.CUMULATIEF)
    whole_numbers: bool = False
    retired: bool = False
    """*Vervallen*: kept on the records that use it, no longer offered for new ones."""
    sort_order: int = 0


class Indicator(Table, table=True):
    __tablename__ = "indicator"

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = parent_key("project.id")
    toc_element_id: int | None = optional_key("toc_element.id")
    library_id: int | None = optional_key("indicator_library.id")
    name: str = Field(max_length=300)
    unit: str = Field(default="", max_length=60)
    unit_subject: UnitSubject = enum_field(UnitSubject, UnitSubject.INWONERS)
    direction: Direction = enum_field(Direction, Direction.HOGER)
    comparator: Comparator = enum_field(Comparator, Comparator.GE)
    semantics: ValueSemantics = enum_field(ValueSemantics, ValueSemantics.MOMENTOPNAME)
    whole_numbers: bool = False
    """Counts whole things (meetings, libraries, participants): values are whole numbers."""
    baseline_value: Decimal | None = decimal_field()
    baseline_date: dt.date | None = None
    baseline_method: Method | None = enum_field(Method, None)
    baseline_sample_size: int | None = None
    baseline_reconstructed: bool = False
    """The nulmeting was reconstructed afterwards (achteraf gereconstrueerd)."""
    target_value: Decimal | None = decimal_field()
    target_date: dt.date | None = None
    method: Method | None = enum_field(Method, None)
    source: str = Field(default="", max_length=200)
    frequency: str = Field(default="", max_length=60)
    split_gemeente: bool = False
    """Its measurements may be entered as parts per gemeente, which sum to the total."""
    split_doelgroep: bool = False
    """Its measurements may be entered as parts per doelgroep, which sum to the total."""


class Measurement(Table, table=True):
    __tablename__ = "measurement"

    id: int | None = Field(default=None, primary_key=True)
    indicator_id: int = parent_key("indicator.id")
    measured_on: dt.date
    kind: MeasurementKind = enum_field(MeasurementKind, MeasurementKind.TUSSENMETING)
    value: Decimal = Field(sa_type=ExactDecimal(4), nullable=False)
    numerator: Decimal | None = decimal_field()
    denominator: Decimal | None = decimal_field()
    """A percentage entered as numerator of denominator keeps its parts."""
    sample_size: int | None = None
    note: str = text_field()


class MeasurementPart(Table, table=True):
    """One part of a measurement: its value for one gemeente or one doelgroep. The parts of
    one dimension sum to the measurement's value; the total stays what progress uses."""

    __tablename__ = "measurement_part"

    id: int | None = Field(default=None, primary_key=True)
    measurement_id: int = parent_key("measurement.id")
    municipality_id: int | None = optional_key("municipality.id")
    target_group_id: int | None = optional_key("target_group.id")
    value: Decimal = Field(sa_type=ExactDecimal(4), nullable=False)
