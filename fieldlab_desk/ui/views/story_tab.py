"""Voortgang: the project's story per half year — resultaten, bevindingen, vervolg and
kennisdeling — with the previous half year's *vervolg* beside it, so a leader can say what
became of it. Each part is saved when the cursor leaves it, as one edit Ctrl+Z undoes."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fieldlab_desk.domain.access import Area
from fieldlab_desk.services import stories
from fieldlab_desk.services.stories import PARTS, Story
from fieldlab_desk.ui.views import PageContext
from fieldlab_desk.ui.widgets import FocusOut, Retranslating, named


class StoryTab(Retranslating, QWidget):
    SHOWS = frozenset({"file_info", "progress_story", "project"})
    """The record kinds this tab shows: an edit of none of them leaves it as it is."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storyTab")
        self.context = context
        self.document = context.document
        self.project_id: int | None = None
        self.story = Story("")
        self._loading = False
        self.period = named(QComboBox(), "storyPeriod")
        self.period_label = QLabel()
        self.period_label.setBuddy(self.period)
        self.before = named(QLabel(), "storyBefore")
        self.before.setWordWrap(True)
        self.before.setStyleSheet("color: #37474f;")
        self.edits: dict[str, QPlainTextEdit] = {}
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.addRow(self.period_label, self.period)
        form.addRow(self.before)
        for part in PARTS:
            edit = named(QPlainTextEdit(), f"story_{part}")
            edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
            edit.setMinimumHeight(70)
            label = QLabel()
            label.setBuddy(edit)
            self.edits[part], self.labels[part] = edit, label
            form.addRow(label, edit)
            FocusOut(edit, partial(self._left, part))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.period.activated.connect(lambda _index: self._show())
        self.retranslate()

    def load(self, project_id: int) -> None:
        self._loading = True
        try:
            changed = project_id != self.project_id
            self.project_id = project_id
            chosen = self.period.currentData()
            periods = self.document.read(stories.story_periods, project_id)
            self.period.clear()
            for period in periods:
                self.period.addItem(period, period)
            index = self.period.findData(chosen) if not changed and chosen else 0
            self.period.setCurrentIndex(max(index, 0))
        finally:
            self._loading = False
        self._show()

    def _show(self) -> None:
        """The chosen half year's story, and the previous one's vervolg beside it."""
        if self.project_id is None or self.period.currentData() is None:
            return
        period = str(self.period.currentData())
        self.story = self.document.read(stories.story, self.project_id, period)
        previous = self.document.read(
            stories.story, self.project_id, stories.previous_period(period)
        )
        self._loading = True
        try:
            for part, edit in self.edits.items():
                if edit.toPlainText() != getattr(self.story, part):
                    edit.setPlainText(getattr(self.story, part))
                edit.setReadOnly(self.document.held(Area.PROJECT, self.project_id))
        finally:
            self._loading = False
        said = previous.next_steps.strip()
        self.before.setText(
            self.tr("Vervolg volgens {0}: {1}").format(previous.period, said)
            if said
            else self.tr("Voor {0} is geen vervolg vastgelegd.").format(previous.period)
        )

    def _left(self, part: str) -> None:
        """Save a part when the cursor leaves it (nothing when it is as stored)."""
        if (
            self._loading
            or self.project_id is None
            or self.document.held(Area.PROJECT, self.project_id)
        ):
            return
        value = self.edits[part].toPlainText().strip()
        if value == getattr(self.story, part):
            return
        title = self.tr("Voortgang {0} wijzigen").format(self.story.period)
        self.document.edit(
            stories.set_story, title, self.project_id, self.story.period, part, value
        )

    def retranslate(self) -> None:
        self.period_label.setText(self.tr("&Periode:"))
        names = {"results": self.tr("&Resultaten:"), "findings": self.tr("Bev&indingen:"),
                 "next_steps": self.tr("Vervol&g:"), "knowledge": self.tr("&Kennisdeling:")}  # fmt: skip
        hints = {
            "results": self.tr('Wat is bereikt, met aantallen en data ("352 deelnemers")'),
            "findings": self.tr(
                'Wat ging goed en wat minder; ook wat niet werkte ("geen behoefte")'
            ),
            "next_steps": self.tr("Wat er nu volgt, en wanneer"),
            "knowledge": self.tr("Wat is gedeeld, met wie"),
        }
        for part in PARTS:
            self.labels[part].setText(names[part])
            self.edits[part].setPlaceholderText(hints[part])
            self.edits[part].setAccessibleName(names[part].replace("&", "").rstrip(":"))
        self.period.setAccessibleName(self.tr("Halfjaar van de voortgang"))
        if self.project_id is not None:
            self._show()
