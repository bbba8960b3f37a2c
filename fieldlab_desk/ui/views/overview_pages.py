"""Dashboard and Stuurgroep, as overviews until the budget issue brings charts and editing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldlab_desk.domain.money import format_cents_short
from fieldlab_desk.domain.yearplan import NormWarning
from fieldlab_desk.services.overview import decisions, projects_by_phase
from fieldlab_desk.services.portfolio import plan_years, year_plan
from fieldlab_desk.ui.document import Document
from fieldlab_desk.ui.labels import label
from fieldlab_desk.ui.widgets import named

WARNING_COLOURS = {NormWarning.NEAR_NORM: "#8a5a00", NormWarning.OVER_NORM: "#b3261e"}


class DashboardPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self.document: Document | None = None
        self.title = named(QLabel(), "dashboardTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.years = _table("yearTable", 8)
        self.years_box = named(QGroupBox(), "yearsBox")
        QVBoxLayout(self.years_box).addWidget(self.years)
        self.phases = _table("phaseCounts", 2)
        self.phases_box = QGroupBox()
        QVBoxLayout(self.phases_box).addWidget(self.phases)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.years_box)
        layout.addWidget(self.phases_box, 1)
        self.retranslate()

    def set_document(self, document: Document | None) -> None:
        """Keep the document; the main window refreshes the page when it is shown."""
        self.document = document

    def refresh(self, _tables: frozenset[str]) -> None:
        if self.document is None:
            self.years.setRowCount(0)
            self.phases.setRowCount(0)
            return
        with self.document.database.session() as session:
            plans = [year_plan(y, session=session) for y in plan_years(session=session)]
            counts = projects_by_phase(session=session)
        self.years.setRowCount(len(plans))
        for row, plan in enumerate(plans):
            cells = (str(plan.year), format_cents_short(plan.norm_cents), format_cents_short(plan.allocated_cents),
                     format_cents_short(plan.committed_cents), format_cents_short(plan.spent_cents), format_cents_short(plan.free_cents))  # fmt: skip
            for column, text in enumerate(cells):
                self.years.setItem(row, column, _cell(text, right=column > 0))
            bar = QProgressBar()
            usage = int(plan.usage_percent or 0)
            bar.setRange(0, max(100, usage))
            bar.setValue(usage)
            bar.setFormat(f"{plan.usage_percent or 0} %".replace(".", ","))
            bar.setAccessibleName(self.tr("Benutting %1").replace("%1", str(plan.year)))
            self.years.setCellWidget(row, 6, bar)
            warning = _cell(self._warning_text(plan.warning))
            if plan.warning is not None:
                warning.setForeground(QColor(WARNING_COLOURS[plan.warning]))
                font = warning.font()
                font.setBold(True)
                warning.setFont(font)
            self.years.setItem(row, 7, warning)
        for column in range(6):
            self.years.setColumnWidth(column, 70 if column == 0 else 120)
        self.years.setColumnWidth(6, 220)
        self.years.setFixedHeight(
            self.years.horizontalHeader().height() + 30 * max(len(plans), 1) + 6
        )
        self.phases.setRowCount(len(counts))
        for row, (phase, count) in enumerate(counts.items()):
            self.phases.setItem(row, 0, _cell(label(phase)))
            self.phases.setItem(row, 1, _cell(str(count), right=True))
        self.phases.horizontalHeader().setStretchLastSection(False)
        self.phases.setColumnWidth(0, 220)
        self.phases.setColumnWidth(1, 90)
        self.phases.setMaximumWidth(330)

    def _warning_text(self, warning: NormWarning | None) -> str:
        if warning is NormWarning.OVER_NORM:
            return self.tr("Boven de norm")
        if warning is NormWarning.NEAR_NORM:
            return self.tr("Boven 90 % van de norm")
        return ""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Overzicht"))
        self.years_box.setTitle(self.tr("SGIA-geld per jaar tegen de norm (toegekende projecten)"))
        self.years.setHorizontalHeaderLabels([self.tr("Jaar"), self.tr("Norm"), self.tr("Toegekend"), self.tr("Verplicht"),
                                              self.tr("Besteed"), self.tr("Vrij"), self.tr("Benutting"), self.tr("Signaal")])  # fmt: skip
        self.years.setAccessibleName(self.tr("SGIA-geld per jaar"))
        self.phases_box.setTitle(self.tr("Projecten per fase"))
        self.phases.setHorizontalHeaderLabels([self.tr("Fase"), self.tr("Aantal")])
        self.phases.setAccessibleName(self.tr("Projecten per fase"))
        self.refresh(frozenset())


def _table(name: str, columns: int) -> QTableWidget:
    table = named(QTableWidget(0, columns), name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(30)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    return table


def _cell(text: str, *, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class SteeringPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("steeringPage")
        self.document: Document | None = None
        self.title = named(QLabel(), "steeringTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.table = _table("decisionTable", 6)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def set_document(self, document: Document | None) -> None:
        """Keep the document; the main window refreshes the page when it is shown."""
        self.document = document

    def refresh(self, _tables: frozenset[str]) -> None:
        if self.document is None:
            self.table.setRowCount(0)
            return
        with self.document.database.session() as session:
            lines = decisions(session=session)
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            cells = (line.held_on.strftime("%d-%m-%Y"), line.code, line.title, self._kind(line.kind.value),
                     format_cents_short(line.amount_cents) if line.amount_cents else "", line.conditions or line.note)  # fmt: skip
            for column, text in enumerate(cells):
                self.table.setItem(row, column, _cell(text, right=column == 4))
        self.table.resizeColumnsToContents()

    def _kind(self, kind: str) -> str:
        return {"toegekend": self.tr("Toegekend"), "afgewezen": self.tr("Afgewezen"),
                "aangehouden": self.tr("Aangehouden"), "voorwaardelijk": self.tr("Voorwaardelijk toegekend")}.get(kind, kind)  # fmt: skip

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Stuurgroep: besluiten"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Vergadering"),
                self.tr("Project"),
                self.tr("Titel"),
                self.tr("Besluit"),
                self.tr("Bedrag"),
                self.tr("Voorwaarden / toelichting"),
            ]
        )
        self.table.setAccessibleName(self.tr("Besluiten van de stuurgroep"))
        self.refresh(frozenset())
