"""Effectmeting: a project's indicators with their measurements and progress, the shared
indicator library, the portfolio's indicators with totals of like ones, and their edits."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import func
from sqlalchemy import select as select_rows
from sqlmodel import Session, col, select

from fieldlab_desk.domain.enums import (
    Comparator,
    Dimension,
    Direction,
    MeasurementKind,
    Method,
    Phase,
    ToCLevel,
    UnitSubject,
    ValueSemantics,
)
from fieldlab_desk.domain.errors import ValidationError
from fieldlab_desk.domain.indicators import (
    Part,
    Summand,
    Total,
    check_whole,
    current_split,
    part_problems,
    percentage_of,
    totals,
)
from fieldlab_desk.domain.models import (
    Fieldlab,
    Indicator,
    IndicatorEntry,
    Measurement,
    Project,
    ProjectTheme,
    Theme,
    ToCElement,
)
from fieldlab_desk.domain.progress import (
    IndicatorProgress,
    IndicatorSpec,
    MeasuredValue,
    ProgressStatus,
    indicator_progress,
)
from fieldlab_desk.domain.validation import LIMITS
from fieldlab_desk.services.catalog import Choice
from fieldlab_desk.services.clock import today_of
from fieldlab_desk.services.edits import (
    Edit,
    EditConflict,
    InsertRows,
    NewId,
    _values,
    delete_row,
    insert_row,
    set_fields,
)
from fieldlab_desk.services.rows import frozen_copy

MEASURED_LEVELS = (ToCLevel.OUTPUT, ToCLevel.OUTCOME_KORT, ToCLevel.OUTCOME_LANG)


@dataclass(frozen=True, slots=True)
class PartRow:
    """A measurement's value for one gemeente or doelgroep, named."""

    dimension: Dimension
    ref: int
    name: str
    value: Decimal


@dataclass(frozen=True, slots=True)
class MeasurementRow:
    id: int
    measured_on: dt.date
    kind: MeasurementKind
    value: Decimal
    numerator: Decimal | None
    denominator: Decimal | None
    sample_size: int | None
    note: str
    parts: tuple[PartRow, ...] = ()
    """Its split per gemeente and per doelgroep (each dimension sums to ``value``)."""

    def split(self, dimension: Dimension) -> tuple[PartRow, ...]:
        return tuple(p for p in self.parts if p.dimension is dimension)


@dataclass(frozen=True, slots=True)
class IndicatorRow:
    """One indicator as the Effectmeting tab, the report and the CLI show it."""

    id: int
    project_id: int
    toc_element_id: int | None
    library_id: int | None
    name: str
    unit: str
    unit_subject: UnitSubject
    direction: Direction
    comparator: Comparator
    semantics: ValueSemantics
    whole_numbers: bool
    baseline_value: Decimal | None
    baseline_date: dt.date | None
    baseline_method: Method | None
    baseline_sample_size: int | None
    baseline_reconstructed: bool
    target_value: Decimal | None
    target_date: dt.date | None
    method: Method | None
    source: str
    frequency: str
    split_gemeente: bool = False
    split_doelgroep: bool = False
    measurements: tuple[MeasurementRow, ...] = ()
    progress: IndicatorProgress | None = None

    @property
    def split(self) -> dict[Dimension, dict[str, Decimal]]:
        """Its current value per gemeente and doelgroep (see ``domain.indicators``)."""
        return current_split(self.semantics, (
            (m.kind is MeasurementKind.NULMETING, ((p.dimension, p.name, p.value) for p in m.parts))
            for m in self.measurements))  # fmt: skip

    @property
    def dimensions(self) -> tuple[Dimension, ...]:
        """What its measurements may be split by."""
        return tuple(d for d, on in ((Dimension.GEMEENTE, self.split_gemeente),
                                     (Dimension.DOELGROEP, self.split_doelgroep)) if on)  # fmt: skip

    @property
    def status(self) -> ProgressStatus:
        return self.progress.status if self.progress is not None else ProgressStatus.NO_DATA

    def spec(self) -> IndicatorSpec:
        return IndicatorSpec(self.direction, self.comparator, self.semantics, self.baseline_value,
                             self.baseline_date, self.target_value, self.target_date)  # fmt: skip


