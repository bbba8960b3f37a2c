"""Mijlpalen: a project's milestones; add, edit (Enter or double-click) and delete."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldlab_desk.domain.models import Milestone
from fieldlab_desk.services.edits import delete_row, insert_row, set_fields
from fieldlab_desk.services.projects import milestones
from fieldlab_desk.ui.dialogs.milestone_dialog import MilestoneDialog
from fieldlab_desk.ui.document import Document
from fieldlab_desk.ui.widgets import Retranslating, named


class MilestonesTab(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("milestonesTab")
        self.document: Document | None = None
        self.project_id: int | None = None
        self.rows: list[Milestone] = []
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
        QShortcut(
            QKeySequence(Qt.Key.Key_Return),
            self.table,
            self.edit,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.table,
            self.delete,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.retranslate()

    def set_document(self, document: Document | None) -> None:
        self.document = document

    def load(self, project_id: int) -> None:
        self.project_id = project_id
        if self.document is None:
            return
        with self.document.database.session() as session:
            self.rows = milestones(project_id, session=session)
        self.table.setRowCount(len(self.rows))
        for row, m in enumerate(self.rows):
            cells = (
                m.title,
                _day(m.due_date),
                _day(m.done_date) or (self.tr("nog niet") if m.due_date else ""),
                m.note,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        writable = not self.document.read_only
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setEnabled(writable)

    def _selected(self) -> Milestone | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def add(self) -> None:
        if self.document is None or self.project_id is None:
            return
        dialog = MilestoneDialog(None, self)
        if dialog.exec():
            values = {
                **dialog.values(),
                "project_id": self.project_id,
                "sort_order": len(self.rows),
            }
            self.document.execute(insert_row(self.tr("Mijlpaal toevoegen"), "milestone", values))

    def edit(self) -> None:
        milestone = self._selected()
        if self.document is None or milestone is None:
            return
        dialog = MilestoneDialog(milestone, self)
        if dialog.exec():
            with self.document.database.session() as session:
                edit = set_fields(
                    self.tr("Mijlpaal wijzigen"),
                    "milestone",
                    (milestone.id,),
                    dialog.values(),
                    session=session,
                )
            self.document.execute(edit)

    def delete(self) -> None:
        milestone = self._selected()
        if self.document is None or milestone is None:
            return
        with self.document.database.session() as session:
            edit = delete_row(
                self.tr("Mijlpaal verwijderen"), "milestone", (milestone.id,), session=session
            )
        self.document.execute(edit)

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


def _day(value: object) -> str:
    return value.strftime("%d-%m-%Y") if value is not None and hasattr(value, "strftime") else ""
