"""A change request on a running project: its kind and what it asks (a later end date, money
carried to the next year or moved between cost categories, or a change of scope), why and who
asks. The rules are checked before it closes, each problem beside its field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from fieldlab_desk.domain.enums import RequestKind
from fieldlab_desk.domain.errors import InvalidInput, ValidationError
from fieldlab_desk.domain.money import parse_cents
from fieldlab_desk.domain.requests import RequestInput
from fieldlab_desk.domain.terms import Terms
from fieldlab_desk.ui.forms.ui_request_dialog import Ui_RequestDialog
from fieldlab_desk.ui.labels import label
from fieldlab_desk.ui.mnemonics import UniqueMnemonics
from fieldlab_desk.ui.widgets import fill_combo, show_problem

ROWS = {  # the fields each kind asks for, beside the ones every request has
    RequestKind.VERLENGING: ("newEndEdit",),
    RequestKind.OVERHEVELING: ("yearCombo", "amountEdit"),
    RequestKind.KOSTENSOORT: ("yearCombo", "amountEdit", "fromCombo", "toCombo"),
    RequestKind.SCOPE: ("scopeEdit",),
}
KIND_FIELDS = ("newEndEdit", "yearCombo", "amountEdit", "fromCombo", "toCombo", "scopeEdit")


class RequestDialog(UniqueMnemonics, QDialog):
    def __init__(
        self,
        heading: str,
        years: list[int],
        categories: Terms,
        check: Callable[[RequestInput], list[ValidationError]],
        language: str,
        parent: QWidget | None = None,
        *,
        today: dt.date,
        asked_by: str = "",
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.check = check
        self.result_input: RequestInput | None = None
        self.setObjectName("requestDialog")
        self.ui = ui = Ui_RequestDialog()
        ui.setupUi(self)
        self.setWindowTitle(self.tr("Wijzigingsverzoek"))
        ui.projectLabel.setText(heading)
        ui.submittedEdit.language = ui.newEndEdit.language = language
        ui.submittedEdit.required = True
        ui.submittedEdit.set_date(today)
        ui.askedByEdit.setText(asked_by)
        ui.askedByEdit.setMaxLength(200)
        fill_combo(ui.kindCombo, [(label(kind, language), kind) for kind in RequestKind],
                   RequestKind.VERLENGING)  # fmt: skip
        last_year = today.year - 1 if today.year - 1 in years else (years[-1] if years else None)
        fill_combo(ui.yearCombo, [(str(year), year) for year in years], last_year)
        offered = [(t.shown(language), t.code) for t in categories.offered(None)]
        fill_combo(ui.fromCombo, offered, offered[0][1] if offered else None)
        fill_combo(ui.toCombo, offered, offered[1][1] if len(offered) > 1 else None)
        ui.layout.insertStretch(2, 1)  # height the chosen kind does not need goes below the form
        ui.kindCombo.currentIndexChanged.connect(lambda _index: self._show_fields())
        self._show_fields()
        ui.kindCombo.setFocus()

    @property
    def kind(self) -> RequestKind:
        return RequestKind(self.ui.kindCombo.currentData())

    def _show_fields(self) -> None:
        """Only the fields the chosen kind asks for."""
        wanted = ROWS[self.kind]
        form = self.ui.formLayout
        for name in KIND_FIELDS:  # by its label: a field with an error below is a layout
            position = form.getWidgetPosition(getattr(self.ui, f"{name}Label"))
            form.setRowVisible(int(position[0]), name in wanted)  # type: ignore[index]
        for error in (self.ui.newEndError, self.ui.yearError, self.ui.amountError,
                      self.ui.toError, self.ui.scopeError):  # fmt: skip
            error.setVisible(bool(error.text()))  # showing a row shows its empty message too
        self.ui.yearComboLabel.setText(
            self.tr("&Van jaar:") if self.kind is RequestKind.OVERHEVELING else self.tr("&Jaar:")
        )
        self.adjustSize()

    def values(self) -> RequestInput:
        """What is typed (the amount as cents; raises InvalidInput when it is no amount)."""
        ui = self.ui
        amount = None
        if self.kind in (RequestKind.OVERHEVELING, RequestKind.KOSTENSOORT):
            amount = parse_cents(ui.amountEdit.text(), self.language)
        return RequestInput(
            self.kind, ui.submittedEdit.date() or dt.date.today(), ui.askedByEdit.text().strip(),
            ui.reasonEdit.toPlainText(), new_end_date=ui.newEndEdit.date(),
            year=ui.yearCombo.currentData(), amount_cents=amount,
            from_category=ui.fromCombo.currentData() or "", to_category=ui.toCombo.currentData() or "",
            scope=ui.scopeEdit.toPlainText(),
        )  # fmt: skip

    def accept(self) -> None:
        ui = self.ui
        errors: dict[str, QLabel] = {"new_end_date": ui.newEndError, "year": ui.yearError,
                                     "amount": ui.amountError, "to_category": ui.toError,
                                     "scope": ui.scopeError, "reason": ui.reasonError}  # fmt: skip
        for error in errors.values():
            show_problem(error, None)
        if not ui.submittedEdit.check():
            return
        if self.kind is RequestKind.VERLENGING and not ui.newEndEdit.check():
            return
        try:
            data = self.values()
        except InvalidInput as error:
            show_problem(ui.amountError, error.message(self.language))
            ui.amountEdit.setFocus()
            return
        problems = self.check(data)
        focus = {"new_end_date": ui.newEndEdit, "year": ui.yearCombo, "amount": ui.amountEdit,
                 "to_category": ui.toCombo, "scope": ui.scopeEdit, "reason": ui.reasonEdit}  # fmt: skip
        for problem in problems:
            show_problem(errors.get(problem.field, ui.reasonError), problem.message(self.language))
        if problems:
            focus.get(problems[0].field, ui.reasonEdit).setFocus()
            return
        self.result_input = data
        super().accept()