STORED_FIELDS = [n for n in IndicatorRow.__slots__ if n not in ("measurements", "progress")]


@dataclass(frozen=True, slots=True)
class ElementChoice:
    id: int
    level: ToCLevel
    text: str


@dataclass(frozen=True, slots=True)
class LibraryEntry:
    id: int
    code: str
    name_nl: str
    name_en: str
    unit: str
    unit_subject: UnitSubject
    direction: Direction
    semantics: ValueSemantics
    whole_numbers: bool

    def name(self, language: str) -> str:
        return self.name_en if language == "en" else self.name_nl


def _rows(
    indicators: Iterable[Indicator], measurements: dict[int, list[MeasurementRow]], today: dt.date
) -> list[IndicatorRow]:
    rows = []
    for indicator in indicators:
        stored = {name: getattr(indicator, name) for name in STORED_FIELDS}
        row = IndicatorRow(**stored, measurements=tuple(measurements.get(indicator.id or 0, ())))
        values = [MeasuredValue(m.measured_on, m.kind, m.value) for m in row.measurements]
        progress = indicator_progress(row.spec(), values, today)
        rows.append(IndicatorRow(**stored, measurements=row.measurements, progress=progress))
    return rows


def _measurements_of(
    indicator_ids: list[int], session: Session, until: dt.date | None = None
) -> dict[int, list[MeasurementRow]]:
    """The measurements of these indicators by date, read as plain columns (the portfolio view
    reads 100.000 of them on the national file)."""
    found: dict[int, list[MeasurementRow]] = defaultdict(list)
    m = Measurement
    columns: Any = (col(m.indicator_id), col(m.id), col(m.measured_on), col(m.kind), col(m.value),
                    col(m.numerator), col(m.denominator), col(m.sample_size), col(m.note))  # fmt: skip
    for start in range(0, len(indicator_ids), 5000):  # within SQLite's limit on parameters
        statement = select(*columns).where(
            col(m.indicator_id).in_(indicator_ids[start : start + 5000])
        )
        if until is not None:
            statement = statement.where(col(m.measured_on) <= until)
        for owner, *values in session.connection().execute(
            statement.order_by(col(m.measured_on), col(m.id))
        ):
            found[owner].append(MeasurementRow(*values))
    return _with_parts(found, session)


def _with_parts(
    found: dict[int, list[MeasurementRow]], session: Session
) -> dict[int, list[MeasurementRow]]:
    """The measurements with their parts per gemeente and doelgroep (read only when the file
    has any: most measurements are one total)."""
    from fieldlab_desk.domain.models import MeasurementPart, Municipality, TargetGroup

    run = session.connection().execute
    if run(select(MeasurementPart.id).limit(1)).first() is None:
        return found
    ids = [m.id for rows in found.values() for m in rows]
    parts: dict[int, list[PartRow]] = defaultdict(list)
    part = MeasurementPart
    for start in range(0, len(ids), 5000):
        statement = (
            select_rows(col(part.measurement_id), col(part.municipality_id),
                        col(part.target_group_id), col(part.value), col(Municipality.name),
                        col(TargetGroup.name_nl))
            .outerjoin(Municipality, col(Municipality.id) == col(part.municipality_id))
            .outerjoin(TargetGroup, col(TargetGroup.id) == col(part.target_group_id))
            .where(col(part.measurement_id).in_(ids[start : start + 5000]))
            .order_by(col(part.id))
        )  # fmt: skip
        for owner, place, group, value, place_name, group_name in run(statement):
            if place is not None:
                parts[owner].append(PartRow(Dimension.GEMEENTE, place, place_name, Decimal(value)))
            elif group is not None:
                parts[owner].append(PartRow(Dimension.DOELGROEP, group, group_name, Decimal(value)))
    if not parts:
        return found
    return {owner: [replace(m, parts=tuple(parts.get(m.id, ()))) for m in rows]
            for owner, rows in found.items()}  # fmt: skip


