"""The dashboard on the national-scale file: figures load off the UI thread, and only the
figures of the latest choice are ever shown."""

from __future__ import annotations

import itertools
import shutil
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from fieldlab_desk.ui.mainwindow import MainWindow
from fieldlab_desk.ui.views.dashboard_page import DashboardPage


def test_year_change_keeps_the_window_answering_and_drops_stale_figures(
    make_window: Callable[[], MainWindow], national_master: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / "national.fieldlab"
    shutil.copyfile(national_master, path)
    window = make_window()
    assert window.files.open_path(path)
    page = window.page("dashboard")
    assert isinstance(page, DashboardPage)
    with qtbot.waitSignal(page.figures_shown, timeout=30_000):
        window.show_page("dashboard")  # first show: matplotlib is imported, figures load
    assert page.shown is not None
    first_year = page.shown[0]
    other_years = [
        y for y in (page.year.itemData(i) for i in range(page.year.count())) if y != first_year
    ]
    stale, latest = other_years[0], other_years[-1]
    shown: list[tuple[int, bool]] = []
    page.figures_shown.connect(lambda: shown.append(page.shown or (0, False)))

    beats: list[float] = []  # when the UI thread last ran a timer: gaps are blocked time
    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    heartbeat.start()
    page.year.setCurrentIndex(page.year.findData(stale))  # asks for one year …
    page.year.setCurrentIndex(page.year.findData(latest))  # … and at once for another
    page.what_if.setChecked(True)  # … and the what-if of that one
    with qtbot.waitSignal(page.figures_shown, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: window.tasks.pending == 0, timeout=30_000)  # the charts' images
    heartbeat.stop()

    assert shown == [(latest, True)]  # the answers to the first two choices were dropped
    assert page.shown == (latest, True)
    budget_chart = page.charts["budgetChart"]
    assert str(latest) in budget_chart.title.text()  # type: ignore[attr-defined]
    assert not budget_chart.image.pixmap().isNull()  # type: ignore[attr-defined]
    gaps = [later - earlier for earlier, later in itertools.pairwise(beats)]
    assert len(beats) > 5 and max(gaps) < 0.1, f"UI thread blocked {max(gaps) * 1000:.0f} ms"
