"""The main window: files (bad, locked, new, copies), language, settings, keyboard, errors."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import select

from fieldlab_desk.domain.models import FileInfo, Organisation, Theme
from fieldlab_desk.storage.lock import lock_path
from fieldlab_desk.ui import settings as keys
from fieldlab_desk.ui.errors import CrashDialog, CrashHandler
from fieldlab_desk.ui.mainwindow import MainWindow
from tests.storage.test_open import make_bad_file
from tests.ui.conftest import DialogAnswer, accept, settle


def test_opens_on_the_projects_page_with_demo_banner_and_status(window: MainWindow) -> None:
    assert window.current_page() == "projects"
    assert window.demo_banner.isVisible()
    assert not window.lock_banner.isVisible()
    assert window.file_label.text().endswith("drenthe.fieldlab")
    assert window.mode_label.text() == "Wijzigingen worden direct bewaard"
    assert window.windowTitle() == "drenthe.fieldlab — FieldLab Desk"


def test_every_page_shows_real_data(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page("dashboard")
    dashboard = window.page("dashboard")
    settle(qtbot, dashboard)
    assert dashboard.year.currentData() == 2025  # type: ignore[attr-defined]
    window.show_page("yearplan")
    settle(qtbot, window.page("yearplan"))
    assert window.page("yearplan").projects.rowCount() == 6  # 2025: six granted projects  # type: ignore[attr-defined]
    window.show_page("fieldlabs")
    fieldlabs = window.page("fieldlabs")
    assert fieldlabs.list.count() == 4  # type: ignore[attr-defined]
    assert fieldlabs.ui.projectsList.count() > 0  # type: ignore[attr-defined]
    window.show_page("organisations")
    organisations = window.page("organisations")
    assert organisations.organisations.list.count() == 18  # B9 too  # type: ignore[attr-defined]
    assert organisations.people.list.count() == 12  # type: ignore[attr-defined]
    window.show_page("steering")
    settle(qtbot, window.page("steering"))
    assert window.page("steering").decisions.rowCount() > 0  # type: ignore[attr-defined]


def test_bad_file_shows_a_plain_message_and_keeps_the_current_file(
    window: MainWindow, tmp_path: Path, demo_master: Path, dialogs: DialogAnswer
) -> None:
    current = window.document
    for kind in ("png", "foreign", "truncated", "newer"):
        bad = make_bad_file(kind, tmp_path, demo_master)
        dialogs.next(accept)
        assert not window.files.open_path(bad)
        assert window.document is current
    assert "is geen FieldLab-bestand" in dialogs.texts[0]
    assert "ander programma" in dialogs.texts[1]
    assert "beschadigd of onvolledig" in dialogs.texts[2]
    assert "nieuwere versie" in dialogs.texts[3]
    assert [p.name for p in tmp_path.glob("*.lock")] == [
        "drenthe.fieldlab.lock"
    ]  # only the open file's


def test_file_locked_by_another_instance_opens_read_only(
    make_window: Callable[[], MainWindow], demo_path: Path
) -> None:
    other = {
        "user": "anouk",
        "host": "laptop-biblionet",
        "pid": 4242,
        "since": "2026-11-28T09:00:00+00:00",
    }
    lock_path(demo_path).write_text(json.dumps(other), encoding="utf-8")
    window = make_window()
    assert window.files.open_path(demo_path)
    assert window.document is not None and window.document.read_only
    assert window.lock_banner.isVisible()
    assert "anouk" in window.lock_text.text() and "laptop-biblionet" in window.lock_text.text()
    assert window.mode_label.text() == "Alleen-lezen"
    assert not window.menu_actions.new_project.isEnabled()
    window.show_page("projects")
    window.projects_page.open_project(1)
    assert window.projects_page.editor.general.ui.titleEdit.isReadOnly()
    window.close()
    assert (
        json.loads(lock_path(demo_path).read_text(encoding="utf-8"))["user"] == "anouk"
    )  # not ours to remove


def test_stale_lock_can_be_taken_over_deliberately(
    make_window: Callable[[], MainWindow], demo_path: Path, dialogs: DialogAnswer
) -> None:
    gone = {
        "user": "anouk",
        "host": socket.gethostname(),
        "pid": 2**22 + 12345,
        "since": "2026-11-27T16:00:00+00:00",
    }
    lock_path(demo_path).write_text(json.dumps(gone), encoding="utf-8")
    window = make_window()
    window.files.open_path(demo_path)
    assert window.document is not None and window.document.read_only
    assert "draait niet meer" in window.lock_text.text()
    dialogs.next(accept)
    window.take_over.click()
    assert window.document is not None and not window.document.read_only
    assert not window.lock_banner.isVisible()
    assert json.loads(lock_path(demo_path).read_text(encoding="utf-8"))["pid"] == os.getpid()
    window.close()
    assert not lock_path(demo_path).exists()


def test_new_portfolio_holds_reference_data_and_its_owner(
    window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "sgia-2027.fieldlab"
    assert window.files.create_new(path, ("De Nieuwe Kolk", None, "Innovatie Assen 2027"))
    doc = window.document
    assert doc is not None and doc.facts.path == path.resolve()
    assert not window.demo_banner.isVisible()
    with doc.portfolio.session() as session:
        assert len(session.exec(select(Theme)).all()) == 22  # 3 + 8 + 8 + Drenthe's 3 speerpunten
        names = {o.name for o in session.exec(select(Organisation))}  # Drenthe's, by default
        assert names == {"Biblionet Drenthe", "B9", "Facet", "De Nieuwe Kolk",
                         "Bibliotheek Hoogeveen", "Provincie Drenthe"}  # fmt: skip
        info = {row.key: row.value for row in session.exec(select(FileInfo))}
    assert info["owner_organisation"] == "De Nieuwe Kolk"
    assert info["title"] == "Innovatie Assen 2027"
    assert (
        window.projects_page.list.model is not None and window.projects_page.list.model.total == 0
    )


def test_save_a_copy_and_backup_now(window: MainWindow, tmp_path: Path) -> None:
    copy = window.files.copy_to(tmp_path / "kopie.fieldlab")
    assert copy is not None
    assert sqlite3.connect(copy).execute("SELECT COUNT(*) FROM project").fetchone()[0] == 20
    backup = window.files.backup_now()
    assert backup is not None and backup.name.startswith("drenthe.backup-")
    assert "Reservekopie gemaakt" in window.statusBar().currentMessage()


def test_close_shows_the_welcome_page_and_releases_the_lock(
    window: MainWindow, demo_path: Path
) -> None:
    assert lock_path(demo_path).exists()
    window.menu_actions.close_file.trigger()
    assert window.document is None
    assert window.stack.currentWidget() is window.welcome
    assert not lock_path(demo_path).exists()
    assert not window.menu_actions.backup.isEnabled()


def test_switching_language_at_run_time(window: MainWindow, qtbot: QtBot) -> None:
    window.menu_actions.english.trigger()
    qtbot.waitUntil(lambda: window.sidebar.item(1).text() == "Projects")  # LanguageChange is posted
    assert window.menu_actions.menus["file"].title() == "&File"
    model = window.projects_page.list.model
    assert model is not None
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Title"
    assert model.index(0, 4).data() == "Completed"
    assert window.projects_page.list.count.text() == "20 projects"
    assert window.demo_text.text().startswith("Demo data")
    assert window.settings.get(keys.LANGUAGE) == "en"
    assert window.menu_actions.undo.text() == "&Undo"  # nothing to undo yet, said in English
    window.menu_actions.dutch.trigger()
    qtbot.waitUntil(lambda: window.sidebar.item(1).text() == "Projecten")
    assert model.index(0, 4).data() == "Afgerond"


def test_geometry_and_last_page_are_remembered(
    make_window: Callable[[], MainWindow], demo_path: Path
) -> None:
    first = make_window()
    first.files.open_path(demo_path)
    first.resize(1250, 720)
    first.show_page("fieldlabs")
    first.close()
    second = make_window()
    assert second.height() == 720  # remembered (the offscreen screen may narrow the width)
    second.files.open_path(demo_path)
    assert second.current_page() == "fieldlabs"
    assert second.settings.get(keys.RECENT_FILES)[0] == str(demo_path.resolve())


def test_keyboard_only_navigation(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "dashboard"
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    view = window.projects_page.list
    assert window.current_page() == "projects"
    assert QApplication.focusWidget() is view.search or not window.isActiveWindow()
    view.table.setFocus()
    view.table.selectRow(0)
    view.table.setCurrentIndex(view.table.model().index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert window.projects_page.currentWidget() is window.projects_page.editor
    qtbot.keyClick(window.projects_page.editor, Qt.Key.Key_Escape)
    assert window.projects_page.currentWidget() is window.projects_page.list


def test_an_edit_the_disk_refuses_shows_a_message_and_loses_nothing(
    window: MainWindow, demo_path: Path, dialogs: DialogAnswer
) -> None:
    blocker = sqlite3.connect(demo_path, timeout=1)
    blocker.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        projects = window.projects_page
        window.show_page("projects")
        projects.open_project(1)
        dialogs.next(accept)
        projects.editor.general.ui.titleEdit.setText("Geblokkeerd")
        projects.editor.general.ui.titleEdit.editingFinished.emit()
    finally:
        blocker.rollback()
        blocker.close()
    assert dialogs.texts and "bezet" in dialogs.texts[0]
    assert projects.editor.general.ui.titleEdit.text() == "QR-codes naar e-books in de bibliotheek"
    assert window.document is not None and window.document.undo_stack.count() == 0
    projects.editor.general.ui.titleEdit.setText("Na het slot")
    projects.editor.general.ui.titleEdit.editingFinished.emit()
    assert window.document.undo_stack.count() == 1


def test_a_bug_shows_one_crash_dialog_with_a_copyable_report(qtbot: QtBot) -> None:
    handler = CrashHandler(lambda: None, show=False)
    try:
        raise ZeroDivisionError("delen door nul")
    except ZeroDivisionError as error:
        handler.handle(type(error), error, error.__traceback__)
    assert len(handler.reports) == 1
    assert "ZeroDivisionError: delen door nul" in handler.reports[0]
    assert "FieldLab Desk" in handler.reports[0]
    dialog = CrashDialog(handler.reports[0])
    qtbot.addWidget(dialog)
    dialog.ui.copyButton.click()
    assert "delen door nul" in QApplication.clipboard().text()


def test_deleting_an_organisation_asks_first_and_can_be_undone(
    window: MainWindow, dialogs: DialogAnswer
) -> None:
    window.show_page("organisations")
    editor = window.page("organisations").organisations  # type: ignore[attr-defined]
    editor.select(
        next(
            editor.list.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(editor.list.count())
            if editor.list.item(r).text() == "GGD Drenthe"
        )
    )
    dialogs.next(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    editor.delete_button.click()
    assert "GGD Drenthe" not in [editor.list.item(r).text() for r in range(editor.list.count())]
    assert window.document is not None
    window.document.undo_stack.undo()
    assert "GGD Drenthe" in [editor.list.item(r).text() for r in range(editor.list.count())]
    from fieldlab_desk.services.catalog import projects_of_organisation

    with window.document.portfolio.session() as session:
        ggd = session.exec(select(Organisation).where(Organisation.name == "GGD Drenthe")).one()
        assert len(projects_of_organisation(ggd.id or 0, session=session)) == 3


def test_editing_a_fieldlab_validates_its_name_and_can_be_undone(window: MainWindow) -> None:
    window.show_page("fieldlabs")
    page = window.page("fieldlabs")
    page.select(page.list.item(0).data(Qt.ItemDataRole.UserRole))  # type: ignore[attr-defined]
    ui = page.ui  # type: ignore[attr-defined]
    original = ui.nameEdit.text()
    other = page.list.item(1).text()  # type: ignore[attr-defined]
    ui.nameEdit.setText(other)
    ui.nameEdit.editingFinished.emit()
    assert ui.nameError.isVisible() and "al in gebruik" in ui.nameError.text()
    ui.nameEdit.setText("Fieldlab Lezen op het Platteland")
    ui.nameEdit.editingFinished.emit()
    assert not ui.nameError.isVisible()
    names = [page.list.item(r).text() for r in range(page.list.count())]  # type: ignore[attr-defined]
    assert "Fieldlab Lezen op het Platteland" in names and original not in names
    assert window.document is not None
    window.document.undo_stack.undo()
    assert original in [page.list.item(r).text() for r in range(page.list.count())]  # type: ignore[attr-defined]


def test_text_still_being_typed_is_saved_when_the_window_closes(
    make_window: Callable[[], MainWindow], demo_path: Path, qtbot: QtBot
) -> None:
    window = make_window()
    window.files.open_path(demo_path)
    window.show_page("projects")
    window.projects_page.open_project(1)
    summary = window.projects_page.editor.general.ui.summaryEdit
    window.activateWindow()
    summary.setFocus()
    qtbot.waitUntil(summary.hasFocus)
    summary.setPlainText("Nog niet opgeslagen tekst")
    window.close()  # Ctrl+Q while the cursor is still in the field
    import sqlite3

    stored = (
        sqlite3.connect(demo_path).execute("SELECT summary FROM project WHERE id = 1").fetchone()[0]
    )
    assert stored == "Nog niet opgeslagen tekst"


def test_environment_failures_map_to_plain_messages() -> None:
    from sqlalchemy.exc import OperationalError

    from fieldlab_desk.services.portfolio import environment_error

    def failure(text: str) -> OperationalError:
        return OperationalError("UPDATE project SET title=?", {}, sqlite3.OperationalError(text))

    assert environment_error(failure("database is locked")).code == "database.busy"  # type: ignore[union-attr]
    assert environment_error(failure("database or disk is full")).code == "database.disk_full"  # type: ignore[union-attr]
    assert (
        environment_error(failure("attempt to write a readonly database")).code
        == "database.read_only"
    )  # type: ignore[union-attr]
    assert environment_error(failure("no such column: tittle")) is None  # a bug: the crash dialog
    assert "schijf is vol" in environment_error(failure("database or disk is full")).message("nl")  # type: ignore[union-attr]


def test_dashboard_indicator_model_passes_qtmodeltester(
    window: MainWindow, qtbot: QtBot, qtmodeltester: object
) -> None:
    window.show_page("dashboard")
    page = window.page("dashboard")
    settle(qtbot, page)
    model = page.behind_rows  # type: ignore[attr-defined]
    assert model.rowCount() > 0 and model.index(0, 0).data()
    qtmodeltester.check(model, force_py=True)  # type: ignore[attr-defined]


def test_dashboard_lists_indicators_off_track_then_at_risk(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Both statuses lag behind (as the half-year report counts them): the list shows both, the
    worse first, with the status in words."""
    from fieldlab_desk.domain.progress import ProgressStatus
    from fieldlab_desk.services.yearplan import dashboard_figures

    window.show_page("dashboard")
    page = window.page("dashboard")
    settle(qtbot, page)
    year, what_if = page.shown  # type: ignore[attr-defined]
    assert window.document is not None
    statuses = window.document.read(dashboard_figures, year, what_if).statuses
    off = [s.code for s in statuses if s.status is ProgressStatus.OFF_TRACK]
    risk = [s.code for s in statuses if s.status is ProgressStatus.AT_RISK]
    assert off and risk  # the demo has both in the year shown
    model = page.behind_rows  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: model.rowCount() == len(off) + len(risk))
    shown = [(model.index(r, 0).data(), model.index(r, 2).data()) for r in range(model.rowCount())]
    assert shown == [(c, "Achter op schema") for c in off] + [(c, "Risico") for c in risk]
    assert page.behind_box.title().endswith(f"({len(off) + len(risk)})")  # type: ignore[attr-defined]
    first = next(s for s in statuses if s.status is ProgressStatus.OFF_TRACK)
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == first.name  # whole, if elided
    window.languages.switch("en")
    assert model.index(len(off), 2).data() == "At risk"


