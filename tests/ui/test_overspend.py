"""Spending above a grant is overschrijding, never 'toegekend': after an import of expenses
that take SGIA-2024-02 over its € 30.000 for 2025, the year plan, the dashboard and the budget
tab show the grant as toegekend, the excess as overschrijding with a warning, and vrij lowered
by the excess."""

from __future__ import annotations

import re
from pathlib import Path

from pytestqt.qtbot import QtBot

from fieldlab_desk.exporting.template import template_workbook
from fieldlab_desk.services.budget import bookings
from fieldlab_desk.services.yearplan import year_plan
from fieldlab_desk.ui.import_actions import ImportDialog, run_import
from fieldlab_desk.ui.mainwindow import MainWindow
from tests.ui.conftest import settle

CODE, YEAR = "SGIA-2024-02", 2025
LINE = 82  # its 2025 SGIA line "Werving in wijken en dorpen" (the demo is built the same each time)


def plain(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html).replace("&nbsp;", " ")


def test_imported_overspending_shows_as_overschrijding_everywhere(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    document = window.document
    assert document is not None
    before = document.read(year_plan, YEAR)
    granted = next(p for p in before.projects if p.code == CODE)
    assert (granted.awarded_cents, granted.overspend_cents) == (3_000_000, 0)
    assert granted.used_cents == 2_069_360
    path = tmp_path / "uitgaven.xlsx"
    book = template_workbook("nl")
    book["Projectplan"]["B1"] = CODE
    for amount in ("10.000,00", "9.114,70"):  # € 39.808,30 used: € 9.808,30 above the grant
        book["Uitgaven"].append([LINE, None, "uitgave", "01-10-2025", amount, "Campagne"])
    book.save(path)
    count = len(document.read(bookings, LINE))
    said: list[str] = []

    def answer(dialog: ImportDialog) -> bool:
        said.append(dialog.ui.changesView.toPlainText())
        said.append(dialog.ui.problemsView.toPlainText())  # the warning: beyond the grant
        dialog.ui.acceptCheck.setChecked(True)  # import it anyway: the money was spent
        return True

    run_import(document, window.tasks, window, "nl", path, answer)
    qtbot.waitUntil(lambda: len(document.read(bookings, LINE)) == count + 2, timeout=10_000)
    assert "uitgave € 9.114,70 op 01-10-2025" in said[0]
    assert "€ 9.808,30 boven het toegekende bedrag van € 30.000,00 (overschrijding)" in said[1]

    # the year plan: the grant stays toegekend, the excess is overschrijding, in red and warned
    window.show_page("yearplan")
    page = window.page("yearplan")
    page.select_year(YEAR)  # type: ignore[attr-defined]
    settle(qtbot, page)
    table = page.projects  # type: ignore[attr-defined]
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == CODE)
    assert table.item(row, 4).text() == "€ 30.000,00"  # Toegekend
    assert table.item(row, 7).text() == "€ 9.808,30 ⚠"  # Overschrijding (after the carry-overs)
    assert table.item(row, 7).foreground().color().name() == "#b3261e"
    warning = page.warning.text()  # type: ignore[attr-defined]
    assert "Overschrijding € 9.808,30: SGIA-2024-02" in warning and page.warning.isVisible()  # type: ignore[attr-defined]
    summary = plain(page.summary.text())  # type: ignore[attr-defined]
    free_before = before.free_cents
    after = document.read(year_plan, YEAR)
    assert after.awarded_cents == before.awarded_cents  # spending never becomes granted
    assert after.free_cents == free_before - 980_830
    assert f"Toegekend {format_money(before.awarded_cents)}" in summary
    assert "Overschrijding € 9.808,30" in summary
    assert f"Vrij {format_money(after.free_cents)}" in summary

    # the dashboard: the same figures and the warning
    window.show_page("dashboard")
    dashboard = window.page("dashboard")
    qtbot.waitUntil(lambda: dashboard.loaded, timeout=20_000)  # type: ignore[attr-defined]
    combo = dashboard.year  # type: ignore[attr-defined]
    if combo.currentData() != YEAR:
        with qtbot.waitSignal(dashboard.figures_shown, timeout=20_000):  # type: ignore[attr-defined]
            combo.setCurrentIndex(combo.findData(YEAR))
    shown = plain(dashboard.summary.text())  # type: ignore[attr-defined]
    assert "Overschrijding € 9.808,30" in shown
    assert f"Vrij {format_money(after.free_cents)}" in shown
    assert "Overschrijding € 9.808,30: SGIA-2024-02" in dashboard.warnings.text()  # type: ignore[attr-defined]

    # the budget tab: not 'Gedekt', but the overspent year in red
    window.show_page("projects")
    window.projects_page.open_project(granted.project_id)
    window.projects_page.editor.tabs.setCurrentIndex(1)  # Begroting
    coverage = window.projects_page.editor.budget.coverage
    assert "Gedekt" not in coverage.text()
    assert "Overschrijding: 2025 € 9.808,30 boven toegekend € 30.000,00" in coverage.text()
    assert "#b3261e" in coverage.styleSheet()

    # undone, it is covered again
    window.projects_page.show_list()
    document.undo_stack.undo()
    assert document.read(year_plan, YEAR).overspend_cents == before.overspend_cents
    window.projects_page.open_project(granted.project_id)
    window.projects_page.editor.tabs.setCurrentIndex(1)
    assert "Gedekt" in window.projects_page.editor.budget.coverage.text()


def format_money(cents: int) -> str:
    from fieldlab_desk.domain.formats import money

    return money(cents, "nl")
