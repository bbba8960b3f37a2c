"""Every control can be found by a screen reader and reached from the keyboard."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

from fieldlab_desk.ui.mainwindow import PAGES, MainWindow

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QPlainTextEdit,
    QAbstractSpinBox,
    QAbstractItemView,
)


def _inside_qt_internals(widget: QWidget) -> bool:
    """Popups of combo boxes, clear buttons of line edits, scroll buttons of tab bars: Qt's."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QTabBar, QMenuBar, QCalendarWidget, QLineEdit)):
            return True
        if type(parent).__name__ == "QComboBoxPrivateContainer":
            return True
        parent = parent.parentWidget()
    return widget.objectName() == "qt_menubar_ext_button"


def unnamed_controls(root: QWidget) -> list[str]:
    """Controls without an accessible name, a visible text or a label pointing at them."""
    buddies = {
        id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None
    }
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.parent() is None:
            continue
        if type(widget).__name__ == "QHeaderView" or _inside_qt_internals(widget):
            continue
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parent(), (QComboBox, QAbstractSpinBox)
        ):
            continue
        has_text = isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip()
        if widget.accessibleName() or has_text or id(widget) in buddies:
            continue
        if isinstance(widget.parent(), QAbstractItemView):  # cell editors of a table
            continue
        missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_control_of_every_page_has_an_accessible_name(window: MainWindow) -> None:
    window.projects_page.open_project(1)
    window.projects_page.editor.tabs.setCurrentIndex(1)
    for page in PAGES:
        window.show_page(page)
    assert unnamed_controls(window) == []


def test_main_actions_have_shortcuts(window: MainWindow) -> None:
    actions = window.menu_actions
    for action in (actions.new_file, actions.open_file, actions.save_copy, actions.backup, actions.close_file,
                   actions.quit, actions.undo, actions.redo, actions.find, actions.new_project, actions.about,
                   *actions.pages.values()):  # fmt: skip
        assert not action.shortcut().isEmpty(), action.objectName()
    assert actions.undo.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [s.toString() for s in actions.redo.shortcuts()]


def test_widgets_that_tests_address_have_stable_object_names(window: MainWindow) -> None:
    projects = window.projects_page
    assert window.findChild(QWidget, "projectEditor") is None  # built when a project opens
    first = projects.list.model.project_id(0)
    assert first is not None
    projects.open_project(first)
    for name in ("sidebar", "projectTable", "projectSearch", "phaseFilter", "newProject", "demoBanner",
                 "readOnlyBanner", "statusFile", "projectEditor", "milestoneTable", "changeHistoryTable"):  # fmt: skip
        assert window.findChild(QWidget, name) is not None, name
