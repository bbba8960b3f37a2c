"""A date field that types: ``01-03-2026``, ``1-3-2026`` or ``01032026``, or the calendar.

Used for every date in the app (promoted from a plain widget in the Designer forms). The text
is read by :func:`fieldlab_desk.domain.dates.parse_date`; a text that is no date, or a year
outside 1990-2100, shows its message right below the field and counts as not entered. An
optional field is cleared by emptying it. Tab leaves it like any text field.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldlab_desk.domain import formats
from fieldlab_desk.domain.dates import parse_date
from fieldlab_desk.domain.errors import InvalidInput
from fieldlab_desk.domain.texts import text

PLACEHOLDERS = {"nl": "dd-mm-jjjj", "en": "yyyy-mm-dd"}


class DateField(QWidget):
    editingFinished = Signal()
    """Emitted when the user leaves the field or presses Enter, or picks a day in the calendar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = "nl"
        self.required = False
        """A required date refuses an empty field (an optional one reads it as no date)."""
        self.edit = QLineEdit()
        self.edit.setObjectName("dateText")
        self.edit.setPlaceholderText("dd-mm-jjjj")
        self.edit.setMaximumWidth(140)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down opens it from the keyboard
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit)
        row.addWidget(self.button)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.error)
        # The field takes focus for its line edit: a label's Alt+letter (its buddy) and
        # setFocus() land in the text, where the date is typed.
        self.setFocusPolicy(self.edit.focusPolicy())
        self.setFocusProxy(self.edit)
        self.setFocusProxy(self.edit)
        self.calendar: QCalendarWidget | None = None
        self.edit.editingFinished.connect(self._finished)
        self.button.clicked.connect(self.open_calendar)
        self.edit.installEventFilter(self)  # Alt+Down or F4 opens the calendar, as in a combo

    @property
    def language(self) -> str:
        """The interface language: dates show ``01-03-2026`` in Dutch, ``2026-03-01`` in
        English (either is read in both, as are the other usual Dutch ways)."""
        return self._language

    @language.setter
    def language(self, language: str) -> None:
        shown = self.date()
        self._language = language
        self.edit.setPlaceholderText(PLACEHOLDERS[language])
        if shown is not None:
            self.set_date(shown)

    # reading and showing ----------------------------------------------------------------
    def date(self) -> dt.date | None:
        """The date typed, or None when the field is empty or holds no valid date."""
        try:
            return parse_date(self.edit.text())
        except InvalidInput:
            return None

    def set_date(self, value: dt.date | None) -> None:
        self.edit.blockSignals(True)
        self.edit.setText(formats.date(value, self._language))
        self.edit.blockSignals(False)
        self._show_problem(None)

    def problem(self) -> str | None:
        """The message for what is typed, or None when it may be saved."""
        try:
            value = parse_date(self.edit.text())
        except InvalidInput as error:
            return error.message(self.language)
        if value is None and self.required:
            return text("date.required", self.language)
        return None

    def check(self) -> bool:
        """Show the problem below the field (focusing it), or say the date may be saved."""
        message = self.problem()
        self._show_problem(message)
        if message is not None:
            self.edit.setFocus()
        return message is None

    def _finished(self) -> None:
        message = self.problem()
        self._show_problem(message)
        if message is None:
            self.set_date(self.date())  # 1-3-26 reads back as 01-03-2026
        self.editingFinished.emit()

    def _show_problem(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))

    # the calendar -----------------------------------------------------------------------
    def open_calendar(self) -> None:
        self.calendar = QCalendarWidget(self)
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.setGridVisible(True)
        shown = self.date() or dt.date.today()  # never januari 1900
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.calendar.move(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        self.calendar.show()
        self.calendar.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt_down = (
                event.key() == Qt.Key.Key_Down
                and event.modifiers() & Qt.KeyboardModifier.AltModifier
            )
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    def _picked(self, day: QDate) -> None:
        if self.calendar is not None:
            self.calendar.close()
        self.set_date(dt.date(day.year(), day.month(), day.day()))
        self.edit.setFocus()
        self.editingFinished.emit()

    # for forms and accessibility --------------------------------------------------------
    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)
        self.button.setAccessibleName(self.tr("%1: kalender").replace("%1", name))

    def setReadOnly(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.button.setEnabled(not read_only)
