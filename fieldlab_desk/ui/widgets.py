"""Small widgets and helpers shared by the editors."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6 import QtCore  # QtCore.Qt where used: see ui/mainwindow._centred
from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from shiboken6 import isValid


def fill_combo(
    combo: QComboBox, items: list[tuple[str, Any]], current: Any, empty: str | None = None
) -> None:
    combo.blockSignals(True)
    combo.clear()
    if empty is not None:
        combo.addItem(empty, None)
    for text, value in items:
        combo.addItem(text, value)
    index = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def select_data(combo: QComboBox, value: Any) -> None:
    combo.blockSignals(True)
    index = combo.findData(value) if value is not None else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def show_problem(label: QLabel, message: str | None) -> None:
    """The validation message beside a field, or nothing."""
    label.setText(message or "")
    label.setVisible(bool(message))


class FocusOut(QObject):
    """Calls back when a plain text edit loses focus: its edit is saved then."""

    def __init__(self, widget: QPlainTextEdit, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self.callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A hidden edit loses focus because its window closes or is torn down: the window
        # saved what was typed before that (commit_pending_edit), so nothing is left to save.
        if (
            event.type() == QEvent.Type.FocusOut
            and isValid(watched)
            and isinstance(watched, QWidget)
            and watched.isVisible()
        ):
            self.callback()
        return False


def set_plain_text(edit: QPlainTextEdit, text: str) -> None:
    if edit.toPlainText() != text:
        edit.blockSignals(True)
        edit.setPlainText(text)
        edit.blockSignals(False)


Named = TypeVar("Named", bound=QObject)


def named(thing: Named, name: str) -> Named:
    """Give a widget its stable object name (tests and accessibility tools find it by that)."""
    thing.setObjectName(name)
    return thing


FILTERS = "filters"
"""The property that marks a field as a filter: typing in it edits no data, so changes saved
in another window may show while it has the keyboard."""


def filter_field(name: str) -> QLineEdit:
    """A search/filter field with a clear button."""
    field = named(QLineEdit(), name)
    field.setClearButtonEnabled(True)
    field.setProperty(FILTERS, True)
    return field


HELD_TIP = "fieldlabOwnTip"


def explain_held(container: QWidget, reason: str) -> None:
    """Give every disabled button and read-only field in ``container`` the reason it may not
    be changed as its tooltip (``reason`` empty: give each its own tooltip back)."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit

    for widget in container.findChildren(QWidget):
        if not isinstance(widget, QAbstractButton | QComboBox | QLineEdit | QPlainTextEdit):
            continue
        own = widget.property(HELD_TIP)
        if reason:
            read_only = getattr(widget, "isReadOnly", lambda: False)()
            if widget.isEnabled() and not read_only:
                continue
            if own is None:
                widget.setProperty(HELD_TIP, widget.toolTip())
            widget.setToolTip(reason)
        elif own is not None:
            widget.setToolTip(str(own))
            widget.setProperty(HELD_TIP, None)


def read_only_table(name: str, columns: int, *, stretch_last: bool = True) -> QTableWidget:
    """A table for showing rows: whole-row selection, no editing, alternating colours."""
    table = named(QTableWidget(0, columns), name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(stretch_last)
    table.setAlternatingRowColors(True)
    return table


def table_cell(text: str, *, money: bool = False, colour: QColor | None = None) -> QTableWidgetItem:
    """A cell; amounts align right, warnings get a colour."""
    item = QTableWidgetItem(text)
    if money:
        item.setTextAlignment(
            QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter
        )
    if colour is not None:
        item.setForeground(colour)
    return item


class Retranslating:
    """Mixin for widgets whose ``retranslate()`` sets their texts: called on a language switch."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not showing_closed_file(self):
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]


def showing_closed_file(widget: object) -> bool:
    """A page of a file that was closed (its window is closing): nothing to show again."""
    document = getattr(widget, "document", None)
    return bool(getattr(document, "closed", False))


def without_keyboard_traps(root: QWidget) -> None:
    """Tab always moves on: out of tables (not from cell to cell) and out of text boxes (not
    into the text as a tab character)."""
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
    for box in root.findChildren(QPlainTextEdit):
        box.setTabChangesFocus(True)


class KeyActions(QObject):
    """Enter edits (or opens) the selected row of a table or list; Delete removes it; Insert
    adds one; Alt+Up and Alt+Down move it.

    An event filter rather than a shortcut, so the key works wherever the view has focus and
    reaches the view however it was sent."""

    def __init__(
        self,
        view: QWidget,
        *,
        enter: Callable[[], object] | None = None,
        delete: Callable[[], object] | None = None,
        insert: Callable[[], object] | None = None,
        move: Callable[[int], object] | None = None,
    ) -> None:
        super().__init__(view)
        self.actions: dict[int, Callable[[], object]] = {}
        if enter is not None:
            self.actions[QtCore.Qt.Key.Key_Return] = self.actions[QtCore.Qt.Key.Key_Enter] = enter
        if delete is not None:
            self.actions[QtCore.Qt.Key.Key_Delete] = delete
        if insert is not None:
            self.actions[QtCore.Qt.Key.Key_Insert] = insert
        self.moves: dict[int, Callable[[], object]] = {}
        if move is not None:  # Alt+Up and Alt+Down move the row
            self.moves = {
                QtCore.Qt.Key.Key_Up: lambda: move(-1),
                QtCore.Qt.Key.Key_Down: lambda: move(1),
            }
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key, modifiers = event.key(), event.modifiers()  # type: ignore[attr-defined]
            action = self.actions.get(key) if not modifiers else None
            if modifiers == QtCore.Qt.KeyboardModifier.AltModifier:
                action = self.moves.get(key)
            if action is not None:
                action()
                return True
        return False


class WrappedRows(QStyledItemDelegate):
    """Rows of a list as tall as their text wrapped at the list's present width.

    Qt's own size hint wraps at a width it guessed before the list was shown, so a narrow
    column cut its rows off with an ellipsis; this one measures at the real width, and the
    list lays its rows out again whenever it is resized."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view
        view.setWordWrap(True)
        view.setTextElideMode(QtCore.Qt.TextElideMode.ElideNone)
        view.setResizeMode(QListView.ResizeMode.Adjust)
        view.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setItemDelegate(self)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = max(self.view.viewport().width() - 12, 40)
        text = str(index.data() or "")
        bounds = option.fontMetrics.boundingRect(
            QRect(0, 0, width, 100_000), int(QtCore.Qt.TextFlag.TextWordWrap), text
        )
        return QSize(width, bounds.height() + 10)


class EnterAccepts(QObject):
    """Enter in a text box accepts its dialog (Shift+Enter still breaks the line): for short
    texts such as a chain element, where a line break means nothing."""

    def __init__(self, edit: QPlainTextEdit, accept: Callable[[], object]) -> None:
        super().__init__(edit)
        self.accept = accept
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return False
        enter = event.key() in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter)
        if enter and not event.modifiers() & QtCore.Qt.KeyboardModifier.ShiftModifier:
            self.accept()
            return True
        return False
