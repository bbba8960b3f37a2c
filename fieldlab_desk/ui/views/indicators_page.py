"""Indicatoren: every indicator of a year's projects, filterable by opgave or theme, fieldlab
and status, with totals of like indicators only (same library entry, unit, what a unit counts
and semantics; snapshots are never summed) — and the half-year report (PDF) from here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldlab_desk.domain import figures, formats
from fieldlab_desk.domain.access import Area
from fieldlab_desk.domain.enums import Dimension
from fieldlab_desk.domain.figures import Figure
from fieldlab_desk.domain.indicators import split_text
from fieldlab_desk.domain.progress import ProgressStatus
from fieldlab_desk.services import effect
from fieldlab_desk.services.effect import IndicatorFilter, PortfolioIndicators
from fieldlab_desk.services.report import Period
from fieldlab_desk.ui.dialogs.effect_dialogs import number_text
from fieldlab_desk.ui.labels import label
from fieldlab_desk.ui.report_writer import ReportWriter, fill_periods
from fieldlab_desk.ui.tasks import Loader
from fieldlab_desk.ui.views import PageContext
from fieldlab_desk.ui.views.effect_tab import SIGNS, percent
from fieldlab_desk.ui.widgets import (
    KeyActions,
    Retranslating,
    explain_held,
    named,
    read_only_table,
    table_cell,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class IndicatorsPage(Retranslating, QWidget):
    project_requested = Signal(int)
    """Emitted with a project's id when the user opens the project of an indicator."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indicatorsPage")
        self.context = context
        self.document = context.document
        self.loader = Loader(context.tasks, self)
        self.writer = ReportWriter(context.document, context.tasks, self)
        self.loaded = False
        self.found = PortfolioIndicators((), ())
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.year, self.theme = (
            named(QComboBox(), "indicatorYear"),
            named(QComboBox(), "indicatorTheme"),
        )
        self.fieldlab, self.status = (
            named(QComboBox(), "indicatorFieldlab"),
            named(QComboBox(), "indicatorStatus"),
        )
        self.labels = [QLabel() for _ in range(4)]
        for text_label, combo in zip(
            self.labels, (self.year, self.theme, self.fieldlab, self.status), strict=True
        ):
            text_label.setBuddy(combo)
            combo.currentIndexChanged.connect(lambda _i: self.refresh(frozenset()))
        self.period = named(QComboBox(), "reportPeriod")
        self.period_label = QLabel()
        self.period_label.setBuddy(self.period)
        self.grouping = named(QComboBox(), "reportGrouping")
        self.grouping_label = QLabel()
        self.grouping_label.setBuddy(self.grouping)
        self.addressee = named(QLineEdit(), "reportAddressee")
        self.addressee.setMaxLength(200)
        self.addressee_label = QLabel()
        self.addressee_label.setBuddy(self.addressee)
        self.summary = named(QCheckBox(), "reportSummary")
        self.report_button = named(QPushButton(), "halfYearReport")
        self.report_button.clicked.connect(self.make_report)
        self.closing = named(QLabel(), "periodClosing")
        self.closing.setWordWrap(True)
        self.close_button = named(QPushButton(), "closePeriod")
        self.reopen_button = named(QPushButton(), "reopenPeriod")
        self.close_button.clicked.connect(self.close_period)
        self.reopen_button.clicked.connect(self.reopen_period)
        self.period.currentIndexChanged.connect(lambda _i: self._show_closing())
        self.table = read_only_table("portfolioIndicators", 8)
        self.table.doubleClicked.connect(lambda _i: self._open())
        KeyActions(self.table, enter=self._open)
        self.totals = read_only_table("indicatorTotals", 6)
        self.totals.setMaximumHeight(160)
        self.totals_note = named(QLabel(), "totalsNote")
        self.totals_note.setWordWrap(True)
        self._layout()
        self._fill_filters()
        self.retranslate()

    def _layout(self) -> None:
        filters = QHBoxLayout()
        for text_label, combo in zip(
            self.labels, (self.year, self.theme, self.fieldlab, self.status), strict=True
        ):
            filters.addWidget(text_label)
            filters.addWidget(combo)
        filters.addStretch(1)
        report = QHBoxLayout()
        report.addWidget(self.period_label)
        report.addWidget(self.period)
        report.addWidget(self.grouping_label)
        report.addWidget(self.grouping)
        report.addWidget(self.addressee_label)
        report.addWidget(self.addressee, 1)
        report.addWidget(self.summary)
        report.addWidget(self.report_button)
        report.addStretch(1)
        closing = QHBoxLayout()
        closing.addWidget(self.closing, 1)
        closing.addWidget(self.close_button)
        closing.addWidget(self.reopen_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(filters)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.totals_note)
        layout.addWidget(self.totals, 1)
        layout.addLayout(report)
        layout.addLayout(closing)

    def _fill_filters(self) -> None:
        language = self.context.language
        themes, labs = self.document.read(effect.indicator_filter_choices)
        this_year = dt.date.today().year
        for combo in (self.year, self.theme, self.fieldlab, self.status, self.period):
            combo.blockSignals(True)
            combo.clear()
        self.year.addItem(self.tr("Alle jaren"), None)
        for year in range(this_year + 1, 2019, -1):
            self.year.addItem(str(year), year)
        self.theme.addItem(self.tr("Alle opgaven en thema's"), None)
        for theme in themes:
            self.theme.addItem(theme.name_en if language == "en" else theme.name_nl, theme.id)
        self.fieldlab.addItem(self.tr("Alle fieldlabs"), None)
        for lab in labs:
            self.fieldlab.addItem(lab.name, lab.id)
        self.status.addItem(self.tr("Elke status"), None)
        for status in ProgressStatus:
            self.status.addItem(f"{SIGNS[status]} {label(status, language)}", status)
        fill_periods(self.period, self.document.facts.reference_day)  # a demo: its own day
        for combo in (self.year, self.theme, self.fieldlab, self.status, self.period):
            combo.blockSignals(False)

    def current_filter(self) -> IndicatorFilter:
        status = self.status.currentData()
        return IndicatorFilter(year=self.year.currentData(), theme_id=self.theme.currentData(),
                               fieldlab_id=self.fieldlab.currentData(),
                               status=ProgressStatus(status) if status else None)  # fmt: skip

    def refresh(self, tables: frozenset[str]) -> None:
        filters, document = self.current_filter(), self.document
        self.loader.load(lambda: document.read(effect.portfolio_indicators, filters), self._show)

    def _show_closing(self) -> None:
        """Whether the chosen half year is closed (by whom, when), and each reopening."""
        period = self.period.currentData()
        if period is None:
            return
        from fieldlab_desk.domain.texts import text
        from fieldlab_desk.services.periods import closures

        language = self.context.language
        history = self.document.read(closures, period=period.code)
        closed = history[-1] if history and history[-1].closed else None
        lines = []
        if closed is not None:
            lines.append(period.code + ": " + text("closed_on", language).format(
                day=formats.date(closed.closed_on, language), who=closed.closed_by or "?"))  # fmt: skip
        else:
            lines.append(period.code + ": " + text("not_closed", language))
        lines += [text("reopened_on", language).format(day=formats.date(c.reopened_on, language),
                                                       who=c.reopened_by or "?", why=c.reopen_reason)
                  for c in history if c.reopened_on is not None]  # fmt: skip
        self.closing.setText("\n".join(lines))
        writable = not self.document.held(Area.PERIODS)
        self.close_button.setEnabled(writable and closed is None)
        self.reopen_button.setEnabled(writable and closed is not None)
        explain_held(self, self.document.why_held(Area.PERIODS, language=self.context.language))

    def close_period(self) -> None:
        """*Vaststellen*, after saying what it means."""
        period = self.period.currentData()
        if period is None or self.document.held(Area.PERIODS):
            return
        from fieldlab_desk.services.periods import close_period

        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Halfjaar vaststellen"),
                          self.tr("%1 vaststellen? Metingen, voortgang en besluiten van die periode veranderen daarna niet meer, tot u de periode heropent met een reden.").replace("%1", period.code),
                          parent=self)  # fmt: skip
        yes = box.addButton(self.tr("&Vaststellen"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Annuleren"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes)
        box.exec()
        if box.clickedButton() is not yes:
            return
        self.document.edit(close_period, self.tr("%1 vaststellen").replace("%1", period.code),
                           period.code, self._today(), who=self.document.who)  # fmt: skip
        self._show_closing()

    def reopen_period(self) -> None:
        """Reopen to fix a mistake: the reason is asked, kept and said on the next report."""
        period = self.period.currentData()
        if period is None or self.document.held(Area.PERIODS):
            return
        from fieldlab_desk.services.periods import reopen_period

        reason, ok = QInputDialog.getMultiLineText(
            self, self.tr("Halfjaar heropenen"),
            self.tr("Waarom wordt %1 heropend? De reden komt op de volgende rapportage.").replace("%1", period.code),
        )  # fmt: skip
        if not ok:
            return
        self.document.edit(reopen_period, self.tr("%1 heropenen").replace("%1", period.code),
                           period.code, self._today(), reason, who=self.document.who)  # fmt: skip
        self._show_closing()

    def _today(self) -> dt.date:
        return self.document.facts.reference_day or dt.date.today()

    def _show(self, found: PortfolioIndicators) -> None:
        self.found, self.loaded = found, True
        self._show_closing()
        language = self.context.language
        self.table.setRowCount(len(found.rows))
        for number, row in enumerate(found.rows):
            i, p = row.indicator, row.indicator.progress
            cells = (row.code, i.name, f"{number_text(i.baseline_value, i.whole_numbers, language)} {i.unit}".strip(),
                     f"{number_text(i.target_value, i.whole_numbers, language)} {i.unit}".strip(),
                     number_text(p.actual if p else None, i.whole_numbers, language),
                     percent(p.progress if p else None, language), f"{SIGNS[i.status]} {label(i.status, language)}",
                     label(i.semantics, language))  # fmt: skip
            for column, text in enumerate(cells):
                item = table_cell(text, money=column in (4, 5))
                item.setData(ID_ROLE, row.project_id)
                self.table.setItem(number, column, item)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 320))
        self.totals.setRowCount(len(found.totals))
        library = {e.id: e for e in self.document.read(effect.library_entries)}
        for number, total in enumerate(found.totals):
            entry = library.get(total.library_id)
            summed = (f"{number_text(total.total, True, language)} {total.unit}" if total.total is not None
                      else self.tr("telt niet op (momentopname)"))  # fmt: skip
            places = split_text({Dimension.GEMEENTE: dict(total.per_gemeente)}, True, language)
            if places and total.unsplit:
                places += " · " + self.tr("niet uitgesplitst %1").replace(
                    "%1", number_text(total.unsplit, True, language)
                )
            sums = [entry.name(language) if entry else "?", label(total.unit_subject, language),
                    label(total.semantics, language),
                    self.tr("{0} van {1} gemeten").format(total.measured, total.indicators), summed,
                    places]  # fmt: skip
            for column, text in enumerate(sums):
                self.totals.setItem(number, column, table_cell(text, money=column == 4))
        self.totals.resizeColumnsToContents()

    def _open(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.project_requested.emit(int(self.found.rows[rows[0].row()].project_id))

    # the half-year report ---------------------------------------------------------------
    def make_report(self) -> None:
        self._busy(True)
        self.writer.ask_and_write(self.period.currentData(), None, self.context.language,
                                  lambda: self._busy(False), group_by=self.grouping.currentData() or "project",
                                  addressee=self.addressee.text(), summary=self.summary.isChecked())  # fmt: skip

    def write_report(self, period: Period, path: Path, language: str) -> None:
        """Read and draw the charts on the worker, then write the PDF (no file dialog)."""
        self._busy(True)
        self.writer.write(period, path, None, language, lambda: self._busy(False),
                          group_by=self.grouping.currentData() or "project",
                          addressee=self.addressee.text(), summary=self.summary.isChecked())  # fmt: skip

    def _busy(self, busy: bool) -> None:
        self.report_button.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Indicatoren van het portfolio"))
        for text_label, text in zip(self.labels, (self.tr("&Jaar:"), self.tr("&Opgave:"),
                                                  self.tr("&Fieldlab:"), self.tr("&Status:")), strict=True):  # fmt: skip
            text_label.setText(text)
        self.table.setHorizontalHeaderLabels([
            self.tr("Project"), self.tr("Indicator"), self.tr("Nulmeting"), self.tr("Streefwaarde"),
            self.tr("Nu"), *(figures.name(f, self.context.language) for f in (Figure.VOORTGANG, Figure.STATUS)),
            self.tr("Soort waarde"),
        ])  # fmt: skip
        self.totals.setHorizontalHeaderLabels([
            self.tr("Bibliotheekindicator"), self.tr("Telt"), self.tr("Soort waarde"),
            self.tr("Gemeten"), self.tr("Samen"), self.tr("Per gemeente"),
        ])  # fmt: skip
        self.table.setAccessibleName(self.tr("Indicatoren van het portfolio"))
        self.totals.setAccessibleName(self.tr("Totalen van gelijke indicatoren"))
        self.totals_note.setText(
            self.tr("Totalen tellen alleen gelijke indicatoren op: dezelfde indicator uit de "
                    "bibliotheek, met dezelfde eenheid, die hetzelfde telt (deelnemers zijn geen "
                    "bibliotheken) en dezelfde soort waarde. Per periode en cumulatief tellen op; "
                    "een momentopname (een score, een percentage) niet. Eigen indicatoren buiten "
                    "de bibliotheek staan wel in de lijst, niet in de totalen.")
        )  # fmt: skip
        self.period_label.setText(self.tr("Hal&fjaar:"))
        self.grouping_label.setText(self.tr("In&deling:"))
        chosen = self.grouping.currentData() or "project"
        self.grouping.clear()
        for key, name in (("project", self.tr("per project")), ("opgave", self.tr("per opgave")),
                          ("programmalijn", self.tr("per programmalijn"))):  # fmt: skip
            self.grouping.addItem(name, key)
        self.grouping.setCurrentIndex(max(self.grouping.findData(chosen), 0))
        self.addressee_label.setText(self.tr("Aa&n:"))
        self.summary.setText(self.tr("Alleen o&verzicht"))
        self.summary.setToolTip(self.tr("Omslag, overzicht, geld en besluiten, zonder de pagina's "
                                        "per project: voor een groot portfolio"))  # fmt: skip
        self.addressee.setPlaceholderText(self.tr("bijv. Stuurgroep Drentse Innovatieagenda"))
        self.addressee.setAccessibleName(self.tr("Aan wie de rapportage gericht is"))
        self.report_button.setText(self.tr("Halfjaarrapportage (&PDF)…"))
        self.close_button.setText(self.tr("Halfjaar &vaststellen…"))
        self.close_button.setToolTip(
            self.tr("De cijfers van het gekozen halfjaar worden definitief")
        )
        self.reopen_button.setText(self.tr("&Heropenen…"))
        self.reopen_button.setToolTip(self.tr("Om een fout te herstellen, met een reden"))
        self.report_button.setAccessibleName(
            self.tr("Halfjaarrapportage van het portfolio als PDF")
        )
        if self.loaded:  # the filters' words in the new language, the choices kept
            combos = (self.year, self.theme, self.fieldlab, self.status, self.period)
            chosen = [combo.currentIndex() for combo in combos]  # the same items, reworded
            self._fill_filters()
            for combo, index in zip(combos, chosen, strict=True):
                combo.blockSignals(True)
                combo.setCurrentIndex(max(index, 0))
                combo.blockSignals(False)
            self._show(self.found)
        if self.document.held(Area.PERIODS):  # the reason, in the language now spoken
            explain_held(self, self.document.why_held(Area.PERIODS, language=self.context.language))
