"""Fieldlabs: list and editor, with the partners and the projects each fieldlab hosts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from fieldlab_desk.domain.enums import FieldlabScope, ResultMandate
from fieldlab_desk.domain.errors import ValidationError
from fieldlab_desk.services import catalog
from fieldlab_desk.services.catalog import RecordKind
from fieldlab_desk.ui.date_field import DateField
from fieldlab_desk.ui.forms.ui_fieldlab_form import Ui_FieldlabForm
from fieldlab_desk.ui.labels import label
from fieldlab_desk.ui.views import PageContext
from fieldlab_desk.ui.views.list_editor import ListEditor
from fieldlab_desk.ui.widgets import (
    FocusOut,
    KeyActions,
    fill_combo,
    named,
    set_plain_text,
)


class FieldlabsPage(ListEditor):
    kind = RecordKind.FIELDLAB

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        form = QWidget()
        self.ui = Ui_FieldlabForm()
        self.ui.setupUi(form)
        super().__init__(context, form, "fieldlabs", parent)
        ui = self.ui
        ui.nameEdit.editingFinished.connect(lambda: self.save("name", ui.nameEdit.text().strip()))
        ui.scopeCombo.activated.connect(lambda _i: self.save("scope", ui.scopeCombo.currentData()))
        ui.leadCombo.activated.connect(
            lambda _i: self.save("lead_organisation_id", ui.leadCombo.currentData())
        )
        ui.mandateCombo.activated.connect(
            lambda _i: self.save("mandate", ui.mandateCombo.currentData())
        )
        ui.startEdit.editingFinished.connect(lambda: self._save_date("start_date", ui.startEdit))
        ui.endEdit.editingFinished.connect(lambda: self._save_date("end_date", ui.endEdit))
        FocusOut(ui.goalEdit, lambda: self.save("goal", ui.goalEdit.toPlainText()))
        FocusOut(
            ui.descriptionEdit, lambda: self.save("description", ui.descriptionEdit.toPlainText())
        )
        self.partners: list[int] = []
        self._partner_controls()

    def show_record(self, record_id: int) -> None:
        lab = self.document.read(catalog.fieldlab_details, record_id)
        if lab is None:
            return
        ui, language = self.ui, self.context.language
        ui.nameEdit.setText(lab.name)
        fill_combo(ui.scopeCombo, [(label(s, language), s) for s in FieldlabScope], lab.scope)
        fill_combo(ui.mandateCombo, [(label(m, language), m) for m in ResultMandate], lab.mandate)
        fill_combo(ui.leadCombo, [(c.name_nl, c.id) for c in lab.organisations],
                   lab.lead_organisation_id, self.tr("— geen —"))  # fmt: skip
        for edit, value in ((ui.startEdit, lab.start_date), (ui.endEdit, lab.end_date)):
            edit.language = language
            edit.set_date(value)
        set_plain_text(ui.goalEdit, lab.goal)
        set_plain_text(ui.descriptionEdit, lab.description)
        ui.partnersValue.setText(", ".join(lab.partners) or "—")
        self.partners = [
            c.id for c in self.document.read(catalog.fieldlab_partner_choices, record_id)
        ]
        self.partners_list.clear()
        for choice in self.document.read(catalog.fieldlab_partner_choices, record_id):
            entry = QListWidgetItem(choice.name_nl)
            entry.setData(Qt.ItemDataRole.UserRole, choice.id)
            self.partners_list.addItem(entry)
        fill_combo(
            self.partner_add,
            [(c.name_nl, c.id) for c in lab.organisations if c.id not in self.partners],
            None,
        )
        self.show_participations(ui.projectsList, lab.projects)

    def _partner_controls(self) -> None:
        """A list of partners with add and remove, below the partners line of the form."""
        self.partners_list = named(QListWidget(), "partnersList")
        self.partners_list.setMaximumHeight(110)
        self.partner_add = named(QComboBox(), "partnerAdd")
        self.add_partner_button = named(QPushButton(), "addPartner")
        self.remove_partner_button = named(QPushButton(), "removePartner")
        row = QHBoxLayout()
        for widget in (self.partner_add, self.add_partner_button, self.remove_partner_button):
            row.addWidget(widget)
        row.addStretch(1)
        at = self.ui.layout.indexOf(self.ui.partnersValue) + 1
        self.ui.layout.insertWidget(at, self.partners_list)
        self.ui.layout.insertLayout(at + 1, row)
        self.add_partner_button.clicked.connect(self.add_partner)
        self.remove_partner_button.clicked.connect(self.remove_partner)
        KeyActions(self.partners_list, delete=self.remove_partner)
        self._name_partner_controls()

    def retranslate_base(self) -> None:
        super().retranslate_base()
        if hasattr(self, "add_partner_button"):  # built after the base class named its parts
            self._name_partner_controls()

    def _name_partner_controls(self) -> None:
        self.add_partner_button.setText(self.tr("Partner t&oevoegen"))
        self.remove_partner_button.setText(self.tr("Partner verwij&deren"))
        self.partner_add.setAccessibleName(self.tr("Organisatie om als partner toe te voegen"))
        self.partners_list.setAccessibleName(self.tr("Partners van het fieldlab"))

    def add_partner(self) -> None:
        chosen = self.partner_add.currentData()
        if chosen is not None and self.current_id is not None:
            self.document.edit(catalog.set_fieldlab_partners, self.tr("Partner toevoegen"),
                               self.current_id, {*self.partners, chosen})  # fmt: skip

    def remove_partner(self) -> None:
        item = self.partners_list.currentItem()
        if item is not None and self.current_id is not None:
            gone = item.data(Qt.ItemDataRole.UserRole)
            self.document.edit(catalog.set_fieldlab_partners, self.tr("Partner verwijderen"),
                               self.current_id, set(self.partners) - {gone})  # fmt: skip

    def _save_date(self, field: str, edit: DateField) -> None:
        if edit.problem() is None:  # what is no date stays on screen with its message
            self.save(field, edit.date())

    def validate(self, values: dict[str, Any]) -> list[ValidationError]:
        problems = super().validate(values)
        start = values.get("start_date", self.ui.startEdit.date())
        end = values.get("end_date", self.ui.endEdit.date())
        if start and end and end < start:
            problems.append(
                ValidationError(
                    "validation.end_before_start",
                    field="end_date" if "end_date" in values else "start_date",
                )
            )
        return problems

    def error_labels(self) -> dict[str, QLabel]:
        return {
            "name": self.ui.nameError,
            "end_date": self.ui.endError,
            "start_date": self.ui.endError,
        }

    def texts(self) -> dict[str, str]:
        return {
            "new": self.tr("&Nieuw fieldlab"), "base": self.tr("Nieuw fieldlab"), "delete": self.tr("Ver&wijderen"),
            "filter": self.tr("Zoek een fieldlab"), "list": self.tr("Fieldlabs"),
            "empty": self.tr("Kies links een fieldlab, of maak een nieuw."),
            "create": self.tr("Fieldlab toevoegen"), "edit": self.tr("Fieldlab wijzigen"),
            "remove": self.tr("Fieldlab verwijderen"),
            "confirm": self.tr("Fieldlab '%1' verwijderen? De projecten blijven bestaan, zonder fieldlab. U kunt dit ongedaan maken."),
        }  # fmt: skip
