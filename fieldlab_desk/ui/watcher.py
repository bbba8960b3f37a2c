"""Notices edits saved by someone else (another window, another person on the server).

Every few seconds the serial worker reads the portfolio's change marker (the newest change
record); when it is newer than any edit this window made, :attr:`ChangeWatcher.changed` fires
and the window shows the stored data again. Polling one indexed number works the same for a
shared SQLite file and for PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from fieldlab_desk.services.file_info import change_marker
from fieldlab_desk.ui.document import Document
from fieldlab_desk.ui.tasks import TaskRunner

POLL_MS = 2000


class ChangeWatcher(QObject):
    changed = Signal()
    """Emitted when the open portfolio holds an edit this window did not make."""

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

    def poll(self) -> None:
        document = self.document()
        if document is None or document.closed or self.tasks.pending:
            return  # nothing open, or the worker is busy: look again next time
        self.tasks.run(
            lambda: document.read(change_marker),
            lambda marker: self._arrived(document, marker),
            lambda: None,
        )

    def _arrived(self, document: Document, marker: int) -> None:
        if (
            document is self.document()
            and not document.closed
            and document.changed_elsewhere(marker)
        ):
            self.changed.emit()
