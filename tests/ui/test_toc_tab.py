"""The Veranderketen tab driven as a user does: keyboard only, then undo; the diagram's boxes,
findings that lead to their element, and the export of the picture."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from fieldlab_desk.domain.enums import ToCLevel
from fieldlab_desk.services.toc import ChainView, chain
from fieldlab_desk.ui.dialogs.toc_dialogs import ElementDialog, LinkDialog, TemplateDialog
from fieldlab_desk.ui.mainwindow import MainWindow
from fieldlab_desk.ui.views.toc_tab import ToCTab
from tests.ui.conftest import DialogAnswer

PROJECT = 4  # SGIA-2023-04, BoekStart: a chain from its template, with findings


def open_chain(window: MainWindow, qtbot: QtBot) -> ToCTab:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_page("projects")
    window.projects_page.open_project(PROJECT)
    editor = window.projects_page.editor
    qtbot.wait(30)  # the window sorts out its Alt+letters once the editor shows
    alt(qtbot, editor.tabs.tabText(2))  # Alt+V: Veranderketen
    qtbot.waitUntil(lambda: editor.tabs.currentWidget() is editor.toc)
    qtbot.wait(30)  # and again for what the tab shows
    return editor.toc


def alt(qtbot: QtBot, text: str) -> None:
    """Press Alt and the letter that ``text`` (a caption with '&') underlines."""
    letter = re.search(r"&([^&])", text)
    assert letter is not None, text
    qtbot.keyClick(keyboard(qtbot), letter.group(1).lower(), Qt.KeyboardModifier.AltModifier)


def keyboard(qtbot: QtBot) -> QWidget:
    """Where a key press goes: the focused widget of the active window. Offscreen, a closed
    dialog gives the keyboard back to no window: the main window takes it back first."""
    if not isinstance(QApplication.activeWindow(), MainWindow):  # none, or a closing dialog
        main = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        main.activateWindow()
        qtbot.waitUntil(main.isActiveWindow)
    active = QApplication.activeWindow()
    assert active is not None
    return QApplication.focusWidget() or active


def undo(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+Z, where the keyboard is (the window itself when a dialog just closed)."""
    qtbot.keyClick(keyboard(qtbot), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def stored(window: MainWindow) -> ChainView:
    assert window.document is not None
    found = window.document.read(chain, PROJECT)
    assert found is not None
    return found


PROBLEMS: list[BaseException] = []


def safely(answer: Callable[[QWidget], None]) -> Callable[[QWidget], None]:
    """A dialog answer that closes its dialog when it fails, so the test fails, not hangs."""

    def run(dialog: QWidget) -> None:
        try:
            answer(dialog)
        except BaseException as problem:
            PROBLEMS.append(problem)
            assert isinstance(dialog, QDialog)
            dialog.reject()

    return run


def answered() -> bool:
    """True, or the failure of a dialog answer (for ``waitUntil``)."""
    check_answers()
    return True


class AnswerFailed(RuntimeError):
    """Not an AssertionError: ``waitUntil`` would take that for "not yet" and wait on."""


def check_answers() -> None:
    if PROBLEMS:
        problem = PROBLEMS.pop()
        PROBLEMS.clear()
        raise AnswerFailed(f"a dialog answer failed: {problem!r}") from problem


def keyboard_in(qtbot: QtBot, dialog: QWidget) -> None:
    """Wait until the dialog that just opened has the keyboard (offscreen it takes a moment)."""
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))


def type_element(qtbot: QtBot, text: str) -> object:
    """Answer the element dialog by keyboard: Tab to the text, type, Enter."""

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, ElementDialog)
        keyboard_in(qtbot, dialog)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.ui.textEdit
        qtbot.keyClicks(dialog.ui.textEdit, text)
        qtbot.keyClick(dialog.ui.textEdit, Qt.Key.Key_Return)

    return safely(answer)


def link_to(qtbot: QtBot, target_text: str) -> object:
    """Answer the link dialog by keyboard: Tab to 'Naar', arrow down to the target, type the
    assumption, Enter."""

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, LinkDialog)
        ui = dialog.ui
        keyboard_in(qtbot, dialog)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is ui.toCombo
        texts = [ui.toCombo.itemText(i) for i in range(ui.toCombo.count())]
        wanted = next(i for i, t in enumerate(texts) if t.endswith(target_text))
        qtbot.keyClick(ui.toCombo, Qt.Key.Key_Home)
        for _ in range(wanted):
            qtbot.keyClick(ui.toCombo, Qt.Key.Key_Down)
        for _ in range(2):  # to the assumption
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is ui.assumptionEdit
        qtbot.keyClicks(ui.assumptionEdit, "Deelnemers komen terug")
        qtbot.keyClick(ui.assumptionEdit, Qt.Key.Key_Return)

    return safely(answer)