def test_a_read_only_viewer_sees_edits_saved_in_another_window(
    make_window: Callable[[], MainWindow], demo_path: Path, qtbot: QtBot
) -> None:
    from fieldlab_desk.services import projects

    writer = make_window()
    assert writer.files.open_path(demo_path)
    viewer = make_window()  # the lock is taken: this one opens read-only
    assert viewer.files.open_path(demo_path)
    assert viewer.document is not None and viewer.document.read_only
    viewer.show_page("projects")
    settle(qtbot, viewer.projects_page)
    viewer.activateWindow()
    viewer.projects_page.list.search.setFocus()  # a search being typed edits no data: no hold
    assert writer.document is not None
    writer.document.edit(projects.set_field, "Titel", 1, "title", "Gezien door de ander")

    def shown_titles() -> set[str]:
        model = viewer.projects_page.list.model
        return {model.index(row, 1).data() for row in range(model.rowCount())}

    qtbot.waitUntil(lambda: "Gezien door de ander" in shown_titles(), timeout=10_000)


def test_everything_fits_a_1366_by_768_screen_in_both_languages(
    window: MainWindow, qtbot: QtBot
) -> None:
    from fieldlab_desk.ui.mainwindow import PAGES

    for language in ("nl", "en"):
        window.set_language(language)
        qtbot.wait(50)
        for name in PAGES:
            window.show_page(name)
        window.show_page("projects")
        assert window.minimumSizeHint().width() <= 1366, language
        window.resize(1366, 768)
        view = window.projects_page.list
        table = view.table
        shown = table.viewport().width()
        right_edge = table.columnViewportPosition(8) + table.columnWidth(8)
        assert right_edge <= shown, "the SGIA amount is cut off"
        for combo in (view.year, view.phase, view.theme, view.fieldlab, view.organisation):
            assert combo.width() >= combo.fontMetrics().horizontalAdvance(combo.itemText(0)), (
                combo.itemText(0)
            )
    window.set_language("nl")


def test_a_read_only_window_offers_editing_once_the_other_closes_the_file(
    make_window: Callable[[], MainWindow], demo_path: Path, qtbot: QtBot
) -> None:
    writer = make_window()
    assert writer.files.open_path(demo_path)
    viewer = make_window()
    assert viewer.files.open_path(demo_path)
    assert viewer.document is not None and viewer.document.read_only
    writer.close()  # the other program closes the file
    qtbot.waitUntil(
        lambda: viewer.take_over.isVisible() and "bewerken" in viewer.take_over.text(),
        timeout=10_000,
    )
    assert "gesloten" in viewer.lock_text.text()
    viewer.take_over.click()
    assert viewer.document is not None and not viewer.document.read_only
    assert not viewer.lock_banner.isVisible()


def test_the_keyboard_starts_on_the_first_page(window: MainWindow) -> None:
    """After a file opens, typing goes to the page shown (the projects' search field), not
    nowhere: a keyboard user need not click first."""
    focused = QApplication.focusWidget()
    assert focused is not None and focused.objectName() == "projectSearch"
