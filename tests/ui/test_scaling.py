"""An adoption by keyboard on the project's Verspreiding tab, seen on the portfolio's
Verspreiding page, then Ctrl+Z."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from fieldlab_desk.domain.enums import AdoptionForm, AdoptionFunding
from fieldlab_desk.services.scaling import adoptions
from fieldlab_desk.ui.dialogs.adoption_dialog import AdoptionDialog
from fieldlab_desk.ui.mainwindow import MainWindow
from tests.ui.conftest import DialogAnswer, settle
from tests.ui.test_requests import alt_here
from tests.ui.test_toc_tab import alt, answered, keyboard, keyboard_in, safely, undo

PROJECT = 11  # SGIA-2024-02, Taalcafés in twaalf gemeenten: not spread yet


def test_an_adoption_by_keyboard_shows_on_the_scaling_page_then_undone(
    window: MainWindow, qtbot: QtBot, dialogs: DialogAnswer
) -> None:
    document = window.document
    assert document is not None and document.read(adoptions, project_id=PROJECT) == []
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_page("projects")
    window.projects_page.open_project(PROJECT)
    editor = window.projects_page.editor
    qtbot.wait(30)  # the letters are sorted out once the editor shows
    alt(qtbot, editor.tabs.tabText(editor.tabs.indexOf(editor.scaling)))  # Verspreiding
    qtbot.waitUntil(lambda: editor.tabs.currentWidget() is editor.scaling)
    tab = editor.scaling
    assert "Nog geen bibliotheek of gemeente" in tab.summary.text()

    def adopt(dialog: QWidget) -> None:
        assert isinstance(dialog, AdoptionDialog)
        ui = dialog.ui
        keyboard_in(qtbot, dialog)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # nobody chosen yet
        assert dialog.isVisible() and "bibliotheek of de gemeente" in ui.whoError.text()
        assert QApplication.focusWidget() is ui.organisationCombo
        qtbot.keyClicks(ui.organisationCombo, "Facet")  # typing picks from the list
        assert ui.organisationCombo.currentText() == "Facet"
        alt_here(qtbot, ui.gemeenteComboLabel.text())
        qtbot.keyClicks(ui.gemeenteCombo, "Coevorden")
        alt_here(qtbot, ui.formComboLabel.text())
        qtbot.keyClick(ui.formCombo, Qt.Key.Key_Down)  # Pilot → Structureel
        alt_here(qtbot, ui.fundingComboLabel.text())
        qtbot.keyClicks(ui.fundingCombo, "Gemeente")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    dialogs.next(safely(adopt))
    qtbot.keyClick(tab.table, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: answered() and tab.table.rowCount() == 1)
    [row] = document.read(adoptions, project_id=PROJECT)
    assert (row.organisation, row.municipality, row.form, row.funding) == (
        "Facet", "Coevorden", AdoptionForm.STRUCTUREEL, AdoptionFunding.GEMEENTE)  # fmt: skip
    assert "structureel in de kern" in tab.summary.text()

    window.show_page("scaling")
    page = window.page("scaling")
    settle(qtbot, page)  # type: ignore[arg-type]
    codes = [page.innovations.item(r, 0).text() for r in range(page.innovations.rowCount())]  # type: ignore[attr-defined]
    assert "SGIA-2024-02" in codes
    assert "4 van 5 verspreide innovaties" in page.summary.text()  # type: ignore[attr-defined]
    gemeenten = page.by_gemeente  # type: ignore[attr-defined]
    column = 1 + codes.index("SGIA-2024-02")
    row_of = {gemeenten.item(r, 0).text(): r for r in range(gemeenten.rowCount())}
    assert gemeenten.item(row_of["Coevorden"], column).text() == "● Structureel"

    undo(qtbot, keyboard(qtbot).window())  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: document.read(adoptions, project_id=PROJECT) == [])
    settle(qtbot, page)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: "3 van 4 verspreide innovaties" in page.summary.text())  # type: ignore[attr-defined]
