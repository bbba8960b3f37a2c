"""An open portfolio in the app: the Qt-free :class:`Portfolio` plus an undo stack and signals.

Every change goes through :meth:`Document.edit` (build a named edit from a service, then save
it) or :meth:`Document.execute` (save an edit built already): the edit is applied in one
transaction (so it is saved at once: there is no "forgot to save"), then pushed on the undo
stack as an already-applied command. Undo and redo apply the stored inverse in a new
transaction, and write change records like any edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from fieldlab_desk.domain.access import Area, Permissions
from fieldlab_desk.domain.errors import FieldLabError, WriteFailed
from fieldlab_desk.services.access import reason
from fieldlab_desk.services.edits import Edit
from fieldlab_desk.services.file_info import change_marker
from fieldlab_desk.services.portfolio import Portfolio, PortfolioFacts
from fieldlab_desk.services.projects import FieldConflict

MERGE_ID = 1


T = TypeVar("T")


class Document(QObject):
    data_changed = Signal(frozenset)
    """Emitted after an edit, undo or redo, with the names of the record kinds it touched."""

    failed = Signal(object)
    """Emitted with a FieldLabError when an edit could not be saved (nothing was changed)."""

    def __init__(self, portfolio: Portfolio) -> None:
        super().__init__()
        self.portfolio = portfolio
        self.undo_stack = QUndoStack(self)
        self.closed = False
        self.marker = portfolio.read(change_marker)
        """The newest change this window knows of; a higher one was saved by someone else."""

    @property
    def read_only(self) -> bool:
        return self.portfolio.read_only

    @property
    def permissions(self) -> Permissions:
        """What the login may change (on a file: everything)."""
        return self.portfolio.permissions

    def held(self, area: Area, project_id: int | None = None) -> bool:
        """Whether this window may not change ``area`` (of ``project_id``): a read-only file,
        or a server login whose role does not reach it."""
        return self.read_only or not self.permissions.may(area, project_id)

    def why_held(self, area: Area, project_id: int | None = None, language: str = "nl") -> str:
        """The reason :meth:`held` is true, in ``language``, for a tooltip; empty when not."""
        if self.read_only:
            return WriteFailed("edit.read_only").message(language)
        code = reason(self.permissions, area, project_id)
        if code is None:
            return ""
        return WriteFailed(code, login=self.permissions.login).message(language)

    @property
    def who(self) -> str:
        return self.portfolio.user

    @property
    def facts(self) -> PortfolioFacts:
        return self.portfolio.facts

    def read(self, query: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """A named read of the services, on this thread (small reads only: see ``ui.tasks``)."""
        return self.portfolio.read(query, *args, **kwargs)

    def edit(
        self,
        builder: Callable[..., Edit],
        *args: Any,
        resolve: Callable[[FieldConflict], Edit | None] | None = None,
        **kwargs: Any,
    ) -> Edit | None:
        """Build a named edit from the current data and save it; see :meth:`execute`.

        When someone else changed the field meanwhile (:class:`FieldConflict`), ``resolve``
        asks the user: it returns the edit that keeps their value, or None to take the other's.
        """
        if self.closed:
            return None
        if self.read_only:
            self.failed.emit(WriteFailed("edit.read_only"))
            return None
        try:
            edit = self.portfolio.read(builder, *args, **kwargs)
        except FieldConflict as conflict:
            chosen = resolve(conflict) if resolve is not None else None
            if chosen is None:  # theirs stays: show it
                self.data_changed.emit(frozenset())
                if resolve is None:
                    self.failed.emit(conflict)
                return None
            return self.execute(chosen)
        except FieldLabError as error:  # the row went away meanwhile, or the input breaks a rule
            self.data_changed.emit(frozenset())
            self.failed.emit(error)
            return None
        return self.execute(edit)

    def manage(self, action: Callable[..., Any], *args: Any) -> bool:
        """Run a write that is no undoable edit (a beheerder's access management); False, with
        ``failed`` emitted, when it was refused (nothing changed)."""
        if self.closed:
            return False
        try:
            self.portfolio.manage(action, *args)
        except FieldLabError as error:
            self.failed.emit(error)
            return False
        return True

    def execute(self, edit: Edit) -> Edit | None:
        """Apply and save ``edit``; return its inverse, or None (and ``failed`` emitted) when
        it could not be saved."""
        if edit.is_empty:
            return edit
        inverse = self._apply(edit)
        if inverse is None:
            return None
        self.undo_stack.push(EditCommand(self, edit, inverse))
        return inverse

    def _apply(self, edit: Edit) -> Edit | None:
        if self.closed:  # a late signal from a page of a file that was closed: ignore it
            return None
        if self.read_only:
            self.failed.emit(WriteFailed("edit.read_only"))
            return None
        try:
            inverse = self.portfolio.apply(edit)
        except FieldLabError as error:
            self.data_changed.emit(edit.tables)  # views show what is really stored, then why
            self.failed.emit(error)
            return None
        self.marker = max(self.marker, self.portfolio.newest_change)
        self.data_changed.emit(edit.writes)
        return inverse

    def changed_elsewhere(self, marker: int) -> bool:
        """Whether ``marker`` (read by the poller) shows an edit this window did not make."""
        if marker <= self.marker:
            return False
        self.marker = marker
        return True

    def close(self) -> None:
        self.closed = True
        self.undo_stack.clear()
        self.portfolio.close()


class EditCommand(QUndoCommand):
    """A thin wrapper: the forward edit and its inverse, applied by the document."""

    def __init__(self, document: Document, forward: Edit, inverse: Edit) -> None:
        super().__init__(forward.label)
        self.document = document
        self.forward = forward
        self.inverse = inverse
        self.applied = True  # pushed after the document applied it

    def redo(self) -> None:
        if self.applied:
            return
        result = self.document._apply(self.forward)
        if result is None:
            self._broken()
            return
        self.inverse, self.applied = result, True

    def undo(self) -> None:
        result = self.document._apply(self.inverse)
        if result is None:
            self._broken()
            return
        self.forward, self.applied = result, False

    def _broken(self) -> None:
        """The file no longer matches the stack (an edit elsewhere): start a fresh stack."""
        QTimer.singleShot(0, self.document.undo_stack.clear)

    def id(self) -> int:
        return MERGE_ID if self.forward.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other.forward.merge_key != self.forward.merge_key:
            return False
        self.forward = self.forward.merged_with(other.forward)
        self.inverse = self.forward.inverse()
        self.setObsolete(self.forward.is_empty)
        return True
