"""Stuurgroep: meetings, their decisions, frozen figures and what changed since the last meeting."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldlab_desk.domain import formats
from fieldlab_desk.domain.access import Area
from fieldlab_desk.domain.enums import DecisionKind, Phase
from fieldlab_desk.domain.snapshot import ChangeKind, SnapshotChange
from fieldlab_desk.services import requests, steering
from fieldlab_desk.services.edits import created_id
from fieldlab_desk.services.requests import Agenda, RequestRow
from fieldlab_desk.services.steering import MeetingRow, SteeringView
from fieldlab_desk.ui.dialogs.steering_dialogs import (
    DecisionDialog,
    MeetingDialog,
    RequestDecisionDialog,
)
from fieldlab_desk.ui.labels import label
from fieldlab_desk.ui.tasks import Loader
from fieldlab_desk.ui.views import PageContext
from fieldlab_desk.ui.widgets import Retranslating, explain_held, named, read_only_table

WHAT_WIDTH = 240  # px: a long title or request wraps, so the note and status stay in view


class SteeringPage(Retranslating, QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("steeringPage")
        self.context = context
        self.document = context.document
        self.loader = Loader(context.tasks, self)
        self.loaded = False
        self.rows: list[MeetingRow] = []
        self.new_meeting_id: int | None = None
        """A meeting just added: chosen as soon as the list shows it."""
        self.title = named(QLabel(), "steeringTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.meetings = named(QListWidget(), "meetingList")
        self.meetings.setSpacing(3)  # a meeting is two lines: date and kind, then its title
        self.decisions = read_only_table("decisionTable", 5)
        self.decisions.setWordWrap(True)
        self.changes = read_only_table("changesTable", 5)
        self.new_meeting = named(QPushButton(), "newMeeting")
        self.new_decision = named(QPushButton(), "newDecision")
        self.snapshot = named(QPushButton(), "takeSnapshot")
        self.snapshot_info = named(QLabel(), "snapshotInfo")
        self.changes_info = named(QLabel(), "changesInfo")
        self.agenda: Agenda | None = None
        self.requests_info = named(QLabel(), "requestsInfo")
        self.requests_info.setWordWrap(True)
        self.requests = read_only_table("agendaRequests", 5, stretch_last=False)
        self.requests.setWordWrap(True)
        self.grant_request = named(QPushButton(), "grantRequest")
        self.reject_request = named(QPushButton(), "rejectRequest")
        self._layout()
        self.grant_request.clicked.connect(lambda: self.decide_request(grant=True))
        self.reject_request.clicked.connect(lambda: self.decide_request(grant=False))
        self.requests.itemSelectionChanged.connect(self._enable_requests)
        self.meetings.currentRowChanged.connect(lambda _row: self._show_decisions())
        self.new_meeting.clicked.connect(self.add_meeting)
        self.new_decision.clicked.connect(self.add_decision)
        self.snapshot.clicked.connect(self.take_snapshot)
        self.retranslate()

    def _layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.meetings, 1)
        left_layout.addWidget(self.new_meeting)
        self.decisions_box = QGroupBox()
        box = QVBoxLayout(self.decisions_box)
        box.addWidget(self.decisions, 1)
        buttons = QHBoxLayout()
        for widget in (self.new_decision, self.snapshot, self.snapshot_info):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        box.addLayout(buttons)
        self.requests_box = QGroupBox()
        requests_layout = QVBoxLayout(self.requests_box)
        requests_layout.addWidget(self.requests_info)
        requests_layout.addWidget(self.requests, 1)
        request_buttons = QHBoxLayout()
        for widget in (self.grant_request, self.reject_request):
            request_buttons.addWidget(widget)
        request_buttons.addStretch(1)
        requests_layout.addLayout(request_buttons)
        self.changes_box = QGroupBox()
        changes = QVBoxLayout(self.changes_box)
        changes.addWidget(self.changes_info)
        changes.addWidget(self.changes, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.decisions_box)
        right.addWidget(self.requests_box)
        right.addWidget(self.changes_box)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([330, 830])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(splitter, 1)

    def refresh(self, _tables: frozenset[str]) -> None:
        """Load the meetings and the changes since the last frozen figures on the worker."""
        document = self.document
        self.loader.load(
            lambda: (document.read(steering.steering_view), document.read(requests.agenda)),
            self._show,
        )

    def _show(self, loaded: tuple[SteeringView, Agenda]) -> None:
        view, self.agenda = loaded
        current = self.new_meeting_id or self.current_meeting_id()
        self.new_meeting_id = None
        self.rows = view.meetings
        self.meetings.blockSignals(True)
        self.meetings.clear()
        for m in self.rows:
            text = f"{formats.date(m.held_on, self.context.language)} · {label(m.kind, self.context.language)}"
            text += " ✓" if m.snapshot_at else ""
            item = QListWidgetItem(f"{text}\n{m.title}" if m.title else text)  # the title below
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            item.setToolTip(f"{text} — {m.title}" if m.title else text)
            self.meetings.addItem(item)
        self.meetings.blockSignals(False)
        ids = [m.id for m in self.rows]
        self.meetings.setCurrentRow(ids.index(current) if current in ids else (0 if ids else -1))
        self._show_decisions()
        self._show_changes(view.since, view.changes)
        writable = not self.document.held(Area.STEERING)
        self._enable_requests()
        for button in (self.new_meeting, self.new_decision, self.snapshot):
            button.setEnabled(writable)
        explain_held(self, self.document.why_held(Area.STEERING, language=self.context.language))
        self.loaded = True

    def current_meeting_id(self) -> int | None:
        item = self.meetings.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def current_meeting(self) -> MeetingRow | None:
        meeting_id = self.current_meeting_id()
        return next((m for m in self.rows if m.id == meeting_id), None)

    def _show_decisions(self) -> None:
        meeting = self.current_meeting()
        self._show_requests(meeting)
        if meeting is None:
            self.decisions.setRowCount(0)
            self.snapshot_info.setText("")
            return
        rows = self.document.read(steering.meeting_decisions, meeting.id)
        self.decisions.setRowCount(len(rows))
        for row, decision in enumerate(rows):
            amount = (
                formats.money(decision.amount_granted_cents, self.context.language)
                if decision.amount_granted_cents
                else ""
            )
            cells = (decision.code, decision.title, label(decision.kind, self.context.language),
                     amount, decision.conditions or decision.note)  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.decisions.setItem(row, column, item)
        header = self.decisions.horizontalHeader()  # the note gets the rest of the width
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)  # the title wraps
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.decisions.resizeColumnToContents(1)
        self.decisions.setColumnWidth(1, min(self.decisions.columnWidth(1), WHAT_WIDTH))
        self.decisions.resizeRowsToContents()
        when = (
            formats.moment(meeting.snapshot_at.astimezone(), self.context.language)
            if meeting.snapshot_at
            else ""
        )
        self.snapshot_info.setText(
            self.tr("Cijfers vastgelegd op %1").replace("%1", when) if when else ""
        )

    def shown_requests(self) -> list[RequestRow]:
        """The requests the box lists for the chosen meeting: those it decided, then those
        still waiting that it can decide (asked on or before its day)."""
        meeting, agenda = self.current_meeting(), self.agenda
        if agenda is None:
            return []
        if meeting is None:
            return list(agenda.open)
        decided = [r for r in agenda.decided if r.meeting_id == meeting.id]
        return decided + [r for r in agenda.open if r.submitted_on <= meeting.held_on]

    def _show_requests(self, meeting: MeetingRow | None) -> None:
        agenda, language = self.agenda, self.context.language
        if agenda is None:
            return
        waiting = len(agenda.open)
        if agenda.next is not None:
            _, day, title = agenda.next
            named = formats.date(day, language) + (f" ({title})" if title else "")
            info = self.tr("%n verzoek(en) op de agenda van de volgende vergadering, %1.", "",
                           waiting).replace("%1", named)  # fmt: skip
        else:
            info = self.tr("%n verzoek(en) wachten op een besluit; er is geen vergadering gepland (Nieuwe vergadering…).", "", waiting)  # fmt: skip
        self.requests_info.setText(info)
        rows = self.shown_requests()
        self.requests.setRowCount(len(rows))
        for row, r in enumerate(rows):
            status = label(r.status, language)
            if r.decided_on is not None:
                status += f" · {formats.date(r.decided_on, language)}"
            cells = (r.code, label(r.kind, language),
                     r.what(language, agenda.categories), " ".join(r.reason.split()), status)  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip({0: f"{r.code} — {r.title}", 3: r.reason}.get(column, text))
                self.requests.setItem(row, column, item)
        header = self.requests.horizontalHeader()  # what it asks wraps; the reason takes the rest
        for column in (0, 1, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.requests.resizeColumnToContents(2)
        self.requests.setColumnWidth(2, min(self.requests.columnWidth(2), WHAT_WIDTH))
        self.requests.resizeRowsToContents()
        first_open = next((n for n, r in enumerate(rows) if r.status.open), 0)
        if rows:
            self.requests.selectRow(first_open)
        self._enable_requests()

    def chosen_request(self) -> RequestRow | None:
        rows = self.shown_requests()
        selected = (
            self.requests.selectionModel().selectedRows() if self.requests.selectionModel() else []
        )
        if not selected or selected[0].row() >= len(rows):
            return None
        return rows[selected[0].row()]

    def _enable_requests(self) -> None:
        chosen = self.chosen_request()
        can = (not self.document.held(Area.STEERING) and chosen is not None and chosen.status.open
               and self.current_meeting() is not None)  # fmt: skip
        self.grant_request.setEnabled(can)
        self.reject_request.setEnabled(can)

    def decide_request(self, *, grant: bool) -> None:
        """Toekennen or afwijzen at the chosen meeting, after a summary of what it does."""
        chosen, meeting, agenda = self.chosen_request(), self.current_meeting(), self.agenda
        if chosen is None or meeting is None or agenda is None or not chosen.status.open:
            return
        language = self.context.language
        dialog = RequestDecisionDialog(chosen, agenda.categories, meeting, grant, language, self)
        if not dialog.exec():
            return
        title = (self.tr("Verzoek %1 toekennen") if grant else self.tr("Verzoek %1 afwijzen")).replace("%1", chosen.code)  # fmt: skip
        self.document.edit(requests.decide_request, title, chosen.id, meeting.id, grant,
                           dialog.note.toPlainText())  # fmt: skip

    def _show_changes(self, since: MeetingRow | None, changes: list[SnapshotChange]) -> None:
        if since is None:
            self.changes_info.setText(
                self.tr(
                    "Nog geen vastgelegde cijfers: leg bij een vergadering de cijfers vast om later te zien wat er veranderde."
                )
            )
        else:
            self.changes_info.setText(
                self.tr("%n wijziging(en) sinds de vergadering van %1", "", len(changes)).replace(
                    "%1", f"{since.held_on:%d-%m-%Y}"
                )
            )
        self.changes.setRowCount(len(changes))
        for row, change in enumerate(changes):
            cells = (
                self._kind(change.kind),
                change.code,
                change.subject,
                self._value(change, change.old),
                self._value(change, change.new),
            )
            for column, text in enumerate(cells):
                self.changes.setItem(row, column, QTableWidgetItem(text))
        self.changes.resizeColumnsToContents()

    def _kind(self, kind: ChangeKind) -> str:
        return {
            ChangeKind.NEW_PROJECT: self.tr("Nieuw project"), ChangeKind.REMOVED_PROJECT: self.tr("Project verwijderd"),
            ChangeKind.PHASE: self.tr("Fase"), ChangeKind.BUDGET: self.tr("SGIA-begroting"),
            ChangeKind.DECISION: self.tr("Besluit"), ChangeKind.TOC: self.tr("Veranderketen"),
            ChangeKind.TARGET: self.tr("Streefwaarde"), ChangeKind.NORM: self.tr("Norm"),
        }[kind]  # fmt: skip

    def _value(self, change: SnapshotChange, value: str) -> str:
        language = self.context.language
        if change.kind in (ChangeKind.BUDGET, ChangeKind.NORM) and value.lstrip("-").isdigit():
            return formats.money(int(value), language)
        if change.kind in (
            ChangeKind.PHASE,
            ChangeKind.NEW_PROJECT,
            ChangeKind.REMOVED_PROJECT,
        ) and value in {p.value for p in Phase}:
            return label(Phase(value), language)
        if change.kind is ChangeKind.DECISION and value in {k.value for k in DecisionKind}:
            return label(DecisionKind(value), language)
        return value

    # editing ---------------------------------------------------------------------------
    def add_meeting(self) -> None:
        dialog = MeetingDialog(self.context.language, self)
        if dialog.exec():
            day, kind, title = dialog.values()
            inverse = self.document.execute(
                steering.add_meeting(self.tr("Vergadering toevoegen"), day, kind, title)
            )
            if inverse is not None:  # the new meeting is the one chosen once the list is back
                self.new_meeting_id = created_id(inverse)

    def add_decision(self) -> None:
        meeting = self.current_meeting()
        if meeting is None:
            return
        candidates = self.document.read(steering.decision_candidates)
        language = self.context.language
        named = f"{meeting.held_on:%d-%m-%Y} · {label(meeting.kind, language)}"
        dialog = DecisionDialog(candidates, named, meeting.held_on.year, language, self)
        if not dialog.exec():
            return
        project_id = dialog.ui.projectCombo.currentData()
        code = next((p.code for p in candidates if p.id == project_id), "")
        kind = DecisionKind(dialog.ui.kindCombo.currentData())
        title = (
            self.tr("Besluit %1: %2")
            .replace("%1", code)
            .replace("%2", label(kind, language).lower())
        )
        self.document.edit(steering.record_decision, title, meeting.id, project_id, kind, dialog.grants,
                           dialog.ui.conditionsEdit.toPlainText(), dialog.ui.noteEdit.toPlainText(),
                           who=self.document.who)  # fmt: skip

    def take_snapshot(self) -> None:
        meeting = self.current_meeting()
        if meeting is None:
            return
        if meeting.snapshot_at is not None:
            when = formats.moment(meeting.snapshot_at.astimezone(), self.context.language)
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Cijfers vastleggen"),
                              self.tr("De cijfers van deze vergadering zijn al vastgelegd op %1. Vervangen door de cijfers van nu?").replace("%1", when),
                              parent=self)  # fmt: skip
            replace = box.addButton(self.tr("&Vervangen"), QMessageBox.ButtonRole.AcceptRole)
            keep = box.addButton(self.tr("&Houden"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(keep)
            box.setEscapeButton(keep)
            box.exec()
            if box.clickedButton() is not replace:
                return
        self.document.edit(steering.take_snapshot, self.tr("Cijfers vastleggen"), meeting.id)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Stuurgroep"))
        self.meetings.setAccessibleName(self.tr("Vergaderingen"))
        self.new_meeting.setText(self.tr("&Nieuwe vergadering…"))
        self.new_decision.setText(self.tr("&Besluit toevoegen…"))
        self.snapshot.setText(self.tr("&Cijfers vastleggen"))
        self.snapshot.setToolTip(
            self.tr("Bevriest de cijfers zoals ze op deze vergadering zijn gepresenteerd.")
        )
        self.decisions_box.setTitle(self.tr("Besluiten van de gekozen vergadering"))
        self.changes_box.setTitle(
            self.tr("Wijzigingen sinds de laatste vergadering met vastgelegde cijfers")
        )
        self.decisions.setHorizontalHeaderLabels(
            [
                self.tr("Project"),
                self.tr("Titel"),
                self.tr("Besluit"),
                self.tr("Bedrag"),
                self.tr("Voorwaarden / toelichting"),
            ]
        )
        self.changes.setHorizontalHeaderLabels(
            [
                self.tr("Soort"),
                self.tr("Project"),
                self.tr("Onderdeel"),
                self.tr("Was"),
                self.tr("Nu"),
            ]
        )
        self.requests_box.setTitle(self.tr("Wijzigingsverzoeken"))
        self.requests.setHorizontalHeaderLabels([self.tr("Project"), self.tr("Soort"),
                                                 self.tr("Wat"), self.tr("Reden"),
                                                 self.tr("Status")])  # fmt: skip
        self.requests.setAccessibleName(self.tr("Wijzigingsverzoeken"))
        self.grant_request.setText(self.tr("Verzoek toe&kennen…"))
        self.reject_request.setText(self.tr("Verzoek &afwijzen…"))
        self.decisions.setAccessibleName(self.tr("Besluiten"))
        self.changes.setAccessibleName(self.tr("Wijzigingen sinds de laatste vergadering"))
        if self.loaded:
            self.refresh(frozenset())
        if self.document.held(Area.STEERING):  # the reason, in the language now spoken
            explain_held(
                self, self.document.why_held(Area.STEERING, language=self.context.language)
            )
