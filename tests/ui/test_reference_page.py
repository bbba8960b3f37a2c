"""Referentiegegevens, keyboard only: Ctrl+9 opens the page, Alt+S chooses the kind, Alt+C,
Alt+N and Alt+E fill the fields, Alt+V adds, Alt+R retires the chosen item, and Ctrl+Z (from
the table) takes each back; the regional agenda's name is the kind's title."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fieldlab_desk.services.reference import ReferenceKind, reference_items
from fieldlab_desk.ui.mainwindow import MainWindow
from fieldlab_desk.ui.views.reference_page import KINDS, ReferencePage

ALT = Qt.KeyboardModifier.AltModifier


def test_reference_data_is_added_retired_and_undone_by_keyboard(
    window: MainWindow, qtbot: QtBot
) -> None:
    document = window.document
    assert document is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    page = window.page("reference")
    assert isinstance(page, ReferencePage)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page)
    agenda = KINDS.index(ReferenceKind.AGENDA)
    assert page.kind.itemText(agenda) == "Drentse Sociale Agenda 2020-2023"

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, ALT)
    qtbot.waitUntil(page.kind.hasFocus)
    for _ in range(KINDS.index(ReferenceKind.DOELGROEP)):
        qtbot.keyClick(page.kind, Qt.Key.Key_Down)
    assert page.chosen_kind is ReferenceKind.DOELGROEP
    before = len(page.items)
    qtbot.keyClick(page.kind, Qt.Key.Key_C, ALT)
    qtbot.waitUntil(page.code.hasFocus)
    page.code.clear()
    qtbot.keyClicks(page.code, "MANTELZORGERS")
    qtbot.keyClick(page.code, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(page.name_nl.hasFocus)
    page.name_nl.clear()
    qtbot.keyClicks(page.name_nl, "Mantelzorgers")
    qtbot.keyClick(page.name_nl, Qt.Key.Key_E, ALT)
    qtbot.waitUntil(page.name_en.hasFocus)
    page.name_en.clear()
    qtbot.keyClicks(page.name_en, "Informal carers")
    qtbot.keyClick(page.name_en, Qt.Key.Key_V, ALT)
    qtbot.waitUntil(lambda: len(page.items) == before + 1)
    added = next(i for i in document.read(reference_items, ReferenceKind.DOELGROEP)
                 if i.code == "MANTELZORGERS")  # fmt: skip
    assert (added.name_nl, added.name_en, added.retired) == (
        "Mantelzorgers",
        "Informal carers",
        False,
    )

    row = next(n for n, i in enumerate(page.items) if i.code == "MANTELZORGERS")
    page.table.setFocus()
    page.table.selectRow(row)
    assert page.retire.text().replace("&", "") == "Vervallen"
    qtbot.keyClick(page.table, Qt.Key.Key_R, ALT)
    qtbot.waitUntil(lambda: next(i for i in page.items if i.code == "MANTELZORGERS").retired)
    qtbot.waitUntil(lambda: page.retire.text().replace("&", "") == "Weer in gebruik")

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not next(i for i in page.items if i.code == "MANTELZORGERS").retired)
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(page.items) == before)