def _current(
    indicator_ids: list[int], session: Session
) -> dict[int, tuple[MeasurementRow, MeasurementRow]]:
    """Per indicator stand-ins for its measurements, computed in SQL: its latest value after the
    nulmeting, and the sum of its values after the nulmeting (what per-period indicators count)."""
    m = Measurement
    after: Any = col(m.kind) != MeasurementKind.NULMETING
    latest_rows: dict[int, MeasurementRow] = {}
    found: dict[int, tuple[MeasurementRow, MeasurementRow]] = {}
    run = session.connection().execute
    for start in range(0, len(indicator_ids), 5000):
        chosen = col(m.indicator_id).in_(indicator_ids[start : start + 5000])
        latest = (
            select(col(m.indicator_id).label("owner"), func.max(col(m.measured_on)).label("day"))
            .where(after, chosen).group_by(col(m.indicator_id)).subquery()
        )  # fmt: skip
        for owner, day, value in run(
            select(col(m.indicator_id), col(m.measured_on), col(m.value))
            .join(latest, (latest.c.owner == col(m.indicator_id)) & (latest.c.day == col(m.measured_on)))
            .where(after)
        ):  # fmt: skip
            latest_rows[owner] = MeasurementRow(0, day, MeasurementKind.TUSSENMETING, value, None,
                                                None, None, "")  # fmt: skip
        for owner, total in run(
            select(col(m.indicator_id), func.sum(col(m.value))).where(after, chosen)
            .group_by(col(m.indicator_id))
        ):  # fmt: skip
            last = latest_rows[owner]
            found[owner] = (last, replace(last, value=total))
    return found


def project_indicators(
    project_id: int, *, session: Session, today: dt.date | None = None
) -> list[IndicatorRow]:
    """The project's indicators in chain order (output, outcome), with measurements and
    progress on ``today`` (measurements after it left out: a report shows a period's state)."""
    until = today
    today = today or today_of(session=session)
    statement = (
        select(Indicator).where(col(Indicator.project_id) == project_id).order_by(col(Indicator.id))
    )
    indicators = list(session.exec(statement))
    measurements = _measurements_of([i.id or 0 for i in indicators], session, until)
    rows = _rows(indicators, measurements, today)
    levels = {
        e.id: e.level
        for e in session.exec(select(ToCElement).where(col(ToCElement.project_id) == project_id))
    }

    def chain_order(row: IndicatorRow) -> tuple[int, int]:
        level = levels.get(row.toc_element_id)
        return (level.rank if level is not None else 9, row.id)

    return sorted(rows, key=chain_order)


def measured_elements(project_id: int, *, session: Session) -> list[ElementChoice]:
    """The outputs and outcomes of the project's chain: what an indicator can measure."""
    statement = (
        select(ToCElement)
        .where(col(ToCElement.project_id) == project_id, col(ToCElement.level).in_(MEASURED_LEVELS))
        .order_by(col(ToCElement.id))
    )
    elements = list(session.exec(statement))
    elements.sort(key=lambda e: (e.level.rank, e.sort_order, e.id or 0))
    return [ElementChoice(e.id or 0, e.level, e.text) for e in elements]


def library_entries(*, session: Session) -> list[LibraryEntry]:
    statement = select(IndicatorEntry).order_by(
        col(IndicatorEntry.sort_order), col(IndicatorEntry.id)
    )
    return [frozen_copy(LibraryEntry, e) for e in session.exec(statement)]


# --- the portfolio ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PortfolioIndicator:
    project_id: int
    code: str
    title: str
    phase: Phase
    indicator: IndicatorRow


@dataclass(frozen=True, slots=True)
class PortfolioIndicators:
    rows: tuple[PortfolioIndicator, ...]
    totals: tuple[Total, ...]
    """Per library entry, unit and semantics: what the shown indicators add up to."""


@dataclass(frozen=True, slots=True)
class IndicatorFilter:
    year: int | None = None
    project_code: str | None = None
    theme_id: int | None = None
    fieldlab_id: int | None = None
    status: ProgressStatus | None = None


