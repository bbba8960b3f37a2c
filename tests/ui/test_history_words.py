"""Historie speaks the user's words: what was added, by the name the user gave, in local time."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QInputDialog, QWidget
from pytestqt.qtbot import QtBot

from fieldlab_desk.ui.dialogs.budget_dialogs import BudgetLineDialog
from fieldlab_desk.ui.mainwindow import MainWindow
from tests.ui.conftest import DialogAnswer


def test_history_names_the_record_the_person_and_the_local_time(
    window: MainWindow, dialogs: DialogAnswer, qtbot: QtBot
) -> None:
    def my_name(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("Anouk de Vries")
        dialog.accept()

    dialogs.next(my_name)
    window.menu_actions.user_name.trigger()
    window.show_page("projects")
    window.projects_page.open_project(1)
    editor = window.projects_page.editor
    editor.tabs.setCurrentIndex(1)

    def add_line(dialog: QWidget) -> None:
        assert isinstance(dialog, BudgetLineDialog)
        ui = dialog.ui
        ui.yearSpin.setValue(2024)
        ui.descriptionEdit.setText("Materiaal voor de leesclub")
        ui.amountEdit.setText("6.000")
        dialog.accept()

    dialogs.next(add_line)
    editor.budget.add_button.click()
    editor.tabs.setCurrentWidget(editor.history)
    history = editor.history.changes
    newest = [history.item(0, column).text() for column in range(5)]
    when, who, what, _old, new = newest
    assert who == "Anouk de Vries"
    assert what == "Begrotingsregel toegevoegd"
    assert new == "Materiaal voor de leesclub (2024, € 6.000,00)"
    local = dt.datetime.now().astimezone()
    assert abs(
        dt.datetime.strptime(when, "%d-%m-%Y %H:%M") - local.replace(tzinfo=None)
    ) < dt.timedelta(minutes=2)
    assert (
        window.settings.get(
            __import__("fieldlab_desk.ui.settings", fromlist=["USER_NAME"]).USER_NAME
        )
        == "Anouk de Vries"
    )


def test_the_history_names_a_periods_closing_and_reopening_in_both_languages() -> None:
    from fieldlab_desk.ui.labels import field_label

    said = {(field, language): field_label("period_closure", field, language)
            for field in ("", "reopened_on", "reopened_by", "reopen_reason")
            for language in ("nl", "en")}  # fmt: skip
    assert said[("", "nl")] == "Halfjaar vastgesteld" and said[("", "en")] == "Half year closed"
    assert said[("reopen_reason", "nl")] == "Reden heropening"
    assert said[("reopened_on", "en")] == "Reopened on"
    assert said[("reopened_by", "nl")] == "Heropend door"
