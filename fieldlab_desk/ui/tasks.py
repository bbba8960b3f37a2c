"""One serial worker for database work that may take longer than a screen refresh.

``runner.run(work, done)`` runs ``work()`` on the worker thread and calls ``done(result)`` on
the UI thread. Jobs run one at a time, in order. An environment error (file busy, disk full) is
shown as a plain message; anything else is a bug and goes to the crash dialog.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], report: Callable[[bool, Any], None]) -> None:
        super().__init__()
        self.work = work
        self.report = report

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # handed to the UI thread, which decides what it is
            self.report(False, error)
        else:
            self.report(True, result)


class TaskRunner(QObject):
    _job_done = Signal(object, bool, object)
    """(callback, succeeded, result or exception), emitted on the worker thread."""

    failed = Signal(object)
    """Emitted on the UI thread with an environment error (a FieldLabError) from a job."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._job_done.connect(self._deliver)
        self.pending = 0

    def run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.pending += 1
        self.pool.start(_Job(work, lambda ok, value: self._job_done.emit(done, ok, value)))

    def _deliver(self, done: Callable[[Any], None], ok: bool, value: Any) -> None:
        self.pending -= 1
        if ok:
            done(value)
            return
        from fieldlab_desk.ui.errors import environment_error

        known = environment_error(value)
        if known is not None:
            self.failed.emit(known)
        else:
            sys.excepthook(type(value), value, value.__traceback__)

    def wait(self) -> None:
        """Let running jobs finish (before the database they use is closed)."""
        self.pool.waitForDone()
