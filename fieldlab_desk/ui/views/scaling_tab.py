"""Verspreiding: the libraries and gemeenten that took a project's innovation over, since when,
in what form (pilot, structureel, gestopt) and paid by whom; add (Insert), edit (Enter),
delete (Delete)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from fieldlab_desk.domain import formats
from fieldlab_desk.domain.access import Area
from fieldlab_desk.domain.texts import text
from fieldlab_desk.services import scaling
from fieldlab_desk.services.projects import project_details
from fieldlab_desk.services.scaling import AdoptionRow
from fieldlab_desk.services.scaling import ScalingTab as ScalingData
from fieldlab_desk.ui.dialogs.adoption_dialog import AdoptionDialog
from fieldlab_desk.ui.labels import label
from fieldlab_desk.ui.views import PageContext
from fieldlab_desk.ui.widgets import KeyActions, Retranslating, named, read_only_table, table_cell


class ScalingTab(Retranslating, QWidget):
    SHOWS = frozenset({"adoption", "file_info", "municipality", "organisation", "project"})
    """The record kinds this tab shows: an edit of none of them leaves it as it is."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scalingTab")
        self.context = context
        self.document = context.document
        self.project_id: int | None = None
        self.data: ScalingData | None = None
        self.summary = named(QLabel(), "scalingSummary")
        self.summary.setWordWrap(True)
        self.table = read_only_table("adoptionTable", 6)
        self.add_button = named(QPushButton(), "addAdoption")
        self.edit_button = named(QPushButton(), "editAdoption")
        self.delete_button = named(QPushButton(), "deleteAdoption")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        KeyActions(self.table, enter=self.edit, delete=self.delete, insert=self.add)
        self.retranslate()

    def load(self, project_id: int) -> None:
        self.project_id = project_id
        chosen = self.selected()
        self.data = data = self.document.read(scaling.scaling_tab, project_id)
        language = self.context.language
        reach = data.reach
        if data.rows:
            said = text("reach", language).format(
                libraries=reach.libraries, gemeenten=reach.gemeenten,
                structural=reach.structural, pilots=reach.pilots, stopped=reach.stopped,
            )  # fmt: skip
            if reach.in_core:
                said += " — " + self.tr("structureel in de kern")
        else:
            said = self.tr("Nog geen bibliotheek of gemeente heeft deze innovatie overgenomen. "
                           "Voeg er een toe met Insert.")  # fmt: skip
        self.summary.setText(said)
        self.table.setRowCount(len(data.rows))
        for row, a in enumerate(data.rows):
            cells = [table_cell(a.organisation or "—"), table_cell(a.municipality or "—"),
                     table_cell(formats.date(a.adopted_on, language)),
                     table_cell(label(a.form, language)), table_cell(label(a.funding, language)),
                     table_cell(a.note)]  # fmt: skip
            for column, item in enumerate(cells):
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        ids = [a.id for a in data.rows]
        keep = chosen.id if chosen is not None and chosen.id in ids else None
        self.table.selectRow(ids.index(keep) if keep is not None else 0)
        writable = not self.document.held(Area.PROJECT, self.project_id)
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and bool(data.rows))
        self.delete_button.setEnabled(writable and bool(data.rows))

    def selected(self) -> AdoptionRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or self.data is None or rows[0].row() >= len(self.data.rows):
            return None
        return self.data.rows[rows[0].row()]

    def _dialog(self, adoption: AdoptionRow | None) -> AdoptionDialog | None:
        if (
            self.project_id is None
            or self.data is None
            or self.document.held(Area.PROJECT, self.project_id)
        ):
            return None
        details = self.document.read(project_details, self.project_id)
        heading = f"{details.code} — {details.title}" if details else ""
        return AdoptionDialog(heading, adoption, self.data.organisations, self.data.gemeenten,
                              self.context.language, self, today=self.data.today)  # fmt: skip

    def add(self) -> None:
        dialog = self._dialog(None)
        if dialog is not None and dialog.exec() and dialog.result_input is not None:
            self.document.edit(scaling.add_adoption, self.tr("Verspreiding toevoegen"),
                               self.project_id, dialog.result_input)  # fmt: skip

    def edit(self) -> None:
        chosen = self.selected()
        dialog = self._dialog(chosen) if chosen is not None else None
        if dialog is not None and chosen is not None and dialog.exec() and dialog.result_input:
            self.document.edit(scaling.change_adoption, self.tr("Verspreiding wijzigen"),
                               chosen.id, dialog.result_input)  # fmt: skip

    def delete(self) -> None:
        chosen = self.selected()
        if chosen is None or self.document.held(Area.PROJECT, self.project_id):
            return
        self.document.edit(scaling.delete_adoption, self.tr("Verspreiding verwijderen"), chosen.id)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("Bibliotheek"), self.tr("Gemeente"), self.tr("Sinds"), self.tr("Vorm"),
            self.tr("Financiering"), self.tr("Notitie"),
        ])  # fmt: skip
        self.table.setAccessibleName(
            self.tr("Bibliotheken en gemeenten die de innovatie overnamen")
        )
        self.add_button.setText(self.tr("&Toevoegen…"))
        self.add_button.setToolTip(self.tr("Insert"))
        self.edit_button.setText(self.tr("&Bewerken…"))
        self.edit_button.setToolTip(self.tr("Enter"))
        self.delete_button.setText(self.tr("Ver&wijderen"))
        self.delete_button.setToolTip(self.tr("Delete"))
        if self.project_id is not None and self.data is not None:
            self.load(self.project_id)
