"""Dialogs of the Stuurgroep page: a new meeting and a decision on a project."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QWidget

from fieldlab_desk.domain.enums import DecisionKind, MeetingKind
from fieldlab_desk.domain.errors import InvalidInput
from fieldlab_desk.domain.money import format_cents, parse_cents
from fieldlab_desk.services.steering import GRANTING
from fieldlab_desk.ui.forms.ui_decision_dialog import Ui_DecisionDialog
from fieldlab_desk.ui.forms.ui_meeting_dialog import Ui_MeetingDialog
from fieldlab_desk.ui.labels import label
from fieldlab_desk.ui.widgets import fill_combo, read_date, show_problem


class MeetingDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingDialog")
        self.ui = Ui_MeetingDialog()
        self.ui.setupUi(self)
        self.ui.dateEdit.setDate(QDate.currentDate())
        fill_combo(
            self.ui.kindCombo, [(label(k, language), k) for k in MeetingKind], MeetingKind.REGULIER
        )

    def values(self) -> tuple[dt.date, MeetingKind, str]:
        day = read_date(self.ui.dateEdit) or dt.date.today()
        return day, MeetingKind(self.ui.kindCombo.currentData()), self.ui.titleEdit.text()


class DecisionDialog(QDialog):
    """Projects are (code, title, id, requested cents); the amount starts at what was asked."""

    def __init__(
        self,
        projects: list[tuple[str, str, int, int]],
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.setObjectName("decisionDialog")
        self.ui = Ui_DecisionDialog()
        self.ui.setupUi(self)
        self.requested = {pid: cents for _c, _t, pid, cents in projects}
        fill_combo(
            self.ui.projectCombo,
            [(f"{code} — {title}", pid) for code, title, pid, _ in projects],
            None,
        )
        fill_combo(
            self.ui.kindCombo,
            [(label(k, language), k) for k in DecisionKind],
            DecisionKind.TOEGEKEND,
        )
        self.ui.projectCombo.currentIndexChanged.connect(self._project_chosen)
        self.ui.kindCombo.currentIndexChanged.connect(self._kind_chosen)
        self._project_chosen()
        self.amount_cents: int | None = None

    def _project_chosen(self) -> None:
        cents = self.requested.get(self.ui.projectCombo.currentData(), 0)
        self.ui.amountEdit.setText(format_cents(cents, symbol=False) if cents else "")

    def _kind_chosen(self) -> None:
        granting = self.ui.kindCombo.currentData() in GRANTING
        self.ui.amountEdit.setEnabled(granting)
        self.ui.conditionsEdit.setEnabled(
            self.ui.kindCombo.currentData() == DecisionKind.VOORWAARDELIJK
        )

    def accept(self) -> None:
        self.amount_cents = None
        if self.ui.kindCombo.currentData() in GRANTING:
            try:
                self.amount_cents = parse_cents(self.ui.amountEdit.text())
            except InvalidInput as error:
                show_problem(self.ui.amountError, error.message(self.language))
                return
        super().accept()
