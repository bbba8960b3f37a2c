"""The main window: sidebar, pages, banners, status bar and menus around one open portfolio."""

from __future__ import annotations

import gc
from collections.abc import Callable
from functools import partial
from html import escape
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QUndoGroup
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldlab_desk.domain.errors import FieldLabError
from fieldlab_desk.ui import pages as registry
from fieldlab_desk.ui import settings as keys
from fieldlab_desk.ui.banners import Banners
from fieldlab_desk.ui.errors import show_error
from fieldlab_desk.ui.file_actions import FileActions
from fieldlab_desk.ui.i18n import Languages
from fieldlab_desk.ui.menus import build_menus
from fieldlab_desk.ui.mnemonics import unique_in
from fieldlab_desk.ui.project_actions import ProjectActions
from fieldlab_desk.ui.resources import icon
from fieldlab_desk.ui.settings import Settings
from fieldlab_desk.ui.tasks import TaskRunner
from fieldlab_desk.ui.views import Page, PageContext
from fieldlab_desk.ui.watcher import ChangeWatcher
from fieldlab_desk.ui.widgets import FILTERS, Retranslating, named, without_keyboard_traps

if TYPE_CHECKING:  # the window shows before the data layers and the pages are loaded
    from fieldlab_desk.services.portfolio import Portfolio
    from fieldlab_desk.ui.document import Document
    from fieldlab_desk.ui.views.projects_page import ProjectsPage

PAGES = registry.PAGES  # the window's pages, in the sidebar's order (``ui/pages.py``)
DEFAULT_SIZE = (1360, 860)

WORKER_IMPORTS = ("fieldlab_desk.services.projects", "fieldlab_desk.services.catalog")
"""Imported on the worker with the first open, not on the UI thread: what the document and
the projects page (the usual first page) use besides the portfolio. Only Qt-free modules: a
Qt class or the ``Qt`` namespace is made on the UI thread alone."""


