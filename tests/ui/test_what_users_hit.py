"""What users hit, round three (issue 23), each as a user meets it: a window that fits the
screen, date fields their label's Alt+letter reaches, a search that Down and Enter lead out of,
an Alt+letter that types nothing, and a new record whose name is ready to be typed over."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from fieldlab_desk.ui.mainwindow import DEFAULT_SIZE, MainWindow
from tests.ui.conftest import DialogAnswer, settle

ALT = Qt.KeyboardModifier.AltModifier


def inside(frame: QRect, available: QRect) -> bool:
    return available.contains(frame.topLeft()) and available.contains(frame.bottomRight())


def test_a_first_start_fits_the_screen_and_a_remembered_window_comes_back_on_it(
    make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    window = make_window()
    available = window.screen().availableGeometry()
    small = available.width() < DEFAULT_SIZE[0] or available.height() < DEFAULT_SIZE[1]
    assert window.start_maximized == small  # the test screen is 800×800: a small one
    window.show_first()
    if small:
        qtbot.waitUntil(lambda: bool(window.windowState() & Qt.WindowState.WindowMaximized))
        qtbot.waitUntil(lambda: inside(window.frameGeometry(), available))
    window.showNormal()
    window.resize(available.width() + 600, available.height() + 400)  # a bigger screen's size
    window.move(QPoint(available.right() + 500, available.bottom() + 300))  # and its place
    window.fit_to_screen()
    qtbot.waitUntil(lambda: inside(window.frameGeometry(), available))
    assert window.width() <= available.width() and window.height() <= available.height()


def test_a_date_fields_label_takes_the_keyboard_into_it(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page("projects")
    window.projects_page.open_project(4)
    general = window.projects_page.editor.general
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    general.ui.titleEdit.setFocus()
    label = general.ui.startEditLabel.text()
    letter = label[label.index("&") + 1]
    qtbot.keyClick(QApplication.focusWidget(), getattr(Qt.Key, f"Key_{letter.upper()}"), ALT)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is general.ui.startEdit.edit)
    leader = general.ui.leaderCombo.currentText()
    general.ui.startEdit.edit.selectAll()
    qtbot.keyClicks(QApplication.focusWidget(), "1-3-2023")  # typed where the label led
    assert general.ui.startEdit.edit.text() == "1-3-2023"
    assert general.ui.leaderCombo.currentText() == leader  # not into the field before it


def test_the_search_leads_into_the_results_by_down_and_opens_by_enter(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.show_page("projects")
    projects = window.projects_page
    view = projects.list
    settle(qtbot, projects)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.focus_search()
    qtbot.keyClick(view.search, Qt.Key.Key_O, ALT)  # no mnemonic takes it here
    assert view.search.text() == ""
    qtbot.keyClicks(view.search, "kraamzorg")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)  # before the results came: opens the one
    qtbot.waitUntil(lambda: projects.editing() == 4)
    projects.show_list()
    view.focus_search()
    view.search.clear()
    qtbot.keyClicks(view.search, "SGIA-2024")
    qtbot.waitUntil(lambda: view.model.rowCount() > 1 and all(
        (view.model.index(r, 0).data() or "").startswith("SGIA-2024")
        for r in range(view.model.rowCount())))  # fmt: skip
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    qtbot.waitUntil(view.table.hasFocus)
    assert view.table.currentIndex().row() == 0
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    chosen = view.model.project_id(view.table.currentIndex().row())
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: projects.editing() == chosen)


def test_a_new_record_puts_the_keyboard_in_its_name(window: MainWindow, qtbot: QtBot) -> None:
    for page_name in ("fieldlabs", "organisations"):
        window.show_page(page_name)
        page = window.page(page_name)
        editor = page if page_name == "fieldlabs" else page.organisations  # type: ignore[attr-defined]
        editor.new_button.click()  # type: ignore[attr-defined]
        name = editor.form.findChild(type(window.projects_page.list.search), "nameEdit")  # type: ignore[attr-defined]
        qtbot.waitUntil(name.hasFocus)
        assert name.selectedText() == name.text() != ""  # typing replaces "Nieuw …"


def test_the_export_offers_the_year_on_screen(
    window: MainWindow, dialogs: DialogAnswer, qtbot: QtBot
) -> None:
    """The dashboard shows 2025 (the demo's year): Enter alone exports 2025, not the calendar's."""
    window.show_page("dashboard")
    dashboard = window.page("dashboard")
    settle(qtbot, dashboard)
    shown = dashboard.year.currentData()  # type: ignore[attr-defined]
    offered: list[int] = []

    def read_year(dialog: QWidget) -> None:
        offered.append(dialog.ui.yearSpin.value())  # type: ignore[attr-defined]
        dialog.reject()

    dialogs.next(read_year)
    window.menu_actions.export.trigger()
    qtbot.waitUntil(lambda: bool(offered))
    assert offered == [shown] == [2025]
    window.show_page("projects")  # elsewhere: the year of the day the demo is judged on
    dialogs.next(read_year)
    window.menu_actions.export.trigger()
    qtbot.waitUntil(lambda: len(offered) == 2)
    assert offered[1] == 2025


def test_the_history_names_an_activity_never_its_id(window: MainWindow, qtbot: QtBot) -> None:
    """Moving a budget line to another activity reads "… → <the activity's words>"."""
    from fieldlab_desk.domain.enums import ToCLevel
    from fieldlab_desk.services.budget import project_budget_view
    from fieldlab_desk.services.edits import set_fields
    from fieldlab_desk.services.toc import chain

    document = window.document
    assert document is not None
    view = document.read(chain, 4)
    assert view is not None
    activities = [e for e in view.elements if e.level is ToCLevel.ACTIVITEIT]
    line = document.read(project_budget_view, 4).lines[0]
    target = activities[-1]  # another activity than the first line's (staff: the first)
    document.edit(set_fields, "Regel aan activiteit", "budget_line", (line.id,),
                  {"activity_id": target.id})  # fmt: skip
    window.show_page("projects")
    window.projects_page.open_project(4)
    editor = window.projects_page.editor
    editor.tabs.setCurrentWidget(editor.history)
    editor.history.load(4)
    newest = [editor.history.changes.item(0, column).text() for column in range(5)]
    assert newest[4] == target.text and not newest[3].isdigit()


def test_a_partial_grant_or_a_rejection_is_summed_up_and_confirmed(
    qapp: object, qtbot: QtBot, dialogs: DialogAnswer
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from fieldlab_desk.domain.enums import DecisionKind, Phase
    from fieldlab_desk.services.steering import DecisionCandidate
    from fieldlab_desk.ui.dialogs.steering_dialogs import DecisionDialog
    from tests.ui.conftest import accept

    asked = DecisionCandidate(7, "SGIA-2025-03", "Voorleesrobot in de kinderopvang",
                              Phase.VOORSTEL, 3_500_000, {2025: 3_500_000})  # fmt: skip
    dialog = DecisionDialog([asked], "09-09-2025 · Regulier", 2025, "nl")
    qtbot.addWidget(dialog)
    assert dialog.ui.amountEditLabel.text() == "&Toegekend bedrag voor 2025 (€):"
    dialog.ui.amountEdit.setText("25.000")
    dialogs.next(lambda box: box.button(QMessageBox.StandardButton.No).click())  # type: ignore[attr-defined]
    dialog.accept()
    assert dialogs.texts == ["SGIA-2025-03: € 25.000,00 van € 35.000,00 toegekend; project gaat "
                             "naar Goedgekeurd. Vastleggen?"]  # fmt: skip
    assert dialog.result() == 0 and dialog.grants == {}  # No: still open, nothing chosen
    dialogs.next(accept)
    dialog.accept()
    assert dialog.grants == {2025: 2_500_000}
    rejected = DecisionDialog([asked], "09-09-2025 · Regulier", 2025, "nl")
    qtbot.addWidget(rejected)
    rejected.ui.kindCombo.setCurrentIndex(rejected.ui.kindCombo.findData(DecisionKind.AFGEWEZEN))
    dialogs.next(accept)
    rejected.accept()
    assert dialogs.texts[-1] == "SGIA-2025-03: afgewezen; project gaat naar Gestopt. Vastleggen?"


def test_new_indicators_count_participants_and_a_second_measurement_is_no_nulmeting(
    window: MainWindow, qtbot: QtBot
) -> None:
    import dataclasses

    from fieldlab_desk.domain.enums import MeasurementKind, UnitSubject
    from fieldlab_desk.services.effect import project_indicators
    from fieldlab_desk.ui.dialogs.effect_dialogs import IndicatorDialog, MeasurementDialog

    document = window.document
    assert document is not None
    new = IndicatorDialog(None, [], [], "nl", window)
    qtbot.addWidget(new)
    assert new.ui.subjectCombo.currentData() == UnitSubject.DEELNEMERS
    row = document.read(project_indicators, 4)[0]
    only_baseline = dataclasses.replace(row, measurements=())  # a nulmeting on the indicator
    assert only_baseline.baseline_value is not None
    measured = MeasurementDialog(only_baseline, None, "nl", window)
    qtbot.addWidget(measured)
    assert measured.ui.kindCombo.currentData() == MeasurementKind.TUSSENMETING
    fresh = MeasurementDialog(dataclasses.replace(only_baseline, baseline_value=None), None,
                              "nl", window)  # fmt: skip
    qtbot.addWidget(fresh)
    assert fresh.ui.kindCombo.currentData() == MeasurementKind.NULMETING


def test_an_empty_portfolio_shows_its_first_steps_and_they_work(
    make_window: Callable[[], MainWindow], qtbot: QtBot, tmp_path: object
) -> None:
    from pathlib import Path

    window = make_window()
    path = Path(str(tmp_path)) / "leeg.fieldlab"
    assert window.files.create_new(path, ("Bibliotheek Zuidwest", None, "Leeg", "empty"))
    view = window.projects_page.list
    qtbot.waitUntil(view.first_steps.isVisible)
    assert "nog leeg" in view.first_steps_text.text()
    view.search.setText("iets")  # a search that finds nothing is no empty portfolio
    view.apply_filter()
    qtbot.waitUntil(lambda: not view.first_steps.isVisible())
    view.search.clear()
    view.apply_filter()
    qtbot.waitUntil(view.first_steps.isVisible)
    view.step_buttons["fieldlab"].click()
    qtbot.waitUntil(lambda: window.current_page() == "fieldlabs")
    assert window.page("fieldlabs").list.count() == 1  # type: ignore[attr-defined]
    window.show_page("projects")
    view.step_buttons["project"].click()
    qtbot.waitUntil(lambda: window.projects_page.editing() is not None)
    window.projects_page.show_list()
    qtbot.waitUntil(lambda: not view.first_steps.isVisible())  # it has a project now


def test_saved_outputs_are_named_in_the_interfaces_language(
    window: MainWindow, qtbot: QtBot, tmp_path: object, monkeypatch: object
) -> None:
    """In English, the suggested names are English: steering-pack-2025.xlsx, not
    stuurgroeppakket-2025.xlsx (and the other way round in Dutch)."""
    from PySide6.QtWidgets import QFileDialog

    from fieldlab_desk.domain.texts import file_name

    assert file_name("pack", "en", 2025, suffix=".xlsx") == "steering-pack-2025.xlsx"
    assert file_name("plan", "nl", "SGIA-2024-01", suffix=".pdf") == "projectplan-SGIA-2024-01.pdf"
    assert file_name("template", "en", "", suffix=".xlsx") == "import-template.xlsx"
    suggested: list[str] = []

    def cancel(*args: object, **_: object) -> tuple[str, str]:
        suggested.append(str(args[2]))
        return "", ""  # the user cancels: nothing written

    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancel)  # type: ignore[attr-defined]
    window.set_language("en")
    window.show_page("projects")
    window.projects_page.open_project(4)
    qtbot.waitUntil(lambda: window.open_project_code() == "SGIA-2023-04")
    window.menu_actions.template.trigger()
    qtbot.waitUntil(lambda: bool(suggested))
    assert suggested == ["import-template-SGIA-2023-04.xlsx"]
    window.set_language("nl")


def test_a_fieldlab_is_made_from_the_project_form(
    window: MainWindow, qtbot: QtBot, dialogs: DialogAnswer
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from fieldlab_desk.services import catalog, projects

    window.show_page("projects")
    window.projects_page.open_project(1)
    general = window.projects_page.editor.general
    combo = general.ui.fieldlabCombo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Tab)  # the button comes next in the Tab order
    assert QApplication.focusWidget() is general.new_fieldlab

    def name_it(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("Fieldlab Leesbevordering Zuidoost")
        dialog.accept()

    dialogs.next(name_it)
    qtbot.keyClick(general.new_fieldlab, Qt.Key.Key_Space)
    document = window.document
    assert document is not None
    made = next(c for c in document.read(catalog.fieldlabs)
                if c.name_nl == "Fieldlab Leesbevordering Zuidoost")  # fmt: skip
    assert document.read(projects.project_details, 1).fieldlab_id == made.id  # type: ignore[union-attr]
    assert combo.currentText() == "Fieldlab Leesbevordering Zuidoost"


def test_budget_descriptions_are_readable_at_1366_with_the_figures_in_view(
    window: MainWindow, qtbot: QtBot
) -> None:
    """At 1366×768 the Omschrijving column takes the room the funding source gives up: each
    description fits its two lines whole, and the last figure (Prognose) is still in view."""
    window.resize(1366, 768)
    window.show_page("projects")
    window.projects_page.open_project(4)  # BoekStart: "Werving via kraamzorg en consultatiebureau"
    editor = window.projects_page.editor
    editor.tabs.setCurrentWidget(editor.budget)
    qtbot.wait(20)
    table = editor.budget.lines
    header, metrics = table.horizontalHeader(), table.fontMetrics()
    last = table.columnCount() - 1
    assert table.horizontalScrollBar().maximum() == 0
    assert (
        header.sectionViewportPosition(last) + header.sectionSize(last) <= table.viewport().width()
    )
    room = table.columnWidth(2) - 12  # the cell's margins
    for row in range(table.rowCount()):
        text = table.item(row, 2).text()  # type: ignore[union-attr]
        assert max(metrics.horizontalAdvance(word) for word in text.split()) <= room, text
        assert metrics.horizontalAdvance(text) <= 2 * room, (text, table.columnWidth(2))
        assert table.item(row, 2).toolTip() == text  # type: ignore[union-attr]
        source = table.item(row, 3)
        assert source is not None and source.toolTip() == source.text()


def test_the_half_year_offered_for_a_demo_is_that_of_its_own_day(
    window: MainWindow, qtbot: QtBot
) -> None:
    """The demo is judged on 30-09-2025: its report periods end there (the last whole one,
    2025H1, chosen), not at the computer's date, as the figures beside them do."""
    assert window.document is not None
    assert window.document.facts.reference_day == dt.date(2025, 9, 30)
    window.show_page("projects")
    window.projects_page.open_project(4)
    editor = window.projects_page.editor
    editor.tabs.setCurrentWidget(editor.effect)
    window.show_page("indicators")
    for combo in (editor.effect.report_period, window.page("indicators").period):  # type: ignore[attr-defined]
        offered = [combo.itemText(i) for i in range(combo.count())]
        assert offered[:3] == ["2025H2", "2025H1", "2024H2"], offered
        assert combo.currentText() == "2025H1"


def test_the_indicator_filters_speak_the_new_language_and_keep_their_choices(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.show_page("indicators")
    page = window.page("indicators")
    settle(qtbot, page)  # type: ignore[arg-type]
    page.status.setCurrentIndex(2)  # type: ignore[attr-defined]
    settle(qtbot, page)  # type: ignore[arg-type]
    period = page.period.currentText()  # type: ignore[attr-defined]
    window.set_language("en")
    qtbot.waitUntil(lambda: page.heading.text() == "Indicators of the portfolio")  # type: ignore[attr-defined]
    assert page.theme.itemText(0) == "All challenges and themes"  # type: ignore[attr-defined]
    assert page.year.itemText(0) == "All years"  # type: ignore[attr-defined]
    assert page.status.currentIndex() == 2  # type: ignore[attr-defined]
    assert page.period.currentText() == period  # type: ignore[attr-defined]
    window.set_language("nl")
