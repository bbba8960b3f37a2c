"""Projecten: filter, sort, create, edit with validation beside the field, undo and redo."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlmodel import select

from fieldlab_desk.domain.enums import Phase
from fieldlab_desk.domain.models import Project
from fieldlab_desk.services.catalog import RecordKind, add_record
from fieldlab_desk.services.toc import chain
from fieldlab_desk.ui import settings as keys
from fieldlab_desk.ui.mainwindow import MainWindow
from fieldlab_desk.ui.models.project_table import ProjectTableModel
from fieldlab_desk.ui.views.projects_page import ProjectsPage
from tests.ui.conftest import settle


def page(window: MainWindow) -> ProjectsPage:
    window.show_page("projects")
    return window.projects_page


def shown_codes(window: MainWindow) -> list[str]:
    """The codes in the table once the rows of the latest filter have arrived."""
    loaded(page(window))
    model = page(window).list.model
    assert model is not None
    model.fetch_all()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def loaded(projects: ProjectsPage) -> None:
    deadline = time.monotonic() + 20
    while projects.loader.busy and time.monotonic() < deadline:
        QApplication.processEvents()
    assert not projects.loader.busy


def stored(window: MainWindow, code: str) -> Project | None:
    assert window.document is not None
    with window.document.portfolio.session() as session:
        return session.exec(select(Project).where(Project.code == code)).first()


def test_table_lists_every_project_with_its_columns(window: MainWindow, qtbot: QtBot) -> None:
    codes = shown_codes(window)
    assert len(codes) == 20
    assert codes == sorted(codes)
    model = page(window).list.model
    assert model is not None
    row = codes.index("SGIA-2024-03")
    last = model.columnCount() - 1
    qtbot.waitUntil(lambda: bool(model.index(row, last).data()))  # the scores follow the rows
    cells = [model.index(row, column).data() for column in range(model.columnCount())]
    assert cells[:-1] == ["SGIA-2024-03", "Open+ in kleine kernen", "Fieldlab Bibliotheek in de Kern", "Facet",
                          "Evaluatie", "Participatie in de informatiesamenleving", "01-01-2024", "31-12-2024", "€ 62.750,00"]  # fmt: skip
    # the chain's score arrives after the rows, computed by the same rules as the tab's
    assert window.document is not None
    project_id = model.project_id(row)
    score = window.document.read(chain, project_id).quality.score  # type: ignore[union-attr]
    assert cells[-1] == str(score)
    assert page(window).list.count.text() == "20 project(en)"


def test_model_passes_qtmodeltester(window: MainWindow, qtmodeltester: object) -> None:
    model = page(window).list.model
    assert isinstance(model, ProjectTableModel)
    qtmodeltester.check(model, force_py=True)  # type: ignore[attr-defined]


def test_text_search_filters_after_a_pause(window: MainWindow, qtbot: QtBot) -> None:
    view = page(window).list
    qtbot.keyClicks(view.search, "taalcaf")
    qtbot.waitUntil(lambda: view.model is not None and view.model.total == 1)
    assert shown_codes(window) == ["SGIA-2024-02"]
    assert view.count.text() == "1 project(en)"
    view.search.setText("AI-spreekuur")
    qtbot.waitUntil(lambda: shown_codes(window) == ["SGIA-2025-01"])


def test_combined_filters_and_clearing_them(window: MainWindow) -> None:
    view = page(window).list
    view.phase.setCurrentIndex(view.phase.findData(Phase.IN_UITVOERING))
    assert set(shown_codes(window)) == {
        "SGIA-2023-05",
        "SGIA-2024-01",
        "SGIA-2024-02",
        "SGIA-2024-05",
        "SGIA-2025-01",  # started in March 2025
    }
    view.year.setCurrentIndex(view.year.findData(2025))
    view.fieldlab.setCurrentIndex(view.fieldlab.findText("Fieldlab Digitale Inclusie Noord"))
    assert shown_codes(window) == ["SGIA-2024-01"]
    view.clear_filters()
    assert len(shown_codes(window)) == 20


def test_theme_and_organisation_filters_include_further_themes_and_partners(
    window: MainWindow,
) -> None:
    view = page(window).list
    view.theme.setCurrentIndex(view.theme.findText("Gelijke kansen voor kinderen"))
    assert set(shown_codes(window)) == {"SGIA-2023-04", "SGIA-2024-04"}  # a further theme
    view.theme.setCurrentIndex(0)
    view.organisation.setCurrentIndex(view.organisation.findText("GGD Drenthe"))
    assert set(shown_codes(window)) == {"SGIA-2023-04", "SGIA-2023-06", "SGIA-2024-04"}


def test_filter_lists_fill_after_the_rows_and_follow_an_edit(
    window: MainWindow, qtbot: QtBot
) -> None:
    """The filter lists are read on the worker once the rows show (they may hold hundreds of
    names), again after each change of the data, and the filter chosen stays chosen."""
    view = page(window).list
    settle(qtbot, page(window))
    fieldlabs = view.fieldlab.count()
    assert fieldlabs > 1 and view.fieldlab.itemText(0) == "Alle fieldlabs"
    view.year.setCurrentIndex(view.year.findData(2025))
    assert window.document is not None
    window.document.edit(
        add_record, "Fieldlab toevoegen", RecordKind.FIELDLAB, "Fieldlab Leesplezier"
    )
    rows_first: list[int] = []
    view.loader.busy_changed.connect(
        lambda busy: rows_first.append(view.fieldlab.count()) if not busy else None
    )
    qtbot.waitUntil(lambda: view.fieldlab.findText("Fieldlab Leesplezier") >= 0, timeout=20_000)
    assert rows_first == [fieldlabs]  # when the new rows showed, the lists were still the old
    assert view.fieldlab.count() == fieldlabs + 1
    assert view.year.currentData() == 2025


def test_before_the_filter_lists_come_each_offers_its_all_entry(
    make_window: Callable[[], MainWindow], demo_path: Path, qtbot: QtBot
) -> None:
    window = make_window()
    window.settings.set(keys.LAST_PAGE, "projects")
    seen: list[tuple[int, str, str]] = []

    def rows_shown(busy: bool) -> None:
        view = window.projects_page.list
        if not busy and not seen:
            seen.append(
                (view.fieldlab.count(), view.fieldlab.currentText(), view.year.currentText())
            )

    window.files.opened.connect(
        lambda _doc: window.projects_page.list.loader.busy_changed.connect(rows_shown)
    )
    assert window.files.open_path(demo_path)
    settle(qtbot, window.projects_page)
    assert seen == [(1, "Alle fieldlabs", "Alle jaren")]
    assert window.projects_page.list.fieldlab.count() > 1


def test_sorting_by_a_column(window: MainWindow) -> None:
    view = page(window).list
    view.table.sortByColumn(8, Qt.SortOrder.DescendingOrder)
    assert shown_codes(window)[0] == "SGIA-2023-05"  # € 75.000, the largest SGIA amount
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert shown_codes(window)[0] == "SGIA-2025-05"


def test_create_edit_undo_redo_a_project(window: MainWindow, qtbot: QtBot) -> None:
    projects = page(window)
    window.menu_actions.new_project.trigger()
    assert projects.currentWidget() is projects.editor
    doc = window.document
    assert doc is not None
    new_code = projects.editor.general.ui.codeEdit.text()
    assert new_code.startswith("SGIA-") and stored(window, new_code) is not None
    title = projects.editor.general.ui.titleEdit
    title.clear()
    qtbot.keyClicks(title, "Leesclub in de wijk")
    title.editingFinished.emit()
    assert stored(window, new_code).title == "Leesclub in de wijk"  # type: ignore[union-attr]
    assert doc.undo_stack.undoText() == "titel wijzigen"
    assert window.menu_actions.undo.text() == "&Ongedaan maken: titel wijzigen"
    doc.undo_stack.undo()
    assert stored(window, new_code).title == "Nieuw project"  # type: ignore[union-attr]
    assert title.text() == "Nieuw project"
    doc.undo_stack.undo()
    assert stored(window, new_code) is None
    assert projects.currentWidget() is projects.list  # the project it showed is gone
    doc.undo_stack.redo()
    doc.undo_stack.redo()
    assert stored(window, new_code).title == "Leesclub in de wijk"  # type: ignore[union-attr]
    assert new_code in shown_codes(window)


def test_edits_of_one_field_merge_into_one_undo_step(window: MainWindow) -> None:
    projects = page(window)
    projects.open_project(1)
    general = projects.editor.general
    for text in ("Eerste", "Tweede", "Derde"):
        general.ui.titleEdit.setText(text)
        general.ui.titleEdit.editingFinished.emit()
    doc = window.document
    assert doc is not None
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert general.ui.titleEdit.text() == "QR-codes naar e-books in de bibliotheek"


def test_validation_shows_beside_the_field_and_saves_nothing(window: MainWindow) -> None:
    projects = page(window)
    projects.open_project(1)
    ui = projects.editor.general.ui
    ui.codeEdit.setText("SGIA-2023-02")
    ui.codeEdit.editingFinished.emit()
    assert ui.codeError.isVisible()
    assert "SGIA-2023-02" in ui.codeError.text() and "al in gebruik" in ui.codeError.text()
    assert stored(window, "SGIA-2023-01") is not None
    ui.codeEdit.setText("SGIA-2023-01")
    ui.codeEdit.editingFinished.emit()
    assert not ui.codeError.isVisible()
    ui.titleEdit.setText("")
    ui.titleEdit.editingFinished.emit()
    assert ui.titleError.text() == "Vul een titel in."
    ui.titleEdit.setText("QR-codes naar e-books in de bibliotheek")
    ui.titleEdit.editingFinished.emit()
    ui.endEdit.set_date(ui.startEdit.date() - dt.timedelta(days=1))
    ui.endEdit.editingFinished.emit()
    assert ui.endError.text() == "De einddatum ligt vóór de startdatum."
    assert stored(window, "SGIA-2023-01").end_date.isoformat() == "2023-12-31"  # type: ignore[union-attr]
    assert window.document is not None and window.document.undo_stack.count() == 0


def test_phase_change_goes_into_the_phase_history(window: MainWindow, dialogs: object) -> None:
    from tests.ui.conftest import DialogAnswer

    assert isinstance(dialogs, DialogAnswer)
    projects = page(window)
    project_id = stored(window, "SGIA-2025-03").id  # type: ignore[union-attr]
    projects.open_project(project_id or 0)

    def choose_goedgekeurd(dialog: object) -> None:
        from fieldlab_desk.ui.dialogs.phase_dialog import PhaseDialog

        assert isinstance(dialog, PhaseDialog)
        dialog.ui.phaseCombo.setCurrentIndex(dialog.ui.phaseCombo.findData(Phase.GOEDGEKEURD))
        dialog.ui.noteEdit.setPlainText("Besluit SGIA november")
        dialog.accept()

    dialogs.next(choose_goedgekeurd)
    projects.editor.general.ui.changePhaseButton.click()
    assert stored(window, "SGIA-2025-03").phase is Phase.GOEDGEKEURD  # type: ignore[union-attr]
    assert projects.editor.general.ui.phaseValue.text() == "Goedgekeurd"
    projects.editor.tabs.setCurrentWidget(projects.editor.history)
    history = projects.editor.history.phases
    assert history.item(0, 2).text() == "Goedgekeurd"  # type: ignore[union-attr]
    assert history.item(0, 4).text() == "Besluit SGIA november"  # type: ignore[union-attr]
    changes = projects.editor.history.changes
    assert changes.item(0, 3).text() == "Voorstel" and changes.item(0, 4).text() == "Goedgekeurd"  # type: ignore[union-attr]


def test_links_and_organisation_roles_are_saved(window: MainWindow) -> None:
    projects = page(window)
    projects.open_project(1)
    ui = projects.editor.general.ui
    municipalities = ui.municipalitiesList
    emmen = next(
        municipalities.item(r)
        for r in range(municipalities.count())
        if municipalities.item(r).text() == "Emmen"
    )
    emmen.setCheckState(Qt.CheckState.Checked)
    ui.orgAddCombo.setCurrentIndex(ui.orgAddCombo.findText("GGD Drenthe"))
    ui.orgAddButton.click()
    from fieldlab_desk.services.catalog import LinkKind, linked

    assert window.document is not None
    with window.document.portfolio.session() as session:
        places = linked(LinkKind.MUNICIPALITIES, 1, session=session)
        orgs = linked(LinkKind.ORGANISATIONS, 1, session=session)
    assert len(places) == 3
    assert len(orgs) == 3
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    with window.document.portfolio.session() as session:
        assert len(linked(LinkKind.MUNICIPALITIES, 1, session=session)) == 2
        assert len(linked(LinkKind.ORGANISATIONS, 1, session=session)) == 2


def test_milestone_added_through_the_dialog(window: MainWindow, dialogs: object) -> None:
    from tests.ui.conftest import DialogAnswer

    assert isinstance(dialogs, DialogAnswer)
    projects = page(window)
    projects.open_project(1)
    tab = projects.editor.milestones
    projects.editor.tabs.setCurrentWidget(tab)
    before = tab.table.rowCount()

    def fill(dialog: object) -> None:
        from fieldlab_desk.ui.dialogs.milestone_dialog import MilestoneDialog

        assert isinstance(dialog, MilestoneDialog)
        dialog.ui.titleEdit.setText("Presentatie aan de SGIA")
        dialog.accept()

    dialogs.next(fill)
    tab.add_button.click()
    assert tab.table.rowCount() == before + 1
    assert tab.table.item(before, 0).text() == "Presentatie aan de SGIA"  # type: ignore[union-attr]


def test_history_tab_lists_changes_newest_first(window: MainWindow, tmp_path: Path) -> None:
    projects = page(window)
    projects.open_project(2)
    ui = projects.editor.general.ui
    ui.titleEdit.setText("Taalhuis op wielen (2)")
    ui.titleEdit.editingFinished.emit()
    projects.editor.tabs.setCurrentWidget(projects.editor.history)
    changes = projects.editor.history.changes
    assert changes.item(0, 2).text() == "Titel"  # type: ignore[union-attr]
    assert changes.item(0, 3).text() == "Taalhuis op wielen"  # type: ignore[union-attr]
    assert changes.item(0, 4).text() == "Taalhuis op wielen (2)"  # type: ignore[union-attr]
    assert changes.rowCount() >= 2


def test_a_translated_column_sorts_by_what_is_shown(window: MainWindow, qtbot: QtBot) -> None:
    view = page(window).list
    view.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # phase
    model = view.model
    model.fetch_all()

    def phases() -> list[str]:
        return [model.index(row, 4).data() for row in range(model.rowCount())]

    assert phases() == sorted(phases(), key=str.casefold)
    window.set_language("en")
    qtbot.waitUntil(
        lambda: "Completed" in phases() and phases() == sorted(phases(), key=str.casefold)
    )
    window.set_language("nl")
    qtbot.waitUntil(lambda: "Afgerond" in phases())
