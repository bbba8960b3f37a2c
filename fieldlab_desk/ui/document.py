"""An open portfolio in the app: its database, lock, undo stack, and who is editing.

Every change goes through :meth:`Document.execute`: the edit is applied in one transaction
(so it is saved at once: there is no "forgot to save"), then pushed on the undo stack as an
already-applied command. Undo and redo apply the stored inverse in a new transaction, and
write change records like any edit.
"""

from __future__ import annotations

import getpass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.exc import SQLAlchemyError

from fieldlab_desk.domain.errors import FieldLabError, WriteFailed
from fieldlab_desk.services.edits import Edit, apply_edit
from fieldlab_desk.services.summary import is_demo
from fieldlab_desk.storage import Database
from fieldlab_desk.storage.lock import FileLock, LockOwner
from fieldlab_desk.ui.errors import environment_error

MERGE_ID = 1


class Document(QObject):
    data_changed = Signal(frozenset)
    """Emitted after an edit, undo or redo, with the names of the tables it touched."""

    failed = Signal(object)
    """Emitted with a FieldLabError when an edit could not be saved (nothing was changed)."""

    def __init__(
        self,
        database: Database,
        lock: FileLock | None,
        *,
        who: str = "",
        locked_by: LockOwner | None = None,
    ) -> None:
        super().__init__()
        self.database = database
        self.lock = lock
        self.locked_by = locked_by
        self.who = who or _login()
        self.undo_stack = QUndoStack(self)
        with database.session() as session:
            self.is_demo = is_demo(session=session)

    @property
    def read_only(self) -> bool:
        return self.database.read_only

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
        if self.read_only:
            self.failed.emit(WriteFailed("edit.read_only"))
            return None
        try:
            with self.database.transaction() as session:
                inverse = apply_edit(edit, session=session, who=self.who)
        except (FieldLabError, SQLAlchemyError) as error:
            known = environment_error(error)
            if known is None:
                raise
            self.data_changed.emit(
                edit.tables
            )  # views show what is really stored, then the message
            self.failed.emit(known)
            return None
        self.data_changed.emit(edit.tables)
        return inverse

    def close(self) -> None:
        self.undo_stack.clear()
        self.database.close()
        if self.lock is not None:
            self.lock.release()


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


def _login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "onbekend"
