"""Projecten: the filterable table of all projects, and the editor for one of them."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldlab_desk.domain.access import Area
from fieldlab_desk.domain.enums import Phase
from fieldlab_desk.services.catalog import FilterChoices, filter_choices
from fieldlab_desk.services.projects import (
    ProjectFilter,
    ProjectRow,
    project_rows,
    touches_project_list,
)
from fieldlab_desk.ui.labels import label
from fieldlab_desk.ui.models.project_table import ProjectTableModel
from fieldlab_desk.ui.tasks import Loader
from fieldlab_desk.ui.views import PageContext
from fieldlab_desk.ui.widgets import (
    KeyActions,
    Retranslating,
    fill_combo,
    filter_field,
    named,
    without_keyboard_traps,
)

if TYPE_CHECKING:
    from fieldlab_desk.ui.views.project_editor import ProjectEditor

SEARCH_DELAY_MS = 200


def _combo(name: str, accessible: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    # As wide as its "all" entry, not as its longest choice: the whole row fits at 1366×768,
    # and the list that opens is as wide as it needs.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


class ProjectListView(Retranslating, QWidget):
    """Search, filters and the table."""

    open_requested = Signal(int)
    """Emitted with a project id when the user opens a project (Enter or double-click)."""

    new_requested = Signal()
    """Emitted when the user asks for a new project."""

    first_step = Signal(str)
    """Emitted from the first-steps panel of an empty portfolio: "fieldlab", "organisation",
    "project" or "import"."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.document = document = context.document
        self.model = ProjectTableModel(lambda: context.language, self)
        self.loader = Loader(context.tasks, self)
        self.score_loader = Loader(context.tasks, self)
        self.choice_loader = Loader(context.tasks, self)
        self.choices = FilterChoices(years=[], themes=[], fieldlabs=[], organisations=[])
        """What the filter lists offer (until it comes each list offers its "all" entry)."""
        self.stale = True
        """The filter lists and the chains' scores are read once per change of the data (not
        per filter), after the rows have shown, so that the list shows at once."""
        self.open_when_shown = False
        """Enter was pressed in the search before its results came: open the only one."""
        self.keep_selected: int | None = None
        """The project to select again once the rows of a reload arrive."""
        self.search = filter_field("projectSearch")
        self.year = _combo("yearFilter", "")
        self.phase = _combo("phaseFilter", "")
        self.theme = _combo("themeFilter", "")
        self.fieldlab = _combo("fieldlabFilter", "")
        self.organisation = _combo("organisationFilter", "")
        self.clear_button = named(QPushButton(), "clearFilters")
        self.new_button = named(QPushButton(), "newProject")
        self.first_steps = self._first_steps_panel()
        self.count = named(QLabel(), "projectCount")
        self.table = named(QTableView(), "projectTable")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._layout()
        self._connect()
        self.table.setModel(self.model)
        self._size_columns()
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.new_button.setEnabled(not document.held(Area.NEW_PROJECT))
        self.loader.busy_changed.connect(self._show_busy)
        self.retranslate()

    def _first_steps_panel(self) -> QFrame:
        """What an empty portfolio shows above its empty list: the first steps, as buttons."""
        panel = named(QFrame(), "firstSteps")
        panel.setStyleSheet("#firstSteps { background: #eef4f8; border-radius: 4px; }")
        self.first_steps_text = QLabel()
        self.first_steps_text.setWordWrap(True)
        row = QHBoxLayout()
        self.step_buttons: dict[str, QPushButton] = {}
        for kind in ("fieldlab", "organisation", "project", "import"):
            button = named(QPushButton(), f"firstStep_{kind}")
            button.clicked.connect(lambda _checked=False, k=kind: self.first_step.emit(k))
            self.step_buttons[kind] = button
            row.addWidget(button)
        row.addStretch(1)
        column = QVBoxLayout(panel)
        column.addWidget(self.first_steps_text)
        column.addLayout(row)
        panel.hide()
        return panel

    def _filtering(self) -> bool:
        return bool(self.search.text().strip()) or any(
            combo.currentData() is not None
            for combo in (self.year, self.phase, self.theme, self.fieldlab, self.organisation)
        )

    def _layout(self) -> None:
        filters = QHBoxLayout()
        for widget in (
            self.search,
            self.year,
            self.phase,
            self.theme,
            self.fieldlab,
            self.organisation,
            self.clear_button,
        ):
            filters.addWidget(widget)
        self.search.setMinimumWidth(160)
        for combo in (self.year, self.phase, self.theme, self.fieldlab, self.organisation):
            combo.setMaximumWidth(210)
            # never narrower than its words ("Alle jaren", not "Alle jarer")
            combo.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        filters.setStretch(0, 3)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addStretch(1)
        bottom.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.first_steps)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setTabKeyNavigation(False)

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self._timer.timeout.connect(self.apply_filter)
        for combo in (self.year, self.phase, self.theme, self.fieldlab, self.organisation):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.clear_button.clicked.connect(self.clear_filters)
        self.new_button.clicked.connect(self.new_requested)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)
        KeyActions(self.table, enter=self._open_current)
        self.search.installEventFilter(self)  # Down into the results, Enter opens one

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        widths = (108, 250, 130, 100, 112, 130, 80, 80, 96)  # all of it fits at 1366×768
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)

    def fill_filters(self, choices: FilterChoices) -> None:
        self.choices = choices
        self._show_choices()

    def _show_choices(self) -> None:
        choices, language = self.choices, self.context.language
        self._fill(self.year, self.tr("Alle jaren"), [(str(y), y) for y in choices.years])
        self._fill(self.phase, self.tr("Alle fasen"), [(label(p, language), p) for p in Phase])
        self._fill(self.theme, self.tr("Alle thema's"),
                   [(t.name(language), t.id) for t in choices.themes])  # fmt: skip
        self._fill(
            self.fieldlab, self.tr("Alle fieldlabs"), [(f.name_nl, f.id) for f in choices.fieldlabs]
        )
        self._fill(self.organisation, self.tr("Alle organisaties"),
                   [(o.name_nl, o.id) for o in choices.organisations])  # fmt: skip

    @staticmethod
    def _fill(combo: QComboBox, everything: str, items: list[tuple[str, object]]) -> None:
        fill_combo(combo, items, combo.currentData(), everything)  # keeps the chosen filter
        combo.setMinimumContentsLength(len(everything) + 1)
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)

    def current_filter(self) -> ProjectFilter:
        return ProjectFilter(
            text=self.search.text(),
            year=self.year.currentData(),
            phase=self.phase.currentData(),
            theme_id=self.theme.currentData(),
            fieldlab_id=self.fieldlab.currentData(),
            organisation_id=self.organisation.currentData(),
        )

    def shown_filter(self) -> tuple[ProjectFilter | None, str]:
        """The list's filter and its words, or (None, "") when the list shows everything."""
        chosen = self.current_filter()
        if chosen == ProjectFilter():
            return None, ""
        words = [f"'{chosen.text.strip()}'"] if chosen.text.strip() else []
        for combo in (self.year, self.phase, self.theme, self.fieldlab, self.organisation):
            if combo.currentData() is not None:
                words.append(combo.currentText())
        return chosen, ", ".join(words)

    def apply_filter(self) -> None:
        """Ask the worker for the projects of the current filter; they show when they come."""
        self._timer.stop()
        filters, document = self.current_filter(), self.document
        self.loader.load(lambda: document.read(project_rows, filters), self._show_rows)

    def _show_rows(self, rows: list[ProjectRow]) -> None:
        self.model.set_rows(rows)
        self._update_count()
        self.first_steps.setVisible(self.model.total == 0 and not self._filtering())
        if self.stale:
            self.stale = False
            document = self.document
            self.choice_loader.load(lambda: document.read(filter_choices), self.fill_filters)
            QTimer.singleShot(0, self, self._load_scores)
        if self.keep_selected is not None:
            self.select_project(self.keep_selected)
            self.keep_selected = None
        if self.open_when_shown:  # Enter in the search before its results had come
            self.open_when_shown = False
            if self.model.rowCount() == 1:
                self._open_index(self.model.index(0, 0))

    def _load_scores(self) -> None:
        from fieldlab_desk.services.toc import chain_scores  # not needed for the first rows

        document = self.document
        self.score_loader.load(lambda: document.read(chain_scores), self.model.set_scores)

    def _show_busy(self, busy: bool) -> None:
        self.table.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)
        if busy and not self.model.total:
            self.count.setText(self.tr("Projecten worden geladen…"))

    def clear_filters(self) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        for combo in (self.year, self.phase, self.theme, self.fieldlab, self.organisation):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.apply_filter()

    def refresh(self) -> None:
        """Reload after an edit, keeping filters, sorting and the selected project."""
        self.keep_selected = self.selected_project() or self.keep_selected
        self.stale = True
        self.apply_filter()

    def selected_project(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.project_id(rows[0].row()) if rows else None

    def select_project(self, project_id: int) -> None:
        if self.loader.busy:  # the rows on their way may not hold it yet
            self.keep_selected = project_id
            return
        row = self.model.row_of(project_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            project_id = self.model.project_id(index.row())
            if project_id is not None:
                self.open_requested.emit(project_id)

    def _open_current(self) -> None:
        self._open_index(self.table.currentIndex())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the search field, Down moves into the results and Enter opens the selected
        result, or the only one; the text typed stays."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            pressed = cast(QKeyEvent, event)
            key = pressed.key()
            if pressed.modifiers() & Qt.KeyboardModifier.AltModifier and pressed.text():
                return True  # an Alt+letter that no mnemonic took types nothing

            if key == Qt.Key.Key_Down and self.model.rowCount() > 0:
                if not self.table.currentIndex().isValid():
                    self.table.selectRow(0)
                self.table.setFocus(Qt.FocusReason.TabFocusReason)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():  # the search typed has not run yet: run it now
                    self.open_when_shown = True
                    self.apply_filter()
                    return True
                current = self.table.currentIndex()
                if not current.isValid() and self.model.rowCount() == 1:
                    current = self.model.index(0, 0)
                if current.isValid():
                    self._open_index(current)
                    return True
        return super().eventFilter(watched, event)

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n project(en)", "", self.model.total))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Zoek op code, titel of samenvatting (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Zoeken in projecten"))
        self.year.setAccessibleName(self.tr("Filter op jaar"))
        self.phase.setAccessibleName(self.tr("Filter op fase"))
        self.theme.setAccessibleName(self.tr("Filter op opgave of thema"))
        self.fieldlab.setAccessibleName(self.tr("Filter op fieldlab"))
        self.organisation.setAccessibleName(self.tr("Filter op organisatie"))
        self.clear_button.setText(self.tr("Filters &wissen"))
        self.clear_button.setAccessibleName(self.tr("Filters wissen"))
        self.new_button.setText(self.tr("&Nieuw project…"))
        self.first_steps_text.setText(self.tr(
            "Dit portfolio is nog leeg. Eerste stappen: leg een fieldlab en de organisaties vast "
            "die meedoen, maak een project aan, of importeer een projectplan uit Excel."))  # fmt: skip
        steps = {"fieldlab": self.tr("Fieldlab &aanmaken"),
                 "organisation": self.tr("&Organisatie toevoegen"),
                 "project": self.tr("Project aan&maken"), "import": self.tr("Plan &importeren…")}  # fmt: skip
        for kind, words in steps.items():
            self.step_buttons[kind].setText(words)
        self.new_button.setAccessibleName(self.tr("Nieuw project"))
        why = self.document.why_held(Area.NEW_PROJECT, language=self.context.language)
        self.new_button.setToolTip(why)
        self.table.setAccessibleName(self.tr("Projecten"))
        self._show_choices()  # the filter names in the new language
        self.model.retranslate()
        self._update_count()


