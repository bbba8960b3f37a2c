"""Dialogs of the Effectmeting tab: an indicator (from the library or its own) and a measurement
(a value, or a percentage as count of total)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QWidget

from fieldlab_desk.domain import formats
from fieldlab_desk.domain.enums import (
    Comparator,
    Direction,
    MeasurementKind,
    Method,
    UnitSubject,
    ValueSemantics,
)
from fieldlab_desk.domain.errors import FieldLabError, ValidationError
from fieldlab_desk.domain.indicators import check_whole, percentage_of
from fieldlab_desk.domain.money import parse_decimal
from fieldlab_desk.services.effect import (
    ElementChoice,
    IndicatorInput,
    IndicatorRow,
    LibraryEntry,
    MeasurementInput,
    MeasurementRow,
)
from fieldlab_desk.ui.dialogs.toc_dialogs import shortened
from fieldlab_desk.ui.forms.ui_indicator_dialog import Ui_IndicatorDialog
from fieldlab_desk.ui.forms.ui_measurement_dialog import Ui_MeasurementDialog
from fieldlab_desk.ui.labels import label
from fieldlab_desk.ui.mnemonics import UniqueMnemonics
from fieldlab_desk.ui.widgets import select_data, show_problem, without_keyboard_traps


def number_text(value: Decimal | None, whole: bool, language: str) -> str:
    """A value the language's way: ``13`` for a count, ``70,5`` / ``70.5`` otherwise; "" for
    none."""
    if value is None:
        return ""
    return formats.number(value, language, places=0 if whole else 2)


def _number(edit: QLineEdit, error: QLabel, language: str, *, whole: bool = False,
            required: bool = False) -> Decimal | None:  # fmt: skip
    """The number typed, or None when empty; raises (after showing why) when it is no number."""
    text = edit.text().strip()
    if not text:
        if required:
            problem = ValidationError("number.invalid", field="value", text="")
            show_problem(error, problem.message(language))
            raise problem
        return None
    try:
        value = parse_decimal(text, language)
        check_whole(value, whole)
    except FieldLabError as problem:
        show_problem(error, problem.message(language))
        edit.setFocus()
        raise
    show_problem(error, None)
    return value


def _whole_count(edit: QLineEdit, error: QLabel, language: str) -> int | None:
    value = _number(edit, error, language, whole=True)
    if value is not None and value <= 0:
        problem = ValidationError("indicator.sample_size", field="sample")
        show_problem(error, problem.message(language))
        raise problem
    return int(value) if value is not None else None


class IndicatorDialog(UniqueMnemonics, QDialog):
    def __init__(
        self,
        indicator: IndicatorRow | None,
        elements: list[ElementChoice],
        library: list[LibraryEntry],
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("indicatorDialog")
        self.language, self.library = language, library
        self.ui = ui = Ui_IndicatorDialog()
        ui.setupUi(self)
        ui.libraryCombo.addItem(self.tr("(eigen indicator, niet uit de bibliotheek)"), None)
        for entry in library:
            ui.libraryCombo.addItem(entry.name(language), entry.id)
        ui.elementCombo.addItem(self.tr("(nog niet gekoppeld)"), None)
        for element in elements:
            ui.elementCombo.addItem(f"{label(element.level, language)}: {shortened(element.text, 60)}",
                                    element.id)  # fmt: skip
        for combo, values in ((ui.subjectCombo, UnitSubject), (ui.directionCombo, Direction),
                              (ui.comparatorCombo, Comparator), (ui.semanticsCombo, ValueSemantics)):  # fmt: skip
            for value in values:
                combo.addItem(label(value, language), value)
        for combo in (ui.baselineMethodCombo, ui.methodCombo):
            combo.addItem("—", None)
            for method in Method:
                combo.addItem(label(method, language), method)
        ui.baselineDateEdit.language = ui.targetDateEdit.language = language
        if indicator is not None:
            self._show(indicator)
        else:  # a new indicator mostly counts people reached: participants, not libraries
            select_data(ui.subjectCombo, UnitSubject.DEELNEMERS)
            select_data(ui.semanticsCombo, ValueSemantics.CUMULATIEF)
            if elements:
                ui.elementCombo.setCurrentIndex(1)
        ui.libraryCombo.activated.connect(self._entry_chosen)
        without_keyboard_traps(self)

    def _show(self, row: IndicatorRow) -> None:
        ui = self.ui
        select_data(ui.libraryCombo, row.library_id)
        ui.nameEdit.setText(row.name)
        select_data(ui.elementCombo, row.toc_element_id)
        ui.unitEdit.setText(row.unit)
        select_data(ui.subjectCombo, row.unit_subject)
        ui.wholeCheck.setChecked(row.whole_numbers)
        select_data(ui.directionCombo, row.direction)
        select_data(ui.comparatorCombo, row.comparator)
        select_data(ui.semanticsCombo, row.semantics)
        ui.baselineEdit.setText(number_text(row.baseline_value, row.whole_numbers, self.language))
        ui.baselineDateEdit.set_date(row.baseline_date)
        select_data(ui.baselineMethodCombo, row.baseline_method)
        ui.baselineSampleEdit.setText(str(row.baseline_sample_size or ""))
        ui.reconstructedCheck.setChecked(row.baseline_reconstructed)
        ui.targetEdit.setText(number_text(row.target_value, row.whole_numbers, self.language))
        ui.targetDateEdit.set_date(row.target_date)
        select_data(ui.methodCombo, row.method)
        ui.sourceEdit.setText(row.source)
        ui.frequencyEdit.setText(row.frequency)

    def _entry_chosen(self) -> None:
        """A library entry brings its name, unit and meaning: like measures like."""
        entry = next((e for e in self.library if e.id == self.ui.libraryCombo.currentData()), None)
        if entry is None:
            return
        ui = self.ui
        ui.nameEdit.setText(entry.name(self.language))
        ui.unitEdit.setText(entry.unit)
        select_data(ui.subjectCombo, entry.unit_subject)
        select_data(ui.directionCombo, entry.direction)
        select_data(ui.semanticsCombo, entry.semantics)
        ui.wholeCheck.setChecked(entry.whole_numbers)

    def values(self) -> IndicatorInput:
        ui = self.ui
        whole = ui.wholeCheck.isChecked()
        return IndicatorInput(
            name=ui.nameEdit.text().strip(), toc_element_id=ui.elementCombo.currentData(),
            library_id=ui.libraryCombo.currentData(), unit=ui.unitEdit.text().strip(),
            unit_subject=UnitSubject(ui.subjectCombo.currentData()),
            direction=Direction(ui.directionCombo.currentData()),
            comparator=Comparator(ui.comparatorCombo.currentData()),
            semantics=ValueSemantics(ui.semanticsCombo.currentData()), whole_numbers=whole,
            baseline_value=_number(ui.baselineEdit, ui.baselineError, self.language, whole=whole),
            baseline_date=ui.baselineDateEdit.date(),
            baseline_method=ui.baselineMethodCombo.currentData(),
            baseline_sample_size=_whole_count(ui.baselineSampleEdit, ui.sampleError, self.language),
            baseline_reconstructed=ui.reconstructedCheck.isChecked(),
            target_value=_number(ui.targetEdit, ui.targetError, self.language, whole=whole),
            target_date=ui.targetDateEdit.date(), method=ui.methodCombo.currentData(),
            source=ui.sourceEdit.text().strip(), frequency=ui.frequencyEdit.text().strip(),
        )  # fmt: skip

    def accept(self) -> None:
        if not (self.ui.baselineDateEdit.check() and self.ui.targetDateEdit.check()):
            return
        try:
            data = self.values()
        except FieldLabError:
            return  # the message stands beside the field
        if not data.name:
            problem = ValidationError("indicator.name_empty", field="name")
            show_problem(self.ui.nameError, problem.message(self.language))
            self.ui.nameEdit.setFocus()
            return
        super().accept()


class MeasurementDialog(UniqueMnemonics, QDialog):
    def __init__(
        self,
        indicator: IndicatorRow,
        measurement: MeasurementRow | None,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("measurementDialog")
        self.indicator, self.language = indicator, language
        self.ui = ui = Ui_MeasurementDialog()
        ui.setupUi(self)
        self.setWindowTitle(self.tr("Meting: {0}").format(indicator.name))
        ui.dateEdit.language = language
        for kind in MeasurementKind:
            ui.kindCombo.addItem(label(kind, language), kind)
        whole = indicator.whole_numbers
        ui.valueEdit.setPlaceholderText("12" if whole else "12,5")
        if measurement is not None:
            ui.dateEdit.set_date(measurement.measured_on)
            select_data(ui.kindCombo, measurement.kind)
            ui.valueEdit.setText(number_text(measurement.value, whole, language))
            fraction = measurement.numerator is not None
            ui.fractionCheck.setChecked(fraction)
            ui.numeratorEdit.setText(number_text(measurement.numerator, True, language))
            ui.denominatorEdit.setText(number_text(measurement.denominator, True, language))
            ui.sampleEdit.setText(str(measurement.sample_size or ""))
            ui.noteEdit.setPlainText(measurement.note)
        else:
            ui.dateEdit.set_date(dt.date.today())
            has_baseline = indicator.baseline_value is not None or any(
                m.kind is MeasurementKind.NULMETING for m in indicator.measurements
            )  # a nulmeting is there already: the next one is a tussenmeting
            kind = MeasurementKind.TUSSENMETING if has_baseline else MeasurementKind.NULMETING
            select_data(ui.kindCombo, kind)
        ui.fractionCheck.setEnabled(indicator.unit.strip() == "%" or ui.fractionCheck.isChecked())
        ui.fractionCheck.toggled.connect(self._fraction_toggled)
        for edit in (ui.numeratorEdit, ui.denominatorEdit):
            edit.textChanged.connect(self._show_share)
        self._fraction_toggled(ui.fractionCheck.isChecked())
        without_keyboard_traps(self)

    def _fraction_toggled(self, on: bool) -> None:
        ui = self.ui
        for widget in (ui.numeratorEdit, ui.numeratorEditLabel, ui.denominatorEdit,
                       ui.denominatorEditLabel):  # fmt: skip
            widget.setVisible(on)
        ui.valueEdit.setReadOnly(on)
        self._show_share()

    def _show_share(self) -> None:
        """The percentage the parts make, shown as it is typed."""
        ui = self.ui
        if not ui.fractionCheck.isChecked():
            return
        try:
            share = percentage_of(parse_decimal(ui.numeratorEdit.text(), self.language),
                                  parse_decimal(ui.denominatorEdit.text(), self.language))  # fmt: skip
        except FieldLabError:
            ui.valueEdit.clear()
            return
        ui.valueEdit.setText(number_text(share, False, self.language))
        if not ui.sampleEdit.text().strip():
            ui.sampleEdit.setPlaceholderText(ui.denominatorEdit.text())

    def values(self) -> MeasurementInput:
        ui, language = self.ui, self.language
        fraction = ui.fractionCheck.isChecked()
        numerator = denominator = value = None
        if fraction:
            numerator = _number(
                ui.numeratorEdit, ui.fractionError, language, whole=True, required=True
            )
            denominator = _number(ui.denominatorEdit, ui.fractionError, language, whole=True,
                                  required=True)  # fmt: skip
            assert numerator is not None and denominator is not None
            try:
                percentage_of(numerator, denominator)
            except FieldLabError as problem:
                show_problem(ui.fractionError, problem.message(language))
                raise
        else:
            value = _number(ui.valueEdit, ui.valueError, language,
                            whole=self.indicator.whole_numbers, required=True)  # fmt: skip
        sample = _whole_count(ui.sampleEdit, ui.sampleError, language)
        if sample is None and fraction:
            sample = int(denominator or 0) or None
        return MeasurementInput(
            measured_on=ui.dateEdit.date() or dt.date.today(),
            kind=MeasurementKind(ui.kindCombo.currentData()), value=value, numerator=numerator,
            denominator=denominator, sample_size=sample, note=ui.noteEdit.toPlainText().strip(),
        )  # fmt: skip

    def accept(self) -> None:
        self.ui.dateEdit.required = True
        if not self.ui.dateEdit.check():
            return
        try:
            self.values()
        except FieldLabError:
            return
        super().accept()
