"""Algemeen: every field of a project, its links and phase. Each field saves when left."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from fieldlab_desk.domain import formats
from fieldlab_desk.domain.access import Area
from fieldlab_desk.domain.enums import ParticipationRole, Phase, RagStatus
from fieldlab_desk.domain.validation import LIMITS
from fieldlab_desk.services import catalog, projects
from fieldlab_desk.services.catalog import LinkKind, ProjectChoices, RecordKind
from fieldlab_desk.services.edits import Edit
from fieldlab_desk.services.projects import FieldConflict, ProjectDetails
from fieldlab_desk.ui.date_field import DateField
from fieldlab_desk.ui.dialogs.phase_dialog import PhaseDialog
from fieldlab_desk.ui.forms.ui_project_general import Ui_ProjectGeneral
from fieldlab_desk.ui.labels import field_label, label
from fieldlab_desk.ui.views import PageContext
from fieldlab_desk.ui.widgets import (
    HELD_TIP,
    FocusOut,
    fill_combo,
    select_data,
    set_plain_text,
    show_problem,
    showing_closed_file,
)

TEXT_FIELDS = {"summaryEdit": "summary", "needEdit": "need", "goalEdit": "goal",
               "scalingEdit": "scaling_plan", "resultEdit": "result_text",
               "ragNoteEdit": "rag_note"}  # fmt: skip
COMBO_FIELDS = {"fieldlabCombo": "fieldlab_id", "themeCombo": "primary_theme_id",
                "leadCombo": "lead_organisation_id", "leaderCombo": "leader_person_id", "ragCombo": "rag"}  # fmt: skip
LIST_LINKS = {"themesList": LinkKind.THEMES, "targetGroupsList": LinkKind.TARGET_GROUPS,
              "municipalitiesList": LinkKind.MUNICIPALITIES}  # fmt: skip


class GeneralTab(QWidget):
    SHOWS = frozenset({"fieldlab", "municipality", "organisation", "person",
                       "project", "project_municipality", "project_organisation",
                       "project_target_group", "project_theme", "target_group",
                       "theme"})  # fmt: skip
    """The record kinds this tab shows: an edit of none of them leaves it as it is."""

    heading_changed = Signal(str)
    """Emitted with "CODE — Title" whenever the shown project is (re)loaded."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ProjectGeneral()
        self.ui.setupUi(self)
        self.setObjectName("generalTab")
        self.context = context
        self.document = context.document
        self.project: ProjectDetails | None = None
        self._loading = False
        self._saving = False
        self.ui.codeEdit.setMaxLength(LIMITS["code"])
        self.ui.titleEdit.setMaxLength(LIMITS["title"])
        self.new_fieldlab = self._beside(self.ui.fieldlabCombo, "newFieldlabButton")
        self._connect()
        self.retranslate()

    def _beside(self, combo: QComboBox, name: str) -> QPushButton:
        """A button right of ``combo`` in the form's grid, next after it in the Tab order."""
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        parent = combo.parentWidget()
        layout = parent.layout() if parent is not None else None
        assert layout is not None
        layout.replaceWidget(combo, holder)
        row.addWidget(combo, 1)
        button = QPushButton()
        button.setObjectName(name)
        row.addWidget(button)
        QWidget.setTabOrder(combo, button)
        return button

    def _connect(self) -> None:
        self.ui.codeEdit.editingFinished.connect(
            lambda: self.save_field("code", self.ui.codeEdit.text().strip())
        )
        self.ui.titleEdit.editingFinished.connect(
            lambda: self.save_field("title", self.ui.titleEdit.text().strip())
        )
        self.ui.startEdit.editingFinished.connect(
            lambda: self._save_date("start_date", self.ui.startEdit)
        )
        self.ui.endEdit.editingFinished.connect(
            lambda: self._save_date("end_date", self.ui.endEdit)
        )
        for name, field in TEXT_FIELDS.items():
            edit = getattr(self.ui, name)
            FocusOut(edit, partial(self._text_left, edit, field))
        for name, field in COMBO_FIELDS.items():
            combo: QComboBox = getattr(self.ui, name)
            combo.activated.connect(partial(self._combo_chosen, combo, field))
        for name, kind in LIST_LINKS.items():
            getattr(self.ui, name).itemChanged.connect(partial(self._links_changed, name, kind))
        self.ui.changePhaseButton.clicked.connect(self.change_phase)
        self.new_fieldlab.clicked.connect(self.create_fieldlab)
        self.ui.orgAddButton.clicked.connect(self.add_organisation)
        self.ui.orgRemoveButton.clicked.connect(self.remove_organisation)

    def _save_date(self, field: str, edit: DateField) -> None:
        if edit.problem() is None:  # what is no date stays on screen with its message
            self.save_field(field, edit.date())

    def _text_left(self, edit: Any, field: str) -> None:
        self.save_field(field, edit.toPlainText())

    def _combo_chosen(self, combo: QComboBox, field: str, _index: int) -> None:
        self.save_field(field, combo.currentData())

    def _links_changed(self, widget_name: str, kind: LinkKind, _item: QListWidgetItem) -> None:
        self.save_links(widget_name, kind)

    # loading ---------------------------------------------------------------------------
    @property
    def _held(self) -> bool:
        """Whether this login may not change the project shown (or the file is read-only)."""
        return self.document.held(Area.PROJECT, self.project.id if self.project else None)

    def load(self, project_id: int, details: projects.ProjectDetails | None = None) -> None:
        """Show the project; ``details`` when they were just read (saves reading them again)."""
        self._loading = True
        try:
            self.project = details or self.document.read(projects.project_details, project_id)
            if self.project is None:
                return
            choices = self.document.read(catalog.project_choices, project_id)
            self._fill_choices(choices)
            self._show_project(self.project)
            self._show_links(choices)
        finally:
            self._loading = False
        read_only = self._held
        for widget in self.findChildren(QWidget):
            if hasattr(widget, "setReadOnly"):
                widget.setReadOnly(read_only)
        for widget in (self.ui.changePhaseButton, self.ui.orgAddButton, self.ui.orgRemoveButton, self.new_fieldlab,
                       self.ui.startEdit, self.ui.endEdit, *[getattr(self.ui, n) for n in COMBO_FIELDS],
                       *[getattr(self.ui, n) for n in LIST_LINKS], self.ui.organisationsTable):  # fmt: skip
            widget.setEnabled(not read_only)
        self.new_fieldlab.setEnabled(not read_only and not self.document.held(Area.REFERENCE))
        if not read_only:  # the project is theirs, fieldlabs the beheerder's: say why
            language = self.context.language
            self.new_fieldlab.setProperty(HELD_TIP, None)  # this tip is its own now
            self.new_fieldlab.setToolTip(self.document.why_held(Area.REFERENCE, language=language))

    def _fill_choices(self, choices: ProjectChoices) -> None:
        language = self.context.language
        p = self.project
        assert p is not None
        none = self.tr("— geen —")
        fill_combo(
            self.ui.fieldlabCombo,
            [(c.name_nl, c.id) for c in choices.fieldlabs],
            p.fieldlab_id,
            none,
        )
        fill_combo(self.ui.themeCombo, [(c.name(language), c.id) for c in choices.opgaven],
                   p.primary_theme_id, none)  # fmt: skip
        orgs = [(c.name_nl, c.id) for c in choices.organisations]
        fill_combo(self.ui.leadCombo, orgs, p.lead_organisation_id, none)
        fill_combo(
            self.ui.leaderCombo,
            [(c.name_nl, c.id) for c in choices.people],
            p.leader_person_id,
            none,
        )
        fill_combo(self.ui.ragCombo, [(label(r, language), r) for r in RagStatus], p.rag, none)
        fill_combo(self.ui.orgAddCombo, orgs, None)
        self._fill_checklist(self.ui.themesList, choices.themes, language)
        self._fill_checklist(self.ui.targetGroupsList, choices.target_groups, language)
        self._fill_checklist(self.ui.municipalitiesList, choices.municipalities, language)

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

    def _show_project(self, p: ProjectDetails) -> None:
        self.ui.codeEdit.setText(p.code)
        self.ui.titleEdit.setText(p.title)
        for name, field in TEXT_FIELDS.items():
            set_plain_text(getattr(self.ui, name), getattr(p, field))
        for edit, value in ((self.ui.startEdit, p.start_date), (self.ui.endEdit, p.end_date)):
            edit.language = self.context.language
            edit.set_date(value)
        for name, field in COMBO_FIELDS.items():
            select_data(getattr(self.ui, name), getattr(p, field))
        self.ui.phaseValue.setText(label(p.phase, self.context.language))
        for error in (self.ui.codeError, self.ui.titleError, self.ui.endError):
            show_problem(error, None)
        self.heading_changed.emit(f"{p.code} — {p.title}")

    def _show_links(self, choices: ProjectChoices) -> None:
        for name, kind in LIST_LINKS.items():
            chosen = choices.links[kind]
            widget = getattr(self.ui, name)
            widget.blockSignals(True)
            for row in range(widget.count()):
                item = widget.item(row)
                checked = item.data(Qt.ItemDataRole.UserRole) in chosen
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            widget.blockSignals(False)
        self._show_organisations(choices)

    def _show_organisations(self, choices: ProjectChoices) -> None:
        names = {c.id: c.name_nl for c in choices.organisations}
        roles = choices.links[LinkKind.ORGANISATIONS]
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
            fill_combo(
                combo, [(label(r, self.context.language), r) for r in ParticipationRole], role
            )
            combo.activated.connect(lambda _i: self.save_organisations())
            table.setCellWidget(row, 1, combo)
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)

    # saving ----------------------------------------------------------------------------
    def current_values(self) -> dict[str, Any]:
        return {
            "code": self.ui.codeEdit.text().strip(),
            "title": self.ui.titleEdit.text().strip(),
            "start_date": self.ui.startEdit.date(),
            "end_date": self.ui.endEdit.date(),
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
        if self._loading or self.project is None or self._held:
            return
        problems = self.document.read(
            projects.validate_project, self.current_values(), self.project.id
        )
        errors = {
            "code": self.ui.codeError,
            "title": self.ui.titleError,
            "end_date": self.ui.endError,
        }
        for name, error_label in errors.items():
            message = next(
                (p.message(self.context.language) for p in problems if p.field == name), None
            )
            show_problem(error_label, message)
        if any(
            p.field == field or (field == "start_date" and p.field == "end_date") for p in problems
        ):
            return
        if getattr(self.project, field) == value:
            return
        title = self.tr("%1 wijzigen").replace("%1", self._field_name(field))
        self.document.edit(projects.set_field, title, self.project.id, field, value,
                           expected=getattr(self.project, field), resolve=self._resolve)  # fmt: skip

    def _resolve(self, conflict: FieldConflict) -> Edit | None:
        """Someone else saved this field meanwhile: keep mine, or take theirs (never silently)."""
        assert self.project is not None
        name = self._field_name(conflict.field)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Gelijktijdige wijziging"),
                          self.tr("Iemand anders heeft %1 intussen gewijzigd.").replace("%1", name), parent=self)  # fmt: skip
        box.setObjectName("conflictDialog")
        box.setInformativeText(
            self.tr("Uw waarde: %1\nHun waarde: %2")
            .replace("%1", self._shown(conflict.field, conflict.mine))
            .replace("%2", self._shown(conflict.field, conflict.theirs))
        )
        mine = box.addButton(self.tr("&Mijn waarde bewaren"), QMessageBox.ButtonRole.AcceptRole)
        theirs = box.addButton(self.tr("&Hun waarde overnemen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(mine)
        box.setEscapeButton(theirs)
        box.exec()
        if box.clickedButton() is not mine:
            return None
        title = self.tr("%1 wijzigen").replace("%1", name)
        return self.document.read(
            projects.set_field, title, self.project.id, conflict.field, conflict.mine
        )

    def _shown(self, field: str, value: Any) -> str:
        """A value as the user sees it in this tab: a name for a choice, a date the
        interface language's way."""
        if value is None or value == "":
            return "—"
        combo = next((getattr(self.ui, n) for n, f in COMBO_FIELDS.items() if f == field), None)
        if combo is not None and combo.findData(value) >= 0:
            return str(combo.itemText(combo.findData(value)))
        if isinstance(value, dt.date):
            return formats.date(value, self.context.language)
        return str(value)

    def _field_name(self, field: str) -> str:
        return field_label("project", field, self.context.language).lower()

    def save_links(self, widget_name: str, kind: LinkKind) -> None:
        if self._loading or self.project is None:
            return
        widget = getattr(self.ui, widget_name)
        wanted = {
            widget.item(row).data(Qt.ItemDataRole.UserRole): None
            for row in range(widget.count())
            if widget.item(row).checkState() == Qt.CheckState.Checked
        }
        titles = {LinkKind.THEMES: self.tr("Thema's wijzigen"), LinkKind.TARGET_GROUPS: self.tr("Doelgroepen wijzigen"),
                  LinkKind.MUNICIPALITIES: self.tr("Gemeenten wijzigen")}  # fmt: skip
        self.document.edit(catalog.set_links, titles[kind], kind, self.project.id, wanted)

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
        if self._loading or self.project is None:
            return
        wanted = self.organisations_wanted() if wanted is None else wanted
        self.document.edit(catalog.set_links, self.tr("Organisaties wijzigen"),
                           LinkKind.ORGANISATIONS, self.project.id, wanted)  # fmt: skip

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
        if self.project is None or self._held:
            return
        dialog = PhaseDialog(self.project.phase, self.context.language, self)
        if not dialog.exec():
            return
        new_phase, day, note = dialog.result_values()
        if new_phase == self.project.phase:
            return
        title = self.tr("Fase wijzigen naar %1").replace(
            "%1", label(new_phase, self.context.language)
        )
        self.document.edit(projects.change_phase, title, self.project.id, Phase(new_phase), note,
                           who=self.document.who, on=day or dt.date.today())  # fmt: skip

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not showing_closed_file(self):
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)

    def create_fieldlab(self) -> None:
        """A new fieldlab, named here, and this project in it (the fieldlab's other facts are
        filled in on the Fieldlabs page)."""
        if self.project is None or self._held:
            return
        ask = QInputDialog(self)
        ask.setObjectName("newFieldlabDialog")
        ask.setWindowTitle(self.tr("Nieuw fieldlab"))
        ask.setLabelText(self.tr("Naam van het nieuwe fieldlab:"))
        if not ask.exec() or not (name := ask.textValue().strip()):
            return
        problems = self.document.read(catalog.validate_name, RecordKind.FIELDLAB, name, None)
        if problems:
            QMessageBox.warning(
                self, self.tr("Nieuw fieldlab"), problems[0].message(self.context.language)
            )
            return
        if (
            self.document.edit(
                catalog.add_record, self.tr("Fieldlab toevoegen"), RecordKind.FIELDLAB, name
            )
            is None
        ):
            return
        made = next(c.id for c in self.document.read(catalog.fieldlabs) if c.name_nl == name)
        self.save_field("fieldlab_id", made)
        self.load(self.project.id)
        self.ui.fieldlabCombo.setFocus()

    def retranslate(self) -> None:
        self.new_fieldlab.setText(self.tr("Nieuw fieldlab…"))
        self.new_fieldlab.setAccessibleName(self.tr("Nieuw fieldlab"))
        self.ui.organisationsTable.setHorizontalHeaderLabels(
            [self.tr("Organisatie"), self.tr("Rol")]
        )
        if self.project is not None and not self._loading:
            self.load(self.project.id)
