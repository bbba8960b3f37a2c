"""No keyboard traps: Tab goes round every page, through every control and out of every table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from pytestqt.qtbot import QtBot

from fieldlab_desk.ui.mainwindow import PAGES, MainWindow
from tests.ui.conftest import settle


def focusable(root: QWidget, window: QWidget) -> list[QWidget]:
    return [
        w for w in root.findChildren(QWidget)
        if w.isVisibleTo(window) and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None and not isinstance(w.parent(), QAbstractItemView.__mro__[0])
        and w.window() is window
    ]  # fmt: skip


def tab_round(qtbot: QtBot, start: QWidget, limit: int = 400) -> list[QWidget]:
    """Press Tab from ``start`` until focus is back there; fail on a trap."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    visited = [start]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is start:
            return visited
        if now in visited[-3:] and now is visited[-1]:
            pytest.fail(f"Tab stays on {now.objectName() or type(now).__name__}")
        visited.append(now)
    pytest.fail(
        "Tab never came back: a trap after "
        + " → ".join(w.objectName() or type(w).__name__ for w in visited[-6:])
    )


def check_page(window: MainWindow, qtbot: QtBot, root: QWidget) -> None:
    visited = tab_round(qtbot, window.sidebar)
    missed = [
        w
        for w in focusable(root, window)
        if w not in visited and not w.isAncestorOf(QApplication.focusWidget())
    ]
    names = sorted({w.objectName() or type(w).__name__ for w in missed})
    assert names == [], names


@pytest.mark.parametrize("name", PAGES)
def test_tab_goes_round_every_page(window: MainWindow, qtbot: QtBot, name: str) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_page(name)
    settle(qtbot, window.page(name)) if hasattr(window.page(name), "loader") else None
    check_page(window, qtbot, window.page(name))  # type: ignore[arg-type]


