"""Importing with warnings, keyboard only: the preview names the rows that look wrong, Import
stays disabled until 'Toch importeren' is ticked (Alt+T), Enter imports, Ctrl+Z undoes it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import Session, select

from fieldlab_desk.domain.models import Project
from fieldlab_desk.exporting.template import template_workbook
from fieldlab_desk.services.budget import bookings
from fieldlab_desk.ui.import_actions import ImportDialog, run_import
from fieldlab_desk.ui.mainwindow import MainWindow
from tests.ui.conftest import DialogAnswer

LINE = 81  # SGIA-2024-02's 2025 line "Lesmateriaal en oefenboeken" (€ 9.000)


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


def test_a_look_alike_booking_waits_for_a_choice_made_by_keyboard(
    window: MainWindow, qtbot: QtBot, dialogs: DialogAnswer, tmp_path: Path
) -> None:
    """A corrected amount without a booking id: Import stays disabled until the user chooses
    (Alt+B: update that booking); Enter then corrects it instead of adding a second one."""
    document = window.document
    assert document is not None
    first = next(b for b in document.read(bookings, LINE) if b.kind.value == "expense")
    book = template_workbook("nl", "SGIA-2024-02")
    book["Uitgaven"].append([LINE, None, "uitgave", first.day.strftime("%d-%m-%Y"),
                             (first.cents + 100) / 100, first.note])  # fmt: skip
    path = tmp_path / "correction.xlsx"
    book.save(path)
    count = len(document.read(bookings, LINE))
    seen: dict[str, object] = {}

    def answer(dialog: QWidget) -> None:
        if not isinstance(dialog, ImportDialog):
            dialogs.next(answer)
            return
        qtbot.waitUntil(dialog.isActiveWindow)
        ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        seen["changes"] = dialog.ui.changesView.toPlainText()
        seen["box"] = dialog.ui.similarBox.isVisible()
        seen["enabled before"] = ok.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # bijwerken
        try:
            qtbot.waitUntil(dialog.ui.similarUpdate.isChecked)
        except Exception:
            dialog.reject()
            raise
        seen["enabled after"] = ok.isEnabled()
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Return)

    dialogs.next(answer)
    run_import(document, window.tasks, window, "nl", path)
    qtbot.waitUntil(
        lambda: any(b.cents == first.cents + 100 for b in document.read(bookings, LINE)),
        timeout=10_000,
    )
    assert len(document.read(bookings, LINE)) == count  # corrected, not doubled
    assert "lijkt op een bestaande boeking" in str(seen["changes"])
    assert seen["box"] is True and seen["enabled before"] is False and seen["enabled after"] is True


def test_the_import_template_from_the_app_carries_the_open_projects_code(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: object
) -> None:
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "sjabloon.xlsx"
    suggested: list[str] = []

    def save_name(*args: object, **_: object) -> tuple[str, str]:
        suggested.append(str(args[2]))
        return str(target.with_suffix("")), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)  # type: ignore[attr-defined]
    window.show_page("projects")
    document = window.document
    assert document is not None
    window.projects_page.open_project(document.read(project_id, "SGIA-2024-02"))
    qtbot.waitUntil(lambda: window.open_project_code() == "SGIA-2024-02")
    window.menu_actions.template.trigger()
    qtbot.waitUntil(target.exists)
    assert suggested == ["importsjabloon-SGIA-2024-02.xlsx"]
    book = load_workbook(target)
    assert book.sheetnames[0] == "Toelichting"
    assert book["Projectplan"]["B1"].value == "SGIA-2024-02"
    assert "Geëxporteerd" in window.statusBar().currentMessage()


def project_id(code: str, *, session: Session) -> int:
    return session.exec(select(Project.id).where(Project.code == code)).one() or 0
