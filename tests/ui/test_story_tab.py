"""The Voortgang tab, keyboard only: Alt+O opens it, Alt+R goes to Resultaten, what is typed is
saved when Tab leaves the field, the previous half year's vervolg stands beside it, and Ctrl+Z
(from the period field: inside a text field it undoes typing) takes the text back out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fieldlab_desk.services.stories import story
from fieldlab_desk.ui.mainwindow import MainWindow

PROJECT = 1  # SGIA-2023-01: ran through 2023, its 2023H1 story says what comes next


def test_a_story_typed_by_keyboard_is_saved_and_undone(window: MainWindow, qtbot: QtBot) -> None:
    document = window.document
    assert document is not None
    window.show_page("projects")
    window.projects_page.open_project(PROJECT)
    editor = window.projects_page.editor
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    editor.general.ui.titleEdit.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: editor.tabs.currentWidget() is editor.story)
    tab = editor.story
    assert tab.period.currentData() == "2023H2"
    assert tab.before.text().startswith("Vervolg volgens 2023H1: ")
    already = document.read(story, PROJECT, "2023H2").results
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    results = tab.edits["results"]
    qtbot.waitUntil(results.hasFocus)
    qtbot.keyClick(results, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(results, " 12 scholen bezocht.")
    qtbot.keyClick(results, Qt.Key.Key_Tab)  # leaves the field: saved
    qtbot.waitUntil(tab.edits["findings"].hasFocus)
    qtbot.waitUntil(
        lambda: document.read(story, PROJECT, "2023H2").results.endswith("12 scholen bezocht.")
    )
    assert document.read(story, PROJECT, "2023H2").results.startswith(already)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(tab.period.hasFocus)  # out of the text: Ctrl+Z there would undo typing
    qtbot.keyClick(tab.period, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: document.read(story, PROJECT, "2023H2").results == already)
    qtbot.waitUntil(lambda: tab.edits["results"].toPlainText() == already)
