"""Verzoeken: a project's change requests (a later end date, money carried to the next year or
moved between cost categories, a change of scope), their status and what each changed; a new
request, or taking back one still waiting."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from fieldlab_desk.domain import formats
from fieldlab_desk.domain.access import Area
from fieldlab_desk.domain.errors import ValidationError
from fieldlab_desk.domain.requests import RequestInput
from fieldlab_desk.services import requests
from fieldlab_desk.services.projects import project_details
from fieldlab_desk.services.requests import RequestRow, RequestsView
from fieldlab_desk.ui.dialogs.request_dialog import RequestDialog
from fieldlab_desk.ui.labels import label
from fieldlab_desk.ui.views import PageContext
from fieldlab_desk.ui.widgets import KeyActions, Retranslating, named, read_only_table, table_cell


class RequestsTab(Retranslating, QWidget):
    SHOWS = frozenset({"budget_line", "change_request", "commitment", "decision",
                       "decision_grant", "expense", "file_info", "meeting", "project",
                       "reference_term", "phase_change"})  # fmt: skip
    """The record kinds this tab shows: an edit of none of them leaves it as it is."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestsTab")
        self.context = context
        self.document = context.document
        self.project_id: int | None = None
        self.view: RequestsView | None = None
        self.intro = named(QLabel(), "requestsIntro")
        self.intro.setWordWrap(True)
        self.table = read_only_table("requestTable", 6)
        self.table.setWordWrap(True)
        self.add_button = named(QPushButton(), "addRequest")
        self.withdraw_button = named(QPushButton(), "withdrawRequest")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.withdraw_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.table.itemSelectionChanged.connect(self._enable)
        KeyActions(self.table, insert=self.add)
        self.retranslate()

    def load(self, project_id: int) -> None:
        self.project_id = project_id
        selected = self.selected()
        self.view = self.document.read(requests.requests_view, project_id)
        language = self.context.language
        rows = self.view.rows
        self.table.setRowCount(len(rows))
        for row, r in enumerate(rows):
            decided = ""
            if r.decided_on is not None:
                decided = formats.date(r.decided_on, language)
                if r.meeting_title:
                    decided += f" · {r.meeting_title}"
                if r.decision_note:
                    decided += f" — {r.decision_note}"
            cells = [table_cell(formats.date(r.submitted_on, language)),
                     table_cell(label(r.kind, language)),
                     table_cell(r.what(language, self.view.categories)),
                     table_cell(" ".join(r.reason.split())),
                     table_cell(label(r.status, language)), table_cell(decided)]  # fmt: skip
            cells[3].setToolTip(r.reason)
            for column, item in enumerate(cells):
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        ids = [r.id for r in rows]
        chosen = selected.id if selected is not None and selected.id in ids else None
        self.table.selectRow(ids.index(chosen) if chosen is not None else 0)
        self.add_button.setEnabled(not self.document.held(Area.PROJECT, self.project_id))
        self._enable()

    def selected(self) -> RequestRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or self.view is None or rows[0].row() >= len(self.view.rows):
            return None
        return self.view.rows[rows[0].row()]

    def _enable(self) -> None:
        chosen = self.selected()
        self.withdraw_button.setEnabled(
            not self.document.held(Area.PROJECT, self.project_id)
            and chosen is not None
            and chosen.status.open
        )

    def add(self) -> None:
        if (
            self.project_id is None
            or self.view is None
            or self.document.held(Area.PROJECT, self.project_id)
        ):
            return
        project_id = self.project_id
        details = self.document.read(project_details, project_id)
        if details is None:
            return
        heading = f"{details.code} — {details.title}"
        if details.end_date is not None:
            heading += "\n" + self.tr("Loopt tot %1").replace(
                "%1", formats.date(details.end_date, self.context.language)
            )

        def check(data: RequestInput) -> list[ValidationError]:
            return self.document.read(requests.request_problems, project_id, data)

        dialog = RequestDialog(heading, self.view.years, self.view.categories, check,
                               self.context.language, self, today=self.view.today,
                               asked_by=self.document.who)  # fmt: skip
        if dialog.exec() and dialog.result_input is not None:
            title = self.tr("Wijzigingsverzoek %1").replace(
                "%1", label(dialog.result_input.kind, self.context.language).lower()
            )
            self.document.edit(requests.add_request, title, project_id, dialog.result_input)

    def withdraw(self) -> None:
        chosen = self.selected()
        if chosen is None or not chosen.status.open or self.view is None:
            return
        self.document.edit(requests.withdraw_request, self.tr("Verzoek intrekken"), chosen.id,
                           self.view.today)  # fmt: skip

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Een lopend project vraagt de stuurgroep om een wijziging: een latere einddatum, "
            "onbesteed geld naar het volgende jaar (overheveling), geld naar een andere "
            "kostensoort, of een andere scope. Het verzoek komt op de agenda van de volgende "
            "vergadering; toegekend verandert het het project (ongedaan te maken met Ctrl+Z)."
        ))  # fmt: skip
        self.table.setHorizontalHeaderLabels([
            self.tr("Ingediend"), self.tr("Soort"), self.tr("Wat"), self.tr("Reden"),
            self.tr("Status"), self.tr("Besluit"),
        ])  # fmt: skip
        self.table.setAccessibleName(self.tr("Wijzigingsverzoeken"))
        self.add_button.setText(self.tr("&Nieuw verzoek…"))
        self.add_button.setToolTip(self.tr("Insert"))
        self.withdraw_button.setText(self.tr("Verzoek &intrekken"))
        if self.project_id is not None and self.view is not None:
            self.load(self.project_id)
