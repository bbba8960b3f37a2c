"""Effectmeting: a project's indicators with baseline, target, current value, progress and status,
the measurements of the chosen one and its chart.

Keyboard: in either table Insert adds, Enter edits, Delete removes. The chart is drawn on the
worker, and matplotlib is imported only when this tab is first shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldlab_desk.domain import figures, formats
from fieldlab_desk.domain.access import Area
from fieldlab_desk.domain.figures import Figure
from fieldlab_desk.domain.indicators import split_text
from fieldlab_desk.domain.progress import ProgressStatus
from fieldlab_desk.domain.texts import progress_rule
from fieldlab_desk.services import effect
from fieldlab_desk.services.edits import created_id
from fieldlab_desk.services.effect import IndicatorRow, MeasurementRow
from fieldlab_desk.services.projects import project_details
from fieldlab_desk.ui.dialogs.effect_dialogs import IndicatorDialog, MeasurementDialog, number_text
from fieldlab_desk.ui.labels import label
from fieldlab_desk.ui.report_writer import ReportWriter, fill_periods
from fieldlab_desk.ui.views import PageContext
from fieldlab_desk.ui.widgets import KeyActions, Retranslating, named, read_only_table, table_cell

SIGNS = {ProgressStatus.MET: "✓", ProgressStatus.ON_TRACK: "●", ProgressStatus.AT_RISK: "▲",
         ProgressStatus.OFF_TRACK: "✗", ProgressStatus.NO_DATA: "–"}  # fmt: skip


def percent(value: Any, language: str) -> str:
    """A share as every output shows it (one decimal); "" for none."""
    return "" if value is None else formats.share(value, language)


class EffectTab(Retranslating, QWidget):
    SHOWS = frozenset({"file_info", "indicator", "measurement", "measurement_part",
                       "municipality", "target_group", "toc_element"})  # fmt: skip
    """The record kinds this tab shows: an edit of none of them leaves it as it is."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("effectTab")
        self.context = context
        self.document = context.document
        self.project_id: int | None = None
        self.rows: list[IndicatorRow] = []
        self.chart: Any = None  # the ChartPanel, made when the tab is first shown
        self.indicators = read_only_table("indicatorTable", 8)
        self.measurements = read_only_table("measurementTable", 6)
        self.add_indicator = named(QPushButton(), "addIndicator")
        self.edit_indicator = named(QPushButton(), "editIndicator")
        self.delete_indicator = named(QPushButton(), "deleteIndicator")
        self.add_measurement = named(QPushButton(), "addMeasurement")
        self.edit_measurement = named(QPushButton(), "editMeasurement")
        self.delete_measurement = named(QPushButton(), "deleteMeasurement")
        self.indicators_label, self.measurements_label = QLabel(), QLabel()
        self.indicators_label.setBuddy(self.indicators)
        self.measurements_label.setBuddy(self.measurements)
        self.report_period = named(QComboBox(), "projectReportPeriod")
        self.report_period_label = QLabel()
        self.report_period_label.setBuddy(self.report_period)
        fill_periods(self.report_period, context.document.facts.reference_day)  # a demo: its day
        self.report_button = named(QPushButton(), "projectReport")
        self.writer = ReportWriter(context.document, context.tasks, self)
        self.rule = named(QLabel(), "statusRule")
        self.rule.setWordWrap(True)
        self.chart_box = QVBoxLayout()
        self._layout()
        self._connect()
        self.retranslate()

    def _layout(self) -> None:
        top = QHBoxLayout()
        for button in (self.add_indicator, self.edit_indicator, self.delete_indicator):
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(self.report_period_label)
        top.addWidget(self.report_period)
        top.addWidget(self.report_button)
        lower_buttons = QHBoxLayout()
        for button in (self.add_measurement, self.edit_measurement, self.delete_measurement):
            lower_buttons.addWidget(button)
        lower_buttons.addStretch(1)
        measured = QWidget()
        left = QVBoxLayout(measured)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.measurements_label)
        left.addWidget(self.measurements, 1)
        left.addLayout(lower_buttons)
        chart = QWidget()
        chart.setLayout(self.chart_box)
        lower = QSplitter()
        lower.addWidget(measured)
        lower.addWidget(chart)
        lower.setSizes([500, 500])
        layout = QVBoxLayout(self)
        layout.addWidget(self.indicators_label)
        layout.addWidget(self.indicators, 3)
        layout.addLayout(top)
        layout.addWidget(self.rule)
        layout.addWidget(lower, 3)

    def _connect(self) -> None:
        self.add_indicator.clicked.connect(self.new_indicator)
        self.edit_indicator.clicked.connect(self.change_indicator)
        self.delete_indicator.clicked.connect(self.remove_indicator)
        self.add_measurement.clicked.connect(self.new_measurement)
        self.edit_measurement.clicked.connect(self.change_measurement)
        self.delete_measurement.clicked.connect(self.remove_measurement)
        self.indicators.doubleClicked.connect(lambda _i: self.change_indicator())
        self.measurements.doubleClicked.connect(lambda _i: self.change_measurement())
        KeyActions(self.indicators, enter=self.change_indicator, delete=self.remove_indicator,
                   insert=self.new_indicator)  # fmt: skip
        KeyActions(self.measurements, enter=self.change_measurement,
                   delete=self.remove_measurement, insert=self.new_measurement)  # fmt: skip
        self.indicators.itemSelectionChanged.connect(self._indicator_chosen)
        self.report_button.clicked.connect(self.make_report)

    # showing ---------------------------------------------------------------------------
    def load(self, project_id: int) -> None:
        chosen = self.selected_indicator()
        self.project_id = project_id
        self.rows = self.document.read(effect.project_indicators, project_id)
        language = self.context.language
        table = self.indicators
        table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            progress = row.progress
            baseline = number_text(row.baseline_value, row.whole_numbers, language)
            target = number_text(row.target_value, row.whole_numbers, language)
            status = f"{SIGNS[row.status]} {label(row.status, language)}"
            cells = (
                row.name, f"{baseline} {row.unit}".strip(), f"{target} {row.unit}".strip(),
                number_text(progress.actual if progress else None, row.whole_numbers, language),
                percent(progress.progress if progress else None, language),
                percent(progress.expected if progress else None, language), status,
                label(row.semantics, language),
            )  # fmt: skip
            for column, text in enumerate(cells):
                table.setItem(number, column, table_cell(text, money=column in (3, 4, 5)))
        table.resizeColumnsToContents()
        table.setColumnWidth(0, min(table.columnWidth(0), 320))
        if self.rows:
            keep = next((n for n, r in enumerate(self.rows) if chosen and r.id == chosen.id), 0)
            table.selectRow(keep)
        self._indicator_chosen()
        writable = not self.document.held(Area.PROJECT, self.project_id)
        for button in (self.add_indicator, self.edit_indicator, self.delete_indicator,
                       self.add_measurement, self.edit_measurement, self.delete_measurement):  # fmt: skip
            button.setEnabled(writable)

    def selected_indicator(self) -> IndicatorRow | None:
        rows = self.indicators.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def selected_measurement(self) -> MeasurementRow | None:
        indicator = self.selected_indicator()
        rows = self.measurements.selectionModel().selectedRows()
        if indicator is None or not rows:
            return None
        return indicator.measurements[rows[0].row()]

    def _indicator_chosen(self) -> None:
        indicator = self.selected_indicator()
        measurements = indicator.measurements if indicator else ()
        language = self.context.language
        table = self.measurements
        table.setRowCount(len(measurements))
        for number, m in enumerate(measurements):
            value = number_text(m.value, indicator.whole_numbers if indicator else False, language)
            if m.numerator is not None and m.denominator is not None:
                value += self.tr(" ({0} van {1})").format(number_text(m.numerator, True, language),
                                                          number_text(m.denominator, True, language))  # fmt: skip
            split = split_text(  # each dimension's parts, which sum to the value
                {d: {p.name: p.value for p in m.split(d)} for d in indicator.dimensions}
                if indicator else {}, indicator.whole_numbers if indicator else False, language,
            )  # fmt: skip
            cells = (formats.date(m.measured_on, language), label(m.kind, language), value,
                     str(m.sample_size or ""), split, m.note)  # fmt: skip
            for column, text in enumerate(cells):
                table.setItem(number, column, table_cell(text, money=column in (2, 3)))
        table.resizeColumnsToContents()
        self._draw_chart()

    def _draw_chart(self) -> None:
        indicator = self.selected_indicator()
        if not self.isVisible() or indicator is None:
            return
        if self.chart is None:
            from fieldlab_desk.ui.charts.panel import ChartPanel  # first use: imports matplotlib

            self.chart = ChartPanel("indicatorChart", self.context.tasks, self)
            self.chart_box.addWidget(self.chart)
        from fieldlab_desk.render.indicator_chart import ChartWords, draw_indicator

        words = ChartWords(self.tr("gemeten"), self.tr("nulmeting"), self.tr("streefwaarde"),
                           self.tr("verwacht pad"),
                           "%Y-%m" if self.context.language == "en" else "%m-%Y")  # fmt: skip
        self.chart.show_chart(
            indicator.name, lambda figure: draw_indicator(figure, indicator, words)
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._draw_chart()

    def make_report(self) -> None:
        """This project's half-year report for the chosen half year, as PDF."""
        if self.project_id is None:
            return
        code = self.document.read(project_details, self.project_id)
        if code is None:
            return
        self.report_button.setEnabled(False)
        self.writer.ask_and_write(self.report_period.currentData(), code.code, self.context.language,
                                  lambda: self.report_button.setEnabled(True))  # fmt: skip

    # edits -----------------------------------------------------------------------------
    def new_indicator(self) -> None:
        if self.project_id is None or self.document.held(Area.PROJECT, self.project_id):
            return
        elements = self.document.read(effect.measured_elements, self.project_id)
        library = self.document.read(effect.library_entries)
        dialog = IndicatorDialog(None, elements, library, self.context.language, self)
        if dialog.exec():
            inverse = self.document.edit(effect.add_indicator, self.tr("Indicator toevoegen"),
                                         self.project_id, dialog.values())  # fmt: skip
            new = created_id(inverse) if inverse is not None else None
            if new is not None:
                self.select_indicator(new)
            self.indicators.setFocus()

    def select_indicator(self, indicator_id: int) -> None:
        for number, row in enumerate(self.rows):
            if row.id == indicator_id:
                self.indicators.selectRow(number)

    def change_indicator(self) -> None:
        indicator = self.selected_indicator()
        if (
            indicator is None
            or self.project_id is None
            or self.document.held(Area.PROJECT, self.project_id)
        ):
            return
        elements = self.document.read(effect.measured_elements, self.project_id)
        library = self.document.read(effect.library_entries)
        dialog = IndicatorDialog(indicator, elements, library, self.context.language, self)
        if dialog.exec():
            self.document.edit(effect.change_indicator, self.tr("Indicator wijzigen"),
                               indicator.id, dialog.values())  # fmt: skip

    def remove_indicator(self) -> None:
        indicator = self.selected_indicator()
        if indicator is not None:
            self.document.edit(effect.delete_indicator, self.tr("Indicator verwijderen"),
                               indicator.id)  # fmt: skip

    def new_measurement(self) -> None:
        indicator = self.selected_indicator()
        if indicator is None or self.document.held(Area.PROJECT, self.project_id):
            return
        splits = self.document.read(effect.split_choices, indicator.project_id)
        dialog = MeasurementDialog(indicator, None, self.context.language, self, splits)
        if dialog.exec():
            self.document.edit(effect.add_measurement, self.tr("Meting toevoegen"), indicator.id,
                               dialog.values())  # fmt: skip
            self.measurements.setFocus()

    def change_measurement(self) -> None:
        indicator, measurement = self.selected_indicator(), self.selected_measurement()
        if (
            indicator is None
            or measurement is None
            or self.document.held(Area.PROJECT, self.project_id)
        ):
            return
        splits = self.document.read(effect.split_choices, indicator.project_id)
        dialog = MeasurementDialog(indicator, measurement, self.context.language, self, splits)
        if dialog.exec():
            self.document.edit(effect.change_measurement, self.tr("Meting wijzigen"),
                               measurement.id, dialog.values())  # fmt: skip

    def remove_measurement(self) -> None:
        measurement = self.selected_measurement()
        if measurement is not None:
            self.document.edit(effect.delete_measurement, self.tr("Meting verwijderen"),
                               measurement.id)  # fmt: skip

    def retranslate(self) -> None:
        self.indicators_label.setText(self.tr("&Indicatoren:"))
        self.measurements_label.setText(self.tr("Metingen van de gekozen indicator:"))
        self.indicators.setHorizontalHeaderLabels([
            self.tr("Indicator"), self.tr("Nulmeting"), self.tr("Streefwaarde"), self.tr("Nu"),
            *(figures.name(f, self.context.language) for f in (Figure.VOORTGANG, Figure.VERWACHT, Figure.STATUS)),
            self.tr("Soort waarde"),
        ])  # fmt: skip
        self.measurements.setHorizontalHeaderLabels([
            self.tr("Datum"), self.tr("Soort"), self.tr("Waarde"), self.tr("Steekproef"),
            self.tr("Verdeling"), self.tr("Notitie"),
        ])  # fmt: skip
        self.indicators.setAccessibleName(self.tr("Indicatoren"))
        self.measurements.setAccessibleName(self.tr("Metingen"))
        self.add_indicator.setText(self.tr("Indicator &toevoegen…"))
        self.edit_indicator.setText(self.tr("Indicator bewerken…"))
        self.delete_indicator.setText(self.tr("Indicator verwijderen"))
        self.add_measurement.setText(self.tr("Meting t&oevoegen…"))
        self.edit_measurement.setText(self.tr("Meting bewerken…"))
        self.delete_measurement.setText(self.tr("Meting verwijderen"))
        for button, keys in ((self.add_indicator, "Insert"), (self.edit_indicator, "Enter"),
                             (self.delete_indicator, "Delete"), (self.add_measurement, "Insert"),
                             (self.edit_measurement, "Enter"), (self.delete_measurement, "Delete")):  # fmt: skip
            button.setToolTip(keys)
        self.report_period_label.setText(self.tr("Hal&fjaar:"))
        self.report_button.setText(self.tr("Halfjaarrapportage (PDF)…"))
        self.report_button.setAccessibleName(self.tr("Halfjaarrapportage van dit project als PDF"))
        self.rule.setText(progress_rule(self.context.language))
        if self.project_id is not None:
            self.load(self.project_id)
