"""Reference data as data: the portfolio's opgaven, stelseluitdagingen, programme lines, its
regional agenda's themes, target groups, gemeenten, indicator library, organisation kinds and
cost categories, each item with a stable code and names in both languages.

An item is added, renamed, or **retired** (*vervallen*): never deleted while anything uses it,
it stays on those records and is no longer offered for new ones. Every change is an
:class:`Edit` (undoable, in the change history). The regional agenda's name (e.g. "Drentse
Sociale Agenda 2020-2023") is the portfolio's own (``file_info.regional_agenda``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from fieldlab_desk.domain import models
from fieldlab_desk.domain.enums import ThemeKind, UnitSubject, ValueSemantics
from fieldlab_desk.domain.errors import ValidationError
from fieldlab_desk.domain.terms import CODE as TERM_CODE
from fieldlab_desk.domain.terms import TermKind
from fieldlab_desk.services.edits import Edit, insert_row, set_fields

AGENDA_KEY = "regional_agenda"


class ReferenceKind(StrEnum):
    """What a reference item is; the value is the word the CLI takes."""

    OPGAVE = "opgave"
    STELSELUITDAGING = "stelseluitdaging"
    PROGRAMMALIJN = "programmalijn"
    AGENDA = "agenda"
    DOELGROEP = "doelgroep"
    GEMEENTE = "gemeente"
    INDICATOR = "indicator"
    ORGANISATIESOORT = "organisatiesoort"
    KOSTENSOORT = "kostensoort"


TERM_KINDS = {
    ReferenceKind.ORGANISATIESOORT: TermKind.ORGANISATION_KIND,
    ReferenceKind.KOSTENSOORT: TermKind.COST_CATEGORY,
}
"""Kinds held in ``reference_term``: codes the records store (lower case), not ids."""

THEME_KINDS = {
    ReferenceKind.OPGAVE: ThemeKind.OPGAVE,
    ReferenceKind.STELSELUITDAGING: ThemeKind.STELSELUITDAGING,
    ReferenceKind.PROGRAMMALIJN: ThemeKind.PROGRAMMALIJN,
    ReferenceKind.AGENDA: ThemeKind.SOCIALE_AGENDA,
}


@dataclass(frozen=True, slots=True)
class ReferenceItem:
    kind: ReferenceKind
    id: int
    code: str
    name_nl: str
    name_en: str
    retired: bool
    in_use: int
    """How many records use it (projects, links, chain elements, indicators)."""

    def name(self, language: str) -> str:
        return self.name_en if language == "en" and self.name_en else self.name_nl


def _table(kind: ReferenceKind) -> Any:
    if kind in THEME_KINDS:
        return models.Theme
    if kind in TERM_KINDS:
        return models.ReferenceTerm
    return {ReferenceKind.DOELGROEP: models.TargetGroup, ReferenceKind.GEMEENTE: models.Municipality,
            ReferenceKind.INDICATOR: models.IndicatorEntry}[kind]  # fmt: skip


def _uses(kind: ReferenceKind, session: Session) -> dict[int, int]:
    """How many records use each item of ``kind``, by its id."""
    counts: dict[int, int] = {}

    def add(column: Any) -> None:
        for item_id, count in session.exec(
            select(column, func.count()).where(column.is_not(None)).group_by(column)
        ):
            counts[item_id] = counts.get(item_id, 0) + count

    if kind in TERM_KINDS:  # records store the code: counted by code, given by the term's id
        user: Any = (
            models.Organisation if kind is ReferenceKind.ORGANISATIESOORT else models.BudgetLine
        )
        column = col(user.kind if user is models.Organisation else user.category)
        term = models.ReferenceTerm
        for term_id, count in session.exec(
            select(term.id, func.count()).join(user, column == col(term.code))
            .where(col(term.kind) == TERM_KINDS[kind].value).group_by(col(term.id))
        ):  # fmt: skip
            counts[term_id or 0] = count
    elif kind in THEME_KINDS:
        add(col(models.ProjectTheme.theme_id))
        add(col(models.Project.primary_theme_id))
        add(col(models.ToCElement.theme_id))
    elif kind is ReferenceKind.DOELGROEP:
        add(col(models.ProjectTargetGroup.target_group_id))
    elif kind is ReferenceKind.GEMEENTE:
        add(col(models.ProjectMunicipality.municipality_id))
    else:
        add(col(models.Indicator.library_id))
    return counts


def reference_items(kind: ReferenceKind, *, session: Session) -> list[ReferenceItem]:
    """Every item of ``kind``, retired ones too, in their order, with how often each is used."""
    uses = _uses(kind, session)
    table: Any = _table(kind)
    if table is models.Municipality:
        places = session.exec(select(models.Municipality).order_by(col(models.Municipality.name)))
        return [ReferenceItem(kind, m.id or 0, m.name, m.name, m.name, m.retired, uses.get(m.id or 0, 0))
                for m in places]  # fmt: skip
    statement = select(table)
    if kind in THEME_KINDS:
        statement = statement.where(col(table.kind) == THEME_KINDS[kind])
    elif kind in TERM_KINDS:
        statement = statement.where(col(table.kind) == TERM_KINDS[kind].value)
    rows: Any = session.exec(statement.order_by(col(table.sort_order), col(table.id)))
    return [ReferenceItem(kind, r.id, r.code, r.name_nl, r.name_en, r.retired, uses.get(r.id, 0))
            for r in rows]  # fmt: skip


def find_item(kind: ReferenceKind, code: str, *, session: Session) -> ReferenceItem:
    wanted = code.strip().casefold()
    for item in reference_items(kind, session=session):
        if item.code.casefold() == wanted:
            return item
    raise ValidationError("reference.unknown", "code", value=code, kind=kind.value)


CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,39}$")


def add_item(
    label: str, kind: ReferenceKind, code: str, name_nl: str, name_en: str = "", *,
    unit: str = "", session: Session,
) -> Edit:  # fmt: skip
    """A new item. ``code`` is its stable code (capitals, digits, hyphens; a gemeente's code is
    its name); an English name defaults to the Dutch one."""
    name_nl, name_en = name_nl.strip(), (name_en.strip() or name_nl.strip())
    if not name_nl:
        raise ValidationError("reference.name_empty", "name_nl")
    table = _table(kind)
    items = reference_items(kind, session=session)
    if table is models.Municipality:
        code = name_nl
    elif kind in TERM_KINDS:
        code = code.strip().lower()
        if not TERM_CODE.match(code):
            raise ValidationError("reference.term_code_form", "code", value=code)
        if any(i.code == code for i in items):
            raise ValidationError("reference.code_taken", "code", value=code)
    else:
        code = code.strip().upper()
        if not CODE.match(code):
            raise ValidationError("reference.code_form", "code", value=code)
        taken = session.exec(select(table.id).where(col(table.code) == code)).first()
        if taken is not None:
            raise ValidationError("reference.code_taken", "code", value=code)
    if any(i.name_nl.casefold() == name_nl.casefold() for i in items):
        raise ValidationError("reference.name_taken", "name_nl", name=name_nl)
    order = len(items)
    values: dict[str, Any]
    if table is models.Municipality:
        values = {"name": name_nl, "province": "", "retired": False}
    elif table is models.IndicatorEntry:
        values = {"code": code, "name_nl": name_nl, "name_en": name_en, "unit": unit.strip(),
                  "unit_subject": UnitSubject.DEELNEMERS, "semantics": ValueSemantics.CUMULATIEF,
                  "whole_numbers": True, "retired": False, "sort_order": 1000 + order}  # fmt: skip
    elif kind in TERM_KINDS:
        highest = session.exec(select(func.max(table.sort_order))
                               .where(col(table.kind) == TERM_KINDS[kind].value)).one() or 0  # fmt: skip
        values = {"kind": TERM_KINDS[kind].value, "code": code, "name_nl": name_nl,
                  "name_en": name_en, "retired": False, "sort_order": highest + 1}  # fmt: skip
    elif table is models.TargetGroup:
        values = {"code": code, "name_nl": name_nl, "name_en": name_en, "retired": False,
                  "sort_order": 1000 + order}  # fmt: skip
    else:
        highest = session.exec(select(func.max(models.Theme.sort_order))).one() or 0
        values = {"code": code, "kind": THEME_KINDS[kind], "name_nl": name_nl,
                  "name_en": name_en, "retired": False, "sort_order": highest + 1}  # fmt: skip
    return insert_row(label, table.__tablename__, values)


def rename_item(
    label: str, kind: ReferenceKind, code: str, name_nl: str, name_en: str = "", *,
    session: Session,
) -> Edit:  # fmt: skip
    """New names for an item; its code (and every record using it) stays."""
    item = find_item(kind, code, session=session)
    name_nl = name_nl.strip()
    if not name_nl:
        raise ValidationError("reference.name_empty", "name_nl")
    others = [i for i in reference_items(kind, session=session) if i.id != item.id]
    if any(i.name_nl.casefold() == name_nl.casefold() for i in others):
        raise ValidationError("reference.name_taken", "name_nl", name=name_nl)
    table = _table(kind)
    if table is models.Municipality:
        return set_fields(
            label, table.__tablename__, (item.id,), {"name": name_nl}, session=session
        )
    changes = {"name_nl": name_nl, "name_en": name_en.strip() or item.name_en}
    return set_fields(label, table.__tablename__, (item.id,), changes, session=session)


def retire_item(
    label: str, kind: ReferenceKind, code: str, *, retired: bool = True, session: Session
) -> Edit:
    """Retire an item (*vervallen*: kept where used, no longer offered) or bring it back."""
    item = find_item(kind, code, session=session)
    table = _table(kind)
    return set_fields(label, table.__tablename__, (item.id,), {"retired": retired}, session=session)


def agenda_name(*, session: Session) -> str:
    """The portfolio's regional agenda ("Drentse Sociale Agenda 2020-2023"), or ""."""
    row = session.get(models.FileInfo, AGENDA_KEY)
    return row.value if row is not None else ""


def set_agenda_name(label: str, name: str, *, session: Session) -> Edit:
    """Name the regional agenda whose themes the portfolio works on."""
    name = name.strip()
    if session.get(models.FileInfo, AGENDA_KEY) is None:
        return insert_row(label, "file_info", {"key": AGENDA_KEY, "value": name})
    return set_fields(label, "file_info", (AGENDA_KEY,), {"value": name}, session=session)
