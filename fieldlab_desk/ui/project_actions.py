"""What the File and Edit menus do with the open project or the projects page: export a plan or
the pack, print a plan, import a workbook, save the import template, find projects, start a new
project. A small object of its own (as ``FileActions`` for files), so the window holds pages."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from fieldlab_desk.ui.mainwindow import MainWindow


class ProjectActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def _exported(self, path: object) -> None:
        message = QCoreApplication.translate("ProjectActions", "Geëxporteerd: {0}")
        self.window.statusBar().showMessage(message.format(path), 10000)

    def export_excel(self) -> None:
        """The open project's plan, or a year's steering-group pack, as a workbook."""
        document = self.window.document
        if document is None:
            return
        from fieldlab_desk.ui.export_actions import run_export, this_year

        code = self.open_project_code()
        filters, described = self.window.projects_page.list.shown_filter()
        if self.window.current_page() != "projects" or code is not None:
            filters, described = None, ""
        window = self.window
        run_export(document, window.tasks, window, window.languages.current, code,
                   self.year_in_view() or this_year(), self._exported, filters, described)  # fmt: skip

    def year_in_view(self) -> int | None:
        """The year the page on screen shows (the dashboard's or the year plan's), else the
        year of the day the portfolio is judged on (a demo's own): what Enter alone exports."""
        window = self.window
        page = window.pages.get(window.current_page())
        combo = getattr(page, "year", None)
        if window.current_page() in ("dashboard", "yearplan") and combo is not None:
            year = combo.currentData()
            if isinstance(year, int):
                return year
        document = window.document
        day = document.facts.reference_day if document is not None else None
        return day.year if day is not None else None

    def open_project_code(self) -> str | None:
        """The code of the project open in the editor, if one is."""
        if self.window.document is None or self.window.current_page() != "projects":
            return None
        project_id = self.window.projects_page.editing()
        if project_id is None:
            return None
        from fieldlab_desk.services.projects import project_details

        details = self.window.document.read(project_details, project_id)
        return details.code if details is not None else None

    def print_plan(self) -> None:
        """The open project's plan as a PDF for paper (Ctrl+P)."""
        code = self.open_project_code()
        document = self.window.document
        if document is None:
            return
        if code is None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("ProjectActions", "Open eerst een project."), 8000
            )
            return
        from fieldlab_desk.ui.export_actions import print_plan

        window = self.window
        print_plan(document, window.tasks, window, window.languages.current, code,
                   done=self._exported)  # fmt: skip

    def import_excel(self) -> None:
        """Budget lines, expenses and measurements from a workbook, after a preview."""
        from fieldlab_desk.domain.access import Area

        document = self.window.document
        if document is None or document.read_only or not document.permissions.reaches(Area.PROJECT):
            return
        from fieldlab_desk.ui.import_actions import run_import

        run_import(document, self.window.tasks, self.window, self.window.languages.current)

    def save_template(self) -> None:
        """The blank import template, with the open project's code filled in when one is open."""
        if self.window.document is None:
            return
        from fieldlab_desk.domain.terms import TermKind
        from fieldlab_desk.services.catalog import terms
        from fieldlab_desk.ui.import_actions import save_template

        categories = self.window.document.read(terms, TermKind.COST_CATEGORY)
        save_template(self.window, self.window.languages.current, self.open_project_code() or "",
                      self._exported, categories)  # fmt: skip

    def find_projects(self) -> None:
        if self.window.document is None:
            return
        self.window.show_page("projects")
        projects = self.window.projects_page
        projects.show_list()
        projects.list.focus_search()

    def new_project(self) -> None:
        from fieldlab_desk.domain.access import Area

        doc = self.window.document
        if doc is None or doc.held(Area.NEW_PROJECT):
            return
        from fieldlab_desk.services.edits import created_id
        from fieldlab_desk.services.projects import new_project

        title = QCoreApplication.translate("ProjectActions", "Nieuw project")
        inverse = doc.edit(new_project, title, title, dt.date.today().year)
        new_id = created_id(inverse) if inverse is not None else None
        if new_id is not None:
            self.window.show_page("projects")
            projects = self.window.projects_page
            projects.list.refresh()
            projects.open_project(new_id)
            projects.editor.general.ui.titleEdit.selectAll()
