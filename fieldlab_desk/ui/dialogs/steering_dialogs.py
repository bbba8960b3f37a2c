"""Dialogs of the Stuurgroep page: a new meeting and a decision on a project."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fieldlab_desk.domain import formats
from fieldlab_desk.domain.enums import DecisionKind, MeetingKind, Phase, RequestKind
from fieldlab_desk.domain.errors import InvalidInput
from fieldlab_desk.domain.money import parse_cents
from fieldlab_desk.domain.terms import Terms
from fieldlab_desk.domain.texts import text
from fieldlab_desk.services.requests import RequestRow
from fieldlab_desk.services.steering import GRANTING, DecisionCandidate, MeetingRow
from fieldlab_desk.ui.forms.ui_decision_dialog import Ui_DecisionDialog
from fieldlab_desk.ui.forms.ui_meeting_dialog import Ui_MeetingDialog
from fieldlab_desk.ui.labels import label
from fieldlab_desk.ui.mnemonics import UniqueMnemonics
from fieldlab_desk.ui.widgets import fill_combo, show_problem


class MeetingDialog(UniqueMnemonics, QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingDialog")
        self.ui = Ui_MeetingDialog()
        self.ui.setupUi(self)
        self.ui.dateEdit.set_date(dt.date.today())
        self.ui.dateEdit.required = True
        self.ui.dateEdit.language = language
        fill_combo(
            self.ui.kindCombo, [(label(k, language), k) for k in MeetingKind], MeetingKind.REGULIER
        )

    def accept(self) -> None:
        if self.ui.dateEdit.check():
            super().accept()

    def values(self) -> tuple[dt.date, MeetingKind, str]:
        day = self.ui.dateEdit.date() or dt.date.today()
        return day, MeetingKind(self.ui.kindCombo.currentData()), self.ui.titleEdit.text()


class DecisionDialog(UniqueMnemonics, QDialog):
    """A decision of one meeting on one project; a grant is entered per year, starting at the
    project's SGIA ask of that year."""

    def __init__(
        self,
        projects: list[DecisionCandidate],
        meeting: str,
        meeting_year: int,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.meeting_year = meeting_year
        self.setObjectName("decisionDialog")
        self.ui = Ui_DecisionDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Besluit van de vergadering van %1").replace("%1", meeting))
        self.candidates = {p.id: p for p in projects}
        self.year_edits: dict[int, QLineEdit] = {}
        self.years_form = QFormLayout()
        self.ui.amountEditBox.insertLayout(1, self.years_form)
        self.conditions_error = QLabel()
        self.conditions_error.setObjectName("conditionsError")
        self.conditions_error.setStyleSheet("color: #b3261e;")
        self.conditions_error.setWordWrap(True)
        self.conditions_error.hide()
        self.ui.formLayout.insertRow(4, "", self.conditions_error)
        fill_combo(self.ui.projectCombo, [(f"{p.code} — {p.title}", p.id) for p in projects], None)
        fill_combo(
            self.ui.kindCombo,
            [(label(k, language), k) for k in DecisionKind],
            DecisionKind.TOEGEKEND,
        )
        self.ui.projectCombo.currentIndexChanged.connect(self._project_chosen)
        self.ui.kindCombo.currentIndexChanged.connect(self._kind_chosen)
        self._project_chosen()
        self._kind_chosen()
        self.grants: dict[int, int] = {}
        """What the accepted dialog grants per year (year → cents); empty for other kinds."""

    def _asked(self) -> dict[int, int]:
        candidate = self.candidates.get(self.ui.projectCombo.currentData())
        return dict(candidate.asked_per_year) if candidate is not None else {}

    def _project_chosen(self) -> None:
        asked = self._asked()
        while self.years_form.rowCount():
            self.years_form.removeRow(0)
        self.year_edits = {}
        if len(asked) > 1:  # one field per year; the total above follows them
            for year, cents in sorted(asked.items()):
                edit = QLineEdit(formats.money(cents, self.language, symbol=False))
                edit.setAccessibleName(self.tr("Toegekend in %1").replace("%1", str(year)))
                edit.textChanged.connect(self._show_total)
                self.years_form.addRow(self.tr("%1:").replace("%1", str(year)), edit)
                self.year_edits[year] = edit
        self.ui.amountEdit.setReadOnly(len(asked) > 1)
        if len(asked) > 1:
            self.ui.amountEditLabel.setText(self.tr("&Toegekend bedrag, totaal (€):"))
        else:  # the one year the money is for, said beside it
            year = next(iter(asked), self.meeting_year)
            self.ui.amountEditLabel.setText(
                self.tr("&Toegekend bedrag voor %1 (€):").replace("%1", str(year))
            )
        total = sum(asked.values())
        self.ui.amountEdit.setText(
            formats.money(total, self.language, symbol=False) if total else ""
        )

    def _show_total(self) -> None:
        try:
            total = sum(
                parse_cents(e.text(), self.language)
                for e in self.year_edits.values()
                if e.text().strip()
            )
        except InvalidInput:
            return
        self.ui.amountEdit.setText(formats.money(total, self.language, symbol=False))

    def _kind_chosen(self) -> None:
        kind = self.ui.kindCombo.currentData()
        granting = kind in GRANTING
        self.ui.amountEdit.setEnabled(granting)
        for edit in self.year_edits.values():
            edit.setEnabled(granting)
        self.ui.conditionsEdit.setEnabled(kind == DecisionKind.VOORWAARDELIJK)
        show_problem(self.ui.amountError, None)
        show_problem(self.conditions_error, None)

    def read_grants(self) -> dict[int, int]:
        """The grant per year as typed; raises InvalidInput for an amount that is no amount."""
        if self.year_edits:
            return {
                y: parse_cents(e.text(), self.language) if e.text().strip() else 0
                for y, e in self.year_edits.items()
            }
        asked = self._asked()
        year = next(iter(asked), self.meeting_year)
        return {year: parse_cents(self.ui.amountEdit.text(), self.language)}

    def accept(self) -> None:
        kind = DecisionKind(self.ui.kindCombo.currentData())
        show_problem(self.ui.amountError, None)
        show_problem(self.conditions_error, None)
        grants: dict[int, int] = {}
        if kind in GRANTING:
            try:
                grants = self.read_grants()
            except InvalidInput as error:
                show_problem(self.ui.amountError, error.message(self.language))
                self.ui.amountEdit.setFocus()
                return
            if sum(grants.values()) <= 0:
                show_problem(self.ui.amountError, text("decision.amount_needed", self.language))
                self.ui.amountEdit.setFocus()
                return
        if kind is DecisionKind.VOORWAARDELIJK and not self.ui.conditionsEdit.toPlainText().strip():
            show_problem(self.conditions_error, text("decision.conditions_needed", self.language))
            self.ui.conditionsEdit.setFocus()
            return
        summary = self.summary(kind, grants)
        if summary is not None:  # less than asked, or a rejection: said, and confirmed
            answer = QMessageBox.question(self, self.windowTitle(), summary)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.grants = grants
        super().accept()

    def summary(self, kind: DecisionKind, grants: dict[int, int]) -> str | None:
        """What a partial grant or a rejection does, in one line, before it is saved:
        "SGIA-2025-03: € 25.000,00 van € 35.000,00 toegekend; project gaat naar Goedgekeurd."
        None for a full grant or a decision that moves nothing."""
        candidate = self.candidates.get(self.ui.projectCombo.currentData())
        if candidate is None:
            return None
        moves = candidate.phase in (Phase.IDEE, Phase.VOORSTEL)
        if kind in GRANTING:
            granted, asked = sum(grants.values()), candidate.asked_cents
            if not asked or granted >= asked:
                return None
            said = self.tr("%1: %2 van %3 toegekend").replace("%1", candidate.code).replace(
                "%2", formats.money(granted, self.language)).replace(
                "%3", formats.money(asked, self.language))  # fmt: skip
            then = Phase.GOEDGEKEURD
        elif kind is DecisionKind.AFGEWEZEN:
            said = self.tr("%1: afgewezen").replace("%1", candidate.code)
            then = Phase.GESTOPT
        else:
            return None
        if moves:
            said += self.tr("; project gaat naar %1").replace("%1", label(then, self.language))
        return said + ". " + self.tr("Vastleggen?")


class RequestDecisionDialog(UniqueMnemonics, QDialog):
    """Toekennen or afwijzen a change request at a meeting: what it asks and what granting it
    changes, said before anything is saved, with room for the steering group's note."""

    def __init__(
        self,
        request: RequestRow,
        categories: Terms,
        meeting: MeetingRow,
        grant: bool,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("requestDecisionDialog")
        self.setWindowTitle(self.tr("Verzoek toekennen") if grant else self.tr("Verzoek afwijzen"))
        what = request.what(language, categories)
        when = formats.date(meeting.held_on, language) + (
            f" ({meeting.title})" if meeting.title else ""
        )
        lines = [f"<b>{html.escape(request.code)} — {html.escape(request.title)}</b>",
                 html.escape(f"{label(request.kind, language)}: {what}"),
                 html.escape(self.tr("Reden: %1").replace("%1", " ".join(request.reason.split())))]  # fmt: skip
        if grant:
            effect = {
                RequestKind.VERLENGING: self.tr("Toegekend verschuift de einddatum van het project."),
                RequestKind.OVERHEVELING: self.tr("Toegekend gaat het bedrag van het toegekende geld van het eerste jaar naar het volgende; het onbestede geld op regels met een bedrag gaat mee."),
                RequestKind.KOSTENSOORT: self.tr("Toegekend gaan de SGIA-regels van de ene kostensoort omlaag en die van de andere omhoog."),
                RequestKind.SCOPE: self.tr("Toegekend wordt de wijziging vastgelegd; aan geld en data verandert niets."),
            }[request.kind]  # fmt: skip
            lines.append(html.escape(effect))
        lines.append(html.escape((self.tr("Besluit van de vergadering van %1.") if grant else
                                  self.tr("Afgewezen in de vergadering van %1.")).replace("%1", when)))  # fmt: skip
        summary = QLabel("<br>".join(lines))
        summary.setWordWrap(True)
        summary.setObjectName("requestDecisionSummary")
        self.note = QPlainTextEdit()
        self.note.setObjectName("requestDecisionNote")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)
        note_label = QLabel(self.tr("&Toelichting:"))
        note_label.setBuddy(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.addButton(self.tr("Toe&kennen") if grant else self.tr("&Afwijzen"),
                               QDialogButtonBox.ButtonRole.AcceptRole)  # fmt: skip
        ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
        ok.setFocus()
