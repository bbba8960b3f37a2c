"""One edit, one refresh: an edit reloads only the project tabs that show what it touched.

Every read is counted as SQLite sees it (a transaction begun on the real file), on the UI
thread only: the projects list behind the editor reloads on its worker.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from fieldlab_desk.domain.models import metadata
from fieldlab_desk.services.projects import project_details
from fieldlab_desk.ui.dialogs.budget_dialogs import BudgetLineDialog
from fieldlab_desk.ui.mainwindow import MainWindow
from fieldlab_desk.ui.views.project_editor import ProjectEditor
from tests.ui.conftest import DialogAnswer

PROJECT = 4  # SGIA-2023-04, with lines, a chain, indicators, milestones and stories


class Reads:
    """The transactions begun on the UI thread, and the tables their statements named."""

    def __init__(self) -> None:
        self.count = 0
        self.tables: set[str] = set()

    def begun(self, *_args: object) -> None:
        if threading.current_thread() is threading.main_thread():
            self.count += 1

    def statement(self, _conn: object, _cursor: object, sql: str, *_args: object) -> None:
        if threading.current_thread() is threading.main_thread():
            named = re.findall(r'(?:FROM|JOIN|,)\s*"?(\w+)', sql)
            self.tables |= set(named) & set(metadata.tables)


@contextmanager
def counting(window: MainWindow) -> Iterator[Reads]:
    assert window.document is not None
    engine = window.document.portfolio._database.engine
    reads = Reads()
    event.listen(engine, "begin", reads.begun)
    event.listen(engine, "before_cursor_execute", reads.statement)
    try:
        yield reads
    finally:
        event.remove(engine, "begin", reads.begun)
        event.remove(engine, "before_cursor_execute", reads.statement)


def open_editor(window: MainWindow) -> ProjectEditor:
    window.show_page("projects")
    window.projects_page.open_project(PROJECT)
    return window.projects_page.editor


def test_each_tab_declares_every_record_kind_it_reads(window: MainWindow) -> None:
    """What a tab shows comes from the tables its load reads: each one is declared, so an
    edit of it reloads the tab (a missing one would leave the tab showing old data)."""
    editor = open_editor(window)
    for tab in editor._tabs():
        with counting(window) as reads:
            tab.load(PROJECT)
        assert reads.tables, type(tab).__name__
        assert reads.tables <= tab.SHOWS, (type(tab).__name__, reads.tables - tab.SHOWS)


def test_a_title_edit_reloads_the_general_tab_only_and_the_rest_when_shown(
    window: MainWindow, qtbot: QtBot
) -> None:
    editor = open_editor(window)
    title = editor.general.ui.titleEdit
    title.setFocus()
    with counting(window) as reads:
        title.selectAll()
        qtbot.keyClicks(title, "Taalhuis op wielen, tweede ronde")
        qtbot.keyClick(title, Qt.Key.Key_Tab)  # leaving the field saves it
    # check the input, build the edit, save it (with the change marker), the project, its
    # choices: not the eight other tabs (17 reads before: 4, then every tab's)
    assert reads.count == 5
    stored = window.document.read(project_details, PROJECT)  # type: ignore[union-attr]
    assert stored is not None and stored.title == "Taalhuis op wielen, tweede ronde"
    assert editor.heading.text().endswith("Taalhuis op wielen, tweede ronde")
    # the tabs that show the project wait until they are shown; the others stay as they are
    stale = {type(editor._tabs()[i]).__name__ for i in editor.stale}
    assert stale == {
        "BudgetTab",
        "ToCTab",
        "EffectTab",
        "MilestonesTab",
        "StoryTab",
        "RequestsTab",
        "ScalingTab",
        "HistoryTab",
    }  # fmt: skip (none shown since the project opened)
    editor.tabs.setCurrentWidget(editor.history)  # shown: read now, with the edit in it
    changes = editor.history.changes
    assert changes.item(0, 2).text() == "Titel"  # type: ignore[union-attr]
    assert changes.item(0, 4).text() == "Taalhuis op wielen, tweede ronde"  # type: ignore[union-attr]
    with counting(window) as reads:
        editor.tabs.setCurrentIndex(0)  # Algemeen was read after the edit: not again
    assert reads.count == 0


def test_a_budget_line_edit_reloads_the_budget_tab_and_marks_the_chain_and_history(
    window: MainWindow, qtbot: QtBot, dialogs: DialogAnswer
) -> None:
    editor = open_editor(window)
    for index in range(editor.tabs.count()):  # every tab shown once, so none waits
        editor.tabs.setCurrentIndex(index)
    assert not editor.stale
    editor.tabs.setCurrentWidget(editor.budget)
    editor.budget.lines.selectRow(0)
    reads = Reads()

    def describe(dialog: QWidget) -> None:
        assert isinstance(dialog, BudgetLineDialog)
        dialog.ui.descriptionEdit.setText("Inzet taalvrijwilligers, herzien")
        event.listen(engine, "begin", reads.begun)  # from OK on: save and show
        dialog.accept()

    assert window.document is not None
    engine = window.document.portfolio._database.engine
    dialogs.next(describe)
    try:
        qtbot.keyClick(editor.budget.lines, Qt.Key.Key_Return)  # Enter edits the line
    finally:
        event.remove(engine, "begin", reads.begun)
    # the dialog's check of the year's norm on OK, build the edit, save it (with the change
    # marker), the budget tab's view and the selected line's bookings: no other tab's reads
    # (the projects list behind the editor reloads on its worker)
    assert reads.count == 5
    shown = [editor.budget.lines.item(r, 2).text() for r in range(editor.budget.lines.rowCount())]  # type: ignore[union-attr]
    assert "Inzet taalvrijwilligers, herzien" in shown
    # the chain shows what each activity costs, the requests what may move, the history
    # every change: they wait; the others stay as they are
    stale = {type(editor._tabs()[i]).__name__ for i in editor.stale}
    assert stale == {"ToCTab", "RequestsTab", "HistoryTab"}
