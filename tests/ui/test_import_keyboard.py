"""Importing with warnings, keyboard only: the preview names the rows that look wrong, Import
stays disabled until 'Toch importeren' is ticked (Alt+T), Enter imports, Ctrl+Z undoes it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from fieldlab_desk.exporting.template import template_workbook
from fieldlab_desk.services.budget import bookings
from fieldlab_desk.ui.import_actions import ImportDialog, run_import
from fieldlab_desk.ui.mainwindow import MainWindow
from tests.ui.conftest import DialogAnswer

LINE = 80  # SGIA-2024-02's 2025 line "Materialen en licenties" (€ 9.000)


def test_import_with_warnings_by_keyboard_then_undo(
    window: MainWindow, qtbot: QtBot, dialogs: DialogAnswer, tmp_path: Path
) -> None:
    document = window.document
    assert document is not None
    book = template_workbook("nl")
    book["Projectplan"]["B1"] = "SGIA-2024-02"
    book["Uitgaven"].append([LINE, None, "uitgave", "01-11-2025", "12.500,00", "Laptops"])
    path = tmp_path / "laptops.xlsx"
    book.save(path)
    count = len(document.read(bookings, LINE))
    seen: dict[str, object] = {}

    def answer(dialog: QWidget) -> None:
        if not isinstance(dialog, ImportDialog):  # the reading progress: wait for the preview
            dialogs.next(answer)
            return
        qtbot.waitUntil(dialog.isActiveWindow)  # the keyboard is the dialog's
        ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        seen["problems"] = dialog.ui.problemsView.toPlainText()
        seen["enabled before"] = ok.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # Toch importeren
        qtbot.waitUntil(dialog.ui.acceptCheck.isChecked)  # a mnemonic clicks after a moment
        seen["ticked"] = dialog.ui.acceptCheck.isChecked()
        seen["enabled after"] = ok.isEnabled()
        focused = QApplication.focusWidget()
        qtbot.keyClick(focused or dialog, Qt.Key.Key_Return)

    dialogs.next(answer)
    run_import(document, window.tasks, window, "nl", path)
    qtbot.waitUntil(lambda: len(document.read(bookings, LINE)) == count + 1, timeout=10_000)
    assert "Waarschuwingen (controleer ze):" in str(seen["problems"])
    assert "ver boven zijn begroting" in str(seen["problems"])
    assert seen["enabled before"] is False
    assert seen["ticked"] is True and seen["enabled after"] is True
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(document.read(bookings, LINE)) == count, timeout=5_000)
