"""Steering-group records that add up: grants, rejections, the right meeting, complete
decisions, snapshots and norms — driven through the real pages and dialogs."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import select

from fieldlab_desk.domain.enums import DecisionKind
from fieldlab_desk.domain.models import MeetingSnapshot
from fieldlab_desk.services.yearplan import dashboard_figures
from fieldlab_desk.ui.dialogs.steering_dialogs import DecisionDialog, MeetingDialog
from fieldlab_desk.ui.mainwindow import MainWindow
from tests.test_cli import run
from tests.ui.conftest import DialogAnswer, accept, settle


def steering(window: MainWindow, qtbot: QtBot) -> object:
    window.show_page("steering")
    page = window.page("steering")
    settle(qtbot, page)
    return page


def add_meeting(
    page: object, dialogs: DialogAnswer, qtbot: QtBot, title: str = "SGIA december"
) -> None:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, MeetingDialog)
        dialog.ui.titleEdit.setText(title)
        dialog.accept()

    dialogs.next(fill)
    page.new_meeting.click()  # type: ignore[attr-defined]
    settle(qtbot, page)


def choose(dialog: DecisionDialog, code: str, kind: DecisionKind) -> None:
    combo = dialog.ui.projectCombo
    combo.setCurrentIndex(
        next(i for i in range(combo.count()) if combo.itemText(i).startswith(code))
    )
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData(kind))


def test_a_partial_grant_is_the_allocation_everywhere(
    window: MainWindow, dialogs: DialogAnswer, qtbot: QtBot, demo_path: Path
) -> None:
    page = steering(window, qtbot)
    add_meeting(page, dialogs, qtbot)
    assert window.document is not None
    before = window.document.read(dashboard_figures, 2025, False).plan
    titles: list[str] = []

    def grant_part(dialog: QWidget) -> None:
        assert isinstance(dialog, DecisionDialog)
        titles.append(dialog.windowTitle())
        choose(dialog, "SGIA-2025-03", DecisionKind.TOEGEKEND)
        assert dialog.ui.amountEdit.text() == "35.000,00"  # starts at the ask
        dialog.ui.amountEdit.setText("30.000")
        dialogs.next(accept)  # less than asked: summed up, and confirmed
        dialog.accept()

    dialogs.next(grant_part)
    page.new_decision.click()  # type: ignore[attr-defined]
    assert titles == [
        f"Besluit van de vergadering van {dt.date.today():%d-%m-%Y} · Reguliere vergadering"
    ]
    after = window.document.read(dashboard_figures, 2025, False).plan
    assert after.claimed_cents == before.claimed_cents + 3_000_000
    window.show_page("yearplan")
    plan_page = window.page("yearplan")
    plan_page.select_year(2025)  # type: ignore[attr-defined]
    settle(qtbot, plan_page)
    assert plan_page.plan.claimed_cents == after.claimed_cents  # type: ignore[attr-defined]
    assert "SGIA-2025-03" in plan_page.warning.text()  # type: ignore[attr-defined]  # over its grant
    listed = run("yearplan", str(demo_path), "--year", "2025", "--json")
    assert json.loads(listed.stdout)["claimed_cents"] == after.claimed_cents


def test_a_new_meeting_is_the_one_chosen_and_shows_its_title(
    window: MainWindow, dialogs: DialogAnswer, qtbot: QtBot
) -> None:
    page = steering(window, qtbot)
    page.meetings.setCurrentRow(5)  # type: ignore[attr-defined]
    add_meeting(page, dialogs, qtbot, "SGIA extra overleg")
    chosen = page.current_meeting()  # type: ignore[attr-defined]
    assert chosen is not None and chosen.title == "SGIA extra overleg"
    assert "SGIA extra overleg" in page.meetings.currentItem().text()  # type: ignore[attr-defined]


def test_decisions_must_be_complete_and_conditions_apply_only_where_they_do(
    window: MainWindow, dialogs: DialogAnswer, qtbot: QtBot
) -> None:
    page = steering(window, qtbot)
    add_meeting(page, dialogs, qtbot)
    seen: dict[str, object] = {}

    def incomplete(dialog: QWidget) -> None:
        assert isinstance(dialog, DecisionDialog)
        choose(dialog, "SGIA-2025-03", DecisionKind.TOEGEKEND)
        seen["conditions enabled for a grant"] = dialog.ui.conditionsEdit.isEnabled()
        dialog.ui.amountEdit.setText("0")
        dialog.accept()
        seen["zero"] = dialog.ui.amountError.text()
        dialog.ui.kindCombo.setCurrentIndex(
            dialog.ui.kindCombo.findData(DecisionKind.VOORWAARDELIJK)
        )
        dialog.ui.amountEdit.setText("10.000")
        dialog.accept()
        seen["no conditions"] = dialog.conditions_error.text()
        seen["still open"] = dialog.isVisible()
        dialog.reject()

    dialogs.next(incomplete)
    page.new_decision.click()  # type: ignore[attr-defined]
    assert seen == {
        "conditions enabled for a grant": False,
        "zero": "Vul het toegekende bedrag in; het moet meer dan € 0 zijn.",
        "no conditions": "Schrijf de voorwaarden op waaronder is toegekend.",
        "still open": True,
    }


def test_freezing_figures_twice_asks_and_keeps_or_replaces(
    window: MainWindow, dialogs: DialogAnswer, qtbot: QtBot
) -> None:
    page = steering(window, qtbot)
    add_meeting(page, dialogs, qtbot)
    page.snapshot.click()  # type: ignore[attr-defined]
    settle(qtbot, page)
    assert window.document is not None

    def snapshots() -> list[MeetingSnapshot]:
        with window.document.portfolio.session() as session:  # type: ignore[union-attr]
            return list(session.exec(select(MeetingSnapshot)).all())

    first = snapshots()
    assert len(first) == 1

    def answer(text: str) -> None:
        def click(dialog: QWidget) -> None:
            assert isinstance(dialog, QMessageBox)
            [button] = [b for b in dialog.buttons() if b.text().replace("&", "") == text]
            button.click()

        dialogs.next(click)

    answer("Houden")
    page.snapshot.click()  # type: ignore[attr-defined]
    assert [s.taken_at for s in snapshots()] == [first[0].taken_at]
    answer("Vervangen")
    page.snapshot.click()  # type: ignore[attr-defined]
    replaced = snapshots()
    assert len(replaced) == 1 and replaced[0].taken_at != first[0].taken_at
    assert dialogs.titles[1:] == ["Cijfers vastleggen", "Cijfers vastleggen"]  # asked both times


def test_norms_are_positive_and_three_years_ahead_can_be_planned(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.show_page("yearplan")
    page = window.page("yearplan")
    settle(qtbot, page)
    years = [page.year.itemData(i) for i in range(page.year.count())]  # type: ignore[attr-defined]
    assert dt.date.today().year + 3 in years and min(years) <= 2023
    page.norm.setText("0")  # type: ignore[attr-defined]
    page.norm.editingFinished.emit()  # type: ignore[attr-defined]
    assert page.norm_error.text() == "Een norm moet meer dan € 0 zijn."  # type: ignore[attr-defined]
    assert page.plan.norm_cents == 25_000_000  # type: ignore[attr-defined]
