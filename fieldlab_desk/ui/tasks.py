"""One serial worker for database work that may take longer than a screen refresh.

``runner.run(work, done)`` runs ``work()`` on the worker thread and calls ``done(result)`` on
the UI thread. Jobs run one at a time, in order. An environment error (file busy, disk full) is
shown as a plain message; anything else is a bug and goes to the crash dialog.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid

T = TypeVar("T")


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], report: Callable[[bool, Any], None]) -> None:
        super().__init__()
        self.work = work
        self.report = report

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # handed to the UI thread, which decides what it is
            self._report(False, error)
        else:
            self._report(True, result)

    def _report(self, ok: bool, value: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the runner went with its window: nobody to tell
            self.report(ok, value)


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

    def run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        gave_up: Callable[[], None] | None = None,
    ) -> None:
        """Run ``work`` on the worker; ``done(result)`` on the UI thread, or ``gave_up()``
        there after a failure was reported."""
        self.pending += 1
        report = (done, gave_up)
        self.pool.start(_Job(work, lambda ok, value: self._job_done.emit(report, ok, value)))

    def _deliver(self, report: tuple[Any, Any], ok: bool, value: Any) -> None:
        self.pending -= 1
        done, gave_up = report
        if ok:
            done(value)
            return
        if gave_up is not None:
            gave_up()
        from fieldlab_desk.services.portfolio import environment_error

        known = environment_error(value)
        if known is not None:
            self.failed.emit(known)
        else:
            sys.excepthook(type(value), value, value.__traceback__)

    def wait(self) -> None:
        """Let running jobs finish (before the database they use is closed)."""
        self.pool.waitForDone()


class Loader(QObject):
    """Loads one page's figures on the serial worker; only the latest request is shown.

    A page asks again whenever its choice (year, filter) changes; answers to earlier requests
    are dropped when they arrive, so the page never shows figures of another choice.
    """

    busy_changed = Signal(bool)
    """Emitted with True when a load starts and False when its answer is shown (or failed)."""

    def __init__(self, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.latest = 0
        self.busy = False

    def load(self, work: Callable[[], T], show: Callable[[T], None]) -> None:
        self.latest += 1
        ticket = self.latest
        self._set_busy(True)
        self.tasks.run(
            work,
            lambda result: self._deliver(ticket, show, result),
            lambda: self._set_busy(False) if isValid(self) and ticket == self.latest else None,
        )

    def _deliver(self, ticket: int, show: Callable[[T], None], result: T) -> None:
        if not isValid(self) or ticket != self.latest:  # page closed, or an earlier choice
            return
        show(result)
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.busy_changed.emit(busy)
