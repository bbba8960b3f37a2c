"""A measurement split per gemeente, by keyboard: the parts are typed in the measurement
dialog, a wrong sum is said beside them, and the Effectmeting tab shows the split."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from fieldlab_desk.domain.enums import Dimension
from fieldlab_desk.services.effect import project_indicators
from fieldlab_desk.ui.dialogs.effect_dialogs import MeasurementDialog
from fieldlab_desk.ui.mainwindow import MainWindow
from tests.ui.conftest import DialogAnswer
from tests.ui.test_effect_tab import press
from tests.ui.test_toc_tab import alt, answered, keyboard_in, safely, undo

PROJECT = 3  # SGIA-2023-03, the Digicafé: counts per gemeente (Assen, Aa en Hunze)
NAME = "Inwoners geholpen bij digitale zaken"


def type_part(qtbot: QtBot, table: QWidget, row: int, value: str) -> None:
    """Go to a part's value with the arrow keys, F2 and type it; Enter keeps it."""
    table.setFocus()
    while table.currentRow() != row or table.currentColumn() != 1:  # type: ignore[attr-defined]
        key = (
            Qt.Key.Key_Right
            if table.currentColumn() != 1
            # type: ignore[attr-defined]
            else (Qt.Key.Key_Down if table.currentRow() < row else Qt.Key.Key_Up)
        )  # type: ignore[attr-defined]
        qtbot.keyClick(table, key)
    qtbot.keyClick(table, Qt.Key.Key_F2)  # the cell's editor, its text selected
    qtbot.waitUntil(lambda: table.isAncestorOf(QApplication.focusWidget()))
    editor = QApplication.focusWidget()
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, value)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)  # the editor closed


def reached(window: MainWindow) -> object:
    assert window.document is not None
    return next(r for r in window.document.read(project_indicators, PROJECT) if r.name == NAME)


def test_a_measurement_split_per_gemeente_by_keyboard_then_undone(
    window: MainWindow, qtbot: QtBot, dialogs: DialogAnswer
) -> None:
    before = reached(window).measurements  # type: ignore[attr-defined]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_page("projects")
    window.projects_page.open_project(PROJECT)
    editor = window.projects_page.editor
    qtbot.wait(30)
    alt(qtbot, editor.tabs.tabText(3))  # Alt+E: Effectmeting
    qtbot.waitUntil(lambda: editor.tabs.currentWidget() is editor.effect)
    tab = editor.effect
    row = next(
        r for r in range(tab.indicators.rowCount()) if tab.indicators.item(r, 0).text() == NAME
    )
    tab.indicators.selectRow(row)
    assert tab.measurements.item(1, 4).text() == "Assen 30 · Aa en Hunze 14"  # type: ignore[union-attr]

    def measure(dialog: QWidget) -> None:
        assert isinstance(dialog, MeasurementDialog)
        ui = dialog.ui
        keyboard_in(qtbot, dialog)
        while QApplication.focusWidget() is not ui.valueEdit:
            press(qtbot, Qt.Key.Key_Tab)
        qtbot.keyClicks(ui.valueEdit, "130")
        table = dialog.parts_table
        assert table is not None and table.rowCount() == 2
        while QApplication.focusWidget() is not table:
            press(qtbot, Qt.Key.Key_Tab)
        names = [table.item(r, 0).text() for r in range(2)]  # type: ignore[union-attr]
        assert names == ["Gemeente: Aa en Hunze", "Gemeente: Assen"]
        type_part(qtbot, table, 0, "40")  # Aa en Hunze
        type_part(qtbot, table, 1, "80")  # Assen: 120 of 130
        assert dialog.parts_sum.text() == "Samen: 120 van 130"
        press(qtbot, Qt.Key.Key_Tab)  # out of the table: the buttons
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        assert (
            dialog.isVisible()
            and "tellen op tot 120, de meting is 130" in dialog.parts_error.text()
        )
        type_part(qtbot, table, 1, "90")
        assert dialog.parts_sum.text() == "Samen: 130 van 130"
        press(qtbot, Qt.Key.Key_Tab)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    dialogs.next(safely(measure))
    tab.measurements.setFocus()
    qtbot.keyClick(tab.measurements, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: answered() and len(reached(window).measurements) == len(before) + 1)  # type: ignore[attr-defined]
    latest = reached(window).measurements[-1]  # type: ignore[attr-defined]
    assert latest.value == 130
    assert {(p.name, p.value) for p in latest.split(Dimension.GEMEENTE)} == {
        ("Aa en Hunze", Decimal(40)), ("Assen", Decimal(90))}  # fmt: skip
    shown = [tab.measurements.item(r, 4).text() for r in range(tab.measurements.rowCount())]  # type: ignore[union-attr]
    assert "Aa en Hunze 40 · Assen 90" in shown or "Assen 90 · Aa en Hunze 40" in shown
    undo(qtbot, window)
    qtbot.waitUntil(lambda: reached(window).measurements == before)  # type: ignore[attr-defined]
