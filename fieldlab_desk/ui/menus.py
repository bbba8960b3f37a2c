"""The menu bar: File, Edit, View, Language, Help, with shortcuts for every main action."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar

from fieldlab_desk.ui.pages import PageEntry


@dataclass
class Actions:
    new_file: QAction
    open_file: QAction
    open_server: QAction
    save_copy: QAction
    backup: QAction
    export: QAction
    import_: QAction
    template: QAction
    print_plan: QAction
    close_file: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    find: QAction
    new_project: QAction
    dutch: QAction
    english: QAction
    about: QAction
    manual: QAction
    user_name: QAction
    pages: dict[str, QAction] = field(default_factory=dict)
    menus: dict[str, QMenu] = field(default_factory=dict)


def _action(
    window: QMainWindow, name: str, slot: Callable[[], object], *keys: QKeySequence | str
) -> QAction:
    action = QAction(window)
    action.setObjectName(name)
    if keys:
        # Not QKeySequence(a QKeySequence): choosing that overload creates the Qt namespace's
        # hundred enums (35 ms) before the window has painted.
        action.setShortcuts([k if isinstance(k, QKeySequence) else QKeySequence(k) for k in keys])
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)
    return action


def build_menus(
    window: QMainWindow,
    slots: dict[str, Callable[[], object]],
    undo: QAction,
    redo: QAction,
    pages: tuple[PageEntry, ...],
) -> Actions:
    std = QKeySequence.StandardKey
    actions = Actions(
        new_file=_action(window, "actionNewFile", slots["new_file"], QKeySequence(std.New)),
        open_file=_action(window, "actionOpenFile", slots["open_file"], QKeySequence(std.Open)),
        open_server=_action(window, "actionOpenServer", slots["open_server"], "Ctrl+Shift+O"),
        save_copy=_action(window, "actionSaveCopy", slots["save_copy"], "Ctrl+Shift+S"),
        backup=_action(window, "actionBackup", slots["backup"], "Ctrl+B"),
        export=_action(window, "actionExport", slots["export"], "Ctrl+E"),
        import_=_action(window, "actionImport", slots["import"], "Ctrl+I"),
        template=_action(window, "actionTemplate", slots["template"]),
        print_plan=_action(window, "actionPrintPlan", slots["print_plan"], QKeySequence(std.Print)),
        close_file=_action(window, "actionCloseFile", slots["close_file"], QKeySequence(std.Close)),
        quit=_action(window, "actionQuit", slots["quit"], "Ctrl+Q"),
        undo=undo,
        redo=redo,
        find=_action(window, "actionFind", slots["find"], QKeySequence(std.Find)),
        new_project=_action(window, "actionNewProject", slots["new_project"], "Ctrl+Shift+N"),
        dutch=_action(window, "actionDutch", slots["dutch"]),
        english=_action(window, "actionEnglish", slots["english"]),
        about=_action(window, "actionAbout", slots["about"], "Shift+F1"),
        manual=_action(window, "actionManual", slots["manual"], QKeySequence(std.HelpContents)),
        user_name=_action(window, "actionUserName", slots["user_name"]),
    )
    undo.setObjectName("actionUndo")
    undo.setShortcuts([QKeySequence(std.Undo)])
    redo.setObjectName("actionRedo")
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    for entry in pages:
        actions.pages[entry.key] = _action(
            window, f"actionPage_{entry.key}", slots[f"page_{entry.key}"], entry.shortcut
        )
        actions.pages[entry.key].setCheckable(True)
    language = QActionGroup(window)
    for action in (actions.dutch, actions.english):
        action.setCheckable(True)
        language.addAction(action)
    bar: QMenuBar = window.menuBar()
    menus = actions.menus
    menus["file"] = bar.addMenu("")
    menus["recent"] = QMenu(window)
    menus["recent"].setObjectName("recentMenu")
    for item in (
        actions.new_file,
        actions.open_file,
        actions.open_server,
        menus["recent"],
        None,
        actions.save_copy,
        actions.backup,
        actions.export,
        actions.import_,
        actions.template,
        actions.print_plan,
        None,
        actions.close_file,
        actions.quit,
    ):
        _add(menus["file"], item)
    menus["edit"] = bar.addMenu("")
    for item in (undo, redo, None, actions.new_project, actions.find, None, actions.user_name):
        _add(menus["edit"], item)
    menus["view"] = bar.addMenu("")
    for entry in pages:
        menus["view"].addAction(actions.pages[entry.key])
    menus["language"] = bar.addMenu("")
    menus["language"].addAction(actions.dutch)
    menus["language"].addAction(actions.english)
    menus["help"] = bar.addMenu("")
    menus["help"].addAction(actions.manual)
    menus["help"].addAction(actions.about)
    return actions


def _add(menu: QMenu, item: QAction | QMenu | None) -> None:
    if item is None:
        menu.addSeparator()
    elif isinstance(item, QMenu):
        menu.addMenu(item)
    else:
        menu.addAction(item)