class _FirstPaint(QObject):
    """Calls back once, just after the window has painted for the first time."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self.callback: Callable[[], None] | None = callback
        window.installEventFilter(self)
        QTimer.singleShot(2000, self, self._fire)  # a window never exposed goes on too

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.callback is not None:
            QTimer.singleShot(0, self, self._fire)  # after this paint has reached the screen
        return False

    def _fire(self) -> None:
        callback, self.callback = self.callback, None
        if callback is not None:
            self._window.removeEventFilter(self)  # the window's events skip Python again
            callback()


def _discard(outcome: Portfolio | FieldLabError) -> None:
    """Close a portfolio opened on the worker that will not be shown."""
    if not isinstance(outcome, FieldLabError):
        outcome.close()


def _centred(html: str) -> str:
    """Centred by the HTML itself: ``QLabel.setAlignment`` would need the ``Qt`` namespace,
    whose hundred enums take 35 ms to create, and the window paints before anything needs it."""
    return f'<div align="center">{html}</div>'


class MainWindow(Retranslating, QMainWindow):
    ready = Signal()
    """Emitted when the page shown after a file opened has its data (or the open failed)."""

    def __init__(self, settings: Settings, languages: Languages, data_folder: Path) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("fieldlab"))
        self.settings = settings
        self.languages = languages
        self.data_folder = data_folder
        self.document: Document | None = None
        self.pages: dict[str, Page] = {}
        """The pages of the open document built so far (each is built when first shown)."""
        self._context: PageContext | None = None
        self._stale: set[str] = set()
        self.undo_group = QUndoGroup(self)
        self.tasks = TaskRunner(self)
        self.watcher = ChangeWatcher(self.tasks, lambda: self.document, self)
        self.watcher.changed.connect(self._changed_elsewhere)
        self.watcher.timer.timeout.connect(self._show_pending_changes)
        self._elsewhere_pending = False
        self._arriving: list[Portfolio | FieldLabError] = []
        """The first open's outcome, from the worker until the window takes it."""
        self._cursor_busy = False
        self.tasks.failed.connect(self._edit_failed)
        self.files = FileActions(
            self, settings, lambda: self.languages.current, lambda: self.document
        )
        self.files.opened.connect(self.set_document)
        self.files.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self._build()
        self.retranslate()
        self._restore()

    # building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.sidebar = named(QListWidget(), "sidebar")
        self.sidebar.setFixedWidth(210)
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setStyleSheet("QListWidget#sidebar::item { padding: 8px 6px; }")
        for entry in registry.REGISTRY:  # row i is PAGES[i]
            self.sidebar.addItem(QListWidgetItem(icon(entry.icon), ""))
        self.stack = named(QStackedWidget(), "pages")
        self.welcome = self._welcome()
        self.stack.addWidget(self.welcome)
        self.opening = self._opening()
        self.stack.addWidget(self.opening)
        self.banners = Banners(self.files, self.watcher)
        self.watcher.released.connect(self.banners.offer_editing)
        self.demo_banner, self.demo_text = self.banners.demo, self.banners.demo_text
        self.lock_banner, self.lock_text = self.banners.lock, self.banners.lock_text
        self.take_over = self.banners.take_over
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.demo_banner)
        column.addWidget(self.lock_banner)
        column.addWidget(self.stack, 1)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.sidebar)
        row.addWidget(content, 1)
        self.setCentralWidget(central)
        self.file_label = named(QLabel(), "statusFile")
        self.mode_label = named(QLabel(), "statusMode")
        self.statusBar().addWidget(self.file_label, 1)
        self.statusBar().addPermanentWidget(self.mode_label)
        undo, redo = QAction(self), QAction(self)
        undo.triggered.connect(self.undo_group.undo)
        redo.triggered.connect(self.undo_group.redo)
        for changed in (self.undo_group.canUndoChanged, self.undo_group.canRedoChanged,
                        self.undo_group.undoTextChanged, self.undo_group.redoTextChanged):  # fmt: skip
            changed.connect(self._update_undo_texts)
        actions = self.project_actions = ProjectActions(self)
        slots: dict[str, Callable[[], object]] = {
            "new_file": self.files.new_file, "open_file": self.files.open_dialog,
            "open_server": self.files.open_server_dialog,
            "save_copy": self.files.save_copy, "backup": self.files.backup_now,
            "close_file": self.files.close_file, "quit": self.close, "find": actions.find_projects,
            "new_project": actions.new_project, "dutch": lambda: self.set_language("nl"),
            "english": lambda: self.set_language("en"), "about": self.about, "manual": self.manual,
            "user_name": self.ask_user_name, "export": actions.export_excel,
            "import": actions.import_excel, "template": actions.save_template,
            "print_plan": actions.print_plan,
            **{f"page_{p}": partial(self.show_page, p) for p in PAGES},
        }  # fmt: skip
        self.menu_actions = build_menus(self, slots, undo, redo, registry.REGISTRY)
        recent = self.menu_actions.menus["recent"]
        recent.aboutToShow.connect(lambda: self.files.fill_recent(recent))
        self.sidebar.currentRowChanged.connect(
            lambda row: self.show_page(PAGES[row]) if row >= 0 else None
        )
        self.setTabOrder(self.sidebar, self.stack)

    def _update_undo_texts(self, *_changed: object) -> None:
        """Edit → Undo/Redo say what they will undo or redo, in the current language."""
        group, actions = self.undo_group, self.menu_actions
        actions.undo.setEnabled(group.canUndo())
        actions.redo.setEnabled(group.canRedo())
        undo, redo = self.tr("&Ongedaan maken"), self.tr("Opnie&uw")
        actions.undo.setText(f"{undo}: {group.undoText()}" if group.canUndo() else undo)
        actions.redo.setText(f"{redo}: {group.redoText()}" if group.canRedo() else redo)

    def _welcome(self) -> QWidget:
        page = named(QWidget(), "welcomePage")
        self.welcome_text = named(QLabel(), "welcomeText")  # centred by its HTML (retranslate)
        self.welcome_text.setWordWrap(True)
        self.welcome_open = named(QPushButton(), "welcomeOpen")
        self.welcome_new = named(QPushButton(), "welcomeNew")
        self.welcome_open.clicked.connect(lambda: self.files.open_dialog())
        self.welcome_new.clicked.connect(lambda: self.files.new_file())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.welcome_open)
        buttons.addWidget(self.welcome_new)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.welcome_text)
        layout.addLayout(buttons)
        layout.addStretch(2)
        return page

    def _opening(self) -> QWidget:
        """What the page area shows while the first file opens, right after start."""
        page = named(QWidget(), "openingPage")
        self.opening_text = named(QLabel(), "openingText")
        self.opening_text.setWordWrap(True)
        # No moving busy bar: while the file opens on the worker, its animation would repaint
        # 60 times a second and delay the open by a tenth (measured); the busy cursor says it.
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.opening_text)
        layout.addStretch(2)
        return page

    def open_after_first_paint(self, location: Callable[[], str], *, report: bool = True) -> None:
        """Show the window at once, and open the file (``location()``) once it has painted.

        The data layers are imported by the open, so the window does not wait for them.
        """
        self.stack.setCurrentWidget(self.opening)
        self.sidebar.setEnabled(False)
        self.file_label.clear()  # not "no file open": one is on its way (see _show_state)

        _FirstPaint(self, lambda: self._open_on_worker(location(), report=report))

    def _open_on_worker(self, where: str, *, report: bool) -> None:
        """Open ``where`` on the worker thread: importing the data layers and opening take the
        better part of a second here (seconds on a slow laptop), and meanwhile the window
        moves, redraws and answers its menus. A file the user opens meanwhile is kept."""
        from fieldlab_desk.ui.file_actions import open_outcome

        user = self.files.user()
        arriving = self._arriving

        def work() -> Portfolio | FieldLabError:
            outcome = open_outcome(where, user)
            arriving.append(outcome)  # closeEvent closes it should the window go first
            for module in WORKER_IMPORTS:
                import_module(module)
            return outcome

        def arrived(_outcome: Portfolio | FieldLabError) -> None:
            if not arriving:  # the window closed before it came
                return
            self._busy_cursor(False)
            outcome = arriving.pop()
            if self.document is not None:  # the user opened another file meanwhile
                _discard(outcome)
            elif not self.files.take(where, outcome, report=report):
                self.show_no_file()

        def gave_up() -> None:  # a bug, shown in the crash dialog: nothing stays open
            while arriving:
                _discard(arriving.pop())
            self.show_no_file()

        self.tasks.run(work, arrived, gave_up)
        self._busy_cursor(True)

    def show_no_file(self) -> None:
        """The welcome page (with Open and New) when the first file did not open."""
        self._busy_cursor(False)
        self.set_document(None)
        self.ready.emit()

    def _busy_cursor(self, busy: bool) -> None:
        """The arrow with an hourglass while the first file opens: working, yet answering."""
        from PySide6.QtCore import Qt  # after the first paint: see _centred
        from PySide6.QtGui import QCursor

        if busy and not self._cursor_busy:
            QApplication.setOverrideCursor(QCursor(Qt.CursorShape.BusyCursor))
        elif not busy and self._cursor_busy:
            QApplication.restoreOverrideCursor()
        self._cursor_busy = busy

    def _restore(self) -> None:
        """The window as the user left it, put back on the screen it is on now; on a first
        start the default size, or — on a screen smaller than that, such as a 1366×768
        laptop — maximised when shown (``show_first``): the status bar and the buttons at the
        bottom never fall below the edge."""
        geometry = self.settings.get(keys.GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(*DEFAULT_SIZE)
        state = self.settings.get(keys.WINDOW_STATE)
        if state:
            self.restoreState(state)
        screen = self.screen() or QApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        self.start_maximized = bool(
            not geometry and available is not None
            and (available.width() < DEFAULT_SIZE[0] or available.height() < DEFAULT_SIZE[1])
        )  # fmt: skip
        if geometry:
            self.fit_to_screen()

    def show_first(self) -> None:
        """Show the window as the app starts it: maximised on a small screen at first start."""
        if self.start_maximized:
            self.showMaximized()
        else:
            self.show()

    def fit_to_screen(self) -> None:
        """A window remembered from a larger screen, or placed off the one it is on now, is
        made to fit and moved onto it."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None or self.isMaximized() or self.isFullScreen():
            return
        available = screen.availableGeometry()
        frame = self.frameGeometry()
        extra = frame.size() - self.size()  # the title bar and borders around the window
        width = min(self.width(), available.width() - extra.width())
        height = min(self.height(), available.height() - extra.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        frame = self.frameGeometry()
        x = min(max(frame.x(), available.left()), available.right() - frame.width() + 1)
        y = min(max(frame.y(), available.top()), available.bottom() - frame.height() + 1)
        if (x, y) != (frame.x(), frame.y()):
            self.move(x, y)

    # the document ----------------------------------------------------------------------
    def commit_pending_edit(self) -> None:
        """A field being typed in saves when it loses focus: make that happen now."""
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            focused.clearFocus()

    def set_document(self, document: Document | None) -> None:
        """Show ``document`` (closing the one shown), or the welcome page for None."""
        self._close_document()
        self._drop_pages()
        self.document = document
        self.watcher.told = False  # a new file: its lock has not been seen released
        if document is None:
            self.stack.setCurrentWidget(self.welcome)
            self.sidebar.setEnabled(False)
            self._show_state()
            return
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        document.data_changed.connect(self._data_changed)
        document.failed.connect(self._edit_failed)
        self._context = PageContext(document, self.tasks, self.languages)
        self._stale = set(PAGES)
        self.sidebar.setEnabled(True)
        self._show_state()
        last = self.settings.get(keys.LAST_PAGE)
        self.show_page(last if last in PAGES and self.page_shown(last) else "projects")
        focused = QApplication.focusWidget()
        if focused is None or not self.isAncestorOf(focused):  # the keyboard starts on the page
            self._focus_first_in(cast(QWidget, self.stack.currentWidget()))
        self._signal_ready_when_loaded()

    @staticmethod
    def _focus_first_in(page: QWidget) -> None:
        """The first control of ``page`` that Tab would reach (the projects' search field)."""
        from PySide6.QtCore import Qt  # made by now: the page's module uses it

        widget = page.nextInFocusChain()
        while widget is not None and widget is not page:
            takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            if (
                takes_tab
                and page.isAncestorOf(widget)
                and widget.isVisible()
                and widget.isEnabled()
            ):
                widget.setFocus()
                return
            widget = widget.nextInFocusChain()

    def _signal_ready_when_loaded(self) -> None:
        """``ready`` once the page shown has its data (a page's ``loader``: its main figures;
        what follows, such as the projects' chain scores, may come after)."""
        loader = getattr(self.pages.get(self.current_page()), "loader", None)
        if loader is None or not loader.busy:
            QTimer.singleShot(0, self, self.ready.emit)
            return

        def loaded(busy: bool) -> None:
            if not busy:
                loader.busy_changed.disconnect(loaded)
                self.ready.emit()

        loader.busy_changed.connect(loaded)

    def _close_document(self) -> None:
        self.commit_pending_edit()  # nothing typed is lost when another file opens or closes
        self.tasks.wait()  # background work on the old file ends before it closes
        old, self.document = self.document, None
        if old is not None:
            self.undo_group.removeStack(old.undo_stack)
            old.close()
            gc.unfreeze()  # the closed file's pages may be collected again

    def page(self, name: str) -> Page:
        """The page ``name`` of the open document, built (and its module imported) when first
        asked for."""
        page = self.pages.get(name)
        if page is not None:
            return page
        assert self._context is not None, "pages exist only while a document is open"
        entry = registry.BY_KEY[name]
        page_class = getattr(
            import_module(f"fieldlab_desk.ui.views.{entry.module}"), entry.class_name
        )
        page = self.pages[name] = page_class(self._context)
        widget = cast(QWidget, page)
        without_keyboard_traps(widget)
        self.stack.addWidget(widget)
        self._watch_tabs(widget)
        if name == "projects":  # its editor is built when the first project opens
            projects = cast("ProjectsPage", page)
            projects.list.new_requested.connect(self.project_actions.new_project)
            projects.list.first_step.connect(self._first_step)
            projects.currentChanged.connect(lambda _index: self._watch_tabs(projects))
        editors = [getattr(page, part) if part else page for part in entry.opens_projects]
        for editor in editors:  # they name projects the user can open
            editor.project_requested.connect(self.open_project)
        return page

    def _first_step(self, kind: str) -> None:
        """A button of an empty portfolio's first-steps panel: do what it says."""
        if kind == "fieldlab":
            self.show_page("fieldlabs")
            self.page("fieldlabs").create_record()  # type: ignore[attr-defined]
        elif kind == "organisation":
            self.show_page("organisations")
            self.page("organisations").organisations.create_record()  # type: ignore[attr-defined]
        elif kind == "project":
            self.project_actions.new_project()
        elif kind == "import":
            self.project_actions.import_excel()

    def _watch_tabs(self, widget: QWidget) -> None:
        """What is visible changes with a tab: the Alt+letters are sorted out again."""
        for tabs in widget.findChildren(QTabWidget):
            if not tabs.property("mnemonicsWatched"):
                tabs.setProperty("mnemonicsWatched", True)
                tabs.currentChanged.connect(lambda _index: self.fix_mnemonics())
        self.fix_mnemonics()

    def _drop_pages(self) -> None:
        for page in self.pages.values():
            widget = cast(QWidget, page)
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.pages = {}
        self._context = None

    def _show_state(self) -> None:
        doc = self.document
        self.banners.show(doc, self.languages.current)
        read_only = doc is not None and doc.read_only
        location = doc.facts.location if doc is not None else ""
        opening = self.stack.currentWidget() is self.opening  # a file is on its way
        self.file_label.setText(location or ("" if opening else self.tr("Geen bestand geopend")))
        mode = (
            self.tr("Alleen-lezen")
            if read_only
            else (self.tr("Wijzigingen worden direct bewaard") if doc else "")
        )
        if doc is not None and doc.permissions.roles is not None:  # a login on a server
            from fieldlab_desk.ui.labels import label  # the catalogue: not at start-up

            roles = ", ".join(
                label(role, self.languages.current) for role in doc.permissions.role_words()
            )
            mode = self.tr("%1 als %2").replace("%1", doc.permissions.login).replace("%2", roles)
        self.mode_label.setText(mode)
        title = (
            (Path(location).name if doc is not None and doc.facts.is_file else location)
            if location
            else ""
        )
        self.setWindowTitle(f"{title} — FieldLab Desk" if title else "FieldLab Desk")
        for action in (
            self.menu_actions.close_file,
            self.menu_actions.find,
            self.menu_actions.export,
            self.menu_actions.print_plan,
            self.menu_actions.template,
        ):
            action.setEnabled(doc is not None)
        for action in (self.menu_actions.save_copy, self.menu_actions.backup):
            action.setEnabled(doc is not None and doc.facts.is_file)  # a server backs up itself
        for row, entry in enumerate(registry.REGISTRY):
            shown = self.page_shown(entry.key)
            self.sidebar.item(row).setHidden(not shown)
            self.menu_actions.pages[entry.key].setVisible(shown)
        if doc is None:
            self.menu_actions.new_project.setEnabled(False)
            self.menu_actions.import_.setEnabled(False)
            return
        from fieldlab_desk.domain.access import Area  # with the document: not before first paint

        self.menu_actions.new_project.setEnabled(not doc.held(Area.NEW_PROJECT))
        self.menu_actions.import_.setEnabled(
            not read_only and doc.permissions.reaches(Area.PROJECT)
        )

    def _data_changed(self, tables: frozenset[str]) -> None:
        if self._elsewhere_pending:  # the user saved the field they were typing in
            self._changed_elsewhere(just_saved=True)
            return
        current = self.current_page()
        for name, page in self.pages.items():
            if name == current:
                page.refresh(tables)
            else:
                self._stale.add(name)

    def _changed_elsewhere(self, *, just_saved: bool = False) -> None:
        """Someone else saved an edit: show it, but never under the cursor of a user typing.

        ``just_saved``: the user's own field was saved a moment ago, so what the page shows
        again is what they typed; nothing else on it can hold unsaved text.
        """
        self._stale = set(PAGES)
        if self._typing() and not just_saved:
            self._elsewhere_pending = True  # after the field is left (and saved)
            return
        self._elsewhere_pending = False
        current = self.current_page()
        if current:
            self._stale.discard(current)
            self.pages[current].refresh(frozenset())

    def _show_pending_changes(self) -> None:
        if self._elsewhere_pending and not self._typing():
            self._changed_elsewhere()

    def _typing(self) -> bool:
        focused = QApplication.focusWidget()
        typing_kinds = (QLineEdit, QPlainTextEdit, QAbstractSpinBox)
        return (
            isinstance(focused, typing_kinds)
            and not focused.property(FILTERS)  # a search edits no data
            and self.stack.isAncestorOf(focused)
        )

    def _edit_failed(self, error: FieldLabError) -> None:
        show_error(self, error, self.languages.current)

    # pages -----------------------------------------------------------------------------
    @property
    def projects_page(self) -> ProjectsPage:
        return cast("ProjectsPage", self.page("projects"))

    def current_page(self) -> str:
        widget = self.stack.currentWidget()
        return next((name for name, page in self.pages.items() if page is widget), "")

    def page_shown(self, name: str) -> bool:
        """Whether the page is offered now: an administration page only to a beheerder on a
        server."""
        doc = self.document
        if not registry.BY_KEY[name].administration:
            return True
        return doc is not None and not doc.facts.is_file and doc.permissions.everything

    def show_page(self, name: str) -> None:
        if self.document is None or name not in PAGES or not self.page_shown(name):
            return
        page = self.page(name)
        if name in self._stale:
            self._stale.discard(name)
            page.refresh(frozenset())
            # What the app keeps (modules, pages, matplotlib once a chart shows) leaves the
            # collector's view: a full collection over it took 110-130 ms on the UI thread,
            # triggered by the worker's allocations while the national file's figures load.
            gc.freeze()
        self.stack.setCurrentWidget(cast(QWidget, page))
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(PAGES.index(name))
        self.sidebar.blockSignals(False)
        for key, action in self.menu_actions.pages.items():
            action.setChecked(key == name)
        self.settings.set(keys.LAST_PAGE, name)
        self.fix_mnemonics()

    def open_project(self, project_id: int) -> None:
        """Show a project in the editor (from a fieldlab, organisation or person)."""
        self.show_page("projects")
        self.projects_page.open_project(project_id)

    def fix_mnemonics(self) -> None:
        """One target per Alt+letter in what is shown now (after the event loop has laid it out)."""
        QTimer.singleShot(0, self, self._fix_mnemonics_now)

    def _fix_mnemonics_now(self) -> None:
        menus = [m.title() for k, m in self.menu_actions.menus.items() if k != "recent"]
        unique_in(self, menus)

    def open_project_code(self) -> str | None:
        """The code of the project open in the editor, if one is."""
        return self.project_actions.open_project_code()

    # language, about, closing ----------------------------------------------------------
    def set_language(self, language: str) -> None:
        self.languages.switch(language)
        self.settings.set(keys.LANGUAGE, language)

    def ask_user_name(self) -> bool:
        """The name written in the change history (the login name until the user gives one)."""
        current = self.settings.get(keys.USER_NAME) or (self.document.who if self.document else "")
        name, ok = QInputDialog.getText(
            self, self.tr("Uw naam"),
            self.tr("Uw naam, zoals de historie laat zien wie wat heeft gewijzigd:"), text=current,
        )  # fmt: skip
        if not ok or not name.strip():
            return False
        self.settings.set(keys.USER_NAME, name.strip())
        if self.document is not None:
            self.document.portfolio.user = name.strip()
            self.document.portfolio.record_name()  # on a server: the login's own name
        return True

    def about(self) -> None:
        """Over FieldLab Desk: version, schema, the open file, and the bundled libraries with
        their licences."""
        from fieldlab_desk.ui.help import about_text

        document = self.document
        location = document.portfolio.location if document is not None else ""
        revision = str(document.facts.revision) if document is not None else ""
        QMessageBox.about(self, self.tr("Over FieldLab Desk"),
                          about_text(self.languages.current, location, revision))  # fmt: skip

    def manual(self) -> None:
        """Handleiding (F1): the short user guide in the interface's language."""
        from fieldlab_desk.ui.help import ManualDialog

        ManualDialog(self.languages.current, self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set(keys.GEOMETRY, self.saveGeometry())
        self.settings.set(keys.WINDOW_STATE, self.saveState())
        self.settings.sync()
        self._close_document()  # the pages go with the window (and a first open ends)
        while self._arriving:  # opened on the worker, never shown: its lock is released
            _discard(self._arriving.pop())
        self._busy_cursor(False)
        event.accept()

    def retranslate(self) -> None:
        names = [entry.title(self.languages.current) for entry in registry.REGISTRY]
        for row, text in enumerate(names):
            self.sidebar.item(row).setText(text)
        self.sidebar.setAccessibleName(self.tr("Navigatie"))
        self.welcome_text.setText(
            _centred(self.tr("<h2>FieldLab Desk</h2><p>Er is geen portfolio geopend.</p>"))
        )
        self.opening_text.setText(_centred(escape(self.tr("Portfolio wordt geopend…"))))
        self.welcome_open.setText(self.tr("&Openen…"))
        self.welcome_new.setText(self.tr("&Nieuw portfolio…"))
        a = self.menu_actions
        texts = {
            a.new_file: self.tr("&Nieuw portfolio…"), a.open_file: self.tr("&Openen…"),
            a.open_server: self.tr("&Databaseserver openen…"),
            a.save_copy: self.tr("Kopie op&slaan als…"), a.backup: self.tr("&Reservekopie maken"),
            a.close_file: self.tr("&Sluiten"), a.quit: self.tr("&Afsluiten"),
            a.export: self.tr("&Exporteren naar Excel…"), a.import_: self.tr("&Importeren uit Excel…"),
            a.template: self.tr("Importsja&bloon opslaan…"),
            a.print_plan: self.tr("Projectplan afdrukken / &PDF…"),
            a.find: self.tr("&Zoeken in projecten"), a.new_project: self.tr("Nieuw &project"),
            a.dutch: "&Nederlands", a.english: "&English", a.about: self.tr("&Over FieldLab Desk"), a.manual: self.tr("&Handleiding"),
            a.user_name: self.tr("Uw &naam…"),
        }  # fmt: skip
        for action, text in texts.items():
            action.setText(text)
        for page, text in zip(PAGES, names, strict=True):
            a.pages[page].setText(text)
        menu_titles = {"file": self.tr("&Bestand"), "edit": self.tr("Be&werken"), "view": self.tr("Bee&ld"),
                       "language": self.tr("&Taal"), "help": self.tr("&Help"), "recent": self.tr("&Recent geopend")}  # fmt: skip
        for key, text in menu_titles.items():
            a.menus[key].setTitle(text)
        self._update_undo_texts()
        self.fix_mnemonics()
        a.dutch.setChecked(self.languages.current == "nl")
        a.english.setChecked(self.languages.current == "en")
        self._show_state()
