"""File → New: where the new portfolio goes, which region's reference set it starts from and
which organisation it belongs to."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from fieldlab_desk.domain.enums import OrganisationKind
from fieldlab_desk.domain.errors import ValidationError
from fieldlab_desk.services.regions import Region, regions
from fieldlab_desk.ui.forms.ui_new_portfolio import Ui_NewPortfolioDialog
from fieldlab_desk.ui.labels import label
from fieldlab_desk.ui.mnemonics import UniqueMnemonics
from fieldlab_desk.ui.widgets import fill_combo, select_data, show_problem


class NewPortfolioDialog(UniqueMnemonics, QDialog):
    def __init__(self, path: Path, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.setObjectName("newPortfolioDialog")
        self.ui = Ui_NewPortfolioDialog()
        self.ui.setupUi(self)
        self.ui.pathEdit.setText(str(path))
        self.regions: list[Region] = regions()
        fill_combo(self.ui.regionCombo, [(r.name(language), r.key) for r in self.regions],
                   self.regions[0].key if self.regions else None)  # fmt: skip
        fill_combo(
            self.ui.kindCombo,
            [(label(k, language), k) for k in OrganisationKind],
            OrganisationKind.BIBLIOTHEEK,
        )
        self.ui.regionCombo.currentIndexChanged.connect(lambda _index: self._show_region())
        self.ui.organisationCombo.currentTextChanged.connect(self._known_kind)
        self._show_region()
        self.ui.organisationCombo.setFocus()

    @property
    def region(self) -> Region | None:
        index = self.ui.regionCombo.currentIndex()
        return self.regions[index] if 0 <= index < len(self.regions) else None

    def _show_region(self) -> None:
        """The chosen region's own organisations to pick from, and what it brings."""
        region = self.region
        combo = self.ui.organisationCombo
        typed = combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        if region is not None:
            combo.addItems([o.name for o in region.organisations])
        combo.setCurrentText(typed)
        combo.blockSignals(False)
        if region is None:
            self.ui.regionNote.setText("")
            return
        parts = [
            self.tr("agenda: {0}").format(region.regional_agenda) if region.regional_agenda else "",
            self.tr("{0} gemeenten").format(len(region.municipalities))
            if region.municipalities
            else "",
            self.tr("{0} organisaties").format(len(region.organisations))
            if region.organisations
            else "",
        ]
        shown = " · ".join(p for p in parts if p)
        self.ui.regionNote.setText(shown or self.tr("alleen de landelijke indeling"))
        self.adjustSize()  # the note may take two lines

    def _known_kind(self, name: str) -> None:
        """A region's own organisation brings its kind (a POI, a province, …)."""
        region = self.region
        known = (
            next((o for o in region.organisations if o.name == name.strip()), None)
            if region
            else None
        )
        if known is not None:
            select_data(self.ui.kindCombo, known.kind)

    def values(self) -> tuple[str, OrganisationKind, str, str]:
        region = self.region
        return (self.ui.organisationCombo.currentText().strip(), OrganisationKind(self.ui.kindCombo.currentData()),
                self.ui.titleEdit.text().strip(), region.key if region else "empty")  # fmt: skip

    def accept(self) -> None:
        if not self.values()[0]:
            message = ValidationError("validation.name_empty", field="organisation").message(
                self.language
            )
            show_problem(self.ui.organisationError, message)
            self.ui.organisationCombo.setFocus()
            return
        super().accept()