def portfolio_indicators(
    filters: IndicatorFilter, *, session: Session, today: dt.date | None = None,
    with_measurements: bool = True,
) -> PortfolioIndicators:  # fmt: skip
    """Every indicator of the projects that run in the year (or all), filtered by opgave or
    theme, fieldlab and status; totals only of like indicators (see ``domain/indicators``).

    Without ``with_measurements`` each indicator's current value is computed in SQL (the sum of
    its periods, or its latest value) and its measurement list stays empty: the national
    steering-group pack reads 5.000 indicators this way in a fraction of the time."""
    today = today or today_of(session=session)
    statement = select(Indicator, Project).join(
        Project, col(Project.id) == col(Indicator.project_id)
    )
    if filters.year is not None:
        first, last = dt.date(filters.year, 1, 1), dt.date(filters.year, 12, 31)
        statement = statement.where(
            (col(Project.start_date).is_(None)) | (col(Project.start_date) <= last),
            (col(Project.end_date).is_(None)) | (col(Project.end_date) >= first),
        )
    if filters.project_code:
        statement = statement.where(col(Project.code) == filters.project_code.strip().upper())
    if filters.fieldlab_id is not None:
        statement = statement.where(col(Project.fieldlab_id) == filters.fieldlab_id)
    if filters.theme_id is not None:
        further = select(ProjectTheme.project_id).where(
            col(ProjectTheme.theme_id) == filters.theme_id
        )
        statement = statement.where(
            (col(Project.primary_theme_id) == filters.theme_id) | col(Project.id).in_(further)
        )
    found = list(session.exec(statement.order_by(col(Project.code), col(Indicator.id))))
    ids = [i.id or 0 for i, _ in found]
    if with_measurements:
        measurements = _measurements_of(ids, session)
    else:
        current = _current(ids, session)
        measurements = {
            i.id or 0: [current[i.id or 0][1 if i.semantics is ValueSemantics.PER_PERIODE else 0]]
            for i, _ in found
            if (i.id or 0) in current
        }
    rows = [
        PortfolioIndicator(p.id or 0, p.code, p.title, p.phase, row)
        for (_, p), row in zip(
            found, _rows([i for i, _ in found], measurements, today), strict=True
        )
    ]
    if not with_measurements:  # the summary stood in for the measurements: leave none shown
        rows = [PortfolioIndicator(r.project_id, r.code, r.title, r.phase,
                                   replace(r.indicator, measurements=())) for r in rows]  # fmt: skip
    if filters.status is not None:
        rows = [r for r in rows if r.indicator.status == filters.status]
    if with_measurements:
        splits = {r.indicator.id: r.indicator.split for r in rows}
    else:  # the few split indicators' measurements, for their parts
        splits = current_splits((r.indicator for r in rows), session=session)
    summands = [
        Summand(r.indicator.library_id, r.indicator.unit, r.indicator.unit_subject,
                r.indicator.semantics, r.indicator.progress.actual if r.indicator.progress else None,
                tuple(splits.get(r.indicator.id, {}).get(Dimension.GEMEENTE, {}).items()))
        for r in rows
    ]  # fmt: skip
    return PortfolioIndicators(tuple(rows), tuple(totals(summands)))


def indicator_filter_choices(*, session: Session) -> tuple[list[Theme], list[Fieldlab]]:
    themes = list(session.exec(select(Theme).order_by(col(Theme.kind), col(Theme.sort_order))))
    labs = list(session.exec(select(Fieldlab).order_by(col(Fieldlab.name))))
    return themes, labs


# --- edits -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class IndicatorInput:
    name: str
    toc_element_id: int | None
    library_id: int | None = None
    unit: str = ""
    unit_subject: UnitSubject = UnitSubject.DEELNEMERS
    direction: Direction = Direction.HOGER
    comparator: Comparator = Comparator.GE
    semantics: ValueSemantics = ValueSemantics.MOMENTOPNAME
    whole_numbers: bool = False
    baseline_value: Decimal | None = None
    baseline_date: dt.date | None = None
    baseline_method: Method | None = None
    baseline_sample_size: int | None = None
    baseline_reconstructed: bool = False
    target_value: Decimal | None = None
    target_date: dt.date | None = None
    method: Method | None = None
    source: str = ""
    frequency: str = ""
    split_gemeente: bool = False
    split_doelgroep: bool = False

    def values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in IndicatorInput.__slots__}


