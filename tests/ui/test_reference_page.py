"""Referentiegegevens, keyboard only: Ctrl+9 opens the page, Alt+S chooses the kind, Alt+C,
Alt+N and Alt+E fill the fields, Alt+V adds, Alt+R retires the chosen item, and Ctrl+Z (from
the table) takes each back; the regional agenda's name is the kind's title."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from fieldlab_desk.services.reference import ReferenceKind, reference_items
from fieldlab_desk.ui.dialogs.budget_dialogs import BudgetLineDialog
from fieldlab_desk.ui.mainwindow import MainWindow
from fieldlab_desk.ui.views.reference_page import KINDS, ReferencePage
from tests.ui.conftest import DialogAnswer

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


def test_the_portfolio_s_own_kinds_and_categories_are_what_the_forms_offer(
    window: MainWindow, dialogs: DialogAnswer
) -> None:
    from fieldlab_desk.services import catalog, reference

    document = window.document
    assert document is not None
    document.edit(reference.add_item, "t", ReferenceKind.ORGANISATIESOORT, "stichting",
                  "Stichting", "Foundation")  # fmt: skip
    document.edit(reference.add_item, "t", ReferenceKind.KOSTENSOORT, "reiskosten",
                  "Reiskosten", "Travel")  # fmt: skip
    document.edit(reference.retire_item, "t", ReferenceKind.KOSTENSOORT, "overig")
    window.show_page("organisations")
    page = window.page("organisations")
    b9 = next(c.id for c in document.read(catalog.organisations) if c.name_nl == "B9")
    page.organisations.select(b9)  # type: ignore[attr-defined]
    combo = page.organisations.ui.kindCombo  # type: ignore[attr-defined]
    kinds = [combo.itemText(i) for i in range(combo.count())]
    assert "Stichting" in kinds and combo.currentText() == "Samenwerkingsverband"
    combo.setCurrentIndex(kinds.index("Stichting"))
    combo.activated.emit(combo.currentIndex())
    assert document.read(catalog.organisation_details, b9).kind == "stichting"  # type: ignore[union-attr]

    window.show_page("projects")
    window.projects_page.open_project(1)
    window.projects_page.editor.tabs.setCurrentIndex(1)
    seen: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, BudgetLineDialog)
        box = dialog.ui.categoryCombo
        seen.extend(box.itemText(i) for i in range(box.count()))
        dialog.reject()

    dialogs.next(look)
    window.projects_page.editor.tabs.setCurrentIndex(1)  # Begroting
    window.projects_page.editor.budget.add_button.click()
    assert "Reiskosten" in seen and "Overig" not in seen  # retired: no longer offered
