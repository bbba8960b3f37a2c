"""Every date field types the Dutch ways, clears when optional, refuses beside itself, opens
its calendar at today and lets Tab go on."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from fieldlab_desk.services.projects import project_details
from fieldlab_desk.ui.date_field import DateField
from fieldlab_desk.ui.dialogs.milestone_dialog import MilestoneDialog
from fieldlab_desk.ui.mainwindow import MainWindow
from tests.ui.conftest import DialogAnswer


def editor(window: MainWindow, project_id: int = 2) -> object:
    window.show_page("projects")
    window.projects_page.open_project(project_id)
    return window.projects_page.editor.general


def type_into(qtbot: QtBot, field: DateField, text: str) -> None:
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)  # leaves the field: it saves


def stored(window: MainWindow, field: str) -> object:
    assert window.document is not None
    return getattr(window.document.read(project_details, 2), field)


def test_typed_dates_are_saved_as_typed(window: MainWindow, qtbot: QtBot) -> None:
    tab = editor(window)
    start: DateField = tab.ui.startEdit  # type: ignore[attr-defined]
    for typed, day in (("1-4-2023", dt.date(2023, 4, 1)), ("01052023", dt.date(2023, 5, 1)),
                       ("31032023", dt.date(2023, 3, 31)), ("15-02-2023", dt.date(2023, 2, 15))):  # fmt: skip
        type_into(qtbot, start, typed)
        assert stored(window, "start_date") == day, typed
        assert start.edit.text() == day.strftime("%d-%m-%Y")


def test_what_is_no_date_shows_beside_the_field_and_changes_nothing(
    window: MainWindow, qtbot: QtBot
) -> None:
    tab = editor(window)
    start: DateField = tab.ui.startEdit  # type: ignore[attr-defined]
    before = stored(window, "start_date")
    type_into(qtbot, start, "15-02-1890")
    assert start.error.isVisible() and "1990" in start.error.text()
    assert stored(window, "start_date") == before
    type_into(qtbot, start, "31-02-2024")
    assert "geen datum" in start.error.text() and stored(window, "start_date") == before
    type_into(qtbot, start, "1-2-2023")  # corrected: the message goes
    assert not start.error.isVisible() and stored(window, "start_date") == dt.date(2023, 2, 1)


def test_an_optional_date_is_filled_and_cleared(window: MainWindow, qtbot: QtBot) -> None:
    tab = editor(window)
    end: DateField = tab.ui.endEdit  # type: ignore[attr-defined]
    type_into(qtbot, end, "31-12-2026")
    assert stored(window, "end_date") == dt.date(2026, 12, 31)
    end.edit.setFocus()
    end.edit.selectAll()
    qtbot.keyClick(end.edit, Qt.Key.Key_Delete)  # emptied as a user does
    qtbot.keyClick(end.edit, Qt.Key.Key_Tab)
    assert stored(window, "end_date") is None and not end.error.isVisible()


def test_the_calendar_opens_at_today_and_tab_leaves_the_field(
    window: MainWindow, qtbot: QtBot
) -> None:
    tab = editor(window)
    end: DateField = tab.ui.endEdit  # type: ignore[attr-defined]
    end.set_date(None)
    end.edit.setFocus()
    qtbot.keyClick(end.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert end.calendar is not None and end.calendar.selectedDate() == QDate.currentDate()
    end.calendar.close()
    end.edit.setFocus()
    qtbot.keyClick(end.edit, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not None and focused is not end.edit and not end.isAncestorOf(focused)


def test_a_dialog_with_a_required_date_refuses_a_wrong_one(
    window: MainWindow, qtbot: QtBot, dialogs: DialogAnswer
) -> None:
    tab = editor(window)
    window.projects_page.editor.tabs.setCurrentIndex(2)
    seen: list[str] = []

    def wrong_date(dialog: QWidget) -> None:
        assert isinstance(dialog, MilestoneDialog)
        dialog.ui.titleEdit.setText("Tussenrapportage")
        dialog.ui.dueEdit.edit.setText("32-01-2026")
        dialog.accept()
        seen.append(dialog.ui.dueEdit.error.text())
        dialog.ui.dueEdit.edit.setText("31-01-2026")
        dialog.accept()

    dialogs.next(wrong_date)
    project_editor = window.projects_page.editor
    project_editor.tabs.setCurrentWidget(project_editor.milestones)
    project_editor.milestones.add_button.click()
    assert seen and "geen datum" in seen[0]
    rows = window.projects_page.editor.milestones.rows
    assert [(m.title, m.due_date) for m in rows][-1] == ("Tussenrapportage", dt.date(2026, 1, 31))
    assert tab is not None
