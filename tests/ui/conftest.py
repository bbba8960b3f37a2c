"""A real main window on a copy of the demo file, with settings in a temporary folder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from fieldlab_desk.ui.i18n import Languages
from fieldlab_desk.ui.mainwindow import MainWindow
from fieldlab_desk.ui.settings import Settings
from fieldlab_desk.ui.tasks import Loader


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[Languages]:
    languages = Languages(qapp)
    languages.switch("nl")
    yield languages
    languages.switch("nl")


@pytest.fixture
def make_window(
    qtbot: QtBot, tmp_path: Path, languages: Languages
) -> Iterator[Callable[[], MainWindow]]:
    """Makes main windows; they close (their background work done, their file closed) when the
    test ends, before the fixtures set up ahead of this one (a server database) go away."""
    made: list[MainWindow] = []

    def make() -> MainWindow:
        window = MainWindow(Settings(tmp_path / "settings.ini"), languages, tmp_path)
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        if isValid(window):
            window.close()


@pytest.fixture
def window(make_window: Callable[[], MainWindow], demo_path: Path, qtbot: QtBot) -> MainWindow:
    window = make_window()
    assert window.files.open_path(demo_path)
    settle(qtbot, window.page(window.current_page()))  # the first page's rows are in
    return window


class DialogAnswer:
    """Answers the next modal dialog from a timer, remembering what it said."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.titles: list[str] = []

    def next(self, handle: Callable[[QWidget], None], delay: int = 50) -> None:
        def answer() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(delay, answer)
                return
            self.titles.append(dialog.windowTitle())
            if isinstance(dialog, QMessageBox):
                self.texts.append(dialog.text())
            handle(dialog)

        QTimer.singleShot(delay, answer)


@pytest.fixture
def dialogs() -> DialogAnswer:
    return DialogAnswer()


def accept(dialog: QWidget) -> None:
    if isinstance(dialog, QMessageBox):
        button = dialog.button(QMessageBox.StandardButton.Yes) or dialog.button(
            QMessageBox.StandardButton.Ok
        )
        assert button is not None
        button.click()
    else:
        assert isinstance(dialog, QDialog)
        dialog.accept()


def settle(qtbot: QtBot, page: QWidget) -> None:
    """Wait until a page that loads on the worker shows the answers to its latest requests:
    its figures, and what loads right after them (such as the projects' filter lists)."""
    loaders = page.findChildren(Loader) or [page.loader]  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not any(loader.busy for loader in loaders), timeout=20_000)
