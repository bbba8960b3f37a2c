"""Begroting, Jaarplanning, Stuurgroep and Dashboard driven through their widgets."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import select

from fieldlab_desk.domain.enums import DecisionKind, FundingSource, Phase
from fieldlab_desk.domain.models import BudgetLine, Meeting, MeetingSnapshot, Project
from fieldlab_desk.ui.dialogs.budget_dialogs import BudgetLineDialog
from fieldlab_desk.ui.dialogs.steering_dialogs import DecisionDialog, MeetingDialog
from fieldlab_desk.ui.mainwindow import MainWindow
from tests.ui.conftest import DialogAnswer, settle


def open_budget(window: MainWindow, project_id: int = 1) -> object:
    window.show_page("projects")
    window.projects_page.open_project(project_id)
    window.projects_page.editor.tabs.setCurrentIndex(1)
    return window.projects_page.editor.budget


def test_budget_tab_shows_lines_bookings_and_totals(window: MainWindow) -> None:
    tab = open_budget(window, 5)
    assert tab.lines.rowCount() == 15  # type: ignore[attr-defined]
    assert tab.lines.item(0, 5).text() == "160 u × € 62,50 (tarief vast)"  # type: ignore[attr-defined]
    assert "Gedekt" in tab.coverage.text()  # type: ignore[attr-defined]
    assert tab.bookings.rowCount() >= 1  # type: ignore[attr-defined]
    assert "Cofinancieringsaandeel 25,8 %" in tab.totals.text()  # type: ignore[attr-defined]


def test_entering_a_budget_line_in_dutch_notation_and_undoing_it(
    window: MainWindow, dialogs: DialogAnswer
) -> None:
    tab = open_budget(window, 1)
    before = tab.lines.rowCount()  # type: ignore[attr-defined]
    seen: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, BudgetLineDialog)
        ui = dialog.ui
        ui.descriptionEdit.setText("Drukwerk posters")
        ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findText("Communicatie"))
        ui.amountEdit.setText("12.50")  # a point for the cents: refused beside the field
        dialog.accept()
        seen.append(ui.amountError.text())
        assert dialog.isVisible()
        ui.amountEdit.setText("1.234,56")
        assert ui.plannedValue.text() == "€ 1.234,56"
        dialog.accept()

    dialogs.next(fill)
    tab.add_button.click()  # type: ignore[attr-defined]
    assert "gebruik een komma voor de centen" in seen[0]
    assert tab.lines.rowCount() == before + 1  # type: ignore[attr-defined]
    assert window.document is not None
    with window.document.portfolio.session() as session:
        line = session.exec(
            select(BudgetLine).where(BudgetLine.description == "Drukwerk posters")
        ).one()
    assert (line.planned_cents, line.amount_cents, line.funding_source) == (
        123_456,
        123_456,
        FundingSource.SGIA,
    )
    assert window.document.undo_stack.undoText() == "Begrotingsregel toevoegen"
    window.document.undo_stack.undo()
    assert tab.lines.rowCount() == before  # type: ignore[attr-defined]
    with window.document.portfolio.session() as session:
        assert (
            session.exec(
                select(BudgetLine).where(BudgetLine.description == "Drukwerk posters")
            ).first()
            is None
        )


def test_hours_times_rate_and_cofinancier_rules_in_the_dialog(
    window: MainWindow, dialogs: DialogAnswer
) -> None:
    tab = open_budget(window, 1)
    messages: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, BudgetLineDialog)
        ui = dialog.ui
        ui.descriptionEdit.setText("Inzet GGD-verpleegkundige")
        ui.hoursRadio.setChecked(True)
        ui.hoursEdit.setText("12,5")
        ui.rateEdit.setText("62,50")
        assert ui.plannedValue.text() == "€ 781,25"
        ui.sourceCombo.setCurrentIndex(ui.sourceCombo.findData(FundingSource.COFINANCIERING))
        dialog.accept()
        messages.append(ui.cofinancierError.text())
        ui.cofinancierCombo.setCurrentIndex(ui.cofinancierCombo.findText("GGD Drenthe"))
        dialog.accept()

    dialogs.next(fill)
    tab.add_button.click()  # type: ignore[attr-defined]
    assert messages == ["Kies de partner die cofinanciert."]
    assert window.document is not None
    with window.document.portfolio.session() as session:
        line = session.exec(select(BudgetLine).order_by(BudgetLine.id.desc())).first()  # type: ignore[union-attr]
    assert line is not None and line.planned_cents == 78_125 and line.cofinancier_id is not None


def test_year_plan_page_with_what_if_and_a_new_norm(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page("yearplan")
    page = window.page("yearplan")
    page.select_year(2025)  # type: ignore[attr-defined]
    settle(qtbot, page)
    assert page.plan.year == 2025  # type: ignore[attr-defined]
    assert not page.warning.isVisible()  # type: ignore[attr-defined]
    assert page.pipeline.rowCount() == 2  # type: ignore[attr-defined]
    page.what_if.setChecked(True)  # type: ignore[attr-defined]
    settle(qtbot, page)
    assert "Boven de norm" in page.warning.text()  # type: ignore[attr-defined]
    page.norm.setText("300.000")  # type: ignore[attr-defined]
    page.norm.editingFinished.emit()  # type: ignore[attr-defined]
    settle(qtbot, page)
    assert page.plan.norm_cents == 30_000_000  # type: ignore[attr-defined]
    assert page.warning.text() == ""  # type: ignore[attr-defined]
    page.norm.setText("drie ton")  # type: ignore[attr-defined]
    page.norm.editingFinished.emit()  # type: ignore[attr-defined]
    assert "is geen bedrag" in page.norm_error.text()  # type: ignore[attr-defined]
    assert window.document is not None
    window.document.undo_stack.undo()
    settle(qtbot, page)
    assert page.plan.norm_cents == 25_000_000  # type: ignore[attr-defined]


def test_steering_page_decision_grants_and_snapshot_shows_changes(
    window: MainWindow, dialogs: DialogAnswer, qtbot: QtBot
) -> None:
    window.show_page("steering")
    page = window.page("steering")
    settle(qtbot, page)
    assert page.meetings.count() == 12  # type: ignore[attr-defined]

    def new_meeting(dialog: QWidget) -> None:
        assert isinstance(dialog, MeetingDialog)
        dialog.ui.titleEdit.setText("SGIA november")
        dialog.accept()

    dialogs.next(new_meeting)
    page.new_meeting.click()  # type: ignore[attr-defined]
    settle(qtbot, page)
    assert page.meetings.count() == 13  # type: ignore[attr-defined]
    page.meetings.setCurrentRow(0)  # type: ignore[attr-defined]
    page.snapshot.click()  # type: ignore[attr-defined]
    settle(qtbot, page)
    assert "✓" in page.meetings.item(0).text()  # type: ignore[attr-defined]
    assert page.changes.rowCount() == 0  # type: ignore[attr-defined]

    def grant(dialog: QWidget) -> None:
        assert isinstance(dialog, DecisionDialog)
        combo = dialog.ui.projectCombo
        combo.setCurrentIndex(
            next(i for i in range(combo.count()) if combo.itemText(i).startswith("SGIA-2025-04"))
        )
        assert dialog.ui.amountEdit.text() == "45.000,00"
        dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData(DecisionKind.TOEGEKEND))
        dialog.accept()

    dialogs.next(grant)
    page.new_decision.click()  # type: ignore[attr-defined]
    assert window.document is not None
    with window.document.portfolio.session() as session:
        assert (
            session.exec(select(Project).where(Project.code == "SGIA-2025-04")).one().phase
            is Phase.GOEDGEKEURD
        )
        assert len(session.exec(select(MeetingSnapshot)).all()) == 1
        assert len(session.exec(select(Meeting)).all()) == 13
    settle(qtbot, page)
    kinds = {page.changes.item(r, 0).text() for r in range(page.changes.rowCount())}  # type: ignore[attr-defined]
    assert kinds == {"Fase", "Besluit"}


def test_dashboard_draws_charts_and_saves_them_as_png(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    page = window.page("dashboard")
    with qtbot.waitSignal(page.figures_shown, timeout=20_000):  # type: ignore[attr-defined]
        window.show_page("dashboard")  # the figures are computed on the worker thread
    assert set(page.charts) == {"budgetChart", "phaseChart", "spendingChart"}  # type: ignore[attr-defined]
    assert "2024" in page.warnings.text() and "Boven de norm" in page.warnings.text()  # type: ignore[attr-defined]
    assert page.behind.model().rowCount() > 0  # type: ignore[attr-defined]
    saved = page.charts["budgetChart"].save_png(tmp_path / "begroting")  # type: ignore[attr-defined]
    assert saved.suffix == ".png" and saved.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from PySide6.QtGui import QImage

    image = QImage(str(saved))
    assert (image.width(), image.height()) == (1500, 900)  # fixed export size, whatever the window


def test_year_plan_shows_the_year_chosen_while_the_first_load_was_running(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.show_page("yearplan")  # starts loading the default year, 2025
    page = window.page("yearplan")
    page.select_year(2024)  # type: ignore[attr-defined]
    settle(qtbot, page)
    assert page.year.currentData() == 2024  # type: ignore[attr-defined]
    assert page.plan.year == 2024  # type: ignore[attr-defined]
    codes = {page.projects.item(r, 0).text() for r in range(page.projects.rowCount())}  # type: ignore[attr-defined]
    assert "SGIA-2024-01" in codes and "SGIA-2025-01" not in codes


def test_no_grant_yet_is_not_shown_as_good_news(window: MainWindow) -> None:
    tab = open_budget(window, 18)  # SGIA-2025-03, a proposal: nothing granted yet
    assert tab.coverage.text() == "Nog geen SGIA-bedrag toegekend."  # type: ignore[attr-defined]
    assert "#1e6b34" not in tab.coverage.styleSheet()  # type: ignore[attr-defined]  # not green
    covered = open_budget(window, 5)
    assert "#1e6b34" in covered.coverage.styleSheet()  # type: ignore[attr-defined]


def test_hours_read_h_in_english(window: MainWindow, qtbot: QtBot) -> None:
    tab = open_budget(window, 5)
    window.set_language("en")
    qtbot.waitUntil(lambda: tab.lines.item(0, 5).text().startswith("160 h × "))  # type: ignore[attr-defined]
    window.set_language("nl")
    qtbot.waitUntil(lambda: tab.lines.item(0, 5).text().startswith("160 u × "))  # type: ignore[attr-defined]


def test_a_likely_typo_is_asked_about_before_it_is_saved(
    window: MainWindow, dialogs: DialogAnswer
) -> None:
    tab = open_budget(window, 1)
    before = tab.lines.rowCount()  # type: ignore[attr-defined]
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> Callable[[QWidget], None]:
        def click(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            asked.append(box.text())
            box.button(button).click()

        return click

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, BudgetLineDialog)
        dialog.ui.descriptionEdit.setText("Materiaal")
        dialog.ui.amountEdit.setText("2.500.000")  # ten times the norm: a zero too many?
        dialogs.next(answer(QMessageBox.StandardButton.No))
        dialog.accept()  # asked, and No: back in the dialog
        assert dialog.isVisible()
        dialog.ui.amountEdit.setText("2.500")
        dialog.accept()

    dialogs.next(fill)
    tab.add_button.click()  # type: ignore[attr-defined]
    assert len(asked) == 1 and "groter dan de hele norm" in asked[0]
    assert tab.lines.rowCount() == before + 1  # type: ignore[attr-defined]


def test_a_negative_rate_is_refused_beside_the_rate(
    window: MainWindow, dialogs: DialogAnswer
) -> None:
    tab = open_budget(window, 1)
    seen: dict[str, str] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, BudgetLineDialog)
        ui = dialog.ui
        ui.descriptionEdit.setText("Uren")
        ui.hoursRadio.setChecked(True)
        ui.hoursEdit.setText("10")
        ui.rateEdit.setText("-50")
        dialog.accept()
        seen["rate"], seen["amount"] = ui.rateError.text(), ui.amountError.text()
        ui.rateEdit.setText("50")
        dialog.accept()
        seen["after"] = ui.rateError.text()

    dialogs.next(fill)
    tab.add_button.click()  # type: ignore[attr-defined]
    assert seen["rate"] and not seen["amount"] and not seen["after"]


def test_in_english_amounts_and_dates_are_written_and_typed_the_english_way(
    window: MainWindow, dialogs: DialogAnswer
) -> None:
    window.languages.switch("en")
    tab = open_budget(window, 5)
    assert tab.lines.item(0, 5).text() == "160 h × €62.50 (rate fixed)"  # type: ignore[attr-defined]
    assert "Budgeted €" in tab.totals.text() and "Co-financing share 25.8 %" in tab.totals.text()  # type: ignore[attr-defined]
    assert "Covered: SGIA share €" in tab.coverage.text()  # type: ignore[attr-defined]
    assert re.fullmatch(r"20[0-9]{2}-[0-9]{2}-[0-9]{2}", tab.bookings.item(0, 0).text())  # type: ignore[attr-defined]
    seen: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, BudgetLineDialog)
        ui = dialog.ui
        ui.descriptionEdit.setText("Printing posters")
        ui.amountEdit.setText("12,50")  # a comma for the cents, the Dutch way: refused in English
        dialog.accept()
        seen.append(ui.amountError.text())
        ui.amountEdit.setText("1,234.56")
        assert ui.plannedValue.text() == "€1,234.56"
        dialog.accept()

    dialogs.next(fill)
    tab.add_button.click()  # type: ignore[attr-defined]
    assert "use a point for the cents, as in 12.50" in seen[0]
    assert window.document is not None
    with window.document.portfolio.session() as session:
        line = session.exec(
            select(BudgetLine).where(BudgetLine.description == "Printing posters")
        ).one()
    assert line.planned_cents == 123_456
