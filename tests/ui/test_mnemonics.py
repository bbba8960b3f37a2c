"""Every Alt+letter of a window state leads to one place: no two visible targets share one."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from fieldlab_desk.ui.mainwindow import PAGES, MainWindow
from tests.ui.conftest import settle
from tests.ui.test_keyboard import dialogs_to_check

MNEMONIC = re.compile(r"&([^&\s])")


def mnemonics(root: QWidget, window: QWidget, menus: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)

    def add(text: str) -> None:
        match = MNEMONIC.search(text.replace("&&", ""))
        if match:
            found[match.group(1).lower()].append(text.replace("&", ""))

    for title in menus:
        add(title)
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            add(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            add(widget.title())
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                add(widget.tabText(index))
    return {key: texts for key, texts in found.items() if len(texts) > 1}


def menu_titles(window: MainWindow) -> list[str]:
    return [
        menu.title()
        for menu in window.menuBar().findChildren(type(window.menu_actions.menus["file"]))
        if menu.menuAction().isVisible()
        and menu in window.menu_actions.menus.values()
        and menu is not window.menu_actions.menus["recent"]
    ]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_mnemonic_has_two_targets(window: MainWindow, qtbot: QtBot, language: str) -> None:
    window.set_language(language)
    qtbot.wait(50)
    clashes: dict[str, object] = {}
    for name in PAGES:
        window.show_page(name)
        page = window.page(name)
        if hasattr(page, "loader"):
            settle(qtbot, page)
        qtbot.wait(20)  # the letters are sorted out once the page shows
        clash = mnemonics(window, window, menu_titles(window))
        if clash:
            clashes[name] = clash
    window.show_page("projects")
    window.projects_page.open_project(5)
    editor = window.projects_page.editor
    for tab in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(tab)
        for view in range(
            editor.toc.views.count() if editor.tabs.currentWidget() is editor.toc else 1
        ):
            editor.toc.views.setCurrentIndex(view)
            qtbot.wait(20)
            clash = mnemonics(window, window, menu_titles(window))
            if clash:
                clashes[f"editor tab {tab}.{view}"] = clash
    for name, dialog in dialogs_to_check(window).items():
        qtbot.addWidget(dialog)
        dialog.show()
        clash = mnemonics(dialog, dialog, [])
        if clash:
            clashes[f"dialog {name}"] = clash
        dialog.close()
    window.set_language("nl")
    assert clashes == {}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_mnemonic_has_two_targets_on_a_new_portfolio_or_a_new_record(
    make_window: Callable[[], MainWindow], qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    """The states the window above never reaches: an empty portfolio (the first steps on the
    projects page) and every list editor right after *Nieuw …* (its form filled in), each
    page's own buttons and labels against the menu bar's five letters."""
    window = make_window()
    assert window.files.create_new(tmp_path / "leeg.fieldlab", ("Bibliotheek Zuidwest", None, "Leeg", "empty"))  # fmt: skip
    window.set_language(language)
    qtbot.wait(50)
    menus = menu_titles(window)
    assert len(menus) == 5 and all(MNEMONIC.search(title) for title in menus), menus
    clashes: dict[str, object] = {}
    for name in PAGES:
        window.show_page(name)
        page = window.page(name)
        if hasattr(page, "loader"):
            settle(qtbot, page)
        qtbot.wait(20)
        if name == "projects":
            assert window.projects_page.list.first_steps.isVisibleTo(window)
        clashes[name] = mnemonics(window, window, menus)
    fieldlabs, organisations = window.page("fieldlabs"), window.page("organisations")
    window.show_page("fieldlabs")
    fieldlabs.new_button.click()  # type: ignore[attr-defined]
    qtbot.wait(20)
    clashes["new fieldlab"] = mnemonics(window, window, menus)
    window.show_page("organisations")
    for index in range(organisations.tabs.count()):  # type: ignore[attr-defined]
        organisations.tabs.setCurrentIndex(index)  # type: ignore[attr-defined]
        organisations.tabs.widget(index).new_button.click()  # type: ignore[attr-defined]
        qtbot.wait(20)
        clashes[f"new on organisations tab {index}"] = mnemonics(window, window, menus)
    assert {state: clash for state, clash in clashes.items() if clash} == {}


def test_the_check_finds_a_page_button_on_a_menu_s_letter(window: MainWindow, qtbot: QtBot) -> None:
    """The check above can fail: a button that takes the Taal menu's Alt+T is a clash."""
    from PySide6.QtWidgets import QPushButton

    window.show_page("indicators")
    page = window.page("indicators")
    stray = QPushButton("&Taalhuizen", page)  # type: ignore[arg-type]
    stray.show()
    clash = mnemonics(window, window, menu_titles(window))
    assert clash.get("t") == ["Taal", "Taalhuizen"]


def test_a_taken_letter_moves_to_a_free_word_start_and_free_ones_stay() -> None:
    from fieldlab_desk.ui.mnemonics import make_unique

    shown: dict[str, str] = {}
    texts = ["&Begroting", "&Besluit toevoegen…", "Regel &bewerken", "&Verwijderen", "&Wat als"]
    make_unique([(t, lambda new, t=t: shown.__setitem__(t, new)) for t in texts], {"w", "b"})
    assert shown == {
        "&Begroting": "B&egroting",  # b is the menu's: no other word, so the next free letter
        "&Besluit toevoegen…": "Besluit &toevoegen…",
        "Regel &bewerken": "&Regel bewerken",
        "&Wat als": "Wat &als",
    }  # &Verwijderen keeps its free v