@pytest.mark.parametrize("tab", [0, 1, 2, "2-diagram", 3, 4, 5])
def test_tab_goes_round_every_tab_of_the_project_editor(
    window: MainWindow, qtbot: QtBot, tab: int | str
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_page("projects")
    window.projects_page.open_project(5)
    editor = window.projects_page.editor
    editor.tabs.setCurrentIndex(int(str(tab)[0]))
    if tab == "2-diagram":  # the veranderketen's diagram: its boxes are reached by arrow keys
        editor.toc.views.setCurrentIndex(1)
    check_page(window, qtbot, editor.tabs.currentWidget())


def dialogs_to_check(window: MainWindow) -> dict[str, QWidget]:
    import datetime as dt
    from pathlib import Path

    from fieldlab_desk.domain.enums import Phase, RequestKind, RequestStatus, ToCLevel
    from fieldlab_desk.domain.terms import TermKind
    from fieldlab_desk.services.catalog import municipalities as read_places
    from fieldlab_desk.services.catalog import organisations as read_orgs
    from fieldlab_desk.services.catalog import terms as read_terms
    from fieldlab_desk.services.requests import RequestRow
    from fieldlab_desk.services.steering import decision_candidates
    from fieldlab_desk.services.steering import meetings as read_meetings
    from fieldlab_desk.services.toc import chain
    from fieldlab_desk.ui.dialogs.adoption_dialog import AdoptionDialog
    from fieldlab_desk.ui.dialogs.budget_dialogs import BookingDialog, BudgetLineDialog
    from fieldlab_desk.ui.dialogs.milestone_dialog import MilestoneDialog
    from fieldlab_desk.ui.dialogs.new_portfolio import NewPortfolioDialog
    from fieldlab_desk.ui.dialogs.phase_dialog import PhaseDialog
    from fieldlab_desk.ui.dialogs.request_dialog import RequestDialog
    from fieldlab_desk.ui.dialogs.steering_dialogs import (
        DecisionDialog,
        MeetingDialog,
        RequestDecisionDialog,
    )
    from fieldlab_desk.ui.dialogs.toc_dialogs import ElementDialog, LinkDialog, TemplateDialog

    assert window.document is not None
    document = window.document

    def terms(kind: TermKind) -> object:
        return document.read(read_terms, kind)

    def meetings(_window: MainWindow) -> list:  # type: ignore[type-arg]
        return document.read(read_meetings)

    candidates = window.document.read(decision_candidates)
    chain_view = window.document.read(chain, 4)
    assert chain_view is not None
    from fieldlab_desk.services import effect
    from fieldlab_desk.ui.dialogs.effect_dialogs import IndicatorDialog, MeasurementDialog

    indicators = window.document.read(effect.project_indicators, 4)
    elements = window.document.read(effect.measured_elements, 4)
    library = window.document.read(effect.library_entries)
    survey = next(i for i in indicators if i.unit == "%")
    from fieldlab_desk.services.importing import ImportPreview
    from fieldlab_desk.ui.export_actions import ExportDialog
    from fieldlab_desk.ui.import_actions import ImportDialog

    return {
        "import": ImportDialog(
            ImportPreview("SGIA-2023-04", ["Begroting!G2: …"], ["Begroting!G3: …"]), window
        ),
        "export": ExportDialog("SGIA-2023-04", 2024, window),
        "indicator": IndicatorDialog(indicators[0], elements, library, "nl", window),
        "measurement": MeasurementDialog(survey, survey.measurements[-1], "nl", window),
        "toc element": ElementDialog(
            chain_view, chain_view.at(ToCLevel.ACTIVITEIT)[0], ToCLevel.ACTIVITEIT, "nl", window
        ),
        "toc link": LinkDialog(chain_view, chain_view.links[0], None, "nl", window),
        "toc template": TemplateDialog("nl", window),
        "meeting": MeetingDialog("nl", window),
        "decision": DecisionDialog(candidates, "09-09-2025", 2025, "nl", window),
        "budget line": BudgetLineDialog(None, 2025, [("Facet", 1)], "nl", window),
        "booking": BookingDialog("2025 · Materiaal", "nl", window),
        "milestone": MilestoneDialog(None, "nl", window),
        "phase": PhaseDialog(Phase.VOORSTEL, "nl", window),
        "new portfolio": NewPortfolioDialog(Path("nieuw.fieldlab"), "nl", window),
        "request": RequestDialog(
            "SGIA-2024-01 — Veilig online voor senioren",
            [2024, 2025],
            terms(TermKind.COST_CATEGORY),
            lambda _data: [],
            "nl",
            window,
            today=dt.date(2025, 9, 30),
        ),
        "adoption": AdoptionDialog(
            "SGIA-2023-03 — Digicafé",
            None,
            document.read(read_orgs),
            document.read(read_places),
            "nl",
            window,
            today=dt.date(2025, 9, 30),
        ),
        "request decision": RequestDecisionDialog(
            RequestRow(
                1,
                10,
                "SGIA-2024-01",
                "Veilig online voor senioren",
                RequestKind.OVERHEVELING,
                dt.date(2025, 10, 2),
                "Anna",
                "Uitgelopen.",
                RequestStatus.INGEDIEND,
                None,
                None,
                2024,
                100_000,
                "",
                "",
                "",
                None,
                "",
                None,
                "",
            ),
            terms(TermKind.COST_CATEGORY),
            meetings(window)[0],
            True,
            "nl",
            window,
        ),
    }


@pytest.mark.parametrize(
    "name",
    ["meeting", "decision", "budget line", "booking", "milestone", "phase", "new portfolio",
     "toc element", "toc link", "toc template", "indicator", "measurement", "export", "import",
     "request", "request decision", "adoption"],
)  # fmt: skip
def test_tab_goes_round_every_dialog(window: MainWindow, qtbot: QtBot, name: str) -> None:
    dialog = dialogs_to_check(window)[name]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    first = dialog.focusWidget() or dialog.nextInFocusChain()
    visited = tab_round(qtbot, first)
    missed = [w for w in focusable(dialog, dialog) if w not in visited]
    assert sorted({w.objectName() or type(w).__name__ for w in missed}) == []
