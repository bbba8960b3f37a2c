"""The serial worker: results come back on the UI thread; failures go where they belong."""

from __future__ import annotations

import sys
import threading
from types import TracebackType

import pytest
from pytestqt.qtbot import QtBot

from fieldlab_desk.domain.errors import WriteFailed
from fieldlab_desk.ui.tasks import TaskRunner


def test_work_runs_off_the_ui_thread_and_results_come_back_in_order(qtbot: QtBot) -> None:
    runner = TaskRunner()
    ui_thread = threading.get_ident()
    results: list[tuple[int, bool]] = []
    for number in range(5):
        runner.run(lambda n=number: (n, threading.get_ident() != ui_thread), results.append)
    qtbot.waitUntil(lambda: len(results) == 5)
    assert results == [(n, True) for n in range(5)]
    assert runner.pending == 0


def test_an_environment_error_becomes_a_message(qtbot: QtBot) -> None:
    runner = TaskRunner()

    def busy() -> None:
        raise WriteFailed("database.busy")

    with qtbot.waitSignal(runner.failed) as caught:
        runner.run(busy, lambda _result: None)
    assert caught.args[0].code == "database.busy"


def test_a_bug_reaches_the_crash_handler(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[BaseException] = []

    def hook(_kind: type[BaseException], value: BaseException, _tb: TracebackType | None) -> None:
        seen.append(value)

    monkeypatch.setattr(sys, "excepthook", hook)
    runner = TaskRunner()
    runner.run(lambda: 1 / 0, lambda _result: None)
    qtbot.waitUntil(lambda: bool(seen))
    assert isinstance(seen[0], ZeroDivisionError)
