"""The app on a server as each role sees it: a projectleider sees another's project read-only
with the reason, a lezer sees every edit action held, only a beheerder finds the Toegang page.
On the test PostgreSQL server, with real logins."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from fieldlab_desk.domain.access import Role
from fieldlab_desk.ui.mainwindow import MainWindow
from tests.roles import Server
from tests.ui.conftest import DialogAnswer, accept, settle
from tests.ui.test_mnemonics import menu_titles, mnemonics


def open_as(
    server: Server, login: str, make_window: Callable[[], MainWindow], qtbot: QtBot
) -> MainWindow:
    window = make_window()
    assert window.files.open_location(server.url_of(login))
    settle(qtbot, window.page(window.current_page()))
    return window


def editable(container: QWidget) -> list[str]:
    """The controls in ``container`` a user could change something with now."""
    found = []
    for widget in container.findChildren(QWidget):
        if not widget.isVisibleTo(container) and not isinstance(widget, QAbstractButton):
            continue
        if isinstance(widget, QAbstractButton) and widget.isEnabled():
            found.append(
                widget.objectName()
                or widget.text()
                or f"{type(widget).__name__}<{widget.parent().objectName()}/{type(widget.parent()).__name__}>"
            )
        elif (
            isinstance(widget, QLineEdit | QPlainTextEdit)
            and widget.isEnabled()
            and not widget.isReadOnly()
        ):
            found.append(widget.objectName() or type(widget).__name__)
    return found


READING = {"qt_tableview_cornerbutton", "zoomIn", "zoomOut", "zoomFit", "exportPng", "exportSvg",
           "projectReport", "indicatorChartSave", "yearPlanWhatIf", "reportAddressee",
           "reportSummary", "halfYearReport", "organisationsFilter", "fieldlabsFilter",
           "dashboardWhatIf", "budgetChartSave", "phaseChartSave", "spendingChartSave",
           "QToolButton<peopleFilter/QLineEdit>", "QToolButton<organisationsFilter/QLineEdit>",
           "QToolButton<fieldlabsFilter/QLineEdit>"}  # fmt: skip
"""What a reader may still use: look, zoom, filter, export, report, what-if."""


def test_a_lezer_sees_every_edit_action_held(
    server: Server, make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    reader = server.login("provincie", Role.LEZER)
    window = open_as(server, reader, make_window, qtbot)
    assert window.mode_label.text() == f"{reader} als lezer"
    actions = window.menu_actions
    assert not actions.new_project.isEnabled() and not actions.import_.isEnabled()
    assert not actions.pages["access"].isVisible()
    page = window.projects_page
    assert not page.list.new_button.isEnabled()
    assert "Alleen een projectleider of de beheerder" in page.list.new_button.toolTip()
    page.open_project(server.codes["SGIA-2024-05"])
    editor = page.editor
    reason = editor.held.text()
    assert editor.held.isVisibleTo(window) and f"u ({reader}) kunt het lezen" in reason
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
        tab = editor.tabs.widget(index)
        assert set(editable(tab)) <= READING, (index, editable(tab))
    assert editor.budget.add_button.toolTip() == reason  # the reason on hover
    for name in ("steering", "yearplan", "indicators", "reference", "organisations",
                 "fieldlabs", "dashboard", "scaling", "contribution"):  # fmt: skip
        window.show_page(name)
        shown = window.page(name)
        if hasattr(shown, "loader"):
            settle(qtbot, shown)
        qtbot.waitUntil(lambda shown=shown: getattr(shown, "loaded", True), timeout=20_000)
        assert set(editable(shown)) <= READING, (name, editable(shown))
    assert "secretaris" in window.page("steering").new_meeting.toolTip()  # type: ignore[attr-defined]


def test_a_projectleider_sees_another_project_read_only(
    server: Server, make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    own, other = server.codes["SGIA-2024-05"], server.codes["SGIA-2023-03"]
    henk = server.login("henk", Role.PROJECTLEIDER, "SGIA-2024-05")
    window = open_as(server, henk, make_window, qtbot)
    assert window.mode_label.text() == f"{henk} als projectleider"
    assert window.menu_actions.new_project.isEnabled() and window.menu_actions.import_.isEnabled()
    editor = window.projects_page.editor
    window.projects_page.open_project(other)
    title = editor.general.ui.titleEdit
    assert title.isReadOnly() and editor.held.isVisibleTo(window)
    assert "Alleen de projectleiders van dit project" in title.toolTip()
    editor.tabs.setCurrentIndex(1)
    assert not editor.budget.add_button.isEnabled()
    window.set_language("en")  # the reason follows the language
    qtbot.wait(30)
    assert editor.held.text().startswith("Only this project's project leaders")
    assert editor.budget.add_button.toolTip() == editor.held.text()
    window.set_language("nl")
    window.projects_page.open_project(own)
    assert not title.isReadOnly() and not editor.held.isVisibleTo(window)
    fieldlab = editor.general.new_fieldlab  # fieldlabs are reference data: the beheerder's
    assert not fieldlab.isEnabled() and "van de beheerder" in fieldlab.toolTip()
    assert not title.toolTip().startswith("Alleen")  # its own tooltip back
    editor.tabs.setCurrentIndex(1)
    assert editor.budget.add_button.isEnabled()
    editor.tabs.setCurrentIndex(0)
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Cultuurcoaches in heel Drenthe")
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    with server.owner() as portfolio, portfolio.session() as session:
        from sqlalchemy import text

        stored = session.execute(
            text("SELECT title FROM project WHERE id = :i"), {"i": own}
        ).scalar()
    assert stored == "Cultuurcoaches in heel Drenthe"


def test_only_a_beheerder_finds_the_access_page_and_gives_a_role_by_keyboard(
    server: Server, make_window: Callable[[], MainWindow], qtbot: QtBot, dialogs: DialogAnswer
) -> None:
    beheer = server.login("beheer", Role.BEHEERDER)
    anna = server.login("anna", None)
    window = open_as(server, beheer, make_window, qtbot)
    assert window.menu_actions.pages["access"].isVisible()
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "access"
    page = window.page("access")
    for language in ("en", "nl"):  # one target per Alt+letter on the page, in both languages
        window.set_language(language)
        qtbot.wait(30)
        assert mnemonics(window, window, menu_titles(window)) == {}, language
    assert page.give.text() == "Toegang &geven"
    page.login.setFocus()
    qtbot.keyClicks(page.login, anna)
    page.role.setFocus()
    page.role.setCurrentIndex(list(Role).index(Role.SECRETARIS))
    qtbot.keyClick(page.login, Qt.Key.Key_Return)
    rows = {row.login: row for row in page.rows}
    assert rows[anna].roles == (Role.SECRETARIS,)
    shown = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert anna in shown and page.table.item(shown.index(anna), 1).text() == "secretaris"
    page.login.setText("niet_bestaand")
    dialogs.next(accept)
    qtbot.keyClick(page.login, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(dialogs.texts), timeout=10_000)
    assert 'CREATE ROLE "niet_bestaand" LOGIN' in dialogs.texts[0]
    window.close()
    others = open_as(server, anna, make_window, qtbot)
    assert not others.menu_actions.pages["access"].isVisible()
    others.show_page("access")
    assert others.current_page() != "access"
    assert others.mode_label.text() == f"{anna} als secretaris"