def column_header(tab: ToCTab, level: ToCLevel) -> str:
    return tab.headers[level].text()


def test_a_three_level_chain_is_built_with_the_keyboard_only_and_undone(
    window: MainWindow, qtbot: QtBot, dialogs: DialogAnswer
) -> None:
    tab = open_chain(window, qtbot)
    before = stored(window)
    texts = {ToCLevel.ACTIVITEIT: "Voorleesuurtje", ToCLevel.OUTPUT: "Kinderen luisteren mee",
             ToCLevel.OUTCOME_KORT: "Kinderen lezen vaker"}  # fmt: skip
    for level, text in texts.items():
        alt(qtbot, column_header(tab, level))  # Alt+letter of the column
        assert QApplication.focusWidget() is tab.columns[level], column_header(tab, level)
        dialogs.next(type_element(qtbot, text))  # type: ignore[arg-type]
        qtbot.keyClick(tab.columns[level], Qt.Key.Key_Insert)
        check_answers()
        qtbot.waitUntil(lambda t=text: any(e.text == t for e in stored(window).elements))
    built = {e.text: e for e in stored(window).elements}
    assert all(built[t].level is level for level, t in texts.items())
    for source, target in (("Voorleesuurtje", "Kinderen luisteren mee"),
                           ("Kinderen luisteren mee", "Kinderen lezen vaker")):  # fmt: skip
        level = built[source].level
        alt(qtbot, column_header(tab, level))
        column = tab.columns[level]
        while column.currentItem() is None or column.currentItem().toolTip() != source:
            qtbot.keyClick(column, Qt.Key.Key_Down)
        count = len(stored(window).links)
        dialogs.next(link_to(qtbot, target))  # type: ignore[arg-type]
        alt(qtbot, tab.link_button.text())  # a button's Alt+letter clicks it a moment later
        qtbot.waitUntil(lambda n=count: answered() and len(stored(window).links) == n + 1)
    after = stored(window)
    new_links = {(after.element(li.from_id).text, after.element(li.to_id).text)  # type: ignore[union-attr]
                 for li in after.links if li.assumption == "Deelnemers komen terug"}  # fmt: skip
    assert new_links == {("Voorleesuurtje", "Kinderen luisteren mee"),
                         ("Kinderen luisteren mee", "Kinderen lezen vaker")}  # fmt: skip
    assert tab.columns[ToCLevel.ACTIVITEIT].count() == len(after.at(ToCLevel.ACTIVITEIT))
    # five edits, five times Ctrl+Z: the chain is as it was
    failures = []
    window.document.failed.connect(failures.append)  # type: ignore[union-attr]
    for _ in range(5):
        undo(qtbot, window)
    import sys

    sys.stderr.write(
        f"INDEX {window.document.undo_stack.index()} {failures} {[e.text for e in stored(window).elements if e.text not in {x.text for x in before.elements}]}\n"
    )  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: stored(window).elements == before.elements)
    assert stored(window).links == before.links
    assert tab.columns[ToCLevel.OUTPUT].count() == len(before.at(ToCLevel.OUTPUT))


def test_an_assumption_status_change_is_dated_with_its_reason(
    window: MainWindow, qtbot: QtBot, dialogs: DialogAnswer
) -> None:
    tab = open_chain(window, qtbot)
    link = stored(window).links[2]

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, LinkDialog)
        ui = dialog.ui
        assert not ui.reasonEdit.isEnabled()  # the status did not change yet
        ui.statusCombo.setCurrentIndex(ui.statusCombo.findText("Weerlegd"))
        assert ui.reasonEdit.isEnabled()
        ui.reasonEdit.setText("Eindmeting: geen effect")
        ui.evidenceEdit.setPlainText("Evaluatie CMO STAMM, 2025")
        dialog.accept()

    tab.links.selectRow(2)
    dialogs.next(answer)
    tab.links.setFocus()
    qtbot.keyClick(tab.links, Qt.Key.Key_Return)
    changed = next(li for li in stored(window).links if li.id == link.id)
    assert changed.status.value == "weerlegd"
    assert changed.history[-1].reason == "Eindmeting: geen effect"
    assert changed.history[-1].changed_by == window.document.who  # type: ignore[union-attr]
    assert tab.links.item(2, 4).text() == "Weerlegd"  # type: ignore[union-attr]
    refuted = [tab.findings.item(i).text() for i in range(tab.findings.count())]
    assert any("is weerlegd" in text for text in refuted)


