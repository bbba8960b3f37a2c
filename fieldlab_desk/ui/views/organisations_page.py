"""Organisaties & personen: two list editors, each showing the projects a record takes part in."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from fieldlab_desk.domain.enums import ParticipationRole
from fieldlab_desk.services import catalog
from fieldlab_desk.services.catalog import RecordKind
from fieldlab_desk.ui.forms.ui_organisation_form import Ui_OrganisationForm
from fieldlab_desk.ui.forms.ui_person_form import Ui_PersonForm
from fieldlab_desk.ui.labels import label
from fieldlab_desk.ui.views import PageContext
from fieldlab_desk.ui.views.list_editor import ListEditor
from fieldlab_desk.ui.widgets import FocusOut, Retranslating, fill_combo, named, set_plain_text


class OrganisationEditor(ListEditor):
    kind = RecordKind.ORGANISATION

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        form = QWidget()
        self.ui = Ui_OrganisationForm()
        self.ui.setupUi(form)
        super().__init__(context, form, "organisations", parent)
        ui = self.ui
        for edit, field in (
            (ui.nameEdit, "name"),
            (ui.shortEdit, "short_name"),
            (ui.placeEdit, "place"),
            (ui.websiteEdit, "website"),
        ):
            edit.editingFinished.connect(lambda e=edit, f=field: self.save(f, e.text().strip()))
        ui.kindCombo.activated.connect(lambda _i: self.save("kind", ui.kindCombo.currentData()))
        FocusOut(ui.noteEdit, lambda: self.save("note", ui.noteEdit.toPlainText()))

    def show_record(self, record_id: int) -> None:
        org = self.document.read(catalog.organisation_details, record_id)
        if org is None:
            return
        ui, language = self.ui, self.context.language
        ui.nameEdit.setText(org.name)
        ui.shortEdit.setText(org.short_name)
        ui.placeEdit.setText(org.place)
        ui.websiteEdit.setText(org.website)
        set_plain_text(ui.noteEdit, org.note)
        fill_combo(
            ui.kindCombo,
            [(t.shown(language), t.code) for t in org.kinds.offered(org.kind)],
            org.kind,
        )
        roles = {
            p.project_id: f" ({label(ParticipationRole(p.role), language)})" for p in org.projects
        }
        self.show_participations(ui.projectsList, org.projects, roles)

    def error_labels(self) -> dict[str, QLabel]:
        return {"name": self.ui.nameError}

    def texts(self) -> dict[str, str]:
        return {
            "new": self.tr("&Nieuwe organisatie"), "base": self.tr("Nieuwe organisatie"), "delete": self.tr("Ver&wijderen"),
            "filter": self.tr("Zoek een organisatie"), "list": self.tr("Organisaties"),
            "empty": self.tr("Kies links een organisatie, of maak een nieuwe."),
            "create": self.tr("Organisatie toevoegen"), "edit": self.tr("Organisatie wijzigen"),
            "remove": self.tr("Organisatie verwijderen"),
            "confirm": self.tr("Organisatie '%1' verwijderen? Ze verdwijnt ook uit de projecten waaraan ze deelneemt. U kunt dit ongedaan maken."),
        }  # fmt: skip


class PersonEditor(ListEditor):
    kind = RecordKind.PERSON

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        form = QWidget()
        self.ui = Ui_PersonForm()
        self.ui.setupUi(form)
        super().__init__(context, form, "people", parent)
        ui = self.ui
        for edit, field in ((ui.nameEdit, "name"), (ui.emailEdit, "email"), (ui.roleEdit, "role")):
            edit.editingFinished.connect(lambda e=edit, f=field: self.save(f, e.text().strip()))
        ui.organisationCombo.activated.connect(
            lambda _i: self.save("organisation_id", ui.organisationCombo.currentData())
        )

    def show_record(self, record_id: int) -> None:
        person = self.document.read(catalog.person_details, record_id)
        if person is None:
            return
        ui = self.ui
        ui.nameEdit.setText(person.name)
        ui.emailEdit.setText(person.email)
        ui.roleEdit.setText(person.role)
        fill_combo(ui.organisationCombo, [(c.name_nl, c.id) for c in person.organisations],
                   person.organisation_id, self.tr("— geen —"))  # fmt: skip
        self.show_participations(ui.projectsList, person.projects)

    def error_labels(self) -> dict[str, QLabel]:
        return {"name": self.ui.nameError}

    def texts(self) -> dict[str, str]:
        return {
            "new": self.tr("&Nieuwe persoon"), "base": self.tr("Nieuwe persoon"), "delete": self.tr("Ver&wijderen"),
            "filter": self.tr("Zoek een persoon"), "list": self.tr("Personen"),
            "empty": self.tr("Kies links een persoon, of maak een nieuwe."),
            "create": self.tr("Persoon toevoegen"), "edit": self.tr("Persoon wijzigen"),
            "remove": self.tr("Persoon verwijderen"),
            "confirm": self.tr("Persoon '%1' verwijderen? Projecten die deze persoon als projectleider hebben, houden geen projectleider over. U kunt dit ongedaan maken."),
        }  # fmt: skip


class OrganisationsPage(Retranslating, QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organisationsPage")
        self.tabs = named(QTabWidget(), "organisationTabs")
        self.organisations = OrganisationEditor(context, self)
        self.people = PersonEditor(context, self)
        self.tabs.addTab(self.organisations, "")
        self.tabs.addTab(self.people, "")
        QVBoxLayout(self).addWidget(self.tabs)
        self.retranslate()

    def refresh(self, _tables: frozenset[str]) -> None:
        self.organisations.reload()
        self.people.reload()

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("&Organisaties"))
        self.tabs.setTabText(1, self.tr("&Personen"))
