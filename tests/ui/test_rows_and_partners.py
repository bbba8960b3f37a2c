"""Enter edits the selected row, Delete asks when bookings would go, fieldlab partners are
added and removed, and a fieldlab's project opens from its list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from fieldlab_desk.services import catalog
from fieldlab_desk.ui.dialogs.budget_dialogs import BudgetLineDialog
from fieldlab_desk.ui.mainwindow import MainWindow
from tests.ui.conftest import DialogAnswer, settle


def budget_tab(window: MainWindow, project_id: int = 5) -> object:
    window.show_page("projects")
    window.projects_page.open_project(project_id)
    window.projects_page.editor.tabs.setCurrentIndex(1)
    return window.projects_page.editor.budget


def test_enter_edits_the_selected_budget_line(
    window: MainWindow, qtbot: QtBot, dialogs: DialogAnswer
) -> None:
    tab = budget_tab(window)
    tab.lines.selectRow(2)  # type: ignore[attr-defined]
    opened: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, BudgetLineDialog)
        opened.append(dialog.ui.descriptionEdit.text())
        dialog.reject()

    dialogs.next(look)
    qtbot.keyClick(tab.lines, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert opened == [tab.views[2].description]  # type: ignore[attr-defined]


def test_deleting_a_line_with_bookings_asks_first(
    window: MainWindow, qtbot: QtBot, dialogs: DialogAnswer
) -> None:
    tab = budget_tab(window)
    tab.lines.selectRow(0)  # type: ignore[attr-defined]
    count = tab.lines.rowCount()  # type: ignore[attr-defined]
    assert tab.views[0].figures.spent_cents > 0  # type: ignore[attr-defined]

    def say(button: QMessageBox.StandardButton) -> None:
        def click(dialog: QWidget) -> None:
            assert isinstance(dialog, QMessageBox) and "geboekt" in dialog.text()
            dialog.button(button).click()

        dialogs.next(click)

    say(QMessageBox.StandardButton.No)
    qtbot.keyClick(tab.lines, Qt.Key.Key_Delete)  # type: ignore[attr-defined]
    assert tab.lines.rowCount() == count  # type: ignore[attr-defined]
    say(QMessageBox.StandardButton.Yes)
    qtbot.keyClick(tab.lines, Qt.Key.Key_Delete)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: tab.lines.rowCount() == count - 1)  # type: ignore[attr-defined]


def test_fieldlab_partners_are_added_and_removed(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page("fieldlabs")
    page = window.page("fieldlabs")
    page.list.setCurrentRow(0)  # type: ignore[attr-defined]
    lab = page.current_id  # type: ignore[attr-defined]
    assert window.document is not None

    def partners() -> set[str]:
        return {c.name_nl for c in window.document.read(catalog.fieldlab_partner_choices, lab)}  # type: ignore[union-attr]

    before = partners()
    newcomer = page.partner_add.itemText(0)  # type: ignore[attr-defined]
    page.add_partner_button.click()  # type: ignore[attr-defined]
    assert partners() == before | {newcomer}
    items = [page.partners_list.item(i) for i in range(page.partners_list.count())]  # type: ignore[attr-defined]
    page.partners_list.setCurrentItem(next(i for i in items if i.text() == newcomer))  # type: ignore[attr-defined]
    window.activateWindow()
    page.partners_list.setFocus()  # type: ignore[attr-defined]
    qtbot.waitUntil(page.partners_list.hasFocus)  # type: ignore[attr-defined]
    qtbot.keyClick(page.partners_list, Qt.Key.Key_Delete)  # type: ignore[attr-defined]
    assert partners() == before
    window.document.undo_stack.undo()
    assert partners() == before | {newcomer}


def test_a_fieldlabs_project_opens_with_enter(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page("fieldlabs")
    page = window.page("fieldlabs")
    page.list.setCurrentRow(0)  # type: ignore[attr-defined]
    projects = page.ui.projectsList  # type: ignore[attr-defined]
    projects.setCurrentRow(0)
    code = projects.currentItem().text().split(" — ")[0]
    qtbot.keyClick(projects, Qt.Key.Key_Return)
    assert window.current_page() == "projects"
    assert window.projects_page.currentWidget() is window.projects_page.editor
    assert window.projects_page.editor.heading.text().startswith(code)
    assert isinstance(window.projects_page.editor, QWidget) and not isinstance(window, QDialog)
    settle(qtbot, window.projects_page)


def test_enter_in_a_field_only_finishes_that_field(window: MainWindow, qtbot: QtBot) -> None:
    """Row keys belong to their table: Enter in the title does not open a milestone."""
    from PySide6.QtWidgets import QApplication

    window.show_page("projects")
    window.projects_page.open_project(5)
    editor = window.projects_page.editor
    editor.tabs.setCurrentWidget(editor.milestones)
    editor.milestones.table.selectRow(0)
    editor.tabs.setCurrentIndex(0)
    window.activateWindow()
    title = window.projects_page.editor.general.ui.titleEdit
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    qtbot.keyClick(title, Qt.Key.Key_Return)
    qtbot.wait(100)
    assert QApplication.activeModalWidget() is None