def _checked(data: IndicatorInput, project_id: int, session: Session) -> dict[str, Any]:
    values = data.values()
    values["name"] = data.name.strip()
    values["unit"] = data.unit.strip()
    values["source"] = data.source.strip()
    values["frequency"] = data.frequency.strip()
    if not values["name"]:
        raise ValidationError("indicator.name_empty", field="name")
    if len(values["name"]) > LIMITS["title"]:
        raise ValidationError("validation.too_long", field="name", length=len(values["name"]),
                              limit=LIMITS["title"])  # fmt: skip
    if data.toc_element_id is not None:
        element = session.get(ToCElement, data.toc_element_id)
        if (
            element is None
            or element.project_id != project_id
            or element.level not in MEASURED_LEVELS
        ):
            raise ValidationError("indicator.element", field="element")
    for field in ("baseline_value", "target_value"):
        if values[field] is not None:
            check_whole(values[field], data.whole_numbers, field)
    if data.baseline_sample_size is not None and data.baseline_sample_size <= 0:
        raise ValidationError("indicator.sample_size", field="baseline_sample_size")
    if (
        data.split_gemeente or data.split_doelgroep
    ) and data.semantics is ValueSemantics.MOMENTOPNAME:
        raise ValidationError("indicator.split_snapshot", field="split")
    return values


def add_indicator(label: str, project_id: int, data: IndicatorInput, *, session: Session) -> Edit:
    values = {**_checked(data, project_id, session), "project_id": project_id}
    return insert_row(label, "indicator", values)


def change_indicator(
    label: str, indicator_id: int, data: IndicatorInput, *, session: Session
) -> Edit:
    indicator = session.get(Indicator, indicator_id)
    if indicator is None:
        raise EditConflict("edit.not_found")
    values = _checked(data, indicator.project_id, session)
    if data.whole_numbers:  # measurements already kept must be whole too
        for m in session.exec(
            select(Measurement).where(col(Measurement.indicator_id) == indicator_id)
        ):
            check_whole(m.value, True, "whole_numbers")
    return set_fields(label, "indicator", (indicator_id,), values, session=session)


def delete_indicator(label: str, indicator_id: int, *, session: Session) -> Edit:
    """The indicator goes with its measurements."""
    return delete_row(label, "indicator", (indicator_id,), session=session)


@dataclass(frozen=True, slots=True)
class MeasurementInput:
    measured_on: dt.date
    kind: MeasurementKind
    value: Decimal | None
    """The value as typed; None when it is computed from numerator and denominator."""
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    sample_size: int | None = None
    note: str = ""
    parts: tuple[Part, ...] = ()
    """Its split per gemeente or doelgroep, where the indicator declares one."""


def _measurement_values(indicator: Indicator, data: MeasurementInput) -> dict[str, Any]:
    numerator, denominator = data.numerator, data.denominator
    if numerator is not None or denominator is not None:
        if numerator is None or denominator is None:
            raise ValidationError("indicator.denominator", field="denominator")
        value = percentage_of(numerator, denominator)
    elif data.value is None:
        raise ValidationError("number.invalid", field="value", text="")
    else:
        value = data.value
        check_whole(value, indicator.whole_numbers)
    if data.sample_size is not None and data.sample_size <= 0:
        raise ValidationError("indicator.sample_size", field="sample_size")
    dimensions = [d for d, on in ((Dimension.GEMEENTE, indicator.split_gemeente),
                                  (Dimension.DOELGROEP, indicator.split_doelgroep)) if on]  # fmt: skip
    for problem in part_problems(value, data.parts, indicator.whole_numbers, dimensions):
        raise problem
    return {"measured_on": data.measured_on, "kind": data.kind, "value": value,
            "numerator": numerator, "denominator": denominator,
            "sample_size": data.sample_size, "note": data.note.strip()}  # fmt: skip


