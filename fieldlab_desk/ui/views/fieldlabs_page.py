"""Fieldlabs: list and editor, with the partners and the projects each fieldlab hosts."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget
from sqlmodel import Session, select

from fieldlab_desk.domain.enums import FieldlabScope, ResultMandate
from fieldlab_desk.domain.errors import ValidationError
from fieldlab_desk.domain.models import Fieldlab
from fieldlab_desk.services import catalog
from fieldlab_desk.ui.forms.ui_fieldlab_form import Ui_FieldlabForm
from fieldlab_desk.ui.labels import label
from fieldlab_desk.ui.views.list_editor import ListEditor
from fieldlab_desk.ui.widgets import (
    FocusOut,
    fill_combo,
    read_date,
    set_plain_text,
    setup_date_edit,
    show_date,
)


class FieldlabsPage(ListEditor):
    table_name = "fieldlab"

    def __init__(self, parent: QWidget | None = None) -> None:
        form = QWidget()
        self.ui = Ui_FieldlabForm()
        self.ui.setupUi(form)
        super().__init__(form, "fieldlabs", parent)
        setup_date_edit(self.ui.startEdit)
        setup_date_edit(self.ui.endEdit)
        ui = self.ui
        ui.nameEdit.editingFinished.connect(lambda: self.save("name", ui.nameEdit.text().strip()))
        ui.scopeCombo.activated.connect(lambda _i: self.save("scope", ui.scopeCombo.currentData()))
        ui.leadCombo.activated.connect(
            lambda _i: self.save("lead_organisation_id", ui.leadCombo.currentData())
        )
        ui.mandateCombo.activated.connect(
            lambda _i: self.save("mandate", ui.mandateCombo.currentData())
        )
        ui.startEdit.editingFinished.connect(
            lambda: self.save("start_date", read_date(ui.startEdit))
        )
        ui.endEdit.editingFinished.connect(lambda: self.save("end_date", read_date(ui.endEdit)))
        FocusOut(ui.goalEdit, lambda: self.save("goal", ui.goalEdit.toPlainText()))
        FocusOut(
            ui.descriptionEdit, lambda: self.save("description", ui.descriptionEdit.toPlainText())
        )

    def records(self, session: Session) -> list[tuple[int, str]]:
        return [(c.id, c.name_nl) for c in catalog.fieldlabs(session=session)]

    def show_record(self, session: Session, record_id: int) -> None:
        lab = session.get(Fieldlab, record_id)
        if lab is None:
            return
        ui = self.ui
        ui.nameEdit.setText(lab.name)
        fill_combo(ui.scopeCombo, [(label(s), s) for s in FieldlabScope], lab.scope)
        fill_combo(ui.mandateCombo, [(label(m), m) for m in ResultMandate], lab.mandate)
        fill_combo(
            ui.leadCombo,
            [(c.name_nl, c.id) for c in catalog.organisations(session=session)],
            lab.lead_organisation_id,
            self.tr("— geen —"),
        )
        show_date(ui.startEdit, lab.start_date)
        show_date(ui.endEdit, lab.end_date)
        set_plain_text(ui.goalEdit, lab.goal)
        set_plain_text(ui.descriptionEdit, lab.description)
        ui.partnersValue.setText(
            ", ".join(catalog.fieldlab_partners(record_id, session=session)) or "—"
        )
        self.show_participations(
            ui.projectsList, catalog.projects_of_fieldlab(record_id, session=session)
        )

    def new_values(self, session: Session) -> dict[str, Any]:
        base, number = self.tr("Nieuw fieldlab"), 1
        names = set(session.exec(select(Fieldlab.name)))
        while (name := base if number == 1 else f"{base} {number}") in names:
            number += 1
        return {"name": name, "scope": FieldlabScope.REGIONAAL, "mandate": ResultMandate.EFFECTIVITEIT,
                "goal": "", "description": ""}  # fmt: skip

    def validate(self, session: Session, values: dict[str, Any]) -> list[ValidationError]:
        problems = []
        if "name" in values:
            problems += catalog.validate_name(
                "fieldlab", values["name"], self.current_id, session=session
            )
        start = values.get("start_date", read_date(self.ui.startEdit))
        end = values.get("end_date", read_date(self.ui.endEdit))
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
            "new": self.tr("&Nieuw fieldlab"), "delete": self.tr("Ver&wijderen"),
            "filter": self.tr("Zoek een fieldlab"), "list": self.tr("Fieldlabs"),
            "empty": self.tr("Kies links een fieldlab, of maak een nieuw."),
            "create": self.tr("Fieldlab toevoegen"), "edit": self.tr("Fieldlab wijzigen"),
            "remove": self.tr("Fieldlab verwijderen"),
            "confirm": self.tr("Fieldlab '%1' verwijderen? De projecten blijven bestaan, zonder fieldlab. U kunt dit ongedaan maken."),
        }  # fmt: skip
