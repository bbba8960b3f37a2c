"""Historie: the phase history and every change to the project, newest first."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from PySide6.QtWidgets import (
    QGroupBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldlab_desk.domain import formats
from fieldlab_desk.domain.enums import (
    AdoptionForm,
    AdoptionFunding,
    AssumptionStatus,
    DecisionKind,
    FundingSource,
    MeetingKind,
    ParticipationRole,
    Phase,
    RagStatus,
    RequestKind,
    RequestStatus,
)
from fieldlab_desk.services import catalog, projects
from fieldlab_desk.ui.labels import action_label, field_label, label
from fieldlab_desk.ui.views import PageContext
from fieldlab_desk.ui.widgets import Retranslating, read_only_table

ENUM_FIELDS: dict[str, tuple[type[StrEnum], ...]] = {
    "phase": (Phase,), "rag": (RagStatus,), "role": (ParticipationRole,),
    "funding_source": (FundingSource,), "status": (RequestStatus, AssumptionStatus),
    "kind": (RequestKind, DecisionKind, MeetingKind),
    "form": (AdoptionForm,), "funding": (AdoptionFunding,),
}  # fmt: skip
"""Fields whose stored codes are named as their enum names them (the first that knows it)."""


class HistoryTab(Retranslating, QWidget):
    SHOWS = frozenset({"change_record", "fieldlab", "indicator", "indicator_library",
                       "meeting", "municipality", "organisation", "person",
                       "phase_change", "reference_term", "target_group", "theme",
                       "toc_element"})  # fmt: skip
    """The record kinds this tab shows: an edit of none of them leaves it as it is."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyTab")
        self.context = context
        self.document = context.document
        self.project_id: int | None = None
        self.phases = read_only_table("phaseHistoryTable", 5)
        self.changes = read_only_table("changeHistoryTable", 5)
        self.phase_group = QGroupBox()
        QVBoxLayout(self.phase_group).addWidget(self.phases)
        self.change_group = QGroupBox()
        QVBoxLayout(self.change_group).addWidget(self.changes)
        layout = QVBoxLayout(self)
        layout.addWidget(self.phase_group, 1)
        layout.addWidget(self.change_group, 2)
        self.retranslate()

    def load(self, project_id: int) -> None:
        self.project_id = project_id
        language = self.context.language
        history = self.document.read(projects.project_history, project_id)
        names = self.document.read(catalog.names_by_field, language, project_id)
        phases, records = history.phases, history.changes
        self.phases.setRowCount(len(phases))
        for row, change in enumerate(reversed(phases)):
            cells = (
                formats.date(change.changed_on, language),
                label(change.from_phase, language),
                label(change.to_phase, language),
                change.changed_by,
                change.note,
            )
            for column, text in enumerate(cells):
                self.phases.setItem(row, column, QTableWidgetItem(text))
        self.changes.setRowCount(len(records))
        for row, record in enumerate(records):
            local = (
                record.at.astimezone()
                if record.at.tzinfo
                else record.at.replace(tzinfo=dt.UTC).astimezone()
            )
            what = (
                f"{field_label(record.entity, record.field, language)} "
                f"{action_label(record.action.value, language)}"
                if record.action.value != "update" and record.entity != "period_closure"
                else field_label(record.entity, record.field, language)
            )
            cells = (formats.moment(local, language), record.written_by(), what,
                     self._value(record.field, record.old_value, names), self._value(record.field, record.new_value, names))  # fmt: skip
            for column, text in enumerate(cells):
                self.changes.setItem(row, column, QTableWidgetItem(text))
        self.phases.resizeColumnsToContents()
        self.changes.resizeColumnsToContents()

    def _value(self, field: str, value: str | None, names: dict[str, dict[Any, str]]) -> str:
        if value is None:
            return "—"
        if field in names and value.isdigit():  # a record by its name; one gone since: said so
            return names[field].get(int(value), self.tr("(verwijderd)"))
        if field in names:  # a cost category by its code
            return names[field].get(value, value)
        for enum in ENUM_FIELDS.get(field, ()):
            if value in {member.value for member in enum}:
                return label(enum(value), self.context.language)
        if field.endswith(("_date", "_on")) and len(value) == 10:
            return formats.date(dt.date.fromisoformat(value), self.context.language)
        if field.endswith("_cents") and value.lstrip("-").isdigit():
            return formats.money(int(value), self.context.language)
        if field in ("in_kind", "rate_frozen"):
            return self.tr("ja") if value == "1" else self.tr("nee")
        return value

    def retranslate(self) -> None:
        self.phase_group.setTitle(self.tr("Fasegeschiedenis"))
        self.change_group.setTitle(self.tr("Wijzigingen (nieuwste eerst)"))
        self.phases.setHorizontalHeaderLabels(
            [
                self.tr("Datum"),
                self.tr("Van"),
                self.tr("Naar"),
                self.tr("Door"),
                self.tr("Toelichting"),
            ]
        )
        self.changes.setHorizontalHeaderLabels(
            [self.tr("Wanneer"), self.tr("Wie"), self.tr("Wat"), self.tr("Oud"), self.tr("Nieuw")]
        )
        self.phases.setAccessibleName(self.tr("Fasegeschiedenis"))
        self.changes.setAccessibleName(self.tr("Wijzigingen"))
        if self.project_id is not None:
            self.load(self.project_id)
