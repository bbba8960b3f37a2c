"""Mijlpalen: a project's milestones; add, edit (Enter or double-click) and delete."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldlab_desk.domain import formats
from fieldlab_desk.domain.access import Area
from fieldlab_desk.services import projects
from fieldlab_desk.services.projects import MilestoneRow
from fieldlab_desk.ui.dialogs.milestone_dialog import MilestoneDialog
from fieldlab_desk.ui.views import PageContext
from fieldlab_desk.ui.widgets import KeyActions, Retranslating, named


class MilestonesTab(Retranslating, QWidget):
    SHOWS = frozenset({"milestone"})
    """The record kinds this tab shows: an edit of none of them leaves it as it is."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("milestonesTab")
        self.context = context
        self.document = context.document
        self.project_id: int | None = None
        self.rows: list[MilestoneRow] = []
        self.table = named(QTableWidget(0, 4), "milestoneTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = named(QPushButton(), "addMilestone")
        self.edit_button = named(QPushButton(), "editMilestone")
        self.delete_button = named(QPushButton(), "deleteMilestone")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        KeyActions(self.table, enter=self.edit, delete=self.delete)
        self.retranslate()

    def load(self, project_id: int) -> None:
        self.project_id = project_id
        self.rows = self.document.read(projects.milestones, project_id)
        self.table.setRowCount(len(self.rows))
        for row, m in enumerate(self.rows):
            cells = (
                m.title,
                _day(m.due_date, self.context.language),
                _day(m.done_date, self.context.language)
                or (self.tr("nog niet") if m.due_date else ""),
                m.note,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        writable = not self.document.held(Area.PROJECT, self.project_id)
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setEnabled(writable)

    def _selected(self) -> MilestoneRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def add(self) -> None:
        if self.project_id is None or self.document.held(Area.PROJECT, self.project_id):
            return
        dialog = MilestoneDialog(None, self.context.language, self)
        if dialog.exec():
            self.document.edit(projects.add_milestone, self.tr("Mijlpaal toevoegen"),
                               self.project_id, dialog.values())  # fmt: skip

    def edit(self) -> None:
        milestone = self._selected()
        if milestone is None or self.document.held(Area.PROJECT, self.project_id):
            return
        dialog = MilestoneDialog(milestone, self.context.language, self)
        if dialog.exec():
            self.document.edit(projects.change_milestone, self.tr("Mijlpaal wijzigen"),
                               milestone.id, dialog.values())  # fmt: skip

    def delete(self) -> None:
        milestone = self._selected()
        if milestone is not None:
            self.document.edit(
                projects.delete_milestone, self.tr("Mijlpaal verwijderen"), milestone.id
            )

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Mijlpaal"), self.tr("Gepland"), self.tr("Behaald"), self.tr("Notitie")]
        )
        self.table.setAccessibleName(self.tr("Mijlpalen"))
        self.add_button.setText(self.tr("&Toevoegen…"))
        self.edit_button.setText(self.tr("&Bewerken…"))
        self.delete_button.setText(self.tr("&Verwijderen"))
        for button, text in (
            (self.add_button, self.tr("Mijlpaal toevoegen")),
            (self.edit_button, self.tr("Mijlpaal bewerken")),
            (self.delete_button, self.tr("Mijlpaal verwijderen")),
        ):
            button.setAccessibleName(text)
        if self.project_id is not None:
            self.load(self.project_id)


def _day(value: dt.date | None, language: str) -> str:
    return formats.date(value, language)
