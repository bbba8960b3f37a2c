"""Verspreiding: how far the portfolio's innovations spread — per innovation the libraries and
gemeenten that run it and how many do so structurally with funding, and per gemeente which
innovations run there and how (a table laid out as the province's gemeenten). Enter on an
innovation opens its project."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QTableWidgetItem, QVBoxLayout, QWidget

from fieldlab_desk.domain.enums import AdoptionForm
from fieldlab_desk.domain.texts import text
from fieldlab_desk.services.scaling import ScalingView, scaling_view
from fieldlab_desk.ui.labels import label
from fieldlab_desk.ui.tasks import Loader
from fieldlab_desk.ui.views import PageContext
from fieldlab_desk.ui.widgets import KeyActions, Retranslating, named, read_only_table, table_cell

MARKS = {AdoptionForm.STRUCTUREEL: "●", AdoptionForm.PILOT: "◐", AdoptionForm.GESTOPT: "✗"}
SHADES = {AdoptionForm.STRUCTUREEL: QColor("#cfe8d5"), AdoptionForm.PILOT: QColor("#fbe9b7"),
          AdoptionForm.GESTOPT: QColor("#eeeeee")}  # fmt: skip


class ScalingPage(Retranslating, QWidget):
    project_requested = Signal(int)
    """Emitted with a project's id when the user opens an innovation."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scalingPage")
        self.context = context
        self.document = context.document
        self.loader = Loader(context.tasks, self)
        self.loaded = False
        self.view: ScalingView | None = None
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.summary = named(QLabel(), "scalingPageSummary")
        self.summary.setWordWrap(True)
        self.innovations = read_only_table("innovationTable", 8, stretch_last=False)
        self.innovations.doubleClicked.connect(lambda _index: self._open())
        KeyActions(self.innovations, enter=self._open)
        self.map_label = QLabel()
        self.map_label.setWordWrap(True)
        self.by_gemeente = read_only_table("gemeenteTable", 1, stretch_last=False)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.map_label)
        lower_layout.addWidget(self.by_gemeente, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.innovations)
        split.addWidget(lower)
        split.setSizes([260, 380])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self.retranslate()

    def refresh(self, tables: frozenset[str]) -> None:
        document = self.document
        self.loader.load(lambda: document.read(scaling_view), self._show)

    def _show(self, view: ScalingView) -> None:
        self.view, self.loaded = view, True
        language = self.context.language
        spread = len(view.innovations)
        self.summary.setText(
            text("in_core", language).format(count=view.in_core, total=spread) if spread else
            self.tr("Nog geen innovatie is door een andere bibliotheek of gemeente overgenomen; "
                    "leg dat vast op het tabblad Verspreiding van het project.")
        )  # fmt: skip
        self.innovations.setRowCount(spread)
        for row, i in enumerate(view.innovations):
            r = i.reach
            cells = [table_cell(i.code), table_cell(i.title), table_cell(label(i.phase, language)),
                     table_cell(str(r.libraries), money=True), table_cell(str(r.gemeenten), money=True),
                     table_cell(str(r.structural), money=True), table_cell(str(r.pilots), money=True),
                     table_cell(str(r.stopped), money=True)]  # fmt: skip
            if r.in_core:
                cells[5].setText(f"{r.structural} ●")
                cells[5].setToolTip(self.tr("structureel in de kern"))
            for column, item in enumerate(cells):
                self.innovations.setItem(row, column, item)
        header = self.innovations.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if spread:
            self.innovations.selectRow(0)
        codes = [i.code for i in view.innovations]
        table = self.by_gemeente
        table.setColumnCount(len(codes) + 1)
        table.setHorizontalHeaderLabels([self.tr("Gemeente"), *codes])
        for column, i in enumerate(view.innovations, start=1):
            head = table.horizontalHeaderItem(column)
            if head is not None:
                head.setToolTip(i.title)
        table.setRowCount(len(view.gemeenten))
        for row, gemeente in enumerate(view.gemeenten):
            forms = view.by_gemeente.get(gemeente, {})
            table.setItem(row, 0, table_cell(gemeente))
            for column, code in enumerate(codes, start=1):
                form = forms.get(code)
                item = QTableWidgetItem(f"{MARKS[form]} {label(form, language)}" if form else "")
                if form is not None:
                    item.setBackground(SHADES[form])
                    item.setForeground(QColor("#1d1d1d"))
                table.setItem(row, column, item)
        table.resizeColumnsToContents()

    def _open(self) -> None:
        rows = self.innovations.selectionModel().selectedRows()
        if self.view is None or not rows or rows[0].row() >= len(self.view.innovations):
            return
        self.project_requested.emit(self.view.innovations[rows[0].row()].project_id)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Verspreiding van innovaties"))
        self.innovations.setHorizontalHeaderLabels([
            self.tr("Code"), self.tr("Innovatie (project)"), self.tr("Fase"),
            self.tr("Bibliotheken"), self.tr("Gemeenten"), self.tr("Structureel gefinancierd"),
            self.tr("Pilot"), self.tr("Gestopt"),
        ])  # fmt: skip
        self.innovations.setAccessibleName(self.tr("Innovaties en hun verspreiding"))
        self.map_label.setText(self.tr(
            "Per gemeente: ● structureel, ◐ pilot, ✗ gestopt (het verst gekomen per innovatie)."))  # fmt: skip
        self.by_gemeente.setAccessibleName(self.tr("Innovaties per gemeente"))
        if self.loaded:
            self.refresh(frozenset())
