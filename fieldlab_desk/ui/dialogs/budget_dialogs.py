"""Dialogs of the Begroting tab: a budget line (Dutch amounts, refused beside the field) and a
commitment or expense booked against it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget

from fieldlab_desk.domain import formats
from fieldlab_desk.domain.budget import booking_doubts, line_doubts
from fieldlab_desk.domain.enums import CostCategory, FundingSource
from fieldlab_desk.domain.errors import FieldLabError, InvalidInput, ValidationError
from fieldlab_desk.domain.money import parse_cents, parse_decimal
from fieldlab_desk.domain.terms import TermKind, Terms
from fieldlab_desk.domain.texts import text
from fieldlab_desk.services.budget import BookingKind, LineInput, LineRow, line_values
from fieldlab_desk.ui.forms.ui_booking_dialog import Ui_BookingDialog
from fieldlab_desk.ui.forms.ui_budget_line_dialog import Ui_BudgetLineDialog
from fieldlab_desk.ui.labels import label
from fieldlab_desk.ui.mnemonics import UniqueMnemonics
from fieldlab_desk.ui.widgets import fill_combo, show_problem


class BudgetLineDialog(UniqueMnemonics, QDialog):
    def __init__(
        self,
        line: LineRow | None,
        year: int,
        organisations: list[tuple[str, int]],
        language: str,
        parent: QWidget | None = None,
        *,
        norm_of: Callable[[int], int] | None = None,
        categories: Terms | None = None,
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.norm_of = norm_of
        """The norm of a year, to ask about a line larger than it (no check without it)."""
        self.setObjectName("budgetLineDialog")
        self.ui = Ui_BudgetLineDialog()
        self.ui.setupUi(self)
        self.line = line
        self.result_input: LineInput | None = None
        ui = self.ui
        fill_combo(
            ui.categoryCombo,
            [
                (t.shown(language), t.code)
                for t in (categories or Terms(TermKind.COST_CATEGORY)).offered(
                    line.category if line else None
                )
            ],
            line.category if line else CostCategory.PERSONEEL,
        )
        fill_combo(
            ui.sourceCombo,
            [(label(s, language), s) for s in FundingSource],
            line.funding_source if line else FundingSource.SGIA,
        )
        fill_combo(
            ui.cofinancierCombo,
            organisations,
            line.cofinancier_id if line else None,
            QCoreApplication.translate("BudgetLineDialog", "— kies een partner —"),
        )
        ui.yearSpin.setValue(line.year if line else year)
        if line is not None:
            ui.descriptionEdit.setText(line.description)
            ui.inKindCheck.setChecked(line.in_kind)
            if line.hours is not None:
                ui.hoursRadio.setChecked(True)
                ui.hoursEdit.setText(formats.number(line.hours, language))
                ui.rateEdit.setText(
                    formats.money(line.hourly_rate_cents or 0, language, symbol=False)
                )
            else:
                ui.amountEdit.setText(formats.money(line.amount_cents or 0, language, symbol=False))
            ui.rateEdit.setReadOnly(line.rate_frozen)
            if line.rate_frozen:
                ui.rateEdit.setToolTip(
                    QCoreApplication.translate(
                        "BudgetLineDialog",
                        "Het uurtarief ligt vast sinds het project is toegekend.",
                    )
                )
        for widget in (ui.amountRadio, ui.hoursRadio):
            widget.toggled.connect(self._mode_changed)
        ui.sourceCombo.currentIndexChanged.connect(self._mode_changed)
        for edit in (ui.amountEdit, ui.hoursEdit, ui.rateEdit):
            edit.textChanged.connect(self._update_planned)
        self._mode_changed()

    def _mode_changed(self) -> None:
        ui = self.ui
        hours = ui.hoursRadio.isChecked()
        ui.amountEdit.setEnabled(not hours)
        ui.hoursEdit.setEnabled(hours)
        ui.rateEdit.setEnabled(hours)
        ui.cofinancierCombo.setEnabled(ui.sourceCombo.currentData() == FundingSource.COFINANCIERING)
        self._update_planned()

    def _errors(self) -> dict[str, QLabel]:
        return {
            "amount": self.ui.amountError,
            "hours": self.ui.hoursError,
            "rate": self.ui.rateError,
            "cofinancier": self.ui.cofinancierError,
        }

    def read(self) -> LineInput:
        """The typed line, parsed; raises FieldLabError with ``field`` naming where it belongs."""
        ui = self.ui
        hours_mode = ui.hoursRadio.isChecked()
        amount: int | None = None
        hours: Decimal | None = None
        rate: int | None = None
        if hours_mode:
            hours = _field(lambda: parse_decimal(ui.hoursEdit.text(), self.language), "hours")
            rate = _field(lambda: parse_cents(ui.rateEdit.text(), self.language), "rate")
        else:
            amount = _field(lambda: parse_cents(ui.amountEdit.text(), self.language), "amount")
        data = LineInput(
            year=ui.yearSpin.value(), category=str(ui.categoryCombo.currentData()),
            description=ui.descriptionEdit.text(), funding_source=FundingSource(ui.sourceCombo.currentData()),
            cofinancier_id=ui.cofinancierCombo.currentData(), in_kind=ui.inKindCheck.isChecked(),
            amount_cents=amount, hours=hours, hourly_rate_cents=rate,
        )  # fmt: skip
        line_values(data, self.line)  # the domain's rules, so the message shows here
        return data

    def _update_planned(self) -> None:
        try:
            data = self.read()
            planned = line_values(data, self.line)["planned_cents"]
            self.ui.plannedValue.setText(formats.money(planned, self.language))
        except FieldLabError:
            self.ui.plannedValue.setText("—")

    def accept(self) -> None:
        for error_label in self._errors().values():
            show_problem(error_label, None)
        try:
            self.result_input = self.read()
        except FieldLabError as error:
            field = getattr(error, "field", "amount")
            show_problem(
                self._errors().get(field, self.ui.amountError), error.message(self.language)
            )
            return
        data = self.result_input
        planned = line_values(data, self.line)["planned_cents"]
        norm = self.norm_of(data.year) if self.norm_of is not None else planned
        if not save_anyway(self, line_doubts(planned, norm, data.description), self.language):
            return
        super().accept()


Parsed = TypeVar("Parsed")


def _field(parse: Callable[[], Parsed], field: str) -> Parsed:
    """Run a parser; its refusal becomes a ValidationError for the field it belongs to."""
    try:
        return parse()
    except InvalidInput as error:
        raise ValidationError(error.code, field=field, **error.params) from error


def save_anyway(parent: QWidget, doubts: list[str], language: str) -> bool:
    """Ask before saving what looks like a typo; True when there is nothing to ask or the user
    says so (the answer defaults to going back)."""
    if not doubts:
        return True
    lines = "\n".join(f"• {text(code, language)}" for code in doubts)
    question = QCoreApplication.translate(
        "BudgetDialogs", "Dit lijkt een tikfout:\n%1\n\nToch opslaan?"
    ).replace("%1", lines)
    answer = QMessageBox.question(parent, QCoreApplication.translate("BudgetDialogs", "Klopt dit?"), question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)  # fmt: skip
    return answer == QMessageBox.StandardButton.Yes


class BookingDialog(UniqueMnemonics, QDialog):
    def __init__(
        self,
        line_text: str,
        language: str,
        parent: QWidget | None = None,
        *,
        planned_cents: int | None = None,
        booked_cents: int = 0,
        norm_cents: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.planned_cents, self.booked_cents, self.norm_cents = (
            planned_cents,
            booked_cents,
            norm_cents,
        )
        self.setObjectName("bookingDialog")
        self.language = language
        self.ui = Ui_BookingDialog()
        self.ui.setupUi(self)
        self.ui.lineLabel.setText(line_text)
        kinds = [(QCoreApplication.translate("BookingDialog", "Uitgave (realisatie)"), BookingKind.EXPENSE),
                 (QCoreApplication.translate("BookingDialog", "Verplichting (opdracht, contract)"), BookingKind.COMMITMENT)]  # fmt: skip
        fill_combo(self.ui.kindCombo, kinds, BookingKind.EXPENSE)
        self.ui.dateEdit.set_date(dt.date.today())
        self.ui.dateEdit.required = True
        self.ui.dateEdit.language = language
        self.values: tuple[BookingKind, dt.date, int, str] | None = None

    def accept(self) -> None:
        if not self.ui.dateEdit.check():
            return
        try:
            cents = parse_cents(self.ui.amountEdit.text(), self.language)
        except InvalidInput as error:
            show_problem(self.ui.amountError, error.message(self.language))
            return
        if self.planned_cents is not None and self.norm_cents is not None:
            doubts = booking_doubts(cents, self.planned_cents, self.booked_cents, self.norm_cents)
            if not save_anyway(self, doubts, self.language):
                return
        day = self.ui.dateEdit.date() or dt.date.today()
        self.values = (
            BookingKind(self.ui.kindCombo.currentData()),
            day,
            cents,
            self.ui.noteEdit.text(),
        )
        super().accept()
