"""Organisaties & personen: two list editors, each showing the projects a record takes part in."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget
from sqlmodel import Session, select

from fieldlab_desk.domain.enums import OrganisationKind
from fieldlab_desk.domain.errors import ValidationError
from fieldlab_desk.domain.models import Organisation, Person
from fieldlab_desk.services import catalog
from fieldlab_desk.ui.document import Document
from fieldlab_desk.ui.forms.ui_organisation_form import Ui_OrganisationForm
from fieldlab_desk.ui.forms.ui_person_form import Ui_PersonForm
from fieldlab_desk.ui.labels import label
from fieldlab_desk.ui.views.list_editor import ListEditor
from fieldlab_desk.ui.widgets import FocusOut, Retranslating, fill_combo, named, set_plain_text


def _unique(session: Session, column: Any, base: str) -> str:
    names = set(session.exec(select(column)))
    number = 1
    while (name := base if number == 1 else f"{base} {number}") in names:
        number += 1
    return name


class OrganisationEditor(ListEditor):
    table_name = "organisation"

    def __init__(self, parent: QWidget | None = None) -> None:
        form = QWidget()
        self.ui = Ui_OrganisationForm()
        self.ui.setupUi(form)
        super().__init__(form, "organisations", parent)
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

    def records(self, session: Session) -> list[tuple[int, str]]:
        return [(c.id, c.name_nl) for c in catalog.organisations(session=session)]

    def show_record(self, session: Session, record_id: int) -> None:
        org = session.get(Organisation, record_id)
        if org is None:
            return
        ui = self.ui
        ui.nameEdit.setText(org.name)
        ui.shortEdit.setText(org.short_name)
        ui.placeEdit.setText(org.place)
        ui.websiteEdit.setText(org.website)
        set_plain_text(ui.noteEdit, org.note)
        fill_combo(ui.kindCombo, [(label(k), k) for k in OrganisationKind], org.kind)
        ui.projectsList.clear()
        for item in catalog.projects_of_organisation(record_id, session=session):
            ui.projectsList.addItem(f"{item.code} — {item.title} ({label(_role(item.role))})")

    def new_values(self, session: Session) -> dict[str, Any]:
        name = _unique(session, Organisation.name, self.tr("Nieuwe organisatie"))
        return {
            "name": name,
            "short_name": "",
            "kind": OrganisationKind.PARTNER,
            "place": "",
            "website": "",
            "note": "",
        }

    def validate(self, session: Session, values: dict[str, Any]) -> list[ValidationError]:
        if "name" not in values:
            return []
        return catalog.validate_name(
            "organisation", values["name"], self.current_id, session=session
        )

    def error_labels(self) -> dict[str, QLabel]:
        return {"name": self.ui.nameError}

    def texts(self) -> dict[str, str]:
        return {
            "new": self.tr("&Nieuwe organisatie"), "delete": self.tr("Ver&wijderen"),
            "filter": self.tr("Zoek een organisatie"), "list": self.tr("Organisaties"),
            "empty": self.tr("Kies links een organisatie, of maak een nieuwe."),
            "create": self.tr("Organisatie toevoegen"), "edit": self.tr("Organisatie wijzigen"),
            "remove": self.tr("Organisatie verwijderen"),
            "confirm": self.tr("Organisatie '%1' verwijderen? Ze verdwijnt ook uit de projecten waaraan ze deelneemt. U kunt dit ongedaan maken."),
        }  # fmt: skip


def _role(value: str) -> Any:
    from fieldlab_desk.domain.enums import ParticipationRole

    return ParticipationRole(value)


class PersonEditor(ListEditor):
    table_name = "person"

    def __init__(self, parent: QWidget | None = None) -> None:
        form = QWidget()
        self.ui = Ui_PersonForm()
        self.ui.setupUi(form)
        super().__init__(form, "people", parent)
        ui = self.ui
        for edit, field in ((ui.nameEdit, "name"), (ui.emailEdit, "email"), (ui.roleEdit, "role")):
            edit.editingFinished.connect(lambda e=edit, f=field: self.save(f, e.text().strip()))
        ui.organisationCombo.activated.connect(
            lambda _i: self.save("organisation_id", ui.organisationCombo.currentData())
        )

    def records(self, session: Session) -> list[tuple[int, str]]:
        return [(c.id, c.name_nl) for c in catalog.people(session=session)]

    def show_record(self, session: Session, record_id: int) -> None:
        person = session.get(Person, record_id)
        if person is None:
            return
        ui = self.ui
        ui.nameEdit.setText(person.name)
        ui.emailEdit.setText(person.email)
        ui.roleEdit.setText(person.role)
        fill_combo(
            ui.organisationCombo,
            [(c.name_nl, c.id) for c in catalog.organisations(session=session)],
            person.organisation_id,
            self.tr("— geen —"),
        )
        self.show_participations(
            ui.projectsList, catalog.projects_of_person(record_id, session=session)
        )

    def new_values(self, session: Session) -> dict[str, Any]:
        return {"name": self.tr("Nieuwe persoon"), "email": "", "role": ""}

    def validate(self, session: Session, values: dict[str, Any]) -> list[ValidationError]:
        if "name" not in values:
            return []
        return catalog.validate_name("person", values["name"], self.current_id, session=session)

    def error_labels(self) -> dict[str, QLabel]:
        return {"name": self.ui.nameError}

    def texts(self) -> dict[str, str]:
        return {
            "new": self.tr("&Nieuwe persoon"), "delete": self.tr("Ver&wijderen"),
            "filter": self.tr("Zoek een persoon"), "list": self.tr("Personen"),
            "empty": self.tr("Kies links een persoon, of maak een nieuwe."),
            "create": self.tr("Persoon toevoegen"), "edit": self.tr("Persoon wijzigen"),
            "remove": self.tr("Persoon verwijderen"),
            "confirm": self.tr("Persoon '%1' verwijderen? Projecten die deze persoon als projectleider hebben, houden geen projectleider over. U kunt dit ongedaan maken."),
        }  # fmt: skip


class OrganisationsPage(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organisationsPage")
        self.tabs = named(QTabWidget(), "organisationTabs")
        self.organisations = OrganisationEditor(self)
        self.people = PersonEditor(self)
        self.tabs.addTab(self.organisations, "")
        self.tabs.addTab(self.people, "")
        QVBoxLayout(self).addWidget(self.tabs)
        self.retranslate()

    def set_document(self, document: Document | None) -> None:
        self.organisations.set_document(document)
        self.people.set_document(document)

    def refresh(self, _tables: frozenset[str]) -> None:
        self.organisations.reload()
        self.people.reload()

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("&Organisaties"))
        self.tabs.setTabText(1, self.tr("&Personen"))
