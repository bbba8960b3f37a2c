"""Adds or edits a milestone: title, planned date, whether and when it was reached."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QWidget

from fieldlab_desk.domain.errors import ValidationError
from fieldlab_desk.services.projects import MilestoneInput, MilestoneRow
from fieldlab_desk.ui.forms.ui_milestone_dialog import Ui_MilestoneDialog
from fieldlab_desk.ui.widgets import read_date, setup_date_edit, show_date, show_problem


class MilestoneDialog(QDialog):
    def __init__(
        self, milestone: MilestoneRow | None, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.setObjectName("milestoneDialog")
        self.ui = Ui_MilestoneDialog()
        self.ui.setupUi(self)
        setup_date_edit(self.ui.dueEdit)
        setup_date_edit(self.ui.doneEdit)
        if milestone is not None:
            self.ui.titleEdit.setText(milestone.title)
            show_date(self.ui.dueEdit, milestone.due_date)
            show_date(self.ui.doneEdit, milestone.done_date)
            self.ui.doneCheck.setChecked(milestone.done_date is not None)
            self.ui.noteEdit.setPlainText(milestone.note)
        else:
            self.ui.dueEdit.setDate(QDate.currentDate())
        self.ui.doneEdit.setEnabled(self.ui.doneCheck.isChecked())
        self.ui.doneCheck.toggled.connect(self._done_toggled)

    def _done_toggled(self, checked: bool) -> None:
        self.ui.doneEdit.setEnabled(checked)
        if checked and read_date(self.ui.doneEdit) is None:
            self.ui.doneEdit.setDate(QDate.currentDate())

    def values(self) -> MilestoneInput:
        return MilestoneInput(
            title=self.ui.titleEdit.text().strip(),
            due_date=read_date(self.ui.dueEdit),
            done_date=read_date(self.ui.doneEdit) if self.ui.doneCheck.isChecked() else None,
            note=self.ui.noteEdit.toPlainText().strip(),
        )

    def accept(self) -> None:
        if not self.values().title:
            show_problem(
                self.ui.titleError,
                ValidationError("validation.title_empty", field="title").message(self.language),
            )
            self.ui.titleEdit.setFocus()
            return
        super().accept()