def add_measurement(
    label: str, indicator_id: int, data: MeasurementInput, *, session: Session
) -> Edit:
    indicator = session.get(Indicator, indicator_id)
    if indicator is None:
        raise EditConflict("edit.not_found")
    values = {**_measurement_values(indicator, data), "indicator_id": indicator_id}
    return insert_row(label, "measurement", values,
                      extra=[("measurement_part", _part_values(part, NewId(0))) for part in data.parts])  # fmt: skip


def _part_values(part: Part, measurement: int | NewId) -> dict[str, Any]:
    return {"measurement_id": measurement, "value": part.value,
            "municipality_id": part.ref if part.dimension is Dimension.GEMEENTE else None,
            "target_group_id": part.ref if part.dimension is Dimension.DOELGROEP else None}  # fmt: skip


def change_measurement(
    label: str, measurement_id: int, data: MeasurementInput, *, session: Session
) -> Edit:
    measurement = session.get(Measurement, measurement_id)
    indicator = session.get(Indicator, measurement.indicator_id) if measurement else None
    if measurement is None or indicator is None:
        raise EditConflict("edit.not_found")
    values = _measurement_values(indicator, data)
    edit = set_fields(label, "measurement", (measurement_id,), values, session=session)
    from fieldlab_desk.domain.models import MeasurementPart

    kept = list(session.exec(
        select(MeasurementPart).where(col(MeasurementPart.measurement_id) == measurement_id)
        .order_by(col(MeasurementPart.id))
    ))  # fmt: skip
    wanted = [_part_values(part, measurement_id) for part in data.parts]
    if [(p.municipality_id, p.target_group_id, p.value) for p in kept] == [
        (w["municipality_id"], w["target_group_id"], w["value"]) for w in wanted
    ]:
        return edit  # the same split: only the measurement's own fields change
    gone = [op for part in kept
            for op in delete_row(label, "measurement_part", (part.id,), session=session).operations]  # fmt: skip
    made = [InsertRows(("measurement_part", _values(w))) for w in wanted]
    return Edit(label, (*edit.operations, *gone, *made))


def delete_measurement(label: str, measurement_id: int, *, session: Session) -> Edit:
    return delete_row(label, "measurement", (measurement_id,), session=session)


def split_choices(project_id: int, *, session: Session) -> dict[Dimension, list[Choice]]:
    """What a measurement of the project may be split into: the project's gemeenten and
    doelgroepen (all of the portfolio's, not retired, where the project names none)."""
    from fieldlab_desk.domain.models import ProjectMunicipality, ProjectTargetGroup
    from fieldlab_desk.services import catalog

    places = set(session.exec(select(ProjectMunicipality.municipality_id).where(
        col(ProjectMunicipality.project_id) == project_id)))  # fmt: skip
    groups = set(session.exec(select(ProjectTargetGroup.target_group_id).where(
        col(ProjectTargetGroup.project_id) == project_id)))  # fmt: skip
    every_place = catalog.municipalities(session=session)
    every_group = catalog.target_groups(session=session)
    return {
        Dimension.GEMEENTE: [c for c in every_place if c.id in places]
        or [c for c in every_place if not c.retired],
        Dimension.DOELGROEP: [c for c in every_group if c.id in groups]
        or [c for c in every_group if not c.retired],
    }


def current_splits(
    indicators: Iterable[IndicatorRow], *, session: Session, until: dt.date | None = None
) -> dict[int, dict[Dimension, dict[str, Decimal]]]:
    """The split of the current value of those indicators that declare one, read from their
    measurements (for outputs that read the current values in SQL, such as the pack)."""
    chosen = [i for i in indicators if i.dimensions]
    found = _measurements_of([i.id for i in chosen], session, until)
    return {i.id: replace(i, measurements=tuple(found.get(i.id, ()))).split for i in chosen}
