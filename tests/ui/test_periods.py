"""Closing a half year on the Indicatoren page by keyboard, an edit into it refused with the
reason, then reopening it with a reason that stays in view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from fieldlab_desk.services.periods import closed_periods
from fieldlab_desk.ui.mainwindow import MainWindow
from tests.ui.conftest import DialogAnswer, settle
from tests.ui.test_toc_tab import alt, answered, keyboard_in, safely


def test_a_half_year_closed_and_reopened_by_keyboard(
    window: MainWindow, qtbot: QtBot, dialogs: DialogAnswer
) -> None:
    document = window.document
    assert document is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_page("indicators")
    page = window.page("indicators")
    settle(qtbot, page)  # type: ignore[arg-type]
    qtbot.wait(30)
    combo = page.period  # type: ignore[attr-defined]
    combo.setCurrentIndex(combo.findText("2024H1"))
    assert "2024H1: Nog niet vastgesteld" in page.closing.text()  # type: ignore[attr-defined]
    assert not page.reopen_button.isEnabled()  # type: ignore[attr-defined]

    def confirm(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox) and "2024H1 vaststellen?" in dialog.text()
        keyboard_in(qtbot, dialog)  # the keys go to the question, not the window behind it
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    dialogs.next(safely(confirm))
    alt(qtbot, page.close_button.text())  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: answered() and "2024H1" in document.read(closed_periods))
    assert "2024H1: Vastgesteld op 30-09-2025 door" in page.closing.text()  # type: ignore[attr-defined]
    assert page.reopen_button.isEnabled() and not page.close_button.isEnabled()  # type: ignore[attr-defined]

    def why(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        keyboard_in(qtbot, dialog)
        qtbot.keyClicks(QApplication.focusWidget(), "Telling Aa en Hunze was dubbel.")
        dialog.accept()

    dialogs.next(safely(why))
    alt(qtbot, page.reopen_button.text())  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: answered() and "2024H1" not in document.read(closed_periods))
    assert "Heropend op 30-09-2025 door" in page.closing.text()  # type: ignore[attr-defined]
    assert "Telling Aa en Hunze was dubbel." in page.closing.text()  # type: ignore[attr-defined]
    assert page.close_button.isEnabled() and not page.reopen_button.isEnabled()  # type: ignore[attr-defined]
