"""An adoption in the scaling register: which library and/or gemeente runs the innovation,
since when, in what form and paid by whom."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QWidget

from fieldlab_desk.domain.enums import AdoptionForm, AdoptionFunding
from fieldlab_desk.domain.errors import ValidationError
from fieldlab_desk.services.catalog import Choice
from fieldlab_desk.services.scaling import AdoptionInput, AdoptionRow
from fieldlab_desk.ui.forms.ui_adoption_dialog import Ui_AdoptionDialog
from fieldlab_desk.ui.labels import label
from fieldlab_desk.ui.mnemonics import UniqueMnemonics
from fieldlab_desk.ui.widgets import fill_combo, show_problem


class AdoptionDialog(UniqueMnemonics, QDialog):
    def __init__(
        self,
        heading: str,
        adoption: AdoptionRow | None,
        organisations: list[Choice],
        gemeenten: list[Choice],
        language: str,
        parent: QWidget | None = None,
        *,
        today: dt.date,
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.result_input: AdoptionInput | None = None
        self.setObjectName("adoptionDialog")
        self.ui = ui = Ui_AdoptionDialog()
        ui.setupUi(self)
        self.setWindowTitle(self.tr("Verspreiding"))
        ui.headingLabel.setText(heading)
        ui.sinceEdit.language = language
        ui.sinceEdit.required = True
        none = self.tr("— geen —")
        chosen_org = adoption.organisation_id if adoption else None
        chosen_place = adoption.municipality_id if adoption else None
        fill_combo(ui.organisationCombo, [(c.name(language), c.id) for c in organisations
                                          if not c.retired or c.id == chosen_org], chosen_org, none)  # fmt: skip
        fill_combo(ui.gemeenteCombo, [(c.name(language), c.id) for c in gemeenten
                                      if not c.retired or c.id == chosen_place], chosen_place, none)  # fmt: skip
        fill_combo(ui.formCombo, [(label(f, language), f) for f in AdoptionForm],
                   adoption.form if adoption else AdoptionForm.PILOT)  # fmt: skip
        fill_combo(ui.fundingCombo, [(label(f, language), f) for f in AdoptionFunding],
                   adoption.funding if adoption else AdoptionFunding.GEEN)  # fmt: skip
        ui.sinceEdit.set_date(adoption.adopted_on if adoption else today)
        ui.noteEdit.setPlainText(adoption.note if adoption else "")
        ui.organisationCombo.setFocus()

    def values(self) -> AdoptionInput:
        ui = self.ui
        return AdoptionInput(
            ui.organisationCombo.currentData(), ui.gemeenteCombo.currentData(),
            ui.sinceEdit.date() or dt.date.today(), AdoptionForm(ui.formCombo.currentData()),
            AdoptionFunding(ui.fundingCombo.currentData()), ui.noteEdit.toPlainText(),
        )  # fmt: skip

    def accept(self) -> None:
        if not self.ui.sinceEdit.check():
            return
        data = self.values()
        if data.organisation_id is None and data.municipality_id is None:
            show_problem(self.ui.whoError, ValidationError(
                "adoption.who_needed", field="organisation").message(self.language))  # fmt: skip
            self.ui.organisationCombo.setFocus()
            return
        self.result_input = data
        super().accept()