def test_a_finding_leads_to_its_element_and_the_score_shows_its_parts(
    window: MainWindow, qtbot: QtBot
) -> None:
    tab = open_chain(window, qtbot)
    view = stored(window)
    assert tab.score.text() == f"Kwaliteit: {view.quality.score}/100"
    assert tab.parts.rowCount() == 7
    finding = next(f for f in view.quality.findings if f.link_id is None and f.element_ids)
    row = next(i for i in range(tab.findings.count())
               if tab.findings.item(i).text() == view.describe(finding, "nl"))  # fmt: skip
    tab.findings.setCurrentRow(row)
    tab.findings.setFocus()
    qtbot.keyClick(tab.findings, Qt.Key.Key_Return)
    target = view.element(finding.element_ids[0])
    assert target is not None
    column = tab.columns[target.level]
    assert QApplication.focusWidget() is column
    assert column.currentItem().toolTip() == target.text  # type: ignore[union-attr]


def test_the_diagram_moves_between_boxes_by_arrow_keys_and_exports(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    tab = open_chain(window, qtbot)
    alt(qtbot, tab.views.tabText(1))  # Alt+D: Diagram
    qtbot.waitUntil(lambda: tab.views.currentIndex() == 1)
    qtbot.wait(30)
    diagram = tab.diagram
    view = stored(window)
    assert set(diagram.boxes) == {e.id for e in view.elements}
    assert all(box.accessible_name for box in diagram.boxes.values())
    diagram.setFocus()
    first = diagram.current_element()
    assert first is not None and view.element(first).level is ToCLevel.INPUT  # type: ignore[union-attr]
    qtbot.keyClick(diagram, Qt.Key.Key_Right)  # along a link to an activity
    second = diagram.current_element()
    assert view.element(second or 0).level is ToCLevel.ACTIVITEIT  # type: ignore[union-attr]
    assert any(li.from_id == first and li.to_id == second for li in view.links)
    assert diagram.accessibleDescription().startswith("Activiteiten: ")
    qtbot.keyClick(diagram, Qt.Key.Key_Down)
    assert diagram.current_element() not in (first, second)
    scale = diagram.transform().m11()
    qtbot.keyClick(diagram, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert diagram.transform().m11() > scale
    for kind in ("svg", "png"):
        diagram.export(tmp_path / f"keten.{kind}")
    root = ET.parse(tmp_path / "keten.svg").getroot()
    titles = {t.text for t in root.iter("{http://www.w3.org/2000/svg}title")}
    assert {e.text for e in view.elements} <= titles
    assert (tmp_path / "keten.png").read_bytes()[:4] == b"\x89PNG"


def test_a_template_fills_the_chain_and_undo_takes_it_away(
    window: MainWindow, qtbot: QtBot, dialogs: DialogAnswer
) -> None:
    tab = open_chain(window, qtbot)
    before = len(stored(window).elements)

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, TemplateDialog)
        dialog.ui.templateCombo.setCurrentIndex(
            dialog.ui.templateCombo.findText("de Bibliotheek op school")
        )
        assert dialog.ui.preview.topLevelItemCount() == len(ToCLevel)
        dialog.accept()

    dialogs.next(safely(answer))
    alt(qtbot, tab.template_button.text())  # clicks the button a moment later
    qtbot.waitUntil(lambda: answered() and len(stored(window).elements) == before + 11)
    assert "Leerlingen lezen vaker vrij" in {e.text for e in stored(window).elements}
    assert window.document.undo_stack.undoText() == "Keten uit sjabloon"  # type: ignore[union-attr]
    undo(qtbot, window)
    qtbot.waitUntil(lambda: len(stored(window).elements) == before)


def test_the_tab_speaks_english(window: MainWindow, qtbot: QtBot) -> None:
    tab = open_chain(window, qtbot)
    window.set_language("en")
    qtbot.waitUntil(lambda: tab.score.text().startswith("Quality"))
    assert tab.headers[ToCLevel.OUTCOME_KORT].text().replace("&", "").startswith("Outcome (short)")
    labels = [w.text() for w in tab.findChildren(QLabel)]
    assert any("Cost per pathway" in t for t in labels)
    window.set_language("nl")


def test_the_contribution_page_lists_themes_and_opens_a_project(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.show_page("contribution")
    page = window.page("contribution")
    qtbot.waitUntil(lambda: page.loaded)  # type: ignore[attr-defined]
    tree = page.tree  # type: ignore[attr-defined]
    assert tree.topLevelItemCount() == 3
    opgaven = tree.topLevelItem(0)
    literate = next(opgaven.child(i) for i in range(opgaven.childCount())
                    if opgaven.child(i).text(0) == "Geletterde samenleving")  # fmt: skip
    assert literate.childCount() >= 1 and literate.text(2).startswith("€ ")
    gaps = [tree.topLevelItem(k).child(i).text(1) for k in range(3)
            for i in range(tree.topLevelItem(k).childCount())]  # fmt: skip
    assert "geen project: een gat" in gaps
    project = literate.child(0)
    tree.setCurrentItem(project)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.current_page() == "projects"
    assert window.projects_page.editor.heading.text().startswith(project.text(0).split()[0])
