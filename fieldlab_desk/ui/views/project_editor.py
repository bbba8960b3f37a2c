"""The project editor: a header and tabs (Algemeen, Begroting, Veranderketen, Effectmeting,
Mijlpalen, Voortgang, Verzoeken, Verspreiding, Historie)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldlab_desk.domain.access import Area
from fieldlab_desk.services.projects import project_details
from fieldlab_desk.ui.views import PageContext
from fieldlab_desk.ui.views.budget_tab import BudgetTab
from fieldlab_desk.ui.views.effect_tab import EffectTab
from fieldlab_desk.ui.views.general_tab import GeneralTab
from fieldlab_desk.ui.views.history_tab import HistoryTab
from fieldlab_desk.ui.views.milestones_tab import MilestonesTab
from fieldlab_desk.ui.views.requests_tab import RequestsTab
from fieldlab_desk.ui.views.scaling_tab import ScalingTab
from fieldlab_desk.ui.views.story_tab import StoryTab
from fieldlab_desk.ui.views.toc_tab import ToCTab
from fieldlab_desk.ui.widgets import Retranslating, explain_held, named

EditorTab = (
    GeneralTab | BudgetTab | ToCTab | EffectTab | MilestonesTab | StoryTab | RequestsTab
    | ScalingTab | HistoryTab
)  # fmt: skip


class ProjectEditor(Retranslating, QWidget):
    back_requested = Signal()
    """Emitted when the user leaves the editor (Esc, Alt+Left or the back button)."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectEditor")
        self.document = context.document
        self.context = context
        self.project_id: int | None = None
        self.back = named(QPushButton(), "backToList")
        self.heading = named(QLabel(), "projectHeading")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.held = named(QLabel(), "projectHeld")
        """Why this login may only read the project, when it may (on a server)."""
        self.held.setWordWrap(True)
        self.held.setStyleSheet("background: #fff4ce; color: #3b2f00; padding: 4px 8px;")
        self.held.hide()
        self.tabs = named(QTabWidget(), "projectTabs")
        self.general = GeneralTab(context, self)
        self.budget = BudgetTab(context, self)
        self.toc = ToCTab(context, self)
        self.effect = EffectTab(context, self)
        self.milestones = MilestonesTab(context, self)
        self.story = StoryTab(context, self)
        self.requests = RequestsTab(context, self)
        self.scaling = ScalingTab(context, self)
        self.history = HistoryTab(context, self)
        scroll = named(QScrollArea(), "generalScroll")
        scroll.setWidget(self.general)
        scroll.setWidgetResizable(True)
        self.tabs.addTab(scroll, "")
        self.tabs.addTab(self.budget, "")
        self.tabs.addTab(self.toc, "")
        self.tabs.addTab(self.effect, "")
        self.tabs.addTab(self.milestones, "")
        self.tabs.addTab(self.story, "")
        self.tabs.addTab(self.requests, "")
        self.tabs.addTab(self.scaling, "")
        self.tabs.addTab(self.history, "")
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.heading, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.held)
        layout.addWidget(self.tabs, 1)
        self.back.clicked.connect(self.back_requested)
        for keys in (QKeySequence(Qt.Key.Key_Escape), QKeySequence("Alt+Left")):
            QShortcut(keys, self, self.back_requested.emit)
        self.general.heading_changed.connect(self._show_heading)
        self.tabs.currentChanged.connect(self._show_tab)
        self.stale: set[int] = set()
        """The tabs (by index) whose data changed while they were hidden: loaded when shown."""
        self.retranslate()

    def load(self, project_id: int) -> None:
        """Show a project: the Algemeen tab now, every other tab when it is first shown."""
        self.project_id = project_id
        self.stale = set(range(1, self.tabs.count()))
        self.general.load(project_id)
        self._explain(self.general)
        if self.tabs.currentIndex() == 0:
            return
        self.tabs.setCurrentIndex(0)

    def refresh(self, tables: frozenset[str]) -> None:
        """Show an edit: reload the shown tab when it shows a record kind in ``tables`` (empty:
        anything may have changed), and mark every other such tab to reload when shown."""
        if self.project_id is None:
            return
        details = None
        if not tables or "project" in tables:
            details = self.document.read(project_details, self.project_id)
            if details is None:  # deleted, e.g. by undo of its creation
                self.project_id = None
                self.back_requested.emit()
                return
        current = self.tabs.currentIndex()
        for index, tab in enumerate(self._tabs()):
            if tables and not tables & tab.SHOWS:
                continue
            if index != current:
                self.stale.add(index)
            elif tab is self.general:
                self.general.load(self.project_id, details)
                self._explain(tab)
            else:
                tab.load(self.project_id)
                self._explain(tab)

    def _show_tab(self, index: int) -> None:
        if self.project_id is None or index not in self.stale:
            return
        self.stale.discard(index)
        tab = self._tabs()[index]
        tab.load(self.project_id)
        self._explain(tab)

    def _explain(self, tab: QWidget) -> None:
        """Say why the project is read-only here, when it is: above the tabs (a login whose
        role does not reach it; a read-only file has the window's banner) and on every control
        it holds."""
        language = self.context.language
        reason = self.document.why_held(Area.PROJECT, self.project_id, language)
        explain_held(tab, reason)
        if self.document.read_only:
            reason = ""
        self.held.setText(reason)
        self.held.setVisible(bool(reason))

    def _tabs(self) -> tuple[EditorTab, ...]:
        return (self.general, self.budget, self.toc, self.effect, self.milestones, self.story,
                self.requests, self.scaling, self.history)  # fmt: skip

    def focus_first(self) -> None:
        self.general.ui.titleEdit.setFocus()

    def _show_heading(self, text: str) -> None:
        self.heading.setText(text)

    def retranslate(self) -> None:
        self.back.setText(self.tr("← &Terug naar de lijst"))
        self.back.setAccessibleName(self.tr("Terug naar de projectenlijst"))
        self.back.setToolTip(self.tr("Esc"))
        self.tabs.setTabText(0, self.tr("&Algemeen"))
        self.tabs.setTabText(1, self.tr("&Begroting"))
        self.tabs.setTabText(2, self.tr("&Veranderketen"))
        self.tabs.setTabText(3, self.tr("&Effectmeting"))
        self.tabs.setTabText(4, self.tr("&Mijlpalen"))
        self.tabs.setTabText(5, self.tr("V&oortgang"))
        self.tabs.setTabText(6, self.tr("Ver&zoeken"))
        self.tabs.setTabText(7, self.tr("Ver&spreiding"))
        self.tabs.setTabText(8, self.tr("&Historie"))
        self.tabs.setAccessibleName(self.tr("Onderdelen van het project"))
        if self.project_id is not None:  # the reason, in the language now spoken
            self._explain(self._tabs()[self.tabs.currentIndex()])
