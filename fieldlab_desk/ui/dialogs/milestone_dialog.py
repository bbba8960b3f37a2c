"""Adds or edits a milestone: title, planned date, whether and when it was reached."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QWidget

from fieldlab_desk.domain.errors import ValidationError
from fieldlab_desk.services.projects import MilestoneInput, MilestoneRow
from fieldlab_desk.ui.forms.ui_milestone_dialog import Ui_MilestoneDialog
from fieldlab_desk.ui.mnemonics import UniqueMnemonics
from fieldlab_desk.ui.widgets import show_problem


class MilestoneDialog(UniqueMnemonics, QDialog):
    def __init__(
        self, milestone: MilestoneRow | None, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.setObjectName("milestoneDialog")
        self.ui = Ui_MilestoneDialog()
        self.ui.setupUi(self)
        self.ui.dueEdit.language = self.ui.doneEdit.language = language
        if milestone is not None:
            self.ui.titleEdit.setText(milestone.title)
            self.ui.dueEdit.set_date(milestone.due_date)
            self.ui.doneEdit.set_date(milestone.done_date)
            self.ui.doneCheck.setChecked(milestone.done_date is not None)
            self.ui.noteEdit.setPlainText(milestone.note)
        else:
            self.ui.dueEdit.set_date(dt.date.today())
        self.ui.doneEdit.setEnabled(self.ui.doneCheck.isChecked())
        self.ui.doneCheck.toggled.connect(self._done_toggled)

    def _done_toggled(self, checked: bool) -> None:
        self.ui.doneEdit.setEnabled(checked)
        if checked and self.ui.doneEdit.date() is None:
            self.ui.doneEdit.set_date(dt.date.today())

    def values(self) -> MilestoneInput:
        return MilestoneInput(
            title=self.ui.titleEdit.text().strip(),
            due_date=self.ui.dueEdit.date(),
            done_date=self.ui.doneEdit.date() if self.ui.doneCheck.isChecked() else None,
            note=self.ui.noteEdit.toPlainText().strip(),
        )

    def accept(self) -> None:
        done_wrong = self.ui.doneCheck.isChecked() and not self.ui.doneEdit.check()
        if not self.ui.dueEdit.check() or done_wrong:
            return  # the message stands below the date
        if not self.values().title:
            show_problem(
                self.ui.titleError,
                ValidationError("validation.title_empty", field="title").message(self.language),
            )
            self.ui.titleEdit.setFocus()
            return
        super().accept()
