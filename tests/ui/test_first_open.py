"""The file given at start opens on the worker thread, after the first paint: the window
answers its events meanwhile, and closing it or opening another file then loses nothing."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from fieldlab_desk.domain.errors import FieldLabError
from fieldlab_desk.services import projects
from fieldlab_desk.services.portfolio import Portfolio
from fieldlab_desk.ui import file_actions, mainwindow
from fieldlab_desk.ui.i18n import Languages
from fieldlab_desk.ui.mainwindow import MainWindow
from fieldlab_desk.ui.settings import Settings

Outcome = Portfolio | FieldLabError


class Opening(Protocol):
    def __call__(self, path: Path, *, report: bool = True) -> MainWindow: ...


class SlowOpen:
    """Wraps the real open: notes where it ran, and holds it until ``go`` is set."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.go = threading.Event()
        self.started = threading.Event()
        self.on_ui_thread: list[bool] = []
        self.released: list[bool] = []
        real: Callable[[str, str], Outcome] = file_actions.open_outcome

        def opening(location: str, user: str) -> Outcome:
            self.on_ui_thread.append(threading.current_thread() is threading.main_thread())
            self.started.set()
            self.released.append(self.go.wait(timeout=20))
            return real(location, user)

        monkeypatch.setattr(file_actions, "open_outcome", opening)


@pytest.fixture
def opening_window(qtbot: QtBot, tmp_path: Path, languages: Languages) -> Opening:
    def make(path: Path, *, report: bool = True) -> MainWindow:
        window = MainWindow(Settings(tmp_path / "settings.ini"), languages, tmp_path)
        qtbot.addWidget(window)
        window.open_after_first_paint(lambda: str(path), report=report)
        window.show()
        return window

    return make


@pytest.fixture
def held(
    opening_window: Opening, demo_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> tuple[MainWindow, SlowOpen]:
    """A window whose first open (of the demo) has started on the worker and is held."""
    slow = SlowOpen(monkeypatch)
    window = opening_window(demo_path)
    qtbot.waitUntil(slow.started.is_set, timeout=10_000)
    return window, slow


def lock_of(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def test_the_window_answers_its_events_while_the_first_file_opens(
    held: tuple[MainWindow, SlowOpen], qtbot: QtBot
) -> None:
    window, slow = held
    assert window.document is None and window.stack.currentWidget() is window.opening
    cursor = QApplication.overrideCursor()  # working, yet answering: the arrow with hourglass
    assert cursor is not None and cursor.shape() == Qt.CursorShape.BusyCursor
    QTimer.singleShot(0, slow.go.set)  # only a UI thread that handles events can let it go
    qtbot.waitUntil(lambda: window.document is not None, timeout=20_000)
    assert slow.on_ui_thread == [False] and slow.released == [True]
    assert window.current_page() == "projects"
    assert QApplication.overrideCursor() is None
    qtbot.waitUntil(lambda: window.projects_page.list.model.rowCount() > 0, timeout=10_000)
    document = window.document
    assert document is not None and not document.read_only
    # opened on the worker, edited and read on the UI thread: one portfolio for both
    assert document.edit(projects.set_field, "Titel", 1, "title", "Geopend op de achtergrond")
    details = document.read(projects.project_details, 1)
    assert details is not None and details.title == "Geopend op de achtergrond"


def test_closing_the_window_while_the_first_file_opens_releases_its_lock(
    held: tuple[MainWindow, SlowOpen], demo_path: Path, qtbot: QtBot
) -> None:
    window, slow = held
    threading.Timer(0.2, slow.go.set).start()  # the open ends while the window closes
    window.close()  # waits for the open, then closes what it opened
    assert slow.released == [True]
    assert window.document is None and QApplication.overrideCursor() is None
    assert not lock_of(demo_path).exists()
    qtbot.wait(50)  # the open's answer, should it still come, finds nothing to take
    assert window.document is None and not lock_of(demo_path).exists()


def test_a_file_opened_while_the_first_one_opens_is_the_one_kept(
    held: tuple[MainWindow, SlowOpen], demo_path: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    window, slow = held
    other = tmp_path / "ander.fieldlab"
    shutil.copyfile(demo_path, other)
    slow.go.set()  # this open goes through the same (slow) way; the first one ends first
    assert window.files.open_path(other)
    qtbot.waitUntil(lambda: len(slow.released) == 2, timeout=10_000)
    qtbot.wait(100)  # the first file's answer arrives and is put aside
    assert window.document is not None and window.document.facts.path == other.resolve()
    assert lock_of(other).exists()
    assert not lock_of(demo_path).exists()  # the first file was closed again, lock and all


def test_a_first_file_that_does_not_open_leaves_the_welcome_page(
    opening_window: Opening, tmp_path: Path, qtbot: QtBot
) -> None:
    window = opening_window(tmp_path / "weg.fieldlab", report=False)
    ready: list[bool] = []
    window.ready.connect(lambda: ready.append(True))
    qtbot.waitUntil(lambda: ready == [True], timeout=20_000)
    assert window.document is None and window.stack.currentWidget() is window.welcome
    assert QApplication.overrideCursor() is None
    error = window.files.last_error
    assert error is not None and error.code == "file.not_found"


def test_the_menus_open_from_the_keyboard_while_the_first_file_opens(
    held: tuple[MainWindow, SlowOpen], qtbot: QtBot
) -> None:
    window, slow = held
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # Alt+B: Bestand
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=5_000)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu) and menu.title() == "&Bestand"
    assert window.document is None  # still opening
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None, timeout=5_000)
    slow.go.set()
    qtbot.waitUntil(lambda: window.document is not None, timeout=20_000)


def test_a_bug_in_the_first_open_leaves_no_file_open(
    opening_window: Opening, demo_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Should the worker fail after the file opened (a bug: the crash dialog reports it), the
    welcome page shows and the file is closed again, lock and all."""
    monkeypatch.setattr(mainwindow, "WORKER_IMPORTS", ("fieldlab_desk.no_such_module",))
    with qtbot.capture_exceptions() as exceptions:
        window = opening_window(demo_path)
        ready: list[bool] = []
        window.ready.connect(lambda: ready.append(True))
        qtbot.waitUntil(lambda: ready == [True], timeout=20_000)
    assert [type(error) for _kind, error, _trace in exceptions] == [ModuleNotFoundError]
    assert window.document is None and window.stack.currentWidget() is window.welcome
    assert not lock_of(demo_path).exists() and QApplication.overrideCursor() is None
