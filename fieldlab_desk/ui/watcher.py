"""Notices edits saved by someone else (another window, another person on the server).

Every few seconds the serial worker reads the portfolio's change marker (the newest change
record); when it is newer than any edit this window made, :attr:`ChangeWatcher.changed` fires
and the window shows the stored data again. Polling one indexed number works the same for a
shared SQLite file and for PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from fieldlab_desk.ui.tasks import TaskRunner

if TYPE_CHECKING:  # made with the window, before the data layers are loaded
    from fieldlab_desk.ui.document import Document

POLL_MS = 2000


class ChangeWatcher(QObject):
    changed = Signal()
    """Emitted when the open portfolio holds an edit this window did not make."""

    released = Signal()
    """Emitted once when the program whose lock made this window read-only closed the file."""

    def __init__(
        self, tasks: TaskRunner, document: Callable[[], Document | None], parent: QObject
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.document = document
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        self.told = False

    def poll(self) -> None:
        document = self.document()
        if document is None or document.closed or self.tasks.pending:
            return  # nothing open, or the worker is busy: look again next time
        from fieldlab_desk.services.file_info import change_marker
        from fieldlab_desk.services.portfolio import lock_released

        self.tasks.run(
            lambda: document.read(change_marker),
            lambda marker: self._arrived(document, marker),
            lambda: None,
        )
        path = document.facts.path
        if document.portfolio.locked_by is not None and path is not None and not self.told:
            self.tasks.run(
                lambda: lock_released(path), lambda free: self._lock(document, free), lambda: None
            )

    def _lock(self, document: Document, free: bool) -> None:
        if free and document is self.document() and not self.told:
            self.told = True
            self.released.emit()

    def _arrived(self, document: Document, marker: int) -> None:
        if (
            document is self.document()
            and not document.closed
            and document.changed_elsewhere(marker)
        ):
            self.changed.emit()
