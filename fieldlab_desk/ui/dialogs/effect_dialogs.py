"""Dialogs of the Effectmeting tab: an indicator (from the library or its own) and a measurement
(a value, or a percentage as count of total)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldlab_desk.domain import formats
from fieldlab_desk.domain.enums import (
    Comparator,
    Dimension,
    Direction,
    MeasurementKind,
    Method,
    UnitSubject,
    ValueSemantics,
)
from fieldlab_desk.domain.errors import FieldLabError, ValidationError
from fieldlab_desk.domain.indicators import Part, check_whole, part_problems, percentage_of
from fieldlab_desk.domain.money import parse_decimal
from fieldlab_desk.services.catalog import Choice
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
from fieldlab_desk.ui.widgets import named, select_data, show_problem, without_keyboard_traps


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
        self._add_split(indicator)
        without_keyboard_traps(self)

    def _add_split(self, indicator: IndicatorRow | None) -> None:
        """Whether measurements may be entered per gemeente and per doelgroep (their parts sum
        to the value): only for values that add up."""
        self.split_gemeente = named(QCheckBox(self.tr("per &gemeente")), "splitGemeente")
        self.split_doelgroep = named(QCheckBox(self.tr("per d&oelgroep")), "splitDoelgroep")
        self.split_error = named(QLabel(), "splitError")
        self.split_error.setStyleSheet("color: #b3261e;")
        self.split_error.setWordWrap(True)
        self.split_error.hide()
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.split_gemeente)
        line.addWidget(self.split_doelgroep)
        line.addStretch(1)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(row)
        column.addWidget(self.split_error)
        caption = QLabel(self.tr("Uitsplitsen:"))
        caption.setToolTip(
            self.tr("Metingen in delen per gemeente of doelgroep, die samen de meting zijn")
        )
        self.ui.formLayout.addRow(caption, box)
        if indicator is not None:
            self.split_gemeente.setChecked(indicator.split_gemeente)
            self.split_doelgroep.setChecked(indicator.split_doelgroep)

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
            split_gemeente=self.split_gemeente.isChecked(),
            split_doelgroep=self.split_doelgroep.isChecked(),
        )  # fmt: skip

    def accept(self) -> None:
        if not (self.ui.baselineDateEdit.check() and self.ui.targetDateEdit.check()):
            return
        split = self.split_gemeente.isChecked() or self.split_doelgroep.isChecked()
        snapshot = (
            ValueSemantics(self.ui.semanticsCombo.currentData()) is ValueSemantics.MOMENTOPNAME
        )
        if split and snapshot:
            problem = ValidationError("indicator.split_snapshot", field="split")
            show_problem(self.split_error, problem.message(self.language))
            self.split_gemeente.setFocus()
            return
        show_problem(self.split_error, None)
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
        splits: dict[Dimension, list[Choice]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("measurementDialog")
        self.indicator, self.language = indicator, language
        self.ui = ui = Ui_MeasurementDialog()
        ui.setupUi(self)
        self.parts: list[tuple[Dimension, int]] = []
        """The rows of the parts table: which gemeente or doelgroep each one is."""
        self.parts_table: QTableWidget | None = None
        self.parts_sum = QLabel()
        self.parts_error = QLabel()
        if indicator.dimensions and splits is not None:
            self._add_parts(indicator, measurement, splits)
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

    def _add_parts(
        self, indicator: IndicatorRow, measurement: MeasurementRow | None,
        splits: dict[Dimension, list[Choice]],
    ) -> None:  # fmt: skip
        """A table of the measurement's parts per gemeente and doelgroep (empty: no part), the
        sum shown as it is typed; the parts of a dimension must sum to the value."""
        known = {(p.dimension, p.ref): p.value for p in measurement.parts} if measurement else {}
        box = QGroupBox(self.tr("&Verdeling (optioneel; de delen tellen op tot de waarde)"))
        box.setObjectName("partsBox")
        table = named(QTableWidget(0, 2), "partsTable")
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.setHorizontalHeaderLabels([self.tr("Deel"), self.tr("Waarde")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        table.setTabKeyNavigation(False)  # Up/Down between parts; Tab leaves, as in a form
        words = {Dimension.GEMEENTE: self.tr("Gemeente"), Dimension.DOELGROEP: self.tr("Doelgroep")}
        for dimension in indicator.dimensions:
            for choice in splits.get(dimension, []):
                row = table.rowCount()
                table.insertRow(row)
                name = QTableWidgetItem(f"{words[dimension]}: {choice.name(self.language)}")
                name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(row, 0, name)
                value = known.get((dimension, choice.id))
                table.setItem(row, 1, QTableWidgetItem(
                    "" if value is None else number_text(value, indicator.whole_numbers, self.language)))  # fmt: skip
                self.parts.append((dimension, choice.id))
        table.resizeColumnToContents(0)
        table.setMaximumHeight(30 + 26 * min(table.rowCount(), 6))
        table.itemChanged.connect(lambda _item: self._show_parts_sum())
        self.ui.valueEdit.textChanged.connect(lambda _text: self._show_parts_sum())
        self.parts_error.setStyleSheet("color: #b3261e;")
        self.parts_error.setWordWrap(True)
        self.parts_error.hide()
        inner = QVBoxLayout(box)
        inner.addWidget(table)
        inner.addWidget(self.parts_sum)
        inner.addWidget(self.parts_error)
        self.ui.layout.insertWidget(self.ui.layout.count() - 1, box)  # above the buttons
        box.setFocusProxy(table)
        self.parts_table = table
        self._show_parts_sum()

    def _typed_parts(self) -> list[Part]:
        """The parts typed (raises InvalidInput for text that is no number)."""
        table = self.parts_table
        found = []
        for row, (dimension, ref) in enumerate(self.parts):
            item = table.item(row, 1) if table is not None else None
            text_ = item.text().strip() if item is not None else ""
            if text_:
                found.append(Part(dimension, ref, parse_decimal(text_, self.language)))
        return found

    def _show_parts_sum(self) -> None:
        try:
            parts = self._typed_parts()
        except FieldLabError:
            self.parts_sum.setText("")
            return
        sums = []
        for dimension in self.indicator.dimensions:
            added = sum((p.value for p in parts if p.dimension is dimension), Decimal(0))
            if any(p.dimension is dimension for p in parts):
                sums.append(number_text(added, False, self.language))
        self.parts_sum.setText(
            self.tr("Samen: %1 van %2").replace("%1", " / ".join(sums)).replace(
                "%2", self.ui.valueEdit.text() or "—") if sums else "")  # fmt: skip

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
        try:
            parts = tuple(self._typed_parts())
        except FieldLabError as problem:
            show_problem(self.parts_error, problem.message(language))
            raise
        if parts and value is not None:
            dimensions = self.indicator.dimensions
            for wrong in part_problems(value, parts, self.indicator.whole_numbers, dimensions):
                show_problem(self.parts_error, wrong.message(language))
                raise wrong
        show_problem(self.parts_error, None)
        return MeasurementInput(
            measured_on=ui.dateEdit.date() or dt.date.today(),
            kind=MeasurementKind(ui.kindCombo.currentData()), value=value, numerator=numerator,
            denominator=denominator, sample_size=sample, note=ui.noteEdit.toPlainText().strip(),
            parts=parts,
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
