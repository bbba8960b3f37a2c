"""Algemeen: every field of a project, its links and phase. Each field saves when left."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QListWidgetItem, QTableWidgetItem, QWidget

from fieldlab_desk.domain.enums import ParticipationRole, Phase, RagStatus, ThemeKind
from fieldlab_desk.domain.models import Project
from fieldlab_desk.services import catalog
from fieldlab_desk.services.catalog import linked, links_edit
from fieldlab_desk.services.projects import phase_change_edit, project_fields_edit, validate_project
from fieldlab_desk.ui.dialogs.phase_dialog import PhaseDialog
from fieldlab_desk.ui.document import Document
from fieldlab_desk.ui.forms.ui_project_general import Ui_ProjectGeneral
from fieldlab_desk.ui.i18n import current_language
from fieldlab_desk.ui.labels import field_label, label
from fieldlab_desk.ui.widgets import (
    FocusOut,
    fill_combo,
    read_date,
    select_data,
    set_plain_text,
    setup_date_edit,
    show_date,
    show_problem,
)

TEXT_FIELDS = {"summaryEdit": "summary", "needEdit": "need", "goalEdit": "goal",
               "scalingEdit": "scaling_plan", "resultEdit": "result_text"}  # fmt: skip
COMBO_FIELDS = {"fieldlabCombo": "fieldlab_id", "themeCombo": "primary_theme_id",
                "leadCombo": "lead_organisation_id", "leaderCombo": "leader_person_id", "ragCombo": "rag"}  # fmt: skip
LIST_LINKS = {"themesList": "project_theme", "targetGroupsList": "project_target_group",
              "municipalitiesList": "project_municipality"}  # fmt: skip


class GeneralTab(QWidget):
    heading_changed = Signal(str)
    """Emitted with "CODE — Title" whenever the shown project is (re)loaded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ProjectGeneral()
        self.ui.setupUi(self)
        self.setObjectName("generalTab")
        self.document: Document | None = None
        self.project: Project | None = None
        self._loading = False
        self._saving = False
        setup_date_edit(self.ui.startEdit)
        setup_date_edit(self.ui.endEdit)
        self._connect()
        self.retranslate()

    def _connect(self) -> None:
        self.ui.codeEdit.editingFinished.connect(
            lambda: self.save_field("code", self.ui.codeEdit.text().strip())
        )
        self.ui.titleEdit.editingFinished.connect(
            lambda: self.save_field("title", self.ui.titleEdit.text().strip())
        )
        self.ui.startEdit.editingFinished.connect(
            lambda: self.save_field("start_date", read_date(self.ui.startEdit))
        )
        self.ui.endEdit.editingFinished.connect(
            lambda: self.save_field("end_date", read_date(self.ui.endEdit))
        )
        for name, field in TEXT_FIELDS.items():
            edit = getattr(self.ui, name)
            FocusOut(edit, partial(self._text_left, edit, field))
        for name, field in COMBO_FIELDS.items():
            combo: QComboBox = getattr(self.ui, name)
            combo.activated.connect(partial(self._combo_chosen, combo, field))
        for name, link_table in LIST_LINKS.items():
            getattr(self.ui, name).itemChanged.connect(
                partial(self._links_changed, name, link_table)
            )
        self.ui.changePhaseButton.clicked.connect(self.change_phase)
        self.ui.orgAddButton.clicked.connect(self.add_organisation)
        self.ui.orgRemoveButton.clicked.connect(self.remove_organisation)

    def _text_left(self, edit: Any, field: str) -> None:
        self.save_field(field, edit.toPlainText())

    def _combo_chosen(self, combo: QComboBox, field: str, _index: int) -> None:
        self.save_field(field, combo.currentData())

    def _links_changed(self, widget_name: str, link_table: str, _item: QListWidgetItem) -> None:
        self.save_links(widget_name, link_table)

    def set_document(self, document: Document | None) -> None:
        self.document = document
        self.project = None

    # loading ---------------------------------------------------------------------------
    def load(self, project_id: int) -> None:
        if self.document is None:
            return
        self._loading = True
        try:
            with self.document.database.session() as session:
                self.project = session.get(Project, project_id)
                if self.project is None:
                    return
                self._fill_choices(session)
                self._show_project(self.project)
                self._show_links(session, project_id)
        finally:
            self._loading = False
        read_only = self.document.read_only
        for widget in self.findChildren(QWidget):
            if hasattr(widget, "setReadOnly"):
                widget.setReadOnly(read_only)
        for widget in (self.ui.changePhaseButton, self.ui.orgAddButton, self.ui.orgRemoveButton,
                       self.ui.startEdit, self.ui.endEdit, *[getattr(self.ui, n) for n in COMBO_FIELDS],
                       *[getattr(self.ui, n) for n in LIST_LINKS], self.ui.organisationsTable):  # fmt: skip
            widget.setEnabled(not read_only)
        self.ui.startEdit.setEnabled(not read_only)

    def _fill_choices(self, session: Any) -> None:
        language = current_language()
        p = self.project
        assert p is not None
        none = self.tr("— geen —")
        fill_combo(
            self.ui.fieldlabCombo,
            [(c.name_nl, c.id) for c in catalog.fieldlabs(session=session)],
            p.fieldlab_id,
            none,
        )
        opgaven = catalog.themes(
            session=session, kinds=(ThemeKind.OPGAVE, ThemeKind.STELSELUITDAGING)
        )
        fill_combo(
            self.ui.themeCombo,
            [(c.name(language), c.id) for c in opgaven],
            p.primary_theme_id,
            none,
        )
        orgs = catalog.organisations(session=session)
        fill_combo(
            self.ui.leadCombo, [(c.name_nl, c.id) for c in orgs], p.lead_organisation_id, none
        )
        fill_combo(
            self.ui.leaderCombo,
            [(c.name_nl, c.id) for c in catalog.people(session=session)],
            p.leader_person_id,
            none,
        )
        fill_combo(self.ui.ragCombo, [(label(r), r) for r in RagStatus], p.rag, none)
        fill_combo(self.ui.orgAddCombo, [(c.name_nl, c.id) for c in orgs], None)
        self._fill_checklist(self.ui.themesList, catalog.themes(session=session), language)
        self._fill_checklist(
            self.ui.targetGroupsList, catalog.target_groups(session=session), language
        )
        self._fill_checklist(
            self.ui.municipalitiesList, catalog.municipalities(session=session), language
        )

    @staticmethod
    def _fill_checklist(widget: Any, choices: list[catalog.Choice], language: str) -> None:
        widget.blockSignals(True)
        widget.clear()
        for choice in choices:
            item = QListWidgetItem(choice.name(language))
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            widget.addItem(item)
        widget.blockSignals(False)

    def _show_project(self, p: Project) -> None:
        self.ui.codeEdit.setText(p.code)
        self.ui.titleEdit.setText(p.title)
        for name, field in TEXT_FIELDS.items():
            set_plain_text(getattr(self.ui, name), getattr(p, field))
        show_date(self.ui.startEdit, p.start_date)
        show_date(self.ui.endEdit, p.end_date)
        for name, field in COMBO_FIELDS.items():
            select_data(getattr(self.ui, name), getattr(p, field))
        self.ui.phaseValue.setText(label(p.phase))
        for error in (self.ui.codeError, self.ui.titleError, self.ui.endError):
            show_problem(error, None)
        self.heading_changed.emit(f"{p.code} — {p.title}")

    def _show_links(self, session: Any, project_id: int) -> None:
        for name, link_table in LIST_LINKS.items():
            chosen = linked(link_table, project_id, session=session)
            widget = getattr(self.ui, name)
            widget.blockSignals(True)
            for row in range(widget.count()):
                item = widget.item(row)
                checked = item.data(Qt.ItemDataRole.UserRole) in chosen
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            widget.blockSignals(False)
        self._show_organisations(session, project_id)

    def _show_organisations(self, session: Any, project_id: int) -> None:
        names = {c.id: c.name_nl for c in catalog.organisations(session=session)}
        roles = linked("project_organisation", project_id, session=session)
        table = self.ui.organisationsTable
        table.verticalHeader().hide()
        table.setRowCount(0)
        table.setHorizontalHeaderLabels([self.tr("Organisatie"), self.tr("Rol")])
        for org_id, role in sorted(roles.items(), key=lambda item: names.get(item[0], "")):
            row = table.rowCount()
            table.insertRow(row)
            item = QTableWidgetItem(names.get(org_id, "?"))
            item.setData(Qt.ItemDataRole.UserRole, org_id)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, 0, item)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Rol van %1").replace("%1", names.get(org_id, "?")))
            fill_combo(combo, [(label(r), r) for r in ParticipationRole], role)
            combo.activated.connect(lambda _i: self.save_organisations())
            table.setCellWidget(row, 1, combo)
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)

    # saving ----------------------------------------------------------------------------
    def current_values(self) -> dict[str, Any]:
        return {
            "code": self.ui.codeEdit.text().strip(),
            "title": self.ui.titleEdit.text().strip(),
            "start_date": read_date(self.ui.startEdit),
            "end_date": read_date(self.ui.endEdit),
        }

    def save_field(self, field: str, value: Any) -> None:
        if self._saving:  # a message box taking focus ends editing once more: ignore that
            return
        self._saving = True
        try:
            self._save_field(field, value)
        finally:
            self._saving = False

    def _save_field(self, field: str, value: Any) -> None:
        if (
            self._loading
            or self.document is None
            or self.project is None
            or self.document.read_only
        ):
            return
        with self.document.database.session() as session:
            problems = validate_project(self.current_values(), self.project.id, session=session)
            errors = {
                "code": self.ui.codeError,
                "title": self.ui.titleError,
                "end_date": self.ui.endError,
            }
            for name, error_label in errors.items():
                message = next(
                    (p.message(current_language()) for p in problems if p.field == name), None
                )
                show_problem(error_label, message)
            if any(
                p.field == field or (field == "start_date" and p.field == "end_date")
                for p in problems
            ):
                return
            if getattr(self.project, field) == value:
                return
            edit = project_fields_edit(
                self.tr("%1 wijzigen").replace("%1", self._field_name(field)),
                self.project.id or 0,
                {field: value},
                session=session,
            )
        self.document.execute(edit)

    def _field_name(self, field: str) -> str:
        return field_label("project", field).lower()

    def save_links(self, widget_name: str, link_table: str) -> None:
        if self._loading or self.document is None or self.project is None:
            return
        widget = getattr(self.ui, widget_name)
        wanted = {
            widget.item(row).data(Qt.ItemDataRole.UserRole): None
            for row in range(widget.count())
            if widget.item(row).checkState() == Qt.CheckState.Checked
        }
        titles = {"project_theme": self.tr("Thema's wijzigen"), "project_target_group": self.tr("Doelgroepen wijzigen"),
                  "project_municipality": self.tr("Gemeenten wijzigen")}  # fmt: skip
        with self.document.database.session() as session:
            edit = links_edit(
                titles[link_table], link_table, self.project.id or 0, wanted, session=session
            )
        self.document.execute(edit)

    def organisations_wanted(self) -> dict[int, Any]:
        table = self.ui.organisationsTable
        wanted: dict[int, Any] = {}
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            if item is None:
                continue
            org_id = item.data(Qt.ItemDataRole.UserRole)
            combo = table.cellWidget(row, 1)
            wanted[org_id] = (
                combo.currentData() if isinstance(combo, QComboBox) else ParticipationRole.PARTNER
            )
        return wanted

    def save_organisations(self, wanted: dict[int, Any] | None = None) -> None:
        if self._loading or self.document is None or self.project is None:
            return
        wanted = self.organisations_wanted() if wanted is None else wanted
        with self.document.database.session() as session:
            edit = links_edit(
                self.tr("Organisaties wijzigen"),
                "project_organisation",
                self.project.id or 0,
                wanted,
                session=session,
            )
        self.document.execute(edit)

    def add_organisation(self) -> None:
        org_id = self.ui.orgAddCombo.currentData()
        wanted = self.organisations_wanted()
        if org_id is not None and org_id not in wanted:
            wanted[org_id] = ParticipationRole.PARTNER
            self.save_organisations(wanted)

    def remove_organisation(self) -> None:
        rows = {index.row() for index in self.ui.organisationsTable.selectedIndexes()}
        if not rows:
            return
        wanted = self.organisations_wanted()
        for row in rows:
            item = self.ui.organisationsTable.item(row, 0)
            if item is not None:
                wanted.pop(item.data(Qt.ItemDataRole.UserRole), None)
        self.save_organisations(wanted)

    def change_phase(self) -> None:
        if self.document is None or self.project is None:
            return
        dialog = PhaseDialog(self.project.phase, self)
        if not dialog.exec():
            return
        new_phase, day, note = dialog.result_values()
        if new_phase == self.project.phase:
            return
        title = self.tr("Fase wijzigen naar %1").replace("%1", label(new_phase))
        self.document.execute(
            phase_change_edit(
                title,
                self.project,
                Phase(new_phase),
                note,
                who=self.document.who,
                on=day or dt.date.today(),
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.ui.organisationsTable.setHorizontalHeaderLabels(
            [self.tr("Organisatie"), self.tr("Rol")]
        )
        if self.project is not None and not self._loading:
            self.load(self.project.id or 0)
