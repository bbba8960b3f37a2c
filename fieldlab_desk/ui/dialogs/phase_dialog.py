"""Asks for a project's new phase, the date and a note for the phase history."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QWidget

from fieldlab_desk.domain.enums import Phase
from fieldlab_desk.ui.forms.ui_phase_change import Ui_PhaseChangeDialog
from fieldlab_desk.ui.labels import label
from fieldlab_desk.ui.mnemonics import UniqueMnemonics
from fieldlab_desk.ui.widgets import fill_combo


class PhaseDialog(UniqueMnemonics, QDialog):
    def __init__(self, current: Phase, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phaseDialog")
        self.ui = Ui_PhaseChangeDialog()
        self.ui.setupUi(self)
        self.ui.currentLabel.setText(
            self.tr("Huidige fase: %1").replace("%1", label(current, language))
        )
        later = [p for p in Phase if p is not current]
        fill_combo(
            self.ui.phaseCombo,
            [(label(p, language), p) for p in later],
            later[min(list(Phase).index(current), len(later) - 1)],
        )
        self.ui.dateEdit.set_date(dt.date.today())
        self.ui.dateEdit.required = True
        self.ui.dateEdit.language = language

    def accept(self) -> None:
        if self.ui.dateEdit.check():
            super().accept()

    def result_values(self) -> tuple[Phase, dt.date | None, str]:
        return (
            Phase(self.ui.phaseCombo.currentData()),
            self.ui.dateEdit.date(),
            self.ui.noteEdit.toPlainText().strip(),
        )