class ProjectsPage(QStackedWidget):
    """The list, and the editor that opens in its place (Esc goes back).

    The editor, with its six tabs, is built when the first project opens: the list shows sooner.
    """

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectsPage")
        self.context = context
        self.list = ProjectListView(context, self)
        self._editor: ProjectEditor | None = None
        self.addWidget(self.list)
        self.list.open_requested.connect(self.open_project)

    @property
    def editor(self) -> ProjectEditor:
        if self._editor is None:
            from fieldlab_desk.ui.views import project_editor  # with the first project opened

            self._editor = project_editor.ProjectEditor(self.context, self)
            without_keyboard_traps(self._editor)
            self.addWidget(self._editor)
            self._editor.back_requested.connect(self.show_list)
        return self._editor

    def editing(self) -> int | None:
        """The id of the project open in the editor, if the editor is what shows."""
        editor = self._editor
        if editor is None or self.currentWidget() is not editor:
            return None
        return editor.project_id

    @property
    def loader(self) -> Loader:
        """The list's loader: busy while the rows of a filter are on their way."""
        return self.list.loader

    def open_project(self, project_id: int) -> None:
        self.editor.load(project_id)
        self.setCurrentWidget(self.editor)
        self.editor.focus_first()

    def show_list(self) -> None:
        project_id = self.editing()
        if project_id is not None:
            self.list.select_project(project_id)
        self.setCurrentWidget(self.list)
        self.list.table.setFocus()

    def refresh(self, tables: frozenset[str]) -> None:
        if touches_project_list(tables):  # a milestone or a ToC edit leaves the list as it is
            self.list.refresh()
        if self._editor is not None and self.currentWidget() is self._editor:
            self._editor.refresh(tables)
