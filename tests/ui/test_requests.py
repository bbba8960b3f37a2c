"""A change request by keyboard: submitted on the project's Verzoeken tab, on the agenda of the
next meeting on the Stuurgroep page, granted there (the project changes), then Ctrl+Z."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from fieldlab_desk.domain.enums import MeetingKind, RequestKind, RequestStatus
from fieldlab_desk.services.requests import requests
from fieldlab_desk.services.steering import add_meeting
from fieldlab_desk.services.yearplan import project_years
from fieldlab_desk.ui.dialogs.request_dialog import RequestDialog
from fieldlab_desk.ui.dialogs.steering_dialogs import RequestDecisionDialog
from fieldlab_desk.ui.mainwindow import MainWindow
from tests.ui.conftest import DialogAnswer, settle
from tests.ui.test_effect_tab import press
from tests.ui.test_toc_tab import alt, answered, keyboard, keyboard_in, safely, undo

PROJECT = 10  # SGIA-2024-01: granted in 2024 and 2025, in uitvoering


def alt_here(qtbot: QtBot, caption: str) -> None:
    """Alt and the letter ``caption`` underlines, where the keyboard is (inside a dialog)."""
    letter = re.search(r"&([^&])", caption)
    assert letter is not None, caption
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, letter.group(1).lower(), Qt.KeyboardModifier.AltModifier)


def granted(window: MainWindow) -> dict[int, int | None]:
    assert window.document is not None
    return {f.year: f.granted_cents for f in window.document.read(project_years, PROJECT)}


def test_a_carry_over_by_keyboard_from_submitted_to_granted_then_undone(
    window: MainWindow, qtbot: QtBot, dialogs: DialogAnswer
) -> None:
    document = window.document
    assert document is not None
    assert document.read(requests, project_id=PROJECT) == []
    code = document.read(project_years, PROJECT)[0].code
    assert code == "SGIA-2024-01"
    # the steering group meets after the demo's day (30-09-2025)
    document.execute(add_meeting("Vergadering", dt.date(2025, 11, 18), MeetingKind.REGULIER,
                                 "SGIA november"))  # fmt: skip
    before = granted(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_page("projects")
    window.projects_page.open_project(PROJECT)
    editor = window.projects_page.editor
    alt(qtbot, editor.tabs.tabText(6))  # Verzoeken
    qtbot.waitUntil(lambda: editor.tabs.currentWidget() is editor.requests)
    tab = editor.requests
    assert tab.table.rowCount() == 0

    def ask(dialog: QWidget) -> None:
        assert isinstance(dialog, RequestDialog)
        ui = dialog.ui
        keyboard_in(qtbot, dialog)
        assert QApplication.focusWidget() is ui.kindCombo
        qtbot.keyClick(ui.kindCombo, Qt.Key.Key_Down)  # Verlenging → Overheveling
        assert dialog.kind is RequestKind.OVERHEVELING
        assert not ui.newEndEdit.isVisible() and ui.amountEdit.isVisible()
        assert ui.yearCombo.currentText() == "2024"  # the year before the demo's day
        alt_here(qtbot, ui.amountEditLabel.text())
        assert QApplication.focusWidget() is ui.amountEdit
        qtbot.keyClicks(ui.amountEdit, "5.000")  # more than is unspent: said beside the field
        qtbot.keyClick(ui.amountEdit, Qt.Key.Key_Return)
        assert dialog.isVisible()
        assert "€ 1.170,62 van 2024 naar 2025" in ui.amountError.text()
        assert "waarom" in ui.reasonError.text()
        ui.amountEdit.selectAll()
        qtbot.keyClicks(ui.amountEdit, "1.000")
        alt_here(qtbot, ui.reasonEditLabel.text())
        qtbot.keyClicks(ui.reasonEdit, "De cursusreeks van december schoof naar januari.")
        press(qtbot, Qt.Key.Key_Tab)  # out of the text, to the buttons
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    dialogs.next(safely(ask))
    qtbot.keyClick(tab.table, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: answered() and tab.table.rowCount() == 1)
    assert tab.table.item(0, 2).text() == "€ 1.000,00 van 2024 naar 2025"  # type: ignore[union-attr]
    assert tab.table.item(0, 4).text() == "Ingediend"  # type: ignore[union-attr]
    assert granted(window) == before  # submitted only

    qtbot.keyClick(keyboard(qtbot), Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # Stuurgroep
    qtbot.waitUntil(lambda: window.current_page() == "steering")
    steering = window.page("steering")
    settle(qtbot, steering)  # type: ignore[arg-type]
    info = steering.requests_info.text()  # type: ignore[attr-defined]
    assert (
        "2 verzoek(en) op de agenda van de volgende vergadering, 18-11-2025 (SGIA november)" in info
    )
    assert steering.current_meeting().held_on == dt.date(2025, 11, 18)  # type: ignore[attr-defined]
    table = steering.requests  # type: ignore[attr-defined]
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [
        "SGIA-2025-01",
        "SGIA-2024-01",
    ]  # fmt: skip (the demo's waiting one came first)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)  # to ours
    assert steering.chosen_request().code == "SGIA-2024-01"  # type: ignore[attr-defined]
    assert table.item(1, 2).text() == "€ 1.000,00 van 2024 naar 2025"

    def decide(dialog: QWidget) -> None:
        assert isinstance(dialog, RequestDecisionDialog)
        keyboard_in(qtbot, dialog)
        summary = dialog.findChild(QWidget, "requestDecisionSummary")
        assert summary is not None and "SGIA-2024-01" in summary.text()  # type: ignore[attr-defined]
        assert "18-11-2025 (SGIA november)" in summary.text()  # type: ignore[attr-defined]
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Toekennen is the default

    dialogs.next(safely(decide))
    alt(qtbot, steering.grant_request.text())  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: answered() and granted(window) != before)
    after = granted(window)
    assert after[2024] == before[2024] - 100_000  # type: ignore[operator]
    assert after[2025] == before[2025] + 100_000  # type: ignore[operator]
    row = document.read(requests, project_id=PROJECT)[0]
    assert (row.status, row.decided_on) == (RequestStatus.TOEGEKEND, dt.date(2025, 11, 18))
    qtbot.waitUntil(lambda: "1 verzoek(en)" in steering.requests_info.text())  # type: ignore[attr-defined]

    undo(qtbot, window)  # Ctrl+Z: the decision and its effect
    qtbot.waitUntil(lambda: granted(window) == before)
    assert document.read(requests, project_id=PROJECT)[0].status is RequestStatus.INGEDIEND
