"""Referentiegegevens: the portfolio's own classifications — opgaven, stelseluitdagingen,
programme lines, the regional agenda's themes (and that agenda's name), target groups,
gemeenten and the indicator library. Add, rename, retire (*vervallen*: kept where used, no
longer offered) or bring back; every change is undoable (Ctrl+Z) and in the history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldlab_desk.domain import formats
from fieldlab_desk.domain.access import Area
from fieldlab_desk.services import reference
from fieldlab_desk.services.reference import TERM_KINDS, ReferenceItem, ReferenceKind
from fieldlab_desk.ui.views import PageContext
from fieldlab_desk.ui.widgets import Retranslating, explain_held, named

KINDS = tuple(ReferenceKind)


class ReferencePage(Retranslating, QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referencePage")
        self.context = context
        self.document = context.document
        self.items: list[ReferenceItem] = []
        self.agenda = ""
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.kind = named(QComboBox(), "referenceKind")
        self.kind_label = QLabel()
        self.kind_label.setBuddy(self.kind)
        self.agenda_edit = named(QLineEdit(), "referenceAgenda")
        self.agenda_label = QLabel()
        self.agenda_label.setBuddy(self.agenda_edit)
        self.table = named(QTableWidget(0, 5), "referenceTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.code = named(QLineEdit(), "referenceCode")
        self.name_nl = named(QLineEdit(), "referenceNameNl")
        self.name_en = named(QLineEdit(), "referenceNameEn")
        self.labels = {edit: QLabel() for edit in (self.code, self.name_nl, self.name_en)}
        for edit, shown in self.labels.items():
            shown.setBuddy(edit)
        self.add = named(QPushButton(), "referenceAdd")
        self.rename = named(QPushButton(), "referenceRename")
        self.retire = named(QPushButton(), "referenceRetire")

        top = QFormLayout()
        top.addRow(self.kind_label, self.kind)
        top.addRow(self.agenda_label, self.agenda_edit)
        form = QFormLayout()
        for edit, shown in self.labels.items():
            form.addRow(shown, edit)
        buttons = QHBoxLayout()
        for button in (self.add, self.rename, self.retire):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)

        self.kind.currentIndexChanged.connect(lambda _index: self.refresh(frozenset()))
        self.table.itemSelectionChanged.connect(self._chosen)
        self.agenda_edit.editingFinished.connect(self._name_agenda)
        self.add.clicked.connect(self._add)
        self.rename.clicked.connect(self._rename)
        self.retire.clicked.connect(self._retire)
        self.name_nl.returnPressed.connect(self._add_or_rename)
        self.name_en.returnPressed.connect(self._add_or_rename)
        self.retranslate()

    @property
    def chosen_kind(self) -> ReferenceKind:
        return KINDS[max(self.kind.currentIndex(), 0)]

    def _selected(self) -> ReferenceItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def refresh(self, tables: frozenset[str]) -> None:
        if self.document.closed:
            return
        chosen = self._selected()
        self.items = self.document.read(reference.reference_items, self.chosen_kind)
        self.agenda = self.document.read(reference.agenda_name)
        if not self.agenda_edit.hasFocus():
            self.agenda_edit.setText(self.agenda)
        self._fill(chosen)

    def _fill(self, chosen: ReferenceItem | None) -> None:
        """The chosen kind's items in the table, in the interface's language."""
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            status = self.tr("vervallen") if item.retired else self.tr("aangeboden")
            used = formats.count(item.in_use, self.context.language)  # 10.000 / 10,000
            cells = [item.code, item.name_nl, item.name_en, used, status]
            for column, shown in enumerate(cells):
                cell = QTableWidgetItem(shown)
                if column == 3:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if item.retired:
                    cell.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, cell)
        header = self.table.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch if column in (1, 2)
                else QHeaderView.ResizeMode.ResizeToContents,
            )  # fmt: skip
        if chosen is not None:
            again = next((n for n, i in enumerate(self.items) if i.id == chosen.id), None)
            if again is not None:
                self.table.selectRow(again)
        self._chosen()
        self.code.setEnabled(self.chosen_kind is not ReferenceKind.GEMEENTE)
        self.name_en.setEnabled(self.chosen_kind is not ReferenceKind.GEMEENTE)
        self.code.setPlaceholderText(
            self.tr("kleine letters, cijfers, streepjes") if self.chosen_kind in TERM_KINDS
            else self.tr("hoofdletters, cijfers, streepjes")
        )  # fmt: skip
        self.kind.setItemText(
            KINDS.index(ReferenceKind.AGENDA), self._kind_name(ReferenceKind.AGENDA)
        )

    def _chosen(self) -> None:
        item = self._selected()
        self.rename.setEnabled(item is not None)
        self.retire.setEnabled(item is not None)
        if item is None:
            self.retire.setText(self.tr("Ve&rvallen"))
        else:
            self.code.setText(item.code)
            self.name_nl.setText(item.name_nl)
            self.name_en.setText(item.name_en)
            self.retire.setText(
                self.tr("Weer &in gebruik") if item.retired else self.tr("Ve&rvallen")
            )
        self._hold()

    def _hold(self) -> None:
        """Reference data is the beheerder's: for anyone else (and on a read-only file) the
        page shows it, every change held with the reason."""
        if not self.document.held(Area.REFERENCE):
            explain_held(self, "")
            return
        for button in (self.add, self.rename, self.retire):
            button.setEnabled(False)
        for edit in (self.agenda_edit, self.code, self.name_nl, self.name_en):
            edit.setReadOnly(True)
        explain_held(self, self.document.why_held(Area.REFERENCE, language=self.context.language))

    def _add_or_rename(self) -> None:
        item = self._selected()
        if item is not None and item.code.casefold() == self.code.text().strip().casefold():
            self._rename()
        else:
            self._add()

    def _add(self) -> None:
        self.document.edit(reference.add_item, self.tr("Referentiegegeven toevoegen"),
                           self.chosen_kind, self.code.text(), self.name_nl.text(),
                           self.name_en.text())  # fmt: skip

    def _rename(self) -> None:
        item = self._selected()
        if item is not None:
            self.document.edit(reference.rename_item, self.tr("Referentiegegeven hernoemen"),
                               self.chosen_kind, item.code, self.name_nl.text(),
                               self.name_en.text())  # fmt: skip

    def _retire(self) -> None:
        item = self._selected()
        if item is not None:
            words = self.tr("Weer in gebruik") if item.retired else self.tr("Vervallen")
            self.document.edit(reference.retire_item, words, self.chosen_kind, item.code,
                               retired=not item.retired)  # fmt: skip

    def _name_agenda(self) -> None:
        name = self.agenda_edit.text().strip()
        if name and name != self.agenda:
            self.document.edit(
                reference.set_agenda_name, self.tr("Regionale agenda benoemen"), name
            )

    def _kind_name(self, kind: ReferenceKind) -> str:
        names = {
            ReferenceKind.OPGAVE: self.tr("Maatschappelijke opgaven"),
            ReferenceKind.STELSELUITDAGING: self.tr("Stelseluitdagingen"),
            ReferenceKind.PROGRAMMALIJN: self.tr("Programmalijnen"),
            ReferenceKind.AGENDA: self.agenda or self.tr("Regionale agenda"),
            ReferenceKind.DOELGROEP: self.tr("Doelgroepen"),
            ReferenceKind.GEMEENTE: self.tr("Gemeenten"),
            ReferenceKind.INDICATOR: self.tr("Indicatorbibliotheek"),
            ReferenceKind.ORGANISATIESOORT: self.tr("Soorten organisaties"),
            ReferenceKind.KOSTENSOORT: self.tr("Kostensoorten"),
        }
        return names[kind]

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Referentiegegevens"))
        self.intro.setText(
            self.tr("De indelingen van dit portfolio. Een item dat in gebruik is vervalt in "
                    "plaats van te verdwijnen: het blijft staan waar het gebruikt wordt en wordt "
                    "niet meer aangeboden. Elke wijziging is ongedaan te maken (Ctrl+Z).")
        )  # fmt: skip
        index = self.kind.currentIndex()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItems([self._kind_name(kind) for kind in KINDS])
        self.kind.setCurrentIndex(max(index, 0))
        self.kind.blockSignals(False)
        self.kind_label.setText(self.tr("&Soort:"))
        self.agenda_label.setText(self.tr("Naam regionale &agenda:"))
        self.agenda_edit.setPlaceholderText(self.tr("bijv. Drentse Sociale Agenda 2020-2023"))
        self.labels[self.code].setText(self.tr("&Code:"))
        self.labels[self.name_nl].setText(self.tr("&Nederlandse naam:"))
        self.labels[self.name_en].setText(self.tr("&Engelse naam:"))
        self.add.setText(self.tr("Toe&voegen"))
        self.rename.setText(self.tr("Hernoe&men"))
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Nederlands"),
                                              self.tr("Engels"), self.tr("In gebruik"),
                                              self.tr("Status")])  # fmt: skip
        self.table.setAccessibleName(self.tr("Referentiegegevens van de gekozen soort"))
        self._fill(self._selected())
        if self.document.held(Area.REFERENCE):  # the reason, in the language now spoken
            explain_held(
                self, self.document.why_held(Area.REFERENCE, language=self.context.language)
            )
