"""Screenshots of the main pages in both languages: ``python scripts/screenshots.py [FOLDER]``.

Runs the real app on a fresh copy of the Drenthe demo; use it under Xvfb
(``xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots.py``).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from fieldlab_desk.demo import build_drenthe_demo
from fieldlab_desk.services.toc import chain_by_code
from fieldlab_desk.ui.i18n import Languages
from fieldlab_desk.ui.mainwindow import PAGES, MainWindow
from fieldlab_desk.ui.settings import Settings
from fieldlab_desk.ui.views.projects_page import ProjectsPage

LARGEST_CHAIN = "SGIA-2023-03"  # the demo's largest veranderketen (digital inclusion, IDO)


def pause(app: QApplication, ms: int = 300) -> None:
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()


def settle(app: QApplication, window: MainWindow) -> None:
    """Wait until the worker has brought every figure and chart of the page."""
    page = window.pages[window.current_page()]
    app.processEvents()
    while window.tasks.pending or not getattr(page, "loaded", True):
        app.processEvents()
    app.processEvents()


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    work = Path(tempfile.mkdtemp())
    demo = work / "drenthe.fieldlab"
    build_drenthe_demo(demo).close()
    languages = Languages(app)  # type: ignore[arg-type]
    window = MainWindow(Settings(work / "settings.ini"), languages, work)
    window.resize(1366, 768)  # a common laptop screen
    window.show()
    window.open_after_first_paint(lambda: str(demo))  # what shows for a moment at start
    for language in ("en", "nl"):
        window.set_language(language)
        app.sendPostedEvents(None, QEvent.Type.LanguageChange)  # not the paint: it would open
        window.grab().save(str(folder / f"opening-{language}.png"))
    while window.document is None:
        app.processEvents()
    for language in ("nl", "en"):
        window.set_language(language)
        app.processEvents()  # the language change reaches every widget first
        for page in PAGES:
            window.show_page(page)
            if page == "indicators":
                window.pages["indicators"].year.setCurrentIndex(3)  # type: ignore[attr-defined]
            if page == "yearplan":
                window.pages["yearplan"].select_year(2024)  # type: ignore[attr-defined]
            settle(app, window)
            window.grab().save(str(folder / f"{page}-{language}.png"))
        projects = window.pages["projects"]
        assert isinstance(projects, ProjectsPage)
        window.show_page("projects")
        first = projects.list.model.project_id(4)
        if first is not None:
            projects.open_project(first)
            app.processEvents()
            window.grab().save(str(folder / f"project-editor-{language}.png"))
            projects.editor.tabs.setCurrentIndex(1)
            app.processEvents()
            window.grab().save(str(folder / f"project-budget-{language}.png"))
            projects.editor.tabs.setCurrentIndex(5)
            app.processEvents()
            window.grab().save(str(folder / f"project-story-{language}.png"))
            projects.editor.tabs.setCurrentWidget(projects.editor.history)
            app.processEvents()
            window.grab().save(str(folder / f"project-history-{language}.png"))
            projects.show_list()
        largest = window.document.read(chain_by_code, LARGEST_CHAIN)  # type: ignore[union-attr]
        projects.open_project(largest.project_id)
        projects.editor.tabs.setCurrentIndex(2)
        pause(app)  # word-wrapped lists lay their rows out again once they know their width
        window.grab().save(str(folder / f"project-toc-{language}.png"))
        projects.editor.toc.views.setCurrentIndex(1)
        pause(app)
        window.grab().save(str(folder / f"project-toc-diagram-{language}.png"))
        projects.editor.toc.diagram.export(folder / f"toc-diagram-{language}.png")  # as exported
        projects.editor.toc.views.setCurrentIndex(0)
        projects.editor.tabs.setCurrentIndex(3)
        pause(app, 600)  # the chart is drawn on the worker
        window.grab().save(str(folder / f"project-effect-{language}.png"))
        projects.editor.tabs.setCurrentWidget(projects.editor.requests)  # it was extended
        pause(app)
        window.grab().save(str(folder / f"project-requests-{language}.png"))
        projects.editor.tabs.setCurrentWidget(projects.editor.scaling)
        pause(app)
        window.grab().save(str(folder / f"project-scaling-{language}.png"))
        projects.show_list()
        from fieldlab_desk.ui.dialogs.new_portfolio import NewPortfolioDialog

        dialog = NewPortfolioDialog(work / "nieuw.fieldlab", language, window)
        dialog.show()
        dialog.ui.regionCombo.setCurrentIndex(1)  # Limburg: the choice at work
        dialog.ui.organisationCombo.setCurrentText("Mijn Streek")
        pause(app)
        dialog.grab().save(str(folder / f"new-portfolio-{language}.png"))
        dialog.close()
    window.close()


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"))
