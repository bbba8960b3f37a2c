"""Bijdrage: what the portfolio as a whole contributes to, per maatschappelijke opgave,
stelseluitdaging and Sociale Agenda theme — the projects whose impact points at it, their SGIA
money and how their outcome indicators stand — and where the gaps are (themes nobody serves,
outcomes nobody measures). Enter on a project opens it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldlab_desk.domain import formats
from fieldlab_desk.domain.enums import ThemeKind
from fieldlab_desk.domain.progress import ProgressStatus
from fieldlab_desk.services.toc import ThemeContribution, contributions
from fieldlab_desk.ui.labels import label
from fieldlab_desk.ui.tasks import Loader
from fieldlab_desk.ui.views import PageContext
from fieldlab_desk.ui.widgets import KeyActions, Retranslating, named

PROJECT_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ORDER = (ThemeKind.OPGAVE, ThemeKind.STELSELUITDAGING, ThemeKind.SOCIALE_AGENDA)
STATUS_COLUMNS = (ProgressStatus.MET, ProgressStatus.ON_TRACK, ProgressStatus.OFF_TRACK,
                  ProgressStatus.NO_DATA)  # fmt: skip


class ContributionPage(Retranslating, QWidget):
    project_requested = Signal(int)
    """Emitted with a project's id when the user opens it from the list."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contributionPage")
        self.context = context
        self.document = context.document
        self.loader = Loader(context.tasks, self)
        self.loaded = False
        self.rows: tuple[ThemeContribution, ...] = ()
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.summary = named(QLabel(), "contributionSummary")
        self.summary.setWordWrap(True)
        self.tree = named(QTreeWidget(), "contributionTree")
        self.tree.setColumnCount(7)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.itemActivated.connect(self._open)
        KeyActions(self.tree, enter=self._open_current)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.note)
        self.retranslate()

    def refresh(self, tables: frozenset[str]) -> None:
        document = self.document
        self.loader.load(lambda: document.read(contributions), self._show)

    def _show(self, rows: tuple[ThemeContribution, ...]) -> None:
        self.rows, self.loaded = rows, True
        language = self.context.language
        self.tree.clear()
        for kind in KIND_ORDER:
            group = [r for r in rows if r.theme.kind is kind]
            top = QTreeWidgetItem([label(kind, language)])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            for row in group:
                top.addChild(self._theme_item(row, language))
            top.setExpanded(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.tree.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        served = [r for r in rows if r.projects]
        gaps = [r.theme.name(language) for r in rows if not r.projects]
        self.summary.setText(
            self.tr("{0} van de {1} opgaven en thema's krijgen een bijdrage van een project. "
                    "Zonder project: {2}.").format(len(served), len(rows), ", ".join(gaps) or "—")
        )  # fmt: skip

    def _theme_item(self, row: ThemeContribution, language: str) -> QTreeWidgetItem:
        counts = [str(row.indicators(s)) for s in STATUS_COLUMNS]
        if row.projects:
            cells = [row.theme.name(language), self.tr("{0} project(en)").format(len(row.projects)),
                     formats.money(row.granted_cents, language), *counts]  # fmt: skip
        else:
            cells = [row.theme.name(language), self.tr("geen project: een gat"), "", "", "", "", ""]
        item = QTreeWidgetItem(cells)
        for project in row.projects:
            statuses = [str(project.outcome_indicators.get(s, 0)) for s in STATUS_COLUMNS]
            child = QTreeWidgetItem([f"{project.code} {project.title}", label(project.phase, language),
                                     formats.money(project.granted_cents, language), *statuses])  # fmt: skip
            child.setData(0, PROJECT_ROLE, project.project_id)
            if not any(project.outcome_indicators.values()):
                child.setToolTip(
                    0, self.tr("Geen indicator bij de outcomes: de bijdrage is niet te zien.")
                )
            item.addChild(child)
        for column in range(2, 7):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
        return item

    def _open(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        project = item.data(0, PROJECT_ROLE)
        if project is not None:
            self.project_requested.emit(int(project))

    def _open_current(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self._open(item)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Bijdrage aan opgaven en thema's"))
        self.tree.setHeaderLabels([
            self.tr("Opgave, thema of project"), self.tr("Projecten / fase"), self.tr("SGIA toegekend"),
            self.tr("Gehaald"), self.tr("Op koers"), self.tr("Achter"), self.tr("Geen data"),
        ])  # fmt: skip
        self.tree.setAccessibleName(self.tr("Bijdrage per opgave en thema"))
        self.note.setText(
            self.tr("Een project draagt bij aan het thema waar het impact-element van zijn "
                    "veranderketen naar wijst. De laatste vier kolommen tellen de indicatoren "
                    "van de outcomes: gehaald, op koers, achter op schema en nog zonder meting.")
        )  # fmt: skip
        if self.loaded:
            self._show(self.rows)
