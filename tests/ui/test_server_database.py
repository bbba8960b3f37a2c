"""The desktop app on a PostgreSQL server database: open by address, show, edit, remember."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot
from sqlmodel import select

from fieldlab_desk.domain.enums import Phase
from fieldlab_desk.domain.models import Project
from fieldlab_desk.services.edits import apply_edit
from fieldlab_desk.services.projects import create_project_edit
from fieldlab_desk.storage import open_database
from fieldlab_desk.ui import settings as keys
from fieldlab_desk.ui.mainwindow import MainWindow
from tests.ui.conftest import settle


def test_open_a_server_database_edit_a_project_and_find_it_in_recent_files(
    make_window: Callable[[], MainWindow], postgres_url: str, qtbot: QtBot
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
    settle(qtbot, again.pages[again.current_page()])
    assert again.projects_page.list.model is not None and again.projects_page.list.model.total == 1
