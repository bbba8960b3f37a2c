"""The Effectmeting tab driven as a user does: an indicator and a measurement added with the
keyboard only and both undone; a survey entered as count of total; whole counts refused."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from fieldlab_desk.services.effect import IndicatorRow, project_indicators
from fieldlab_desk.ui.dialogs.effect_dialogs import IndicatorDialog, MeasurementDialog
from fieldlab_desk.ui.mainwindow import MainWindow
from fieldlab_desk.ui.views.effect_tab import EffectTab
from tests.ui.conftest import DialogAnswer
from tests.ui.test_toc_tab import alt, answered, keyboard, keyboard_in, safely, undo

PROJECT = 4


def open_effect(window: MainWindow, qtbot: QtBot) -> EffectTab:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_page("projects")
    window.projects_page.open_project(PROJECT)
    editor = window.projects_page.editor
    qtbot.wait(30)
    alt(qtbot, editor.tabs.tabText(3))  # Alt+E: Effectmeting
    qtbot.waitUntil(lambda: editor.tabs.currentWidget() is editor.effect)
    qtbot.wait(30)
    return editor.effect


def stored(window: MainWindow) -> list[IndicatorRow]:
    assert window.document is not None
    return window.document.read(project_indicators, PROJECT)


def press(qtbot: QtBot, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), key)


def test_an_indicator_and_a_measurement_by_keyboard_then_both_undone(
    window: MainWindow, qtbot: QtBot, dialogs: DialogAnswer
) -> None:
    tab = open_effect(window, qtbot)
    before = stored(window)

    def new_indicator(dialog: QWidget) -> None:
        assert isinstance(dialog, IndicatorDialog)
        ui = dialog.ui
        keyboard_in(qtbot, dialog)
        assert QApplication.focusWidget() is ui.libraryCombo
        qtbot.keyClick(ui.libraryCombo, Qt.Key.Key_Down)  # the first library entry
        press(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is ui.nameEdit
        assert ui.nameEdit.text() == "Bereikte deelnemers (totaal)" and ui.wholeCheck.isChecked()
        qtbot.keyClick(ui.nameEdit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(ui.nameEdit, "Ouders bereikt")
        while QApplication.focusWidget() is not ui.targetEdit:
            press(qtbot, Qt.Key.Key_Tab)
        qtbot.keyClicks(ui.targetEdit, "1.200")  # Dutch thousands
        qtbot.keyClick(ui.targetEdit, Qt.Key.Key_Return)

    dialogs.next(safely(new_indicator))
    tab.indicators.setFocus()
    qtbot.keyClick(tab.indicators, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: answered() and len(stored(window)) == len(before) + 1)
    added = next(r for r in stored(window) if r.name == "Ouders bereikt")
    assert added.target_value == 1200 and added.whole_numbers and added.library_id is not None
    assert tab.selected_indicator() is not None and tab.selected_indicator().id == added.id  # type: ignore[union-attr]

    def new_measurement(dialog: QWidget) -> None:
        assert isinstance(dialog, MeasurementDialog)
        ui = dialog.ui
        keyboard_in(qtbot, dialog)
        while QApplication.focusWidget() is not ui.valueEdit:
            press(qtbot, Qt.Key.Key_Tab)
        qtbot.keyClicks(ui.valueEdit, "12,5")  # a fraction of a count: refused beside the field
        qtbot.keyClick(ui.valueEdit, Qt.Key.Key_Return)
        assert dialog.isVisible() and "heel getal" in ui.valueError.text()
        ui.valueEdit.selectAll()
        qtbot.keyClicks(ui.valueEdit, "340")
        qtbot.keyClick(ui.valueEdit, Qt.Key.Key_Return)

    dialogs.next(safely(new_measurement))
    qtbot.keyClick(keyboard(qtbot), Qt.Key.Key_Tab)  # from the indicators to the measurements
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    tab.measurements.setFocus() if QApplication.focusWidget() is not tab.measurements else None
    qtbot.keyClick(tab.measurements, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: answered() and any(
        r.id == added.id and r.measurements for r in stored(window)))  # fmt: skip
    measured = next(r for r in stored(window) if r.id == added.id)
    # the first measurement of a new indicator is its nulmeting, a later one a tussenmeting
    assert [(m.kind.value, m.value) for m in measured.measurements] == [("nulmeting", 340)]
    assert measured.status.value == "no_data"
    assert tab.measurements.item(0, 2).text() == "340"  # type: ignore[union-attr]
    for _ in range(2):
        undo(qtbot, window)
    qtbot.waitUntil(lambda: [r.id for r in stored(window)] == [r.id for r in before])


def test_a_survey_entered_as_count_of_total_keeps_its_parts(
    window: MainWindow, qtbot: QtBot, dialogs: DialogAnswer
) -> None:
    tab = open_effect(window, qtbot)
    survey = next(n for n, r in enumerate(tab.rows) if r.unit == "%")
    tab.indicators.selectRow(survey)
    indicator_id = tab.rows[survey].id

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, MeasurementDialog)
        ui = dialog.ui
        ui.fractionCheck.setChecked(True)
        ui.numeratorEdit.setText("42")
        ui.denominatorEdit.setText("60")
        assert ui.valueEdit.text() == "70"  # shown as it is typed
        dialog.accept()

    dialogs.next(safely(answer))
    tab.add_measurement.click()
    qtbot.waitUntil(answered)
    row = next(r for r in stored(window) if r.id == indicator_id)
    newest = max(row.measurements, key=lambda m: m.id)
    assert (newest.value, newest.numerator, newest.denominator, newest.sample_size) == (
        70,
        42,
        60,
        60,
    )
    assert any("(42 van 60)" in (tab.measurements.item(i, 2).text() or "")  # type: ignore[union-attr]
               for i in range(tab.measurements.rowCount()))  # fmt: skip


def test_the_tab_shows_status_by_word_and_sign_and_draws_a_chart(
    window: MainWindow, qtbot: QtBot
) -> None:
    tab = open_effect(window, qtbot)
    statuses = {tab.indicators.item(i, 6).text() for i in range(tab.indicators.rowCount())}  # type: ignore[union-attr]
    assert statuses and all(text[0] in "✓●▲✗–" and len(text) > 2 for text in statuses)
    qtbot.waitUntil(lambda: tab.chart is not None and tab.chart.image.pixmap() is not None
                    and not tab.chart.image.pixmap().isNull())  # fmt: skip
    assert tab.chart.title.text() == tab.selected_indicator().name  # type: ignore[union-attr]


def test_the_portfolio_page_filters_totals_like_with_like_and_writes_the_report(
    window: MainWindow, qtbot: QtBot, tmp_path: object
) -> None:
    from pathlib import Path

    import pypdf

    from fieldlab_desk.domain.progress import ProgressStatus
    from fieldlab_desk.services.report import Period

    window.show_page("indicators")
    page = window.page("indicators")
    qtbot.waitUntil(lambda: page.loaded)  # type: ignore[attr-defined]
    everything = page.table.rowCount()  # type: ignore[attr-defined]
    assert everything > 40
    sums = [page.totals.item(r, 4).text() for r in range(page.totals.rowCount())]  # type: ignore[attr-defined]
    assert "telt niet op (momentopname)" in sums  # like snapshots: shown, not added up
    status = page.status  # type: ignore[attr-defined]
    status.setCurrentIndex(next(i for i in range(status.count())
                                if status.itemData(i) == ProgressStatus.OFF_TRACK))  # fmt: skip
    qtbot.waitUntil(lambda: 0 < page.table.rowCount() < everything)  # type: ignore[attr-defined]
    shown = {page.table.item(r, 6).text() for r in range(page.table.rowCount())}  # type: ignore[attr-defined]
    assert shown == {"✗ Achter op schema"}
    out = Path(str(tmp_path)) / "rapport.pdf"
    page.grouping.setCurrentIndex(page.grouping.findData("opgave"))  # type: ignore[attr-defined]
    page.addressee.setText("Stuurgroep Drentse Innovatieagenda")  # type: ignore[attr-defined]
    page.period.setFocus()  # type: ignore[attr-defined]
    qtbot.waitUntil(page.period.hasFocus)  # type: ignore[attr-defined]
    page.write_report(Period(2024, 1), out, "nl")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.writer.last is not None, timeout=30_000)  # type: ignore[attr-defined]
    pages = page.writer.last[1]  # type: ignore[attr-defined]
    assert pages > 5 and len(pypdf.PdfReader(out).pages) == pages
    written = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(out).pages)
    assert "Aan: Stuurgroep Drentse Innovatieagenda" in written and "Resultaten van: " in written
    said = page.writer.announced  # type: ignore[attr-defined]
    assert said is not None and said.text() == f"Geschreven: {out} ({pages} p.)"
    assert "Openen" in [b.text().replace("&", "") for b in said.buttons()]
    assert f"Geschreven: {out}" in window.statusBar().currentMessage()
    said.close()
    summary = Path(str(tmp_path)) / "overzicht.pdf"
    page.summary.setChecked(True)  # type: ignore[attr-defined]  # Alleen overzicht
    page.write_report(Period(2024, 1), summary, "nl")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.writer.last[0] == summary, timeout=30_000)  # type: ignore[attr-defined]
    short = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(summary).pages)
    assert page.writer.last[1] < pages and "Geld 2024" in short and "Fase:" not in short  # type: ignore[attr-defined]
    page.writer.announced.close()  # type: ignore[attr-defined]
    window.activateWindow()  # the window manager's part: offscreen, nothing re-activates it
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(page.period.hasFocus)  # type: ignore[attr-defined]  # focus back where it was
    page.table.selectRow(0)  # type: ignore[attr-defined]
    page.table.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert window.current_page() == "projects"


def test_a_project_report_from_its_tab(window: MainWindow, qtbot: QtBot, tmp_path: object) -> None:
    from pathlib import Path

    import pypdf

    from fieldlab_desk.services.report import Period

    tab = open_effect(window, qtbot)
    out = Path(str(tmp_path)) / "project.pdf"
    tab.writer.write(Period(2024, 1), out, "SGIA-2023-04", "en")
    qtbot.waitUntil(lambda: tab.writer.last is not None, timeout=30_000)
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(out).pages)
    assert "SGIA-2023-04" in text and "SGIA-2023-03" not in text
    assert all(" ".join(r.name.split()) in text for r in tab.rows)


def test_export_to_excel_from_the_app_writes_the_open_projects_plan(
    window: MainWindow, qtbot: QtBot, tmp_path: object
) -> None:
    from pathlib import Path

    from openpyxl import load_workbook

    from fieldlab_desk.ui.export_actions import PACK, PLAN, ExportDialog, export_to

    assert window.menu_actions.export.shortcut().toString() == "Ctrl+E"
    dialog = ExportDialog("SGIA-2023-04", 2024, window)
    assert [dialog.ui.kindCombo.itemData(i) for i in range(dialog.ui.kindCombo.count())] == [
        PLAN,
        PACK,
    ]
    assert window.document is not None
    written: list[object] = []
    for kind in (PLAN, PACK):
        out = Path(str(tmp_path)) / f"{kind}.xlsx"
        count = len(written)
        export_to(  # with its progress dialog, as from the menu: closing it is no cancel
            window.document,
            window.tasks,
            "nl",
            kind,
            "SGIA-2023-04",
            2024,
            out,
            written.append,
            parent=window,
        )
        qtbot.waitUntil(lambda n=count: len(written) == n + 1, timeout=30_000)
        assert written[-1] == out
    assert load_workbook(Path(str(tmp_path)) / "plan.xlsx").sheetnames[0] == "Projectplan"
    assert load_workbook(Path(str(tmp_path)) / "pack.xlsx").sheetnames[0] == "Overzicht"


def test_import_from_the_app_previews_imports_as_one_step_and_undoes(
    window: MainWindow, qtbot: QtBot, tmp_path: object
) -> None:
    from pathlib import Path

    from openpyxl import load_workbook

    from fieldlab_desk.exporting.template import template_workbook
    from fieldlab_desk.services.budget import budget_lines
    from fieldlab_desk.ui.import_actions import ImportDialog, run_import

    assert window.menu_actions.import_.shortcut().toString() == "Ctrl+I"
    path = Path(str(tmp_path)) / "in.xlsx"
    book = template_workbook("nl")
    book["Projectplan"]["B1"] = "SGIA-2023-04"
    book["Begroting"].append(
        [2025, "Materiaal", "Prentenboeken", "Eigen bijdrage", None, "nee", 850]
    )
    book.save(path)
    assert load_workbook(path)["Begroting"]["C2"].value == "Prentenboeken"
    assert window.document is not None
    before = len(window.document.read(budget_lines, PROJECT))
    seen: list[str] = []

    def answer(dialog: ImportDialog) -> bool:
        seen.append(dialog.ui.changesView.toPlainText())
        return dialog.ui.buttonBox.buttons()[0].isEnabled()

    run_import(window.document, window.tasks, window, "nl", path, answer)
    qtbot.waitUntil(lambda: len(window.document.read(budget_lines, PROJECT)) == before + 1)  # type: ignore[union-attr]
    assert "nieuwe begrotingsregel Prentenboeken, € 850,00" in seen[0]
    assert window.document.undo_stack.undoText() == "Importeren uit Excel"
    window.document.undo_stack.undo()
    assert len(window.document.read(budget_lines, PROJECT)) == before


def test_the_open_projects_plan_prints_to_pdf_from_the_app(
    window: MainWindow, qtbot: QtBot, tmp_path: object
) -> None:
    from pathlib import Path

    import pypdf

    from fieldlab_desk.ui.export_actions import print_plan

    open_effect(window, qtbot)
    assert window.open_project_code() == "SGIA-2023-04"
    assert window.menu_actions.print_plan.shortcut().toString() == "Ctrl+P"
    out = Path(str(tmp_path)) / "plan.pdf"
    done: list[object] = []
    assert window.document is not None
    print_plan(window.document, window.tasks, window, "nl", "SGIA-2023-04", out, done.append)
    qtbot.waitUntil(lambda: done == [out], timeout=30_000)
    assert len(pypdf.PdfReader(out).pages) >= 2
    window.projects_page.show_list()
    assert window.open_project_code() is None  # from the list there is no plan to print


def test_help_opens_the_manual_in_the_language_and_about_names_versions_and_licences(
    window: MainWindow, qtbot: QtBot, dialogs: DialogAnswer
) -> None:
    from fieldlab_desk.services.file_info import app_schema
    from fieldlab_desk.ui.help import ManualDialog, about_text

    assert window.menu_actions.manual.shortcut().toString() == "F1"
    for language, heading in (("nl", "korte handleiding"), ("en", "short manual")):
        manual = ManualDialog(language, window)
        assert heading in manual.browser.toPlainText()
        assert "Ctrl+E" in manual.browser.toPlainText()
        manual.close()
    assert window.document is not None
    said = about_text("nl", window.document.portfolio.location, str(window.document.facts.revision))
    assert app_schema() in said and window.document.portfolio.location in said
    assert "LGPL-3.0" in said and "openpyxl" in said and "EUPL-1.2" in said
