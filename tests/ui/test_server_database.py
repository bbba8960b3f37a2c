"""The desktop app on a PostgreSQL server database: open by address, show, edit, remember."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import select

from fieldlab_desk.domain.enums import Phase
from fieldlab_desk.domain.models import Project
from fieldlab_desk.services.edits import apply_edit
from fieldlab_desk.services.projects import create_project_edit
from fieldlab_desk.storage import open_database
from fieldlab_desk.ui import settings as keys
from fieldlab_desk.ui.mainwindow import MainWindow
from tests.ui.conftest import DialogAnswer, settle


def test_open_a_server_database_edit_a_project_and_find_it_in_recent_files(
    postgres_url: str, make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    database = open_database(postgres_url)
    with database.transaction() as session:
        edit = create_project_edit(
            "Nieuw", {"code": "PG-2026-01", "title": "Samen lezen", "phase": Phase.VOORSTEL}
        )
        apply_edit(edit, session=session, who="t")
    database.close()

    window = make_window()
    assert window.files.open_location(postgres_url)
    assert window.document is not None and not window.document.facts.is_file
    assert not window.menu_actions.backup.isEnabled()  # the server's own backups apply
    assert window.file_label.text().startswith("postgresql+psycopg://fieldlab@")
    window.show_page("projects")
    settle(qtbot, window.projects_page)
    view = window.projects_page.list
    assert view.model is not None and view.model.total == 1
    window.projects_page.open_project(view.model.project_id(0) or 0)
    title = window.projects_page.editor.general.ui.titleEdit
    title.setText("Samen lezen in de wijk")
    title.editingFinished.emit()
    window.close()

    check = open_database(postgres_url)
    with check.session() as session:
        assert session.exec(select(Project)).one().title == "Samen lezen in de wijk"
    check.close()
    remembered = window.settings.get(keys.RECENT_FILES)[0]
    assert remembered.startswith("postgresql+psycopg://")
    again = make_window()
    assert again.files.open_location(remembered)  # Open recent reaches the same database
    settle(qtbot, again.page(again.current_page()))
    assert again.projects_page.list.model is not None and again.projects_page.list.model.total == 1


def _two_windows_on_one_project(
    make_window: Callable[[], MainWindow], postgres_url: str, qtbot: QtBot
) -> tuple[MainWindow, MainWindow]:
    database = open_database(postgres_url)
    with database.transaction() as session:
        edit = create_project_edit("Nieuw", {"code": "PG-2026-02", "title": "Leesclub"})
        apply_edit(edit, session=session, who="t")
    database.close()
    windows = []
    for _ in range(2):  # two people, each with the app open on the same project
        window = make_window()
        assert window.files.open_location(postgres_url)
        window.show_page("projects")
        settle(qtbot, window.projects_page)
        window.projects_page.open_project(window.projects_page.list.model.project_id(0) or 0)
        windows.append(window)
    return windows[0], windows[1]


def _type_title(window: MainWindow, title: str) -> None:
    edit = window.projects_page.editor.general.ui.titleEdit
    edit.setText(title)
    edit.editingFinished.emit()


def _stored_title(postgres_url: str) -> str:
    check = open_database(postgres_url)
    with check.session() as session:
        title = session.exec(select(Project)).one().title
    check.close()
    return title


def test_the_second_to_save_a_field_chooses_keep_mine(
    postgres_url: str,  # first: the database outlives the windows (see make_window)
    make_window: Callable[[], MainWindow],
    qtbot: QtBot,
    dialogs: DialogAnswer,
) -> None:
    anouk, henk = _two_windows_on_one_project(make_window, postgres_url, qtbot)
    _type_title(henk, "Leesclub voor vaders")  # Henk saves first
    shown: list[str] = []

    def keep_mine(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox) and dialog.objectName() == "conflictDialog"
        shown.append(dialog.informativeText())
        [mine] = [b for b in dialog.buttons() if "Mijn waarde" in b.text()]
        mine.click()

    dialogs.next(keep_mine)
    _type_title(anouk, "Leesclub in de wijk")  # Anouk still saw "Leesclub"
    assert shown == ["Uw waarde: Leesclub in de wijk\nHun waarde: Leesclub voor vaders"]
    assert _stored_title(postgres_url) == "Leesclub in de wijk"


def test_the_second_to_save_a_field_can_take_theirs_and_sees_it(
    postgres_url: str,  # first: the database outlives the windows (see make_window)
    make_window: Callable[[], MainWindow],
    qtbot: QtBot,
    dialogs: DialogAnswer,
) -> None:
    anouk, henk = _two_windows_on_one_project(make_window, postgres_url, qtbot)
    _type_title(henk, "Leesclub voor vaders")
    dialogs.next(lambda dialog: QTest.keyClick(dialog, Qt.Key.Key_Escape))  # Esc: take theirs
    _type_title(anouk, "Leesclub in de wijk")
    assert dialogs.titles == ["Gelijktijdige wijziging"]
    assert _stored_title(postgres_url) == "Leesclub voor vaders"
    qtbot.waitUntil(
        lambda: anouk.projects_page.editor.general.ui.titleEdit.text() == "Leesclub voor vaders"
    )


def test_others_edits_appear_but_never_under_the_cursor(
    postgres_url: str, make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    anouk, henk = _two_windows_on_one_project(make_window, postgres_url, qtbot)
    title = anouk.projects_page.editor.general.ui.titleEdit
    anouk.activateWindow()  # her window is the one she types in
    qtbot.waitUntil(anouk.isActiveWindow)
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    title.setText("Leesclub in de bieb")  # typing, not yet saved
    summary = henk.projects_page.editor.general.ui.summaryEdit
    summary.setPlainText("Samen lezen, elke dinsdag.")
    henk.projects_page.editor.general.save_field("summary", summary.toPlainText())
    anouk_summary = anouk.projects_page.editor.general.ui.summaryEdit
    qtbot.wait(2 * 2000 + 500)  # two polls of the watcher
    assert title.text() == "Leesclub in de bieb"  # what she is typing stays
    assert anouk_summary.toPlainText() == ""  # Henk's edit waits until she leaves the field
    title.editingFinished.emit()  # she saves her title: it does not conflict with his summary
    qtbot.waitUntil(
        lambda: anouk_summary.toPlainText() == "Samen lezen, elke dinsdag.", timeout=10_000
    )
    assert _stored_title(postgres_url) == "Leesclub in de bieb"
