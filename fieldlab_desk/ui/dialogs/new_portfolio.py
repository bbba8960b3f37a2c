"""File → New: where the new portfolio goes and which organisation it belongs to."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from fieldlab_desk.domain.enums import OrganisationKind
from fieldlab_desk.domain.errors import ValidationError
from fieldlab_desk.ui.forms.ui_new_portfolio import Ui_NewPortfolioDialog
from fieldlab_desk.ui.labels import label
from fieldlab_desk.ui.mnemonics import UniqueMnemonics
from fieldlab_desk.ui.widgets import fill_combo, show_problem

KNOWN = ("Biblionet Drenthe", "Facet", "De Nieuwe Kolk", "Bibliotheek Hoogeveen")


class NewPortfolioDialog(UniqueMnemonics, QDialog):
    def __init__(self, path: Path, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.setObjectName("newPortfolioDialog")
        self.ui = Ui_NewPortfolioDialog()
        self.ui.setupUi(self)
        self.ui.pathEdit.setText(str(path))
        self.ui.organisationCombo.addItems(KNOWN)
        self.ui.organisationCombo.setCurrentText("")
        fill_combo(
            self.ui.kindCombo,
            [(label(k, language), k) for k in OrganisationKind],
            OrganisationKind.BIBLIOTHEEK,
        )
        self.ui.organisationCombo.setFocus()

    def values(self) -> tuple[str, OrganisationKind, str]:
        return (self.ui.organisationCombo.currentText().strip(), OrganisationKind(self.ui.kindCombo.currentData()),
                self.ui.titleEdit.text().strip())  # fmt: skip

    def accept(self) -> None:
        if not self.values()[0]:
            message = ValidationError("validation.name_empty", field="organisation").message(
                self.language
            )
            show_problem(self.ui.organisationError, message)
            self.ui.organisationCombo.setFocus()
            return
        super().accept()
